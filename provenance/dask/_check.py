"""``provenance.dask.check``: the expectation suites over lazy tables, findings out.

Every view column but one depends on one article, so the views are computed
per partition of the extraction (``local_views``) and the suites run there,
each partition with the sources it names (``named_sources``: a join on
``source_id``, not the whole sources table in every task).
The exception, ``figures.party_only``, groups figures of all articles by
(unit key, value): the ``party_keys`` of every partition are shuffled on those
columns, ``party_only_from_keys`` runs per shuffled partition, and the answer
is joined back to the figures view on ``figure_id`` before the figures suite
runs. The findings of the parts are concatenated and the expectation outcomes
summed (``merge_outcomes``), so the result equals ``provenance.check``'s.

With ``cross=True`` the ledger's cross-article rules run too: the figure
matching (:mod:`provenance.dask._cross`) and the denials across articles
(:mod:`provenance.dask._denials`), each a shuffle on the rule's keys, and the
``expectations/ledger/`` suites with them; the claims suites then run on the
claims view with the denial columns. The result's ``figure_groups`` are then
each figure's group and status, as ``provenance.check(cross=True)`` gives them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.dask._cross import merge_left
from provenance.dask._extract import extract
from provenance.dask._outcomes import findings_meta, frame_outcomes, outcomes_frame
from provenance.dask._read import PARTITION_SIZE, Source
from provenance.dask._scheduler import compute, require_dask
from provenance.dask._tables import DaskTables
from provenance.settings import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    import pandas as pd

    from provenance.enums import Format
    from provenance.extractors.pipeline import Extractors
    from provenance.findings import CheckResult, ExpectationOutcome
    from provenance.suites import Engine, SuiteSpec
    from provenance.tables.bundle import Tables

__all__ = ["check"]

_PER_ARTICLE = ("articles", "photo_credits", "claims", "figures")


def _for(suites: tuple[SuiteSpec, ...], tables: tuple[str, ...]) -> tuple[SuiteSpec, ...]:
    return tuple(s for s in suites if s.table in tables)


def _run(
    views: dict[str, pd.DataFrame], suites: tuple[SuiteSpec, ...], engine: Engine
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    from provenance.engines import findings_for_views

    return findings_for_views(views, suites, engine=engine)


def _local(
    parts: tuple[pd.DataFrame, ...],
    sources: pd.DataFrame,
    suites: tuple[SuiteSpec, ...],
    engine: Engine,
    later: tuple[str, ...] = ("figures",),
) -> dict[str, Any]:
    """One aligned partition: its views, the suites that need no other article, its party keys.

    The views named in ``later`` need other articles: they are returned, not checked.
    """
    from provenance.engines import local_views, party_keys
    from provenance.tables.bundle import Tables

    articles, credits, claims, figures = parts
    tables = Tables(
        articles=articles, photo_credits=credits, sources=sources, claims=claims, figures=figures
    )
    views = local_views(tables)
    here = {name: view for name, view in views.items() if name not in later}
    findings, outcomes = _run(here, _for(suites, tuple(here)), engine)
    return {
        "figures": views["figures"],
        "claims": views["claims"],
        "keys": party_keys(figures, sources),
        "findings": findings,
        "outcomes": outcomes_frame(outcomes),
    }


def _run_one(
    view: pd.DataFrame, name: str, suites: tuple[SuiteSpec, ...], engine: Engine
) -> dict[str, pd.DataFrame]:
    findings, outcomes = _run({name: view.reset_index(drop=True)}, suites, engine)
    return {"findings": findings, "outcomes": outcomes_frame(outcomes)}


def _party_only(keys: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    from provenance.engines import party_only_from_keys

    found = party_only_from_keys(keys.reset_index(drop=True))
    return pd.DataFrame(
        {
            "figure_id": found.index.astype(object),
            "party_only": found.astype(bool).to_numpy(),
        }
    )


def _aligned(tables: DaskTables) -> DaskTables:
    """Tables whose partition *i* holds the same articles in every per-article table."""
    if tables.aligned:
        return tables
    moved = {n: getattr(tables, n).shuffle(on="article_id") for n in _PER_ARTICLE}
    counts = {frame.npartitions for frame in moved.values()}
    size = max(counts)
    moved = {n: f.shuffle(on="article_id", npartitions=size) for n, f in moved.items()}
    return DaskTables(
        sources=tables.sources,
        errors=tables.errors,
        warnings=tables.warnings,
        aligned=True,
        **moved,
    )


def check(
    source: Source | DaskTables,
    *,
    format: Format | str | None = None,
    suites: tuple[SuiteSpec, ...] | Path | None = None,
    engine: Engine = "gx",
    extractors: Extractors | None = None,
    limits: Limits = DEFAULT_LIMITS,
    partition_size: int = PARTITION_SIZE,
    cross: bool = False,
) -> CheckResult:
    """Extract (unless given lazy tables) and run the suites on Dask; the same result as ``check``.

    The result is a :class:`~provenance.findings.CheckResult` with the tables
    computed (the reports read them): the findings and tables of an archive
    must fit in the client's memory. For an archive whose tables do not, write
    them with ``extract(...).to_parquet(dir)`` and check slices of it.

    Example:
        >>> result = check("examples/", engine="pandas")  # doctest: +SKIP
        >>> result.findings["rule"].value_counts()  # doctest: +SKIP

    Raises:
        UsageError: the ``dask`` extra is missing, or an argument is invalid.
        SuiteError: a suite file is missing or invalid.
    """
    require_dask()
    import dask.dataframe as dd
    import pandas as pd
    from dask.delayed import delayed

    from provenance.engines import merge_outcomes, party_keys
    from provenance.findings import CheckResult
    from provenance.suites import load_suites

    specs = load_suites(suites) if suites is None or isinstance(suites, Path) else suites
    if cross:
        from provenance.ledger.check import ledger_suites

        specs = specs + ledger_suites(suites if isinstance(suites, Path) else None)
    if isinstance(source, DaskTables):
        lazy = source
    else:
        lazy = extract(
            source,
            format=format,
            extractors=extractors,
            limits=limits,
            partition_size=partition_size,
        )
    lazy = _aligned(lazy)
    # optimize_graph=False keeps the keys the tables are computed with: the extraction
    # tasks are shared by the tables and the views, and run once.
    columns = zip(
        *(getattr(lazy, n).to_delayed(optimize_graph=False) for n in _PER_ARTICLE),
        named_sources(lazy),
        strict=True,
    )
    later = ("figures", "claims") if cross else ("figures",)
    local = [delayed(_local)(tuple(p[:4]), p[4], specs, engine, later) for p in columns]

    figure_meta = _figure_view_meta(lazy)
    pieces = [delayed(_get)(p, "figures") for p in local]
    views = dd.from_delayed(pieces, meta=figure_meta, verify_meta=False)
    key_meta = party_keys(lazy.figures._meta, lazy.sources._meta)
    pieces = [delayed(_get)(p, "keys") for p in local]
    keys = dd.from_delayed(pieces, meta=key_meta, verify_meta=False)
    party_meta = views._meta[["figure_id"]].assign(party_only=pd.Series([], dtype=bool))
    party = keys.shuffle(on=["unit_key", "value"]).map_partitions(_party_only, meta=party_meta)
    local_columns = [c for c in figure_meta.columns if c != "party_only"]
    figures_view = merge_left(views[local_columns], party, "figure_id")
    figures_view = figures_view.map_partitions(_fill_party, meta=figure_meta)
    matches = None
    if cross:
        from provenance.dask._cross import figure_matches, with_cross_columns

        matches = figure_matches(lazy, figure_meta.dtypes["figure_id"])
        figures_view = with_cross_columns(figures_view, lazy, matches)
    figure_suites = _for(specs, ("figures",))
    runs = local + [
        delayed(_run_one)(v, "figures", figure_suites, engine)
        for v in figures_view.to_delayed(optimize_graph=False)
    ]
    if cross:
        from provenance.dask._denials import with_denial_columns

        claim_meta = local_views_meta(lazy)["claims"]
        pieces = [delayed(_get)(p, "claims") for p in local]
        claim_views = dd.from_delayed(pieces, meta=claim_meta, verify_meta=False)
        ids = figure_meta.dtypes["figure_id"]
        claims_view = with_denial_columns(claim_views, lazy, ids)
        claim_suites = _for(specs, ("claims",))
        runs += [
            delayed(_run_one)(v, "claims", claim_suites, engine)
            for v in claims_view.to_delayed(optimize_graph=False)
        ]
    finding_meta = findings_meta()
    findings = [delayed(_get)(p, "findings") for p in runs]
    outcomes = [delayed(_get)(p, "outcomes") for p in runs]
    found = compute(
        *lazy.collections(),
        dd.from_delayed(findings, meta=finding_meta, verify_meta=False),
        dd.from_delayed(outcomes, meta=outcomes_frame(()), verify_meta=False),
        *(() if matches is None else (matches,)),
    )
    tables: Tables = DaskTables.assemble(found[:7])
    ordered = _ordered(found[7])
    merged = merge_outcomes(frame_outcomes(found[8]))
    groups = None
    if matches is not None:
        from provenance.dask._cross import figure_groups

        groups = figure_groups(found[9], tables.figures["figure_id"])
    return CheckResult(
        tables=tables,
        findings=ordered,
        outcomes=merged,
        errors=tables.errors,
        inputs=_given(source),
        figure_groups=groups,
    )


def named_sources(lazy: DaskTables) -> list[Any]:
    """Per aligned partition of ``lazy`` (delayed): the sources its claims and figures name.

    The views of a partition read only those. The named ids of every partition
    are joined with the sources on ``source_id`` (a hash join: no partition
    holds all the sources), then moved back to their partition by its number.

    Example:
        >>> parts = named_sources(lazy)  # doctest: +SKIP
    """
    import dask.dataframe as dd
    from dask.delayed import delayed

    claims = lazy.claims.to_delayed(optimize_graph=False)
    figures = lazy.figures.to_delayed(optimize_graph=False)
    ids = lazy.sources._meta.dtypes["source_id"]
    named = dd.from_delayed(
        [delayed(_named)(c, f, i) for i, (c, f) in enumerate(zip(claims, figures, strict=True))],
        meta=_named(lazy.claims._meta, lazy.figures._meta, 0).astype({"source_id": ids}),
        verify_meta=False,
    )
    joined = named.merge(lazy.sources.astype({"source_id": ids}), on="source_id", how="inner")
    # Partition i of the result holds the rows of part i: [i, i + 1) of these divisions.
    count = len(claims)
    parts = joined.set_index(_PART, divisions=tuple(range(count + 1)))
    meta = lazy.sources._meta
    return [delayed(_as_sources)(p, meta) for p in parts.to_delayed(optimize_graph=False)]


_PART = "_part"


def _named(claims: pd.DataFrame, figures: pd.DataFrame, part: int) -> pd.DataFrame:
    """The distinct source ids the claims and figures of one partition name, with its number."""
    import pandas as pd

    ids = pd.concat([claims["source_id"], figures["source_id"]]).dropna().astype(object)
    unique = ids.drop_duplicates()
    return pd.DataFrame(
        {
            "source_id": unique.to_numpy(dtype=object),
            _PART: pd.Series(part, index=range(len(unique)), dtype="int64"),
        }
    )


def _as_sources(part: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """One partition of named sources in the columns and dtypes of the sources table."""
    rows = part.reset_index(drop=True)[list(meta.columns)]
    return rows.astype(meta.dtypes.to_dict())


def _get(part: dict[str, Any], name: str) -> Any:
    return part[name]


def local_views_meta(lazy: DaskTables) -> dict[str, pd.DataFrame]:
    """The empty views of the lazy tables (``local_views`` of their metas)."""
    from provenance.engines import local_views
    from provenance.tables.bundle import Tables

    return local_views(Tables(**{name: frame._meta for name, frame in lazy.items()}))


def _figure_view_meta(lazy: DaskTables) -> pd.DataFrame:
    """The empty figures view, ``party_only`` included."""
    figures = local_views_meta(lazy)["figures"]
    return figures.assign(party_only=lambda v: v["figure_id"].isna())


def _fill_party(view: pd.DataFrame) -> pd.DataFrame:
    flags = view["party_only"]
    return view.assign(party_only=flags.where(flags.notna(), False).astype(bool))


def _ordered(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings in ``provenance.check``'s order (severity, rule, article, id), validated."""
    from provenance.suites.findings import findings_frame

    records = findings.astype(object).where(findings.notna(), None).to_dict("records")
    return findings_frame([{str(k): v for k, v in r.items()} for r in records])


def _given(source: object) -> tuple[str, ...]:
    import os

    from provenance.errors import printable

    if isinstance(source, (str, os.PathLike)):
        return (printable(os.fspath(source)),)
    if isinstance(source, (list, tuple)):
        return tuple(printable(os.fspath(s)) for s in source if isinstance(s, (str, os.PathLike)))
    return ()
