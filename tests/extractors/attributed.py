"""The attributed claims of a text as tuples, for the claim tests' parametrized cases."""

from __future__ import annotations

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan

__all__ = ["attributed", "attributed_cues", "cue_contents", "cue_statuses"]


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


def _at_cue(text: str, word: str) -> list[ClaimSpan]:
    """The claims of ``text`` whose cue overlaps the first ``word`` in it."""
    s = text.index(word)
    e = s + len(word)
    return [
        c
        for c in find_claims(text)
        if c.cue_start is not None and c.cue_end is not None and c.cue_start < e and s < c.cue_end
    ]


def cue_statuses(text: str, word: str) -> set[str]:
    """The statuses of the claims whose cue overlaps the first ``word`` of ``text``."""
    return {c.status.value for c in _at_cue(text, word)}


def cue_contents(text: str, word: str) -> list[str]:
    """The contents of the claims whose cue overlaps the first ``word`` of ``text``."""
    return [c.text for c in _at_cue(text, word)]


def drafts(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, source) of each draft the attribution step reads in ``text`` as one
    sentence, before the claim steps that follow it."""
    from provenance.extractors.claims.attribute import attribute

    out = []
    for d in attribute(text, [(0, len(text))]):
        source = None if d.source_start is None else text[d.source_start : d.source_end]
        out.append((text[d.start : d.end], d.cue, source))
    return out
