"""The ``provenance export`` commands: ``prov``, ``ninjs`` and ``claimreview``.

A thin click layer over :mod:`provenance.interchange`. The input is files and folders
(read as ``provenance extract`` reads them) or a ledger (``--ledger FILE``: the latest
version of every article). Output paths are checked before any input is read; an
unreadable input is one line on stderr and exit 2, and everything read beside it is
still exported. Library errors become one line, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from provenance.enums import Format
from provenance.errors import ProvenanceError, ReadError, ReadWarning, UsageError, printable

if TYPE_CHECKING:
    from collections.abc import Callable

    from provenance.tables.bundle import Tables

__all__ = ["export"]

EXIT_OK, EXIT_PROBLEM = 0, 2

_paths = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
_format = click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in Format]),
    help="Force the input format instead of detecting it.",
)
_out_file = click.option(
    "--out", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE, not stdout."
)
_ledger = click.option(
    "--ledger",
    "ledger_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Export the latest tables of this ledger (written by `provenance ingest`).",
)


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_PROBLEM)


def _check_file(out: Path | None) -> None:
    from provenance.outputs import file_problem

    if out is not None and (problem := file_problem(out)) is not None:
        _fail(problem)


def _tables(paths: tuple[Path, ...], fmt: str | None, ledger_path: Path | None) -> Tables:
    """The tables to export: from the inputs or from the ledger (one of the two)."""
    if bool(paths) == (ledger_path is not None):
        _fail("give either PATH... or --ledger FILE (one of the two); see --help")
    try:
        if ledger_path is not None:
            if not ledger_path.exists():
                _fail(f"ledger {printable(str(ledger_path))}: no such file; check the path")
            from provenance.ledger import Ledger

            return Ledger(ledger_path).tables()
        from provenance.api import extract

        return extract(list(paths), format=fmt)
    except ProvenanceError as exc:
        _fail(str(exc))


def _report(errors: tuple[ReadError, ...], warnings: tuple[ReadWarning, ...]) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in errors:
        click.echo(f"error: {error}", err=True)


def _emit(text: str, out: Path | None) -> str | None:
    """Print ``text`` or write it to ``out``; the failure as a line, or ``None``."""
    if out is None:
        click.echo(text, nl=False)
        return None
    from provenance.outputs import write_problem

    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        return write_problem(out, exc)
    click.echo(f"wrote {printable(str(out))}", err=True)
    return None


def _export_text(tables: Tables, render: Callable[[Tables], str], out: Path | None) -> NoReturn:
    """Render the tables, print or write the text, report, exit."""
    try:
        text = render(tables)
    except ProvenanceError as exc:
        _fail(str(exc))
    failure = _emit(text, out)
    _finish(tables, [failure] if failure else [])


def _finish(tables: Tables, failures: list[str]) -> NoReturn:
    _report(tables.errors, tables.warnings)
    for failure in failures:
        click.echo(f"error: {failure}", err=True)
    sys.exit(EXIT_PROBLEM if tables.errors or failures else EXIT_OK)


@click.group()
def export() -> None:
    """Export the tables in interchange standards: W3C PROV, IPTC ninjs, ClaimReview.

    Example:

        provenance export prov examples/afp_putin_trump_talks.txt --to prov-n
    """


@export.command()
@_paths
@click.option(
    "--to",
    "to",
    type=click.Choice(["prov-json", "prov-n", "prov-o"]),
    default="prov-json",
    show_default=True,
    help="PROV-JSON, PROV-N, or PROV-O as Turtle (needs rdflib).",
)
@_out_file
@_ledger
@_format
def prov(
    paths: tuple[Path, ...], to: str, out: Path | None, ledger_path: Path | None, fmt: str | None
) -> None:
    """Write the provenance graph as W3C PROV: articles, claims, figures, photos, agents.

    Needs the prov extra: pip install 'news-provenance[prov]'.

    Example:

        provenance export prov examples/ --to prov-o --out provenance.ttl
    """
    from provenance.interchange.prov import require_prov, write_prov

    _check_file(out)
    try:
        require_prov(to)  # type: ignore[arg-type]  # before a long extraction
    except UsageError as exc:
        _fail(str(exc))
    tables = _tables(paths, fmt, ledger_path)
    _export_text(tables, lambda t: write_prov(t, to), out)  # type: ignore[arg-type]


@export.command()
@_paths
@_out_file
@_ledger
@_format
def ninjs(
    paths: tuple[Path, ...], out: Path | None, ledger_path: Path | None, fmt: str | None
) -> None:
    """Write the articles as IPTC ninjs 3.1 with their photo credits (one object, or a list).

    Every document is validated against the ninjs 3.1 schema, offline.

    Example:

        provenance export ninjs examples/afp_putin_trump_talks.txt --out article.json
    """
    from provenance.interchange.ninjs_out import write_ninjs

    _check_file(out)
    tables = _tables(paths, fmt, ledger_path)
    if tables.articles.empty:
        _finish(tables, [] if tables.errors else ["no article was read; nothing to export"])
    _export_text(tables, write_ninjs, out)


@export.command()
@_paths
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write one FILE per article with flagged claims into DIR (ART_ID.claimreview.jsonld).",
)
@_ledger
@_format
def claimreview(
    paths: tuple[Path, ...], out: Path | None, ledger_path: Path | None, fmt: str | None
) -> None:
    """Write schema.org ClaimReview drafts (JSON-LD) for the claims the suites flag.

    Without --out, prints one list. The rating is left for a human.

    Example:

        provenance export claimreview examples/ --out reviews/
    """
    from provenance.api import check
    from provenance.interchange.claimreview import (
        claimreview_drafts,
        drafts_by_article,
        write_claimreviews,
    )
    from provenance.outputs import folder_problem

    if out is not None and (problem := folder_problem(out)) is not None:
        _fail(problem)
    tables = _tables(paths, fmt, ledger_path)
    try:
        result = check(tables, engine="pandas")
    except ProvenanceError as exc:
        _fail(str(exc))
    drafts = claimreview_drafts(tables, result.findings)
    if out is None:
        _emit(write_claimreviews(drafts), None)
        _finish(tables, [])
    failures: list[str] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from provenance.outputs import write_problem

        _finish(tables, [write_problem(out, exc)])
    for article_id, mine in drafts_by_article(drafts).items():
        failure = _emit(write_claimreviews(mine), out / f"{article_id}.claimreview.jsonld")
        if failure:
            failures.append(failure)
    click.echo(f"{len(drafts)} draft(s) for {len(drafts_by_article(drafts))} article(s)", err=True)
    _finish(tables, failures)
