"""Tests of the warehouse expectation suites and the quality tables they write."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from cctv_density.quality import QualityOutcome, validate_warehouse
from cctv_density.quality.runner import ExpectationResult
from cctv_density.quality.suites import build_suites, country_codes
from tests.quality_fixture import quality_warehouse, record_quality_run

BETWEEN = "expect_column_values_to_be_between"
IN_SET = "expect_column_values_to_be_in_set"
NOT_NULL = "expect_column_values_to_not_be_null"
REGEX = "expect_column_values_to_match_regex"
UNIQUE = "expect_column_values_to_be_unique"
COMPOUND_UNIQUE = "expect_compound_columns_to_be_unique"
PAIR_GREATER = "expect_column_pair_values_a_to_be_greater_than_b"

#: The only failure of the fixture: USA has conflicting claims (70 vs 85 million).
FIXTURE_WARNING = ("camera_density_country", "conflicting_claims", IN_SET, None)


def failures(outcome: QualityOutcome) -> dict[tuple[str, str | None, str, str | None], int]:
    """(suite, column, expectation, row condition) → unexpected rows, for failed results."""
    keys = [
        (r.suite, r.column_name, r.expectation, r.details.get("where")) for r in outcome.results
    ]
    assert len(set(keys)) == len(keys), "two expectations of a suite check the same thing"
    return {
        key: result.unexpected_count or 0
        for key, result in zip(keys, outcome.results, strict=True)
        if not result.success
    }


@pytest.fixture(scope="module")
def gx_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gx")


@pytest.fixture(scope="module")
def passing_run(gx_dir: Path) -> tuple[duckdb.DuckDBPyConnection, QualityOutcome]:
    con = quality_warehouse()
    return con, validate_warehouse(con, run_id="run-pass", gx_dir=gx_dir)


def test_clean_warehouse_passes_with_only_the_conflict_warning(
    passing_run: tuple[duckdb.DuckDBPyConnection, QualityOutcome],
) -> None:
    _, outcome = passing_run
    assert outcome.success is True
    assert outcome.critical_failures == []
    assert failures(outcome) == {FIXTURE_WARNING: 1}
    assert outcome.warnings == [
        "camera_density_country.conflicting_claims expect_column_values_to_be_in_set: "
        "1 of 4 rows unexpected (e.g. True at country_iso3='USA')"
    ]
    expected_count = sum(len(spec.expectations) for spec in build_suites())
    assert len(outcome.results) == expected_count
    assert {r.severity for r in outcome.results} == {"critical", "warning"}
    assert "58 expectations evaluated, 57 passed; 0 critical failed, 1 warnings" in (
        outcome.summary()
    )


def test_quality_tables_hold_one_row_per_run_and_per_expectation(
    passing_run: tuple[duckdb.DuckDBPyConnection, QualityOutcome],
) -> None:
    con, outcome = passing_run
    run = con.execute(
        "select success, critical_failed, warnings_failed, expectations_evaluated,"
        " finished_at >= started_at from quality_runs where run_id = 'run-pass'"
    ).fetchall()
    assert run == [(True, 0, 1, len(outcome.results), True)]
    rows = con.execute(
        "select suite, table_name, expectation, column_name, severity, success,"
        " unexpected_count, unexpected_examples, details"
        " from quality_results where run_id = 'run-pass'"
    ).fetchall()
    assert len(rows) == len(outcome.results)
    failed = [row for row in rows if not row[5]]
    assert len(failed) == 1
    suite, table, expectation, column, severity, _, count, examples, details = failed[0]
    assert (suite, table, expectation, column, severity, count) == (
        "camera_density_country",
        "camera_density_country",
        IN_SET,
        "conflicting_claims",
        "warning",
        1,
    )
    assert json.loads(examples) == [{"conflicting_claims": True, "country_iso3": "USA"}]
    assert json.loads(details)["description"] == "claims about one place agree"


def test_rerun_appends_a_run_and_adds_no_files_or_temp_dirs(
    passing_run: tuple[duckdb.DuckDBPyConnection, QualityOutcome],
    gx_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    con, first = passing_run
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    before = sorted(path.relative_to(gx_dir) for path in gx_dir.rglob("*"))

    second = validate_warehouse(con, run_id="run-again", gx_dir=gx_dir)

    assert sorted(path.relative_to(gx_dir) for path in gx_dir.rglob("*")) == before
    assert list(scratch.iterdir()) == []
    assert second.success
    runs = con.execute("select run_id, count(*) from quality_runs group by 1 order by 1")
    assert runs.fetchall() == [("run-again", 1), ("run-pass", 1)]
    results = con.execute(
        "select run_id, count(*) from quality_results group by 1 order by 1"
    ).fetchall()
    assert results == [("run-again", len(first.results)), ("run-pass", len(first.results))]


def test_writing_a_run_id_again_replaces_its_rows() -> None:
    con = duckdb.connect()
    failed = ExpectationResult(
        suite="claims",
        table_name="claims",
        expectation=UNIQUE,
        column_name="claim_id",
        severity="critical",
        success=False,
        unexpected_count=2,
        element_count=5,
        unexpected_examples=[{"claim_id": "a"}, {"claim_id": "a"}],
    )
    passed = replace(failed, success=True, unexpected_count=0, unexpected_examples=[])
    for results in ([failed, passed], [passed]):
        record_quality_run(con, "run-1", results)

    assert con.execute("select success, critical_failed from quality_runs").fetchall() == [
        (True, 0)
    ]
    stored = con.execute("select success, unexpected_count from quality_results").fetchall()
    assert stored == [(True, 0)]


def copy_row(con: duckdb.DuckDBPyConnection, table: str, where: str, **changes: str) -> None:
    """Insert one row of the fixture's `table` (as first loaded) with columns replaced."""
    con.execute(f"create temp table if not exists original_{table} as select * from {table}")
    replaced = ", ".join(f"{value} as {column}" for column, value in changes.items())
    columns = f"* replace ({replaced})" if replaced else "*"
    con.execute(f"insert into {table} select {columns} from original_{table} where {where}")


def inject_failures(con: duckdb.DuckDBPyConnection) -> None:
    """Break every critical expectation and every warning a known number of times."""

    def claim(claim_id: str, **changes: str) -> None:
        copy_row(con, "claims", "claim_id = '00000000000000a3'", claim_id=claim_id, **changes)

    claim("null")
    claim("'00000000000000a1'")  # an existing id again: both rows are duplicates
    claim("'bad-metric'", metric="'cameras_per_household'")
    claim("'null-metric'", metric="null")
    claim("'bad-qualifier'", qualifier="'roughly'")
    claim("'null-value'", value="null")
    claim("'negative'", metric="'cameras_per_sq_km'", value="-5.0")
    claim("'huge-count'", value="3e9")
    claim("'huge-ppc'", metric="'people_per_camera'", value="2e6")
    claim("'huge-cpk'", metric="'cameras_per_1000_people'", value="1500")
    claim("'null-quote'", quote="null")
    claim("'blank-quote'", quote="'   '")
    claim("'bad-kind'", entity_kind="'region'")
    claim("'null-country'", country_iso3="null")
    claim("'lower-country'", country_iso3="'gbr'")  # fails the pattern and the code list
    claim("'unknown-country'", country_iso3="'ZZZ'")

    for table, source in (
        ("population_country", "country_iso3 = 'GBR'"),
        ("population_city", "city_id = 'wup-2'"),
    ):
        copy_row(con, table, source, year="2000", population="null")
        copy_row(con, table, source, year="2001", population="0")
        copy_row(con, table, source, year="1900")
        copy_row(con, table, source)  # the 2023 row again: two rows unexpected
        copy_row(con, table, source, year="2002", basis="'metro'")
        copy_row(con, table, source, year="2003", country_iso3="'WLD'")  # an aggregate
    copy_row(con, "population_country", "country_iso3 = 'FRA'", year="null")
    copy_row(con, "population_city", "city_id = 'wup-2'", city_id="null")

    def country_row(code: str, source: str = "GBR", **changes: str) -> None:
        copy_row(
            con,
            "camera_density_country",
            f"country_iso3 = '{source}'",
            country_iso3=code,
            **changes,
        )

    country_row("null")
    country_row("'CHN'", source="CHN")  # duplicate: two rows unexpected
    country_row("'DEU'", basis="'urban'")
    country_row("'ABC'")
    country_row("'AUT'", cameras_per_1000_people="1200.0")
    country_row("'ITA'", camera_estimate="population * 3.0")
    country_row("'ESP'", claim_ids="['ffffffffffffffff']")
    country_row("'PRT'", claim_count="0", claim_ids="[]::varchar[]")
    country_row("'BEL'", camera_estimate_kind="'guessed'")
    country_row("'NLD'", density_difference_pct="25.0")  # warning

    def city_row(city_id: str, **changes: str) -> None:
        source = "city_id = 'wup-1' and basis = 'urban_agglomeration'"
        copy_row(con, "camera_density_city", source, city_id=city_id, **changes)

    city_row("'wup-1'")  # duplicate of (wup-1, urban_agglomeration): two rows unexpected
    city_row("null")
    city_row("'wup-3'", basis="'metro'")
    city_row("'wup-4'", cameras_per_1000_people="-1.0")
    city_row("'wup-5'", claim_ids="['missing']")
    city_row("'wup-6'", density_difference_pct="-30.0")  # warning
    city_row("'wup-7'", conflicting_claims="true")  # warning
    city_row("'wup-8'", camera_estimate_kind="'guessed'")
    city_row("'wup-9'", camera_estimate="population * 2.5")
    city_row("'wup-10'", country_iso3="'EUU'")


def test_each_injected_fault_fails_exactly_its_expectation(tmp_path: Path) -> None:
    con = quality_warehouse()
    inject_failures(con)

    outcome = validate_warehouse(con, run_id="run-broken", gx_dir=tmp_path / "gx")

    where = {
        metric: f'metric=="{metric}"'
        for metric in ("camera_count", "people_per_camera", "cameras_per_1000_people")
    }
    critical = {
        ("claims", "claim_id", NOT_NULL, None): 1,
        ("claims", "claim_id", UNIQUE, None): 2,
        ("claims", "metric", IN_SET, None): 1,
        ("claims", "metric", NOT_NULL, None): 1,
        ("claims", "qualifier", IN_SET, None): 1,
        ("claims", "value", NOT_NULL, None): 1,
        ("claims", "value", BETWEEN, None): 1,
        ("claims", "value", BETWEEN, where["camera_count"]): 1,
        ("claims", "value", BETWEEN, where["people_per_camera"]): 1,
        ("claims", "value", BETWEEN, where["cameras_per_1000_people"]): 1,
        ("claims", "quote", NOT_NULL, None): 1,
        ("claims", "quote", REGEX, None): 1,
        ("claims", "entity_kind", IN_SET, None): 1,
        ("claims", "country_iso3", NOT_NULL, None): 1,
        ("claims", "country_iso3", REGEX, None): 1,
        ("claims", "country_iso3", IN_SET, None): 2,
        ("population_country", "population", NOT_NULL, None): 1,
        ("population_country", "population", BETWEEN, None): 1,
        ("population_country", "year", BETWEEN, None): 1,
        ("population_country", "year", NOT_NULL, None): 1,
        ("population_country", "country_iso3,year,basis", COMPOUND_UNIQUE, None): 2,
        ("population_country", "basis", IN_SET, None): 1,
        ("population_country", "country_iso3", IN_SET, None): 1,
        ("population_city", "city_id", NOT_NULL, None): 1,
        ("population_city", "population", NOT_NULL, None): 1,
        ("population_city", "population", BETWEEN, None): 1,
        ("population_city", "year", BETWEEN, None): 1,
        ("population_city", "city_id,year,basis", COMPOUND_UNIQUE, None): 2,
        ("population_city", "basis", IN_SET, None): 1,
        ("population_city", "country_iso3", IN_SET, None): 1,
        ("camera_density_country", "country_iso3", NOT_NULL, None): 1,
        ("camera_density_country", "country_iso3", UNIQUE, None): 2,
        ("camera_density_country", "basis", IN_SET, None): 1,
        ("camera_density_country", "country_iso3", IN_SET, None): 1,
        ("camera_density_country", "cameras_per_1000_people", BETWEEN, None): 1,
        ("camera_density_country", "camera_ceiling,camera_estimate", PAIR_GREATER, None): 1,
        ("camera_density_country", "traceable_to_claims", IN_SET, None): 2,
        ("camera_density_country", "camera_estimate_kind", IN_SET, None): 1,
        ("camera_density_city", "city_id", NOT_NULL, None): 1,
        ("camera_density_city", "city_id,basis", COMPOUND_UNIQUE, None): 2,
        ("camera_density_city", "basis", IN_SET, None): 1,
        ("camera_density_city", "cameras_per_1000_people", BETWEEN, None): 1,
        ("camera_density_city", "camera_ceiling,camera_estimate", PAIR_GREATER, None): 1,
        ("camera_density_city", "traceable_to_claims", IN_SET, None): 1,
        ("camera_density_city", "camera_estimate_kind", IN_SET, None): 1,
        ("camera_density_city", "country_iso3", IN_SET, None): 1,
    }
    warning = {
        FIXTURE_WARNING: 1,
        ("camera_density_country", "density_difference_pct", BETWEEN, None): 1,
        ("camera_density_city", "density_difference_pct", BETWEEN, None): 1,
        ("camera_density_city", "conflicting_claims", IN_SET, None): 1,
    }
    assert failures(outcome) == critical | warning
    assert outcome.success is False
    assert len(outcome.critical_failures) == len(critical)
    assert len(outcome.warnings) == len(warning)
    assert (
        "claims.value expect_column_values_to_be_between: 1 of 22 rows unexpected"
        " (e.g. -5.0 at claim_id='negative')" in outcome.critical_failures
    )
    stored = con.execute(
        "select count(*) filter (not success and severity = 'critical'),"
        " count(*) filter (not success and severity = 'warning')"
        " from quality_results where run_id = 'run-broken'"
    ).fetchone()
    assert stored == (len(critical), len(warning))


def test_missing_table_is_one_critical_failure(tmp_path: Path) -> None:
    con = quality_warehouse()
    con.execute("drop table population_city")

    outcome = validate_warehouse(con, run_id="run-missing", gx_dir=tmp_path / "gx")

    assert outcome.success is False
    assert outcome.critical_failures == [
        "population_city expect_table_to_exist: error: missing table ['population_city']"
    ]
    checked_tables = {r.table_name for r in outcome.results if r.success}
    assert checked_tables == {
        "claims",
        "population_country",
        "camera_density_country",
        "camera_density_city",
    }


def test_country_codes_are_iso_plus_kosovo_and_channel_islands_not_aggregates() -> None:
    codes = set(country_codes())
    assert {"GBR", "USA", "XKX", "CHI"} <= codes
    assert not {"WLD", "EUU", "HIC", "OED"} & codes


def test_result_line_names_the_table_column_count_and_example() -> None:
    result = ExpectationResult(
        suite="claims",
        table_name="claims",
        expectation=BETWEEN,
        column_name="value",
        severity="critical",
        success=False,
        unexpected_count=1,
        element_count=12,
        unexpected_examples=[-5.0],
    )
    assert result.line() == (
        "claims.value expect_column_values_to_be_between: 1 of 12 rows unexpected (e.g. -5.0)"
    )


def test_importing_quality_and_report_does_not_import_great_expectations() -> None:
    # GX costs seconds to import: only validate_warehouse may pay for it.
    probe = (
        "import sys, cctv_density.quality, cctv_density.report;"
        "print('great_expectations' in sys.modules)"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "False"
