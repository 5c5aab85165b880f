"""The figure-matching shuffle of ``bench/scale.py``: synthetic figures with news-like keys.

How the keys spread, measured with ``matching_keys`` on the dev corpus
(``bench/scale.py --key-spread`` prints it again): very few figures get a key
at all (a key needs a counted unit, a place and an event word in the claim and
a dated article: 3 of 551 figures of ``wire_dev``, 114 of 24,330 of BBC with
every story put in one week), and the groups they form are small. BBC, all in
one week: 89 groups of 1, 9 of 2, 1 of 3, 1 of 4; Reuters-21578 train, with its
own dates, 118 keyed figures of 108,916: 96 groups of 1, 9 of 2, 1 of 4.

So the generator draws group sizes from a Zipf law, ``P(size = k)`` in
proportion to ``k ** -ZIPF_A`` (``ZIPF_A = 3.2`` gives about 86% singletons,
9% pairs, 3% triples, like the BBC histogram), capped at ``SIZE_CAP`` figures
(a story relayed by every outlet of a week's feed; a larger group would be a
key too coarse to mean one quantity). Every synthetic figure has a key: the
shuffle moves only keyed figures, so this is the worst case for its volume
(real feeds key well under 1% of their figures).

A group is one (unit, place, event, week) tuple, decoded from its number in
mixed radix, so distinct groups have distinct keys; its figures are scattered
over all partitions (a fixed permutation of the figure numbers), come from
3,000 sources, and mostly agree: 85% give the group's value, 10% "about" it
(approximate, so it overlaps), 5% another value (a contradiction).
"""

from __future__ import annotations

import time
from functools import cache
from typing import Any

ZIPF_A = 3.2
SIZE_CAP = 64
SOURCES = 3_000
_SEED = 20261202
_UNITS = (
    "people", "soldiers", "civilians", "children", "homes", "refugees", "migrants",
    "workers", "jobs", "patients", "prisoners", "protesters", "farmers", "students",
    "villages", "schools", "vehicles", "tanks", "drones", "missiles", "boats", "flights",
    "hostages", "doctors", "miners", "tourists", "voters", "police officers", "fighters",
    "families",
)  # fmt: skip
_EVENTS = (
    "died", "were injured", "fled", "were arrested", "went missing", "were deployed",
    "were released", "protested",
)  # fmt: skip
_SYLLABLES = (
    "ka", "lo", "mir", "san", "te", "vor", "bel", "du", "ran", "zi",
    "po", "gra", "nes", "ul", "fa", "hor", "ki", "mel", "ost", "ya",
)  # fmt: skip
_WEEKS = 520  # ten years of weekly windows


@cache
def _group_ends(total: int) -> Any:
    """Cumulative group sizes covering ``total`` figures (the same in every process)."""
    import numpy as np

    rng = np.random.default_rng(_SEED)
    sizes = np.minimum(rng.zipf(ZIPF_A, total), SIZE_CAP)
    ends = np.cumsum(sizes)
    return ends[: int(np.searchsorted(ends, total)) + 1]


def _places() -> list[str]:
    """400 made-up, capitalized place names (a place is a capitalized name after "in")."""
    return [(a + b).capitalize() for a in _SYLLABLES for b in _SYLLABLES]


def figure_tables(index: int, size: int, total: int) -> tuple[Any, Any, Any]:
    """Articles, claims and figures of partition ``index``: ``size`` figures of ``total``."""
    import numpy as np
    import pandas as pd

    ids = np.arange(index * size, (index + 1) * size, dtype=np.int64)
    # A fixed permutation of the figure numbers scatters each group over the partitions.
    step = 2_654_435_761 % total or 1
    while np.gcd(step, total) != 1:
        step += 1
    position = (ids * step + 7) % total
    group = np.searchsorted(_group_ends(total), position, side="right")
    places = np.array(_places(), dtype=object)
    week, rest = group % _WEEKS, group // _WEEKS
    event, rest = rest % len(_EVENTS), rest // len(_EVENTS)
    unit, rest = rest % len(_UNITS), rest // len(_UNITS)
    place = rest % len(places)
    units = np.array(_UNITS, dtype=object)[unit]
    events = np.array(_EVENTS, dtype=object)[event]
    text = pd.Series("Officials in " + places[place] + " said that the " + units + " " + events)
    start = pd.Timestamp("2016-01-04", tz="UTC")  # a Monday: one group, one weekly window
    published = start + pd.to_timedelta(week * 7 + position % 5, unit="D")
    hashed = (group * 2_862_933_555_777_941_757 + 3_037_000_493) % 1_000_003
    base = (hashed % 9_000 + 10).astype("float64")
    draw = (position * 40_503 + 12_345) % 100
    value = np.where(draw < 95, base, base * 2.5)
    approximate = (draw >= 85) & (draw < 95)
    names = [f"{i:016x}" for i in ids]
    articles = pd.DataFrame({"article_id": ["art_" + n for n in names], "published": published})
    claims = pd.DataFrame(
        {
            "claim_id": ["clm_" + n for n in names],
            "article_id": articles["article_id"],
            "text": text,
        }
    )
    figures = pd.DataFrame(
        {
            "figure_id": ["fig_" + n for n in names],
            "claim_id": claims["claim_id"],
            "article_id": articles["article_id"],
            "source_id": [f"src_{s:04d}" for s in (position * 7_919 + group) % SOURCES],
            "value": value,
            "lower": np.nan,
            "upper": np.nan,
            "approximate": approximate,
            "kind": "cardinal",
            "unit": units,
            "language": "en",
        }
    )
    return articles, claims, figures


def figure_cells(index: int, size: int, total: int) -> Any:
    """:func:`provenance.dask._cross.matching_cells` of one synthetic partition."""
    from provenance.dask._cross import matching_cells

    return matching_cells(*figure_tables(index, size, total))


def _vmhwm_kib() -> int:
    """Peak resident memory of this process (VmHWM, KiB), reset by exec, unlike ru_maxrss."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def dask_groups(client: Any, figures: int, partitions: int, collect: bool) -> tuple[Any, float]:
    """The matching on Dask: cells per partition, shuffle on ``group_id``, groups per part.

    Returns the per-figure result (``collect``) or the status counts, and the wall time.
    """
    import dask.dataframe as dd

    from provenance.dask._cross import group_figures

    size = figures // partitions
    meta = figure_cells(0, 1, 1).iloc[:0]
    start = time.perf_counter()
    cells = dd.from_map(figure_cells, range(partitions), args=(size, size * partitions), meta=meta)
    matched = cells[~cells["group_id"].isna()].shuffle(on="group_id")
    grouped = matched.map_partitions(group_figures, meta=group_figures(meta))
    if collect:
        result = grouped.compute()
    else:
        result = grouped.assign(contradicted=~grouped["contradicted_by"].isna())
        result = result.groupby(["status", "contradicted"]).size().compute()
    del client
    return result, time.perf_counter() - start


def one_process_groups(figures: int, partitions: int) -> Any:
    """The same figures matched in one process: the ledger's ``match_figures`` over all."""
    import pandas as pd

    from provenance.matching import match_figures
    from provenance.rules.cross import contradicting_claim

    size = figures // partitions
    parts = [figure_tables(i, size, size * partitions) for i in range(partitions)]
    articles, claims, figs = (pd.concat(p, ignore_index=True) for p in zip(*parts, strict=True))
    matched = match_figures(figs, claims, pd.DataFrame({"source_id": []}), articles)
    published = figs["article_id"].map(articles.set_index("article_id")["published"])
    cells = matched.assign(
        figure_id=figs["figure_id"],
        claim_id=figs["claim_id"],
        source_id=figs["source_id"],
        published=published,
    )
    return pd.DataFrame(
        {
            "figure_id": figs["figure_id"].astype(object),
            "status": matched["status"].astype(object),
            "disagreeing_sources": matched["disagreeing_sources"].fillna(0).astype("int64"),
            "contradicted_by": contradicting_claim(cells).astype(object),
        }
    )


def same_result(dask_rows: Any, local_rows: Any) -> bool:
    """Whether two per-figure results hold the same rows (order aside)."""
    columns = ["figure_id", "status", "disagreeing_sources", "contradicted_by"]

    def norm(frame: Any) -> Any:
        out = frame[columns].astype(object).sort_values("figure_id").reset_index(drop=True)
        return out.where(out.notna(), None)

    return bool(norm(dask_rows).equals(norm(local_rows)))


def group_sizes(figures: int, partitions: int) -> Any:
    """The histogram of group sizes the generator gives (from ``matching_keys``, not the draw)."""
    import pandas as pd

    size = figures // partitions
    cells = pd.concat([figure_cells(i, size, size * partitions) for i in range(partitions)])
    return cells["group_id"].value_counts().value_counts().sort_index()


def _cpu_s() -> float:
    return time.process_time()


def workers_cpu_s(client: Any) -> float:
    """CPU seconds used so far by all Dask worker processes (every thread of each)."""
    return float(sum(client.run(_cpu_s).values()))


def worker_peaks_mib(client: Any) -> list[float]:
    """Peak RSS (VmHWM) of every Dask worker process, MiB."""
    return [kib / 1024 for kib in client.run(_vmhwm_kib).values()]
