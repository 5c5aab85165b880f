"""Networks' publicity stills, lists of suppliers, newspaper titles with an article, and
house styles of European and other agencies, each with neighbours that must read otherwise.

Written from the house styles themselves (Belga's "BELGA PHOTO NAME", Le Monde's "NAME /
AGENCY POUR « LE MONDE »", Der Spiegel's "Foto: Name / DER SPIEGEL", the studios' "Name/
Netflix"), not from any page of the dev set; every name is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits
from provenance.lexicon.credits import build_credit_lexicon, credit_lexicon

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # a network's or studio's still: a source, even after the photographer's name
        ("Jane Roe/NBC", [("Jane Roe", P), ("NBC", S)]),
        ("Jane Roe/Netflix", [("Jane Roe", P), ("Netflix", S)]),
        ("Photo: Jane Roe/HBO", [("Jane Roe", P), ("HBO", S)]),
        ("Jane Roe for HBO", [("Jane Roe", P), ("HBO", S)]),
        ("Jane Roe/Focus Features", [("Jane Roe", P), ("Focus Features", S)]),
        (
            "Jane Roe/CBS via Getty Images",
            [("Jane Roe", P), ("CBS", S), ("Getty Images", D)],
        ),
        ("Jane Roe/ITV/Shutterstock", [("Jane Roe", P), ("ITV", S), ("Shutterstock", D)]),
        ("Photo: CBS", [("CBS", S)]),
        ("Courtesy of HBO", [("HBO", S)]),
        ("ABC/Getty Images", [("ABC", S), ("Getty Images", D)]),
        # a studio or channel by the last word of its name
        ("Jane Roe/Acme Films", [("Jane Roe", P), ("Acme Films", S)]),
        ("Jane Roe/Acme Television", [("Jane Roe", P), ("Acme Television", S)]),
        ("Photo: Jane Roe/Comedy Central", [("Jane Roe", P), ("Comedy Central", S)]),
        # ... but not an agency's collection, nor a photo agency of the list
        (
            "Jane Roe/Getty Images Entertainment",
            [("Jane Roe", P), ("Getty Images Entertainment", A)],
        ),
        ("Jane Roe/Panos Pictures", [("Jane Roe", P), ("Panos Pictures", A)]),
        # ... while a newspaper's or a wire's name after the photographer stays its agency
        ("Jane Roe/The Coast Times", [("Jane Roe", P), ("The Coast Times", A)]),
        ("Jane Roe for The Coast Times", [("Jane Roe", P), ("The Coast Times", A)]),
        ("Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
    ],
)
def test_network_stills_are_sources(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # several pictures, one supplier each: every one supplied its own
        ("Photos: AP, Reuters, Getty Images", [("AP", A), ("Reuters", A), ("Getty Images", A)]),
        ("Photos: AP and Getty Images", [("AP", A), ("Getty Images", A)]),
        # one chain: Getty passes AFP's picture on
        ("AFP/Getty Images", [("AFP", A), ("Getty Images", D)]),
        ("AFP - Getty Images", [("AFP", A), ("Getty Images", D)]),
        # a broadcaster before a wire: the wire relays its frame
        ("ITV, ASSOCIATED PRESS", [("ITV", S), ("Associated Press", D)]),
    ],
)
def test_a_list_of_suppliers(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("© Jane Roe / Le Parisien", [("Jane Roe", P), ("Le Parisien", A)]),
        ("Jane Roe / El Diario Norte", [("Jane Roe", P), ("El Diario Norte", A)]),
        ("Foto: Jane Roe / DER KURIER", [("Jane Roe", P), ("Der Kurier", A)]),
        ("Jane Roe/La Gazzetta", [("Jane Roe", P), ("La Gazzetta", A)]),
        ("Jane Roe / De Krant", [("Jane Roe", P), ("De Krant", A)]),
        ("Foto: Jane Roe / Corriere di Montagna", [("Jane Roe", P), ("Corriere di Montagna", A)]),
        # longer titles: an article no name starts with, or a newspaper's word in the title
        ("Jane Roe / Het Laatste Blad", [("Jane Roe", P), ("Het Laatste Blad", A)]),
        ("Jane Roe / Il Fatto Montano", [("Jane Roe", P), ("Il Fatto Montano", A)]),
        ("Jane Roe / La Voz de Arriba", [("Jane Roe", P), ("La Voz de Arriba", A)]),
        ("Jane Roe / La Dépêche du Nord", [("Jane Roe", P), ("La Dépêche du Nord", A)]),
        # alone, the title's own picture
        ("Foto: DER KURIER", [("Der Kurier", A)]),
        ("« LE MATIN »", [("Le Matin", A)]),
        # "NAME / AGENCY POUR « TITLE »": the agency supplied it, the paper commissioned it
        (
            "JANE ROE / HANS LUCAS POUR « LE MATIN »",
            [("Jane Roe", P), ("Hans Lucas", A), ("Le Matin", S)],
        ),
        (
            "JANE ROE / NORDPIX POUR « LE MATIN »",
            [("Jane Roe", P), ("NORDPIX", A), ("Le Matin", S)],
        ),
        ("JANE ROE POUR « LE MATIN »", [("Jane Roe", P), ("Le Matin", A)]),
        ("Madonna pour Le Matin", [("Madonna", P), ("Le Matin", A)]),
        # a longer name opening with "Le" or "La" is a person's ("Le Van Thanh")
        ("Le Van Thanh/AFP", [("Le Van Thanh", P), ("AFP", A)]),
        ("La Toya Roe/Reuters", [("La Toya Roe", P), ("Reuters", A)]),
    ],
)
def test_titles_with_an_article(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # Belga's house style: the wire's photo label, then its photographer, no sign
        ("BELGA PHOTO JANE ROE", [("Belga", A), ("Jane Roe", P)]),
        ("BELGA FOTO JANE ROE", [("Belga", A), ("Jane Roe", P)]),
        ("ANP Foto", [("ANP", A)]),
        ("EPA PHOTO", [("EPA", A)]),
        # a distributor's regional desk is no photographer ("Getty Images North America")
        (
            "Jane Roe/Getty Images North America",
            [("Jane Roe", P), ("Getty Images North America", A)],
        ),
        # an agency between the named maker and a stock library is no user handle
        ("Jane Roe/BPI/Shutterstock", [("Jane Roe", P), ("BPI", A), ("Shutterstock", D)]),
        (
            "Jane Roe/Colorsport/Shutterstock",
            [("Jane Roe", P), ("Colorsport", A), ("Shutterstock", D)],
        ),
        ("Shutterstock / jdoe123", [("Shutterstock", A), ("jdoe123", P)]),
        # European photo agencies whose names read like a person's
        ("Jane Roe/Icon Sport", [("Jane Roe", P), ("Icon Sport", A)]),
        ("Jane Roe/Hollandse Hoogte", [("Jane Roe", P), ("Hollandse Hoogte", A)]),
        ("Jane Roe/Pro Shots", [("Jane Roe", P), ("Pro Shots", A)]),
        ("Jane Roe/Sven Simon", [("Jane Roe", P), ("Sven Simon", A)]),
        ("Jane Roe/Mondadori Portfolio", [("Jane Roe", P), ("Mondadori Portfolio", A)]),
        ("Jane Roe/IP3 PRESS/MAXPPP", [("Jane Roe", P), ("IP3 Press", A), ("MAXPPP", D)]),
        ("Jane Roe / MAXPPP", [("Jane Roe", P), ("MAXPPP", A)]),
        (
            "Jane Roe/Evening Standard/Getty Images",
            [("Jane Roe", P), ("Evening Standard", A), ("Getty Images", D)],
        ),
        (
            "Jane Roe/Paris Match via Getty Images",
            [("Jane Roe", P), ("Paris Match", A), ("Getty Images", D)],
        ),
    ],
)
def test_more_house_styles(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


_REQUIRED = (
    "courtesy",
    "relays",
    "clients",
    "positions",
    "org_words",
    "agency_suffixes",
    "not_credits",
    "non_person_starts",
    "name_particles",
    "ui_words",
)


def test_the_new_keys_are_read_from_the_data() -> None:
    lex = credit_lexicon()
    assert {"le", "der", "el"} <= lex.title_articles
    assert {"nbc", "netflix", "warner bros."} <= lex.broadcasters
    bare = build_credit_lexicon(
        {
            "prefixes": [{"words": ["photo"]}],
            "unnamed": [{"label": "pool", "role": "agency", "words": ["pool"]}],
            "ignored": [{"words": ["file"]}],
            **{key: [] for key in _REQUIRED},
        }
    )
    assert bare.title_articles == frozenset()
    assert bare.broadcasters == frozenset()


_NAMES = st.sampled_from(["Jane Roe", "JOHN DOE", "Ana María Roe", "Kim Lee"])


@settings(max_examples=60, deadline=None)
@given(
    name=_NAMES,
    network=st.sampled_from(sorted(credit_lexicon().broadcasters)),
    sign=st.sampled_from(["/", " / ", " | "]),
)
def test_a_network_after_a_name_is_never_the_agency(name: str, network: str, sign: str) -> None:
    """Whatever the network and the sign, its still names no agency and no second maker."""
    shown = network.title() if network.islower() else network
    roles = [p.role for p in extract_credits(f"{name}{sign}{shown}")]
    assert roles[0] is P
    assert A not in roles
    assert roles.count(P) == 1


@settings(max_examples=60, deadline=None)
@given(
    agencies=st.lists(
        st.sampled_from(["AP", "Reuters", "AFP", "Getty Images", "Shutterstock", "Alamy", "dpa"]),
        min_size=2,
        max_size=4,
        unique=True,
    )
)
def test_a_comma_list_of_suppliers_names_no_distributor(agencies: list[str]) -> None:
    parties = extract_credits("Photos: " + ", ".join(agencies))
    assert [p.role for p in parties] == [A] * len(agencies)


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # the art world's "courtesy the artist": the artist supplied it, unnamed
        ("Courtesy the artist", [("handout", S)]),
        ("Photo courtesy of the artist", [("handout", S)]),
        ("Jane Roe, courtesy the artist", [("Jane Roe", P), ("handout", S)]),
        (
            "Courtesy of the artists and Acme Gallery",
            [("handout", S), ("Acme Gallery", S)],
        ),
        ("Jane Roe/Staff artist", [("Jane Roe", P)]),  # a role code stays dropped
        # a rights notice after the holder is no part of its name
        ("(c) 2023 Acme Inc. All rights reserved.", [("Acme Inc", S)]),
        (
            "Copyright 2024 The Associated Press. All rights reserved.",
            [("The Associated Press", A)],
        ),
        ("© Jane Roe / Reuters – Tous droits réservés", [("Jane Roe", P), ("Reuters", A)]),
        ("© Acme BV, alle rechten voorbehouden", [("Acme BV", S)]),
        # a company's legal form marks an organization, not a person
        ("Acme GmbH", [("Acme GmbH", S)]),
        # an image number after a dash
        ("Jane Roe/AFP - 12345678", [("Jane Roe", P), ("AFP", A)]),
        # Jiji's "（AFP時事）": AFP's picture, relayed by Jiji
        ("（AFP時事）", [("AFP", A), ("時事", D)]),
        ("時事通信フォト", [("時事通信フォト", A)]),
        # a named pool is an agency, as the generic pool is, and the wire beside it too
        ("Photo: Korea Pool/Getty Images", [("Korea Pool", A), ("Getty Images", A)]),
        (
            "Jane Roe/White House Pool via AP",
            [("Jane Roe", P), ("White House Pool", A), ("AP", D)],
        ),
        ("Jane Roe/Pool via AP", [("Jane Roe", P), ("pool", A), ("AP", D)]),
        ("Kremlin Pool Photo", [("Kremlin Pool", A)]),
        # an organization's own photo label is no part of its name
        ("Times Photo/Jane Roe", [("Times", A), ("Jane Roe", P)]),
        ("Star Tribune Photo/Jane Roe", [("Star Tribune", A), ("Jane Roe", P)]),
        ("NASA photo", [("NASA", S)]),
        ("Jane Photo", [("Jane Photo", S)]),  # no organization's name before it: kept
    ],
)
def test_notices_courtesy_and_pools(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@settings(max_examples=80, deadline=None)
@given(
    holder=st.sampled_from(["Acme Inc", "Jane Roe/AFP", "The Coast Times", "Reuters"]),
    notice=st.sampled_from(sorted(credit_lexicon().rights_notices)),
    sign=st.sampled_from([". ", ", ", " - ", " "]),
)
def test_a_rights_notice_changes_nothing(holder: str, notice: str, sign: str) -> None:
    """A credit reads the same with or without a rights notice after it."""
    assert split_parties(f"© {holder}{sign}{notice.capitalize()}.") == split_parties(f"© {holder}")
