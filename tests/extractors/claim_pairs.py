"""Test helper: the attributed claims of a text as (content, source mention) pairs."""

from __future__ import annotations

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims


def attributed_pairs(text: str) -> list[tuple[str, str | None]]:
    """(content, source mention) of every claim of ``text`` that is not the narrator's."""
    return [
        (c.text, c.source_text)
        for c in find_claims(text)
        if c.attribution is not Attribution.NARRATOR
    ]
