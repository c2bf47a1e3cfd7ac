"""The served deployments load, carry their schedules and never overlap."""

from __future__ import annotations

from dataclasses import replace

from prefect.client.schemas.objects import ConcurrencyLimitStrategy

from cctv_density.settings import Settings
from flows.serve import scheduled_deployments


def test_deployments_have_cron_schedules_from_settings_and_one_run_at_a_time() -> None:
    settings = replace(Settings(), pipeline_cron="15 4 * * *", refresh_population_cron="0 3 * * 0")
    deployments = {d.name: d for d in scheduled_deployments(settings)}
    assert set(deployments) == {"daily", "weekly"}
    crons = {name: d.schedules[0].schedule.cron for name, d in deployments.items()}  # type: ignore[union-attr]
    assert crons == {"daily": "15 4 * * *", "weekly": "0 3 * * 0"}
    for deployment in deployments.values():
        limit = deployment.concurrency_options
        assert deployment.concurrency_limit == 1
        assert limit is not None and limit.collision_strategy == ConcurrencyLimitStrategy.CANCEL_NEW


def test_interval_overrides_cron() -> None:
    [daily, weekly] = scheduled_deployments(Settings(), pipeline_interval=30)
    assert daily.schedules[0].schedule.interval.total_seconds() == 30  # type: ignore[union-attr]
    assert weekly.schedules[0].schedule.cron == Settings().refresh_population_cron  # type: ignore[union-attr]
