"""`cctv-density refresh-population` through its Prefect flow, against a local server that
replays the World Bank and Wikidata formats, and with no server at all."""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from cctv_density.provenance import read_provenance
from cctv_density.settings import PROJECT_ROOT
from tests.cli_runs import assert_quiet, run_cli

pytestmark = pytest.mark.slow

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "http"


class ReplayHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path == "/v2/country":
            name = "worldbank/country_page1.json"
        elif url.path.startswith("/v2/country/all/indicator/"):
            name = f"worldbank/indicator_page{query.get('page', '1')}.json"
        elif url.path == "/sparql":
            name = "wikidata/several_dates.json"
        else:
            self.send_error(404)
            return
        body = (FIXTURES / name).read_bytes()
        self.send_response(200)
        content_type = (
            "application/sparql-results+json" if "wikidata" in name else "application/json"
        )
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def replay_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), ReplayHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def population_dir(tmp_path: Path) -> Path:
    target = tmp_path / "population"
    shutil.copytree(PROJECT_ROOT / "data" / "raw" / "population", target)
    return target


def snapshot_dirs(population_dir: Path) -> list[Path]:
    return sorted(p for p in population_dir.glob("*/*") if p.is_dir())


def test_refresh_writes_new_snapshots_with_provenance_and_reports_changes(
    replay_server: str, population_dir: Path, cli_env: dict[str, str]
) -> None:
    before = snapshot_dirs(population_dir)
    env = cli_env | {
        "CCTV_DENSITY_POPULATION_DIR": str(population_dir),
        "CCTV_DENSITY_WORLDBANK_API_URL": replay_server + "/v2",
        "CCTV_DENSITY_WIKIDATA_SPARQL_URL": replay_server + "/sparql",
    }
    result = run_cli(env, "refresh-population")
    assert result.returncode == 0, result.stderr
    assert_quiet(result)
    new = [p for p in snapshot_dirs(population_dir) if p not in before]
    assert {p.parent.name for p in new} == {"worldbank", "wikidata"}
    for directory in new:
        [data_file] = [p for p in directory.iterdir() if p.suffix == ".csv"]
        provenance = read_provenance(data_file)  # verifies the sha256
        assert provenance.source_url.startswith(replay_server)
        assert provenance.row_count and provenance.row_count > 0
    assert "countr" in result.stdout.lower()


def test_refresh_without_network_says_so_in_one_line_and_keeps_the_snapshot(
    population_dir: Path, cli_env: dict[str, str]
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    before = snapshot_dirs(population_dir)
    env = cli_env | {
        "CCTV_DENSITY_POPULATION_DIR": str(population_dir),
        "CCTV_DENSITY_WORLDBANK_API_URL": f"http://127.0.0.1:{closed}/v2",
        "CCTV_DENSITY_WIKIDATA_SPARQL_URL": f"http://127.0.0.1:{closed}/sparql",
        "CCTV_DENSITY_HTTP_TIMEOUT_SECONDS": "2",
    }
    result = run_cli(env, "refresh-population")
    assert result.returncode == 1
    assert_quiet(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "keeping the last good snapshot" in errors[0], result.stderr
    assert snapshot_dirs(population_dir) == before
