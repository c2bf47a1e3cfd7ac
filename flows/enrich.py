"""The enrich flow: population from the snapshot sources, and each row's reference year."""

from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from cctv_density.build import load_raw_table, read_raw_table
from cctv_density.enrich import (
    PopulationTables,
    assign_reference_years,
    city_proper_source_for,
    document_years_of,
    load_population,
)
from cctv_density.gazetteer import load_gazetteer
from cctv_density.population.worldbank import WorldBankSnapshot
from cctv_density.population.wup import WupSnapshot
from cctv_density.publish import connect_build
from cctv_density.settings import Settings
from flows.runtime import failed_state_on_expected_error


@task(name="load-population", cache_policy=NO_CACHE)
def load_population_task(population_dir: Path, geonames_year: int) -> PopulationTables:
    wup = WupSnapshot(population_dir)
    city_links = load_gazetteer(wup.snapshot_file()).city_links()
    return load_population(
        WorldBankSnapshot(population_dir),
        [wup, city_proper_source_for(population_dir, geonames_year=geonames_year)],
        city_links,
    )


@task(name="store-enriched", cache_policy=NO_CACHE)
def store_enriched_task(
    build_path: Path, population: PopulationTables, policy: str
) -> dict[str, object]:
    with connect_build(build_path) as con:
        documents = read_raw_table(con, "raw.documents")
        document_years = document_years_of(documents)
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


@flow(name="enrich")
@failed_state_on_expected_error
def enrich(build_path: Path, settings: Settings) -> dict[str, object]:
    """Attach population: load the national and city sources into the build, and give every
    claim and mention the year whose population it is compared with."""
    population = load_population_task(settings.population_dir, settings.geonames_population_year)
    return store_enriched_task(build_path, population, settings.population_year_policy)
