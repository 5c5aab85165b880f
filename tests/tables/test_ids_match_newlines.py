"""The one-pass id check refuses a value holding a newline, wherever it sits.

The check reads the values joined by newlines; a newline inside a value is told apart
from the separators by the count of characters other than hex digits, without a
separate count of the newlines.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.tables.validate import ids_match


def _regex(values: list[str], head: str, digits: int) -> bool:
    pattern = re.compile(rf"^{head}[0-9a-f]{{{digits}}}$")
    return all(pattern.match(v) is not None and not v.endswith("\n") for v in values)


def test_a_newline_that_lines_up_with_a_separator_is_refused() -> None:
    # joined "ab\nc\n": the length of two ids of two digits, a newline where the
    # separator goes; the second newline is the one the values hold too many
    assert not ids_match(["ab\nc", ""], "", 2)
    assert not ids_match(["clm_0a\n", "clm_1b"], "clm_", 2)
    assert not ids_match(["clm_0\nclm_1b"], "clm_", 2)


def test_well_formed_ids_and_their_neighbours() -> None:
    assert ids_match(["clm_0a", "clm_ff", "clm_09"], "clm_", 2)
    assert not ids_match(["clm_0a", "clm_fg"], "clm_", 2)  # not a hex digit
    assert not ids_match(["clm_0a", "clm_0A"], "clm_", 2)  # upper case
    assert not ids_match(["clm_0a", "clm_0ab"], "clm_", 2)  # one digit too many
    assert not ids_match(["clm_0a", "clx_0a"], "clm_", 2)  # another head


_PIECES = st.sampled_from(["clm_", "0", "a", "f", "\n", "c", "m", "_", "g", "0a", "\n\n"])


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.lists(_PIECES, max_size=5).map("".join), min_size=1, max_size=5),
    st.sampled_from([("clm_", 2), ("", 2), ("", 1)]),
)
def test_values_built_from_newlines_and_id_parts_match_the_regex(
    values: list[str], form: tuple[str, int]
) -> None:
    head, digits = form
    assert ids_match(values, head, digits) == _regex(values, head, digits)
