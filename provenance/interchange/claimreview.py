"""schema.org ClaimReview drafts (JSON-LD) for the claims the suites flagged.

One draft per flagged claim (a finding with a ``claim_id``; a figure's finding names its
claim). A draft says what was claimed, by whom and where, and carries the finding as a
note for the fact-checker; it is never a verdict:

* ``claimReviewed``: the claim's text;
* ``itemReviewed``: a ``Claim`` with ``author`` (the source: a ``Person`` or an
  ``Organization``) and ``appearance`` (the article: a ``NewsArticle`` with its headline,
  its agency as ``publisher``, ``datePublished`` and ``url`` when known);
* ``reviewBody``: the findings on the claim (rule and message), as a draft note;
* ``reviewRating``: ``null``, left for a human; ``creativeWorkStatus`` is ``"Draft"``;
* ``identifier``: the claim's id; ``@id`` is its URI in the id namespace.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import id_uri, missing

if TYPE_CHECKING:
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = ["claimreview_drafts", "drafts_by_article", "write_claimreviews"]

_PEOPLE = frozenset({"person"})


def _text(value: object) -> str | None:
    if missing(value):
        return None
    return str(value)


def _appearance(article: Mapping[Any, Any]) -> dict[str, Any]:
    appearance: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": id_uri(str(article["article_id"])),
        "headline": str(article["headline"]),
    }
    if (agency := _text(article["agency"])) is not None:
        appearance["publisher"] = {"@type": "Organization", "name": agency}
    if _text(article["published"]) is not None:
        appearance["datePublished"] = article["published"].isoformat()
    if (uri := _text(article["uri"])) is not None:
        appearance["url"] = uri
    return appearance


def _author(source: Mapping[Any, Any] | None) -> dict[str, Any]:
    if source is None:
        return {"@type": "Organization", "name": "unknown"}
    kind = str(source["kind"])
    author: dict[str, Any] = {
        "@type": "Person" if kind in _PEOPLE else "Organization",
        "@id": id_uri(str(source["source_id"])),
        "name": str(source["name"]),
    }
    if (affiliation := _text(source["affiliation"])) is not None:
        author["affiliation" if kind in _PEOPLE else "location"] = affiliation
    return author


def claimreview_drafts(tables: Tables, findings: pd.DataFrame) -> list[dict[str, Any]]:
    """One ClaimReview draft per claim that ``findings`` flag, in the claims' order.

    Example:
        >>> import provenance
        >>> result = provenance.check("examples/", engine="pandas")  # doctest: +SKIP
        >>> drafts = claimreview_drafts(result.tables, result.findings)  # doctest: +SKIP
        >>> drafts[0]["itemReviewed"]["@type"]  # doctest: +SKIP
        'Claim'

    Raises:
        Nothing: a finding whose claim is not in the tables is skipped.
    """
    flagged = findings[findings["claim_id"].notna()]
    notes: dict[str, list[str]] = {}
    for row in flagged.itertuples(index=False):
        notes.setdefault(str(row.claim_id), []).append(
            f"{row.rule} ({row.severity}): {row.message}"
        )
    articles = {str(a["article_id"]): a for a in tables.articles.to_dict("records")}
    sources = {str(s["source_id"]): s for s in tables.sources.to_dict("records")}
    drafts: list[dict[str, Any]] = []
    for claim in tables.claims.to_dict("records"):
        claim_id = str(claim["claim_id"])
        article = articles.get(str(claim["article_id"]))
        if claim_id not in notes or article is None:
            continue
        drafts.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "@id": id_uri(claim_id) + "#review",
                "identifier": claim_id,
                "creativeWorkStatus": "Draft",
                "claimReviewed": str(claim["text"]),
                "itemReviewed": {
                    "@type": "Claim",
                    "@id": id_uri(claim_id),
                    "author": _author(sources.get(str(claim["source_id"]))),
                    "appearance": _appearance(article),
                },
                "reviewBody": "Draft, not a verdict. Flagged by news-provenance: "
                + " ".join(notes[claim_id]),
                "reviewRating": None,
            }
        )
    return drafts


def drafts_by_article(drafts: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The drafts grouped by the id of the article they appear in (for one file per article).

    Example:
        >>> d = {"itemReviewed": {"appearance": {"@id": "urn:news-provenance:id:art_1"}}}
        >>> list(drafts_by_article([d]))
        ['art_1']
    """
    grouped: dict[str, list[dict[str, Any]]] = {}
    for draft in drafts:
        article_uri = str(draft["itemReviewed"]["appearance"]["@id"])
        grouped.setdefault(article_uri.rsplit(":", 1)[-1], []).append(draft)
    return grouped


def write_claimreviews(drafts: list[dict[str, Any]]) -> str:
    """The drafts as one JSON-LD list.

    Example:
        >>> write_claimreviews([])
        '[]\\n'
    """
    return json.dumps(drafts, ensure_ascii=False, indent=2) + "\n"
