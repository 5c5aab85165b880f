"""The ``provenance`` command: a thin click layer over :mod:`provenance.api`.

Exit codes: 0 nothing reached ``--fail-on``; 1 something did; 2 unreadable
input or bad usage. Library errors become one line on stderr, never a traceback.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from provenance import __version__
from provenance._cli_options import jobs_option
from provenance._cli_reports import report_jobs, report_options
from provenance.enums import FailOn, Format, Severity
from provenance.errors import ProvenanceError, ReadError, ReadWarning, UsageError
from provenance.settings import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from provenance.extractors.pipeline import Extractors
    from provenance.findings import CheckResult
    from provenance.suites import Engine

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
_limit_option = click.option(
    "--limit",
    "limit_items",
    multiple=True,
    metavar="NAME=VALUE",
    help="Change one input limit (repeatable): max_file_bytes, max_field_chars, "
    "max_depth, time_budget_s. See the README.",
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


def _report_errors(errors: tuple[ReadError, ...], warnings: tuple[ReadWarning, ...] = ()) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in errors:
        click.echo(f"error: {error}", err=True)


def _fail(exc: ProvenanceError) -> NoReturn:
    click.echo(f"error: {exc}", err=True)
    sys.exit(EXIT_INPUT)


def _limits(items: tuple[str, ...]) -> Limits:
    """The limits for ``--limit NAME=VALUE`` options; a bad one ends the command (exit 2)."""
    try:
        return Limits.parse(items) if items else DEFAULT_LIMITS
    except UsageError as exc:
        _fail(exc)


def _with_stdin(paths: tuple[Path, ...]) -> list[Path]:
    """``paths`` with ``-`` replaced by the paths read from stdin, one a line, blanks skipped.

    So ``git diff --name-only origin/main -- news/ | provenance check -`` works; a
    path that does not exist is reported like any other (one line, exit 2).
    """
    expanded: list[Path] = []
    for path in paths:
        if str(path) != "-":
            expanded.append(path)
            continue
        expanded += [Path(line.strip()) for line in sys.stdin if line.strip()]
    return expanded


def _check_outputs(files: tuple[Path | None, ...], folder: Path | None = None) -> None:
    """Refuse unwritable output paths before any work: one line each, exit 2."""
    from provenance.outputs import file_problem, folder_problem

    problems = [p for p in (file_problem(f) for f in files if f is not None) if p]
    if folder is not None and (problem := folder_problem(folder)) is not None:
        problems.append(problem)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if problems:
        sys.exit(EXIT_INPUT)


def _write_all(jobs: list[tuple[Path, Callable[[Path], object]]]) -> list[str]:
    """Run every write; one that fails does not stop the others. Returns the failures."""
    from provenance.errors import printable
    from provenance.outputs import write_problem

    failures: list[str] = []
    for path, write in jobs:
        try:
            write(path)
        except OSError as exc:
            failures.append(write_problem(path, exc))
        except ProvenanceError as exc:
            failures.append(str(exc))
        else:
            click.echo(f"wrote {printable(str(path))}", err=True)
    return failures


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``: the version and the build in use (compiled by mypyc or pure Python)."""
    if not value or ctx.resilient_parsing:
        return
    from provenance._build import compiled

    build = "compiled with mypyc" if compiled() else "pure Python"
    click.echo(f"provenance, version {__version__} ({build})")
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the version and the build (compiled or pure Python) and exit.",
)
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
@_limit_option
@jobs_option
def extract(
    paths: tuple[Path, ...],
    fmt: str | None,
    out: Path | None,
    to: str,
    claims_extractor: str | None,
    progress: bool | None,
    limit_items: tuple[str, ...],
    workers: int,
) -> None:
    """Extract the tables: articles, photo_credits, sources, claims, figures.

    Without --out, prints one JSON object with a list of row records per table.

    Example:

        provenance extract examples/afp_putin_trump_talks.txt --out tables/ --to parquet
    """
    from provenance.api import extract as run_extract
    from provenance.errors import printable
    from provenance.outputs import write_problem
    from provenance.tables.io import tables_to_json, write_tables

    limits = _limits(limit_items)
    _check_outputs((), out)
    failures: list[str] = []
    try:
        extractors = _extractors(claims_extractor)
        tables = run_extract(
            list(paths),
            format=fmt,
            extractors=extractors,
            progress=progress,
            limits=limits,
            jobs=workers,
        )
        if out is None:
            click.echo(tables_to_json(tables))
        else:
            try:
                for path in write_tables(tables, out, to):  # type: ignore[arg-type]
                    click.echo(f"wrote {printable(str(path))}", err=True)
            except OSError as exc:
                where = Path(exc.filename) if isinstance(exc.filename, str) else out
                failures.append(write_problem(where, exc))
    except ProvenanceError as exc:
        _fail(exc)
    _report_errors(tables.errors, tables.warnings)
    for failure in failures:
        click.echo(f"error: {failure}", err=True)
    sys.exit(EXIT_INPUT if tables.errors or failures else EXIT_OK)


def _summary(result: CheckResult, fail_on: FailOn) -> str:
    t = result.tables
    counts = ", ".join(f"{result.count(s)} {s.value}" for s in Severity)
    status = "FAIL" if result.failed(fail_on) else "PASS"
    lines = [
        f"{status}: {len(result.findings)} finding(s) ({counts}) in {len(t.articles)} article(s), "
        f"{len(t.claims)} claims, {len(t.figures)} figures, {len(t.sources)} sources "
        f"(fail on {fail_on.value})",
    ]
    # Messages quote article text: escape sequences and control characters in it
    # must not colour, move or retitle the user's terminal, nor fake a line.
    from provenance.report._text import terminal_safe

    for row in result.findings.itertuples(index=False):
        severity, rule, message = (
            terminal_safe(str(v)) for v in (row.severity, row.rule, row.message)
        )
        lines.append(f"  {severity:<7} {rule:<28} {message}")
    return "\n".join(lines)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_format_option
@click.option(
    "--ledger",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Check a ledger's latest articles instead of files, with the cross-article rules.",
)
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
    help="With --ledger: only articles whose `published` date is on or after DATE (UTC).",
)
@report_options
@click.option(
    "--data-docs",
    "data_docs",
    type=click.Path(path_type=Path),  # a file here is refused by _check_outputs, in one line
    help="Build Great Expectations Data Docs (a static HTML site) into DIR.",
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
@click.option(
    "--images",
    is_flag=True,
    help="Compare photo metadata (IPTC, XMP, C2PA) of the image files the articles name, "
    "or given among PATHS, with the caption credits (needs the images extra).",
)
@_claims_option
@_progress_option
@_limit_option
@jobs_option
def check(
    paths: tuple[Path, ...],
    fmt: str | None,
    ledger: Path | None,
    since: datetime | None,
    html: Path | None,
    markdown: Path | None,
    json_path: Path | None,
    junit: Path | None,
    data_docs: Path | None,
    fail_on: str,
    suites: Path | None,
    engine: str,
    quiet: bool,
    images: bool,
    claims_extractor: str | None,
    progress: bool | None,
    limit_items: tuple[str, ...],
    workers: int,
) -> None:
    """Run the expectation suites and report the findings.

    Exit 0 when no finding reaches --fail-on, 1 when one does, 2 when an input
    cannot be read (the others are still checked and reported), a report cannot
    be written (the others are still written) or on bad usage. Report paths
    are checked before any input is read. A PATH of - reads paths from stdin,
    one a line. --data-docs DIR builds Great Expectations Data Docs there.

    Example:

    \b
        provenance check examples/ --html report.html --junit junit.xml --fail-on error
        provenance check --ledger news.duckdb --since 2025-06-01 --html report.html
        git diff --name-only --diff-filter=AM origin/main -- news/ | provenance check -
    """
    from provenance.api import check as run_check

    threshold = FailOn(fail_on)
    limits = _limits(limit_items)
    if (ledger is None) == (not paths) or (since is not None and ledger is None):
        _fail(UsageError("give PATHS or --ledger FILE (and --since only with --ledger)"))
    _check_outputs((html, markdown, json_path, junit), data_docs)
    inputs = _with_stdin(paths) if ledger is None else []
    try:
        if ledger is not None:
            from provenance.ledger.check import check_ledger

            engine_name: Engine = engine  # type: ignore[assignment]
            result = check_ledger(ledger, since=since, suites=suites, engine=engine_name)
        else:
            result = run_check(
                inputs,
                format=fmt,
                suites=suites,
                engine=engine,  # type: ignore[arg-type]
                extractors=_extractors(claims_extractor),
                progress=progress,
                limits=limits,
                images=images,
                jobs=workers,
            )
    except ProvenanceError as exc:
        _fail(exc)
    summary = _summary(result, threshold)
    click.echo(summary.splitlines()[0] if quiet else summary)
    jobs = report_jobs(result, threshold, html, markdown, json_path, junit)
    if data_docs is not None:
        from provenance.suites.data_docs import write_data_docs

        jobs.append((data_docs, functools.partial(write_data_docs, result, suites=suites)))
    failures = _write_all(jobs)
    _report_errors(result.errors, result.tables.warnings)
    for failure in failures:
        click.echo(f"error: {failure}", err=True)
    if result.errors or failures:
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
    from provenance.outputs import write_problem
    from provenance.tables.export import write_schemas

    _check_outputs((), out)
    try:
        for path in write_schemas(out):
            click.echo(f"wrote {path}")
    except OSError as exc:
        where = Path(exc.filename) if isinstance(exc.filename, str) else out
        click.echo(f"error: {write_problem(where, exc)}", err=True)
        sys.exit(EXIT_INPUT)


@cli.command()
@_suites_option
def rules(suites: Path | None) -> None:
    """List the rules of the expectation suites with their severity and kind.

    The cross-article rules (``ledger/`` under the suites) run with ``check --ledger``.

    Example:

        provenance rules
    """
    from provenance.ledger.check import ledger_suites
    from provenance.suites import load_suites

    try:
        specs = load_suites(suites) + ledger_suites(suites)
    except ProvenanceError as exc:
        _fail(exc)
    for suite in specs:
        for spec in suite.expectations:
            click.echo(
                f"{spec.rule:<28} {spec.severity.value:<7} {spec.kind.value:<14} {spec.description}"
            )


from provenance.interchange.cli import export as _export  # noqa: E402  (provenance export ...)

cli.add_command(_export)
from provenance.integrity import cli as _integrity_cli  # noqa: E402  (provenance verify)
from provenance.ledger import cli as _ledger_cli  # noqa: E402  (the ledger's commands)

cli.add_command(_ledger_cli.ingest)
cli.add_command(_ledger_cli.ledger)
cli.add_command(_integrity_cli.verify)


def main() -> None:
    """Entry point of the ``provenance`` console script."""
    cli(prog_name="provenance")


if __name__ == "__main__":  # pragma: no cover
    main()
