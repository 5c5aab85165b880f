"""A party and state label after a name ("Sen. Rand Paul, R-Ky., said") and a day after
the cue ("said Tuesday") are never the source."""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims
from provenance.extractors.claims.spans import post_source
from provenance.extractors.claims.subjects import find_subject


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sen. Rand Paul, R-Ky., said Tuesday that the plan is dead.", "Sen. Rand Paul"),
        ("Rep. Chris Collins, R-N.Y., noted that anger is fueling the race.", "Rep. Chris Collins"),
        ("Rep. Jason Chaffetz, R-Utah, said the questioning will start soon.", "Jason Chaffetz"),
    ],
)
def test_the_name_before_a_party_label(text: str, source: str) -> None:
    """The label between commas is skipped like an apposition; the name is the subject."""
    cue = text.index(" said") + 1 if " said" in text else text.index("noted")
    found = find_subject(text, 0, cue)
    assert found is not None
    got = text[found[0] : found[1]]
    assert source in got, got
    assert "-" not in got, got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "“Our assumption is that the veto will be overridden,” Senate Majority Leader "
            "Mitch McConnell, R-Ky., said Tuesday.",
            "Senate Majority Leader Mitch McConnell",
        ),
        ("The plan is dead, Sen. Rand Paul, R-Ky., said Tuesday.", "Sen. Rand Paul"),
    ],
)
def test_a_day_after_the_cue_leaves_the_subject_before_it(text: str, source: str) -> None:
    """ "said Tuesday": no source after the cue, so the one before it is the source."""
    sources = [c.source_text for c in find_claims(text) if c.cue == "said"]
    assert sources == [source], find_claims(text)


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        # neighbours: a source after the cue, a name that opens with a day's name
        ("“No,” said the minister.", "the minister"),
        ("“No,” said Tuesday Lowe, the chairwoman.", "Tuesday Lowe"),
    ],
)
def test_a_source_after_the_cue_stays(tail: str, source: str) -> None:
    """Neighbours: after the cue a noun phrase or a name is still the source."""
    pos = tail.index("said") + len("said")
    found = post_source(tail, pos, len(tail))
    assert found is not None
    assert source in tail[found[0] : found[1]]


def test_a_day_alone_after_the_cue_is_no_source() -> None:
    """ "..., he said Tuesday.": the day is the cue's adjunct."""
    text = "The plan is dead, the senator said Tuesday."
    pos = text.index("said") + len("said")
    assert post_source(text, pos, len(text)) is None
