"""Contracts: a broken table raises SchemaError naming the table and the first failure."""

from __future__ import annotations

from dataclasses import replace

import pytest

from provenance.errors import SchemaError
from provenance.tables.validate import validate_tables


def test_seed_tables_validate(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """The seed's tables pass their own contracts (and revalidating is a no-op)."""
    again = validate_tables(seed_tables)
    for (name, a), (_, b) in zip(seed_tables.items(), again.items(), strict=True):
        assert a.equals(b), name


def test_dangling_claim_id_is_an_integrity_error(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """A figure pointing at a claim that does not exist is caught."""
    figures = seed_tables.figures.copy()
    figures.loc[figures.index[0], "claim_id"] = "clm_0000000000000000"
    with pytest.raises(SchemaError, match=r"integrity.*figures\.claim_id"):
        validate_tables(replace(seed_tables, figures=figures))


def test_offsets_must_slice_the_body(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """A claim whose offsets do not slice to its text is caught."""
    claims = seed_tables.claims.copy()
    claims.loc[claims.index[0], "start"] = claims.loc[claims.index[0], "start"] + 1
    with pytest.raises(SchemaError, match=r"body\[start:end\] != text"):
        validate_tables(replace(seed_tables, claims=claims))


def test_unknown_status_names_the_table(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """A status outside the enum fails the claims contract, with failure cases attached."""
    claims = seed_tables.claims.copy()
    claims.loc[claims.index[0], "status"] = "probably"
    with pytest.raises(SchemaError, match="table 'claims'") as info:
        validate_tables(replace(seed_tables, claims=claims))
    assert "probably" in info.value.failures["failure_case"].astype(str).tolist()


def test_extra_column_is_refused(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """Tables are strict: an undeclared column is an error, not silently kept."""
    with pytest.raises(SchemaError, match="sources"):
        validate_tables(replace(seed_tables, sources=seed_tables.sources.assign(extra=1)))


def test_string_columns_still_reject_non_strings(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """A string column holding a number object still fails or is coerced to text, never kept."""
    articles = seed_tables.articles.copy().astype({"headline": object})
    articles.loc[articles.index[0], "headline"] = 123
    checked = validate_tables(replace(seed_tables, articles=articles))
    assert checked.articles["headline"].iloc[0] == "123"
    assert str(checked.articles["headline"].dtype) == str(seed_tables.articles["headline"].dtype)


def test_object_string_columns_are_coerced_to_the_string_dtype(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """Tables whose text columns are plain object columns come back with the contract's dtype."""
    sources = seed_tables.sources.astype(object)
    checked = validate_tables(replace(seed_tables, sources=sources))
    assert checked.sources.dtypes.equals(seed_tables.sources.dtypes)


def test_an_error_names_the_file_of_its_row(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """Validating a whole batch at once still says which input file a failing row came from."""
    claims = seed_tables.claims.copy()
    last = claims.index[-1]
    claims.loc[last, "status"] = "probably"
    article = claims.loc[last, "article_id"]
    articles = seed_tables.articles
    path = articles.loc[articles["article_id"] == article, "path"].iloc[0]
    with pytest.raises(SchemaError, match="table 'claims'") as info:
        validate_tables(replace(seed_tables, claims=claims))
    assert info.value.path == path
    assert repr(path) in str(info.value)


def test_an_integrity_error_names_the_file_of_its_row(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """A broken offset is reported with the file of the article it points into."""
    figures = seed_tables.figures.copy()
    first = figures.index[0]
    figures.loc[first, "start"] = figures.loc[first, "start"] + 1
    with pytest.raises(SchemaError, match=r"body\[start:end\] != text") as info:
        validate_tables(replace(seed_tables, figures=figures))
    assert info.value.path is not None
    assert info.value.path in seed_tables.articles["path"].tolist()


def test_a_source_error_names_no_file(seed_tables) -> None:  # type: ignore[no-untyped-def]
    """A source belongs to no one article: its error names no file rather than a wrong one."""
    sources = seed_tables.sources.copy()
    sources.loc[sources.index[0], "kind"] = "oracle"
    with pytest.raises(SchemaError, match="table 'sources'") as info:
        validate_tables(replace(seed_tables, sources=sources))
    assert info.value.path is None
    assert "(file " not in str(info.value)
