"""Documents that frame a clause: "In a CBS News poll, she led by 24 points".

A sentence opening with a preposition and a document ("In a statement", "In the
latest survey released Monday") credits the rest of the sentence to that document.
The preposition and the heads are lexicon data (``document_prepositions``,
``document_heads``). A sentence in which a cue already gave a claim ("In a
statement, the ministry said X") gets nothing more. A trailing phrase ("Trump
leads in the polls") was tried and left out: on PolNeAR it matched a gold claim
about one time in three and moved neither dev nor train F1.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.clause_subjects import main_subject
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.spans import trim
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import cue_lexicon

__all__ = ["document_claims"]

#: a subject's verb right after it ("Clinton laid out"), not an inserted segment
_VERB_NEXT = re.compile(r"\s+[a-z]")
#: a document phrase runs to its head, then at most this many characters to the comma
_TAIL = 60


@dataclass(frozen=True, slots=True)
class _Grammar:
    fronted: re.Pattern[str] | None
    spoken: re.Pattern[str] | None = None
    #: a free relative's word ("what"): "In contrast to what the report said" names
    #: no document framing the clause
    relatives: frozenset[str] = frozenset()
    #: the agent of a document's reduced passive closing its phrase ("a statement issued
    #: by [the ministry] on Monday"): who issued it is the source
    agent: re.Pattern[str] | None = None


@functools.cache
def _grammar(key: str) -> _Grammar:
    lex = cue_lexicon(key)
    if not lex.document_prepositions or not lex.document_heads:
        return _Grammar(None)
    fronted = re.compile(
        rf"[“\"‘']?(?:{alternation(lex.document_prepositions)})\s+(?P<src>[^,;:.!?“”\"]{{0,80}}?\b"
        rf"(?:{alternation(lex.document_heads)})\b[^,;:!?“”\"]{{0,{_TAIL}}}?),\s+"
    )
    spoken = (
        re.compile(rf"\b(?i:{alternation(lex.spoken_documents)})\b")
        if lex.spoken_documents
        else None
    )
    ends = alternation(lex.agent_adjunct_openers) if lex.agent_adjunct_openers else "(?!)"
    agent = (
        None
        if not lex.document_issuers
        else re.compile(
            rf"\s(?:{alternation(lex.document_issuers)})\s+by\s+"
            rf"(?P<agent>[\w.'’-]+(?:\s+(?!(?:{ends})\b)[\w.'’-]+){{0,5}})"
            rf"(?:\s+(?:{ends})\b.*)?$"
        )
    )
    return _Grammar(fronted, spoken, frozenset(lex.free_relative_pronouns), agent)


def document_claims(
    text: str,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    *,
    language: str | None = "en",
) -> list[Draft]:
    """Claims credited to a document framing their sentence (see the module docstring).

    Example:
        >>> text = "In a CBS News poll, she led Mr. Sanders 56 percent to 32 percent."
        >>> [(text[d.start : d.end], text[d.source_start : d.source_end])
        ...  for d in document_claims(text, [(0, len(text))], [])]
        [('she led Mr. Sanders 56 percent to 32 percent', 'a CBS News poll')]
    """
    g = _grammar(language_key(language))
    out: list[Draft] = []
    if g.fronted is None:
        return out
    fronted = g.fronted.match
    for a, b in units:
        # anchored at the unit start: cheap, and rare (matched here, no call a unit)
        if (m := fronted(text, a, b)) is None:
            continue
        found = _fronted(text, m, b, g)
        if found is not None and not any(d.start < b and a < d.end for d in drafts):
            out.append(found)  # unless a cue of this sentence already gave a claim
    return out


def _fronted(text: str, m: re.Match[str], b: int, g: _Grammar) -> Draft | None:
    """ "In a poll, X": the rest of the sentence (the unit ending at ``b``), credited to
    the poll; ``m`` is the match of ``g.fronted`` at the unit's start."""
    cs, ce = trim(text, m.end(), b)
    if ce - cs < 10:
        return None
    ss, se = m.span("src")
    if not g.relatives.isdisjoint(text[ss:se].lower().split()):
        return None  # "In contrast to what the report suggested, X": no document's claim
    by = g.agent is not None and " by " in text[ss:se]
    agent = g.agent.search(text, ss, se) if by and g.agent is not None else None
    if agent is not None:
        ss, se = agent.span("agent")  # "In a statement issued by the ministry, X"
    elif g.spoken is not None and g.spoken.search(text, ss, se) is not None:
        # "In a speech in Fort Pierce, Clinton laid out her plans": the speaker is the source
        subject = main_subject(text, cs, ce)
        if subject is not None and _VERB_NEXT.match(text, subject[1]) is not None:
            ss, se = subject
    d = Draft(cs, ce, Attribution.INDIRECT, ClaimStatus.ASSERTED, ss, se)
    d.cue, d.cue_start, d.cue_end = (
        text[m.start() : m.start("src")].strip(),
        m.start(),
        m.start("src"),
    )
    return d
