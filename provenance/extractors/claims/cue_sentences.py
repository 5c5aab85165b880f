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

A colon and a quotation after a cue ("VERB: “...”", "told reporters: “...”") name the
speaker just before the verb, whatever opens the sentence: "Before he left the
chancellor told reporters: “...”", "But speaking in Thailand Hingis admitted: “...”".
:func:`colon_quote_speaker` finds that speaker when the subject rules, which want the
subject to open a clause, find none.
"""

from __future__ import annotations

import re
from functools import cache

from provenance.extractors.claims.subjects import is_head
from provenance.lexicon.cues import CueLexicon, cue_lexicon

__all__ = ["colon_cue_sentences", "colon_quote_speaker"]


@cache
def _speaker_pronouns() -> frozenset[str]:
    """The personal pronouns that may be the whole speaker, case-folded ("he", "i")."""
    return frozenset(p.casefold() for p in cue_lexicon("en").speaker_pronouns)


@cache
def _no_speaker() -> frozenset[str]:
    """Words no speaker's phrase holds: clause boundaries, verbs and adverbs of the
    subject lexicon, determiners (as its last word), object pronouns."""
    lex = cue_lexicon("en")
    return (
        lex.subject_boundaries
        | lex.not_in_noun_phrase
        | lex.subject_determiners
        | lex.object_pronouns
    )


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
    pronoun = "|".join(lex.speaker_pronouns)
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
        word = _last_word(text, pos - 40 if pos > 40 else 0, pos)
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


#: a cue's object (up to four words: "reporters", "the audience", "BBC Radio Five
#: Live"), a colon and a quotation: the quotation is what the speaker said
_COLON_QUOTE = re.compile(rf"(?:\s+(?!that\b)[\w'’.-]+){{0,4}}?\s*:\s*[{_OPEN_QUOTES}]")
_SPEAKER_TOKEN = re.compile(r"[\w'’.-]+")
#: how many words a speaker before a colon quotation may have
_SPEAKER_WORDS = 6


def colon_quote_speaker(
    text: str, floor: int, cue_start: int, cue_end: int
) -> tuple[int, int] | None:
    """The speaker just before a cue a colon and a quotation follow, or ``None``.

    The speaker is a personal pronoun, a name (capitalised words after the
    sentence's opening words; after a preposition, the last one: "speaking in
    Thailand Hingis"; after a possessive, those after it: "War on Want's John
    Hilary") or a source noun a determiner opens ("the chancellor", "the
    ex-Wallaby"). A bare participle ("the house saying: “...”") is left alone.

    Example:
        >>> text = "Before he left the chancellor told reporters: “We will win.”"
        >>> s, e = colon_quote_speaker(text, 0, text.index("told"), text.index(" reporters"))
        >>> text[s:e]
        'the chancellor'
        >>> text = "Before he left the chancellor told reporters that “we will win.”"
        >>> colon_quote_speaker(text, 0, text.index("told"), text.index(" reporters")) is None
        True
    """
    cue = text[cue_start:cue_end]
    if (cue.endswith("ing") and " " not in cue) or _COLON_QUOTE.match(text, cue_end) is None:
        return None
    lex = cue_lexicon("en")
    end = cue_start
    while end > floor and text[end - 1].isspace():
        end -= 1
    tokens = list(_SPEAKER_TOKEN.finditer(text, max(floor, end - 120), end))
    if not tokens or tokens[-1].end() != end:
        return None
    last = tokens[-1].group()
    low = last.casefold()
    if low in _speaker_pronouns():
        return tokens[-1].start(), end
    if low in _no_speaker() or not _speaker_word(last):
        return None
    named = last[0].isupper()
    if not named and not (is_head(low) or "-" in low):
        return None  # "do the same again replied": no source noun
    first = len(tokens) - 1
    while first > 0 and len(tokens) - first < _SPEAKER_WORDS:
        prev = tokens[first - 1]
        if text[prev.end() : tokens[first].start()].strip():
            break  # a comma, a bracket or a dash ends the phrase
        word = prev.group()
        low = word.casefold()
        if low in lex.subject_determiners and low not in _speaker_pronouns():
            if named:
                break  # "the Audit Committee chairman Peter Ainsworth": the name
            if first > 1 and _object_of_preposition(tokens[first - 2].group(), lex):
                return None  # "A report on the experiment said": the experiment said nothing
            return prev.start(), end  # "the chancellor", "The French regulator"
        if low in _no_speaker() or not _speaker_word(word):
            break
        if word[0].isupper() or (not named and word.isalpha()):
            first -= 1
            continue
        break
    if not named:
        return None  # a common noun needs its determiner: "the ex-Wallaby"
    start = first
    if tokens[start].group() in lex.sentence_openers:
        start += 1  # "But Hingis", "Asked ... Lomu": the opener is no part of the name
    if first > 0 and _object_of_preposition(tokens[first - 1].group().casefold(), lex):
        # "speaking in Thailand Hingis", "In London Blair": after a participle's place or
        # the sentence's, its last word; not "detainee A in Woodhill Prison"
        opener = tokens[first - 1].group()[0].isupper()
        participle = first > 1 and tokens[first - 2].group().endswith("ing")
        if len(tokens) - start < 2 or not (opener or participle):
            return None
        start = len(tokens) - 1
    if start >= len(tokens):
        return None
    return tokens[start].start(), end


def _object_of_preposition(word: str, lex: CueLexicon) -> bool:
    """Whether ``word`` is a lower-case preposition, whose object is no speaker."""
    return word.islower() and (word in lex.np_prepositions or word in lex.not_in_noun_phrase)


def _speaker_word(word: str) -> bool:
    """Whether ``word`` may stand in a speaker's phrase (no possessive, no -ly adverb)."""
    return not word.endswith(("'s", "’s", "s'", "s’")) and not (
        word.islower() and word.endswith("ly")
    )
