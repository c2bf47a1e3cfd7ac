"""The materialize flow: run the sql/ models (staging → intermediate → marts) in the build."""

from pathlib import Path

from prefect import flow

from cctv_density.build import load_run_parameters, materialize_models
from cctv_density.publish import connect_build
from cctv_density.settings import Settings
from flows.runtime import failed_state_on_expected_error


@flow(name="materialize")
@failed_state_on_expected_error
def materialize(build_path: Path, settings: Settings, run_id: str) -> list[str]:
    """Build every table of the warehouse from the raw tables ingest and enrich stored."""
    with connect_build(build_path) as con:
        load_run_parameters(con, run_id, settings)
        return materialize_models(con)
