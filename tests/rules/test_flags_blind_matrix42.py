"""The fourth blind flags matrix (``tests/rules/flags_matrix42.py``), one test per case.

Each case passes when every flag the guideline expects is raised (same kind, the flagged
claim covering or overlapping the expected span as the wire scorer matches it) and
nothing else is; a neighbour passes when nothing is raised. The cases the rules still get
wrong are strict xfails, so fixing one flips it and the suite says so.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.flags_matrix42 import CASES, Outcome, score, summary

#: Cases the rules still get wrong (131 of 184 cases passed at 432c777 after the matrix
#: correction, 134 after flags42, 140 after flags43, 139 once "contested" became a phrase
#: that takes only a claim: its passive "is contested by" is no longer read; 145 after
#: flags44, where a report a denial names is no longer a charge as well; 146 after flags45:
#: "is contested by" read again, its agent denying a subject a claim noun heads; 147 after
#: flagsL46: "She has pleaded not guilty." answers the charge before it; "the players'
#: complaint was without merit" corrected to a denial of the complaint, which it now is;
#: 148: "denied approval for the drug" withholds a consent; 154 after flagsE46: a claim
#: noun a source evaluates as false ("said [reports that X] were baseless", "called
#: [rumours that X] baseless") is the denial's object, no charge of its own as well; 155:
#: "there was no basis for the claim that X" denies the claim, as "no truth to" does; 156
#: after flagsC47: "X, a charge his lawyer has called absurd" denies the clause renamed).
WRONG = frozenset(
    {
        "court_testimony_conflict",
        "court_complaint_says_denied",
        "health_posts_claim_refuted",
        "health_false_claim_factcheck",
        "vote_tally_conflict",
        "vote_disputed_result",
        "vote_claim_contested_by",
        "disaster_rejected_reports_toll",
        "biz_newspaper_citing_sources",
        "biz_earnings_dispute",
        "biz_purported_letter",
        "war_casualty_counts_conflict",
        "war_could_not_verify_battlefield",
        "war_dismissed_claim_fabrication",
        "war_purported_strike_video",
        "social_posts_falsely_claim",
        "social_viral_claim_no_evidence",
        "social_image_digitally_altered",
        "social_company_said_false",
        "social_misleading_caption",
        "social_apparently_shows",
        "fam_contests_verb",
        "fam_crowd_put_at",
        "fam_neighbour_confirmed_report",
        "cue_unconfirmed_adj",
        "cue_called_false",
        "cue_false_claims_that",
        "cue_said_falsely",
    }
)


@cache
def _outcomes() -> dict[str, Outcome]:
    return score()


@pytest.mark.parametrize(
    "case_id",
    [
        pytest.param(
            case_id,
            marks=pytest.mark.xfail(strict=True, reason="still wrong") if case_id in WRONG else (),
        )
        for case_id, _, _ in CASES
    ],
)
def test_case(case_id: str) -> None:
    assert _outcomes()[case_id].passed, _outcomes()[case_id]


def test_wrong_names_cases() -> None:
    assert {case_id for case_id, _, _ in CASES} >= WRONG


def test_matrix_shape() -> None:
    """Every expected span is in its passage, once; the matrix keeps its neighbours."""
    for case_id, text, flags in CASES:
        for _, spans, _ in flags:
            for span in (spans,) if isinstance(spans, str) else spans:
                assert text.count(span) == 1, (case_id, span)
    totals = summary({case_id: Outcome(0, len(f), 0) for case_id, _, f in CASES})
    assert totals["expected"] >= 120
    assert sum(not f for _, _, f in CASES) >= 50
