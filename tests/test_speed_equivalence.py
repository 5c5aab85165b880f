"""Speed shortcuts outside the extractors give exactly what the plain code gave.

Each shortcut is compared with the implementation it replaced, on generated inputs
that include the cases the shortcut skips (ASCII texts, well-formed ids) and the
ones it must still catch (lone surrogates, malformed ids, missing values).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.errors import printable

_SURROGATE = re.compile("[\ud800-\udfff]")


def _plain_printable(text: str) -> str:
    """The implementation before the ASCII shortcut."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


_TEXTS = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(max_codepoint=127), max_size=40),
    st.lists(st.sampled_from(["a", " ", "\ud800", "\udcff", "é", "“", "\n"]), max_size=20).map(
        "".join
    ),
)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_printable_equals_the_plain_code(text: str) -> None:
    """ASCII texts come back as they are; others lose only their lone surrogates."""
    assert printable(text) == _plain_printable(text)


def test_printable_keeps_an_ascii_text_object() -> None:
    """An ASCII text is returned itself, not a copy (callers test ``is``)."""
    text = "plain ascii " * 3
    assert printable(text) is text
    assert printable("bad\udcff") == "bad\ufffd"
