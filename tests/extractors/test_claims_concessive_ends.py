"""Where a concessive clause ends a report's content: "even though" stays, "though" ends it."""

from __future__ import annotations

from tests.extractors.attributed import attributed_cues


def test_even_though_concedes_inside_the_report() -> None:
    """ "..., even though X" is part of what the speaker says."""
    text = "He said he is not ready to endorse Trump, even though he is the lone Republican left."
    contents = [c for c, _, _ in attributed_cues(text)]
    assert "he is not ready to endorse Trump, even though he is the lone Republican left" in (
        contents
    ), contents


def test_a_bare_though_or_although_still_ends_the_content() -> None:
    """Neighbours: "though" and "although" without "even" open the writer's aside."""
    for joiner in ("though", "although"):
        text = f"He said he is not ready to endorse Trump, {joiner} he is the lone Republican left."
        contents = [c for c, _, _ in attributed_cues(text)]
        assert "he is not ready to endorse Trump" in contents, contents
