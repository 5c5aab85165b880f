"""House styles crossed with name shapes: every generated line splits into its known parties.

The generator (``credit_styles.py``) is written from agencies' and publishers' own
conventions, not from pages of the dev set; the cross is a few hundred lines and runs
in about a second.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits, party_label
from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import credit_lexicon

from .credit_styles import FIXED, NAMES, PREFIXES, STYLES, A, D, P, S, labelled, norm

Truth = list[tuple[str, CreditRole]]


def _got(line: str) -> list[tuple[str, str]]:
    return sorted((norm(party_label(p) or ""), p.role.value) for p in extract_credits(line))


def _want(truth: Truth) -> list[tuple[str, str]]:
    return sorted((norm(who), role.value) for who, role in truth)


@pytest.mark.parametrize("style", STYLES, ids=[f"{s.house}:{s.template}" for s in STYLES])
def test_each_house_style_with_every_name_shape(style: object) -> None:
    """Two-word, hyphenated, initialled, particle, Korean, Vietnamese, Cyrillic, Greek,
    Arabic and Hebrew names (and one-word names where the house puts its photographer)
    come out with the house's agencies and distributors in their IPTC roles."""
    from .credit_styles import Style

    assert isinstance(style, Style)
    wrong = []
    for name in NAMES:
        if name.single and not style.singles:
            continue
        line, truth = style.render(name)
        if _got(line) != _want(truth):
            wrong.append((line, _got(line), _want(truth)))
    assert wrong == []


@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_label_before_every_line_in_every_spacing(prefix: str) -> None:
    """A role label in any language ("Photo:", "Credit...", "Foto:", "Фото:", "©",
    "Copyright:") changes no party, whatever the separators ("A/B", "A / B", "A | B")."""
    wrong = [
        (line, _got(line), _want(truth))
        for line, truth in labelled()
        if line.startswith(prefix) and _got(line) != _want(truth)
    ]
    assert wrong == []


@pytest.mark.parametrize(("line", "truth"), FIXED, ids=[line for line, _ in FIXED])
def test_lines_without_a_person(line: str, truth: tuple[tuple[str, CreditRole], ...]) -> None:
    """Role codes and archive markers name nobody; handouts, courtesy and labels keep
    their sources; a wire after "via" or after a handout passes the picture on."""
    assert _got(line) == _want(list(truth))


@pytest.mark.parametrize(
    ("line", "truth"),
    [
        ("REUTERS/KCNA", [("Reuters", A), ("KCNA", A)]),  # an acronym is not a one-word name
        ("AFP PHOTO/KREMLIN PRESS SERVICE", [("AFP", A), ("Kremlin Press Service", S)]),
        ("REUTERS/Instagram", [("Reuters", A), ("Instagram", S)]),  # a platform
        ("(AP Photo/Ministry)", [("AP", A), ("Ministry", S)]),  # an organization's word
        ("Madonna/Reuters", [("Madonna", S), ("Reuters", D)]),  # one word before a wire: unsure
        ("Americans for Prosperity", [("Americans for Prosperity", S)]),  # no outlet after "for"
        ("Centre for Research/AFP", [("Centre for Research", S), ("AFP", D)]),
        ("Jane Roe/Chicago Tribune/TNS", [("Jane Roe", P), ("Chicago Tribune", A), ("TNS", D)]),
        ("EPA/KREMLIN", [("EPA", A), ("Kremlin", S)]),  # an organization's word in capitals
        ("REUTERS/Handout", [("Reuters", D), ("handout", S)]),
        ("Image: Helios Aerospace", [("Helios Aerospace", S)]),  # a company's word
        ("Image: Ryan Aero", [("Ryan Aero", P)]),
        ("Via Facebook", [("Facebook", S)]),  # where it was found, not a distributor
        ("Jane Starr/Reuters", [("Jane Starr", P), ("Reuters", A)]),  # not a newspaper's word
        ("Jane Roe, Ltd Photography/AFP", [("Jane Roe", P), ("Ltd Photography", S), ("AFP", A)]),
        ("Jane Roe/Acme, Inc./AFP", [("Jane Roe", P), ("Acme Inc", S), ("AFP", A)]),
        # an archive marker after a paper's name: the paper's own archive, its agency
        ("Star Tribune File", [("Star Tribune", A)]),
        ("Jane Col/AFP", [("Jane Col", P), ("AFP", A)]),  # a title's word as a surname
        ("Maj. Gen. Jane Roe", [("Jane Roe", P)]),  # titles one after another
        # "&" between a word and an acronym: two parties (stop 40; before, one "Hubble & NASA")
        ("ESA/Hubble & NASA", [("ESA", S), ("Hubble", S), ("NASA", S)]),
        ("Simon & Schuster Inc", [("Simon & Schuster Inc", S)]),  # no acronym: one firm
        ("Jane Roe and Smith/AFP", [("Jane Roe", P), ("Smith", P), ("AFP", A)]),
        ("Jane Roe photo by John Doe", [("Jane Roe photo by John Doe", S)]),  # no organization
        # an archive's name, not a name and a marker (a picture library: an agency)
        ("Universal History Archive", [("Universal History Archive", A)]),
        ("Centre pour la Recherche", [("Centre pour la Recherche", S)]),  # "pour" after no maker
    ],
)
def test_neighbours_of_the_new_forms(line: str, truth: Truth) -> None:
    """What the one-word slot, "/For", the first distributor and bare "via" must not take."""
    assert _got(line) == _want(truth)


_UPPER_FIRST = st.sampled_from("ABCDEFGHIJKLMNOPRSTVWZ")
_REST = st.text(alphabet="abcdefghiklmnoprstuvwyz", min_size=2, max_size=9)
_WORD = st.builds(lambda a, b: a + b, _UPPER_FIRST, _REST)


@settings(max_examples=60, deadline=None)
@given(
    first=_WORD,
    last=_WORD,
    template=st.sampled_from(
        [
            ("REUTERS/{}", "Reuters", A, None),
            ("{}/AFP via Getty Images", "AFP", A, ("Getty Images", D)),
            ("(AP Photo/{})", "AP", A, None),
            ("{}/EPA-EFE/Shutterstock", "EPA-EFE", A, ("Shutterstock", D)),
            ("Photo by {}/Getty Images", "Getty Images", A, None),
            ("{}/Anadolu via Getty Images", "Anadolu", A, ("Getty Images", D)),
        ]
    ),
)
def test_any_two_word_name_in_the_main_house_styles(
    first: str, last: str, template: tuple[str, str, CreditRole, tuple[str, CreditRole] | None]
) -> None:
    """Whatever the (made-up) name, it is the one photographer, and the agency keeps its role."""
    lex = credit_lexicon()
    known = lex.org_words | lex.name_particles | lex.non_person_starts | set(lex.relays)
    known |= set(lex.prefixes)  # a label: "REUTERS/Gif Gif" reads "Gif" as one ("GIF:")
    # a word the lexicon knows (an organization's, a relay, a label) is another test's business
    assume(not {first.casefold(), last.casefold()} & (known | set(lex.clients)))
    table = agency_table()
    for word in (first, last):  # a code, marker, unnamed supplier or agency ("Tass")
        folded = word.casefold()
        assume(not lex.is_ignored(word) and folded not in lex.unnamed)
        assume(table.agency(word) is None and table.distributor(word) is None)
    form, agency, role, extra = template
    name = f"{first} {last}"
    truth: Truth = [(name, P), (agency, role)] + ([extra] if extra else [])
    assert _got(form.format(name)) == _want(truth)


def _lexicon_lines() -> list[tuple[str, Truth]]:
    """Every agency and distributor of the agency lexicon in the slash and relay styles."""
    table = agency_table()
    lines: list[tuple[str, Truth]] = []
    for agency in sorted(set(table.agencies.values())):
        lines += [
            (f"Jane Roe/{agency}", [("Jane Roe", P), (agency, A)]),
            (f"{agency}/Jane Roe", [(agency, A), ("Jane Roe", P)]),
            (
                f"Jane Roe/{agency} via Getty Images",
                [("Jane Roe", P), (agency, A), ("Getty Images", D)],
            ),
            (f"Photo: Jane Roe / {agency}", [("Jane Roe", P), (agency, A)]),
        ]
    for distributor in sorted(set(table.distributors.values())):
        lines += [
            (f"Jane Roe/{distributor}", [("Jane Roe", P), (distributor, A)]),
            (f"Jane Roe/AFP/{distributor}", [("Jane Roe", P), ("AFP", A), (distributor, D)]),
            (
                f"Jane Roe/Reuters via {distributor}",
                [("Jane Roe", P), ("Reuters", A), (distributor, D)],
            ),
        ]
    return lines


def test_every_agency_and_distributor_of_the_lexicon() -> None:
    """Each agency of ``agencies.yaml`` before and after a name and before a relay; each
    distributor alone (then it supplied the picture) and after an agency (it passes it on)."""
    lines = _lexicon_lines()
    assert len(lines) > 300
    wrong = [
        (line, _got(line), _want(truth)) for line, truth in lines if _got(line) != _want(truth)
    ]
    assert wrong == []
