# The two commands of the quick start: `make run` and `make test`.
# Each installs what it needs: uv (into .tools/ when it is not on PATH), then the locked
# environment from uv.lock.

SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
UV_RUN := $(UV) run --locked --quiet

.PHONY: run test lint typecheck pytest serve report-screenshot benchmarks chromium clean

.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check uv

## run: the main job: every document in data/raw/documents/ through the pipeline, offline
run: $(UV)
	$(UV_RUN) cctv-density run

## test: lint, format check, type check and the whole test suite (slow tests included)
test: $(UV) chromium lint typecheck pytest

lint: $(UV)
	$(UV_RUN) ruff check .
	$(UV_RUN) ruff format --check .

typecheck: $(UV)
	$(UV_RUN) mypy

pytest: $(UV)
	$(UV_RUN) pytest

## chromium: the headless browser the report test renders in (Debian package)
chromium:
	@bash scripts/ensure-chromium.sh

## serve: a local Prefect server (unless PREFECT_API_URL is set) serving the scheduled deployments
serve: $(UV)
	$(UV_RUN) cctv-density serve

## report-screenshot: a PNG of the latest data quality report
report-screenshot: $(UV) chromium
	$(UV_RUN) cctv-density report --screenshot data/warehouse/reports/latest/report.png

## benchmarks: print extraction quality, speed and hostile-input figures
benchmarks: $(UV)
	$(UV_RUN) python benchmarks/extraction_quality.py
	$(UV_RUN) python benchmarks/extraction_speed.py
	$(UV_RUN) python benchmarks/hostile_input.py

clean:
	rm -rf data/warehouse/*.duckdb data/warehouse/versions data/warehouse/reports data/warehouse/gx
