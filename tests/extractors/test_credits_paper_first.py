"""A paper named before its photographer ("Photo: The Star/Jane Roe", "Philstar.com/Jane Roe",
"The Hindu photo by Jane Roe"): the paper's own staff took the picture, so the paper is the
agency, as it is written after the name ("Jane Roe/The Star"); an institution there stays a
source ("NASA/Jane Roe"). With the other house styles of stop 34 that had no test yet.

Written from the house styles of papers in Kenya, Malaysia, the Philippines, South Africa,
India and the wires, not from any page of the dev set.
"""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Photo: The Star/Jane Roe", [("The Star", A), ("Jane Roe", P)]),
        ("PHOTO: THE STAR/JANE ROE", [("The Star", A), ("Jane Roe", P)]),
        ("Philstar.com/Jane Roe", [("Philstar.com", A), ("Jane Roe", P)]),
        ("The Philippine Star/Jane Roe", [("The Philippine Star", A), ("Jane Roe", P)]),
        ("The Hindu/Jane Roe", [("The Hindu", A), ("Jane Roe", P)]),
        ("Photo: The Guardian/Jane Roe", [("The Guardian", A), ("Jane Roe", P)]),
        ("Dawn/Jane Roe", [("Dawn", A), ("Jane Roe", P)]),
        ("Der Spiegel/Jane Roe", [("Der Spiegel", A), ("Jane Roe", P)]),
        ("NSTP/JANE ROE", [("NSTP", A), ("Jane Roe", P)]),
        ("Photo: Sowetan/Jane Roe", [("Sowetan", A), ("Jane Roe", P)]),
        ("Kompas/Jane Roe", [("Kompas", A), ("Jane Roe", P)]),
        ("The Sun/Jane Roe", [("The Sun", A), ("Jane Roe", P)]),
        ("Photo: Daily Nation/Jane Roe", [("Daily Nation", A), ("Jane Roe", P)]),
        ("NZME/Jane Roe", [("NZME", A), ("Jane Roe", P)]),
        ("STAR/ Jane Roe", [("STAR", A), ("Jane Roe", P)]),  # The Philippine Star's style
        ("PHILSTAR.COM/JANE ROE", [("PHILSTAR.COM", A), ("Jane Roe", P)]),
    ],
)
def test_a_paper_before_its_photographer_is_the_agency(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("The Star photo by Jane Roe", [("The Star", A), ("Jane Roe", P)]),
        ("The Hindu photo by Jane Roe", [("The Hindu", A), ("Jane Roe", P)]),
        ("U.S. Navy photo by Jane Roe", [("U.S. Navy", S), ("Jane Roe", P)]),
    ],
)
def test_a_paper_whose_photographer_took_it_is_the_agency(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("NASA/Jane Roe", [("NASA", S), ("Jane Roe", P)]),
        ("Photo: NASA/Jane Roe", [("NASA", S), ("Jane Roe", P)]),
        ("Photo: Sun/Jane Roe", [("Sun", S), ("Jane Roe", P)]),  # not a listed paper
        ("Screengrab/Al Jazeera", [("Al Jazeera", S)]),
        ("Jane Roe/The Star", [("Jane Roe", P), ("The Star", A)]),
        ("Photo: The Star", [("The Star", A)]),
        ("Photo / NZME", [("NZME", A)]),  # the Herald's publisher: its own picture
    ],
)
def test_neighbours_keep_their_roles(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("(Photo: Jane Roe | The Hindu)", [("Jane Roe", P), ("The Hindu", A)]),
        ("Photo credit: Jane Roe, The Citizen", [("Jane Roe", P), ("The Citizen", A)]),
        ("Photo credit: Jane Roe, Business Day", [("Jane Roe", P), ("Business Day", A)]),
        ("Image: Jane Roe/The Guardian", [("Jane Roe", P), ("The Guardian", A)]),
        ("Jane Roe © The Times", [("Jane Roe", P), ("The Times", A)]),
        ("© Jane Roe 2024", [("Jane Roe", P)]),
        ("Source: The Hindu", [("The Hindu", A)]),
        ("Graphic: The Economist", [("The Economist", A)]),
        ("Illustration: Jane Roe", [("Jane Roe", P)]),
        (
            "Credit: The Washington Post via Getty Images",
            [("The Washington Post", A), ("Getty Images", D)],
        ),
        ("Courtesy of the Smith family", [("the Smith family", S)]),
        ("Getty Images/iStockphoto", [("Getty Images", D), ("iStockphoto", A)]),
        (
            "Jane Roe/Anadolu via Getty Images",
            [("Jane Roe", P), ("Anadolu", A), ("Getty Images", D)],
        ),
        (
            "Jane Roe/NurPhoto via Getty Images",
            [("Jane Roe", P), ("NurPhoto", A), ("Getty Images", D)],
        ),
        ("Jane Roe/ZUMA Wire", [("Jane Roe", P), ("ZUMA Wire", A)]),
        ("dpa/Jane Roe", [("dpa", A), ("Jane Roe", P)]),
        ("Xinhua/Jane Roe", [("Xinhua", A), ("Jane Roe", P)]),
        ("ANSA/JANE ROE", [("ANSA", A), ("Jane Roe", P)]),
        (
            "TT News Agency/Jane Roe via REUTERS",
            [("TT News Agency", A), ("Jane Roe", P), ("Reuters", D)],
        ),
    ],
)
def test_other_house_styles(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Pix: Jane Roe", [("Jane Roe", P)]),
        ("Pix: Bernama", [("Bernama", A)]),
        ("Pix by Jane Roe", [("Jane Roe", P)]),
        ("Pixar/Jane Roe", [("Pixar", S), ("Jane Roe", P)]),
    ],
)
def test_pix_is_a_photo_label(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """Malaysian papers' "Pix:" is "Pictures:" ("Pixar" is no label)."""
    assert split_parties(line) == parties
