"""The eighth blind flags matrix (``flags_matrix47``) scored as the wire bench reads flags.

Every passage must raise exactly its expected flags: each expected flag matched by one flag
of its kind whose claim's span overlaps the expected clause, and no flag left over. The
passages the rules still get wrong are strict xfails, so a fix flips them and a regression
fails.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from tests.rules.flags_matrix43 import predict
from tests.rules.flags_matrix47 import CASES, Flag, FlagCase
from tests.rules.helpers import assert_matrix_shape, matrix_params, pair_up

#: The passages the rules get wrong (strict: a fix must remove its name). At 4c327ce as
#: first written: 159 of 187 passages right, 114 of 145 flags found, 7 raised beyond them;
#: 165 after flags47 (119 of 145, 5 beyond): ", a figure the group called exaggerated", "The
#: study, which has not been peer-reviewed, found ...", "up from 2,500 on Monday" no rival;
#: 167 (121 of 147, 3 beyond) once "said the official figures were fabricated" and "claimed
#: the turnout figures had been inflated" were expected to contradict the figures as well
#: (a denial by evaluation, as "called the figures exaggerated"), 161 of 187 at 4c327ce; 169
#: (125 of 147, 3 beyond) once sums at odds are rivals when one restates the other's ("put
#: the figure at $98 million"); 170 beside flagsC47's labeled appositives, whose clause
#: before the comma ends there (", a claim economists called exaggerated"); 172 after
#: flagsU47: "India rejected the claim" names what was said, no charge.
MISSES: frozenset[str] = frozenset(
    {
        "aid-tonnes-disputed",
        "blockade-claim-without-evidence",
        "budget-denied-as-alleged",
        "debris-in-a-claim-not-confirmed",
        "festival-claimed-vs-police",
        "heatwave-before-peer-review",
        "jobs-created-vs-lost",
        "missiles-intercepted-vs-hit",
        "missiles-kyiv-vs-moscow",
        "preprint-not-yet-peer-reviewed",
        "referendum-own-tally",
        "stadium-sellout-vs-count",
        "tumour-review-at-odds",
        "unemployment-disputed-by-unions",
        "vaccine-not-independently-reviewed",
    }
)


def _span(case: FlagCase, flag: Flag) -> tuple[int, int]:
    start = case.text.index(flag.surface)
    return start, start + len(flag.surface)


def unmatched(
    case: FlagCase, raised: list[dict[str, Any]]
) -> tuple[list[Flag], list[dict[str, Any]]]:
    """The expected flags no raised flag matches, and the raised flags left over.

    A raised flag matches an expected one of its kind when the claim it names overlaps the
    expected clause; the pairing is a maximum bipartite matching, so the order of the
    expectations never decides the score.
    """
    spans = [_span(case, f) for f in case.flags]

    def fits(i: int, flag: dict[str, Any]) -> bool:
        start, end = spans[i]
        return bool(
            flag["kind"] == case.flags[i].kind and flag["start"] < end and start < flag["end"]
        )

    missing, extra = pair_up(len(case.flags), raised, fits)
    return [case.flags[i] for i in missing], extra


@cache
def _raised() -> dict[str, list[dict[str, Any]]]:
    """Every passage's flags, from one check call."""
    return predict(tuple(CASES))  # type: ignore[arg-type]


def test_names_are_unique_and_misses_exist() -> None:
    """Each passage has its own name, and every listed miss is a passage of the matrix."""
    assert {c.name for c in CASES} >= MISSES


def test_matrix_shape() -> None:
    """Each clause occurs once in its passage; at least 140 flags and 70 neighbours."""
    assert_matrix_shape(CASES, flags=140, neighbours=70)


@pytest.mark.parametrize("case", matrix_params(CASES, MISSES))
def test_matrix_passage(case: FlagCase) -> None:
    """The passage raises exactly its expected flags."""
    missing, extra = unmatched(case, _raised()[case.name])
    assert (missing, extra) == ([], [])
