"""Denials whose object names whose claim it is: "the plaintiffs' claims were speculative".

"The plaintiffs said [they are legally injured ...]. ... Daniels said [the plaintiffs’
claims] were speculative": a possessive before a claim head (the cue lexicon's
``claim_heads``) names the source of the claim denied, however far back, as a claim
noun names its cue's lemma; it wins over the nearest claim of anyone else. The claim
answered is the first claim before the denial, in the same article, of another source
than the denial's whose source phrase as written shares a content word with the
possessor: where that source first states what the possessive sums up (the lead, not
a later detail of it). Words are compared on their first ``echo_prefix`` letters of
the matching lexicon ("plaintiff" of "plaintiffs’" and "plaintiffs"); its
``function_words`` and words shorter than :data:`_MIN_WORD` letters do not count.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["judged_claim", "owned_claim", "said_forms_re"]

_COLUMNS = ("claim_id", "article_id", "source_id", "source_text", "start", "end", "text")

#: Fewest letters of a word shared by a possessor and a source phrase.
_MIN_WORD = 4


@functools.cache
def _owned_re(language: str | None = None) -> re.Pattern[str] | None:
    """A whole object: maybe a determiner, a possessor of one to three words, at most two
    modifiers, a claim head that is no pronoun, and "of" and one noun at most."""
    from provenance.rules.replies import language_cues

    lex = language_cues(language)
    if lex is None:
        return None
    pronouns = {*lex.thing_pronouns, *lex.subject_determiners}
    heads = sorted((h for h in lex.claim_heads if h not in pronouns), key=len, reverse=True)
    if not heads or not lex.subject_determiners:
        return None  # a language without claim heads reads no possessed claim
    determiners = "|".join(map(re.escape, sorted(lex.subject_determiners, key=len, reverse=True)))
    return re.compile(
        rf"(?:(?:{determiners})\s+)?(?P<owner>(?:[\w.-]+\s+){{0,2}}[\w.-]+?)(?:['’]s|s['’])\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(map(re.escape, heads))})"
        # "the army's version [of events]": one noun after "of" names no other claim
        r"(?:\s+of\s+[\w-]+)?",
        re.IGNORECASE,
    )


@functools.cache
def _relative_owner_re(language: str | None = None) -> re.Pattern[str]:
    """A free relative of a verb of saying: "what [the minister] said", "what [Trump] has
    claimed" (a determiner at most, one to four words, an auxiliary at most, a one-word
    form of a cue verb taking a clause)."""
    return re.compile(
        rf"what\s+(?P<owner>(?:[\w.’'-]+\s+){{0,3}}[\w.’'-]+)\s+(?:[a-z]+\s+)?"
        rf"(?:{said_forms_re(language)})",
        re.IGNORECASE,
    )


@functools.cache
def said_forms_re(language: str | None = None) -> str:
    """An alternation of the one-word forms of a language's cue verbs taking a clause
    ("said", "claimed", "told"); one that matches nothing without cue verbs."""
    from provenance.rules.replies import telling_forms

    forms = telling_forms(language)
    return "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) or "(?!)"


def _words(text: object, stop: frozenset[str], n: int) -> frozenset[str]:
    if not isinstance(text, str):
        return frozenset()
    found = re.findall(r"\w+", text.casefold().replace("’s", "").replace("'s", ""))
    return frozenset(w[:n] for w in found if len(w) >= _MIN_WORD and w not in stop)


def _fronted_object(body: str, fronted: tuple[str, ...]) -> str:
    """The object of a fronted contest up to its comma, else the whole ``body`` stripped.

    "Contrary to [the government's claims], the dam held": the claim noun phrase the
    sentence is set against names whose claim it is, as a denial's object does.

    Example:
        >>> _fronted_object("But contrary to the army's account, no one died.", ("contrary to",))
        "the army's account"
        >>> _fronted_object("the plaintiffs’ claims.", ("contrary to",))
        'the plaintiffs’ claims'
    """
    text = body.strip(' .,;:“”"')
    folded = text.casefold()
    for lead in ("", "but "):
        for word in fronted:
            opening = lead + word + " "
            if folded.startswith(opening) and "," in text:
                return text[len(opening) : text.index(",")].strip()
    return text


def owned_claim(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For each ``open_`` denial of a possessed claim noun, the claim of the possessor.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["p", "o", "d"], "article_id": ["x"] * 3,
        ...     "source_id": ["plaintiffs", "critics", "daniels"],
        ...     "source_text": ["The plaintiffs", "Critics", "Daniels"],
        ...     "start": [0, 60, 120], "end": [40, 90, 140],
        ...     "text": ["they are legally injured", "that is not enough",
        ...              "the plaintiffs’ claims"]})
        >>> owned_claim(claims, pd.Series([False, False, True])).tolist()
        [None, None, 'p']
    """
    from provenance.rules.replies import by_language

    return by_language(claims, open_, _owned_claim)


def _owned_claim(claims: pd.DataFrame, open_: pd.Series, language: str) -> pd.Series:
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    pattern = _owned_re(language)
    if pattern is None or not set(_COLUMNS) <= set(claims.columns) or not open_.any():
        return out
    mlex = match_lexicon(language)
    stop, n = mlex.function_words, max(mlex.echo_prefix, _MIN_WORD)
    owners: dict[object, tuple[object, int, object, frozenset[str]]] = {}
    rows = claims.loc[open_, ["text", "article_id", "start", "source_id"]]
    for row, body, art, start, source in zip(
        rows.index, rows["text"], rows["article_id"], rows["start"], rows["source_id"], strict=True
    ):
        said = _fronted_object(str(body), mlex.fronted_contests)
        found = pattern.fullmatch(said)
        if found is None and said[:5].casefold() == "what ":
            # "Contrary to [what the minister said], ...": the relative's subject owns it
            found = _relative_owner_re(language).fullmatch(said)
        if found is not None and (words := _words(found.group("owner"), stop, n)):
            owners[row] = (art, int(start), source, words)
    return _first_claims_of(claims, owners, stop, n)


def _first_claims_of(
    claims: pd.DataFrame,
    owners: dict[object, tuple[object, int, object, frozenset[str]]],
    stop: frozenset[str],
    n: int,
) -> pd.Series:
    """By row of ``owners`` (article, start, source, owner words), the first earlier claim of
    another source whose source phrase shares an owner word; null elsewhere."""
    import pandas as pd

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    if not owners:
        return out
    hits: dict[object, object] = {}
    for row, (art, start, source, words) in owners.items():
        same = claims[(claims["article_id"] == art) & (claims["end"] <= start)]
        same = same[same["source_id"] != source]
        named = same["source_text"].map(lambda s, w=words: bool(_words(s, stop, n) & w))
        earlier = same[named.astype(bool)]
        if not earlier.empty:
            hits[row] = earlier.sort_values(["start", "end"])["claim_id"].iloc[0]
    return pd.Series([hits.get(i) for i in claims.index], index=claims.index, dtype=object)


@functools.cache
def _judged_re(language: str | None = None) -> re.Pattern[str] | None:
    """A whole content judging a source: a determiner at most, a name of one to four words,
    a copula, a degree word at most, one of ``source_evaluations``."""
    from provenance.lexicon.matching import match_lexicon
    from provenance.rules.replies import language_cues

    judged = match_lexicon(language).source_evaluations
    lex = language_cues(language)
    if not judged or lex is None or not lex.copulas:
        return None

    def alt(words: tuple[str, ...] | frozenset[str]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)

    determiners = alt(tuple(lex.subject_determiners))
    return re.compile(
        rf"(?:(?:{determiners})\s+)?(?P<owner>(?:[\w.-]+\s+){{0,3}}?[\w.-]+)\s+"
        rf"(?:{alt(lex.copulas)})\s+(?:(?:{alt(lex.evaluation_degrees)})\s+)?(?:{alt(judged)})",
        re.IGNORECASE,
    )


def judged_claim(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For each ``open_`` claim saying a source is wrong, that source's first earlier claim.

    "The mayor said crime had fallen by a third. The union said [the mayor was wrong]":
    the content is a name, a copula and one of the matching lexicon's
    ``source_evaluations``; the claim answered is found as :func:`owned_claim` finds a
    possessor's (the first earlier claim of another source whose source phrase shares a
    word of the name). "He was wrong" names no one (its pronoun is too short a word) and
    "the plan was wrong" names no source of the text: null.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["m", "u"], "article_id": ["x"] * 2, "source_id": ["mayor", "union"],
        ...     "source_text": ["The mayor", "The union"], "start": [10, 60], "end": [37, 90],
        ...     "text": ["crime had fallen by a third", "the mayor was simply wrong"]})
        >>> judged_claim(claims, pd.Series([False, True])).tolist()
        [None, 'm']
    """
    from provenance.rules.replies import by_language

    return by_language(claims, open_, _judged_claim)


def _judged_claim(claims: pd.DataFrame, open_: pd.Series, language: str) -> pd.Series:
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    pattern = _judged_re(language)
    if pattern is None or not set(_COLUMNS) <= set(claims.columns) or not open_.any():
        return out
    mlex = match_lexicon(language)
    stop, n = mlex.function_words, max(mlex.echo_prefix, _MIN_WORD)
    owners: dict[object, tuple[object, int, object, frozenset[str]]] = {}
    rows = claims.loc[open_, ["text", "article_id", "start", "source_id"]]
    for row, body, art, start, source in zip(
        rows.index, rows["text"], rows["article_id"], rows["start"], rows["source_id"], strict=True
    ):
        found = pattern.fullmatch(str(body).strip(' .,;:“”"'))
        if found is not None and (words := _words(found.group("owner"), stop, n)):
            owners[row] = (art, int(start), source, words)
    return _first_claims_of(claims, owners, stop, n)
