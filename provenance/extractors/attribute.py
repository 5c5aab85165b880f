"""The rule-based attribution step: cues, their sources and their content spans.

Works on *units*: sentences, merged when a quotation runs across them. For
each cue outside quotation marks it tries, in order, "according to X", a
participle continuing the previous claim (", adding that ..."), a source after
the cue (", said X."), and a source before it ("X said ...", "..., X said.").
Sources are resolved later (:mod:`provenance.extractors.speakers`); here they are
only located.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.cues import NOUN_CUE_RE, CueInfo, Frame, cue_info, cue_status
from provenance.extractors.layouts import layout_claims
from provenance.extractors.quotes import straighten_quotes
from provenance.extractors.spans import (
    END_PUNCT,
    OPEN,
    TELL_OBJ,
    Context,
    channel,
    content_after,
    explicit,
    post_source,
    trim,
)
from provenance.extractors.subjects import HEADS, PRONOUNS, find_subject

__all__ = ["Draft", "attribute"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word-list literal."""
    return frozenset(text.split())


_QUOTE_CHARS = '“”"'
_TAIL_ADJUNCT = re.compile(
    r"\s*,?\s*(?:on|in|at|during|after|before|to|from|via|with|by|when|while|last|this|"
    r"earlier|later|yesterday|today|tonight|of|about|for|afterwards?|again|also|too|then|"
    r"recently|repeatedly|once|\w+day|reporters|journalists|me|us|him|them|"
    r"as|so|adding|referring|speaking|according|in)\b",
    re.IGNORECASE,
)
_INVERTING = _words(
    """say tell write add explain continue ask reply respond note warn argue insist claim
    state declare announce recall tweet concede contend acknowledge admit"""
)
_NESTING_WORDS = (" that", " after", " because", " since", " when", " while", " although")
_PARENTHETICAL = _words(
    """believe think suggest predict estimate note recall explain emphasize stress
    report find show conclude maintain"""
)
_EVIDENCE = _words(
    """study studies poll polls survey surveys report reports data analysis video footage
    records documents research review audit investigation it slide figures numbers
    findings probe memo filing complaint lawsuit"""
)
_TAIL_OK = re.compile(r"[^“”\"]{0,200}")
_MAIN_NP = re.compile(
    r"(?:(?:In|On|At|After|Before|During|Earlier|Later|Meanwhile|Still|But|And|However)\b"
    r"[^,]{0,60},\s+)?(?P<np>(?:The\s+|A\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*|"
    r"[Hh]e|[Ss]he|[Tt]hey)\s+(?=[a-z])"
)
_NOUNISH = _words(
    """questions attacks plans calls claims reports shows finds fears hopes charges
    estimates notes cites supports echoes wants"""
)


def _named_or_pronoun(phrase: str) -> bool:
    """Whether a source phrase ends in a name, a pronoun or a source noun."""
    last = phrase.split()[-1]
    return last[0].isupper() or last.lower() in PRONOUNS or last.lower() in HEADS


_JOINERS = frozenset({"", ",", "and", ", and", "but", ", but", "and then", ", and then"})
_PASSIVE = re.compile(r"(?:is|are|was|were)\b")


@dataclass(slots=True)
class Draft:
    """A claim under construction (mutable; frozen into a ClaimSpan at the end)."""

    start: int
    end: int
    attribution: Attribution
    status: ClaimStatus
    source_start: int | None = None
    source_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue: str | None = None
    channel: str | None = None
    parent: int | None = None
    inherit: int | None = None  # index of the claim whose source this one continues


def attribute(text: str, units: list[tuple[int, int]]) -> list[Draft]:
    """Attributed claims (drafts, sources located but unresolved) in ``text``.

    Example:
        >>> text = "Kyiv said 40 drones were downed."
        >>> [text[d.start : d.end] for d in attribute(text, [(0, len(text))])]
        ['40 drones were downed']
    """
    if "''" in text:
        text = straighten_quotes(text)
    quotes = Context(text)
    drafts: list[Draft] = []
    for c in layout_claims(text):
        d = Draft(c.start, c.end, c.attribution, c.status, cue=c.cue)
        src = c.source_text or ""
        d.source_start = text.find(src, max(0, c.start - 60), c.end + 80)
        d.source_end = d.source_start + len(src)
        drafts.append(d)
    taken = [(d.start, d.end) for d in drafts]
    last_unit_claim: int | None = None
    prev_unit_end = -1
    for a, b in units:
        if taken and any(s <= a < e or s < b <= e for s, e in taken):
            continue
        first_here = len(drafts)
        _unit(text, a, b, quotes, drafts)
        if len(drafts) == first_here and last_unit_claim is not None:
            _continue_quote(text, a, b, drafts[last_unit_claim], prev_unit_end, drafts)
        elif len(drafts) > first_here:
            last_unit_claim = len(drafts) - 1
            if drafts[last_unit_claim].parent is not None:
                last_unit_claim = drafts[last_unit_claim].parent
        if len(drafts) == first_here and text[a] not in OPEN:
            last_unit_claim = None
        prev_unit_end = b
    return drafts


def _continue_quote(
    text: str, a: int, b: int, prev: Draft, prev_end: int, drafts: list[Draft]
) -> None:
    """Extend a direct quote over a following unit that is only a quotation."""
    content_first = prev.cue_start is not None and prev.end <= prev.cue_start
    if text[a] not in OPEN:
        return
    between = text[prev_end:a]
    if between.count("\n\n") > 1:
        return
    if not (prev.attribution is Attribution.DIRECT or content_first):
        cs, ce = trim(text, a, b)
        d = Draft(cs, ce, Attribution.DIRECT, ClaimStatus.ASSERTED)
        d.inherit = drafts.index(prev)
        drafts.append(d)
        return
    prev.end = trim(text, a, b)[1]


def _unit(text: str, a: int, b: int, quotes: Context, drafts: list[Draft]) -> None:
    """Find the attributed claims of one unit and append them to ``drafts``."""
    floor = a
    unit_claims: list[int] = []
    for m in quotes.cues.between(a, b):
        vs = m.start("verb")
        if m.start() < floor or quotes.inside(vs):
            continue
        info = cue_info(m.group("verb"))
        if _PASSIVE.match(m.group("aux")) and not m.group("verb").endswith("ing"):
            continue  # "was told", "is said": passive, the subject is not the source
        draft = _try_cue(text, a, b, floor, m, info, quotes, drafts, unit_claims)
        if draft is None:
            continue
        draft.status = cue_status(info, m.group("aux"), text[m.end() : m.end() + 40])
        draft.cue, draft.cue_start, draft.cue_end = m.group(0), m.start(), m.end()
        _set_attribution(text, draft, quotes)
        if draft.attribution is Attribution.DIRECT and draft.end <= m.start():
            # “A,” she said, “B.”: one quotation interrupted by its attribution
            more = quotes.last_within(m.end(), b)
            if (
                more is not None
                and more[0] - m.end() < 100
                and not quotes.cues.any_between(m.end(), more[0])
            ):
                draft.end = trim(text, more[0], more[1])[1]
        drafts.append(draft)
        unit_claims.append(len(drafts) - 1)
        _nested(text, len(drafts) - 1, drafts, quotes)
        floor = max(draft.end, m.end())


def _set_attribution(text: str, d: Draft, quotes: Context) -> None:
    span = quotes.covering(d.start)
    if span is not None and span[0] == d.start and d.end >= span[1] - 1:
        d.attribution = Attribution.DIRECT


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
) -> Draft | None:
    verb = m.group("verb")
    if info.frame is Frame.ACCORDING:
        return _according(text, a, b, floor, m)
    before = text[floor : m.start()].rstrip()
    # a cue continuing the previous claim's source: ", adding that ...", "and said ..."
    joined = bool(unit_claims) and " ".join(before.split()) in _JOINERS
    participle = verb.endswith("ing") and before.endswith(",") and not m.group("aux").strip()
    if joined or participle:
        cs, ce = content_after(text, m.end(), b, m, info, quotes)
        if ce - cs < 3 or (info.weak and not joined and not explicit(text, m.end(), cs)):
            return None
        if unit_claims:
            d = Draft(cs, ce, Attribution.INDIRECT, info.status)
            d.inherit = unit_claims[-1]
            return d
        main = _MAIN_NP.match(text, a, m.start())
        if main is None or main.group("np").split()[0] in {"The", "A"}:
            return None
        return Draft(cs, ce, Attribution.INDIRECT, info.status, main.start("np"), main.end("np"))
    # source after the cue: "..., said Mr. Smith."
    if (
        before.endswith((",", "”", '"'))
        and not m.group("aux").strip()
        and info.lemma in _INVERTING
        and not verb.endswith("ing")
    ):
        post = post_source(text, m.end(), b)
        if post is not None:
            cs, ce = trim(text, floor, len(before) + floor)
            if ce - cs < 10:
                return None
            return Draft(cs, ce, Attribution.INDIRECT, info.status, post[0], post[1])
    subj = find_subject(text, floor, m.start())
    if subj is None:
        return None
    ss, se = subj
    if verb in _NOUNISH and not _named_or_pronoun(text[ss:se]):
        return None  # "broader questions about", "his plans for": a noun, not a cue
    tail = text[m.end() : b]
    lead = text[floor:ss].rstrip()
    tail_core = tail.rstrip(END_PUNCT + '”"')
    if info.frame is Frame.TELL and (obj := TELL_OBJ.match(tail_core + " ")) is not None:
        tail_core = tail_core[obj.end() - 1 :]
    tail_short = (
        _TAIL_OK.fullmatch(tail_core) is not None
        and " that " not in tail
        and (len(tail_core.split()) <= 3 or _TAIL_ADJUNCT.match(tail_core) is not None)
    )
    quoted_lead = lead.endswith(("”", ",”", '"')) and text[floor] in OPEN
    mid = lead.endswith(",") and tail.lstrip().startswith(",") and not quoted_lead
    if (
        lead.endswith((",", "”", '"', "—"))
        and (tail_short or quoted_lead or mid)
        and info.frame is not Frame.OBJECT
        and (info.lemma in _INVERTING or info.lemma in _PARENTHETICAL or quoted_lead)
    ):
        cs, ce = trim(text, floor, len(lead) + floor)
        if text[ce - 1] == ",":
            ce -= 1
        if ce - cs < 10 and not tail.startswith(","):
            return None
        if tail.startswith(",") and not quoted_lead and len(tail) > 12:
            # "The test, North Korea said, was its biggest": the content surrounds the cue
            seg = text.rfind(",", floor, ce)
            rel = re.match(r",\s*(?=(?:which|who|that)\b)", text[seg:ce]) if seg >= 0 else None
            if rel is not None:
                cs = seg + rel.end()
            ce = trim(text, m.end(), b)[1]
        d = Draft(cs, ce, Attribution.INDIRECT, info.status, ss, se)
        d.channel = channel(text, m.end(), b)
        return d
    cs, ce = content_after(text, m.end(), b, m, info, quotes)
    if ce - cs < 3:
        return None
    negated = cue_status(info, m.group("aux"), "") is ClaimStatus.UNCONFIRMED
    evidence = text[ss:se].split()[-1].lower() in _EVIDENCE
    if info.weak and not negated and not evidence and not explicit(text, m.end(), cs):
        return None
    d = Draft(cs, ce, Attribution.INDIRECT, info.status, ss, se)
    d.channel = channel(text, m.end(), b)
    return d


def _according(text: str, a: int, b: int, floor: int, m: re.Match[str]) -> Draft | None:
    """ "According to X, CONTENT." and "CONTENT, according to X."."""
    sm = re.match(r"\s+([^,.;:“”\"]{2,120}?)(?=\s*[,.;:]|\s*$)", text[m.end() : b])
    if sm is None:
        return None
    ss, se = m.end() + sm.start(1), m.end() + sm.end(1)
    lead = text[floor : m.start()].strip()
    if not lead:
        cs, ce = trim(text, se, b)
    else:
        cs, ce = trim(text, floor, m.start())
    if ce - cs < 10:
        return None
    return Draft(cs, ce, Attribution.INDIRECT, ClaimStatus.ASSERTED, ss, se)


def _inside(outer: Draft, status: ClaimStatus) -> ClaimStatus:
    """The status of a claim nested in ``outer``.

    Inside a denial ("denied Russian claims that X") "claims" names what is
    denied: the contradiction is the finding, not a hedge by the narrator.
    """
    if outer.status is ClaimStatus.DENIED and status is ClaimStatus.HEDGED:
        return ClaimStatus.ASSERTED
    return status


def _nested(text: str, outer: int, drafts: list[Draft], quotes: Context) -> None:
    """A claim inside another's content: "denied Russian claims that X", "said X claimed Y"."""
    o = drafts[outer]
    for m in quotes.cues.between(o.start, o.end):
        verb = m.group("verb")
        if quotes.inside(m.start("verb")) or verb.endswith("ing") or verb[0].isupper():
            continue
        info = cue_info(verb)
        if info.frame is Frame.ACCORDING or _PASSIVE.match(m.group("aux")):
            continue
        subj = find_subject(text, o.start, m.start())
        if subj is None or text[o.start] in OPEN:
            continue
        lead = text[o.start : subj[0]].rstrip()
        if lead and not lead.endswith(_NESTING_WORDS):
            continue
        cs, ce = content_after(text, m.end(), o.end, m, info, quotes)
        if ce - cs < 10 or not explicit(text, m.end(), cs):
            continue
        status = cue_status(info, m.group("aux"), text[m.end() : m.end() + 40])
        d = Draft(cs, ce, Attribution.INDIRECT, _inside(o, status), subj[0], subj[1])
        d.cue, d.cue_start, d.cue_end = m.group(0), m.start(), m.end()
        d.parent = outer
        drafts.append(d)
        return
    if " that " not in text[o.start : o.end]:
        return
    for m in NOUN_CUE_RE.finditer(text, o.start, o.end):
        if quotes.inside(m.start()):
            continue
        cs, ce = trim(text, m.end(), o.end)
        if ce - cs < 3:
            continue
        noun = m.group("verb").lower()
        status = ClaimStatus.ASSERTED
        if noun.startswith(("claim", "alleg", "assert", "insist")):
            status = ClaimStatus.HEDGED
        elif noun.startswith("deni"):
            status = ClaimStatus.DENIED
        status = _inside(o, status)
        d = Draft(cs, ce, Attribution.INDIRECT, status, m.start("src"), m.end("src"))
        d.cue, d.cue_start, d.cue_end = m.group("verb"), m.start("verb"), m.end("verb")
        d.parent = outer
        drafts.append(d)
        return
