"""The project's Prefect logging file: Prefect's own configuration plus the one quiet logger,
applied in a process that only inherits the environment (as Prefect's temporary server does)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import prefect.logging.configuration
import yaml

from flows import QUIET_PREFECT_ENVIRONMENT

PROJECT_FILE = Path(QUIET_PREFECT_ENVIRONMENT["PREFECT_LOGGING_SETTINGS_PATH"])
PREFECT_DEFAULT = prefect.logging.configuration.DEFAULT_LOGGING_SETTINGS_PATH


def test_the_file_is_prefect_s_default_with_only_the_connection_pool_logger_added() -> None:
    ours = yaml.safe_load(PROJECT_FILE.read_text(encoding="utf-8"))
    default = yaml.safe_load(PREFECT_DEFAULT.read_text(encoding="utf-8"))

    assert ours["loggers"].pop("sqlalchemy.pool") == {"level": "CRITICAL"}
    assert ours == default


def test_a_process_started_with_the_environment_drops_pool_shutdown_errors_only() -> None:
    script = """
import asyncio, logging
from prefect.logging.configuration import setup_logging
setup_logging()
try:
    raise asyncio.CancelledError()
except BaseException:
    logging.getLogger("sqlalchemy.pool.impl.AsyncAdaptedQueuePool").error(
        "Exception during reset or similar", exc_info=True
    )
logging.getLogger("some.library").error("a library error still shows")
"""
    env = {**os.environ, **QUIET_PREFECT_ENVIRONMENT}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stderr
    assert "a library error still shows" in result.stderr
    assert "Exception during reset" not in result.stderr
    assert "Traceback" not in result.stderr
