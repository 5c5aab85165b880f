"""A court's ruling as the claim a source disputes.

"Robart ruled that refugees could still be admitted. ... A spokeswoman said the
department disagrees with [Robart's ruling]": the ruling noun phrase names the
court's claim made earlier, as "denied the allegations" names an accusation. The
words are the matching lexicon's (``data/<lang>/matching.yaml``): ``ruling_heads``
(the nouns), ``ruling_contests`` (the words that dispute one), ``ruling_verbs`` and
``ruling_sources`` (what marks an earlier claim as a ruling).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from provenance.enums import ClaimStatus

if TYPE_CHECKING:
    import pandas as pd

    from provenance.lexicon.matching import MatchLexicon

__all__ = ["appealed_ruling", "contested_ruling"]

_COLUMNS = (
    "claim_id",
    "article_id",
    "source_id",
    "start",
    "end",
    "status",
    "cue",
    "text",
    "attribution",
)


def contested_ruling(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For each ``open_`` claim disputing a ruling noun phrase, the ruling claim it disputes.

    A source's claim disputes a ruling when one of ``ruling_contests`` or a denial verb
    ("rejected the court's ruling") takes a ruling noun phrase (a determiner or a
    possessive, at most two modifiers, one of ``ruling_heads``), as its cue ("slammed [the
    decision]") or inside its content ("said [the department disagrees with Robart's
    ruling]"), or when its content says a ruling noun phrase is one of the cue lexicon's
    evaluations ("Today's decision by the court was wrong"). It answers the nearest earlier
    claim of another source in the same article that states a ruling: made or holding one of
    ``ruling_verbs`` ("Robart ruled that ..."; "a panel ruled that ..., the newspaper
    reported"), or whose source names one of ``ruling_sources`` ("the appeals court said").
    The ruling noun names its claim however far back, as a claim noun does. Null elsewhere.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["r", "p", "d"], "article_id": ["x"] * 3,
        ...     "source_id": ["robart", "groups", "doj"], "start": [13, 60, 120],
        ...     "end": [50, 77, 170], "cue": ["ruled", "praised", "said"],
        ...     "status": ["asserted"] * 3,
        ...     "attribution": ["indirect"] * 3,
        ...     "source_text": ["Robart", "Advocacy groups", "A spokeswoman"],
        ...     "text": ["refugees could still be admitted", "Robart’s decision",
        ...              "the department disagrees with Robart’s ruling"]})
        >>> contested_ruling(claims, pd.Series([True] * 3)).tolist()
        [None, None, 'r']
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    lex = match_lexicon(None)
    if not lex.ruling_heads or not set(_COLUMNS) <= set(claims.columns) or not open_.any():
        return out
    attributed = (claims["attribution"] != "narrator").astype(bool)
    reading = (open_ & attributed).astype(bool)
    body = _lowered_text(claims, reading)
    heads = _heads_re(lex.ruling_heads)
    body = body[body.str.contains(heads)]
    if body.empty:
        return out
    cue = claims.loc[body.index, "cue"].astype(object).where(claims["cue"].notna(), "")
    cue = cue.astype(str).str.lower().str.split().str.join(" ")
    contest_cue = cue.map(lambda c: any(c.endswith(w) for w in lex.ruling_contests))
    # a denial verb takes a ruling as any claim ("rejected the court's ruling")
    contest_cue |= claims.loc[body.index, "status"] == ClaimStatus.DENIED.value
    disputing = (contest_cue & body.str.match(_phrase_re(lex.ruling_heads))) | body.str.contains(
        _contest_re(lex.ruling_contests, lex.ruling_heads)
    )
    evaluation = _evaluation_re(lex.language, lex.ruling_heads)
    if evaluation is not None:
        disputing |= body.str.contains(evaluation)
    disputing = disputing.astype(bool)
    if not disputing.any():
        return out
    found = _nearest_ruling(claims, disputing[disputing].index, lex)
    mapped = claims["claim_id"].map(found)
    return out.where(mapped.isna(), mapped)


#: The columns :func:`provenance.rules.replies.nearest_other` pairs claims by.
_PAIRED = ["claim_id", "article_id", "source_id", "start", "end"]


def _lowered_text(claims: pd.DataFrame, rows: pd.Series) -> pd.Series:
    """The lower-cased content of the claims in ``rows`` ("" where it is missing)."""
    text = claims.loc[rows, "text"].astype(object).where(claims["text"].notna(), "")
    lowered: pd.Series = text.astype(str).str.lower()
    return lowered


def _nearest_ruling(claims: pd.DataFrame, contesting: pd.Index, lex: MatchLexicon) -> pd.Series:
    """For each claim of ``contesting``, the id of the nearest earlier claim of another
    source stating a ruling, however far back (``nearest_other``); empty when none does."""
    import pandas as pd

    from provenance.rules.replies import nearest_other

    right = claims.loc[_states_a_ruling(claims, lex), _PAIRED]
    if right.empty:
        return pd.Series(dtype=object)
    return nearest_other(claims.loc[contesting, _PAIRED], right, window=None)


def _states_a_ruling(claims: pd.DataFrame, lex: MatchLexicon) -> pd.Series:
    """Claims that state a ruling: its verb as cue or before "that" in the content, or a
    court as source."""
    cue = claims["cue"].astype(object).where(claims["cue"].notna(), "").astype(str).str.lower()
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    # in the content only before its "that" ("a panel ruled on Friday that ..."): "the
    # minister ruled out new taxes" states no ruling
    stated = cue.str.contains(_words_re(lex.ruling_verbs)) | text.str.lower().str.contains(
        _verb_that_re(lex.ruling_verbs)
    )
    if "source_text" in claims and lex.ruling_sources:
        source = claims["source_text"].astype(object).where(claims["source_text"].notna(), "")
        stated |= source.astype(str).str.lower().str.contains(_words_re(lex.ruling_sources))
    return stated.astype(bool)


def _alt(words: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _words_re(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(words)})\b")


@functools.cache
def _verb_that_re(verbs: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(verbs)})(?:\s+\S+){{0,3}}?\s+that\b")


@functools.cache
def _heads_re(heads: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(heads)})\b")


#: A ruling noun phrase, lower-cased: a determiner or a possessive, at most two modifiers.
_DETERMINERS = r"(?:the|this|that|its|their|his|her|[\w.’'-]+['’]s)"


def _phrase(heads: frozenset[str]) -> str:
    return rf"{_DETERMINERS}\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_alt(heads)})\b"


@functools.cache
def _phrase_re(heads: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"\s*{_phrase(heads)}")


@functools.cache
def _contest_re(contests: tuple[str, ...], heads: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(contests)})\s+{_phrase(heads)}")


@functools.cache
def _evaluation_re(language: str, heads: frozenset[str]) -> re.Pattern[str] | None:
    from provenance.lexicon.cues import cue_lexicon

    cues = cue_lexicon(language)
    if not cues.evaluations or not cues.copulas:
        return None
    evals = _alt(tuple(e.lower() for e in cues.evaluations))
    copulas = _alt(tuple(c.lower() for c in cues.copulas))
    # "today's decision by the court was wrong": a short adjunct between the phrase and "was"
    adjunct = r"(?:\s+[^,.;:!?“”\"]{1,30}?)??"
    return re.compile(rf"\b{_phrase(heads)}{adjunct}\s+(?:{copulas})\s+(?:{evals})\b")


#: Most characters between an appeal and its source's claim right after it in its
#: sentence (", arguing that ", ", saying the ").
_APPEAL_GAP = 30


def appealed_ruling(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For a claim asking a court to undo its ruling, the ruling claim it contests.

    "A panel ruled that [a ballot should count]. Simonds asked [a state court to
    reconsider], arguing that [the ballot was wrongly included]": an ``open_`` attributed
    claim whose content is a court (one of the matching lexicon's ``ruling_sources`` after
    at most four words, "of" and one word at most after it: "the court of appeals") and
    "to" with one of its ``ruling_appeals`` contradicts the nearest earlier claim of
    another source stating a ruling, however far back, as "disagreed with the ruling"
    does. The same source's
    claim starting at most :data:`_APPEAL_GAP` characters after the appeal ends (its
    argument) carries the contradiction instead; the appeal then carries none. Null
    elsewhere: "asked the court to approve the deal" contests nothing.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["r", "a", "y"], "article_id": ["x"] * 3,
        ...     "source_id": ["panel", "simonds", "simonds"], "start": [20, 90, 140],
        ...     "end": [60, 125, 170], "cue": ["ruled", "asked", "arguing"],
        ...     "status": ["asserted"] * 3, "attribution": ["indirect"] * 3,
        ...     "source_text": ["a panel", "Simonds", "Simonds"],
        ...     "text": ["a ballot should count", "a state court to reconsider",
        ...              "the ballot was wrongly included"]})
        >>> appealed_ruling(claims, pd.Series([True] * 3)).tolist()
        [None, None, 'r']
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    lex = match_lexicon(None)
    if not lex.ruling_appeals or not lex.ruling_sources or not open_.any():
        return out
    if not set(_COLUMNS) <= set(claims.columns):
        return out
    reading = (
        open_
        & (claims["attribution"] != "narrator")
        & (claims["status"] == ClaimStatus.ASSERTED.value)
    ).astype(bool)
    body = _lowered_text(claims, reading)
    appeal = body.str.match(_appeal_re(lex.ruling_sources, lex.ruling_appeals)).astype(bool)
    if not appeal.any():
        return out
    left = claims.loc[appeal[appeal].index, _PAIRED]
    found = _nearest_ruling(claims, left.index, lex)
    if found.empty:
        return out
    # the argument right after the appeal, of its source, carries the flag
    appeals = left[left["claim_id"].isin(found.index)].astype({"end": "int64"})
    later = claims.loc[open_.astype(bool) & ~claims.index.isin(appeals.index), _PAIRED]
    pairs = pd.merge_asof(
        appeals[["claim_id", "article_id", "source_id", "end"]].sort_values("end"),
        later[["claim_id", "article_id", "source_id", "start"]]
        .rename(columns={"claim_id": "argument"})
        .astype({"start": "int64"})
        .sort_values("start"),
        left_on="end",
        right_on="start",
        by=["article_id", "source_id"],
        direction="forward",
        tolerance=_APPEAL_GAP,
    ).dropna(subset=["argument"])
    carrier = dict(zip(pairs["claim_id"], pairs["argument"], strict=True))
    flagged = {carrier.get(a, a): r for a, r in found.items()}
    mapped = claims["claim_id"].map(flagged)
    return out.where(mapped.isna(), mapped)


@functools.cache
def _appeal_re(sources: frozenset[str], appeals: tuple[str, ...]) -> re.Pattern[str]:
    """A court asked to undo its ruling, lower-cased: "a state court to reconsider"."""
    return re.compile(
        rf"\s*(?:[\w.’'-]+\s+){{0,4}}?(?:{_alt(sources)})\s+(?:of\s+[\w.’'-]+\s+)?"
        rf"to\s+(?:{_alt(appeals)})\b"
    )
