"""The ``provenance`` command: a thin click layer over :mod:`provenance.api`.

Exit codes: 0 nothing reached ``--fail-on``; 1 something did; 2 unreadable
input or bad usage. Library errors become one line on stderr, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from provenance import __version__
from provenance.enums import FailOn, Format, Severity
from provenance.errors import ProvenanceError, ReadError

if TYPE_CHECKING:
    from provenance.extractors.pipeline import Extractors
    from provenance.findings import CheckResult

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2

_FORMATS = click.Choice([f.value for f in Format])


_paths_argument = click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
_format_option = click.option(
    "--format", "fmt", type=_FORMATS, help="Force the input format instead of detecting it."
)
_progress_option = click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: when many files and a terminal).",
)
_claims_option = click.option(
    "--claims-extractor",
    "claims_extractor",
    metavar="NAME",
    help="Claim attribution step: rules (default), spacy, an entry point, or module:attr.",
)
_suites_option = click.option(
    "--suites",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Directory of expectation suites (default: the bundled ones).",
)


def _extractors(claims: str | None) -> Extractors | None:
    """The extractors for ``--claims-extractor`` (None: the defaults)."""
    if claims is None:
        return None
    from provenance.extractors.pipeline import Extractors
    from provenance.extractors.plugins import load_claim_extractor

    return Extractors(claims=load_claim_extractor(claims))


def _report_errors(errors: tuple[ReadError, ...]) -> None:
    for error in errors:
        click.echo(f"error: {error}", err=True)


def _fail(exc: ProvenanceError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(EXIT_INPUT)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
def cli() -> None:
    """Data quality and provenance for news: figures, claims, sources and photo credits.

    Example:

        provenance check examples/ --html report.html
    """


@cli.command()
@_paths_argument
@_format_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write one file per table into DIR.",
)
@click.option(
    "--to",
    "to",
    type=click.Choice(["parquet", "csv", "json"]),
    default="csv",
    show_default=True,
    help="File format with --out.",
)
@_claims_option
@_progress_option
def extract(
    paths: tuple[Path, ...],
    fmt: str | None,
    out: Path | None,
    to: str,
    claims_extractor: str | None,
    progress: bool | None,
) -> None:
    """Extract the tables: articles, photo_credits, sources, claims, figures.

    Without --out, prints one JSON object with a list of row records per table.

    Example:

        provenance extract examples/afp_putin_trump_talks.txt --out tables/ --to parquet
    """
    from provenance.api import extract as run_extract
    from provenance.tables.io import tables_to_json, write_tables

    try:
        extractors = _extractors(claims_extractor)
        tables = run_extract(list(paths), format=fmt, extractors=extractors, progress=progress)
        if out is None:
            click.echo(tables_to_json(tables))
        else:
            for path in write_tables(tables, out, to):  # type: ignore[arg-type]
                click.echo(f"wrote {path}", err=True)
    except ProvenanceError as exc:
        _fail(exc)
    _report_errors(tables.errors)
    sys.exit(EXIT_INPUT if tables.errors else EXIT_OK)


def _summary(result: CheckResult, fail_on: FailOn) -> str:
    t = result.tables
    counts = ", ".join(f"{result.count(s)} {s.value}" for s in Severity)
    status = "FAIL" if result.failed(fail_on) else "PASS"
    lines = [
        f"{status}: {len(result.findings)} finding(s) ({counts}) in {len(t.articles)} article(s), "
        f"{len(t.claims)} claims, {len(t.figures)} figures, {len(t.sources)} sources "
        f"(fail on {fail_on.value})",
    ]
    for row in result.findings.itertuples(index=False):
        lines.append(f"  {row.severity:<7} {row.rule:<28} {row.message}")
    return "\n".join(lines)


@cli.command()
@_paths_argument
@_format_option
@click.option(
    "--html",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the HTML report (one self-contained file).",
)
@click.option(
    "--markdown", type=click.Path(path_type=Path, dir_okay=False), help="Write a Markdown report."
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write a JSON report with the findings table.",
)
@click.option(
    "--junit",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write a JUnit XML report for CI.",
)
@click.option(
    "--fail-on",
    type=click.Choice([f.value for f in FailOn]),
    default="warning",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
@_suites_option
@click.option(
    "--engine",
    type=click.Choice(["gx", "pandas"]),
    default="gx",
    show_default=True,
    help="Run suites with Great Expectations or plain pandas.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the status line.")
@_claims_option
@_progress_option
def check(
    paths: tuple[Path, ...],
    fmt: str | None,
    html: Path | None,
    markdown: Path | None,
    json_path: Path | None,
    junit: Path | None,
    fail_on: str,
    suites: Path | None,
    engine: str,
    quiet: bool,
    claims_extractor: str | None,
    progress: bool | None,
) -> None:
    """Run the expectation suites and report the findings.

    Exit 0 when no finding reaches --fail-on, 1 when one does, 2 when an input
    cannot be read (the others are still checked and reported) or on bad usage.

    Example:

        provenance check examples/ --html report.html --junit junit.xml --fail-on error
    """
    from provenance import report
    from provenance.api import check as run_check

    threshold = FailOn(fail_on)
    try:
        result = run_check(
            list(paths),
            format=fmt,
            suites=suites,
            engine=engine,  # type: ignore[arg-type]
            extractors=_extractors(claims_extractor),
            progress=progress,
        )
        for path, write in (
            (html, report.write_html),
            (markdown, report.write_markdown),
            (json_path, report.write_json),
        ):
            if path is not None:
                write(result, path, fail_on=threshold)
        if junit is not None:
            report.write_junit(result, junit)
    except ProvenanceError as exc:
        _fail(exc)
    summary = _summary(result, threshold)
    click.echo(summary.splitlines()[0] if quiet else summary)
    for path in (html, markdown, json_path, junit):
        if path is not None:
            click.echo(f"wrote {path}", err=True)
    _report_errors(result.errors)
    if result.errors:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if result.failed(threshold) else EXIT_OK)


@cli.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("schemas"),
    show_default=True,
    help="Directory to write the contracts into.",
)
def schemas(out: Path) -> None:
    """Export the table contracts as pandera YAML, one file per table.

    Example:

        provenance schemas --out schemas/
    """
    from provenance.tables.export import write_schemas

    for path in write_schemas(out):
        click.echo(f"wrote {path}")


@cli.command()
@_suites_option
def rules(suites: Path | None) -> None:
    """List the rules of the expectation suites with their severity and kind.

    Example:

        provenance rules
    """
    from provenance.suites import load_suites

    try:
        specs = load_suites(suites)
    except ProvenanceError as exc:
        _fail(exc)
    for suite in specs:
        for spec in suite.expectations:
            click.echo(
                f"{spec.rule:<28} {spec.severity.value:<7} {spec.kind.value:<14} {spec.description}"
            )


from provenance.ledger import cli as _ledger_cli  # noqa: E402  (the ledger's commands)

cli.add_command(_ledger_cli.ingest)
cli.add_command(_ledger_cli.ledger)


def main() -> None:
    """Entry point of the ``provenance`` console script."""
    cli(prog_name="provenance")


if __name__ == "__main__":  # pragma: no cover
    main()
