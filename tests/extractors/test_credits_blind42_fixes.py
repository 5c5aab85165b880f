"""The rules added for blind round 42, each with neighbours that must keep their reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import CreditRole, extract_credits
from provenance.ingest.credit_text import credit_in_caption

P, A, D, S = (
    CreditRole.PHOTOGRAPHER,
    CreditRole.AGENCY,
    CreditRole.DISTRIBUTOR,
    CreditRole.SOURCE,
)


def _parties(line: str) -> list[tuple[str | None, CreditRole]]:
    return [(party.name, party.role) for party in extract_credits(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a wire, a space, the national wire that relays it
        ("사진=EPA 연합뉴스", [("EPA", A), ("연합뉴스", D)]),
        ("사진=AFP 연합뉴스", [("AFP", A), ("연합뉴스", D)]),
        # neighbours: a reporter, a handout issuer and one wire keep their readings
        ("사진=연합뉴스", [("연합뉴스", A)]),
        ("사진=청와대 제공", [("청와대", S)]),
    ],
)
def test_korean_wire_relayed_by_a_national_wire(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    """ "AP 연합뉴스" is "AP=연합뉴스" written with a space: AP's picture, relayed by Yonhap."""
    assert _parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("X/Twitter", [("X/Twitter", S)]),
        ("Twitter/X", [("Twitter/X", S)]),
        # neighbours: a platform and a handle, a photographer and a platform stay two parties
        ("X/@jdoe", [("X", S), ("@jdoe", S)]),
        ("Jane Roe/Instagram", [("Jane Roe", P), ("Instagram", S)]),
    ],
)
def test_a_platform_under_two_names_is_one_source(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    """A site written with its old and new names is one source, not two."""
    assert _parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("fot. materiały prasowe", [(None, S)]),
        ("Fot. Jan Kowalski", [("Jan Kowalski", P)]),
        ("fot. PAP", [("PAP", A)]),
        # a title's dot is no label's
        ("Dr. Jane Roe/AP", [("Jane Roe", P), ("AP", A)]),
    ],
)
def test_a_label_cut_short_by_its_dot(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    """A label shortened with a dot ("fot.") is a label whatever follows it."""
    assert _parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("REUTERS/Jane Roe EDITOR'S NOTE: THIS IMAGE WAS PROVIDED BY A THIRD PARTY.", "Jane Roe"),
        ("(AP Photo/Jane Roe) EDITORS NOTE: Graphic content", "Jane Roe"),
        ("Jane Roe/AFP Editor’s note: the picture was cropped", "Jane Roe"),
    ],
)
def test_an_editors_note_after_a_credit_is_dropped(line: str, expected: str) -> None:
    """The note's label and all after it name no party."""
    parties = extract_credits(line)
    assert [p.name for p in parties if p.role is P] == [expected]
    assert all("note" not in (p.name or "").casefold() for p in parties)


@given(st.sampled_from(["Jane Roe/Reuters", "AP Photo/Jane Roe", "Jane Roe/AFP via Getty Images"]))
def test_a_credit_without_a_note_is_unchanged(line: str) -> None:
    """Appending an editors' note to a credit changes none of its parties."""
    assert extract_credits(f"{line} EDITOR'S NOTE: cropped") == extract_credits(line)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Residents flee. Screenshot from Telegram",
            ("Residents flee.", "Screenshot from Telegram"),
        ),
        (
            "Smoke over the port. Image taken from Facebook",
            ("Smoke over the port.", "Image taken from Facebook"),
        ),
        # a sentence of the caption that opens with a label word is no credit
        ("Footage from Kyiv shows the damage.", None),
        ("Photo from the archive. The mayor speaks.", None),
    ],
)
def test_a_label_and_where_the_picture_came_from_ends_a_caption(
    caption: str, expected: tuple[str, str] | None
) -> None:
    """ "Screenshot from Telegram" after a caption's last stop is its credit."""
    assert credit_in_caption(caption) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("写真：読売新聞", [("読売新聞", A)]),
        ("사진=조선일보", [("조선일보", A)]),
        # an institution after the label stays a source
        ("写真：防衛省", [("防衛省", S)]),
    ],
)
def test_a_cjk_paper_after_a_photo_label_is_its_agency(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    """A paper's own picture ("写真：読売新聞"), as "Photo: Star Tribune"."""
    assert _parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KCNA", [("KCNA", A)]),
        ("KCNA/KNS via AP", [("KCNA", A), ("KNS", D), ("AP", D)]),
        ("Fotoğraf: İHA", [("İHA", A)]),
        ("Foto: Cedida por el Ayuntamiento de Sevilla", [("el Ayuntamiento de Sevilla", S)]),
        ("Imperial War Museums", [("Imperial War Museums", S)]),
        ("Imagen: Captura de video / RTVE", [("RTVE", S)]),
    ],
)
def test_new_entries(line: str, expected: list[tuple[str | None, CreditRole]]) -> None:
    """The wires, courtesy words, organisation words and screenshot labels added as data."""
    assert _parties(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Foto: Ufficio Stampa Quirinale", [("Ufficio Stampa Quirinale", S)]),
        # the paper whose name holds the same word stays the paper's own picture
        ("Foto: La Stampa", [("La Stampa", A)]),
        ("Jane Roe/La Stampa", [("Jane Roe", P), ("La Stampa", A)]),
    ],
)
def test_a_press_office_is_no_paper(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    """A name opening with a handout phrase ("Ufficio stampa ...") is its issuer, a source."""
    assert _parties(line) == expected
