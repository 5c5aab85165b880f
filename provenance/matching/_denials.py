"""Denials matched across articles: "the Kremlin denied reports that ..." against the claim.

A denial in one article contradicts a claim of another article when both fall
in the same time window, name a common proper name (a capitalized word of the
claim text: a place, a person, a body), and say the same thing: at least
``min_shared`` content words in common, covering at least ``min_overlap`` of
the shorter claim's content words. The denial and the claim must come from
different sources (a source does not deny itself) and different articles
(denials inside one article are the suites' ``claim.denial_contradicts``); a
claim nested in a denial of its own article ("denied reports that [...]") is
what that denial answers, never the claim denied.

The key of a pair is ``(window, name)``; a pair sharing several names is kept
only under the first of them, so the function gives the same rows on each part
of any partition of :func:`denial_keys` by key, concatenated, as on the whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from provenance.lexicon.matching import MatchLexicon
from provenance.matching._keys import MatchSettings

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DENIAL_COLUMNS",
    "DenialSettings",
    "denial_cells",
    "denial_keys",
    "match_denials",
    "pair_denials",
]

_NAME = re.compile(r"\b[A-Z][\w'-]{2,}")
_WORD = re.compile(r"\w{4,}")
_SEP = "\x1f"

DENIAL_COLUMNS = (
    "claim_id",
    "denial_claim_id",
    "article_id",
    "denial_article_id",
    "source_id",
    "denial_source_id",
    "agency",
    "denial_agency",
    "shared",
)
"""One row per (claim, denial of it in another article); ``shared`` counts common words."""


@dataclass(frozen=True, slots=True)
class DenialSettings:
    """How a denial is matched to a claim of another article.

    ``window_days`` buckets articles as :class:`MatchSettings` does; two claims
    must share ``min_shared`` content words, covering ``min_overlap`` of the
    shorter one's content words (function words of the language's
    ``matching.yaml`` do not count).
    """

    window_days: int = MatchSettings().window_days
    min_shared: int = 2
    min_overlap: float = 0.6


def _terms(lex: MatchLexicon, text: str) -> str:
    """Names and content words of a claim text, as ``names<SEP>words`` (space-separated).

    A name is a capitalized word that does not open the text (an opening word is
    capitalized whatever it is).
    """
    stop = lex.stopwords | lex.function_words
    names = {
        m.group()
        for m in _NAME.finditer(text)
        if m.start() > 0 and m.group().casefold() not in stop
    }
    words = {lex.lemma(w) for w in _WORD.findall(text.casefold()) if w not in stop}
    return " ".join(sorted(names)) + _SEP + " ".join(sorted(words))


def _inside_a_denial(claims: pd.DataFrame, denial: pd.Series) -> pd.Series:
    """Claims whose span lies in a denial of their own article ("denied reports that [X]").

    Such a claim is what the denial answers, not a claim its article makes: it
    is never the claim denied elsewhere.
    """
    import pandas as pd

    if "start" not in claims or "end" not in claims:
        return pd.Series(False, index=claims.index)
    spans = claims[["claim_id", "article_id", "start", "end"]]
    pairs = spans.merge(spans[denial.to_numpy()], on="article_id", suffixes=("", "_d"))
    inside = (
        (pairs["claim_id"] != pairs["claim_id_d"])
        & (pairs["start"] >= pairs["start_d"])
        & (pairs["end"] <= pairs["end_d"])
    )
    return claims["claim_id"].isin(pairs.loc[inside, "claim_id"])


def _overlap(pairs: pd.DataFrame) -> pd.DataFrame:
    """``pairs`` with ``shared`` (common words), ``smaller`` and ``first`` (common name)."""
    shared, first, smaller = [], [], []
    for names, names_d, words, words_d in zip(
        pairs["names"], pairs["names_d"], pairs["words"], pairs["words_d"], strict=True
    ):
        common_names = set(names.split(" ")) & set(names_d.split(" "))
        a, b = set(words.split(" ")) - {""}, set(words_d.split(" ")) - {""}
        first.append(min(common_names) if common_names else "")
        shared.append(len(a & b))
        smaller.append(max(1, min(len(a), len(b))))
    return pairs.assign(shared=shared, first=first, smaller=smaller)


def denial_keys(
    claims: pd.DataFrame, articles: pd.DataFrame, settings: DenialSettings | None = None
) -> pd.DataFrame:
    """One row per (claim, key name): ``claim_id``, ``name``, ``window``, ``names``, ``words``.

    Claims without a date or a name have no row: they cannot be matched.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_id": ["c"], "article_id": ["a"],
        ...     "text": ["Russian troops entered the Dnipropetrovsk region"]})
        >>> articles = pd.DataFrame({"article_id": ["a"],
        ...     "published": pd.to_datetime(["2025-06-21"], utc=True), "language": ["en"]})
        >>> denial_keys(claims, articles)["name"].tolist()
        ['Dnipropetrovsk']
    """
    import pandas as pd

    from provenance.matching._keys import _EPOCH, _per_distinct

    s = settings or DenialSettings()
    meta = articles.set_index("article_id")
    lang = claims["article_id"].map(meta["language"]) if "language" in meta else None
    lang = pd.Series("en", index=claims.index) if lang is None else lang.fillna("en")
    terms = _per_distinct(claims["text"].astype(object), lang, _terms).fillna(_SEP).astype(str)
    parts = terms.str.extract(f"^([^{_SEP}]*){_SEP}(.*)$")
    published = pd.to_datetime(claims["article_id"].map(meta["published"]), utc=True)
    epoch = pd.Timestamp(_EPOCH, tz="UTC")
    window = (published - epoch) // pd.Timedelta(days=s.window_days)
    out = pd.DataFrame(
        {
            "claim_id": claims["claim_id"].astype(object),
            "names": parts[0].astype(object),
            "words": parts[1].astype(object),
            "window": window.astype("Int64"),
        }
    )
    out = out[out["window"].notna() & (out["names"] != "")]
    out = out.assign(name=out["names"].str.split(" ")).explode("name")
    return out[["claim_id", "name", "window", "names", "words"]].reset_index(drop=True)


def denial_cells(
    claims: pd.DataFrame,
    articles: pd.DataFrame,
    settings: DenialSettings | None = None,
    keys: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The rows :func:`pair_denials` matches: :func:`denial_keys` with what each claim is.

    Beside the keys: ``article_id``, ``source_id``, ``agency``, ``denial`` (the
    claim denies something) and ``answered`` (its own article already denies
    it). Everything here depends on one article, so an engine computes the
    cells per partition of whole articles, then shuffles them on ``(window, name)``.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_id": ["c"], "article_id": ["a"], "source_id": ["s"],
        ...     "status": ["asserted"], "cue": ["said"],
        ...     "text": ["Russian troops entered the Dnipropetrovsk region"]})
        >>> articles = pd.DataFrame({"article_id": ["a"], "agency": ["AFP"],
        ...     "published": pd.to_datetime(["2025-06-21"], utc=True)})
        >>> denial_cells(claims, articles)[["name", "denial", "answered"]].values.tolist()
        [['Dnipropetrovsk', False, False]]
    """
    from provenance.rules.claims import denies

    s = settings or DenialSettings()
    every = denial_keys(claims, articles, s)
    keys = every if keys is None else keys
    info = claims[["claim_id", "article_id", "source_id"]].assign(denial=denies(claims))
    info = info[~_inside_a_denial(claims, info["denial"])]
    # A claim its own story already answers with a matching denial ("Moscow claimed X;
    # Kyiv denied it") is the in-article rule's; found per article, whatever the key part.
    per_claim = every.drop_duplicates("claim_id").merge(info, on="claim_id")
    home = per_claim[~per_claim["denial"]].merge(
        per_claim[per_claim["denial"]], on="article_id", suffixes=("", "_d")
    )
    home = _overlap(home[home["source_id"] != home["source_id_d"]])
    answered = home.loc[
        (home["shared"] >= s.min_shared) & (home["shared"] >= s.min_overlap * home["smaller"]),
        "claim_id",
    ]
    cells = keys.merge(info, on="claim_id")
    agency = articles.set_index("article_id")["agency"]
    return cells.assign(
        agency=cells["article_id"].map(agency).astype(object),
        answered=cells["claim_id"].isin(answered).astype(bool),
    )


def pair_denials(cells: pd.DataFrame, settings: DenialSettings | None = None) -> pd.DataFrame:
    """Pairs of a claim and a denial of it in another article, from :func:`denial_cells`.

    Correct on each part of any partition of the cells by ``(window, name)``:
    the parts' pairs, concatenated, are the pairs of the whole.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame({"claim_id": ["c", "d"], "name": ["Kyiv", "Kyiv"],
        ...     "window": [1, 1], "names": ["Kyiv", "Kyiv"],
        ...     "words": ["troops entered city", "troops entered city"],
        ...     "article_id": ["a1", "a2"], "source_id": ["s1", "s2"],
        ...     "agency": ["AFP", "AP"], "denial": [False, True], "answered": [False, False]})
        >>> pair_denials(cells)[["claim_id", "denial_claim_id", "shared"]].values.tolist()
        [['c', 'd', 3]]
    """
    import pandas as pd

    s = settings or DenialSettings()
    d = cells[cells["denial"]]
    c = cells[~cells["denial"]]
    pairs = c.merge(d, on=["window", "name"], suffixes=("", "_d"))
    pairs = pairs[
        (pairs["article_id"] != pairs["article_id_d"])
        & (pairs["source_id"] != pairs["source_id_d"])
    ]
    if pairs.empty:
        return pd.DataFrame(columns=list(DENIAL_COLUMNS))
    pairs = _overlap(pairs)
    keep = (
        (pairs["name"] == pairs["first"])
        & (pairs["shared"] >= s.min_shared)
        & (pairs["shared"] >= s.min_overlap * pairs["smaller"])
        & ~pairs["answered"].astype(bool)
    )
    out = pairs[keep].rename(
        columns={
            "claim_id_d": "denial_claim_id",
            "article_id_d": "denial_article_id",
            "source_id_d": "denial_source_id",
            "agency_d": "denial_agency",
        }
    )
    out = out.assign(
        agency=out["agency"].astype(object), denial_agency=out["denial_agency"].astype(object)
    )
    out = out.sort_values(["claim_id", "denial_claim_id"], kind="stable")
    return out[list(DENIAL_COLUMNS)].reset_index(drop=True)


def match_denials(
    claims: pd.DataFrame,
    sources: pd.DataFrame,
    articles: pd.DataFrame,
    settings: DenialSettings | None = None,
    keys: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Pairs of a claim and a denial of it in another article, by another source.

    ``keys`` are rows of :func:`denial_keys` (all of them by default): an engine
    that shuffles the keys by ``(window, name)`` calls this once per part, with
    that part's rows, and concatenates; each pair comes out of one part only.
    (An engine whose claims are spread over partitions shuffles
    :func:`denial_cells` instead and calls :func:`pair_denials` per part.)

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_id": ["c", "d"], "article_id": ["a1", "a2"],
        ...     "source_id": ["ru", "kremlin"], "status": ["asserted", "denied"],
        ...     "cue": ["said", "denied"], "text": [
        ...     "Russian troops entered the Dnipropetrovsk region",
        ...     "reports that Russian troops entered the Dnipropetrovsk region"]})
        >>> articles = pd.DataFrame({"article_id": ["a1", "a2"], "agency": ["AFP", "AP"],
        ...     "published": pd.to_datetime(["2025-06-21", "2025-06-22"], utc=True)})
        >>> match_denials(claims, None, articles)[["claim_id", "denial_claim_id"]].values.tolist()
        [['c', 'd']]
    """
    del sources  # independence is by source_id, as for figures
    return pair_denials(denial_cells(claims, articles, settings, keys), settings)
