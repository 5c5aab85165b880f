"""Bad input: each case raises a ReadError subclass with a one-line message naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.enums import Format
from provenance.errors import ReadError, UnknownFormatError, UnsafeInputError
from provenance.ingest import read_bytes, read_file

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta>
<headline>&lol9;</headline></contentMeta></newsItem>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE NewsML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>&xxe;</HeadLine>
</NewsLines></NewsComponent></NewsItem></NewsML>"""

CASES = [
    ("empty.txt", b"", ReadError, "empty"),
    ("blank.txt", b"  \n\t \r\n", ReadError, "whitespace"),
    ("image.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", ReadError, "binary"),
    ("control.txt", bytes(range(1, 9)) * 50, ReadError, "binary"),
    ("latin1.txt", "Café au lait\n\nBody".encode("latin-1"), ReadError, "UTF-8"),
    ("broken.xml", b'<?xml version="1.0"?><newsItem><headline>x</newsItem>', ReadError, "line 1"),
    ("bomb.xml", BILLION_LAUGHS, UnsafeInputError, "Remove the DOCTYPE"),
    ("xxe.xml", XXE, UnsafeInputError, "external entity"),
    ("broken.json", b'{"headline": "x", ', ReadError, "malformed JSON"),
    ("other.json", b'{"name": "widget", "price": 3}', ReadError, "not a ninjs"),
    ("list.json", b"[1, 2, 3]", ReadError, "not a ninjs"),
    ("empty.html", b"<html><body><nav>Home</nav></body></html>", ReadError, "no article text"),
    ("feed.bin", b"<story>x</story>", UnknownFormatError, "pass --format"),
    ("other.xml", b"<?xml version='1.0'?><rss><channel/></rss>", ReadError, "<rss>"),
    (
        "g2pkg.xml",
        b"<packageItem xmlns='http://iptc.org/std/nar/2006-10-01/'/>",
        ReadError,
        "no readable newsItem",
    ),
]


@pytest.mark.parametrize(("name", "data", "error", "fragment"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_raises_one_line_read_error(
    tmp_path: Path, name: str, data: bytes, error: type[ReadError], fragment: str
) -> None:
    """Bad data raises the expected ReadError subclass, one line, naming the file and a fix."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as info:
        read_file(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert fragment in message
    assert info.value.hint, "every error says what to do"


def test_entities_are_never_expanded_even_when_format_is_forced() -> None:
    """Forcing a NewsML format on an entity bomb is still refused before any expansion."""
    for fmt in (Format.NEWSML_G2, Format.NEWSML_1):
        with pytest.raises(UnsafeInputError, match="DTD or entities"):
            read_bytes(BILLION_LAUGHS, path="bomb.xml", format=fmt)


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    """A missing path raises ReadError naming it, not FileNotFoundError."""
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "nope.txt")


def test_directory_is_a_read_error(tmp_path: Path) -> None:
    """Reading a directory as a file raises ReadError."""
    with pytest.raises(ReadError, match="directory"):
        read_file(tmp_path)


def test_read_error_keeps_structured_fields() -> None:
    """The exception carries path, reason and hint, not only text."""
    with pytest.raises(ReadError) as info:
        read_bytes(b"\xff\xfe\x00", path="x.txt")
    assert info.value.path == "x.txt"
    assert info.value.reason
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "data",
    [b"[" * 100_000, b"<a>" * 50_000, b'{"headline": "' + b"\\ud800" + b'"}'],
    ids=["deep-json", "deep-xml", "lone-surrogate"],
)
def test_pathological_input_stays_a_read_error_or_reads(data: bytes) -> None:
    """Deep nesting and odd escapes give a ReadError or documents, never a crash."""
    message = ""
    try:
        read_bytes(data, path="odd.json" if data[:1] in b"[{" else "odd.xml")
    except ReadError as exc:
        message = str(exc)
    assert "\n" not in message
