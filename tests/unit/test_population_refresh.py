"""refresh_population with in-memory sources: new dated snapshots, diffs, all-or-nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from cctv_density.errors import FetchError
from cctv_density.model import sha256_hex
from cctv_density.population.refresh import (
    CityProperSnapshot,
    diff_snapshots,
    refresh_population,
)
from cctv_density.population.sources import city_frame, country_frame
from cctv_density.population.worldbank import WorldBankSnapshot
from cctv_density.provenance import Provenance, read_provenance, write_provenance

NOW = datetime(2026, 11, 26, 5, 30, tzinfo=UTC)


def countries(*rows: tuple[str, str, int, int]) -> pd.DataFrame:
    return country_frame(
        {
            "country_iso3": [r[0] for r in rows],
            "country_name": [r[1] for r in rows],
            "year": [r[2] for r in rows],
            "population": [r[3] for r in rows],
            "basis": "national",
            "source": "test",
            "retrieved_at": "2026-11-26",
            "is_interpolated": False,
            "is_projection": False,
        }
    )


def cities(*rows: tuple[str, int, int]) -> pd.DataFrame:
    return city_frame(
        {
            "city_id": [r[0] for r in rows],
            "city_name": [r[0].upper() for r in rows],
            "country_iso3": "GBR",
            "year": [r[1] for r in rows],
            "population": [r[2] for r in rows],
            "basis": "city_proper",
            "source": "test",
            "retrieved_at": "2026-11-26",
            "is_interpolated": False,
            "is_projection": False,
        }
    )


class FixedCountries:
    source_url = "https://example.org/countries"
    licence = "CC BY 4.0"

    def __init__(self, rows: pd.DataFrame) -> None:
        self.rows = rows

    def country_population(self) -> pd.DataFrame:
        return self.rows


class FixedCities:
    source_url = "https://example.org/sparql"
    licence = "CC0 1.0"

    def __init__(self, rows: pd.DataFrame) -> None:
        self.rows = rows
        self.asked: list[str] = []

    def city_population(self, city_links: pd.DataFrame) -> pd.DataFrame:
        self.asked = list(city_links["city_id"])
        return self.rows


class Failing:
    def country_population(self) -> pd.DataFrame:
        raise FetchError("World Bank: cannot connect", path="https://api.worldbank.org/v2")

    def city_population(self, city_links: pd.DataFrame) -> pd.DataFrame:
        raise FetchError("Wikidata SPARQL: HTTP 503", path="https://query.wikidata.org/sparql")


LINKS = pd.DataFrame(
    {
        "city_id": ["gn-1", "gn-2"],
        "city_name": ["a", "b"],
        "country_iso3": ["GBR", "GBR"],
        "wup_city_code": pd.array([None, None], dtype="Int64"),
        "geonames_id": pd.array([1, 2], dtype="Int64"),
        "latitude": [0.0, 0.0],
        "longitude": [0.0, 0.0],
    }
)


def seed_previous(population_dir: Path) -> None:
    """A previous World Bank snapshot (with an aggregate) and the aggregate list."""
    worldbank = population_dir / "worldbank"
    snapshot = worldbank / "2026-03-06" / "worldbank_SP.POP.TOTL.csv"
    snapshot.parent.mkdir(parents=True)
    snapshot.write_text(
        "Country Name,Country Code,Year,Value\n"
        "Aruba,ABW,2024,100000\n"  # new value 100500: +0.5 %, not reported
        "France,FRA,2024,68000000\n"  # gone from the new snapshot
        "United Kingdom,GBR,2024,68000000\n"  # new value 69360000: +2 %, reported
        "World,WLD,2024,8000000000\n"  # an aggregate: neither removed nor compared
    )
    aggregates = worldbank / "aggregates.csv"
    aggregates.write_text("Country Code,Country Name\nWLD,World\n")
    for path in (snapshot, aggregates):
        write_provenance(
            path,
            Provenance(
                "https://example.org", "2026-03-06", "CC BY 4.0", sha256_hex(path.read_bytes())
            ),
        )


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


NEW_COUNTRIES = countries(
    ("ABW", "Aruba", 2024, 100500),
    ("GBR", "United Kingdom", 2024, 69360000),
    ("DEU", "Germany", 2024, 83500000),
)


def test_refresh_writes_snapshots_with_sidecars_and_diffs(tmp_path: Path) -> None:
    seed_previous(tmp_path)
    city_source = FixedCities(cities(("gn-1", 2021, 1000), ("gn-2", 2020, 2000)))
    report = refresh_population(
        tmp_path, FixedCountries(NEW_COUNTRIES), city_source, LINKS, now=NOW
    )

    country_file = tmp_path / "worldbank" / "2026-11-26" / "worldbank_SP.POP.TOTL.csv"
    city_file = tmp_path / "wikidata" / "2026-11-26" / "city_proper.csv"
    assert report.snapshot_dirs == [country_file.parent, city_file.parent]
    country_provenance = read_provenance(country_file)  # verifies sha256
    assert (country_provenance.row_count, country_provenance.source_url) == (
        3,
        "https://example.org/countries",
    )
    assert country_provenance.retrieved_at == "2026-11-26T05:30:00+00:00"
    assert country_provenance.licence == "CC BY 4.0"
    assert read_provenance(city_file).row_count == 2
    assert city_source.asked == ["gn-1", "gn-2"]

    assert report.countries_added == ["DEU"]
    assert report.countries_removed == ["FRA"]
    assert [(c.entity_id, c.previous, c.current) for c in report.country_changes] == [
        ("GBR", 68000000, 69360000)
    ]
    assert report.country_changes[0].change_pct == pytest.approx(2.0)
    assert report.cities is not None and report.cities.previous_dir is None  # first city one
    summary = report.summary()
    assert "DEU" in summary and "FRA" in summary and "\n" not in summary

    reread = WorldBankSnapshot(tmp_path).country_population()
    assert sorted(zip(reread["country_iso3"], reread["population"], strict=True)) == [
        ("ABW", 100500),
        ("DEU", 83500000),
        ("GBR", 69360000),
    ]
    assert CityProperSnapshot(tmp_path).has_snapshot()
    snapshot_rows = CityProperSnapshot(tmp_path).city_population(LINKS.iloc[:1])
    assert list(zip(snapshot_rows["city_id"], snapshot_rows["population"], strict=True)) == [
        ("gn-1", 1000)
    ]


def test_second_city_refresh_reports_city_changes(tmp_path: Path) -> None:
    first = FixedCities(cities(("gn-1", 2021, 1000), ("gn-2", 2020, 2000)))
    refresh_population(tmp_path, FixedCountries(NEW_COUNTRIES), first, LINKS, now=NOW)
    second = FixedCities(cities(("gn-1", 2021, 1100), ("gn-3", 2022, 5)))
    later = datetime(2026, 12, 3, 5, 30, tzinfo=UTC)
    report = refresh_population(tmp_path, FixedCountries(NEW_COUNTRIES), second, LINKS, now=later)
    assert (report.cities_added, report.cities_removed) == (["gn-3"], ["gn-2"])
    assert [(c.entity_id, c.year, c.previous, c.current) for c in report.city_changes] == [
        ("gn-1", 2021, 1000, 1100)
    ]
    assert report.country_changes == [] and report.countries_added == []


def test_first_refresh_has_nothing_to_compare(tmp_path: Path) -> None:
    report = refresh_population(tmp_path, FixedCountries(NEW_COUNTRIES), None, None, now=NOW)
    assert report.countries.previous_dir is None and report.cities is None
    assert not CityProperSnapshot(tmp_path).has_snapshot()
    assert "first snapshot" in report.summary()


def test_same_day_refresh_gets_a_timestamped_dir(tmp_path: Path) -> None:
    refresh_population(tmp_path, FixedCountries(NEW_COUNTRIES), None, None, now=NOW)
    report = refresh_population(tmp_path, FixedCountries(NEW_COUNTRIES), None, None, now=NOW)
    assert report.snapshot_dirs == [tmp_path / "worldbank" / "2026-11-26T053000"]
    assert WorldBankSnapshot(tmp_path).snapshot_file().parent == report.snapshot_dirs[0]
    assert "2026-11-26" in report.countries.previous_dir.name  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("country_source", "city_source"),
    [
        (Failing(), FixedCities(cities(("gn-1", 2021, 1000)))),
        (FixedCountries(NEW_COUNTRIES), Failing()),
        (FixedCountries(countries(("GBR", "UK", 2024, 1), ("GBR", "UK", 2024, 2))), None),
        (FixedCountries(countries(("GBR", "UK", 2024, -5))), None),
        (FixedCountries(countries()), None),
        (FixedCountries(NEW_COUNTRIES), FixedCities(cities(("gn-1", 2021, 0)))),
    ],
    ids=["country-fetch", "city-fetch", "duplicate", "negative", "empty", "zero-city"],
)
def test_failure_writes_nothing(
    tmp_path: Path, country_source: FixedCountries, city_source: FixedCities | None
) -> None:
    seed_previous(tmp_path)
    before = tree(tmp_path)
    with pytest.raises(FetchError) as caught:
        refresh_population(tmp_path, country_source, city_source, LINKS, now=NOW)
    assert "\n" not in str(caught.value)
    assert tree(tmp_path) == before
    assert not any(p.name.startswith(".incoming-") for p in tmp_path.rglob("*"))
    assert WorldBankSnapshot(tmp_path).snapshot_file().parent.name == "2026-03-06"


def test_a_source_bug_is_still_one_fetch_error(tmp_path: Path) -> None:
    class Broken:
        def country_population(self) -> pd.DataFrame:
            raise KeyError("countryiso3code")

    with pytest.raises(FetchError, match="countries: source failed"):
        refresh_population(tmp_path, Broken(), None, None, now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_diff_threshold_is_strictly_more_than_one_percent(tmp_path: Path) -> None:
    previous = pd.DataFrame(
        {"entity_id": ["A", "B", "C"], "year": [2024] * 3, "population": [1000, 1000, 1000]}
    )
    previous.attrs["snapshot_dir"] = str(tmp_path / "old")
    current = pd.DataFrame(
        {"entity_id": ["A", "B", "C"], "year": [2024] * 3, "population": [1010, 1011, 989]}
    )
    diff = diff_snapshots(previous, current, snapshot_dir=tmp_path / "new")
    assert [(c.entity_id, c.current) for c in diff.changed] == [("B", 1011), ("C", 989)]
