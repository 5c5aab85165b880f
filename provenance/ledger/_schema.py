"""The ledger's layout in DuckDB, its version, and the migrations between versions.

Every ingested raw input is a row of ``article_versions``; the rows of the
five tables are kept per version in ``all_<table>`` base tables (sources, whose
ids derive from their names, are kept once in ``all_sources``). Views named
like the dataframes (``articles``, ``photo_credits``, ``sources``, ``claims``,
``figures``) show the latest version of each article with the dataframes'
columns, in their order, so ``select <the dataframe's columns> from figures``
is what ``provenance.extract(...).figures`` would hold; from version 2 the
``figures`` view adds, after them, each figure's status across articles
(``group_id``, ``status``, ``agreeing_sources``, ``disagreeing_sources``,
``low``, ``high``).

The DDL of a version is frozen text: a later model column is added by a new
migration, never by editing this one. ``schema_version`` records each applied
step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "V1_COLUMNS",
    "V2_FIGURE_COLUMNS",
    "Migration",
    "current_version",
    "migrate",
    "rollback",
    "scalar",
]

Migration = Callable[["duckdb.DuckDBPyConnection"], None]

# Version 1: the five tables' columns and their DuckDB types, in the dataframes' order.
V1_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", "VARCHAR NOT NULL"),
        ("headline", "VARCHAR NOT NULL"),
        ("body", "VARCHAR NOT NULL"),
        ("agency", "VARCHAR"),
        ("published", "TIMESTAMPTZ"),
        ("language", "VARCHAR"),
        ("format", "VARCHAR NOT NULL"),
        ("sha256", "VARCHAR NOT NULL"),
        ("byline", "VARCHAR"),
        ("dateline", "VARCHAR"),
        ("located", "VARCHAR"),
        ("uri", "VARCHAR"),
        ("path", "VARCHAR NOT NULL"),
    ),
    "photo_credits": (
        ("credit_id", "VARCHAR NOT NULL"),
        ("photo_id", "VARCHAR NOT NULL"),
        ("article_id", "VARCHAR NOT NULL"),
        ("name", "VARCHAR"),
        ("role", "VARCHAR NOT NULL"),
        ("as_written", "VARCHAR NOT NULL"),
        ("credit_line", "VARCHAR"),
        ("caption", "VARCHAR"),
    ),
    "sources": (
        ("source_id", "VARCHAR NOT NULL PRIMARY KEY"),
        ("name", "VARCHAR NOT NULL"),
        ("kind", "VARCHAR NOT NULL"),
        ("affiliation", "VARCHAR"),
    ),
    "claims": (
        ("claim_id", "VARCHAR NOT NULL"),
        ("article_id", "VARCHAR NOT NULL"),
        ("source_id", "VARCHAR NOT NULL"),
        ("source_text", "VARCHAR"),
        ("text", "VARCHAR NOT NULL"),
        ("start", "BIGINT NOT NULL"),
        ("end", "BIGINT NOT NULL"),
        ("cue", "VARCHAR"),
        ("attribution", "VARCHAR NOT NULL"),
        ("status", "VARCHAR NOT NULL"),
        ("channel", "VARCHAR"),
        ("parent_claim_id", "VARCHAR"),
    ),
    "figures": (
        ("figure_id", "VARCHAR NOT NULL"),
        ("article_id", "VARCHAR NOT NULL"),
        ("claim_id", "VARCHAR NOT NULL"),
        ("source_id", "VARCHAR NOT NULL"),
        ("agency", "VARCHAR"),
        ("text", "VARCHAR NOT NULL"),
        ("value", "DOUBLE"),
        ("lower", "DOUBLE"),
        ("upper", "DOUBLE"),
        ("approximate", "BOOLEAN NOT NULL"),
        ("kind", "VARCHAR NOT NULL"),
        ("unit", "VARCHAR"),
        ("normalized", "VARCHAR"),
        ("qualifier", "VARCHAR"),
        ("start", "BIGINT NOT NULL"),
        ("end", "BIGINT NOT NULL"),
        ("language", "VARCHAR NOT NULL"),
    ),
}

#: Tables whose rows belong to one article version (sources are shared by all).
VERSIONED: tuple[str, ...] = ("articles", "photo_credits", "claims", "figures")


def quoted(name: str) -> str:
    """A DuckDB identifier, quoted (``start`` and ``end`` are keywords)."""
    return '"' + name.replace('"', '""') + '"'


def column_list(table: str, prefix: str = "") -> str:
    """The table's columns, quoted and comma-separated, each with ``prefix`` (``"b."``)."""
    return ", ".join(prefix + quoted(name) for name, _ in V1_COLUMNS[table])


def _v0_to_v1(con: duckdb.DuckDBPyConnection) -> None:
    """Create the version-1 layout in an empty database."""
    con.execute(
        """
        CREATE TABLE article_versions (
            version_id BIGINT PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            uri VARCHAR,
            previous_version_id BIGINT,
            superseded_by BIGINT,
            ingested_at TIMESTAMPTZ NOT NULL,
            n_photo_credits BIGINT NOT NULL,
            n_claims BIGINT NOT NULL,
            n_figures BIGINT NOT NULL,
            UNIQUE (sha256, article_id)
        )
        """
    )
    for table, cols in V1_COLUMNS.items():
        body = ", ".join(f"{quoted(name)} {kind}" for name, kind in cols)
        if table in VERSIONED:
            body = "version_id BIGINT NOT NULL, " + body
        con.execute(f"CREATE TABLE all_{table} ({body})")
    for table in VERSIONED:
        con.execute(
            f"CREATE VIEW {table} AS SELECT {column_list(table, 't.')} FROM all_{table} t "
            "JOIN article_versions v ON t.version_id = v.version_id "
            "WHERE v.superseded_by IS NULL"
        )
    con.execute(f"CREATE VIEW sources AS SELECT {column_list('sources')} FROM all_sources")


#: Version 2: per stored figure, its group across articles, its interval and its status.
#: ``low``/``high`` are kept so an ingest recounts a group without re-reading claim text.
V2_FIGURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("group_id", "VARCHAR"),
    ("status", "VARCHAR DEFAULT 'unverified'"),
    ("agreeing_sources", "BIGINT"),
    ("disagreeing_sources", "BIGINT"),
    ("low", "DOUBLE"),
    ("high", "DOUBLE"),
)


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """Add the cross-article figure status to ``all_figures`` and the ``figures`` view.

    The view keeps the dataframe's columns first, then the new ones; the
    figures already stored are matched once, here (every group is touched).
    """
    from provenance.ledger._status import refresh_all

    for name, kind in V2_FIGURE_COLUMNS:
        con.execute(f"ALTER TABLE all_figures ADD COLUMN {quoted(name)} {kind}")
    extra = ", ".join("t." + quoted(name) for name, _ in V2_FIGURE_COLUMNS)
    con.execute(
        f"CREATE OR REPLACE VIEW figures AS SELECT {column_list('figures', 't.')}, {extra} "
        "FROM all_figures t JOIN article_versions v ON t.version_id = v.version_id "
        "WHERE v.superseded_by IS NULL"
    )
    refresh_all(con)


def _add_extractor_version(con: duckdb.DuckDBPyConnection) -> None:
    """Record which news-provenance version extracted each article version.

    Self-contained (it only adds a nullable column, if missing), so it may run
    before or after any other step; rows written before it read NULL.
    """
    con.execute("ALTER TABLE article_versions ADD COLUMN IF NOT EXISTS extractor_version VARCHAR")


#: ``MIGRATIONS[i]`` takes a ledger from version ``i`` to ``i + 1``; version 0 is an empty file.
MIGRATIONS: tuple[Migration, ...] = (_v0_to_v1, _v1_to_v2, _add_extractor_version)
SCHEMA_VERSION = len(MIGRATIONS)


def scalar(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    """The one value ``sql`` returns (fetched whole: DuckDB keeps a half-read result open)."""
    return con.execute(sql).fetchall()[0][0]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The ledger's schema version: 0 for a database without a ``schema_version`` table."""
    found = scalar(
        con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    )
    if not found:
        return 0
    version = scalar(con, "SELECT coalesce(max(version), 0) FROM schema_version")
    return int(version)


def migrate(con: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the database to ``len(migrations)`` in one transaction; returns the old version.

    A failing step rolls every step back, so the file stays at its old version.
    The caller turns a version newer than ``len(migrations)`` into an error.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        old = current_version(con)
        if old == 0:
            con.execute(
                "CREATE TABLE schema_version (version INTEGER NOT NULL, "
                "applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)"
            )
        for version in range(old, len(migrations)):
            migrations[version](con)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [version + 1])
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    return old


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll the open transaction back, if any, keeping the error that ended it.

    A failed COMMIT (a full disk) already ended the transaction: a second error
    from ROLLBACK ("no transaction is active") must not hide the first.
    """
    from contextlib import suppress

    import duckdb

    with suppress(duckdb.Error):
        con.execute("ROLLBACK")
