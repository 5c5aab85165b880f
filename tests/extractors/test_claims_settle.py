"""Flags a fact-checker needs: constructions settled on the whole text, with their neighbours.

Each case is a form of a family (a noun that is no cue, a denial in a relative
clause, "that" dropped after a noun cue, a report pointing back, a post-posed
media source, a hearsay passive) and, beside it, the neighbour that must not
change.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import claims_frame, find_claims
from provenance.extractors.claims.cues import cue_grammar
from provenance.extractors.records import ClaimSpan
from provenance.lexicon.cues import cue_lexicon
from provenance.rules.claims import answered_claim, is_charge, is_uncontested_denial


def cued(text: str) -> list[ClaimSpan]:
    """The claims of ``text`` that carry a cue."""
    return [c for c in find_claims(text) if c.cue]


def statuses(text: str, status: ClaimStatus) -> list[str]:
    """The contents of the claims of ``text`` with one status."""
    return [c.text for c in cued(text) if c.status is status]


@pytest.mark.parametrize(
    "text",
    [
        "The talks touched on China's territorial disputes with neighbors in the region.",
        "The latest dispute has flared at a time when he is weak.",
        "Campaigns used the funds for ballot access disputes and compliance requirements.",
        "Classification disputes are common across government.",
    ],
)
def test_denial_forms_read_as_nouns_deny_nothing(text: str) -> None:
    """A denial verb's form standing as a noun ("territorial disputes") gives no denial."""
    assert statuses(text, ClaimStatus.DENIED) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The company disputes the figure.", "the figure"),
        ("Lee disputes that the vote was fair.", "the vote was fair"),
        ("The minister disputed the account of the meeting.", "the account of the meeting"),
    ],
)
def test_denial_verbs_beside_the_nouns_still_deny(text: str, content: str) -> None:
    """The verb neighbours of the noun forms keep their denial."""
    assert content in " ".join(statuses(text, ClaimStatus.DENIED))


def test_a_claim_noun_before_that_stays_a_hedge() -> None:
    """ "his claim that ..." is a noun cue, not a noun homograph to drop."""
    text = "He reiterated his claim that the vote was rigged."
    assert any("the vote was rigged" in s for s in statuses(text, ClaimStatus.HEDGED))


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "Conyers retired amid sexual harassment allegations that he has denied.",
            "sexual harassment allegations",
        ),
        ("She faced charges which she denies.", "charges"),
    ],
)
def test_a_denial_in_a_relative_clause_denies_the_noun(text: str, denied: str) -> None:
    """ "allegations that he has denied": the denied thing is the noun the clause hangs on."""
    assert denied in statuses(text, ClaimStatus.DENIED)
    # and the noun cue does not take the relative clause for its content
    nouns = [c for c in cued(text) if c.cue in ("allegations", "claim", "charges")]
    assert not any(c.text.endswith(("denied", "disputes", "denies")) for c in nouns)


def test_a_denial_of_an_appositive_claim_denies_the_clause_it_renames() -> None:
    """ "X, a claim that Y disputes": the appositive stands for the clause before its comma,
    which is what is denied (the wire guideline's shortest clause stating the claim)."""
    text = "The staffer alleges he was fired, a claim that Gowdy's office strongly disputes."
    assert statuses(text, ClaimStatus.DENIED) == ["he was fired"]
    nouns = [c for c in cued(text) if c.cue == "claim"]
    assert not any(c.text.endswith("disputes") for c in nouns)


def test_a_content_clause_after_a_noun_cue_is_no_relative_clause() -> None:
    """ "allegations that he took bribes" keeps its content; only a gap makes a relative."""
    text = "He resigned amid allegations that he took bribes."
    assert statuses(text, ClaimStatus.HEDGED) == ["he took bribes"]
    assert statuses(text, ClaimStatus.DENIED) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Franken faced allegations he had groped women.", "he had groped women"),
        ("Officials dismissed claims they were hiding losses.", "they were hiding losses"),
    ],
)
def test_noun_cues_drop_that_before_a_pronoun_subject(text: str, content: str) -> None:
    """ "allegations he had groped women": "that" may be left out before "he had"."""
    assert content in [c.text for c in cued(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The allegations he has denied are old.",  # a relative clause, not content
        "The claims office he runs is closed.",  # no auxiliary after the pronoun
        "Insurance claims rose sharply.",
    ],
)
def test_dropped_that_needs_a_content_clause(text: str) -> None:
    """No zero-"that" content without a pronoun and an auxiliary opening a clause."""
    assert statuses(text, ClaimStatus.HEDGED) == []


def test_not_confirming_the_report_leaves_the_report_unconfirmed() -> None:
    """ "Reuters has not confirmed the report": the claim it points back to is unconfirmed."""
    text = (
        "Politico reported that he asked two aides to carry his child. "
        "Reuters has not confirmed the report."
    )
    assert "he asked two aides to carry his child" in statuses(text, ClaimStatus.UNCONFIRMED)


@pytest.mark.parametrize(
    "second",
    [
        "Reuters has not confirmed the death toll.",  # names its own content
        "He has not confirmed that he will run.",  # a content clause of its own
    ],
)
def test_not_confirming_something_else_leaves_earlier_claims_alone(second: str) -> None:
    """Only an object pointing back ("the report", "either report") reaches the claim before."""
    text = f"Politico reported that he asked two aides to carry his child. {second}"
    assert "he asked two aides to carry his child" not in statuses(text, ClaimStatus.UNCONFIRMED)


def test_a_post_posed_media_source_is_a_charge() -> None:
    """ "..., local media reported": a news outlet's report is a charge to verify."""
    frame = claims_frame("He made unwanted advances toward women, local media reported.")
    row = frame[frame["cue"] == "reported"].iloc[0]
    assert row["source_kind"] == "media"
    claims = pd.DataFrame({"status": [row["status"]], "cue": [row["cue"]]})
    assert is_charge(claims, pd.Series([row["source_kind"]])).tolist() == [True]


def test_a_company_reporting_its_results_is_no_charge() -> None:
    """The neighbour: "the company reported" is no outlet's report."""
    frame = claims_frame("The company reported a profit of $5 million.")
    kinds = frame.loc[frame["cue"] == "reported", "source_kind"].tolist()
    assert "media" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Osman is believed to have been on the flight.",
        "Some advisers are said to be urging the governor to pay.",
    ],
)
def test_hearsay_passives_are_charges_not_hedges(text: str) -> None:
    """ "is believed to": no source stands behind it; flagged like "reportedly", not hedged."""
    found = cued(text)
    assert [c.status for c in found] == [ClaimStatus.ASSERTED]
    claims = pd.DataFrame({"status": ["asserted"], "cue": [found[0].cue]})
    assert is_charge(claims, pd.Series(["unknown"])).tolist() == [True]


def test_said_alone_is_no_charge() -> None:
    """The neighbour of "is said to": a plain "said" is no charge."""
    claims = pd.DataFrame({"status": ["asserted"], "cue": ["said"]})
    assert is_charge(claims, pd.Series(["person"])).tolist() == [False]


@pytest.mark.parametrize(
    ("content", "refusal"),
    [
        ("him a first-ballot victory at the convention", True),
        ("her a visa", True),
        ("Carter a final-night photograph", True),
        ("the public-safety grants", True),
        ("entry to travelers from Syria", True),
        ("her involvement in the plot", False),  # a possessive: the denial of a claim
        ("the accusations", False),
        ("meddling in the election", False),
    ],
)
def test_refusals_and_denials(content: str, refusal: bool) -> None:
    """A thing refused ("denied him a visa") is no contradiction; "her involvement" is one."""
    claims = pd.DataFrame({"status": ["denied"], "text": [content], "cue": ["denied"]})
    uncontested = is_uncontested_denial(claims, pd.Series([None]))
    assert uncontested.tolist() == [not refusal]


@pytest.mark.parametrize(
    ("obj", "points_back"),
    [
        ("the concerns", True),
        ("either report", True),
        ("the allegations", True),
        ("the sexual misconduct allegations against him", False),
        ("the characterization of his remark as a slur", False),
    ],
)
def test_bare_claim_heads_point_back(obj: str, points_back: bool) -> None:
    """A denial of "the concerns" answers the claim before it; a modified head states its own."""
    claims = pd.DataFrame(
        {
            "claim_id": ["a", "d"],
            "article_id": ["x", "x"],
            "source_id": ["s1", "s2"],
            "start": [0, 60],
            "end": [40, 60 + len(obj)],
            "status": ["asserted", "denied"],
            "attribution": ["indirect", "indirect"],
            "cue": ["had argued", "rejected"],
            "text": ["the deadline was problematic for troops", obj],
        }
    )
    answered = answered_claim(claims, pd.Series([None, None]))
    assert answered.tolist() == [None, "a" if points_back else None]


def test_the_new_lexicon_lists_are_read() -> None:
    """The construction words are lexicon data, read and typed on load."""
    lex = cue_lexicon("en")
    assert "disputes" in lex.noun_homographs
    assert "him" in lex.indirect_objects
    assert "he" in lex.zero_that_subjects
    assert {w.lemma for w in lex.hedging_passives} >= {"say", "believe"}
    assert cue_grammar("en").thing_re.match(" a loss of $9 million")
    assert cue_grammar("en").thing_re.match(" a number of people died") is None


_SENTENCES = [
    "Moscow has denied meddling in the election.",
    "The latest dispute has flared.",
    "Reuters has not confirmed the report.",
    "Franken faced allegations he had groped women.",
    "Politico reported that he asked aides to help.",
    "Conyers retired amid allegations that he has denied.",
    "Talks resume on Friday.",
]


@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6))
def test_settled_claims_slice_to_their_text(picked: list[str]) -> None:
    """Whatever the order of sentences, every claim and cue slices to its own text."""
    text = " ".join(picked)
    for c in find_claims(text):
        assert text[c.start : c.end] == c.text
        if c.cue_start is not None and c.cue_end is not None:
            assert c.cue_start < c.cue_end
            assert text[c.cue_start : c.cue_end].strip()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("And he claims his boss is OK with it.", "his boss is OK with it"),
        ("The candidate claims his net worth is in excess of $10 billion.", "his net worth"),
        ("He claimed his rights were violated.", "his rights were violated"),
    ],
)
def test_a_claim_verb_before_a_clause_is_a_hedge(text: str, content: str) -> None:
    """ "claims his boss is OK": a possessive opening a clause is no thing claimed."""
    assert any(content in s for s in statuses(text, ClaimStatus.HEDGED))


@pytest.mark.parametrize(
    "text",
    [
        "He claimed a loss of $916 million.",
        "She claimed the title in 2015.",
        "He claimed attorney-client privilege in declining to respond.",
        "Insurance claims rose sharply.",
        "Trump's claims drew scorn.",
    ],
)
def test_a_thing_claimed_or_a_noun_is_no_hedge(text: str) -> None:
    """The neighbours: a thing claimed ("a loss", "privilege") and the noun "claims"."""
    assert statuses(text, ClaimStatus.HEDGED) == []


def test_a_denial_participle_with_an_agent_denies_the_noun_before() -> None:
    """ "These claims, disputed by eyewitness accounts, ...": the agent denies the claims."""
    text = "These false claims, totally disputed in most cases by eyewitness accounts, were old."
    denial = [c for c in cued(text) if c.status is ClaimStatus.DENIED]
    found = [(c.text, c.source_text) for c in denial]
    assert found == [("These false claims", "eyewitness accounts")]


def test_an_attributive_participle_without_agent_denies_nothing() -> None:
    """The neighbour: "a disputed ballot" names a ballot, no one denies anything."""
    text = "The panel ruled that a disputed ballot should count."
    assert statuses(text, ClaimStatus.DENIED) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Allegations of misconduct swirl around Capitol Hill.", "misconduct"),
        (
            "Since allegations of harassment and assault surfaced against him, women spoke.",
            "harassment and assault",
        ),
    ],
)
def test_a_noun_cue_content_ends_before_the_sentence_verb(text: str, content: str) -> None:
    """ "allegations of [misconduct] swirl": the charge is the noun phrase, not the sentence."""
    assert statuses(text, ClaimStatus.HEDGED) == [content]
