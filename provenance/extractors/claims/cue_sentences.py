"""A sentence of only a speaker and a speech verb before a quotation: a colon in effect.

British and international copy often names the speaker in a sentence of its own and
opens the quotation right after it, in the same paragraph or the next one::

    Mr Smith added. “We will not give up.”
    He continued.

    “The fight goes on.”

The sentence reads as "Mr Smith added: “...”". :func:`colon_cue_sentences` rewrites
the full stop of such a sentence to a colon, character for character (every offset
stays), so the rules read the quotation as the verb's content. The speaker must be a
personal pronoun or a name (capitalised words, a title such as "Mr" before them), and
the verb one that may close a quotation (``inverting_verbs`` of the cue lexicon):
"The talks continued. “...”" and "It rained. “...”" are left alone.
"""

from __future__ import annotations

import re
from functools import cache

from provenance.lexicon.cues import cue_lexicon

__all__ = ["colon_cue_sentences"]

#: personal pronouns that may be the whole speaker
_PRONOUNS = ("He", "She", "They", "We", "I", "he", "she", "they", "we")
_OPEN_QUOTES = '“"'
#: a full stop that ends an abbreviation, no sentence: "Mr. Turry said. “...”" is not
#: "Turry said." opening a sentence (the name's title or initial stands before it)
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])\.\s*$")


@cache
def _verb_forms() -> frozenset[str]:
    """The forms of the verbs that may end a cue sentence ("added", "continued", "went on")."""
    lex = cue_lexicon("en")
    lemmas = lex.inverting_verbs
    return frozenset(
        {
            f
            for v in lex.verbs
            if v.lemma in lemmas
            for f in v.forms
            if not f.endswith("ing") and " " not in f
        }
        | {f for v in lex.verbs if v.lemma == "go on" for f in v.forms}
    )


@cache
def _last_verb_words() -> frozenset[str]:
    """The last word of each form of :func:`_verb_forms` ("added"; "on" of "went on")."""
    return frozenset(f.rsplit(None, 1)[-1] for f in _verb_forms())


@cache
def _pattern() -> re.Pattern[str]:
    lex = cue_lexicon("en")
    forms = sorted(_verb_forms(), key=len, reverse=True)
    titles = "|".join(re.escape(t) for t in sorted(lex.name_titles, key=len, reverse=True))
    name = rf"(?:(?:{titles})\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}"
    pronoun = "|".join(_PRONOUNS)
    verbs = "|".join(re.escape(f) for f in forms)
    return re.compile(
        # the sentence opens the text, a paragraph or follows a sentence's end; not a
        # quotation's (“...” Smith said. “...”: the verb closes the quotation before it)
        rf"(?:^|(?<=\n)|(?<=[.!?]\s))[ \t]*"
        rf"(?:{pronoun}|{name})\s+(?:also\s+|later\s+|then\s+)?(?:{verbs})"
        rf"(?P<stop>\.)(?=\s+[{_OPEN_QUOTES}])",
        re.MULTILINE,
    )


#: a full stop before a quotation (group 1: the space and the opening mark the pattern's
#: lookahead reads): where a cue sentence can end; most texts hold few
_STOP_BEFORE_QUOTE = re.compile(rf"\.(?=(\s+[{_OPEN_QUOTES}]))")
#: how far before its full stop a cue sentence may open: a title, four names, an adverb
#: and a verb are far shorter
_WINDOW = 300
_LAST_WORD = re.compile(r"[\w'’-]+$")


def _last_word(text: str, lo: int, pos: int) -> str | None:
    """The text of ``_LAST_WORD.search(text, lo, pos)``, read backwards from ``pos`` (the
    pattern is tried at every position of the window). ``\\w`` is ``str.isalnum`` or "_"."""
    j = pos
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "_'’-"):
        j -= 1
    if j < pos:
        return text[j:pos]
    m = _LAST_WORD.search(text, lo, pos)  # none, or a word before a last newline
    return None if m is None else m.group()


def _stops(text: str) -> list[tuple[int, int]]:
    """``(full stop, match start)`` of :func:`_pattern`'s matches in ``text``, searched only
    just before each full stop a quotation follows (the pattern alone is tried at every
    position of the text: on BBC copy most of this step's cost). A match never runs over
    an earlier one, as in ``finditer``."""
    pattern, out, floor = _pattern(), [], 0
    last_words = _last_verb_words()
    for stop in _STOP_BEFORE_QUOTE.finditer(text):
        pos = stop.start()
        word = _last_word(text, max(0, pos - 40), pos)
        if word is None or word not in last_words:
            continue  # the pattern's verb ends right at the stop: no verb form, no match
        for m in pattern.finditer(text, max(floor, pos - _WINDOW), stop.end(1)):
            if m.start("stop") == pos:
                out.append((pos, m.start()))
                floor = pos + 1
                break
    return out


def colon_cue_sentences(text: str) -> str:
    """``text`` with the full stop of each bare "SPEAKER VERB." before a quotation a colon.

    ``text`` is read after :func:`~provenance.extractors.claims.quotes.us_quotes`
    (its quotations open with “ or "). The same object comes back when nothing changes.

    Example:
        >>> colon_cue_sentences("Mr Smith added. “We will win.”")
        'Mr Smith added: “We will win.”'
        >>> colon_cue_sentences("The talks continued. “We will win.”")
        'The talks continued. “We will win.”'
    """
    if "“" not in text and '"' not in text:
        return text
    stops = [
        pos
        for pos, start in _stops(text)
        if _ABBREVIATION.search(text, max(0, start - 12), start) is None
    ]
    if not stops:
        return text
    chars = list(text)
    for pos in stops:
        chars[pos] = ":"
    return "".join(chars)
