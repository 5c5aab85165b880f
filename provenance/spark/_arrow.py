"""Arrow schemas of the tables and the tagged union that carries them through Spark.

Spark's ``mapInArrow`` needs its output schema up front, and one extraction
yields five tables. The worker therefore emits ONE record batch schema, the
*tagged union*: a ``_table`` column naming the table of each row, then the
union of the columns of all tables (a column shared by two tables has the same
type in both, checked here), then the columns of an unreadable input. Each
table is a filter and a projection of the union.

The schemas are read from the pandera contracts, never written twice.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "ERROR_COLUMNS",
    "TAG",
    "arrow_type",
    "frame_to_arrow",
    "table_schema",
    "tagged_batch",
    "union_schema",
]

#: The column naming the table a row of the tagged union belongs to.
TAG = "_table"
#: The columns of an input that could not be read or extracted (``_table`` = ``"_errors"``).
ERROR_COLUMNS: tuple[str, ...] = ("_error_class", "_error_path", "_error_reason", "_error_hint")
#: The tag of an error row and of a warning row.
ERRORS, WARNINGS = "_errors", "_warnings"


def arrow_type(dtype: Any) -> pa.DataType:
    """The Arrow type Spark can carry for a pandas dtype (timestamps in microseconds, UTC).

    Example:
        >>> import pandas as pd
        >>> str(arrow_type(pd.Int64Dtype())), str(arrow_type("datetime64[ns, UTC]"))
        ('int64', 'timestamp[us, tz=UTC]')
    """
    import pandas as pd
    import pyarrow as pa

    name = str(dtype)
    if name.startswith("datetime64"):
        return pa.timestamp("us", tz="UTC")
    if pd.api.types.is_bool_dtype(dtype):
        return pa.bool_()
    if pd.api.types.is_integer_dtype(dtype):
        return pa.int64()
    if pd.api.types.is_float_dtype(dtype):
        return pa.float64()
    return pa.string()  # strings, and object columns of strings or nulls


@cache
def table_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table, from its pandera contract.

    Example:
        >>> table_schema("sources").names
        ['source_id', 'name', 'kind', 'affiliation']
    """
    import pyarrow as pa

    from provenance.tables.columns import schema_for

    columns = schema_for(table).columns
    # ``col.dtype`` is pandera's; its ``type`` is the pandas dtype.
    return pa.schema([(name, arrow_type(col.dtype.type)) for name, col in columns.items()])


def frame_to_arrow(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    """``frame``'s columns of ``schema`` as an Arrow table of exactly that schema.

    Example:
        >>> import pandas as pd, pyarrow as pa
        >>> frame = pd.DataFrame({"n": pd.array([1, None], dtype="Int64"), "s": ["x", None]})
        >>> frame_to_arrow(frame, pa.schema([("s", pa.string())])).to_pydict()
        {'s': ['x', None]}
    """
    import pandas as pd
    import pyarrow as pa

    arrays = []
    for field in schema:
        column = frame[field.name]
        if pa.types.is_timestamp(field.type):
            column = pd.to_datetime(column, utc=True).dt.as_unit("us")
        elif pa.types.is_string(field.type):
            column = column.astype(object).where(column.notna(), None)
        arrays.append(pa.array(column, type=field.type, from_pandas=True))
    return pa.Table.from_arrays(arrays, schema=schema)


@cache
def union_schema(tables: tuple[str, ...]) -> pa.Schema:
    """The tagged union of ``tables`` (plus the error columns).

    Raises:
        TypeError: two tables share a column name with different types (a bug).
    """
    import pyarrow as pa

    fields: dict[str, pa.Field] = {TAG: pa.field(TAG, pa.string())}
    for table in tables:
        for field in table_schema(table):
            seen = fields.setdefault(field.name, field)
            if seen.type != field.type:
                raise TypeError(f"column {field.name} is {seen.type} and {field.type}")
    for name in ERROR_COLUMNS:
        fields[name] = pa.field(name, pa.string())
    return pa.schema(list(fields.values()))


def tagged_batch(tag: str, table: pa.Table, union: pa.Schema) -> pa.RecordBatch:
    """``table``'s rows as a batch of the union: its columns, nulls elsewhere, ``_table`` = tag."""
    import pyarrow as pa

    n = table.num_rows
    arrays = []
    for field in union:
        if field.name == TAG:
            arrays.append(pa.array([tag] * n, type=pa.string()))
        elif field.name in table.column_names:
            arrays.append(table.column(field.name).combine_chunks().cast(field.type))
        else:
            arrays.append(pa.nulls(n, type=field.type))
    return pa.RecordBatch.from_arrays(arrays, schema=union)
