"""``provenance verify``: a thin click layer over :func:`provenance.integrity.verify_ledger`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from provenance._cli_options import wait_option
from provenance._cli_reports import report_jobs, report_options
from provenance.enums import FailOn
from provenance.errors import ProvenanceError

if TYPE_CHECKING:
    pass

__all__ = ["verify"]

EXIT_OK, EXIT_DRIFT, EXIT_PROBLEM = 0, 1, 2


@click.command()
@click.option(
    "--ledger",
    "ledger_path",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The ledger file (DuckDB) written by `provenance ingest`.",
)
@report_options
@click.option(
    "--fail-on",
    type=click.Choice([f.value for f in FailOn]),
    default="error",
    show_default=True,
    help="Lowest severity that makes the exit code 1 (an extractor change is a warning).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the status line.")
@wait_option
def verify(
    ledger_path: Path,
    html: Path | None,
    markdown: Path | None,
    json_path: Path | None,
    junit: Path | None,
    fail_on: str,
    quiet: bool,
    wait: float,
) -> None:
    """Check that a ledger still matches the files it was built from (tamper evidence).

    Re-reads every file the ledger recorded and compares its SHA-256, checks
    that stored claim and figure offsets still slice the stored text to their
    surface, and which version of news-provenance wrote the rows. Exit 0 when
    nothing reaches --fail-on, 1 on drift, 2 when a recorded file is gone (named;
    the other files are still verified), a report cannot be written or the
    ledger cannot be read.

    Example:

        provenance verify --ledger news.duckdb --html integrity.html
    """
    from provenance.cli import _check_outputs, _report_errors, _summary, _write_all
    from provenance.integrity import verify_ledger
    from provenance.ledger import Ledger

    threshold = FailOn(fail_on)
    _check_outputs((html, markdown, json_path, junit))
    try:
        result = verify_ledger(Ledger(ledger_path, timeout=wait))
    except ProvenanceError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_PROBLEM)
    summary = _summary(result, threshold)
    click.echo(summary.splitlines()[0] if quiet else summary)
    jobs = report_jobs(result, threshold, html, markdown, json_path, junit)
    failures = _write_all(jobs)
    _report_errors(result.errors)
    for failure in failures:
        click.echo(f"error: {failure}", err=True)
    if result.errors or failures:
        sys.exit(EXIT_PROBLEM)
    sys.exit(EXIT_DRIFT if result.failed(threshold) else EXIT_OK)
