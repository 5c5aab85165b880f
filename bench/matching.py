"""Figures matched across articles: time and peak memory of ``match_figures`` on synthetic figures.

Run: ``python bench/matching.py [--sizes 100000 1000000] [--seed 7]``. Each size
runs in a fresh process (so peak RSS is that size's own). The figures are
synthetic, built with numpy: 60 units, 150 places, 5 event verbs and the
8 weeks of the articles' dates (360,000 possible keys), 3,000 sources reaching the figures through 3
agencies; per key one "true" value, given exactly by 70% of figures, as
"about" the value (within 5%) by 20%, and as another value by 10%. Every figure
has its own claim, whose text names the place and event, so the per-text work
(places and events) runs once per figure: the worst case for it.

Printed per size: CPU seconds (``time.process_time``) for the key (text work
included) and for the whole ``match_figures``, figures per CPU second, groups,
the status counts, and peak RSS before and after matching.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time

UNITS = [
    f"{a} {n}"
    for a in ("Russian", "Ukrainian", "local")
    for n in (
        "soldiers",
        "civilians",
        "people",
        "children",
        "troops",
        "drones",
        "missiles",
        "tanks",
        "homes",
        "villages",
        "prisoners",
        "refugees",
        "workers",
        "vehicles",
        "boats",
        "aircraft",
        "shells",
        "casualties",
        "residents",
        "students",
    )
]
PLACES = [f"Place{i}" for i in range(150)]
EVENTS = ["killed", "wounded", "displaced", "arrested", "deployed"]


def synthetic(n: int, seed: int) -> tuple[object, object, object, object]:
    """Figures, claims, sources and articles with ``n`` figures (one article per 4 figures)."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    unit = rng.integers(0, len(UNITS), n)
    place = rng.integers(0, len(PLACES), n)
    event = rng.integers(0, len(EVENTS), n)
    key = (unit * len(PLACES) + place) * len(EVENTS) + event
    truth = (key % 997 + 1) * 100.0
    draw = rng.random(n)
    approx = (draw >= 0.7) & (draw < 0.9)
    value = np.where(draw < 0.9, truth, truth * 2)
    value = np.where(approx, np.round(truth * rng.uniform(0.95, 1.05, n)), value)
    ids = pd.Series(np.arange(n)).astype(str)
    n_art = max(1, n // 4)
    art = rng.integers(0, n_art, n)
    art_ids = "art_" + pd.Series(np.arange(n_art)).map("{:016x}".format)
    published = pd.Timestamp("2025-08-04", tz="UTC") + pd.to_timedelta(
        rng.integers(0, 56, n_art), unit="D"
    )
    src = rng.integers(0, 3000, n)
    units = pd.Series(UNITS, dtype=object).iloc[unit].to_numpy()
    claim_ids = "clm_" + ids.str.zfill(16)
    text = (
        pd.Series(value).map("{:,.0f}".format)
        + " "
        + units
        + " were "
        + pd.Series(EVENTS, dtype=object).iloc[event].to_numpy()
        + " in "
        + pd.Series(PLACES, dtype=object).iloc[place].to_numpy()
        + "."
    )
    figures = pd.DataFrame(
        {
            "figure_id": "fig_" + ids.str.zfill(16),
            "article_id": art_ids.iloc[art].to_numpy(),
            "claim_id": claim_ids,
            "source_id": "src_" + pd.Series(src).map("{:016x}".format),
            "value": value,
            "lower": np.where(approx, np.nan, value),
            "upper": np.where(approx, np.nan, value),
            "approximate": approx,
            "kind": "cardinal",
            "unit": units,
            "language": "en",
        }
    )
    claims = pd.DataFrame({"claim_id": claim_ids, "text": text})
    sources = pd.DataFrame({"source_id": figures["source_id"].unique()})
    articles = pd.DataFrame({"article_id": art_ids, "published": published})
    return figures, claims, sources, articles


def run_one(n: int, seed: int) -> None:
    """Build ``n`` figures, match them, print one result line."""
    from provenance.matching import match_figures, matching_keys

    figures, claims, sources, articles = synthetic(n, seed)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.process_time()
    keys = matching_keys(figures, claims, articles)  # type: ignore[arg-type]
    t_keys = time.process_time() - t0
    del keys
    t0 = time.process_time()
    m = match_figures(figures, claims, sources, articles)  # type: ignore[arg-type]
    t_all = time.process_time() - t0
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = m["status"].value_counts().to_dict()
    print(
        f"{n:>9,} figures: keys {t_keys:6.1f} s CPU, match_figures {t_all:6.1f} s CPU "
        f"({n / t_all:,.0f} figures/s), {m['group_id'].nunique():,} groups, "
        f"peak RSS {rss_before:,.0f} MiB with inputs -> {rss_after:,.0f} MiB; {status}",
        flush=True,
    )


def main() -> None:
    """Run each size in a fresh process."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one, args.seed)
        return
    for n in args.sizes:
        subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)], check=True
        )


if __name__ == "__main__":
    main()
