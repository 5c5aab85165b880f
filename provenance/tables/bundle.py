"""The five tables of an extraction, carried together."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from provenance.errors import ReadError, ReadWarning

__all__ = ["TABLE_NAMES", "Tables"]

TABLE_NAMES: tuple[str, ...] = ("articles", "photo_credits", "sources", "claims", "figures")


@dataclass(frozen=True, slots=True)
class Tables:
    """The validated dataframes of one extraction run.

    Attributes:
        articles: one row per news item.
        photo_credits: one row per party named in a photo credit.
        sources: one row per distinct source (id derived from its normalized name).
        claims: one row per claim, narrator claims included.
        figures: one row per number in an article body.
        errors: inputs that could not be read; the tables hold everything else.
        warnings: values a document could not carry, dropped from its row
            (a publication date outside 1677-2262 becomes null); the row is kept.
    """

    articles: pd.DataFrame
    photo_credits: pd.DataFrame
    sources: pd.DataFrame
    claims: pd.DataFrame
    figures: pd.DataFrame
    errors: tuple[ReadError, ...] = ()
    warnings: tuple[ReadWarning, ...] = ()

    def map(self, fn: Callable[[str, pd.DataFrame], pd.DataFrame]) -> Tables:
        """A copy with ``fn(name, frame)`` applied to every table (errors and warnings kept)."""
        return Tables(
            articles=fn("articles", self.articles),
            photo_credits=fn("photo_credits", self.photo_credits),
            sources=fn("sources", self.sources),
            claims=fn("claims", self.claims),
            figures=fn("figures", self.figures),
            errors=self.errors,
            warnings=self.warnings,
        )

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        """``(name, dataframe)`` pairs in the canonical table order."""
        return [(name, getattr(self, name)) for name in TABLE_NAMES]
