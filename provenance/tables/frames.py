"""Figures and claims of plain strings as dataframes: one string, or many at once.

The batch forms extract every text, gather the records of all of them in one
list per column and build a single dataframe at the end, with a ``doc`` column
holding the input's index (a Series' labels, a list's positions). Nothing is
built per text, so the cost on top of the extractors is a few microseconds
per text.

Importing this module imports pandas; import it lazily.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np
import pandas as pd

from provenance.errors import UsageError, printable
from provenance.extractors.claims.extract import FRAME_COLUMNS as CLAIM_FRAME_COLUMNS
from provenance.extractors.figures.scan import FRAME_COLUMNS
from provenance.extractors.pipeline import claims_for, figures_for, shared_extractors
from provenance.lexicon import language_key

if TYPE_CHECKING:
    from provenance.extractors.records import ClaimSpan, FigureSpan

__all__ = ["CLAIM_COLUMNS", "FIGURE_COLUMNS", "Languages", "Texts", "claims_frame", "figures_frame"]

Texts: TypeAlias = "str | pd.Series[Any] | Iterable[str]"
Languages: TypeAlias = "str | pd.Series[Any] | Iterable[str | None] | None"

FIGURE_COLUMNS: tuple[str, ...] = FRAME_COLUMNS
CLAIM_COLUMNS: tuple[str, ...] = CLAIM_FRAME_COLUMNS


def _missing(value: object) -> bool:
    """``NaN``, ``NA`` or ``NaT``: a missing cell of a pandas column."""
    return value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


class _Batch:
    """The texts of a call, checked, with their doc labels and lexicon keys."""

    def __init__(self, texts: Texts, language: Languages) -> None:
        self.single = isinstance(texts, str)
        self.labels: pd.Index[Any] | None = None
        if isinstance(texts, str):
            self.texts: list[str] = [texts]
        elif isinstance(texts, pd.Series):
            self.texts = texts.tolist()
            self.labels = texts.index
        elif isinstance(texts, (bytes, Mapping)) or not isinstance(texts, Iterable):
            raise UsageError(
                f"texts must be a string, a list or tuple of strings or a pandas Series, "
                f"not {type(texts).__name__}"
                + ("; decode bytes first" if isinstance(texts, bytes) else "")
            )
        else:
            self.texts = list(texts)
        for i, text in enumerate(self.texts):
            if not isinstance(text, str):
                raise UsageError(
                    f"text at {self._where(i)} is {type(text).__name__} ({text!r:.40}), "
                    "not a string; drop or fill missing texts first "
                    "(texts.dropna() or texts.fillna(''))"
                )
        # lone surrogates become U+FFFD (one character for one: offsets still hold)
        self.texts = [printable(text) for text in self.texts]
        self.keys = self._keys(language)

    def _where(self, i: int) -> str:
        if self.labels is None:
            return f"position {i}"
        return f"position {i} (index {self.labels[i]!r})"

    def _keys(self, language: Languages) -> list[str]:
        if language is None or isinstance(language, str):
            return [language_key(language)] * len(self.texts)
        if isinstance(language, pd.Series):
            if self.labels is not None and not language.index.equals(self.labels):
                raise UsageError(
                    "the language Series has another index than the texts; "
                    "align it first: language.reindex(texts.index)"
                )
            tags: list[object] = language.tolist()
        elif isinstance(language, (bytes, Mapping)) or not isinstance(language, Iterable):
            raise UsageError(
                f"language must be a tag, or one tag per text, not {type(language).__name__}"
            )
        else:
            tags = list(language)
        if len(tags) != len(self.texts):
            raise UsageError(
                f"{len(tags)} languages for {len(self.texts)} texts; give one per text"
            )
        keys: list[str] = []
        for i, tag in enumerate(tags):
            if tag is not None and not isinstance(tag, str):
                if not _missing(tag):
                    raise UsageError(
                        f"language at {self._where(i)} is {type(tag).__name__} ({tag!r:.40}), "
                        "not a language tag"
                    )
                tag = None  # a missing language means "not stated", as on a Document
            keys.append(language_key(tag))
        return keys

    def finish(self, columns: dict[str, Any], owners: list[int]) -> pd.DataFrame:
        """The dataframe, with a ``doc`` column in front for a batch."""
        frame = pd.DataFrame(columns)
        if self.single:
            return frame
        rows = np.asarray(owners, dtype=np.intp)
        if self.labels is None:
            frame.insert(0, "doc", rows.astype(np.int64))
        else:
            frame.insert(0, "doc", self.labels.take(rows).to_flat_index())
        return frame


# Enum members' values are read as ``member._value_`` (the plain string a StrEnum holds):
# ``member.value`` goes through a Python-level descriptor, a cost per row that
# dominated building the frames once the extraction was taken out.


def _floats(values: Sequence[float | None]) -> np.ndarray[Any, Any]:
    return np.array(values, dtype=np.float64)


def _objects(values: Sequence[str | None]) -> pd.Series[Any]:
    """Strings with missing values as ``None`` (an object column, not ``NaN``)."""
    return pd.Series(values, dtype=object)


def _ints(values: Sequence[int]) -> np.ndarray[Any, Any]:
    return np.array(values, dtype=np.int64)


def _nullable_ints(values: Sequence[int | None]) -> pd.api.extensions.ExtensionArray:
    return pd.array(values, dtype="Int64")


def figures_frame(texts: Texts, *, language: Languages = "en") -> pd.DataFrame:
    """Every number of one text or of many, one row each (see :func:`extract_figures`).

    Example:
        >>> figures_frame(["No figure.", "Some 40 died."])[["doc", "text", "value"]].values.tolist()
        [[1, 'Some 40', 40.0]]
    """
    batch = _Batch(texts, language)
    ex = shared_extractors()
    spans: list[FigureSpan] = []
    owners: list[int] = []
    for i, (text, key) in enumerate(zip(batch.texts, batch.keys, strict=True)):
        found = figures_for(text, ex, key)
        if found:
            spans.extend(found)
            owners.extend([i] * len(found))
    columns: dict[str, Any] = {
        "text": [f.text for f in spans],
        "value": _floats([f.value for f in spans]),
        "lower": _floats([f.lower for f in spans]),
        "upper": _floats([f.upper for f in spans]),
        "approximate": np.array([f.approximate for f in spans], dtype=bool),
        "kind": [f.kind._value_ for f in spans],
        "unit": _objects([f.unit for f in spans]),
        "normalized": _objects([f.normalized for f in spans]),
        "qualifier": _objects([f.qualifier for f in spans]),
        "start": _ints([f.start for f in spans]),
        "end": _ints([f.end for f in spans]),
    }
    return batch.finish(columns, owners)


def claims_frame(texts: Texts, *, language: Languages = "en") -> pd.DataFrame:
    """Every claim of one text or of many, one row each (see :func:`extract_claims`).

    ``parent`` is the row label, in the returned frame, of the claim a nested
    claim sits in.

    Example:
        >>> df = claims_frame(["It rained.", "Kyiv said 4 died."])
        >>> df[["doc", "attribution", "source"]].values.tolist()
        [[0, 'narrator', None], [1, 'narrator', None], [1, 'indirect', 'Ukrainian government']]
    """
    batch = _Batch(texts, language)
    ex = shared_extractors()
    claims: list[ClaimSpan] = []
    owners: list[int] = []
    parents: list[int | None] = []
    for i, (text, key) in enumerate(zip(batch.texts, batch.keys, strict=True)):
        found = claims_for(text, ex, key)
        if found:
            offset = len(claims)
            claims.extend(found)
            owners.extend([i] * len(found))
            parents.extend(None if c.parent is None else c.parent + offset for c in found)
    sources: list[tuple[str | None, str | None, str | None]] = [
        (None, None, None)
        if c.source is None
        else (c.source.name, c.source.kind._value_, c.source.affiliation)
        for c in claims
    ]
    columns: dict[str, Any] = {
        "text": [c.text for c in claims],
        "start": _ints([c.start for c in claims]),
        "end": _ints([c.end for c in claims]),
        "source": _objects([s[0] for s in sources]),
        "source_text": _objects([c.source_text for c in claims]),
        "source_kind": _objects([s[1] for s in sources]),
        "affiliation": _objects([s[2] for s in sources]),
        "cue": _objects([c.cue for c in claims]),
        "cue_start": _nullable_ints([c.cue_start for c in claims]),
        "cue_end": _nullable_ints([c.cue_end for c in claims]),
        "attribution": [c.attribution._value_ for c in claims],
        "status": [c.status._value_ for c in claims],
        "channel": _objects([c.channel for c in claims]),
        "parent": _nullable_ints(parents),
    }
    return batch.finish(columns, owners)
