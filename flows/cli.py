"""The `cctv-density` command line: run the pipeline, extract claims, query the warehouse."""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, cast

import typer
from rich.console import Console
from rich.table import Table

from cctv_density.errors import CctvDensityError
from cctv_density.settings import load_settings

app = typer.Typer(
    name="cctv-density",
    help="Turn published CCTV camera figures into a validated DuckDB warehouse of camera "
    "density per country and city.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
#: --verbose: show Prefect's run logs on the console as well.
verbose_logs = False
err = Console(stderr=True, soft_wrap=True)


@app.callback()
def options(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show Prefect's run logs on the console.")
    ] = False,
) -> None:
    """Options for every command."""
    global verbose_logs
    verbose_logs = verbose


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ClaimFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def _show_progress() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("· %(message)s"))
    logger = logging.getLogger("cctv_density.progress")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False


@app.command()
def run(
    documents: Annotated[
        list[str] | None,
        typer.Option(
            "--documents",
            "-d",
            help="A document file, folder or http(s) URL; repeat for several "
            "(default: data/raw/documents/).",
        ),
    ] = None,
    warehouse: Annotated[
        Path | None,
        typer.Option(help="Published DuckDB file (default: data/warehouse/cctv.duckdb)."),
    ] = None,
    population_year: Annotated[
        str | None,
        typer.Option(
            help="Population year policy: auto (claim year, else document year, else latest), "
            "latest, or a year such as 2020 (default: auto)."
        ),
    ] = None,
    city_basis: Annotated[
        str | None,
        typer.Option(help="Primary city basis: urban_agglomeration or city_proper."),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per extraction task.")] = 50,
) -> None:
    """Run the pipeline: ingest → enrich → materialize → validate → publish.

    Example: cctv-density run --documents data/raw/documents --documents https://example.org/cctv.html
    """
    from cctv_density.enrich import parse_year_policy
    from flows.pipeline import pipeline
    from flows.runtime import fast_flow_runs, install_log_filters

    if population_year is not None:
        parse_year_policy(population_year)  # a bad value fails here, before Prefect starts
    _show_progress()
    install_log_filters(verbose=verbose_logs)
    with fast_flow_runs():
        state = pipeline(
            documents=list(documents) if documents else None,
            warehouse_path=str(warehouse) if warehouse else None,
            population_year_policy=population_year,
            city_primary_basis=city_basis,
            batch_size=batch_size,
            return_state=True,
        )
    if not state.is_completed():
        raise CctvDensityError(state.message or "the pipeline failed")
    _print_run_summary(cast(dict[str, Any], state.result()))


def _print_run_summary(summary: dict[str, Any]) -> None:
    rows = summary.get("row_counts", {})
    out.print(f"[bold green]published[/] run {summary['run_id']} in {summary['seconds']} s")
    out.print(
        f"  documents {summary['documents']} ({len(summary['skipped'])} skipped) · "
        f"claims {summary['claims']} · mentions {summary['mentions']} · "
        f"countries {rows.get('camera_density_country', 0)} · "
        f"city rows {rows.get('camera_density_city', 0)}"
    )
    out.print(
        f"  expectations passed {summary['expectations_passed']} · failed "
        f"{summary['expectations_failed']} ({len(summary['warnings'])} warnings)"
    )
    out.print(f"  warehouse {summary['warehouse']}")
    out.print(f"  report    {summary['report']}")
    for reason in summary["skipped"]:
        out.print(f"  [yellow]skipped[/] {reason}")


@app.command()
def extract(
    locations: Annotated[
        list[str], typer.Argument(help="Document files, folders or http(s) URLs.")
    ],
    format: Annotated[ClaimFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ClaimFormat.table
    ),
) -> None:
    """Print the camera figures found in documents, without touching the warehouse.

    Example: cctv-density extract article.html --format csv > claims.csv
    """
    from cctv_density.claims_io import write_claims
    from cctv_density.documents import discover_documents
    from cctv_density.gazetteer import load_gazetteer
    from cctv_density.ingest import ingest_batch
    from cctv_density.population.wup import WupSnapshot

    settings = load_settings()
    gazetteer = load_gazetteer(WupSnapshot(settings.population_dir).snapshot_file())
    batch = ingest_batch(
        discover_documents(locations),
        gazetteer,
        max_bytes=settings.max_document_bytes,
        timeout=settings.http_timeout_seconds,
        user_agent=settings.http_user_agent,
        max_total_seconds=settings.http_max_total_wait_seconds,
    )
    if not batch.documents:
        more = f" (and {len(batch.skipped) - 1} more)" if len(batch.skipped) > 1 else ""
        raise CctvDensityError(f"no readable document: {batch.skipped[0]}{more}")
    write_claims(batch.claims, format.value, sys.stdout)
    for reason in batch.skipped:
        err.print(f"skipped {reason}", markup=False, highlight=False)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="A SQL query over the warehouse tables.")],
    format: Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")] = (
        QueryFormat.table
    ),
    warehouse: Annotated[Path | None, typer.Option(help="DuckDB file to query.")] = None,
) -> None:
    """Query the published warehouse (read-only) and print the result.

    Example: cctv-density query "select entity_name, cameras_per_1000_people from camera_density_country order by 2 desc"
    """
    import duckdb

    path = warehouse or load_settings().warehouse_path
    if not path.exists():
        raise CctvDensityError(
            "no warehouse here yet: run `cctv-density run` first", path=str(path)
        )
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            relation = con.sql(sql)
            if relation is None:
                raise CctvDensityError("the statement returned no rows to print", value=sql)
            columns = list(relation.columns)
            rows = relation.fetchall()
    except duckdb.Error as exc:
        raise CctvDensityError(f"query failed: {str(exc).splitlines()[0]}") from None
    _print_rows(columns, rows, format)


def _print_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: QueryFormat) -> None:
    if fmt is QueryFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt is QueryFormat.json:
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        sys.stdout.write(json.dumps(records, indent=2, default=str, ensure_ascii=False) + "\n")
    else:
        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(
                *(_cell(column, value) for column, value in zip(columns, row, strict=True))
            )
        # Piped output has no terminal width to fit: print tables at their natural width.
        console = out if out.is_terminal else Console(width=100_000)
        console.print(table)


def _cell(column: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 1e15 else f"{value:.4g}"
    plain = any(word in column for word in ("year", "offset", "_id"))
    if isinstance(value, int) and not isinstance(value, bool) and not plain:
        return f"{value:,}"
    return str(value)


@app.command()
def versions() -> None:
    """List the kept warehouse versions, newest first (* marks the published one).

    Example: cctv-density versions
    """
    from cctv_density.publish import current_version, list_versions

    settings = load_settings()
    kept = list_versions(settings.versions_dir)
    if not kept:
        out.print(f"no versions kept yet in {settings.versions_dir}")
        return
    current = current_version(settings.warehouse_path, settings.versions_dir)
    table = Table("", "run id", "published at (UTC)", "validation", "rows per table")
    for version in kept:
        marker = "*" if current is not None and current.run_id == version.run_id else ""
        counts = ", ".join(
            f"{name} {count:,}" for name, count in sorted(version.row_counts.items())
        )
        table.add_row(
            marker,
            version.run_id,
            version.published_at.strftime("%Y-%m-%d %H:%M:%S"),
            version.validation_status,
            counts,
        )
    out.print(table)


@app.command()
def rollback(
    run_id: Annotated[
        str | None,
        typer.Argument(help="Version to republish (default: the one before the current)."),
    ] = None,
) -> None:
    """Republish a kept warehouse version after checking its checksum and row counts.

    Example: cctv-density rollback 20261126T120000123456Z
    """
    from cctv_density.publish import rollback as rollback_to

    settings = load_settings()
    version = rollback_to(
        settings.warehouse_path,
        settings.versions_dir,
        run_id,
        timeout=settings.lock_timeout_seconds,
    )
    out.print(f"republished version {version.run_id} as {settings.warehouse_path}")


@app.command()
def report(
    open_it: Annotated[
        bool, typer.Option("--open", help="Open it in the default browser.")
    ] = False,
    screenshot: Annotated[
        Path | None, typer.Option(help="Save a PNG of the report (headless Chromium).")
    ] = None,
) -> None:
    """Print the path of the latest data quality report.

    Example: cctv-density report --open
    """
    latest = load_settings().reports_dir / "latest" / "report.html"
    if not latest.exists():
        raise CctvDensityError("no report yet: run `cctv-density run` first", path=str(latest))
    out.print(str(latest), markup=False, highlight=False)
    if screenshot is not None:
        from cctv_density.report import screenshot_report

        out.print(str(screenshot_report(latest, screenshot)), markup=False, highlight=False)
    if open_it:
        import webbrowser

        webbrowser.open(latest.resolve().as_uri())


@app.command("refresh-population")
def refresh_population_command(
    offline: Annotated[
        bool, typer.Option("--offline", help="Fetch nothing: show the snapshots in use.")
    ] = False,
) -> None:
    """Fetch population from the World Bank and Wikidata into new dated snapshots.

    Example: cctv-density refresh-population
    """
    from cctv_density.population.worldbank import WorldBankSnapshot

    settings = load_settings()
    in_use = WorldBankSnapshot(settings.population_dir).snapshot_file()
    if offline:
        out.print(f"offline: the pipeline uses {in_use}", markup=False, highlight=False)
        return
    from flows.refresh_population import refresh_population
    from flows.runtime import fast_flow_runs, install_log_filters

    install_log_filters(verbose=verbose_logs)
    with fast_flow_runs():
        state = refresh_population(return_state=True)
    if not state.is_completed():
        raise CctvDensityError(
            f"refresh failed, keeping the last good snapshot {in_use}: {state.message}"
        )
    result = cast(dict[str, Any], state.result())
    out.print(result["summary"], markup=False, highlight=False)


@app.command()
def serve(
    pipeline_interval: Annotated[
        float | None,
        typer.Option(help="Run the pipeline every N seconds instead of on its cron schedule."),
    ] = None,
    refresh_interval: Annotated[
        float | None,
        typer.Option(help="Refresh population every N seconds instead of on its cron schedule."),
    ] = None,
    port: Annotated[int, typer.Option(help="Port of the local Prefect server.")] = 4200,
) -> None:
    """Serve the scheduled deployments (pipeline daily, refresh-population weekly) until
    interrupted, on PREFECT_API_URL's server or a local one started here.

    Example: cctv-density serve   (then: prefect deployment run pipeline/daily)
    """
    from flows.runtime import install_log_filters
    from flows.serve import prefect_server, scheduled_deployments, serve_deployments

    settings = load_settings()
    install_log_filters(verbose=verbose_logs)
    with prefect_server(port=port) as api_url:
        err.print(f"Prefect API at {api_url} (UI: {api_url.removesuffix('/api')})", markup=False)
        serve_deployments(
            scheduled_deployments(
                settings, pipeline_interval=pipeline_interval, refresh_interval=refresh_interval
            )
        )


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: expected failures print one line and exit 1; no traceback."""
    try:
        code = app(args=list(argv) if argv is not None else None, standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except CctvDensityError as error:
        err.print(f"error: {error.one_line()}", markup=False, highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except Exception as error:  # click's usage errors and aborts
        import click

        if isinstance(error, click.ClickException):
            error.show()
            sys.exit(error.exit_code)
        if isinstance(error, click.exceptions.Abort):
            sys.exit(1)
        raise


if __name__ == "__main__":
    main()
