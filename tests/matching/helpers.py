"""Small tables for the matching tests, built from real figure extraction."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from provenance.ids import stable_id


@dataclass(frozen=True)
class Said:
    """One sentence of one article: who said it, through which agency, on which day."""

    text: str
    source: str
    agency: str = "AFP"
    day: str = "2025-08-19"


def tables(items: list[Said]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Figures, claims, sources and articles for the sentences, one article and claim each.

    The figures are read from the text by the real extractor
    (:func:`provenance.extract_figures`), so bounds and qualifiers are the
    library's own; the claim of each figure is its sentence.
    """
    import provenance

    figs = provenance.extract_figures([s.text for s in items])
    art = [stable_id("art", i, s.text) for i, s in enumerate(items)]
    clm = [stable_id("clm", i) for i in range(len(items))]
    src = {s.source: stable_id("src", s.source) for s in items}
    doc = figs["doc"].astype(int)
    figures = figs.drop(columns="doc").assign(
        figure_id=[stable_id("fig", d, st) for d, st in zip(doc, figs["start"], strict=True)],
        article_id=[art[d] for d in doc],
        claim_id=[clm[d] for d in doc],
        source_id=[src[items[d].source] for d in doc],
        agency=[items[d].agency for d in doc],
        language="en",
    )
    claims = pd.DataFrame(
        {
            "claim_id": clm,
            "text": [s.text for s in items],
            "source_id": [src[s.source] for s in items],
        }
    )
    sources = pd.DataFrame({"source_id": list(src.values()), "name": list(src)})
    articles = pd.DataFrame(
        {
            "article_id": art,
            "agency": [s.agency for s in items],
            "published": pd.to_datetime([s.day for s in items], utc=True),
        }
    )
    return figures, claims, sources, articles


def match(items: list[Said]) -> pd.DataFrame:
    """match_figures over the sentences, one row per figure, with the figure's text."""
    from provenance.matching import match_figures

    figures, claims, sources, articles = tables(items)
    out = match_figures(figures, claims, sources, articles)
    return out.assign(text=figures["text"].to_numpy())
