"""`cctv-density serve` against a real local Prefect server: the pipeline deployment runs on an
interval schedule and completes; the test bounds its own time and stops server and runner."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.slow

DEADLINE_SECONDS = 300


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def completed_pipeline_runs(api_url: str) -> list[dict[str, object]]:
    reply = requests.post(
        f"{api_url}/flow_runs/filter",
        json={
            "flows": {"name": {"any_": ["pipeline"]}},
            "flow_runs": {"state": {"type": {"any_": ["COMPLETED", "FAILED", "CRASHED"]}}},
        },
        timeout=5,
    )
    reply.raise_for_status()
    return list(reply.json())


def test_served_pipeline_runs_on_an_interval_and_completes(tmp_path: Path) -> None:
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CCTV_DENSITY_", "PREFECT_"))}
    env |= {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "CCTV_DENSITY_WAREHOUSE_PATH": str(tmp_path / "warehouse" / "cctv.duckdb"),
    }
    log = (tmp_path / "serve.log").open("w")
    serving = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "serve",
            "--pipeline-interval",
            "20",
            "--port",
            str(port),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    runs: list[dict[str, object]] = []
    try:
        deadline = time.monotonic() + DEADLINE_SECONDS
        while time.monotonic() < deadline and not runs:
            assert serving.poll() is None, (tmp_path / "serve.log").read_text()
            with contextlib.suppress(requests.RequestException):
                runs = completed_pipeline_runs(api_url)
            time.sleep(2)
    finally:
        os.killpg(serving.pid, signal.SIGTERM)
        try:
            serving.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(serving.pid, signal.SIGKILL)
            serving.wait()
        log.close()
    output = (tmp_path / "serve.log").read_text()
    assert runs, f"no pipeline run finished within {DEADLINE_SECONDS} s:\n{output[-3000:]}"
    state = runs[0]["state"]
    assert isinstance(state, dict) and state["type"] == "COMPLETED", state
    assert (tmp_path / "warehouse" / "cctv.duckdb").exists()
    with pytest.raises(requests.RequestException):
        requests.get(f"{api_url}/health", timeout=2)
