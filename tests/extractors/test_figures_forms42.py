"""Stop 42's fixes, each with its neighbours: proportions as one share, "x3" as a factor,
lower-case names before a number, docket and trunk-coded phone numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extractors.figure_helpers import figs

_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@settings(deadline=None)  # the first call builds the patterns
@given(
    st.integers(1, 999),
    st.integers(2, 1000),
    st.sampled_from(["in", "out of", "In", "Out Of", "IN", "OUT OF"]),
)
def test_a_proportion_in_digits_is_its_share(a: int, b: int, link: str) -> None:
    """ "a in b" with a < b is one figure, a / b, spanning both numbers, in a headline's
    case too ("1 In 5", "1 OUT OF 5")."""
    if a >= b:
        return
    text = f"Roughly {a} {link} {b} adults smoke."
    assert [(s, v) for s, _, v in figs(text)] == [(f"Roughly {a} {link} {b}", pytest.approx(a / b))]


@settings(deadline=None)
@given(st.integers(1, 9), st.integers(2, 10))
def test_a_proportion_in_words_is_its_share(a: int, b: int) -> None:
    """ "three in ten" as "3 in 10"; "un X sur N" keeps the noun inside its span."""
    if a >= b:
        return
    text = f"{_NUMBER_WORDS[a - 1]} in {_NUMBER_WORDS[b - 1]} voters"
    assert [v for _, _, v in figs(text)] == [pytest.approx(a / b)]


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        ("Nearly one in four voters said so.", "en", "Nearly one in four", 0.25),
        ("Less than one in 10 people is going to vote.", "en", "Less than one in 10", 0.1),
        ("Nine out of 10 patients were seen.", "en", "Nine out of 10", 0.9),
        ("Un Belge sur cinq vit seul.", "fr", "Un Belge sur cinq", 0.2),
        ("1 sinistre sur 4 concerne l'eau.", "fr", "1 sinistre sur 4", 0.25),
        ("Près de 1 sur 3 logements.", "fr", "Près de 1 sur 3", 1 / 3),
    ],
)
def test_proportions(text: str, language: str, surface: str, value: float) -> None:
    assert [(s, v) for s, _, v in figs(text, language)] == [(surface, pytest.approx(value))]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the second number is a year, a duration or no greater than the first: two figures
        ("He scored 2 in 2019.", "en", [("2", 2.0), ("2019", 2019.0)]),
        ("She won 10 in 5 years.", "en", [("10", 10.0), ("5 years", 5.0)]),
        ("They lost 12 in 4 games.", "en", [("12", 12.0), ("4", 4.0)]),
        # "sur" as "on": a plural noun after the second number
        ("Un accord sur deux points a été trouvé.", "fr", [("deux", 2.0)]),
    ],
)
def test_no_proportion(text: str, language: str, expected: list[tuple[str, float]]) -> None:
    assert [(s, v) for s, _, v in figs(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The camera offers x3 optical zoom.", [("x3", "multiple", 3.0)]),
        ("Volumes went x2.5 after the listing.", [("x2.5", "multiple", 2.5)]),
        ("A 10x rise.", [("10x", "multiple", 10.0)]),
    ],
)
def test_a_multiplier_letter_before_a_number_is_a_factor(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text", ["Intel x86 chips", "The x64 build", "BMW X3 sales", "a 4x4 vehicle", "X2 orders"]
)
def test_no_factor_in_names(text: str) -> None:
    assert [k for _, k, _ in figs(text)] in ([], ["identifier"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("People with type 2 diabetes", "en"),
        ("diagnosed with stage 4 breast cancer", "en"),
        ("charged under section 302 of the code", "en"),
        ("tampering with the Form 45 results", "en"),
        ("more Leopard 2 tanks", "en"),
        ("its Boeing 737 Max 9 jets", "en"),
        ("Version 2.1 of the app", "en"),
        ("a Web 3.0 company", "en"),
        ("a breach of the No. 2:23-cv-0451 order", "en"),
        ("case No. 1:24-cr-00112-JMF", "en"),
        ("call Crime Stop on 08600 10111", "en"),
        ("Third-party insurance is optional", "en"),
        ("a flat at 12 Marine Parade, Napier", "en"),
        ("le diabète de type 2", "fr"),
        ("la loi 96 renforce", "fr"),
        ("le projet de loi 21 a été adopté", "fr"),
    ],
)
def test_names_and_codes_hold_no_figure(text: str, language: str) -> None:
    assert [(s, k) for s, k, _ in figs(text, language) if k not in ("identifier",)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road is 2 km long, type 2 diabetes aside.", [("2", 2.0)]),
        ("It ended at 2:23 on Monday.", []),
        ("Temperatures hit 87c in the bay.", [("87c", 87.0)]),
        ("Auckland hit 30C.", [("30C", 30.0)]),
        ("They found 12 Marine Parade residents.", []),
    ],
)
def test_neighbours_of_names_and_codes(text: str, expected: list[tuple[str, float]]) -> None:
    """Counts next to the new names stay counts; a time stays a time; "87c" is a number."""
    got = [(s, v) for s, k, v in figs(text) if k not in ("identifier", "time")]
    assert got[: len(expected)] == expected
