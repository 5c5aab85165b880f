"""How much of ``provenance check --jobs N`` the suites take, on generated articles.

Writes ``--articles`` sample articles (``provenance.testing.engines.sample_articles``),
extracts them on ``--jobs`` worker processes (wall seconds: the workers' CPU is not
this process's), then runs the bundled suites once over the tables, as
``provenance.check(..., jobs=N)`` does (CPU seconds of this process, GX and pandas
engines). Prints the suites' share of the check.

    .venv/bin/python bench/check_jobs.py --articles 3000 --jobs 2
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    """Measure and print one line per step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    import provenance
    from provenance.suites import load_suites, run_suites
    from provenance.testing.engines import sample_articles

    with tempfile.TemporaryDirectory() as tmp:
        sample_articles(Path(tmp), args.articles, seed=1)
        wall = time.perf_counter()
        tables = provenance.extract(tmp, jobs=args.jobs)
        extract_s = time.perf_counter() - wall
    specs = load_suites()
    print(f"load average {os.getloadavg()[0]:.1f}; {len(tables.articles)} articles")
    print(f"extract, jobs={args.jobs}: {extract_s:.1f} s wall")
    for engine in ("gx", "pandas"):
        run_suites(tables, specs, engine=engine)  # warm: imports, GX context
        cpu, wall = time.process_time(), time.perf_counter()
        run_suites(tables, specs, engine=engine)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        share = wall / (wall + extract_s)
        print(f"suites, {engine} engine: {cpu:.1f} s CPU, {wall:.1f} s wall, {share:.0%} of check")


if __name__ == "__main__":
    main()
