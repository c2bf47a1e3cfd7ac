"""Build the warehouse tables in a DuckDB connection: load the raw inputs, run the SQL models."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from cctv_density.settings import PROJECT_ROOT, Settings
from cctv_density.sql_models import run_models

SQL_DIR = PROJECT_ROOT / "sql"

#: The raw relations the SQL models read, with their column types (the loader's contract).
RAW_SCHEMAS: dict[str, dict[str, str]] = {
    "raw.documents": {
        "document_id": "VARCHAR",
        "doc": "VARCHAR",
        "source": "VARCHAR",
        "source_url": "VARCHAR",
        "media_type": "VARCHAR",
        "title": "VARCHAR",
        "published_date": "VARCHAR",
        "retrieved_at": "VARCHAR",
        "licence": "VARCHAR",
        "year": "INTEGER",
        "char_count": "INTEGER",
    },
    "raw.claims": {
        "claim_id": "VARCHAR",
        "document_id": "VARCHAR",
        "doc": "VARCHAR",
        "entity_kind": "VARCHAR",
        "entity_name": "VARCHAR",
        "name_as_written": "VARCHAR",
        "country_iso3": "VARCHAR",
        "city_id": "VARCHAR",
        "metric": "VARCHAR",
        "value": "DOUBLE",
        "qualifier": "VARCHAR",
        "year": "INTEGER",
        "quote": "VARCHAR",
        "start": "INTEGER",
        "end": "INTEGER",
        "source": "VARCHAR",
        "reference_year": "INTEGER",
        "reference_year_basis": "VARCHAR",
    },
    "raw.mentions": {
        "document_id": "VARCHAR",
        "doc": "VARCHAR",
        "entity_kind": "VARCHAR",
        "entity_name": "VARCHAR",
        "name_as_written": "VARCHAR",
        "country_iso3": "VARCHAR",
        "city_id": "VARCHAR",
        "quote": "VARCHAR",
        "start": "INTEGER",
        "end": "INTEGER",
        "reference_year": "INTEGER",
        "reference_year_basis": "VARCHAR",
    },
    "raw.population_country": {
        "country_iso3": "VARCHAR",
        "country_name": "VARCHAR",
        "year": "INTEGER",
        "population": "BIGINT",
        "basis": "VARCHAR",
        "source": "VARCHAR",
        "retrieved_at": "VARCHAR",
        "is_interpolated": "BOOLEAN",
        "is_projection": "BOOLEAN",
    },
    "raw.population_city": {
        "city_id": "VARCHAR",
        "city_name": "VARCHAR",
        "country_iso3": "VARCHAR",
        "year": "INTEGER",
        "population": "BIGINT",
        "basis": "VARCHAR",
        "source": "VARCHAR",
        "retrieved_at": "VARCHAR",
        "is_interpolated": "BOOLEAN",
        "is_projection": "BOOLEAN",
    },
    "raw.run_parameters": {
        "run_id": "VARCHAR",
        "population_year_policy": "VARCHAR",
        "city_primary_basis": "VARCHAR",
        "mismatch_threshold_pct": "DOUBLE",
    },
}

#: Schemas that only exist while building; the published warehouse holds the marts alone.
BUILD_ONLY_SCHEMAS = ("raw", "staging", "intermediate")


def frame_for(table: str, data: pd.DataFrame | Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """A DataFrame with exactly the raw table's columns (missing optional ones are NULL)."""
    columns = list(RAW_SCHEMAS[table])
    frame = data if isinstance(data, pd.DataFrame) else pd.DataFrame(list(data))
    return frame.reindex(columns=columns)


def load_raw_table(
    con: duckdb.DuckDBPyConnection,
    table: str,
    data: pd.DataFrame | Sequence[Mapping[str, Any]] | None,
) -> int:
    """(Re)create one raw table with its declared types and bulk-load the rows; returns the count."""
    con.execute("CREATE SCHEMA IF NOT EXISTS raw")
    column_sql = ", ".join(f'"{name}" {kind}' for name, kind in RAW_SCHEMAS[table].items())
    con.execute(f"CREATE OR REPLACE TABLE {table} ({column_sql})")
    if data is None or len(data) == 0:
        return 0
    frame = frame_for(table, data)
    con.register("raw_input_frame", frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM raw_input_frame")
    finally:
        con.unregister("raw_input_frame")
    return len(frame)


def table_exists(con: duckdb.DuckDBPyConnection, qualified_name: str) -> bool:
    # fetchall, not fetchone: DuckDB 2.0 keeps a half-read result open and blocks the connection.
    [(found,)] = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name || '.' || table_name = ?",
        [qualified_name],
    ).fetchall()
    return bool(found)


def main_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Names of the tables in the connection's current schema (the published tables)."""
    found = con.execute(
        """
        select table_name from information_schema.tables
        where table_catalog = current_database() and table_schema = current_schema()
        """
    ).fetchall()
    return {str(row[0]) for row in found}


def read_raw_table(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """A raw table as a DataFrame (empty with its columns when it was never loaded)."""
    if not table_exists(con, table):
        return pd.DataFrame(columns=list(RAW_SCHEMAS[table]))
    return con.sql(f"SELECT * FROM {table}").df()


def load_run_parameters(con: duckdb.DuckDBPyConnection, run_id: str, settings: Settings) -> None:
    """The one-row raw.run_parameters table the marts read their policies from."""
    load_raw_table(
        con,
        "raw.run_parameters",
        [
            {
                "run_id": run_id,
                "population_year_policy": settings.population_year_policy,
                "city_primary_basis": settings.city_primary_basis,
                "mismatch_threshold_pct": settings.mismatch_threshold_pct,
            }
        ],
    )


def materialize_models(con: duckdb.DuckDBPyConnection, *, sql_dir: Path = SQL_DIR) -> list[str]:
    """Build every SQL model over the raw tables, then drop the build-only schemas.

    Raw tables that were never loaded are created empty, so a run with no claims still builds.
    Returns the names of the published tables.
    """
    for table in RAW_SCHEMAS:
        if not table_exists(con, table):
            load_raw_table(con, table, None)
    models = run_models(con, sql_dir, available=RAW_SCHEMAS)
    for schema in BUILD_ONLY_SCHEMAS:
        con.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    return [m.name for m in models if m.schema == "main"]
