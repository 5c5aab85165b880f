"""Relayed speakers ("one analyst quoted by AFP"), a place after a role ("the mayor of
Columbus, Ohio"), and singular subjects that make a cue word a noun ("Another tweet said")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.subjects import determines_cue


def _attributed(text: str) -> list[tuple[str | None, str]]:
    return [
        (c.source_text, c.source.name)
        for c in find_claims(text)
        if c.attribution in (Attribution.DIRECT, Attribution.INDIRECT) and c.source is not None
    ]


@settings(deadline=None)
@given(st.sampled_from(["AFP", "Reuters", "the Gazette"]), st.sampled_from(["quoted", "cited"]))
def test_relayed_speaker_is_the_source(outlet: str, participle: str) -> None:
    text = f"One trader {participle} by {outlet} said the market would fall sharply."
    found = _attributed(text)
    assert found
    source_text, name = found[0]
    assert source_text is not None
    assert participle in source_text  # the written words keep the relay
    assert name.lower() == "one trader"


def test_relayed_speaker_after_a_quotation() -> None:
    found = _attributed('"We expect a slowdown," one trader quoted by AFP said.')
    assert found
    assert found[0][1].lower() == "one trader"


def test_region_after_place_is_not_the_source() -> None:
    found = _attributed("The mayor of Dunmore, Kentshire, said the town would recover.")
    assert found
    source_text, name = found[0]
    assert source_text == "The mayor of Dunmore"
    assert "Kentshire" not in name


def test_another_tweet_is_the_source_not_another() -> None:
    found = _attributed('"It is all lies," another tweet said.')
    assert found
    assert found[0][0] == "another tweet"
    found = _attributed("One post said the vote was rigged.")
    assert found
    assert found[0][0] == "One post"


def test_lone_singular_subject_still_speaks() -> None:
    found = _attributed("One protester said the vote was rigged. Another said it was fair.")
    assert ("Another", "Another") in found


def test_determines_cue_only_before_a_bare_form() -> None:
    for cue, bare in (("tweet", True), ("tweets", False), ("tweeted", False), ("said", False)):
        text = f"Another {cue} that"
        assert determines_cue(text, (0, 7), 8) is bare
    assert not determines_cue("The tweet said", (0, 3), 4)
