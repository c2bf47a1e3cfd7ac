"""The SQL model runner: header parsing, dependency order, comments, clear errors."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from cctv_density.errors import ModelError
from cctv_density.sql_models import (
    build_model,
    discover_models,
    order_models,
    parse_model,
    run_models,
)

HEADER = """-- model: {name}
-- description: A test table.
-- grain: one row per id
-- depends_on: {depends}
-- columns:
--   id: The id.
"""


def write_model(folder: Path, name: str, depends: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.sql"
    path.write_text(HEADER.format(name=name, depends=depends) + body, encoding="utf-8")
    return path


def test_parse_model_reads_header_columns_and_body(tmp_path: Path) -> None:
    path = write_model(tmp_path / "marts", "things", "raw.things", "select id from raw.things;\n")
    model = parse_model(path, "main")
    assert model.name == "things"
    assert model.depends_on == ("raw.things",)
    assert model.column_docs == {"id": "The id."}
    assert model.body == "select id from raw.things"
    assert model.qualified_name == "main.things"


def test_model_name_must_match_file_name(tmp_path: Path) -> None:
    path = write_model(tmp_path / "marts", "things", "", "select 1 as id")
    path.rename(tmp_path / "marts" / "other.sql")
    with pytest.raises(ModelError, match="file name"):
        parse_model(tmp_path / "marts" / "other.sql", "main")


def test_missing_header_key_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.sql"
    path.write_text("-- model: bad\n-- description: x\nselect 1", encoding="utf-8")
    with pytest.raises(ModelError) as caught:
        parse_model(path, "main")
    assert "grain" in str(caught.value) and "bad.sql" in str(caught.value)


def test_models_run_in_dependency_order_and_get_comments(tmp_path: Path) -> None:
    sql_dir = tmp_path / "sql"
    write_model(sql_dir / "marts", "b_final", "staging.a_first", "select id from staging.a_first")
    write_model(sql_dir / "staging", "a_first", "raw.things", "select id from raw.things")
    con = duckdb.connect()
    con.execute("create schema raw; create table raw.things as select 1 as id")
    built = run_models(con, sql_dir, available=["raw.things"])
    assert [m.qualified_name for m in built] == ["staging.a_first", "main.b_final"]
    table_comment = con.execute(
        "select comment from duckdb_tables() where table_name = 'b_final'"
    ).fetchone()
    assert table_comment == ("A test table. Grain: one row per id.",)
    column_comment = con.execute(
        "select comment from duckdb_columns() where table_name = 'b_final' and column_name = 'id'"
    ).fetchone()
    assert column_comment == ("The id.",)


def test_unknown_dependency_is_an_error(tmp_path: Path) -> None:
    write_model(tmp_path / "marts", "x", "raw.nowhere", "select 1 as id")
    with pytest.raises(ModelError, match="unknown relation"):
        order_models(discover_models(tmp_path))


def test_dependency_cycle_is_an_error(tmp_path: Path) -> None:
    write_model(tmp_path / "marts", "x", "main.y", "select 1 as id")
    write_model(tmp_path / "marts", "y", "main.x", "select 1 as id")
    with pytest.raises(ModelError, match="cycle"):
        order_models(discover_models(tmp_path))


def test_undocumented_column_is_an_error(tmp_path: Path) -> None:
    path = write_model(tmp_path / "marts", "x", "", "select 1 as id, 2 as secret")
    with pytest.raises(ModelError, match="secret"):
        build_model(duckdb.connect(), parse_model(path, "main"))


def test_sql_error_is_one_line_with_the_file(tmp_path: Path) -> None:
    path = write_model(tmp_path / "marts", "x", "", "select id from nowhere")
    with pytest.raises(ModelError) as caught:
        build_model(duckdb.connect(), parse_model(path, "main"))
    assert "x.sql" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_project_models_all_parse_and_order() -> None:
    from cctv_density.build import RAW_SCHEMAS, SQL_DIR

    models = order_models(discover_models(SQL_DIR), RAW_SCHEMAS)
    names = [m.qualified_name for m in models]
    for table in (
        "main.documents",
        "main.claims",
        "main.mentions",
        "main.population_country",
        "main.population_city",
        "main.camera_density_country",
        "main.camera_density_city",
    ):
        assert table in names
    for model in models:
        for dependency in model.depends_on:
            if dependency in names:
                assert names.index(dependency) < names.index(model.qualified_name)
        if model.schema == "staging":
            assert model.name.startswith("stg_") and "join" not in model.body.lower()
