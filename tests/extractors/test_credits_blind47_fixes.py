"""The rules round 47's blind matrix added, each with the neighbours it must leave alone.

Every line here is made up; the parties are what the credits guideline names.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits

P, A, D, S = (
    CreditRole.PHOTOGRAPHER,
    CreditRole.AGENCY,
    CreditRole.DISTRIBUTOR,
    CreditRole.SOURCE,
)


def _show(line: str, caption: str | None = None) -> list[tuple[str | None, CreditRole]]:
    return [(p.name, p.role) for p in extract_credits(line, caption=caption)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a shouted acronym with no vowel stays as written; a shouted word is tamed
        ("Ảnh: Jane Roe/TTXVN", [("Jane Roe", P), ("TTXVN", A)]),
        ("Jane Roe/PIXSELL", [("Jane Roe", P), ("Pixsell", A)]),
        ("REUTERS/Jane Roe", [("Reuters", A), ("Jane Roe", P)]),
        # "Staff photo by": the paper named is the staff's; with none, the generic staff
        (
            "Staff photo by Jane Roe/The Daily Progress",
            [("Jane Roe", P), ("The Daily Progress", A)],
        ),
        ("Staff photo by Jane Roe", [(None, A), ("Jane Roe", P)]),
        # a composite's parts each supplied a picture; a photographer's chain keeps its relay
        ("Composite: Reuters/Getty Images", [("Reuters", A), ("Getty Images", A)]),
        ("AP/Getty Images composite", [("AP", A), ("Getty Images", A)]),
        (
            "Composite: Jane Roe/AFP/Getty Images",
            [("Jane Roe", P), ("AFP", A), ("Getty Images", D)],
        ),
        ("Jane Roe/AFP/Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
        # a library, museum or gallery holds the work: a source after its maker
        ("Jane Roe/Library of Congress", [("Jane Roe", P), ("Library of Congress", S)]),
        ("Jane Roe/Tate Gallery", [("Jane Roe", P), ("Tate Gallery", S)]),
        ("Jane Roe/NASA", [("Jane Roe", P), ("NASA", A)]),
        ("Jane Roe/Star Tribune", [("Jane Roe", P), ("Star Tribune", A)]),
        # a label with no colon before a paper or a channel
        ("Photo Le Monde / Jane Roe", [("Le Monde", A), ("Jane Roe", P)]),
        ("Capture d'écran TF1", [("TF1", S)]),
        ("Foto de archivo", []),
        ("Photo Jane Roe", [("Jane Roe", P)]),
        # a paper's own archive, the marker first
        ("Photo archives Le Parisien", [("Le Parisien", A)]),
        ("Photo archives", []),
        # a news site's own picture after "Photo by"; a handle stays a person
        ("Photo by Rappler", [("Rappler", A)]),
        ("Photo by gargantiopa", [("gargantiopa", P)]),
        # the tool a chart is made with is no party
        ("Map: Jane Roe/Datawrapper", [("Jane Roe", P)]),
        ("Graphic: Flourish", []),
        ("Graphic: Jane Roe/Reuters", [("Jane Roe", P), ("Reuters", A)]),
        # short wire names as written only: "Hina" is also a given name
        ("Foto: HINA/Jane Roe", [("HINA", A), ("Jane Roe", P)]),
        ("Photo: Hina Tanaka", [("Hina Tanaka", P)]),
        ("Foto: STA/Jane Roe", [("STA", A), ("Jane Roe", P)]),
        # drone labels are labels, never a party
        ("Drone photo by Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
        ("Drone footage via Reuters", [("Reuters", D)]),
        ("Dashcam", []),
        # a wire beside what a source supplied passes it on; a photographer's keeps the wire
        ("AAP Image/Supplied by Jane Roe", [("AAP", D), ("Jane Roe", S)]),
        ("Courtesy of NASA/AP", [("NASA", S), ("AP", D)]),
        ("Jane Roe/Courtesy of Netflix", [("Jane Roe", P), ("Netflix", S)]),
        ("Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
        # Central European papers by their word for "daily"
        ("Foto: Jane Roe / Dziennik Polski", [("Jane Roe", P), ("Dziennik Polski", A)]),
    ],
)
def test_round47_rules(line: str, expected: list[tuple[str | None, CreditRole]]) -> None:
    """Each rule gives the guideline's parties, and its neighbours keep theirs."""
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Rain in Auckland on Monday. Photo / Jane Roe", [("Jane Roe", P)]),
        ("Photos / videos of the flood were shared online.", []),
        ("A scene from the second season. (Netflix)", [("Netflix", S)]),
        ("The reading room in 1901. (Library of Congress)", [("Library of Congress", S)]),
        ("The museum reopened in May (British Museum).", []),
        ("He works at the library (Monday).", []),
        ("The two sides met on Monday (left).", []),
    ],
)
def test_round47_caption_rules(caption: str, expected: list[tuple[str | None, CreditRole]]) -> None:
    """A credit closing a caption is found; a caption's own brackets and slashes are not."""
    assert _show("", caption) == expected


_WORD = st.text(alphabet="abcdefghijklmnoprstuvwy", min_size=3, max_size=8)


@given(first=_WORD, last=_WORD, paper=_WORD)
def test_staff_photo_of_a_named_paper_has_no_generic_staff(
    first: str, last: str, paper: str
) -> None:
    """Whatever the names, "Staff photo by Name/The X Times" names the paper as the staff's
    agency and never adds the unnamed "staff" beside it."""
    line = f"Staff photo by {first.title()} {last.title()}/The {paper.title()} Times"
    parties = _show(line)
    assert (None, A) not in parties
    assert (f"The {paper.title()} Times", A) in parties
