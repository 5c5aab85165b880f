"""The fast paths of the id helpers give exactly the ids the plain code gave.

Ids are stored and compared across runs and machines, so a speed change in
:mod:`provenance.ids` must never change one: each helper is compared with the
plain implementation it replaced, on generated names and parts.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution, SourceKind
from provenance.ids import id_digits, normalize_name, stable_id


def _plain_normalize(name: str) -> str:
    """The implementation before the ASCII fast path."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped).strip().casefold()


def _plain_stable_id(prefix: str, *parts: object) -> str:
    """The implementation before the list-building join."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(joined.encode('utf-8')).hexdigest()[:16]}"


_NAMES = st.lists(
    st.sampled_from([*"AZaz .'-\t\n\x0b\x1c\x85\xa0", "É", "ß", "ﬁ", "e\u0301", "Ⅻ"]),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_NAMES, st.text(max_size=20)))
def test_normalize_name_equals_the_plain_code(name: str) -> None:
    """ASCII and non-ASCII names normalize as before (spaces, case, accents)."""
    assert normalize_name(name) == _plain_normalize(name)


_PARTS = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(-5, 10**12),
    st.sampled_from([*Attribution, *SourceKind]),
    st.floats(allow_nan=False),
)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["art", "clm", "fig", "src"]), st.lists(_PARTS, max_size=6))
def test_stable_id_equals_the_plain_code(prefix: str, parts: list[object]) -> None:
    """Strings, numbers, enums and ``None`` give the same id as the plain join did."""
    assert stable_id(prefix, *parts) == _plain_stable_id(prefix, *parts)


def test_normalize_name_collapses_exactly_the_regex_whitespace() -> None:
    """Every character ``\\s`` matches, and no other, is a space to ``normalize_name``.

    The collapse splits on ``str.isspace`` characters: the same set as the regex's
    ``\\s`` (checked here over every code point), so a name with any of them, in a
    run, at either end or alone, normalizes as the plain regex code did.
    """
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace()]
    assert spaces == [c for c in map(chr, range(0x110000)) if re.fullmatch(r"\s", c)]
    for space in spaces:
        for name in (f"Ann{space}Lee", f"{space}x{space}{space}Y{space}", space, f"É{space}é"):
            assert normalize_name(name) == _plain_normalize(name)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_id_digits_equal_the_hex_digest(joined: str) -> None:
    """The 16 first digits of the SHA-256 hex digest of the UTF-8 text, for one- to
    four-byte characters and inputs of one to several blocks."""
    text = joined.encode("utf-8", "replace").decode("utf-8")  # no lone surrogates
    assert id_digits(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
