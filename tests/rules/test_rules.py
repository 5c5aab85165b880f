"""Finding rules are pure, vectorized and independent of row order."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.rules.claims import contradicted_claim, is_hedged, is_unconfirmed
from provenance.rules.figures import conflicting_claim, party_only, unit_key
from provenance.rules.views import rule_views
from provenance.testing.strategies import tables


def _claims(**cols: list[object]) -> pd.DataFrame:
    return pd.DataFrame(cols)


def test_denial_pairs_with_nested_claim_of_other_source() -> None:
    """A denial is paired with the claim nested in it only when the sources differ."""
    claims = _claims(
        claim_id=["d", "c", "d2", "c2"],
        source_id=["ua", "ru", "ua", "ua"],
        status=["denied", "asserted", "denied", "asserted"],
        parent_claim_id=[None, "d", None, "d2"],
        start=[0, 5, 20, 25],
    )
    assert contradicted_claim(claims).tolist() == ["c", None, None, None]


def test_status_flags() -> None:
    """Hedged and unconfirmed flags follow the status column exactly."""
    claims = _claims(status=["hedged", "unconfirmed", "asserted", "denied"])
    assert is_hedged(claims).tolist() == [True, False, False, False]
    assert is_unconfirmed(claims).tolist() == [False, True, False, False]


def _figures(rows: list[tuple[str, str, str, float | None, str | None, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        rows, columns=["figure_id", "article_id", "source_id", "value", "unit", "kind"]
    ).assign(
        claim_id=lambda d: "c_" + d["figure_id"],
        start=lambda d: range(len(d)),
        approximate=False,
        text=lambda d: d["value"].astype(str),
    )


def test_conflicting_values_need_same_unit_and_other_source() -> None:
    """53,000 vs 50,000 Russian soldiers from two sources conflict; same source does not."""
    figures = _figures(
        [
            ("f1", "a", "ua", 53000.0, "Russian soldiers", "cardinal"),
            ("f2", "a", "ru", 50000.0, "russian  soldiers", "cardinal"),
            ("f3", "a", "ua", 7.0, "villages", "cardinal"),
            ("f4", "a", "ua", 8.0, "villages", "cardinal"),
            ("f5", "a", "ru", 2022.0, None, "year"),
        ]
    )
    assert conflicting_claim(figures).tolist() == ["c_f2", "c_f1", None, None, None]


def test_far_apart_counts_and_generic_units_do_not_conflict() -> None:
    """677,000 vs 4 million copies are two things; percentages and money are not compared."""
    figures = _figures(
        [
            ("f1", "a", "x", 677000.0, "copies", "cardinal"),
            ("f2", "a", "y", 4000000.0, "copies", "cardinal"),
            ("f3", "a", "x", 24.0, "percent", "percent"),
            ("f4", "a", "y", 45.0, "percent", "percent"),
            ("f5", "a", "x", 5e9, "USD", "money"),
            ("f6", "a", "y", 4e9, "USD", "money"),
            ("f7", "b", "y", 50000.0, "copies", "cardinal"),
            ("f8", "a", "x", 6.0, "times", "cardinal"),
            ("f9", "a", "y", 4.0, "times", "cardinal"),
        ]
    )
    assert conflicting_claim(figures).tolist() == [None] * 9


def test_measures_written_into_the_number_are_not_counts() -> None:
    """'400m' and '800m' are race distances, not rival counts of metres."""
    figures = _figures(
        [("f1", "a", "x", 400.0, "m", "cardinal"), ("f2", "a", "y", 800.0, "m", "cardinal")]
    ).assign(text=["400m", "800m"])
    assert conflicting_claim(figures).tolist() == [None, None]


def test_party_only_until_an_independent_source_agrees() -> None:
    """A party's figure is uncorroborated unless a non-party or the other side gives it too."""
    sources = pd.DataFrame(
        {
            "source_id": ["ua", "ua2", "ru", "afp"],
            "kind": ["person", "government", "government", "agency"],
            "affiliation": ["Ukraine", "Ukraine", "Russia", None],
        }
    )
    figures = _figures(
        [
            ("f1", "a", "ua", 53000.0, "soldiers", "cardinal"),
            ("f2", "b", "ua2", 53000.0, "soldiers", "cardinal"),
            ("f3", "a", "ru", 10.0, "tanks", "cardinal"),
            ("f4", "b", "afp", 10.0, "tanks", "cardinal"),
            ("f5", "a", "afp", 99.0, "tanks", "cardinal"),
        ]
    )
    assert party_only(figures, sources).tolist() == [True, True, False, False, False]


def _party_only_pairwise(figures: pd.DataFrame, sources: pd.DataFrame) -> list[bool]:
    """The definition of party_only, written pair by pair (the reference)."""
    info = sources.set_index("source_id")
    party = {
        s: bool(k in ("person", "government", "military") and pd.notna(a))
        for s, k, a in zip(sources["source_id"], info["kind"], info["affiliation"], strict=True)
    }
    side = dict(zip(sources["source_id"], sources["affiliation"], strict=True))
    keys = unit_key(figures)
    rows = list(
        zip(figures["source_id"], figures["value"], keys, figures["approximate"], strict=True)
    )
    out = []
    for source, value, key, approx in rows:
        if not party.get(source, False) or key is None or pd.isna(value):
            out.append(False)
            continue
        corroborated = any(
            k == key
            and v == value
            and s != source
            and (not party.get(s, False) or side.get(s) != side[source])
            for s, v, k, _ in rows
        )
        out.append((abs(value) >= 10 or bool(approx)) and not corroborated)
    return out


_SIDES = st.sampled_from(["Ukraine", "Russia", None])


@given(
    sources=st.lists(
        st.tuples(st.sampled_from(["person", "government", "agency", "media"]), _SIDES),
        min_size=1,
        max_size=5,
    ),
    rows=st.lists(
        st.tuples(
            st.integers(0, 4),
            st.sampled_from([5.0, 53000.0, 30000.0, None]),
            st.sampled_from(["soldiers", "tanks", None]),
            st.booleans(),
        ),
        max_size=12,
    ),
)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_party_only_matches_its_pairwise_definition(
    sources: list[tuple[str, str | None]], rows: list[tuple[int, float | None, str | None, bool]]
) -> None:
    """Grouped party_only flags exactly the figures the pair-by-pair definition flags."""
    src = pd.DataFrame(
        {
            "source_id": [f"s{i}" for i in range(len(sources))],
            "kind": [k for k, _ in sources],
            "affiliation": [a for _, a in sources],
        }
    )
    figures = _figures(
        [
            (f"f{i}", "a", f"s{s % len(sources)}", v, u, "cardinal")
            for i, (s, v, u, _) in enumerate(rows)
        ]
    ).assign(approximate=[a for *_, a in rows])
    figures["value"] = figures["value"].astype("float64")  # the table's dtype, even when all null
    assert party_only(figures, src).tolist() == _party_only_pairwise(figures, src)


def test_small_exact_counts_are_references_not_estimates() -> None:
    """'the two leaders' from a party is not flagged; 'about 5 tanks' still is."""
    sources = pd.DataFrame({"source_id": ["ru"], "kind": ["government"], "affiliation": ["Russia"]})
    figures = _figures(
        [
            ("f1", "a", "ru", 2.0, "leaders", "cardinal"),
            ("f2", "a", "ru", 5.0, "tanks", "cardinal"),
        ]
    ).assign(approximate=[False, True])
    assert party_only(figures, sources).tolist() == [False, True]


def test_unit_key_ignores_case_space_and_incomparable_kinds() -> None:
    """Units compare case- and space-insensitively, and only for countable kinds."""
    figures = pd.DataFrame(
        {"unit": ["Wounded  Prisoners", "week"], "kind": ["cardinal", "duration"]}
    )
    assert unit_key(figures).tolist() == ["wounded prisoners", None]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.randoms(use_true_random=False))
def test_views_do_not_depend_on_row_order(t, rnd) -> None:  # type: ignore[no-untyped-def]
    """Shuffling every table's rows gives the same rule columns, row for row by id."""
    from dataclasses import replace

    def shuffled(df: pd.DataFrame) -> pd.DataFrame:
        order = list(range(len(df)))
        rnd.shuffle(order)
        return df.iloc[order].reset_index(drop=True)

    mixed = replace(t, **{name: shuffled(df) for name, df in t.items()})
    for name, view in rule_views(t).items():
        other = rule_views(mixed)[name]
        key = view.columns[0] if name != "photo_credits" else "credit_id"
        pd.testing.assert_frame_equal(
            view.sort_values(key).reset_index(drop=True),
            other.sort_values(key).reset_index(drop=True),
            obj=name,
        )


@settings(max_examples=200, deadline=None)
@given(
    body=st.text(max_size=30),
    spans=st.lists(
        st.tuples(st.integers(0, 35), st.integers(0, 35), st.text(max_size=6), st.booleans()),
        max_size=8,
    ),
)
def test_bad_offsets_agrees_with_slicing_each_row(body: str, spans: list) -> None:  # type: ignore[type-arg]
    """The columnar offset check flags exactly the rows whose body slice is not their text."""
    from provenance.rules.integrity import bad_offsets

    articles = pd.DataFrame({"article_id": ["a"], "body": [body]})
    rows = [
        {
            "article_id": "a" if known else "zz",
            "start": s,
            "end": e,
            "text": body[s:e] if t == "" else t,
        }
        for s, e, t, known in spans
    ]
    frame = pd.DataFrame(rows, columns=["article_id", "start", "end", "text"])
    frame = frame.astype({"start": "Int64", "end": "Int64", "text": "string"})
    got = bad_offsets(frame, articles).tolist()
    want = [r["article_id"] != "a" or body[r["start"] : r["end"]] != r["text"] for r in rows]
    assert got == want


@settings(max_examples=200, deadline=None)
@given(
    body=st.one_of(st.none(), st.text(max_size=30)),
    spans=st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(0, 35)),
            st.one_of(st.none(), st.integers(0, 35)),
            st.one_of(st.none(), st.text(max_size=6)),
            st.booleans(),
        ),
        max_size=8,
    ),
)
def test_bad_offsets_matches_the_row_by_row_check(body: str | None, spans: list) -> None:  # type: ignore[type-arg]
    """With or without missing offsets, texts or bodies, the check is ``_mismatch`` of each row."""
    from provenance.rules.integrity import _mismatch, bad_offsets

    articles = pd.DataFrame({"article_id": ["a"], "body": [body]}).astype({"body": "string"})
    rows = [
        {"article_id": "a" if known else "zz", "start": s, "end": e, "text": t}
        for s, e, t, known in spans
    ]
    frame = pd.DataFrame(rows, columns=["article_id", "start", "end", "text"])
    frame = frame.astype({"start": "Int64", "end": "Int64", "text": "string"})
    got = bad_offsets(frame, articles).tolist()
    want = [
        _mismatch(body if r["article_id"] == "a" else None, r["start"], r["end"], r["text"])
        for r in rows
    ]
    assert got == want
