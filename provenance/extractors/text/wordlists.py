"""Closed word lists written as plain strings, turned into sets once."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation", "words"]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word-list literal.

    Example:
        >>> sorted(words("said  told\\nwrote"))
        ['said', 'told', 'wrote']
    """
    return frozenset(text.split())


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of words and phrases, longest first, a space matching any spaces.

    Example:
        >>> re.fullmatch(alternation(["and", "compared with"]), "compared  with") is not None
        True
    """
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
