"""A sentence that sets what one source said against what another said.

"A spokesman said the senator is still reviewing the bill. *That is contrary to an
assertion made by Trump* on Sunday. “He'll be a NO,” Trump wrote.": the narrator's
sentence opens with a pronoun pointing back to the claim just given (one of
``contrast_subjects``), links it to another's claim with one of ``contrast_links``
("contrary to", "at odds with", "contradicts") and names that other source. The claim
pointed back to contradicts the nearest claim of the source named, before or after the
sentence, within a few sentences (:data:`CONTRAST_WINDOW` characters). The words are the
matching lexicon's (``data/<lang>/matching.yaml``).

A passive link naming its agent ("This *was contradicted by* truck drivers, who said it
stayed shut", one of ``contrast_agent_links``) turns the pair round: the source named
contradicts the claim pointed back to.

Neighbours that state no contrast: a link naming no source of the text ("That is at odds
with the law"), a sentence opening with a noun of its own ("The plan is contrary to ...").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CONTRAST_WINDOW", "contrasted_claim"]

#: Most characters between a contrast sentence and either claim it sets against the other.
CONTRAST_WINDOW = 400

#: Most words between the pointing subject and the link ("That *is* contrary to",
#: "This *appears to be* at odds with").
_GAP_WORDS = 3

#: Fewest letters of a word of a source's name that the contrast sentence must repeat.
_NAME_LETTERS = 3

_COLUMNS = ("claim_id", "article_id", "source_id", "start", "end", "attribution", "text")


def contrasted_claim(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For each ``open_`` attributed claim a contrast sentence points back to, the claim of
    the other source it is set against; null elsewhere.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["s", "n", "t"], "article_id": ["x"] * 3,
        ...     "source_id": ["aide", "reuters", "trump"], "start": [0, 40, 95],
        ...     "end": [38, 94, 120], "attribution": ["indirect", "narrator", "direct"],
        ...     "source_text": ["an aide", None, "Trump"],
        ...     "text": ["the senator is still undecided",
        ...              "That is contrary to an assertion made by Trump on Sunday.",
        ...              "He will vote no"]})
        >>> contrasted_claim(claims, pd.Series([True] * 3)).tolist()
        ['t', None, None]
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    lex = match_lexicon(None)
    if not lex.contrast_subjects or not lex.contrast_links or not set(_COLUMNS) <= set(claims):
        return out
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    narrator = (claims["attribution"] == "narrator").astype(bool)
    body = text[narrator].str.casefold().str.strip(" “”\"'‘’")
    links = (*lex.contrast_links, *lex.contrast_agent_links)
    parts = body.str.extract(_contrast_re(lex.contrast_subjects, links)).dropna()
    if parts.empty:
        return out
    rest = parts[1]
    # "This was contradicted by truck drivers": the source named contradicts the claim
    agentive = parts[0].str.split().str.join(" ").isin(lex.contrast_agent_links)
    # "That account is at odds with [what witnesses told Reuters]": the source named in a
    # free relative answers the claim pointed back to, and states nothing of its own here
    agentive |= rest.str.match(r"\s*what\s").astype(bool)
    attributed = claims[~narrator & claims["source_id"].notna()]
    names = _name_words(attributed, lex.function_words)
    starts = claims["start"].astype("int64")
    ends = claims["end"].astype("int64")
    hits: dict[object, object] = {}
    for row, said in zip(rest.index.tolist(), rest.tolist(), strict=True):
        start, end = int(starts[row]), int(ends[row])
        same = attributed[attributed["article_id"] == claims["article_id"][row]]
        before = same[(ends[same.index] <= start) & (ends[same.index] >= start - CONTRAST_WINDOW)]
        if before.empty:
            continue
        pointed = before.sort_values(["end", "start"]).index[-1]
        if not bool(open_.get(pointed, False)) and not bool(agentive[row]):
            continue
        words = frozenset(re.findall(r"\w+", str(said)))
        # the other source named after the link, in a claim near the sentence
        near = starts[same.index]
        named = same[
            (same["source_id"] != claims["source_id"][pointed])
            & (near >= int(starts[pointed]) - CONTRAST_WINDOW)
            & (near <= end + CONTRAST_WINDOW)
            & names.reindex(same.index).map(words.isdisjoint).eq(False)
        ]
        if named.empty:
            continue
        after = starts[named.index] - end
        distance = after.where(after >= 0, start - ends[named.index])
        other = distance.sort_values(kind="stable").index[0]
        if bool(agentive[row]):
            if bool(open_.get(other, False)):
                hits[other] = claims["claim_id"][pointed]
            continue
        hits[pointed] = named["claim_id"][other]
    mapped = out.index.to_series().map(hits)
    return out.where(mapped.isna(), mapped)


def _name_words(claims: pd.DataFrame, function_words: frozenset[str]) -> pd.Series:
    """Per claim, the case-folded words of its source's name as written (at least
    :data:`_NAME_LETTERS` letters, function words aside)."""
    import pandas as pd

    if "source_text" not in claims:
        return pd.Series([frozenset()] * len(claims), index=claims.index, dtype=object)
    written = claims["source_text"].astype(object).where(claims["source_text"].notna(), "")
    return (
        written.astype(str)
        .str.casefold()
        .map(
            lambda s: frozenset(
                w
                for w in re.findall(r"\w+", s)
                if len(w) >= _NAME_LETTERS and w not in function_words and not w.isdigit()
            )
        )
    )


@functools.cache
def _contrast_re(subjects: tuple[str, ...], links: tuple[str, ...]) -> re.Pattern[str]:
    """A contrast sentence: a pointing subject, a few words, a link; the link and the rest
    captured."""

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    return re.compile(
        rf"^(?:{alt(subjects)})(?:\s+[\w’']+){{0,{_GAP_WORDS}}}?\s+({alt(links)})(?!\w)(.*)$",
        re.DOTALL,
    )
