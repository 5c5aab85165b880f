"""The checked views: each table with the columns its rules compute.

The expectation suites run over these views, not the raw tables, so a suite
file only ever names built-in expectation types over plain columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.rules.claims import (
    answered_claim,
    contradicted_claim,
    corroborated,
    denied_by_name,
    evaluates,
    is_charge,
    is_hedged,
    is_named_allegation,
    is_unconfirmed,
    is_uncontested_denial,
    negated_hedge,
    refuted,
    unconfirming_words,
)
from provenance.rules.figures import (
    COMPARABLE_KINDS,
    PARTY_ONLY_MIN_VALUE,
    conflicting_claim,
    is_party,
    unit_key,
)
from provenance.rules.image_credits import metadata_mismatch
from provenance.rules.relatives import labeled_by_relative
from provenance.rules.replies import narrator_doubted
from provenance.rules.shares import conflicting_share
from provenance.rules.trailing import carried_by_report, charge_to_nested
from provenance.rules.wins import claimed_win

if TYPE_CHECKING:
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = [
    "PARTY_KEY_COLUMNS",
    "VIEW_IDS",
    "cue_words",
    "local_views",
    "party_keys",
    "party_only_from_keys",
    "quantity",
    "reader_names",
    "rule_views",
]

#: The id column of each view: the subject of its findings.
VIEW_IDS: dict[str, str] = {
    "articles": "article_id",
    "photo_credits": "credit_id",
    "claims": "claim_id",
    "figures": "figure_id",
}


#: What a claim's source is said to do when the text gives no cue word.
_DEFAULT_CUES = {
    "asserted": "says",
    "hedged": "is reported, with hedging,",
    "denied": "denies",
    "unconfirmed": "has not confirmed",
}
#: Kinds whose unit reads after the number ("53,000 Russian soldiers");
#: money and percentages carry theirs in the text ("$5m", "24%").
_COUNTED = ("cardinal", "ordinal", "vague", "duration")


def _names(tables: Tables) -> pd.Series:
    return tables.sources.set_index("source_id")["name"]


def reader_names(name: pd.Series, written: pd.Series | None = None) -> pd.Series:
    """Source names as a sentence writes them: a common noun with its article.

    A name in lower case is a common noun ("ministry", "senior official") and takes
    "the"; so does a name ending in a lower-case word ("Russian government", "Israeli
    military": a common noun after its adjective) and a name the text writes after "the"
    ("The Kremlin said" -> "the Kremlin"), a message reading "denies what the ministry
    claims", never "what ministry claims". Names of people stay bare (a particle ends no
    name: "Vincent van Gogh", "Abdel Fattah al-Sisi").

    Example:
        >>> import pandas as pd
        >>> names = pd.Series(["ministry", "Kremlin", "Volodymyr Zelensky", "Russian government"])
        >>> written = pd.Series(["The ministry", "The Kremlin", "he", "Moscow"])
        >>> reader_names(names, written).tolist()
        ['the ministry', 'the Kremlin', 'Volodymyr Zelensky', 'the Russian government']
    """
    text = name.astype(object)
    known = text.notna()
    as_str = text.where(known, "").astype(str)
    article = (as_str.str.match(r"[a-z]") | as_str.str.contains(r"\s[a-z]+$")) & ~as_str.str.match(
        r"(?:the|a|an)\s"
    )
    if written is not None:
        shown = written.astype(object).where(written.notna(), "").astype(str)
        the = shown.str.match(r"[Tt]he\s")
        article = article | (the & (shown.str[4:].str.strip().str.lower() == as_str.str.lower()))
    return text.where(~(article & known), "the " + as_str)


def cue_words(claims: pd.DataFrame) -> pd.Series:
    """The cue as written, or a phrase for the status when the text has none."""
    return (
        claims["cue"]
        .astype(object)
        .where(claims["cue"].notna(), claims["status"].map(_DEFAULT_CUES))
    )


def quantity(figures: pd.DataFrame) -> pd.Series:
    """A figure as a reader would say it: its text, and the unit when that reads after it."""
    from provenance.rules.figures import unit_in_text

    with_unit = figures["kind"].isin(_COUNTED) & figures["unit"].notna() & ~unit_in_text(figures)
    joined = figures["text"].astype(str) + " " + figures["unit"].astype(str)
    return joined.where(with_unit, figures["text"].astype(str)).astype(object)


def rule_views(tables: Tables) -> dict[str, pd.DataFrame]:
    """Compute every rule column, returning one view per checked table.

    The views of :func:`local_views`, with the figures' ``party_only`` from
    :func:`party_only_from_keys` over all the figures.

    Example:
        >>> views = rule_views(tables)  # doctest: +SKIP
        >>> views["claims"]["hedged"].sum()  # doctest: +SKIP
        1
    """
    import pandas as pd

    views = local_views(tables)
    flags = party_only_from_keys(party_keys(tables.figures, tables.sources))
    figures = views["figures"]
    party = pd.Series(flags.to_numpy(dtype=bool), index=figures.index, dtype=bool)
    return {**views, "figures": figures.assign(party_only=party)}


def local_views(tables: Tables) -> dict[str, pd.DataFrame]:
    """Every rule column that depends on one article: the views without ``party_only``.

    The views of a set of articles are the views of its parts, concatenated, so
    an engine computes them per partition (articles with their claims, figures
    and credits together, and the sources they name). The figures view lacks
    ``party_only``: that column groups figures across articles (see
    :func:`party_keys`).

    Example:
        >>> views = local_views(tables)  # doctest: +SKIP
        >>> "party_only" in views["figures"]  # doctest: +SKIP
        False
    """
    names = _names(tables)
    claims = tables.claims
    # each claim read in its article's language ("fr": no English reading of French text)
    read = claims
    if "language" not in claims and "language" in tables.articles:
        languages = tables.articles.set_index("article_id")["language"]
        read = claims.assign(language=claims["article_id"].map(languages))
    contradicted = contradicted_claim(read)
    answered = answered_claim(read, contradicted)
    contradicted = contradicted.where(contradicted.notna(), answered)
    kinds = claims["source_id"].map(tables.sources.set_index("source_id")["kind"])
    # "..., the newspaper reported and Yancey confirmed": a second source's word, no charge
    bodies = tables.articles.set_index("article_id")["body"]
    charged = (
        is_charge(claims, kinds)
        | is_named_allegation(claims, answered)
        | carried_by_report(claims, names)
        # "what officials described as 30 attacks": the source's label, left to verify
        | labeled_by_relative(claims, bodies)
    )
    # "The army said X. [That seemed implausible.]": the narrator's doubt leaves X unverified
    unconfirmed = is_unconfirmed(claims) | narrator_doubted(read)
    written = claims.get("source_text")
    hedged = is_hedged(claims)
    claim_view = claims.assign(
        source_name=reader_names(claims["source_id"].map(names), written),
        cue_words=cue_words(claims),
        # "denied [allegations of X]": X is the denial's object, no hedge of its own
        hedged=hedged
        & ~denied_by_name(claims, contradicted, hedged)
        & ~refuted(claims)
        & ~negated_hedge(claims, bodies)
        # "claimed victory in the marathon": a win taken, nothing to verify
        & ~claimed_win(claims),
        unconfirmed=unconfirmed,
        # the words saying so ("could not be independently verified"), else the cue
        unconfirmed_cue=unconfirming_words(claims, unconfirmed, bodies).where(
            lambda w: w.notna(), cue_words(claims)
        ),
        # a denial pointing back names its claim ("denies the allegation"); a nested one
        # ("denied Russian claims that ...") leaves the claim's status to its own cue
        # "called [rumours that X] baseless": the source evaluating the rumours makes no charge
        charge=_undenied(
            claims,
            contradicted,
            charged & ~corroborated(claims, charged, bodies) & ~evaluates(claims),
        ),
        denied=is_uncontested_denial(claims, contradicted),
        contradicted_claim_id=contradicted,
    )
    claim_text = claims.set_index("claim_id")["text"]
    claim_source = claim_view.set_index("claim_id")["source_name"]
    claim_view = claim_view.assign(
        related_text=claim_view["contradicted_claim_id"].map(claim_text),
        related_source=claim_view["contradicted_claim_id"].map(claim_source),
    )

    figures = tables.figures
    conflict = conflicting_claim(figures, claims)
    # "put turnout at 40%" against "a third of workers had stopped work": rival shares
    share = conflicting_share(figures, claims)
    conflict = conflict.where(conflict.notna(), share)
    figure_view = figures.assign(
        source_name=reader_names(figures["source_id"].map(names)),
        quantity=quantity(figures),
        comparable=figures["kind"].isin([k.value for k in COMPARABLE_KINDS]),
        conflicting_claim_id=conflict,
        related_text=conflict.map(claim_text),
        related_source=conflict.map(claim_source),
    )

    credits = tables.photo_credits
    credit_view = credits.assign(
        unnamed_supplier=credits["name"].isna().astype(bool),
        metadata_mismatch=metadata_mismatch(credits),
    )

    articles = tables.articles
    article_view = articles.drop(columns=["body", "published"]).assign(
        agency_unknown=articles["agency"].isna().astype(bool)
    )
    return {
        "articles": article_view,
        "photo_credits": credit_view,
        "claims": claim_view,
        "figures": figure_view,
    }


#: Words a denied report's naming may take before its claim: "a report by an investigative
#: outlet that", "a report in the Daily Mail that".
_REPORT_WORDS = 8


def _undenied(claims: pd.DataFrame, contradicted: pd.Series, charged: pd.Series) -> pd.Series:
    """Charged claims, carried to the claims they nest, but for those a denial names.

    "The club denied [a newspaper report that [its manager had been sacked]]": the report
    is what the club denies, a contradiction; the guideline flags no hedge beside it.
    """
    charge = charge_to_nested(claims, charged)
    named = denied_by_name(claims, contradicted, charge, naming_words=_REPORT_WORDS)
    return (charge & ~named).astype(bool)


#: The columns of :func:`party_keys`: the figure, its grouping key and what the group needs.
PARTY_KEY_COLUMNS: tuple[str, ...] = (
    "figure_id",
    "unit_key",
    "value",
    "party",
    "side",
    "estimate",
    "comparable",
)


def party_keys(figures: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Per figure: its grouping key (``unit_key``, ``value``) and what its group needs.

    ``party``: its source is a party to the story; ``side``: that party's side;
    ``estimate``: large or approximate enough to check; ``comparable``: it has
    a unit key and a value. Computed per partition of the figures (with the
    sources they name); engines shuffle these rows on (``unit_key``, ``value``)
    and call :func:`party_only_from_keys` per partition.

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"figure_id": ["f"], "source_id": ["s"], "unit": ["dead"],
        ...                   "kind": ["cardinal"], "value": [40.0], "approximate": [False]})
        >>> s = pd.DataFrame({"source_id": ["s"], "kind": ["military"], "affiliation": ["X"]})
        >>> party_keys(f, s)[["unit_key", "party", "side", "estimate"]].values.tolist()
        [['dead', True, 'X', True]]
    """
    import pandas as pd

    party = sources.assign(_party=is_party(sources)).set_index("source_id")
    key = unit_key(figures)
    # -0.0 and 0.0 are one value: make them one hash for engines that shuffle on it.
    value = figures["value"].astype("float64") + 0.0
    is_party_source = figures["source_id"].map(party["_party"]).fillna(False).astype(bool)
    side = figures["source_id"].map(party["affiliation"]).astype(object)
    estimate = (value.abs() >= PARTY_ONLY_MIN_VALUE) | figures["approximate"].astype(bool)
    return pd.DataFrame(
        {
            "figure_id": figures["figure_id"],
            "unit_key": key.astype(object),
            "value": value,
            "party": is_party_source,
            "side": side.where(side.notna(), None),
            "estimate": estimate.fillna(False).astype(bool),
            "comparable": (key.notna() & value.notna()).astype(bool),
        },
        index=figures.index,
    )


def party_only_from_keys(keys: pd.DataFrame) -> pd.Series:
    """Which figures have only parties to the story as sources (index: ``figure_id``).

    A party's figure is corroborated when a source that is not a party, or a
    party of another side, gives the same value for the same unit key. Each
    (``unit_key``, ``value``) group is decided on its own rows alone, so the
    answer is the same on any hash partition of the keys as on all of them.

    Example:
        >>> import pandas as pd
        >>> keys = pd.DataFrame({"figure_id": ["a", "b"], "unit_key": ["dead"] * 2,
        ...                      "value": [40.0] * 2, "party": [True, True],
        ...                      "side": ["X", "Y"], "estimate": [True] * 2,
        ...                      "comparable": [True] * 2})
        >>> party_only_from_keys(keys).tolist()  # two sides give it: corroborated
        [False, False]
    """
    import pandas as pd

    comparable = keys["comparable"].astype(bool)
    party = keys["party"].astype(bool)
    c = keys[comparable]
    # Grouped, not self-joined: a value common across an archive ("2 people") stays linear.
    by = [c["unit_key"], c["value"]]
    any_nonparty = (~party[comparable]).groupby(by).transform("any").astype(bool)
    n_sides = c["side"].where(party[comparable]).groupby(by).transform("nunique")
    corroborated = (any_nonparty | (n_sides >= 2)).reindex(keys.index, fill_value=False)
    flags = party & comparable & keys["estimate"].astype(bool) & ~corroborated.astype(bool)
    return pd.Series(
        flags.to_numpy(dtype=bool), index=pd.Index(keys["figure_id"], name="figure_id"), dtype=bool
    )
