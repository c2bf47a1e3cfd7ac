"""The validate flow: Great Expectations suites on the built tables, and the quality report."""

from collections.abc import Mapping
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from cctv_density.publish import connect_build
from cctv_density.quality.runner import validate_warehouse
from cctv_density.report import render_report, report_markdown, report_tables
from cctv_density.settings import Settings
from flows.runtime import failed_state_on_expected_error


@task(name="run-expectations", cache_policy=NO_CACHE)
def run_expectations_task(
    build_path: Path, settings: Settings, run_id: str, run_summary: Mapping[str, object]
) -> dict[str, object]:
    with connect_build(build_path) as con:
        outcome = validate_warehouse(con, run_id=run_id, gx_dir=settings.gx_dir)
        passed = sum(result.success for result in outcome.results)
        summary = {
            **run_summary,
            "expectations_passed": passed,
            "expectations_failed": len(outcome.results) - passed,
        }
        report_path = render_report(
            con, run_id=run_id, reports_dir=settings.reports_dir, run_summary=summary
        )
        markdown = report_markdown(con, run_id=run_id, run_summary=summary)
        tables = report_tables(con, run_id=run_id)
        # Publishing needs the build fully written to its file, with no WAL left.
        con.execute("CHECKPOINT")
    create_markdown_artifact(markdown, key="cctv-density-quality-report", description=run_id)
    for name, rows in tables.items():
        key = "cctv-density-" + name.replace("_", "-")
        create_table_artifact(rows, key=key, description=f"{name} ({run_id})")
    return {
        "success": outcome.success,
        "expectations_passed": summary["expectations_passed"],
        "expectations_failed": summary["expectations_failed"],
        "critical_failures": outcome.critical_failures,
        "warnings": outcome.warnings,
        "report": str(report_path),
    }


@flow(name="validate")
@failed_state_on_expected_error
def validate(
    build_path: Path, settings: Settings, run_id: str, run_summary: dict[str, object]
) -> dict[str, object]:
    """Run every expectation suite on the built warehouse, store the results in
    quality_runs/quality_results, and write the HTML report and Prefect artifacts."""
    return run_expectations_task(build_path, settings, run_id, run_summary)
