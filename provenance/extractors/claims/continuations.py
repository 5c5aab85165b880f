"""Claims that continue an earlier one: resumed quotations and coordinated cues.

* a quotation paragraph or sentence after a quoted claim extends it, or (after
  one narrative sentence) becomes a claim of its own by the same source;
* a quotation paragraph or sentence right after a narrative sentence whose subject
  is a person, and that names no one else, is that person's ("McIlroy is brimming
  with confidence. “I've been waiting six years for this.”");
* "said that A and dismissed the reports" is no continuation: two reports of one
  source, the first content ending before "and" (:func:`~.spans.content_after`).
"""

from __future__ import annotations

import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.clause_subjects import main_subject
from provenance.extractors.claims.cues import cue_grammar
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.spans import OPEN, trim
from provenance.extractors.claims.subjects import PRONOUNS
from provenance.extractors.text.quotes import first_visible
from provenance.lexicon.numbers import number_lexicon

__all__ = ["continue_quote", "has_quote", "narrated_speaker", "scare_quote_opens"]

_QUOTE_CHARS = '“”"'
_ALNUM = re.compile(r"\w")
#: how a quotation of speech ends inside its marks: a stop or a comma ("“No,” ...")
_SPOKEN_ENDS = (".", "!", "?", ",", "…")


def has_quote(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` contains a quotation mark.

    Example:
        >>> has_quote('He said “no”.', 0, 13)
        True
    """
    part = text[a:b]  # sliced once, not once per mark of _QUOTE_CHARS
    return "“" in part or "”" in part or '"' in part


#: The most words a scare quote holds ("the “deal”", "“Project Fear” is back"): a term
#: the writer holds at a distance, not words anyone is quoted as saying.
SCARE_QUOTE_WORDS = 3


def scare_quote_opens(text: str, a: int, b: int) -> bool:
    """Whether the unit ``text[a:b]`` opens with a scare quote its own sentence goes on from.

    "“Fake news” is now a common phrase.": one to three words in quotation marks, then
    narrative words of the writer's. A short quotation ending its unit ("“Never.”") or
    closing a sentence of its own ("“There's an edge.” ...") is speech.

    Example:
        >>> text = "“Fake news” is now a common phrase."
        >>> scare_quote_opens(text, 0, len(text)), scare_quote_opens("“Never again.”", 0, 14)
        (True, False)
    """
    close = -1
    for mark in _QUOTE_CHARS:
        at = text.find(mark, a + 1, b)
        if at >= 0 and (close < 0 or at < close):
            close = at
    inside = text[a + 1 : close].rstrip()
    if close < 0 or len(inside.split()) > SCARE_QUOTE_WORDS or inside.endswith(_SPOKEN_ENDS):
        return False  # "“There's an edge. “After ...": a sentence spoken, then more of it
    return _ALNUM.search(text, close + 1, b) is not None


def continue_quote(
    text: str, a: int, b: int, prev: Draft, prev_end: int, drafts: list[Draft], *, resumed: bool
) -> None:
    """Extend a direct quote over a following unit that is only a quotation.

    ``resumed``: a narrative sentence lies between, so the quotation becomes a
    claim of its own by the same source instead of extending the previous one.
    """
    content_first = prev.cue_start is not None and prev.end <= prev.cue_start
    if text[a] not in OPEN or scare_quote_opens(text, a, b):
        return
    between = text[prev_end:a]
    if between.count("\n\n") > 1 or (resumed and prev.attribution is not Attribution.DIRECT):
        return
    if resumed or not (prev.attribution is Attribution.DIRECT or content_first):
        cs, ce = trim(text, a, b)
        d = Draft(cs, ce, Attribution.DIRECT, ClaimStatus.ASSERTED)
        d.inherit = drafts.index(prev)
        drafts.append(d)
        return
    prev.end = trim(text, a, b)[1]


#: a capitalised word: a name, unless it opens a sentence
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
#: how many words a quotation must hold to be credited to a narrated speaker
_NARRATED_WORDS = 6


def narrated_speaker(text: str, pa: int, pb: int, a: int, b: int) -> Draft | None:
    """A quotation unit ``text[a:b]`` credited to the subject of the sentence before it.

    "McIlroy is brimming with confidence. “I've been waiting over six years for
    this.”": the unit before (``text[pa:pb]``, no claim of its own, at most one
    paragraph break away) opens with a person as its subject, a name or a personal
    pronoun, and names no one else (no other capitalised word after its subject, no
    quotation); the quotation is the unit's whole, of six words or more. ``None``
    otherwise.

    Example:
        >>> text = "McIlroy is brimming with confidence. “I have waited six years for this.”"
        >>> d = narrated_speaker(text, 0, 36, 37, len(text))
        >>> text[d.source_start : d.source_end], text[d.start : d.end]
        ('McIlroy', '“I have waited six years for this.”')
    """
    if text[a] not in OPEN or text[pb:a].count("\n\n") > 1 or has_quote(text, pa, pb):
        return None
    cs, ce = trim(text, a, b)
    if text[ce - 1] not in _QUOTE_CHARS or len(text[cs:ce].split()) < _NARRATED_WORDS:
        return None  # the unit goes on past its quotation, or the quotation is short
    if _inner_close(text, cs + 1, ce - 1):
        return None  # words of the writer's between two quotations: "“A” was the word, “B”"
    subject = main_subject(text, pa, pb)
    if subject is None:
        return None
    ss, se = subject
    if not _person_subject(text[ss:se]):
        return None
    opening = first_visible(text, pa)  # the sentence's first word, capitalised as such
    for m in _CAPITALISED.finditer(text, pa, pb):
        if not (ss <= m.start() < se or m.start() == opening or _date_word(m.group())):
            return None  # another name: "Mauresmo ... before injury ushered Davenport back"
    return Draft(cs, ce, Attribution.DIRECT, ClaimStatus.ASSERTED, ss, se)


def _person_subject(subject: str) -> bool:
    """A subject that may be a person: a personal pronoun of the speaker lexicon ("She")
    or a name of four words at most ("Mr Negroponte"), none of them an acronym ("DRM")
    or another pronoun ("It")."""
    if subject in cue_grammar().lexicon.speaker_pronouns:
        return True
    words = subject.split()
    return (
        len(words) <= 4
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and subject.lower() not in PRONOUNS
    )


def _date_word(word: str) -> bool:
    """A day's or a month's name ("Monday", "March"): a capitalised word naming no one."""
    lex = cue_grammar().lexicon
    return word.endswith(lex.day_suffixes) or word.lower() in number_lexicon().months


#: a closing mark after a word or a stop, then a space and a word of the writer's
_INNER_CLOSE = re.compile(r"(?<=\S)[”\"][ \t]+(?![“\"\s])")


def _inner_close(text: str, lo: int, hi: int) -> bool:
    """Whether a quotation closes inside ``text[lo:hi]`` and the writer's words go on."""
    return _INNER_CLOSE.search(text, lo, hi) is not None
