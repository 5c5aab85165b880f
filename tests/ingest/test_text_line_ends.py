"""Carriage returns: a text is read as the same text with its line ends made newlines."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Format
from provenance.errors import ReadError
from provenance.ingest import read_text
from provenance.ingest.document import Document

_CHUNKS = st.sampled_from(
    [
        "\r\n",
        "\r",
        "\n",
        "\n\n",
        "\r\n\r\n",
        "\r\r",
        "Title",
        "KYIV (AFP) - ",
        "Troops said 40 died.",
        " ",
        "AFP",
        "(Photo: Jane DOE / AFP)",
        "By Jane Doe",
        "\ufeff",
    ]
)


def _read(text: str) -> list[Document] | str:
    try:
        return [replace(d, sha256="") for d in read_text(text, format=Format.TEXT)]
    except ReadError as exc:
        return type(exc).__name__


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHUNKS, min_size=1, max_size=14).map("".join))
def test_carriage_returns_read_as_newlines(text: str) -> None:
    newlines = text.replace("\r\n", "\n").replace("\r", "\n")
    assert _read(text) == _read(newlines)


def test_a_text_without_carriage_returns_keeps_its_lines() -> None:
    (doc,) = read_text("Title\n\nKYIV (AFP) - Troops said 40 died.\n\nAFP", format=Format.TEXT)
    assert (doc.headline, doc.body, doc.agency) == (
        "Title",
        "KYIV (AFP) - Troops said 40 died.",
        "AFP",
    )
    (doc,) = read_text("Title\r\rKYIV (AFP) - Troops said 40 died.\r\rAFP", format=Format.TEXT)
    assert (doc.headline, doc.body, doc.agency) == (
        "Title",
        "KYIV (AFP) - Troops said 40 died.",
        "AFP",
    )
