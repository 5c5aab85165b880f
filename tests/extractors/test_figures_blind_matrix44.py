"""The stop-44 blind matrix: forms and neighbours written before the extractor was read.

At the base (a20e6dd) 226 of 243 cases passed (161 of 173 English, 65 of 70 French), 227
once en107's expectation was corrected; the misses are strict xfails, flipped as they are
fixed.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .blind_matrix44 import CASES, Case
from .score_matrix44 import case_ids, found, misses

#: missed at the base: en075 en111 en113 en115 en133 en135 en137 en140 en141 en164 en166
#: fr015 fr057 fr058 fr064 fr070 (and en107 until its expectation was corrected to the
#: guideline's number as written, a quarter of a century: 0.25). Read since stop 46: "P13"
#: (a one-letter currency is money as the level a change verb ends its clause on: "rose to
#: P13.") and "le train n° 17854" (a number sign's number is a rank only after a
#: determiner: "le n° 1 mondial", stop 40's matrix).
XFAIL: frozenset[str] = frozenset()


IDS = case_ids()


def _params() -> list[object]:
    return [
        pytest.param(case, id=cid, marks=[pytest.mark.xfail(strict=True)] if cid in XFAIL else [])
        for cid, case in zip(IDS, CASES, strict=True)
    ]


@pytest.mark.parametrize("case", _params())
def test_matrix44_case(case: Case) -> None:
    lang, text, expected = case
    assert misses(text, lang, expected) == []


def test_matrix44_shape() -> None:
    """About 220 forms, about 70% English, about 60 neighbours."""
    english = sum(1 for lang, _t, _e in CASES if lang == "en")
    neighbours = sum(1 for _l, _t, expected in CASES if not expected)
    assert len(CASES) >= 220
    assert 0.6 <= english / len(CASES) <= 0.8
    assert neighbours >= 55


@settings(max_examples=40, deadline=None)
@given(
    case=st.sampled_from(CASES),
    lead=st.sampled_from(["Reporting by staff. ", "Par la rédaction. "]),
)
def test_matrix44_a_sentence_before_moves_spans_only(case: Case, lead: str) -> None:
    """A sentence with no number before a case shifts its figures and changes nothing else."""
    lang, text, _expected = case
    alone = found(text, lang)
    after = found(lead + text, lang)
    shifted = [(t, s - len(lead), e - len(lead), v) for t, s, e, v in after]
    assert [(t, s, e) for t, s, e, _v in shifted] == [(t, s, e) for t, s, e, _v in alone]
    for (_t, s, e, _v), (_a, s2, e2, _w) in zip(shifted, alone, strict=True):
        assert text[s:e] == text[s2:e2]


# The rules that fixed the matrix, each with neighbours that must keep their figures.
RULE_CASES: list[tuple[str, str, tuple[tuple[str, float | None], ...]]] = [
    # a line's number names it; a count before a noun after the line's noun stays a count
    ("en", "The 20 bus routes will close.", (("20", 20),)),
    ("en", "She took the 7 train.", ()),
    ("en", "The number 12 bus was late.", ()),
    ("fr", "La chaîne a mis en ligne 300 vidéos.", (("300", 300),)),
    ("fr", "La ville a acheté un bus 100 % électrique.", (("100 %", 100),)),
    ("fr", "La ligne 1 du métro est fermée.", ()),
    ("fr", "Le bus 38, bondé, est arrivé en retard.", ()),
    # a unit after an amount is a rate's, alone it is one unit
    ("en", "Profit rose 5% a year.", (("5%", 5),)),
    ("en", "He worked 20 hours a week.", (("20 hours", 20),)),
    ("en", "The talks took a week.", (("a week", 1),)),
    ("en", "In 2019, a year after the vote, he left.", (("2019", 2019),)),
    # a name before a number, unless a length follows
    ("en", "Runway 27 was closed.", ()),
    ("en", "Engineers built a road 12 km long.", (("12 km", 12),)),
    # emergency numbers after a verb of calling and its article; a date stays a date
    ("fr", "Elle a composé le 112 vers minuit.", ()),
    ("fr", "Il a appelé le 17 mars.", (("17 mars", None),)),
    # a proportion in headline case with its noun; a capitalized number in a name is none
    ("fr", "UN BELGE SUR DIX", (("UN BELGE SUR DIX", 0.1),)),
    ("fr", "Le Club Des Cinq", ()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RULE_CASES)
def test_matrix44_rules_and_neighbours(
    lang: str, text: str, expected: tuple[tuple[str, float | None], ...]
) -> None:
    assert misses(text, lang, expected) == []


@settings(max_examples=30, deadline=None)
@given(
    det=st.sampled_from(["la ligne", "La ligne", "le bus", "le tram"]),
    number=st.integers(1, 999),
    tail=st.sampled_from([" du métro", " vers la gare", ", bondé,", "."]),
)
def test_a_french_line_number_is_no_figure(det: str, number: int, tail: str) -> None:
    """A transport line's number after its noun and a definite determiner names it."""
    assert found(f"Il a pris {det} {number}{tail}", "fr") == []


@settings(max_examples=30, deadline=None)
@given(amount=st.integers(2, 99_999), unit=st.sampled_from(["year", "month", "week", "kilogram"]))
def test_a_unit_after_an_amount_is_a_rate(amount: int, unit: str) -> None:
    """ "$N a year": the amount is the only figure; "a year" is the rate's unit."""
    text = f"It costs ${amount:,} a {unit} to run."
    assert [v for _t, _s, _e, v in found(text, "en")] == [float(amount)]


@settings(max_examples=30, deadline=None)
@given(
    code=st.from_regex(r"[A-Z][0-9]", fullmatch=True),
    number=st.integers(1, 9999),
    noun=st.sampled_from(["flight", "Flight"]),
)
def test_a_carrier_code_with_a_digit_keeps_the_flight_a_name(
    code: str, number: int, noun: str
) -> None:
    """ "flight U2 8123": the code holds a digit, the flight's number is still no count."""
    assert found(f"Passengers on {noun} {code} {number} were delayed.", "en") == []
