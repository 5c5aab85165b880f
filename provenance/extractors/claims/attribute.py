"""The rule-based attribution step: cues, their sources and their content spans.

Works on *units*: sentences, merged when a quotation runs across them. For
each cue outside quotation marks it tries, in order, "according to X", a
participle continuing the previous claim (", adding that ..."), a source after
the cue (", said X."), and a source before it ("X said ...", "..., X said.").
Sources are resolved later (:mod:`provenance.extractors.claims.speakers`); here they are
only located.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from provenance.enums import ASSERTED as _ASSERTED
from provenance.enums import DENIED as _DENIED
from provenance.enums import DIRECT as _DIRECT
from provenance.enums import HEDGED as _HEDGED
from provenance.enums import INDIRECT as _INDIRECT
from provenance.enums import UNCONFIRMED as _UNCONFIRMED
from provenance.extractors.claims.clause_subjects import (
    document_participle,
    evidence_subject,
    long_subject,
    loose_subject,
    main_subject,
)
from provenance.extractors.claims.clock_leads import connective_end, drop_clock_minutes
from provenance.extractors.claims.constructions import clause_relative, relative_gap
from provenance.extractors.claims.continuations import (
    continue_quote,
    has_quote,
    narrated_speaker,
)
from provenance.extractors.claims.coordination import (
    parenthetical_relative,
    relative_clause_end,
    relative_subject,
    subordinate_clause_end,
)
from provenance.extractors.claims.cue_sentences import colon_quote_speaker
from provenance.extractors.claims.cues import (
    CueGrammar,
    CueInfo,
    _figure_lead,
    cue_grammar,
    cue_info,
    cue_status,
)
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.free_relatives import in_contrasted_relative
from provenance.extractors.claims.fronted_participles import fronted_participle
from provenance.extractors.claims.fronted_subjects import (
    fronted_long_subject,
    inverted_subject,
    quantifier_subject,
)
from provenance.extractors.claims.inversions import (
    Spans,
    as_source,
    inverted,
    passive_agent,
    quoted_as_saying,
)
from provenance.extractors.claims.layouts import layout_claims
from provenance.extractors.claims.nesting import nested
from provenance.extractors.claims.readings import attributive_form
from provenance.extractors.claims.refused_acts import refused_act
from provenance.extractors.claims.restated_counts import restating_verbs
from provenance.extractors.claims.small_clauses import small_clause_subject
from provenance.extractors.claims.spans import (
    END_PUNCT,
    OPEN,
    Context,
    addressee_only,
    channel,
    content_after,
    explicit,
    finite_clause,
    number_clause,
    post_source,
    quotation_cue,
    quoted_post_source,
    tell_object_end,
    trim,
)
from provenance.extractors.claims.subjects import (
    HEADS,
    NP_PREPOSITIONS,
    PRONOUNS,
    role_appositive_start,
)
from provenance.extractors.text.quotes import straighten_quotes
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon.cues import ACCORDING as _ACCORDING
from provenance.lexicon.cues import CLAUSE as _CLAUSE
from provenance.lexicon.cues import OBJECT as _OBJECT
from provenance.lexicon.cues import TELL as _TELL
from provenance.lexicon.cues import CueLexicon, cue_lexicon
from provenance.lexicon.numbers import number_lexicon

__all__ = ["Draft", "attribute", "head_words", "scanned_head_positions"]


_QUOTE_CHARS = '“”"'
_ALNUM = re.compile(r"\w")
#: how a quotation ends before the cue that credits it ("“...,” said X")
_QUOTE_ENDS = ("”", '"', ',"', ",”", "''", '",', "”,")
#: the last characters of a lead that a frame closes (", she said", '," he said')
_FRAME_ENDS = frozenset({",", "”", '"', "—"})
#: closing quotation marks (a lead ending ',”' ends with "”")
_CLOSING_MARKS = frozenset({"”", '"'})
#: Frames whose subject may be read loosely: a clause after the cue shows a report; an
#: object ("rejected a bid", "claimed $27,000 in deductions") does not.
_LOOSE_FRAMES = (_CLAUSE, _TELL)
#: the most characters of a tail after a cue that may be a bare adjunct ("said on Monday");
#: such a tail holds no quotation mark either
_TAIL_OK_LENGTH = 200
#: a participle clause going on after a cue's adjunct (", noting ...", ", adding ...")
_PARTICIPLE_AFTER = re.compile(r",\s*(?=[a-z]+ing\s)")
#: a title in quotation marks inside an adjunct: words in Title Case, five at most, after a
#: possessive or a comma ("MSNBC’s “Morning Joe.”", "in her book, “Hard Choices.”"); the
#: opening mark comes first and the lookbehind after it, so a search skips to the marks
_TAIL_TITLE = re.compile(
    r"[“\"](?<=[’'s,] [“\"])[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,4}[.,]?[”\"]"
)


def _quotation_before(text: str, a: int, quotes: Context) -> tuple[int, int] | None:
    """The quotation ending its sentence right before ``a`` ("“We will win.” "), if any."""
    end = a
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end < 3 or text[end - 1] not in '”"' or text[end - 2] not in ".!?" or "\n" in text[end:a]:
        return None
    span = quotes.covering(end - 1)
    if span is None or span[1] != end or end - span[0] < 10:
        return None
    return span


def _named_or_pronoun(phrase: str) -> bool:
    """Whether a source phrase ends in a name, a pronoun or a source noun.

    A source noun may head a phrase that a preposition goes on ("a video of the
    episode", "footage from the game"), three words at most before the preposition.
    """
    last = phrase.split()[-1]
    if last.lower() in _unconfirming():
        return False  # "Unconfirmed reports of shelling": an adjective opening its sentence
    if last[0].isupper() or last.lower() in PRONOUNS or last.lower() in HEADS:
        return True
    head = _head_before_pp().split(phrase, maxsplit=1)[0].split()
    split = len(head) < len(phrase.split())  # a preposition follows the head
    return split and 0 < len(head) <= 3 and head[-1].lower() in HEADS


@functools.cache
def _unconfirming() -> frozenset[str]:
    """The lexicon's adjectives saying a report is not established ("unconfirmed")."""
    return frozenset(w.lower() for w in cue_grammar().lexicon.unconfirming_adjectives)


@functools.cache
def _head_before_pp() -> re.Pattern[str]:
    """The preposition after a source phrase's head noun ("a video [of] the episode")."""
    preps = alternation(cue_grammar().lexicon.head_prepositions)
    return re.compile(rf"\s(?:{preps})\s")


@dataclass(frozen=True, slots=True)
class _Adjuncts:
    """The adjunct patterns around a cue, built once from the cue lexicon."""

    #: a tail after a cue's source that is an adjunct, no content ("said on Monday")
    tail: re.Pattern[str]
    #: a fronted adjunct setting a scene ("Later in the day,")
    intro: re.Pattern[str]
    #: a fronted question put to the subject ("When asked by Ingraham about X, Cruz said
    #: no"): an adjunct of the main clause, never the content of its cue
    question: re.Pattern[str]
    #: an adjunct between a medial cue and the rest of its content ("If she wins, Clinton
    #: suggested in a tweet, women won't be punished"): a short phrase, then a comma
    medial: re.Pattern[str]
    #: a joiner before a cue sharing the verb's subject ("Scott freed up funds and said")
    coordinated: re.Pattern[str]
    #: the last words :attr:`coordinated` may end with (a joiner's or an adverb's): the
    #: words before a cue are searched only when they end with one
    coordinated_ends: tuple[str, ...]
    #: what joins a cue to the previous claim's source, spaces folded (", adding", ", and
    #: said", "and then said"): nothing, a comma, a conjunction with or without a comma
    joiners: frozenset[str]


@functools.cache
def _adjuncts() -> _Adjuncts:
    lex = cue_grammar().lexicon
    day = rf"\w+(?:{alternation(lex.day_suffixes)})" if lex.day_suffixes else "(?!)"
    return _Adjuncts(
        tail=re.compile(
            rf"\s*+,?\s*+(?:{alternation(lex.tail_adjunct_openers)}|{day})\b|\s*,\s*[a-z]+ing\b",
            re.IGNORECASE,
        ),
        intro=re.compile(
            rf"(?:(?:{alternation(lex.intro_conjunctions)})\s+)?"
            rf"(?:{alternation(lex.intro_adjunct_openers)}"
            rf"|(?:{alternation(lex.intro_period_openers)})\s+(?:{alternation(lex.intro_periods)}|{day}))"
            r"\b[^,.;:“”\"]{0,40},"
        ),
        question=re.compile(
            rf"(?:(?:{alternation(lex.question_lead_subordinators)})\s+)?"
            rf"(?i:{alternation(lex.question_participles)})\b[^.;:“”\"]{{0,200}},"
        ),
        medial=re.compile(
            rf"\s+(?:{alternation(lex.medial_adjunct_openers)}|{day})\b[^,.;:“”\"()—–]{{0,50}},\s+"
            r"(?P<next>[A-Za-z][\w’'-]*)"
        ),
        coordinated=re.compile(
            rf"\s(?:{alternation(lex.verb_joiners)})"
            rf"(?:\s+(?:{alternation(lex.verb_joiner_adverbs)}))?$"
        ),
        coordinated_ends=tuple(
            sorted({w.split()[-1] for w in (*lex.verb_joiners, *lex.verb_joiner_adverbs)})
        ),
        joiners=frozenset(
            {"", ","} | {j for c in lex.continuation_conjunctions for j in (c, f", {c}")}
        ),
    )


@functools.cache
def _bare_object_tail() -> re.Pattern[str]:
    """What may follow an object verb that closes a quotation: nothing, or a time or
    place adjunct ("“...,” the minister denied on Monday"), never an object of its own."""
    lex = cue_grammar().lexicon
    day = rf"\w+(?:{alternation(lex.day_suffixes)})" if lex.day_suffixes else "(?!)"
    return re.compile(
        rf"\s*(?:(?:{alternation(lex.medial_adjunct_openers)}|{day})\b.*)?",
        re.IGNORECASE | re.DOTALL,
    )


# ", saying", "by saying", "— saying": a participle whose source is the main subject;
# the prepositions before it are the lexicon's (``participle_lead_prepositions``)
_PARTICIPLE_LEAD = (",", "—", "–", " --")


@functools.cache
def _participle_leads() -> tuple[str, ...]:
    """What may stand right before a participle cue whose source is the main subject."""
    words = cue_grammar().lexicon.participle_lead_prepositions
    return (*_PARTICIPLE_LEAD, *(f" {w}" for w in words))


_MARKUP = frozenset({"<", "/"})
_DASH_AFTER = re.compile(r"\s*[—–]")
#: a clause stop right after a denial verb: its object is missing, the noun a relative hangs on
_OBJECT_GAP = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)")
#: a comma, then an opening quotation mark: the cue's content is the quotation that follows
_QUOTE_NEXT = re.compile(r"\s*,\s*[“\"‘]")
#: the first word after a cue, without a clitic ("he's" -> "he"): a nominative pronoun
#: there (``zero_that_subjects``) opens the complement clause, never an adjunct ("As for
#: Trump, he said [he's not worried]": the words before the cue are no content)
_FIRST_WORD = re.compile(r"\s*(\w+)(?:['’]\w{1,2})?\b")
#: a quotation opening after a comma or a colon
_QUOTE_AFTER = re.compile(r"\s*[,:]\s*[“\"‘]")
#: an agent after "quoted as saying": "by Germany's Manager Magazin"
#: "as saying by Reuters", "by the Xinhua news agency", "by the official news agency."
_BY_AGENT = re.compile(r"\s*by\s+(?:the\s+|an?\s+)?(?=\w)")
#: how many words a lower-case agent after "as saying by" may have
_AGENT_WORDS = 5
#: How far a cue reads its unit either side: far past any sentence of news, and it keeps
#: a unit holding thousands of cues ("said said said ...") linear, not quadratic.
_REACH = 3000


def attribute(
    text: str,
    units: list[tuple[int, int]],
    quotes: tuple[tuple[int, int], ...] | None = None,
    words: list[tuple[int, str]] | None = None,
    heads: list[int] | None = None,
) -> list[Draft]:
    """Attributed claims (drafts, sources located but unresolved) in ``text``.

    ``heads`` is :func:`_head_positions` of ``text`` when the caller has it (from its
    word scan: :func:`scanned_head_positions`), else it is found here.

    Example:
        >>> text = "Kyiv said 40 drones were downed."
        >>> [text[d.start : d.end] for d in attribute(text, [(0, len(text))])]
        ['40 drones were downed']
    """
    if "''" in text:
        text = straighten_quotes(text)
    context = Context(text, quotes, words)
    drafts: list[Draft] = []
    for c in layout_claims(text):
        d = Draft(c.start, c.end, c.attribution, c.status, cue=c.cue)
        src = c.source_text or ""
        d.source_start = text.find(src, max(0, c.start - 60), c.end + 80)
        d.source_end = d.source_start + len(src)
        drafts.append(d)
    taken = [(d.start, d.end) for d in drafts]
    # where a head of "In the minister's words" stands: a substring search for each head
    # word, not a regex tried at every position of the text
    if heads is None:
        heads = _head_positions(text)
    grammar = cue_grammar()
    last_unit_claim: int | None = None
    prev_unit_end = -1
    prev_unit_start = -1
    prev_unit_claims = True  # whether the unit before found a claim (none before the first)
    narrated = narrated_once = False
    for a, b in units:
        if taken and any(s <= a < e or s < b <= e for s, e in taken):
            continue
        first_here = len(drafts)
        cues = context.cues.between(a, b)
        # a unit with no cue and no possessive report head can find no claim of its own
        # (both are all _unit reads), so it is not walked
        if cues or (heads and bisect.bisect_left(heads, a) < bisect.bisect_left(heads, b)):
            _unit(text, a, b, context, drafts, grammar, cues, heads)
        found = len(drafts) > first_here
        if not found and last_unit_claim is not None:
            prev = drafts[last_unit_claim]
            continue_quote(text, a, b, prev, prev_unit_end, drafts, resumed=narrated)
            if len(drafts) == first_here and not prev_unit_claims:
                _narrated(text, (prev_unit_start, prev_unit_end), a, b, drafts)
        elif not found and not prev_unit_claims:
            if _narrated(text, (prev_unit_start, prev_unit_end), a, b, drafts):
                last_unit_claim = first_here
        elif found:
            last_unit_claim = _quoting_claim(drafts, first_here)
            if drafts[last_unit_claim].parent is not None:
                last_unit_claim = drafts[last_unit_claim].parent
        narrated = False
        if len(drafts) == first_here and text[a] not in OPEN:
            # one narrative sentence may separate a quotation from its resumption
            # (“A,” she said. She paused. “B.”); a second one, or a quotation of
            # its own, ends the speaker's turn
            if narrated_once or "\n\n" in text[prev_unit_end:a] or has_quote(text, a, b):
                last_unit_claim = None
            narrated = narrated_once = last_unit_claim is not None
        else:
            narrated_once = False
        prev_unit_claims = len(drafts) > first_here
        prev_unit_start, prev_unit_end = a, b
    drop_clock_minutes(text, drafts)
    return drafts


def _narrated(text: str, before: tuple[int, int], a: int, b: int, drafts: list[Draft]) -> bool:
    """Credit the quotation unit ``text[a:b]`` to the person the unit ``before`` it is
    about, if :func:`narrated_speaker` finds one ("McIlroy is brimming with confidence.
    “I've been waiting ...”"); whether it did."""
    speaker = narrated_speaker(text, before[0], before[1], a, b)
    if speaker is not None:
        drafts.append(speaker)
    return speaker is not None


def _quoting_claim(drafts: list[Draft], first: int) -> int:
    """The claim of a unit that a following quotation continues: its last direct quote.

    In “A,” said X, who said he left. “B.” the second quotation is X's first one
    resumed, not the clause of the relative "who said"; without a quote, the last claim.
    """
    for i in range(len(drafts) - 1, first - 1, -1):
        if drafts[i].attribution is _DIRECT:
            return i
    return len(drafts) - 1


def _unit(
    text: str,
    a: int,
    b: int,
    quotes: Context,
    drafts: list[Draft],
    grammar: CueGrammar,
    cues: list[re.Match[str]],
    heads: list[int] | None = None,
) -> None:
    """Find the attributed claims of one unit and append them to ``drafts``.

    ``grammar``: the cue grammar, read once a text. ``cues``: the unit's cues
    (``quotes.cues.between(a, b)``). ``heads``: where the heads of a possessive report
    phrase stand in the text ("In the minister's [words], ..."), sorted; the phrase is
    looked for only in a unit holding one.
    """
    floor = a
    unit_claims: list[int] = []
    lex = grammar.lexicon
    if heads and bisect.bisect_left(heads, a) < bisect.bisect_left(heads, b):
        floor = _possessive_report(text, a, b, quotes, drafts, unit_claims)
    # the floor before a claim of a relative clause set off by commas ("Cruz, who has
    # proposed X, said"): the cue right after the clause's comma reads from there
    aside: tuple[int, int] | None = None  # (the clause's claim's end, the floor before it)
    parenthesised = text.find("(", a, b) >= 0
    if text.startswith(lex.connective_leads, a):
        floor = connective_end(text, a, lex.connective_leads)  # "Having said that, ..."
    for m in cues:
        m_start, m_end = m.span()
        vs = m.start("verb")
        if m_start < floor or quotes.inside(vs) or text[vs - 1 : vs] in _MARKUP:
            continue  # quoted, or an HTML tag name ("<tweet id=...>")
        verb, aux = m.group("verb", "aux")
        if verb in lex.document_forms and not _after_document(text, vs, lex):
            continue  # "Member states that fail to comply": the noun, no cue
        info = cue_info(verb)
        if (
            info.particles
            and _particle_after(text, m_end, info.particles)
            and _QUANTITY_AFTER.match(text, m_end) is None
        ):
            continue  # "showed up at the rally": another verb ("showed up to 40%" is a figure)
        # only a hedge can be a reduced passive (the test's first one): most cues skip the call
        if info.status is _HEDGED and _reduced_thing(text, a, m, info):
            continue  # "the seats claimed by the party rose": a thing taken, no claim
        # comparisons, not ``max`` and ``min``: those parse their arguments, several times
        # the cost of a comparison, and these run for every cue
        lo = m_start - _REACH if m_start - _REACH > a else a
        hi = m_end + _REACH if m_end + _REACH < b else b
        if parenthesised:  # cues lie in [a, b): with no "(" there, none is in reach
            hi = _parenthesis_end(text, lo, hi, m)
        passive = (
            aux != ""  # most cues have no auxiliary, and the pattern matches no empty one
            and grammar.passive_re.match(aux) is not None
            # a progressive, also of a phrasal cue ("is calling for", "was pointing out")
            and not verb.split()[0].endswith("ing")
            and not aux.endswith("to ")
            and not _experiencer(text, m_end, info)
        )
        if passive and info.lemma in lex.unreporting_passive_lemmas:
            continue  # "the road is maintained by the council": upkeep, no report
        if passive:
            # "was told", "is said": the subject is not the source, unless an agent
            # follows ("were rejected by the ministry")
            draft = _spans_draft(passive_agent(text, floor if floor > lo else lo, hi, m, lo), info)
        else:
            cue_floor = floor
            if aside is not None and _closes_aside(text, aside[0], m_start, lex):
                cue_floor = aside[1]  # '“...,” Cruz, who has proposed X, said': Cruz's
            if cue_floor < lo:
                cue_floor = lo
            draft = _try_cue(text, lo, hi, cue_floor, m, info, quotes, drafts, unit_claims, lex)
        if draft is None:
            continue
        # each check only for the cue lemmas it reads (most drafts are of neither)
        if (
            # "a shirt that read “...”": a thing's words
            (info.lemma in lex.inscription_lemmas and _inscribed(text, draft, info))
            # ", citing hospital officials": the source's own
            or (info.lemma in lex.relaying_lemmas and _relayed(text, draft, info))
            or _anonymous(text, draft)  # "who asked not to be named": no claim
            # "refused to leave": an act refused, no content
            or (info.lemma in lex.act_refusal_lemmas and refused_act(text, draft, lex))
        ):
            continue
        draft.status = cue_status(info, aux, text[m_end : m_end + 80])
        if passive and _thing_taken(text, draft, info):
            draft.status = _ASSERTED  # "the seat was claimed by Smith": a thing
        draft.cue, draft.cue_start, draft.cue_end = m.group(0), m_start, m_end
        _set_attribution(text, draft, quotes)
        if draft.attribution is not _DIRECT and text.find(";", draft.start, draft.end) >= 0:
            draft.end = _semicolon_end(text, draft, quotes)  # "X said A; Y said B"
        if draft.attribution is _DIRECT and draft.end <= m_start:
            # “A,” she said, “B.”: one quotation interrupted by its attribution
            more = quotes.last_within(m_end, b)
            if (
                more is not None
                and more[0] - m_end < 100
                and not quotes.cues.any_between(m_end, more[0])
            ):
                draft.end = trim(text, more[0], more[1])[1]
        drafts.append(draft)
        here = len(drafts) - 1
        # a unit's first claim has no earlier one to frame (most units hold one claim)
        if not (unit_claims and _frames(drafts, unit_claims, here)):
            nested(text, here, drafts, quotes)
        unit_claims.append(here)
        aside = None
        if (
            draft.source_start is not None
            and draft.source_end is not None
            and text[draft.source_start - 2 : draft.source_start] == ", "
            and text[draft.source_start : draft.source_end].lower() in lex.relative_pronouns
        ):
            aside = (draft.end, floor)
        floor = draft.end if draft.end > m_end else m_end


def _after_document(text: str, verb_start: int, lex: CueLexicon) -> bool:
    """Whether the word before a cue form that is a plural noun as often ("states") is
    the head of a document that speaks (``document_form_heads``), maybe before a number
    ("Article 21 states").

    Example:
        >>> lex = cue_grammar().lexicon
        >>> text = "The charge sheet states that he fled. Gulf states that host bases"
        >>> _after_document(text, 17, lex), _after_document(text, text.index("states", 20), lex)
        (True, False)
    """
    words = text[verb_start - 40 if verb_start > 40 else 0 : verb_start].split()
    if words and words[-1][:1].isdigit():
        words.pop()  # "Article 21 states", "Section 3(a) states"
    return bool(words) and words[-1].lower() in lex.document_form_heads


def _closes_aside(text: str, claim_end: int, cue_start: int, lex: CueLexicon) -> bool:
    """Whether a relative clause's claim, ending at ``claim_end``, closes the aside before
    the cue at ``cue_start``: only the aside's comma stands between them, maybe after a
    subordinate clause the claim's content stops at (``object_end_subordinators``: "A
    source, who declined to be identified because the talks were private, said ...").

    Example:
        >>> text = "A source, who declined to be named because it was private, said so."
        >>> end, cue = text.index(" because"), text.index("said")
        >>> _closes_aside(text, end, cue, cue_grammar().lexicon)
        True
        >>> other = "A source, who declined to be named, and a banker said so."
        >>> end = other.index(",", 10)
        >>> _closes_aside(other, end, other.index("said"), cue_grammar().lexicon)
        False
    """
    gap = text[claim_end:cue_start].strip()
    if gap == ",":
        return True
    if not gap.endswith(",") or "," in gap[:-1]:
        return False
    return gap.split(maxsplit=1)[0].lower() in lex.object_end_subordinators


def _semicolon_end(text: str, draft: Draft, quotes: Context) -> int:
    """Where a report's content ends before a semicolon opening a report of its own.

    "Police said 12 people died; hospital officials said 30": the clause after the
    semicolon opens with the subject of its own cue, so it is no part of what the police
    said, and its cue is read. "He said costs rose; wages did not" runs on.

    Example:
        >>> from provenance.enums import Attribution, ClaimStatus
        >>> text = "Police said 12 people died; hospital officials said 30."
        >>> d = Draft(12, 54, Attribution.INDIRECT, ClaimStatus.ASSERTED)
        >>> text[d.start : _semicolon_end(text, d, Context(text))]
        '12 people died'
    """
    semi = text.find(";", draft.start, draft.end)
    while semi >= 0:
        rest = text[semi + 1 : draft.end]
        opening = draft.end - len(rest.lstrip())
        # only the clause's first cue can be its own: a reporting verb or a verb placing
        # a count ("; police counted 20,000")
        verbs = [m.start() for m in quotes.cues.between(opening, draft.end)[:1]]
        verbs += [opening + m.start() for m in _counting_word().finditer(rest.lstrip())][:1]
        if verbs and not quotes.inside(at := min(verbs)):
            subject = quotes.subject(text, opening, at)
            if subject is not None and subject[0] == opening:
                return trim(text, draft.start, semi)[1]
        semi = text.find(";", semi + 1, draft.end)
    return draft.end


@functools.cache
def _counting_word() -> re.Pattern[str]:
    """A verb that places or counts a figure ("put", "counted"), as a whole word."""
    return re.compile(rf"\b(?:{alternation(restating_verbs())})\b")


@functools.cache
def _head_words() -> tuple[str, ...]:
    """The last words of the heads of :func:`_possessive_report`'s phrase ("words")."""
    return tuple(sorted({h.split()[-1] for h in cue_grammar().lexicon.possessive_report_heads}))


def head_words() -> frozenset[str]:
    """The words a word scan must hold for :func:`scanned_head_positions` (language data)."""
    return frozenset(_head_words())


@functools.cache
def _scannable_heads() -> frozenset[str] | None:
    """The head words, when each is a run of ASCII letters (a word a scan finds whole)."""
    words = _head_words()
    return frozenset(words) if all(_ASCII_LETTERS.fullmatch(w) for w in words) else None


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def scanned_head_positions(text: str, words: list[tuple[int, str]]) -> list[int]:
    """:func:`_head_positions` of ``text`` read from its word scan ``words``.

    ``words`` is :func:`~provenance.extractors.claims.cues.scan_words` of ``text`` with a
    vocabulary holding :func:`head_words`. Exact: a whole word closing a head (no letter
    or digit either side) is a run of ASCII letters between characters that are none, so
    the scan holds it; the scan's runs end at digits and letters outside ASCII too, which
    the same test turns down. The six substring searches over the text are left out.

    Example:
        >>> from provenance.extractors.claims.cues import scan_words
        >>> text = "In his words, the view was swordsmanship."
        >>> scanned_head_positions(text, scan_words(text, head_words()))
        [7, 18]
    """
    heads = _scannable_heads()
    if heads is None:
        return _head_positions(text)
    return [
        s
        for s, w in words
        if w in heads
        and (s == 0 or not text[s - 1].isalnum())
        and not text[s + len(w) : s + len(w) + 1].isalnum()
    ]


def _head_positions(text: str) -> list[int]:
    """Where a whole word closing a head of the possessive report phrase starts, sorted.

    Example:
        >>> _head_positions("In his words, the view was swordsmanship.")
        [7, 18]
    """
    found: list[int] = []
    for word in _head_words():
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                found.append(at)
            at = text.find(word, end)
    return sorted(found)


@functools.cache
def _possessive_phrase() -> re.Pattern[str]:
    """ "In the minister's words": the preposition, the possessor (a noun phrase with
    "'s" or a possessive pronoun) and the head; the possessor is the group ``src``."""
    lex = cue_grammar().lexicon
    pronouns = alternation(tuple(p for p in lex.possessives if p not in {"my", "our", "your"}))
    return re.compile(
        rf"\b(?:{alternation(lex.possessive_report_leads)})\s+"
        rf"(?P<src>{pronouns}(?=\s)|(?:the\s+)?[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){{0,4}}?"
        r"(?=['’]s?\s))(?:['’]s?)?\s+"
        rf"(?P<head>{alternation(lex.possessive_report_heads)})\b"
    )


def _possessive_report(
    text: str, a: int, b: int, quotes: Context, drafts: list[Draft], unit_claims: list[int]
) -> int:
    """ "In the minister's words, CONTENT." and "CONTENT, in X's words.": a draft for the
    clause the phrase opens or closes, its source the possessor; the unit's new floor.

    Example:
        >>> text = "In the minister's words, the reforms will pay for themselves."
        >>> drafts: list[Draft] = []
        >>> _ = _possessive_report(text, 0, len(text), Context(text), drafts, [])
        >>> d = drafts[0]
        >>> text[d.start : d.end], text[d.source_start : d.source_end]
        ('the reforms will pay for themselves', 'the minister')
    """
    m = _possessive_phrase().search(text, a, b)
    if m is None or quotes.inside(m.start()):
        return a
    rest = trim(text, m.end(), b)
    lead = text[a : m.start()].strip()
    if not lead and text.startswith(",", m.end()):
        cs, ce = rest  # "In the minister's words, CONTENT."
    elif lead.endswith(",") and rest[1] - rest[0] < 3:
        cs, ce = trim(text, a, m.start())  # "CONTENT, in the minister's words."
    else:
        return a
    if ce - cs < 10:
        return a
    d = Draft(cs, ce, _INDIRECT, _ASSERTED, m.start("src"), m.end("src"))
    d.cue, d.cue_start, d.cue_end = m.group(0), m.start(), m.end()
    _set_attribution(text, d, quotes)
    drafts.append(d)
    unit_claims.append(len(drafts) - 1)
    return max(a, min(m.end(), cs) if cs > m.start() else m.start())


def _inscribed(text: str, draft: Draft, info: CueInfo) -> bool:
    """Whether a cue of written words has a thing bearing them as its subject.

    "The protesters wore shirts that read “...”", "The banner reads: “...”": the words
    are the shirt's or the banner's (``inscription_heads``), no speaker's claim; a
    relative pronoun stands for the noun before it.

    Example:
        >>> from provenance.enums import Attribution, ClaimStatus
        >>> text = "She wore a shirt that read “No more lies.”"
        >>> d = Draft(27, len(text), Attribution.DIRECT, ClaimStatus.ASSERTED, 17, 21)
        >>> _inscribed(text, d, cue_info("read"))
        True
    """
    lex = cue_grammar().lexicon
    if info.lemma not in lex.inscription_lemmas or draft.source_start is None:
        return False
    words = text[draft.source_start : draft.source_end].lower().split()
    if words and words[-1] in lex.relative_pronouns:
        words = text[max(0, draft.source_start - 40) : draft.source_start].lower().split()
    return bool(words) and words[-1].strip(",") in lex.inscription_heads


def _anonymous(text: str, draft: Draft) -> bool:
    """Whether a claim's content is a request for anonymity ("asked not to be named").

    Example:
        >>> from provenance.enums import Attribution, ClaimStatus
        >>> text = "A diplomat, who asked not to be named, said so."
        >>> start = text.index("not")
        >>> _anonymous(text, Draft(start, start + 15, Attribution.INDIRECT, ClaimStatus.ASSERTED))
        True
    """
    requests, firsts = _anonymity()
    if text[draft.start : draft.start + 1].lower() not in firsts:
        return False
    return text[draft.start : draft.start + 40].lower().startswith(requests)


@functools.cache
def _anonymity() -> tuple[tuple[str, ...], frozenset[str]]:
    """The lexicon's anonymity requests and their first letters (the cheap test first)."""
    requests = cue_grammar().lexicon.anonymity_requests
    return requests, frozenset(r[:1] for r in requests)


@functools.cache
def _documents() -> frozenset[str]:
    """The lexicon's document heads, lower case ("poll", "memo", "statement")."""
    return frozenset(w.lower() for w in cue_grammar().lexicon.document_heads)


#: the words of a cited source's name: capitalized, or the small words inside one
_NAME_PARTICLES = frozenset({"the", "of", "and", "for", "a", "an", "two", "three", "several"})


def _relayed(text: str, draft: Draft, info: CueInfo) -> bool:
    """Whether a relaying cue's object is the source a report relies on, no claim.

    "At least 40 died, the agency said, citing hospital officials": the officials are
    who the agency relies on, not a claim of its own; a source noun (``source_heads``)
    or a name ends the object. "citing weak demand" gives a reason, and "citing a new
    poll" a document whose findings the subject reports: claims, as before.

    Example:
        >>> from provenance.enums import Attribution, ClaimStatus
        >>> text = "The agency said so, citing hospital officials."
        >>> d = Draft(27, 45, Attribution.INDIRECT, ClaimStatus.ASSERTED)
        >>> _relayed(text, d, cue_info("citing")), _relayed(text, d, cue_info("said"))
        (True, False)
    """
    lex = cue_grammar().lexicon
    if info.lemma not in lex.relaying_lemmas:
        return False
    words = text[draft.start : draft.end].rstrip(".;,").split()
    if not words or len(words) > 8:
        return False
    head = words[-1].lower()
    if head in lex.evidence_heads or head in lex.authored_documents or head in _documents():
        return False  # "citing a new poll", "citing intelligence reports": what it cites
    if head in HEADS:
        return True
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words) and any(
        w[0].isupper() for w in words
    )


def _frames(drafts: list[Draft], unit_claims: list[int], outer: int) -> bool:
    """Nest the unit's earlier claims in a trailing frame's content; whether it took any.

    "[Smith demanded an apology], the letter said": the claim of "demanded", cue and
    content, lies in the content of the report frame after it, a report of a report.
    Those claims were found already, so the frame's content is not read again for cues.
    """
    o = drafts[outer]
    took = False
    for i in unit_claims:
        d = drafts[i]
        first = d.start if d.cue_start is None else min(d.start, d.cue_start)
        if d.parent is None and o.start <= first and d.end <= o.end:
            d.parent = outer
            took = True
    if took:
        o.attribution = _INDIRECT  # '“We will win,” Smith said, the paper reported'
    return took


def _medial(lead: str, tail: str, lex: CueLexicon) -> bool:
    """Whether a cue and its adjunct stand inside their content ("If X, she said on Monday, Y").

    Only when the words before the cue cannot stand alone: a fronted subordinate clause,
    whose main clause follows ("If she becomes president, Clinton suggested in a tweet,
    women won't be punished"), or a subject whose verb follows ("These employees, Stumpf
    explained earlier in the hearing, were well paid"), or a clause coordinated after the
    adjunct ("X paid 9%, the agency said in a report, and Y paid 1%"). "The plan will fail,
    Smith said on Tuesday, citing polls" and "..., the AP declared on Thursday, two days
    after" end at the cue.
    """
    if not lead.endswith(","):
        return False
    m = _adjuncts().medial.match(tail)
    if m is None or " that " in m.group(0):
        return False
    if m.group("next").lower() in lex.finite_auxiliaries:
        return True
    if m.group("next") in lex.medial_coordinators:
        return True  # "X paid 9%, the agency said in a report, and Y paid 1%"
    opener = lead.split(",", 1)[0]
    return lead.count(",") == 1 and any(
        opener.startswith(f"{s} ") for s in lex.fronted_subordinators
    )


def _participle_subject(phrase: str, verb: str, aux: str, info: CueInfo, lex: CueLexicon) -> bool:
    """Whether the subject ``phrase`` of ``verb`` is an adjective's word, no source.

    "Every disputed ballot was counted": a determiner that is never a subject of its own
    (``participle_leads``) before a denial participle, which is the adjective of the noun
    after it; "Disputed claims that the vote was rigged spread", "Rejected claims can be
    filed again": a denial participle opening the sentence is the adjective, not a name.

    Example:
        >>> lex = cue_grammar().lexicon
        >>> denied = lex.verb("disputed")
        >>> _participle_subject("Every", "disputed", "", denied, lex)
        True
        >>> _participle_subject("Disputed", "claims", "", lex.verb("claims"), lex)
        True
        >>> _participle_subject("Each", "disputed", "", denied, lex)
        False
    """
    if " " in phrase:
        return False
    if phrase.endswith(lex.past_endings):  # "Disputed claims that ...", "Rejected bids"
        try:
            return lex.verb(phrase.lower()).status is _DENIED
        except KeyError:
            return False
    return (
        info.status is _DENIED
        and verb.endswith("ed")
        and not aux.strip()
        and phrase.lower() in lex.participle_leads
    )


def _singular(phrase: str, lex: CueLexicon) -> bool:
    """Whether ``phrase`` is a singular noun phrase ("A news", "The October"), no pronoun.

    After one, a verb agrees in "-s" ("A news report says"): a bare form that follows
    ("A news report said" read at "report") is a noun. "The" counts when the phrase's
    last word is no plural ("The October report", not "The officials report"), or the
    word before a preposition inside it ("The developers behind the system say").
    """
    words = phrase.lower().split()
    if len(words) < 2 or any(w[0].isdigit() or w in lex.partitive_words for w in words):
        return False  # "A mere 9 percent say", "a quarter of Americans agree"
    if words[0] in lex.singular_determiners:
        return True
    # the phrase's number is its head's, before a preposition ("The developers behind the system")
    head = next((words[i - 1] for i in range(1, len(words)) if words[i] in NP_PREPOSITIONS), None)
    head = head or words[-1]
    return words[0] == "the" and not head.endswith("s") and head not in HEADS


def _addressed_people(tail: str, lex: CueLexicon) -> bool:
    """Whether ``tail`` is only people addressed: up to three words ending in one of
    ``recipient_heads`` ("residents", "local residents", "the voters").

    Example:
        >>> lex = cue_grammar().lexicon
        >>> _addressed_people(" residents", lex), _addressed_people(" the plan", lex)
        (True, False)
    """
    words = tail.split()
    return 0 < len(words) <= 3 and words[-1].strip(".,;") in lex.recipient_heads


def _points_back(text: str, lex: CueLexicon, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` opens with a pointing object and then an adjunct or nothing.

    "stated this on Monday while speaking", "said this in Abuja": the cue's object is
    the report before it; "said this week" is a time adjunct.

    Example:
        >>> lex = cue_grammar().lexicon
        >>> _points_back(" this on Monday", lex), _points_back(" this week", lex)
        (True, False)
    """
    opening = text[start : start + 1]
    if opening not in _pointing_firsts(lex.pointing_objects) and not opening.isspace():
        return False  # the first word opens no pointing object (most contents)
    m = _FIRST_WORD.match(text, start, len(text) if end is None else end)
    if m is None or m.group(1) not in lex.pointing_objects:
        return False
    rest = text[m.end() : end]
    return not rest.strip(" ,.;") or _adjuncts().tail.match(rest) is not None


@functools.cache
def _pointing_firsts(objects: frozenset[str]) -> frozenset[str]:
    """The first letters of the pointing objects ("this" -> "t")."""
    return frozenset(w[:1] for w in objects)


def _opens_with_subject(tail: str, first: re.Match[str] | None, lex: CueLexicon) -> bool:
    """Whether ``tail`` (its first word matched as ``first``) opens with a nominative
    pronoun ("he", "they're"), or a noun and a finite auxiliary ("investigations had
    commenced"): a clause, no adjunct."""
    if first is None:
        return False
    word = first.group(1)
    if word in lex.zero_that_subjects:
        return True
    if not (word.isalpha() and word.islower()):
        return False
    second = _FIRST_WORD.match(tail, first.end())
    return second is not None and second.group(1) in lex.finite_auxiliaries


def _thing_taken(text: str, draft: Draft, info: CueInfo) -> bool:
    """Whether a hedge passive's subject is a thing taken ("the seat", "the title")."""
    if info.status is not _HEDGED:
        return False
    words = text[draft.start : draft.end].split()
    return bool(words) and words[-1].lower() in cue_grammar().lexicon.thing_heads


def _reduced_thing(text: str, a: int, m: re.Match[str], info: CueInfo) -> bool:
    """Whether a bare hedge participle follows the thing it takes: a reduced passive.

    In "the damages claimed in 2004 rose" or "the seats claimed by the party" the noun
    is the object of "claimed", not its subject: no one claims anything.

    Example:
        >>> t = "The damages claimed in 2004 rose."
        >>> _reduced_thing(t, 0, cue_grammar().cue_re.search(t), cue_info("claimed"))
        True
        >>> t = "The company claimed in 2004 that sales rose."
        >>> _reduced_thing(t, 0, cue_grammar().cue_re.search(t), cue_info("claimed"))
        False
    """
    if info.status is not _HEDGED or m.group("aux") or m.start("verb") != m.start():
        return False
    lex = cue_grammar().lexicon
    verb = m.group("verb")
    if info.lemma not in lex.thing_lemmas or not verb.endswith(lex.past_endings):
        return False
    words = text[a : m.start()].split()
    return bool(words) and words[-1] in lex.thing_heads


def _parenthesis_end(text: str, lo: int, hi: int, m: re.Match[str]) -> int:
    """Where a cue's reach ends: the closing bracket when it stands inside parentheses.

    In "Smith (who said the plan was dead) left" the content stops at ")".
    """
    opening = text.rfind("(", lo, m.start())
    if opening < 0 or text.rfind(")", opening, m.start()) >= 0:
        return hi
    closing = text.find(")", m.end(), hi)
    return hi if closing < 0 else closing


def _set_attribution(text: str, d: Draft, quotes: Context) -> None:
    span = quotes.covering(d.start)
    if span is not None and span[0] == d.start and d.end >= span[1] - 1:
        d.attribution = _DIRECT


def _aside_subject(text: str, a: int, pronoun: int, cue: int) -> tuple[int, int] | None:
    """The subject before a relative aside: "[Lawyers for Fernandez], who ..., declined".

    The clause's subject (``main_subject``), else the words from the clause's start to
    the comma before the pronoun when they hold no other comma.
    """
    main = main_subject(text, a, cue)
    if main is not None and main[1] <= pronoun:
        return main
    comma = text.rfind(",", a, pronoun)
    if comma <= a or "," in text[a:comma]:
        return None
    ss, se = trim(text, a, comma)
    return (ss, se) if se - ss >= 2 and len(text[ss:se].split()) <= 8 else None


#: "that" right after a cue, opening its clause
_THAT_AFTER = re.compile(r"\s+that\b")


def _experiencer(text: str, cue_end: int, info: CueInfo) -> bool:
    """Whether a psych participle after a copula is an adjective taking "that".

    "Protesters were frustrated that ...": the subject is the source, no passive.

    Example:
        >>> text = "She was worried that it would rain."
        >>> _experiencer(text, 15, cue_info("worried")), _experiencer(text, 15, cue_info("said"))
        (True, False)
    """
    lemmas = cue_grammar().lexicon.experiencer_lemmas
    return info.lemma in lemmas and _THAT_AFTER.match(text, cue_end) is not None


def _own_source(drafts: list[Draft], i: int) -> Draft:
    """The draft whose source ``drafts[i]`` carries (itself, or the one it inherits)."""
    d = drafts[i]
    while d.inherit is not None and d.source_start is None:
        d = drafts[d.inherit]
    return d


def _participle_lead(before: str, lex: CueLexicon) -> bool:
    """Whether the words before a participle cue opening its clause are a short fronted
    adjunct, its comma and a lead preposition ("On Sunday, while commenting on X, the
    governor said": the adjunct is the main clause's too; a lead alone is read later).

    Example:
        >>> lex = cue_grammar().lexicon
        >>> _participle_lead("On Sunday, while", lex)
        True
        >>> _participle_lead("He left, and while", lex)
        False
    """
    words = before.split()
    if (
        len(words) < 2
        or len(words) > _FRONTED_WORDS
        or words[-1].capitalize() not in (lex.fronted_participle_leads)
    ):
        return False
    return words[-2].rstrip("”\"’'").endswith(",") and not any(
        w.lower() in lex.coordinators for w in words[:-1]
    )


#: the most words of a fronted adjunct and a lead before a participle cue
_FRONTED_WORDS = 10


def _joiner(before: str, lex: CueLexicon) -> str:
    """The words between a claim and the next cue, without a relative clause set off by
    commas after the claim ("backed the Greens[, who lost in 2010], and said")."""
    if not before.startswith(", ") or before.count(",") < 2:
        return before
    if before[2:].split(" ", 1)[0] not in lex.relative_pronouns:
        return before
    return before[before.rindex(",") :]


def _try_cue(
    text: str,
    a: int,
    b: int,
    floor: int,
    m: re.Match[str],
    info: CueInfo,
    quotes: Context,
    drafts: list[Draft],
    unit_claims: list[int],
    lex: CueLexicon,
) -> Draft | None:
    verb, aux = m.group("verb", "aux")
    cue_start, cue_end = m.span()
    if info.lemma in lex.quotation_verbs and not quotation_cue(text, m):
        return None  # "As the day went on, the crowd grew": nothing quoted, nothing said
    if info.frame is _ACCORDING:
        return _according(text, a, b, floor, m)
    # an inverted frame opens its unit (inverted's own first test: most cues do not)
    if cue_start == a and (inv := inverted(text, a, b, m)) is not None:
        return _spans_draft(inv, info)
    if info.frame is not _OBJECT and (comment := as_source(text, floor, b, m)) is not None:
        return _spans_draft(comment, info)
    before = text[floor:cue_start].rstrip()
    # the relative is followed by a comma (in_contrasted_relative's own first test)
    if text.startswith(",", cue_end) and in_contrasted_relative(
        text, before, cue_end, lex.language
    ):
        return None  # "Contrary to what the minister said, CLAUSE": "what" is said
    # a participle, also of a phrasal cue (", calling for X", ", pointing to X")
    ing = verb.split()[0].endswith("ing")
    if verb.startswith("saying") and before.endswith(" as"):
        content = content_after(text, cue_end, b, m, info, quotes)
        if _ALNUM.search(text, *content) is None or _by_agent(text, *content):
            # "“...,” the agency was quoted as saying (by Reuters).": the quotation before
            opening = quotes.covering(a) if text[a] in OPEN else None
            if opening is not None and opening[1] <= cue_start:
                content = opening
        spans = quoted_as_saying(text, floor, m, content)
        if spans is not None and (
            _ALNUM.search(text, spans[0], spans[1]) is None or _by_agent(text, *spans[:2])
        ):
            # "The economy was shrinking, the minister was quoted as saying.": the clause
            # before the source's comma
            lead = text[floor : spans[2]].rstrip()
            if lead.endswith(","):
                spans = (*trim(text, floor, floor + len(lead)), spans[2], spans[3])
        return _spans_draft(spans, info)
    # a cue continuing the previous claim's source: ", adding that ...", "and said ..."
    joined = (
        bool(unit_claims)
        and _joiner(" ".join(before.split()), lex) in _adjuncts().joiners
        and not (before == "," and _source_follows(text, b, m, info))
        and not attributive_form(text, verb, cue_end, lex)  # "and alleged fraud"
    )
    participle = ing and before.endswith(_participle_leads()) and not aux.strip()
    if (
        participle
        and floor == a
        and _participle_lead(before, lex)
        and (front := fronted_participle(text, cue_end, b)) is not None
        and (not info.weak or explicit(text, cue_end, front[0]))
    ):
        # "On Sunday, while commenting on X, the governor said": the main clause's subject
        return Draft(front[0], front[1], _INDIRECT, info.status, front[2], front[3])
    if joined or participle:
        cs, ce = content_after(text, cue_end, b, m, info, quotes)
        if ce - cs < 3 or (
            info.weak
            and not joined
            and not explicit(text, cue_end, cs)
            and not _labels(text, cs, ce)
        ):
            return None
        small = small_clause_subject(text, a, cue_start, lex) if ing else None
        if small is not None:
            # "videos showing men waving flags, chanting X": the men chant, not the
            # sentence's subject; "showing flags fluttering, chanting": no one does
            if not small.source:
                return None
            return Draft(cs, ce, _INDIRECT, info.status, small.start, small.end)
        if unit_claims:
            prev = _own_source(drafts, unit_claims[-1])
            if (
                joined
                and prev.source_start is not None
                and prev.source_end is not None
                and parenthetical_relative(text, (prev.source_start, prev.source_end), cue_start)
                and (main := _aside_subject(text, a, prev.source_start, cue_start)) is not None
            ):
                # "Fernandez, who has said X, declined to comment": after the aside the
                # main clause goes on, its subject the phrase before ", who"
                return Draft(cs, ce, _INDIRECT, info.status, main[0], main[1])
            d = Draft(cs, ce, _INDIRECT, info.status)
            d.inherit = unit_claims[-1]
            return d
        main = main_subject(text, a, cue_start)
        if main is None:
            return None
        return Draft(cs, ce, _INDIRECT, info.status, main[0], main[1])
    if verb in _fronted_participle_set(lex.language):
        # "Citing a new poll, the senator said ...": the clause up to the comma is the
        # content, the main clause's subject its source; elsewhere a capitalized
        # participle is a headline's word ("Highway Warning Sign"), no cue
        front = fronted_participle(text, cue_end, b) if floor == a and not before else None
        if front is None or aux.strip() or (info.weak and not explicit(text, cue_end, front[0])):
            return None
        return Draft(front[0], front[1], _INDIRECT, info.status, front[2], front[3])
    if ing and not aux.strip() and floor == a and before in lex.fronted_participle_leads:
        # "After saying her foot was swollen, she was rushed ...": the same as "Citing X, Y"
        front = fronted_participle(text, cue_end, b)
        if front is not None and (not info.weak or explicit(text, cue_end, front[0])):
            return Draft(front[0], front[1], _INDIRECT, info.status, front[2], front[3])
    if ing and not aux.strip():
        small = small_clause_subject(text, a, cue_start, lex)
        if small is not None and small.source:
            # "videos showing men in uniform chanting X": the cue is the small clause's own
            # participle, its subject the object before it
            cs, ce = content_after(text, cue_end, b, m, info, quotes)
            if ce - cs >= 3 and (
                not info.weak or explicit(text, cue_end, cs) or _labels(text, cs, ce)
            ):
                return Draft(cs, ce, _INDIRECT, info.status, small.start, small.end)
    # source after the cue: "..., said Mr. Smith."
    if (
        before.endswith((",", "”", '"'))
        and not aux.strip()
        and (
            info.lemma in lex.inverting_verbs
            or (
                info.lemma in lex.quote_inverting_verbs
                and before.endswith(_QUOTE_ENDS)
                # an object verb only after a quotation opening the clause: in 'He was
                # “shocked,” denied the report' the phrase after it is its object
                and (info.frame is not _OBJECT or text[floor] in OPEN)
            )
        )
        and not verb.endswith("ing")
        # "“...,” Sessions, an adviser, told AFP": after "told" stands whom it was told to,
        # never the source, when a subject stands before the cue
        and not (info.frame is _TELL and quotes.subject(text, floor, cue_start))
    ):
        post = post_source(text, cue_end, b, adjuncts=1 if info.frame is _TELL else 3)
        if post is None and before.endswith(_QUOTE_ENDS):
            post = quoted_post_source(text, cue_end, b)
        # unless a quotation follows the phrase: in "X, who ..., told POLITICO, “...”" the
        # quotation is the content, the phrase the addressee, the subject before the cue;
        # but a quotation split by its frame goes on in lower case after it ("“A,” said
        # Mr Smith, “but B.”"): one content, both parts
        after = _QUOTE_AFTER.match(text, post[1]) if post is not None else None
        resumed = None
        if (
            after is not None
            and before.endswith(_QUOTE_ENDS)
            and text[after.end() : after.end() + 1].islower()
        ):
            resumed = quotes.covering(after.end() - 1)
        if post is not None and (after is None or resumed is not None):
            cs, ce = trim(text, floor, len(before) + floor)
            if _ALNUM.search(text, cs, ce) is None and (
                frame := _frame_content(text, a, max(floor, ce), m, unit_claims)
            ):
                cs, ce = frame  # "[Obama warned Xi not to move], said an official"
            if ce - cs < 10:
                return None
            if resumed is not None and resumed[1] <= b:
                ce = resumed[1]
            return Draft(cs, ce, _INDIRECT, info.status, post[0], post[1])
    subj = quotes.subject(text, floor, cue_start) or evidence_subject(text, floor, cue_start)
    # "voters who say X"; not a flagged cue: "a lawsuit that accused X of Y" is read,
    # and flagged, by the "accused of" phrase family
    relative = None
    if subj is None and not info.flag:
        relative = relative_subject(text, floor, cue_start)
        if relative is not None and any(
            d.source_end is not None and 0 <= relative[0] - d.source_end <= 2 for d in drafts
        ):
            relative = None  # "said one former aide who asked not to be named": the source's
        subj = relative
    if subj is None:
        # "Before he left the chancellor told reporters: “...”": the speaker of a colon
        # quotation stands just before its verb, whatever opens the sentence
        subj = colon_quote_speaker(text, floor, cue_start, cue_end)
    if subj is not None and _is_date(text, subj[0], subj[1]):
        subj = None  # "filed in April and August saying ...": a date, never a source
    if (
        subj is not None
        and verb.endswith("ing")
        and (lead_with := _WITH_LEAD.match(text, subj[0])) is not None
    ):
        # "with Sen. John McCain calling it a “Chinese menu”": the absolute "with" clause
        # opens the participle's subject; the preposition is no part of it
        subj = (lead_with.end(), subj[1])
    if (
        subj is None
        and floor == a
        and before.endswith(_adjuncts().coordinated_ends)
        and _adjuncts().coordinated.search(before)
        and not attributive_form(text, verb, cue_end, lex)  # "and alleged fraud"
    ):
        subj = main_subject(text, a, cue_start)  # "Scott freed up funds and said ..."
    if (
        subj is None
        and floor == a
        and verb.endswith("ing")
        and not aux.strip()
        and info.lemma in lex.inverting_verbs
        and info.status is _ASSERTED
    ):
        subj = main_subject(text, a, cue_start)  # "The agency issued guidance saying ..."
    if (
        subj is None
        and info.frame in _LOOSE_FRAMES
        and (_loose_cue(info, verb) or _past_before_that(text, m, info, verb))
    ):
        # "Several said", "six in 10 say"; after a bare quantifier an -s form is a plural
        # noun ("Many worries remain")
        subj = loose_subject(text, floor, cue_start, plural_noun=verb.endswith("s"))
    if (
        subj is None
        and floor == a
        and info.frame in _LOOSE_FRAMES
        and not verb.endswith("ing")
        # a hedge only in the past before "that": "A man arrested Monday alleged that ..."
        # (not "The average American who itemized claimed $27,000 in deductions", nor the
        # noun in "did a fact-check on Trump's claim that")
        and (info.status is _ASSERTED or _past_before_that(text, m, info, verb))
    ):
        subj = _long_subject(text, a, b, m, info, quotes)
    if subj is None and aux:
        subj = quantifier_subject(text, floor, m.start(), aux)  # "In the end, all agreed"
    if subj is None and info.status is _ASSERTED:
        # "Nor has he called for"; not a hedge or a denial, whose status the negative turns
        subj = inverted_subject(text, floor, m.start())
    if subj is None:
        return None
    ss, se = subj
    if _participle_subject(text[ss:se], verb, aux, info, lex):
        return None  # "Every disputed ballot", "Disputed claims that ...": adjectives
    if verb in lex.nounish_forms and not _named_or_pronoun(text[ss:se]):
        return None  # "broader questions about", "his plans for": a noun, not a cue
    if (
        verb.lower() == info.lemma
        and " " not in verb  # one word: "would like" is finite
        and not text[se : m.start("verb")].strip()
        and _singular(text[ss:se], lex)
    ):
        return None  # "A news report said", "The October report exceeded": a noun
    if verb in lex.nounish_forms and _next_word(text, cue_end) in lex.noun_followers:
        return None  # "insurance claims rose", "reports were": a noun, not a cue
    tail = text[cue_end:b]
    lead = text[floor:ss].rstrip()
    # '..., Trump said "there will be exceptions," the Times reported': the earlier claim
    # took the quotation up to its comma; the frame closes the clause after it
    after_quote = not lead and floor > a and text.endswith(_QUOTE_ENDS, 0, floor)
    # the lead's last character ("" when there is none): the tests of how the lead ends
    # below read it, one character each, not a call of ``endswith`` each
    lead_end = lead[-1:]
    # a frame closing the words before it (", she said", '," he said'): only there is the
    # tail after the cue read as a bare adjunct (most cues open their sentence's content)
    framed = lead_end in _FRAME_ENDS or after_quote
    # a closing mark ends the lead (',”' too)
    quoted_lead = lead_end in _CLOSING_MARKS and text[floor] in OPEN
    # the tail is read only where its adjunct decides: after a quotation (quoted_lead) the
    # frame test below holds whatever tail_short is, and tail_core is read only by
    # quoted_object, an object cue's; so the tail is skipped there for any other cue
    reads_tail = framed and (not quoted_lead or info.frame is _OBJECT)
    tail_core, tail_short = _bare_tail(tail, info, lex) if reads_tail else ("", False)
    # both adjuncts end with their comma
    if (
        tail_short
        and lead_end == ","
        and (_adjuncts().intro.fullmatch(lead) or _adjuncts().question.fullmatch(lead))
    ):
        tail_short = False  # "Later in the day, the FBI said it would cooperate"
    # "In Iowa, Clinton said, “We will win.”": the quotation after the cue is the content
    # (only after a lead ending in a comma, _medial's own first test: most leads end in none)
    medial = lead_end == "," and _medial(lead, tail, lex)
    mid = (
        lead_end == ","
        and (tail.lstrip().startswith(",") or medial)
        and not quoted_lead
        and _QUOTE_NEXT.match(tail) is None
    )
    # an object cue closing a quotation with no object after it takes the quotation as
    # its object ("“Why not?” Vitter demanded.", "“Go home,” she urged.")
    # ("“I never met him,” the minister denied on Monday": a time or place adjunct after it)
    quoted_object = info.frame is _OBJECT and (
        (
            (quoted_lead or after_quote)
            and (
                not tail_core.strip()
                or _adjuncts().tail.match(tail_core) is not None
                # "“Stay indoors,” the collector urged residents.": people addressed
                or _addressed_people(tail_core, lex)
            )
        )
        or (quoted_lead and _bare_object_tail().fullmatch(tail_core) is not None)
    )
    if (
        framed
        and (tail_short or quoted_lead or mid)
        # "X was contradicted by truck drivers, who said it": the clause is no relative's
        and (quoted_lead or text[ss:se].lower() not in lex.relative_pronouns)
        and (info.frame is not _OBJECT or quoted_object)
        and (
            info.lemma in lex.inverting_verbs
            or info.lemma in lex.parenthetical_verbs
            or quoted_lead
            or quoted_object
        )
    ):
        cs, ce = trim(text, floor, len(lead) + floor)
        role = role_appositive_start(text, floor, ss) if text[ss - 2 : ss] == ", " else None
        if role is not None:
            ce = trim(text, floor, role)[1]  # '“...,” the party's leader, Ann Lee, said'
        if ce > cs and text[ce - 1] == ",":
            ce -= 1
        if (
            _ALNUM.search(text, cs, ce) is None  # no words left: '...," the Times said'
            and text[ss:se].lower() not in lex.relative_pronouns  # "..., which reported it"
            and not _same_speaker(text, ss, se, drafts, unit_claims, lex)
            and (frame := _frame_content(text, a, max(floor, ce), m, unit_claims))
        ):
            cs, ce = frame  # "[Smith demanded an apology], the letter said"
        if ce - cs < 3 or (ce - cs < 10 and not tail.startswith(",")):
            return None
        if (
            (tail.startswith(",") or medial)
            and not quoted_lead
            and len(tail) > 12
            and not _cue_participle_after(text, cue_end, quotes)
        ):
            # "The test, North Korea said, was its biggest": the content surrounds the cue
            seg = text.rfind(",", floor, ce)
            rel = re.match(r",\s*(?=(?:which|who|that)\b)", text[seg:ce]) if seg >= 0 else None
            if rel is not None:
                cs = seg + rel.end()
            ce = trim(text, cue_end, b)[1]
        d = Draft(cs, ce, _INDIRECT, info.status, ss, se)
        d.channel = channel(text, cue_end, b)
        return d
    if not lead and floor == a and (quoted := _quotation_before(text, a, quotes)) is not None:
        # "“We will win.” Trump said.": a bare attribution of its own right after a
        # quotation that closes its sentence credits that quotation; so does a verb of the
        # manner of speaking ("“Why not?” Chandrachud remarked.", "“No.” Smith retorted.")
        tail_core, tail_short = _bare_tail(tail, info, lex)
        if (
            tail_short
            and len(tail_core.split()) <= 4
            and (
                (
                    info.frame is not _OBJECT
                    and (
                        info.lemma in lex.inverting_verbs or info.lemma in lex.quote_inverting_verbs
                    )
                )
                or (info.frame is _OBJECT and not tail_core.strip())
            )
        ):
            d = Draft(quoted[0], quoted[1], _INDIRECT, info.status, ss, se)
            d.channel = channel(text, cue_end, b)
            return d
    if info.frame is _OBJECT and _DASH_AFTER.match(text, cue_end, b):
        return None  # "as Moscow denies — “...”": a parenthetical with no object
    if (
        info.status is _DENIED
        and _OBJECT_GAP.match(text, cue_end, b)
        and relative_gap(text, a, cue_start, lex) is not None
    ):
        return None  # "the allegations, which she denies, date from": the object is the noun
    if (
        info.status is _DENIED
        and info.frame is _OBJECT
        and clause_relative(text, a, cue_start, info.lemma, [], lex)
    ):
        return None  # "X, which the city rejected in a statement": the clause is the object
    cs, ce = content_after(text, cue_end, b, m, info, quotes)
    if text[cue_end : cue_end + 1] == "," and _tag_after(
        text, cue_end, cs, ce, quotes, lex.inverting_verbs
    ):
        return None  # "The numbers are worrying, Smith said.": the tag's, no content
    if info.frame is not _OBJECT and _points_back(text, lex, cs, ce):
        ce = cs + len(text[cs:ce].split(None, 1)[0])  # "said [this] while in Abuja"
    # "Hospital officials said 30": a count alone is content, however short
    if ce - cs < 3 and not _denied_pronoun(text[cs:ce], info) and not text[cs:ce].isdigit():
        return None
    if _takes_infinitive(verb, lex) and _NOT_A_VERB.match(text, cs):
        return None  # "declined to comment" reports; "declined to a record low" is a fall
    subject_head = text[ss:se].split()[-1].lower()
    if not aux.strip() and subject_head in lex.posted_documents and document_participle(verb):
        return None  # "A video posted online showed X": the video was posted, it posts nothing
    if (
        info.weak
        # not negated ("could not confirm"), nor reported by evidence
        and cue_status(info, aux, "") is not _UNCONFIRMED
        and subject_head not in lex.evidence_heads
        and _authored_head(text[ss:se], lex) not in lex.evidence_heads  # "a survey by X"
        and not explicit(text, cue_end, cs)
        and not finite_clause(text, cs)
        and not (verb.endswith("ing") and _labels(text, cs, ce))
        and not (info.lemma in lex.figure_clause_lemmas and _counted_clause(text, cs, ce))
    ):
        return None
    if relative is not None and subj == relative and quotes.cues.any_between(cs, ce):
        return None  # "others who want a ban said it helps": the main verb's subject is theirs
    ce = relative_clause_end(text, (ss, se), cs, ce)  # "X, who said Y, voted"
    if text[cs] not in OPEN:  # a comma inside a quotation ends no clause of the sentence
        ce = subordinate_clause_end(text, a, cs, ce)  # "While X said Y, Z ..."
    d = Draft(cs, ce, _INDIRECT, info.status, ss, se)
    d.channel = channel(text, cue_end, b)
    return d


#: how far after a cue's comma the verb of a tag may stand (", the foreign minister said")
_TAG_REACH = 60
#: the longest adjunct after a tag's cue before its sentence ends (" on Monday night")
_TAG_TAIL = 30


def _tag_after(
    text: str, cue_end: int, cs: int, ce: int, quotes: Context, inverting: frozenset[str]
) -> bool:
    """Whether the words after a cue and its comma are a report's tag: a subject and its
    cue closing the sentence ("The numbers are worrying, [Smith said]."), so the cue
    before has no content (not "As the paper reported, [Trump was accused of X]").

    Example:
        >>> text = "The numbers are worrying, Smith said."
        >>> cs = text.index("Smith")
        >>> verbs = cue_grammar().lexicon.inverting_verbs
        >>> _tag_after(text, cs - 2, cs, len(text) - 1, Context(text), verbs)
        True
        >>> text = "He warned, however, that Smith said no."
        >>> cs = text.index("that")
        >>> _tag_after(text, cs - 11, cs, len(text) - 1, Context(text), verbs)
        False
    """
    if text[cue_end:cs].strip() != ",":
        return False  # most contents open right after their cue, or after "that"
    nxt = next(iter(quotes.cues.between(cs, min(ce, cs + _TAG_REACH))), None)
    if nxt is None or ce - nxt.end() > _TAG_TAIL:
        return False  # "As the paper reported, Trump was accused of X": a clause goes on
    if text[nxt.end() : ce].strip() and _adjuncts().tail.match(text, nxt.end(), ce) is None:
        return False  # "..., Trump ordered a review": an object, no adjunct
    if nxt.group("aux").strip() or cue_info(nxt.group("verb")).lemma not in inverting:
        return False  # "..., Trump was accused of fraud": no tag's verb
    subject = quotes.subject(text, cs, nxt.start())
    return subject is not None and subject[0] == cs


#: a semicolon or a spaced dash: after a closing frame's cue it ends the frame's clause
_FRAME_CLOSE = re.compile(r";|\s(?:—|–|--)\s")


def _bare_tail(tail: str, info: CueInfo, lex: CueLexicon) -> tuple[str, bool]:
    """The adjunct after a cue and whether it is short and bare ("said on Monday").

    The adjunct ends where a participle clause starts ("..., Hollande said Tuesday in
    Paris, noting ..."), a title in quotation marks in it is one word ("on MSNBC’s “Morning
    Joe”"), and after a telling cue it starts after the object ("told reporters on
    Monday"). It is bare when it is short, holds no quotation mark, no "that" and no clause
    (a subject pronoun, a pointing object), and is three words at most or an adjunct;
    after a telling cue, people addressed alone are bare too ("told a Senate panel").

    Example:
        >>> lex = cue_grammar().lexicon
        >>> _bare_tail(" on Monday.", cue_info("said"), lex)
        (' on Monday', True)
        >>> _bare_tail(" he would go.", cue_info("said"), lex)[1]
        False
        >>> _bare_tail("; in 2012, he lost.", cue_info("said"), lex)
        ('', True)
        >>> _bare_tail(" — backers she needs.", cue_info("said"), lex)
        ('', True)
    """
    closed = (
        _FRAME_CLOSE.search(tail)
        if ";" in tail or "-" in tail or "—" in tail or "–" in tail
        else None
    )
    # "..., analysts say; in 2012 ...", "..., allies believe — ...": a semicolon or a
    # spaced dash right after the cue, or after an adjunct of it, closes the frame; not
    # after an object ("Amid discord, Trump claims nomination; ...")
    if closed is not None and (
        not (head := tail[: closed.start()]).strip() or _adjuncts().tail.match(head) is not None
    ):
        tail = head
    core = _PARTICIPLE_AFTER.split(tail, maxsplit=1)[0] if "," in tail else tail
    if "“" in core or '"' in core:
        core = _TAIL_TITLE.sub("T", core)
    core = core.rstrip(END_PUNCT + '”"')
    if info.frame is _TELL:
        core = core[max(0, tell_object_end(core + " ", 0, len(core)) - 1) :]
    bare = len(core) <= _TAIL_OK_LENGTH and not ("“" in core or "”" in core or '"' in core)
    if bare:
        first = _FIRST_WORD.match(core)
        opener = first.group(1) if first is not None else None
        bare = (
            not _opens_with_subject(core, first, lex)
            and not (
                info.frame is not _OBJECT
                and opener in lex.pointing_objects
                and _points_back(core, lex)
            )
            and " that " not in tail
            and (len(core.split()) <= 3 or _adjuncts().tail.match(core) is not None)
        )
    if not bare and info.frame is _TELL and addressee_only(tail.rstrip(END_PUNCT)):
        bare = True  # "..., Carter told a Senate panel on Wednesday.": who was told
    return core, bare


def _authored_head(subject: str, lex: CueLexicon) -> str:
    """The head before an author after it ("A [survey] by Gallup", "[estimates] from the
    U.N.", "a [study] published by the ministry"): the word before the first of
    ``author_prepositions`` and a participle of ``document_participles`` before it,
    lowered; "" when none.

    Example:
        >>> lex = cue_grammar().lexicon
        >>> _authored_head("A survey by Gallup", lex), _authored_head("Gallup", lex)
        ('survey', '')
        >>> _authored_head("A poll conducted by Ipsos", lex)
        'poll'
    """
    words = subject.lower().split()
    for i, w in enumerate(words[1:], 1):
        if w in lex.author_prepositions:
            if i > 1 and words[i - 1] in lex.document_participles:
                return words[i - 2]
            return words[i - 1]
    return ""


def _same_speaker(
    text: str, ss: int, se: int, drafts: list[Draft], unit_claims: list[int], lex: CueLexicon
) -> bool:
    """Whether a pronoun frame names again the named speaker of the claim before it.

    "DuVernay said she felt X because “...,” she said": the writer repeats the
    attribution; "she" reports no report of DuVernay's.
    """
    pronouns = {w.lower() for w in lex.zero_that_subjects}
    if not unit_claims or text[ss:se].lower() not in pronouns:
        return False
    prev = _own_source(drafts, unit_claims[-1])
    if prev.source_start is None or prev.source_end is None:
        return False
    return text[prev.source_start : prev.source_end].lower() not in PRONOUNS


def _cue_participle_after(text: str, pos: int, quotes: Context) -> bool:
    """Whether a participle cue opens a clause right after a frame (", citing", ", adding").

    So does a cue after a conjunction joining it to the frame (", and added", ", going on
    to say").

    Such a clause is the frame's source going on ("..., the ministry said, citing
    officials"), never the rest of a content around the frame; another participle may
    be ("..., Twitter announced, gaining 22,000 followers").
    """
    after = _continuation_after().match(text, pos) or _PARTICIPLE_AFTER.match(text, pos)
    if after is None:
        return False
    nxt = quotes.cues.between(after.end(), after.end() + 40)
    return bool(nxt) and nxt[0].start("verb") == after.end()


@functools.cache
def _continuation_after() -> re.Pattern[str]:
    """A comma and a conjunction joining a cue to the frame before it (", going on to")."""
    words = alternation(cue_grammar().lexicon.continuation_conjunctions)
    return re.compile(rf",\s*(?:{words})\s+")


def _source_follows(text: str, b: int, m: re.Match[str], info: CueInfo) -> bool:
    """Whether a bare inverting cue after a comma closes its clause with its source.

    In "The agency cited a list of concerns, said an official." the cue does not go
    on with the agency's claim: "an official" is its subject, after it.
    """
    verb, aux = m.group("verb", "aux")
    if (
        aux.strip()
        or verb.endswith("ing")
        or info.lemma not in cue_grammar().lexicon.inverting_verbs
    ):
        return False
    post = post_source(text, m.end(), b)
    return post is not None and _QUOTE_AFTER.match(text, post[1]) is None


def _frame_content(
    text: str, a: int, floor: int, m: re.Match[str], unit_claims: list[int]
) -> tuple[int, int] | None:
    """The content of a report frame closing a clause that holds another claim.

    "Smith demanded an apology, the letter said": the claim of "demanded" ends right
    before the frame, so no words are left before it (``floor``: the earlier claim's end,
    or a closing quotation mark after it); the frame reports the whole clause from the
    unit's start, the earlier claim with it. A modal cue is no
    report made ("..., no matter the stakes, Trump will insist on being Trump").
    """
    if floor <= a or not unit_claims:
        return None
    modals = cue_grammar().lexicon.modal_auxiliaries
    if any(w.lower() in modals for w in m.group("aux").split()):
        return None
    cs, ce = trim(text, a, floor)
    return (cs, ce) if ce - cs >= 10 else None


def _counted_clause(text: str, cs: int, ce: int) -> bool:
    """Whether a content opens with a clause whose subject is a figure, maybe qualified.

    "Organisers estimated [about 1,000 people attended]", "Police confirmed [12 people
    died]": a weak cue with no "that" still reports it; "estimated 1,000 jobs" takes a
    number.

    Example:
        >>> text = "estimated about 1,000 people attended"
        >>> _counted_clause(text, 10, len(text)), _counted_clause("estimated 1,000 jobs", 10, 20)
        (True, False)
    """
    if not any(c.isdigit() for c in text[cs : min(ce, cs + 30)]):
        return False
    body = text[cs:ce]
    lead = _figure_lead("en").match(body)
    return number_clause(body[lead.end() :] if lead else body)


def _long_subject(
    text: str, a: int, b: int, m: re.Match[str], info: CueInfo, quotes: Context
) -> tuple[int, int] | None:
    """The subject of a reporting verb, past a long postmodifier.

    "Majorities of Democrats in five states going to the polls Tuesday say they would be
    satisfied": only when a clause follows the cue ("that", a quotation or a finite verb),
    unless the subject is a document ("A poll from Marquette Law School released
    Wednesday found Clinton leading").
    """
    subject = long_subject(text, a, m.start()) or fronted_long_subject(text, a, m.start())
    if subject is None:
        return None
    if text[subject[0] : subject[1]].split()[-1].lower() in cue_grammar().lexicon.evidence_heads:
        return subject  # "A poll from Marquette Law School released Wednesday found X"
    cs, ce = content_after(text, m.end(), b, m, info, quotes)
    if ce - cs < 3:
        return None
    if not (
        explicit(text, m.end(), cs)
        or finite_clause(text, cs)
        or _SUBJECT_PRONOUN_CLAUSE.match(text, cs) is not None
    ):
        return None
    return subject


#: The opening of an absolute "with" clause: the last "with" before a participle cue.
_WITH_LEAD = re.compile(r"with\s+", re.IGNORECASE)
#: A clause opening with a subject pronoun and a verb: "say they want immigrants to stay".
_SUBJECT_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|we|I)\s+[a-z]+")


#: A short object then a quotation: "calling it “disqualifying”", "calling him a “moderate”".
_LABEL = re.compile(
    r"(?:[\w'’-]+\s+){1,4}[“\"]"
    # a person or a pronoun, then a noun phrase naming them: "calling Trump a fascist",
    # "calling it a great meeting", "calling himself conservative"
    r"|(?:him|her|them|it|himself|herself|itself|themselves|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
    r"\s+(?:an?\s+)?[a-z][\w'’-]*(?:[\s.,;!?]|$)"
)


def _labels(text: str, cs: int, ce: int) -> bool:
    """Whether a weak participle's content is an object labelled by a quotation or a noun.

    Example:
        >>> text = "calling it “disqualifying” and a disgrace"
        >>> _labels(text, 8, len(text)), _labels("calling for a truce", 8, 19)
        (True, False)
        >>> text = "calling Trump a fascist"
        >>> _labels(text, 8, len(text)), _labels("calling the race for him", 8, 24)
        (True, False)
    """
    return _LABEL.match(text, cs, ce) is not None


def _past_before_that(text: str, m: re.Match[str], info: CueInfo, verb: str) -> bool:
    """Whether a hedge or denial cue is a strong past form before "that".

    Its subject may then be read loosely, past a participle ("A man arrested Monday
    alleged that ..."): "that" shows a report, and the past form is a verb, not the
    noun of "Trump's claim that".
    """
    return not info.weak and verb.endswith("ed") and _THAT_AFTER.match(text, m.end()) is not None


def _loose_cue(info: CueInfo, verb: str) -> bool:
    """Whether a cue may take a loose subject: a strong, neutral finite reporting verb.

    Hedges and denials keep the strict walk ("The average American who itemized
    claimed $27,000 in deductions" reports no claim).
    """
    return not info.weak and not verb.endswith("ing") and info.status is _ASSERTED


#: What follows a cue ending in "to" when "to" is a preposition, not an infinitive.
_NOT_A_VERB = re.compile(
    r"(?:(?:a|an|the|its|their|his|her|about|around|nearly|just|only|record)\b|[\d$€£¥])",
    re.IGNORECASE,
)


@functools.cache
def _denied_pronoun(content: str, info: CueInfo) -> bool:
    """A denial of a short pronoun that points back ("his spokeswoman denied it.")."""
    lex = cue_grammar().lexicon
    return info.status is _DENIED and content.lower() in lex.anaphoric_objects


def _takes_infinitive(verb: str, lex: CueLexicon) -> bool:
    """Whether a cue form is an auxiliary of the lexicon ending in "to" ("declined to")."""
    return verb.lower() in _auxiliary_set(lex.language)


@functools.cache
def _auxiliary_set(language: str) -> frozenset[str]:
    """A language's cue auxiliaries as a set (the lexicon keeps them in order, a tuple)."""
    return frozenset(cue_lexicon(language).auxiliaries)


@functools.cache
def _fronted_participle_set(language: str) -> frozenset[str]:
    """A language's fronted participles ("Citing") as a set (the lexicon's are a tuple)."""
    return frozenset(cue_lexicon(language).fronted_participles)


#: the word after a cue, whole: a hyphen goes on with another ("told off-duty officers")
_NEXT_WORD = re.compile(r"\s+([a-z]+)(?![\w'’-])")
#: a particle opening a quantity after a cue ("showed up to 40 percent"): no other verb
_QUANTITY_AFTER = re.compile(r"\s+[a-z]+\s+to\s+[\d$€£]")
#: What stands before a month that is a date ("in April", "and August", "on 3 June");
#: a month word after a quotation or at a clause start is a name ("Jun wrote", "May said").
_DATE_LEAD = re.compile(
    r"(?:\b(?:in|on|since|by|until|from|and|or|of|to|early|late|mid|last|next|this|each|every)|\d)[\s,-]*$",
    re.IGNORECASE,
)


def _by_agent(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only an agent after "as saying": "by Reuters", "by
    the official news agency." (a short lower-case one ends the sentence), not a time
    opening a clause ("by the end of the year the plant would close", "by 2020")."""
    m = _BY_AGENT.match(text, start, end)
    if m is None:
        return False
    agent = text[m.end() : end].rstrip(" .;")
    if agent[:1].isupper():
        return True
    words = agent.split()
    return 0 < len(words) <= _AGENT_WORDS and all(w.replace("-", "").isalpha() for w in words)


@functools.cache
def _months() -> Mapping[str, int]:
    """The month names of the number lexicon, lower case: read once, not at every subject."""
    return number_lexicon().months


def _is_date(text: str, start: int, end: int) -> bool:
    """Whether the subject ``text[start:end]`` is a month read as a date."""
    if text[start:end].lower() not in _months():
        return False
    return _DATE_LEAD.search(text, max(0, start - 12), start) is not None


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _particle_after(text: str, pos: int, particles: tuple[str, ...]) -> bool:
    """Whether a particle, a word or a phrase ("the story of"), follows a cue whole."""
    if text.startswith(" ", pos) and not text[pos + 1 : pos + 2].isspace():
        # one space after the cue, the common case: one prefix test of them all at once
        spaced = _spaced(particles)
        if not text.startswith(spaced, pos):
            return False
        return any(text.startswith(p, pos) and not _goes_on(text, pos + len(p)) for p in spaced)
    word = _next_word(text, pos)
    if not word:
        return False
    if word in particles:
        return True
    at = text.index(word, pos)
    return any(
        phrase.startswith(word + " ")
        and text.startswith(phrase, at)
        and not _goes_on(text, at + len(phrase))
        for phrase in particles
    )


@functools.cache
def _spaced(particles: tuple[str, ...]) -> tuple[str, ...]:
    """The particles of a cue, each after a space (``str.startswith`` takes the tuple)."""
    return tuple(f" {p}" for p in particles)


def _goes_on(text: str, at: int) -> bool:
    """Whether the word before ``at`` goes on there ("told off-duty", "showed upward")."""
    return at < len(text) and (text[at].isalnum() or text[at] in "_'’-")


def _spans_draft(spans: Spans | None, info: CueInfo) -> Draft | None:
    """A draft from the content and source spans of an inverted frame."""
    if spans is None:
        return None
    cs, ce, ss, se = spans
    return Draft(cs, ce, _INDIRECT, info.status, ss, se)


@functools.cache
def _according_source() -> re.Pattern[str]:
    """The source after "according to": up to a comma, stop or colon.

    Initials ("U.S.") and the abbreviated titles of the lexicon ("Ms. Epstein") keep
    their full stop.
    """
    titles = alternation(cue_grammar().lexicon.name_titles)
    return re.compile(
        rf"\s+((?:(?:[A-Z]\.){{2,}}|\b(?:{titles})\.|[^,.;:“”\"]){{2,120}}?)(?=\s*[,.;:]|\s*$)"
    )


#: "The plan, according to X, would cost": a short subject or adjunct before the phrase,
#: and after it a clause resuming (not an apposition or a coordinated verb of the source).
_ACCORDING_REST = 10
_ACCORDING_LEAD_WORDS = 6
_ACCORDING_RESUME = re.compile(
    r",\s+(?!(?:a|an|the|who|whose|which|and|but|or|more|less|as|than|up|down)\b)\S"
)


#: ", and ..." after the source: a coordinated clause or predicate the phrase credits too
_ACCORDING_AND = re.compile(r",\s+and\s+(?!(?:a|an|the)\s+\w+\s*[,.;]|$)\S")


#: ", the rise in deficits is ...": an article after the source's comma, up to the next stop
_ARTICLE_SEGMENT = re.compile(r",\s+(?:a|an|the)\s+([^\s,.;:!?“”\"][^,.;:!?“”\"]*)")


def _article_clause(text: str, se: int, b: int) -> bool:
    """Whether ", the ..." after an "according to" source opens a clause, not an apposition.

    "Over the long term, according to the budget office, the rise in deficits is
    mainly attributable to ...": the segment holds a finite verb (an auxiliary, an
    irregular past or an -ed form), so the clause the phrase interrupted goes on;
    "..., according to Smith, the bank's chief economist." names the source again, and
    so does one with a relative clause or a participle with "by" ("the economist quoted
    by the bank").
    """
    m = _ARTICLE_SEGMENT.match(text, se, b)
    if m is None:
        return False
    lex = cue_grammar().lexicon
    verbs = frozenset(lex.finite_auxiliaries) | frozenset(lex.irregular_pasts)
    words = m.group(1).split()
    for i, w in enumerate(words[1:], 1):  # the first word is the noun phrase's own
        if w in lex.relative_pronouns:
            return False  # "the economist who advised the bank": the apposition's clause
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in verbs or (w.islower() and w.endswith("ed") and after != "by"):
            return True
    return False


def _past_relative(text: str, se: int, b: int) -> int:
    """Where the words after an "according to" source go on past its relative clause set
    off by commas ("According to the minister, who spoke on condition of anonymity, the
    plan ..."): after the clause's closing comma; else ``se``."""
    if not text.startswith(", ", se):
        return se  # most sources end the sentence or open the content at once
    word = text[se + 2 : se + 8].split(" ", 1)[0]
    lex = cue_grammar().lexicon
    if word not in lex.relative_pronouns or word in lex.complementizers:
        return se  # ", that ...": a complementizer after a comma opens no relative
    close = text.find(", ", se + 2, b)
    return se if close < 0 else close


def _according(text: str, a: int, b: int, floor: int, m: re.Match[str]) -> Draft | None:
    """ "According to X, CONTENT." and "CONTENT, according to X."."""
    sm = _according_source().match(text[m.end() : b])
    if sm is None:
        return None
    ss, se = m.end() + sm.start(1), m.end() + sm.end(1)
    channels = cue_grammar().lexicon.according_channels
    if any(w.lower() in channels for w in text[ss:se].split()[:4]):
        return None  # "he said, according to a translation (of the speech)": how words came
    if text[ss:se].lower() in cue_grammar().lexicon.according_standards:
        return None  # "According to plan, the bridge opened": a standard kept, no source
    lead = text[floor : m.start()].strip()
    rest = trim(text, _past_relative(text, se, b), b)
    # the phrase closes its sentence when little follows the source, or only what is no
    # clause resuming: an apposition of the source (", a former tax aide now teaching at
    # X") or a phrase of the content's ("..., more than twice what Y got")
    closing = rest[1] - rest[0] < _ACCORDING_REST or (
        floor > a
        and _ACCORDING_RESUME.match(text, se) is None
        and _ACCORDING_AND.match(text, se) is None
        and not _article_clause(text, se, b)
    )
    if floor > a and closing and lead.endswith(","):
        # "After X asked about it, the Graysons became agitated, according to a source":
        # a sentence-final phrase reports the whole sentence, the earlier cue's claim too
        cs, ce = trim(text, a, m.start())
    elif not lead.strip(",;:—–") and floor > a and closing:
        # "Five panels found no evidence of it, according to X.": the phrase closes a
        # sentence whose own cue took the words before it; X reports the whole of them
        cs, ce = trim(text, a, m.start())
    elif not lead:
        cs, ce = rest  # "According to X, CONTENT."
    elif _adjuncts().intro.fullmatch(lead):
        cs, ce = rest
    elif (
        rest[1] - rest[0] >= _ACCORDING_REST
        and len(lead.split()) <= _ACCORDING_LEAD_WORDS
        and (_ACCORDING_RESUME.match(text, se) is not None or _article_clause(text, se, b))
    ):
        # "The plan, according to X, would cost $1bn.": the phrase interrupts one content
        cs, ce = trim(text, floor, m.start())[0], rest[1]
    elif _ACCORDING_AND.match(text, se) is not None and rest[1] - rest[0] >= _ACCORDING_REST:
        # "X paid 25%, according to the CBO, and Y paid 69%": the phrase stands between
        # two coordinated clauses of one report and credits both
        cs, ce = trim(text, floor, m.start())[0], rest[1]
    else:
        cs, ce = trim(text, floor, m.start())
    if ce - cs < 10:
        return None
    return Draft(cs, ce, _INDIRECT, _ASSERTED, ss, se)
