"""Render the data-quality report: one self-contained HTML file, markdown and table rows."""

from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import jinja2

from cctv_density.errors import CctvDensityError
from cctv_density.report.data import (
    BASIS_LABELS,
    ReportData,
    Row,
    quality_result_rows,
    read_report_data,
    rows,
)

TEMPLATE_NAME = "report.html.j2"
REPORT_FILE_NAME = "report.html"
LATEST_DIR_NAME = "latest"
_SAFE_RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:+-]*$")

#: Labels of the run summary keys the pipeline passes; other keys are shown as written.
SUMMARY_LABELS = {
    "run_id": "Run id",
    "documents": "Documents",
    "claims": "Claims",
    "mentions": "Places mentioned without figures",
    "countries": "Countries",
    "cities": "Cities",
    "expectations_evaluated": "Expectations evaluated",
    "expectations_passed": "Expectations passed",
    "expectations_failed": "Expectations failed",
    "warehouse_path": "Warehouse",
    "started_at": "Started",
    "finished_at": "Finished",
    "time": "Time",
}


METRIC_LABELS = {
    "camera_count": "cameras",
    "people_per_camera": "people per camera",
    "cameras_per_1000_people": "cameras per 1,000 people",
    "cameras_per_sq_km": "cameras per km²",
    "cameras_per_sq_mile": "cameras per square mile",
}


def render_report(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str,
    reports_dir: Path,
    run_summary: Mapping[str, object],
) -> Path:
    """Write reports_dir/<run_id>/report.html, copy it to reports_dir/latest/, return its path."""
    _check_run_id(run_id)
    page = render_html(read_report_data(con, run_id=run_id, run_summary=run_summary))
    report_path = reports_dir / run_id / REPORT_FILE_NAME
    _write_atomically(report_path, page)
    latest_path = reports_dir / LATEST_DIR_NAME / REPORT_FILE_NAME
    latest_path.parent.mkdir(parents=True, exist_ok=True)
    # Copy then rename: a reader of latest/ never sees a half-written file.
    with tempfile.NamedTemporaryFile(dir=latest_path.parent, suffix=".tmp", delete=False) as tmp:
        temporary = Path(tmp.name)
    try:
        shutil.copyfile(report_path, temporary)
        os.replace(temporary, latest_path)
    finally:
        temporary.unlink(missing_ok=True)
    return report_path


def render_html(data: ReportData) -> str:
    """The report page: document text is escaped by Jinja2's autoescape."""
    template = _environment().get_template(TEMPLATE_NAME)
    return template.render(
        data=data,
        generated_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        summary=[(summary_label(key), value) for key, value in data.summary],
        quality=quality_counts(data.quality_results),
    )


def report_markdown(
    con: duckdb.DuckDBPyConnection, *, run_id: str, run_summary: Mapping[str, object]
) -> str:
    """The report's summary as markdown (a Prefect markdown artifact)."""
    data = read_report_data(con, run_id=run_id, run_summary=run_summary)
    counts = quality_counts(data.quality_results)
    lines = [f"# CCTV camera density — run {_md(run_id)}", "", "## Run summary", ""]
    lines += _md_table(
        ["", "value"], [[summary_label(key), _md(format_value(v))] for key, v in data.summary]
    )
    lines += ["", "## Data quality", ""]
    if counts["evaluated"]:
        verdict = "passed" if counts["critical_failed"] == 0 else "FAILED"
        lines.append(
            f"Validation {verdict}: {counts['evaluated']} expectations, "
            f"{counts['passed']} passed, {counts['critical_failed']} critical failed, "
            f"{counts['warnings_failed']} warnings."
        )
        failed = [row for row in data.quality_results if not row["success"]]
        lines += [""] + [f"- **{row['severity']}** {_md(result_line(row))}" for row in failed]
    else:
        lines.append("No validation results for this run.")
    lines += ["", "## Cameras per 1,000 people by country", ""]
    lines += _md_table(
        ["country", "cameras / 1,000", "people / camera", "cameras", "population", "year"],
        [
            [
                f"{_md(row['entity_name'])} ({row['country_iso3']})",
                format_rate(row["cameras_per_1000_people"]),
                format_rate(row["people_per_camera"]),
                format_count(row["camera_estimate"]),
                format_count(row["population"]),
                format_value(row["population_year"]),
            ]
            for row in data.countries
            if not row.get("no_figure")
        ],
    )
    lines += ["", "## Cameras per 1,000 people by city", ""]
    lines += _md_table(
        ["city", "basis", "cameras / 1,000", "people / camera", "cameras", "population"],
        [
            [
                f"{_md(row['entity_name'])} ({row['country_iso3']})",
                basis_label(row["basis"]),
                format_rate(row["cameras_per_1000_people"]),
                format_rate(row["people_per_camera"]),
                format_count(row["camera_estimate"]),
                format_count(row["population"]),
            ]
            for row in data.cities
            if not row.get("no_figure")
        ],
    )
    lines += ["", "## Conflicts and stated-vs-computed mismatches", ""]
    lines += [f"- conflicting claims: {_md(_place(row))}" for row in data.conflicts]
    lines += [
        f"- {_md(_place(row))}: computed {format_rate(row['cameras_per_1000_people'])}, "
        f"stated {format_rate(row['stated_cameras_per_1000_people'])} per 1,000 "
        f"({format_pct(row['density_difference_pct'])})"
        for row in data.mismatches
    ]
    if not data.conflicts and not data.mismatches:
        lines.append("None.")
    lines += ["", "## Places mentioned without figures", ""]
    lines.append(", ".join(_md(_place(row)) for row in data.no_figure) or "None.")
    return "\n".join(lines) + "\n"


def report_tables(con: duckdb.DuckDBPyConnection, *, run_id: str) -> dict[str, list[dict]]:
    """Rows for Prefect table artifacts: density per country and city, quality results."""
    density_columns = """
        reference_year, population, population_year, population_source, camera_estimate,
        camera_estimate_kind, round(cameras_per_1000_people, 2) as cameras_per_1000_people,
        round(people_per_camera, 2) as people_per_camera,
        round(density_difference_pct, 1) as density_difference_pct, claim_count,
        document_count, conflicting_claims, stated_vs_computed_mismatch, no_figure
    """
    tables: dict[str, list[dict]] = {
        "density_per_country": rows(
            con,
            f"select country_iso3, entity_name, {density_columns}"
            " from camera_density_country order by entity_name",
        ),
        "density_per_city": rows(
            con,
            f"select city_id, entity_name, country_iso3, basis, is_primary_basis,"
            f" {density_columns} from camera_density_city order by entity_name, basis",
        ),
    }
    tables["quality_results"] = [
        {
            "severity": row["severity"],
            "success": row["success"],
            "table_name": row["table_name"],
            "column_name": row["column_name"],
            "expectation": row["expectation"],
            "description": row["description"],
            "unexpected_count": row["unexpected_count"],
            "unexpected_examples": row["unexpected_examples"],
        }
        for row in quality_result_rows(con, run_id=run_id)
    ]
    return tables


def quality_counts(results: list[Row]) -> dict[str, int]:
    failed = [row for row in results if not row["success"]]
    return {
        "evaluated": len(results),
        "passed": len(results) - len(failed),
        "critical_failed": sum(row["severity"] == "critical" for row in failed),
        "warnings_failed": sum(row["severity"] != "critical" for row in failed),
    }


def result_line(row: Row) -> str:
    """'table.column expectation: n of m rows unexpected' for a quality_results row."""
    target = row["table_name"] + (f".{row['column_name']}" if row["column_name"] else "")
    text = f"{target} {row['expectation']}"
    if row.get("error"):
        return f"{text}: {row['error']}"
    if row.get("unexpected_count") is not None:
        of = f" of {format_count(row['element_count'])}" if row.get("element_count") else ""
        text += f": {format_count(row['unexpected_count'])}{of} rows unexpected"
    return text


def format_count(value: object) -> str:
    """Whole numbers with thousands separators: 68,350,000."""
    if value is None:
        return "—"
    if isinstance(value, int | float):
        return f"{round(value):,}"
    return str(value)


def format_rate(value: object) -> str:
    """Rates with one decimal (two significant digits below 0.1): 76.1, 0.042."""
    if value is None:
        return "—"
    if isinstance(value, int | float):
        if value != 0 and abs(value) < 0.1:
            return f"{value:.2g}"
        return f"{value:,.1f}"
    return str(value)


def format_pct(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, int | float):
        return f"{value:+,.1f} %"
    return str(value)


def format_number(value: object) -> str:
    """A claimed figure as written: whole numbers grouped, others with up to 2 decimals."""
    if isinstance(value, float) and value.is_integer():
        return format_count(value)
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return format_count(value)


def format_value(value: object) -> str:
    """A run-summary value: counts grouped, rates with one decimal, booleans as yes/no,
    lists comma-separated ("none" when empty)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    if isinstance(value, float):
        return format_rate(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value) or "none"
    return str(value)


def summary_label(key: str) -> str:
    return SUMMARY_LABELS.get(key, key.replace("_", " ").capitalize())


def metric_label(metric: object) -> str:
    return METRIC_LABELS.get(str(metric), str(metric).replace("_", " "))


def basis_label(basis: object) -> str:
    if basis is None:
        return "no population"
    return BASIS_LABELS.get(str(basis), str(basis))


def _place(row: Row) -> str:
    if row.get("entity_kind") == "city":
        return f"{row['entity_name']} ({row['country_iso3']}, {basis_label(row.get('basis'))})"
    return f"{row['entity_name']} ({row['country_iso3']})"


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("cctv_density.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        count=format_count,
        rate=format_rate,
        pct=format_pct,
        number=format_number,
        value=format_value,
        basis=basis_label,
        metric=metric_label,
        place=_place,
        result_line=result_line,
        example=_example_text,
        safe_url=_safe_url,
    )
    return environment


def _example_text(example: Any) -> str:
    if isinstance(example, Mapping):
        return ", ".join(f"{key}={value!r}" for key, value in example.items())
    return repr(example)


def _safe_url(url: object) -> str | None:
    """Only http(s) links are made clickable; anything else is shown as text."""
    if isinstance(url, str) and re.match(r"^https?://", url, flags=re.IGNORECASE):
        return url
    return None


def _md(text: object) -> str:
    """Markdown-safe cell text: HTML escaped, pipes escaped, one line."""
    return html.escape(str(text)).replace("|", "\\|").replace("\n", " ")


def _md_table(header: list[str], body: list[list[str]]) -> list[str]:
    if not body:
        return ["None."]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell for cell in row) + " |" for row in body]
    return lines


def _check_run_id(run_id: str) -> None:
    """The run id names a directory: keep it one plain path component."""
    if not _SAFE_RUN_ID.match(run_id) or run_id == LATEST_DIR_NAME:
        raise CctvDensityError(
            "a run id must be letters, digits and . _ : + - (and not 'latest')",
            field="run_id",
            value=run_id,
        )


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False
    ) as tmp:
        tmp.write(text)
        temporary = Path(tmp.name)
    try:
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
