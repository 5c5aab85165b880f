"""End-to-end invariants on arbitrary text: extraction never crashes, tables always validate."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import provenance
from provenance.enums import Format
from provenance.errors import ReadError
from provenance.extractors.pipeline import extract_document
from provenance.ids import sha256_hex
from provenance.ingest import read_text
from provenance.ingest.document import Document
from provenance.tables.build import build_tables
from provenance.tables.validate import validate_tables

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# News-like words mixed with arbitrary unicode, so cues, quotes and numbers meet odd text.
_news = st.sampled_from(
    [
        "said",
        "claimed",
        "denied",
        "has not confirmed",
        "about",
        "53,000",
        "“",
        "”",
        '"',
        "June 22",
        "Zelensky",
        "He",
        "Moscow",
        "the Kremlin",
        "\n\n",
        ". ",
        "fifth",
        "$1.5bn",
        "AFP",
        "(AFP) -",
    ]
)
_bodies = st.lists(_news | st.text(max_size=12), max_size=40).map(" ".join)


def _doc(body: str, agency: str | None) -> Document:
    return Document(
        path="p.txt",
        format=Format.TEXT,
        headline="H",
        body=body,
        sha256=sha256_hex(body),
        agency=agency,
    )


@_SETTINGS
@given(_bodies, st.sampled_from(["AFP", "Reuters", None]))
def test_any_body_gives_valid_tables(body: str, agency: str | None) -> None:
    """Whatever the body, extraction gives tables that pass every contract and key check."""
    tables = validate_tables(build_tables([extract_document(_doc(body, agency))]))
    bodies = tables.articles.set_index("article_id")["body"]
    for name in ("claims", "figures"):
        frame = getattr(tables, name)
        for article_id, start, end, text in zip(
            frame["article_id"], frame["start"], frame["end"], frame["text"], strict=True
        ):
            assert bodies[article_id][start:end] == text


@_SETTINGS
@given(_bodies)
def test_every_figure_sits_in_its_claim(body: str) -> None:
    """A figure's claim contains it, so the figure's source is the claim's source."""
    tables = build_tables([extract_document(_doc(body, "AFP"))])
    claims = tables.claims.set_index("claim_id")
    for row in tables.figures.itertuples():
        claim = claims.loc[row.claim_id]
        assert claim["source_id"] == row.source_id
        overlap = min(row.end, claim["end"]) - max(row.start, claim["start"])
        assert overlap > 0


@_SETTINGS
@given(st.text(max_size=300))
def test_text_reader_then_extract_never_crashes(text: str) -> None:
    """Arbitrary unicode either reads and extracts to valid tables, or is a ReadError."""
    try:
        documents = read_text(text, path="any.txt")
    except ReadError:
        return
    validate_tables(build_tables(extract_document(doc) for doc in documents))


def test_progress_bar_goes_to_stderr(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With progress on, a bar is drawn on stderr and stdout stays clean."""
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(
            seed_path.read_text(encoding="utf-8") + f"\n{i}\n", encoding="utf-8"
        )
    provenance.read(tmp_path, progress=True)
    captured = capsys.readouterr()
    assert "reading" in captured.err
    assert captured.out == ""


@_SETTINGS
@given(_bodies, st.sampled_from(["en", "en-US", "fr", "fr-CA", "de", "", None]))
def test_figures_record_the_lexicon_of_the_document(body: str, tag: str | None) -> None:
    """Every figure carries the lexicon key of its document's language; tables stay valid."""
    from dataclasses import replace

    from provenance.lexicon import language_key

    doc = replace(_doc(body, "AFP"), language=tag)
    extraction = extract_document(doc)
    assert extraction.language == language_key(tag)
    tables = validate_tables(build_tables([extraction]))
    assert set(tables.figures["language"]) <= {language_key(tag)}
    if language_key(tag) != "en":  # no cue lexicon yet: the agency narrates everything
        assert set(tables.claims["attribution"]) <= {"narrator"}
