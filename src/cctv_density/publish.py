"""Write-audit-publish for the DuckDB warehouse: lock, build beside, publish atomically, roll back.

One run, with the lock held for its whole length (never two writers):

    with publish_lock(published, timeout=600):
        build = start_build(published, run_id)      # removes stale builds of dead runs
        con = connect_build(build)                  # writes a DuckDB 1.4-readable file
        ...build tables, validate them...
        con.execute("CHECKPOINT"); con.close()
        publish_build(build, published, run_id=run_id, versions_dir=..., keep=5,
                      validation_status="passed", now=datetime.now(UTC))
        # or, when validation failed: discard_build(build)

`publish_build` copies the build into `versions_dir/<run_id>.duckdb` (+ `<run_id>.json`, the
metadata that commits the version), then `os.replace`s the build over the published file. A
reader holding the old file keeps reading the old inode; new connections open the new file.
Within one process DuckDB hands out its cached database while any connection to that path is
still open: close them all before expecting a new connection to see a new publish.
Publishing refuses while another process holds the published file read-write (readers must open
it read-only), and deletes a dead writer's leftover .wal, which DuckDB would otherwise replay
onto the new file and then refuse to open.

Every temporary file sits beside the file it will replace (same directory, same filesystem), so
a kill -9 at any point leaves either the previous published file or the new one, and the next
run removes what the dead run left behind. All functions act only on the paths they are given.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from filelock import FileLock, Timeout

from cctv_density.errors import PublishError

logger = logging.getLogger(__name__)

#: Storage format written into builds, so DuckDB 1.4 and 1.5 clients (CLI included) can open
#: the published file; DuckDB 2.0's own format (header version 999) is refused by them.
STORAGE_COMPATIBILITY_VERSION = "v1.4.0"
#: Newest storage version number DuckDB 1.4 reads (1.5 reads up to 68); "v1.4.0" writes 67.
_NEWEST_STORAGE_VERSION_FOR_DUCKDB_1_4 = 67
_DUCKDB_MAGIC = b"DUCK"
_DUCKDB_MAGIC_OFFSET = 8

#: Run ids become file names, so they are limited to characters safe on every filesystem.
_RUN_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_COPY_CHUNK_BYTES = 1024 * 1024


@dataclass(frozen=True)
class VersionInfo:
    """One kept warehouse version: its DuckDB file and what was recorded when it was published."""

    run_id: str
    published_at: datetime
    row_counts: Mapping[str, int]
    validation_status: str
    sha256: str
    path: Path


# ---------------------------------------------------------------------------------------------
# Lock


#: Lock files this process holds: a second acquisition from the same process would only wait
#: for itself, so it is refused at once instead.
_locks_held_here: set[Path] = set()


def lock_path(published_path: Path) -> Path:
    """The lock file that serialises every writer of `published_path`."""
    return published_path.with_name(published_path.name + ".lock")


def _holder_path(published_path: Path) -> Path:
    # Separate from the lock file: waiters open (and may truncate) the lock file itself.
    return published_path.with_name(published_path.name + ".lock.holder")


@contextmanager
def publish_lock(published_path: Path, *, timeout: float) -> Iterator[None]:
    """Hold the warehouse's writer lock; wait up to `timeout` seconds (negative: forever).

    The lock is an OS file lock (flock), released by the kernel when its process dies, so a
    killed run never leaves the warehouse locked.
    """
    published_path.parent.mkdir(parents=True, exist_ok=True)
    lock_file = lock_path(published_path)
    key = lock_file.resolve()
    if key in _locks_held_here:
        raise PublishError("this process already holds the warehouse lock", path=str(lock_file))
    lock = FileLock(lock_file, timeout=timeout)
    started = time.monotonic()
    try:
        lock.acquire()
    except Timeout:
        waited = time.monotonic() - started
        holder = _read_holder(published_path)
        raise PublishError(
            f"another run holds the warehouse lock ({lock_file}{holder}); waited {waited:.0f} s",
            path=str(published_path),
        ) from None
    _locks_held_here.add(key)
    try:
        _holder_path(published_path).write_text(
            f"pid {os.getpid()} since {datetime.now(UTC).isoformat(timespec='seconds')}\n",
            encoding="utf-8",
        )
        yield
    finally:
        _locks_held_here.discard(key)
        _holder_path(published_path).unlink(missing_ok=True)
        lock.release()


def _read_holder(published_path: Path) -> str:
    try:
        holder = _holder_path(published_path).read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return f", held by {holder}" if holder else ""


def _require_lock(published_path: Path) -> None:
    if lock_path(published_path).resolve() not in _locks_held_here:
        raise PublishError(
            "the warehouse lock is not held: call this inside publish_lock()",
            path=str(published_path),
        )


# ---------------------------------------------------------------------------------------------
# Build


def _check_run_id(run_id: str) -> None:
    if not _RUN_ID_PATTERN.fullmatch(run_id):
        raise PublishError(
            "run id must be 1-128 letters, digits, '.', '_' or '-' (starting with a letter "
            "or digit)",
            field="run_id",
            value=run_id,
        )


def _build_prefix(published_path: Path) -> str:
    # Scoped by the published file's name, so warehouses sharing a directory never clean up
    # each other's builds.
    return f".{published_path.stem}.build-"


def _rollback_prefix(published_path: Path) -> str:
    return f".{published_path.stem}.rollback-"


def start_build(published_path: Path, run_id: str) -> Path:
    """Path of a fresh build file beside `published_path`, after removing dead runs' builds.

    Needs the lock: while it is held no other run is alive to own a build, so every build or
    rollback temporary found (with its .wal and .tmp spill directory) is stale.
    """
    _check_run_id(run_id)
    _require_lock(published_path)
    published_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(published_path)
    return published_path.parent / f"{_build_prefix(published_path)}{run_id}.duckdb"


def _remove_stale_temporaries(published_path: Path) -> list[Path]:
    prefixes = (_build_prefix(published_path), _rollback_prefix(published_path))
    removed = [
        entry
        for entry in sorted(published_path.parent.iterdir())
        if entry.name.startswith(prefixes)
    ]
    for entry in removed:
        _remove_path(entry)
        logger.info("removed stale file of a dead run: %s", entry)
    return removed


def _remove_path(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def connect_build(build_path: Path) -> duckdb.DuckDBPyConnection:
    """A read-write connection to the build file that writes DuckDB 1.4-compatible storage."""
    try:
        return duckdb.connect(
            str(build_path),
            config={"storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION},
        )
    except duckdb.Error as error:
        raise PublishError(f"cannot open build file: {error}", path=str(build_path)) from None


def discard_build(build_path: Path) -> None:
    """Delete a failed run's build file (and its .wal/.tmp); the published file is untouched."""
    if ".build-" not in build_path.name:
        raise PublishError(
            "refusing to delete a file that is not a build file", path=str(build_path)
        )
    for path in _duckdb_files(build_path):
        _remove_path(path)


def _duckdb_files(database_path: Path) -> tuple[Path, Path, Path]:
    """The database file and the write-ahead log and spill directory DuckDB keeps beside it."""
    return (
        database_path,
        database_path.with_name(database_path.name + ".wal"),
        database_path.with_name(database_path.name + ".tmp"),
    )


# ---------------------------------------------------------------------------------------------
# Publish


def publish_build(
    build_path: Path,
    published_path: Path,
    *,
    run_id: str,
    versions_dir: Path,
    keep: int,
    validation_status: str,
    now: datetime,
) -> VersionInfo:
    """Keep the closed build as version `run_id`, then atomically make it the published file.

    The caller holds the lock and has CHECKPOINTed and closed every connection to the build.
    Any check that fails raises PublishError before the published file is touched.
    """
    _check_run_id(run_id)
    if keep < 1:
        raise PublishError("must keep at least one version", field="keep", value=keep)
    if now.tzinfo is None:
        raise PublishError("publish time must be timezone-aware", field="now", value=now)
    if not validation_status:
        raise PublishError("validation status is empty", field="validation_status")
    _require_lock(published_path)
    _check_closed_build(build_path, published_path)
    if published_path.exists():
        _refuse_live_writer(published_path)
    kept_before = list_versions(versions_dir)
    if any(version.run_id == run_id for version in kept_before):
        raise PublishError(
            "a version with this run id is already kept", path=str(versions_dir), value=run_id
        )
    row_counts = _row_counts(build_path)
    if not row_counts:
        raise PublishError("build file has no tables", path=str(build_path))

    with _os_errors_as_publish_errors():
        version = _keep_version(
            build_path,
            versions_dir,
            run_id=run_id,
            row_counts=row_counts,
            validation_status=validation_status,
            published_at=now.astimezone(UTC),
        )
        _replace_published(build_path, published_path)
        _prune_versions(versions_dir, keep=keep)
    return version


@contextmanager
def _os_errors_as_publish_errors() -> Iterator[None]:
    """A full disk or a permission problem becomes a one-line PublishError naming the file."""
    try:
        yield
    except OSError as error:
        raise PublishError(
            error.strerror or str(error),
            path=str(error.filename) if error.filename else None,
        ) from None


def _check_closed_build(build_path: Path, published_path: Path) -> None:
    if not build_path.is_file():
        raise PublishError("build file does not exist", path=str(build_path))
    if build_path.resolve().parent != published_path.resolve().parent:
        raise PublishError(
            f"build file must sit beside the published file ({published_path.parent}) for an "
            "atomic os.replace",
            path=str(build_path),
        )
    wal = _duckdb_files(build_path)[1]
    if wal.exists():
        raise PublishError(
            "build file still has a write-ahead log: CHECKPOINT and close its connection first",
            path=str(wal),
        )
    _check_storage_version(build_path)


def _check_storage_version(database_path: Path) -> None:
    """Refuse a file DuckDB 1.4/1.5 clients cannot open (e.g. not made by connect_build)."""
    with database_path.open("rb") as database_file:
        header = database_file.read(_DUCKDB_MAGIC_OFFSET + len(_DUCKDB_MAGIC) + 8)
    magic_end = _DUCKDB_MAGIC_OFFSET + len(_DUCKDB_MAGIC)
    if header[_DUCKDB_MAGIC_OFFSET:magic_end] != _DUCKDB_MAGIC:
        raise PublishError("not a DuckDB database file", path=str(database_path))
    storage_version = int.from_bytes(header[magic_end : magic_end + 8], "little")
    if storage_version > _NEWEST_STORAGE_VERSION_FOR_DUCKDB_1_4:
        raise PublishError(
            f"written with storage version {storage_version}, which DuckDB 1.4/1.5 clients "
            f"cannot open: create it with connect_build() (storage_compatibility_version "
            f"{STORAGE_COMPATIBILITY_VERSION!r})",
            path=str(database_path),
        )


def _row_counts(database_path: Path) -> dict[str, int]:
    """Exact row count of every table, read through a read-only connection."""
    try:
        con = duckdb.connect(str(database_path), read_only=True)
    except duckdb.Error as error:
        raise PublishError(
            f"cannot open read-only (is a connection to it still open?): {error}",
            path=str(database_path),
        ) from None
    try:
        tables = con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() "
            "WHERE database_name = current_database() AND NOT internal AND NOT temporary "
            "ORDER BY schema_name, table_name"
        ).fetchall()
        counts: dict[str, int] = {}
        for schema_name, table_name in tables:
            qualified = f'"{schema_name}"."{table_name}"'
            count_row = con.execute(f"SELECT count(*) FROM {qualified}").fetchone()
            label = table_name if schema_name == "main" else f"{schema_name}.{table_name}"
            counts[label] = int(count_row[0]) if count_row else 0
        return counts
    except duckdb.Error as error:
        raise PublishError(f"cannot count rows: {error}", path=str(database_path)) from None
    finally:
        con.close()


def _keep_version(
    build_path: Path,
    versions_dir: Path,
    *,
    run_id: str,
    row_counts: dict[str, int],
    validation_status: str,
    published_at: datetime,
) -> VersionInfo:
    """Copy the build into versions_dir; the metadata JSON, renamed last, commits the version."""
    versions_dir.mkdir(parents=True, exist_ok=True)
    _remove_incomplete_versions(versions_dir)
    version_path = versions_dir / f"{run_id}.duckdb"
    staged_version = versions_dir / f".tmp-{run_id}.duckdb"
    staged_metadata = versions_dir / f".tmp-{run_id}.json"
    sha256 = _copy_with_sha256(build_path, staged_version)
    metadata = {
        "run_id": run_id,
        "published_at": published_at.isoformat(),
        "validation_status": validation_status,
        "row_counts": row_counts,
        "sha256": sha256,
        "size_bytes": staged_version.stat().st_size,
        "storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION,
        "written_by_duckdb": duckdb.__version__,
    }
    _write_durably(staged_metadata, json.dumps(metadata, indent=2) + "\n")
    os.replace(staged_version, version_path)
    os.replace(staged_metadata, _metadata_path(versions_dir, run_id))
    _fsync_directory(versions_dir)
    return VersionInfo(
        run_id=run_id,
        published_at=published_at,
        row_counts=row_counts,
        validation_status=validation_status,
        sha256=sha256,
        path=version_path,
    )


def _remove_incomplete_versions(versions_dir: Path) -> None:
    # Left by a run killed mid-publish: staged copies, or a version file whose metadata was
    # never renamed into place. Only called with the lock held.
    for entry in sorted(versions_dir.iterdir()):
        incomplete = entry.name.startswith(".tmp-") or (
            entry.suffix == ".duckdb" and not _metadata_path(versions_dir, entry.stem).exists()
        )
        if incomplete:
            _remove_path(entry)
            logger.info("removed incomplete version file of a dead run: %s", entry)


def _replace_published(new_file: Path, published_path: Path) -> None:
    """os.replace `new_file` over the published file, after making sure nobody writes to it."""
    wal = _duckdb_files(published_path)[1]
    if published_path.exists():
        _refuse_live_writer(published_path)  # again: a writer may have opened it meanwhile
    # A WAL left by a dead writer of the old file would be replayed onto the new one, and
    # DuckDB then refuses to open it ("WAL does not match database file").
    wal.unlink(missing_ok=True)
    os.replace(new_file, published_path)
    _fsync_directory(published_path.parent)


def _refuse_live_writer(published_path: Path) -> None:
    try:
        probe = duckdb.connect(str(published_path), read_only=True)
    except duckdb.ConnectionException as error:
        raise PublishError(
            f"the published warehouse is open read-write in this process: {error}",
            path=str(published_path),
        ) from None
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            raise PublishError(
                f"the published warehouse is open read-write by another process (readers must "
                f"open it read-only): {error}",
                path=str(published_path),
            ) from None
        return  # unreadable old file: replacing it is the cure
    except duckdb.Error:
        return
    probe.close()


def _prune_versions(versions_dir: Path, *, keep: int) -> None:
    for version in list_versions(versions_dir)[keep:]:
        # Metadata first: a prune cut short leaves an orphan file that the next run removes.
        _metadata_path(versions_dir, version.run_id).unlink(missing_ok=True)
        version.path.unlink(missing_ok=True)
        logger.info("pruned warehouse version %s", version.run_id)


# ---------------------------------------------------------------------------------------------
# Versions and rollback


def _metadata_path(versions_dir: Path, run_id: str) -> Path:
    return versions_dir / f"{run_id}.json"


def list_versions(versions_dir: Path) -> list[VersionInfo]:
    """Every kept version, newest first (by publish time, then run id)."""
    if not versions_dir.is_dir():
        return []
    # Dot-files are a dead run's staged copies, not kept versions.
    metadata_paths = [p for p in versions_dir.glob("*.json") if not p.name.startswith(".")]
    versions = [_read_metadata(path) for path in metadata_paths]
    return sorted(
        versions, key=lambda version: (version.published_at, version.run_id), reverse=True
    )


def _read_metadata(metadata_path: Path) -> VersionInfo:
    try:
        raw = json.loads(metadata_path.read_text(encoding="utf-8"))
        run_id = str(raw["run_id"])
        published_at = datetime.fromisoformat(raw["published_at"])
        row_counts = {str(table): int(count) for table, count in raw["row_counts"].items()}
        validation_status = str(raw["validation_status"])
        sha256 = str(raw["sha256"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise PublishError(
            f"unreadable version metadata: {type(error).__name__}: {error}",
            path=str(metadata_path),
        ) from None
    if run_id != metadata_path.stem:
        raise PublishError(
            "metadata run id does not match its file name", path=str(metadata_path), value=run_id
        )
    return VersionInfo(
        run_id=run_id,
        published_at=published_at,
        row_counts=row_counts,
        validation_status=validation_status,
        sha256=sha256,
        path=metadata_path.with_suffix(".duckdb"),
    )


def current_version(published_path: Path, versions_dir: Path) -> VersionInfo | None:
    """The kept version whose bytes are the published file's (None if it matches none)."""
    if not published_path.is_file():
        return None
    published_sha256 = file_sha256(published_path)
    return next(
        (v for v in list_versions(versions_dir) if v.sha256 == published_sha256),
        None,
    )


def rollback(
    published_path: Path, versions_dir: Path, run_id: str | None, *, timeout: float
) -> VersionInfo:
    """Republish a kept version (default: the one before the current), after checking it.

    The version is copied beside the published file; the copy must match the recorded sha256
    and row counts before it replaces the published file atomically, under the lock.
    """
    if run_id is not None:
        _check_run_id(run_id)
    with publish_lock(published_path, timeout=timeout):
        target = _rollback_target(published_path, versions_dir, run_id)
        _remove_stale_temporaries(published_path)
        staged = published_path.parent / f"{_rollback_prefix(published_path)}{target.run_id}.duckdb"
        try:
            with _os_errors_as_publish_errors():
                _stage_checked_copy(target, staged)
                _replace_published(staged, published_path)
        finally:
            staged.unlink(missing_ok=True)
    return target


def _rollback_target(published_path: Path, versions_dir: Path, run_id: str | None) -> VersionInfo:
    versions = list_versions(versions_dir)
    kept = ", ".join(version.run_id for version in versions) or "none"
    if run_id is not None:
        for version in versions:
            if version.run_id == run_id:
                return version
        raise PublishError(
            f"no kept version with this run id (kept: {kept})", path=str(versions_dir), value=run_id
        )
    current = current_version(published_path, versions_dir)
    if current is None:
        raise PublishError(
            f"the published warehouse matches no kept version; name the run id to roll back to "
            f"(kept: {kept})",
            path=str(published_path),
        )
    # Skip older versions with the same bytes: republishing one would change nothing.
    older = [
        version
        for version in versions[versions.index(current) + 1 :]
        if version.sha256 != current.sha256
    ]
    if not older:
        raise PublishError(
            f"no kept version older than the published {current.run_id} differs from it; "
            "nothing to roll back to",
            path=str(versions_dir),
        )
    return older[0]


def _stage_checked_copy(version: VersionInfo, staged: Path) -> None:
    if not version.path.is_file():
        raise PublishError("version file is missing", path=str(version.path))
    sha256 = _copy_with_sha256(version.path, staged)
    if sha256 != version.sha256:
        raise PublishError(
            f"version file changed since it was published (sha256 {sha256[:12]}…, recorded "
            f"{version.sha256[:12]}…)",
            path=str(version.path),
        )
    _check_storage_version(staged)
    row_counts = _row_counts(staged)
    if row_counts != dict(version.row_counts):
        raise PublishError(
            f"row counts {row_counts} differ from the recorded {dict(version.row_counts)}",
            path=str(version.path),
        )


# ---------------------------------------------------------------------------------------------
# Files


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(_COPY_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_with_sha256(source_path: Path, target_path: Path) -> str:
    """Copy a file durably (fsynced) and return the sha256 of the bytes written."""
    digest = hashlib.sha256()
    with source_path.open("rb") as source, target_path.open("wb") as target:
        while chunk := source.read(_COPY_CHUNK_BYTES):
            digest.update(chunk)
            target.write(chunk)
        target.flush()
        os.fsync(target.fileno())
    return digest.hexdigest()


def _write_durably(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as target:
        target.write(text)
        target.flush()
        os.fsync(target.fileno())


def _fsync_directory(directory: Path) -> None:
    # Makes the renames themselves durable, not only the files' contents.
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
