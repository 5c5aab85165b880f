"""The fifth blind flags matrix (``tests/rules/flags_matrix43.py``), one test per case.

A case passes when every flag the guideline expects is raised (same kind, the flagged
claim covering or overlapping the expected span, as the wire scorer matches) and nothing
else is; a neighbour passes when nothing is raised. The cases the rules still get wrong
are strict xfails, so fixing one flips it and the suite says so.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from tests.rules.flags_matrix43 import CASES, score
from tests.rules.flags_matrix43 import predict as _predict
from tests.rules.helpers import matrix_params

#: Cases the rules still get wrong (137 of 202 cases passed at df30766, before and after
#: the matrix correction; 161 after flags43, which turned "fin_not_in_talks_nikkei" wrong:
#: with the Nikkei read as a paper, its report denied is flagged unverified as well; 160
#: once "place" left the things withheld: "denied the attack took place" denies a claim;
#: 172 after flags44: a report a denial names is no charge as well, "denied the student
#: a place" withholds one; 174 after flagsL46: "There is no record of such a figure" answers
#: the claim before it; 175: "rejected the draft resolution" discards a text put to a
#: vote; 178 after flags46 as well: "the opposition said it was 54 percent" is a share at
#: odds, "fewer than 3 million had cast ballots" counts what the count before it counts;
#: 179 after flagsU47: "The miner disputed the report" names what was said, no charge).
WRONG = frozenset(
    {
        "fin_rejected_claims_activist",
        "fin_dismissed_forecast",
        "fin_ft_job_cuts",
        "tech_users_at_odds",
        "tech_the_information",
        "tech_nb_reject_apps",
        "dip_not_confirmed_talks",
        "dip_groundless_wsj",
        "tr_allegedly_asleep",
        "edu_schools_at_odds",
        "loc_bridge_at_odds",
        "cel_variety_shelved",
        "cel_accused_claims_denied",
        "asia_junta_not_confirmed",
        "afr_premium_times",
        "lat_folha",
        "nar_no_record_navy",
        "nar_no_evidence_to_support",
        "out_le_monde_denied",
        "out_ft_declined",
        "cnt_dead_rebels_army",
        "cnt_jobs_union",
        "con_contested_results",
    }
)


@cache
def _predicted() -> dict[str, list[dict[str, Any]]]:
    return _predict(CASES)


@pytest.mark.parametrize("case", matrix_params(CASES, WRONG))
def test_case(case: Any) -> None:
    """Every expected flag is raised, and nothing else."""
    missed, extra = score(case, _predicted()[case.name])
    assert (missed, extra) == ([], [])


def test_wrong_names_cases() -> None:
    """Every name in WRONG is a case of the matrix."""
    assert {case.name for case in CASES} >= WRONG


def test_matrix_shape() -> None:
    """Each expected span occurs once in its text; the matrix keeps its size."""
    for case in CASES:
        assert len({c.name for c in CASES if c.name == case.name}) == 1
        for flag in case.flags:
            assert case.text.count(flag.surface) == 1, (case.name, flag.surface)
            assert flag.kind in ("unverified", "contradiction")
    assert sum(len(case.flags) for case in CASES) >= 130
    assert sum(not case.flags for case in CASES) >= 55
