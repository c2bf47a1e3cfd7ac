"""The refresh-population flow: live World Bank and Wikidata populations into a new snapshot."""

from datetime import UTC, datetime

import pandas as pd
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from cctv_density.gazetteer import load_gazetteer
from cctv_density.population.geonames import GeonamesCityProper
from cctv_density.population.http import make_session
from cctv_density.population.refresh import RefreshReport
from cctv_density.population.refresh import refresh_population as write_refresh
from cctv_density.population.wikidata import WikidataCityProper
from cctv_density.population.worldbank import WorldBankApi
from cctv_density.population.wup import WupSnapshot
from cctv_density.settings import Settings, load_settings
from flows.runtime import failed_state_on_expected_error


def cities_to_refresh(city_links: pd.DataFrame) -> pd.DataFrame:
    """The UN WUP agglomerations with a GeoNames id: the cities whose city-proper population
    is worth a live lookup (~1,800, a handful of SPARQL batches); other cities keep GeoNames."""
    linked = city_links["wup_city_code"].notna() & city_links["geonames_id"].notna()
    return city_links.loc[linked].reset_index(drop=True)


# The HTTP session already retries 429/5xx with backoff (urllib3); one more task-level try
# covers a network that was briefly down as a whole.
@task(name="fetch-and-write-snapshots", retries=1, retry_delay_seconds=10, cache_policy=NO_CACHE)
def fetch_and_write_task(settings: Settings) -> RefreshReport:
    session = make_session(settings.http_user_agent)
    wup = WupSnapshot(settings.population_dir)
    cities = cities_to_refresh(load_gazetteer(wup.snapshot_file()).city_links())
    return write_refresh(
        settings.population_dir,
        WorldBankApi(
            settings.worldbank_api_url,
            session,
            timeout=settings.http_timeout_seconds,
            max_total_wait=settings.http_max_total_wait_seconds,
        ),
        WikidataCityProper(
            settings.wikidata_sparql_url,
            session,
            user_agent=settings.http_user_agent,
            timeout=settings.http_timeout_seconds,
            fallback=GeonamesCityProper(year=settings.geonames_population_year),
        ),
        cities,
        now=datetime.now(UTC),
    )


@flow(name="refresh-population")
@failed_state_on_expected_error
def refresh_population() -> dict[str, object]:
    """Fetch national (World Bank) and city-proper (Wikidata) populations, validate them, and
    write new dated snapshots with provenance; report what changed since the last ones."""
    report = fetch_and_write_task(load_settings())
    return {
        "summary": report.summary(),
        "snapshots": [str(path) for path in report.snapshot_dirs],
    }
