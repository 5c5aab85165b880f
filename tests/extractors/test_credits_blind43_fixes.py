"""The constructions stop 43's blind round fixed, with the neighbours that must not change."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import extract_credits
from provenance.enums import CreditRole

A, D, P, S = CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.PHOTOGRAPHER, CreditRole.SOURCE


def _caption(text: str) -> set[tuple[str | None, CreditRole]]:
    return {(p.name, p.role) for p in extract_credits("", caption=text)}


def _line(text: str) -> set[tuple[str | None, CreditRole]]:
    return {(p.name, p.role) for p in extract_credits(text)}


@pytest.mark.parametrize("topic", ["USA/Joe Biden", "EU/Ursula von der Leyen", "UK/Keir Starmer"])
def test_a_place_code_over_a_name_is_a_topic_line(topic: str) -> None:
    assert _caption(topic) == set()


def test_an_institution_over_a_name_stays_a_credit() -> None:
    assert _caption("NASA/Jane Roe") == {("NASA", S), ("Jane Roe", P)}


@pytest.mark.parametrize(
    ("caption", "parties"),
    [
        ("NASA/JPL-Caltech", {("NASA", S), ("JPL-Caltech", S)}),
        ("NASA/ESA/STScI", {("NASA", S), ("ESA", S), ("STScI", S)}),
    ],
)
def test_an_institution_and_its_partners_alone_are_a_credit(
    caption: str, parties: set[tuple[str, CreditRole]]
) -> None:
    assert _caption(caption) == parties


@pytest.mark.parametrize("caption", ["Kyiv/Moscow", "Berlin/Brüssel", "NASA/Kyiv", "EU/NATO"])
def test_places_and_unlisted_acronyms_alone_are_no_credit(caption: str) -> None:
    assert _caption(caption) == set()


@pytest.mark.parametrize(("caption", "wire"), [("Reuters TV", "Reuters TV"), ("AFP TV", "AFP TV")])
def test_a_wires_own_service_alone_is_its_credit(caption: str, wire: str) -> None:
    assert {role for _, role in _caption(caption)} == {A}


def test_a_place_with_tv_is_no_credit() -> None:
    assert _caption("Kyiv TV") == set()


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Foto: dpa-Pool", {("dpa", A), (None, A)}),
        ("Jane Roe-Pool/Getty Images", {("Jane Roe", P), (None, A), ("Getty Images", A)}),
        ("Foto: Jane Roe/dpa-Pool/dpa", {("Jane Roe", P), ("dpa", A), (None, A)}),
        ("Jane Roe/AFP/Getty Images", {("Jane Roe", P), ("AFP", A), ("Getty Images", D)}),
    ],
)
def test_a_wires_pool_is_the_wire_and_the_pool(
    line: str, parties: set[tuple[str | None, CreditRole]]
) -> None:
    assert _line(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Courtesy of Simon & Schuster", {("Simon & Schuster", S)}),
        ("ESA/Hubble & NASA", {("ESA", S), ("Hubble", S), ("NASA", S)}),
        ("Jane Roe & John Doe/AP", {("Jane Roe", P), ("John Doe", P), ("AP", A)}),
    ],
)
def test_an_ampersand_joins_two_words_into_one_name(
    line: str, parties: set[tuple[str, CreditRole]]
) -> None:
    assert _line(line) == parties


_WORD = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)


@given(_WORD, _WORD)
def test_courtesy_of_a_two_word_ampersand_name_is_one_source(left: str, right: str) -> None:
    parties = extract_credits(f"Courtesy of {left} & {right}")
    assert [(p.name, p.role) for p in parties] == [(f"{left} & {right}", S)]


@pytest.mark.parametrize(
    ("line", "name"),
    [("Foto: DHA", "DHA"), ("Photo: CFP", "CFP"), ("Offside/Jane Roe", "Offside")],
)
def test_wires_by_their_written_short_names(line: str, name: str) -> None:
    assert (name, A) in _line(line)


@pytest.mark.parametrize("line", ["Foto: dha", "Photo: cfp", "offside/Jane Roe"])
def test_short_names_in_other_case_are_no_wire(line: str) -> None:
    assert all(role is not A for _, role in _line(line))


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("ΦΩΤΟ: EUROKINISSI", {("Eurokinissi", A)}),
        ("الصورة: رويترز", {("رويترز", A)}),
        ("Reader photo", {(None, S)}),
        ("Foto: Vít Šimek, Seznam Zprávy", {("Vít Šimek", P), ("Seznam Zprávy", A)}),
    ],
)
def test_labels_outlets_and_reader_photos(
    line: str, parties: set[tuple[str | None, CreditRole]]
) -> None:
    assert _line(line) == parties
