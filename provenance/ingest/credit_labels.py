"""Role labels at the start of a credit: "Photo:", "Foto:", "Фото:", "Credit...",
"Photographs by", "Courtesy of", "©".

The label words are data (``lexicon/data/credits.yaml``); these tests say whether a text
opens with one and whether what follows reads as names (a credit) or as a sentence.
"""

from __future__ import annotations

import re
from functools import cache

from provenance.lexicon.credits import credit_lexicon

__all__ = [
    "headline_words",
    "label_only",
    "label_start",
    "labelled_credit",
    "labelled_sentence",
    "name_ahead",
    "reads_like_credit",
    "starts_with_label",
]


# a capital letter of a Latin script (a name's first), whatever the case flag of the pattern
_CAPITAL = r"(?-i:[A-ZÀ-ÖØ-Þ])"


@cache
def name_ahead() -> str:
    """A lookahead for a name and nothing else next: one to four capitalised words
    (particles between: "Juan de la Fuente"), then the end, a slash, bar, comma or bracket
    ("Madonna/EFE") or a client word ("Jane Roe para EL PAÍS"). "Foto de Jane Roe" is a
    credit; "Foto di Roma al tramonto", "Foto de Pedro Sánchez en el Congreso" (the
    picture's subject, then more words) are not."""
    lex = credit_lexicon()
    particles = "|".join(re.escape(w) for w in sorted(lex.name_particles))
    clients = "|".join(re.escape(w) for w in sorted(lex.clients)) or "(?!)"
    word = rf"{_CAPITAL}[^\s/|,;()]*+"
    # possessive repeats: nothing given back (the regex audit of tests/extractors)
    return (
        rf"(?={word}(?:(?:\s++(?:{particles})\b)*+\s++{word}){{0,3}}+"
        rf"(?:\s*+[/|,;(]|\s*+$|\s++(?:{clients})\s))"
    )


@cache
def _label_pattern() -> str:
    """A role label: "Photo:", "Photo / " (the NZ papers'), "Credit...", "Photographs by",
    "Courtesy of", "©"."""
    lex = credit_lexicon()
    words = sorted((w for w in lex.prefixes if w != "by"), key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in words)
    # a label of two words or more may end in a comma ("Image source, Getty Images")
    spaced = "|".join(re.escape(w) for w in words if " " in w)
    courtesy = "|".join(re.escape(w) for w in lex.courtesy)
    # "by" in other languages, before a name: "Foto de Jane Roe", "Photo par Jane Roe"
    makers = "|".join(re.escape(w) for w in lex.maker_words) or "(?!)"
    # a label shortened with a dot ends there, before a name: "Fot. Jane Roe"
    dotted = "|".join(re.escape(w) for w in words if w.endswith(".")) or "(?!)"
    # "Screenshot from Telegram", "Video grab from BBC footage": where the picture was taken
    # from, named and nothing more
    origins = "|".join(re.escape(w) for w in sorted(lex.origin_words, key=len, reverse=True))
    origin = rf"|\s+(?:{origins})\s++{name_ahead()}" if origins else ""
    return (
        # the Japanese middle dot with no colon after it ends a label: "撮影・山田太郎"
        rf"(?:(?:{alts})(?:\s*[:：=＝]|\s+/(?=\s)|・(?![^:：=＝]*[:：=＝])|\s*(?:\.\.\.|…)|\s+by\b"
        rf"|\s+(?:{makers})\s++{name_ahead()}{origin})"
        rf"|(?:{dotted})\s++{name_ahead()}"
        rf"|(?:{spaced}),(?=\s)"
        rf"|(?:{courtesy})(?:\s|$)|©)"
    )


@cache
def _label_re() -> re.Pattern[str]:
    """A role label followed by something (the start of a credit)."""
    return re.compile(rf"{_label_pattern()}\s*\S", re.IGNORECASE)


@cache
def _label_start_re() -> re.Pattern[str]:
    """A role label, with or without anything after it (a text node may end there)."""
    return re.compile(_label_pattern(), re.IGNORECASE)


def reads_like_credit(text: str) -> bool:
    """Names, not a sentence: at most three lower-case words of four letters or more."""
    lower = sum(1 for w in text.split() if len(w) >= 4 and w.isalpha() and w[0].islower())
    return lower <= 3


def starts_with_label(text: str) -> bool:
    """A label, then something that reads like a credit, not a sentence or a headline."""
    if _label_re().match(text.lstrip("([ ")) is None or credit_lexicon().is_notice(text):
        return False
    return reads_like_credit(text)


def label_start(text: str) -> bool:
    """Whether ``text`` starts with a role label, even with nothing after it ("Photo by").

    Example:
        >>> label_start("Photographs by"), label_start("Fotos:"), label_start("Reuters")
        (True, True, False)
    """
    text = text.lstrip("([ ")
    if not text.startswith("©"):  # a cheap first test: the first word can start a label
        first = _FIRST_WORD.match(text)
        if first is None or first.group().casefold() not in _label_first_words():
            return False
    return _label_start_re().match(text) is not None


_FIRST_WORD = re.compile(r"[^\W\d_]+")


@cache
def _label_first_words() -> frozenset[str]:
    """The first words of every role label and courtesy phrase."""
    lex = credit_lexicon()
    words = [*lex.prefixes, *lex.courtesy]
    return frozenset(m.group().casefold() for w in words if (m := _FIRST_WORD.match(w)))


def label_only(text: str) -> bool:
    return text.rstrip(" :.…").casefold() in credit_lexicon().prefixes


_LONG_WORD = re.compile(r"(?<![\w.@])[^\W\d_]{4,}")


def labelled_credit(text: str) -> bool:
    """Whether a short text is a labelled credit and nothing else (alt and meta texts).

    The words after the label are names: a lower-case word of four letters or
    more that is not a relay, client or courtesy word makes it a labelled
    caption ("Photo: Crowds gather in Kyiv").

    Example:
        >>> labelled_credit("Photo: Jane Roe/Reuters"), labelled_credit("Photo courtesy of NASA")
        (True, True)
        >>> labelled_credit("Photo: the president speaks in Kyiv")
        False
    """
    if len(text) > 150 or not label_start(text) or not starts_with_label(text):
        return False
    start = _label_start_re().match(text.lstrip("([ "))
    rest = text.lstrip("([ ")[start.end() :] if start is not None else text
    lex = credit_lexicon()
    allowed = {*lex.relays, *lex.clients, *lex.name_particles, *_courtesy_words()}
    lower = (w for w in _LONG_WORD.findall(rest) if w[0].islower())
    return all(w in allowed for w in lower)


def labelled_sentence(text: str) -> bool:
    """Whether a labelled text is a sentence of the article, not a credit: it ends with a
    stop and holds three lower-case words or more that no credit uses ("Photo: the storm
    damaged 30 homes, officials said.").

    Example:
        >>> labelled_sentence("Photo: the storm damaged 30 homes, officials said.")
        True
        >>> labelled_sentence("Photo courtesy of the family.")
        False
    """
    body = text.rstrip(" )]")
    if not body.endswith((".", "!", "?")):
        return False
    start = _label_start_re().match(text.lstrip("([ "))
    rest = text.lstrip("([ ")[start.end() :] if start is not None else text
    lex = credit_lexicon()
    allowed = {*lex.relays, *lex.clients, *lex.name_particles, *_courtesy_words()}
    lower = [w for w in _LONG_WORD.findall(rest) if w[0].islower() and w not in allowed]
    return len(lower) >= 3


def headline_words(text: str) -> bool:
    """Whether a labelled text reads as a headline after its label: two lower-case words of
    four letters or more that no credit uses ("Photos: Storm hits the coast"; not "Photo by
    jdoe on Flickr", "Photo courtesy of the family").

    Example:
        >>> headline_words("Photos: Storm hits the coast"), headline_words("Photo: Jane Roe/AP")
        (True, False)
    """
    start = _label_start_re().match(text.lstrip("([ "))
    rest = text.lstrip("([ ")[start.end() :] if start is not None else text
    lex = credit_lexicon()
    allowed = {*lex.relays, *lex.clients, *lex.name_particles, *lex.hosts, *_courtesy_words()}
    lower = [w for w in _LONG_WORD.findall(rest) if w[0].islower() and w not in allowed]
    return len(lower) >= 2


@cache
def _courtesy_words() -> frozenset[str]:
    """Every word of the courtesy phrases ("courtesy", "provided", "supplied")."""
    return frozenset(w for phrase in credit_lexicon().courtesy for w in phrase.split())
