"""Command-line options that several commands share (extract, check, ingest, verify)."""

from __future__ import annotations

import click

__all__ = ["jobs_option", "wait_option"]

#: ``--jobs N``: worker processes that extract; the parameter is ``workers``.
jobs_option = click.option(
    "--jobs",
    "workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes that extract (0: one per core); the same results as 1.",
)

#: ``--wait S``: how long to wait for another process that holds a ledger.
wait_option = click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=10.0,
    show_default=True,
    help="Seconds to wait for another process that holds the ledger.",
)
