"""The owner of a figure found by sorted starts is the one :func:`_innermost` finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.tables.build import _innermost, _Owners

_SPAN = st.tuples(st.integers(0, 30), st.integers(0, 12))
_SPANS = st.lists(_SPAN, max_size=12)


def _claims(pairs: list[tuple[int, int]], first: int = 0) -> list[tuple[int, int, str, str]]:
    return [(s, s + n, f"c{first + i}", f"s{first + i}") for i, (s, n) in enumerate(pairs)]


def _plain(claims: list[tuple[int, int, str, str]], start: int, end: int) -> tuple[str, str] | None:
    try:
        return _innermost(claims, start, end)
    except LookupError:
        return None


def _fast(owners: _Owners, start: int, end: int) -> tuple[str, str] | None:
    try:
        return owners.owner(start, end)
    except LookupError:
        return None


@settings(max_examples=400, deadline=None)
@given(_SPANS, _SPANS, st.lists(_SPAN, min_size=1, max_size=6))
def test_owner_is_the_innermost_claim(
    first: list[tuple[int, int]], added: list[tuple[int, int]], figures: list[tuple[int, int]]
) -> None:
    """The same claim (the shortest containing, the first of equals; else the most
    overlapping) or the same LookupError, before and after claims are appended."""
    claims = _claims(first)
    owners = _Owners(list(claims))
    for s, n in figures:
        assert _fast(owners, s, s + n) == _plain(claims, s, s + n)
    for span in _claims(added, first=len(claims)):
        claims.append(span)
        owners.add(span)
        for s, n in figures:
            assert _fast(owners, s, s + n) == _plain(claims, s, s + n)


def test_equal_claims_go_to_the_first_in_list_order() -> None:
    """Two claims of one span: the first listed owns the figure, whatever their order."""
    owners = _Owners([(0, 9, "late", "b"), (4, 9, "x", "b"), (4, 9, "y", "b"), (2, 7, "z", "b")])
    assert owners.owner(5, 6) == ("x", "b")
    owners.add((5, 6, "exact", "e"))
    assert owners.owner(5, 6) == ("exact", "e")


def test_no_claim_near_raises() -> None:
    """A figure no claim overlaps has no owner (the builder gives it a narrator claim)."""
    owners = _Owners([(0, 4, "c", "s")])
    with pytest.raises(LookupError):
        owners.owner(6, 8)
    assert owners.owner(3, 6) == ("c", "s")
