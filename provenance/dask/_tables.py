"""``DaskTables``: the five tables as lazy Dask dataframes, with their errors and warnings."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.dask._errors import frame_errors, frame_warnings
from provenance.dask._scheduler import compute, require_dask
from provenance.errors import SchemaError
from provenance.tables.bundle import TABLE_NAMES

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = ["ID_COLUMNS", "DaskTables", "Extraction", "duplicated_ids", "id_keys"]

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


#: The tables a partition's extraction task writes itself (one row per article, credit,
#: claim or figure: no other partition has them). Sources are shared across articles.
_WRITTEN_BY_PARTS = ("articles", "photo_credits", "claims", "figures", "warnings")


@dataclass(frozen=True, slots=True)
class Extraction:
    """How :func:`provenance.dask.extract` made its tables, for writing them in one pass.

    ``batches`` are the delayed articles batches (shuffled on the article id)
    that ``extract_part(batch, extractors, validate, limits)`` turns into one
    partition of every table; ``read_errors`` the lazy rows of inputs that
    could not be read; ``names`` the Dask names of the lazy frames made from
    them, so that tables changed since (filtered, replaced) are written as they
    are, not from the extraction.
    """

    batches: tuple[Any, ...]
    extractors: Any
    validate: bool
    limits: Any
    read_errors: dd.DataFrame
    names: dict[str, str]


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
    extraction: Extraction | None = field(default=None, repr=False, compare=False)

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

    def _from_extraction(self) -> Extraction | None:
        """The extraction these tables are still exactly the frames of, if any."""
        made = self.extraction
        if made is None:
            return None
        frames = {**dict(self.items()), "errors": self.errors, "warnings": self.warnings}
        same = all(frames[n]._name == made.names.get(n) for n in frames)
        return made if same else None

    def to_parquet(self, directory: str | os.PathLike[str]) -> Path:
        """Write one Parquet folder per table (and ``errors/``, ``warnings/``) under ``directory``.

        The tables are written in one pass (the extraction runs once); ids are
        checked for uniqueness across partitions in the same pass. Tables
        straight from :func:`provenance.dask.extract` are written by each
        partition's task as soon as it is extracted (``part.N.parquet``), so a
        worker holds one partition's tables at a time; only the sources (to be
        reduced by id), the error rows and the ids (for the uniqueness check)
        travel on.

        Raises:
            SchemaError: an id occurs twice in a table (nothing is wrong with the
                input: a bug, please report it).
            UsageError: the ``dask`` extra or pyarrow is missing.
        """
        require_dask()
        root = Path(directory)
        made = self._from_extraction()
        if made is not None:
            duplicates = _write_extraction(made, root)
        else:
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


def _write_extraction(made: Extraction, root: Path) -> pd.DataFrame:
    """Write the tables of ``made``, each partition's by the task extracting it; the duplicate ids.

    The task that extracts a partition writes its per-article tables and keeps
    only the sources, the error rows and the ids as its result: no task result
    holds a partition's tables, so a worker's memory is set by the partition size.
    """
    import dask.dataframe as dd
    import pandas as pd
    from dask.delayed import delayed

    from provenance.dask._extract import reduce_sources, table_metas

    metas = table_metas()
    schemas = {name: _arrow_schema(metas[name]) for name in _WRITTEN_BY_PARTS}
    for name in _WRITTEN_BY_PARTS:
        (root / name).mkdir(parents=True, exist_ok=True)
    settings = (made.extractors, made.validate, made.limits)
    written = [
        delayed(_extract_and_write)(batch, settings, str(root), i, schemas)
        for i, batch in enumerate(made.batches)
    ]

    def rest(name: str, meta: pd.DataFrame) -> dd.DataFrame:
        pieces = [delayed(_get)(w, name) for w in written]
        out: dd.DataFrame = dd.from_delayed(pieces, meta=meta, verify_meta=False)
        return out

    sources = reduce_sources(rest("sources", metas["sources"]), metas)
    ids_meta = pd.DataFrame({"table": pd.Series([], dtype=object), "id": []}).astype(object)
    keys_meta = id_keys(pd.Series([], dtype=object), "articles")
    source_ids = sources[["source_id"]].map_partitions(
        _keys_of, "source_id", "sources", meta=keys_meta
    )
    keys = dd.concat([rest("ids", keys_meta), source_ids])
    errors = dd.concat([made.read_errors, rest("errors", metas["errors"])])
    writes = [
        _stringly(frame).to_parquet(str(root / name), write_index=False, compute=False)
        for name, frame in (("sources", sources), ("errors", errors))
    ]
    # The ids travel as two numbers (table, 64-bit key), not as strings in objects.
    duplicates = keys.shuffle(on="key").map_partitions(_duplicate_keys, meta=ids_meta)
    found: pd.DataFrame = compute(duplicates, *writes)[0]
    return found


def _get(part: dict[str, Any], name: str) -> Any:
    return part[name]


def _arrow_schema(meta: pd.DataFrame) -> Any:
    """The Parquet schema of a table: its meta with object columns as strings."""
    import pyarrow as pa

    return pa.Schema.from_pandas(_stringly_frame(meta), preserve_index=False)


def _stringly_frame(frame: pd.DataFrame) -> pd.DataFrame:
    objects = [c for c in frame.columns if frame.dtypes[c].kind == "O"]
    return frame.astype(dict.fromkeys(objects, "string")) if objects else frame


def _extract_and_write(
    batch: pd.DataFrame,
    settings: tuple[Any, bool, Any],
    root: str,
    index: int,
    schemas: dict[str, Any],
) -> dict[str, pd.DataFrame]:
    """Extract one articles batch, write its per-article tables and warnings; return the rest.

    The partition's tables are written here, in the task that makes them, so
    they leave memory with it; the sources, the error rows and the ids go on.
    """
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    from provenance.dask._extract import extract_part

    part = extract_part(batch, *settings)
    ids = []
    for name, schema in schemas.items():
        frame = part[name]
        table = pa.Table.from_pandas(_stringly_frame(frame), schema=schema, preserve_index=False)
        pq.write_table(table, os.path.join(root, name, f"part.{index}.parquet"))
        if name in ID_COLUMNS:
            ids.append(id_keys(frame[ID_COLUMNS[name]], name))
    return {
        "sources": part["sources"],
        "errors": part["errors"],
        "ids": pd.concat(ids, ignore_index=True),
    }


#: The prefix of each table's ids (``art_`` and 16 hex digits: 64 bits).
_ID_PREFIX: dict[str, str] = {
    "articles": "art",
    "photo_credits": "crd",
    "sources": "src",
    "claims": "clm",
    "figures": "fig",
}
_TABLE_CODES = {name: i for i, name in enumerate(ID_COLUMNS)}


def _key(value: object, prefix: str) -> int:
    text = str(value)
    head, _, tail = text.rpartition("_")
    if head == prefix and len(tail) == 16:
        try:
            return int(tail, 16)
        except ValueError:
            pass
    import hashlib

    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def id_keys(ids: pd.Series, table: str) -> pd.DataFrame:
    """The ids of one table as ``(table, key)`` numbers: 9 bytes a row, not a Python string.

    An id of the table's form (``clm_`` and 16 hex digits) is its 64 bits, so
    equal keys are equal ids; any other id is checked by a 64-bit hash of it.

    Example:
        >>> import pandas as pd
        >>> keys = id_keys(pd.Series(["clm_00000000000000ff"]), "claims")
        >>> keys["key"].tolist(), keys.dtypes.astype(str).tolist()
        ([255], ['uint8', 'uint64'])
    """
    import numpy as np
    import pandas as pd

    prefix = _ID_PREFIX[table]
    keys = np.fromiter((_key(v, prefix) for v in ids.to_numpy()), dtype=np.uint64, count=len(ids))
    code = np.full(len(ids), _TABLE_CODES[table], dtype=np.uint8)
    return pd.DataFrame({"table": code, "key": keys})


def _keys_of(frame: pd.DataFrame, column: str, table: str) -> pd.DataFrame:
    return id_keys(frame[column], table)


def _duplicate_keys(rows: pd.DataFrame) -> pd.DataFrame:
    """The ``(table, id)`` rows of a partition shuffled on ``key`` that occur more than once."""
    import pandas as pd

    found = rows[rows.duplicated(["table", "key"], keep=False)]
    names = list(ID_COLUMNS)
    tables = [names[int(code)] for code in found["table"]]
    ids = [f"{_ID_PREFIX[t]}_{int(k):016x}" for t, k in zip(tables, found["key"], strict=True)]
    return pd.DataFrame({"table": tables, "id": ids}, dtype=object)


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
