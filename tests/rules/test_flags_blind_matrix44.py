"""One test a case of ``tests/rules/flags_matrix44.py``, scored as round 43's matrix is.

Misses stay strict xfails (WRONG), so a fix flips its case and the suite says so.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from tests.rules.flags_matrix44 import CASES, score
from tests.rules.flags_matrix44 import predict as _predict
from tests.rules.helpers import assert_matrix_shape, matrix_params

#: Cases the rules still get wrong (145 of 201 cases passed at a20e6dd as first written:
#: 114 of 161 flags, 33 raised beyond them; 147 once five expectations were set to the
#: guideline and the scoring: 115 of 158 flags, 32 raised beyond; 163 after flags44: 123
#: of 158 flags, 19 raised beyond; 170 after flags45: two sides' losses, troops crossing
#: and entering, the passive "is contested by", "disputed the official tally"; 173 after
#: flagsL46, court-04 corrected to the guideline (a plea of not guilty denies the charges),
#: "There is no record of" what someone said; 174: "the suit was without merit"; 176 after
#: flags46 as well: "put it at 61 percent" a share at odds, "it was 2,000 barrels" a
#: restatement; 177 after flagsE46: "said [reports that X] were fabricated" names the
#: reports as the denial's object, no charge beside it; 178 after
#: neighbours46 as well: "claimed victory in the marathon" takes a win; 179 after flagsU47:
#: "Hamas denied the claim" names what was said, no charge).
WRONG = frozenset(
    {
        "court-07",
        "court-19",
        "elect-03",
        "elect-07",
        "war-01",
        "war-02",
        "war-03",
        "war-06",
        "rights-01",
        "rights-04",
        "disaster-11",
        "science-10",
        "science-11",
        "police-01",
        "police-02",
        "police-07",
        "police-08",
        "police-11",
        "labour-12",
        "family-report-06",
        "family-syn-03",
        "family-norecord-01",
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
    assert_matrix_shape(CASES, flags=150, neighbours=70)
