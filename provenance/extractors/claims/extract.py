"""Claims: what each source says in a text, and what the narrating agency says.

:func:`find_claims` returns attributed claims (direct quotes and reported
speech, with their resolved source, cue, status and nesting) *and* narrator
claims covering every other part of every sentence, so that each figure of the
text lies inside some claim. The attribution step is pluggable through the
:class:`ClaimExtractor` protocol; the default is :class:`RuleBasedExtractor`
(regular expressions and tables, no model).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from typing import TYPE_CHECKING, Any, Protocol

from provenance.enums import ASSERTED as _ASSERTED
from provenance.enums import NARRATOR as _NARRATOR
from provenance.enums import UNCONFIRMED as _UNCONFIRMED
from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.appositive_contests import appositive_contests
from provenance.extractors.claims.asides import content_parts
from provenance.extractors.claims.attribute import (
    Draft,
    attribute,
    head_words,
    scanned_head_positions,
)
from provenance.extractors.claims.cue_sentences import colon_cue_sentences
from provenance.extractors.claims.cues import (
    CUE_SCAN_WORDS,
    UNVERIFIED_RE,
    cue_grammar,
    quoted_hedges,
    scan_words,
)
from provenance.extractors.claims.documents import document_claims
from provenance.extractors.claims.expectations import expectation_claims
from provenance.extractors.claims.families import family_grammar, find_families
from provenance.extractors.claims.free_relatives import contrary_relative_drafts
from provenance.extractors.claims.headlines import split_headline
from provenance.extractors.claims.lost_closes import cut_lost_closes
from provenance.extractors.claims.questions import polar_question_drafts
from provenance.extractors.claims.quotes import us_quotes
from provenance.extractors.claims.refutations import narrator_refutations
from provenance.extractors.claims.restated_counts import count_verbs, restated_count_claims
from provenance.extractors.claims.settle import drop_drafts, settle_statuses
from provenance.extractors.claims.speakers import SpeakerResolver
from provenance.extractors.claims.topic_nouns import topic_claims, topic_grammar
from provenance.extractors.records import ClaimSpan, SourceInfo, slots_twin
from provenance.extractors.sources import SourceRegistry, default_sources
from provenance.extractors.text.quotes import quote_spans, straighten_quotes
from provenance.extractors.text.sentences import split_sentences
from provenance.extractors.text.wordlists import ordered_alternation

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ClaimExtractor",
    "RuleBasedExtractor",
    "claims_frame",
    "find_claims",
    "near_claim",
    "unverified_phrase",
]

_ALNUM = re.compile(r"\w")
_GAP_LEAD = re.compile(r"[\s,;:]*")  # \s is str.isspace: what a gap's start drops
_EXCLAIMED = frozenset({"!”", "?”", '!"', '?"'})
#: a paragraph break between two sentences
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPEAKER_NEXT = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|tweeted|wrote|asked|added|told|shouted|"
    r"replied|insisted|exclaimed)\b|(?:he|she|they)\s+(?:said|asked|added|wrote)\b"
)


class ClaimExtractor(Protocol):
    """Anything that finds the claims of a text: the plug-in point for model-based steps.

    It must return attributed claims (``parent`` indices valid within the
    tuple); :func:`find_claims` adds the narrator claims around them.

    Example:
        >>> def quotes_only(text: str, *, sources: SourceRegistry) -> tuple[ClaimSpan, ...]:
        ...     return ()
        >>> find_claims("It rained.", extractor=quotes_only)[0].attribution
        <Attribution.NARRATOR: 'narrator'>
    """

    def __call__(self, text: str, *, sources: SourceRegistry) -> tuple[ClaimSpan, ...]:
        """The attributed claims of ``text``."""
        ...


class RuleBasedExtractor:
    """The default attribution step: cue lexicon, source phrases and quotation marks.

    Example:
        >>> rules = RuleBasedExtractor()
        >>> claims = rules("Putin said talks would resume.", sources=default_sources())
        >>> claims[0].source.name, claims[0].text
        ('Vladimir Putin', 'talks would resume')
    """

    def __call__(self, text: str, *, sources: SourceRegistry) -> tuple[ClaimSpan, ...]:
        """The attributed claims of ``text``, in text order of their content."""
        return self.extract(text, split_sentences(text), sources=sources)

    def extract(
        self,
        text: str,
        sentences: tuple[tuple[int, int], ...],
        *,
        sources: SourceRegistry,
        may_be_unverified: bool | None = None,
    ) -> tuple[ClaimSpan, ...]:
        """The attributed claims of ``text`` given its sentences (split once by the caller).

        ``may_be_unverified`` is :func:`_may_be_unverified` of ``text`` when the caller
        already has it, or whether :data:`UNVERIFIED_RE` or :func:`_appositive_active_re`
        finds something in it (``None``: worked out here).
        """
        if may_be_unverified is None:
            may_be_unverified = _may_be_unverified(text)
        quotes = quote_spans(straighten_quotes(text) if "''" in text else text)
        quotes = cut_lost_closes(text, quotes)
        units = _units(text, split_headline(text, sentences, _DATELINE), quotes)
        words = scan_words(text, _vocabulary())  # one word scan for cues and families
        heads = scanned_head_positions(text, words)  # "In his words": from the scan too
        drafts = attribute(text, units, quotes, words, heads)
        families = find_families(text, units, drafts, words=words)
        for i, status in families.statuses.items():
            drafts[i].status = status
        verb_drafts = len(drafts)
        drafts.extend(families.drafts)
        drafts.extend(topic_claims(text, units, drafts, words))  # "his criticism of X"
        drafts.extend(document_claims(text, units, drafts))  # "In a poll, X"
        drafts.extend(expectation_claims(text, units, drafts))  # "X is expected to Y"
        drafts.extend(restated_count_claims(text, units, drafts, words))  # "X put the toll at 30"
        # ", an account the organisers contested": a denial of the clause before the comma
        renamed = appositive_contests(text, drafts) if ", " in text else []
        if renamed:  # ", a claim that was denied by X": "a claim" is the object, no claim
            verb_drafts -= len(drop_drafts(drafts, renamed) & set(range(verb_drafts)))
        # "Contrary to what X said, [...]": what X said is the gap before the cue, not the clause
        gapped = contrary_relative_drafts(text, drafts)
        if gapped:
            verb_drafts -= len(drop_drafts(drafts, gapped) & set(range(verb_drafts)))
        # "Did the minister deny the report?": the question reports no denial
        asked = polar_question_drafts(text, units, drafts)
        if asked:
            verb_drafts -= len(drop_drafts(drafts, asked) & set(range(verb_drafts)))
        inside = _mark_unverified(text, drafts, may_be_unverified)
        if inside:  # ", a claim Reuters could not verify": the noun reports no claim
            verb_drafts -= len(drop_drafts(drafts, inside) & set(range(verb_drafts)))
        settle_statuses(text, drafts, verb_drafts)
        narrator_refutations(text, drafts)  # "falsely claimed": the agency refutes it
        quoted_hedges(drafts, quotes)
        resolver = SpeakerResolver(text, sources)
        infos: list[tuple[str | None, SourceInfo | None]] = []
        for d in drafts:
            if d.inherit is not None:
                infos.append(infos[d.inherit])
            elif d.source_start is not None and d.source_end is not None:
                mention = text[d.source_start : d.source_end]
                infos.append((mention, resolver.resolve(mention, d.source_start)))
            else:
                infos.append((None, None))
        # text order (by start, the longer first, then list order): the keys built in one
        # list, no Python call per draft
        keyed = [(d.start, -d.end, i) for i, d in enumerate(drafts)]
        keyed.sort()
        order = [i for _, _, i in keyed]
        new_index = {old: new for new, old in enumerate(order)}
        out: list[ClaimSpan] = []
        for old in order:
            d = drafts[old]
            source_text, info = infos[old]
            out.append(
                _claim_span(  # ClaimSpan's fields in order
                    text[d.start : d.end],
                    d.start,
                    d.end,
                    d.attribution,
                    d.status,
                    source_text,
                    info,
                    d.cue,
                    d.cue_start,
                    d.cue_end,
                    d.channel,
                    None if d.parent is None else new_index[d.parent],
                )
            )
        return tuple(out)


#: A wire dateline opening the text: "WASHINGTON (Reuters) - ", "KYIV, June 3 (AFP) — ";
#: a newspaper's, opening a paragraph, names no agency: "WASHINGTON — ", "MYRTLE BEACH, S.C. - ".
#: South Asian papers end it with a colon ("NEW DELHI: ", "ISLAMABAD, Jan 5: ", "Kolkata,
#: March 3: ") or, in agency copy, with the agency and no mark ("NEW DELHI, Mar 3 (PTI) ").
_DATELINE = re.compile(
    r"[^\S\n]*(?:[A-Z][\w .,/'’-]{1,60})?\([^()\n]{2,40}\)\s*[-–—]{1,2}\s+"  # city may be lost
    r"|[^\S\n]*\[[A-Za-z0-9:_.-]{2,30}\][^\S\n]*"  # a wire reference code: "[nL1N1JQ1I4]"
    r"|(?<![^\n])[A-Z][A-Z.'’ ]{2,40}(?:,[^\S\n]+[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*){0,2})?"
    r"[^\S\n]+[-–—]{1,2}[^\S\n]+"
    # "NEW DELHI, Mar 3 (PTI) The ...": a city in capitals and an agency, no dash
    r"|(?<![^\n])[A-Z][A-Z.'’ ]{2,40}(?:,[^()\n]{1,30})?\([A-Za-z]{2,12}\)[^\S\n]+(?=[A-Z“\"‘'])"
    # "ISLAMABAD: ", "NEW DELHI, Jan 5 (IANS): ", "Kolkata, March 3: " (a date after a city
    # in lower case: "Smith: ..." is a transcript line)
    r"|(?<![^\n])(?:[A-Z][A-Z.'’-]+(?:[^\S\n][A-Z][A-Z.'’-]+){0,2}"
    r"(?:,[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2})?"
    r"|[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?,[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2})"
    r"(?:[^\S\n]*\([A-Za-z]{2,12}\))?:[^\S\n]+(?=[A-Z“\"‘'])"
)


def _units(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    quotes: tuple[tuple[int, int], ...],
) -> list[tuple[int, int]]:
    """Sentences, merged when a quotation runs from one into the next (or the next paragraph).

    A dateline or a wire reference code opening a sentence is cut off, so its subject
    starts a clause.
    """
    find = text.find
    # a bracket is looked for in a sentence only when the text holds one (most texts
    # hold no "[", and a third hold no "("): a sentence holds none the text does not
    paren, square = "(" in text, "[" in text
    cut = [
        (dl.end(), e)
        # every dateline holds "(" or "[" or opens a line in capitals: test that before the
        # pattern (its forms without a bracket look back for a line start)
        if (
            (
                (s == 0 or text[s - 1] == "\n")
                and (
                    text[s : s + 2].isupper()
                    or (text[s : s + 1].isupper() and find(":", s, min(e, s + 30)) >= 0)
                )
            )
            or (paren and find("(", s, e) >= 0)
            or (square and find("[", s, e) >= 0)
        )
        and (dl := _DATELINE.match(text, s, e))
        and dl.end() < e
        else (s, e)
        for s, e in sentences
    ]
    starts = [s for s, _ in quotes]
    units: list[tuple[int, int]] = []
    for s, e in cut:
        if units:
            ps, pe = units[-1]
            if text[pe - 1] == ":":  # "Peabody said:" then the quotation
                units[-1] = (ps, e)
                continue
            if (
                text[pe - 2 : pe] in _EXCLAIMED
                and _SPEAKER_NEXT.match(text, s, e)
                and _BLANK_LINE.search(text, pe, s) is None
            ):
                # “Not fit!” Trump tweeted. (not across a paragraph break: “Why?”, then a
                # new paragraph "Clinton says X" opens a report of its own)
                units[-1] = (ps, e)
                continue
            i = bisect.bisect_right(starts, pe) - 1
            # a quotation running on (into the next paragraph, too: see quote_spans)
            if i >= 0 and quotes[i][0] < pe and quotes[i][1] > s:
                units[-1] = (ps, e)
                continue
        units.append((s, e))
    return units


#: Every match of :data:`UNVERIFIED_RE` but one holding its adjectives ("remain
#: unproven", "impossible to verify") holds "not", "n't", "unable" (its negation is
#: required) or "no " ("there was no confirmation"); this literal scan is far cheaper than
#: the full pattern, which starts with ``\b``.
_UNVERIFIED_HINT = re.compile(r"n(?:ot|'t|o\s)|unable")


@functools.cache
def _unverified_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words one of which every match of :data:`UNVERIFIED_RE` holds, and its adjectives.

    The words are its verbs, participles and absence nouns ("no confirmation"), and any
    unproven adjective holding none of them ("unverified" holds "verified"): a match ends
    in one of them. The adjectives are those a match with no negation holds ("remain
    unproven", "impossible to verify": the ``impossibility_adjectives``, before a verb).
    """
    u = cue_grammar().lexicon.unverified
    words = (*u["verbs"], *u["participles"], *u.get("absence_nouns", ()))
    unproven = tuple(u.get("unproven_adjectives", ()))
    adjectives = (*unproven, *u.get("impossibility_adjectives", ()))
    return (*words, *(a for a in unproven if not any(w in a for w in words))), adjectives


@functools.cache
def _unverified_needles() -> tuple[str, ...]:
    """The words of :func:`_unverified_words` holding none of the others ("confirmed" and
    "confirmation" hold "confirm"): a text holds one of these exactly when it holds one of
    those, and each substring test reads the whole text."""
    words = tuple(dict.fromkeys(_unverified_words()[0]))
    return tuple(w for w in words if not any(v != w and v in w for v in words))


def _may_be_unverified(text: str) -> bool:
    """False when :data:`UNVERIFIED_RE` cannot match ``text`` (a cheap pre-check).

    Substring tests for its verbs ("confirm", "verified") first: most texts have none,
    and ``in`` is far cheaper than any scan. Then a negation, which every match needs
    but one ending in an adjective ("the claims remain unproven").
    """
    if not any(w in text for w in _unverified_needles()):
        return False
    adjectives = _unverified_words()[1]
    return _UNVERIFIED_HINT.search(text) is not None or any(a in text for a in adjectives)


def _unverified_window(text: str) -> tuple[int, int]:
    """Bounds (``pos``, ``endpos``) outside which no match of :data:`UNVERIFIED_RE` lies.

    A match opens with an auxiliary or a modal a word before its negation ("could not",
    "has not been"), in the word holding it ("cannot", "hasn't", "unable"), or with a copula
    and "still" before its adjective ("remain still unproven"): so none starts before the
    word those words allow ahead of the text's first negation or adjective. It ends in one
    of its verbs, participles or adjectives: so none ends after the last of those, and the
    one character after it is kept for the closing ``\b``. The search then skips the text
    outside (the full pattern starts with ``\b`` and tries every word).
    """
    words, adjectives = _unverified_words()
    modal_words, copula_words = _unverified_lead_words()
    hint = _UNVERIFIED_HINT.search(text)
    start = len(text) if hint is None else _words_back(text, hint.start(), modal_words)
    end = 0
    for adjective in adjectives:
        at = text.find(adjective)
        if at >= 0:
            start = min(start, _words_back(text, at, copula_words + 1))
    for word in (*words, *adjectives):
        at = text.rfind(word)
        if at >= 0:
            end = max(end, at + len(word) + 1)
    return start, min(end, len(text))


@functools.cache
def _unverified_lead_words() -> tuple[int, int]:
    """How many words stand before a negation (its modal or auxiliary, or the words of an
    absence lead before its "no"; one at least) and before an adjective (its copula) in
    :data:`UNVERIFIED_RE`."""
    u = cue_grammar().lexicon.unverified
    modals = max((len(w.split()) for w in u["modals"]), default=1)
    # "there was still no confirmation": the words of a lead before its "no"
    leads = max((len(w.split()) - 1 for w in u.get("absence_leads", ())), default=1)
    copulas = max((len(w.split()) for w in u.get("unproven_copulas", ())), default=1)
    return max(modals, leads, 1), copulas


def _words_back(text: str, at: int, words: int) -> int:
    """The start of the whitespace-delimited run holding ``at``, then ``words`` runs back."""
    i = at
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    for _ in range(words):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


#: How far after a claim the words saying it is not confirmed may stand.
UNVERIFIED_REACH = 300
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘A-Z])")


def near_claim(text: str, claim_end: int, pos: int) -> bool:
    """Whether words at ``pos`` may speak of the claim ending at ``claim_end``: under
    :data:`UNVERIFIED_REACH` characters after it and at most one sentence break between.

    Example:
        >>> near_claim("He said 40 died. Nobody could confirm it.", 15, 17)
        True
        >>> near_claim("He said 40 died. Rain fell. Snow fell. Nobody could confirm it.", 15, 39)
        False
    """
    if pos - claim_end >= UNVERIFIED_REACH:
        return False
    return len(_SENTENCE_BREAK.findall(text, claim_end, pos)) <= 1


def _mark_unverified(text: str, drafts: list[Draft], may_be_unverified: bool) -> list[int]:
    """ "... could not be independently verified" makes the claim before it unconfirmed.

    ``may_be_unverified`` is :func:`_may_be_unverified` of ``text`` (worked out once a text).
    Returns the indices of the drafts inside an appositive that says so (", a claim
    Reuters could not verify": the noun "claim" reports no claim of its own).
    """
    if not may_be_unverified:
        return []
    # where each match starts: the passive or wire idiom anywhere, and a negated active
    # verb whose object is an appositive's head (", a claim Reuters could not verify")
    found = sorted(
        [m.span() for m in UNVERIFIED_RE.finditer(text)]
        + [m.span("phrase") for m in _appositive_active_re().finditer(text)]
    )
    if not found:
        return []
    # cued drafts by end (then list order: the first of equal ends wins, as in a scan)
    cued = sorted((d.end, i) for i, d in enumerate(drafts) if d.cue_start is not None)
    ends = [e for e, _ in cued]
    appositive = _appositive_re()
    inside: list[int] = []
    for pos, match_end in found:
        inside.extend(_in_appositive(text, drafts, pos, appositive))
        if _cut_appositive(text, drafts, pos, appositive):
            continue
        ahead = _subject_relative(text, drafts, pos, match_end, appositive)
        if ahead is not None:
            if ahead.status is ClaimStatus.ASSERTED:
                ahead.status = ClaimStatus.UNCONFIRMED
            continue
        best: Draft | None = None
        j = bisect.bisect_right(ends, pos) - 1
        # The claim just before: under 300 characters and at most one sentence break.
        while j >= 0 and pos - ends[j] < UNVERIFIED_REACH:
            if near_claim(text, ends[j], pos):
                best = drafts[cued[bisect.bisect_left(ends, ends[j])][1]]
                break
            j -= 1
        if best is not None and best.status is ClaimStatus.ASSERTED:
            best.status = ClaimStatus.UNCONFIRMED
    return inside


#: A relative clause's closing comma right before its subject's cue ("..., found that").
_RELATIVE_CLOSE = re.compile(r"\s*,\s*")


def _subject_relative(
    text: str, drafts: list[Draft], pos: int, end: int, appositive: re.Pattern[str]
) -> Draft | None:
    """The cued claim whose source holds a relative clause closed by an unverified match.

    "The study, [which has not been peer-reviewed], found that the drug works", "The
    estimate, which the government has not confirmed, put unemployment at 11%": the
    relative after the subject's comma says its cue's claim is not established. The
    match opens the relative (:func:`_appositive_re`), the relative's comma closes it right
    before the cue, and the source starts before the relative.
    """
    close = _RELATIVE_CLOSE.match(text, end)
    if close is None or close.end() == end:
        return None
    cue_at = close.end()
    lead = appositive.search(text, max(0, pos - _APPOSITIVE_SPAN), pos)
    if lead is None:
        return None
    for d in drafts:
        if (
            d.cue_start == cue_at
            and d.source_start is not None
            and d.source_start < lead.start()
            and d.start > cue_at
        ):
            return d
    return None


#: Most words between an appositive's determiner and its relative ("a figure that"), and
#: between the relative and the match ("which Reuters was [unable to verify]").
_APPOSITIVE_WORDS = 3
#: How far before a match an appositive's comma may stand.
_APPOSITIVE_SPAN = 120


def _appositive_lead(key: str = "en") -> str:
    """An appositive opening, from its comma to the relative clause's own subject: ", a
    claim that", ", an account which", ", which", a head with no relative (", a claim",
    ", a figure"; the ``unverified`` lexicon's ``appositive_heads``), or one with no
    determiner before its relative (", figures that", ", data which")."""
    u = cue_grammar(key).lexicon.unverified
    dets = ordered_alternation(u.get("appositive_determiners", ()), r"\s+")
    rels = ordered_alternation(u.get("appositive_relatives", ()), r"\s+")
    heads = ordered_alternation(u.get("appositive_heads", ()), r"\s+") or "(?!)"
    return (
        rf",\s+(?:(?:{dets})\s+(?:[\w’'-]+\s+){{1,{_APPOSITIVE_WORDS}}}(?:{rels})\s+"
        rf"|(?:{dets})\s+(?:[\w’'-]+\s+){{0,2}}(?:{heads})\s+"
        # a plural or mass head needs no determiner: ", figures that", ", data which"
        rf"|(?:{heads})\s+(?:{rels})\s+"
        rf"|(?:{rels})\s+)"
    )


@functools.cache
def _appositive_re() -> re.Pattern[str]:
    """An appositive opening right before an unverified match, anchored at the text's end:
    ", a claim that", ", an account which Reuters was", ", which", ", a claim Reuters
    could not" (:func:`_appositive_lead`, then up to a few words of the relative clause's
    own subject and auxiliary before the match)."""
    return re.compile(
        rf"{_appositive_lead()}"
        # the relative's own subject and auxiliary ("which Reuters was unable to verify")
        rf"(?:[\w’'-]+\s+){{0,{_APPOSITIVE_WORDS}}}$",
        re.IGNORECASE,
    )


@functools.cache
def _appositive_active_re() -> re.Pattern[str]:
    """A negated active verb of the ``unverified`` lexicon whose object is the appositive
    before it: ", a claim Reuters could not verify", ", which the ministry has not
    confirmed." The verb ends its clause (its object is the appositive's head); the match's
    ``phrase`` group is the negated verb."""
    u = cue_grammar().lexicon.unverified
    # "could not verify", "has not confirmed"
    verbs = ordered_alternation((*u.get("verbs", ()), *u.get("participles", ())), r"\s+")
    adverbs = ordered_alternation(u.get("adverbs", ()), r"\s+")
    aux = ordered_alternation(u.get("appositive_auxiliaries", ()), r"\s+") or "(?!)"
    return re.compile(
        rf"{_appositive_lead()}(?:[\w’'-]+\s+){{1,{_APPOSITIVE_WORDS}}}?"
        rf"(?P<phrase>(?:(?:{aux})(?:\s+not|n't)|cannot)\s+(?:(?:{adverbs})\s+)?(?:{verbs}))"
        rf"(?:\s+(?:{adverbs}))?(?=\s*(?:[.;:,)!?]|$))",
        re.IGNORECASE,
    )


def unverified_phrase(text: str, pos: int, endpos: int) -> tuple[int, int] | None:
    """The span of the first words in ``text[pos:endpos]`` saying the claim before them
    could not be checked, as :func:`find_claims` reads them ("could not be independently
    verified", ", a claim Reuters [could not verify]"), or ``None``.

    Example:
        >>> text = "He said 40 died, a figure that could not be independently verified."
        >>> s, e = unverified_phrase(text, 15, len(text))
        >>> text[s:e]
        'could not be independently verified'
    """
    if not _may_be_unverified(text[pos:endpos]):
        return None
    found = [
        (m.start(), m.end()) for m in (UNVERIFIED_RE.search(text, pos, endpos),) if m is not None
    ]
    active = _appositive_active_re().search(text, pos, endpos)
    if active is not None:
        found.append(active.span("phrase"))
    return min(found, default=None)


def _in_appositive(
    text: str, drafts: list[Draft], pos: int, appositive: re.Pattern[str]
) -> list[int]:
    """The drafts whose cue stands in an appositive closed by an unverified match at
    ``pos`` (", a claim [that] Reuters could not verify": the noun's "claim" is the
    appositive's head, and its relative clause is no content)."""
    lead = appositive.search(text, max(0, pos - _APPOSITIVE_SPAN), pos)
    if lead is None:
        return []
    return [
        i
        for i, d in enumerate(drafts)
        if d.cue_start is not None and lead.start() < d.cue_start <= pos and d.start > lead.start()
    ]


def _cut_appositive(text: str, drafts: list[Draft], pos: int, appositive: re.Pattern[str]) -> bool:
    """Whether an unverified match at ``pos`` closes an appositive inside a cued claim.

    "The army said [it killed 30 militants], a claim that could not be independently
    verified": the appositive stands for the clause before its comma, so that claim ends
    at the comma and is unconfirmed (when it was asserted). The innermost such claim.
    """
    holders = [
        d
        for d in drafts
        if d.cue_start is not None and d.start < pos <= d.end and d.cue_start < d.start
    ]
    for d in sorted(holders, key=lambda x: x.start, reverse=True):
        lead = appositive.search(text, d.start, pos)
        if lead is None or lead.start() - d.start < 3:
            continue
        d.end = lead.start()
        if d.status is ClaimStatus.ASSERTED:
            d.status = ClaimStatus.UNCONFIRMED
        return True
    return False


@functools.cache
def _vocabulary() -> frozenset[str]:
    """Words that open a verb cue or a cue family (language data, never text): the cue
    index's own words (:data:`~provenance.extractors.claims.cues.CUE_SCAN_WORDS`), and the
    heads of the possessive report phrase ("In his [words]": see
    :func:`~provenance.extractors.claims.attribute.scanned_head_positions`)."""
    return (
        CUE_SCAN_WORDS
        | frozenset(family_grammar().anchors)
        | topic_grammar().anchors
        | count_verbs()
        | head_words()
    )


@functools.cache
def _default_registry() -> SourceRegistry:
    """The built-in registry used when none is given (never handed out, so never mutated)."""
    return default_sources()


def find_claims(
    text: str,
    *,
    sources: SourceRegistry | None = None,
    extractor: ClaimExtractor | None = None,
) -> tuple[ClaimSpan, ...]:
    """Every claim of ``text``: attributed ones and the narrator's, ordered by start.

    ``start``/``end`` delimit the content (``text[start:end]``); ``parent`` is
    the index of the claim a nested one sits in. Every part of a sentence that
    no source is credited with becomes a narrator claim (``source is None``),
    so each figure lies in some claim; a figure belongs to the shortest claim
    containing it.

    Example:
        >>> claims = find_claims("Moscow claimed 300 troops died. Talks resume Friday.")
        >>> for c in claims:
        ...     print(c.attribution.value, c.status.value, repr(c.text))
        narrator asserted 'Moscow claimed'
        indirect hedged '300 troops died'
        narrator asserted 'Talks resume Friday.'
    """
    registry = _default_registry() if sources is None else sources
    step: ClaimExtractor = RuleBasedExtractor() if extractor is None else extractor
    original, text = text, us_quotes(text)  # «», „“, '...': the rules read “...”
    text = colon_cue_sentences(text)  # "Mr Smith added. “...”": the stop read as a colon
    sentences = split_sentences(text)  # once: the rules and the narrator pass share it
    # once: the rules and the narrator pass share it; the pre-check passes texts the
    # pattern finds nothing in (every BBC text it passes), one search settles them
    pre = _may_be_unverified(text)
    maybe = pre and UNVERIFIED_RE.search(text, *_unverified_window(text)) is not None
    if isinstance(step, RuleBasedExtractor):
        # ", a claim Reuters could not verify" too: an active verb closing an appositive
        marks = maybe or (pre and _appositive_active_re().search(text) is not None)
        attributed = step.extract(text, sentences, sources=registry, may_be_unverified=marks)
    else:
        attributed = step(text, sources=registry)
    claims = _with_narrator(text, attributed, sentences, maybe)
    if text is original:
        return claims
    from dataclasses import replace  # the rewrite kept every offset: give back the original

    return tuple(replace(c, text=original[c.start : c.end]) for c in claims)


def _with_narrator(
    text: str,
    attributed: tuple[ClaimSpan, ...],
    sentences: tuple[tuple[int, int], ...],
    may_be_unverified: bool,
) -> tuple[ClaimSpan, ...]:
    """Add narrator claims for the uncovered parts of sentences and order everything.

    ``may_be_unverified`` is :func:`_may_be_unverified` of ``text``, or whether
    :data:`UNVERIFIED_RE` finds something in it.
    """
    covered: list[tuple[int, int]] = []
    for c in attributed:
        covered += content_parts(text, c)
    covered.sort()
    mstarts: list[int] = []  # the covered spans, merged where they touch or overlap
    mends: list[int] = []
    for s, e in covered:
        if mends and s <= mends[-1]:
            if e > mends[-1]:
                mends[-1] = e
        else:
            mstarts.append(s)
            mends.append(e)
    n = len(mstarts)
    narrator: list[ClaimSpan] = []
    unverified = may_be_unverified and UNVERIFIED_RE.search(text) is not None
    for sa, sb in sentences:
        pos = sa
        i = bisect.bisect_right(mstarts, sa) - 1
        if i < 0:
            i = 0
        while pos < sb:
            while i < n and mends[i] <= pos:
                i += 1
            if i >= n:
                _add_gap(text, pos, sb, narrator, unverified)
                break
            ms = mstarts[i]
            gap_end = sb if sb < ms else (ms if ms > pos else pos)
            if gap_end > pos:
                _add_gap(text, pos, gap_end, narrator, unverified)
            if ms >= sb:
                break
            if mends[i] > pos:
                pos = mends[i]
    if not narrator:
        return attributed
    if all(c.parent is None for c in attributed):
        # no index to renumber: a stable sort keeps an attributed claim before a
        # narrator claim with the same span, as the pairing below does. Text order (by
        # start, the longer of two claims starting together first) in two stable sorts
        # with C keys, no Python call per claim: by end, longest first (``reverse``
        # keeps equal ends in their order), then by start
        claims = [*attributed, *narrator]
        claims.sort(key=_END, reverse=True)
        claims.sort(key=_START)
        return tuple(claims)
    everything = [(c, k) for k, c in enumerate(attributed)] + [(c, None) for c in narrator]
    everything.sort(key=lambda pair: (pair[0].start, -pair[0].end))
    new_index = {k: n for n, (_, k) in enumerate(everything) if k is not None}
    out: list[ClaimSpan] = []
    for claim, _ in everything:
        if claim.parent is not None:
            claim = _replace_parent(claim, new_index[claim.parent])
        out.append(claim)
    return tuple(out)


#: the sort keys of text order (see :func:`_with_narrator`)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def _add_gap(text: str, start: int, end: int, out: list[ClaimSpan], unverified: bool) -> None:
    """A narrator claim for ``text[start:end]`` trimmed, if it has a word character."""
    first = text[start : start + 1] if start < end else ""  # most gaps open on a letter
    if first.isspace() or (first and first in ",;:"):
        lead = _GAP_LEAD.match(text, start, end)  # always matches (possibly empty)
        if lead is not None:
            start = lead.end()
    body = text[start:end].rstrip()
    opening = body[:1]  # \w is str.isalnum or "_": most bodies open on one
    if not (opening.isalnum() or opening == "_") and _ALNUM.search(body) is None:
        return
    status = _ASSERTED
    # "Trump's claim that he won [could not be verified.]": a predicate with no subject of
    # its own (it opens the gap, in lower case) says it of the claim before it, which
    # _mark_unverified reads; the gap itself states nothing to check. Nor does a gap
    # ending in a complementizer: it says it of the claim after ("There was no independent
    # confirmation of the group's claim that [it carried out the attack]")
    if (
        unverified
        and (m := UNVERIFIED_RE.search(body)) is not None
        and (m.start() or not body[:1].islower())
        and body.rsplit(None, 1)[-1] not in cue_grammar().lexicon.complementizers
    ):
        status = _UNCONFIRMED
    out.append(_narrator_claim(body, start, start + len(body), status))


#: ClaimSpan's fields filled by plain stores, then given ClaimSpan's class (see
#: :func:`~provenance.extractors.records.slots_twin`).
_ClaimSlots: type = slots_twin(ClaimSpan)


def _claim_span(
    text: str,
    start: int,
    end: int,
    attribution: Attribution,
    status: ClaimStatus,
    source_text: str | None,
    source: SourceInfo | None,
    cue: str | None,
    cue_start: int | None,
    cue_end: int | None,
    channel: str | None,
    parent: int | None,
) -> ClaimSpan:
    """``ClaimSpan(...)`` with every field given, built faster (see :class:`_ClaimSlots`)."""
    claim: Any = _ClaimSlots()
    claim.text = text
    claim.start = start
    claim.end = end
    claim.attribution = attribution
    claim.status = status
    claim.source_text = source_text
    claim.source = source
    claim.cue = cue
    claim.cue_start = cue_start
    claim.cue_end = cue_end
    claim.channel = channel
    claim.parent = parent
    claim.__class__ = ClaimSpan
    built: ClaimSpan = claim
    return built


def _narrator_claim(text: str, start: int, end: int, status: ClaimStatus) -> ClaimSpan:
    """``ClaimSpan(text, start, end, Attribution.NARRATOR, status)``, built faster.

    The other fields keep their defaults (``None``); narrator claims are most claims of
    a text. The fields are stored here, not through :func:`_claim_span` (one call less).
    """
    claim: Any = _ClaimSlots()
    claim.text = text
    claim.start = start
    claim.end = end
    claim.attribution = _NARRATOR
    claim.status = status
    claim.source_text = None
    claim.source = None
    claim.cue = None
    claim.cue_start = None
    claim.cue_end = None
    claim.channel = None
    claim.parent = None
    claim.__class__ = ClaimSpan
    built: ClaimSpan = claim
    return built


def _replace_parent(claim: ClaimSpan, parent: int) -> ClaimSpan:
    """``dataclasses.replace(claim, parent=parent)``, built as :func:`_claim_span` builds."""
    c = claim
    return _claim_span(
        c.text,
        c.start,
        c.end,
        c.attribution,
        c.status,
        c.source_text,
        c.source,
        c.cue,
        c.cue_start,
        c.cue_end,
        c.channel,
        parent,
    )


FRAME_COLUMNS: tuple[str, ...] = (
    "text",
    "start",
    "end",
    "source",
    "source_text",
    "source_kind",
    "affiliation",
    "cue",
    "cue_start",
    "cue_end",
    "attribution",
    "status",
    "channel",
    "parent",
)


def claims_frame(text: str, *, sources: SourceRegistry | None = None) -> pd.DataFrame:
    """The claims of ``text`` as a dataframe, one row per claim (see :func:`find_claims`).

    Example:
        >>> df = claims_frame("The Kremlin said talks would resume.")
        >>> df.loc[1, ["source", "source_kind", "attribution"]].tolist()
        ['Russian government', 'government', 'indirect']
    """
    import pandas as pd

    rows = [
        {
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "source": c.source.name if c.source else None,
            "source_text": c.source_text,
            "source_kind": c.source.kind.value if c.source else None,
            "affiliation": c.source.affiliation if c.source else None,
            "cue": c.cue,
            "cue_start": c.cue_start,
            "cue_end": c.cue_end,
            "attribution": c.attribution.value,
            "status": c.status.value,
            "channel": c.channel,
            "parent": c.parent,
        }
        for c in find_claims(text, sources=sources)
    ]
    frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
    for col in ("source", "source_text", "source_kind", "affiliation", "cue", "channel"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    for col in ("start", "end"):
        frame[col] = frame[col].astype("int64")
    for col in ("cue_start", "cue_end", "parent"):
        frame[col] = frame[col].astype("Int64")
    return frame
