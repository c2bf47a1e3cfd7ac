"""Time write-audit-publish on a 1M-row warehouse: build, publish, hash, roll back (prints figures).

Usage: uv run python benchmarks/publish.py [ROWS]   (default 1,000,000; runs in a temp dir)
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

from cctv_density.publish import (
    connect_build,
    current_version,
    file_sha256,
    publish_build,
    publish_lock,
    rollback,
    start_build,
)

Result = TypeVar("Result")


def timed(label: str, action: Callable[[], Result]) -> Result:
    started = time.perf_counter()
    result = action()
    print(f"{label:<44} {time.perf_counter() - started:7.3f} s")
    return result


def build_warehouse(published: Path, run_id: str, rows: int) -> Path:
    build = start_build(published, run_id)
    con = connect_build(build)
    con.execute(
        f"""
        CREATE TABLE claims AS
        SELECT printf('%016x', range) AS claim_id,
               'doc-' || (range % 1000) AS document_id,
               CASE WHEN range % 3 = 0 THEN 'country' ELSE 'city' END AS entity_kind,
               'entity-' || (range % 5000) AS entity_name,
               range * 1.5 AS value,
               2000 + range % 26 AS year
        FROM range({rows})
        """
    )
    con.execute("CHECKPOINT")
    con.close()
    return build


def main(rows: int) -> None:
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as workdir:
        published = Path(workdir) / "cctv.duckdb"
        versions = Path(workdir) / "versions"
        print(f"rows per warehouse: {rows:,}")
        for index, run_id in enumerate(["run-1", "run-2"]):
            with publish_lock(published, timeout=5):
                build = timed(
                    f"{run_id}: build + CHECKPOINT + close",
                    partial(build_warehouse, published, run_id, rows),
                )
                size_mb = build.stat().st_size / 1e6
                publish = partial(
                    publish_build,
                    build,
                    published,
                    run_id=run_id,
                    versions_dir=versions,
                    keep=5,
                    validation_status="passed",
                    now=now + timedelta(minutes=index),
                )
                timed(f"{run_id}: publish_build ({size_mb:.1f} MB)", publish)
        timed("file_sha256(published)", lambda: file_sha256(published))
        timed("current_version (hash + metadata)", lambda: current_version(published, versions))
        restored = timed("rollback to run-1 (copy, verify, replace)", lambda: rollback(
            published, versions, None, timeout=5
        ))  # fmt: skip
        print(f"rolled back to {restored.run_id}: {dict(restored.row_counts)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
