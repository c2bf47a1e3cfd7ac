"""The `cctv-density` command line: run the pipeline, extract claims, query the warehouse."""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

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
err = Console(stderr=True, soft_wrap=True)


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
        typer.Argument(help="Document files, folders or http(s) URLs [default: data/raw/documents/]."),
    ] = None,
    warehouse: Annotated[
        Path | None, typer.Option(help="Published DuckDB file [default: data/warehouse/cctv.duckdb].")
    ] = None,
    population_year: Annotated[
        str | None,
        typer.Option(
            help="Population year policy: auto (claim year, else document year, else latest), "
            "latest, or a year such as 2020 [default: auto]."
        ),
    ] = None,
    city_basis: Annotated[
        str | None,
        typer.Option(help="Primary city basis: urban_agglomeration or city_proper."),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per extraction task.")] = 50,
) -> None:
    """Run the pipeline: ingest → enrich → materialize → validate → publish.

    Example: cctv-density run data/raw/documents --population-year latest
    """
    from flows.pipeline import pipeline
    from flows.runtime import fast_flow_runs, install_log_filters

    _show_progress()
    install_log_filters()
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
    _print_run_summary(state.result())


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
    locations: Annotated[list[str], typer.Argument(help="Document files, folders or http(s) URLs.")],
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
    )
    write_claims(batch.claims, format.value, sys.stdout)
    for reason in batch.skipped:
        err.print(f"skipped {reason}", markup=False, highlight=False)
    if batch.skipped and not batch.documents:
        raise typer.Exit(1)


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
        raise CctvDensityError("no warehouse here yet: run `cctv-density run` first", path=str(path))
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
            table.add_row(*("" if value is None else _cell(value) for value in row))
        out.print(table)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 1e15 else f"{value:.4g}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: expected failures print one line and exit 1; no traceback."""
    try:
        app(args=list(argv) if argv is not None else None, standalone_mode=False)
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
