"""What a number is in: scale multipliers, percent units and time units, read from the lexicon.

The words themselves are language data (:mod:`provenance.lexicon.numbers`,
:mod:`provenance.lexicon.currencies`) compiled into the scanner by
:mod:`provenance.extractors.figures.patterns`; these helpers turn what the
regexes captured into multipliers and ISO 8601 duration designators. The noun
phrase a number counts is read by :mod:`provenance.extractors.figures.nouns`.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["DESIGNATORS", "LETTER_SCALES", "duration_of", "scale_of", "wordset"]

#: ISO 8601 designator and multiplier of each canonical time unit (language-neutral).
DESIGNATORS: dict[str, tuple[str, float]] = {
    "second": ("S", 1),
    "minute": ("M", 1),
    "hour": ("H", 1),
    "day": ("D", 1),
    "week": ("W", 1),
    "fortnight": ("W", 2),
    "month": ("M", 1),
    "quarter": ("M", 3),
    "year": ("Y", 1),
    "decade": ("Y", 10),
    "century": ("Y", 100),
}
#: Scale letters glued to a number ("25k", "4.7b", "$10M"), language-neutral.
LETTER_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}


def wordset(words: str, sep: str | None = None) -> frozenset[str]:
    """A closed word list written as one string ("a b c", or "more than|at least" with sep).

    Example:
        >>> sorted(wordset("up to|at least", sep="|"))
        ['at least', 'up to']
    """
    return frozenset(w.strip() for w in words.split(sep))


def scale_of(word: str, scales: Mapping[str, float]) -> float:
    """The multiplier of a scale word or letter ("bn" -> 1e9, "millions" -> 1e6, "k" -> 1e3).

    Example:
        >>> scale_of("mln", {"mln": 1e6})
        1000000.0
    """
    w = " ".join(word.lower().split())
    if w in scales:
        return scales[w]
    if w.endswith("s") and w[:-1] in scales:
        return scales[w[:-1]]
    return LETTER_SCALES.get(w, 1.0)


def duration_of(word: str, durations: Mapping[str, str]) -> tuple[str, str, float]:
    """Canonical unit, ISO 8601 designator and multiplier of a time unit as written.

    Example:
        >>> duration_of("fortnights", {"fortnights": "fortnight"})
        ('week', 'W', 2)
    """
    unit = durations.get(word.lower().rstrip("'’"), "year")
    designator, mult = DESIGNATORS[unit]
    return ("week" if unit == "fortnight" else unit), designator, mult
