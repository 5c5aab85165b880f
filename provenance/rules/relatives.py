"""Claims a free relative frames with a source's label: "what officials described as 30 attacks".

"Rebels carried out what officials described as 30 attacks on the town", "The army
shelled the village in what residents called a massacre": the count and the name are the
source's words, which the text reports without standing behind them, so the claim is
attributed and unverified. The extractors make the relative's source and verb a cue
("officials described") with the label as its content ("as 30 attacks on the town");
:func:`labeled_by_relative` finds such claims by the words right before the content: a
free relative's pronoun (the cue lexicon's ``free_relative_pronouns``: "what"), the
claim's source as written and its cue, whose last word is one of the matching lexicon's
``labeling_relative_verbs``.

A relative whose speaker is a pronoun in the narrator's own sentence names the subject's
own deed in the subject's words: "Franken returned to begin what he called a process of
rebuilding trust" reports what he does, no account of another's act, and is not flagged.
Inside another claim's content ("The group condemned what it called a massacre", "Police
said rebels carried out what officials described as 12 raids") the extractors make no claim
of the relative, and the claim holding it is flagged whole.

Not "officials called the attacks a massacre" (no free relative: the label is the
official's plain statement), "the governor said what he called ..." as a cue of its own
(the cue is "said", no labeling verb), nor "contrary to what X said" (the matching
lexicon's ``contrary_relatives``, read by the contrast rules).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from provenance.enums import ClaimStatus
from provenance.extractors.text.wordlists import alternation

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["labeled_by_relative", "relative_lead"]

#: Most characters read before a claim's content: the pronoun, the source and the cue.
_REACH = 120


@functools.cache
def _words(language: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The labeling verbs, the free relative pronouns and the subject pronouns (all
    case-folded) of a language."""
    from provenance.lexicon.cues import cue_lexicon
    from provenance.lexicon.matching import match_lexicon

    verbs = match_lexicon(language).labeling_relative_verbs
    lex = cue_lexicon(language)
    pronouns = frozenset(w.casefold() for w in lex.free_relative_pronouns)
    return verbs, pronouns, frozenset(w.casefold() for w in lex.subject_pronouns)


def relative_lead(before: str, source: str, cue: str, pronouns: frozenset[str]) -> bool:
    """Whether ``before`` (the text up to a claim's content) ends in a free relative's
    pronoun, the claim's ``source`` as written and its ``cue``: "... in what residents called".

    Example:
        >>> relative_lead("The army shelled it in what residents called ", "residents",
        ...               "called", frozenset({"what"}))
        True
        >>> relative_lead("The army shelled it, residents called ", "residents", "called",
        ...               frozenset({"what"}))
        False
    """
    head = before.rstrip()
    if not cue or not source or not head.endswith(cue):
        return False
    head = head[: len(head) - len(cue)].rstrip()
    if not head.endswith(source):
        return False
    head = head[: len(head) - len(source)].rstrip()
    last = head.rsplit(None, 1)[-1] if head else ""
    return last.casefold().lstrip('(“"') in pronouns


def labeled_by_relative(
    claims: pd.DataFrame, bodies: pd.Series, language: str | None = None
) -> pd.Series:
    """Attributed asserted claims whose cue is a labeling verb in a free relative.

    ``bodies`` maps article ids to article bodies (the claims' offsets are into them).
    A relative whose source is a pronoun and which no other claim holds (no
    ``parent_claim_id``) is the subject's own deed in its words, and not flagged.

    Example:
        >>> import pandas as pd
        >>> body = "Rebels carried out what officials described as 30 attacks."
        >>> claims = pd.DataFrame({
        ...     "article_id": ["a", "a"], "start": [44, 7], "end": [58, 19],
        ...     "status": ["asserted"] * 2, "attribution": ["indirect", "narrator"],
        ...     "cue": ["described", None], "source_text": ["officials", None],
        ...     "parent_claim_id": [None, None]})
        >>> labeled_by_relative(claims, pd.Series({"a": body})).tolist()
        [True, False]
    """
    import pandas as pd

    verbs, pronouns, subjects = _words(language)
    out = pd.Series(False, index=claims.index, dtype=bool)
    if not verbs or not pronouns or claims.empty or "source_text" not in claims:
        return out
    from provenance.rules.replies import cue_last_word

    candidate = (
        (claims["status"] == ClaimStatus.ASSERTED.value)
        & (claims["attribution"] != "narrator")
        & claims["source_text"].notna()
    )
    # the cue's last word (a split of every cue) only for the claims the cheap tests keep
    if candidate.any():
        candidate.loc[candidate] = cue_last_word(claims.loc[candidate, ["cue"]]).isin(verbs)
    if "parent_claim_id" in claims:
        # "Franken returned to begin what he called ...": the subject's own deed
        own = claims["source_text"].astype(object).where(claims["source_text"].notna(), "")
        own_deed = own.astype(str).str.casefold().isin(subjects) & claims["parent_claim_id"].isna()
        candidate = candidate & ~own_deed
    framing = _framing(claims, language)
    if not candidate.any():
        return out | framing
    rows = claims.loc[candidate, ["article_id", "start", "cue", "source_text"]]
    texts = rows["article_id"].map(bodies)
    hits = [
        isinstance(body, str)
        and relative_lead(
            body[max(0, int(start) - _REACH) : int(start)], str(src), str(cue), pronouns
        )
        for body, start, cue, src in zip(
            texts, rows["start"], rows["cue"], rows["source_text"], strict=True
        )
    ]
    labeled = out.where(~candidate, pd.Series(hits, index=rows.index, dtype=bool))
    return (labeled.astype(bool) | framing).astype(bool)


@functools.cache
def _framing_re(language: str | None) -> re.Pattern[str] | None:
    """A free relative's pronoun, a subject of one to five words and a labeling verb."""
    verbs, pronouns, _ = _words(language)
    if not verbs or not pronouns:
        return None
    return re.compile(
        rf"(?i)(?<![\w’'-])(?:{alternation(pronouns)})\s+(?:[^\s,;:.!?“”\"]+\s+){{1,5}}?"
        rf"(?:{alternation(verbs)})(?![\w’'-])"
    )


def _framing(claims: pd.DataFrame, language: str | None) -> pd.Series:
    """Attributed asserted claims whose content holds a labeling free relative.

    "The group condemned [what it called a massacre]", "Police said [rebels carried out
    what officials described as 12 raids]": the label is a claim inside the claim, which
    the extractors leave whole (a nested claim of its own would be one the annotation of
    attributions does not count), so the claim holding it is flagged.
    """
    import pandas as pd

    pattern = _framing_re(language)
    out = pd.Series(False, index=claims.index, dtype=bool)
    if pattern is None or claims.empty or "text" not in claims:
        return out
    attributed = (claims["status"] == ClaimStatus.ASSERTED.value) & (
        claims["attribution"] != "narrator"
    )
    pronouns = _words(language)[1]

    def holds(text: object) -> bool:
        # the pattern only where a pronoun's letters are, seldom: exact, as a pronoun the
        # pattern matches in any case is in the case-folded text
        if not isinstance(text, str):
            return False
        low = text.casefold()
        return any(p in low for p in pronouns) and pattern.search(text) is not None

    rows = claims.index[attributed.to_numpy(dtype=bool)]
    hits = [holds(t) for t in claims.loc[rows, "text"].tolist()]
    out.loc[rows] = pd.Series(hits, index=rows, dtype=bool)
    return out
