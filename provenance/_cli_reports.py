"""The report options and writers shared by the commands that give a findings table.

``provenance check`` and ``provenance verify`` take the same four report paths
and write them the same way; both import them from here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

if TYPE_CHECKING:
    from provenance.enums import FailOn
    from provenance.findings import CheckResult

__all__ = ["report_jobs", "report_options"]

F = TypeVar("F", bound=Callable[..., object])

_OPTIONS = (
    click.option(
        "--html",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Write the HTML report (one self-contained file).",
    ),
    click.option(
        "--markdown",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Write a Markdown report.",
    ),
    click.option(
        "--json",
        "json_path",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Write a JSON report with the findings table.",
    ),
    click.option(
        "--junit",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Write a JUnit XML report for CI.",
    ),
)


def report_options(fn: F) -> F:
    """Add ``--html``, ``--markdown``, ``--json`` (as ``json_path``) and ``--junit``."""
    for option in reversed(_OPTIONS):
        fn = option(fn)
    return fn


def report_jobs(
    result: CheckResult,
    fail_on: FailOn,
    html: Path | None,
    markdown: Path | None,
    json_path: Path | None,
    junit: Path | None,
) -> list[tuple[Path, Callable[[Path], object]]]:
    """One ``(path, write)`` job per report the user asked for, in a fixed order."""
    from provenance import report

    jobs: list[tuple[Path, Callable[[Path], object]]] = []
    for path, write in (
        (html, report.write_html),
        (markdown, report.write_markdown),
        (json_path, report.write_json),
    ):
        if path is not None:
            jobs.append((path, functools.partial(write, result, fail_on=fail_on)))
    if junit is not None:
        jobs.append((junit, functools.partial(report.write_junit, result)))
    return jobs
