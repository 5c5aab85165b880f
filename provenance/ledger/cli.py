"""The ledger's commands: ``provenance ingest`` and ``provenance ledger ...``.

A thin click layer over :mod:`provenance.ledger`: library errors become one
line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from provenance._cli_options import jobs_option, wait_option
from provenance.enums import Format
from provenance.errors import ProvenanceError

__all__ = ["ingest", "ledger"]

EXIT_OK, EXIT_PROBLEM = 0, 2

_ledger_option = click.option(
    "--ledger",
    "ledger_path",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The ledger file (DuckDB), created on first ingest.",
)


def _fail(exc: ProvenanceError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(EXIT_PROBLEM)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_ledger_option
@click.option(
    "--format", "fmt", type=click.Choice([f.value for f in Format]), help="Force the input format."
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Articles per transaction.",
)
@wait_option
@jobs_option
def ingest(
    paths: tuple[Path, ...],
    ledger_path: Path,
    fmt: str | None,
    batch_size: int,
    wait: float,
    workers: int,
) -> None:
    """Append articles and their five tables to a ledger (idempotent).

    The same raw input ingested twice changes nothing; a new input with the uri
    of a stored article is kept as its corrected version. Each batch is one
    transaction. Exit 0, or 2 when an input could not be read (the others are
    ingested) or the ledger could not be written.

    Example:

        provenance ingest feed/ --ledger news.duckdb
    """
    from provenance.ledger import Ledger

    try:
        result = Ledger(ledger_path, timeout=wait).ingest(
            list(paths), format=fmt, batch_size=batch_size, jobs=workers
        )
    except ProvenanceError as exc:
        _fail(exc)
    click.echo(
        f"{ledger_path}: {result.added} article version(s) added, {result.unchanged} unchanged, "
        f"{result.superseded} superseded"
    )
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_PROBLEM if result.errors else EXIT_OK)


@click.group()
def ledger() -> None:
    """Inspect and export a ledger written by `provenance ingest`.

    Example:

        provenance ledger export --ledger news.duckdb --to parquet tables/
    """


@ledger.command()
@_ledger_option
@click.option(
    "--to",
    "to",
    type=click.Choice(["parquet", "csv", "json"]),
    default="parquet",
    show_default=True,
    help="File format.",
)
@click.argument("out", type=click.Path(path_type=Path, file_okay=False))
@wait_option
def export(ledger_path: Path, to: str, out: Path, wait: float) -> None:
    """Write the latest version of every article as the five tables, one file each.

    The files are those `provenance extract --out` writes, validated on the way out.

    Example:

        provenance ledger export --ledger news.duckdb --to parquet tables/
    """
    from provenance.ledger import Ledger
    from provenance.outputs import folder_problem, write_problem

    if (problem := folder_problem(out)) is not None:
        click.echo(f"error: {problem}", err=True)
        sys.exit(EXIT_PROBLEM)
    try:
        written = Ledger(ledger_path, timeout=wait).export(out, to)  # type: ignore[arg-type]
    except ProvenanceError as exc:
        _fail(exc)
    except OSError as exc:  # a full disk, a folder removed meanwhile
        click.echo(f"error: {write_problem(out, exc)}", err=True)
        sys.exit(EXIT_PROBLEM)
    for path in written:
        click.echo(f"wrote {path}", err=True)


@ledger.command()
@_ledger_option
@wait_option
def verify(ledger_path: Path, wait: float) -> None:
    """Check that the ledger is consistent: every version whole, no article twice.

    Exit 0 when it is, 2 with one line per problem when it is not.

    Example:

        provenance ledger verify --ledger news.duckdb
    """
    from provenance.ledger import Ledger

    store = Ledger(ledger_path, timeout=wait)
    try:
        problems = store.problems()
        counts = store.query(
            "select (select count(*) from articles) as articles, "
            "(select count(*) from article_versions) as versions, "
            "(select count(*) from figures) as figures"
        ).iloc[0]
    except ProvenanceError as exc:
        _fail(exc)
    for problem in problems:
        click.echo(f"error: {ledger_path}: {problem}", err=True)
    click.echo(
        f"{ledger_path}: {counts['articles']} article(s), {counts['versions']} version(s), "
        f"{counts['figures']} figure(s): {'ok' if not problems else 'INCONSISTENT'}"
    )
    sys.exit(EXIT_PROBLEM if problems else EXIT_OK)
