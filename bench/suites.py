"""Validation plus every suite over a million figures, against the same checks by hand.

Run: ``python bench/suites.py [--figures 1000000] [--repeat 3] [--no-gx] [--shared ../shared]``.

The tables: the bundled example (and, when ``../shared`` is there, 300 BBC
articles) extracted once with ``provenance.extract``, then tiled with fresh
ids until the figures reach ``--figures`` (ids keep their format: the last
four hex digits become the copy number, so every contract still holds).

Measured side by side in one process, CPU time, median of ``--repeat``:

- **library, GX engine** (the default of ``provenance check`` and
  ``provenance.check``): ``validate_tables`` (the pandera contracts and the
  integrity rules) then ``run_suites(engine="gx")`` (the rule views, every
  expectation through Great Expectations, the findings table validated) —
  what a check does after extraction;
- **library, pandas engine**: the same with ``engine="pandas"``;
- **by hand**: the same checks written directly in vectorized pandas: the
  contracts' dtype, id-format, uniqueness, enum, bound and null checks column
  by column, the integrity rules, the rule columns, each expectation as a
  boolean mask, and one finding row per failing subject with its message;

The by-hand version calls the same rule functions (``provenance.rules``):
they are the vectorized pandas a user would write, so the ratio is the cost
of the framework (pandera, the suite engine, the findings table) on top of
them. Both sides must find the same subjects: the script checks it.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import string
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: (table, id column, ids prefix) of every id column, for tiling.
_ID_COLUMNS = {
    "articles": ("article_id",),
    "photo_credits": ("credit_id", "photo_id", "article_id"),
    "sources": (),
    "claims": ("claim_id", "article_id", "parent_claim_id"),
    "figures": ("figure_id", "article_id", "claim_id"),
}


def _base_tables(shared: Path) -> Any:
    import provenance

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for path in (ROOT / "examples").iterdir():
            if path.is_file():
                (folder / path.name).write_bytes(path.read_bytes())
        bbc = shared / "corpus" / "bbc_news.jsonl"
        if bbc.exists():
            with bbc.open(encoding="utf-8") as fh:
                for i, line in zip(range(300), fh, strict=False):
                    row = json.loads(line)
                    text = f"{row['title']}\n\n{row['body']}"
                    (folder / f"bbc_{i:04d}.txt").write_text(text, encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return provenance.extract(folder, progress=False)


def _tile(tables: Any, n_figures: int) -> Any:
    import pandas as pd

    copies = max(1, -(-n_figures // max(1, len(tables.figures))))
    frames: dict[str, pd.DataFrame] = {}
    for name, frame in tables.items():
        if name == "sources":
            frames[name] = frame
            continue
        parts = []
        for k in range(copies):
            suffix = f"{k:04x}"
            part = frame.copy()
            for col in _ID_COLUMNS[name]:
                ids = part[col]
                part[col] = (ids.str.slice(0, -4) + suffix).where(ids.notna(), ids)
            if name == "articles":
                part["sha256"] = part["sha256"].str.slice(0, -4) + suffix
            parts.append(part)
        frames[name] = pd.concat(parts, ignore_index=True)
    frames["figures"] = frames["figures"].iloc[:n_figures].reset_index(drop=True)
    return tables.map(lambda name, _: frames[name])


def _cpu(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.process_time()
        result = fn()
        times.append(time.process_time() - start)
    return statistics.median(times), result


# -- the same checks by hand ---------------------------------------------------------------

_HEX = "[0-9a-f]{16}"


def _contract_by_hand(name: str, frame: Any) -> Any:
    """The pandera contract's checks for one table, column by column in pandas."""
    import pandas as pd

    from provenance.tables.columns import columns, schema_for

    schema = schema_for(name)
    if list(frame.columns) != list(columns(name)):
        raise AssertionError(f"{name}: columns")
    out = {}
    for col, spec in schema.columns.items():
        series = frame[col]
        target = str(spec.dtype)
        if target.startswith("string"):
            target = "string[python]"
        if str(series.dtype) != target:
            series = series.astype(
                pd.DatetimeTZDtype("ns", "UTC") if "datetime" in target else target
            )
        if not spec.nullable and series.isna().any():
            raise AssertionError(f"{name}.{col}: nulls")
        if spec.unique and series.duplicated().any():
            raise AssertionError(f"{name}.{col}: duplicates")
        for check in spec.checks:
            stats = check.statistics
            present = series.dropna()
            if "pattern" in stats:
                ok = present.str.fullmatch(str(stats["pattern"]).strip("^$")).all()
            elif "allowed_values" in stats:
                ok = present.isin(list(stats["allowed_values"])).all()
            elif "min_value" in stats:
                ok = (present >= stats["min_value"]).all()
            else:
                raise AssertionError(f"{name}.{col}: unknown check {check}")
            if not ok:
                raise AssertionError(f"{name}.{col}: {check}")
        out[col] = series
    return pd.DataFrame(out)


def _checks_by_hand(tables: Any, suites: Any) -> Any:
    """Contracts, integrity, rule columns, every expectation and the findings rows."""
    import pandas as pd

    from provenance.ids import stable_id
    from provenance.rules.integrity import integrity_violations
    from provenance.rules.views import rule_views

    checked = tables.map(_contract_by_hand)
    if integrity_violations(checked):
        raise AssertionError("integrity")
    views = rule_views(checked)
    rows: list[dict[str, Any]] = []
    formatter = string.Formatter()
    for suite in suites:
        view = views[suite.table]
        for spec in suite.expectations:
            column = view[spec.column]
            if spec.type == "expect_column_values_to_be_null":
                bad = column.notna()
            elif spec.type == "expect_column_values_to_not_be_null":
                bad = column.isna()
            elif spec.type == "expect_column_values_to_be_in_set":
                bad = column.notna() & ~column.isin(list(spec.kwargs["value_set"]))
            else:
                bad = column.notna() & column.isin(list(spec.kwargs["value_set"]))
            failing = view.loc[bad.fillna(False).astype(bool)].drop_duplicates(suite.id_column)
            fields = set(re.findall(r"{(\w+)}", spec.message))
            subject = failing[suite.id_column].astype(object).tolist()
            related = (
                failing[spec.related_column]
                .astype(object)
                .where(failing[spec.related_column].notna(), None)
                .tolist()
                if spec.related_column
                else [None] * len(failing)
            )
            values = {
                f: failing[f].astype(object).where(failing[f].notna(), "?").tolist() for f in fields
            }
            for i, sid in enumerate(subject):
                record = {f: values[f][i] for f in fields}
                rows.append(
                    {
                        "finding_id": stable_id("fnd", spec.rule, sid, related[i]),
                        "rule": spec.rule,
                        "subject": sid,
                        "message": formatter.vformat(spec.message, (), record),
                    }
                )
    return pd.DataFrame(rows, columns=["finding_id", "rule", "subject", "message"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-gx", action="store_true", help="skip the GX engine (slow to import)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)

    from provenance.suites import load_suites, run_suites
    from provenance.tables.validate import validate_tables

    base = _base_tables(args.shared)
    tables = _tile(base, args.figures)
    suites = load_suites()
    sizes = ", ".join(f"{len(f):,} {n}" for n, f in tables.items())
    print(f"tables: {sizes}")

    def library(engine: str) -> Callable[[], Any]:
        return lambda: run_suites(validate_tables(tables), suites, engine=engine)[0]  # type: ignore[arg-type]

    hand_s, hand = _cpu(lambda: _checks_by_hand(tables, suites), args.repeat)
    runs = {"pandas": _cpu(library("pandas"), args.repeat)}
    if not args.no_gx:
        runs["gx"] = _cpu(library("gx"), args.repeat)
    for engine, (_, findings) in runs.items():
        if set(findings["finding_id"]) != set(hand["finding_id"]):
            print(f"MISMATCH: the {engine} engine and the hand checks found different subjects")
            return 1
    print(f"findings: {len(hand):,} (the same ids from the hand checks and each engine)")
    print("| step | CPU s | vs hand |")
    print("|---|---:|---:|")
    print(f"| by hand (vectorized pandas) | {hand_s:.2f} | 1.00x |")
    labels = {"gx": "library, GX engine (default)", "pandas": "library, pandas engine"}
    for engine, (seconds, _) in sorted(runs.items()):
        print(f"| {labels[engine]} | {seconds:.2f} | {seconds / hand_s:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
