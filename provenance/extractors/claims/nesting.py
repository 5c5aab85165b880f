"""Claims nested inside another claim's content.

"Zelensky denied [Russian claims that [troops entered ...]]": a cue verb or a
possessed noun cue ("Moscow's allegations that") inside the content of a claim
gives a claim whose ``parent`` is the outer one.
"""

from __future__ import annotations

from provenance.enums import ASSERTED as _ASSERTED
from provenance.enums import DENIED as _DENIED
from provenance.enums import HEDGED as _HEDGED
from provenance.enums import INDIRECT as _INDIRECT
from provenance.enums import ClaimStatus
from provenance.extractors.claims.cues import (
    NOUN_CUE_RE,
    CueInfo,
    cue_grammar,
    cue_info,
    cue_status,
)
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.spans import (
    OPEN,
    Context,
    content_after,
    explicit,
    quotation_cue,
    trim,
)
from provenance.lexicon.cues import ACCORDING as _ACCORDING
from provenance.lexicon.cues import CLAUSE as _CLAUSE

__all__ = ["nested"]

_NESTING_WORDS = (" that", " after", " because", " since", " when", " while", " although")
_NON_FINITE = frozenset({"be", "been", "being"})
_SUBORDINATORS = (" after", " because", " since", " when", " while", " although")


def _inside(outer: Draft, status: ClaimStatus) -> ClaimStatus:
    """The status of a claim nested in ``outer``.

    Inside a denial ("denied Russian claims that X") "claims" names what is
    denied: the contradiction is the finding, not a hedge by the narrator.
    """
    if outer.status is _DENIED and status is _HEDGED:
        return _ASSERTED
    return status


def _free_relative_gap(text: str, lead: str, cue_end: int, info: CueInfo) -> bool:
    """Whether a hedge cue stands in a free relative whose gap is its clause's subject.

    "condemned [what he claimed] was a cover-up": the lead ends in one of
    ``free_relative_pronouns`` and a finite auxiliary follows the cue, so the cue
    reports the clause after it ("was a cover-up").

    Example:
        >>> from provenance.extractors.claims.cues import cue_info
        >>> text = "what he claimed was a cover-up"
        >>> _free_relative_gap(text, "what", 15, cue_info("claimed"))
        True
        >>> _free_relative_gap(text, "and", 15, cue_info("claimed"))
        False
    """
    if not lead or info.frame is not _CLAUSE or info.status is not _HEDGED:
        return False  # "what he said was a fact": PolNeAR leaves such nested reports unannotated
    lex = cue_grammar().lexicon
    last = lead.rsplit(None, 1)[-1].casefold()
    if last not in lex.free_relative_pronouns:
        return False
    word = text[cue_end : cue_end + 12].split(None, 1)
    return bool(word) and word[0] in lex.finite_auxiliaries and word[0] not in _NON_FINITE


def _flagging(cue: str | None) -> bool:
    """Whether a claim's cue verb flags what it reports ("reported": unverified).

    Example:
        >>> _flagging("has reported"), _flagging("said"), _flagging(None)
        (True, False, False)
    """
    if not cue:
        return False
    info = cue_grammar().forms.get(cue.rsplit(None, 1)[-1])
    return info is not None and info.flag is not None


def nested(text: str, outer: int, drafts: list[Draft], quotes: Context) -> None:
    """A claim inside another's content: "denied Russian claims that X", "said X claimed Y"."""
    o = drafts[outer]
    # "The minister, according to two aides, told colleagues that X": the report of the
    # sentence is the inner one, the "according to" content only holds it
    according = o.cue in cue_grammar().lexicon.according
    # "The Associated Press reported that an aide said that X": the outlet's report flags
    # the claim it carries, the nested one (provenance/rules: claim.charge)
    keep = according or _flagging(o.cue)
    for m in quotes.cues.between(o.start, o.end):  # most contents hold no cue
        verb = m.group("verb")
        if quotes.inside(m.start("verb")) or verb.endswith("ing") or verb[0].isupper():
            continue
        info = cue_info(verb)
        if info.frame is _ACCORDING or cue_grammar().passive_re.match(m.group("aux")):
            continue
        if info.lemma in cue_grammar().lexicon.quotation_verbs and not quotation_cue(text, m):
            continue  # "said the war went on, that ...": nothing quoted, nothing said
        subj = quotes.subject(text, o.start, m.start())
        if subj is None or text[o.start] in OPEN:
            continue
        lead = text[o.start : subj[0]].rstrip()
        gap = _free_relative_gap(text, lead, m.end(), info)
        if lead and not gap and not lead.endswith(_NESTING_WORDS):
            continue
        cs, ce = content_after(text, m.end(), o.end, m, info, quotes)
        # "..., after Trump said he believed X": a strong cue after a subordinator
        subordinate = lead.endswith(_SUBORDINATORS) and not info.weak
        if ce - cs < 10 or not (explicit(text, m.end(), cs) or subordinate or gap):
            continue
        status = cue_status(info, m.group("aux"), text[m.end() : m.end() + 40])
        if status is _ASSERTED and not gap and not lead and not keep:
            continue  # "said the findings suggest that X": a plain report inside a report
        # "rejected what the government claims is a crackdown": the relative's own
        # claim, no name of what is denied
        d = Draft(cs, ce, _INDIRECT, status if gap else _inside(o, status), *subj)
        d.cue, d.cue_start, d.cue_end = m.group(0), m.start(), m.end()
        d.parent = outer
        drafts.append(d)
        return
    if text.find(" that ", o.start, o.end) < 0:  # no slice of the content
        return
    for m in NOUN_CUE_RE.finditer(text, o.start, o.end):
        if quotes.inside(m.start()):
            continue
        cs, ce = trim(text, m.end(), o.end)
        if ce - cs < 3:
            continue
        status = _inside(o, cue_grammar().lexicon.noun(m.group("verb")).status)
        d = Draft(cs, ce, _INDIRECT, status, m.start("src"), m.end("src"))
        d.cue, d.cue_start, d.cue_end = m.group("verb"), m.start("verb"), m.end("verb")
        d.parent = outer
        drafts.append(d)
        return
