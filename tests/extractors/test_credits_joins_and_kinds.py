"""Credit lines that join whole credits, attribute a stock site, name the picture's kind
after its supplier, or name a paper's own picture; each family with neighbours that must
keep their reading. The lines are written for these tests (house styles, not pages)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits, party_label

from .credit_styles import NAMES

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE
Parties = list[tuple[str | None, CreditRole]]


def _show(line: str) -> Parties:
    return [(party_label(p), p.role) for p in extract_credits(line)]


def _case(line: str, expected: Parties) -> object:
    return pytest.param(line, expected, id=line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        _case(
            "Jane Roe/Getty Images, John Doe/AP",
            [("Jane Roe", P), ("Getty Images", A), ("John Doe", P), ("AP", A)],
        ),
        _case(
            "Jane Roe/Getty Images and John Doe/AP",
            [("Jane Roe", P), ("Getty Images", A), ("John Doe", P), ("AP", A)],
        ),
        _case(
            "Photos by Jane Roe/AP and John Doe/Reuters",
            [("Jane Roe", P), ("AP", A), ("John Doe", P), ("Reuters", A)],
        ),
        _case(
            "Photo: Jane Roe/AFP via Getty Images, and John Doe/AP",
            [("Jane Roe", P), ("AFP", A), ("Getty Images", D), ("John Doe", P), ("AP", A)],
        ),
        # neighbours: one chain for two names, a marker after a comma, a company's form
        _case("Jane Roe and John Doe / AFP", [("Jane Roe", P), ("John Doe", P), ("AFP", A)]),
        _case("Jane ROE, John DOE / AFP", [("Jane Roe", P), ("John Doe", P), ("AFP", A)]),
        _case("AP Photo/Jane Roe, File", [("AP", A), ("Jane Roe", P)]),
        _case("Jane Roe/Acme, Inc./AFP", [("Jane Roe", P), ("Acme Inc", S), ("AFP", A)]),
    ],
)
def test_whole_credits_joined_by_a_comma_or_and(line: str, expected: Parties) -> None:
    """Two chains joined by "," or "and" are two credits: the second wire is no relay."""
    assert _show(line) == expected


_WIRES = ("AFP", "Reuters", "AP", "Getty Images", "EPA", "Bloomberg")
_PEOPLE = [n.plain for n in NAMES if not n.single]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_PEOPLE),
    st.sampled_from(_WIRES),
    st.sampled_from(_PEOPLE),
    st.sampled_from(_WIRES),
    st.sampled_from([", ", " and ", ", and ", "; "]),
)
def test_a_joined_line_splits_as_its_two_credits(
    first: str, wire: str, second: str, other: str, joint: str
) -> None:
    """ "A/X, B/Y" gives the parties of "A/X" then those of "B/Y" (each pair once)."""
    whole = _show(f"{first}/{wire}{joint}{second}/{other}")
    apart = _show(f"{first}/{wire}") + _show(f"{second}/{other}")
    assert whole == list(dict.fromkeys(apart))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        _case("Photo by jdoe123 on Unsplash", [("jdoe123", P), ("Unsplash", S)]),
        _case("Image by jdoe_99 from Pixabay", [("jdoe_99", P), ("Pixabay", S)]),
        _case("Photo by Jane Roe from Pexels", [("Jane Roe", P), ("Pexels", S)]),
        _case("jdoe123 on Flickr", [("jdoe123", P), ("Flickr", S)]),
        # neighbours: a wire after "from" stays the agency; "from" before no site
        _case("Jane Roe from Reuters", [("Jane Roe", P), ("Reuters", A)]),
        _case("Handout from NASA", [("NASA", S)]),
        _case("Photo: Rain on the Roof Studio", [("Rain on the Roof Studio", S)]),
    ],
)
def test_stock_and_photo_sites_own_attribution(line: str, expected: Parties) -> None:
    """ "Photo by HANDLE on Unsplash", "Image by HANDLE from Pixabay": the sites' own lines."""
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        _case("YouTube screenshot", [("YouTube", S)]),
        _case("CNN Screenshot", [("CNN", S)]),
        _case("Reuters Graphics", [("Reuters", A)]),
        _case("Twitter screen grab", [("Twitter", S)]),
        _case(
            "Jane Roe/Getty Images; Acme Design composite",
            [("Jane Roe", P), ("Getty Images", A), ("Acme Design", S)],
        ),
        # neighbours: a surname that is a kind word; a person's illustration
        _case("Jane Still", [("Jane Still", P)]),
        _case("Jane Graphic/AFP", [("Jane Graphic", P), ("AFP", A)]),
        _case("Jane Roe illustration", [("Jane Roe", P)]),
        # a listed paper whose title ends in a kind word is one name, after a slash too
        _case("Jane Roe/Daily Graphic", [("Jane Roe", P), ("Daily Graphic", A)]),
        _case(
            "Jane Roe/Daily Graphic/AFP",
            [("Jane Roe", P), ("Daily Graphic", A), ("AFP", D)],
        ),
        _case("Photo: Daily Graphic", [("Daily Graphic", A)]),
        # ... and an unlisted paper's name before the kind word still is the supplier
        _case("Daily Mail Graphic", [("Daily Mail", A)]),
    ],
)
def test_a_kind_word_after_the_supplier(line: str, expected: Parties) -> None:
    """ "YouTube screenshot": the kind labels of the lexicon, written after the name."""
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        _case("Star Tribune", [("Star Tribune", A)]),
        _case("The Globe and Mail", [("The Globe and Mail", A)]),
        _case("Boston Herald / Polaris", [("Boston Herald", A), ("Polaris", D)]),
        _case("(Oregonian file photo)", [("Oregonian", A)]),
        _case("Times file photo", [("Times", A)]),
        _case("Express Photo by Jane Roe", [("Express", A), ("Jane Roe", P)]),
        # neighbours: an institution's file photo, a broadcaster, "and" between two orgs
        _case("NASA file photo", [("NASA", S)]),
        _case("RNZ", [("RNZ", S)]),
        _case("ESA and NASA", [("ESA", S), ("NASA", S)]),
        _case("Jane Roe/Indian Express", [("Jane Roe", P), ("Indian Express", A)]),
    ],
)
def test_a_papers_own_picture(line: str, expected: Parties) -> None:
    """A newspaper named alone or first, or before "file photo": its own picture (agency)."""
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        _case("(c) Jane Roe", [("Jane Roe", P)]),
        _case("(C) Jane Roe/AFP", [("Jane Roe", P), ("AFP", A)]),
        _case("Jane Roe, Special to the Star", [("Jane Roe", P), ("the Star", A)]),
        _case("Jane Roe, For The Tennessean", [("Jane Roe", P), ("The Tennessean", A)]),
        _case(
            "U.S. Air Force photo by Senior Airman Jane Roe",
            [("U.S. Air Force", S), ("Jane Roe", P)],
        ),
        _case(
            "Jane Roe/Moment RF/Getty Images",
            [("Jane Roe", P), ("Moment RF", A), ("Getty Images", D)],
        ),
        # a studio's unit still is a source, as a network's publicity picture
        _case("Jane Roe/Warner Bros.", [("Jane Roe", P), ("Warner Bros", S)]),
        _case("Photo Credit: Special Arrangement", [("handout", S)]),
        _case("Foto: Especial", [("handout", S)]),
        _case("Foto: Cortesía Acme", [("Acme", S)]),
        _case("Foto: cortesía de Acme", [("Acme", S)]),
        _case("Photo submitted by Jane Roe", [("Jane Roe", S)]),
        _case("Courtesy image", [("submitted", S)]),
        _case("Photo d'illustration Jane Roe / AFP", [("Jane Roe", P), ("AFP", A)]),
        _case(
            "Satellite image: Maxar Technologies via AP",
            [("Maxar Technologies", S), ("AP", D)],
        ),
        _case("Science Photo Library", [("Science Photo Library", A)]),
        _case("Foto: ddp", [("ddp", A)]),
        _case("Photo: Barcroft", [("Barcroft", A)]),
        _case("Photograph: Jane Roe/Sky UK", [("Jane Roe", P), ("Sky UK", A)]),
        _case(
            "Photograph: Jane Roe/Jane Roe Photography",
            [("Jane Roe", P), ("Jane Roe Photography", A)],
        ),
        _case(
            "Photograph: Moviestore/Rex/Shutterstock",
            [("Moviestore", A), ("Rex", D), ("Shutterstock", D)],
        ),
        _case("Photograph: Publicity image", [("handout", S)]),
        _case("Jane Roe/Al Jazeera", [("Jane Roe", P), ("Al Jazeera", A)]),
        _case("Al Jazeera", [("Al Jazeera", S)]),  # alone: a broadcaster's still
        # neighbours: a person after a label, a surname like a library's, a particle
        _case("Photo: Jane Roe", [("Jane Roe", P)]),
        _case("Photo by Mary Evans/AP", [("Mary Evans", P), ("AP", A)]),
        _case("Abu Bakr al-Baghdadi/AFP", [("Abu Bakr al-Baghdadi", P), ("AFP", A)]),
    ],
)
def test_house_words_of_the_lexicon(line: str, expected: Parties) -> None:
    """Labels, courtesy words, company and military words, picture libraries (all data)."""
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        _case("Foto de Jane Roe", [("Jane Roe", P)]),
        _case("Foto por Jane Roe/EFE", [("Jane Roe", P), ("EFE", A)]),
        _case("Photo par Jane Roe / AFP", [("Jane Roe", P), ("AFP", A)]),
        _case("Foto di Jane Roe", [("Jane Roe", P)]),
        _case("Foto von Jane Roe/dpa", [("Jane Roe", P), ("dpa", A)]),
        _case("Foto door Jane Roe", [("Jane Roe", P)]),
        _case("Foto av Jane Roe / NTB", [("Jane Roe", P), ("NTB", A)]),
        _case("Photos de Jane Roe pour Le Monde", [("Jane Roe", P), ("Le Monde", A)]),
        _case("Foto de Juan de la Fuente/EFE", [("Juan de la Fuente", P), ("EFE", A)]),
        _case("Foto de Madonna/EFE", [("Madonna", P), ("EFE", A)]),
        # neighbours: an archive marker, a sentence after the label
        _case("Foto de archivo", []),
        _case("Foto de archivo: Jane Roe/EFE", [("Jane Roe", P), ("EFE", A)]),
        _case("Foto di Roma al tramonto", [("Foto di Roma al tramonto", S)]),
    ],
)
def test_by_in_other_languages(line: str, expected: Parties) -> None:
    """ "Foto de NAME", "Photo par NAME": "by" in another language, before a name."""
    assert _show(line) == expected


def test_by_in_other_languages_marks_a_caption_credit() -> None:
    from provenance.ingest.credit_text import credit_in_caption, starts_with_label

    assert credit_in_caption("Lluvia en Madrid. Foto de Jane Roe") == (
        "Lluvia en Madrid.",
        "Foto de Jane Roe",
    )
    assert not starts_with_label("Foto di Roma al tramonto con gli amici di sempre")
    assert not starts_with_label("Foto de archivo")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        _case("REUTERS/Jane Roe TPX IMAGES OF THE DAY", [("Reuters", A), ("Jane Roe", P)]),
        _case(
            "Jane Roe/AFP/Getty Images 123456789",
            [("Jane Roe", P), ("AFP", A), ("Getty Images", D)],
        ),
        _case("(AP Photo/Jane Roe,File)", [("AP", A), ("Jane Roe", P)]),
        # neighbours: a short number is no image id; a comma inside a number
        _case("Jane Roe/Studio 54", [("Jane Roe", P), ("Studio 54", A)]),
        _case("Jane Roe/Acme 1,000 Club", [("Jane Roe", P), ("Acme 1,000 Club", A)]),
    ],
)
def test_marks_and_ids_after_a_credit(line: str, expected: Parties) -> None:
    """A wire's selection mark, a bare image number and a comma with no space."""
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        _case("Video grab from BBC footage", [("BBC", S)]),
        _case("Screengrab from Twitter", [("Twitter", S)]),
        _case("Photo from Acme Corp.", [("Acme Corp", S)]),
        _case("Image taken from Twitter", [("Twitter", S)]),
        _case("Footage: BBC", [("BBC", S)]),
        # neighbours: "from" before a site after a name, a position label
        _case("Jane Roe from Pexels", [("Jane Roe", P), ("Pexels", S)]),
        _case(
            "From left: Jane Roe/AP; John Doe/Reuters",
            [("Jane Roe", P), ("AP", A), ("John Doe", P), ("Reuters", A)],
        ),
    ],
)
def test_where_a_picture_came_from(line: str, expected: Parties) -> None:
    """ "Video grab from BBC footage": after a label, "from" names a source."""
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        _case(
            "Photos: Jane Roe/AP (left), John Doe/Reuters (right)",
            [("Jane Roe", P), ("AP", A), ("John Doe", P), ("Reuters", A)],
        ),
        _case(
            "Left to right: Jane Roe/AP; John Doe/Reuters",
            [("Jane Roe", P), ("AP", A), ("John Doe", P), ("Reuters", A)],
        ),
        _case(
            "L-R: Jane Roe/AP, John Doe/Reuters",
            [("Jane Roe", P), ("AP", A), ("John Doe", P), ("Reuters", A)],
        ),
        _case("Photo-illustration: Jane Roe/The Atlantic", [("Jane Roe", P), ("The Atlantic", A)]),
        # neighbours: a position word inside a name stays
        _case("Jane Roe/Right Angle Studio", [("Jane Roe", P), ("Right Angle Studio", A)]),
    ],
)
def test_positions_of_a_split_credit(line: str, expected: Parties) -> None:
    """ "(left)", "Left to right:", "L-R:": where each picture sits, never a party."""
    assert _show(line) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Foto de Pedro Roe en el Congreso",  # the picture's subject, then more words
        "Foto di Roma al tramonto",
        "Foto van Jane Roe",  # Dutch "of": the subject
    ],
)
def test_by_in_other_languages_needs_a_name_alone(text: str) -> None:
    from provenance.ingest.credit_text import starts_with_label

    assert not starts_with_label(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "RIVERSIDE COUNTY SHERIFF'S DEPT./CONTRIBUTED IMAGE",
            [("Riverside County Sheriff's Dept", S)],
        ),
        ("Jane Roe/Contributed", [("Jane Roe", P)]),
        ("Jane Roe/Contributed image", [("Jane Roe", P)]),
        # neighbours: a contributing photographer stays the photographer; a submitted photo
        # stays the generic submitter
        ("Jane Roe, contributing photographer", [("Jane Roe", P)]),
        ("Contributed photo", [("submitted", S)]),
    ],
)
def test_a_contributed_marker_is_no_party(line: str, expected: Parties) -> None:
    """ "CONTRIBUTED IMAGE" after its issuer, as "Contributor": a marker, never a name (the
    credits set's conventions have no generic entry for it)."""
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Justin Bishop/Breakthrough Prize", [("Justin Bishop", P), ("Breakthrough Prize", S)]),
        ("Jane Roe/Academy Awards", [("Jane Roe", P), ("Academy Awards", S)]),
        ("Photo: Pulitzer Prizes", [("Pulitzer Prizes", S)]),
        # neighbours: a person and a wire keep their roles
        ("Jane Roe/AFP", [("Jane Roe", P), ("AFP", A)]),
        ("Photo by Jane Roe", [("Jane Roe", P)]),
    ],
)
def test_a_prize_or_awards_body_is_an_organization(line: str, expected: Parties) -> None:
    """ "Breakthrough Prize", "Academy Awards": an organization's name, never a person's; its
    pictures are its publicity handouts, so it is a source, as a studio is."""
    assert _show(line) == expected
