"""The pipeline flow: ingest → enrich → materialize → validate, then publish (write-audit-publish).

Every run builds a new DuckDB file beside the published warehouse; only when no critical
expectation fails is it published atomically. A failed run leaves the published file as it was.
"""

import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.states import State

from cctv_density.enrich import parse_year_policy
from cctv_density.errors import CctvDensityError, ValidationFailed
from cctv_density.publish import discard_build, publish_build, publish_lock, start_build
from cctv_density.settings import Settings, load_settings
from flows.enrich import enrich
from flows.ingest import ingest
from flows.materialize import materialize
from flows.runtime import failed_state_on_expected_error, new_run_id, progress
from flows.validate import validate


class StepFailed(CctvDensityError):
    """A step of the pipeline ended in a failed state; its message is the step's reason."""


def outcome_of(step: str, state: State) -> Any:
    """The step's return value, or StepFailed carrying the step's one-line reason."""
    if state.is_failed() or state.is_crashed() or state.is_cancelled():
        raise StepFailed(f"{step} failed: {state.message}")
    return state.result()


def run_settings(
    warehouse_path: str | None,
    population_year_policy: str | None,
    city_primary_basis: str | None,
) -> Settings:
    """The environment's settings with this run's overrides."""
    settings = load_settings()
    overrides: dict[str, Any] = {}
    if warehouse_path:
        overrides["warehouse_path"] = Path(warehouse_path).expanduser().resolve()
    if population_year_policy:
        overrides["population_year_policy"] = population_year_policy
    if city_primary_basis:
        overrides["city_primary_basis"] = city_primary_basis
    settings = replace(settings, **overrides)
    parse_year_policy(settings.population_year_policy)
    if settings.city_primary_basis not in {"urban_agglomeration", "city_proper"}:
        raise CctvDensityError(
            "must be urban_agglomeration or city_proper",
            field="city_primary_basis",
            value=settings.city_primary_basis,
        )
    return settings


@flow(name="pipeline")
@failed_state_on_expected_error
def pipeline(
    documents: list[str] | None = None,
    warehouse_path: str | None = None,
    population_year_policy: str | None = None,
    city_primary_basis: str | None = None,
    batch_size: int = 50,
) -> dict[str, object]:
    """Build, validate and publish the camera-density warehouse from the documents
    (default: every document in data/raw/documents/) and the population snapshots."""
    started = time.monotonic()
    settings = run_settings(warehouse_path, population_year_policy, city_primary_basis)
    run_id = new_run_id()
    summary: dict[str, object] = {"run_id": run_id, "warehouse": str(settings.warehouse_path)}
    with publish_lock(settings.warehouse_path, timeout=settings.lock_timeout_seconds):
        build_path = start_build(settings.warehouse_path, run_id)
        published = False
        try:
            progress("ingest: reading documents and extracting claims")
            summary |= outcome_of(
                "ingest",
                ingest(build_path, settings, documents, batch_size, return_state=True),
            )
            progress("enrich: loading population")
            summary |= outcome_of("enrich", enrich(build_path, settings, return_state=True))
            progress("materialize: building tables")
            summary["tables"] = outcome_of(
                "materialize", materialize(build_path, settings, run_id, return_state=True)
            )
            progress("validate: running expectation suites")
            quality = outcome_of(
                "validate", validate(build_path, settings, run_id, summary, return_state=True)
            )
            summary |= quality
            if not quality["success"]:
                failures = quality["critical_failures"]
                more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
                raise ValidationFailed(
                    f"not published: critical expectation failed: {failures[0]}{more}; "
                    f"report: {quality['report']}"
                )
            version = publish_build(
                build_path,
                settings.warehouse_path,
                run_id=run_id,
                versions_dir=settings.versions_dir,
                keep=settings.keep_versions,
                validation_status="passed",
                now=datetime.now(UTC),
            )
            published = True
            summary["row_counts"] = dict(version.row_counts)
        finally:
            if not published:
                discard_build(build_path)
    summary["seconds"] = round(time.monotonic() - started, 1)
    return summary
