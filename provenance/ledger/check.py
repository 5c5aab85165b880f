"""``provenance check --ledger``: the suites over the latest tables, plus cross-article rules.

The file suites run over the latest version of every article (published on or
after ``since`` when given); the cross-article suites (``expectations/ledger/``)
run over the same views with the columns of :mod:`provenance.rules.cross`. The
cross-article facts are computed over the whole ledger, so a figure published
after ``since`` is still contradicted by an older story. Findings, reports and
exit codes are those of a file check.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from provenance.findings import CheckResult, ExpectationOutcome
    from provenance.ledger._store import Ledger
    from provenance.suites import Engine, SuiteSpec
    from provenance.tables.bundle import Tables

__all__ = ["check_across", "check_ledger", "ledger_suites"]

_STATUS = "figure_id, group_id, status, agreeing_sources, disagreeing_sources, low, high"


def ledger_suites(directory: Path | None = None) -> tuple[SuiteSpec, ...]:
    """The cross-article suites: ``DIR/ledger/*.json`` of a suite folder (bundled by default).

    Example:
        >>> sorted(s.name for s in ledger_suites())
        ['claims_cross', 'figures_cross']

    Raises:
        SuiteError: a suite file there is invalid.
    """
    from provenance._resources import data_dir
    from provenance.suites import load_suites

    folder = (directory or data_dir("expectations")) / "ledger"
    return load_suites(folder) if folder.is_dir() else ()


def _since(tables: Tables, since: datetime) -> Tables:
    """The tables of the articles published at or after ``since`` (sources kept whole)."""
    import pandas as pd

    moment = pd.Timestamp(since if since.tzinfo else since.replace(tzinfo=UTC))
    published = pd.to_datetime(tables.articles["published"], utc=True)
    keep = set(tables.articles.loc[published >= moment, "article_id"])

    def rows(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["article_id"].isin(keep)].reset_index(drop=True)

    return tables.map(lambda name, frame: frame if name == "sources" else rows(frame))


def _cross_views(views: dict[str, pd.DataFrame], everything: Tables, status: pd.DataFrame) -> None:
    """Add the cross-article columns to the ``figures`` and ``claims`` views, in place."""
    import pandas as pd

    from provenance.matching import match_denials
    from provenance.rules.cross import contradicting_claim, denied_elsewhere, is_single_source

    names = everything.sources.set_index("source_id")["name"]
    meta = everything.articles.set_index("article_id")
    claims = everything.claims.set_index("claim_id")
    all_figures = everything.figures.merge(status, on="figure_id", how="left")
    all_figures["published"] = pd.to_datetime(
        all_figures["article_id"].map(meta["published"]), utc=True
    )
    all_figures["contradicted_by"] = contradicting_claim(all_figures)
    by_figure = all_figures.set_index("figure_id")

    def describe(view: pd.DataFrame, related: pd.Series) -> pd.DataFrame:
        article = related.map(claims["article_id"])
        return view.assign(
            cross_text=related.map(claims["text"]),
            cross_source=related.map(claims["source_id"]).map(names),
            cross_agency=article.map(meta["agency"]),
            cross_headline=article.map(meta["headline"]),
        )

    figures = views["figures"]
    fig_id = figures["figure_id"]
    figures = figures.assign(
        status=fig_id.map(by_figure["status"]),
        disagreeing_sources=fig_id.map(by_figure["disagreeing_sources"]),
        single_source=is_single_source(fig_id.map(by_figure["status"]).to_frame("status")),
        contradicted_by=fig_id.map(by_figure["contradicted_by"]),
    )
    views["figures"] = describe(figures, figures["contradicted_by"])

    pairs = match_denials(everything.claims, everything.sources, everything.articles)
    view = views["claims"]
    view = view.assign(
        denied_by=denied_elsewhere(view, pairs),
        agency=view["article_id"].map(meta["agency"]),
        headline=view["article_id"].map(meta["headline"]),
    )
    views["claims"] = describe(view, view["denied_by"])


def check_across(
    tables: Tables,
    suites: tuple[SuiteSpec, ...],
    *,
    engine: Engine = "gx",
    directory: Path | None = None,
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...], pd.DataFrame]:
    """``suites`` and the cross-article suites over ``tables``, matched across all of them.

    The cross-article rules of ``check --ledger`` over tables in memory (what
    ``provenance.check(..., cross=True)`` runs): the findings, the outcomes and
    each figure's group and status.

    Example:
        >>> import provenance
        >>> t = provenance.extract("examples/afp_putin_trump_talks.txt")
        >>> findings, outcomes, groups = check_across(t, (), engine="pandas")
        >>> sorted({o.suite for o in outcomes})
        ['claims_cross', 'figures_cross']

    Raises:
        SuiteError: a suite file in ``directory/ledger`` is invalid.
    """
    from provenance.matching import match_figures
    from provenance.rules.views import rule_views
    from provenance.suites import run_on_views

    status = match_figures(tables.figures, tables.claims, tables.sources, tables.articles)
    views = rule_views(tables)
    _cross_views(views, tables, status)
    findings, outcomes = run_on_views(suites + ledger_suites(directory), views, engine=engine)
    return findings, outcomes, status


def check_ledger(
    ledger: Ledger | str | Path,
    *,
    since: datetime | None = None,
    suites: Path | None = None,
    engine: Engine = "gx",
) -> CheckResult:
    """Run the suites and the cross-article rules over the ledger's latest tables.

    ``since`` keeps the articles published at or after it (a naive datetime is
    UTC); articles without a date are left out then.

    Example:
        >>> result = check_ledger("news.duckdb", engine="pandas")  # doctest: +SKIP
        >>> result.findings["rule"].value_counts()  # doctest: +SKIP

    Raises:
        LedgerError: the file is missing, not a ledger or from a newer release.
        SuiteError: a suite file is invalid or checks a column its view lacks.
    """
    from provenance.findings import CheckResult
    from provenance.ledger._store import Ledger
    from provenance.rules.views import rule_views
    from provenance.suites import load_suites, run_on_views

    store = ledger if isinstance(ledger, Ledger) else Ledger(ledger)
    everything = store.tables()
    status = store.query(f"SELECT {_STATUS} FROM figures")
    tables = everything if since is None else _since(everything, since)
    specs = load_suites(suites) + ledger_suites(suites)
    views = rule_views(tables)
    _cross_views(views, everything, status)
    findings, summaries = run_on_views(specs, views, engine=engine)
    return CheckResult(
        tables=tables,
        findings=findings,
        outcomes=summaries,
        inputs=(str(store.path),),
        figure_groups=status,
    )
