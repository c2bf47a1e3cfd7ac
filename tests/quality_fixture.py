"""The small quality warehouse the quality and report tests share, and its validation results."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import duckdb

from cctv_density.quality.runner import (
    ExpectationResult,
    outcome_from_results,
    write_quality_tables,
)

QUALITY_WAREHOUSE_SQL = Path(__file__).parent / "fixtures" / "quality_warehouse.sql"
#: When the fixture's recorded validation runs start and finish.
RUN_MOMENT = datetime(2026, 11, 26, 12, 0, 0)


def quality_warehouse() -> duckdb.DuckDBPyConnection:
    """A fresh in-memory DuckDB holding the fixture's claims, populations and marts."""
    con = duckdb.connect()
    con.execute(QUALITY_WAREHOUSE_SQL.read_text())
    return con


def conflict_warning() -> ExpectationResult:
    """The fixture's only failing expectation: USA has conflicting claims (70 vs 85 million)."""
    return ExpectationResult(
        suite="camera_density_country",
        table_name="camera_density_country",
        expectation="expect_column_values_to_be_in_set",
        column_name="conflicting_claims",
        severity="warning",
        success=False,
        unexpected_count=1,
        element_count=4,
        unexpected_examples=[{"conflicting_claims": True, "country_iso3": "USA"}],
        description="claims about one place agree",
    )


def record_quality_run(
    con: duckdb.DuckDBPyConnection, run_id: str, results: Sequence[ExpectationResult]
) -> duckdb.DuckDBPyConnection:
    """Write a validation run of `results` into the quality tables, as validate_warehouse does."""
    write_quality_tables(
        con, outcome_from_results(run_id, results), started_at=RUN_MOMENT, finished_at=RUN_MOMENT
    )
    return con
