"""``verify_ledger``: re-read the files a ledger recorded and compare them with its rows."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.enums import FindingKind, Severity
from provenance.errors import ReadError, printable

if TYPE_CHECKING:
    import pandas as pd

    from provenance.findings import CheckResult, ExpectationOutcome
    from provenance.ledger import Ledger

__all__ = [
    "EXTRACTOR_CHANGED",
    "INTEGRITY_RULES",
    "OFFSETS_DRIFT",
    "SOURCE_CHANGED",
    "IntegrityRule",
    "extractor_version",
    "verify_ledger",
]

#: Paths that name no file (documents given as strings): nothing to re-read.
_NOT_FILES = frozenset({"<string>", "-", "<stdin>"})
#: Surfaces quoted in messages are cut to this many characters.
_QUOTE = 80


@dataclass(frozen=True, slots=True)
class IntegrityRule:
    """One tamper-evidence rule: its id, severity, the table it speaks of and what it checks."""

    rule: str
    severity: Severity
    table: str
    column: str
    description: str


SOURCE_CHANGED = IntegrityRule(
    "integrity.source_changed",
    Severity.ERROR,
    "articles",
    "sha256",
    "The file each article was read from still has the SHA-256 recorded at ingest.",
)
OFFSETS_DRIFT = IntegrityRule(
    "integrity.offsets_drift",
    Severity.ERROR,
    "claims",
    "start",
    "Stored claim and figure offsets still slice the stored article text to their surface.",
)
EXTRACTOR_CHANGED = IntegrityRule(
    "integrity.extractor_changed",
    Severity.WARNING,
    "articles",
    "extractor_version",
    "The rows were written by this version of news-provenance.",
)
INTEGRITY_RULES: tuple[IntegrityRule, ...] = (SOURCE_CHANGED, OFFSETS_DRIFT, EXTRACTOR_CHANGED)


def extractor_version() -> str:
    """The version recorded with every article version a ledger stores.

    Example:
        >>> extractor_version().startswith("news-provenance ")
        True
    """
    from provenance import __version__

    return f"news-provenance {__version__}"


def _quote(text: str) -> str:
    text = printable(text).replace("\n", " ")
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1] + "…"


def _digest(path: str) -> str:
    """The hex SHA-256 of a file's bytes, read in blocks (never whole into memory)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _gone(path: str, exc: OSError) -> ReadError:
    if isinstance(exc, FileNotFoundError):
        return ReadError(
            path,
            "the file the ledger recorded is gone",
            "restore it, or ingest its new location into the ledger",
        )
    reason = exc.strerror or type(exc).__name__
    return ReadError(path, f"the file the ledger recorded cannot be read ({reason})", "check it")


def _finding(rule: IntegrityRule, message: str, **subject: Any) -> dict[str, Any]:
    from provenance.ids import stable_id

    key = subject.get("figure_id") or subject.get("claim_id") or subject.get("article_id")
    return {
        "finding_id": stable_id("fnd", rule.rule, key),
        "rule": rule.rule,
        "kind": FindingKind.INTEGRITY.value,
        "severity": rule.severity.value,
        "article_id": subject.get("article_id"),
        "claim_id": subject.get("claim_id"),
        "figure_id": subject.get("figure_id"),
        "related_claim_id": None,
        "photo_id": None,
        "message": message,
    }


def _source_findings(
    articles: pd.DataFrame, errors: list[ReadError]
) -> tuple[list[dict[str, Any]], int]:
    """Findings for articles whose file changed; files that are gone go to ``errors``.

    Each file is hashed once, however many articles it holds. Returns the
    findings and the number of articles whose file was compared.
    """
    found: list[dict[str, Any]] = []
    digests: dict[str, str | None] = {}
    checked = 0
    for article_id, path, stored in articles[["article_id", "path", "sha256"]].itertuples(
        index=False, name=None
    ):
        if path in _NOT_FILES:
            continue
        if path not in digests:
            try:
                digests[path] = _digest(os.fspath(Path(path)))
            except OSError as exc:
                digests[path] = None
                errors.append(_gone(path, exc))
        now = digests[path]
        if now is None:
            continue
        checked += 1
        if now != stored:
            message = (
                f"The file {_quote(path)} no longer matches what was ingested (SHA-256 "
                f"{stored[:12]}… recorded, {now[:12]}… now): find out who changed it; the "
                "ledger keeps the text as it was ingested."
            )
            found.append(_finding(SOURCE_CHANGED, message, article_id=article_id))
    return found, checked


def _offset_findings(
    spans: pd.DataFrame, articles: pd.DataFrame, id_column: str
) -> list[dict[str, Any]]:
    """Findings for the claims or figures whose offsets no longer slice to their text."""
    from provenance.rules.integrity import bad_offsets

    if spans.empty:
        return []
    bodies = articles.set_index("article_id")["body"].to_dict()
    found = []
    what = "claim" if id_column == "claim_id" else "figure"
    columns = ["article_id", id_column, "claim_id", "start", "end", "text"]
    drifted = spans.loc[bad_offsets(spans, articles), columns]
    for article_id, subject_id, claim_id, start, end, text in drifted.itertuples(
        index=False, name=None
    ):
        body = bodies.get(article_id)
        actual = "(no stored article text)" if body is None else f"“{_quote(body[start:end])}”"
        message = (
            f"The {what} “{_quote(text)}” is stored at {start}-{end}, which slices {actual} "
            "from the stored article text: the ledger's rows were altered; restore the ledger "
            "from a backup or ingest the article into a new ledger."
        )
        subject = {"article_id": article_id, "claim_id": claim_id, id_column: subject_id}
        found.append(_finding(OFFSETS_DRIFT, message, **subject))
    return found


def _version_findings(versions: pd.DataFrame) -> list[dict[str, Any]]:
    """Warnings for the latest article versions another extractor version wrote."""
    current = extractor_version()
    found = []
    for article_id, stored in versions[["article_id", "extractor_version"]].itertuples(
        index=False, name=None
    ):
        if stored == current:
            continue
        written = "an unrecorded version" if stored is None or stored != stored else stored
        message = (
            f"The rows of this article were extracted by {written}; this is {current}: "
            "extract the article again to see what the new version finds."
        )
        found.append(_finding(EXTRACTOR_CHANGED, message, article_id=article_id))
    return found


def _outcomes(findings: pd.DataFrame, counts: dict[str, int]) -> tuple[ExpectationOutcome, ...]:
    from provenance.findings import ExpectationOutcome

    return tuple(
        ExpectationOutcome(
            suite="integrity",
            rule=rule.rule,
            expectation_type="provenance_verify",
            table=rule.table,
            column=rule.column,
            severity=rule.severity,
            success=not bool((findings["rule"] == rule.rule).any()),
            unexpected_count=int((findings["rule"] == rule.rule).sum()),
            element_count=counts[rule.rule],
            description=rule.description,
        )
        for rule in INTEGRITY_RULES
    )


def verify_ledger(ledger: str | os.PathLike[str] | Ledger) -> CheckResult:
    """Check a ledger against the files it recorded; the drift is in the findings.

    Re-reads the file of every latest article version and compares its SHA-256,
    checks that every stored claim's and figure's offsets slice the stored text
    to the stored surface, and that the rows were written by this version of
    the library. A file that is gone is an error on the result (named); the
    other files are still verified. Relative paths are resolved against the
    current folder, as at ingest.

    Example:
        >>> result = verify_ledger("news.duckdb")  # doctest: +SKIP
        >>> result.findings["rule"].tolist()  # doctest: +SKIP
        ['integrity.source_changed']

    Raises:
        LedgerError: the ledger is missing, not a ledger, or from another schema.
    """
    from provenance.findings import CheckResult
    from provenance.ledger import Ledger
    from provenance.suites.findings import findings_frame

    store = ledger if isinstance(ledger, Ledger) else Ledger(ledger)
    tables = store.tables(validate=False)
    versions = store.query(
        "SELECT article_id, extractor_version FROM article_versions WHERE superseded_by IS NULL"
    )
    errors: list[ReadError] = []
    rows, checked = _source_findings(tables.articles, errors)
    rows += _offset_findings(tables.claims, tables.articles, "claim_id")
    rows += _offset_findings(tables.figures, tables.articles, "figure_id")
    rows += _version_findings(versions)
    findings = findings_frame(rows)
    counts = {
        SOURCE_CHANGED.rule: checked,
        OFFSETS_DRIFT.rule: len(tables.claims) + len(tables.figures),
        EXTRACTOR_CHANGED.rule: len(versions),
    }
    return CheckResult(
        tables=tables,
        findings=findings,
        outcomes=_outcomes(findings, counts),
        errors=tuple(errors),
        inputs=(printable(str(store.path)),),
    )
