"""``DaskTables``: the five tables as lazy Dask dataframes, with their errors and warnings."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.dask._errors import frame_errors, frame_warnings
from provenance.dask._scheduler import compute, require_dask
from provenance.errors import SchemaError
from provenance.tables.bundle import TABLE_NAMES

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = ["ID_COLUMNS", "DaskTables", "duplicated_ids"]

#: The id column of each table: unique over the whole table, not only per partition.
ID_COLUMNS: dict[str, str] = {
    "articles": "article_id",
    "photo_credits": "credit_id",
    "sources": "source_id",
    "claims": "claim_id",
    "figures": "figure_id",
}


def duplicated_ids(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """The rows of ``frame[[column]]`` whose id occurs more than once (all copies).

    Example:
        >>> import pandas as pd
        >>> duplicated_ids(pd.DataFrame({"i": ["a", "b", "a"]}), "i")["i"].tolist()
        ['a', 'a']
    """
    ids = frame[[column]]
    return ids[ids[column].duplicated(keep=False)]


@dataclass(frozen=True, slots=True)
class DaskTables:
    """The lazy tables of :func:`provenance.dask.extract`.

    Each table is a Dask dataframe with the columns and dtypes of the pandas
    table of ``provenance.extract``; every partition was validated by pandera
    when it was made. ``errors`` and ``warnings`` are lazy frames of
    ``ERROR_COLUMNS`` rows (``path``, ``error``, ``reason``, ``hint``, ``limit``).
    ``aligned`` says that partition *i* of articles, photo credits, claims and
    figures holds the rows of the same articles (true for ``extract``'s result);
    the check uses it to run the per-article rules without a shuffle.

    Example:
        >>> lazy = provenance.dask.extract("feed/")  # doctest: +SKIP
        >>> tables = lazy.compute()  # a provenance.Tables  # doctest: +SKIP
        >>> lazy.to_parquet("out/")  # out/articles/, out/figures/, ...  # doctest: +SKIP
    """

    articles: dd.DataFrame
    photo_credits: dd.DataFrame
    sources: dd.DataFrame
    claims: dd.DataFrame
    figures: dd.DataFrame
    errors: dd.DataFrame
    warnings: dd.DataFrame
    aligned: bool = True

    def items(self) -> list[tuple[str, dd.DataFrame]]:
        """``(name, lazy frame)`` pairs of the five tables, in the canonical order."""
        return [(name, getattr(self, name)) for name in TABLE_NAMES]

    def duplicate_ids(self) -> dd.DataFrame:
        """Lazy ``(table, id)`` rows of ids found more than once in their table.

        pandera checks uniqueness per partition only, so each table's ids are
        shuffled on the id (equal ids meet in one partition) and checked there.
        Empty when the tables are sound.
        """
        require_dask()
        import dask.dataframe as dd
        import pandas as pd

        parts = []
        for name, frame in self.items():
            column = ID_COLUMNS[name]
            meta = pd.DataFrame({"table": pd.Series([], dtype=object), "id": []}).astype(object)
            found = (
                frame[[column]]
                .shuffle(on=column)
                .map_partitions(_duplicates_as_rows, column, name, meta=meta)
            )
            parts.append(found)
        concatenated: dd.DataFrame = dd.concat(parts)
        return concatenated

    def collections(self) -> list[dd.DataFrame]:
        """The lazy frames :meth:`compute` computes, for computing them with other work."""
        return [*(frame for _, frame in self.items()), self.errors, self.warnings]

    @staticmethod
    def assemble(frames: list[pd.DataFrame] | tuple[pd.DataFrame, ...]) -> Tables:
        """The :class:`Tables` of the computed :meth:`collections` (ids checked, sorted by id).

        Raises:
            SchemaError: an id occurs twice in a table (a bug: please report it).
        """
        from provenance.engines import canonical
        from provenance.tables.bundle import Tables

        tables = Tables(
            articles=frames[0],
            photo_credits=frames[1],
            sources=frames[2],
            claims=frames[3],
            figures=frames[4],
            errors=frame_errors(frames[5]),
            warnings=frame_warnings(frames[6]),
        )
        for name, frame in tables.items():
            column = ID_COLUMNS[name]
            _raise_on_duplicates(name, duplicated_ids(frame, column)[column])
        return canonical(tables)

    def compute(self) -> Tables:
        """The pandas :class:`~provenance.tables.bundle.Tables`, each sorted by its id.

        Raises:
            SchemaError: an id occurs twice in a table (a bug: please report it).
        """
        return self.assemble(compute(*self.collections()))

    def to_parquet(self, directory: str | os.PathLike[str]) -> Path:
        """Write one Parquet folder per table (and ``errors/``, ``warnings/``) under ``directory``.

        The tables are written in one pass (the extraction runs once); ids are
        checked for uniqueness across partitions in the same pass.

        Raises:
            SchemaError: an id occurs twice in a table (nothing is wrong with the
                input: a bug, please report it).
            UsageError: the ``dask`` extra or pyarrow is missing.
        """
        require_dask()
        root = Path(directory)
        frames = [*self.items(), ("errors", self.errors), ("warnings", self.warnings)]
        writes = [
            _stringly(frame).to_parquet(str(root / name), write_index=False, compute=False)
            for name, frame in frames
        ]
        duplicates = compute(self.duplicate_ids(), *writes)[0]
        for name in ID_COLUMNS:
            found = duplicates.loc[duplicates["table"] == name, "id"]
            _raise_on_duplicates(name, found)
        return root


def _stringly(frame: dd.DataFrame) -> dd.DataFrame:
    """Object columns as strings: Parquet infers no type from an object column's meta."""
    objects = [c for c in frame.columns if frame._meta.dtypes[c].kind == "O"]
    typed: dd.DataFrame = frame.astype(dict.fromkeys(objects, "string")) if objects else frame
    return typed


def _duplicates_as_rows(frame: pd.DataFrame, column: str, table: str) -> pd.DataFrame:
    import pandas as pd

    ids = duplicated_ids(frame, column)[column].astype(object)
    return pd.DataFrame({"table": [table] * len(ids), "id": ids.to_numpy()}, dtype=object)


def _raise_on_duplicates(table: str, ids: pd.Series) -> None:
    if len(ids):
        shown = ", ".join(sorted({str(i) for i in ids})[:5])
        raise SchemaError(
            table,
            f"{ids.nunique()} id(s) occur in more than one row across partitions ({shown}); "
            "this is a bug: please report it with the input",
        )
