"""Closed word lists written as plain strings, turned into sets once."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation", "ordered_alternation", "words"]


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


def ordered_alternation(phrases: Iterable[str], sep: str = " ") -> str:
    r"""A regex alternation of words and phrases in their order, never empty.

    The order is the lexicon's (the engine takes the first alternative that fits), ``sep``
    is the pattern between a phrase's words (a space as written by default), and no
    phrases give "(?!)", which matches nothing.

    Example:
        >>> ordered_alternation(["Truth Social", "X"])
        'Truth Social|X'
        >>> re.match(ordered_alternation(["in a post on", "on"], r"\s+"), "in a  post on X")[0]
        'in a  post on'
        >>> ordered_alternation([])
        '(?!)'
    """
    return "|".join(sep.join(map(re.escape, w.split())) for w in phrases) or "(?!)"
