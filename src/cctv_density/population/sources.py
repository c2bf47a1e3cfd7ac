"""The population-source interface, the row schemas every source returns, and snapshot lookup."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

import pandas as pd

from cctv_density.errors import SnapshotError
from cctv_density.provenance import is_sidecar

#: Columns of warehouse table population_country, in order.
COUNTRY_COLUMNS: tuple[str, ...] = (
    "country_iso3",
    "country_name",
    "year",
    "population",
    "basis",
    "source",
    "retrieved_at",
    "is_interpolated",
    "is_projection",
)

#: Columns of warehouse table population_city, in order.
CITY_COLUMNS: tuple[str, ...] = (
    "city_id",
    "city_name",
    "country_iso3",
    "year",
    "population",
    "basis",
    "source",
    "retrieved_at",
    "is_interpolated",
    "is_projection",
)

#: Columns the gazetteer's city links carry (the input of every city source).
CITY_LINK_COLUMNS: tuple[str, ...] = (
    "city_id",
    "city_name",
    "country_iso3",
    "wup_city_code",
    "geonames_id",
    "latitude",
    "longitude",
)

BASES: tuple[str, ...] = ("national", "urban_agglomeration", "city_proper")

#: A snapshot directory is named by its date; a second refresh on the same day adds a time.
SNAPSHOT_DIR_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{6})?$")


class CountryPopulationSource(Protocol):
    """Anything that yields population_country rows (snapshot reader or live client)."""

    def country_population(self) -> pd.DataFrame: ...


class CityPopulationSource(Protocol):
    """Anything that yields population_city rows for the gazetteer's linked cities."""

    def city_population(self, city_links: pd.DataFrame) -> pd.DataFrame: ...


def country_frame(rows: pd.DataFrame | dict[str, object]) -> pd.DataFrame:
    """population_country rows with the schema's columns, order and dtypes."""
    frame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame({column: [] for column in COUNTRY_COLUMNS})
    return _typed(frame, COUNTRY_COLUMNS)


def city_frame(rows: pd.DataFrame | dict[str, object]) -> pd.DataFrame:
    """population_city rows with the schema's columns, order and dtypes."""
    frame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame({column: [] for column in CITY_COLUMNS})
    return _typed(frame, CITY_COLUMNS)


def _typed(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"population rows lack column {missing[0]!r}")
    typed = frame.loc[:, list(columns)].reset_index(drop=True)
    for column in columns:
        if column in ("year", "population"):
            typed[column] = typed[column].astype("int64")
        elif column.startswith("is_"):
            typed[column] = typed[column].astype("bool")
        else:
            typed[column] = typed[column].astype("string")
    return typed


def dated_snapshot_dirs(parent: Path) -> list[Path]:
    """The dated snapshot directories under `parent`, oldest first (temp dirs are skipped)."""
    if not parent.is_dir():
        return []
    found = [p for p in parent.iterdir() if p.is_dir() and SNAPSHOT_DIR_PATTERN.match(p.name)]
    return sorted(found, key=lambda p: p.name)


def newest_snapshot_dir(parent: Path) -> Path:
    """The newest dated snapshot directory under `parent`."""
    dirs = dated_snapshot_dirs(parent)
    if not dirs:
        raise SnapshotError("no dated snapshot directory (YYYY-MM-DD) found", path=str(parent))
    return dirs[-1]


def snapshot_date(snapshot_dir: Path) -> str:
    """The ISO date a snapshot directory is named after."""
    return snapshot_dir.name[:10]


def single_data_file(snapshot_dir: Path, pattern: str) -> Path:
    """The one data file matching `pattern` in a snapshot directory (sidecars excluded)."""
    matches = sorted(p for p in snapshot_dir.glob(pattern) if not is_sidecar(p))
    if len(matches) != 1:
        raise SnapshotError(
            f"expected exactly one file matching {pattern!r}, found {len(matches)}",
            path=str(snapshot_dir),
        )
    return matches[0]
