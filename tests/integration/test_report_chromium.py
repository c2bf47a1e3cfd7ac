"""The rendered report in a real headless Chromium: chart and tables show, nothing is fetched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from cctv_density.report import render_report, screenshot_report
from cctv_density.report.screenshot import DEFAULT_CHROMIUM, headless_chromium_command
from tests.quality_fixture import conflict_warning, quality_warehouse, record_quality_run

pytestmark = [
    pytest.mark.chromium,
    # `make test` installs chromium first, so in CI a missing browser is a failure, not a skip.
    pytest.mark.skipif(
        not Path(DEFAULT_CHROMIUM).exists()
        and shutil.which("chromium") is None
        and not os.environ.get("CI"),
        reason="chromium is not installed (`make chromium` installs it)",
    ),
]

RUN_ID = "chromium-run"
#: Net-log event types that mean bytes went over a socket.
TRAFFIC_EVENTS = {
    "SOCKET_BYTES_SENT",
    "SOCKET_BYTES_RECEIVED",
    "UDP_BYTES_SENT",
    "UDP_BYTES_RECEIVED",
}


@pytest.fixture(scope="module")
def report_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_report(
        record_quality_run(quality_warehouse(), RUN_ID, [conflict_warning()]),
        run_id=RUN_ID,
        reports_dir=tmp_path_factory.mktemp("reports"),
        run_summary={"run_id": RUN_ID, "documents": 2, "claims": 6},
    )


def test_chromium_renders_chart_and_tables_without_network(
    report_path: Path, tmp_path: Path
) -> None:
    net_log = tmp_path / "net-log.json"
    command = headless_chromium_command(
        tmp_path / "profile", f"--log-net-log={net_log}", "--dump-dom", report_path.as_uri()
    )
    completed = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)

    dom = LexborHTMLParser(completed.stdout)
    charts = dom.css("svg.density-chart")
    assert len(charts) == 3
    assert sum(len(chart.css("rect")) for chart in charts) == 5
    for selector in ("table.countries", "table.cities", "table.quality-results", "table.claims"):
        assert dom.css(f"{selector} tbody tr"), selector
    assert dom.css("script") == []  # the article's <script> stayed text

    events = json.loads(net_log.read_text())
    names = {number: name for name, number in events["constants"]["logEventTypes"].items()}
    started = [
        event.get("params", {})
        for event in events["events"]
        if names[event["type"]] == "URL_REQUEST_START_JOB"
    ]
    page_requests = [
        params["url"]
        for params in started
        if "url" in params and params.get("initiator") != "not an origin"
    ]
    # The page itself asked for nothing but files (an <img src="http://…"> would show here).
    assert all(url.startswith("file://") for url in page_requests), page_requests
    # Chromium's own update and account requests exist but never got a byte through.
    assert [names[e["type"]] for e in events["events"] if names[e["type"]] in TRAFFIC_EVENTS] == []


def test_screenshot_report_writes_a_png(report_path: Path, tmp_path: Path) -> None:
    png = screenshot_report(report_path, tmp_path / "shots" / "report.png")

    assert png == tmp_path / "shots" / "report.png"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2400)
