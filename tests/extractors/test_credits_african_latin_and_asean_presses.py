"""Photo credits of West and North African wires, Andean agencies, East African and Philippine
papers (stop 33): "Photo: NAN" (News Agency of Nigeria) and "Photo: MAP" (Maghreb Arabe
Presse) as agencies matched only as written ("the map shows" stays a map), the Ecuadorian and
Bolivian wires, Swahili "Picha na NAME" and Tagalog "Kuha ni NAME" (photographed by),
"kwa hisani ya" and "mula sa" (courtesy of), and the particles of Filipino and Malay names.

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
from provenance.lexicon.credits import credit_lexicon

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Photo: NAN", [("NAN", A)]),
        ("NAN", [("NAN", A)]),
        ("Photo: NAN/File", [("NAN", A)]),
        ("Photo: Jane Roe/NAN", [("Jane Roe", P), ("NAN", A)]),
        ("Photo: MAP", [("MAP", A)]),
        ("Foto: MAP", [("MAP", A)]),
        ("Photo: Amina Haddad/MAP", [("Amina Haddad", P), ("MAP", A)]),
        ("Foto: ABI", [("ABI", A)]),
        ("Foto: Agencia Andes", [("Agencia Andes", A)]),
        ("Foto: Agencia Andes/Juan Pérez", [("Agencia Andes", A), ("Juan Pérez", P)]),
        # a wire and its photographer in the Spanish-language order, as before
        ("Foto: EFE/Juan Pérez", [("EFE", A), ("Juan Pérez", P)]),
        ("Foto: Juan Pérez/EFE", [("Juan Pérez", P), ("EFE", A)]),
    ],
)
def test_african_and_andean_wires_are_agencies(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    "line", ["Photo: map of the region", "the map shows", "Photo: Nan Goldin", "Foto: Andes"]
)
def test_short_names_in_other_case_are_no_wire(line: str) -> None:
    assert A not in {role for _, role in split_parties(line)}


@pytest.mark.parametrize("name", ["the map", "map", "Map", "Nan", "Abi", "Andes"])
def test_short_names_name_no_speaker(name: str) -> None:
    # "the map shows", "Nan said", "Abi said": a common word or a given name is never a wire
    assert default_sources().resolve(name).kind is not SourceKind.AGENCY


def test_short_wire_names_are_agency_data() -> None:
    table = agency_table()
    assert table.agency("NAN") == "News Agency of Nigeria"
    assert table.agency("MAP") == "Maghreb Arabe Presse"
    assert table.agency("ABI") == "Agencia Boliviana de Información"
    assert table.agency("map") is None
    assert table.agency("Nan") is None
    assert "map" not in table.aliases("Maghreb Arabe Presse")


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # Swahili: "Picha na" = photo by, "kwa hisani ya" = courtesy of
        ("Picha na Jane Roe", [("Jane Roe", P)]),
        ("Picha na Jane Roe/Mwananchi", [("Jane Roe", P), ("Mwananchi", A)]),
        ("Picha: Jane Roe", [("Jane Roe", P)]),
        ("Picha kwa hisani ya Ikulu", [("Ikulu", S)]),
        ("Picha: Kwa hisani ya Jane Roe", [("Jane Roe", S)]),
        # Tagalog: "Kuha ni" = taken by, "mula sa"/"mula kay" = from (courtesy of)
        ("Kuha ni Juan dela Cruz", [("Juan dela Cruz", P)]),
        ("Larawan: Juan dela Cruz", [("Juan dela Cruz", P)]),
        ("Larawan: Jose delos Santos/PNA", [("Jose delos Santos", P), ("PNA", A)]),
        ("Larawan mula sa PNA", [("PNA", A)]),
        ("Larawan mula kay Juan dela Cruz", [("Juan dela Cruz", S)]),
        ("Photo: Inquirer/Juan dela Cruz", [("Inquirer", A), ("Juan dela Cruz", P)]),
        # Malay: "binti" (daughter of) inside a name
        ("Photo: Siti binti Ahmad/Bernama", [("Siti binti Ahmad", P), ("Bernama", A)]),
        ("Gambar: Bernama", [("Bernama", A)]),
    ],
)  # fmt: skip
def test_east_african_and_southeast_asian_house_styles(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Photo courtesy of Jane Roe", [("Jane Roe", S)]),
        ("Photo: Maria de la Cruz", [("Maria de la Cruz", P)]),
        ("Foto: Presidencia", [("Presidencia", S)]),
        ("Photo: PNA", [("PNA", A)]),
        ("Photo by Jane Roe", [("Jane Roe", P)]),
    ],
)
def test_neighbours_keep_their_roles(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


def test_new_labels_and_particles_are_data() -> None:
    lex = credit_lexicon()
    assert {"dela", "delos", "binti"} <= set(lex.name_particles)
    assert {"kwa hisani ya", "mula sa", "mula kay"} <= set(lex.courtesy)


_WIRES = ["NAN", "MAP", "ABI"]
_GIVEN = st.sampled_from(["Jane", "Amina", "Chidi", "Youssef", "Lucía", "Ngozi", "Karim"])
_FAMILY = st.sampled_from(["Roe", "Okafor", "Bennani", "Quispe", "Adeyemi", "Alaoui"])


@given(_GIVEN, _FAMILY, st.sampled_from(_WIRES), st.sampled_from(["/", " / ", " | "]))
def test_any_photographer_and_short_wire(given_name: str, family: str, wire: str, sep: str) -> None:
    line = f"Photo: {given_name} {family}{sep}{wire}"
    assert split_parties(line) == [(f"{given_name} {family}", P), (wire, A)]


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # Antara writes the photo editor's initials last, in lower case: no party
        ("ANTARA FOTO/Jane Roe/foc.", [("Antara", A), ("Jane Roe", P)]),
        ("ANTARA FOTO/Jane Roe/wsj", [("Antara", A), ("Jane Roe", P)]),
        ("Foto: ANTARA/Jane Roe/aa.", [("Antara", A), ("Jane Roe", P)]),
        ("ANTARA FOTO/Jane Roe", [("Antara", A), ("Jane Roe", P)]),
        # other wires keep a lower-case last part: dpa is a wire
        ("Jane Roe/AFP/dpa", [("Jane Roe", P), ("AFP", A), ("dpa", D)]),
    ],
)
def test_antara_editor_initials_name_no_party(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # presidents' press offices hand pictures out: sources, as a press service
        ("Foto: Prensa Presidencial", [("Prensa Presidencial", S)]),
        ("Foto: Juan Pérez/Prensa Presidencial", [("Juan Pérez", P), ("Prensa Presidencial", S)]),
        ("Foto: Casa Rosada", [("Casa Rosada", S)]),
        ("Photo: State House", [("State House", S)]),
        ("Photo: PSCU", [("PSCU", S)]),
        ("Photo: Juan dela Cruz/PPD", [("Juan dela Cruz", P), ("PPD", S)]),
        ("Photo: Malacañang Photo Bureau", [("Malacañang Photo Bureau", S)]),
        # Lebanon's National News Agency by its short name
        ("Photo: NNA", [("NNA", A)]),
        # Swahili "maktaba" (library, archive) is a file marker, no party
        ("Picha: Maktaba", []),
        ("Photo: Jane Roe/Maktaba", [("Jane Roe", P)]),
    ],
)
def test_press_offices_wires_and_archive_words(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


def test_initialled_wires_are_data() -> None:
    assert "antara" in credit_lexicon().initialled_wires
