"""The credit families stop 45 fixed among the blind rounds' leftovers, beside their neighbours.

- a date written inside a line, between two signs ("Name - 12.mar.2024/Folha"): no party;
- a wire's filing code after its name ("Name / TT / kod 10080"): no party;
- the press-release wires ("Photo: Business Wire"): a source, never a photographer;
- dpa's own regional service after dpa ("Name/dpa/dpa-Zentralbild"): a distributor;
- one shouted word naming an institution ("APA/BUNDESHEER/Name"): a source, tamed;
- TIME, a magazine named without an outlet word: its own picture's agency.

The lines are written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance

P, A, D, S = "photographer", "agency", "distributor", "source"


def _found(line: str) -> list[tuple[str, str | None]]:
    return [(p.role.value, p.name) for p in provenance.extract_credits(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # dates inside the line: Folha's dotted date, with its month in Portuguese or English
        ("Rita Olmo - 12.mar.2024/Folhapress", [(P, "Rita Olmo"), (A, "Folhapress")]),
        ("Rita Olmo - 3.out.2023/Folhapress", [(P, "Rita Olmo"), (A, "Folhapress")]),
        ("Rita Olmo - 28.dez.2021/Folhapress", [(P, "Rita Olmo"), (A, "Folhapress")]),
        ("Rita Olmo - 12.03.2024/Folhapress", [(P, "Rita Olmo"), (A, "Folhapress")]),
        ("Rita Olmo/Folhapress 12.mar.2024", [(P, "Rita Olmo"), (A, "Folhapress")]),
        (
            "Rita Olmo/AFP - 12 March 2021/Getty Images",
            [(P, "Rita Olmo"), (A, "AFP"), (D, "Getty Images")],
        ),
        # a wire's filing code after it
        ("Foto: Erik Lund / TT / kod 10080", [(P, "Erik Lund"), (A, "TT")]),
        ("Foto: Erik Lund / TT / Kod: 2231", [(P, "Erik Lund"), (A, "TT")]),
        # the press-release wires: a company's picture handed out
        ("Photo: Business Wire", [(S, "Business Wire")]),
        ("Photo: PR Newswire", [(S, "PR Newswire")]),
        ("Acme Corp. via Business Wire", [(S, "Acme Corp"), (D, "Business Wire")]),
        # dpa's regional picture service passing on dpa's picture
        (
            "Foto: Lena Brandt/dpa/dpa-Zentralbild",
            [(P, "Lena Brandt"), (A, "dpa"), (D, "dpa-Zentralbild")],
        ),
        # an institution's one shouted word, between the wire and the photographer
        (
            "APA/BUNDESHEER/ANNA KOFLER",
            [(A, "APA"), (S, "Bundesheer"), (P, "Anna Kofler")],
        ),
        # a magazine's own photo-illustration
        ("Photo-illustration by TIME; Getty Images", [(A, "TIME"), (A, "Getty Images")]),
        ("Rita Olmo/Time", [(P, "Rita Olmo"), (A, "Time")]),
    ],
)
def test_fixed_families(line: str, expected: list[tuple[str, str | None]]) -> None:
    """Each form gives its parties and nothing else: no date, code or label as a party."""
    assert _found(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a number beside a month word that is part of a name stays a party
        (
            "Rita Olmo / 12 Mar Studios / AFP",
            [(P, "Rita Olmo"), (S, "12 Mar Studios"), (A, "AFP")],
        ),
        # a code word opening a name, with no number after it, stays a party
        ("Rita Olmo/Code 42 Studios", [(P, "Rita Olmo"), (S, "Code 42 Studios")]),
        ("Rita Olmo/Kodak", [(P, "Rita Olmo"), (A, "Kodak")]),
        # "Wire" as a surname is still a photographer
        ("Photo: Jane Wire", [(P, "Jane Wire")]),
        # dpa alone, and a one-word name after a wire, read as before
        ("Lena Brandt/dpa", [(P, "Lena Brandt"), (A, "dpa")]),
        ("REUTERS/Madonna", [(A, "Reuters"), (P, "Madonna")]),
        # a shouted short acronym stays as written
        ("KCNA/AFP", [(A, "KCNA"), (A, "AFP")]),
        # "Time" as a surname is no magazine
        ("Rita Time/AFP", [(P, "Rita Time"), (A, "AFP")]),
    ],
)
def test_neighbours_unchanged(line: str, expected: list[tuple[str, str | None]]) -> None:
    """The neighbours of the fixed forms keep their parties."""
    assert _found(line) == expected


_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


@given(
    st.integers(min_value=1, max_value=28),
    st.sampled_from(_MONTHS),
    st.integers(min_value=1990, max_value=2035),
    st.sampled_from(["Folhapress", "AFP", "Reuters", "Estadão Conteúdo"]),
)
def test_a_dated_line_has_the_parties_of_the_undated_one(
    day: int, month: str, year: int, agency: str
) -> None:
    """The date between the photographer and the agency never changes the parties."""
    plain = _found(f"Rita Olmo/{agency}")
    assert _found(f"Rita Olmo - {day}.{month}.{year}/{agency}") == plain


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["TT", "NTB", "Scanpix"]))
def test_a_filing_code_adds_no_party(number: int, wire: str) -> None:
    """ "kod N" after the wire adds nothing, whatever the number."""
    plain = _found(f"Foto: Erik Lund / {wire}")
    assert _found(f"Foto: Erik Lund / {wire} / kod {number}") == plain
