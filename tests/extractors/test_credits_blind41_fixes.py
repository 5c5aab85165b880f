"""The constructions stop 41's blind matrix led to, each with neighbours that must not change.

Credit lines: a date after the credit, TASS's backslash, a sales restriction after the
last name, Reuters' "Livepic", Bangladesh's "Collected", "Unit" as an organisation's word,
an acronym with its expansion in brackets, an archive marker before an outlet's name, a
written name with its photo label, structured parties named as written. Captions: a wire's
credit with no stop before it, a dash before a known agency with its photo label, a caption
that is all credit.
"""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import credits_for, extract_credits
from provenance.ingest.credit_text import credit_in_caption
from provenance.ingest.document import Picture

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


def _roles(line: str) -> list[tuple[str | None, CreditRole]]:
    return [(p.name, p.role) for p in extract_credits(line)]


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # TASS writes a backslash where others write a slash
        ("Jane Roe\\TASS", [("Jane Roe", P), ("TASS", A)]),
        ("Jane Roe \\ TASS via Getty Images", [("Jane Roe", P), ("TASS", A), ("Getty Images", D)]),
        # a sales restriction after the last name, no sign before it
        ("EPA/Jane Roe POLAND OUT", [("EPA", A), ("Jane Roe", P)]),
        ("Jane Roe/AFP SOUTH KOREA OUT", [("Jane Roe", P), ("AFP", A)]),
        # Reuters' mark of a live picture
        ("REUTERS/Jane Roe Livepic", [("Reuters", A), ("Jane Roe", P)]),
        # "Collected" (Bangladeshi papers): the source is not known, no party
        ("Photo: Collected", []),
        # "Unit": an organisation's word, never a person's name
        ("Police Media Unit/Handout", [("Police Media Unit", S), (None, S)]),
        # an acronym, then what it stands for: one party
        (
            "Jane Roe/WANA (West Asia News Agency) via REUTERS",
            [("Jane Roe", P), ("WANA", A), ("Reuters", D)],
        ),
        # an archive marker before an outlet's name: the outlet's own archive
        ("Foto: Archivo El Universal", [("El Universal", A)]),
        ("Archivo El Tiempo", [("El Tiempo", A)]),
        ("Foto: Archivo", []),
        # a wire's written name with its photo label
        ("APP photo", [("APP", A)]),
        ("UNB photo", [("UNB", A)]),
        ("CNA photo", [("CNA", A)]),
        # a date after the credit
        ("CNA photo June 1, 2024", [("CNA", A)]),
        ("Jane Roe/AP, May 3, 2021", [("Jane Roe", P), ("AP", A)]),
        ("AP Photo/Jane Roe, File, June 2020", [("AP", A), ("Jane Roe", P)]),
        ("Jane Roe/AFP 12 March 2021", [("Jane Roe", P), ("AFP", A)]),
        ("Reuters, Jan. 4, 2024", [("Reuters", A)]),
    ],
)
def test_line_forms(line: str, parties: list[tuple[str | None, CreditRole]]) -> None:
    """Each form gives its parties in their roles."""
    assert _roles(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("AFP/Jane Roe", [("AFP", A), ("Jane Roe", P)]),  # no restriction: unchanged
        ("Photo: Collected Works Gallery", [("Collected Works Gallery", S)]),
        ("Jane Roe (Acme News)", [("Jane Roe", P), ("Acme News", A)]),  # not an expansion
        ("NASA (Goddard)", [("NASA", S), ("Goddard", S)]),  # initials differ
        (
            "Helmholtz Centre for Infection Research (HZI)",
            [("Helmholtz Centre for Infection Research (HZI)", S)],
        ),
        ("the app photo", [("the app photo", S)]),  # "APP" only as written
        ("Theresa May/AP", [("Theresa May", P), ("AP", A)]),  # a month name with no number
        ("Photo: June Roe", [("June Roe", P)]),
    ],
)
def test_line_neighbours(line: str, parties: list[tuple[str | None, CreditRole]]) -> None:
    """Lines near those forms keep their reading."""
    assert _roles(line) == parties


def test_structured_party_named_as_written() -> None:
    """A copyright holder or provider keeps its name as written; a provider code gives the
    list's name."""
    held = credits_for(Picture(copyright_holder="Anadolu Agency"))
    assert [(p.name, p.role) for p in held] == [("Anadolu Agency", CreditRole.COPYRIGHT)]
    assert [p.name for p in credits_for(Picture(provider="nprov:AFP"))] == ["AFP"]
    assert [p.name for p in credits_for(Picture(provider="REUTERS"))] == ["Reuters"]


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        (
            "Kai Roe celebrates scoring their second goal Action Images via Reuters/Jane Roe",
            (
                "Kai Roe celebrates scoring their second goal",
                "Action Images via Reuters/Jane Roe",
            ),
        ),
        (
            "Rain over the port on Monday REUTERS/Jane Roe",
            ("Rain over the port on Monday", "REUTERS/Jane Roe"),
        ),
        (
            "Cyclone damage in Chittagong. — UNB photo",
            ("Cyclone damage in Chittagong.", "UNB photo"),
        ),
        # a caption that is all credit
        ("— White Star", ("", "White Star")),
        ("(PNA photo by Jane Roe)", ("", "PNA photo by Jane Roe")),
        ("PHOTO | JANE ROE | NATION MEDIA GROUP", ("", "PHOTO | JANE ROE | NATION MEDIA GROUP")),
        ("Instagram/@janeroe", ("", "Instagram/@janeroe")),
        ("Contributed photo", ("", "Contributed photo")),
        ("Jane Roe-USA TODAY Sports", ("", "Jane Roe-USA TODAY Sports")),
        ("AP Foto/Jane Roe", ("", "AP Foto/Jane Roe")),
        ("The Yomiuri Shimbun via AP Images", ("", "The Yomiuri Shimbun via AP Images")),
        # stop 40's figcaption-alone misses: a label shortened with a dot, an agency's client,
        # an institution and its photographer
        ("Fot. Jane Roe", ("", "Fot. Jane Roe")),
        ("Polish troops. Fot. Jane Roe", ("Polish troops.", "Fot. Jane Roe")),
        (
            "Jane Roe/Getty Images for Acme Festival",
            ("", "Jane Roe/Getty Images for Acme Festival"),
        ),
        ("NASA/Jane Roe", ("", "NASA/Jane Roe")),
        ("Bundeswehr/Jane Roe", ("", "Bundeswehr/Jane Roe")),
    ],
)
def test_caption_forms(caption: str, split: tuple[str, str]) -> None:
    """The credit is split off the caption (or is the whole caption)."""
    assert credit_in_caption(caption) == split


@pytest.mark.parametrize(
    "caption",
    [
        "Results of the latest Reuters/Ipsos poll",
        "Jean-Pierre Roe",
        "(Rain over Kyiv on Monday)",
        "— and then it rained on Kyiv",
        "Supporters of Imran Khan gather in Lahore on Sunday.",
        "Kyiv/Jane Roe",
        "Kyiv/Ukraine",
        "Vote Jane Roe for Mayor",
        "Fot. z archiwum rodzinnego",
    ],
)
def test_caption_neighbours(caption: str) -> None:
    """Captions near those forms hold no credit."""
    assert credit_in_caption(caption) is None
