"""Quotations in every house style, and their rewriting to the marks the rules read.

News from other countries quotes with British single quotes ('...'), guillemets
(« », ‹ › and the reversed » «), German and Polish low quotes („...“, „...”,
‚...‘), CJK corner brackets (「」『』) or dialogue dashes ("— We stay, — he
said."). The pairs are data (``lexicon/data/quotes.yaml``); this module pairs
the marks of one text with a stack, telling apostrophes ("don't", "Jones'",
"the '90s") from quotation marks by what stands on either side.

The attribution rules read US double quotes. :func:`us_quotes` rewrites the
outer quotations of a text to “...” and the quotations nested in a rewritten
one to ‘...’, character for character, so every offset found in the rewritten
text is an offset of the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from provenance.errors import LexiconError
from provenance.extractors.text.quotes import (
    first_visible,
    opens_paragraph,
    reopens,
    stray_close,
)
from provenance.lexicon._files import entries, read_data

__all__ = ["Quotation", "QuoteMarks", "QuotePair", "find_quotations", "quote_marks", "us_quotes"]

_FILE = "quotes.yaml"
_KINDS = frozenset({"double", "single"})
_DOUBLE_OPEN = "“"
_DOUBLE_CLOSE = "”"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
#: What may stand before an opening mark besides a space ("(‘No’", "—'Yes'").
_OPEN_AFTER = "([{<—–-/"
#: What may follow a closing apostrophe besides a space or another mark.
_CLOSE_BEFORE = ".,;:!?)]}>—–-…"
_DECADE = re.compile(r"\d\d(?:s\b|\b)")
_WORD = re.compile(r"[^\W\d_]+")
_PARAGRAPH = "\n"  # first character of a paragraph-break token


@dataclass(frozen=True, slots=True)
class QuotePair:
    """An opening mark, the marks that close it and its kind (``double`` or ``single``)."""

    open: str
    close: tuple[str, ...]
    kind: str
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """Every quotation mark the quote finder knows, read from ``quotes.yaml``."""

    pairs: tuple[QuotePair, ...]
    dialogue_dashes: tuple[str, ...]
    apostrophes: frozenset[str]
    elisions: frozenset[str]
    sentence_ends: str
    scanner: re.Pattern[str]
    hint: re.Pattern[str]
    foreign_marks: tuple[str, ...]
    dialogue: re.Pattern[str]

    def opener(self, mark: str) -> QuotePair | None:
        """The pair ``mark`` opens, if any."""
        for pair in self.pairs:
            if pair.open == mark:
                return pair
        return None


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation: ``text[start:end]`` includes its marks.

    ``close_mark`` is ``None`` when the quotation runs to the end of its paragraph
    unclosed; ``depth`` is 0 for an outer quotation. A quotation of several
    paragraphs opens each of them with a mark again and closes on the last only:
    it is one quotation, and ``reopened`` holds the positions of its marks that
    open the later paragraphs (or later sentences, where the breaks were lost).
    """

    start: int
    end: int
    open_mark: str
    close_mark: str | None
    kind: str
    depth: int
    reopened: tuple[int, ...] = ()


@cache
def quote_marks() -> QuoteMarks:
    """The quotation marks of ``lexicon/data/quotes.yaml``, read and checked once.

    Example:
        >>> quote_marks().opener("«").close
        ('»',)

    Raises:
        LexiconError: the file is missing or an entry is malformed.
    """
    data = read_data(_FILE)
    pairs: list[QuotePair] = []
    for entry in entries(data, _FILE, "pairs"):
        mark = entry.text("open")
        close = entry.texts("close")
        if len(mark) != 1 or not close or any(len(c) != 1 for c in close):
            raise entry.error("'open' and each of 'close' must be one character")
        if any(p.open == mark for p in pairs):
            raise entry.error(f"the opening mark {mark!r} is listed twice")
        kind = entry.choice("kind", _KINDS)
        pairs.append(QuotePair(mark, close, kind, entry.flag("ambiguous")))
    dashes = tuple(str(d) for d in data.get("dialogue_dashes") or ())
    apostrophes = frozenset(str(a) for a in data.get("apostrophes") or ())
    elisions = frozenset(str(e).casefold() for e in data.get("elisions") or ())
    ends = [str(e) for e in data.get("sentence_ends") or ()]
    if any(len(e) != 1 for e in ends):
        raise LexiconError(_FILE, "each of 'sentence_ends' must be one character")
    sentence_ends = "".join(ends)
    chars = {p.open for p in pairs} | {c for p in pairs for c in p.close}
    scanner = re.compile("[" + re.escape("".join(sorted(chars))) + "]|\n[ \t]*\n")
    unambiguous = {p.open for p in pairs if not p.ambiguous} - {_DOUBLE_OPEN, '"'}
    ambiguous = {p.open for p in pairs if p.ambiguous}
    dash_class = "[" + re.escape("".join(dashes)) + "]" if dashes else "(?!)"
    # an ambiguous mark after a space (or at the start) and before a word: "'Yes"
    # (the mark first, then the look back: a pattern opening with a character class lets
    # the regex engine skip to candidates; opening with the look back tries every position)
    mark = "[" + re.escape("".join(sorted(ambiguous))) + "]"
    hint = re.compile(mark + r"(?<![^\s(\[]" + mark + r")\w")
    dialogue = re.compile(
        rf"^[ \t]*({dash_class})[ \t]*(?=\S)[^\n]*?[,.!?…][ \t]+({dash_class})[ \t]",
        re.MULTILINE,
    )
    return QuoteMarks(
        tuple(pairs),
        dashes,
        apostrophes,
        elisions,
        sentence_ends,
        scanner,
        hint,
        tuple(sorted(unambiguous)),
        dialogue,
    )


def find_quotations(text: str) -> tuple[Quotation, ...]:
    """The quotations of ``text``, ordered by start; an unclosed one ends with its paragraph.

    Example:
        >>> [text[q.start : q.end] for text in ["Er sagte: „Nein“, dann ging er."]
        ...  for q in find_quotations(text)]
        ['„Nein“']
        >>> find_quotations("Don't blame Jones' dog for the '90s.")
        ()
    """
    marks = quote_marks()
    tokens = [(m.start(), m.group()) for m in marks.scanner.finditer(text)]
    found: list[Quotation] = []
    stack: list[tuple[int, QuotePair]] = []
    elided: set[int] = set()  # the closing apostrophe of "'n'"
    reopened: list[int] = []  # marks reopening the outer quotation (stack[0])

    def close_open(upto: int, end: int) -> None:
        while len(stack) > upto:
            pos, pair = stack.pop()
            again = tuple(reopened) if not stack else ()
            found.append(Quotation(pos, end, pair.open, None, pair.kind, len(stack), again))
        if not stack:
            reopened.clear()

    for idx, (pos, ch) in enumerate(tokens):
        if ch[0] == _PARAGRAPH:
            nxt = first_visible(text, pos + len(ch))
            if (
                stack
                and text[nxt : nxt + 1] == stack[0][1].open
                and opens_paragraph(text, stack[0][0])
            ):
                close_open(1, pos)  # the next paragraph continues the quotation
                reopened.append(nxt)
                elided.add(nxt)
            else:
                close_open(0, pos)
            continue
        if pos in elided:
            continue
        if len(stack) == 1 and ch == stack[0][1].open and reopens(text, pos, marks.sentence_ends):
            reopened.append(pos)  # a paragraph break lost: ". 'Next ..."
            continue
        level = _closes(text, tokens, idx, stack, marks)
        if level is not None:
            close_open(level + 1, pos)
            opos, closed = stack.pop()
            again = tuple(reopened) if not stack else ()
            found.append(Quotation(opos, pos + 1, closed.open, ch, closed.kind, len(stack), again))
            if not stack:
                reopened.clear()
            continue
        pair = marks.opener(ch)
        if pair is not None and pair.open == pair.close[0] and stray_close(text, pos):
            continue  # 'will return." The case': a mark that closes nothing opens nothing
        if pair is not None and (not pair.ambiguous or _can_open(text, pos, marks)):
            stack.append((pos, pair))
        elif (pair is not None or ch in marks.apostrophes) and (
            word := _elided_close(text, pos, marks)
        ) is not None:
            elided.add(word)  # "rock ’n’ roll", "rock ‘n’ roll": no mark closes there
    close_open(0, len(text))
    if marks.dialogue_dashes:
        found.extend(_dialogue(text, found, marks))
    found.sort(key=lambda q: (q.start, -q.end))
    return tuple(found)


def _closes(
    text: str,
    tokens: list[tuple[int, str]],
    idx: int,
    stack: list[tuple[int, QuotePair]],
    marks: QuoteMarks,
) -> int | None:
    """The stack level the mark at ``tokens[idx]`` closes, or ``None``."""
    pos, ch = tokens[idx]
    if not stack:
        return None
    if ch in marks.apostrophes:
        if ch not in stack[-1][1].close or not _can_close(text, pos):
            return None
        return None if _possessive(text, tokens, idx, marks) else len(stack) - 1
    for level in range(len(stack) - 1, -1, -1):
        if ch in stack[level][1].close:
            return level
    return None


def _can_open(text: str, pos: int, marks: QuoteMarks) -> bool:
    """An ambiguous mark opens after a space or bracket and before a word (not "'90s")."""
    before = text[pos - 1] if pos else " "
    if not (before.isspace() or before in _OPEN_AFTER or marks.opener(before) is not None):
        return False
    if pos + 1 >= len(text) or text[pos + 1].isspace():
        return False
    return not _DECADE.match(text, pos + 1) and _elision(text, pos, marks) is None


def _elision(text: str, pos: int, marks: QuoteMarks) -> int | None:
    """Where the elided word after the apostrophe at ``pos`` ends ("'em", "'n'"), if it is one."""
    word = _WORD.match(text, pos + 1)
    if word is None or word.group().casefold() not in marks.elisions:
        return None
    return word.end()


def _elided_close(text: str, pos: int, marks: QuoteMarks) -> int | None:
    """The apostrophe closing an elision that the mark at ``pos`` opens ("’n’"), if any.

    Only a mark after a space or bracket opens an elision: in "Rock ’n’ roll" the
    ’ after the space cannot close a quotation (it follows a space), nor can the ’
    after "n" (it closes the elision, whichever apostrophe opened it).
    """
    before = text[pos - 1] if pos else " "
    if not (before.isspace() or before in _OPEN_AFTER):
        return None
    word = _elision(text, pos, marks)
    if word is None or text[word : word + 1] not in marks.apostrophes:
        return None
    return word


def _can_close(text: str, pos: int) -> bool:
    """An apostrophe closes after a non-space and before a space, punctuation or the end."""
    if pos == 0 or text[pos - 1].isspace():
        return False
    if pos + 1 >= len(text):
        return True
    after = text[pos + 1]
    return after.isspace() or after in _CLOSE_BEFORE or after in "\"”’'»«›‹」』“"


def _possessive(text: str, tokens: list[tuple[int, str]], idx: int, marks: QuoteMarks) -> bool:
    """ "Jones' dog" mid-sentence, with the quotation closed further on in the paragraph."""
    pos = tokens[idx][0]
    if text[pos - 1] not in "sSzZ" or pos + 2 >= len(text):
        return False
    if not (text[pos + 1] == " " and text[pos + 2].isalnum()):
        return False
    for later, ch in tokens[idx + 1 : idx + 60]:
        if ch[0] == _PARAGRAPH:
            return False
        if ch in marks.apostrophes and _can_close(text, later):
            return True
    return False


def _dialogue(text: str, found: list[Quotation], marks: QuoteMarks) -> list[Quotation]:
    """Dialogue lines ("— We stay, — he said.") outside every quotation found by marks."""
    out: list[Quotation] = []
    for m in marks.dialogue.finditer(text):
        start, end = m.start(1), m.end(2)
        if any(q.start < end and start < q.end for q in found):
            continue
        out.append(Quotation(start, end, m.group(1), m.group(2), "double", 0))
    return out


def us_quotes(text: str) -> str:
    """``text`` with outer quotations in “...” and those nested in them in ‘...’.

    The rewrite is character for character (offsets hold). Outer single
    quotations are rewritten only in a text that has no outer double one (the
    British convention); in a text quoting with double marks they are scare
    quotes and headline quotes and stay as they are. A text with nothing to
    rewrite is returned as is (the same object).

    Example:
        >>> us_quotes("'We will not \\"give up\\",' he said.")
        '“We will not ‘give up’,” he said.'
        >>> us_quotes("« Nous restons », a-t-il dit.")
        '“ Nous restons ”, a-t-il dit.'
    """
    marks = quote_marks()
    foreign = any(c in text for c in marks.foreign_marks) or (
        any(d in text for d in marks.dialogue_dashes) and marks.dialogue.search(text) is not None
    )
    if not foreign:
        # a text quoting with double marks first keeps its single ones as they are
        doubles = [i for i in (text.find('"'), text.find(_DOUBLE_OPEN)) if i >= 0]
        if marks.hint.search(text, 0, min(doubles, default=len(text))) is None:
            return text
    quotations = find_quotations(text)
    double_primary = any(
        q.depth == 0 and q.kind == "double" and q.open_mark in (_DOUBLE_OPEN, '"')
        for q in quotations
    )
    chars: list[str] | None = None
    for q in quotations:
        if q.depth != 0 or q.open_mark in (_DOUBLE_OPEN, '"'):
            continue
        if q.kind == "single" and double_primary:
            continue
        if chars is None:
            chars = list(text)
        _mark(chars, q, _DOUBLE_OPEN, _DOUBLE_CLOSE, marks)
        for inner in quotations:
            if inner.depth > 0 and q.start < inner.start and inner.end <= q.end:
                _mark(chars, inner, _SINGLE_OPEN, _SINGLE_CLOSE, marks)
    return text if chars is None else "".join(chars)


def _mark(chars: list[str], q: Quotation, opening: str, closing: str, marks: QuoteMarks) -> None:
    """Write ``opening``/``closing`` over the marks of ``q`` (a dialogue dash moves left)."""
    chars[q.start] = opening
    for again in q.reopened:
        chars[again] = opening
    if q.close_mark is None:
        return
    at = q.end - 1
    if q.close_mark in marks.dialogue_dashes:
        # "up, — he said" -> "up,”  he said": the mark right after the punctuation
        chars[at] = " "
        while at > q.start + 1 and chars[at - 1].isspace():
            at -= 1
    chars[at] = closing
