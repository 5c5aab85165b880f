"""Figures built through plain slot stores are the figures ``FigureSpan(...)`` builds."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import FigureKind
from provenance.extractors.figures.scan import _figure_span, _FigureSlots
from provenance.extractors.records import FigureSpan

from .same_fields import assert_same_fields

_NUMBERS = st.none() | st.floats(allow_nan=False) | st.just(-0.0)
_TEXTS = st.none() | st.text(max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    st.tuples(
        st.text(max_size=8),
        st.integers(0, 10**6),
        st.integers(0, 10**6),
        st.sampled_from(FigureKind),
        _NUMBERS,
        _NUMBERS,
        _NUMBERS,
        st.booleans(),
        _TEXTS,
        _TEXTS,
        _TEXTS,
    )
)
def test_figure_span_equals_the_constructor(fields: tuple[object, ...]) -> None:
    """Equal, with the same repr and hash, field by field the same objects."""
    assert_same_fields(_figure_span(*fields), FigureSpan(*fields))  # type: ignore[arg-type]


def test_every_field_has_its_slot_and_the_figure_stays_frozen() -> None:
    """FigureSpan's slots in its order; the result is a FigureSpan and refuses changes."""
    assert _FigureSlots.__slots__ == FigureSpan.__slots__  # type: ignore[attr-defined]
    span = _figure_span("5", 0, 1, FigureKind.CARDINAL, 5.0, 5.0, 5.0, False, None, "5", None)
    assert type(span) is FigureSpan
    assert span == FigureSpan("5", 0, 1, FigureKind.CARDINAL, 5.0, 5.0, 5.0, False, None, "5")
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.value = 6.0  # type: ignore[misc]
