"""Shared test fixtures: an isolated Prefect home and environment for CLI runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def prefect_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One Prefect home per test session (its database migrates once)."""
    return tmp_path_factory.mktemp("prefect-home")


@pytest.fixture
def cli_env(tmp_path: Path, prefect_home: Path) -> dict[str, str]:
    """Environment for running the CLI in a subprocess against a temporary warehouse."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CCTV_DENSITY_", "PREFECT_"))
    }
    env.update(
        {
            "PREFECT_HOME": str(prefect_home),
            "PREFECT_RESULTS_LOCAL_STORAGE_PATH": str(prefect_home / "storage"),
            "CCTV_DENSITY_WAREHOUSE_PATH": str(tmp_path / "warehouse" / "cctv.duckdb"),
            "COLUMNS": "200",
        }
    )
    return env
