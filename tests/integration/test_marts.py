"""The SQL models on given rows in an in-memory DuckDB: reconciliation, density, flags, comments."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from typing import Any

import duckdb
import pytest

from cctv_density.build import load_raw_table, materialize_models

THRESHOLD = 10.0


def claim(claim_id: str, metric: str, value: float, qualifier: str, **place: Any) -> dict[str, Any]:
    row = {
        "claim_id": claim_id,
        "document_id": place.pop("document_id", "doc-1"),
        "doc": "article",
        "entity_kind": "country",
        "entity_name": "United Kingdom",
        "name_as_written": "the UK",
        "country_iso3": "GBR",
        "city_id": None,
        "metric": metric,
        "value": value,
        "qualifier": qualifier,
        "year": None,
        "quote": f"quote {claim_id}",
        "start": 0,
        "end": 10,
        "source": "extracted",
        "reference_year": 2024,
        "reference_year_basis": "latest",
    }
    row.update(place)
    return row


LONDON = {
    "entity_kind": "city",
    "entity_name": "London",
    "name_as_written": "London",
    "country_iso3": "GBR",
    "city_id": "wup-22860",
}


def mention(**place: Any) -> dict[str, Any]:
    row = {
        "document_id": "doc-1",
        "doc": "article",
        "quote": "Moscow, Russia",
        "start": 0,
        "end": 14,
        "reference_year": 2024,
        "reference_year_basis": "latest",
        "city_id": None,
    }
    row.update(place)
    return row


def national(iso3: str, year: int, population: int) -> dict[str, Any]:
    return {
        "country_iso3": iso3,
        "country_name": iso3,
        "year": year,
        "population": population,
        "basis": "national",
        "source": "test snapshot",
        "retrieved_at": "2026-01-01",
        "is_interpolated": False,
        "is_projection": False,
    }


def city_population(city_id: str, basis: str, year: int, population: int) -> dict[str, Any]:
    return {
        "city_id": city_id,
        "city_name": "London",
        "country_iso3": "GBR",
        "year": year,
        "population": population,
        "basis": basis,
        "source": f"test {basis}",
        "retrieved_at": "2026-01-01",
        "is_interpolated": False,
        "is_projection": year > 2015,
    }


def build(
    claims: list[dict[str, Any]],
    mentions: list[dict[str, Any]] | None = None,
    population_country: list[dict[str, Any]] | None = None,
    population_city: list[dict[str, Any]] | None = None,
    primary_basis: str = "urban_agglomeration",
) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    load_raw_table(
        con,
        "raw.documents",
        [{"document_id": "doc-1", "doc": "article", "source": "a.txt", "media_type": "text/plain"}],
    )
    load_raw_table(con, "raw.claims", claims)
    load_raw_table(con, "raw.mentions", mentions or [])
    load_raw_table(con, "raw.population_country", population_country or [])
    load_raw_table(con, "raw.population_city", population_city or [])
    load_raw_table(
        con,
        "raw.run_parameters",
        [
            {
                "run_id": "test",
                "population_year_policy": "auto",
                "city_primary_basis": primary_basis,
                "mismatch_threshold_pct": THRESHOLD,
            }
        ],
    )
    materialize_models(con)
    return con


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    relation = con.sql(sql)
    return [dict(zip(relation.columns, values, strict=True)) for values in relation.fetchall()]


@pytest.fixture
def uk() -> Iterator[tuple[duckdb.DuckDBPyConnection, int]]:
    population = 69_226_000
    con = build(
        [
            claim("a", "camera_count", 5_900_000, "estimated"),
            claim("b", "camera_count", 6_000_000, "over"),
            claim("c", "people_per_camera", 10, "about"),
        ],
        population_country=[national("GBR", 2023, 68_000_000), national("GBR", 2024, population)],
    )
    yield con, population
    con.close()


def test_conflicting_counts_keep_the_range_and_use_the_median(uk: Any) -> None:
    con, population = uk
    [row] = rows(con, "select * from camera_density_country")
    counts = [5_900_000, 6_000_000]
    assert row["camera_estimate"] == statistics.median(counts)
    assert (row["camera_low"], row["camera_high"]) == (min(counts), max(counts))
    assert row["camera_estimate_kind"] == "stated"
    assert row["conflicting_claims"] is True
    assert row["population"] == population and row["population_year"] == 2024
    expected_density = 1000 * statistics.median(counts) / population
    assert row["cameras_per_1000_people"] == pytest.approx(expected_density)
    assert row["people_per_camera"] == pytest.approx(1000 / expected_density)
    assert row["stated_cameras_per_1000_people"] == pytest.approx(100.0)
    assert row["stated_people_per_camera"] == pytest.approx(10.0)
    assert row["density_difference_pct"] == pytest.approx((expected_density - 100) / 100 * 100)
    assert row["stated_vs_computed_mismatch"] is True
    assert row["claim_count"] == 3 and sorted(row["claim_ids"]) == ["a", "b", "c"]
    assert row["no_figure"] is False


def test_estimate_and_over_the_same_value_do_not_conflict() -> None:
    con = build(
        [claim("a", "camera_count", 200e6, "estimated"), claim("b", "camera_count", 200e6, "over")],
        population_country=[national("GBR", 2024, 1_400_000_000)],
    )
    [row] = rows(
        con, "select conflicting_claims, stated_vs_computed_mismatch from camera_density_country"
    )
    assert row == {"conflicting_claims": False, "stated_vs_computed_mismatch": False}


def test_a_range_is_not_a_conflict_and_bounds_the_estimate() -> None:
    con = build(
        [
            claim("a", "camera_count", 4e6, "range_low"),
            claim("b", "camera_count", 5.9e6, "range_high"),
        ],
        population_country=[national("GBR", 2024, 60_000_000)],
    )
    [row] = rows(con, "select * from camera_density_country")
    assert row["conflicting_claims"] is False
    assert (row["camera_low"], row["camera_estimate"], row["camera_high"]) == (4e6, 4.95e6, 5.9e6)


def test_city_ratio_gives_a_derived_estimate_on_every_basis() -> None:
    agglomeration, proper = 9_648_000, 8_866_000
    con = build(
        [claim("l", "people_per_camera", 14, "estimated", **LONDON)],
        population_city=[
            city_population("wup-22860", "urban_agglomeration", 2020, 9_000_000),
            city_population("wup-22860", "urban_agglomeration", 2024, agglomeration),
            city_population("wup-22860", "city_proper", 2021, proper),
        ],
    )
    result = {r["basis"]: r for r in rows(con, "select * from camera_density_city")}
    assert set(result) == {"urban_agglomeration", "city_proper"}
    primary = result["urban_agglomeration"]
    assert (
        primary["is_primary_basis"] is True and result["city_proper"]["is_primary_basis"] is False
    )
    assert primary["population_year"] == 2024 and primary["population_is_projection"] is True
    assert primary["camera_estimate"] == pytest.approx(agglomeration / 14)
    assert primary["camera_estimate_kind"] == "derived_from_ratio"
    assert primary["cameras_per_1000_people"] == pytest.approx(1000 / 14)
    assert primary["density_difference_pct"] is None
    assert result["city_proper"]["population_year"] == 2021  # nearest earlier year
    assert result["city_proper"]["camera_estimate"] == pytest.approx(proper / 14)


def test_configured_primary_basis_wins_when_the_city_has_it() -> None:
    con = build(
        [claim("l", "camera_count", 600_000, "exact", **LONDON)],
        population_city=[
            city_population("wup-22860", "urban_agglomeration", 2024, 9_000_000),
            city_population("wup-22860", "city_proper", 2024, 8_000_000),
        ],
        primary_basis="city_proper",
    )
    primary = rows(con, "select basis from camera_density_city where is_primary_basis")
    assert primary == [{"basis": "city_proper"}]


def test_population_after_the_reference_year_is_used_only_when_nothing_earlier_exists() -> None:
    con = build(
        [claim("a", "camera_count", 1e6, "exact", reference_year=2010)],
        population_country=[national("GBR", 2012, 50_000_000), national("GBR", 2030, 70_000_000)],
    )
    assert rows(con, "select population_year from camera_density_country") == [
        {"population_year": 2012}
    ]


def test_places_without_a_figure_get_a_row_flagged_no_figure() -> None:
    con = build(
        [claim("a", "camera_count", 5e6, "over")],
        mentions=[
            mention(
                entity_kind="country",
                entity_name="Russia",
                name_as_written="Russia",
                country_iso3="RUS",
            ),
            mention(
                entity_kind="city",
                entity_name="Moscow",
                name_as_written="Moscow",
                country_iso3="RUS",
                city_id="wup-22299",
            ),
        ],
        population_country=[national("GBR", 2024, 69_000_000), national("RUS", 2024, 143_000_000)],
    )
    russia = rows(con, "select * from camera_density_country where country_iso3 = 'RUS'")[0]
    assert russia["no_figure"] is True and russia["claim_count"] == 0
    assert russia["camera_estimate"] is None and russia["population"] == 143_000_000
    moscow = rows(con, "select * from camera_density_city")
    assert len(moscow) == 1 and moscow[0]["basis"] is None and moscow[0]["no_figure"] is True


def test_area_density_is_kept_per_square_km() -> None:
    con = build(
        [
            claim("a", "cameras_per_sq_mile", 259.0, "exact"),
            claim("b", "camera_count", 1e6, "exact"),
        ],
        population_country=[national("GBR", 2024, 60_000_000)],
    )
    [row] = rows(con, "select stated_cameras_per_sq_km from camera_density_country")
    assert row["stated_cameras_per_sq_km"] == pytest.approx(259.0 / 2.589988110336)


def test_staging_renames_offsets_and_documents_count_their_rows(uk: Any) -> None:
    con, _ = uk
    [claim_row] = rows(con, "select start_offset, end_offset from claims where claim_id = 'a'")
    assert claim_row == {"start_offset": 0, "end_offset": 10}
    assert rows(con, "select claim_count, mention_count from documents") == [
        {"claim_count": 3, "mention_count": 0}
    ]


def test_published_tables_only_and_every_table_and_column_is_commented(uk: Any) -> None:
    con, _ = uk
    schemas = {
        r["schema_name"] for r in rows(con, "select distinct schema_name from duckdb_tables()")
    }
    assert schemas == {"main"}
    uncommented_tables = rows(con, "select table_name from duckdb_tables() where comment is null")
    uncommented_columns = rows(
        con,
        "select table_name, column_name from duckdb_columns() "
        "where comment is null and not internal and schema_name = 'main'",
    )
    assert uncommented_tables == [] and uncommented_columns == []


def test_empty_inputs_still_build_every_table() -> None:
    con = build([])
    counts = rows(con, "select count(*) as n from camera_density_country")
    assert counts == [{"n": 0}]
