"""Where a reported clause ends because of the sentence around it, and relative sources.

* coordinated reports: "Most said Clinton is honest, and three-quarters said the
  same of Sanders": the content of the first "said" ends before ", and
  three-quarters"; the second cue then reports a claim of its own
  (``clause_coordinators`` need a comma before them, ``contrast_coordinators`` do not);
* relative clauses: "Clinton, who said the plan would fail, voted no" ends the content
  at the clause's comma, and "voters who say X" takes the pronoun as the source
  (``relative_pronouns``);
* fronted subordinate clauses: "While Ramos said X, he appears uneasy" ends the content
  at the clause's comma (``fronted_subordinators``).

Every word list is language data read from the cue lexicon.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from provenance.extractors.claims.subjects import find_subject
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import cue_lexicon

__all__ = [
    "coordinated_report",
    "parenthetical_relative",
    "relative_clause_end",
    "relative_subject",
    "subordinate_clause_end",
]

_COMMA = re.compile(",")
_LAST_WORD = re.compile(r"\b(\w+)\s+$")
_WINDOW = 24
_WORD_BEFORE = re.compile(r"\w\s*$")
#: a comma inside a list: one or two words, then another comma or "and"/"or"
_LIST_ITEM = re.compile(r",\s+[\w’'-]+(?:\s+[\w’'-]+)?(?:,|\s+(?:and|or)\s)")
#: a relative pronoun after a comma, right before a source: "X, which officials said"
_RELATIVE_LEAD = re.compile(r"\w,\s+(\w+)\s+$")


#: closing quotation marks a comma may stand inside
_CLOSING_QUOTES = frozenset({"”", '"'})


@functools.cache
def _coordinator_re(key: str) -> re.Pattern[str] | None:
    """The coordinator that must end the text between the content start and a subject."""
    lex = cue_lexicon(key)
    parts = []
    if lex.clause_coordinators:
        # the comma may stand inside a closing quotation mark: '"A," the Times reported'
        parts.append(rf",[”\"]?\s*(?:(?:{alternation(lex.clause_coordinators)})\s+)?")
    if lex.contrast_coordinators:
        parts.append(rf",?\s+(?:{alternation(lex.contrast_coordinators)})\s+")
    if not parts:
        return None
    return re.compile(rf"(?:{'|'.join(parts)})$", re.IGNORECASE)


def coordinated_report(
    text: str,
    start: int,
    cue_start: int,
    *,
    language: str | None = "en",
    bare: bool = False,
    subject_of: Callable[[str, int, int], tuple[int, int] | None] = find_subject,
) -> int | None:
    """Where a content starting at ``start`` ends because the cue at ``cue_start`` reports anew.

    The cue must have a subject of its own (a name, a pronoun, a source noun) right
    after a coordinator; the returned offset is the coordinator's start. ``None``
    when the cue continues the content ("said officials told him X" nests, it does
    not coordinate) or when the cut would leave under two characters ("yes, but
    most voters say she does not" keeps "yes"). ``subject_of`` finds the cue's subject
    (:func:`find_subject`, or a caller's per-text memo of it).

    Example:
        >>> text = "Most said Clinton is honest, and three-quarters said the same of Sanders."
        >>> end = coordinated_report(text, 10, text.index("said the"))
        >>> text[10:end]
        'Clinton is honest'
    """
    key = language_key(language)
    pattern = _coordinator_re(key)
    if pattern is None:
        return None
    # both patterns search before the subject, which lies in ``[start, cue_start)``, for a
    # comma or a coordinator between white space: with neither there, no cut, and the
    # subject (the costly part) is not sought; most contents hold neither
    if text.find(",", start, cue_start) < 0 and not _spaced_coordinator(key).search(
        text, start, cue_start
    ):
        return None
    subject = subject_of(text, start, cue_start)
    if subject is None:
        return None
    if bare and text[subject[0]].isupper():
        # "denied [meddling] and Trump has said ...": an object (a noun phrase, not a
        # clause) ends at a coordinator with no comma before a named subject reporting anew
        plain = _bare_coordinator_re(key)
        lead = plain.search(text, max(start, subject[0] - _WINDOW), subject[0]) if plain else None
        if lead is not None and lead.start() - start >= 2:
            return lead.start()
    # the coordinator ends right before the subject: search a short window, not the content
    lead = pattern.search(text, max(start, subject[0] - _WINDOW), subject[0])
    if lead is None or lead.start() - start < 2:
        return None
    if text[lead.start() + 1 : lead.start() + 2] in _CLOSING_QUOTES:
        return lead.start() + 2  # the content keeps its closing quotation mark
    return lead.start()


@functools.cache
def _spaced_coordinator(key: str) -> re.Pattern[str]:
    """Any coordinator of :func:`_coordinator_re` and :func:`_bare_coordinator_re` between
    two white-space characters, in any case: what every match of theirs without a comma
    holds (a language with none matches nothing)."""
    lex = cue_lexicon(key)
    words = (*lex.clause_coordinators, *lex.contrast_coordinators)
    return re.compile(rf"\s(?:{alternation(words)})\s" if words else "(?!)", re.IGNORECASE)


@functools.cache
def _bare_coordinator_re(key: str) -> re.Pattern[str] | None:
    """A clause coordinator with no comma right before a subject ("... and Trump said")."""
    words = cue_lexicon(key).clause_coordinators
    return re.compile(rf"\s+(?:{alternation(words)})\s+$") if words else None


def relative_clause_end(
    text: str, source: tuple[int, int], start: int, end: int, *, language: str | None = "en"
) -> int:
    """Where a content reported by a relative pronoun between commas ends.

    "Clinton, who said the plan would fail, voted no": the source is "who" after a
    comma, so the content stops at the comma that closes the relative clause (a list
    inside it is kept whole). Any other source leaves ``end`` as it is.

    Example:
        >>> text = "Clinton, who said the plan would fail, voted no."
        >>> end = relative_clause_end(text, (9, 12), 18, len(text) - 1)
        >>> text[18:end]
        'the plan would fail'
    """
    ss, se = source
    pronouns = _relative_pronouns(language_key(language))
    if text[ss:se].lower() in pronouns:
        if not text[:ss].rstrip().endswith(","):
            return end
    else:
        # "The changes, which officials said will start soon, will not apply": the source
        # is the subject inside the relative clause, the pronoun the content's subject;
        # the lead's comma is the window's last one (only a word and spaces follow it),
        # so the search starts at the word character before it
        # a comparison, not ``max`` (which parses its arguments): this runs for most claims
        last_comma = text.rfind(",", ss - _WINDOW if ss > _WINDOW else 0, ss)
        if last_comma < 0:
            return end
        lead = _RELATIVE_LEAD.search(text, max(0, ss - _WINDOW, last_comma - 1), ss)
        if lead is None or lead.group(1).lower() not in pronouns:
            return end
        return _matrix_comma(text, start, end, language)
    for comma in _COMMA.finditer(text, start, end):
        if _LIST_ITEM.match(text, comma.start()) is None:  # "taxes, fees and tolls": a list
            return comma.start() if comma.start() - start >= 3 else end
    return end


def _matrix_comma(text: str, start: int, end: int, language: str | None) -> int:
    """The comma closing a relative clause where the main clause's verb goes on, else ``end``.

    "The changes, which officials said will start soon, will not apply": the content
    ends at the comma before a finite verb ("will", "is", "met", "declined"); a comma
    before an
    adjunct ("..., with a couple of strays") or inside a quotation stays in it.
    """
    lex = cue_lexicon(language_key(language))
    finite = frozenset(lex.finite_auxiliaries) | frozenset(lex.irregular_pasts)
    for comma in _COMMA.finditer(text, start, end):
        if _open_quote(text, start, comma.start()):
            continue
        nxt = _NEXT_WORD.match(text, comma.end())
        if nxt is None or comma.start() - start < 3:
            continue
        word = nxt.group(1)
        if word in finite or (word.islower() and word.endswith(_VERB_ENDINGS)):
            return comma.start()
    return end


_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")
#: a lower-case word with one of these endings after the clause's comma is the main verb
_VERB_ENDINGS = ("ed", "s")


def _open_quote(text: str, start: int, pos: int) -> bool:
    """Whether a quotation opened between ``start`` and ``pos`` is still open at ``pos``."""
    part = text[start:pos]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


def parenthetical_relative(
    text: str, source: tuple[int, int], cue_start: int, *, language: str | None = "en"
) -> bool:
    """Whether ``source`` is a relative pronoun whose clause a comma closes before the cue.

    "Fernandez, who has said X, declined to comment" ("Democracy for America, a group
    that backed Sanders, said"): the clause is an aside, so the cue after it
    ("declined") is the main clause's verb; its subject is the phrase before the
    aside, never the pronoun.

    Example:
        >>> text = "Fernandez, who has said no, declined to comment."
        >>> parenthetical_relative(text, (11, 14), text.index("declined"))
        True
        >>> text = "Voters who say no and add that taxes rise."
        >>> parenthetical_relative(text, (7, 10), text.index("add"))
        False
    """
    ss, se = source
    if text[ss:se].lower() not in _relative_pronouns(language_key(language)):
        return False
    return text[se:cue_start].rstrip().endswith(",")


@functools.cache
def _relative_pronouns(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in cue_lexicon(key).relative_pronouns)


@functools.cache
def _pronoun_tuple(pronouns: frozenset[str]) -> tuple[str, ...]:
    """``pronouns`` as a tuple, for ``str.endswith``."""
    return tuple(sorted(pronouns))


def relative_subject(
    text: str, floor: int, cue_start: int, *, language: str | None = "en"
) -> tuple[int, int] | None:
    """A relative pronoun right before a cue, as its source: "voters who say X".

    The pronoun must follow a word of the same clause (not open the text), so a
    complementizer "that" ("said that officials say") is never taken: there the word
    before the cue is the clause's subject, not the pronoun.

    Example:
        >>> text = "Voters who say the economy is strong backed Clinton."
        >>> s, e = relative_subject(text, 0, text.index("say"))
        >>> text[s:e]
        'who'
    """
    # the last word only: a short window keeps the search constant in the unit's length
    lo = max(floor, cue_start - _WINDOW)
    pronouns = _relative_pronouns(language_key(language))
    if not text[lo:cue_start].rstrip().lower().endswith(_pronoun_tuple(pronouns)):
        return None  # the window ends with no pronoun (most cues): no search
    m = _LAST_WORD.search(text, lo, cue_start)
    if m is None or m.start() == floor:
        return None
    if m.group(1).lower() not in pronouns:
        return None
    if not text[m.start() - 1].isspace() or not _WORD_BEFORE.search(
        text, max(floor, m.start() - 8), m.start()
    ):
        return None  # the pronoun must be a whole word after a word of its clause
    return m.span(1)


def subordinate_clause_end(
    text: str, unit_start: int, start: int, end: int, *, language: str | None = "en"
) -> int:
    """Where a report inside a sentence-opening subordinate clause ends: at its comma.

    "While Ramos said that journalists cannot have any political affiliation, he
    appears uneasy": the sentence opens with a subordinator (``fronted_subordinators``),
    so the content closes at the first comma that is not inside a list.

    Example:
        >>> text = "While Ramos said that journalists must stay neutral, he appears uneasy."
        >>> end = subordinate_clause_end(text, 0, 22, len(text) - 1)
        >>> text[22:end]
        'journalists must stay neutral'
    """
    key = language_key(language)
    opener = _subordinator_re(key)
    # a subordinator's first word opens the unit, after a quotation mark or not (few
    # units do): a prefix test before the pattern
    first = unit_start + 1 if text.startswith(_SUBORDINATOR_QUOTES, unit_start) else unit_start
    if (
        opener is None
        or not text.startswith(_subordinator_firsts(key), first)
        or opener.match(text, unit_start, start) is None
    ):
        return end
    for comma in _COMMA.finditer(text, start, end):
        if _LIST_ITEM.match(text, comma.start()) is None:
            return comma.start() if comma.start() - start >= 3 else end
    return end


@functools.cache
def _subordinator_re(key: str) -> re.Pattern[str] | None:
    words = cue_lexicon(key).fronted_subordinators
    if not words:
        return None
    return re.compile(rf"[{''.join(_SUBORDINATOR_QUOTES)}]?(?:{alternation(words)})\s")


#: the quotation marks that may open a unit before its subordinator
_SUBORDINATOR_QUOTES = ("“", '"', "‘", "'")


@functools.cache
def _subordinator_firsts(key: str) -> tuple[str, ...]:
    """The first words of the subordinators ("Even" of "Even though"), for ``str.startswith``."""
    return tuple(sorted({w.split()[0] for w in cue_lexicon(key).fronted_subordinators}))
