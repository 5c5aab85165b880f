"""Stock libraries credit their contributors by user handle: the handle made the picture."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits, party_label

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


def _parties(line: str) -> list[tuple[str | None, CreditRole]]:
    return [(party_label(p), p.role) for p in extract_credits(line)]


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Shutterstock / jdoe123", [("Shutterstock", A), ("jdoe123", P)]),
        ("jdoe123 / Shutterstock", [("jdoe123", P), ("Shutterstock", A)]),
        ("Photo: Shutterstock / jdoe123", [("Shutterstock", A), ("jdoe123", P)]),
        (
            "iStock / Getty Images Plus / username",
            [("iStock", A), ("Getty Images Plus", D), ("username", P)],
        ),
        ("Adobe Stock / Jane Roe", [("Adobe Stock", A), ("Jane Roe", P)]),
        ("Dreamstime / k_lee.photo", [("Dreamstime", A), ("k_lee.photo", P)]),
        ("Photo by Unsplash / Shardayyy", [("Unsplash", S), ("Shardayyy", P)]),
    ],
)
def test_stock_handles_are_the_makers(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """A one-word part beside a stock library is the contributor, kept as written."""
    assert _parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Photo: Shutterstock", [("Shutterstock", A)]),  # the library alone names no person
        ("Shutterstock / Design", [("Shutterstock", D), ("Design", S)]),  # an org's word
        ("Shutterstock / Facebook", [("Shutterstock", D), ("Facebook", S)]),  # a platform
        ("Shutterstock / File", [("Shutterstock", A)]),  # an archive marker
        ("AFP / ministry", [("AFP", A), ("ministry", S)]),  # not a stock library
    ],
)
def test_neighbours_of_stock_handles_are_not_people(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """Organizations, platforms, markers and handles beside a wire name no photographer."""
    assert _parties(line) == parties


@given(st.from_regex(r"[a-z][a-z0-9_]{2,12}", fullmatch=True))
def test_any_handle_beside_a_stock_library_is_one_photographer(handle: str) -> None:
    """Whatever a handle looks like, it comes out once, as written, as the photographer."""
    people = [p.name for p in extract_credits(f"Shutterstock / {handle}") if p.role is P]
    assert people in ([handle], [])  # [] only when the handle is itself a known word
