"""The materialize flow: run the sql/ models (staging → intermediate → marts) in the build."""

from pathlib import Path

from prefect import flow

from cctv_density.build import load_raw_table, materialize_models
from cctv_density.publish import connect_build
from cctv_density.settings import Settings
from flows.runtime import failed_state_on_expected_error


@flow(name="materialize")
@failed_state_on_expected_error
def materialize(build_path: Path, settings: Settings, run_id: str) -> list[str]:
    """Build every table of the warehouse from the raw tables ingest and enrich stored."""
    with connect_build(build_path) as con:
        load_raw_table(
            con,
            "raw.run_parameters",
            [
                {
                    "run_id": run_id,
                    "population_year_policy": settings.population_year_policy,
                    "city_primary_basis": settings.city_primary_basis,
                    "mismatch_threshold_pct": settings.mismatch_threshold_pct,
                }
            ],
        )
        return materialize_models(con)
