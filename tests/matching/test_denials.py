"""Denials matched across articles: which pairs match, and any partition of the keys."""

from __future__ import annotations

import hashlib

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.matching import DENIAL_COLUMNS, denial_keys, match_denials

_CLAIMS = [
    "Russian troops had shelled the Zaporizhzhia nuclear power plant overnight",
    "Russian troops entered the Dnipropetrovsk region for the first time",
    "Ukrainian drones struck an oil refinery in Ryazan",
    "the Zaporizhzhia plant lost its external power line",
]
_DAYS = ["2025-06-16", "2025-06-17", "2025-06-20", "2025-06-24"]


def _frames(rows: list[tuple[str, str, bool, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Claims and articles, one article per row: ``(text, source, is_denial, day)``."""
    claims = pd.DataFrame(
        {
            "claim_id": [f"c{i}" for i in range(len(rows))],
            "article_id": [f"a{i}" for i in range(len(rows))],
            "source_id": [r[1] for r in rows],
            "status": ["denied" if r[2] else "asserted" for r in rows],
            "cue": ["denied" if r[2] else "said" for r in rows],
            "text": [("reports that " if r[2] else "") + r[0] for r in rows],
        }
    )
    articles = pd.DataFrame(
        {
            "article_id": claims["article_id"],
            "agency": ["AFP" if i % 2 else "AP" for i in range(len(rows))],
            "published": pd.to_datetime([r[3] for r in rows], utc=True),
            "language": "en",
        }
    )
    return claims, articles


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in one order, to compare row sets."""
    return frame.sort_values(["claim_id", "denial_claim_id"]).reset_index(drop=True)


def test_a_denial_matches_the_claim_it_denies_only() -> None:
    """The Kremlin's denial pairs with the shelling claim, not with another Zaporizhzhia claim."""
    claims, articles = _frames(
        [
            (_CLAIMS[0], "staff", False, "2025-06-17"),
            (_CLAIMS[0], "kremlin", True, "2025-06-18"),
            (_CLAIMS[3], "iaea", False, "2025-06-18"),
        ]
    )
    pairs = match_denials(claims, None, articles)
    assert list(pairs.columns) == list(DENIAL_COLUMNS)
    assert pairs[["claim_id", "denial_claim_id"]].values.tolist() == [["c0", "c1"]]
    assert pairs[["agency", "denial_agency"]].values.tolist() == [["AP", "AFP"]]


def test_no_pair_with_itself_its_own_source_or_another_week() -> None:
    """A source does not deny itself, and a denial a week later is another window."""
    claims, articles = _frames(
        [
            (_CLAIMS[1], "ministry", False, "2025-06-17"),
            (_CLAIMS[1], "ministry", True, "2025-06-18"),
            (_CLAIMS[1], "kyiv", True, "2025-06-24"),
        ]
    )
    assert match_denials(claims, None, articles).empty


_row = st.tuples(
    st.sampled_from(_CLAIMS),
    st.sampled_from(["staff", "kremlin", "iaea", "kyiv"]),
    st.booleans(),
    st.sampled_from(_DAYS),
)


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(_row, min_size=2, max_size=12), parts=st.integers(1, 4))
def test_any_partition_of_the_keys_gives_the_same_pairs(
    rows: list[tuple[str, str, bool, str]], parts: int
) -> None:
    """Hash-partitioning the keys by (window, name) and concatenating gives the whole result."""
    claims, articles = _frames(rows)
    whole = match_denials(claims, None, articles)
    keys = denial_keys(claims, articles)
    part = keys.apply(
        lambda r: (
            int(hashlib.sha256(f"{r['window']}|{r['name']}".encode()).hexdigest(), 16) % parts
        ),
        axis=1,
    )
    pieces = [match_denials(claims, None, articles, keys=keys[part == p]) for p in range(parts)]
    joined = pd.concat([p for p in pieces if len(p)] or [whole.iloc[:0]], ignore_index=True)
    assert _sorted(joined).equals(_sorted(whole))
    assert not joined.duplicated(["claim_id", "denial_claim_id"]).any()


def test_a_claim_its_own_story_already_denies_is_left_to_the_in_article_rule() -> None:
    """Two stories each carrying "X, which Kyiv denied": no cross-article pair is made."""
    claims, articles = _frames(
        [
            (_CLAIMS[1], "ministry", False, "2025-06-17"),
            (_CLAIMS[1], "kyiv", True, "2025-06-17"),
            (_CLAIMS[1], "ministry", False, "2025-06-18"),
            (_CLAIMS[1], "kyiv", True, "2025-06-18"),
        ]
    )
    claims["article_id"] = ["a0", "a0", "a2", "a2"]
    claims["start"], claims["end"] = [0, 200, 0, 200], [100, 300, 100, 300]
    assert match_denials(claims, None, articles).empty
    alone = claims.iloc[[0, 3]]  # the claim in one story, the denial alone in the other
    assert match_denials(alone, None, articles)[
        ["claim_id", "denial_claim_id"]
    ].values.tolist() == [["c0", "c3"]]


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(_row, min_size=2, max_size=12),
    article_parts=st.integers(1, 3),
    key_parts=st.integers(1, 4),
)
def test_cells_per_article_part_then_pairs_per_key_part_give_the_whole(
    rows: list[tuple[str, str, bool, str]], article_parts: int, key_parts: int
) -> None:
    """The engines' path: denial_cells over any split of the articles, the cells hash-partitioned
    by (window, name), pair_denials per part, concatenated: match_denials' pairs."""
    from provenance.matching import denial_cells, pair_denials

    claims, articles = _frames(rows)
    whole = match_denials(claims, None, articles)
    home = claims["article_id"].map(lambda a: int(a[1:]) % article_parts)
    cells = pd.concat(
        [
            denial_cells(
                claims[home == p],
                articles[articles["article_id"].isin(claims["article_id"][home == p])],
            )
            for p in range(article_parts)
            if (home == p).any()  # an engine skips an empty partition
        ],
        ignore_index=True,
    )
    part = (
        cells.apply(
            lambda r: (
                int(hashlib.sha256(f"{r['window']}|{r['name']}".encode()).hexdigest(), 16)
                % key_parts
            ),
            axis=1,
        )
        if len(cells)
        else pd.Series([], dtype=int)
    )
    pieces = [pair_denials(cells[part == p]) for p in range(key_parts)]
    joined = pd.concat([p for p in pieces if len(p)] or [whole.iloc[:0]], ignore_index=True)
    assert _sorted(joined).equals(_sorted(whole))
