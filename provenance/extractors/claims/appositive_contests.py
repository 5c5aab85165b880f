"""An appositive whose relative clause contests the clause it renames.

"The police said 40 people were arrested, an account the organisers contested": the
appositive ("an account", "a figure", "a claim") stands for the clause before its comma,
and the verb closing its relative clause takes the appositive as its object. With a
verb that argues against a claim (``appositive_denial_forms``: "contested",
"challenged", "questioned"), or a denial verb in the passive ("a claim that was denied
by the organisers", or reduced: "a figure disputed by the organisers"), the clause is
denied by the relative clause's subject (or the passive's agent): the claim before the
comma ends there, and the denial has the same content. Denial verbs in the active ("a
claim the army denied") are read by the verb families (:func:`~.constructions.clause_relative`).
A labeling verb and an evaluation of truth close the relative clause as a contesting verb
does: "Prosecutors say X, a charge his lawyer has called absurd" (``labeling_verbs``,
``evaluations``).

The words are the cue lexicon's (``provenance/lexicon/data/<lang>/cues.yaml``).
"""

from __future__ import annotations

import functools
import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.constructions import _appositive_gap_re
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.subjects import find_subject
from provenance.extractors.text.wordlists import ordered_alternation
from provenance.extractors.text.wordscan import factored_alternation
from provenance.lexicon.cues import CueLexicon, cue_lexicon

__all__ = ["appositive_contests"]

_SPACE = r"\s+"
#: pronoun claim heads that open no appositive ("it", "this")
_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})
#: a clause break between an appositive's head and a verb: the verb is not its close (a
#: period only before a capital: "an account the U.N. contested" runs on)
_STOP = re.compile(r"[;:!?]|\.(?=\s+[\"“‘A-Z])")
#: How far before its verb an appositive's comma may stand.
_SPAN = 80
#: Where the verb's clause ends: a stop or a clause mark, maybe after a short time adjunct.
_CLOSE = r"(?=\s*(?:[.;:,)!?]|$)|\s+(?:on|in|last|this|earlier|later)\s[^.;:,]{0,30}[.;:,)!?])"


@functools.cache
def _active_re(language: str) -> re.Pattern[str] | None:
    """A verb of ``appositive_denial_forms`` closing its clause, maybe after an adverb."""
    forms = cue_lexicon(language).appositive_denial_forms
    if not forms:
        return None
    verbs = ordered_alternation(forms, _SPACE)
    return re.compile(rf"\b(?P<verb>{verbs}){_CLOSE}")


@functools.cache
def _labeled_re(language: str) -> re.Pattern[str] | None:
    """A labeling verb and an evaluation of truth closing the clause: ", a charge his lawyer
    has [called absurd]", ", a figure the company [called wildly inaccurate]" (flagsC47).
    The words are ``labeling_verbs``, ``evaluation_degrees`` and ``evaluations``; an
    appositive no claim heads (", a move critics called unfair") opens none; ", an account
    the ministry dismissed as false" is one too (flags47)."""
    lex = cue_lexicon(language)
    if not lex.labeling_verbs or not lex.evaluations:
        return None
    quote = '[“"]?'
    degrees = ordered_alternation(lex.evaluation_degrees, _SPACE)
    degree = rf"(?:(?:{degrees})\s+)?" if degrees else ""
    return re.compile(
        rf"\b(?P<verb>(?:{ordered_alternation(lex.labeling_verbs)})\s+(?:as\s+)?{quote}"
        rf"{degree}{quote}(?:{ordered_alternation(lex.evaluations, _SPACE)})){quote}{_CLOSE}"
    )


@functools.cache
def _participles(language: str) -> tuple[str, ...]:
    """The participles a passive appositive may deny with: the past forms of
    ``clause_relative_lemmas`` ("denied", "rejected") and ``appositive_denial_forms``."""
    lex = cue_lexicon(language)
    found = {
        f
        for v in lex.verbs
        if v.lemma in lex.clause_relative_lemmas
        for f in v.forms
        if f.endswith("ed")
    }
    return tuple(sorted(found | set(lex.appositive_denial_forms)))


@functools.cache
def _passive_re(language: str) -> re.Pattern[str] | None:
    """ ", a claim that was denied by AGENT": a relative and a passive auxiliary (or
    neither: ", a claim denied by AGENT"), a denial participle (of
    ``clause_relative_lemmas``) or one of ``appositive_denial_forms``, "by", then the
    agent up to the clause's end."""
    lex = cue_lexicon(language)
    participles = _participles(language)
    if not participles or not lex.relative_pronouns or not lex.agent_prepositions:
        return None
    aux = ordered_alternation(lex.appositive_passive_auxiliaries, _SPACE) or "(?!)"
    verbs = ordered_alternation(participles, _SPACE)
    return re.compile(
        # the relative and its auxiliary may be left out: ", a claim [denied] by the army"
        rf"(?P<rel>(?:(?:{ordered_alternation(lex.relative_pronouns)})\s+(?:{aux})\s+"
        rf"(?:[a-z]+\s+)?)?)(?P<verb>{verbs})\s+"
        rf"(?:{ordered_alternation(lex.agent_prepositions)})\s+"
        rf"(?P<agent>[^.;:,()“”\"]{{2,60}}?){_CLOSE}"
    )


def appositive_contests(text: str, drafts: list[Draft], language: str = "en") -> list[int]:
    """Add the denials of appositives that contest the clause before them; cut that clause.

    Returns the indices of drafts inside such an appositive that report no claim of their
    own (the passive's "a claim" read as the denied object).

    Example:
        >>> text = "Police said 40 were held, an account the organisers contested."
        >>> d = Draft(12, 61, Attribution.INDIRECT, ClaimStatus.ASSERTED, 0, 6, 7, 11, "said")
        >>> drafts = [d]
        >>> appositive_contests(text, drafts)
        []
        >>> [(text[x.start : x.end], x.status.value, x.cue) for x in drafts]
        [('40 were held', 'asserted', 'said'), ('40 were held', 'denied', 'contested')]
    """
    lex = cue_lexicon(language)
    if not lex.appositive_denial_forms and not lex.clause_relative_lemmas:
        return []
    gap_re = _appositive_gap_re(language)
    gone: list[int] = []
    # one pass for the appositive's head (", an account"), then its verb close after it
    for lead in _lead_re(language).finditer(text):
        for m, passive in _closes(text, lead.end(), language):
            vs, ve = m.span("verb")
            if passive and not m.group("rel") and not _adverb_at_most(text[lead.end() : vs], lex):
                continue  # a reduced relative's participle follows its head, maybe an adverb
            if passive:
                # the relative opens right after the head: ", a claim [that was denied by]"
                gap = _head_before(text, m.start("rel"), gap_re)
            else:
                gap = gap_re.search(text, max(0, vs - _SPAN), vs)
            if gap is None or gap.start() != lead.start():
                continue
            comma = gap.start()
            # a reduced relative reads as a clause of its own ("a claim [denied] by"), so
            # the clause before the comma may already end there
            # ... as a labeling verb's own clause does ("a charge his lawyer has [called]
            # absurd" is a cue of its own, and the clause before it ends at the comma)
            labeled = m.re is _labeled_re(language)
            ends = labeled or (passive and not m.group("rel"))
            holder = _holder(text, drafts, comma, ve, ends=ends)
            if holder is None:
                continue
            if passive:
                source = _trimmed(text, m.start("agent"), m.end("agent"))
                # "a claim" read as the passive's denied subject: no claim of its own
                gone.extend(
                    i
                    for i, d in enumerate(drafts)
                    if d.cue_start is not None and comma <= d.cue_start < ve and comma < d.start
                )
            else:
                subj = find_subject(text, gap.start("subj"), _aux_start(text, gap, vs, language))
                source = subj
                # "a figure the rebels dismissed as propaganda": the labeling verb's own
                # reading takes the evaluation for its content, which is no claim
                gone.extend(
                    i
                    for i, d in enumerate(drafts)
                    if d.cue_start is not None and vs <= d.cue_start < ve and d.start >= vs
                )
            if source is None:
                continue
            holder.end = comma
            d = Draft(holder.start, comma, Attribution.INDIRECT, ClaimStatus.DENIED)
            d.source_start, d.source_end = source
            d.cue, d.cue_start, d.cue_end = text[vs:ve], vs, ve
            drafts.append(d)
    return gone


def _closes(text: str, pos: int, language: str) -> list[tuple[re.Match[str], bool]]:
    """The verb closes of an appositive whose head ends at ``pos``: an active verb of
    ``appositive_denial_forms`` and a passive denial, each with whether it is passive."""
    end = min(len(text), pos + _SPAN)
    found = []
    for rx, passive in (
        (_active_re(language), False),
        (_labeled_re(language), False),
        (_passive_re(language), True),
    ):
        m = rx.search(text, pos, end) if rx is not None else None
        if m is not None and not _STOP.search(text, pos, m.start()):
            found.append((m, passive))
    return found


@functools.cache
def _lead_re(language: str) -> re.Pattern[str]:
    """An appositive's opening up to its head: ", an account", ", a figure" (the heads
    of :func:`~.constructions._appositive_gap_re`)."""
    lex = cue_lexicon(language)
    heads = (set(lex.claim_heads) - _PRONOUNS) | lex.denied_appositive_heads
    dets = ordered_alternation(lex.denied_appositive_determiners)
    det = rf"(?:(?:{dets})\s+)?" if dets else ""
    # one-word heads before a space: no two match at one place, so the alternation is
    # factored on first letters (the engine tries a comma's few heads, not all of them)
    one_word = all(h and not any(c.isspace() for c in h) for h in heads)
    alts = factored_alternation(heads) if one_word else f"(?:{ordered_alternation(heads)})"
    return re.compile(rf",\s+{det}(?:[a-z][\w-]*\s+){{0,2}}?{alts}(?=\s)")


def _adverb_at_most(gap: str, lex: CueLexicon) -> bool:
    """Whether ``gap`` is blank or one of the cue lexicon's ``adverbs`` ("strongly")."""
    word = " ".join(gap.split()).lower()
    return not word or word in {a.lower() for a in lex.adverbs}


def _head_before(text: str, at: int, gap_re: re.Pattern[str]) -> re.Match[str] | None:
    """The appositive's lead before a relative at ``at``: the gap pattern wants a subject
    word, so the relative's first word stands in for it."""
    word = re.match(r"\S+\s+", text[at:])
    if word is None:
        return None
    return gap_re.search(text, max(0, at - _SPAN), at + word.end())


def _holder(
    text: str, drafts: list[Draft], comma: int, ve: int, *, ends: bool = False
) -> Draft | None:
    """The innermost cued content holding the comma and running to the verb's clause end
    (or, with ``ends``, ending at the comma)."""
    holders = [
        x
        for x in drafts
        if x.cue_start is not None
        and x.cue_start < x.start
        and (x.start + 3 <= comma < x.end or (ends and x.start + 3 <= comma == x.end))
        and x.status is not ClaimStatus.DENIED
        and "," not in text[ve : x.end]
    ]
    return max(holders, key=lambda x: x.start, default=None)


def _aux_start(text: str, gap: re.Match[str], vs: int, language: str) -> int:
    """Where the relative's auxiliary starts ("the organisers [have] challenged"), else
    the verb: the subject ends there."""
    words = list(re.finditer(r"\S+", text[gap.start("subj") : vs]))
    auxiliaries = {a.lower() for a in cue_lexicon(language).auxiliaries}
    cut = vs
    for w in reversed(words):
        if w.group().lower() not in auxiliaries and w.group().lower() != "not":
            break
        cut = gap.start("subj") + w.start()
    return cut


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding spaces, or ``None`` when empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
