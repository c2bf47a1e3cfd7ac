"""The pipeline flow in-process under Prefect's test harness: it completes, publishes, and
attaches the quality summary to the run as markdown and table artifacts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
from prefect.testing.utilities import prefect_test_harness

from flows.pipeline import pipeline
from flows.runtime import fast_flow_runs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    storage = tmp_path_factory.mktemp("prefect-results")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PREFECT_RESULTS_LOCAL_STORAGE_PATH", str(storage))
        with prefect_test_harness():
            yield


def test_pipeline_flow_publishes_and_creates_artifacts(
    harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = tmp_path / "warehouse" / "cctv.duckdb"
    monkeypatch.setenv("CCTV_DENSITY_WAREHOUSE_PATH", str(warehouse))
    with fast_flow_runs():
        state = pipeline(return_state=True)
    assert state.is_completed(), state.message
    summary = state.result()
    assert isinstance(summary, dict) and summary["claims"] == 12
    with duckdb.connect(str(warehouse), read_only=True) as con:
        [(runs,)] = con.execute("select count(*) from quality_runs").fetchall()
    assert runs == 1
    keys = ["cctv-density-quality-report", "cctv-density-density-per-country"]
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=keys))
        )
    by_key = {artifact.key: artifact for artifact in artifacts}
    assert set(by_key) == set(keys)
    assert by_key["cctv-density-quality-report"].type == "markdown"
    assert "United Kingdom" in str(by_key["cctv-density-density-per-country"].data)
