"""Photo credit lines split into IPTC parties, and merged with structured picture fields."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import (
    credits_for,
    extract_credits,
    party_label,
    split_credit,
    title_case_name,
)
from provenance.extractors.records import CreditParty
from provenance.ingest.document import Picture
from provenance.lexicon.credits import credit_lexicon

P, A, D, S, C = (
    CreditRole.PHOTOGRAPHER,
    CreditRole.AGENCY,
    CreditRole.DISTRIBUTOR,
    CreditRole.SOURCE,
    CreditRole.COPYRIGHT,
)

CASES: list[tuple[str, list[tuple[str | None, CreditRole]]]] = [
    (
        "Drew ANGERER and Gavriil GRIGOROV / various sources / AFP",
        [("Drew Angerer", P), ("Gavriil Grigorov", P), (None, S), ("AFP", A)],
    ),
    ("Photo: John Locher, AP", [("John Locher", P), ("AP", A)]),
    (
        "(FABRICE COFFRINI/AFP/Getty Images)",
        [("Fabrice Coffrini", P), ("AFP", A), ("Getty Images", D)],
    ),
    ("AFP via Getty Images", [("AFP", A), ("Getty Images", D)]),
    ("Scott Olson via Getty Images", [("Scott Olson", P), ("Getty Images", D)]),
    ("REUTERS/Kevin Lamarque", [("Reuters", A), ("Kevin Lamarque", P)]),
    ("Photograph: A and B / AFP", [("A", P), ("B", P), ("AFP", A)]),
    ("AP Photo/Evan Vucci", [("AP", A), ("Evan Vucci", P)]),
    ("Handout via Reuters", [(None, S), ("Reuters", D)]),
    ("© Jane Doe", [("Jane Doe", P)]),
    ("Courtesy of the White House", [("the White House", S)]),
    ("Credit: Spencer Platt/Getty Images", [("Spencer Platt", P), ("Getty Images", A)]),
    ("Photo by Spencer Platt/Getty Images", [("Spencer Platt", P), ("Getty Images", A)]),
    ("(Photo: Karl Melander/TT)", [("Karl Melander", P), ("TT", A)]),
    ("ASSOCIATED PRESS", [("Associated Press", A)]),  # its letters kept, capitals tamed
    ("POOL/AFP", [(None, A), ("AFP", A)]),
    ("DHA via AP, File", [("DHA", A), ("AP", D)]),  # a wire passed on, as "Kyodo News via AP"
    (
        "Ukrainian Presidential Press Service/AFP",
        [("Ukrainian Presidential Press Service", S), ("AFP", D)],
    ),
    ("AFP PHOTO / HO / SANA", [("AFP", D), (None, S), ("SANA", S)]),
    ("Copyright 2025 AFP", [("AFP", A)]),
]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_split_credit(line: str, expected: list[tuple[str | None, CreditRole]]) -> None:
    """Each credit form gives its parties, in written order, with the right IPTC roles."""
    assert [(p.name, p.role) for p in split_credit(line)] == expected


def test_unnamed_source_keeps_what_was_written() -> None:
    """ "various sources" names nobody: name is None, as_written keeps the words."""
    (source,) = [p for p in split_credit("X Y / various sources / AFP") if p.role is S]
    assert source == CreditParty(None, S, "various sources")


def test_as_written_is_a_substring_of_the_line() -> None:
    """as_written points back at the text of the credit line, case and all."""
    line = "Drew ANGERER and Gavriil GRIGOROV / various sources / AFP"
    for party in split_credit(line):
        assert party.as_written in line


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Gavriil GRIGOROV", "Gavriil Grigorov"),
        ("FABRICE COFFRINI", "Fabrice Coffrini"),
        ("JEAN-CHRISTOPHE VERHAEGEN", "Jean-Christophe Verhaegen"),
        ("Mandel NGAN", "Mandel Ngan"),
        ("Jim WATSON", "Jim Watson"),
        ("Kevin MCCARTHY", "Kevin McCarthy"),
        ("Sean O'BRIEN", "Sean O'Brien"),
        ("Ludovic MARIN", "Ludovic Marin"),
        ("Juan DE LA TORRE", "Juan de la Torre"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Evan Vucci", "Evan Vucci"),
    ],
)
def test_title_case_name(raw: str, expected: str) -> None:
    """AFP's all-caps surnames are title-cased; particles, Mc, hyphens, apostrophes handled."""
    assert title_case_name(raw) == expected


@pytest.mark.parametrize("line", ["", "   ", "()", "Photo:", "(Photo: )"])
def test_empty_credit_gives_no_parties(line: str) -> None:
    """An empty or prefix-only credit names no party."""
    assert split_credit(line) == ()


def test_credits_for_merges_structured_fields_without_duplicates() -> None:
    """Creators, provider and copyright holder are added only when not already named."""
    picture = Picture(
        credit_line="Spencer Platt/Getty Images",
        creators=("Spencer Platt",),
        provider="Getty Images",
        copyright_holder="Getty Images North America",
    )
    assert [(p.name, p.role) for p in credits_for(picture)] == [
        ("Spencer Platt", P),
        ("Getty Images", A),
        ("Getty Images North America", C),
    ]


def test_credits_for_structured_only() -> None:
    """Without a credit line, the structured fields alone give the parties."""
    picture = Picture(creators=("Gavriil GRIGOROV",), provider="nprov:AFP", copyright_holder="AFP")
    assert [(p.name, p.role) for p in credits_for(picture)] == [
        ("Gavriil Grigorov", P),
        ("AFP", A),
    ]


def test_credits_for_splits_a_creator_that_is_a_credit_line() -> None:
    """A creator field holding "Name/AGENCY" (as TT sends it) is split like a credit line."""
    picture = Picture(creators=("Karl Melander/TT",))
    assert [(p.name, p.role) for p in credits_for(picture)] == [("Karl Melander", P), ("TT", A)]


def test_credits_for_picture_without_credit() -> None:
    """A picture with no credit information has no parties (flagged downstream)."""
    assert credits_for(Picture(caption="A man waves.")) == ()


# names without a word the lexicon reads as an organization's ("Lab", "Books")
@cache
def _vocabulary() -> frozenset[str]:
    """Words a credit line gives a role to: a name made of them is not a plain name."""
    lex = credit_lexicon()
    words = {*lex.org_words, *lex.relays, *lex.clients, *lex.hosts, *lex.positions}
    words |= {*lex.non_person_starts, *lex.ignored, *lex.unnamed, *lex.prefixes}
    return frozenset(w for phrase in (*words, *lex.courtesy) for w in phrase.split())


# "Via Aaa" would read as a relay ("Via Facebook"): names avoid the credit vocabulary
_NAME = st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,8}", fullmatch=True).filter(
    lambda n: not any(w.casefold() in _vocabulary() for w in n.split())
)


@settings(max_examples=100, deadline=None)
@given(
    names=st.lists(_NAME, min_size=1, max_size=3, unique=True),
    agency=st.sampled_from(["AFP", "Reuters", "AP", "dpa"]),
)
@example(names=["Aaa And", "Aaa Aaa"], agency="AFP")  # a capitalized "And" is a surname
def test_photographers_and_agency_round_trip(names: list[str], agency: str) -> None:
    """Any "A and B / AGENCY" credit gives back each photographer and the agency."""
    line = " and ".join(names) + " / " + agency
    parties = split_credit(line)
    assert [p.name for p in parties if p.role is P] == names
    assert [p.name for p in parties if p.role is A] == [agency]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_split_credit_is_total(line: str) -> None:
    """Any string gives a tuple of parties, each with text and no duplicate."""
    parties = split_credit(line)
    assert isinstance(parties, tuple)
    keys = [((p.name or p.as_written).casefold(), p.role) for p in parties]
    assert len(keys) == len(set(keys))
    for party in parties:
        assert party.as_written.strip()
        assert party.name is None or party.name.strip()
        assert not re.match(r"^\s*(photo|credit)\s*:", party.as_written, re.I)


# the house styles of issue 6: (line, parties as (generic label or name, role))
HOUSE_STYLES: list[tuple[str, list[tuple[str, CreditRole]]]] = [
    ("Dana Reed for The Guardian", [("Dana Reed", P), ("The Guardian", A)]),
    (
        "Photo by Lena Ortiz/Getty Images for Harbour Film Festival",
        [("Lena Ortiz", P), ("Getty Images", A), ("Harbour Film Festival", S)],
    ),
    ("Credit...Tomas Lind/The New York Times", [("Tomas Lind", P), ("The New York Times", A)]),
    ("Photographer: Aiko Mori/Bloomberg", [("Aiko Mori", P), ("Bloomberg", A)]),
    ("Staff photo by Renee Calder", [("staff", A), ("Renee Calder", P)]),
    ("Picture: Owen Hale/PA", [("Owen Hale", P), ("PA", A)]),
    ("Foto: Jan Novak/CTK", [("Jan Novak", P), ("CTK", A)]),
    ("Фото: Андрей Рудьков", [("Андрей Рудьков", P)]),
    ("Image: Getty", [("Getty", A)]),
    (
        # with no agency named, Rex supplied it and the trailing Shutterstock passes it on
        "Mandatory Credit: Photo by Ola Berg/Rex/Shutterstock (14123456c)",
        [("Ola Berg", P), ("Rex", A), ("Shutterstock", D)],
    ),
    ("Sima Diab/via Reuters", [("Sima Diab", P), ("Reuters", D)]),
    ("Handout via AP", [("handout", S), ("AP", D)]),
    (
        "Left: Jane Roe/AP; right: John Doe/Reuters",
        [("Jane Roe", P), ("AP", A), ("John Doe", P), ("Reuters", A)],
    ),
    ("Composite: Guardian Design; Getty Images", [("Guardian Design", S), ("Getty Images", A)]),
    ("Photo illustration by Mia Vance", [("Mia Vance", P)]),
    ("Courtesy of Northwind Aerospace", [("Northwind Aerospace", S)]),
    ("Photo courtesy of the Okafor family", [("the Okafor family", S)]),
    ("Video grab: Zvezda TV", [("Zvezda TV", S)]),
    ("EPA-EFE/JUAN CARLOS DE LA FUENTE", [("EPA-EFE", A), ("Juan Carlos de la Fuente", P)]),
    (
        "(Photo credit should read JIM WATSON/AFP via Getty Images)",
        [("Jim Watson", P), ("AFP", A), ("Getty Images", D)],
    ),
    (
        "Marco Bell | Bloomberg | Getty Images",
        [("Marco Bell", P), ("Bloomberg", A), ("Getty Images", D)],
    ),
    ("Jaafar ASHTIYEH / AFP", [("Jaafar Ashtiyeh", P), ("AFP", A)]),
    ("STR/AFP via Getty Images", [("AFP", A), ("Getty Images", D)]),
    ("REUTERS/Olga Fedina/File Photo", [("Reuters", A), ("Olga Fedina", P)]),
    ("AP Photo/Lucas Ferreyra, File", [("AP", A), ("Lucas Ferreyra", P)]),
    ("(AP Photo/Jae-won Seo, Pool)", [("AP", A), ("Jae-won Seo", P), ("pool", A)]),
    ("Petra Lind/Pool via REUTERS", [("Petra Lind", P), ("pool", A), ("Reuters", D)]),
    ("Submitted photo", [("submitted", S)]),
    ("NASA/JPL-Caltech", [("NASA", S), ("JPL-Caltech", S)]),
    (
        "Tomasz Brenner/Chicago Tribune/TNS",
        [("Tomasz Brenner", P), ("Chicago Tribune", A), ("TNS", D)],
    ),
    ("ITV, ASSOCIATED PRESS", [("ITV", S), ("Associated Press", D)]),
    ("Khin Mg Win (Shwe Inn Thar)", [("Khin Mg Win", P), ("Shwe Inn Thar", A)]),
    ("Jamie Rhodes-USA TODAY Sports", [("Jamie Rhodes", P), ("USA TODAY Sports", A)]),
    ("Photo by gargantiopa", [("gargantiopa", P)]),
    ("(Image credits: Henry Chen; Carrie McBride)", [("Henry Chen", P), ("Carrie McBride", P)]),
]


@pytest.mark.parametrize(("line", "expected"), HOUSE_STYLES, ids=[c[0] for c in HOUSE_STYLES])
def test_house_styles(line: str, expected: list[tuple[str, CreditRole]]) -> None:
    """Each house style of the issue gives its parties, roles and names as a reader writes them."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Photo:",
        "Photo: ",
        "Фото: ",
        "(Credit: )",
        "STR",
        "FILE PHOTO",
        "Stringer / File",
        "Uncredited",
    ],
)
def test_labels_codes_and_markers_are_never_parties(line: str) -> None:
    """A bare role prefix, a role code or an archive marker names nobody."""
    assert extract_credits(line) == ()


def test_unnamed_suppliers_have_no_name_but_a_label() -> None:
    """Pool, handout and various sources stay unnamed (flagged downstream) with a generic label."""
    parties = extract_credits("HO / Pool / various sources / AFP")
    assert [p.name for p in parties] == [None, None, None, "AFP"]
    assert [party_label(p) for p in parties] == ["handout", "pool", "various sources", "AFP"]


def test_caption_is_used_only_without_a_credit() -> None:
    """A credit at the end of the caption is split when the credit field is empty."""
    caption = "Kyiv at night. (Photo: Sergei SUPINSKY / AFP)"
    assert [p.name for p in extract_credits("", caption=caption)] == ["Sergei Supinsky", "AFP"]
    assert [p.name for p in extract_credits("Jane Roe/AP", caption=caption)] == ["Jane Roe", "AP"]


def test_image_ids_are_dropped() -> None:
    """Picture-desk ids in brackets or after a dash never reach a party's name."""
    for line in ("Jane Roe/Rex/Shutterstock (9876543b)", "Jane Roe/Reuters - RTR4JDW4"):
        names = [p.name or "" for p in extract_credits(line)]
        assert names[0] == "Jane Roe"
        assert not any(ch.isdigit() for name in names for ch in name)


@settings(max_examples=100, deadline=None)
@given(
    name=_NAME,
    prefix=st.sampled_from(["Photo: ", "Foto: ", "Фото: ", "Picture: ", "Credit: ", "Photo by "]),
    agency=st.sampled_from(["AFP", "Reuters", "AP", "dpa"]),
)
def test_any_role_prefix_is_stripped(name: str, prefix: str, agency: str) -> None:
    """Whatever the prefix's language, "PREFIX Name/AGENCY" gives the same two parties."""
    bare = extract_credits(f"{name}/{agency}")
    assert extract_credits(f"{prefix}{name}/{agency}") == bare
    assert [(p.name, p.role) for p in bare] == [(name, P), (agency, A)]
