"""The attributed claims of a text as tuples, for the claim tests' parametrized cases."""

from __future__ import annotations

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims

__all__ = ["attributed", "attributed_cues"]


def attributed(text: str) -> list[tuple[str, str | None]]:
    """(content, source as written) of every claim of ``text`` that is not the narrator's."""
    return [
        (c.text, c.source_text)
        for c in find_claims(text)
        if c.attribution is not Attribution.NARRATOR
    ]


def attributed_cues(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, source as written, cue) of every claim of ``text`` that is not the narrator's."""
    return [
        (c.text, c.source_text, c.cue)
        for c in find_claims(text)
        if c.attribution is not Attribution.NARRATOR
    ]
