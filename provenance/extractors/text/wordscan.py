"""Finding the words of a closed list in a text, fast: one regex, no Python loop per word.

A pattern such as ``\\b(?:said|told|...)`` is tried by the regex engine at every
position of the text, because a pattern that opens with an assertion gives the
engine no first character to skip ahead to. :class:`WordStarts` finds the same
matches with ``[^\\w](said|told|...)``: the engine skips in C to the next
non-word character and tries the words only right after it (and once at the
start of the text). Measured on BBC articles, about a third faster than the
``\\b`` form and than a scan of every word with a set test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = [
    "WordStarts",
    "anchored_matches",
    "factored_alternation",
    "may_hold_any",
    "may_match_lowered",
    "opened_matches",
    "trie",
]


#: The characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter while
#: ``str.lower`` maps them elsewhere (re's extra case pairs: dotted and dotless i, long s).
#: The Kelvin sign also matches "k", but ``str.lower`` turns it into "k" too.
_FOLDS_TO_ASCII = ("İ", "ı", "ſ")
_WORD_CHAR = re.compile(r"\w")


def _is_word_char(c: str) -> bool:
    """``_WORD_CHAR.match(c)`` for one character, without a regex call: ``\\w`` is a letter,
    a digit, a numeric character or "_" (``str.isalnum`` holds for the first three)."""
    return c.isalnum() or c == "_"


#: "No letter follows": the ``tail`` of word lists whose words must end a word's letters.
NO_LETTER_AFTER = r"(?![^\W\d_])"


def _latin1_fold(c: str) -> str:
    """How the Latin-1 scan of :meth:`WordStarts.matches` sees one character: a non-word
    character (a character outside Latin-1 is encoded as "?") is a space, an upper-case
    letter its lower case when that is one Latin-1 character, any other character itself."""
    if ord(c) > 255 or not _is_word_char(c):
        return " "
    low = c.lower()
    return low if len(low) == 1 and ord(low) < 256 else c


#: :func:`_latin1_fold` as a table for ``bytes.translate`` (of a text encoded in Latin-1)
_LATIN1_FOLD = bytes(ord(_latin1_fold(chr(i))) for i in range(256))


def latin1(text: str) -> bytes:
    """``text`` as one byte a character, for scans with ``bytes.translate`` and ``bytes.find``:
    a character outside Latin-1 is "?" (the same length: a position is the same in both).

    Example:
        >>> latin1("5 € or £4")
        b'5 ? or \\xa34'
    """
    return text.encode("latin-1", "replace")


def folds_apart(text: str) -> bool:
    """Whether ``text`` holds a character that ``re.IGNORECASE`` and ``str.lower`` fold apart.

    Then a test on ``text.lower()`` cannot stand in for a case-insensitive pattern.

    Example:
        >>> folds_apart("accuſed"), folds_apart("ACCUSED")
        (True, False)
    """
    # every such character is outside ASCII: an ASCII text (most windows) is answered at once
    return not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII)


def may_hold_any(text: str, words: Iterable[str], *, low: str | None = None) -> bool:
    """False only when no word of ``words`` can occur in ``text`` under ``re.IGNORECASE``.

    A cheap guard before a case-insensitive pattern whose every match holds one of
    ``words``: ``in`` on the lowered text is far cheaper than a scan that tries the
    pattern at every position. A word that is not lower-case ASCII makes the answer
    True (``str.lower`` and the regex engine's case folding differ outside ASCII).
    ``low`` is ``text.lower()`` when the caller has it (lowering a text is not cheap).

    Example:
        >>> may_hold_any("He was ACCUSED by them of it.", ("accused",))
        True
        >>> may_hold_any("He was cleared.", ("accused",))
        False
    """
    if folds_apart(text):
        return True  # "accuſed" matches "accused" under IGNORECASE: let the pattern decide
    if low is None:
        low = text.lower()
    return any(w in low or not (w.isascii() and w.islower()) for w in words)


def anchored_matches(
    pattern: re.Pattern[str],
    text: str,
    anchors: Iterable[str],
    *,
    word_before: bool = False,
    low: str | None = None,
) -> Iterator[re.Match[str]]:
    r"""The matches of ``pattern.finditer(text)``, tried only where one can start.

    ``pattern`` must match no empty string, and every match must start at a word start
    (``\b``) that is an occurrence of one of ``anchors`` (lower-case ASCII, found under
    ``re.IGNORECASE``) or, with ``word_before``, the start of the word just before one,
    only whitespace between ("When asked": an optional one-word lead). The anchors are
    found with ``str.find`` on the lowered text, in C, so a text is no longer tried
    position by position by a pattern that opens with an alternation. A text that the
    two case foldings read apart, or whose length lowering changes, is scanned by
    ``finditer`` itself. ``low`` is ``text.lower()`` when the caller has it.

    Example:
        >>> p = re.compile(r"(?:\b(?:When)\s+)?\b(?i:asked)\s+(?:about|whether)")
        >>> text = "When asked about it, ASKED whether"
        >>> [m.group(0) for m in anchored_matches(p, text, ["asked"], word_before=True)]
        ['When asked about', 'ASKED whether']
    """
    if low is None:
        low = text.lower()
    words = [w for w in anchors if w]
    plain = all(w.isascii() and w.islower() for w in words)
    if not plain or folds_apart(text) or len(low) != len(text):
        yield from pattern.finditer(text)
        return
    starts: set[int] = set()
    for w in words:
        at = low.find(w)
        while at >= 0:
            starts.add(at)
            at = low.find(w, at + 1)
    pos = 0
    for at in sorted(starts):
        if at < pos:
            continue
        m = None
        if word_before:
            gap = at
            while gap > pos and text[gap - 1].isspace():
                gap -= 1
            lead = gap
            while lead > pos and _WORD_CHAR.match(text, lead - 1) is not None:
                lead -= 1
            if gap < at and lead < gap:
                m = pattern.match(text, lead)
        if m is None:
            m = pattern.match(text, at)
        if m is not None:
            yield m
            pos = m.end()


def opened_matches(pattern: re.Pattern[str], text: str, openers: str) -> list[re.Match[str]]:
    r"""The matches of ``pattern.finditer(text)``, tried only at the characters ``openers``.

    Every match of ``pattern`` must open with one of ``openers`` (and none be empty).
    The regex engine tests every character of a text against a pattern's first class
    (in C, but a few dozen instructions a character); ``str.find`` finds each opener
    far faster, and ``finditer`` looks on from where the last match ended: so does this
    loop, trying the pattern at each opener from there on.

    Example:
        >>> [m.group() for m in opened_matches(re.compile(r"[.!]\s+"), "a. b!  c.", ".!")]
        ['. ', '!  ']
    """
    marks: list[int] = []
    for ch in openers:
        at = text.find(ch)
        while at >= 0:
            marks.append(at)
            at = text.find(ch, at + 1)
    marks.sort()
    match = pattern.match
    out: list[re.Match[str]] = []
    after = 0
    for at in marks:
        if at >= after and (m := match(text, at)) is not None:
            out.append(m)
            after = m.end()
    return out


def may_match_lowered(text: str, hint: re.Pattern[str], *, low: str | None = None) -> bool:
    """False only when a case-insensitive pattern cannot match ``text``.

    ``hint`` is a case-sensitive pattern of lower-case ASCII letters and spaces that
    every match of the case-insensitive one holds once lowered ("accused by"); it is
    searched in ``text.lower()``, which lowers each of those letters in place. A text
    holding a character that ``re.IGNORECASE`` folds to an ASCII letter and
    ``str.lower`` does not makes the answer True. ``low`` is ``text.lower()`` when the
    caller has it.

    Example:
        >>> hint = re.compile(r"accused\\s+by\\s")
        >>> may_match_lowered("He was ACCUSED BY them.", hint)
        True
        >>> may_match_lowered("He was accused of it by them.", hint)
        False
    """
    if folds_apart(text):
        return True
    return hint.search(text.lower() if low is None else low) is not None


def factored_alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """``words`` longest first, spaces matching any space, common leading characters shared.

    The same matches as the plain alternation ``w1|w2|...`` (longest first, each space
    written ``\\s+``) in a case-sensitive pattern: words are grouped by their first
    character, keeping their order inside each group, and groups that start with
    different characters can never match at the same position. A regex engine tries a
    plain alternation's hundreds of words one by one; here it tries the few sharing the
    text's first character. Spaces are not shared (``\\s+`` can match in several ways).
    In a case-insensitive pattern pass ``ignore_case=True``: "A" and "a" then open one
    group (two would both match, out of the plain order); words that are not all ASCII
    are left as the plain alternation (outside ASCII, letters fold in more ways).

    Example:
        >>> print(factored_alternation(["said", "says", "told", "went on"]))
        (?:went\\s+on|s(?:a(?:id|ys))|told)
        >>> re.fullmatch(factored_alternation(["a", "ab"]), "ab") is not None
        True
    """
    # equal lengths in a fixed order: two words of one length never match at one position
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if ignore_case and not all(w.isascii() for w in ordered):
        return "(?:" + "|".join(_piece(w) for w in ordered) + ")"
    return "(?:" + _factor(ordered, ignore_case) + ")"


def _piece(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


def _factor(words: list[str], ignore_case: bool) -> str:
    """The alternation of ``words`` (in priority order), factored on a literal first character."""
    groups: dict[str, list[str]] = {}
    firsts: dict[str, str] = {}
    for w in words:
        key = w[:1].lower() if ignore_case else w[:1]
        firsts.setdefault(key, w[:1])
        groups.setdefault(key, []).append(w[1:])
    alts: list[str] = []
    for key, rests in groups.items():
        first = firsts[key]
        if not first:  # the empty word ("Said" and "SAID" both end here): shortest, so last
            alts.append("")
        elif first == " " or len(rests) == 1:
            alts.extend(_piece(first + rest) for rest in rests)
        else:
            alts.append(re.escape(first) + "(?:" + _factor(rests, ignore_case) + ")")
    return "|".join(alts)


def trie(words: Iterable[str], gates: Mapping[str, str] | None = None) -> str:
    """A regex alternation of ``words`` factored by common prefix, so a failed try is cheap.

    ``gates`` maps some of the words to a lookahead that must hold right after the word
    for it to match ("May" only before a digit).

    Example:
        >>> trie(["said", "says", "told"])
        '(?:sa(?:id|ys)|told)'
        >>> re.fullmatch(trie(["a", "ab"]), "ab") is not None
        True
        >>> trie(["may", "maybe"], {"may": "(?= [0-9])"})
        'may(?:be|(?= [0-9]))'
    """
    gates = gates or {}
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = gates.get(w, "")
    return _emit(tree) or r"(?!x)x"


def _emit(node: dict[str, Any]) -> str:
    """The alternation of a trie node (its ``""`` key, when a word ends there: its gate)."""
    # branches opening with different characters never match at one position, so their
    # order is free: lower-case letters first, as most words of running text open with one
    # (the engine tries a node's branches in turn)
    keys = sorted((k for k in node if k), key=lambda k: (not k.islower(), k))
    alts = [re.escape(ch) + _emit(node[ch]) for ch in keys]
    end: str | None = node.get("")
    if not alts:
        return end or ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end is None:
        return body
    return "(?:" + body + ")?" if not end else "(?:" + body + "|" + end + ")"


class WordStarts:
    """Matches of ``words`` (then ``tail``) at a word boundary: ``\\b(?:words)tail``.

    ``word`` is a regex character-class body (``\\w``, ``A-Za-z``) that says what a
    word character is; with ``\\w`` the matches are exactly those of ``\\b(?:words)tail``.
    The fast form needs every word to start with a word character; otherwise the
    boundary is written out as lookarounds (same matches, slower). ``gates`` maps
    some of the words to a lookahead that must hold right after them (see :func:`trie`).

    Example:
        >>> cues = WordStarts(["said", "says"], tail=r"(?![A-Za-z])", word="A-Za-z")
        >>> cues.findall("He said, she says; unsaid.")
        [(3, 'said'), (13, 'says')]
        >>> cues.search("He said, she says.", 4)
        (13, 17)
    """

    def __init__(
        self,
        words: Iterable[str],
        *,
        tail: str = "",
        word: str = r"\w",
        gates: Mapping[str, str] | None = None,
    ) -> None:
        listed = sorted(set(words))
        body = trie(listed, gates) + tail
        starts = re.compile(f"[{word}]")
        self._fast = all(starts.match(w) for w in listed)
        if self._fast:
            self._at = re.compile(body)
            # The words are tried after every non-word character; a lookahead on their
            # first characters (one class test) turns most of those tries down before
            # the trie's first branches are walked one by one.
            firsts = "".join(sorted({re.escape(w[0]) for w in listed}))
            opens = f"(?=[{firsts}])" if firsts else ""
            self._after = re.compile(f"[^{word}]{opens}({body})")
            # ``[^\w]`` asks the Unicode tables about every character the engine skips;
            # an ASCII class is a bitmap test. Its matches are a superset (a non-ASCII
            # letter before a word): ``search`` drops those and looks on.
            self._ascii = re.compile(f"[^A-Za-z0-9_]{opens}({body})") if word == r"\w" else None
            self._folded = _folded_scan(listed, tail) if word == r"\w" else None
        else:  # compiled only when needed: a large trie takes a while to compile
            self._folded = None
            boundary = f"(?:(?<![{word}])(?=[{word}])|(?<=[{word}])(?![{word}]))"
            self._plain = re.compile(f"{boundary}(?:{body})")

    @property
    def scanned(self) -> re.Pattern[str]:
        """The pattern ``findall`` runs over the text (for audits)."""
        return self._after if self._fast else self._plain

    @property
    def searched(self) -> re.Pattern[str]:
        """The pattern ``search`` runs over the text (for audits)."""
        if not self._fast:
            return self._plain
        return self._after if self._ascii is None else self._ascii

    def search(self, text: str, pos: int = 0) -> tuple[int, int] | None:
        """``(start, end)`` of the first match at or after ``pos``, or ``None``."""
        if not self._fast:
            m = self._plain.search(text, pos)
            return None if m is None else m.span()
        if pos <= 0:
            m = self._at.match(text)
            if m is not None:
                return m.span()
            pos = 1
        if self._ascii is None:  # the character before ``pos`` may be the non-word one
            m = self._after.search(text, pos - 1)
        else:
            m = self._ascii.search(text, pos - 1)
            while m is not None and _is_word_char(text[m.start()]):
                m = self._ascii.search(text, m.start() + 1)
        return None if m is None else m.span(1)

    def matches(self, text: str, raw: bytes | None = None) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of the match at every word start that has one, in text order.

        ``search(text, pos)`` is the first of them that starts at or after ``pos`` (a match
        may lie inside another's span). ``raw`` is :func:`latin1` of ``text`` when the
        caller has it. With ``\\w`` words the word starts are found in ``raw`` folded by
        :data:`_LATIN1_FOLD`: every non-word character is then a space, so the regex engine
        skips to the next space as to a literal (a fast loop, where a character class costs
        a call per character) and tries a lower-case trie of the words there. That finds a
        superset of the matches (the fold maps a character the same way in the text and in
        the words; the tail is left out, or kept as "no ASCII letter after" for
        :data:`NO_LETTER_AFTER`): each is checked by the words' own pattern and boundary.

        Example:
            >>> cues = WordStarts(["one", "One", "a one"], tail=NO_LETTER_AFTER)
            >>> list(cues.matches("One, a one-off; ONE, someone or éone"))
            [(0, 3), (5, 10), (7, 10)]
        """
        if self._folded is None:
            hit = self.search(text)
            while hit is not None:
                yield hit
                hit = self.search(text, hit[0] + 1)
            return
        at = self._at.match
        if (m := at(text)) is not None:
            yield m.span()
        folded = (latin1(text) if raw is None else raw).translate(_LATIN1_FOLD)
        find = self._folded.search
        f = find(folded)
        while f is not None:
            i = f.start() + 1  # the word start after the space
            if (m := at(text, i)) is not None and not _is_word_char(text[i - 1]):
                yield m.span()
            f = find(folded, i)

    def findall(self, text: str) -> list[tuple[int, str]]:
        """``(start, matched text)`` of every match, in text order, none overlapping."""
        if not self._fast:
            return [(m.start(), m[0]) for m in self._plain.finditer(text)]
        if (m := self._at.match(text)) is None:
            out, after = [], 0
        else:  # the next match starts after it (its non-word character may be its last)
            out, after = [(0, m[0])], m.end() - 1
        # a list comprehension, not a generator fed to ``extend``: no resume per match
        out += [(m.start(1), m[1]) for m in self._after.finditer(text, after)]
        return out


def _folded_scan(words: list[str], tail: str) -> re.Pattern[bytes]:
    """A space, then the lower-case trie of ``words`` as :data:`_LATIN1_FOLD` folds them: the
    same folding as the text's, so a match of a word in the text is one of its fold there.
    The word starts right after the match's first character."""
    folded = sorted({"".join(map(_latin1_fold, w)) for w in words})
    after = "(?![a-z])" if tail == NO_LETTER_AFTER else ""
    return re.compile((" " + trie(folded) + after).encode("latin-1"))
