"""Read what the data-quality report shows from the warehouse: marts, evidence, checks."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import duckdb

from cctv_density.build import main_tables
from cctv_density.errors import CctvDensityError

Row = dict[str, Any]

REQUIRED_TABLES = ("claims", "camera_density_country", "camera_density_city")
CITY_BASES = ("urban_agglomeration", "city_proper")
BASIS_LABELS = {
    "national": "national population",
    "urban_agglomeration": "urban agglomeration",
    "city_proper": "city proper",
}


@dataclass(frozen=True)
class Bar:
    """One bar of the chart, positioned in SVG user units."""

    label: str
    value: float
    y: float
    length: float


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars of cameras per 1,000 people for one group (countries, a city basis)."""

    title: str
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, float], ...]  # (value, x position)
    width: int
    height: int
    label_width: int
    plot_width: int
    bar_height: int


@dataclass(frozen=True)
class ReportData:
    """Everything one report shows, read from one warehouse connection."""

    run_id: str
    summary: tuple[tuple[str, object], ...]
    quality_run: Row | None
    quality_results: list[Row]
    documents: list[Row]
    countries: list[Row]
    cities: list[Row]
    charts: tuple[BarChart, ...]
    evidence: dict[tuple[str, str], list[Row]]  # (entity_kind, country_iso3|city_id) → claims
    #: One entry per published place: its mart rows (one per basis) and the claims behind them.
    published: list[Row]
    mentions: dict[tuple[str, str], list[Row]]
    conflicts: list[Row]
    mismatches: list[Row]
    no_figure: list[Row]


def read_report_data(
    con: duckdb.DuckDBPyConnection, *, run_id: str, run_summary: Mapping[str, object]
) -> ReportData:
    """Read the marts, the claims behind them and this run's quality results."""
    tables = main_tables(con)
    for table in REQUIRED_TABLES:
        if table not in tables:
            raise CctvDensityError("the warehouse has no such table", field="table", value=table)
    countries = rows(
        con,
        "select * from camera_density_country"
        " order by cameras_per_1000_people desc nulls last, entity_name",
    )
    cities = rows(
        con,
        "select * from camera_density_city order by entity_name, city_id,"
        " is_primary_basis desc nulls last, basis nulls last",
    )
    for row in countries:
        row["entity_kind"], row["entity_key"] = "country", row["country_iso3"]
    for row in cities:
        row["entity_kind"], row["entity_key"] = "city", row["city_id"]
    marts = countries + cities
    evidence = _evidence(con, tables)
    return ReportData(
        run_id=run_id,
        summary=tuple(run_summary.items()),
        quality_run=_quality_run(con, run_id, tables),
        quality_results=quality_result_rows(con, run_id=run_id, tables=tables),
        documents=_documents(con, tables),
        countries=countries,
        cities=cities,
        charts=density_charts(countries, cities),
        evidence=evidence,
        published=published_places(marts, evidence),
        mentions=_mentions(con, tables),
        conflicts=[row for row in marts if row.get("conflicting_claims")],
        mismatches=[row for row in marts if row.get("stated_vs_computed_mismatch")],
        no_figure=[row for row in marts if row.get("no_figure")],
    )


def published_places(
    marts: Sequence[Row], evidence: Mapping[tuple[str, str], list[Row]]
) -> list[Row]:
    """Each place with a figure once, with all its mart rows and its claims."""
    places: dict[tuple[str, str], Row] = {}
    for row in marts:
        key = (row["entity_kind"], row["entity_key"])
        if row.get("no_figure") or key not in evidence:
            continue
        place = places.setdefault(
            key,
            {
                "entity_kind": key[0],
                "entity_key": key[1],
                "entity_name": row["entity_name"],
                "country_iso3": row["country_iso3"],
                "densities": [],
                "claims": evidence[key],
            },
        )
        place["densities"].append(row)
    return list(places.values())


def rows(con: duckdb.DuckDBPyConnection, query: str, params: Sequence[object] = ()) -> list[Row]:
    """Query result as dicts of plain Python values (NaN → None)."""
    cursor = con.execute(query, list(params))
    names = [column[0] for column in cursor.description or []]
    return [
        {name: _plain(value) for name, value in zip(names, record, strict=True)}
        for record in cursor.fetchall()
    ]


def quality_result_rows(
    con: duckdb.DuckDBPyConnection, *, run_id: str, tables: set[str] | None = None
) -> list[Row]:
    """This run's expectation results, failed critical first, with examples parsed."""
    if "quality_results" not in (tables if tables is not None else main_tables(con)):
        return []
    found = rows(
        con,
        """
        select * from quality_results where run_id = ?
        order by success, case severity when 'critical' then 0 else 1 end, rowid
        """,
        [run_id],
    )
    for row in found:
        row["examples"] = _json_or(row.get("unexpected_examples"), [])
        details = _json_or(row.get("details"), {})
        row["description"] = details.get("description")
        row["where"] = details.get("where")
        row["error"] = details.get("error")
        row["element_count"] = details.get("element_count")
    return found


def density_charts(countries: Sequence[Row], cities: Sequence[Row]) -> tuple[BarChart, ...]:
    """One bar chart for countries and one per city basis, on a shared scale."""
    groups: list[tuple[str, list[tuple[str, float]]]] = [
        (
            "Countries (national population)",
            _bars_of(countries, _place_label),
        )
    ]
    for basis in CITY_BASES:
        of_basis = [row for row in cities if row.get("basis") == basis]
        groups.append(
            (
                f"Cities ({BASIS_LABELS[basis]})",
                _bars_of(of_basis, _place_label),
            )
        )
    largest = max((value for _, bars in groups for _, value in bars), default=0.0)
    ticks = nice_ticks(largest)
    scale_max = ticks[-1]
    label_width, plot_width, bar_height, gap, top = 230, 420, 18, 6, 28
    charts = []
    for title, bars in groups:
        if not bars:
            continue
        placed = tuple(
            Bar(
                label=label,
                value=value,
                y=top + index * (bar_height + gap),
                length=plot_width * value / scale_max if scale_max else 0.0,
            )
            for index, (label, value) in enumerate(bars)
        )
        charts.append(
            BarChart(
                title=title,
                bars=placed,
                ticks=tuple((tick, label_width + plot_width * tick / scale_max) for tick in ticks),
                width=label_width + plot_width + 90,
                height=top + len(placed) * (bar_height + gap) + 4,
                label_width=label_width,
                plot_width=plot_width,
                bar_height=bar_height,
            )
        )
    return tuple(charts)


def nice_ticks(largest: float, count: int = 5) -> list[float]:
    """Round axis ticks from 0 to at least `largest`: steps of 1, 2, 2.5 or 5 × 10ⁿ."""
    if largest <= 0:
        return [0.0, 1.0]
    raw_step = largest / (count - 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step)
    steps = math.ceil(largest / step - 1e-9)
    return [round(step * index, 10) for index in range(steps + 1)]


def _bars_of(marts: Sequence[Row], label_of: Callable[[Row], str]) -> list[tuple[str, float]]:
    bars = [
        (str(label_of(row)), float(row["cameras_per_1000_people"]))
        for row in marts
        if row.get("cameras_per_1000_people") is not None
    ]
    return sorted(bars, key=lambda bar: (-bar[1], bar[0]))


def _place_label(row: Row) -> str:
    return f"{row['entity_name']} ({row['country_iso3']})"


def _quality_run(con: duckdb.DuckDBPyConnection, run_id: str, tables: set[str]) -> Row | None:
    if "quality_runs" not in tables:
        return None
    found = rows(con, "select * from quality_runs where run_id = ?", [run_id])
    return found[0] if found else None


def _documents(con: duckdb.DuckDBPyConnection, tables: set[str]) -> list[Row]:
    if "documents" not in tables:
        return []
    return rows(con, "select * from documents order by doc")


def _evidence(con: duckdb.DuckDBPyConnection, tables: set[str]) -> dict[tuple[str, str], list[Row]]:
    """The claims (and their documents) behind each mart row, through its claim_ids."""
    document_columns = (
        "d.title, d.source_url, d.source_path, d.published_date"
        if "documents" in tables
        else "null as title, null as source_url, null as source_path, null as published_date"
    )
    document_join = "left join documents d using (document_id)" if "documents" in tables else ""
    found = rows(
        con,
        f"""
        with linked as (
            select distinct 'country' as linked_kind, country_iso3 as linked_key,
                   unnest(claim_ids) as claim_id
            from camera_density_country
            union
            select distinct 'city', city_id, unnest(claim_ids) from camera_density_city
        )
        select linked.linked_kind, linked.linked_key, c.claim_id, c.doc, c.entity_name,
               c.name_as_written, c.metric, c.value, c.qualifier, c.year, c.quote,
               c.start_offset, c.end_offset, c.source, {document_columns}
        from linked
        join claims c using (claim_id)
        {document_join}
        order by linked.linked_kind, linked.linked_key, c.doc, c.start_offset, c.claim_id
        """,
    )
    evidence: dict[tuple[str, str], list[Row]] = {}
    for row in found:
        evidence.setdefault((row["linked_kind"], row["linked_key"]), []).append(row)
    return evidence


def _mentions(con: duckdb.DuckDBPyConnection, tables: set[str]) -> dict[tuple[str, str], list[Row]]:
    """Where each place is named without a figure, keyed like the marts."""
    if "mentions" not in tables:
        return {}
    found = rows(
        con,
        """
        select entity_kind,
               case entity_kind when 'city' then city_id else country_iso3 end as entity_key,
               doc, name_as_written, quote, start_offset
        from mentions
        order by entity_kind, entity_key, doc, start_offset
        """,
    )
    mentions: dict[tuple[str, str], list[Row]] = {}
    for row in found:
        if row["entity_key"] is not None:
            mentions.setdefault((row["entity_kind"], row["entity_key"]), []).append(row)
    return mentions


def _json_or(text: object, default: Any) -> Any:
    if not isinstance(text, str):
        return default
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return default


def _plain(value: object) -> object:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
