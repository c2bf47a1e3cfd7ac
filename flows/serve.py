"""Serve the scheduled deployments: `pipeline` daily and `refresh-population` weekly.

Prefect's temporary server does not fire schedules, so serving needs a real server: the one
at PREFECT_API_URL when set, else a local `prefect server start` child process that lives as
long as `cctv-density serve` does.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import requests
from prefect import serve
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.deployments.runner import RunnerDeployment
from prefect.settings import PREFECT_API_URL, temporary_settings

from cctv_density.errors import CctvDensityError
from cctv_density.settings import Settings
from flows.pipeline import pipeline
from flows.refresh_population import refresh_population

#: Runs of one deployment never overlap: a run due while the previous one still runs is cancelled.
ONE_AT_A_TIME = ConcurrencyLimitConfig(
    limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
)


def _server_command(host: str, port: int) -> list[str]:
    prefect = shutil.which("prefect", path=str(Path(sys.executable).parent)) or "prefect"
    return [prefect, "server", "start", "--host", host, "--port", str(port), "--no-ui"]


def wait_until_healthy(api_url: str, *, timeout: float, process: subprocess.Popen[bytes]) -> None:
    """Poll the server's health endpoint until it answers, the process dies, or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CctvDensityError(
                f"the local Prefect server exited with code {process.returncode}"
            )
        with contextlib.suppress(requests.RequestException):
            if requests.get(f"{api_url}/health", timeout=2).ok:
                return
        time.sleep(0.5)
    raise CctvDensityError(
        f"the local Prefect server did not answer within {timeout:.0f} s", value=api_url
    )


@contextlib.contextmanager
def prefect_server(
    host: str = "127.0.0.1", port: int = 4200, *, timeout: float = 180
) -> Iterator[str]:
    """The API URL of a running Prefect server: PREFECT_API_URL's, else a local child server."""
    configured = PREFECT_API_URL.value()
    if configured:
        yield configured
        return
    api_url = f"http://{host}:{port}/api"
    process = subprocess.Popen(
        _server_command(host, port),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    try:
        wait_until_healthy(api_url, timeout=timeout, process=process)
        with temporary_settings({PREFECT_API_URL: api_url}):
            yield api_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def scheduled_deployments(
    settings: Settings,
    *,
    pipeline_interval: float | None = None,
    refresh_interval: float | None = None,
) -> list[RunnerDeployment]:
    """The two deployments: cron schedules from settings, or intervals in seconds."""
    pipeline_schedule: dict[str, Any] = (
        {"interval": pipeline_interval} if pipeline_interval else {"cron": settings.pipeline_cron}
    )
    refresh_schedule: dict[str, Any] = (
        {"interval": refresh_interval}
        if refresh_interval
        else {"cron": settings.refresh_population_cron}
    )
    # `to_deployment` is typed sync-or-async; called outside an event loop it is sync.
    return [
        cast(
            RunnerDeployment,
            pipeline.to_deployment(
                name="daily",
                description="Build, validate and publish the warehouse from data/raw.",
                concurrency_limit=ONE_AT_A_TIME,
                **pipeline_schedule,
            ),
        ),
        cast(
            RunnerDeployment,
            refresh_population.to_deployment(
                name="weekly",
                description="Fetch population from the World Bank and Wikidata into a new snapshot.",
                concurrency_limit=ONE_AT_A_TIME,
                **refresh_schedule,
            ),
        ),
    ]


def serve_deployments(deployments: list[RunnerDeployment]) -> None:
    """Serve the deployments until interrupted (SIGTERM pauses their schedules)."""
    serve(*deployments, print_starting_message=True)
