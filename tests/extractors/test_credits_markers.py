"""Archive markers and role codes written before a credit ("FILE PHOTO: Name/Agency")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits, party_label

P, A, D = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR

CASES = [
    ("FILE PHOTO: Ines Vidal/Reuters", [("Ines Vidal", P), ("Reuters", A)]),
    ("File photo: Ines Vidal/Reuters", [("Ines Vidal", P), ("Reuters", A)]),
    ("FILE PHOTO - Ines Vidal/Reuters", [("Ines Vidal", P), ("Reuters", A)]),
    ("File photo by Ines Vidal/AP", [("Ines Vidal", P), ("AP", A)]),
    ("File: AP Photo/Ines Vidal", [("AP", A), ("Ines Vidal", P)]),
    ("Archive photo: AFP", [("AFP", A)]),
    ("STR - AFP", [("AFP", A)]),
    # a label and a space before a known agency (ANSA's house style)
    ("Foto ANSA/Luca Neri", [("ANSA", A), ("Luca Neri", P)]),
    ("(Foto EPA)", [("EPA", A)]),
    (
        "Ines Vidal/Sipa USA via Reuters Connect",
        [("Ines Vidal", P), ("Sipa USA", A), ("Reuters Connect", D)],
    ),
]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_markers_before_a_credit_are_dropped(
    line: str, expected: list[tuple[str, CreditRole]]
) -> None:
    """The marker names nobody; the credit after it is split as if it stood alone."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # neighbours: a name or an organisation that starts like a marker
        ("Filer Smith/AP", [("Filer Smith", P), ("AP", A)]),
        ("Archives New Zealand", [("Archives New Zealand", CreditRole.SOURCE)]),
        ("Stringer Bell/Reuters", [("Stringer Bell", P), ("Reuters", A)]),
        ("Picture Alliance/dpa", [("Picture Alliance", D), ("dpa", A)]),
    ],
)
def test_names_starting_like_a_marker_keep_it(
    line: str, expected: list[tuple[str, CreditRole]]
) -> None:
    """Without a colon or a spaced dash after it, the word is part of the name."""
    assert [(party_label(p), p.role) for p in extract_credits(line)] == expected


@settings(max_examples=80, deadline=None)
@given(
    marker=st.sampled_from(["FILE PHOTO", "File photo", "File", "STR", "Archive photo"]),
    sep=st.sampled_from([": ", " - ", " — ", ":"]),
    first=st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True),
    last=st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True),
    agency=st.sampled_from(["Reuters", "AFP", "AP", "dpa"]),
)
def test_any_marker_before_any_credit(
    marker: str, sep: str, first: str, last: str, agency: str
) -> None:
    """Whatever the marker and separator, the same parties as the bare credit come out."""
    bare = extract_credits(f"{first} {last}/{agency}")
    marked = extract_credits(f"{marker}{sep}{first} {last}/{agency}")
    assert [(p.name, p.role) for p in marked] == [(p.name, p.role) for p in bare]
