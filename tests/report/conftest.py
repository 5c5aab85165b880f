"""Hand-built CheckResults for the report writers, modelled on the AFP seed article.

``make_result`` is a factory (session-scoped, so hypothesis can use it) that
builds a two-article result; keyword arguments replace the headline, a claim's
text or a finding's message, which is how the escaping tests inject hostile text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from provenance.enums import Severity
from provenance.errors import ReadError
from provenance.findings import FINDING_COLUMNS, CheckResult, ExpectationOutcome
from provenance.tables.bundle import Tables

BODY_1 = (
    "Russian President Vladimir Putin told US President Donald Trump on Saturday that "
    "Moscow is ready to hold a new round of peace talks with Kyiv after June 22.\n\n"
    "Under the Istanbul agreements, Kyiv also received 1,200 unidentified bodies from "
    "Russia, which Moscow claimed were Ukrainian citizens, including military personnel. "
    "Ukraine has not confirmed if it has returned any bodies to Russia.\n\n"
    "He also denied Russian claims that their troops entered the Dnipropetrovsk region, "
    "adding that about 53,000 Russian soldiers were involved in the Sumy operation.\n\nAFP"
)
BODY_2 = (
    "The Kremlin said talks could possibly resume next week, a spokesman told reporters "
    "in Moscow, adding that 1,000 prisoners may be exchanged."
)

STRING = "string"


def _frame(rows: list[dict[str, Any]], dtypes: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(dtypes))
    return frame.astype(dtypes)


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def _claim(
    claim_id: str,
    article_id: str,
    body: str,
    text: str,
    *,
    source_id: str | None,
    source_text: str | None,
    cue: str | None,
    attribution: str,
    status: str,
    parent: str | None = None,
    replace_text: str | None = None,
) -> dict[str, Any]:
    start, end = _span(body, text)
    return {
        "claim_id": claim_id,
        "article_id": article_id,
        "source_id": source_id,
        "source_text": source_text,
        "text": text if replace_text is None else replace_text,
        "start": start,
        "end": end,
        "cue": cue,
        "attribution": attribution,
        "status": status,
        "channel": None,
        "parent_claim_id": parent,
    }


def _figure(
    figure_id: str,
    article_id: str,
    body: str,
    text: str,
    value: float,
    *,
    claim_id: str | None,
    source_id: str | None,
    unit: str,
    qualifier: str | None = None,
) -> dict[str, Any]:
    start, end = _span(body, text)
    return {
        "figure_id": figure_id,
        "article_id": article_id,
        "claim_id": claim_id,
        "source_id": source_id,
        "agency": "AFP",
        "text": text,
        "value": value,
        "lower": value,
        "upper": value,
        "approximate": qualifier is not None,
        "kind": "cardinal",
        "unit": unit,
        "normalized": str(int(value)),
        "qualifier": qualifier,
        "start": start,
        "end": end,
    }


def build_result(
    *,
    headline: str = "Putin tells Trump Russia is ready for next round of Ukraine talks",
    claim_text: str | None = None,
    message: str | None = None,
    source_name: str = "Volodymyr Zelensky",
    findings: bool = True,
) -> CheckResult:
    """A two-article CheckResult with one finding of every kind and one unreadable input."""
    articles = _frame(
        [
            {
                "article_id": "art_1",
                "headline": headline,
                "body": BODY_1,
                "agency": "AFP",
                "published": pd.Timestamp("2025-06-14T16:03:00Z"),
                "language": "en",
                "format": "text",
                "sha256": "a" * 64,
                "byline": None,
                "dateline": "KYIV",
                "located": None,
                "uri": None,
                "path": "examples/afp_putin_trump_talks.txt",
            },
            {
                "article_id": "art_2",
                "headline": "Kremlin says talks could resume",
                "body": BODY_2,
                "agency": "Reuters",
                "published": pd.NaT,
                "language": "en",
                "format": "ninjs",
                "sha256": "b" * 64,
                "byline": "Staff",
                "dateline": None,
                "located": None,
                "uri": "urn:example:2",
                "path": "feeds/kremlin.json",
            },
        ],
        {
            "article_id": STRING,
            "headline": STRING,
            "body": STRING,
            "agency": STRING,
            "published": "datetime64[ns, UTC]",
            "language": STRING,
            "format": STRING,
            "sha256": STRING,
            "byline": STRING,
            "dateline": STRING,
            "located": STRING,
            "uri": STRING,
            "path": STRING,
        },
    )
    credit_line = "Drew ANGERER and Gavriil GRIGOROV / various sources / AFP"
    parties = [
        ("Drew Angerer", "photographer", "Drew ANGERER"),
        ("Gavriil Grigorov", "photographer", "Gavriil GRIGOROV"),
        (None, "source", "various sources"),
        ("AFP", "agency", "AFP"),
    ]
    photo_credits = _frame(
        [
            {
                "credit_id": f"crd_{i}",
                "photo_id": "pho_1",
                "article_id": "art_1",
                "name": name,
                "role": role,
                "as_written": written,
                "credit_line": credit_line,
                "caption": "Donald Trump (L) and Vladimir Putin (R) on the phone.",
            }
            for i, (name, role, written) in enumerate(parties)
        ],
        dict.fromkeys(
            (
                "credit_id",
                "photo_id",
                "article_id",
                "name",
                "role",
                "as_written",
                "credit_line",
                "caption",
            ),
            STRING,
        ),
    )
    sources = _frame(
        [
            {"source_id": "src_putin", "name": "Vladimir Putin", "kind": "person",
             "affiliation": "Russia"},
            {"source_id": "src_rugov", "name": "Russian government", "kind": "government",
             "affiliation": "Russia"},
            {"source_id": "src_rumil", "name": "Russian military", "kind": "military",
             "affiliation": "Russia"},
            {"source_id": "src_zel", "name": source_name, "kind": "person",
             "affiliation": "Ukraine"},
            {"source_id": "src_kremlin", "name": "Kremlin", "kind": "government",
             "affiliation": None},
        ],
        dict.fromkeys(("source_id", "name", "kind", "affiliation"), STRING),
    )  # fmt: skip
    claims = _frame(
        [
            _claim("clm_1", "art_1", BODY_1,
                   "Moscow is ready to hold a new round of peace talks with Kyiv after June 22",
                   source_id="src_putin", source_text="Vladimir Putin", cue="told",
                   attribution="indirect", status="asserted"),
            _claim("clm_2", "art_1", BODY_1,
                   "were Ukrainian citizens, including military personnel",
                   source_id="src_rugov", source_text="Moscow", cue="claimed",
                   attribution="indirect", status="unconfirmed", replace_text=claim_text),
            _claim("clm_3", "art_1", BODY_1, "their troops entered the Dnipropetrovsk region",
                   source_id="src_rumil", source_text="Russian", cue="claims",
                   attribution="indirect", status="asserted", parent="clm_4"),
            _claim("clm_4", "art_1", BODY_1,
                   "Russian claims that their troops entered the Dnipropetrovsk region",
                   source_id="src_zel", source_text="He", cue="denied",
                   attribution="indirect", status="denied"),
            _claim("clm_5", "art_1", BODY_1,
                   "about 53,000 Russian soldiers were involved in the Sumy operation",
                   source_id="src_zel", source_text="He", cue="adding",
                   attribution="indirect", status="asserted"),
            _claim("clm_6", "art_2", BODY_2, "talks could possibly resume next week",
                   source_id="src_kremlin", source_text="The Kremlin", cue="said",
                   attribution="indirect", status="hedged"),
        ],
        {
            "claim_id": STRING, "article_id": STRING, "source_id": STRING,
            "source_text": STRING, "text": STRING, "start": "Int64", "end": "Int64",
            "cue": STRING, "attribution": STRING, "status": STRING, "channel": STRING,
            "parent_claim_id": STRING,
        },
    )  # fmt: skip
    figures = _frame(
        [
            _figure("fig_1", "art_1", BODY_1, "1,200", 1200.0, claim_id=None,
                    source_id=None, unit="unidentified bodies"),
            _figure("fig_2", "art_1", BODY_1, "about 53,000", 53000.0, claim_id="clm_5",
                    source_id="src_zel", unit="Russian soldiers", qualifier="about"),
            _figure("fig_3", "art_2", BODY_2, "1,000", 1000.0, claim_id=None,
                    source_id="src_kremlin", unit="prisoners"),
        ],
        {
            "figure_id": STRING, "article_id": STRING, "claim_id": STRING,
            "source_id": STRING, "agency": STRING, "text": STRING, "value": "Float64",
            "lower": "Float64", "upper": "Float64", "approximate": "boolean",
            "kind": STRING, "unit": STRING, "normalized": STRING, "qualifier": STRING,
            "start": "Int64", "end": "Int64",
        },
    )  # fmt: skip
    finding_rows = [
        ("fnd_1", "claim.denial_contradicts", "contradiction", "error", "art_1", "clm_4",
         None, "clm_3", None,
         "Volodymyr Zelensky denies what the Russian military claims; report both sides."),
        ("fnd_2", "claim.unconfirmed", "unverified", "warning", "art_1", "clm_2", None, None,
         None, message or "Moscow's claim is explicitly unconfirmed; seek confirmation."),
        ("fnd_3", "figure.party_only_source", "uncorroborated", "warning", "art_1", "clm_5",
         "fig_2", None, None,
         "53,000 Russian soldiers comes only from a party to the conflict (Ukraine)."),
        ("fnd_4", "credit.unnamed_supplier", "integrity", "warning", "art_1", None, None,
         None, "pho_1", "Photo credit names an unnamed supplier ('various sources')."),
        ("fnd_5", "figure.conflicting_values", "uncorroborated", "warning", "art_1", None,
         "fig_1", None, None, "1,200 bodies: another report gives a different number."),
        ("fnd_6", "claim.hedged", "unverified", "info", "art_2", "clm_6", None, None, None,
         "The Kremlin's claim is hedged ('could possibly'); do not report it as fact."),
    ]  # fmt: skip
    findings_frame = _frame(
        [dict(zip(FINDING_COLUMNS, row, strict=True)) for row in finding_rows] if findings else [],
        dict.fromkeys(FINDING_COLUMNS, STRING),
    )
    outcomes = (
        _outcome("claims", "claim.hedged", "claims", "status", Severity.INFO, 1, 6),
        _outcome("claims", "claim.unconfirmed", "claims", "status", Severity.WARNING, 1, 6),
        _outcome("claims", "claim.denial_contradicts", "claims", "status", Severity.ERROR, 1, 6),
        _outcome("figures", "figure.party_only_source", "figures", "source_id",
                 Severity.WARNING, 1, 3),
        _outcome("figures", "figure.conflicting_values", "figures", "value",
                 Severity.WARNING, 1, 3),
        _outcome("credits", "credit.unnamed_supplier", "photo_credits", "name",
                 Severity.WARNING, 1, 4),
        _outcome("articles", "article.unique_sha256", "articles", "sha256", Severity.ERROR, 0, 2),
    )  # fmt: skip
    if not findings:
        outcomes = tuple(_outcome(o.suite, o.rule, o.table, o.column, o.severity, 0,
                                  o.element_count) for o in outcomes)  # fmt: skip
    return CheckResult(
        tables=Tables(
            articles=articles,
            photo_credits=photo_credits,
            sources=sources,
            claims=claims,
            figures=figures,
        ),
        findings=findings_frame,
        outcomes=outcomes,
        errors=(
            ReadError(
                "feeds/broken.xml",
                "not well-formed XML (line 3, column 14)",
                "fix the file or leave it out",
            ),
        ),
        inputs=("examples/afp_putin_trump_talks.txt", "feeds/kremlin.json", "feeds/broken.xml"),
    )


def _outcome(
    suite: str,
    rule: str,
    table: str,
    column: str,
    severity: Severity,
    unexpected: int,
    elements: int,
) -> ExpectationOutcome:
    return ExpectationOutcome(
        suite=suite,
        rule=rule,
        expectation_type="expect_column_values_to_be_in_set",
        table=table,
        column=column,
        severity=severity,
        success=unexpected == 0,
        unexpected_count=unexpected,
        element_count=elements,
        description=f"{rule} holds for every row",
    )


@pytest.fixture(scope="session")
def make_result() -> Callable[..., CheckResult]:
    """The :func:`build_result` factory, for tests that vary the hostile text."""
    return build_result


@pytest.fixture(scope="session")
def result() -> CheckResult:
    """The default fixture result: six findings, seven outcomes, one unreadable input."""
    return build_result()


@pytest.fixture(scope="session")
def clean_result() -> CheckResult:
    """The same tables with no findings and every expectation passing."""
    return build_result(findings=False)


# Four short stories from three agencies about one quantity: Zelensky's number relayed
# by AFP and AP, the General Staff's by Reuters and AFP (ninjs, so each has a date).
STORIES = (
    ("afp1", "AFP", "2025-06-14T10:00:00Z", "Zelensky says 53,000 Russian soldiers killed",
     "Ukrainian President Volodymyr Zelensky said on Saturday that 53,000 Russian soldiers "
     "were killed in Sumy during the offensive."),
    ("ap1", "AP", "2025-06-14T12:00:00Z", "Zelensky: 53,000 Russian troops killed",
     "Ukrainian President Volodymyr Zelensky said 53,000 Russian soldiers were killed in "
     "Sumy, according to his office."),
    ("reu1", "Reuters", "2025-06-15T09:00:00Z", "Ukraine's General Staff gives 30,000 figure",
     "Ukraine's General Staff said 30,000 Russian soldiers were killed in Sumy since the "
     "start of the operation."),
    ("afp2", "AFP", "2025-06-15T15:00:00Z", "Sumy toll",
     "The General Staff said 30,000 Russian soldiers were killed in Sumy, a figure that "
     "could not be independently verified."),
)  # fmt: skip


def write_stories(folder: Path) -> Path:
    """Write :data:`STORIES` as ninjs files into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for ident, agency, when, headline, body in STORIES:
        document = {
            "uri": f"urn:test:{ident}",
            "type": "text",
            "version": "1",
            "firstCreated": when,
            "language": "en",
            "headlines": [{"value": headline}],
            "bodies": [{"contentType": "text/plain", "value": body}],
            "copyrightHolder": agency,
            "infoSources": [{"name": agency, "role": "originator"}],
        }
        (folder / f"{ident}.json").write_text(json.dumps(document), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def stories_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the four stories."""
    return write_stories(tmp_path_factory.mktemp("stories"))


@pytest.fixture(scope="session")
def feed_result(stories_dir: Path) -> CheckResult:
    """The four stories extracted and checked for real (pandas engine)."""
    import provenance

    return provenance.check(provenance.extract(stories_dir), engine="pandas")
