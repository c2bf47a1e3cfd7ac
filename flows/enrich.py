"""The enrich flow: population from the snapshot sources, and each row's reference year."""

from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from cctv_density.enrich import PopulationTables, load_offline_population, store_enriched
from cctv_density.publish import connect_build
from cctv_density.settings import Settings
from flows.runtime import failed_state_on_expected_error


@task(name="load-population", cache_policy=NO_CACHE)
def load_population_task(population_dir: Path, geonames_year: int) -> PopulationTables:
    return load_offline_population(population_dir, geonames_year=geonames_year)


@task(name="store-enriched", cache_policy=NO_CACHE)
def store_enriched_task(
    build_path: Path, population: PopulationTables, policy: str
) -> dict[str, object]:
    with connect_build(build_path) as con:
        return store_enriched(con, population, policy=policy)


@flow(name="enrich")
@failed_state_on_expected_error
def enrich(build_path: Path, settings: Settings) -> dict[str, object]:
    """Attach population: load the national and city sources into the build, and give every
    claim and mention the year whose population it is compared with."""
    population = load_population_task(settings.population_dir, settings.geonames_population_year)
    return store_enriched_task(build_path, population, settings.population_year_policy)
