"""Reader for the UN World Urbanization Prospects 2018 File 12 (urban agglomerations ≥ 300k)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cctv_density.errors import SnapshotError
from cctv_density.population.sources import (
    city_frame,
    newest_snapshot_dir,
    single_data_file,
    snapshot_date,
)
from cctv_density.provenance import read_provenance

#: Columns of the 5-year population points (thousands); 2015 is the last estimate.
WUP_YEARS: tuple[int, ...] = tuple(range(1950, 2040, 5))
WUP_LAST_ESTIMATE_YEAR = 2015

_REQUIRED = (
    "Country Code",
    "Country or area",
    "City Code",
    "Urban Agglomeration",
    "Note",
    "Latitude",
    "Longitude",
)


def read_wup_agglomerations(path: Path) -> pd.DataFrame:
    """One row per agglomeration, wide: city_code, country_m49, country_name, name, note,
    latitude, longitude, and one int column per year in WUP_YEARS holding *persons*
    (the file's thousands × 1000)."""
    try:
        raw = pd.read_csv(path, dtype={"Note": "string"}, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise SnapshotError(f"cannot read UN WUP file ({exc})", path=str(path)) from None
    year_columns = [str(year) for year in WUP_YEARS]
    missing = [c for c in (*_REQUIRED, *year_columns) if c not in raw.columns]
    if missing:
        raise SnapshotError("column is missing", path=str(path), field=missing[0])
    frame = pd.DataFrame(
        {
            "city_code": raw["City Code"].astype("int64"),
            "country_m49": raw["Country Code"].astype("int64"),
            "country_name": raw["Country or area"].astype("string"),
            "name": raw["Urban Agglomeration"].astype("string"),
            "note": raw["Note"],
            "latitude": raw["Latitude"].astype("float64"),
            "longitude": raw["Longitude"].astype("float64"),
        }
    )
    for column in year_columns:
        values = pd.to_numeric(raw[column], errors="coerce")
        if values.isna().any():
            bad = int(values.isna().idxmax())
            raise SnapshotError(
                "population is not a number",
                path=str(path),
                line=bad + 2,
                field=column,
                value=raw[column].iloc[bad],
            )
        frame[column] = (values * 1000).round().astype("int64")
    return frame


#: Years WupSnapshot yields: every year between the file's first and last 5-year points.
WUP_ANNUAL_YEARS: tuple[int, ...] = tuple(range(WUP_YEARS[0], WUP_YEARS[-1] + 1))
WUP_SOURCE = "UN WUP 2018 File 12 (urban agglomeration; 5-year points, linear between them)"


def interpolate_annual(points: pd.DataFrame) -> pd.DataFrame:
    """Annual populations from the wide 5-year points of `read_wup_agglomerations`.

    Returns one row per city_code and year in WUP_ANNUAL_YEARS: city_code, year, population
    (persons, rounded to the nearest whole person), is_interpolated (year between points),
    is_projection (year after WUP_LAST_ESTIMATE_YEAR: the 2018 revision's projections).
    """
    year_columns = [str(year) for year in WUP_YEARS]
    long = points.melt(
        id_vars="city_code", value_vars=year_columns, var_name="year", value_name="population"
    )
    long["year"] = long["year"].astype("int64")
    annual = pd.MultiIndex.from_product(
        [points["city_code"].unique(), WUP_ANNUAL_YEARS], names=["city_code", "year"]
    )
    series = (
        long.set_index(["city_code", "year"])["population"]
        .astype("float64")
        .reindex(annual)
        .groupby(level="city_code")
        # Years are evenly spaced, so linear in position is linear in time.
        .transform(lambda values: values.interpolate(method="linear"))
    )
    frame = series.round().astype("int64").reset_index()
    frame["is_interpolated"] = frame["year"] % 5 != 0
    frame["is_projection"] = frame["year"] > WUP_LAST_ESTIMATE_YEAR
    return frame


class WupSnapshot:
    """urban_agglomeration populations from the newest un_wup2018/<date>/WUP2018-F12-*.csv."""

    def __init__(self, population_dir: Path) -> None:
        self.wup_dir = population_dir / "un_wup2018"

    def snapshot_file(self) -> Path:
        return single_data_file(newest_snapshot_dir(self.wup_dir), "WUP2018-F12-*.csv")

    def city_population(self, city_links: pd.DataFrame) -> pd.DataFrame:
        """Annual rows 1950–2035 for every link with a wup_city_code (keyed on the UN code)."""
        path = self.snapshot_file()
        provenance = read_provenance(path)
        linked = city_links.loc[city_links["wup_city_code"].notna()]
        if linked.empty:
            return city_frame({})
        codes = linked["wup_city_code"].astype("int64")
        points = read_wup_agglomerations(path)
        unknown = sorted(set(codes) - set(points["city_code"]))
        if unknown:
            raise SnapshotError(
                "UN City Code of a linked city is not in the WUP file",
                path=str(path),
                field="wup_city_code",
                value=unknown[0],
            )
        annual = interpolate_annual(points.loc[points["city_code"].isin(set(codes))])
        links = pd.DataFrame(
            {
                "city_code": codes.to_numpy(),
                "city_id": linked["city_id"].to_numpy(),
                "city_name": linked["city_name"].to_numpy(),
                "country_iso3": linked["country_iso3"].to_numpy(),
            }
        )
        rows = links.merge(annual, on="city_code", how="inner", validate="many_to_many")
        # The file rounds to thousands: a 0 is "under 500 people" (a town that had not grown
        # yet), not a population to divide by, so those years are left out.
        rows = rows.loc[rows["population"] > 0]
        rows = rows.assign(
            basis="urban_agglomeration",
            source=f"{WUP_SOURCE} (snapshot {snapshot_date(path.parent)})",
            retrieved_at=provenance.retrieved_at,
        )
        return city_frame(rows.sort_values(["city_id", "year"]))
