"""The expectation suites on Spark over the Parquet of N articles, against pandas in one process.

Run: ``python bench/spark_suites.py [--articles 2000] [--partitions 4] [--engine gx]``
(needs the ``[spark]`` extra and Java 17+; prints "skipped" without them).

The articles are written by :func:`provenance.testing.engines.sample_articles`
(synthetic wire copy with copies and cross-article party figures, no corpus
data), extracted once with :func:`provenance.extract` and written as Parquet.
Then, in the same run, over the same Parquet:

- **pandas, one process**: ``read_tables`` + ``run_suites`` (the same engine);
- **Spark**: :func:`provenance.spark.check` on a ``local[N]`` session started
  beforehand (session start is timed apart).

Wall-clock seconds (Spark's work runs in the JVM and in Python worker
processes, so the driver's CPU time says little); both must give the same
findings, which the script checks.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Measure and print one table row per engine."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--engine", choices=["gx", "pandas"], default="gx")
    args = parser.parse_args(argv)
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("skipped: pyspark is not installed (pip install '.[spark]')")
        return 0
    from provenance.spark._session import java_missing

    if java_missing():
        print("skipped: no Java for Spark")
        return 0

    import pandas as pd
    from pyspark.sql import SparkSession

    import provenance
    import provenance.spark
    from provenance.engines import canonical_findings
    from provenance.suites import run_suites
    from provenance.tables.io import read_tables, write_tables
    from provenance.testing.engines import sample_articles

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sample_articles(root / "articles", args.articles, seed=1)
        tables = provenance.extract(root / "articles")
        # Spark reads no TIMESTAMP(NANOS) Parquet: write pandas' ns timestamps as us.
        tables = tables.map(
            lambda name, f: (
                f.assign(published=f["published"].dt.as_unit("us")) if name == "articles" else f
            )
        )
        write_tables(tables, root / "tables", "parquet")
        sizes = {name: len(frame) for name, frame in tables.items()}
        print(f"{args.articles} articles written: {sizes}", file=sys.stderr)

        start = time.perf_counter()
        loaded = read_tables(root / "tables", "parquet")
        plain, _ = run_suites(loaded, engine=args.engine)
        pandas_s = time.perf_counter() - start

        start = time.perf_counter()
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter
        spark = (
            SparkSession.builder.master(f"local[{args.cores}]")
            .config("spark.sql.shuffle.partitions", str(args.partitions))
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate()
        )
        session_s = time.perf_counter() - start
        runs = []
        for _ in range(2):  # the first run also starts the Python workers
            start = time.perf_counter()
            result = provenance.spark.check(
                root / "tables", spark=spark, engine=args.engine, collect=False
            )
            runs.append(time.perf_counter() - start)
        spark.stop()
        pd.testing.assert_frame_equal(
            canonical_findings(result.findings), canonical_findings(plain)
        )
    print(f"| engine `{args.engine}` | seconds | vs pandas |")
    print("|---|---:|---:|")
    print(f"| pandas, one process (read Parquet + suites) | {pandas_s:.1f} | 1.00x |")
    print(f"| Spark local[{args.cores}], first run | {runs[0]:.1f} | {runs[0] / pandas_s:.2f}x |")
    print(f"| Spark local[{args.cores}], second run | {runs[1]:.1f} | {runs[1] / pandas_s:.2f}x |")
    print(f"| Spark session start (apart) | {session_s:.1f} | |")
    print(f"findings: {len(plain)} (equal)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
