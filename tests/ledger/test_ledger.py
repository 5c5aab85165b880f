"""The ledger as a library: round trip, idempotence, versions, views, validation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import provenance
import provenance.ledger
from provenance.errors import LedgerError, ProvenanceError, SchemaError
from provenance.ledger import Ledger, _ingest, ingest
from provenance.ledger._schema import V2_FIGURE_COLUMNS
from provenance.tables.bundle import TABLE_NAMES
from provenance.tables.columns import columns
from tests.ledger.conftest import Stories, ninjs, sorted_frame, story

KEYS = {
    "articles": "article_id",
    "photo_credits": "credit_id",
    "sources": "source_id",
    "claims": "claim_id",
    "figures": "figure_id",
}


def assert_same_tables(left: provenance.Tables, right: provenance.Tables) -> None:
    """Both bundles hold the same rows in every table, whatever the row order."""
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(
            sorted_frame(getattr(left, name), KEYS[name]),
            sorted_frame(getattr(right, name), KEYS[name]),
            check_dtype=False,
            obj=name,
        )


def test_ingest_then_read_gives_the_extracted_tables(tmp_path: Path, stories: Stories) -> None:
    """The ledger's tables are what `provenance.extract` gives on the same files, validated."""
    fixtures = Path(__file__).parents[1] / "fixtures"
    inputs = [
        *sorted((fixtures / "text").glob("*.txt")),
        *sorted((fixtures / "credits" / "styles").glob("*.html")),
        *stories(tmp_path / "feed", 9),
    ]
    result = ingest(inputs, ledger=tmp_path / "news.duckdb", batch_size=7)
    extracted = provenance.extract(inputs)
    assert result.added == len(extracted.articles) == len(inputs)
    assert_same_tables(Ledger(tmp_path / "news.duckdb").tables(), extracted)


def test_same_input_twice_changes_nothing(tmp_path: Path, stories: Stories) -> None:
    """A second ingest of the same files adds no version and no row."""
    stories(tmp_path / "feed", 12)
    ledger = Ledger(tmp_path / "news.duckdb")
    first = ledger.ingest([tmp_path / "feed"], batch_size=5)
    before = ledger.query("select count(*) as n from all_claims")["n"][0]
    second = ledger.ingest([tmp_path / "feed"], batch_size=5)
    assert (first.added, first.unchanged) == (12, 0)
    assert (second.added, second.unchanged, second.superseded) == (0, 12, 0)
    assert ledger.query("select count(*) as n from all_claims")["n"][0] == before
    assert ledger.problems() == []


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.lists(st.integers(0, 5), min_size=1, max_size=14), batch=st.integers(1, 4))
def test_any_order_and_repetition_stores_each_article_once(
    tmp_path_factory: pytest.TempPathFactory, order: list[int], batch: int
) -> None:
    """Files given in any order, repeated, in any batch size: each article is stored once."""
    folder = tmp_path_factory.mktemp("feed")
    files = []
    for i in range(6):
        path = folder / f"s{i}.txt"
        path.write_text(story(i), encoding="utf-8")
        files.append(path)
    ledger = Ledger(folder / "news.duckdb")
    result = ledger.ingest([files[i] for i in order], batch_size=batch)
    distinct = len(set(order))
    assert (result.added, result.unchanged) == (distinct, len(order) - distinct)
    assert_same_tables(ledger.tables(), provenance.extract(sorted({files[i] for i in order})))
    assert ledger.problems() == []


def test_corrected_version_supersedes_and_links_the_old(tmp_path: Path) -> None:
    """Same uri, new content: a new version linked to the old; queries see the new one."""
    path = tmp_path / "item.json"
    ledger = Ledger(tmp_path / "news.duckdb")
    path.write_text(ninjs("urn:afp:1", "Blast kills 4", "KYIV (AFP) - A blast killed 4 people."))
    ledger.ingest([path])
    path.write_text(ninjs("urn:afp:1", "Blast kills 5", "KYIV (AFP) - A blast killed 5 people."))
    result = ledger.ingest([path])
    assert (result.added, result.superseded) == (1, 1)
    versions = ledger.query(
        "select version_id, previous_version_id, superseded_by from article_versions "
        "order by version_id"
    )
    old, new = versions.itertuples(index=False)
    assert new.previous_version_id == old.version_id
    assert old.superseded_by == new.version_id
    assert pd.isna(new.superseded_by)
    tables = ledger.tables()
    assert tables.articles["headline"].tolist() == ["Blast kills 5"]
    assert set(tables.figures["value"].dropna()) == {5.0}
    assert ledger.query("select count(*) as n from all_articles")["n"][0] == 2


def test_views_have_the_dataframes_columns(tmp_path: Path, seed_path: Path) -> None:
    """Each view starts with its dataframe's columns, in order; only figures adds more after."""
    ingest([seed_path], ledger=tmp_path / "news.duckdb")
    con = duckdb.connect(str(tmp_path / "news.duckdb"), read_only=True)
    try:
        for name in TABLE_NAMES:
            names = [d[0] for d in con.execute(f"select * from {name} limit 0").description]
            assert tuple(names[: len(columns(name))]) == columns(name), name
            extra = set(names[len(columns(name)) :])
            assert extra == ({c for c, _ in V2_FIGURE_COLUMNS} if name == "figures" else set()), (
                name
            )
    finally:
        con.close()


def test_rows_that_break_the_contract_are_refused_on_the_way_out(
    tmp_path: Path, seed_path: Path
) -> None:
    """A row edited by hand into an unknown figure kind fails validation when read back."""
    ingest([seed_path], ledger=tmp_path / "news.duckdb")
    con = duckdb.connect(str(tmp_path / "news.duckdb"))
    con.execute(
        "update all_figures set kind = 'bogus' where figure_id in "
        "(select figure_id from all_figures limit 1)"
    )
    con.close()
    with pytest.raises(SchemaError, match="figures"):
        Ledger(tmp_path / "news.duckdb").tables()


def test_a_missing_ledger_is_one_clear_error(tmp_path: Path) -> None:
    """Reading a ledger that does not exist says so and what to do, as a ProvenanceError."""
    with pytest.raises(LedgerError, match=r"no such file.*provenance ingest"):
        Ledger(tmp_path / "none.duckdb").tables()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, seed_path: Path) -> None:
    """A text file given as the ledger is refused with one clear line; nothing is written."""
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("not a database\n" * 100)
    with pytest.raises(LedgerError, match=r"notes\.duckdb: cannot open it"):
        ingest([seed_path], ledger=bogus)
    assert bogus.read_text().startswith("not a database")


def test_query_errors_are_ledger_errors(tmp_path: Path, seed_path: Path) -> None:
    """Bad SQL through `Ledger.query` is a LedgerError naming the problem."""
    ingest([seed_path], ledger=tmp_path / "news.duckdb")
    with pytest.raises(ProvenanceError, match="query failed"):
        Ledger(tmp_path / "news.duckdb").query("select nope from figures")


def test_public_names() -> None:
    """`provenance.ledger.__all__` lists exactly its public names, and each resolves."""
    public = {
        n
        for n, value in vars(provenance.ledger).items()
        if not n.startswith("_") and not isinstance(value, ModuleType) and n != "annotations"
    }
    assert set(provenance.ledger.__all__) == public
    assert all(getattr(provenance.ledger, name) is not None for name in provenance.ledger.__all__)


def test_importing_does_not_import_duckdb() -> None:
    """`import provenance`, the CLI module and `provenance.ledger` leave duckdb unimported."""
    code = (
        "import sys, provenance, provenance.cli, provenance.ledger; "
        "print(sorted(m for m in ('duckdb', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_bad_arguments_are_usage_errors(tmp_path: Path, seed_path: Path) -> None:
    """A batch size below 1 or an unknown format is refused before the ledger is created."""
    for kwargs in ({"batch_size": 0}, {"format": "pdf"}):
        with pytest.raises(provenance.UsageError):
            ingest([seed_path], ledger=tmp_path / "news.duckdb", **kwargs)  # type: ignore[arg-type]
    assert not (tmp_path / "news.duckdb").exists()


def test_documents_are_streamed_not_collected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A one-shot generator of documents is read lazily, batch by batch."""
    from provenance.ingest.document import Document

    pulled: list[int] = []

    def docs():  # type: ignore[no-untyped-def]
        for i in range(6):
            pulled.append(i)
            body = f"KYIV (AFP) - {i + 2} people were hurt."
            yield Document(
                path=f"d{i}",
                format=provenance.Format.TEXT,
                headline=f"H{i}",
                body=body,
                sha256=f"{i:064x}",
            )

    pulled_at_write: list[int] = []
    real_write = _ingest._write

    def write(con, tables):  # type: ignore[no-untyped-def]
        pulled_at_write.append(len(pulled))
        return real_write(con, tables)

    monkeypatch.setattr(_ingest, "_write", write)
    ledger = Ledger(tmp_path / "news.duckdb")
    result = ledger.ingest(docs(), batch_size=2)
    assert result.added == 6
    assert pulled_at_write[0] <= 3  # the first batch, and one document to know it was full
    assert sorted(ledger.tables().articles["headline"]) == [f"H{i}" for i in range(6)]


def test_a_bad_memory_limit_is_a_usage_error(tmp_path: Path) -> None:
    """The DuckDB memory budget is checked when the ledger object is made, not in SQL."""
    with pytest.raises(provenance.UsageError, match="memory_limit"):
        Ledger(tmp_path / "news.duckdb", memory_limit="64MB'; drop table x; --")
    assert Ledger(tmp_path / "news.duckdb", memory_limit="1GB").memory_limit == "1GB"
