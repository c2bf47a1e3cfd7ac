"""The CLI commands that need no Prefect run: extract, query, versions, rollback, report."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from cctv_density.publish import connect_build, publish_build, publish_lock, start_build
from flows.cli import main
from tests.shipped_data import FIRST_ARTICLE


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "warehouse" / "cctv.duckdb"
    monkeypatch.setenv("CCTV_DENSITY_WAREHOUSE_PATH", str(path))
    path.parent.mkdir(parents=True)
    return path


def publish(warehouse: Path, run_id: str, rows: int) -> None:
    with publish_lock(warehouse, timeout=5):
        build = start_build(warehouse, run_id)
        with connect_build(build) as con:
            con.execute(f"create table claims as select range as id from range({rows})")
            con.execute("CHECKPOINT")
        publish_build(
            build,
            warehouse,
            run_id=run_id,
            versions_dir=warehouse.parent / "versions",
            keep=5,
            validation_status="passed",
            now=datetime.now(UTC),
        )


def test_extract_prints_the_columns_in_order_as_csv_and_jsonl(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_main(capsys, "extract", str(FIRST_ARTICLE), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        "doc",
        "entity_name",
        "entity_kind",
        "country_iso3",
        "city_id",
        "metric",
        "value",
        "qualifier",
        "year",
        "quote",
        "start",
        "end",
    ]
    assert len(rows) == 12
    code, out, _ = run_main(capsys, "extract", str(FIRST_ARTICLE), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 12 and all(r["doc"] == FIRST_ARTICLE.stem for r in records)


def test_extract_of_an_unreadable_file_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00" * 10)
    code, out, err = run_main(capsys, "extract", str(bad))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "bad.txt" in err


def test_query_without_a_warehouse_says_what_to_do(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_main(capsys, "query", "select 1")
    assert code == 1
    assert err.strip().startswith("error:") and "cctv-density run" in err


def test_query_formats(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create table t as select 1 as year, 1234567 as population, 'x' as name")
    code, out, _ = run_main(capsys, "query", "select * from t", "--format", "json")
    assert code == 0 and json.loads(out) == [{"year": 1, "population": 1234567, "name": "x"}]
    code, out, _ = run_main(capsys, "query", "select * from t")
    assert code == 0 and "1,234,567" in out
    code, _, err = run_main(capsys, "query", "select nope from t")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "nope" in err


def test_versions_and_rollback(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    publish(warehouse, "run-1", rows=3)
    publish(warehouse, "run-2", rows=5)
    code, out, _ = run_main(capsys, "versions")
    assert code == 0 and "run-1" in out and "run-2" in out
    code, out, _ = run_main(capsys, "rollback")
    assert code == 0 and "run-1" in out
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from claims").fetchall() == [(3,)]
    code, _, err = run_main(capsys, "rollback", "no-such-run")
    assert code == 1 and "no-such-run" in err and len(err.strip().splitlines()) == 1


def test_report_without_a_run_is_one_line(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_main(capsys, "report")
    assert code == 1 and "no report yet" in err


def test_bad_population_year_policy_fails_before_any_run(
    warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_main(capsys, "run", "--population-year", "someday")
    assert code == 1
    assert "population_year_policy" in err and "someday" in err


def test_every_command_has_help_with_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("run", "extract", "query", "versions", "rollback", "report", "serve"):
        code, out, _ = run_main(capsys, command, "--help")
        assert code == 0 and "Example:" in out, command
    code, out, _ = run_main(capsys, "refresh-population", "--help")
    assert code == 0 and "Example:" in out
