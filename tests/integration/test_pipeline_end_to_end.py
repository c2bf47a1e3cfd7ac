"""End to end through Prefect: the CLI runs the pipeline flow on the shipped article and
snapshots, quietly, and the published warehouse holds what issue 2 asks for."""

from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.cli_runs import assert_quiet, run_cli
from tests.shipped_data import FIRST_ARTICLE, WORLDBANK_SNAPSHOT, WUP_SNAPSHOT

pytestmark = pytest.mark.slow


def query(path: Path, sql: str) -> list[dict[str, Any]]:
    with duckdb.connect(str(path), read_only=True) as con:
        relation = con.sql(sql)
        return [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]


def national_population(iso3: str, year: int) -> int:
    with WORLDBANK_SNAPSHOT.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["Country Code"] == iso3 and int(row["Year"]) == year:
                return int(row["Value"])
    raise AssertionError(f"{iso3} {year} not in the snapshot")


def latest_snapshot_year() -> int:
    with WORLDBANK_SNAPSHOT.open(newline="", encoding="utf-8") as handle:
        return max(int(row["Year"]) for row in csv.DictReader(handle))


def agglomeration_population(city_code: int, year: int) -> float:
    """Linear interpolation between the WUP file's 5-year points (thousands → persons)."""
    with WUP_SNAPSHOT.open(newline="", encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if int(r["City Code"]) == city_code)
    low = year - year % 5
    high = low + 5
    fraction = (year - low) / 5
    return 1000 * (float(row[str(low)]) + fraction * (float(row[str(high)]) - float(row[str(low)])))


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory, prefect_home: Path) -> dict[str, Any]:
    home = tmp_path_factory.mktemp("e2e")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CCTV_DENSITY_", "PREFECT_"))}
    env |= {
        "PREFECT_HOME": str(prefect_home),
        "PREFECT_RESULTS_LOCAL_STORAGE_PATH": str(prefect_home / "storage"),
        "CCTV_DENSITY_WAREHOUSE_PATH": str(home / "warehouse" / "cctv.duckdb"),
        "COLUMNS": "200",
    }
    result = run_cli(env, "run")
    return {"result": result, "env": env, "warehouse": home / "warehouse" / "cctv.duckdb"}


def test_run_publishes_the_warehouse_quietly_with_a_summary(first_run: dict[str, Any]) -> None:
    result = first_run["result"]
    assert result.returncode == 0, result.stderr
    assert_quiet(result)
    assert "published" in result.stdout
    for word in ("documents 1", "claims 12", "countries", "expectations passed", "report"):
        assert word in result.stdout, result.stdout
    assert first_run["warehouse"].exists()


def test_warehouse_has_the_twelve_claims_and_five_mentions(first_run: dict[str, Any]) -> None:
    warehouse = first_run["warehouse"]
    claims = query(warehouse, "select * from claims")
    assert len(claims) == 12
    text = FIRST_ARTICLE.read_text(encoding="utf-8")
    for claim in claims:
        assert text[claim["start_offset"] : claim["end_offset"]] == claim["quote"]
    mentions = query(warehouse, "select entity_name, city_id from mentions order by entity_name")
    assert [m["entity_name"] for m in mentions] == [
        "Beijing",
        "Moscow",
        "New York City",
        "Russia",
        "Seoul",
    ]
    [document] = query(warehouse, "select * from documents")
    assert document["document_id"] == hashlib.sha256(FIRST_ARTICLE.read_bytes()).hexdigest()


def test_country_densities_match_the_snapshot(first_run: dict[str, Any]) -> None:
    year = latest_snapshot_year()
    countries = {
        r["country_iso3"]: r
        for r in query(first_run["warehouse"], "select * from camera_density_country")
    }
    expected_counts = {"CHN": 200e6, "USA": 50e6, "GBR": 5.95e6, "DEU": 5e6, "JPN": 5.5e6}
    for iso3, cameras in expected_counts.items():
        row = countries[iso3]
        population = national_population(iso3, year)
        assert row["population"] == population and row["population_year"] == year
        assert row["cameras_per_1000_people"] == pytest.approx(1000 * cameras / population)
    assert countries["CHN"]["stated_vs_computed_mismatch"] is False
    assert countries["USA"]["stated_vs_computed_mismatch"] is True
    assert countries["GBR"]["stated_vs_computed_mismatch"] is True
    assert countries["GBR"]["conflicting_claims"] is True
    assert countries["GBR"]["camera_low"] == 5.9e6 and countries["GBR"]["camera_high"] == 6e6
    assert countries["RUS"]["no_figure"] is True
    assert countries["CHN"]["stated_cameras_per_1000_people"] == pytest.approx(1000 / 7)


def test_city_densities_use_the_interpolated_agglomeration(first_run: dict[str, Any]) -> None:
    year = latest_snapshot_year()
    cities = {
        r["entity_name"]: r
        for r in query(
            first_run["warehouse"], "select * from camera_density_city where is_primary_basis"
        )
    }
    london = cities["London"]
    assert london["city_id"] == "wup-22860" and london["basis"] == "urban_agglomeration"
    assert london["camera_estimate_kind"] == "derived_from_ratio"
    assert london["cameras_per_1000_people"] == pytest.approx(1000 / 14)
    assert london["camera_estimate"] == pytest.approx(
        agglomeration_population(22860, year) / 14, rel=1e-6
    )
    assert london["population_is_projection"] is True
    chongqing = cities["Chongqing"]
    assert chongqing["cameras_per_1000_people"] == pytest.approx(
        1000 * 2.5e6 / agglomeration_population(20484, year), rel=1e-6
    )
    for name in ("Beijing", "New York City", "Moscow", "Seoul"):
        assert cities[name]["no_figure"] is True


def test_a_second_run_gives_identical_tables(first_run: dict[str, Any]) -> None:
    warehouse = first_run["warehouse"]
    tables = [
        "documents",
        "claims",
        "mentions",
        "camera_density_country",
        "camera_density_city",
        "population_country",
        "population_city",
    ]
    before = {t: query(warehouse, f"select * from {t}") for t in tables}
    again = run_cli(first_run["env"], "run")
    assert again.returncode == 0, again.stderr
    after = {t: query(warehouse, f"select * from {t}") for t in tables}
    assert before == after


def test_query_command_prints_csv_and_json(first_run: dict[str, Any]) -> None:
    sql = (
        "select country_iso3, claim_count from camera_density_country order by country_iso3 limit 2"
    )
    as_csv = run_cli(first_run["env"], "query", sql, "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    assert as_csv.stdout.splitlines()[0] == "country_iso3,claim_count"
    bad = run_cli(first_run["env"], "query", "select * from no_such_table")
    assert bad.returncode == 1
    assert len(bad.stderr.strip().splitlines()) == 1 and "no_such_table" in bad.stderr


def readme_queries() -> list[list[str]]:
    """The `cctv-density query …` lines of the README, split as a shell would."""
    import shlex

    from cctv_density.settings import PROJECT_ROOT

    lines = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    return [shlex.split(line)[1:] for line in lines if line.startswith("cctv-density query ")]


def test_readme_example_queries_run(first_run: dict[str, Any]) -> None:
    queries = readme_queries()
    assert len(queries) >= 3
    for arguments in queries:
        result = run_cli(first_run["env"], *arguments)
        assert result.returncode == 0, (arguments, result.stderr)
        assert result.stdout.strip(), arguments
