"""Format detection reads the path's suffix only where the content cannot tell the format."""

from __future__ import annotations

from pathlib import PurePath

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Format
from provenance.errors import UnknownFormatError
from provenance.ingest import detect


def _plain_detect(text: str, path: str) -> Format | str:
    """The detection with the suffix parsed first, before the content is looked at."""
    suffix = PurePath(path).suffix.lower()
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("["):
        try:
            detect.json.loads(head)
        except (ValueError, RecursionError):
            return Format.NINJS if suffix in (".json", ".ninjs") else Format.TEXT
        return Format.NINJS
    found = detect._by_content(text, path)  # without "[" the content never reads the path
    if found is not None:
        return found
    if suffix in detect._SUFFIXES:
        return detect._SUFFIXES[suffix]
    if suffix == ".xml" or detect._is_xml(text):
        return Format.NEWSML_G2
    return "unknown"


def _detect(text: str, path: str) -> Format | str:
    try:
        return detect.detect_text_format(text, path)
    except UnknownFormatError:
        return "unknown"


def test_a_bracketed_text_is_told_by_its_suffix() -> None:
    """ "[UPDATE 2] ..." is text, but an unreadable JSON array in a .json file is ninjs."""
    assert detect.detect_text_format("[UPDATE 2] Title\n\nBody.", "a.txt") is Format.TEXT
    assert detect.detect_text_format("[UPDATE 2] Title\n\nBody.", "dir.v2/A.JSON") is Format.NINJS
    assert detect.detect_text_format("[1, 2]", "a.txt") is Format.NINJS


def test_an_unknown_root_is_told_by_its_suffix() -> None:
    """XML the content cannot place goes by the suffix, then to the NewsML-G2 reader."""
    assert detect.detect_text_format("<feed/>", "a.HTML") is Format.HTML
    assert detect.detect_text_format("<feed/>", "a.xml") is Format.NEWSML_G2


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["Title\n\nBody.", "[x] y", "[1]", "{}", "<feed/>", "<p>x</p>", " \ufeff[2"]),
    st.sampled_from(["a", "a.", ".txt", "b.txt", "c.JSON", "d.ninjs", "e.xml", "f.tar.html"]),
    st.sampled_from(["", "dir/", "dir.json/", "/abs/x.y/"]),
)
def test_detection_equals_the_suffix_first_code(text: str, name: str, folder: str) -> None:
    """Whatever the path, the format is the one the suffix-first code gave."""
    path = folder + name
    assert _detect(text, path) == _plain_detect(text, path)
