"""Where a hedge cue is the text's hedge: quotations, and claims of responsibility or victory.

Facts of English news usage: a hedge verb inside a direct quotation is the quoted
speaker's own word ("as charitable as he claims to be," she said), not the
reporter's; a sourceless allegation named inside a quotation is still a charge to
check. "Claimed responsibility", "claimed victory" and "claim credit" assert a
fact nobody has checked; "claimed the title" and "claimed the lives" take a thing.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.cues import quoted_hedges
from provenance.extractors.claims.drafts import Draft
from provenance.lexicon.cues import cue_lexicon


def hedged_cues(text: str) -> list[str]:
    """The cue words of every hedged claim of ``text``."""
    return [c.cue or "" for c in find_claims(text) if c.status is ClaimStatus.HEDGED]


@pytest.mark.parametrize(
    "text",
    [
        "“Maybe he’s not as charitable as he claims to be,” she said.",
        "“He represents the same system that he claims he’s going to change,” she said.",
        '"Now he\'s a national figure," said Kunin. "He claims to be a Democrat."',
    ],
)
def test_a_hedge_verb_inside_a_quotation_is_the_speakers_word(text: str) -> None:
    """A quoted speaker's "he claims" is reported speech, not the text's own hedge."""
    assert hedged_cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Trump claims he is worth $10 billion, a figure no one has checked.", "claims"),
        # not a comparison: "as charitable as he claims" leaves the content out (its
        # report gives no claim, tests/extractors/test_claims_readings.py)
        ("He claims he gave millions to charity, she said.", "claims"),
    ],
)
def test_the_same_verb_outside_a_quotation_still_hedges(text: str, cue: str) -> None:
    """The neighbour: unquoted, the text itself reports the claim as the source's."""
    assert cue in hedged_cues(text)


def test_a_sourceless_allegation_inside_a_quotation_stays_a_charge() -> None:
    """ "“The allegations of harassment against X are serious,” she said": still to check."""
    text = "“The allegations of harassment against Congressman Conyers are serious,” she said."
    assert "allegations" in hedged_cues(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Islamic State claimed responsibility for the attack.", "responsibility for the attack"),
        ("Clinton claimed victory in a tweet on Tuesday.", "victory"),
        ("The group has claimed credit for the bombing.", "credit for the bombing"),
        (
            "Hackers who claimed credit for hacking the Democratic National Committee.",
            "credit for hacking",
        ),
    ],
)
def test_claiming_responsibility_or_victory_is_a_hedge(text: str, content: str) -> None:
    """A claim of responsibility, credit or victory asserts a fact nobody has checked."""
    hedged = [c.text for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert any(content in h for h in hedged)


@pytest.mark.parametrize(
    "text",
    [
        "She claimed the title in 2015.",
        "The fire claimed the lives of 30 people.",
        "He claimed a loss of $916 million.",
    ],
)
def test_a_thing_claimed_is_no_hedge(text: str) -> None:
    """The neighbours: a title won, lives taken, a loss booked."""
    assert hedged_cues(text) == []


def test_noun_forms_are_lower_cased_lexicon_nouns() -> None:
    """Every noun cue form of the lexicon is listed, lower-cased, and no verb-only form."""
    forms = cue_lexicon("en").noun_forms
    assert {"allegations", "claim", "claims"} <= forms
    assert "claimed" not in forms
    assert all(f == f.lower() for f in forms)


_STATUSES = st.sampled_from(list(ClaimStatus))


@st.composite
def _drafts_and_quotes(draw: st.DrawFn) -> tuple[list[Draft], tuple[tuple[int, int], ...]]:
    """Random drafts with cue spans and sorted disjoint quotation spans over 0..200."""
    cuts = sorted(draw(st.sets(st.integers(0, 200), max_size=8)))
    quotes = tuple((cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2))
    drafts = []
    for _ in range(draw(st.integers(0, 6))):
        cs = draw(st.integers(0, 195))
        d = Draft(cs + 5, cs + 10, draw(st.sampled_from(list(Attribution))), draw(_STATUSES))
        d.cue_start, d.cue_end, d.cue = cs, cs + 5, draw(st.sampled_from(["claims", "alleged"]))
        drafts.append(d)
    return drafts, quotes


@given(_drafts_and_quotes())
def test_quoted_hedges_only_lowers_hedges_inside_quotations(
    case: tuple[list[Draft], tuple[tuple[int, int], ...]],
) -> None:
    """Only a hedged draft whose cue starts inside a quotation changes, and only to asserted."""
    drafts, quotes = case
    before = [d.status for d in drafts]
    quoted_hedges(drafts, quotes)
    for d, old in zip(drafts, before, strict=True):
        inside = d.cue_start is not None and any(a <= d.cue_start < b for a, b in quotes)
        if d.status is not old:
            assert old is ClaimStatus.HEDGED
            assert d.status is ClaimStatus.ASSERTED
            assert inside


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Claiming the criticism of Lauer is designed to pressure moderators, Trump hit back.",
            "the criticism of Lauer is designed to pressure moderators",
        ),
        ("He left. Insisting that he was innocent, the senator resigned.", "he was innocent"),
    ],
)
def test_a_hedge_participle_opening_its_sentence_hedges(text: str, content: str) -> None:
    """ "Claiming X, Trump ...": the participle reports the subject's claim, capitalized."""
    hedged = [c.text for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert content in hedged


@pytest.mark.parametrize(
    "text",
    [
        "Claims Adjusters Meet In Ohio To Discuss Storm Damage.",
        "The Report Says Claiming Victory Is Easy.",
        "Claiming 41 percent of the vote, she won the primary.",
    ],
)
def test_a_capitalized_participle_elsewhere_is_no_hedge(text: str) -> None:
    """The neighbours: a title-case noun, a participle inside a headline, a share won."""
    assert hedged_cues(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The coalition includes individuals who claim to represent Asian Americans.",
            "to represent Asian Americans",
        ),
        ("Dozens of women who claim that he assaulted them came forward.", "he assaulted them"),
    ],
)
def test_a_base_form_hedge_after_a_relative_subject_hedges(text: str, content: str) -> None:
    """ "individuals who claim to represent ...": the base form reports their claim."""
    hedged = [c.text for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert any(h.startswith(content) for h in hedged)


@pytest.mark.parametrize(
    "text",
    ["You can file a claim with the insurer.", "They claim the prize every year."],
)
def test_a_base_form_noun_or_thing_is_no_hedge(text: str) -> None:
    """The neighbours: the noun "a claim" and a thing claimed in the base form."""
    assert hedged_cues(text) == []


@pytest.mark.parametrize(
    ("text", "content", "status"),
    [
        # the narrator's scare quotes around the cue alone: still the narrator's hedge
        ("The group “claimed” that 40 people died.", "40 people died", ClaimStatus.HEDGED),
        (
            'The firm "alleged" that the mayor took bribes.',
            "the mayor took bribes",
            ClaimStatus.HEDGED,
        ),
        # the cue inside a longer quotation is the quoted speaker's own word
        (
            "“He claimed that the vote was rigged,” the judge said.",
            "the vote was rigged",
            ClaimStatus.ASSERTED,
        ),
    ],
)
def test_scare_quotes_on_the_cue_keep_the_hedge(
    text: str, content: str, status: ClaimStatus
) -> None:
    claim = next(c for c in find_claims(text) if c.text == content)
    assert claim.status is status
