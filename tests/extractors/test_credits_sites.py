"""Credit constructions of the web: site handles, hosts, licences, contributor lines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits, party_label
from provenance.lexicon.credits import credit_lexicon

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE

CASES = [
    ("Image: Flickr user green_thumb77", [("green_thumb77", P), ("Flickr", S)]),
    ("Pinterest user Hanna", [("Hanna", P), ("Pinterest", S)]),
    (
        "Thumbnail image by Flickr user fo.ol used under a Creative Commons license.",
        [("fo.ol", P), ("Flickr", S)],
    ),
    ("Photo by Jane Roe on Unsplash", [("Jane Roe", P), ("Unsplash", S)]),
    ("Photo: Jane Roe (CC BY-SA 2.0)", [("Jane Roe", P)]),
    ("Photo by Tim Holt licensed under CC BY 2.0", [("Tim Holt", P)]),
    ("Credit Illustration by Nishant Roy", [("Nishant Roy", P)]),
    ("Text by Ann Ray. Photographs by Scott Lane", [("Scott Lane", P)]),
    ("Luis Serrano (EL PAÍS)", [("Luis Serrano", P), ("El País", A)]),
    ("AP2014", [("AP", A)]),
    ("Credit: Google Maps", [("Google Maps", S)]),
]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_web_constructions(line: str, expected: list[tuple[str, CreditRole]]) -> None:
    """Handles on a site, 'on SITE', licence clauses, stacked labels, glued years."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Video by Brian Dono",
        "Styling by Ben Sturm Grooming by Mara Holt Casting by Ed Kim",
        "Text by Ann Ray",
    ],
)
def test_contributor_lines_credit_no_picture(line: str) -> None:
    """Writers, stylists and video makers named in a line are not the picture's makers."""
    assert extract_credits(line) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # neighbours: "on" inside a name or not before a site; "user" in an organisation
        ("Photo: Rain on the Roof Studio", [("Rain on the Roof Studio", S)]),
        ("Photo: Power User Magazine", [("Power User Magazine", A)]),  # a magazine's own
        ("Jane Roe/Reuters", [("Jane Roe", P), ("Reuters", A)]),
    ],
)
def test_neighbours_keep_their_reading(line: str, expected: list[tuple[str, CreditRole]]) -> None:
    """Lines that only look like the new constructions are split as before."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == expected


def _lexicon_word(word: str) -> bool:
    """Whether the credit lexicon reads ``word`` alone (a rights notice, supplier, label, mark)."""
    lex = credit_lexicon()
    return (
        lex.is_ignored(word)
        or word in lex.unnamed
        or word in lex.prefix_words
        or word in lex.editor_notes
    )


@settings(max_examples=100, deadline=None)
@given(
    # "cc0"/"cc by" read as licence codes, which a handle can hardly be told apart from, and
    # a word the lexicon knows ("d.r", droits réservés; "foto", a label) is no handle here
    handle=st.from_regex(r"[a-z][a-z0-9_.]{2,12}", fullmatch=True).filter(
        lambda h: not h.startswith("cc") and not _lexicon_word(h.rstrip("."))
    ),
    site=st.sampled_from(["Flickr", "Instagram", "Pinterest", "Reddit"]),
)
def test_any_handle_on_a_site(handle: str, site: str) -> None:
    """'SITE user HANDLE': the handle is the maker, the site the source, whatever the handle."""
    parties = extract_credits(f"{site} user {handle}")
    assert [(party_label(p), p.role) for p in parties] == [(handle.rstrip("."), P), (site, S)]
