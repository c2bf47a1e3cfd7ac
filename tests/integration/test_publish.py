"""Write-audit-publish of the DuckDB warehouse: lock, build, publish, versions, rollback."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from cctv_density.errors import PublishError
from cctv_density.publish import (
    connect_build,
    current_version,
    discard_build,
    file_sha256,
    list_versions,
    lock_path,
    publish_build,
    publish_lock,
    rollback,
    start_build,
)

T0 = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)


def build_tables(published: Path, run_id: str, row_counts: dict[str, int]) -> Path:
    """A closed build holding one table per entry, `n` rows each (lock must be held)."""
    build = start_build(published, run_id)
    con = connect_build(build)
    for table, rows in row_counts.items():
        con.execute(
            f"CREATE TABLE {table} AS SELECT range AS i, 'r{run_id}' AS tag FROM range({rows})"
        )
    con.execute("CHECKPOINT")
    con.close()
    return build


def publish_run(
    published: Path,
    versions: Path,
    run_id: str,
    row_counts: dict[str, int],
    *,
    minutes: int = 0,
    keep: int = 5,
) -> None:
    with publish_lock(published, timeout=5):
        build = build_tables(published, run_id, row_counts)
        publish_build(
            build,
            published,
            run_id=run_id,
            versions_dir=versions,
            keep=keep,
            validation_status="passed",
            now=T0 + timedelta(minutes=minutes),
        )


def table_counts(database: Path) -> dict[str, int]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        names = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        counts = {}
        for name in names:
            row = con.execute(f"SELECT count(*) FROM {name}").fetchone()
            assert row is not None
            counts[name] = row[0]
        return counts
    finally:
        con.close()


def spawn(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if not line:
        child.wait(timeout=10)
        assert child.stderr is not None
        pytest.fail(f"child exited with {child.returncode}: {child.stderr.read()}")
    return line


@pytest.fixture
def warehouse(tmp_path: Path) -> tuple[Path, Path]:
    warehouse_dir = tmp_path / "warehouse"
    return warehouse_dir / "cctv.duckdb", warehouse_dir / "versions"


def test_publish_replaces_published_file_and_keeps_a_version(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    with publish_lock(published, timeout=5):
        build = build_tables(published, "run-1", {"claims": 3, "documents": 2})
        build_sha256 = file_sha256(build)
        version = publish_build(
            build,
            published,
            run_id="run-1",
            versions_dir=versions,
            keep=5,
            validation_status="passed_with_warnings",
            now=T0,
        )

    assert table_counts(published) == {"claims": 3, "documents": 2}
    assert not build.exists()
    assert not published.with_name("cctv.duckdb.wal").exists()
    assert version.run_id == "run-1"
    assert version.row_counts == {"claims": 3, "documents": 2}
    assert version.sha256 == build_sha256 == file_sha256(published) == file_sha256(version.path)
    assert version.path == versions / "run-1.duckdb"
    metadata = json.loads((versions / "run-1.json").read_text())
    assert metadata["published_at"] == T0.isoformat()
    assert metadata["validation_status"] == "passed_with_warnings"
    assert metadata["row_counts"] == {"claims": 3, "documents": 2}
    assert metadata["sha256"] == build_sha256
    assert list_versions(versions) == [version]
    assert current_version(published, versions) == version


def test_row_counts_name_tables_outside_main_by_schema(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    with publish_lock(published, timeout=5):
        build = start_build(published, "run-1")
        con = connect_build(build)
        con.execute("CREATE SCHEMA audit")
        con.execute("CREATE TABLE audit.quality_runs AS SELECT 1 AS run")
        con.execute("CREATE TABLE claims AS SELECT range AS i FROM range(4)")
        con.close()
        version = publish_build(
            build, published, run_id="run-1", versions_dir=versions, keep=5,
            validation_status="passed", now=T0,
        )  # fmt: skip
    assert version.row_counts == {"audit.quality_runs": 1, "claims": 4}


def test_published_file_opens_in_duckdb_1_5_cli(
    warehouse: tuple[Path, Path], tmp_path: Path
) -> None:
    if importlib.util.find_spec("duckdb_cli") is None:
        pytest.skip("duckdb-cli (dev dependency) is not installed")
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 7})

    def cli_count(database: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "duckdb_cli", "-readonly", str(database), "-csv", "-noheader",
             "SELECT version(), count(*) FROM claims"],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    result = cli_count(published)
    assert result.returncode == 0, result.stderr
    cli_version, count = result.stdout.strip().split(",")
    assert cli_version.startswith(("v1.4", "v1.5"))
    assert count == "7"

    # Control: the same table written in DuckDB 2.0's own format is refused by that CLI.
    native = tmp_path / "native.duckdb"
    con = duckdb.connect(str(native))
    con.execute("CREATE TABLE claims AS SELECT 1 AS i")
    con.close()
    assert cli_count(native).returncode != 0


def test_publish_refuses_a_build_in_duckdb_2_storage_format(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 1})
    before = file_sha256(published)
    with publish_lock(published, timeout=5):
        build = start_build(published, "run-2")
        con = duckdb.connect(str(build))  # not connect_build: latest storage format
        con.execute("CREATE TABLE claims AS SELECT 1 AS i")
        con.close()
        with pytest.raises(PublishError, match=r"DuckDB 1\.4/1\.5 clients cannot open"):
            publish_build(
                build, published, run_id="run-2", versions_dir=versions, keep=5,
                validation_status="passed", now=T0,
            )  # fmt: skip
    assert file_sha256(published) == before
    assert [v.run_id for v in list_versions(versions)] == ["run-1"]


def test_failed_run_leaves_published_file_unchanged(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 3})
    before = file_sha256(published)

    with publish_lock(published, timeout=5):
        build = start_build(published, "run-2")
        con = connect_build(build)
        con.execute("CREATE TABLE claims AS SELECT range AS i FROM range(99)")
        con.close()
        discard_build(build)  # validation failed

    assert file_sha256(published) == before
    assert table_counts(published) == {"claims": 3}
    assert not build.exists()
    assert not build.with_name(build.name + ".wal").exists()
    assert [v.run_id for v in list_versions(versions)] == ["run-1"]


def test_discard_build_refuses_a_file_that_is_not_a_build(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 3})
    with pytest.raises(PublishError, match="not a build file"):
        discard_build(published)
    assert published.exists()


def test_publish_refuses_a_build_whose_connection_is_still_open(
    warehouse: tuple[Path, Path],
) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 3})
    before = file_sha256(published)
    with publish_lock(published, timeout=5):
        build = start_build(published, "run-2")
        con = connect_build(build)
        con.execute("CREATE TABLE claims AS SELECT range AS i FROM range(5)")
        try:
            with pytest.raises(PublishError) as raised:
                publish_build(
                    build, published, run_id="run-2", versions_dir=versions, keep=5,
                    validation_status="passed", now=T0,
                )  # fmt: skip
        finally:
            con.close()
    assert "\n" not in str(raised.value)
    assert str(build) in str(raised.value)
    assert file_sha256(published) == before
    assert [v.run_id for v in list_versions(versions)] == ["run-1"]


def test_publish_refuses_a_build_without_tables(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    with publish_lock(published, timeout=5):
        build = start_build(published, "run-1")
        connect_build(build).close()
        with pytest.raises(PublishError, match="no tables"):
            publish_build(
                build, published, run_id="run-1", versions_dir=versions, keep=5,
                validation_status="passed", now=T0,
            )  # fmt: skip
    assert not published.exists()


def test_publish_refuses_a_run_id_already_kept(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 3})
    with pytest.raises(PublishError, match="already kept"):
        publish_run(published, versions, "run-1", {"claims": 4})
    assert table_counts(published) == {"claims": 3}


@pytest.mark.parametrize("run_id", ["", "../escape", "a/b", ".hidden", "x" * 129, "a b"])
def test_run_ids_that_are_not_safe_file_names_are_refused(
    warehouse: tuple[Path, Path], run_id: str
) -> None:
    published, _ = warehouse
    with publish_lock(published, timeout=5), pytest.raises(PublishError, match="run id"):
        start_build(published, run_id)


def test_start_build_and_publish_need_the_lock(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    with pytest.raises(PublishError, match="lock is not held"):
        start_build(published, "run-1")
    with publish_lock(published, timeout=5):
        build = build_tables(published, "run-1", {"claims": 1})
    with pytest.raises(PublishError, match="lock is not held"):
        publish_build(
            build, published, run_id="run-1", versions_dir=versions, keep=5,
            validation_status="passed", now=T0,
        )  # fmt: skip
    assert not published.exists()


def test_start_build_removes_stale_builds_of_dead_runs_only(warehouse: tuple[Path, Path]) -> None:
    published, _ = warehouse
    directory = published.parent
    directory.mkdir(parents=True)
    stale = [
        directory / ".cctv.build-dead.duckdb",
        directory / ".cctv.build-dead.duckdb.wal",
        directory / ".cctv.rollback-old.duckdb",
    ]
    for path in stale:
        path.write_bytes(b"left by a killed run")
    spill_dir = directory / ".cctv.build-dead.duckdb.tmp"
    spill_dir.mkdir()
    (spill_dir / "spill.block").write_bytes(b"x")
    unrelated = [directory / ".other.build-live.duckdb", directory / "notes.txt"]
    for path in unrelated:
        path.write_bytes(b"not ours")

    with publish_lock(published, timeout=5):
        build = start_build(published, "run-2")

    assert build == directory / ".cctv.build-run-2.duckdb"
    assert not any(path.exists() for path in [*stale, spill_dir])
    assert all(path.exists() for path in unrelated)


def test_pruning_keeps_the_newest_versions(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    for minute, run_id in enumerate(["run-1", "run-2", "run-3"]):
        publish_run(published, versions, run_id, {"claims": minute + 1}, minutes=minute, keep=2)

    kept = list_versions(versions)
    assert [v.run_id for v in kept] == ["run-3", "run-2"]
    assert [v.published_at for v in kept] == [T0 + timedelta(minutes=2), T0 + timedelta(minutes=1)]
    assert sorted(p.name for p in versions.iterdir()) == [
        "run-2.duckdb", "run-2.json", "run-3.duckdb", "run-3.json",
    ]  # fmt: skip
    assert table_counts(published) == {"claims": 3}


def test_file_system_errors_become_one_line_publish_errors(tmp_path: Path) -> None:
    published = tmp_path / "warehouse" / "cctv.duckdb"
    versions = tmp_path / "versions-is-a-file"
    versions.write_text("not a directory")
    with pytest.raises(PublishError) as raised:
        publish_run(published, versions, "run-1", {"claims": 1})
    assert str(raised.value).startswith(f"{versions}: ")
    assert "\n" not in str(raised.value)
    assert not published.exists()


def test_list_versions_reports_malformed_metadata_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "run-1.json").write_text('{"run_id": "run-1"}')
    with pytest.raises(PublishError) as raised:
        list_versions(tmp_path)
    message = str(raised.value)
    assert message.startswith(str(tmp_path / "run-1.json"))
    assert "published_at" in message
    assert "\n" not in message


def test_rollback_restores_the_version_before_the_current_one(
    warehouse: tuple[Path, Path],
) -> None:
    published, versions = warehouse
    for minute, (run_id, rows) in enumerate([("run-1", 1), ("run-2", 2), ("run-3", 3)]):
        publish_run(
            published, versions, run_id, {"claims": rows, "documents": 10 * rows}, minutes=minute
        )

    restored = rollback(published, versions, None, timeout=5)
    assert restored.run_id == "run-2"
    assert table_counts(published) == restored.row_counts == {"claims": 2, "documents": 20}
    assert file_sha256(published) == restored.sha256
    assert current_version(published, versions) == restored

    assert rollback(published, versions, None, timeout=5).run_id == "run-1"
    assert table_counts(published) == {"claims": 1, "documents": 10}
    with pytest.raises(PublishError, match="nothing to roll back to"):
        rollback(published, versions, None, timeout=5)

    assert rollback(published, versions, "run-3", timeout=5).run_id == "run-3"
    assert table_counts(published) == {"claims": 3, "documents": 30}
    assert [v.run_id for v in list_versions(versions)] == ["run-3", "run-2", "run-1"]
    assert sorted(p.name for p in published.parent.iterdir() if p.is_file()) == [
        "cctv.duckdb", "cctv.duckdb.lock",
    ]  # fmt: skip


def test_rollback_refuses_a_version_file_changed_since_publishing(
    warehouse: tuple[Path, Path],
) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 1})
    publish_run(published, versions, "run-2", {"claims": 2}, minutes=1)
    with (versions / "run-1.duckdb").open("ab") as version_file:
        version_file.write(b"\0" * 16)
    before = file_sha256(published)

    with pytest.raises(PublishError, match="changed since it was published"):
        rollback(published, versions, None, timeout=5)
    assert file_sha256(published) == before
    assert not list(published.parent.glob(".cctv.rollback-*"))


def test_rollback_refuses_row_counts_that_differ_from_the_record(
    warehouse: tuple[Path, Path],
) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 1})
    publish_run(published, versions, "run-2", {"claims": 2}, minutes=1)
    metadata_path = versions / "run-1.json"
    metadata = json.loads(metadata_path.read_text())
    metadata["row_counts"] = {"claims": 5}
    metadata_path.write_text(json.dumps(metadata))

    with pytest.raises(PublishError, match="row counts"):
        rollback(published, versions, "run-1", timeout=5)
    assert table_counts(published) == {"claims": 2}


def test_rollback_names_the_kept_versions_for_an_unknown_run_id(
    warehouse: tuple[Path, Path],
) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 1})
    with pytest.raises(PublishError, match=r"kept: run-1"):
        rollback(published, versions, "run-9", timeout=5)


def test_rollback_without_run_id_needs_a_published_file_that_matches_a_version(
    warehouse: tuple[Path, Path],
) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 1})
    publish_run(published, versions, "run-2", {"claims": 2}, minutes=1)
    con = duckdb.connect(str(published))  # someone edited the published file
    con.execute("INSERT INTO claims VALUES (99, 'edited')")
    con.close()
    with pytest.raises(PublishError, match="matches no kept version"):
        rollback(published, versions, None, timeout=5)


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM claims").fetchone()[0], flush=True)
sys.stdin.readline()  # the parent publishes meanwhile
print(con.execute("SELECT count(*) FROM claims").fetchone()[0], flush=True)
con.close()  # while it is open, DuckDB would hand this process its cached old database
fresh = duckdb.connect(sys.argv[1], read_only=True)
print(fresh.execute("SELECT count(*) FROM claims").fetchone()[0], flush=True)
"""


def test_reader_keeps_the_old_file_while_new_connections_see_the_new_one(
    warehouse: tuple[Path, Path],
) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 3})
    reader = spawn(READER, str(published))
    try:
        assert read_line(reader) == "3"
        publish_run(published, versions, "run-2", {"claims": 8}, minutes=1)
        assert table_counts(published) == {"claims": 8}  # a new connection sees the new file
        assert reader.stdin is not None
        reader.stdin.write("go\n")
        reader.stdin.flush()
        assert read_line(reader) == "3"  # the open connection still reads the old inode
        assert read_line(reader) == "8"  # reconnecting sees the new file
        assert reader.wait(timeout=30) == 0
    finally:
        reader.kill()
        reader.wait()


LOCK_HOLDER = """
import sys
from pathlib import Path
from cctv_density.publish import publish_lock
with publish_lock(Path(sys.argv[1]), timeout=5):
    print("holding", flush=True)
    sys.stdin.readline()
    Path(sys.argv[2]).write_text("releasing")
"""


def test_second_run_gives_up_after_its_timeout_with_a_one_line_error(
    warehouse: tuple[Path, Path], tmp_path: Path
) -> None:
    published, _ = warehouse
    holder = spawn(LOCK_HOLDER, str(published), str(tmp_path / "released"))
    try:
        assert read_line(holder) == "holding"
        with pytest.raises(PublishError) as raised, publish_lock(published, timeout=0.2):
            pytest.fail("acquired a lock another process holds")
    finally:
        holder.kill()
        holder.wait()
    message = str(raised.value)
    assert message.startswith(f"{published}: another run holds the warehouse lock")
    assert str(lock_path(published)) in message
    assert f"pid {holder.pid}" in message
    assert message.endswith("waited 0 s")
    assert "\n" not in message


def test_second_run_waits_for_the_lock_and_then_proceeds(
    warehouse: tuple[Path, Path], tmp_path: Path
) -> None:
    published, versions = warehouse
    released = tmp_path / "released"
    holder = spawn(LOCK_HOLDER, str(published), str(released))
    try:
        assert read_line(holder) == "holding"
        assert holder.stdin is not None
        holder.stdin.write("release\n")
        holder.stdin.flush()
        with publish_lock(published, timeout=30):
            # The holder wrote this before releasing: we never held the lock at the same time.
            assert released.exists()
            build = build_tables(published, "run-1", {"claims": 2})
            publish_build(
                build, published, run_id="run-1", versions_dir=versions, keep=5,
                validation_status="passed", now=T0,
            )  # fmt: skip
        assert holder.wait(timeout=30) == 0
    finally:
        holder.kill()
        holder.wait()
    assert table_counts(published) == {"claims": 2}


def test_a_process_cannot_take_the_lock_twice(warehouse: tuple[Path, Path]) -> None:
    published, versions = warehouse
    publish_run(published, versions, "run-1", {"claims": 1})
    # Refused at once: waiting would end in "another run holds the lock" after 60 s.
    with (
        publish_lock(published, timeout=5),
        pytest.raises(PublishError, match="already holds the warehouse lock"),
    ):
        rollback(published, versions, "run-1", timeout=60)
