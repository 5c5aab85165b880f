"""Reporting frames where the source is not the subject before the cue.

Helpers of :mod:`provenance.extractors.claims.attribute`, each returning the content
and source spans of one frame, or ``None``:

* passives with an agent: "Calls for a truce were rejected by the ministry";
* "X was quoted as saying Y" (the participle's source is the passive subject);
* sentence-initial inversion: "Said Ellis: “We will not give up.”";
* a comment clause after the content: "It is a dead heat, as Cruz said on Monday.".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from provenance.extractors.claims.spans import OPEN, post_source, quoted_post_source, trim
from provenance.extractors.claims.subjects import find_subject, is_head
from provenance.extractors.text.wordlists import ordered_alternation
from provenance.lexicon.cues import cue_lexicon

__all__ = ["as_source", "inverted", "passive_agent", "quoted_as_saying"]

#: "X quoted Y as": the quoted one, a noun phrase of a few words with no punctuation
_QUOTED_OBJECT = re.compile(
    r"\bquoted\s+(?P<src>(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6}?)\s+as\s*$"
)
_INVERTED = re.compile(
    r"\s+(?P<src>(?:[A-Za-z][\w.'’-]*\s+){0,5}?[A-Za-z][\w.'’-]*)\s*[:,]\s*(?=[“\"])"
)

Spans = tuple[int, int, int, int]
"""Content start and end, then source start and end."""


def passive_agent(
    text: str, floor: int, b: int, m: re.Match[str], reach: int | None = None
) -> Spans | None:
    """ "CONTENT was rejected by SOURCE": the subject is the content, the agent the source.

    After a relative pronoun ("the attacks in Paris, which were claimed by ...") the
    content is what stands before it; when an earlier claim of the sentence holds that
    (``floor`` is past it), the noun phrase from the last determiner before the comma,
    looked for back to ``reach`` (the unit's start).

    Example:
        >>> from provenance.extractors.claims.cues import CUE_RE
        >>> text = "Calls for a truce were rejected by the ministry."
        >>> cs, ce, ss, se = passive_agent(text, 0, len(text), CUE_RE.search(text))
        >>> text[cs:ce], text[ss:se]
        ('Calls for a truce', 'the ministry')
    """
    by = _quoting().by.match(text, m.end(), b)
    if by is None:
        return None
    words = _words()
    adjunct = words.agent_adjunct.search(text, by.end(), b)
    src = post_source(text, by.end() - 1, adjunct.start() if adjunct else b)
    if src is None:
        return None
    cs, ce = trim(text, floor, m.start())
    rel = _RELATIVE_END.search(text, cs, ce)
    if rel is not None and rel.group(1) in words.relative_pronouns:
        # "the attacks in Paris, which were claimed by": the noun phrase, not "which"
        ce = trim(text, cs, rel.start())[1]
        if ce - cs < 3 and reach is not None and reach < floor:
            # the noun is in an earlier claim's content: from its last determiner
            ce = trim(text, reach, rel.start())[1]
            dets = list(words.determiner.finditer(text, max(reach, ce - 60), ce))
            det = dets[-1] if dets else None
            if det is not None and "," not in text[det.start() : ce]:
                cs = det.start()
        cs = min(cs, ce)
    if ce - cs < 8 or ce - cs > 250:
        return None
    return cs, ce, src[0], src[1]


_RELATIVE_END = re.compile(r",?\s*\b(\w+)$")


@dataclass(frozen=True, slots=True)
class _Words:
    """The words a passive's agent and its antecedent are read with, from the lexicon."""

    #: where a "by" agent ends ("rejected by the ministry [on] Monday")
    agent_adjunct: re.Pattern[str]
    relative_pronouns: frozenset[str]
    #: a determiner opening the noun phrase a relative pronoun points back to
    determiner: re.Pattern[str]


@functools.cache
def _words(language: str = "en") -> _Words:
    lex = cue_lexicon(language)
    return _Words(
        re.compile(rf"\s+(?:{ordered_alternation(lex.agent_adjunct_openers)})\b"),
        frozenset(lex.relative_pronouns),
        re.compile(rf"\b(?:{ordered_alternation(lex.antecedent_determiners)})\s", re.IGNORECASE),
    )


@dataclass(frozen=True, slots=True)
class _Quoting:
    """The patterns of a passive's agent and of "quoted as", from the lexicon."""

    #: the preposition of a passive's agent ("rejected by the ministry")
    by: re.Pattern[str]
    #: "X was (widely) quoted (by Y) as" before "saying"
    quoted_as: re.Pattern[str]
    #: "quoted X as saying that ...": the clause the object says
    that_after: re.Pattern[str]


@functools.cache
def _quoting(language: str = "en") -> _Quoting:
    lex = cue_lexicon(language)
    return _Quoting(
        re.compile(rf"\s+(?:{ordered_alternation(lex.agent_prepositions)})\s+"),
        re.compile(
            rf"(?:{ordered_alternation(lex.quoted_auxiliaries)})\s+(?:(?:{ordered_alternation(lex.quoted_adverbs)})\s+)?"
            rf"(?:{ordered_alternation(lex.quoted_participles)})"
            rf"(?:\s+(?:{ordered_alternation(lex.quoted_prepositions)})\s+[^,.;:“”\"]{{1,60}}?)?"
            rf"\s+(?:{ordered_alternation(lex.quoted_markers)})\s*$"
        ),
        re.compile(rf"\s+(?:{ordered_alternation(lex.content_complementizers)})\s"),
    )


# English's, built on import as its module patterns once were (not in a text's first call)
_quoting()


def quoted_as_saying(
    text: str, floor: int, m: re.Match[str], content: tuple[int, int]
) -> Spans | None:
    """ "X was quoted as saying Y": X is the source of Y.

    Example:
        >>> from provenance.extractors.claims.cues import CUE_RE
        >>> text = "Putin was quoted as saying talks would resume."
        >>> cs, ce, ss, se = quoted_as_saying(text, 0, CUE_RE.search(text), (26, 45))
        >>> text[ss:se]
        'Putin'
    """
    if not m.group("verb").startswith("saying"):
        return None
    quoting = _quoting()
    q = quoting.quoted_as.search(text, floor, m.start())
    if q is None or text[q.end() : m.start()].strip():
        # "“...,” Arab News quoted Prince Saud as saying.": the object is the one who says
        # the quotation (only a quotation: a reported clause after "saying" runs on through
        # its appositives, which wire copy gives to the agency; but "that" opens a clause
        # whose end the clause rules find: "PTI quoted the official as saying that ...")
        active = _QUOTED_OBJECT.search(text, floor, m.start())
        if (
            active is None
            or (
                text[content[0] : content[0] + 1] not in OPEN
                and quoting.that_after.match(text, m.end()) is None
            )
            or find_subject(text, floor, active.start()) is None
        ):
            return None
        return content[0], content[1], active.start("src"), active.end("src")
    subj = find_subject(text, floor, q.start())
    if subj is None:
        return None
    return content[0], content[1], subj[0], subj[1]


def inverted(text: str, a: int, b: int, m: re.Match[str]) -> Spans | None:
    """ "Said Ellis: “...”" at the start of a unit: the source follows the cue.

    Example:
        >>> from provenance.extractors.claims.cues import CUE_RE
        >>> text = "Said Ellis: “We will not give up.”"
        >>> cs, ce, ss, se = inverted(text, 0, len(text), CUE_RE.search(text))
        >>> text[ss:se], text[cs:ce]
        ('Ellis', '“We will not give up.”')
    """
    if m.start() != a or not m.group("verb")[0].isupper() or text[a] in OPEN:
        return None
    im = _INVERTED.match(text, m.end(), b)
    if im is None:
        return None
    if post_source(text, im.start(), im.end("src")) is None:
        # the quotation after the colon makes the frame unambiguous: a false title may
        # stand before the name ("Said Wales assistant coach Scott Johnson: “...”")
        loose = quoted_post_source(text, im.start(), im.end("src"))
        if loose is None or loose[1] != im.end("src"):
            return None
    cs, ce = trim(text, im.end(), b)
    if text[b - 1] in '”"' and ce < b:
        ce = b
    if ce - cs < 3:
        return None
    return cs, ce, im.start("src"), im.end("src")


#: ", as SOURCE": the comment clause's source, a noun phrase with no comma or quote; the
#: comma may stand inside a closing quotation mark ('the bill is "a disaster," as he put it')
#: or before it ('"a disaster", as he put it')
_AS_LEAD = re.compile(r"(?:,[”\"]?|[”\"],)\s+as\s+(?P<src>[^,;:“”\"()]{2,80}?)\s*$")
#: ... and after its cue nothing but an adjunct ("on Monday", "in a 2012 interview")
_AS_TAIL = re.compile(
    r"(?:\s+(?:on|in|at|during|after|before|last|this|earlier|later|recently|yesterday|"
    r"today|tonight|\w+day|to|about|a\s+few)\b[^,.;:“”\"—–]{0,80}?)?\s*(?:[.;:—–]|\s-\s|$)"
)
#: a break inside the sentence before the content: the comment clause credits only the
#: clause after it ("Both claim roots - Mrs. Clinton's father grew up here, as she said")
_AS_BREAK = re.compile(r"[;:—–]\s*|\s-\s+")


@functools.cache
def _as_subordinate() -> re.Pattern[str]:
    """A subordinate clause opening a comment clause's content, up to its comma."""
    words = ordered_alternation(cue_lexicon("en").comment_clause_subordinators)
    return re.compile(rf"\b(?:{words})\s[^,;:“”\"]{{1,120}}?,\s+(?=[^,;:“”\"]{{10}})")


# built on import, as the module's other patterns are: a comment clause is rare, and its
# first one would otherwise compile the pattern in the middle of a run
_as_subordinate()


#: pronouns that can be the source of a comment clause (", as he said")
_AS_PRONOUNS = cue_lexicon("en").as_source_pronouns


def as_source(text: str, floor: int, b: int, m: re.Match[str]) -> Spans | None:
    """ "CONTENT, as SOURCE said.": a comment clause credits the clause before it.

    Example:
        >>> from provenance.extractors.claims.cues import CUE_RE
        >>> text = "The race is a dead heat, as Cruz said on Monday."
        >>> cs, ce, ss, se = as_source(text, 0, len(text), CUE_RE.search(text))
        >>> text[cs:ce], text[ss:se]
        ('The race is a dead heat', 'Cruz')
    """
    # the lead's comma is the window's last one (nothing after it holds a comma), so the
    # search starts there, or at a quotation mark right before it
    comma = text.rfind(",", floor, m.start())
    if comma < 0 or text.find("as", comma, m.start()) < 0:
        return None  # no "as" after the window's last comma (most cues): no search
    lead = _AS_LEAD.search(text, max(floor, comma - 1), m.start())
    if lead is None:
        return None
    if _AS_TAIL.match(text, m.end(), b) is None:
        medial = _medial_as(text, floor, b, m, lead)
        if medial is not None or _AS_GOES_ON.match(text, m.end(), b) is None:
            return medial
    ss, se = lead.span("src")
    words = text[ss:se].split()
    last = words[-1].rstrip(".")
    if not (last[:1].isupper() or is_head(last.lower()) or last.lower() in _AS_PRONOUNS):
        return None  # ", as the day went on": no source
    start = floor
    for brk in _AS_BREAK.finditer(text, floor, lead.start()):
        start = brk.end()
    if (sub := _as_subordinate().search(text, start, lead.start())) is not None:
        start = sub.end()  # "because while X, [Y], as a memo put it": the main clause
    close = text.find("”", lead.start(), lead.start() + 2)
    if close < 0:
        close = text.find('"', lead.start(), lead.start() + 2)
    # a quotation closed at the comma keeps its mark (trim keeps a closing quote)
    cs, ce = trim(text, start, close + 1 if close >= 0 else lead.start())
    if ce - cs < 10:
        return None
    return cs, ce, ss, se


#: a comment clause followed by a comma and more of the sentence: it credits the clause
#: before it ("The race tightened, as Cruz said, and then it broke open")
_AS_GOES_ON = re.compile(r",\s+[a-z]")
#: the comma closing a medial comment clause, then the predicate it interrupted: an
#: adverb may open it ("Hawaii, as one adviser pointed out, normally does not get ...")
_AS_RESUME = re.compile(r",\s+(?:[a-z]+ly\s+)?(?P<w>[a-z]+(?:n['’]t)?)\s")
#: the most words of the subject before a medial comment clause
_AS_SUBJECT_WORDS = 8


def _medial_as(
    text: str, floor: int, b: int, m: re.Match[str], lead: re.Match[str]
) -> Spans | None:
    """ "SUBJECT, as SOURCE said, PREDICATE.": the comment clause interrupts its content.

    The subject is a short phrase with no comma; the predicate opens with a finite verb
    (an auxiliary, a modal or an irregular past of the lexicon). The content is the
    whole clause, the comment clause inside it, as for "The test, North Korea said, was
    its biggest".

    Example:
        >>> from provenance.extractors.claims.cues import CUE_RE
        >>> text = "The city, as the mayor said, has never been safer."
        >>> m = [m for m in CUE_RE.finditer(text)][-1]
        >>> cs, ce, ss, se = as_source(text, 0, len(text), m)
        >>> text[cs:ce], text[ss:se]
        ('The city, as the mayor said, has never been safer', 'the mayor')
    """
    resume = _AS_RESUME.match(text, m.end(), b)
    if resume is None:
        return None
    lex = cue_lexicon("en")
    finite = {*lex.finite_auxiliaries, *lex.modal_auxiliaries, *lex.irregular_pasts}
    word = resume.group("w").replace("’", "'")
    if word not in finite and word.split("n'")[0] not in finite:
        return None
    ss, se = lead.span("src")
    last = text[ss:se].split()[-1].rstrip(".")
    if not (last[:1].isupper() or is_head(last.lower()) or last.lower() in _AS_PRONOUNS):
        return None
    cs, subject_end = trim(text, floor, lead.start())
    subject = text[cs:subject_end]
    if not 0 < len(subject.split()) <= _AS_SUBJECT_WORDS or any(c in subject for c in ',;:“”"'):
        return None
    ce = trim(text, resume.end(), b)[1]
    return cs, ce, ss, se
