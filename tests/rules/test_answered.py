"""A denial that points back ("denied such meddling") answers the statement before it."""

from __future__ import annotations

import pandas as pd
import pytest

from provenance.rules.claims import answered_claim

Claim = tuple[str, str, int, int, str, str, str | None, str]


def _claims(rows: list[Claim]) -> pd.DataFrame:
    """Claims of one article: id, source, start, end, status, attribution, cue, text."""
    return pd.DataFrame(
        rows,
        columns=["claim_id", "source_id", "start", "end", "status", "attribution", "cue", "text"],
    ).assign(article_id="a")


_SANCTION = "Obama sanctioned the centre, saying it played a role in the hacking."
_DENIAL: Claim = ("d", "ru", 90, 103, "denied", "indirect", "has denied", "such meddling")
_PIECE: Claim = ("p", "afp", 72, 89, "asserted", "narrator", None, "Russia has denied")


def test_a_narrator_sentence_just_before_is_what_such_meddling_points_back_to() -> None:
    """No attributed claim before: the narrator's previous sentence is the one denied."""
    claims = _claims(
        [("s", "afp", 0, 70, "asserted", "narrator", None, _SANCTION), _PIECE, _DENIAL]
    )
    assert answered_claim(claims, pd.Series([None] * 3)).tolist() == [None, None, "s"]


def test_the_narrator_piece_of_the_denials_own_sentence_is_not_the_antecedent() -> None:
    """'Russia has denied' ends mid-sentence: it is the denial's frame, never what is denied."""
    claims = _claims([_PIECE, _DENIAL])
    assert answered_claim(claims, pd.Series([None] * 2)).tolist() == [None, None]


def test_a_nearer_attributed_claim_still_wins_over_an_earlier_narrator_sentence() -> None:
    """'The talks began. Kyiv said troops entered. Moscow denied it.' answers Kyiv's claim."""
    claims = _claims(
        [
            ("s", "afp", 0, 16, "asserted", "narrator", None, "The talks began."),
            ("k", "ua", 27, 41, "asserted", "indirect", "said", "troops entered"),
            ("d", "ru", 56, 58, "denied", "indirect", "denied", "it"),
        ]
    )
    assert answered_claim(claims, pd.Series([None] * 3)).tolist() == [None, None, "k"]


@pytest.mark.parametrize("denied", ["meddling in the election", "the request"])
def test_a_denial_with_content_of_its_own_answers_nothing(denied: str) -> None:
    """Only an object that points back looks for an antecedent, whatever sentence precedes it."""
    claims = _claims(
        [
            ("s", "afp", 0, 70, "asserted", "narrator", None, _SANCTION),
            ("d", "ru", 90, 90 + len(denied), "denied", "indirect", "denied", denied),
        ]
    )
    assert answered_claim(claims, pd.Series([None] * 2)).tolist() == [None, None]


def test_the_narrator_sentence_must_be_near() -> None:
    """A narrator sentence further back than the answer window is not what 'it' denies."""
    far = 2000
    claims = _claims(
        [
            ("s", "afp", 0, 70, "asserted", "narrator", None, _SANCTION),
            ("d", "ru", far, far + 2, "denied", "indirect", "denied", "it"),
        ]
    )
    assert answered_claim(claims, pd.Series([None] * 2)).tolist() == [None, None]


@pytest.mark.parametrize(
    ("denied", "answers"),
    [
        ("the figure", True),
        ("that toll", True),
        ("these numbers", True),
        ("the figures for 2019", False),
        ("the figure skater", False),
        ("figures", False),
    ],
)
def test_a_denial_of_the_figure_answers_the_claim_that_gave_it(denied: str, answers: bool) -> None:
    """'The army disputed the figure' points back; a figure noun with content does not."""
    claims = _claims(
        [
            ("k", "rebels", 0, 38, "asserted", "indirect", "said", "52 soldiers were killed"),
            ("d", "army", 60, 60 + len(denied), "denied", "indirect", "disputed", denied),
        ]
    )
    expected = [None, "k" if answers else None]
    assert answered_claim(claims, pd.Series([None] * 2)).tolist() == expected


@pytest.mark.parametrize(
    ("second", "rule"),
    [
        ("The army disputed the figure.", "claim.denial_contradicts"),
        ("The army disputed the figures for 2019.", "claim.denied"),
    ],
)
def test_disputing_the_figure_in_a_real_text_contradicts_the_rival_claim(
    second: str, rule: str
) -> None:
    """End to end: 'disputed the figure' names the rebels' claim as the one contradicted."""
    import provenance
    from provenance.ingest import read_text

    text = f"T\n\nRebels said 52 soldiers were killed in the clashes. {second}\n\nAFP"
    result = provenance.check(read_text(text), engine="pandas")
    found = result.findings[result.findings["kind"] == "contradiction"]
    assert found["rule"].tolist() == [rule]
    claims = result.tables.claims.set_index("claim_id")
    related = found["related_claim_id"].iloc[0]
    if rule == "claim.denial_contradicts":
        assert claims.loc[related, "text"].startswith("52 soldiers were killed")


def test_a_claim_noun_skips_a_narrator_clause_to_the_attributed_claim_before_it() -> None:
    """'Supporters say the state killed him while he was in prison. The Kremlin denies the
    allegation.': the noun names the supporters' claim, not the narrator's clause after it."""
    claims = _claims(
        [
            ("s", "fans", 20, 45, "asserted", "indirect", "say", "the state killed him"),
            ("n", "afp", 46, 80, "asserted", "narrator", None, "while he was in prison."),
            ("d", "ru", 99, 113, "denied", "indirect", "denies", "the allegation"),
        ]
    )
    assert answered_claim(claims, pd.Series([None] * 3)).tolist() == [None, None, "s"]


def test_a_pronoun_still_answers_the_narrator_sentence_just_before() -> None:
    """'it' names no claim: the nearest narrator sentence stays its antecedent (neighbour)."""
    claims = _claims(
        [
            ("s", "fans", 20, 45, "asserted", "indirect", "say", "the state killed him"),
            ("n", "afp", 46, 80, "asserted", "narrator", None, "Police raided the farm."),
            ("d", "ru", 99, 101, "denied", "indirect", "denies", "it"),
        ]
    )
    assert answered_claim(claims, pd.Series([None] * 3)).tolist() == [None, None, "n"]
