"""Imported once by the forkserver of the ``processes`` engine, never by the library.

Importing it does a tiny extraction and validation, so the lexicons, compiled
patterns and pandera models are in memory before the server forks a worker:
each worker then starts warm (about 3 s of CPU less per worker, per run).
"""

from __future__ import annotations

from provenance.engines._worker import warm

warm()
