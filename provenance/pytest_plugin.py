"""A pytest plugin: each finding of ``provenance check`` becomes a test item.

Enabled by the ``pytest11`` entry point; it does nothing unless asked::

    pytest --provenance news/ [--provenance-severity error|warning|info]

or with ``provenance_paths`` in the ini file (``[tool.pytest.ini_options]``),
one path a line, relative to the ini file. Each finding is an item named
``rule[article]`` that fails when its severity reaches the chosen one (default
``warning``) and passes otherwise; an article with no finding is one passing
``clean[article]`` item; an unreadable input is one failing ``unreadable[path]``
item. The check runs once, at collection, with the pandas engine.

Loading the plugin imports nothing heavy: pandas and the extractors are imported
only when paths are given, so a pytest run that does not use it is unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from provenance.enums import Severity

if TYPE_CHECKING:
    from collections.abc import Iterator

    from provenance.findings import CheckResult

__all__ = ["FindingFailed", "ProvenanceItem"]

_SEVERITIES = [s.value for s in Severity]


def pytest_addoption(parser: pytest.Parser) -> None:
    """The ``--provenance`` options and the ``provenance_paths`` ini option."""
    group = parser.getgroup("provenance", "news provenance findings as test items")
    group.addoption(
        "--provenance",
        action="append",
        default=[],
        metavar="PATH",
        help="Check the news articles in PATH (file or folder; repeatable); "
        "each finding becomes a test item.",
    )
    group.addoption(
        "--provenance-severity",
        choices=_SEVERITIES,
        default=None,
        help="Lowest finding severity that fails its item (default: warning).",
    )
    parser.addini("provenance_paths", "News files or folders to check", type="paths", default=[])
    parser.addini(
        "provenance_severity", "Lowest finding severity that fails its item", default="warning"
    )


class FindingFailed(Exception):
    """A finding at or above the chosen severity (shown as one line, no traceback)."""


class ProvenanceItem(pytest.Item):
    """One finding, one clean article or one unreadable input."""

    def __init__(
        self, *, message: str, failing: bool, where: str, heading: str, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.heading = heading
        self.message = message
        self.failing = failing
        self.where = where

    def runtest(self) -> None:
        """Fail with the finding's message when it reaches the severity."""
        if self.failing:
            raise FindingFailed(self.message)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """The finding's message and where it is, without a traceback."""
        if isinstance(excinfo.value, FindingFailed):
            message = str(excinfo.value)
            return message if message.startswith(self.where) else f"{self.where}: {message}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, None, str]:
        """``rule in article`` heads its failure (pytest would say "test session")."""
        return self.path, None, self.heading


class _Findings(pytest.Collector):
    """The items of one check over the requested paths."""

    def __init__(self, *, result: CheckResult, threshold: Severity, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.result = result
        self.threshold = threshold

    def collect(self) -> Iterator[ProvenanceItem]:
        from provenance.report._data import as_text, records

        articles = {
            k: as_text(a, "path") or as_text(a, "uri") or k
            for a in records(self.result.tables.articles)
            if (k := as_text(a, "article_id"))
        }
        names: set[str] = set()

        def unique(name: str) -> str:
            candidate, n = name, 1
            while candidate in names:
                n += 1
                candidate = f"{name}#{n}"
            names.add(candidate)
            return candidate

        with_findings: set[str] = set()
        for row in records(self.result.findings):
            article_id = as_text(row, "article_id") or ""
            with_findings.add(article_id)
            severity = as_text(row, "severity") or ""
            reached = severity in _SEVERITIES and Severity(severity).rank <= self.threshold.rank
            where = articles.get(article_id, article_id or "(no article)")
            rule = as_text(row, "rule") or "finding"
            yield ProvenanceItem.from_parent(
                self,
                name=unique(f"{rule}[{where}]"),
                heading=f"{rule} in {where}",
                message=f"{severity}: {as_text(row, 'message') or ''}",
                failing=reached,
                where=where,
            )
        for article_id, where in articles.items():
            if article_id not in with_findings:
                yield ProvenanceItem.from_parent(
                    self,
                    name=unique(f"clean[{where}]"),
                    heading=f"clean: {where}",
                    message="",
                    failing=False,
                    where=where,
                )
        for error in self.result.errors:
            yield ProvenanceItem.from_parent(
                self,
                name=unique(f"unreadable[{error.path}]"),
                heading=f"unreadable: {error.path}",
                message=str(error),
                failing=True,
                where=str(error.path),
            )


def _paths(config: pytest.Config) -> list[str]:
    given: list[str] = config.getoption("provenance")
    if given:
        return given
    return [str(p) for p in config.getini("provenance_paths")]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Check the paths (if any were given) and add one item per finding."""
    paths = _paths(config)
    if not paths:
        return
    import provenance
    from provenance.errors import ProvenanceError

    severity = config.getoption("provenance_severity") or config.getini("provenance_severity")
    if severity not in _SEVERITIES:
        raise pytest.UsageError(
            f"provenance_severity = {severity!r}: use one of {', '.join(_SEVERITIES)}"
        )
    try:
        result = provenance.check([Path(p) for p in paths], engine="pandas")
    except ProvenanceError as exc:
        raise pytest.UsageError(f"provenance: {exc}") from exc
    collector = _Findings.from_parent(
        session,
        name="provenance",
        nodeid="provenance",
        path=config.rootpath,
        result=result,
        threshold=Severity(severity),
    )
    items.extend(collector.collect())
