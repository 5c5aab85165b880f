"""Stop 40's blind matrix of credit lines and captions, and the constructions it led to.

The matrix (:mod:`.credits_blind40`) was written before reading the credit code; every row
must give its people and its organisations (roles are counted in the report, not asserted
here: where a house style leaves a role open, the dev set's conventions decide). Then, for
each construction added at stop 40, its forms and neighbours that must not change.
"""

from __future__ import annotations

import re

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits, party_label
from provenance.ingest.credit_text import credit_in_caption

from .credit_styles import split_parties
from .credits_blind40 import CAPTION_ROWS, ROWS, Row

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE
_PUNCT = re.compile(r"[^\w\s-]")

# the rows this matrix and an older one read differently: AFP's "-" in the photographer's
# slot is read as "various sources" by tests/extractors/test_credits_house_matrix.py
_DISPUTED = {"- / AFP"}


def _norm(name: str) -> str:
    return " ".join(_PUNCT.sub(" ", name.casefold()).split())


def _split(parties: tuple[object, ...]) -> tuple[set[str], set[str]]:
    people: set[str] = set()
    orgs: set[str] = set()
    for party in parties:
        label = party_label(party)  # type: ignore[arg-type]
        if label:
            role = party.role  # type: ignore[attr-defined]
            (people if role is P else orgs).add(_norm(label))
    return people, orgs


def _want(row: Row) -> tuple[set[str], set[str]]:
    return {_norm(p) for p in row.people}, {_norm(name) for _, name in row.orgs}


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(r, marks=pytest.mark.xfail(strict=True, reason="disputed reading"))
        if r.line in _DISPUTED
        else r
        for r in ROWS
    ],
    ids=lambda r: r.line,
)
def test_blind_line(row: Row) -> None:
    """Each credit line of the blind matrix names its people and organisations."""
    assert _split(extract_credits(row.line)) == _want(row)


@pytest.mark.parametrize("row", CAPTION_ROWS, ids=lambda r: r.line)
def test_blind_caption(row: Row) -> None:
    """A caption's own credit is split (and a caption with none names nobody)."""
    assert _split(extract_credits("", caption=row.line)) == _want(row)


@pytest.mark.parametrize("line", ["DR", "© DR", "Photo DR", "Photo : DR", "(DR)"])
def test_droits_reserves_names_no_party(line: str) -> None:
    """French "DR" (droits réservés) is a rights notice, never a party."""
    assert extract_credits(line) == ()


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Jean Dupuis/DR", [("Jean Dupuis", P)]),
        ("Dr. Jane Roe", [("Jane Roe", P)]),  # the title still goes, the name stays
        ("Dr Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
    ],
)
def test_droits_reserves_neighbours(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Jane Roe: Reuters", [("Jane Roe", P), ("Reuters", A)]),
        ("Jane Roe: AFP via Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
        ("Jane Roe: Reuters/File", [("Jane Roe", P), ("Reuters", A)]),
        # neighbours: no name before the colon, or no wire after it
        ("Kyiv: Reuters", [("Kyiv: Reuters", S)]),
        ("Jane Roe: Acme Labs", [("Jane Roe: Acme Labs", S)]),
    ],
)
def test_name_colon_wire(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """ "Name: Wire": the maker, then the wire that supplied the picture."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Patrick McMullan via Getty Images", [("Patrick McMullan", A), ("Getty Images", D)]),
        (
            "Patrick McMullan/Patrick McMullan via Getty Images",
            [("Patrick McMullan", P), ("Patrick McMullan", A), ("Getty Images", D)],
        ),
        (
            "PATRICK MCMULLAN/PATRICK MCMULLAN via Getty Images",
            [("Patrick McMullan", P), ("Patrick McMullan", A), ("Getty Images", D)],
        ),
        # neighbours: a photographer before "via Getty Images" (HuffPost's style), and an
        # agency written twice, which names no photographer
        ("Scott Olson via Getty Images", [("Scott Olson", P), ("Getty Images", D)]),
        ("AFP/AFP", [("AFP", A)]),
    ],
)
def test_collections_named_after_a_person(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """A picture collection named after a person is the agency; written twice, the first
    name is the photographer."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("photo by jane roe", [("Jane Roe", P)]),
        ("jane roe/afp", [("Jane Roe", P), ("afp", A)]),
        ("robin van lonkhuizen/anp", [("Robin van Lonkhuizen", P), ("anp", A)]),
        (
            "jean-pierre müller/afp via getty images",
            [("Jean-Pierre Müller", P), ("afp", A), ("getty images", D)],
        ),
        ("photos: jane roe and john doe", [("Jane Roe", P), ("John Doe", P)]),
        # neighbours: a handle, a site and a marker stay as written
        ("photo by gargantiopa", [("gargantiopa", P)]),
        ("istockphoto.com", [("istockphoto.com", A)]),
        ("courtesy of nasa", [("nasa", S)]),
        ("file photo", []),
    ],
)
def test_lower_case_lines(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """A line written all in lower case is read as if its names had capitals; the party
    keeps the line's words as written, a person's name gets its capitals."""
    assert split_parties(line) == parties


def test_lower_case_party_is_as_written() -> None:
    party = extract_credits("photo by jane roe")[0]
    assert (party.name, party.as_written) == ("Jane Roe", "jane roe")


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("ESA/Hubble & NASA", [("ESA", S), ("Hubble", S), ("NASA", S)]),
        ("ESA/Webb, NASA & CSA", [("ESA", S), ("Webb", S), ("NASA", S), ("CSA", S)]),
        # neighbour: a firm's name with no acronym stays one
        ("Simon & Schuster Inc", [("Simon & Schuster Inc", S)]),
    ],
)
def test_word_and_acronym(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """ "Hubble & NASA": a word and an acronym joined by "&" are two parties."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    "line",
    ["Image caption, Rain over Kyiv on Monday", "Caption: Rain over Kyiv", "Légende : la pluie"],
)
def test_caption_label_opens_no_credit(line: str) -> None:
    """A line opened by a caption's label is a caption: it names no party."""
    assert extract_credits(line) == ()


def test_caption_label_neighbours() -> None:
    assert split_parties("Image source, Getty Images") == [("Getty Images", A)]
    assert split_parties("Captions Inc/AFP")[0] == ("Captions Inc", S)


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        (
            "A view of the damaged building (Jane Roe/AFP via Getty Images)",
            ("A view of the damaged building", "Jane Roe/AFP via Getty Images"),
        ),
        (
            "The senator at the hearing on Thursday [Jane Roe/Reuters]",
            ("The senator at the hearing on Thursday", "Jane Roe/Reuters"),
        ),
        # neighbours: a credit line ending in a bracket stays one credit (or none)
        ("Jane Roe/AFP (File)", None),
        ("Jane Roe/Getty Images (Acme Corp)", ("Jane Roe/Getty Images", "Acme Corp")),
        ("Rain over Kyiv — Jane Roe/AFP", ("Rain over Kyiv", "Jane Roe/AFP")),
    ],
)
def test_credit_in_a_caption_closing_bracket(caption: str, split: tuple[str, str] | None) -> None:
    """A caption sentence ending with its credit in brackets: the bracket is the credit,
    though the slashes inside it would make the whole text look like one credit line."""
    assert credit_in_caption(caption) == split
