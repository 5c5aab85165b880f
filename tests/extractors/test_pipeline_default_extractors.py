"""A document extracted with no :class:`Extractors` uses the process's shared ones.

Building the built-in extractors builds the source alias table (thousands of entries);
``extract_document(doc)`` in a loop built it once per call before stop 41.
"""

from __future__ import annotations

import pytest

from provenance.extractors import pipeline
from provenance.ingest import read_text


def test_no_extractors_given_builds_none(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.shared_extractors()  # built once for the process, before the count
    built: list[object] = []
    original = pipeline.Extractors.__post_init__

    def counting(self: pipeline.Extractors) -> None:
        built.append(self)
        original(self)

    monkeypatch.setattr(pipeline.Extractors, "__post_init__", counting)
    docs = [read_text(f"Title\n\nThe army said {n} soldiers died.\n\nAFP")[0] for n in (4, 9)]
    one = pipeline.extract_document(docs[0])
    both = pipeline.extract_documents(docs)
    assert built == []
    assert [f.text for f in one.figures] == ["4"]
    assert [[f.text for f in got.figures] for got in both if not isinstance(got, Exception)] == [
        ["4"],
        ["9"],
    ]


def test_shared_and_fresh_extractors_give_the_same_extraction() -> None:
    text = "Moscow\n\nThe Kremlin claimed 53,000 soldiers died, which Kyiv denied.\n\nAFP"
    doc = read_text(text)[0]
    shared = pipeline.extract_document(doc)
    fresh = pipeline.extract_document(doc, pipeline.Extractors())
    assert shared.figures == fresh.figures
    assert shared.claims == fresh.claims
    assert shared.claims  # the claim and its denial are read, so the comparison says something
