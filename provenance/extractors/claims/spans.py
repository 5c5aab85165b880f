"""Content spans around a cue: where what a source said starts and ends.

Helpers of :mod:`provenance.extractors.claims.attribute`: the text after a cue up to
the end of its clause, a source written after its cue (", said X."), the
channel of a post ("wrote on X"), and the per-text :class:`Context` (quotations
and cues found once).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from provenance.extractors.claims.clause_turns import continues_clause, labels_object
from provenance.extractors.claims.coordination import coordinated_report
from provenance.extractors.claims.cues import CueIndex, CueInfo, cue_grammar
from provenance.extractors.claims.occasions import (
    occasion_openers,
    occasion_pattern,
    past_occasion,
)
from provenance.extractors.claims.subjects import (
    DETERMINERS,
    HEADS,
    NOT_IN_NP,
    NP_MODIFIERS,
    NP_PREPOSITIONS,
    PRONOUNS,
    TIME_ADJUNCTS,
    find_subject,
    is_head,
)
from provenance.extractors.claims.trailing_adverbs import past_trailing_adverb
from provenance.extractors.text.quotes import QuoteIndex, quote_spans
from provenance.extractors.text.wordlists import ordered_alternation
from provenance.extractors.text.wordscan import trie
from provenance.lexicon.cues import CLAUSE as _CLAUSE
from provenance.lexicon.cues import OBJECT as _OBJECT
from provenance.lexicon.cues import TELL as _TELL

__all__ = [
    "END_PUNCT",
    "OPEN",
    "Context",
    "addressee_only",
    "channel",
    "content_after",
    "explicit",
    "finite_clause",
    "number_clause",
    "post_source",
    "quotation_cue",
    "quoted_post_source",
    "tell_object_end",
    "trim",
]

OPEN = '“"‘'
_LEAD_OBJECT = re.compile(r"\s*(?:[,:—–-]\s*)?")
_TELL_THAT = re.compile(r"[^.;“”\"]{0,80}?\bthat\s+")
# "told the BBC News website: “...”": a colon and a quotation close the addressee, a
# short one ("told X it was ... and added: “...”" has a clause of its own before the colon)
_TELL_COLON = re.compile(r"(?:[^\S\n]+[^\s.;:,“”\"]+){1,7}:\s+(?=[“\"])")
_POST_SOURCE = re.compile(
    r"\s+((?:(?:[A-Za-z][\w.'’-]*|\d+/\d+)\s+){0,9}[A-Za-z][\w.'’-]*?)(?=\s*\([^()]{1,30}\))?"
    r"(?=\s*\([^()]{1,30}\)|[,.;]?\s*$|[,.;]?[”\"]?\s*$|,\s)"
)
END_PUNCT = ".!?;,: \n\t"
#: A break ending a report's content, after the character that opens it ("," ";" or a
#: space). Each pattern opens with that character as a class, so the regex engine skips
#: in C to candidates instead of trying every position; the look back tells the
#: alternatives apart in their former order (the plain forms are in the speed tests).
_CLAUSE_END_REST = (
    # "said A, but that B": a "that" after "but" continues the report; "even though"
    # concedes inside it ("is “not ready” to endorse Trump, even though he is the lone
    # Republican remaining"), a bare "though" or "although" opens the writer's aside
    r"(?:(?<=,)\s+|(?<=\s)\s*)(?:but(?!\s+that\s(?!(?:was|is|would|will|has|had|could|may|might|seems)\b))|although|(?<!even\s)though|whereas|while)\s"
    r"|(?<=;)\s|(?<=\s)[—–―]+\s|(?<=\s)--\s"
    r"|(?<=,)\s+(?!including\b)[a-z]+ing\s"
)
#: The words an alternative of :data:`_CLAUSE_END_REST` opens with after the opening
#: character (any other goes on with a space or a dash): every word it adds goes here too.
_CLAUSE_END_WORDS = "but|although|though|whereas|while"
#: After the opening character, every alternative goes on with a space, a dash or one of
#: its words: a look ahead at those skips the others (most spaces, among them those before
#: "the", "to", "was") before the alternatives' look backs are tried one by one.
_CLAUSE_END = re.compile(rf"[,;\s](?=[\s—–―-]|{_CLAUSE_END_WORDS})(?:{_CLAUSE_END_REST})")
#: an item of a list in an object: one to six words, no punctuation between them
_ITEM = r"[^\s,.;:!?“”\"()]+(?:\s+[^\s,.;:!?“”\"()]+){0,5}?"


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The patterns and word sets of a content span, built once per language from its lexicon."""

    #: a post's channel right after a cue ("wrote on X")
    channel: re.Pattern[str]
    #: what stands between a clause cue and its content (", only that")
    lead: re.Pattern[str]
    #: a told addressee ("told the Daily Telegraph", "told reporters on Friday")
    tell_object: re.Pattern[str]
    #: where an object ends (the clause ends and an object's own)
    object_end: re.Pattern[str]
    #: a source after a quotation's cue, to the words that end it
    loose_post: re.Pattern[str]
    #: a comma splice before a later cue (", Smith said", ", he said")
    splice: re.Pattern[str]
    clause_words: frozenset[str]
    close: frozenset[str]
    #: prepositions after a role noun that keep the phrase a source ("aide to X")
    role_prepositions: frozenset[str]
    #: the endings of a possessive noun inside a source after its cue ("the company's")
    possessive_endings: tuple[str, ...]
    clause_subjects: frozenset[str]
    #: prepositions of a place after a source noun (", said a diplomat in Brussels.")
    places: frozenset[str]
    #: of those, the ones before a body ("sources in the ministry"), and its determiners
    bodies: frozenset[str]
    body_determiners: frozenset[str]
    #: a pro-form standing for a report ("said as much in an interview"), then a tail
    #: adjunct or the clause's end: the pro-form alone is the content
    proform: re.Pattern[str]


@functools.cache
def _patterns(language: str, /) -> _Patterns:
    """The content span's patterns of a language, from its cue lexicon.

    ``language`` has no default and is given by position only: one cache entry per
    language (``_patterns()`` and ``_patterns("en")`` were two, each compiling the same
    patterns).
    """
    lex = cue_grammar(language).lexicon
    only = ordered_alternation(lex.content_lead_adverbs)
    that = ordered_alternation(lex.content_complementizers)
    pronouns = f"|{ordered_alternation(lex.splice_pronouns)}" if lex.splice_pronouns else ""
    # the first words the object's ends open with (an empty one: any), for the look ahead
    # that skips the other positions (most spaces: before "the", "to", "a", "and")
    openings = {
        w.split()[0] if w.split() else ""
        for words in (
            lex.object_end_phrases,
            lex.comment_clause_openers,
            lex.occasion_prepositions,
            lex.object_end_subordinators,
            lex.gerund_prepositions,
        )
        for w in words
    }
    opening_words = "".join(f"|{re.escape(w)}" for w in sorted(openings))
    items = ordered_alternation(lex.object_list_conjunctions)
    openers = ordered_alternation(lex.object_list_openers, r"\s+")
    phrases = ordered_alternation(lex.object_end_phrases, r"\s")
    # "quoted by", "cited by": the outlet relaying the speaker's words ends the speaker
    relayed = "|".join(sorted(lex.relaying_participles)) or "(?!)"
    clause_pronouns = "".join(f"|{re.escape(w)}\\s" for w in lex.comment_clause_pronouns)
    return _Patterns(
        channel=re.compile(
            rf"\s+(?:{ordered_alternation(lex.channel_prepositions)})\s+(?P<ch>{ordered_alternation(lex.channels)})\b"
        ),
        lead=re.compile(
            rf"\s*(?:[,:—–-]\s*)?(?:(?:{only})\s+)?"
            rf"(?:(?:{that}),?\s+(?!(?:{ordered_alternation(lex.demonstrative_that_verbs)})\b))?"
        ),
        tell_object=re.compile(
            # a named addressee may be a title with "the" and a programme or outlet noun
            # after it ("the Daily Telegraph", "BBC Radio 4's Today programme")
            rf"\s+(?:(?:(?:{ordered_alternation(lex.addressee_name_determiners)})\s+)?"
            r"(?:[A-Z][\w.'’-]*\s+|\d[\w'’]*\s+(?=[A-Z])){0,4}[A-Z][\w.'’-]*"
            # a programme named by its time before the noun ("the ABC's 7.30 program")
            rf"(?:\s+(?:\d[\d.:]*\s+)?(?:{ordered_alternation(lex.addressee_outlet_nouns)}))?"
            rf"|{ordered_alternation(lex.addressees)}|(?:{ordered_alternation(lex.addressee_pronouns)}))"
            # not an occasion or a means, which the content skips ("told AFP in an interview")
            rf"(?:\s+(?!{occasion_pattern(language) or '(?!)'})"
            rf"(?:{ordered_alternation(lex.addressee_adjunct_openers)})\s+[A-Z]?\w+)?,?\s+"
        ),
        object_end=re.compile(
            rf"[,;\s](?=[\s—–―-]|{_CLAUSE_END_WORDS}{opening_words})(?:{_CLAUSE_END_REST}"
            # an object runs on through its list ("all forms of cloning, including ...")
            # and through a list of its own ("cited jobs, safety and health care as
            # concerns"): short items, the last after "and" or "or", to the clause's end
            rf"|(?<=,)\s(?!\s*(?:{openers})\s)"
            rf"(?!(?:\s*{_ITEM},){{0,8}}\s*{_ITEM},?\s+(?:{items})\s+{_ITEM}(?:\s*(?:[.;!?]|$)|\s+\w))"
            rf"|(?<=\s)(?:{ordered_alternation(lex.occasion_prepositions)})\s"
            rf"(?:{ordered_alternation(lex.occasion_determiners)})\s(?:{ordered_alternation(lex.occasion_nouns)})"
            rf"|(?<=\s)(?:{phrases})\b"
            rf"|(?<=\s)(?:{ordered_alternation(lex.comment_clause_openers)})\s(?=[A-Z]{clause_pronouns})"
            rf"|(?<=\s)(?:{ordered_alternation(lex.object_end_subordinators)})\s"
            rf"|(?<=\s)(?:{ordered_alternation(lex.gerund_prepositions)})\s(?=[a-z]+ing\s))"
        ),
        loose_post=re.compile(
            r"\s+(?P<src>(?:(?:\d+/\d+|[\w.'’-]+)\s+(?:&\s+)?){0,9}?[\w.'’-]+)"
            r"(?=\s*\(|\s*[,.;:]|\s*[”\"]|\s*$|\s+"
            rf"(?:{ordered_alternation(lex.loose_source_ends)})\b|\s+(?:{relayed})\s+by\b)"
        ),
        splice=re.compile(rf",\s+(?:(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*{pronouns})\s*$"),
        clause_words=lex.clause_words,
        close=lex.closeness_words,
        role_prepositions=lex.role_prepositions,
        possessive_endings=lex.possessive_endings,
        clause_subjects=lex.clause_subjects,
        places=frozenset(lex.post_source_prepositions),
        bodies=frozenset(lex.post_source_body_prepositions),
        body_determiners=frozenset(lex.post_source_body_determiners),
        proform=re.compile(
            rf"(?:{ordered_alternation(lex.proform_contents)})"
            rf"(?=\s*(?:[.,;:!?)]|$)|\s+(?!(?:{ordered_alternation(lex.proform_complements)})\b)"
            rf"(?:{ordered_alternation(lex.tail_adjunct_openers)}"
            rf"|\w+(?:{ordered_alternation(lex.day_suffixes)}))\b)"
            if lex.proform_contents
            else "(?!)"
        ),
    )


# English's, built on import as its module patterns once were
_patterns("en")


class Context(QuoteIndex):
    """The quotations and cues of the text being attributed."""

    def __init__(
        self,
        text: str,
        quotes: tuple[tuple[int, int], ...] | None = None,
        words: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(quote_spans(text) if quotes is None else quotes)
        self.cues = CueIndex(text, words)
        self.text = text
        self._subjects: dict[tuple[int, int], tuple[int, int] | None] = {}

    def subject(self, text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
        """:func:`find_subject` of ``text``, each answer found once for this context's text.

        A cue's subject is asked for more than once (its coordination test, then its
        nesting): the answers are kept while the context lives (one text), never beyond.
        Another text than the context's is answered afresh.

        Example:
            >>> text = "Most said Clinton is honest, and Sanders said no."
            >>> context = Context(text)
            >>> cue = text.index("said no")
            >>> context.subject(text, 10, cue) == find_subject(text, 10, cue)
            True
        """
        if text is not self.text:
            return find_subject(text, floor, cue_start)
        key = (floor, cue_start)
        subjects = self._subjects
        if key in subjects:
            return subjects[key]
        found = subjects[key] = find_subject(text, floor, cue_start)
        return found


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace and dangling punctuation, keeping a closing quote.

    Example:
        >>> text = ' “Yes,” he said. '
        >>> s, e = trim(text, 0, 8)
        >>> text[s:e]
        '“Yes,”'
    """
    while start < end and text[start] in " \t\n,:;—–-":
        start += 1
    while end > start and text[end - 1] in END_PUNCT:
        end -= 1
    return start, end


# a clause with a pronoun subject ("suggested he'd be competitive") is content, not an object
_PRONOUN_CLAUSE = re.compile(
    r"(?:he|she|they|we|it|there)(?:['’](?:d|s|ll|re|ve)\b|\s+(?:is|are|was|were|will|would|"
    r"could|should|can|may|might|must|had|has|have|did|does|do|need|needs|wanted|wants)\b)"
)


def explicit(text: str, cue_end: int, cs: int) -> bool:
    """Whether a weak cue is followed by "that", a colon or a quotation.

    Example:
        >>> explicit("He added that it rained.", 8, 14)
        True
    """
    gap = text[cue_end:cs]
    return (
        "that" in gap
        or ":" in gap
        or text[cs] in OPEN
        or text.startswith(("whether ", "if "), cs)
        or _PRONOUN_CLAUSE.match(text, cs) is not None
    )


#: finite auxiliaries: a clause's verb after its subject
_FINITE_AUX = "is|are|was|were|had|has|have|would|will|could|did|does|can|should|might|may|must"
# A zero-"that" clause: a subject of a few words, then a finite auxiliary ("claimed
# the election was rigged"); "claiming the nomination" has none.
# A title's abbreviation is a word of the subject ("Mr. Hannity had", "U.S. officials were").
_FINITE_CLAUSE = re.compile(
    rf"(?:(?:[\w’'-]+|[A-Z][A-Za-z.]{{0,3}}\.)\s+){{1,5}}?(?:{_FINITE_AUX})\b"
)


def finite_clause(text: str, cs: int, language: str = "en") -> bool:
    """Whether a clause with a finite verb and no "that" starts at ``cs``.

    Example:
        >>> finite_clause("found the plant was closed", 6)
        True
        >>> finite_clause("found the body in a river", 6)
        False
        >>> finite_clause("found no evidence that it was", 6)
        False
    """
    m = _FINITE_CLAUSE.match(text, cs)
    # "no evidence that it was": an object noun with a clause of its own, not a subject
    return m is not None and _patterns(language).clause_words.isdisjoint(m.group(0).lower().split())


# A clause whose subject opens with a number: "300 troops died", "53,000 soldiers were
# killed"; a past form or an auxiliary within a few words, no relative word between
# ("12 lives in fighting that started Monday" is an object with a clause of its own).
_NUMBER_CLAUSE = re.compile(
    rf"\d[\d.,]*(?:\s+(?!(?:that|which|who)\b)[\w’'-]+){{0,4}}?\s+(?:{_FINITE_AUX}|[a-z]+ed)\b"
)


def number_clause(text: str) -> bool:
    """Whether ``text`` opens with a clause whose subject is a number phrase.

    "claimed 300 troops died" reports a claim; "claimed 41 percent of the vote"
    takes a number.

    Example:
        >>> number_clause("300 troops died.")
        True
        >>> number_clause("53,000 Russian soldiers were killed")
        True
        >>> number_clause("41 percent of the vote in Ohio.")
        False
        >>> number_clause("12 lives in fighting that started Monday")
        False
    """
    return _NUMBER_CLAUSE.match(text) is not None


def speech_frame(text: str, verb_end: int, cs: int) -> bool:
    """Whether a clause-taking verb outside a clause rule reports speech.

    It must be followed by what only a speech act takes: "that", a colon, a
    quotation, "whether", a pronoun-subject clause or an infinitive ("claimed
    to be"). A bare object ("claiming the nomination") is another sense.

    Example:
        >>> speech_frame("who claimed he was there", 11, 12)
        True
        >>> speech_frame("claiming the nomination", 8, 9)
        False
        >>> speech_frame("claimed the vote was rigged", 7, 8)
        True
    """
    return (
        explicit(text, verb_end, cs)
        or text.startswith("to ", cs)
        or _FINITE_CLAUSE.match(text, cs) is not None
    )


def channel(text: str, pos: int, b: int, language: str = "en") -> str | None:
    """The platform of a post right after a cue ("wrote on X" -> "X"), if any.

    Example:
        >>> channel("Zelensky wrote on Telegram.", 14, 27)
        'Telegram'
    """
    m = _patterns(language).channel.match(text, pos, b)
    return m.group("ch") if m else None


#: prepositions that open a reporting verb's adjunct, never a source ("said of", "wrote about")
_OPENING_PREPOSITIONS = frozenset(
    {"of", "about", "to", "for", "in", "on", "at", "with", "from", "by"}
)


def _compound_source(words: list[str]) -> bool:
    """A short lower-case noun compound ending in a source noun ("election law experts")."""
    return (
        1 < len(words) <= 4
        and is_head(words[-1])
        and all(w.isalpha() and w.islower() and w not in NOT_IN_NP for w in words)
    )


def post_source(
    text: str, pos: int, b: int, language: str = "en", *, adjuncts: int = 3
) -> tuple[int, int] | None:
    """A short source after a sentence-final cue: ", said the minister.".

    Up to ``adjuncts`` place or time adjuncts may close it (", said Smith in Washington
    on Monday."); after "told" one, as the phrase is more often its addressee.

    Example:
        >>> text = "“No,” said the minister."
        >>> s, e = post_source(text, 10, len(text))
        >>> text[s:e]
        'the minister'
    """
    tail = text[pos:b]
    m = _POST_SOURCE.match(tail)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0].lower() in PRONOUNS - {"he", "she", "they", "we", "i"}:
        return None
    if words[0].lower() in _OPENING_PREPOSITIONS:
        return None  # ", said of the senator, “...”": the cue's adjunct, not its source
    if words[0].lower() in TIME_ADJUNCTS and not (len(words) > 1 and words[1][0].isupper()):
        return None  # "..., Mr. Smith said Tuesday.": the day is the cue's adjunct
    if _compound_source(words):  # ", said election law experts."
        return _title_name(text, pos + m.end(1), b, words) or (pos + m.start(1), pos + m.end(1))
    dated = "/" in m.group(1)
    title = (dated or (len(words) > 2 and not words[0][0].isupper())) and _false_title(words)
    if dated and not title:
        return None  # a date opens a source only before a role ("9/11 widow Jane Doe")
    if title and not any(
        w.lower() in NOT_IN_NP
        or w == "and"
        or (w.endswith(("ed", "ing")) and w.islower() and w not in NP_MODIFIERS)
        for w in words
    ):
        # ", said 9/11 widow Jane Doe.", ", said rally organizer Jane Doe.": a role before a name
        return _title_name(text, pos + m.end(1), b, words) or (pos + m.start(1), pos + m.end(1))
    pat = _patterns(language)
    close = pat.close
    end = m.end(1)
    for i, w in enumerate(words[1:-1], 1):  # ", said a diplomat in Brussels.": the place
        if (
            w.lower() in pat.places
            # a source noun, or a name (", said Smith in a statement.", ", said Human
            # Rights Watch on Monday.")
            and (
                (words[i - 1].islower() and is_head(words[i - 1]))
                or all(x[0].isupper() for x in words[:i])
            )
            and (first_adjunct := _adjunct_tail(words, i, pat, adjuncts)) is not None
        ):
            starts = [x.start() for x in re.finditer(r"\S+", m.group(1))]
            if _body_of(words[:first_adjunct], i, pat):
                if first_adjunct < len(words):  # "... in the ministry [on Monday]."
                    end = m.start(1) + len(m.group(1)[: starts[first_adjunct]].rstrip())
                words = words[:i]  # ", said sources in the ministry.": whose sources
                break
            # the place, or an occasion ("in an interview"), is no part of the source
            at = starts[i]
            end = m.start(1) + len(m.group(1)[:at].rstrip())
            words = words[:i]
            break
    for i, w in enumerate(words[1:-2], 1):  # ", said people familiar with the matter."
        if w in close and words[i + 1] in {"with", "to"} and is_head(words[i - 1].lower()):
            words = words[:i]
            break
    for i, w in enumerate(words[1:], 1):
        wl = w.lower()
        if not (
            w[0].isupper()
            or w[0].isdigit()
            or wl in NP_MODIFIERS
            or wl in NP_PREPOSITIONS
            or is_head(wl)
            or _reduced_passive(words, i, language)
            # "said a former aide to President Bush": whose aide
            or (wl in pat.role_prepositions and is_head(words[i - 1].lower()))
            # ", said the company's chief executive.": a possessive before the head
            or _possessive_before_head(words, i, pat.possessive_endings)
        ):
            return None
    first = words[0].lower()
    if not (
        words[0][0].isupper() or words[0][0].isdigit() or first in NP_MODIFIERS or first in HEADS
    ):
        return None
    return _title_name(text, pos + end, b, words) or (pos + m.start(1), pos + end)


def _possessive_before_head(words: list[str], i: int, endings: tuple[str, ...]) -> bool:
    """Whether ``words[i]`` is a possessive inside the source noun phrase: its stem a name
    or a source noun ("the company's", "Rubio's"), a source noun somewhere after it (", said
    the company's chief executive."; not ", said the company's." alone).

    Example:
        >>> e = ("'s", "’s", "s'", "s’")
        >>> _possessive_before_head("the company's chief executive".split(), 1, e)
        True
        >>> _possessive_before_head("the company's".split(), 1, e)
        False
        >>> _possessive_before_head("the plan's cost".split(), 1, e)
        False
    """
    w = words[i]
    if not endings or not w.endswith(endings):
        return False
    stem = w[: -2 if w[-1] in "sS" else -1]
    if not (stem[:1].isupper() or is_head(stem.lower())):
        return False
    return any(is_head(x.lower()) for x in words[i + 1 :])


def _reduced_passive(words: list[str], i: int, language: str = "en") -> bool:
    """Whether ``words[i]`` is a participle after a source noun with its "by" agent
    after it: ", said a statement issued by the ministry.", "a letter signed by ...";
    not a relaying one (", said one analyst quoted by AFP.": the analyst speaks)."""
    w = words[i]
    return (
        w.endswith("ed")
        and w not in cue_grammar(language).lexicon.relaying_participles
        and w.islower()
        and i + 2 < len(words)
        and words[i + 1] == "by"
        and is_head(words[i - 1].lower())
    )


def _adjunct_tail(words: list[str], i: int, pat: _Patterns, most: int) -> int | None:
    """Where the first adjunct ends when ``words[i:]`` are one to ``most`` adjuncts, each a
    preposition of ``pat.places`` and one to four words ("in Washington on Monday", "in a
    statement late Tuesday"); ``None`` otherwise (", said the head of the agency")."""
    ends: list[int] = []
    j = i
    while j < len(words):
        k = j + 1
        while k < len(words) and words[k].lower() not in pat.places:
            if not words[k].isalpha() or words[k].lower() in NOT_IN_NP:
                return None
            k += 1
        if not 1 <= k - j - 1 <= 4 or len(ends) == most:
            return None
        ends.append(k)
        j = k
    return ends[0]


def _body_of(words: list[str], i: int, pat: _Patterns) -> bool:
    """Whether the preposition ``words[i]`` opens the body a source belongs to, part of
    the source: "sources in the ministry", "critics within the party"; not "a diplomat in
    Brussels" (a place) or "one source in the room" (no source noun)."""
    body = words[i + 1 :]
    return (
        words[i].lower() in pat.bodies
        and 2 <= len(body) <= 3
        and body[0].lower() in pat.body_determiners
        and all(w.islower() for w in body[1:])
        and is_head(body[-1])
    )


def _title_name(text: str, end: int, b: int, words: list[str]) -> tuple[int, int] | None:
    """The name set off after a source that is a title: ", said Lagos State Governor,
    Babajide Sanwo-Olu." (Nigerian, Kenyan and Indian copy) names the governor."""
    if not is_head(words[-1].lower()):
        return None
    named = _TITLE_NAME.match(text, end, b)
    return named.span(1) if named is not None else None


#: a name set off after a source's title, closing the sentence or followed by a comma:
#: ", said Lagos State Governor, Babajide Sanwo-Olu." (Nigerian, Kenyan and Indian copy);
#: its last word no initial ("Andrew J. Pincus of the firm" is no name closing there)
_TITLE_NAME = re.compile(r",\s+((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)(?=\s*(?:[.;!?]|,\s|$))")


_VERBISH = frozenset(
    re.findall(
        r"\S+",
        """is are was were will would has have had can could should must may might won't
        wants needs plans does did isn't wasn't""",
    )
)


def tell_object_end(text: str, pos: int, b: int, language: str = "en") -> int:
    """Where the addressee after "tells"/"told" ends (``pos`` if there is none).

    The addressee pattern is greedy over capitalised words; in "Putin tells
    Trump Russia is ready" (or the headline "Tells Trump Russia Is Ready") the
    last of them is the subject of the content, so it is given back.

    Example:
        >>> text = "Putin tells Trump Russia is ready"
        >>> text[tell_object_end(text, 11, len(text)) :]
        'Russia is ready'
    """
    om = _patterns(language).tell_object.match(text, pos, b)
    if om is None:
        return pos
    words = list(re.finditer(r"\S+", text[om.start() : om.end()]))
    after = re.match(r"\S+", text[om.end() : b])
    cut = None
    for i, w in enumerate(words[1:], 1):
        if w.group(0).lower().rstrip(",") in _VERBISH:
            cut = i - 1
            break
    if cut is None and after is not None and after.group(0) in _VERBISH and len(words) > 1:
        cut = len(words) - 1
    if cut is None or cut < 1:
        return om.end()
    return om.start() + words[cut].start()


def _figure_after_addressee(text: str, pos: int, that: int, b: int, language: str = "en") -> bool:
    """Whether a told addressee is followed by a qualified number, which opens the content
    ("told AFP [about 40 people had fled] and that ..."), not an adjunct before the "that"
    ending at ``that``."""
    figure = _figure_opening(language)
    if figure is None or figure.search(text, pos, that) is None:
        return False
    return figure.match(text, tell_object_end(text, pos, b), b) is not None


@dataclass(frozen=True, slots=True)
class _Adjuncts:
    """A cue's adjuncts before its content and after a told addressee, from the lexicon."""

    #: an adjunct, then "that" ("testified in Congress that", "said on Monday that")
    that: re.Pattern[str]
    #: a longer adjunct when commas set off a name or a phrase in it, "that" after the last
    #: ("said in a statement signed by its spokesman, Mr. Ade Obi, that"); tried only where
    #: ", that" follows
    comma_that: re.Pattern[str]
    #: a cue's adjunct before its quotation ("said of the senator, “...”", "declared in the
    #: spin room: “...”"): the adjunct belongs to the reporting clause, the quotation is said
    quote: re.Pattern[str]
    #: where a told addressee ends: an adjunct ("on Wednesday", "at a hearing") or ", adding"
    addressee_end: re.Pattern[str]
    addressee_determiners: frozenset[str]


def _adjunct_openers(language: str) -> str:
    """The ``adjunct_that_openers`` alternation; one that is also a number qualifier of the
    language ("about", "some") opens no adjunct before a number: "said about 300 people
    were hurt, and that ..." reports "(that) about 300 people were hurt"."""
    from provenance.lexicon.numbers import own_number_lexicon

    openers = cue_grammar(language).lexicon.adjunct_that_openers
    numbers = own_number_lexicon(language)
    if numbers is None:
        return ordered_alternation(openers)
    qualifiers = numbers.qualifiers
    plain = [w for w in openers if w not in qualifiers]
    figure = [w for w in openers if w in qualifiers]
    if not figure:
        return ordered_alternation(plain)
    return rf"{ordered_alternation(plain)}|(?:{ordered_alternation(figure)})(?!{_number(language)})"


def _number(language: str) -> str:
    """A number after a space: digits (maybe after a currency sign) or a number word of the
    language's number lexicon ("300", "$4", "three")."""
    from provenance.lexicon.numbers import number_lexicon

    words = ordered_alternation(number_lexicon(language).words)
    return rf"\s+(?:\D{{0,3}}\d|(?i:{words})\b)"


@functools.cache
def _figure_opening(language: str) -> re.Pattern[str] | None:
    """A number qualifier of the language, then a number ("about 300", "some $4"), or
    ``None`` for a language with no number lexicon."""
    from provenance.lexicon.numbers import own_number_lexicon

    numbers = own_number_lexicon(language)
    if numbers is None:
        return None
    qualifiers = ordered_alternation(numbers.qualifiers)
    return re.compile(rf"\s*(?i:{qualifiers}){_number(language)}")


def _count_subject(language: str) -> str:
    """A second branch for a clause opening with a count, digits or a number word of the
    language's number lexicon, before a lower-case word ("three people", "$4 million",
    not the date "5 March"); empty for a language with no number lexicon."""
    from provenance.lexicon.numbers import own_number_lexicon

    numbers = own_number_lexicon(language)
    if numbers is None:
        return ""
    words = ordered_alternation(numbers.words)
    return rf"|(?:\W?\d[\d,.]*|(?i:{words}))\s+[a-z]"


#: how far after a cue the ", that" of a comma-set adjunct may stand
_COMMA_THAT_REACH = 200
#: a character of an adjunct set off by commas: no stop, unless a short capitalised
#: title's ("Mr.", "Dr.", "Hon.", "Prof.")
_ADJUNCT_PART = r"(?:[^.;:,“”\"]|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.)"


@functools.cache
def _adjuncts(language: str, /) -> _Adjuncts:
    """The adjunct patterns of a language, built once from its cue lexicon.

    ``language`` has no default and is given by position only, as :func:`_patterns`'s.
    """
    lex = cue_grammar(language).lexicon
    # a weekday ("Monday"), capitalised; any word with the ending after a told addressee
    day = "|".join(re.escape(d) for d in lex.day_suffixes)
    weekday = f"[A-Z][a-z]+(?:{day})|" if day else ""
    any_day = rf"|\w+(?:{day})" if day else ""
    # factored by prefix: tried after every cue, a failed day costs one character test
    days = trie(lex.adjunct_day_words)
    pronouns = lex.clause_subject_pronouns
    openers = ordered_alternation(
        (
            *pronouns,
            *(p.capitalize() for p in pronouns),
            *lex.subject_np_openers,
            *lex.adjunct_day_subjects,
        )
    )
    # "said [late] on Tuesday [night] it would": the day's lead and part, before no "that"
    leads = (
        rf"(?:(?:{ordered_alternation(lex.adjunct_day_leads)})\s+)?"
        if lex.adjunct_day_leads
        else ""
    )
    parts = (
        rf"(?:\s+(?:{ordered_alternation(lex.adjunct_day_parts)}))?"
        if lex.adjunct_day_parts
        else ""
    )
    return _Adjuncts(
        that=re.compile(
            rf"\s+(?:{_adjunct_openers(language)})\b"
            r"[^.;:“”\"]{0,60}?\s+that,?\s+"  # "testified in Congress that, following ..., he"
            r"|,\s*[^,.;:“”\"]{1,80},\s+that\s+"
            # an aside set off by dashes ("said — in a rare break with the party — that")
            r"|\s+(?:[—–]|--)\s*(?:[^—–.;:“”\"-]|-(?!-)){1,80}?\s*(?:[—–]|--)\s*that\s+"
            # a court's vote ("ruled 6-3 that", "found 2–1 that")
            r"|\s+\d{1,2}[-–]\d{1,2}\s+that\s+"
            rf"|\s+(?:on\s+)?(?:{weekday}{days})(?:\s+\w+)?\s+that\s+"
            # the day before a clause with no "that" ("said on Monday he would accept the
            # result", "said Sunday the suspect had fled"): the day is the cue's
            # or a count ("said on Saturday night three people had died")
            rf"|\s+{leads}(?:on\s+)?(?:{weekday}{days}){parts}\s+"
            rf"(?=(?:{openers})\s{_count_subject(language)})"
        ),
        comma_that=re.compile(
            rf"\s+(?:{_adjunct_openers(language)})\b"
            rf"{_ADJUNCT_PART}{{0,60}}(?:,{_ADJUNCT_PART}{{1,60}}){{1,2}},\s+that,?\s+"
        ),
        quote=re.compile(
            rf"\s+(?:{ordered_alternation(lex.adjunct_quote_openers)}|{weekday}{days})\b"
            r"[^.;:,“”\"]{0,60}?[,:]\s+(?=[“\"])"
        ),
        addressee_end=re.compile(
            rf",?\s(?:{ordered_alternation(lex.addressee_end_openers)}{any_day})\b|,\s*[a-z]+ing\b"
        ),
        addressee_determiners=frozenset(w.lower() for w in lex.addressee_determiners),
    )


def addressee_only(tail: str, language: str = "en") -> bool:
    """Whether the words after "told" are only its addressee and adjuncts, no content.

    The addressee is a noun phrase of up to four words ("a Senate panel", "senators")
    with no finite verb and no subject pronoun, which would open a clause.

    Example:
        >>> addressee_only(" a Senate panel on Wednesday")
        True
        >>> addressee_only(" reporters it was over")
        False
    """
    if " that " in tail or any(q in tail for q in '“”"'):
        return False
    adj = _adjuncts(language)
    end = adj.addressee_end.search(tail)
    words = tail[: end.start() if end else len(tail)].split()
    if words and words[0].lower() in adj.addressee_determiners:
        words = words[1:]
    if not 0 < len(words) <= 4:
        return False
    stops = {w.lower() for w in cue_grammar(language).lexicon.finite_auxiliaries}
    stops |= _patterns(language).clause_subjects
    return not any(re.split(r"[’']", w.lower().strip(","))[0] in stops for w in words)


#: a word of a false title: lower case, hyphens and digits allowed ("team-mate", "20-year-old")
_TITLE_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+|(?<=\d)/\d+)*")


def _false_title(words: list[str]) -> bool:
    """A job title written before a name without an article: "music director Carl Hart".

    British and international copy writes ages and compounds into it ("team-mate Chris
    Paterson", "20-year-old student Nick Vaughan") and joins two offices with "and"
    ("chairman and chief executive Bill Ford"), and dates ("9/11 widow Jane Doe").

    Example:
        >>> _false_title("9/11 widow Jane Doe".split()), _false_title("9/11 Jane Doe".split())
        (True, False)
    """
    *title, given, family = words if len(words) >= 3 else ["", "", ""]
    return (
        given[:1].isupper()
        and family[:1].isupper()
        and all(_TITLE_WORD.fullmatch(w) and not w.isdigit() for w in title)
        # a letter in the first word ("20-year-old"), or a date before a role word ("9/11
        # widow Jane Doe")
        and (any(c.isalpha() for c in title[0]) or ("/" in title[0] and len(title) > 1))
        and title[0] != "and"
        and title[-1] != "and"
        and 0 < len(title) - title.count("and") <= 4
    )


def quoted_post_source(text: str, pos: int, b: int, language: str = "en") -> tuple[int, int] | None:
    """The source after a cue that follows a quotation: ``“...,” said one aide who ...``.

    Looser than :func:`post_source`: the quotation before the cue makes the
    frame unambiguous, so the source may carry lower-case words ("former
    congressman Barney Frank", "music director Carl Hart") and a relative clause
    after it.

    Example:
        >>> text = "“Yes,” said one former aide who asked not to be named."
        >>> s, e = quoted_post_source(text, 11, len(text))
        >>> text[s:e]
        'one former aide'
    """
    m = _patterns(language).loose_post.match(text, pos, b)
    if m is None:
        return None
    words = m.group("src").split()
    first = words[0]
    low = first.lower()
    if not (first[0].isupper() or low in NP_MODIFIERS or low in DETERMINERS or _false_title(words)):
        return None
    if first.lower() in PRONOUNS - {"he", "she", "they", "we", "i"}:
        return None
    if any(w.lower() in NOT_IN_NP for w in words):
        return None
    end = m.end("src")
    last = words[-1]
    if last.endswith(".") and "." not in last[:-1] and len(last) > 3:
        end -= 1  # the sentence's full stop, not an abbreviation's ("Hart." but "Jr.")
    return m.start("src"), end


#: "and", a few adverbs, a verb and the first word of its object ("and threatened to",
#: "and once again cast himself", "and jailed him")
_AND_PREDICATE = re.compile(
    r"\s+and\s+(?:(?:also|then|later|again|even|repeatedly|once\s+again|pointedly)\s+)*"
    r"(?P<w>[a-z][a-z-]*)\s+(?P<next>[A-Za-z]+)"
)
#: words that open a verb's object or complement; a participle adjective is followed by
#: its noun instead ("praised teachers and dedicated staff")
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these"}
    | {"those", "him", "them", "it", "us", "me", "himself", "herself", "themselves", "itself"}
    | {"to"}
)


def _participle(word: str) -> bool:
    """An -ing form long enough to be a verb's ("visiting"; not "king", "sing")."""
    return word.endswith("ing") and len(word) > 5


def _second_predicate(text: str, pos: int, end: int, verb: str) -> int:
    """Where an object ends before a second predicate of the cue's subject, else ``end``.

    "called the deal a disgrace and threatened a tax", "denied the charges and
    counter-accused her": after a past-tense cue, "and" with a past-tense verb and the
    start of its object opens a new predicate, which no noun phrase holds ("praised
    teachers and dedicated staff" goes on: a noun follows the participle). So does
    "and" with a second participle after a participle cue ("attacking Mr. Trump and
    visiting the campaign's headquarters"). Past forms are stated in the lexicon
    (``irregular_pasts``).
    """
    lex = cue_grammar().lexicon
    # any word of the cue: a particle may close it ("railed against", "pointed to")
    words = [w.lower() for w in verb.split()]
    past_cue = any(w.endswith("ed") or w in lex.irregular_pasts for w in words)
    ing_cue = any(map(_participle, words))
    # every match holds "and" (the pattern is case-sensitive): most objects hold none
    if not (past_cue or ing_cue) or text.find("and", pos, end) < 0:
        return end
    for am in _AND_PREDICATE.finditer(text, pos, end):
        w, nxt = am.group("w", "next")
        past = (w.endswith("ed") and len(w) > 4) or w in lex.irregular_pasts
        if ((past_cue and past) or (ing_cue and _participle(w))) and (
            nxt in _OBJECT_OPENERS or nxt[0].isupper()
        ):
            return am.start()
    return end


#: an adjunct between commas right after a cue, before its content ("described, in
#: fairly blistering terms, a set of practices", "joked, again using an accent, “Amen”")
_ASIDE = re.compile(
    r",\s+(?:in|with|without|again|once\s+again|at\s+times|for\s+(?:his|her|their|its)\s+part)"
    r"\b[^,.;:“”\"]{0,50},\s+(?=[\w“\"‘])"
)
#: the comma of a list before its last item: ", and" or ", or" after an earlier short item
_SERIAL_AND = re.compile(r",\s+(?:and|or)\s")
_LIST_ITEM_BEFORE = re.compile(rf",\s*{_ITEM}$")


def _serial_comma(text: str, pos: int, at: int) -> bool:
    """Whether the comma at ``at`` is a serial comma ("voters, lawmakers, and thinkers").

    Example:
        >>> text = "voters, lawmakers, and thinkers"
        >>> _serial_comma(text, 0, text.index(", and")), _serial_comma(text, 0, text.index(","))
        (True, False)
    """
    return (
        _SERIAL_AND.match(text, at) is not None
        and _LIST_ITEM_BEFORE.search(text, pos, at) is not None
    )


def _backshifted(aux: str | None, verb: str) -> bool:
    """Whether a cue after "and" with the auxiliary ``aux`` goes on with the content of the
    past cue ``verb``: its first auxiliary a modal the past shifts the content's future to.

    Example:
        >>> _backshifted("would be ", "said"), _backshifted("", "said")
        (True, False)
        >>> _backshifted("would ", "says")
        False
    """
    if not aux:
        return False
    lex = cue_grammar().lexicon
    first = aux.split(maxsplit=1)[0].lower()
    if first not in lex.backshifted_modals:
        return False
    low = verb.split(maxsplit=1)[0].lower()
    return low in lex.irregular_pasts or low.endswith(lex.past_endings)


def content_after(
    text: str, pos: int, b: int, m: re.Match[str], info: CueInfo, quotes: Context
) -> tuple[int, int]:
    """The content span after a cue, up to the end of its clause or the unit.

    Skips a channel ("on X"), an addressee ("told reporters on Friday that")
    and "that"; stops at a participle cue (", adding that"), a coordinated cue
    ("and said"), a comma splice (", Smith said") or a clause break.

    Example:
        >>> from provenance.extractors.claims.cues import CUE_RE, cue_info
        >>> text = "Putin told Trump on Saturday that talks would resume."
        >>> m = CUE_RE.search(text)
        >>> s, e = content_after(text, m.end(), len(text), m, cue_info("told"), Context(text))
        >>> text[s:e]
        'talks would resume'
    """
    pat = _patterns("en")
    ch = pat.channel.match(text, pos, b)
    if ch is not None:
        pos = ch.end()
    if info.frame is _CLAUSE:
        adj = _adjuncts("en")
        am = (
            # a C search first: most cues have no ", that" after them
            (
                text.find(", that ", pos, pos + _COMMA_THAT_REACH) >= 0
                and adj.comma_that.match(text, pos, b)
            )
            or adj.that.match(text, pos, b)
            or adj.quote.match(text, pos, b)
        )
        if am is not None:
            pos = am.end()
    if info.frame is _TELL:
        tm = _TELL_COLON.match(text, pos, b) or _TELL_THAT.match(text, pos, b)
        if tm is None or _figure_after_addressee(text, pos, tm.end(), b):
            pos = tell_object_end(text, pos, b)  # "told AFP about 40 people had fled and that"
        else:
            pos = tm.end()
    if text.startswith(occasion_openers(), pos):  # one C test: most cues have no occasion
        pos = past_occasion(text, pos, b)  # "said in an interview the plan", "told AFP by phone"
    aside = _ASIDE.match(text, pos, b)
    if aside is not None:
        pos = aside.end()  # "described, in blistering terms, a set of practices"
    pos = past_trailing_adverb(text, pos, b)  # "denied outright that"
    lead = (_LEAD_OBJECT if info.frame is _OBJECT else pat.lead).match(text, pos, b)
    if lead is not None:
        pos = lead.end()
    if (pro := pat.proform.match(text, pos, b)) is not None:
        return pro.start(), pro.end()  # "said as much in an interview": the pro-form
    end = b
    for nxt in quotes.cues.between(pos, b):
        verb = nxt.group("verb")
        if quotes.inside(nxt.start("verb")):
            continue
        before = text[pos : nxt.start()].rstrip()
        if (verb.endswith("ing") or verb == "according to") and before.endswith(","):
            end = pos + len(before) - 1
            break
        if verb.endswith("ing") and before.endswith((',"', ",”")):
            end = pos + len(before)  # "...," adding that: keep the closing quote
            break
        if (
            before.endswith((" and", ", and"))
            and len(before) > 3
            and not _backshifted(nxt.group("aux"), m.group("verb"))
        ):
            end = pos + len(before) - 4
            break
        splice = pat.splice.search(before)
        if splice is not None and _medial_tag(text, pos + splice.start(), nxt.end(), b):
            continue  # "said the plan, he added, would cost more": the tag splits the content
        if splice is not None and splice.start() > 10:
            end = pos + splice.start()
            break
        # an object that is no "that" clause ends at a bare "and" before a new report
        bare = info.frame is _OBJECT and not text.startswith("that", pos)
        if not verb.endswith("ing") and (
            joined := coordinated_report(
                text, pos, nxt.start(), bare=bare, subject_of=quotes.subject
            )
        ):
            end = joined  # ", and three-quarters said": a second report, not this content
            break
    if info.frame is _OBJECT:
        end = _second_predicate(text, pos, end, m.group("verb"))
    ends = pat.object_end if info.frame is _OBJECT else _CLAUSE_END
    shortest = 3 if info.frame is _OBJECT else 15
    resume = pos
    for cut in ends.finditer(text, pos, end):
        if cut.start() < resume:
            continue  # the closing dash of an aside the content runs through
        if info.frame is _OBJECT and _serial_comma(text, pos, cut.start()):
            continue  # "attacked voters, lawmakers, and thinkers": the list's last item
        if (closed := _dash_aside_end(text, cut, end)) is not None:
            resume = closed  # "to ban all Muslims — 1.6 billion people — from entering"
            continue
        if continues_clause(
            text,
            cut.start(),
            quotes.cues.any_between(cut.end(), end),
            clause=info.frame is not _OBJECT,
        ):
            continue  # "said the emails were not classified but would take longer"
        if info.frame is _OBJECT and labels_object(text, cut.start(), quotes.cues.any_between):
            continue  # "to portray herself as Mr. Obama's successor"
        if not quotes.inside(cut.start()) and cut.start() - pos > shortest:
            end = cut.start()
            break
    cs, ce = trim(text, pos, end)
    if ce > cs and text[cs] in OPEN and (quoted := quotes.covering(cs)) is not None:
        qs, qe = quoted
        if qs == cs and qe < ce and text[qe - 2 : qe - 1] in _CLOSING_PUNCT:
            # 'says, "Don't you do it," until gunshots are heard': a quotation closed by
            # its own punctuation ends what was said; the words after it are the writer's
            return cs, qe
    return cs, ce


#: the comma closing a speech tag, then the next word
_TAG_CLOSE = re.compile(r",\s+([a-z]+)\b")


def _medial_tag(text: str, comma: int, tag_end: int, b: int) -> bool:
    """Whether the tag from ``comma`` (", he added") to ``tag_end`` splits one clause of
    the content before it: a finite auxiliary stands right before or right after the tag
    ("the plan, he added, would cost more", "the plan would, she said, cost more")."""
    m = _TAG_CLOSE.match(text, tag_end, b)
    if m is None:
        return False
    aux = cue_grammar().lexicon.finite_auxiliaries
    last = text[max(0, comma - 12) : comma].rsplit(None, 1)[-1:]
    return m.group(1) in aux or (bool(last) and last[0] in aux)


#: punctuation closing a quotation's last sentence or clause, before its closing mark
_CLOSING_PUNCT = frozenset(",.!?")


#: a dash between spaces: one that opens an aside, or the one that closes it
_DASH = re.compile(r"\s(?:[—–―]+|--)\s")
#: the most words an aside between two dashes holds
_ASIDE_WORDS = 12
#: what no aside inside a clause holds: a semicolon, a colon or a quotation mark (a full
#: stop inside a unit is an abbreviation or a decimal point: "Mr. Smith", "1.6 billion")
_ASIDE_STOP = re.compile(r"[;:“”\"]")


def _dash_aside_end(text: str, cut: re.Match[str], end: int) -> int | None:
    """Where an aside opened by the dash at ``cut`` closes, when the clause goes on after it.

    "pledged to ban all Muslims — 1.6 billion members of a religion — from entering
    the U.S.": a second dash closes a short aside and the clause resumes in lower case,
    so the content runs through the aside; a single dash ("would fail — and it did")
    still ends it.

    Example:
        >>> text = "the plan — which cost $1bn — would fail."
        >>> cut = _DASH.search(text)
        >>> text[_dash_aside_end(text, cut, len(text)) :]
        'would fail.'
        >>> text = "the plan would fail — and it did."
        >>> _dash_aside_end(text, _DASH.search(text), len(text)) is None
        True
    """
    dash = cut.group(0).strip()
    if not dash or (dash.strip("—–―") and dash != "--"):
        return None  # a comma, a "but" or a participle ends the clause, no dash
    close = _DASH.search(text, cut.end(), end)
    if close is None or len(text[cut.end() : close.start()].split()) > _ASIDE_WORDS:
        return None
    if _ASIDE_STOP.search(text, cut.end(), close.start()) is not None:
        return None  # a sentence stop or a quotation: no aside of one clause
    after = text[close.end() : end].lstrip()
    return close.end() if after[:1].islower() else None


#: a colon, a quotation or "that" right after a cue ("went on: “", "continued, “",
#: "She continued that an official said ..."), or a colon closing its clause ("Mandic
#: continued in the Sydney Morning Herald: “...”")
_QUOTATION_NEXT = re.compile(r"\s*+(?::|,?\s*[“\"‘]|that\b)|[^.:;,“\"\n]{0,60}:")
#: how far before a cue the quotation it closes may end ("“...,” the minister went on")
_QUOTATION_REACH = 80


def quotation_cue(text: str, m: re.Match[str]) -> bool:
    """Whether a cue of ``quotation_verbs`` introduces or closes a quotation.

    A colon, a quotation or "that" follows it, or a quotation closes right before its
    subject: "She went on: “...”", "“...,” he continued"; not "As the day went on, ...".

    Example:
        >>> import re
        >>> text = "As the day went on, she went on: “No.”"
        >>> [quotation_cue(text, m) for m in re.finditer("went on", text)]
        [False, True]
    """
    if _QUOTATION_NEXT.match(text, m.end()) is not None:
        return True
    before = text[max(0, m.start() - _QUOTATION_REACH) : m.start()]
    close = max(before.rfind("”"), before.rfind('"'))
    # only its subject between: "“...?” Scarborough continued" (the sentence splitter may
    # have cut after the quotation), not "“...” he said. As the day went on"
    return close >= 0 and not any(c in ".!?\n" for c in before[close + 1 :])
