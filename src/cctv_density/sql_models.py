"""Run the SQL models in sql/: parse their headers, order them by dependency, build, comment.

Every model file starts with a header of `-- key: value` lines:

    -- model: camera_density_country
    -- description: Camera density per country …
    -- grain: one row per country_iso3
    -- depends_on: staging.stg_claims, staging.stg_population_country
    -- columns:
    --   country_iso3: ISO 3166-1 alpha-3 code.
    --   …

The file's name is the table's name; its folder is the schema (`staging/` → `staging`,
`marts/` → `main`). The body is one SELECT. The runner creates each table with
`CREATE OR REPLACE TABLE … AS <body>` in dependency order, then adds `COMMENT ON` the table
(description + grain) and every column (a column without a description is an error, so the
warehouse documents itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import duckdb

from cctv_density.errors import ModelError

SCHEMA_OF_FOLDER = {"staging": "staging", "intermediate": "intermediate", "marts": "main"}

_HEADER_LINE = re.compile(r"^--\s?(?P<body>.*)$")
_KEY_VALUE = re.compile(r"^(?P<key>[a-z_]+):\s*(?P<value>.*)$")
_COLUMN = re.compile(r"^\s{2,}(?P<name>[A-Za-z_][A-Za-z0-9_]*):\s*(?P<text>.+)$")


@dataclass(frozen=True)
class SqlModel:
    """One parsed model file."""

    name: str
    schema: str
    path: Path
    description: str
    grain: str
    depends_on: tuple[str, ...]
    column_docs: dict[str, str]
    body: str

    @property
    def qualified_name(self) -> str:
        return f"{self.schema}.{self.name}"


def parse_model(path: Path, schema: str) -> SqlModel:
    """Parse a model file's header and body."""
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    column_docs: dict[str, str] = {}
    body_lines: list[str] = []
    in_header = True
    in_columns = False
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER_LINE.match(line) if in_header else None
        if match is None:
            in_header = False
            body_lines.append(line)
            continue
        content = match.group("body")
        column = _COLUMN.match(content) if in_columns else None
        if column:
            column_docs[column.group("name")] = column.group("text").strip()
            continue
        key_value = _KEY_VALUE.match(content.strip())
        if key_value is None:
            if content.strip():
                raise ModelError("header line is not `key: value`", path=str(path), line=number)
            continue
        key = key_value.group("key")
        in_columns = key == "columns"
        header[key] = key_value.group("value").strip()
    for required in ("model", "description", "grain", "depends_on"):
        if required not in header:
            raise ModelError("header is missing a key", path=str(path), field=required)
    if header["model"] != path.stem:
        raise ModelError(
            "model name must equal the file name",
            path=str(path),
            field="model",
            value=header["model"],
        )
    depends = tuple(d.strip() for d in header["depends_on"].split(",") if d.strip())
    return SqlModel(
        name=path.stem,
        schema=schema,
        path=path,
        description=header["description"],
        grain=header["grain"],
        depends_on=depends,
        column_docs=column_docs,
        body="\n".join(body_lines).strip().rstrip(";"),
    )


def discover_models(sql_dir: Path) -> list[SqlModel]:
    """Every model under sql_dir/<folder>/*.sql, for the folders in SCHEMA_OF_FOLDER."""
    models: list[SqlModel] = []
    for folder, schema in SCHEMA_OF_FOLDER.items():
        for path in sorted((sql_dir / folder).glob("*.sql")):
            models.append(parse_model(path, schema))
    return models


def order_models(models: Sequence[SqlModel], available: Iterable[str] = ()) -> list[SqlModel]:
    """Models in dependency order. `available` names relations that exist before the run
    (the raw tables); any other dependency must be a model."""
    by_name = {m.qualified_name: m for m in models}
    known = set(by_name) | set(available)
    sorter: TopologicalSorter[str] = TopologicalSorter()
    for model in models:
        for dependency in model.depends_on:
            if dependency not in known:
                raise ModelError(
                    "depends on an unknown relation",
                    path=str(model.path),
                    field="depends_on",
                    value=dependency,
                )
        sorter.add(model.qualified_name, *(d for d in model.depends_on if d in by_name))
    try:
        order = list(sorter.static_order())
    except CycleError as exc:
        raise ModelError(f"dependency cycle: {' → '.join(exc.args[1])}") from None
    return [by_name[name] for name in order]


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def build_model(con: duckdb.DuckDBPyConnection, model: SqlModel) -> None:
    """Create (or replace) the model's table and comment it and its columns."""
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {model.schema}")
    try:
        con.execute(f"CREATE OR REPLACE TABLE {model.qualified_name} AS\n{model.body}")
    except duckdb.Error as exc:
        first_line = str(exc).splitlines()[0]
        raise ModelError(f"SQL failed: {first_line}", path=str(model.path)) from None
    columns = [row[0] for row in con.execute(f"DESCRIBE {model.qualified_name}").fetchall()]
    undocumented = [c for c in columns if c not in model.column_docs]
    if undocumented:
        raise ModelError(
            "column has no description in the header", path=str(model.path), field=undocumented[0]
        )
    # CREATE OR REPLACE drops comments, so they are (re)applied after every build.
    table_comment = f"{model.description} Grain: {model.grain}."
    con.execute(f"COMMENT ON TABLE {model.qualified_name} IS {_quote_literal(table_comment)}")
    for column in columns:
        con.execute(
            f"COMMENT ON COLUMN {model.qualified_name}.{column} "
            f"IS {_quote_literal(model.column_docs[column])}"
        )


def run_models(
    con: duckdb.DuckDBPyConnection, sql_dir: Path, *, available: Iterable[str] = ()
) -> list[SqlModel]:
    """Build every model in sql_dir in dependency order; returns them in build order."""
    ordered = order_models(discover_models(sql_dir), available)
    for model in ordered:
        build_model(con, model)
    return ordered
