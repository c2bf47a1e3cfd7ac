"""kill -9 of a warehouse run at each stage leaves the published file whole, old or new.

Each test runs this file as a child process (`python test_publish_kill.py STAGE ...`): the child
holds the lock, builds, and at STAGE writes a signal file and sleeps until the parent kills it
with SIGKILL. The parent then checks the published warehouse and runs the next run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import duckdb
import pytest

from cctv_density.errors import PublishError
from cctv_density.publish import (
    connect_build,
    current_version,
    file_sha256,
    list_versions,
    publish_build,
    publish_lock,
    start_build,
)

T0 = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
OLD_TABLES = {"claims": 5}
NEW_TABLES = {"claims": 1000, "documents": 3}
KILL_STAGES = (
    "building",  # inserting rows into the build
    "validating",  # build complete and open, being read, not yet checkpointed
    "publishing:version-file-placed",  # version copy renamed, its metadata not yet
    "publishing:version-kept",  # version committed, published file not yet replaced
    "publishing:before-replace",
    "publishing:after-replace",  # published file replaced, versions not yet pruned
)


# --- child side -------------------------------------------------------------------------------


def signal_and_wait(signal_file: Path, stage: str) -> None:
    signal_file.write_text(stage)
    time.sleep(120)  # killed long before this ends
    raise SystemExit(f"not killed at {stage}")


def pause_around_replace(signal_file: Path, stage: str, target: Path, *, after: bool) -> None:
    """Make os.replace onto `target` stop (before or after renaming) and wait to be killed."""
    real_replace: Callable[..., None] = os.replace

    def replace_then_pause(source: Any, destination: Any) -> None:
        if not after and Path(destination) == target:
            signal_and_wait(signal_file, stage)
        real_replace(source, destination)
        if after and Path(destination) == target:
            signal_and_wait(signal_file, stage)

    mock.patch.object(os, "replace", replace_then_pause).start()  # for the rest of the child


def child_run(stage: str, published: Path, versions: Path, signal_file: Path) -> None:
    with publish_lock(published, timeout=10):
        build = start_build(published, "run-new")
        con = connect_build(build)
        con.execute("CREATE TABLE documents AS SELECT range AS i FROM range(3)")
        con.execute("CREATE TABLE claims AS SELECT range AS i FROM range(1000)")
        if stage == "building":
            signal_file.write_text(stage)
            while True:  # keeps writing (and growing its WAL) until killed
                con.execute("INSERT INTO claims SELECT range FROM range(1000)")
        if stage == "validating":
            con.sql("SELECT count(*) FROM claims").fetchall()
            signal_and_wait(signal_file, stage)
        con.execute("CHECKPOINT")
        con.close()
        pauses = {
            "publishing:version-file-placed": (versions / "run-new.duckdb", True),
            "publishing:version-kept": (versions / "run-new.json", True),
            "publishing:before-replace": (published, False),
            "publishing:after-replace": (published, True),
        }
        target, after = pauses[stage]
        pause_around_replace(signal_file, stage, target, after=after)
        publish_build(
            build, published, run_id="run-new", versions_dir=versions, keep=5,
            validation_status="passed", now=T0 + timedelta(minutes=1),
        )  # fmt: skip


# --- parent side ------------------------------------------------------------------------------


def publish_tables(
    published: Path, versions: Path, run_id: str, tables: dict[str, int], minute: int
) -> None:
    with publish_lock(published, timeout=10):
        build = start_build(published, run_id)
        con = connect_build(build)
        for table, rows in tables.items():
            con.execute(f"CREATE TABLE {table} AS SELECT range AS i FROM range({rows})")
        con.close()
        publish_build(
            build, published, run_id=run_id, versions_dir=versions, keep=5,
            validation_status="passed", now=T0 + timedelta(minutes=minute),
        )  # fmt: skip


def table_counts(database: Path) -> dict[str, int]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        names = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        return {
            name: con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0] for name in names
        }
    finally:
        con.close()


def run_child_until_signal(args: list[str], signal_file: Path) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while not signal_file.exists():
        if child.poll() is not None:
            assert child.stderr is not None
            pytest.fail(f"child exited with {child.returncode}: {child.stderr.read().decode()}")
        if time.monotonic() > deadline:
            child.kill()
            pytest.fail("child never reached its kill point")
        time.sleep(0.02)
    return child


def kill_hard(child: subprocess.Popen[bytes]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL


@pytest.mark.slow  # six child processes, one per kill point
@pytest.mark.parametrize("stage", KILL_STAGES)
def test_kill_9_leaves_the_previous_or_the_new_warehouse_never_a_mix(
    tmp_path: Path, stage: str
) -> None:
    published = tmp_path / "warehouse" / "cctv.duckdb"
    versions = tmp_path / "warehouse" / "versions"
    publish_tables(published, versions, "run-old", OLD_TABLES, minute=0)
    old_sha256 = file_sha256(published)
    signal_file = tmp_path / "killed-at"

    child = run_child_until_signal(
        [stage, str(published), str(versions), str(signal_file)], signal_file
    )
    kill_hard(child)

    expect_new = stage == "publishing:after-replace"
    assert table_counts(published) == (NEW_TABLES if expect_new else OLD_TABLES)
    if expect_new:
        new_version = current_version(published, versions)
        assert new_version is not None
        assert new_version.run_id == "run-new"
        assert new_version.row_counts == NEW_TABLES
    else:
        assert file_sha256(published) == old_sha256

    dead_build = published.with_name(".cctv.build-run-new.duckdb")
    dead_wal = dead_build.with_name(dead_build.name + ".wal")
    assert dead_build.exists() == (not expect_new)
    assert dead_wal.exists() == (stage in {"building", "validating"})

    # The kernel released the dead run's lock; the next run cleans up after it and publishes.
    publish_tables(published, versions, "run-next", {"claims": 2}, minute=2)
    assert table_counts(published) == {"claims": 2}
    leftovers = sorted(p.name for p in published.parent.iterdir() if p.name.startswith("."))
    assert leftovers == []
    assert not list(versions.glob(".tmp-*"))
    kept = list_versions(versions)
    assert {path.name for path in versions.iterdir()} == {
        name for version in kept for name in (f"{version.run_id}.duckdb", f"{version.run_id}.json")
    }
    for version in kept:
        assert file_sha256(version.path) == version.sha256
    kept_new = stage in {
        "publishing:version-kept",
        "publishing:before-replace",
        "publishing:after-replace",
    }
    expected_runs = ["run-next", "run-new", "run-old"] if kept_new else ["run-next", "run-old"]
    assert [version.run_id for version in kept] == expected_runs


# --- a writer that is not ours ----------------------------------------------------------------


def child_write_published(published: Path, signal_file: Path) -> None:
    """An analyst opened the published file read-write and wrote without checkpointing."""
    con = duckdb.connect(str(published))
    con.execute("INSERT INTO claims SELECT 42")
    signal_and_wait(signal_file, "writing")


def test_publish_refuses_while_another_process_writes_to_the_published_file(tmp_path: Path) -> None:
    published = tmp_path / "warehouse" / "cctv.duckdb"
    versions = tmp_path / "warehouse" / "versions"
    publish_tables(published, versions, "run-old", OLD_TABLES, minute=0)
    signal_file = tmp_path / "writing"
    writer = run_child_until_signal(
        ["write-published", str(published), "-", str(signal_file)], signal_file
    )
    try:
        with pytest.raises(PublishError, match="open read-write by another process"):
            publish_tables(published, versions, "run-new", NEW_TABLES, minute=1)
    finally:
        kill_hard(writer)
    assert [version.run_id for version in list_versions(versions)] == ["run-old"]


def test_stale_wal_of_a_killed_writer_does_not_break_the_next_publish(tmp_path: Path) -> None:
    published = tmp_path / "warehouse" / "cctv.duckdb"
    versions = tmp_path / "warehouse" / "versions"
    publish_tables(published, versions, "run-old", OLD_TABLES, minute=0)
    signal_file = tmp_path / "writing"
    writer = run_child_until_signal(
        ["write-published", str(published), "-", str(signal_file)], signal_file
    )
    kill_hard(writer)
    stale_wal = published.with_name(published.name + ".wal")
    assert stale_wal.exists()

    publish_tables(published, versions, "run-new", NEW_TABLES, minute=1)

    # DuckDB would replay a leftover WAL onto the new file and refuse it ("WAL does not match").
    assert table_counts(published) == NEW_TABLES
    assert not stale_wal.exists()


if __name__ == "__main__":
    child_stage, child_published, child_versions, child_signal = sys.argv[1:5]
    if child_stage == "write-published":
        child_write_published(Path(child_published), Path(child_signal))
    else:
        child_run(child_stage, Path(child_published), Path(child_versions), Path(child_signal))
    print(json.dumps({"finished": child_stage}))
