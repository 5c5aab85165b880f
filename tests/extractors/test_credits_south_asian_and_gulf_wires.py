"""Photo credits of South Asian, Gulf, North African, Latin American and East African outlets
(stop 32): national wires by the short names their credit lines use ("Photo: APP" is the
Associated Press of Pakistan, an agency, not a source), a Bangladeshi photo agency and
regional papers after a photographer's name.

Written from the house styles themselves, not from any page of the dev set; every
person's name is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import CreditRole, SourceKind
from provenance.extractors.sources import default_sources
from provenance.lexicon.agencies import agency_table

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Photo: APP", [("APP", A)]),
        ("APP", [("APP", A)]),
        ("Photo: APP/File", [("APP", A)]),
        ("Jane Roe/APP", [("Jane Roe", P), ("APP", A)]),
        ("Photo: PPI", [("PPI", A)]),
        ("Photo: NNI", [("NNI", A)]),
        ("Photo: INP", [("INP", A)]),
        ("Photo: UNB", [("UNB", A)]),
        ("Photo: Focus Bangla", [("Focus Bangla", A)]),
        ("Photo: Jane Roe/Focus Bangla", [("Jane Roe", P), ("Focus Bangla", A)]),
        # wires of India and Bangladesh already known stay agencies
        ("Photo: PTI", [("PTI", A)]),
        ("Photo: BSS", [("BSS", A)]),
    ],
)
def test_south_asian_wires_are_agencies(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Photo: APS", [("APS", A)]),
        ("Photo: BNA", [("BNA", A)]),
        ("Photo: ONA", [("ONA", A)]),
        ("Photo: ENA", [("ENA", A)]),
        ("Photo: WAM/File", [("WAM", A)]),
        ("Foto: Andina", [("Andina", A)]),
        ("Foto: Agencia Andina", [("Agencia Andina", A)]),
        ("Foto: Agencia Boliviana de Información", [("Agencia Boliviana de Información", A)]),
    ],
)
def test_gulf_african_and_andean_wires_are_agencies(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("Photo: Jane Roe/New Vision", "New Vision"),
        ("Photo: Jane Roe/Khaleej Times", "Khaleej Times"),
        ("Photo: Jane Roe/Express Tribune", "Express Tribune"),
        ("Photo: Jane Roe/Prothom Alo", "Prothom Alo"),
        ("Foto: Jane Roe/Clarín", "Clarín"),
        ("Foto: Jane Roe/La Jornada", "La Jornada"),
    ],
)
def test_regional_papers_after_a_photographer(line: str, paper: str) -> None:
    assert split_parties(line) == [("Jane Roe", P), (paper, A)]


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # a government's own press office stays a source, as before
        ("Photo courtesy: ISPR", [("ISPR", S)]),
        ("Foto: Presidencia", [("Presidencia", S)]),
        # the Associated Press itself is still AP
        ("Photo: AP", [("AP", A)]),
        ("Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
    ],
)
def test_neighbours_keep_their_roles(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


def test_short_wire_names_are_agency_data() -> None:
    table = agency_table()
    assert table.agency("APP") == "Associated Press of Pakistan"
    assert table.agency("UNB") == "United News of Bangladesh"
    assert table.agency("AP") == "AP"
    # written names match only as written, and are no alias of the source registry
    assert table.agency("App") is None
    assert table.agency("app") is None
    assert "app" not in table.aliases("Associated Press of Pakistan")
    assert table.written_names["ENA"] == "Ethiopian News Agency"


@pytest.mark.parametrize("line", ["Photo: App", "Photo: Ena Roe", "Photo: Ona Smith"])
def test_written_names_in_other_case_are_no_wire(line: str) -> None:
    assert A not in {role for _, role in split_parties(line)}


@pytest.mark.parametrize("name", ["the app", "The app", "Ona", "Ena", "Andina", "Nni"])
def test_written_names_name_no_speaker(name: str) -> None:
    # "the app said", "Ona said": a common word or a given name is never read as a wire
    assert default_sources().resolve(name).kind is not SourceKind.AGENCY


_WIRES = ["APP", "PPI", "UNB", "APS", "BNA", "ONA", "ENA"]
_GIVEN = st.sampled_from(["Jane", "Amina", "Rahul", "Farida", "Omar", "Lucía", "Kwame"])
_FAMILY = st.sampled_from(["Roe", "Khan", "Hossain", "Mensah", "Quispe", "Haddad", "Okello"])


@given(_GIVEN, _FAMILY, st.sampled_from(_WIRES), st.sampled_from(["/", " / ", " | "]))
def test_any_photographer_and_short_wire(given_name: str, family: str, wire: str, sep: str) -> None:
    line = f"Photo: {given_name} {family}{sep}{wire}"
    assert split_parties(line) == [(f"{given_name} {family}", P), (wire, A)]
