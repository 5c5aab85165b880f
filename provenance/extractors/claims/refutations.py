"""The narrator's own refutation of a reported claim: "X falsely claimed that [Y]".

A manner adverb of falsity inside a cue ("falsely claimed", "wrongly said", "erroneously
stated") is the writer's word, not the source's: the agency says the content is false.
The reported claim keeps its source and its status (a hedge stays one in the claims
table; the rules raise no hedge where the text refutes). A narrator claim over the same
content, whose cue is the adverb, denies it through its words as an evaluation does (its
status stays "asserted", the rules read the cue), so the rules flag a contradiction whose
source is the agency, as the wire guideline names the one who refutes. A passive ("was
falsely accused of") is the subject's own complaint, no refutation of the writer's: the
adverb never counts after a passive auxiliary.
"""

from __future__ import annotations

import functools
import re

from provenance.enums import ASSERTED as _ASSERTED
from provenance.enums import HEDGED as _HEDGED
from provenance.enums import Attribution
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon.cues import cue_lexicon

__all__ = ["narrator_refutations"]


@functools.cache
def _refuting_re(language: str) -> tuple[re.Pattern[str], int] | None:
    """An adverb of falsity as a whole word, and the fewest characters a match holds (its
    shortest adverb: a space of one matches one character or more, a letter one)."""
    lex = cue_lexicon(language)
    if not lex.refuting_adverbs:
        return None
    pattern = re.compile(
        rf"(?<![\w'’-])(?:{alternation(lex.refuting_adverbs)})(?![\w'’-])", re.IGNORECASE
    )
    return pattern, min(map(len, lex.refuting_adverbs))


@functools.cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Passive auxiliaries, refuting adjectives and noun cue forms, lower case."""
    lex = cue_lexicon(language)
    nouns = frozenset(f.lower() for n in lex.nouns for f in n.forms)
    return (
        frozenset(w.lower() for w in lex.passive_auxiliaries),
        frozenset(w.lower() for w in lex.refuting_adjectives),
        nouns,
    )


#: the word right before a position (after at most some spaces)
_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")


def _word_before(text: str, pos: int) -> re.Match[str] | None:
    return _WORD_BEFORE.search(text, max(0, pos - 30), pos)


def _nested(drafts: list[Draft], d: Draft) -> bool:
    """Whether another draft's content holds ``d``'s cue: the refutation is its source's."""
    assert d.cue_start is not None
    return any(o is not d and o.start <= d.cue_start < o.end for o in drafts)


def narrator_refutations(text: str, drafts: list[Draft], language: str | None = "en") -> None:
    """Append a narrator refutation for each draft whose cue the writer marks false.

    The cue holds an adverb of falsity ("falsely claimed"), or a noun cue of the
    narrator's own sentence has an adjective of falsity before it ("repeated the false
    claim that"), which then joins the cue.

    Example:
        >>> from provenance.enums import ClaimStatus
        >>> text = "The minister falsely claimed that turbines caused it."
        >>> d = Draft(34, 52, Attribution.INDIRECT, ClaimStatus.HEDGED, 0, 12, 13, 28,
        ...           "falsely claimed")
        >>> drafts = [d]
        >>> narrator_refutations(text, drafts)
        >>> [(x.attribution.value, x.status.value, x.cue) for x in drafts]
        [('indirect', 'hedged', 'falsely claimed'), ('narrator', 'asserted', 'falsely')]
    """
    lang = language or "en"
    refuting = _refuting_re(lang)
    pattern, shortest = refuting if refuting is not None else (None, 0)
    passives, adjectives, nouns = _words(lang)
    for d in list(drafts):
        if d.cue_start is None or d.cue_end is None or d.cue is None:
            continue
        if d.status not in (_ASSERTED, _HEDGED):
            continue
        found: tuple[int, int] | None = None
        # a cue shorter than every adverb ("said", "told") holds none: no search
        m = (
            pattern.search(text, d.cue_start, d.cue_end)
            if pattern is not None and d.cue_end - d.cue_start >= shortest
            else None
        )
        if m is not None and d.source_start is not None:
            before = _word_before(text, m.start())
            if before is None or before.group(1).lower() not in passives:
                found = m.span()  # not "was falsely accused of": the subject's complaint
        elif d.cue.lower() in nouns and not _nested(drafts, d):
            before = _word_before(text, d.cue_start)
            if before is not None and before.group(1).lower() in adjectives:
                found = before.span(1)
                d.cue_start = found[0]  # "the [false claim] that": the writer's word too
                d.cue = text[d.cue_start : d.cue_end]
        if found is None:
            continue
        drafts.append(
            Draft(
                d.start,
                d.end,
                Attribution.NARRATOR,
                _ASSERTED,
                cue_start=found[0],
                cue_end=found[1],
                cue=text[found[0] : found[1]],
            )
        )
