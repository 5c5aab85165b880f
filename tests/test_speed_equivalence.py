"""Speed shortcuts outside the extractors give exactly what the plain code gave.

Each shortcut is compared with the implementation it replaced, on generated inputs
that include the cases the shortcut skips (ASCII texts, well-formed ids) and the
ones it must still catch (lone surrogates, malformed ids, missing values).
"""

from __future__ import annotations

import math
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.errors import printable

_SURROGATE = re.compile("[\ud800-\udfff]")


def _plain_printable(text: str) -> str:
    """The implementation before the ASCII shortcut."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


_TEXTS = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(max_codepoint=127), max_size=40),
    st.lists(st.sampled_from(["a", " ", "\ud800", "\udcff", "é", "“", "\n"]), max_size=20).map(
        "".join
    ),
)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_printable_equals_the_plain_code(text: str) -> None:
    """ASCII texts come back as they are; others lose only their lone surrogates."""
    assert printable(text) == _plain_printable(text)


def test_printable_keeps_an_ascii_text_object() -> None:
    """An ASCII text is returned itself, not a copy (callers test ``is``)."""
    text = "plain ascii " * 3
    assert printable(text) is text
    assert printable("bad\udcff") == "bad\ufffd"


def test_printable_finds_exactly_the_surrogates() -> None:
    """Every code point of a non-ASCII text is a surrogate to ``printable`` exactly when
    the plain class search finds one; a text without one comes back as it is."""
    for code in range(0x80, 0x110000):
        text = f"é{chr(code)}"
        assert printable(text) == _plain_printable(text)
    text = "£5 “quoted” 😀"
    assert printable(text) is text
    assert printable("\ud83d\ude00 x") == "\ufffd\ufffd x"  # a pair split in a str: two


# --- the files path: ids, duplicate choice and in-place validation -----------------------

from dataclasses import replace  # noqa: E402

import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from hypothesis import HealthCheck  # noqa: E402

from provenance.enums import Attribution  # noqa: E402
from provenance.extractors.pipeline import Extraction  # noqa: E402
from provenance.extractors.records import ClaimSpan  # noqa: E402
from provenance.ids import stable_id  # noqa: E402
from provenance.tables import build  # noqa: E402
from provenance.tables.build import build_tables  # noqa: E402
from provenance.tables.validate import validate_tables  # noqa: E402
from provenance.testing.strategies import extractions  # noqa: E402

_IDS = st.text(max_size=24)
_OFFSETS = st.one_of(st.integers(0, 10**9), st.booleans(), st.none())


@settings(max_examples=300, deadline=None)
@given(_IDS, _OFFSETS, _OFFSETS, st.sampled_from([*Attribution, "direct", None]), _IDS)
def test_claim_ids_equal_stable_id(
    article_id: str, start: object, end: object, attribution: object, source_id: str
) -> None:
    """A claim's id is ``stable_id("clm", ...)`` for built-in claims and odd plug-in values."""
    claim = ClaimSpan("x", start, end, attribution)  # type: ignore[arg-type]
    got = build._span(article_id, claim, source_id)[2]
    assert got == stable_id("clm", article_id, start, end, attribution, source_id)


@settings(max_examples=300, deadline=None)
@given(_IDS, _OFFSETS, _OFFSETS)
def test_figure_ids_equal_stable_id(article_id: str, start: object, end: object) -> None:
    """A figure's id is ``stable_id("fig", article_id, start, end)`` whatever the offsets hold."""
    got = build._figure_id(article_id, start, end)  # type: ignore[arg-type]
    assert got == stable_id("fig", article_id, start, end)


@settings(max_examples=300, deadline=None)
@given(
    st.none() | st.text(st.sampled_from(["a", "s", "k", "e", "d", "A", "S", " ", "\t", "\u00a0"])),
    st.frozensets(st.sampled_from(["asked", "ask", "urged", "a", ""]), max_size=3),
)
def test_asks_equals_any_form_in_the_cue(cue: str | None, forms: frozenset[str]) -> None:
    """Whether a claim's cue asks: a set test, as the word-by-word ``any`` answered."""
    claim = ClaimSpan("x", 0, 1, Attribution.INDIRECT, cue=cue)
    plain = bool(forms) and cue is not None and any(w in forms for w in cue.lower().split())
    assert build._asks(claim, forms) == plain


def _plain_asks(claim: ClaimSpan, forms: frozenset[str]) -> bool:
    """``_asks`` before the first-word test of the forms of several words."""
    if not forms or claim.cue is None:
        return False
    words = claim.cue.lower().split()
    if not forms.isdisjoint(words):
        return True
    cue = f" {' '.join(words)} "
    return any(f" {f} " in cue for f in forms if " " in f)


_CUE_WORDS = ["made", "no", "secret", "of", "laid", "out", "Laid", "OUT", "said", "x"]
_FORM_PARTS = ["made", "no", "secret", "of", "laid", "out", "said", "", "\t", "\u00a0", "x "]
_SPACES = st.sampled_from([" ", "  ", "\t", "\u00a0", "\n"])


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_CUE_WORDS), max_size=4),
    st.lists(st.sampled_from(_CUE_WORDS), max_size=3),
    st.frozensets(
        st.lists(st.sampled_from(_FORM_PARTS), min_size=1, max_size=4).map(" ".join),
        min_size=1,
        max_size=4,
    ),
    st.booleans(),
    _SPACES,
    st.none() | st.integers(0, 3),
)
def test_asks_with_forms_of_several_words_equals_the_padded_search(
    before: list[str],
    after: list[str],
    forms: frozenset[str],
    upper: bool,
    space: str,
    inside: int | None,
) -> None:
    """A cue none of whose words starts a form of several words holds none of them;
    cues are drawn with one of the forms inside them (``inside``) or without."""
    middle = [] if inside is None else [sorted(forms)[inside % len(forms)]]
    cue = space.join([*before, *middle, *after])
    claim = ClaimSpan("x", 0, 1, Attribution.INDIRECT, cue=cue.upper() if upper else cue)
    assert build._asks(claim, forms) == _plain_asks(claim, forms)
    assert build._asks(replace(claim, cue=None), forms) is False


def test_asks_finds_a_form_of_several_words_inside_a_cue() -> None:
    """The English forms: found whole anywhere in the cue, not across or inside words."""
    from provenance.lexicon.cues import unasserting_forms

    forms = unasserting_forms("en")
    for cue, asks in [
        ("last year apologized for", True),
        ("has  Brushed\tOFF", True),
        ("made no secret of", True),
        ("made no secrets of", False),
        ("laid", False),
        ("said", False),
        ("plays downward", False),
    ]:
        claim = ClaimSpan("x", 0, 1, Attribution.INDIRECT, cue=cue)
        assert build._asks(claim, forms) is asks, cue
        assert _plain_asks(claim, forms) is asks, cue


_CELLS = st.one_of(
    st.text(max_size=6),
    st.none(),
    st.just(float("nan")),
    st.just(pd.NA),
    st.integers(-5, 5),
    st.floats(allow_nan=False),
    st.tuples(st.text(max_size=2)),
    st.lists(st.text(max_size=2), max_size=2),
    st.binary(max_size=3),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CELLS, max_size=12), st.sampled_from(["claims", "figures", "articles"]))
def test_string_columns_equal_pd_array_on_the_list(values: list[object], table: str) -> None:
    """A string column built through an object array holds what ``pd.array`` makes of
    the list: the same values, missing values and cell types, or the same refusal."""
    dtype = build._typed_dtypes(table)["article_id"]
    plain, got = _both_columns(values, dtype)
    if plain is None:
        return
    assert [type(v) for v in got] == [type(v) for v in plain]  # type: ignore[attr-defined]


def _plain_column(values: list[object], dtype: object) -> object:
    """``_column`` before its shortcuts: ``pd.array`` on the list, or the list."""
    try:
        return pd.array(values, dtype=dtype)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return values


def _both_columns(values: list[object], dtype: object) -> tuple[Any, Any]:
    """``(plain, got)``: ``_plain_column`` and ``build._column`` of ``values``, checked to be
    the same type and, as arrays, equal; ``(None, None)`` when both refused (the list)."""
    plain = _plain_column(values, dtype)
    got = build._column(list(values), dtype)
    assert type(got) is type(plain)
    if isinstance(plain, list):
        assert got == plain
        return None, None
    pd.testing.assert_extension_array_equal(got, plain)  # type: ignore[arg-type]
    return plain, got


_NUMBER_CELLS = st.one_of(
    st.floats(),
    st.sampled_from([None, -0.0, float("nan"), float("inf"), 1e308, 5e-324]),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.just(pd.NA),
    st.text(max_size=2),
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_NUMBER_CELLS, max_size=10),
    st.sampled_from([("figures", "value"), ("figures", "lower"), ("figures", "approximate")]),
    st.booleans(),
)
def test_number_columns_equal_pd_array_on_the_list(
    values: list[object], column: tuple[str, str], plain_types: bool
) -> None:
    """A Float64 or boolean column built from floats and None, or from bools, holds what
    ``pd.array`` makes of the list: values, missing values, the sign of zeros."""
    dtype = build._typed_dtypes(column[0])[column[1]]
    if plain_types:  # the cells the shortcuts take
        kind = float if column[1] != "approximate" else bool
        values = [v for v in values if v is None or type(v) is kind]
    plain, got = _both_columns(values, dtype)
    if plain is None:
        return
    left, right = got._data, plain._data  # type: ignore[attr-defined]
    assert left.dtype == right.dtype
    shown = ~plain._mask  # type: ignore[attr-defined]
    assert (np.signbit(left[shown]) == np.signbit(right[shown])).all()


def test_a_string_column_owns_its_array() -> None:
    """The column's array is its own: not a view of another column's, nor of the input."""
    values = ["a", None, "b"]
    dtype = build._typed_dtypes("claims")["claim_id"]
    first, second = build._column(values, dtype), build._column(values, dtype)
    first[0] = "z"
    assert second[0] == "a"
    assert values == ["a", None, "b"]


_EQUIV = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_EQUIV
@given(extractions(), extractions(), st.booleans())
def test_duplicate_choice_equals_the_full_key(a: Extraction, b: Extraction, same: bool) -> None:
    """Which copy of an article is kept is decided as by comparing the full keys."""
    if same:  # the same path, item, format and digest: the repr must break the tie
        b = replace(b, document=replace(a.document, body=a.document.body + " "))
    assert build._before(a, b) == (build._key(a) < build._key(b))
    assert build._before(b, a) == (build._key(b) < build._key(a))


def _same(left: pd.DataFrame, right: pd.DataFrame, name: str) -> None:
    pd.testing.assert_frame_equal(left, right, check_exact=True, obj=name)
    assert left.columns.dtype == right.columns.dtype, name  # the labels' own dtype too
    for column in left.columns:  # the cells too: None, NaN and NA are told apart
        assert left[column].map(type).tolist() == right[column].map(type).tolist(), column


@_EQUIV
@given(st.lists(extractions(), max_size=4))
def test_inplace_validation_gives_the_same_tables(batch: list[Extraction]) -> None:
    """Validating freshly built frames in place gives the tables a copying validation gives."""
    copied = validate_tables(build_tables(batch, typed=True))
    in_place = validate_tables(build_tables(batch, typed=True), inplace=True)
    for (name, left), (_, right) in zip(copied.items(), in_place.items(), strict=True):
        _same(left, right, name)


@_EQUIV
@given(st.lists(extractions(), min_size=1, max_size=3), st.sampled_from(["claims", "figures"]))
def test_inplace_validation_reports_the_same_failures(batch: list[Extraction], table: str) -> None:
    """A broken table fails in place as it fails on a copy, and keeps its column labels."""
    from provenance.errors import SchemaError
    from provenance.tables.validate import validate_frame

    frames = []
    for _ in range(2):
        frame = getattr(build_tables(batch, typed=True), table)
        if frame.empty:
            return
        frame.loc[frame.index[0], "source_id"] = "src_not-an-id"
        frames.append(frame)
    labels = frames[1].columns
    with pytest.raises(SchemaError) as copied:
        validate_frame(table, frames[0])
    with pytest.raises(SchemaError) as in_place:
        validate_frame(table, frames[1], inplace=True)
    assert str(in_place.value) == str(copied.value)
    pd.testing.assert_frame_equal(in_place.value.failures, copied.value.failures)  # type: ignore[arg-type]
    assert frames[1].columns is labels


# --- the lean validation path: ids checked in one pass, no per-call coercion copies -----

from provenance.tables.validate import ids_match  # noqa: E402

_ID_CHARS = st.sampled_from(["0", "7", "a", "f", "F", "g", "_", "\n", "é", "\x00", "c", "l", "m"])
_ID_VALUES = st.one_of(
    st.text(_ID_CHARS, max_size=22).map(lambda s: "clm_" + s),  # near-misses of a claim id
    st.text(st.sampled_from("0123456789abcdef"), min_size=16, max_size=16).map(
        lambda s: "clm_" + s
    ),  # well-formed
    st.text(max_size=22),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ID_VALUES, max_size=6), st.sampled_from([("clm_", 16), ("", 4), ("fig_", 2)]))
def test_ids_match_is_the_regex_less_trailing_newlines(values: list[str], form: object) -> None:
    """True exactly when ``re.match`` passes every value and none ends in a newline.

    ``$`` lets one trailing newline through; the one-pass check says False there,
    and the caller then runs pandera's own check, so it never passes a value the
    regex refuses.
    """
    head, digits = form  # type: ignore[misc]
    pattern = re.compile(rf"^{head}[0-9a-f]{{{digits}}}$")
    expected = all(pattern.match(v) and not v.endswith("\n") for v in values)
    assert ids_match(values, head, digits) == expected


def test_ids_match_refuses_values_that_are_not_text() -> None:
    assert not ids_match(["clm_0123456789abcdef", float("nan")], "clm_", 16)  # type: ignore[list-item]
    assert ids_match([], "clm_", 16)


def _break(frame: pd.DataFrame, how: str) -> None:
    """One kind of contract breach in the first row of ``frame``."""
    first = frame.index[0]
    if how == "id":
        frame.loc[first, frame.columns[0]] = frame.iloc[0, 0] + "\n"  # "$" lets it by
    elif how == "bad id":
        frame.loc[first, "article_id"] = "art_0123456789ABCDEF"
    elif how == "duplicate":
        frame.loc[first, frame.columns[0]] = frame.iloc[-1, 0]
    elif how == "enum":
        frame.loc[first, "kind" if "kind" in frame.columns else "status"] = "nonsense"
    elif how == "offset":
        frame["start"] = frame["start"].astype("object")
        frame.loc[first, "start"] = "x"
    elif how == "null":
        frame.loc[first, "text"] = None
    elif how == "null id":
        frame.loc[first, frame.columns[0]] = None
    elif how == "null key":  # an id column that is not unique: no scan for missing cells
        frame.loc[first, "article_id"] = None
    elif how == "null enum":  # a value of a set, neither nullable: no scan either
        frame.loc[first, "kind" if "kind" in frame.columns else "status"] = None
    elif how == "nan enum":  # NaN in an object column: coerced to a missing value first
        column = "attribution" if "attribution" in frame.columns else "kind"
        frame[column] = frame[column].astype(object)
        frame.loc[first, column] = math.nan
    elif how == "negative":
        frame.loc[first, "start"] = -1
    elif how == "extra":
        frame["extra"] = 1
    elif how == "missing":
        del frame["text"]
    elif how == "object":  # a column not in its dtype: coerced, as pandera coerces it
        frame["end"] = frame["end"].astype(object)
    elif how == "object text":
        frame["text"] = frame["text"].astype(object)
    elif how == "language" and "language" in frame.columns:
        frame.loc[first, "language"] = "EN"
    else:
        _break_dtype_only(frame, how)


def _break_dtype_only(frame: pd.DataFrame, how: str) -> None:
    """A breach in a column whose contract asks only its dtype (``cue`` or ``unit``, the
    bounds), which the lean path does not read cell by cell."""
    first = frame.index[0]
    column = "cue" if "cue" in frame.columns else "unit"
    if how == "null cue":
        frame.loc[first, column] = None
    elif how == "nan cue":
        frame[column] = frame[column].astype(object)
        frame.loc[first, column] = math.nan
    elif how == "number cue":  # coerced to its text, as pandera coerces it
        frame[column] = frame[column].astype(object)
        frame.loc[first, column] = 7
    elif how == "bound" and "value" in frame.columns:
        frame["value"] = frame["value"].astype(object)
        frame.loc[first, "value"] = "many"  # cannot be coerced to Float64
    elif how == "null bound" and "value" in frame.columns:
        frame.loc[first, "lower"] = None


@_EQUIV
@given(
    st.lists(extractions(), min_size=1, max_size=3),
    st.sampled_from(["claims", "figures"]),
    st.sampled_from(
        [
            "id",
            "bad id",
            "duplicate",
            "enum",
            "offset",
            "null",
            "null id",
            "null key",
            "null enum",
            "nan enum",
            "negative",
            "extra",
            "missing",
            "object",
            "object text",
            "language",
            "null cue",
            "nan cue",
            "number cue",
            "bound",
            "null bound",
            "none",
        ]
    ),
)
def test_inplace_validation_equals_pandera_on_broken_frames(
    batch: list[Extraction], table: str, how: str
) -> None:
    """In place (the lean path first) a frame passes or fails exactly as pandera says,
    with the same tables when it passes and the same failures when it does not."""
    from provenance.errors import SchemaError
    from provenance.tables.validate import validate_frame

    frames = []
    for _ in range(2):
        frame = getattr(build_tables(batch, typed=True), table)
        if frame.empty:
            return
        _break(frame, how)
        frames.append(frame)
    try:
        copied = validate_frame(table, frames[0])
    except SchemaError as exc:
        failed: SchemaError = exc
    else:
        _same(copied, validate_frame(table, frames[1], inplace=True), table)
        return
    with pytest.raises(SchemaError) as in_place:
        validate_frame(table, frames[1], inplace=True)
    assert str(in_place.value) == str(failed)
    pd.testing.assert_frame_equal(in_place.value.failures, failed.failures)  # type: ignore[arg-type]


# --- integrity: the body lookup of bad_offsets ------------------------------------------

import numpy as np  # noqa: E402

from provenance.rules.integrity import _mismatch, _plain, bad_offsets  # noqa: E402


def _plain_bad_offsets(spans: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """The implementation before the dict lookup: a map through the body Series."""
    bodies = articles.set_index("article_id")["body"]
    body = _plain(spans["article_id"].map(bodies))
    text, start, end = _plain(spans["text"]), _plain(spans["start"]), _plain(spans["end"])
    bad = np.fromiter(map(_mismatch, body, start, end, text), dtype=bool, count=len(text))
    return pd.Series(bad, index=spans.index, dtype=bool)


_KEYS = st.sampled_from(["a", "b", "c", None])
_BODIES = st.sampled_from(["Up 5 pct.", "40 died", "", None])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_KEYS, _BODIES), max_size=4),
    st.lists(
        st.tuples(_KEYS, st.none() | st.integers(0, 9), st.none() | st.integers(0, 9)),
        max_size=6,
    ),
    st.sampled_from(["string[python]", "object"]),
)
def test_bad_offsets_equals_the_plain_code(
    articles: list[tuple[str | None, str | None]],
    spans: list[tuple[str | None, int | None, int | None]],
    dtype: str,
) -> None:
    """Missing articles, bodies, ids and offsets, and repeated article ids, as before."""
    arts = pd.DataFrame(
        {
            "article_id": pd.Series([a for a, _ in articles], dtype=dtype),
            "body": pd.Series([b for _, b in articles], dtype=dtype),
        }
    )
    texts = ["5 pct", "40", "", "Up"]
    frame = pd.DataFrame(
        {
            "article_id": pd.array([k for k, _, _ in spans], dtype=dtype),
            "start": pd.array([s for _, s, _ in spans], dtype="Int64"),
            "end": pd.array([e for _, _, e in spans], dtype="Int64"),
            "text": [texts[i % len(texts)] for i in range(len(spans))],
        },
        index=range(10, 10 + len(spans)),
    )
    try:
        expected = _plain_bad_offsets(frame, arts)
    except Exception as exc:  # repeated ids: the same error as before
        with pytest.raises(type(exc)):
            bad_offsets(frame, arts)
        return
    pd.testing.assert_series_equal(bad_offsets(frame, arts), expected)


# --- integrity: masks on the columns' arrays ---------------------------------------------

from provenance.rules.integrity import (  # noqa: E402
    FOREIGN_KEYS,
    _dangling_in,
    bad_bounds,
    integrity_violations,
)


def _plain_bad_bounds(figures: pd.DataFrame) -> pd.Series:
    """The implementation before the comparisons were or-ed as arrays."""
    lower, upper, value = figures["lower"], figures["upper"], figures["value"]
    crossed = (lower > upper).fillna(False)
    below = (value < lower).fillna(False)
    above = (value > upper).fillna(False)
    return (crossed | below | above).astype(bool)


def _plain_violations(tables: object) -> list[tuple[str, str, int, str]]:
    """The implementation before the masks were computed on arrays: Series throughout."""
    found: list[tuple[str, str, int, str]] = []
    frames = dict(tables.items())  # type: ignore[attr-defined]

    def record(table: str, column: str, mask: pd.Series, what: str) -> None:
        positions = np.flatnonzero(mask.to_numpy(dtype=bool, na_value=False)).tolist()
        found.extend((table, column, i, what) for i in positions)

    for child, column, parent, key in FOREIGN_KEYS:
        mask = _dangling_in(frames[child][column], frames[parent][key].dropna().unique())
        record(child, column, mask, f"{column} not in {parent}.{key}")
    for table in ("claims", "figures"):
        df = frames[table]
        record(table, "start", df["start"] > df["end"], "start after end")
        record(table, "text", bad_offsets(df, tables.articles), "body[start:end] != text")  # type: ignore[attr-defined]
    record("figures", "lower", _plain_bad_bounds(tables.figures), "value outside [lower, upper]")  # type: ignore[attr-defined]
    return found


def _unhinge(tables: object, how: str) -> None:
    """One kind of integrity breach in the validated ``tables`` (their frames changed)."""
    claims, figures = tables.claims, tables.figures  # type: ignore[attr-defined]
    if how == "dangling" and len(claims):
        claims.loc[claims.index[-1], "source_id"] = "src_0000000000000000"
        claims.loc[claims.index[0], "parent_claim_id"] = "clm_0000000000000000"
    elif how == "missing" and len(figures):
        figures.loc[figures.index[0], "claim_id"] = None
        figures.loc[figures.index[-1], "article_id"] = "art_0000000000000000"
    elif how == "reversed" and len(claims):
        claims.loc[claims.index[0], "start"] = claims["end"].iloc[0] + 1
        claims.loc[claims.index[-1], "end"] = None
    elif how == "bounds" and len(figures):
        figures["lower"] = figures["value"] + 1
        figures.loc[figures.index[0], "upper"] = None
        figures.loc[figures.index[-1], "value"] = None


@_EQUIV
@given(
    st.lists(extractions(), max_size=4),
    st.sampled_from(["dangling", "missing", "reversed", "bounds", "none"]),
)
def test_integrity_violations_equal_the_series_code(batch: list[Extraction], how: str) -> None:
    """Dangling and missing keys, reversed and missing offsets, crossed and missing bounds:
    the same violations, in the same order, as the Series code found."""
    tables = validate_tables(build_tables(batch, typed=True), inplace=True)
    _unhinge(tables, how)
    assert integrity_violations(tables) == _plain_violations(tables)
    pd.testing.assert_series_equal(bad_bounds(tables.figures), _plain_bad_bounds(tables.figures))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(*[st.none() | st.just(float("nan")) | st.floats(-5, 5)] * 3), max_size=6),
    st.sampled_from(["Float64", "float64", "object"]),
)
def test_bad_bounds_equals_the_plain_code(
    rows: list[tuple[float | None, float | None, float | None]], dtype: str
) -> None:
    """Nullable, numpy and object columns, with NA, NaN and None: the same flags as before."""
    frame = pd.DataFrame(rows, columns=["lower", "upper", "value"], index=range(3, 3 + len(rows)))
    frame = frame.astype(dtype)
    try:
        expected = _plain_bad_bounds(frame)
    except TypeError:  # None against a float in an object column: the same error as before
        with pytest.raises(TypeError):
            bad_bounds(frame)
        return
    pd.testing.assert_series_equal(bad_bounds(frame), expected)


# --- the files path: documents extracted one step at a time, in chunks -------------------

import time  # noqa: E402
from pathlib import Path  # noqa: E402

import provenance  # noqa: E402
from provenance.errors import ExtractionError, LimitError, ReadError  # noqa: E402
from provenance.extractors.claims import RuleBasedExtractor  # noqa: E402
from provenance.extractors.pipeline import (  # noqa: E402
    Extractors,
    extract_document,
    extract_documents,
)
from provenance.extractors.sources import SourceRegistry  # noqa: E402
from provenance.ingest import read_text  # noqa: E402
from provenance.settings import Limits  # noqa: E402

_FIXTURES = Path(__file__).parent / "fixtures"


def test_extract_documents_equals_extract_document_on_each() -> None:
    """Step by step over every fixture document (all formats, photo credits): as before."""
    docs = list(provenance.read(_FIXTURES, progress=False).documents)
    assert len(docs) > 40
    assert any(d.pictures for d in docs)
    ex = Extractors()
    assert extract_documents(docs, ex) == [extract_document(d, ex) for d in docs]
    assert extract_documents([], ex) == []


def _fragile(text: str, *, sources: SourceRegistry) -> tuple[object, ...]:
    """A claims plug-in that crashes on texts that ask for it."""
    if "boom" in text:
        raise RuntimeError("model exploded")
    return RuleBasedExtractor()(text, sources=sources)  # type: ignore[return-value]


def test_a_failing_step_costs_its_document_alone() -> None:
    """The crashing document gets its exception in its place; no later step runs on it."""
    docs = [
        read_text(f"Title {i}\n\nThe {word} came at {i}.\n\nAFP")[0]
        for i, word in enumerate(["rain", "boom", "wind"])
    ]
    got = extract_documents(docs, Extractors(claims=_fragile))
    assert [type(g).__name__ for g in got] == ["Extraction", "RuntimeError", "Extraction"]
    assert got[0] == extract_document(docs[0], Extractors())


def _slow_claims(text: str, *, sources: SourceRegistry) -> tuple[object, ...]:
    """A claims step that burns CPU on documents that ask for it."""
    if "SLOW" in text:
        end = time.thread_time() + 0.3
        while time.thread_time() < end:
            pass
    return ()


def test_time_budget_counts_each_documents_own_steps() -> None:
    """Only the slow document's own CPU time counts against its budget, not its neighbours'."""
    docs = [
        read_text(f"Title {i}\n\n{'SLOW' if i == 5 else 'Quick'} text {i}.")[0] for i in range(9)
    ]
    got = extract_documents(docs, Extractors(claims=_slow_claims), Limits(time_budget_s=0.1))
    assert [i for i, g in enumerate(got) if isinstance(g, LimitError)] == [5]
    assert "claim step" in str(got[5])


@pytest.mark.parametrize("count", [1, 15, 16, 17, 40])
def test_files_path_errors_keep_input_order(tmp_path: Path, count: int) -> None:
    """Read and extraction errors come out in file order, across chunk boundaries."""
    bad: list[tuple[str, type[Exception]]] = []
    for i in range(count):
        name = f"{i:03d}.txt"
        if i % 7 == 3:  # unreadable
            (tmp_path / name).write_text("", encoding="utf-8")
            bad.append((name, ReadError))
        elif i % 5 == 1:  # its claims step crashes
            (tmp_path / name).write_text(f"Boom {i}\n\nThe boom came at {i}.\n", encoding="utf-8")
            bad.append((name, ExtractionError))
        else:
            (tmp_path / name).write_text(f"Headline {i}\n\nKyiv said {i} died.\n", encoding="utf-8")
    (tmp_path / "zzz.txt").write_text("", encoding="utf-8")  # an error after the last document
    bad.append(("zzz.txt", ReadError))
    tables = provenance.extract(tmp_path, extractors=Extractors(claims=_fragile))
    assert [(Path(e.path).name, type(e)) for e in tables.errors] == bad
    assert len(tables.articles) == count - len(bad) + 1


# --- claims: the labeling family's evaluations as a factored alternation ---------------

from provenance.extractors.claims.cues import cue_lexicon  # noqa: E402
from provenance.extractors.claims.families import family_grammar  # noqa: E402
from provenance.extractors.text.wordlists import alternation  # noqa: E402
from provenance.extractors.text.wordscan import factored_alternation  # noqa: E402


def _plain_labeled_re() -> re.Pattern[str]:
    """The labeling pattern with its evaluations as the plain longest-first alternation."""
    lex = cue_lexicon("en")
    pattern = family_grammar("en").labeled_re.pattern
    factored = f"(?P<eval>{factored_alternation(lex.evaluations)})"
    assert factored in pattern
    return re.compile(pattern.replace(factored, f"(?P<eval>{alternation(lex.evaluations)})"))


_PLAIN_LABELED = _plain_labeled_re()
_LABEL_WORDS = st.sampled_from(
    [
        *cue_lexicon("en").labeling_verbs,
        *cue_lexicon("en").evaluations,
        *(e.upper() for e in cue_lexicon("en").evaluations[:5]),
        "as",
        "being",
        "totally",
        "the report",
        "claims",
        "fakes",
        "lie",
        ",",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LABEL_WORDS, min_size=2, max_size=12), st.sampled_from([" ", "  ", "\n"]))
def test_labeled_re_equals_the_plain_alternation(words: list[str], space: str) -> None:
    """Labeling verbs, objects and evaluations in any order: the same match, groups and all."""
    text = space.join(words)
    labeled = family_grammar("en").labeled_re
    for pos in range(len(text)):
        got, want = labeled.match(text, pos), _PLAIN_LABELED.match(text, pos)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


# --- claims: the titled-name pattern's roles as a factored alternation -------------------

from provenance.extractors.claims.speakers import _role_patterns  # noqa: E402


def _plain_titled_re() -> re.Pattern[str]:
    """The titled-name pattern with its roles as the plain longest-first alternation."""
    roles = cue_lexicon("en").speaker_roles
    plain = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(roles, key=len)[::-1])
    pattern = _role_patterns("en")[1].pattern
    factored = factored_alternation(roles, ignore_case=True)
    # only the role ignores case ("Prime Minister Boris Johnson spoke" names no "Spoke")
    head = rf"\b(?i:{factored})"
    assert pattern.startswith(head)
    return re.compile(rf"\b(?i:(?:{plain}))" + pattern[len(head) :])


_PLAIN_TITLED = _plain_titled_re()
_TITLED_WORDS = st.sampled_from(
    [
        *cue_lexicon("en").speaker_roles,
        *(r.upper() for r in cue_lexicon("en").speaker_roles[:6]),
        *(r.title() for r in cue_lexicon("en").speaker_roles[:6]),
        "Ann",
        "Lee",
        "O'Neil",
        "Smith-Jones",
        "the",
        "said",
        "vice",
        "chief",
        ",",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TITLED_WORDS, min_size=1, max_size=10), st.sampled_from([" ", "  ", "\n"]))
def test_titled_re_equals_the_plain_alternation(words: list[str], space: str) -> None:
    """Roles in any case before names and other words: the same matches as before."""
    text = space.join(words)
    titled = _role_patterns("en")[1]
    got = [(m.span(), m.groupdict()) for m in titled.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in _PLAIN_TITLED.finditer(text)]
    for pos in range(len(text)):
        a, b = titled.match(text, pos), _PLAIN_TITLED.match(text, pos)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


# --- ingest: collapse returns an already collapsed text as it is ---------------------------

import sys  # noqa: E402

from provenance.ingest.decode import (  # noqa: E402
    _ASCII_SPACES,
    _OTHER_SPACES,
    _other_spaces,
    collapse,
)

_SPACES = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]


def test_other_spaces_are_every_whitespace_but_the_space() -> None:
    """The shortcut's character class is exactly what ``str.split()`` splits on, less " "."""
    found = [c for c in map(chr, range(sys.maxunicode + 1)) if _OTHER_SPACES.fullmatch(c)]
    assert found == [c for c in _SPACES if c != " "]


def test_other_spaces_are_unprintable() -> None:
    """A printable text holds none of them: ``collapse`` may skip the class search."""
    assert not any(c.isprintable() for c in _SPACES if c != " ")


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "bc", " ", "é", "“", "\x00", "\u200b", *_SPACES]), max_size=12
    ).map("".join)
)
def test_collapse_equals_split_and_join(text: str) -> None:
    assert collapse(text) == " ".join(text.split())


def test_ascii_other_spaces_are_the_ascii_whitespace_but_the_space() -> None:
    """An ASCII text is scanned for ``_ASCII_SPACES`` alone: they are all its other spaces."""
    assert sorted(_ASCII_SPACES) == [c for c in _SPACES if c.isascii() and c != " "]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "bc", " ", ".", "\x00", "\x7f", *_SPACES]), max_size=12).map(
        "".join
    )
)
def test_other_spaces_as_the_class_search(text: str) -> None:
    """The ASCII shortcut and the printable test say what the class search says."""
    assert _other_spaces(text) == (_OTHER_SPACES.search(text) is not None)
    assert collapse(text) == " ".join(text.split())


@settings(max_examples=500, deadline=None)
@given(
    st.text(max_size=30)
    | st.lists(
        st.sampled_from(
            ["a", "\x00", "\x08", "\t", "\n", "\r", "\x1f", "\x7f", "\x80", "é", "\ud800", "€"]
        ),
        max_size=20,
    ).map("".join)
)
def test_control_count_equals_the_class_findall(text: str) -> None:
    """Control characters counted in UTF-8 bytes: as many as the regex class finds."""
    from provenance.ingest.decode import _CONTROL, _control_count

    assert _control_count(text) == len(_CONTROL.findall(text))


def test_control_count_of_every_character() -> None:
    """Each character alone, surrogates too: counted as the class counts it."""
    from provenance.ingest.decode import _CONTROL, _control_count

    for char in map(chr, range(sys.maxunicode + 1)):
        assert _control_count(char) == len(_CONTROL.findall(char)), repr(char)


# --- ingest: a walked file's path is not parsed again to read its suffix ------------------

from pathlib import PurePath, PureWindowsPath  # noqa: E402

from provenance.engines.rows import ROW_SUFFIXES, is_rows_file  # noqa: E402
from provenance.enums import Format  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b.jsonl", ".ndjson", "x.JSONL", "c.", ".", "..", "/", "\\"]))
    .map("".join)
    .filter(bool),
    st.sampled_from([str, Path, PurePath, PureWindowsPath]),
)
def test_is_rows_file_equals_the_parsed_suffix(name: str, kind: type) -> None:
    """Strings and path objects of either flavour: the suffix ``Path(path)`` gave."""
    path = kind(name)
    assert is_rows_file(path, None) == (Path(path).suffix.lower() in ROW_SUFFIXES)
    assert not is_rows_file(path, Format.NINJS)


# --- ingest: files read without a buffered file object ------------------------------------

from provenance.ingest.files import _read_upto  # noqa: E402


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.binary(max_size=70_000),
    st.integers(1, 80_000),
    st.integers(0, 80_000),
)
def test_read_upto_equals_a_buffered_read(
    tmp_path: Path, data: bytes, limit: int, expected: int
) -> None:
    """The bytes ``open(path, "rb").read(limit)`` gives, whatever size was expected."""
    import os

    path = tmp_path / "f.bin"
    path.write_bytes(data)
    with path.open("rb") as handle:
        want = handle.read(limit)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert _read_upto(fd, limit, expected) == want
    finally:
        os.close(fd)
