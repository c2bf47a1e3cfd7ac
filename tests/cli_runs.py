"""Running the CLI in a subprocess, as a user would, and checking that its output is quiet."""

from __future__ import annotations

import subprocess
import sys

NOISE = ("Traceback", "telemetry", "CancelledError", "Exception in thread", "RuntimeWarning")


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def assert_quiet(result: subprocess.CompletedProcess[str]) -> None:
    for noise in NOISE:
        assert noise not in result.stderr, result.stderr
        assert noise not in result.stdout, result.stdout
