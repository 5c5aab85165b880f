"""Flag families a fact-checker needs on wire copy, end to end through ``provenance.check``.

Each family is tested on its forms and on neighbours that must not match: hearsay
sources ("according to media reports"), contesting cues ("contradicted the claim
that ..."), unconfirmed objects that point back ("has not confirmed either report")
and relative clauses on a noun phrase ("the allegations, which Reuters has not been
able to verify").
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.lexicon.matching import match_lexicon
from provenance.rules.claims import hearsay, is_unconfirmed
from tests.rules.helpers import flags_of

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "media_after": "Boucher had a long dispute with Paul, according to media reports.",
    "media_before": "Media reports have said Boucher had a long dispute with the senator.",
    "local_media": "The blast killed a guard, according to local media.",
    "named_report": "Prices rose 2 percent in May, according to a Labor Department report.",
    "named_person": "The talks went well, according to Lavrov.",
    "contradicted": (
        "The ban’s challengers said the memo contradicted the claim that the military "
        "was not ready."
    ),
    "contradicted_nothing": "The chief economist said the data contradicted expectations.",
    "two_denials": (
        "Moscow has denied interfering in the election and Trump has denied collusion by "
        "his campaign."
    ),
    "either_report": (
        "The Associated Press reported that a former aide said the congressman offered her "
        "money. Reuters has not confirmed either report."
    ),
    "own_content": "Reuters has not confirmed the merger talks between the two banks.",
    "which_verify": (
        "All three men have denied the allegations, which Reuters has not been able to "
        "verify, and Conyers has stepped down."
    ),
    "which_plain": "The senator visited Kyiv, which he called a turning point.",
    "named_allegation": (
        "Supporters of the lawyer say the state killed him in prison. "
        "The Kremlin denies the allegation."
    ),
    "named_by_pronoun": (
        "Supporters of the lawyer say the state killed him in prison. The Kremlin denies it."
    ),
    "named_nested": "Zelensky denied Russian claims that their troops entered the region.",
    "nothing_wrong": (
        "The senator is accused of taking bribes from a donor. His lawyers have told the "
        "jury that he did nothing wrong and that the gifts were legal."
    ),
    "nothing_wrong_alone": "His lawyers said he did nothing wrong.",
    "something_wrong": (
        "The senator is accused of taking bribes from a donor. His lawyers said the "
        "prosecutors did something wrong."
    ),
    "compound": "Moore has faced sexual misconduct allegations, and leaders urged him to quit.",
    "compound_given": "Trump has denied the sexual misconduct allegations against him.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    """Per text: (kind, rule, flagged claim's text) of every flag, as the bench reads them."""
    return flags_of(_TEXTS)


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("media_after", "Boucher had a long dispute with Paul"),
        ("media_before", "Boucher had a long dispute with the senator"),
        ("local_media", "The blast killed a guard"),
    ],
)
def test_a_claim_from_hearsay_sources_is_flagged_unverified(key: str, claim: str) -> None:
    """Media reports before or after the claim stand behind nothing: verify the claim."""
    flagged = [(k, c) for k, _, c in _flags()[key]]
    assert ("unverified", claim) in flagged


@pytest.mark.parametrize("key", ["named_report", "named_person"])
def test_a_named_source_after_according_to_is_not_hearsay(key: str) -> None:
    """'according to a Labor Department report' and 'according to Lavrov' name who says it."""
    assert _flags()[key] == []


def test_a_contesting_word_in_a_content_contradicts_the_claim_it_names() -> None:
    """'said the memo contradicted the claim that X': the speakers contradict X."""
    flagged = _flags()["contradicted"]
    assert ("contradiction", "claim.denial_contradicts", "the military was not ready") in flagged


def test_a_contesting_word_with_no_claim_after_it_flags_nothing() -> None:
    """'the data contradicted expectations' names no one's claim: no contradiction."""
    assert [f for f in _flags()["contradicted_nothing"] if f[0] == "contradiction"] == []


def test_a_denial_running_on_into_another_denial_does_not_contradict_it() -> None:
    """'Moscow has denied X and Trump has denied Y': two denials, neither of the other."""
    rules = [rule for _, rule, _ in _flags()["two_denials"]]
    assert "claim.denial_contradicts" not in rules
    assert rules.count("claim.denied") == 2


def test_an_unconfirmed_object_pointing_back_marks_the_report_it_names() -> None:
    """'Reuters has not confirmed either report' flags the AP's report, not 'either report'."""
    flagged = _flags()["either_report"]
    texts = [c for k, _, c in flagged if k == "unverified"]
    assert texts == ["a former aide said the congressman offered her money"]


def test_an_unconfirmed_object_with_content_of_its_own_stays_flagged() -> None:
    """'has not confirmed the merger talks between the two banks' points nowhere back."""
    flagged = _flags()["own_content"]
    assert [k for k, _, _ in flagged] == ["unverified"]
    assert "merger talks" in flagged[0][2]


def test_a_relative_clause_saying_unverified_marks_the_noun_phrase_before_it() -> None:
    """'denied the allegations, which Reuters could not verify' flags 'the allegations'."""
    flagged = _flags()["which_verify"]
    assert ("unverified", "claim.unconfirmed", "the allegations") in flagged
    assert not any(c.startswith("which") for _, _, c in flagged)


def test_a_relative_clause_that_verifies_nothing_flags_nothing() -> None:
    """'Kyiv, which he called a turning point' is no unconfirmed claim."""
    assert _flags()["which_plain"] == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("media reports", True),
        ("some local media reports", True),
        ("News Reports", True),
        ("local media", True),
        ("the Labor Department report", False),
        ("the media company", False),
        (None, False),
    ],
)
def test_hearsay_reads_the_last_words_of_the_source(source: str | None, expected: bool) -> None:
    """Only a source ending in a hearsay phrase is hearsay, whatever its case."""
    assert hearsay(pd.DataFrame({"source_text": [source]})).tolist() == [expected]


def test_the_matching_lexicon_holds_the_flag_families() -> None:
    """Each family is one list in the data file, read case-folded."""
    lex = match_lexicon("en")
    assert {"contradicted", "debunked", "disagreed"} <= lex.contesting_cues
    assert "media reports" in lex.hearsay_sources
    assert "which" in lex.relative_pronouns


_UNCONFIRMED_ROWS = [
    ("a", "cnn", 0, 40, "asserted", "indirect", "reported", "the talks had failed on Monday"),
    ("u", "rt", 60, 71, "unconfirmed", "narrator", "has not confirmed", "the report"),
    ("v", "rt", 80, 120, "unconfirmed", "indirect", "could not verify", "troops left the city"),
    ("w", "ap", 130, 150, "asserted", "indirect", "said", "the men denied it"),
    ("x", "rt", 152, 190, "unconfirmed", "narrator", None, "which Reuters could not verify"),
]


@settings(max_examples=25, deadline=None)
@given(order=st.permutations(range(len(_UNCONFIRMED_ROWS))))
def test_unconfirmed_flags_do_not_depend_on_row_order(order: list[int]) -> None:
    """Shuffling the claims gives the same flag to every claim id."""
    rows = [_UNCONFIRMED_ROWS[i] for i in order]
    claims = pd.DataFrame(
        rows,
        columns=["claim_id", "source_id", "start", "end", "status", "attribution", "cue", "text"],
    ).assign(article_id="a")
    flags = dict(zip(claims["claim_id"], is_unconfirmed(claims), strict=True))
    assert flags == {"a": True, "u": False, "v": True, "w": True, "x": False}


def test_an_unconfirmed_claim_with_no_text_is_flagged_without_error() -> None:
    """An empty claim text has no first word: the relative-pronoun rule skips it."""
    import pandas as pd

    from provenance.rules.claims import is_unconfirmed

    claims = pd.DataFrame(
        {
            "claim_id": ["a", "u"],
            "article_id": ["x", "x"],
            "source_id": ["cnn", "rt"],
            "start": [0, 41],
            "end": [40, 41],
            "status": ["asserted", "unconfirmed"],
            "attribution": ["indirect", "narrator"],
            "cue": ["reported", "has not confirmed"],
            "text": ["the talks had failed on Monday evening", ""],
        }
    )
    assert is_unconfirmed(claims).tolist() == [False, True]


def test_a_claim_a_denial_names_an_allegation_is_unverified() -> None:
    """'X say [...]. The Kremlin denies the allegation.': the noun calls the claim a charge."""
    flags = _flags()["named_allegation"]
    assert ("unverified", "claim.charge", "the state killed him in prison") in flags
    assert ("contradiction", "claim.denial_contradicts", "the state killed him in prison") in flags


def test_a_nested_denial_leaves_the_claims_status_to_its_own_cue() -> None:
    """'denied Russian claims that X' contradicts X; it names no earlier claim a charge."""
    assert not [f for f in _flags()["named_nested"] if f[1] == "claim.charge"]


def test_a_claim_a_pronoun_denies_is_contradicted_not_named_an_allegation() -> None:
    """'denies it' names nothing: the claim is contradicted, not called an allegation."""
    kinds = {k for k, _, c in _flags()["named_by_pronoun"] if c.startswith("the state")}
    assert kinds == {"contradiction"}


def test_a_compound_allegation_is_flagged_and_a_given_one_is_the_denials() -> None:
    """'faced sexual misconduct allegations' flags the charge; 'denied the ... allegations'
    points back: no unverified flag of its own."""
    assert ("unverified", "claim.hedged", "sexual misconduct") in _flags()["compound"]
    assert not [f for f in _flags()["compound_given"] if f[0] == "unverified"]


def test_did_nothing_wrong_contradicts_the_charge_before_it() -> None:
    """'told the jury that he did nothing wrong' answers 'is accused of taking bribes'."""
    assert ("contradiction", "claim.denial_contradicts", "taking bribes from a donor") in (
        _flags()["nothing_wrong"]
    )


@pytest.mark.parametrize("key", ["nothing_wrong_alone", "something_wrong"])
def test_no_exculpation_flag_without_a_charge_or_the_phrase(key: str) -> None:
    """With no charge before it, or with no exculpation, nothing is contradicted."""
    assert not [f for f in _flags()[key] if f[0] == "contradiction"]
