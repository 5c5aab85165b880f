"""Claims orchestration shortcuts: claims built through plain slot stores are the claims
``ClaimSpan(...)`` builds; pre-checks answer as the tests they stand for."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus, SourceKind
from provenance.extractors.claims.extract import (
    _claim_span,
    _ClaimSlots,
    _narrator_claim,
    _replace_parent,
)
from provenance.extractors.records import ClaimSpan, SourceInfo

from .same_fields import assert_same_fields

_TEXTS = st.none() | st.text(max_size=8)
_OFFSETS = st.none() | st.integers(0, 10**6)
_SOURCES = st.none() | st.builds(
    SourceInfo, st.text(max_size=8), st.sampled_from(SourceKind), _TEXTS
)
_FIELDS = st.tuples(
    st.text(max_size=8),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.sampled_from(Attribution),
    st.sampled_from(ClaimStatus),
    _TEXTS,
    _SOURCES,
    _TEXTS,
    _OFFSETS,
    _OFFSETS,
    _TEXTS,
    _OFFSETS,
)


@settings(max_examples=300, deadline=None)
@given(_FIELDS)
def test_claim_span_equals_the_constructor(fields: tuple[object, ...]) -> None:
    """Equal, with the same repr and hash, field by field the same objects."""
    assert_same_fields(_claim_span(*fields), ClaimSpan(*fields))  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(_FIELDS, st.integers(0, 50))
def test_replace_parent_equals_dataclasses_replace(fields: tuple[object, ...], parent: int) -> None:
    """A new parent index, every other field kept, as ``dataclasses.replace`` gives."""
    claim = ClaimSpan(*fields)  # type: ignore[arg-type]
    assert_same_fields(_replace_parent(claim, parent), dataclasses.replace(claim, parent=parent))


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=8),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.sampled_from(ClaimStatus),
)
def test_narrator_claim_keeps_every_default(
    text: str, start: int, end: int, status: ClaimStatus
) -> None:
    """The narrator claim's other fields are ClaimSpan's defaults."""
    assert_same_fields(
        _narrator_claim(text, start, end, status),
        ClaimSpan(text, start, end, Attribution.NARRATOR, status),
    )


def test_every_field_has_its_slot_and_the_claim_stays_frozen() -> None:
    """ClaimSpan's slots in its order; the result is a ClaimSpan and refuses changes."""
    assert vars(_ClaimSlots)["__slots__"] == ClaimSpan.__slots__
    claim = _claim_span(
        "x",
        0,
        1,
        Attribution.INDIRECT,
        ClaimStatus.ASSERTED,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
    )
    assert type(claim) is ClaimSpan
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.start = 2  # type: ignore[misc]


_MENTION_PIECES = st.sampled_from(
    [
        *("the", "The", "THIS", "that", "th", "T", "h", " ", "\t", "letter", "spokesman"),
        *("minister", "judge's", "Ministry", "statement", "Putin", "ſ", "İ", "K", "é"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_MENTION_PIECES, max_size=6))
def test_mention_patterns_open_with_th(pieces: list[str]) -> None:
    """``SpeakerResolver.resolve`` tries its role and issued-document patterns only on a
    lowered mention opening with "th": neither matches any other."""
    from provenance.extractors.claims.speakers import _issued_pattern, _role_patterns

    low = " ".join("".join(pieces).lower().split())
    roles = _role_patterns("en")[0]
    if roles.match(low) is not None or _issued_pattern("en").match(low) is not None:
        assert low.startswith("th")


_UNVERIFIED_PIECES = st.sampled_from(
    [
        *("confirm", "ed", "ation", "verif", "y", "ied", "ication", "corroborat", "e", "ion"),
        *("substantiat", "prove", "n", "d", "un", "not ", " ", "Confirm", "VERIFIED", "ſ"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_UNVERIFIED_PIECES, max_size=8))
def test_unverified_needles_find_what_the_words_find(pieces: list[str]) -> None:
    """A text holds one of the fewer needles exactly when it holds one of the words."""
    from provenance.extractors.claims.extract import _unverified_needles, _unverified_words

    text = "".join(pieces)
    needles = _unverified_needles()
    words = _unverified_words()[0]
    assert set(needles) <= set(words)
    assert any(w in text for w in needles) == any(w in text for w in words)
