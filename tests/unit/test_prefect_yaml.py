"""prefect.yaml is valid for `prefect deploy` and points at flows that load."""

from __future__ import annotations

import importlib

import yaml
from prefect.cli.deploy._models import PrefectYamlModel

from cctv_density.settings import PROJECT_ROOT


def test_prefect_yaml_deployments_validate_and_entrypoints_load() -> None:
    raw = yaml.safe_load((PROJECT_ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    model = PrefectYamlModel.model_validate(raw)
    assert {d.name for d in model.deployments} == {"daily", "weekly"}
    for deployment in model.deployments:
        assert deployment.entrypoint
        path, function = deployment.entrypoint.split(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        flow = getattr(module, function)
        assert flow.name in {"pipeline", "refresh-population"}
        limit = deployment.concurrency_limit
        assert limit is not None and not isinstance(limit, int)
        assert limit.limit == 1 and limit.collision_strategy == "CANCEL_NEW"
