"""Closed word lists written as plain strings, turned into sets once."""

from __future__ import annotations

__all__ = ["words"]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word-list literal.

    Example:
        >>> sorted(words("said  told\\nwrote"))
        ['said', 'told', 'wrote']
    """
    return frozenset(text.split())
