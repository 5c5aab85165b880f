"""Per-cue work read once: the cue grammar a text, the per-draft checks only for the
lemmas they read, the weak-cue tests only for a weak cue. Readings stay as they were."""

from __future__ import annotations

from provenance.extractors.claims.attribute import attribute


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for d in attribute(text, [(0, len(text))]):
        source = None if d.source_start is None else text[d.source_start : d.source_end]
        out.append((text[d.start : d.end], d.cue, source))
    return out


def test_inscription_is_no_claim() -> None:
    assert _read("She wore a shirt that read “No more lies.”") == []


def test_relayed_source_is_no_claim() -> None:
    text = "At least 40 died, the agency said, citing hospital officials."
    assert _read(text) == [("At least 40 died", "said", "the agency")]


def test_anonymity_request_is_no_claim() -> None:
    text = "A diplomat, who asked not to be named, said the talks failed."
    assert _read(text) == [("the talks failed", "said", "A diplomat")]


def test_medial_cue_inside_its_content() -> None:
    text = "If she wins, Clinton suggested in a tweet, women will not be punished."
    assert _read(text) == [(text[:-1], "suggested", "Clinton")]


def test_preposition_after_a_to_cue_is_a_fall() -> None:
    text = "Sales declined to a record low, the firm said."
    assert _read(text) == [("Sales declined to a record low", "said", "the firm")]
