"""Reporting cues: the verbs and phrases that attribute content to a source.

Each cue lemma has a *frame* (how its content follows it) and a *status* (what
it says about the content's truth). The lexicon is data; the regexes are
compiled once at import from it (compiling is cheap, nothing is read).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import Enum

from provenance.enums import ClaimStatus

__all__ = [
    "CUE_RE",
    "NOUN_CUE_RE",
    "UNVERIFIED_RE",
    "CueIndex",
    "CueInfo",
    "Frame",
    "cue_info",
    "cue_status",
]


class Frame(Enum):
    """How the content follows a cue verb."""

    CLAUSE = "clause"  # said (that) X / X, he said
    OBJECT = "object"  # denied X / urged X to ...
    TELL = "tell"  # told Y (that) X
    ACCORDING = "according"  # according to Y


@dataclass(frozen=True, slots=True)
class CueInfo:
    """What a cue lemma means: its frame, its status, and whether it is weak.

    A *weak* cue ("added", "noted", "reported") needs an explicit "that",
    colon or quote after it, or a sentence-final position, to count.
    """

    lemma: str
    frame: Frame
    status: ClaimStatus
    weak: bool = False


_A, _H, _D, _U = (
    ClaimStatus.ASSERTED,
    ClaimStatus.HEDGED,
    ClaimStatus.DENIED,
    ClaimStatus.UNCONFIRMED,
)
_C, _O, _T = Frame.CLAUSE, Frame.OBJECT, Frame.TELL

# lemma: (forms, frame, status, weak). The hedge and denial lemmas follow the
# PolNeAR cue classes (claim, allege, purport, assert, insist / deny, reject,
# dismiss, refute, dispute).
_LEXICON: dict[str, tuple[str, Frame, ClaimStatus, bool]] = {
    "say": ("say says said saying", _C, _A, False),
    "tell": ("tell tells told telling", _T, _A, False),
    "write": ("write writes wrote writing", _C, _A, False),
    "state": ("stated stating", _C, _A, True),
    "add": ("add adds added adding", _C, _A, True),
    "explain": ("explain explains explained explaining", _C, _A, False),
    "announce": ("announce announces announced announcing", _C, _A, False),
    "warn": ("warn warns warned warning", _C, _A, False),
    "note": ("note notes noted noting", _C, _A, False),
    "echo": ("echo echoes echoed echoing", _O, _A, False),
    "argue": ("argue argues argued arguing", _C, _A, False),
    "suggest": ("suggest suggests suggested suggesting", _C, _A, False),
    "acknowledge": ("acknowledge acknowledges acknowledged acknowledging", _C, _A, False),
    "admit": ("admit admits admitted admitting", _C, _A, False),
    "confirm": ("confirm confirms confirmed confirming", _C, _A, True),
    "report": ("report reports reported reporting", _C, _A, False),
    "declare": ("declare declares declared declaring", _C, _A, False),
    "predict": ("predict predicts predicted predicting", _C, _A, False),
    "believe": ("believe believes believed", _C, _A, False),
    "tweet": ("tweet tweets tweeted tweeting", _C, _A, False),
    "recall": ("recall recalls recalled recalling", _C, _A, True),
    "emphasize": ("emphasize emphasizes emphasized emphasised emphasising", _C, _A, True),
    "stress": ("stress stresses stressed stressing", _C, _A, False),
    "reply": ("reply replies replied replying", _C, _A, True),
    "respond": ("respond responds responded responding", _C, _A, True),
    "contend": ("contend contends contended contending", _C, _A, False),
    "maintain": ("maintain maintains maintained maintaining", _C, _A, True),
    "concede": ("concede concedes conceded conceding", _C, _A, False),
    "point out": ("point out points out pointed out pointing out", _C, _A, False),
    "express concern": (
        "expressed concern expresses concern expressed hope voiced concern raised concerns",
        _C,
        _A,
        True,
    ),
    "specify": ("specify specifies specified", _C, _A, True),
    "verify": ("verify verifies verified", _C, _A, True),
    "claim": ("claim claims claimed claiming", _C, _H, False),
    "allege": ("allege alleges alleged alleging", _C, _H, False),
    "purport": ("purport purports purported purporting", _C, _H, False),
    "assert": ("assert asserts asserted asserting", _C, _H, False),
    "insist": ("insist insists insisted insisting", _C, _H, False),
    "deny": ("deny denies denied denying", _O, _D, False),
    "reject": ("reject rejects rejected rejecting", _O, _D, False),
    "dismiss": ("dismiss dismisses dismissed dismissing", _O, _D, False),
    "refute": ("refute refutes refuted refuting", _O, _D, False),
    "dispute": ("dispute disputes disputed disputing", _O, _D, False),
    "urge": ("urge urges urged urging", _O, _A, False),
    "call for": ("call for calls for called for calling for", _O, _A, False),
    "call on": ("call on calls on called on calling on", _O, _A, False),
    "demand": ("demand demands demanded demanding", _O, _A, False),
    "accuse": ("accuse accuses accused accusing", _O, _A, False),
    "promise": ("promise promises promised promising", _O, _A, False),
    "vow": ("vow vows vowed vowing", _O, _A, False),
    "pledge": ("pledge pledges pledged pledging", _O, _A, False),
    # stance verbs: PolNeAR attributes beliefs, wishes and evaluations too
    "ask": ("ask asks asked asking", _O, _A, False),
    "call": ("call calls called", _O, _A, False),
    "describe": ("describe describes described describing", _O, _A, False),
    "find": ("find finds found", _C, _A, True),
    "show": ("show shows showed shown", _C, _A, False),
    "think": ("think thinks thought", _C, _A, False),
    "want": ("want wants wanted", _O, _A, False),
    "continue": ("continued", _C, _A, True),
    "refer to": ("refer to refers to referred to referring to", _O, _A, False),
    "criticize": (
        "criticize criticizes criticized criticizing criticise criticised",
        _O,
        _A,
        False,
    ),
    "endorse": ("endorse endorses endorsed endorsing", _O, _A, False),
    "cite": ("cite cites cited citing", _O, _A, False),
    "seek": ("seek seeks sought seeking", _O, _A, False),
    "support": ("supports supported supporting", _O, _A, False),
    "defend": ("defend defends defended defending", _O, _A, False),
    "propose": ("propose proposes proposed proposing", _O, _A, False),
    "agree": ("agree agrees agreed agreeing", _C, _A, False),
    "conclude": ("conclude concludes concluded concluding", _C, _A, False),
    "hope": ("hopes hoped hoping", _C, _A, False),
    "refuse": ("refuse refuses refused refusing", _O, _A, False),
    "praise": ("praise praises praised praising", _O, _A, False),
    "plan": ("plans planned planning", _O, _A, False),
    "oppose": ("oppose opposes opposed opposing", _O, _A, False),
    "reveal": ("reveal reveals revealed revealing", _C, _A, True),
    "feel": ("feel feels felt", _C, _A, False),
    "indicate": ("indicate indicates indicated indicating", _C, _A, True),
    "question": ("questions questioned questioning", _O, _A, False),
    "fear": ("fear fears feared fearing", _C, _A, False),
    "denounce": ("denounce denounces denounced denouncing", _O, _A, False),
    "blame": ("blame blames blamed blaming", _O, _A, False),
    "decry": ("decry decries decried decrying", _O, _A, False),
    "charge": ("charged charging", _C, _A, False),
    "attack": ("attacks attacked attacking", _O, _A, False),
    "mention": ("mention mentions mentioned mentioning", _C, _A, False),
    "reiterate": ("reiterate reiterates reiterated reiterating", _C, _A, False),
    "estimate": ("estimate estimates estimated estimating", _C, _A, True),
    "complain": ("complain complains complained complaining", _C, _A, False),
    "lament": ("lament laments lamented lamenting", _C, _A, False),
    "condemn": ("condemn condemns condemned condemning", _C, _A, False),
    "recount": ("recount recounts recounted recounting", _C, _A, False),
    "point to": ("point to points to pointed to pointing to", _O, _A, False),
    "slam": ("slam slams slammed slamming", _O, _A, False),
    "blast": ("blast blasts blasted blasting", _O, _A, False),
    "mock": ("mock mocks mocked mocking", _O, _A, False),
    "assure": ("assure assures assured assuring", _T, _A, False),
    "remind": ("remind reminds reminded reminding", _T, _A, False),
    "inform": ("inform informs informed informing", _T, _A, False),
}

_FORMS: dict[str, CueInfo] = {}
for _lemma, (_forms, _frame, _status, _weak) in _LEXICON.items():
    _info = CueInfo(_lemma, _frame, _status, _weak)
    _words = _forms.split()
    # two-word forms ("called for", "expressed concern") are listed as pairs
    if " " in _lemma:
        _pairs = [" ".join(_words[i : i + 2]) for i in range(0, len(_words), 2)]
        for _p in _pairs:
            _FORMS[_p] = _info
    else:
        for _w in _words:
            _FORMS[_w] = _info
_FORMS["according to"] = CueInfo("according to", Frame.ACCORDING, _A)
_FORMS["According to"] = _FORMS["according to"]
_FORMS["calling"] = CueInfo("call", _O, _A, True)
# participles of stance verbs mostly describe, not report ("two businessmen seeking to ...")
_FORMS["seeking"] = CueInfo("seek", _O, _A, True)
_FORMS["supporting"] = CueInfo("support", _O, _A, True)

_ADVERBS = (
    r"also|later|earlier|previously|again|repeatedly|strongly|flatly|firmly|publicly|"
    r"privately|then|further|once|even|specifically|angrily|cynically|quickly|falsely|"
    r"vehemently|emphatically|only|simply|recently|separately|herself|himself|themselves|"
    r"had|has|have|never|not|often|frequently|subsequently|initially|first|last|now|"
    r"both|already|all|jointly|grudgingly|reluctantly|openly|formally|officially|quietly|"
    r"bluntly|sharply|clearly|explicitly|ultimately|eventually|finally|immediately|"
    r"promptly|directly|personally|long|consistently|confidently"
)
_AUX = (
    r"is|are|was|were|has|have|had|did|does|do|would|could|will|can|may|might|should|must|"
    r"continues to|continued to|went on to|declined to|refused to|wants to|"
    r"had to|has to|have to|tried to|sought to|needs to|"
    r"has repeatedly|had previously|has been|have been|had been|will be|would be"
)

# headline case ("Obama Says Museum Will ...")
_TITLE_CASE = (
    "Says Said Tells Told Warns Urges Claims Denies Shows Slams Blasts Vows Rejects Insists "
    "Admits Accuses Defends Endorses Wants Criticizes Praises"
)
for _t in _TITLE_CASE.split():
    _FORMS[_t] = _FORMS[_t.lower()]
_forms_alt = "|".join(
    re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_FORMS, key=len, reverse=True)
)
CUE_RE = re.compile(
    rf"\b(?P<aux>(?:(?:also|still|now|already|even|then)\s+(?=(?:{_AUX})\s))?"
    rf"(?:(?:{_AUX})\s+)?(?:(?:not|n't|never)\s+)?(?:(?:{_ADVERBS})\s+){{0,2}})"
    rf"(?P<verb>{_forms_alt})\b"
)
"""A cue verb with its auxiliaries and adverbs ("has not confirmed", "also said")."""

NOUN_CUE_RE = re.compile(
    r"(?P<src>\b[A-Z][\w.-]*(?:['’]s)?|\b(?:his|her|their|its))\s+"
    r"(?P<verb>claims?|allegations?|assertions?|accusations?|insistence|contention|"
    r"denials?|statements?|warnings?)\s+that\s+"
)
"""A noun cue with its possessor: "Russian claims that", "Moscow's allegations that"."""

UNVERIFIED_RE = re.compile(
    r"\b(?:(?:(?:could|can)\s+not|cannot|can't|couldn't)\s+"
    r"(?:be\s+(?:independently\s+)?(?:verified|confirmed)|independently\s+(?:verify|confirm))"
    r"|(?:(?:has|have|had)(?:\s+not|n't)\s+been|(?:was|were|is|are)(?:\s+not|n't))\s+"
    r"(?:independently\s+)?(?:verified|confirmed)"
    r"|unable\s+to\s+(?:independently\s+)?(?:verify|confirm))\b"
)
"""A sentence saying the preceding claim could not be checked: passive ("could not be
verified", "has not been independently confirmed") or the wire idiom "could not
independently verify". The negation is required ("the board can confirm" confirms), and
an active "he could not confirm X" is a claim of its own, found by the cue lexicon."""

_THING_OBJECT = re.compile(
    r"\s+(?:a|an|his|her|their|its|our|my|responsibility|credit|victory|losses|deductions|"
    r"the (?:title|seat|prize|right|lives?|crown|victory|win))\b(?!\s+(?:number|figure))"
)
_NEGATED = re.compile(r"\b(?:not|n't|never|declined to|refused to)\b")


def cue_info(verb: str) -> CueInfo:
    """The :class:`CueInfo` of a verb form matched by :data:`CUE_RE`.

    Example:
        >>> cue_info("denied").status
        <ClaimStatus.DENIED: 'denied'>
    """
    return _FORMS[" ".join(verb.lower().split())]


def cue_status(info: CueInfo, aux: str, after: str = "") -> ClaimStatus:
    """The status of a cue given its auxiliaries and the words after it.

    Negated "confirm" and "verify" are unconfirmed; "claimed a loss" and
    "asserted his rights" are not hedges (the verb takes a thing, not a claim).

    Example:
        >>> cue_status(cue_info("confirmed"), "has not ")
        <ClaimStatus.UNCONFIRMED: 'unconfirmed'>
        >>> cue_status(cue_info("claimed"), "", " a loss of $916 million")
        <ClaimStatus.ASSERTED: 'asserted'>
    """
    if info.status is ClaimStatus.HEDGED and _THING_OBJECT.match(after):
        return ClaimStatus.ASSERTED
    if aux and _NEGATED.search(aux):
        # "has not confirmed", "could not verify": the text says it is unverified.
        # "did not say/specify whether" reports a silence, not an unverified claim.
        if info.lemma in {"confirm", "verify"}:
            return ClaimStatus.UNCONFIRMED
        if info.status is ClaimStatus.DENIED:
            return ClaimStatus.ASSERTED
    return info.status


_WORD = re.compile(r"[A-Za-z]+")
_FIRST_WORDS = frozenset(f.split()[0] for f in _FORMS)
_PREFIX_WORDS = frozenset(
    w for alt in (_AUX, _ADVERBS, "not|never") for form in alt.split("|") for w in form.split()
)


def _prefix_starts(text: str, start: int, floor: int) -> list[int]:
    """Starts of up to four auxiliary/adverb words right before ``start``, farthest first."""
    out: list[int] = []
    pos = start
    for _ in range(4):
        j = pos - 1
        while j >= floor and text[j] in " \t\n":
            j -= 1
        if j < floor or j == pos - 1:
            break
        k = j
        while k >= floor and (text[k].isalpha() or text[k] == "'"):
            k -= 1
        if text[k + 1 : j + 1] not in _PREFIX_WORDS:
            break
        pos = k + 1
        out.append(pos)
    out.reverse()
    return out


class CueIndex:
    """Every cue of a text, found once; ranges are then answered by bisection.

    Scanning words and anchoring :data:`CUE_RE` only where a cue verb starts is
    about ten times faster than running the large alternation over the text.

    Example:
        >>> idx = CueIndex("He said it. She has not confirmed it.")
        >>> [m.group(0) for m in idx.between(0, 40)]
        ['said', 'has not confirmed']
    """

    def __init__(self, text: str) -> None:
        self.matches: list[re.Match[str]] = []
        last_end = 0
        first = _FIRST_WORDS
        for w in [w for w in _WORD.finditer(text) if w.group() in first]:
            start = w.start()
            if start < last_end:
                continue
            m = None
            for aux_start in _prefix_starts(text, start, last_end):
                m = CUE_RE.match(text, aux_start)
                if m is not None and m.start("verb") == start:
                    break
                m = None
            if m is None:
                m = CUE_RE.match(text, start)
            if m is not None:
                self.matches.append(m)
                last_end = m.end()
        self.starts = [m.start() for m in self.matches]

    def between(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Cues lying inside ``[lo, hi)``, in text order."""
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.matches) and self.matches[i].end() <= hi:
            out.append(self.matches[i])
            i += 1
        return out

    def any_between(self, lo: int, hi: int) -> bool:
        """Whether some cue lies inside ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.matches) and self.matches[i].end() <= hi
