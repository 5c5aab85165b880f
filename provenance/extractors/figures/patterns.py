"""The compiled regexes of the figure scanner, built once per language from its lexicon.

Two trigger regexes find where a number may start; the master regex (``SCAN``),
matched there, tells what starts: a list marker, a date, a phone number, a
time, an amount after a currency, a model name, an identifier, a number in
digits or a run of number words. Small anchored regexes then read what
follows (scale, currency, percent, time unit, a range) and what precedes (a
qualifier). Every word comes from the language's lexicon
(:mod:`provenance.lexicon.numbers`, :mod:`provenance.lexicon.currencies`);
digits, symbols, times and phone numbers are language-neutral.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from provenance.extractors.figures.numwords import lone_words, norm
from provenance.extractors.text.wordscan import WordStarts, folds_apart, latin1
from provenance.lexicon.currencies import CurrencyTable, currency_table
from provenance.lexicon.numbers import CompoundUnit, NumberLexicon, number_lexicon
from provenance.lexicon.numbers import word_alternation as alt

__all__ = [
    "SP",
    "Patterns",
    "ascii_openers",
    "digit_marks",
    "may_open",
    "next_digit",
    "patterns",
]

# Possessive (``*+``): spaces are never given back, so a long run of them costs one
# pass, not one per split between the two runs (quadratic).
#: a space on one line: also the no-break and narrow spaces of French typography ("5\u202f%")
HS = r"[ \t\u00a0\u202f\u2009]"
SP = HS + r"*+\n?" + HS + r"*+"
FRACTION_CHARS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_SPACES = " \u00a0\u202f\u2009"
_SIGN = r"(?:(?<![\w.,)/])[-−+](?=\.?\d))?"
_SCI = (
    r"(?:[eE][-+−]?\d+(?![\w.])|[ \t]?[×x][ \t]?10(?:\^[-−]?|[-−])\d+"
    r"|[×x]\d+\^[-−]?\d+"
    # a power written with a caret: "10^9", "2^10"
    r"|\^[-−]?\d{1,3}(?!\d|[.,]\d)"
    r")"
)
#: before or after noon, in either case: "6pm", "6 p.m.", "6AM", "6 A.M."
_MERIDIEM = r"[ap]\.m\.|[ap]m\b|[AP]\.M\.|[AP]M\b"
#: every form of a time opens with one to four digits, then (after a space or tab at most) its
#: separator and the first digit of the minutes, its meridiem's letters, or its zone's or
#: hour letter's first: a cheap test before its six forms are tried one by one ("2019." and
#: "5 people" are turned down here)
_TIME_OPENS = r"(?=\d{1,4}+[ \t]?+(?:[:.][0-5]|[ap]\.?m|[AP]\.?M|[GBEChHl]))"
_TIME = (
    _TIME_OPENS + r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)(?::[0-5]\d)?(?:\.\d{1,3}(?!\d))?"
    r"(?:[ \t]*(?:" + _MERIDIEM + r"))?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)[ \t]*(?:" + _MERIDIEM + r"|GMT|BST|EST|EDT|CET|ET\b)"
    r"|(?:1[0-2]|0?[1-9])[ \t]?(?:" + _MERIDIEM + r")"
    r"|(?:[01]\d|2[0-3])[0-5]\d[ \t]?(?:GMT|BST|EST|EDT|CET|ET\b|hrs\b|local\b)"
    r"|(?:[01]?\d|2[0-3])[ \t]?h[ \t]?[0-5]\d(?!\d)"
    # AFP's "15H00", "9H30" (not "1H24", "2H25": a half of a year)
    r"|(?:[01]\d|2[0-3]|[3-9])H[0-5]\d(?!\d))"
)
#: every form of a phone number (or of a court's case number read with them) opens with
#: "+", "(", "0", "1-", three digits and a hyphen, or a digit and a colon before a digit
#: ("2:23-cv-0451"): a cheap test before its forms are tried one by one at every number
_PHONE_OPENS = r"(?=[+(0]|1-|\d{3}-|\d:\d)"
_PHONE = (
    _PHONE_OPENS + r"(?:\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\d)"
    r"|\(\d{3}\)[ \t]?\d{3}-\d{4}(?!\d)"
    # with the North American trunk prefix: "1-800-555-0199"
    r"|(?<!\d)(?:1-)?\d{3}-\d{3}-\d{4}(?!\d)"
    # a local number: "555-0134" (no range ends in a number with a leading zero, and 555 is
    # the exchange of North American numbers written for fiction and examples)
    r"|(?<![\d,.-])(?:\d{3}-0\d{3}|555-\d{4})(?![\d-]|[.,]\d)"
    r"|(?<![\d,])0\d{2,4}[ \t]\d{3,4}[ \t]\d{3,4}(?!\d)"
    # a trunk code and the rest in one group: "08600 10111" (no count opens with a zero)
    r"|(?<![\d,.])0\d{3,4}[ \t]\d{5,6}(?![\d,])"
    # a US federal court's case number, office:year-type-number ("2:23-cv-0451",
    # "1:24-cr-00112-JMF"): no time, no range
    r"|(?<![\w:])\d:\d{2}-[a-z]{2,3}-\d{3,6}(?:-[A-Z]{2,4})*+(?![\w-])"
    # French: ten digits in pairs, "01 23 45 67 89", "06.12.34.56.78"
    r"|(?<![\d,.])0[1-9](?:(?: \d\d){4}|(?:\.\d\d){4})(?![\d,]))"
)
#: the spaces after a name before a number, with an airline's two-character code between:
#: "Flight PK 8303", "flight DL 1086", "le vol AF 447" (one identifier, as "Flight 93")
_CARRIER = r"[ \t]+(?:[A-Z][A-Z\d][ \t]+)?"
#: between a name and its number: a carrier as above, or nothing after a number sign ("n°1")
_CARRIED = r"(?:" + _CARRIER + r"|(?<=°))"
_IDENT = (
    # digits and letters possessive: a run of digits cannot split between two
    # iterations (that was exponential on "x" + 24 nines + "_" + 24 nines); a run
    # of letters gives nothing back either (a letter never starts what follows
    # it), so a word that is no identifier ("three") fails at once
    # (with its digit groups: "X15,000" is one code, no "000" after it)
    r"(?:(?<![\w$£€¥])[A-Za-z]++(?:[-/.−]?\d++(?:,\d{3}(?!\d))*+[A-Za-z]*+)+(?:[-/]\w++)*(?![\w])"
    r"|(?<![\w.,])\d++[A-Za-z]++\d[\w]*(?:[-/]\w+)*)"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d)"
#: the master pattern's alternatives whose every match opens with a digit, a sign or a bracket
_DIGIT_OPENED = frozenset({"marker", "phone", "time", "ticker", "num"})
#: ... and those whose every match opens with a lexicon word (when each starts with a letter)
_LETTER_OPENED = frozenset(
    {"code", "model", "roman", "vague", "phrase", "aunit", "decade", "words"}
)
_ROMAN_DIGITS = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def roman(n: int) -> str:
    """``n`` (1-39) in Roman numerals.

    Example:
        >>> roman(21), roman(4), roman(39)
        ('XXI', 'IV', 'XXXIX')
    """
    out = ""
    for letters, value in _ROMAN_DIGITS:
        while n >= value:
            out, n = out + letters, n - value
    return out


def roman_ordinals(suffixes: tuple[str, ...]) -> dict[str, int]:
    """Roman ordinals 1-39 with the language's suffixes ("XXIe" -> 21), as written.

    A lone "I" takes only a suffix longer than one letter ("Ier", not "Ie").

    Example:
        >>> forms = roman_ordinals(("e", "er"))
        >>> forms["XXIe"], forms["Ier"], "Ie" in forms
        (21, 1, False)
    """
    return {roman(n) + s: n for n in range(1, 40) for s in suffixes if not (n == 1 and len(s) < 2)}


def number_pattern(decimal: str, group: str) -> str:
    """A number in digits (no sign) for a locale's decimal and group symbols.

    Grouped ("53,000"; "53 000" with any space; "12,34,567" in Indian English;
    "1'234" in Swiss copy; "1.234.567" in French), decimal, mixed and vulgar
    fractions, leading decimals (".5"). Where the group symbol is a space
    (French), a decimal may follow space-grouped digits ("53 000,5").

    Example:
        >>> bool(re.fullmatch(number_pattern(",", "\\u202f"), "53\\u00a0000,5"))
        True
    """
    d = re.escape(decimal)
    spaced_primary = group in _SPACES
    # A run of digits that a separator must follow is possessive (``++``, ``{1,3}+``): giving
    # digits back leaves a digit where the separator is wanted, so the same matches, found
    # without walking back one digit at a time on every number that has no such separator.
    grouped = "" if spaced_primary else rf"\d{{1,3}}+(?:{re.escape(group)}\d{{3}})+(?![\d])|"
    separators = "'’" + _SPACES + ("" if spaced_primary else group)
    if group == ",":  # Indian English groups lakhs and crores by two: "12,34,567"
        grouped = r"\d{1,2}+(?:,\d\d)+,\d{3}(?!\d)|" + grouped
    if spaced_primary and decimal == ",":  # "1.234.567" in French copy (Belgium, older style)
        grouped = r"\d{1,3}+(?:\.\d{3}){2,}(?!\d|\.\d)|" + grouped
        separators += "."
    grouped = r"\d{1,3}+(?:['’]\d{3})+(?!\d)|" + grouped  # Swiss: "1'234'567", "1’234"
    # every grouped form opens with one to three digits and a separator: tested once, before
    # the forms are tried one by one (most numbers are not grouped)
    grouped = r"(?=\d{1,3}+[" + re.escape(separators) + r"])(?:" + grouped
    after_spaced = r"(?!\d)" if spaced_primary else rf"(?![\d{re.escape(group)}]|{d}\d)"
    decimals = rf"(?:{d}\d+)?"
    if spaced_primary and decimal != ".":
        decimals = rf"(?:[{d}.]\d+)?"  # "32.2" in French copy is still a decimal
    return (
        r"(?:\d++(?:[ \t]++|-)\d{1,2}+/(?:2|3|4|8|16|32|64)(?!\d)"
        r"|\d++/\d++(?![\d/])"
        r"|(?:\d++[ \t]?+)?[" + FRACTION_CHARS + r"]"  # "4½", "2 ¾ miles", "½"
        r"|(?:"
        + grouped
        + r"\d{1,3}+(?:["
        + _SPACES
        + r"]\d{3})+"
        + after_spaced
        + r")|\d+)"
        + decimals
        + r"|"
        + d
        + r"\d+)"
    )


def next_digit(
    p: Patterns, text: str, pos: int, marks: bytes | None = None
) -> re.Match[str] | None:
    """``p.DIGIT_TRIGGER.search(text, pos)``, the same match, tried only where it may start.

    ``marks`` is :func:`digit_marks` of ``text`` (computed here when not given: a caller
    that asks again and again on one text passes it). ``bytes.find`` skips in C to the next
    character that may open a match, and ``DIGIT_TRIGGER`` is matched there; a search
    tests the pattern's first class at every character it skips, dearer than ``find``.

    Example:
        >>> p = patterns("en")
        >>> next_digit(p, "In 2019, 40 died.", 0).group(), next_digit(p, "In 2019.", 7)
        ('2019', None)
    """
    if marks is None:
        marks = digit_marks(p, text)
    match = p.DIGIT_TRIGGER.match
    at = marks.find(1, pos)
    while at >= 0:
        m = match(text, at)
        if m is not None:
            return m
        at = marks.find(1, at + 1)
    return None


def digit_marks(p: Patterns, text: str, raw: bytes | None = None) -> bytes:
    """One byte a character of ``text``: 1 where a match of ``p.DIGIT_TRIGGER`` may start
    (a character of its first class, or any character outside ASCII, or "?"), else 0.

    ``raw`` is :func:`~provenance.extractors.text.wordscan.latin1` of ``text`` when the
    caller has it (it writes a character outside Latin-1 as "?", so "?" is marked too).

    Example:
        >>> list(digit_marks(patterns("en"), "a 5, b."))
        [0, 0, 1, 0, 0, 0, 1]
    """
    return (latin1(text) if raw is None else raw).translate(p.DIGIT_MARKS)


_ASCII = frozenset(map(chr, range(128)))
#: the ASCII characters ``SP`` may open with (an empty ``SP`` opens with what follows it)
_GAP_OPENERS = frozenset(" \t\n")


def may_open(openers: frozenset[str], c: str) -> bool:
    """Whether a pattern may match where ``c`` (a character, or "" at the end) opens the text.

    ``openers`` are the ASCII characters its matches may open with; a character outside
    ASCII is always let through (a case fold may take it to one of them). A cheap gate
    before a pattern tried after most numbers: "5%" opens no scale word or currency.

    Example:
        >>> p = patterns("en")
        >>> [may_open(p.SCALE_OPENERS, c) for c in (" ", "%", "m", "\u00a0", "")]
        [True, False, True, True, False]
    """
    return c in openers or not c.isascii()


def ascii_openers(words: Iterable[str], *, ignore_case: bool = True) -> frozenset[str]:
    """The ASCII characters that the first character of one of ``words`` matches.

    A gate for a pattern whose every match opens with one of ``words`` (``alt(words)``):
    the engine itself tells which ASCII characters each first character matches, case-blind
    with ``ignore_case`` (so re's own case folds are followed, not ``str.lower``'s). A word
    opening with a space, hyphen or nothing (``alt`` reads those as a gap) gives every ASCII
    character: then the gate never closes.

    Example:
        >>> sorted(ascii_openers(["st", "nd", "rd", "th"]))
        ['N', 'R', 'S', 'T', 'n', 'r', 's', 't']
    """
    flags = re.IGNORECASE if ignore_case else 0
    heads = {w[:1] for w in words}
    if any(not h or h.isspace() or h == "-" for h in heads):
        return _ASCII
    tests = [re.compile(re.escape(h), flags) for h in heads]
    return frozenset(c for c in _ASCII if any(t.fullmatch(c) for t in tests))


def _clock_hour(lex: NumberLexicon) -> str:
    """An hour of the clock written with the hour letter alone after a preposition of time:
    "à 14 h", "vers 9h" (not "à 2 h de route", a distance in time), and the first hour of a
    range after its opening preposition when a second hour follows ("de 9 h à 17 h"; "une
    hausse de 9 h" stays a count); empty for a language without one."""
    if not lex.clock_hour_before or not lex.clock_hour_letters:
        return ""
    before = "|".join("(?<=\\b" + re.escape(w) + " )" for w in _cases(list(lex.clock_hour_before)))
    # "le délai passe à 12 heures": a level of a duration after a verb of change, no hour
    levels = "".join(
        "(?<!\\b" + re.escape(v) + " " + re.escape(w) + " )"
        for v in _cases(list(lex.clock_hour_level_verbs))
        for w in lex.clock_hour_before
    )
    hour = r"(?:[01]?\d|2[0-3])[ \t\u00a0\u202f]?(?:" + alt(lex.clock_hour_letters) + r")"
    # "à 12 heures du scrutin", "à 2 h de route": a distance in time ("à 3 heures du matin"
    # stays an hour of the day)
    parts = alt(lex.clock_hour_day_parts) if lex.clock_hour_day_parts else "(?!)"
    out = (
        r"|(?:"
        + before
        + r")"
        + levels
        + hour
        + r"(?!\w)(?![ \t]+(?:"
        + alt(lex.clock_hour_not_before or lex.of)
        + r")(?:\b|(?<=['’]))(?![ \t]*(?:"
        + parts
        + r")\b))"
    )
    if lex.clock_hour_day_parts:  # "il était 6 h du matin": an hour of the day, whatever before
        out += (
            r"|"
            + hour
            + r"(?!\w)(?=[ \t]+(?:"
            + alt(lex.clock_hour_not_before or lex.of)
            + r")(?:[ \t]+|(?<=['’]))(?:"
            + parts
            + r")\b)"
        )
    if lex.clock_range_before:  # "de 9 h à 17 h": the first hour of a range of hours
        opens = "|".join(
            "(?<=\\b" + re.escape(w) + " )" for w in _cases(list(lex.clock_range_before))
        )
        out += (
            r"|(?:"
            + opens
            + r")"
            + hour
            + r"(?!\w)(?=[ \t]+(?:"
            + alt(lex.range_to)
            + r")[ \t]+"
            + hour
            + r"(?![^\W\d_]))"
        )
    return out


def _last_word_of(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One of ``words`` at the end of a window, then spaces or right after an elided
    article ("âgé de ", "l'"); ``None`` for a language without the list."""
    if not words:
        return None
    return re.compile(r"(?i:(?<![\w'’])" + alt(words) + r"(?:[ \t]+|(?<=['’]))$)")


def _last_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The last word of each phrase, lower-case ("âgé d'" -> "d'", "age of" -> "of")."""
    return frozenset(p.split()[-1].lower() for p in phrases if p.strip())


def _hyphened(c: CompoundUnit) -> tuple[re.Pattern[str], float, str]:
    """A compound measure written with hyphens, the smaller unit left out or not: "a
    6-foot-2 guard", "a 5-foot-10-inch star" (the part after the number)."""
    pattern = (
        r"(?i:-(?:" + alt(c.first) + r")-(\d{1,2})(?:-(?:" + alt(c.second) + r")\b)?"
        r"(?![\d\w]|[.,]\d|-\d))"
    )
    return re.compile(pattern), c.per, c.unit


def _cases(words: list[str]) -> list[str]:
    return sorted({*words, *(w[:1].upper() + w[1:] for w in words), *(w.upper() for w in words)})


class Patterns:
    """Every regex and word set the scanner needs for one language (see :func:`patterns`)."""

    def __init__(self, lex: NumberLexicon, cur: CurrencyTable) -> None:
        self.lex, self.cur = lex, cur
        self.NUMBER = number_pattern(lex.decimal, lex.group)
        self.decimal = lex.decimal
        words = [*lex.words, *lex.fractions, *lex.denominators, *lex.dozen, *lex.approximate_nouns]
        self.NUMBER_WORDS = frozenset(words)
        # "one second" is a time: a word that is also a time unit does not continue a run
        cont = [w for w in words if w not in lex.durations]
        articles = alt(lex.articles)
        big = alt(
            [w for w, n in lex.words.items() if n.kind in ("hundred", "scale")] + [*lex.dozen]
        )
        joiners = alt(lex.joiners | lex.tens_joiners)
        point = alt(lex.point)
        # "a quarter of a million", "three-quarters of a billion": a fraction of a scale
        frac_of = (
            "|(?:"
            + "|".join(
                "(?<=" + re.escape(w) + ")" for w in sorted({*lex.fractions, *lex.denominators})
            )
            + r")[ \t]+(?:"
            + alt(lex.of)
            + r")[ \t]+(?:"
            + articles
            + r")[ \t]+(?="
            + big
            + r"\b)"
            if lex.articles and lex.fractions
            else ""
        )
        # possessive spaces: a word or "&" always follows them, and three runs of
        # spaces that give back to each other were cubic on "five" + 1,000 spaces
        join = (
            r"(?:[ \t]*+,?[ \t]*+\n?[ \t]*+"
            r"(?:" + joiners + r"[ \t]++(?:" + articles + r"[ \t]++)?)?"
            r"|[ \t]*&[ \t]*|[ \t]*-(?:" + joiners + r"-(?:" + articles + r"-)?)?[ \t]*"
            r"|[ \t]+" + articles + r"[ \t]+(?=" + big + r"\b)"
            r"|[ \t]+" + point + r"[ \t]+" + frac_of + ")"
        )
        # "a fifth of", "by a fifth." at a clause's end and, after a preposition of change,
        # "by a third to 1.2 million" (before a word of `fraction_followers`); "a fifth term"
        # and "score a fourth to kill the tie" are ordinals
        changed = "|".join(
            r"(?<=\b" + re.escape(w) + r"[ \t])" for w in sorted(lex.change_prepositions)
        )
        after_change = (
            r"(?:"
            + changed
            + r")"
            + articles
            + r"[ \t]+(?=(?:"
            + alt(lex.denominators)
            + r")[ \t]+(?:"
            + alt(lex.fraction_followers)
            + r")\b)|"
            if lex.fraction_followers and changed
            else ""
        )
        lead_a = (
            r"(?:\b(?:"
            + after_change
            + articles
            + r"[ \t]+(?=(?:"
            + big
            + "|"
            + alt(lex.fractions)
            + "|"
            r"(?:" + alt(lex.denominators) + r")(?=[ \t]+" + alt(lex.of) + r"\b|[.,;:!?)]))\b)))?"
        )
        lead = r"(?:\b" + alt(lex.minus) + r"[ \t]+)?" + lead_a
        cont_words = alt([*cont, *lex.point_digits])
        self.WORD_RUN = lead + r"\b" + alt(words) + r"\b(?:" + join + r"\b" + cont_words + r"\b)*"
        phrases = [*words, *lex.point_digits, *lex.point]
        if any(" " in w or "-" in w for w in phrases):  # "quatre-vingt", "dix-sept"
            self.TOKEN = re.compile(r"[&,]|" + alt(phrases) + r"|\w+", re.IGNORECASE)
        else:
            self.TOKEN = re.compile(r"[&,]|\w+")
        self.WORDS = {norm(w): n for w, n in lex.words.items()}
        #: words of a multiple ("twice", "double"): a figure only where they compare
        self.MULTIPLICATIVES = frozenset(norm(w) for w in lex.multiplicatives)
        self.FRACTIONS = {norm(w): d for w, d in lex.fractions.items()}
        self.DENOMS = {norm(w): lex.denominator(w) or 1 for w in lex.denominators}
        self.DOZEN = {norm(w): d for w, d in lex.dozen.items()}
        self.APPROX = {norm(w): v for w, v in lex.approximate_nouns.items()}
        self.JOINERS = frozenset(norm(w) for w in lex.joiners)
        self.TENS_JOINERS = frozenset(norm(w) for w in lex.tens_joiners)
        self.TENS_JOINED = frozenset(norm(w) for w in lex.tens_joined)
        self.TENS_TEENS = frozenset(norm(w) for w in lex.tens_with_teens)
        self.ARTICLES = frozenset(norm(w) for w in lex.articles)
        self.OF_WORDS = frozenset(norm(w) for w in lex.of)
        self.ARTICLE_NUMBERS = frozenset(norm(w) for w in lex.article_numbers)
        #: between the two numbers of a proportion: "one in five", "un sur cinq"
        self.RATIO_AFTER = (
            re.compile(
                r"(?i:[ \t]+"
                + alt(lex.ratio_words)
                + r"[ \t]+|-"
                + alt(w.replace(" ", "-") for w in lex.ratio_words)
                + "-)"
            )
            if lex.ratio_words
            else None
        )
        #: the same words with a space each side, in the cases a headline writes them too
        #: ("One In Five", "ONE IN FIVE"): a cheap first test before ``RATIO_AFTER``
        self.RATIO_LINKS = tuple(
            sorted(
                {f" {v} " for w in lex.ratio_words for v in (w, w.title(), w.upper())}
                | {f"-{w.replace(' ', '-')}-" for w in lex.ratio_words}  # "a one-in-five chance"
            )
        )
        self.MINUS = frozenset(norm(w) for w in lex.minus)
        self.POINT = frozenset(norm(w) for w in lex.point)
        self.POINT_DIGITS = {norm(w): d for w, d in lex.point_digits.items()}
        self._money(cur)
        self._context(lex)
        self._scan(lex)
        #: the reading of each number word that is a run on its own ("two", "million")
        self.LONE_WORDS = lone_words(self)

    def qualifier_class(self, written: str) -> str:
        """What a qualifier as written says: approximate, lower, upper, exact, between...

        Example:
            >>> patterns("fr").qualifier_class("plus  de")
            'lower'
        """
        key = " ".join(written.lower().replace("’", "'").replace("-", " ").split())
        return self.QUALIFIERS.get(key) or self.QUALIFIERS.get(key.replace(" ", "-"), "")

    def percent_unit(self, written: str) -> str:
        """The canonical unit of a percent word ("pct" -> "percent").

        Example:
            >>> patterns("en").percent_unit(" percentage  points")
            'percentage points'
        """
        key = " ".join(written.lower().split())
        spaced = key.replace("-", " ")  # "percentage-point"
        pc = self.lex.percent
        return pc.get(key) or pc.get(spaced) or pc.get(key.replace(" ", "-"), "percent")

    def _money(self, cur: CurrencyTable) -> None:
        forms = cur.symbol_forms
        singles = "".join(sorted({s for s in forms if len(s) == 1 and s != "$"}))
        dollars = [re.escape(s[:-1]) for s in forms if s.endswith("$") and len(s) > 1]
        letters = [s for s in forms if s[-1].isalpha() and s not in cur.codes]
        # "Rs.", "GH¢": letters and a mark that is no sign of its own
        letters += [
            s
            for s in forms
            if s[:1].isalpha() and not s[-1].isalnum() and s[-1] not in singles + "$"
        ]
        # letters before a sign other than "$": "CN¥", "JP¥"
        signed = [s for s in forms if len(s) > 1 and s[-1] in singles and s[:-1].isalpha()]
        # tries, not lists: a failed try at a trigger costs one character test, not one per
        # symbol or code (the letters are tried at every word trigger)
        codes = alt(cur.codes)
        self.CURRENCY_CODES = codes
        #: symbols in letters, found back from the amount: "Rs 5 crore", "Rp 5 trillion"
        self.LETTER_SYMBOLS = alt(letters)
        self.SIGNS = "$" + singles
        self.DOLLAR_PREFIXES = "(?:" + "|".join(dollars) + ")"
        self.SIGN_PREFIXES = "|".join(
            [self.DOLLAR_PREFIXES + r"(?=\$)"]
            + [re.escape(s[:-1]) + "(?=" + re.escape(s[-1]) + ")" for s in signed]
        )
        # "N2.5bn", "P500 million": a letter that is money only before an amount with a scale,
        # or with cents ("R18.90 to the dollar", "P56.10")
        scales = [w for w, v in self.lex.scale_words.items() if v >= 1e3]
        scales += [*self.lex.scale_letters, *self.lex.currency_scale_letters]
        # digit groups ("N50,000") or a price of one unit ("N617 per litre") too
        per = (
            r"|\d[\d.,]*[ \t]+(?:" + alt(self.lex.price_per) + r")\b" if self.lex.price_per else ""
        )
        # what makes the letters money after them
        look = (
            r"\d[\d.,]*[ \t]?(?i:"
            + alt(scales)
            + r")(?![^\W\d_])|\d{1,3}(?:,\d{3})*\.\d\d(?![\d.,]*\d|[^\W\d_])"
            + r"|\d{1,3}(?:,\d{3})+(?![\d.]|[^\W\d_])"
            + per
        )
        # a letter is glued to its amount ("N2.5bn"); longer letters may take a space ("COP
        # 1,300,000", "SR 5,000")
        letter = [re.escape(s) for s in sorted(cur.scaled_symbols) if len(s) == 1]
        longer = [re.escape(s) for s in sorted(cur.scaled_symbols) if len(s) > 1]
        #: such longer letters, found back from the amount: "COP 1,300,000"
        self.SCALED_LONGER = "|" + "|".join(longer) if longer else ""
        scaled = (
            r"|(?<![\w.,])(?:"
            + "|".join(
                [
                    *(["(?:" + "|".join(letter) + ")(?=" + look + ")"] if letter else []),
                    *(["(?:" + "|".join(longer) + ")(?=[ \t]?(?:" + look + "))"] if longer else []),
                ]
            )
            + ")"
            if cur.scaled_symbols and scales
            else ""
        )
        self.CURRENCY_PREFIX = (
            r"(?:"
            + self.DOLLAR_PREFIXES
            + r"?\$"
            # one look back for them all: each written in front of its own was tried in turn
            + (r"|(?<![A-Za-z])(?:" + "|".join(map(re.escape, signed)) + ")" if signed else "")
            + r"|["
            + singles
            + r"]"
            r"|(?<![A-Za-z])" + self.LETTER_SYMBOLS + r"(?=[ \t]?\d)"
            r"|(?:" + codes + r")(?=[ \t]?\d)" + scaled + ")"
        )
        # symbols with letters after an amount ("12 $US", "12 $ US", "5 CA$") and ISO codes
        # ("5,000 USD"), both as written (case-sensitive: "try" is not TRY)
        after = sorted((s for s in forms if len(s) > 1 and s[-1] != "."), key=len, reverse=True)
        after_forms = [
            re.escape(s[0]) + HS + "?" + re.escape(s[1:]) if s[0] in self.SIGNS else re.escape(s)
            for s in after
            if any(c in self.SIGNS for c in s)
        ]
        symbols_after = r"(?-i:(?:" + "|".join([*after_forms, codes]) + r")(?![A-Za-z]))"
        self.SYMBOLS_AFTER = symbols_after
        words = alt([*cur.words, *cur.subunits])
        adj = alt(cur.adjectives)
        self.CURRENCY_WORD = r"(?:" + adj + r"[ \t]+)?" + words + r"\b"
        self.CURRENCY_AFTER = re.compile(
            SP
            + r"("
            + self.CURRENCY_WORD
            + r"|"
            + symbols_after
            + r"|["
            + self.SIGNS.replace("$", "")
            + r"$])",
            re.IGNORECASE,
        )
        money_of = r"(?:" + alt(self.lex.of) + r")(?:[ \t]+|(?<=['’]))"
        self.MONEY_OF_AFTER = re.compile(
            SP + money_of + r"(" + self.CURRENCY_WORD + r")", re.IGNORECASE
        )
        #: what a match of ``CURRENCY_AFTER`` may open with (a gate: see :func:`may_open`)
        self.CURRENCY_AFTER_OPENERS = (
            _GAP_OPENERS
            | frozenset(self.SIGNS)
            | ascii_openers([*cur.words, *cur.subunits, *cur.adjectives, *after, *cur.codes])
        )
        self.CURRENCY_BEFORE = re.compile(r"(?i:(?<![\w-])(" + self.CURRENCY_WORD + r")[ \t]+$)")
        self.CURRENCY_NAMES = frozenset(w.split()[-1] for w in cur.words)

    def _context(self, lex: NumberLexicon) -> None:
        self.SCALE_WORDS = lex.scale_words
        #: a scale word after a number, or joined by a hyphen: "$1.5-billion", "5.5-bln-dlr"
        self.SCALE_AFTER = re.compile(
            r"(?:" + SP + r"|-)(" + alt(lex.scale_words) + r")\b", re.IGNORECASE
        )
        #: what a match of ``SCALE_AFTER`` may open with (a gate: see :func:`may_open`)
        self.SCALE_OPENERS = _GAP_OPENERS | {"-"} | ascii_openers(lex.scale_words)
        self.SCALE_LETTER_AFTER = re.compile(r"([mMbBkKT]|bn|mn|mln|bln|tn|trn)\b")
        words = [w for w in lex.percent if w != "%" and not w[-1].isdigit()]
        # "25 pour 100" is a percent, "5 pour 100 000 habitants" a rate per 100,000
        per_digits = [w for w in lex.percent if w[-1].isdigit()]
        digits_end = (
            "|(?:" + alt(per_digits) + r")\b(?![.,]?\d|[ \t\u00a0\u202f]\d{3}\b)"
            if per_digits
            else ""
        )
        #: "5%", "5 per cent", and joined by a hyphen "a 3.5-per-cent rise", "a 25-basis-point cut"
        self.PERCENT_AFTER = re.compile(
            r"(?:" + HS + r"*+(%|(?:" + alt(words) + r")\b" + digits_end + r")"
            r"|-((?:" + alt(words) + r")\b))",
            re.IGNORECASE,
        )
        #: a minute word after an hour written with its letter, and the seconds after it:
        #: "2 h 05 *min 30 s*" (a race's time, a duration)
        minutes = [w for w, u in lex.durations.items() if u == "minute"]
        seconds = [w for w, u in lex.durations.items() if u == "second"]
        self.HOUR_MINUTES_AFTER = (
            re.compile(
                HS
                + r"*+(?:"
                + alt(minutes)
                + r")\b(?:"
                + HS
                + r"*+(\d{1,2}(?:[.,]\d+)?)"
                + HS
                + r"*+(?:"
                + alt(seconds)
                + r")\b(?!['’]))?",
                re.IGNORECASE,
            )
            if lex.clock_hour_letters and minutes and seconds
            else None
        )
        # no elided word after the unit: "les 27 s'accordent" counts no seconds
        self.DURATION_AFTER = re.compile(
            r"(?:" + SP + r"|-)(" + alt(lex.durations) + r")\b(?!['’][^\W\d_])['’]?",
            re.IGNORECASE,
        )
        self.ORDINAL_SUFFIX = re.compile(alt(lex.ordinal_suffixes) + r"\b", re.IGNORECASE)
        #: what an ordinal suffix opens with (a gate before ``ORDINAL_SUFFIX``)
        self.ORDINAL_OPENERS = ascii_openers(lex.ordinal_suffixes)
        nouns = alt(lex.not_million_nouns)
        #: what makes a scale letter a scale: a plural noun or a currency after it ("1.5m people")
        self.PLURAL_AFTER = re.compile(
            r"[ \t]+(?:(?i:" + self.CURRENCY_WORD + r")|(?:" + alt(lex.plural_nouns) + r"\b"
            r"|(?!" + nouns + r"\b)[a-z]+s\b)(?!['’]))"
        )
        self.SCALE_LETTERS = {k.lower(): v for k, v in lex.scale_letters.items()}
        self.CURRENCY_SCALES = dict(lex.currency_scale_letters)
        self.CURRENCY_SCALE_FIRST = frozenset(k[:1] for k in lex.currency_scale_letters)
        #: a scale letter right before a currency sign or code: "30 M$", "12 k€", "30M USD"
        self.CURRENCY_SCALE = re.compile(
            HS
            + r"?("
            + alt(lex.currency_scale_letters)
            + r")(?="
            + HS
            + r"?(?:"
            + self.SYMBOLS_AFTER
            + r"|["
            + self.SIGNS
            + r"]))",
            re.IGNORECASE,
        )
        letters = "".join(sorted({*self.SCALE_LETTERS, *(k.upper() for k in self.SCALE_LETTERS)}))
        self.SCALE_LETTER = re.compile(r"([ \t]?)([" + (letters or "_") + r"])(?![\w])")
        self.DECADE_SUFFIX = re.compile(r"(?:" + alt(lex.decade_suffixes) + r")\b")
        self.DECADE_BEFORE = re.compile(r"(?i:\b" + alt(lex.decade_before) + SP + r"$)")
        #: a decade in words after the hundreds of its years: "the nineteen-*sixties*"
        self.HUNDREDS_DECADE = re.compile(r"(?i:[- ](" + alt(lex.decade_words) + r")\b)")
        #: the period letters as written after a period's number: "1*H*24", "3*Q*2024"
        self.PERIOD_HEADS = frozenset(w.upper() for w in lex.period_letters)
        #: names that open with a number: "7-Eleven", "20th Century Fox" (no figure)
        #: the lower-case names before a number: "l'article 5", "la ligne 14", "type 2"
        self.LOWER_NAMES = frozenset(
            w
            for w in lex.names_before_number
            if w.rstrip("°").isalpha() and w[:2].islower()  # "le train n° 17854"
        )
        self.NAMES_WITH_NUMBER = tuple(sorted(lex.names_with_number))
        self.NAME_WITH_NUMBER = re.compile(
            "(?:"
            + "|".join(map(re.escape, sorted(lex.names_with_number, key=len, reverse=True)))
            + r")(?!\w)"
        )
        self.DECADE_JOINS = frozenset(lex.range_and | lex.range_or | lex.range_to)
        #: the street after the number of an address: "10 *Downing Street*", "1600 *Pennsylvania
        #: Avenue*" (a name, then the noun), "au 10, *rue de R*ivoli", "12 *avenue F*och" (the
        #: noun, then a name, up to two small words before it: "rue de la Paix")
        streets = []
        if lex.street_nouns_after_name:
            streets.append(
                r"(?P<named>[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}"
                + alt(lex.street_nouns_after_name)
                + r"(?![\w'’-]))"
            )
        if lex.street_nouns_before_name:
            streets.append(
                r",?[ \t]+(?i:"
                + alt(lex.street_nouns_before_name)
                + r")[ \t]+(?:[^\W\d_]+(?:[ \t]+|['’])){0,2}[A-ZÀ-ÖØ-Þ]"
            )
        self.STREET = re.compile("|".join(streets)) if streets else None
        #: the letters that may open such a street after the number and a space, tested
        #: before the regex; and after a comma and a space ("au 10, rue de Rivoli")
        self.STREET_COMMA_FIRST = frozenset(
            w[:1] for w in _cases(list(lex.street_nouns_before_name))
        )
        self.STREET_FIRST = self.STREET_COMMA_FIRST | frozenset(
            [chr(c) for c in range(65, 91)] if lex.street_nouns_after_name else []
        )
        #: the last letter of a factor's suffix ("tenfold", "15x") and of the word of a
        #: phrase before a factor or a unit ("by a factor of", "magnitude"), tested first
        self.FACTOR_LAST = frozenset(
            w[-1:] for w in lex.multiplier_suffixes + lex.multiplier_letters
        )
        self.BEFORE_LAST = frozenset(
            w[-2:-1] for w in lex.factor_before + lex.unit_before + lex.divisor_before
        )
        #: a decade right before, joined by "and", "or", "to" or a comma: "the 80s *and* 90s",
        #: "les années 80 *et* 90" (the second is years when the first is)
        self.DECADE_COORDINATED = re.compile(
            r"(?i:(?<![\w'’])(['’]?(?:1[6-9]|20)?\d0(?:"
            + alt(lex.decade_suffixes)
            + r")?|"
            + alt(lex.decade_words)
            + r")(?:[ \t]*,|[ \t]+(?:"
            + alt(self.DECADE_JOINS)
            + r"))"
            + (r"(?:[ \t]+" + alt(lex.year_parts) + ")?" if lex.year_parts else "")
            + r"[ \t]+$)"
        )
        #: a word before a bare currency name that makes it no amount's ("billions *of* dollars")
        self.CURRENCY_NAME_BLOCKED = (
            re.compile(r"(?i:\b(?:" + alt(lex.currency_name_blockers) + r")[ \t]+$)")
            if lex.currency_name_blockers
            else re.compile(r"(?!)")
        )
        never = re.compile(r"(?!)")
        measures = alt(lex.decade_measures)
        #: a noun of measure in the clause before a decade makes it a level:
        #: "temperatures in the 80s"
        self.DECADE_MEASURE_BEFORE = (
            re.compile(r"(?i:\b" + measures + r"\b[^.;:!?\n]{0,60}$)")
            if lex.decade_measures
            else never
        )
        self.DECADE_MEASURE_AFTER = (
            re.compile(r"(?i:[ \t]+" + measures + r"\b)") if lex.decade_measures else never
        )
        #: ... unless a preposition of time opens it: "have risen since the 80s"
        self.DECADE_TIME_BEFORE = (
            re.compile(r"(?i:\b" + alt(lex.decade_time_before) + r"[ \t]+$)")
            if lex.decade_time_before
            else never
        )
        #: a possessive before a decade in words makes it an age: "in his (late) eighties"
        # the modifiers of decade_article ("the *early*") go between: "his early thirties"
        mods = alt(a.split()[-1] for a in lex.decade_article if len(a.split()) > 1)
        self.DECADE_AGE_BEFORE = (
            re.compile(
                r"(?i:\b" + alt(lex.decade_age_before) + r"(?:[ \t]+" + mods + r")?[ \t-]+$)"
            )
            if lex.decade_age_before
            else never
        )
        #: after a time unit, the word that makes an age: "9-year*-old*", "ten years *old*"
        self.AGE_AFTER = (
            re.compile(r"(?i:(?:-|[ \t]+)" + alt(lex.age_after) + r"\b)")
            if lex.age_after
            else never
        )
        #: before a time unit, the words that make an age: "*âgé de* 34 ans", "*femme de* 52 ans"
        self.AGE_BEFORE = _last_word_of(lex.age_before)
        #: the last word of each, tested before the regex: "de", "d'", "aged"
        self.AGE_LAST = _last_words(lex.age_before)
        #: before a bare number, the words that make it an age in years ("*aged* 20", "at the
        #: *age of* 90"), lower-case with one space, longest first, for ``str.endswith``
        bare_ages = {" ".join(w.lower().split()) for w in lex.bare_age_before}
        self.BARE_AGE_ENDS = tuple(sorted(bare_ages, key=len, reverse=True))
        #: their last two letters, as written, tested before the call: "ed", "ge", "of"
        self.AGE_TAILS = frozenset(c for w in bare_ages for c in (w[-2:], w[-2:].upper()))
        #: the article before the second day of a pair ("entre le 10 et *le* 15 mai")
        self.DAY_ARTICLE = (
            re.compile(r"(?i:" + alt(lex.day_articles) + r")[ \t]+(?=\d)")
            if lex.day_articles
            else None
        )
        #: a word of paying before an amount in a cued currency: "*déboursé* 2 M de livres"
        self.MONEY_CUE_BEFORE = (
            re.compile(r"(?i:(?<![\w'’])" + alt(lex.money_cues) + r"(?![\w'’]))")
            if lex.money_cues
            else None
        )
        #: a singular determiner right before an approximate noun: "*la* cinquantaine de"
        self.APPROX_DETERMINER = _last_word_of(lex.approximate_noun_determiners)
        #: the second half of a compound measure after a number: "5*ft 10in*", "6* ft 2 in*"
        self.COMPOUNDS = tuple(
            (
                re.compile(
                    r"(?i:[ \t]?" + alt(c.first) + r"\.?[ \t]?(\d{1,2}(?:\.\d+)?)[ \t]?"
                    r"(?:" + alt(c.second) + r")\b)"
                ),
                c.per,
                c.unit,
            )
            for c in lex.compound_units
        ) + tuple(_hyphened(c) for c in lex.compound_units)
        self.COMPOUND_FIRST = frozenset(w[0].lower() for c in lex.compound_units for w in c.first)
        #: a unit written between a whole number and its hundredths: "9 *s 58*" (9.58 s)
        self.DECIMAL_UNIT = (
            re.compile(r"[ \t]?(" + alt(lex.decimal_units) + r")[ \t](\d\d)(?![\w%]|[.,]\d)")
            if lex.decimal_units
            else None
        )
        self.DECIMAL_UNIT_FIRST = frozenset(w[0] for w in lex.decimal_units)
        #: the compounds by the first letter of their larger unit, in the order tried
        firsts = [frozenset(w[0].lower() for w in c.first) for c in lex.compound_units] * 2
        self.COMPOUNDS_AT = {
            ch: tuple(c for c, f in zip(self.COMPOUNDS, firsts, strict=True) if ch in f)
            for ch in self.COMPOUND_FIRST
        }
        #: the parts of a year written before it, in the cases a cheap ``endswith`` tests
        self.YEAR_PARTS = tuple(
            w for part in sorted(lex.year_parts | lex.decade_parts) for w in _cases([part])
        )
        self.YEAR_BEFORE = re.compile(r"(?i:\b" + alt(lex.year_before) + r"[ \t]+$)")
        self.DECADE_ARTICLE = re.compile(r"(?i:\b" + alt(lex.decade_article) + r"(?:[ \t]+|-)$)")
        self.OF_AFTER = re.compile(SP + alt(lex.of) + r"(?:\b|(?<=['’]))")
        #: the words after a part that make it a round's name, no fraction: "les quarts *de
        #: finale*", "les huitièmes *de finale*"
        self.FRACTION_NAME_AFTER = (
            re.compile(r"(?i:[ \t]+" + alt(lex.fraction_names_after) + r"\b)")
            if lex.fraction_names_after
            else None
        )

        def and_a_half(gap: str, tail: str) -> re.Pattern[str]:
            article = r"(?:" + alt(lex.articles) + gap + r")" if lex.articles else ""
            halves = alt(w for w, d in lex.fractions.items() if d == 2)
            joiner = alt(lex.joiners | lex.tens_joiners)
            return re.compile(
                gap + joiner + gap + article + r"(" + halves + r")\b" + tail, re.IGNORECASE
            )

        #: a half after a time unit: "deux heures *et demie*", "two hours *and a half*"
        self.AND_A_HALF = and_a_half(SP, r"(?![-‐])")
        #: a half after digits, spaced or hyphenated: "15 *and a half* miles", "2-and-a-half-hour"
        self.DIGITS_AND_A_HALF = and_a_half(r"(?:[ \t]+|-)", "")
        #: a decimal point written as a word after digits: "2 *virgule 5*" (2.5)
        self.WRITTEN_POINT_AFTER = re.compile(
            r"(?i:[ \t]+" + alt(lex.written_point) + r"[ \t]+(\d+)\b(?![.,/]\d))"
        )
        #: ... and before digits alone: "*virgule* 5" (0.5)
        self.WRITTEN_POINT_BEFORE = re.compile(
            r"(?i:(?<![\w-])" + alt(lex.written_point) + r"[ \t]+$)"
        )
        #: a fraction in digits joined to a whole number: "1 *et 3/4*", "2 *and 1/2*"
        self.AND_FRACTION = re.compile(
            r"(?i:[ \t]+" + alt(lex.fraction_joiners) + r"[ \t]+(\d{1,2})/(\d{1,2})\b(?![/.,]?\d))"
        )
        between = [q for q, c in lex.qualifiers.items() if c == "between"]
        self.BETWEEN_BEFORE = re.compile(r"(?i:\b" + alt(between) + r"\b)")
        self.COMPOUND_NOUNS = frozenset(w.lower().replace("’", "'") for w in lex.compound_nouns)
        #: between a figure and a time unit it is a part of: "[a tenth] of a [second]"
        self.OF_A_UNIT = re.compile(
            r"(?i:[ \t]+" + alt(lex.of) + r"(?:[ \t]+|(?<=['’]))"
            r"(?:" + alt(lex.articles | lex.article_numbers) + r"[ \t]+)?)"
        )
        to = alt(lex.range_to | lex.range_and | lex.range_or)
        self.RANGE_TO, self.RANGE_AND, self.RANGE_OR = lex.range_to, lex.range_and, lex.range_or
        self.AND_OR = lex.range_and | lex.range_or
        self.AND_OR_RE = re.compile(r"[ \t]+" + alt(self.AND_OR) + r"[ \t]+")
        self.BETWEEN_AND = re.compile(SP + alt(lex.range_and) + SP, re.IGNORECASE)
        # what may follow a unit word: the dash, a space, or a joining word's first letter
        # (a cheap test before each shorter run of the unit's letters is tried)
        joined = "".join(sorted({w[0] for w in self.RANGE_TO | self.RANGE_AND | self.RANGE_OR}))
        unit_ends = "(?=[" + re.escape("-–—\n\t" + _SPACES + joined) + "])"
        self.RANGE_JOIN = re.compile(
            r"(?P<unit>[ \t]*(?!" + to + r"\b)(?:[A-Za-z]{1,12}|°[CF]?)" + unit_ends + ")?"
            r"(?:-?" + SP + r"(?P<word>" + to + r")\b"
            r"|[ \t]?(?P<dash>[-–—])(?=[ \t]?[-−$£€¥]?\d))" + SP
        )
        self.QUALIFIERS = {
            " ".join(k.replace("’", "'").split()): v for k, v in lex.qualifiers.items()
        }
        self.QUALIFIER = re.compile(r"(?i:\b(" + alt(lex.qualifiers) + r")" + SP + r"$)")
        #: ``QUALIFIER`` for a lowered ASCII text: the same matches, without the case-blind tries
        #: (None when a qualifier holds a letter that the case folds of ``re`` and ``str.lower``
        #: read apart)
        self.QUALIFIER_LOWERED = (
            None
            if any(folds_apart(q) for q in lex.qualifiers)
            else re.compile(r"\b(" + alt(q.lower() for q in lex.qualifiers) + r")" + SP + r"$")
        )
        self.QUALIFIER_ENDS = frozenset(q.split()[-1].split("-")[-1] for q in lex.qualifiers)
        self.QUALIFIER_ENDS |= frozenset(q.split("’")[-1] for q in lex.qualifiers if "’" in q)
        self.QUALIFIER_ENDS |= frozenset(q.split("'")[-1] for q in lex.qualifiers if "'" in q)
        self.PRONOUN_ONE_BEFORE = re.compile(
            r"(?i:(?:\b|(?<=['’]))" + alt(lex.one_pronoun_before) + r"[ \t]*$)"
        )
        after = alt(w for w in lex.one_pronoun_after if w[:1].isalpha())
        glued_words = sorted((w for w in lex.one_pronoun_after if not w[:1].isalpha()), key=len)
        glued = "(?:" + "|".join(re.escape(w) for w in reversed(glued_words)) + r")\b"
        if not glued_words:
            glued = r"(?!x)x"
        self.PRONOUN_ONE_AFTER = re.compile(r"(?i:[ \t]*(?:" + glued + r"|" + after + r"\b))")
        #: after a comma, the words that make "one" stand for a thing just counted: "scored
        #: twice, one *in the* 88th minute" ("..., one official said" counts)
        self.PRONOUN_ONE_AFTER_COMMA = (
            re.compile(r"[ \t]+" + alt(lex.one_pronoun_after_comma) + r"\b")
            if lex.one_pronoun_after_comma
            else None
        )
        self.ONE_WORDS = frozenset(lex.one_words)
        self.MINUS_BEFORE = re.compile(r"(?i:\b" + alt(lex.minus) + r"[ \t]+$)")
        #: after a number, the words that make it negative: "5 below zero", "3 degrés sous zéro"
        self.BELOW_ZERO = (
            re.compile(r"(?i:[ \t]+" + alt(lex.below_zero) + r")(?![\w'’-])")
            if lex.below_zero
            else None
        )
        #: their first words, in the cases a cheap ``startswith`` tests after the space
        self.BELOW_ZERO_HEADS = tuple(_cases(sorted({w.split()[0] for w in lex.below_zero})))
        #: the values of the emergency numbers, tested before their digits
        self.SERVICE_VALUES = frozenset(float(n) for n in lex.service_numbers)
        #: a line's noun after its number ("the 73 *bus*") or before it ("la *ligne* 13"):
        #: the cheap first tests of :func:`~provenance.extractors.figures.context.line_name`
        self.LINE_TAILS = tuple(f" {w}" for w in lex.line_nouns) if lex.line_number_before else ()
        self.LINE_HEADS = (
            tuple(f"{w} " for w in lex.line_nouns) if lex.line_noun_determiners else ()
        )
        self.CHANGE_BEFORE = re.compile(
            r"(?i:\b"
            + alt(lex.change_verbs)
            + r"\s+(?:\w+\s+)?(?:"
            + alt(lex.change_prepositions)
            + r"\s+)?$)"
        )
        #: a market verb before an amount written with its unit: "a gagné 1,20 dollar à 84,50"
        self.CHANGE_WITH_UNIT_BEFORE = (
            re.compile(r"(?i:\b" + alt(lex.change_verbs_with_unit) + r"\s+(?:\w+\s+)?$)")
            if lex.change_verbs_with_unit
            else None
        )
        self.ID_PREFIX = re.compile(r"(?i)" + alt(lex.hyphen_prefixes) + r"[-−]")
        self.A_UNIT_RELATIVE = re.compile(r"(?i:[ \t]+" + alt(lex.a_unit_relative) + r"\b)")
        self.FREQ_BEFORE = re.compile(r"(?i:\b" + alt(lex.frequency_before) + r"[ \t]+$)")
        self.ORD_BEFORE = re.compile(r"(?i:\b" + alt(lex.part_before) + r"[ \t-]+$)")
        #: "for *the* half": an article that makes a bare half a period, no share
        self.PART_ARTICLE = (
            re.compile(r"(?i:\b" + alt(lex.part_articles) + r"[ \t]+$)")
            if lex.part_articles
            else None
        )
        #: "120/80 *mmHg*": a unit after two numbers and a slash that makes them two readings
        self.SLASH_PAIR_UNIT = (
            re.compile(SP + "(" + alt(lex.slash_pair_units) + r")(?![^\W\d_])")
            if lex.slash_pair_units
            else None
        )
        #: "le quart *des* ménages": a word of "of" with its article, after a part
        self.PART_OF_AFTER = (
            re.compile(SP + alt(lex.part_of) + r"\b", re.IGNORECASE) if lex.part_of else None
        )
        self.ZERO_IDIOM = re.compile(alt(lex.zero_idioms) + r"\b")
        #: "net zero", "ground zero", "patient zero": a name, not a count
        self.ZERO_IDIOM_BEFORE = (
            re.compile(r"(?i)\b" + alt(lex.zero_idioms_before) + r"[ \t-]$")
            if lex.zero_idioms_before
            else None
        )

    def _scan(self, lex: NumberLexicon) -> None:
        abbrev = {
            k
            for k, n in lex.months.items()
            if any(o != k and o.startswith(k) and lex.months[o] == n for o in lex.months)
        }
        cap = str.capitalize if lex.months_capitalized else str
        full = alt(cap(m) for m in lex.months if m not in abbrev)
        short = alt(cap(m) for m in abbrev)
        month = r"(?:" + full + r"\b|" + short + r"\b\.?)"
        if not lex.months_capitalized:
            month = "(?i:" + month + ")"
        day = (
            r"(?:3[01]|[12]\d|0?[1-9])(?:" + alt(lex.ordinal_suffixes) + r")?"
            r"(?![\d,.]\d)(?!\d)"
        )
        of = r"(?:" + alt(lex.date_of) + SP + r")?"
        dates = (  # (opened by a digit, pattern), in the order they are tried
            (
                True,
                r"(?P<iso_y>"
                + _YEAR
                + r")-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-2]\d|3[01])(?!\d)",
            ),
            (
                True,
                r"(?P<num_a>(?:3[01]|[12]\d|0?[1-9]))/(?P<num_b>(?:3[01]|[12]\d|0?[1-9]))/"
                r"(?P<num_y>" + _YEAR + r"|\d\d(?!\d))",
            ),
            (
                False,
                r"(?P<md_m>" + month + r")" + SP + r"(?P<md_d>" + day + r")"
                r"(?:,?" + SP + r"(?P<md_y>" + _YEAR + r"))?",
            ),
            (
                True,
                r"(?P<dm_d>" + day + r")" + SP + of + r"(?P<dm_m>" + month + r")"
                r"(?:,?" + SP + r"(?P<dm_y>" + _YEAR + r"))?",
            ),
            (False, r"(?P<my_m>" + month + r"),?" + SP + r"(?P<my_y>" + _YEAR + r")"),
        )
        self.DATE = "(?:" + "|".join(pattern for _, pattern in dates) + ")"
        # the dates a digit opens, and those a month name opens (when each starts with a letter)
        date_at_digit, date_at_word = self.DATE, self.DATE
        if all(m[:1].isalpha() for m in lex.months):
            # a date a digit opens: four digits and a dash, or one or two digits and a slash,
            # a space or a letter (of an ordinal suffix, "of" or the month): tested once first
            date_at_digit = (
                r"(?=\d{4}+-|\d{1,2}+(?:[/\s]|[^\W\d_]))(?:"
                + "|".join(pattern for d, pattern in dates if d)
                + ")"
            )
            date_at_word = "(?:" + "|".join(pattern for d, pattern in dates if not d) + ")"
        model = r"(?:" + alt(lex.names_before_number) + r")"
        self.ROMAN = roman_ordinals(lex.roman_ordinal_suffixes)
        vague_words = alt(lex.vague)
        scale_sing = alt(
            [w for w, n in lex.words.items() if n.kind in ("hundred", "scale") and not n.ordinal]
            + [*lex.dozen]
        )
        self.VAGUE_LOWER = {**lex.vague, **{k: 2.0 * v for k, v in lex.scale_words.items()}}
        self.VAGUE_LOWER |= {
            w: 2.0 * n.value
            for w, n in lex.words.items()
            if n.kind in ("hundred", "scale") and not n.ordinal
        }
        self.VAGUE_LOWER |= {w: 2.0 * v for w, v in lex.dozen.items()}
        self.VAGUE_LOWER |= lex.vague_of
        # "scores of people": a word after "of", not a determiner ("the scores of the match")
        # nor a number ("scores of 2 and 3")
        not_before = (
            r"(?!" + alt(lex.vague_of_not_before) + r"\b)" if lex.vague_of_not_before else ""
        )
        vague_of = (
            alt(lex.vague_of) + r"(?=[ \t]+" + alt(lex.of) + r"[ \t]+" + not_before + r"[^\W\d_])|"
            if lex.vague_of
            else ""
        )
        vague = (
            r"(?i:\b(?:"
            + vague_of
            + vague_words
            + r"(?:[ \t]+"
            + alt(lex.of)
            + r"[ \t]+"
            + vague_words
            + r")?"
            r"|"
            + alt(lex.vague_determiners)
            + r"[ \t]+"
            + scale_sing
            + r"(?:[ \t]+"  # "a few hundred thousand"
            + scale_sing
            + r"(?![ \t]+(?:"
            + alt(lex.joiners | lex.of)
            + r")\b))?"
            + r"(?![ \t]+(?:"
            + alt(lex.joiners | lex.of)
            + r")\b)s?)\b)"
        )
        self.A_UNIT_WORDS = lex.a_units
        # "an hour and a half", "a year and a quarter": the unit and a fraction of it
        and_a_half = (
            r"(?:[ \t]+(?:"
            + alt(lex.joiners)
            + r")[ \t]+(?:"
            + alt(lex.articles)
            + r")[ \t]+(?:"
            + alt(lex.fractions)
            + r")\b(?![-'’]))?"
            if lex.joiners and lex.articles and lex.fractions
            else ""
        )
        a_unit = (
            r"(?:\b(?:"
            + alt(w.capitalize() for w in lex.half_a)
            + "|"
            + alt(lex.half_a)
            + "|"
            + alt(w.capitalize() for w in lex.articles)
            + "|"
            + alt(lex.articles)
            + r")[ \t]+"
            r"(?:" + alt(lex.a_units) + r")\b(?![-'’])" + and_a_half + ")"
        )
        # "a couple of people": a count only before "of" ("a couple" alone is two partners)
        phrase = (
            r"(?i:\b"
            + alt(lex.count_phrases)
            + r"(?=[ \t]+(?:"
            + alt(lex.of)
            + r")[ \t]+[^\W\d_]))"
            if lex.count_phrases
            else r"(?!)"
        )
        self.COUNT_PHRASES = {" ".join(w.split()): v for w, v in lex.count_phrases.items()}
        codes = alt(lex.codes_before_number) if lex.codes_before_number else r"(?!)"
        code_head = r"\b" + codes + r"(?:[- ]?1[03])?:?[ \t]*"
        code = r"(?P<code>" + code_head + r"\d(?:[- ]?\d){6,16}(?:[- ]?[Xx])?(?!\w|[-.,]\d))"
        alternatives: tuple[tuple[str, str], ...] = (  # (group, pattern), in the order tried
            ("code", code),
            (
                "marker",
                r"(?P<marker>(?:^|(?<=\n)|(?<=\n[ \t])|(?<=\n[ \t]{2})|(?<=\n[ \t]{3})"
                r"|(?<=\n[ \t]{4}))(?:\(?\d{1,2}[.)]|\([a-z]\))(?=[ \t]))",
            ),
            ("date", r"(?P<date>" + self.DATE + r")"),
            ("phone", r"(?P<phone>" + _PHONE + r")"),
            ("time", r"(?P<time>(?<![\d.,])(?:" + _TIME + _clock_hour(lex) + r"))"),
            (
                "money",
                r"(?P<money>(?P<cur>" + self.CURRENCY_PREFIX + r")[ \t]?(?P<msign>[-−])?"
                r"(?P<mnum>" + self.NUMBER + r"))",
            ),
            (
                "model",
                r"(?P<model>\b" + model + _CARRIED + r"(?P<mdnum>\d+)(?!\d)(?:[-/.]\d+)?[A-Za-z]*"
                r"(?!\w|[.,:]\d))",
            ),
            ("ticker", r"(?P<ticker>(?<![\w.])\d{3,6}\.[A-Z]{1,3}\b(?!\.\w))"),
            ("roman", r"(?P<roman>\b" + alt(self.ROMAN) + r"(?![^\W\d_]))"),
            ("num", r"(?P<num>(?<!\^)(?<!\d\+)" + _SIGN + self.NUMBER + _SCI + r"?)"),
            ("ident", r"(?P<ident>" + _IDENT + r"|(?<=\^)\d+|(?<=\d\+)\d+)"),
            ("vague", r"(?P<vague>" + vague + r")"),
            ("phrase", r"(?P<phrase>" + phrase + r")"),
            ("aunit", r"(?P<aunit>" + a_unit + r")"),
            ("decade", r"(?P<decade>(?i:\b" + alt(lex.decade_words) + r"\b))"),
            ("words", r"(?P<words>(?i:" + self.WORD_RUN + r"))"),
        )
        self.SCAN = re.compile("|".join(pattern for _, pattern in alternatives))
        # The master pattern at a trigger, without the alternatives that cannot match
        # there (the same match: the others keep their order). A digit trigger opens
        # with a digit, sign or bracket, never a letter; a word trigger with a letter;
        # no currency written before an amount opens with a digit.
        opened_by_words = [
            *lex.codes_before_number,
            *lex.names_before_number,
            *self.ROMAN,
            *lex.vague,
            *lex.vague_determiners,
            *lex.count_phrases,
            *lex.half_a,
            *lex.articles,
            *lex.decade_words,
            *lex.minus,
            *self.NUMBER_WORDS,
        ]
        at_sign = alternatives
        if all(w[:1].isalpha() for w in opened_by_words):
            at_sign = tuple((g, pat) for g, pat in alternatives if g not in _LETTER_OPENED)
        at_sign = _with_date(at_sign, date_at_digit)
        at_digit = at_sign
        if not any(c[:1].isdecimal() for c in [*self.cur.symbol_forms, *self.cur.codes]):
            at_digit = tuple((g, pat) for g, pat in at_sign if g != "money")
        #: at a trigger opened by a sign, a bracket or a point ("$5", "-3", ".5")
        self.SCAN_AT_SIGN = re.compile("|".join(pattern for _, pattern in at_sign))
        #: at a trigger opened by a digit (``str.isdecimal``, as ``\d``)
        self.SCAN_AT_DIGIT = re.compile("|".join(pattern for _, pattern in at_digit))
        self.DECADE_WORDS = {norm(w): v for w, v in lex.decade_words.items()}
        triggers = [
            *self.NUMBER_WORDS,
            *lex.minus,
            *lex.vague,
            *lex.vague_determiners,
            *lex.count_phrases,
            *(f"{a} {w}" for a in lex.articles for w in lex.a_units),
            *(f"{a} {w}" for a in lex.articles for w in [*lex.fractions, *lex.denominators]),
            *(
                f"{a} {w}"
                for a in lex.articles
                for w, n in lex.words.items()
                if n.kind in ("hundred", "scale")
            ),
            *(f"{a} {w}" for a in lex.articles for w in lex.dozen),
            *lex.decade_words,
            *(f"{w} {o}" for w in lex.vague_of for o in lex.of),  # "scores of"
        ]
        month_triggers = [m.capitalize() for m in lex.months] + list(self.ROMAN)
        if not lex.months_capitalized:
            month_triggers += list(lex.months)
        opening = self.SIGNS + FRACTION_CHARS + r"\-−+(.]"
        after = (
            r"(?:(?<=[\d" + self.SIGNS + FRACTION_CHARS + r"])\d*|(?<![\w.,)/].)(?=[\d.])"
            r"|(?<=\()(?=[a-z]\)[ \t]))"
        )
        self.DIGIT_TRIGGER = re.compile(r"[\d" + opening + after)
        #: the ``bytes.translate`` table of :func:`digit_marks`: 1 for a byte that may open a
        #: match of ``DIGIT_TRIGGER`` once the text is in Latin-1 (any byte outside ASCII,
        #: and "?", which stands for a character outside Latin-1), else 0
        first = re.compile(r"[\d" + opening)
        self.DIGIT_MARKS = bytes(
            int(i >= 0x80 or chr(i) == "?" or first.match(chr(i)) is not None) for i in range(256)
        )
        # the matches of r"\b(?:" + trie(...) + r")(?![^\W\d_])", found several times faster
        #: the word triggers, and the lookahead some of them need after them
        self.TRIGGER_WORDS = tuple(_cases(triggers) + month_triggers)
        self.TRIGGER_GATES = _trigger_gates(lex, triggers, month_triggers, scale_sing)
        self.WORD_TRIGGER = WordStarts(
            self.TRIGGER_WORDS, tail=r"(?![^\W\d_])", gates=self.TRIGGER_GATES
        )
        at_word = alternatives
        if all(w[:1].isalpha() for w in [*triggers, *month_triggers]):
            at_word = tuple((g, pat) for g, pat in alternatives if g not in _DIGIT_OPENED)
            at_word = _with_date(at_word, date_at_word)
        self.SCAN_AT_WORD = re.compile("|".join(pattern for _, pattern in at_word))
        self.BACK = re.compile(
            r"(?:"
            + code_head
            + r"|\b"
            + model
            + _CARRIED
            + r"|(?<![A-Za-z])(?:"
            + self.CURRENCY_CODES
            + "|"
            + self.LETTER_SYMBOLS
            + self.SCALED_LONGER
            + r")[ \t]?"
            r"|(?<![A-Za-z])(?:" + self.SIGN_PREFIXES + r")"
            r"|(?<![\w$£€¥])[A-Za-z]++(?:[-/.−]?\d++[A-Za-z]*+)*[-/.−]?|\^)$"
        )
        self.SUFFIX_STARTS = _suffix_starts(lex, self.cur)


def _trigger_gates(
    lex: NumberLexicon, triggers: list[str], month_triggers: list[str], scale_words: str
) -> dict[str, str]:
    """Lookaheads that must follow a month name or a vague determiner for it to be a trigger.

    A month name opens a figure only as a date, before its day or year: a digit after
    spaces, a comma or an abbreviation's point ("March 3", "Jan. 5, 2020"); a vague
    determiner only before a scale word ("several hundred", "a few thousand"). Either
    word also opens an identifier when digits follow it, glued or after a dash, slash
    or point ("May-2", "some1"). Elsewhere ("in March", "some people") the master
    pattern would be tried there and fail. A word that is also another trigger (in any
    case) is left without a gate.
    """
    others = {w.lower() for w in triggers if w not in lex.vague_determiners}
    others |= {w.lower() for w in month_triggers if w.lower() not in lex.months}
    identifier = r"[-/.−]?\d"
    month_gate = r"(?=" + identifier + r"|\.?,?" + SP + r"\d)"
    determiner_gate = r"(?=" + identifier + r"|(?i:[ \t]+" + scale_words + r"))"
    gates = {m: month_gate for m in month_triggers if m.lower() in lex.months}
    gates |= dict.fromkeys(_cases(list(lex.vague_determiners)), determiner_gate)
    return {w: gate for w, gate in gates.items() if w.lower() not in others}


def _with_date(alternatives: tuple[tuple[str, str], ...], date: str) -> tuple[tuple[str, str], ...]:
    """The master pattern's alternatives with ``date`` for the date's own."""
    return tuple((g, r"(?P<date>" + date + ")" if g == "date" else pat) for g, pat in alternatives)


LETTERS_AFTER = re.compile(r"[A-Za-z°µ][A-Za-z]*(?:\^?[-−]?\d)?(?![\w])|°[CF]?")
HYPHEN_UNIT = re.compile(r"-([A-Za-z]{2,}(?:-[A-Za-z]+)?)\b")
PLUS_MINUS = re.compile(r"[ \t]*(?:±|\+/-)[ \t]*\d+(?:\.\d+)?(?:[eE][-+−]?\d+)?")
YEAR_RANGE = re.compile(r"([-–/])(\d{4}|\d{1,2})(?!\d|[.,]\d)")


def _suffix_starts(lex: NumberLexicon, cur: CurrencyTable) -> frozenset[str]:
    """First words (lower-cased) of anything the reader may glue after a number."""
    phrases = [
        *lex.scale_words,
        *cur.words,
        *cur.subunits,
        *cur.adjectives,
        *lex.durations,
        *lex.percent,
        *lex.currency_scale_letters,
    ]
    words = {p.split()[0].split("-")[0] for p in phrases} | {p.split()[0] for p in phrases}
    words |= {"k", "m", "b", "t", "mn", "mln", "bn", "bln", "tn", "trn", "u.s", "±", "€", "£", "¥"}
    words |= {"$", *(c.lower() for c in cur.codes)}  # "12 $US", "5,000 USD"
    words |= {s for s in cur.symbol_forms if len(s) == 1}  # "12 ₹"
    words |= {w + "'" for w in words} | {w + "’" for w in words}
    return frozenset(words)


@cache
def patterns(language: str = "en") -> Patterns:
    """The compiled patterns of a language key, built on first use and kept for the process.

    Example:
        >>> patterns("fr").SCAN.match("53 000").group()
        '53 000'
    """
    return Patterns(number_lexicon(language), currency_table(language))
