"""Spans the table-building tests share: a year figure, and a claim reporting another."""

from __future__ import annotations

from provenance.enums import Attribution, FigureKind
from provenance.extractors.records import ClaimSpan, FigureSpan, SourceInfo


def year_2016(body: str) -> FigureSpan:
    """The figure "2016" of ``body``."""
    at = body.index("2016")
    return FigureSpan(
        text="2016",
        start=at,
        end=at + 4,
        kind=FigureKind.YEAR,
        value=2016.0,
        lower=2016.0,
        upper=2016.0,
    )


def reporting(body: str, reported: str, source: SourceInfo) -> ClaimSpan:
    """``source`` saying the rest of ``body`` from ``reported`` on ("Kyiv said [Moscow ...]")."""
    said = body.index(reported)
    return ClaimSpan(
        text=body[said:-1],
        start=said,
        end=len(body) - 1,
        attribution=Attribution.INDIRECT,
        source=source,
        source_text=source.name,
        cue="said",
    )
