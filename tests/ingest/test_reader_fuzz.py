"""Every reader, fed valid and mutated files of every format: a document or one clear ReadError.

The strategies are the public ones in ``provenance.testing.inputs``; the long,
coverage-guided runs are the atheris targets in ``fuzz/``.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import Format
from provenance.errors import ReadError
from provenance.ingest import Document, read_bytes
from provenance.testing.inputs import reader_inputs

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _read_or_refuse(data: bytes, fmt: Format | None) -> list[Document]:
    """Read ``data``; a refusal must be a one-line ReadError that names the file and a fix."""
    try:
        return read_bytes(data, path="feed/item.bin", format=fmt)
    except ReadError as exc:
        error = exc
    message = str(error)
    assert "\n" not in message
    assert message.startswith("feed/item.bin: ")
    assert error.reason
    return []


@pytest.mark.parametrize("fmt", list(Format), ids=str)
@FUZZ
@given(data=st.data())
def test_mutated_input_reads_or_is_one_clear_read_error(fmt: Format, data: st.DataObject) -> None:
    """A damaged file of any format, read as that format or detected, gives documents or
    one clear ReadError, never another exception."""
    _, raw = data.draw(reader_inputs((fmt,), valid=False))
    for forced in (fmt, None):
        assert all(isinstance(d, Document) for d in _read_or_refuse(raw, forced))


@pytest.mark.parametrize("fmt", list(Format), ids=str)
@FUZZ
@given(data=st.data())
def test_valid_input_is_detected_and_read(fmt: Format, data: st.DataObject) -> None:
    """A well-formed document of each format is detected as that format and gives a document."""
    _, raw = data.draw(reader_inputs((fmt,), valid=True))
    docs = read_bytes(raw, path="feed/item.bin")
    assert docs
    assert {d.format for d in docs} == {fmt}


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_read_or_are_refused(raw: bytes) -> None:
    """Arbitrary bytes, detected or forced to each format, give documents or a ReadError."""
    for fmt in (None, *Format):
        _read_or_refuse(raw, fmt)


@FUZZ
@given(st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_random_text_reads_or_is_refused(raw: bytes) -> None:
    """Arbitrary unicode (lone surrogates included, as raw bytes) gives documents or a
    ReadError."""
    _read_or_refuse(raw, None)


# Inputs the fuzz targets in fuzz/ found crashing a reader, kept as regression cases.
FOUND = [
    pytest.param(
        Format.HTML,
        b'<!DOCTYPE html>\n<html l25.\n <span class="photo-credit">Genya SAVILOV / AFP</span>'
        b"</figcaption><p>Kyiv said the talks ended.</p>",
        id="html-root-matching-a-credit-selector",
    ),
    pytest.param(
        Format.HTML,
        b'<html lang="en" class="byline caption credit"><body><h1>T</h1><p>Text.</p></body></html>',
        id="html-root-with-byline-class",
    ),
]


@pytest.mark.parametrize(("fmt", "raw"), FOUND)
def test_inputs_found_by_fuzzing_read_or_are_refused(fmt: Format, raw: bytes) -> None:
    """Each input that once crashed a reader now reads or gives one clear ReadError."""
    for forced in (fmt, None):
        _read_or_refuse(raw, forced)
