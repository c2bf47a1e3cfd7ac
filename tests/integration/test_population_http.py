"""Live population clients against a local HTTP server replaying the real response formats."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest
import urllib3.util.retry

from cctv_density.errors import FetchError
from cctv_density.model import sha256_hex
from cctv_density.population.geonames import GeonamesCityProper
from cctv_density.population.http import make_session
from cctv_density.population.refresh import refresh_population
from cctv_density.population.wikidata import FALLBACK_NOTE, WikidataCityProper
from cctv_density.population.worldbank import WorldBankApi, WorldBankSnapshot
from cctv_density.provenance import Provenance, read_provenance, write_provenance

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "http"
USER_AGENT = "cctv-density-tests/0.1 (https://example.org/cctv-density; tests@example.org)"
JSON = "application/json;charset=utf-8"


@dataclass
class Reply:
    """One scripted answer of the replay server."""

    body: bytes = b""
    status: int = 200
    content_type: str = JSON
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False  # accept the request and never answer
    declared_length: int | None = None  # a Content-Length larger than the body: cut-off


def fixture(name: str, **kwargs: object) -> Reply:
    return Reply(body=(FIXTURES / name).read_bytes(), **kwargs)  # type: ignore[arg-type]


@dataclass
class Seen:
    path: str
    query: dict[str, str]
    headers: dict[str, str]


class ReplayServer:
    """127.0.0.1:<free port>; each path answers its scripted replies in turn (the last repeats),
    or a function of the query string."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply] | Callable[[dict[str, str]], Reply]] = {}
        self.seen: list[Seen] = []
        self.release = threading.Event()
        replay = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                replay.seen.append(Seen(parts.path, query, dict(self.headers.items())))
                reply = replay.next_reply(parts.path, query)
                if reply.hang:
                    replay.release.wait(30)
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                length = reply.declared_length or len(reply.body)
                self.send_header("Content-Length", str(length))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.declared_length:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def next_reply(self, path: str, query: dict[str, str]) -> Reply:
        route = self.routes.get(path)
        if route is None:
            return Reply(body=b"not found", status=404, content_type="text/plain")
        if callable(route):
            return route(query)
        return route.pop(0) if len(route) > 1 else route[0]

    def requests_to(self, path: str) -> list[Seen]:
        return [seen for seen in self.seen if seen.path == path]


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    replay = ReplayServer()
    replay.thread.start()
    yield replay
    replay.release.set()
    replay.httpd.shutdown()
    replay.httpd.server_close()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """urllib3's retry sleeps, recorded instead of slept (keeps tests fast and inspectable)."""
    recorded: list[float] = []
    monkeypatch.setattr(urllib3.util.retry.time, "sleep", recorded.append)
    return recorded


COUNTRY = "/v2/country"
INDICATOR = "/v2/country/all/indicator/SP.POP.TOTL"


def indicator_pages(query: dict[str, str]) -> Reply:
    return fixture(f"worldbank/indicator_page{query.get('page', '1')}.json")


def serve_worldbank(server: ReplayServer) -> None:
    server.routes[COUNTRY] = [fixture("worldbank/country_page1.json")]
    server.routes[INDICATOR] = indicator_pages


def worldbank_client(
    server: ReplayServer, *, retries: int = 3, timeout: float = 5.0, max_total_wait: float = 30.0
) -> WorldBankApi:
    return WorldBankApi(
        server.url + "/v2",
        make_session(USER_AGENT, retries=retries, backoff=0.1, max_wait_per_retry=2.0),
        per_page=3,
        timeout=timeout,
        max_total_wait=max_total_wait,
        first_year=2023,
        last_year=2024,
    )


def expected_worldbank_rows() -> set[tuple[str, str, int, int]]:
    """Economy rows with a value in the indicator fixtures, named from the country list."""
    countries = json.loads((FIXTURES / "worldbank/country_page1.json").read_text())[1]
    economies = {c["id"]: c["name"] for c in countries if c["region"]["id"] != "NA"}
    rows = set()
    for page in (1, 2):
        for row in json.loads((FIXTURES / f"worldbank/indicator_page{page}.json").read_text())[1]:
            code = row["countryiso3code"]
            if code in economies and row["value"] is not None:
                rows.add((code, economies[code], int(row["date"]), row["value"]))
    return rows


def as_tuples(frame: pd.DataFrame) -> set[tuple[str, str, int, int]]:
    return {
        (r.country_iso3, r.country_name, int(r.year), int(r.population))
        for r in frame.itertuples(index=False)
    }


# --- World Bank -------------------------------------------------------------------------------


def test_worldbank_pages_are_merged_and_aggregates_dropped(server: ReplayServer) -> None:
    serve_worldbank(server)
    rows = worldbank_client(server).country_population()
    assert as_tuples(rows) == expected_worldbank_rows()
    assert not {"AFE", "WLD"} & set(rows["country_iso3"])
    assert {s.query["page"] for s in server.requests_to(INDICATOR)} == {"1", "2"}
    first = server.requests_to(INDICATOR)[0].query
    assert (first["format"], first["per_page"], first["date"]) == ("json", "3", "2023:2024")
    assert set(rows["basis"]) == {"national"}
    assert not rows["is_projection"].any() and not rows["is_interpolated"].any()
    assert rows["source"].str.startswith("World Bank WDI SP.POP.TOTL (API").all()


@pytest.mark.parametrize(
    ("reply", "says"),
    [
        (fixture("worldbank/error_120.json"), "API error 120 Invalid value"),
        (fixture("worldbank/error_175.xml", content_type="text/xml"), "175 Invalid format"),
        (fixture("worldbank/meta_null.json"), "no rows"),
        (fixture("worldbank/maintenance.html", content_type="text/html"), "HTML page"),
        (Reply(body=b'[{"page":1,"pages":1,"per_page":3,"total":2},[{"indicator":'), "JSON"),
        (
            Reply(body=b'[{"page":1,"pages":1,"per_page":3,"total":2},[{"x"', declared_length=500),
            "before the whole body",
        ),
        (Reply(body=b"Not Found", status=404, content_type="text/plain"), "HTTP 404"),
    ],
    ids=["error-120", "xml-error", "meta-null", "html-200", "truncated", "cut-off", "404"],
)
def test_worldbank_unusable_replies_are_one_fetch_error(
    server: ReplayServer, reply: Reply, says: str
) -> None:
    server.routes[COUNTRY] = [fixture("worldbank/country_page1.json")]
    server.routes[INDICATOR] = [reply]
    with pytest.raises(FetchError) as caught:
        worldbank_client(server).country_population()
    message = str(caught.value)
    assert says in message
    assert "\n" not in message and INDICATOR in message


def test_worldbank_429_honours_retry_after(server: ReplayServer, sleeps: list[float]) -> None:
    serve_worldbank(server)
    server.routes[COUNTRY] = [
        Reply(b"slow down", status=429, content_type="text/plain", headers={"Retry-After": "1"}),
        fixture("worldbank/country_page1.json"),
    ]
    rows = worldbank_client(server).country_population()
    assert as_tuples(rows) == expected_worldbank_rows()
    assert len(server.requests_to(COUNTRY)) == 2
    assert sleeps == [1.0]


def test_worldbank_retry_after_is_capped(server: ReplayServer, sleeps: list[float]) -> None:
    serve_worldbank(server)
    server.routes[COUNTRY] = [
        Reply(b"", status=429, content_type="text/plain", headers={"Retry-After": "3600"}),
        fixture("worldbank/country_page1.json"),
    ]
    worldbank_client(server).country_population()
    assert sleeps == [2.0]  # max_wait_per_retry of the session, not an hour


def test_worldbank_503_twice_then_200(server: ReplayServer, sleeps: list[float]) -> None:
    serve_worldbank(server)
    server.routes[INDICATOR] = lambda query: (
        indicator_pages(query) if query["page"] == "2" else _503_twice(server)
    )
    rows = worldbank_client(server).country_population()
    assert as_tuples(rows) == expected_worldbank_rows()
    pages = [s.query["page"] for s in server.requests_to(INDICATOR)]
    assert pages == ["1", "1", "1", "2"]
    assert all(0 <= pause <= 2.0 for pause in sleeps)


def _503_twice(server: ReplayServer) -> Reply:
    """503 for the first two requests of page 1 (the current one is already recorded)."""
    earlier = sum(1 for s in server.requests_to(INDICATOR) if s.query["page"] == "1")
    if earlier <= 2:
        return Reply(b"busy", status=503, content_type="text/plain")
    return fixture("worldbank/indicator_page1.json")


def test_worldbank_503_forever_gives_up(server: ReplayServer, sleeps: list[float]) -> None:
    serve_worldbank(server)
    server.routes[INDICATOR] = [Reply(b"busy", status=503, content_type="text/plain")]
    with pytest.raises(FetchError, match="HTTP 503"):
        worldbank_client(server, retries=2).country_population()
    assert len(server.requests_to(INDICATOR)) == 3  # first try + 2 retries


def test_worldbank_server_that_never_answers(server: ReplayServer) -> None:
    serve_worldbank(server)
    server.routes[INDICATOR] = [Reply(hang=True)]
    with pytest.raises(FetchError, match=r"no answer within 0\.2 s"):
        worldbank_client(server, retries=1, timeout=0.2).country_population()
    assert len(server.requests_to(INDICATOR)) == 2  # the read timeout was retried once


def test_worldbank_total_wait_budget_shrinks_timeouts(server: ReplayServer) -> None:
    serve_worldbank(server)
    server.routes[INDICATOR] = [Reply(hang=True)]
    client = worldbank_client(server, retries=0, timeout=60.0, max_total_wait=0.3)
    with pytest.raises(FetchError, match="no answer within"):
        client.country_population()


def test_worldbank_unreachable_host_is_one_line() -> None:
    client = WorldBankApi(
        "http://127.0.0.1:9/v2",  # discard port: nothing listens
        make_session(USER_AGENT, retries=0),
        timeout=1.0,
        max_total_wait=5.0,
    )
    with pytest.raises(FetchError, match="cannot connect") as caught:
        client.country_population()
    assert "\n" not in str(caught.value)


def test_worldbank_page_count_mismatch_is_rejected(server: ReplayServer) -> None:
    serve_worldbank(server)

    def claiming_seven_rows(query: dict[str, str]) -> Reply:
        page = json.loads(indicator_pages(query).body)
        page[0]["total"] = 7  # one row more than the two pages hold
        return Reply(json.dumps(page).encode())

    server.routes[INDICATOR] = claiming_seven_rows
    with pytest.raises(FetchError, match=r"6 rows received over 2 pages, meta\.total says 7"):
        worldbank_client(server).country_population()


# --- Wikidata ---------------------------------------------------------------------------------

SPARQL = "/sparql"


def city_links() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "city_id": ["gn-2643743", "gn-1814906", "wup-20384"],
            "city_name": ["London", "Chongqing", "Nowhere"],
            "country_iso3": ["GBR", "CHN", "CAN"],
            "wup_city_code": pd.array([None, None, 20384], dtype="Int64"),
            "geonames_id": pd.array([2643743, 1814906, None], dtype="Int64"),
            "latitude": [51.5, 29.6, 0.0],
            "longitude": [-0.1, 106.6, 0.0],
        }
    )


def offline_geonames(tmp_path: Path) -> GeonamesCityProper:
    cities = {
        "2643743": {"geonameid": 2643743, "name": "London", "population": 8961989},
        "1814906": {"geonameid": 1814906, "name": "Chongqing", "population": 7457599},
    }
    path = tmp_path / "cities15000.json"
    path.write_text(json.dumps(cities), encoding="utf-8")
    return GeonamesCityProper(data_path=path, year=2024)


def wikidata_client(server: ReplayServer, fallback: GeonamesCityProper) -> WikidataCityProper:
    return WikidataCityProper(
        server.url + SPARQL,
        make_session(USER_AGENT, retries=1),
        user_agent=USER_AGENT,
        timeout=5.0,
        fallback=fallback,
    )


def newest_by_geonames(name: str) -> dict[str, tuple[int, int]]:
    """GeoNames id → (year, population) of the newest dated binding in a fixture."""
    bindings = json.loads((FIXTURES / name).read_text())["results"]["bindings"]
    best: dict[str, tuple[str, int]] = {}
    for b in bindings:
        when = b["pointInTime"]["value"]
        if b["pointInTime"]["type"] != "literal":
            continue
        candidate = (when, int(b["population"]["value"]))
        best[b["geonames"]["value"]] = max(best.get(b["geonames"]["value"], candidate), candidate)
    return {k: (int(v[0][:4]), v[1]) for k, v in best.items()}


def test_wikidata_picks_the_newest_dated_value(server: ReplayServer, tmp_path: Path) -> None:
    server.routes[SPARQL] = [
        fixture("wikidata/several_dates.json", content_type="application/sparql-results+json")
    ]
    rows = wikidata_client(server, offline_geonames(tmp_path)).city_population(city_links())
    newest = newest_by_geonames("wikidata/several_dates.json")
    by_city = rows.set_index("city_id")
    for geonames_id, (year, population) in newest.items():
        row = by_city.loc[f"gn-{geonames_id}"]
        assert (row["year"], row["population"]) == (year, population)
        assert row["source"].startswith("Wikidata Q")
    assert "wup-20384" not in by_city.index  # no GeoNames id, no fallback population
    assert set(rows["basis"]) == {"city_proper"}
    request = server.requests_to(SPARQL)[0]
    assert request.headers["User-Agent"] == USER_AGENT
    assert '"2643743"' in request.query["query"] and '"1814906"' in request.query["query"]
    assert "P1082" in request.query["query"] and "P585" in request.query["query"]


def test_wikidata_empty_reply_keeps_offline_basis_flagged(
    server: ReplayServer, tmp_path: Path
) -> None:
    server.routes[SPARQL] = [fixture("wikidata/empty.json")]
    offline = offline_geonames(tmp_path)
    rows = wikidata_client(server, offline).city_population(city_links())
    expected = offline.city_population(city_links())
    assert set(zip(rows["city_id"], rows["population"], strict=True)) == set(
        zip(expected["city_id"], expected["population"], strict=True)
    )
    assert rows["source"].str.startswith(FALLBACK_NOTE).all()


def test_wikidata_error_page_is_fetch_error(server: ReplayServer, tmp_path: Path) -> None:
    server.routes[SPARQL] = [
        Reply(b"<html><body>Query timeout</body></html>", status=500, content_type="text/html")
    ]
    with pytest.raises(FetchError, match="Wikidata SPARQL: HTTP 500"):
        wikidata_client(server, offline_geonames(tmp_path)).city_population(city_links())


def test_wikidata_refuses_an_anonymous_user_agent(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not descriptive"):
        WikidataCityProper(
            "http://127.0.0.1:9/sparql",
            make_session("python-requests/2.32"),
            user_agent="python-requests/2.32",
            timeout=1.0,
            fallback=offline_geonames(tmp_path),
        )


# --- refresh through the live client ------------------------------------------------------------


def previous_snapshot(population_dir: Path) -> Path:
    """A 2026-03-06 World Bank snapshot (GBR 2024 differs from the API by > 1 %) + aggregates."""
    worldbank = population_dir / "worldbank"
    snapshot = worldbank / "2026-03-06" / "worldbank_SP.POP.TOTL.csv"
    snapshot.parent.mkdir(parents=True)
    snapshot.write_text(
        "Country Name,Country Code,Year,Value\n"
        "Aruba,ABW,2023,107359\nAruba,ABW,2024,107624\n"
        "France,FRA,2024,68516699\n"
        "United Kingdom,GBR,2023,68350000\nUnited Kingdom,GBR,2024,68000000\n"
        "World,WLD,2024,8141808945\n",
        encoding="utf-8",
    )
    aggregates = worldbank / "aggregates.csv"
    aggregates.write_text("Country Code,Country Name\nWLD,World\nAFE,Africa Eastern\n")
    for path in (snapshot, aggregates):
        write_provenance(
            path,
            Provenance(
                source_url="https://example.org/previous",
                retrieved_at="2026-03-06",
                licence="CC BY 4.0",
                sha256=sha256_hex(path.read_bytes()),
            ),
        )
    return snapshot.parent


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


NOW = datetime(2026, 11, 26, 5, 0, tzinfo=UTC)


def test_refresh_writes_a_new_snapshot_and_reports_changes(
    server: ReplayServer, tmp_path: Path
) -> None:
    serve_worldbank(server)
    previous_snapshot(tmp_path)
    report = refresh_population(tmp_path, worldbank_client(server), None, None, now=NOW)
    new_file = tmp_path / "worldbank" / "2026-11-26" / "worldbank_SP.POP.TOTL.csv"
    provenance = read_provenance(new_file)  # verifies the sha256 too
    assert provenance.row_count == len(expected_worldbank_rows())
    assert provenance.source_url.startswith(server.url + "/v2/country/all/indicator/SP.POP.TOTL")
    assert provenance.retrieved_at == "2026-11-26T05:00:00+00:00"
    assert report.countries_added == []
    assert report.countries_removed == ["FRA"]
    assert [(c.entity_id, c.year, c.previous, c.current) for c in report.country_changes] == [
        ("GBR", 2024, 68000000, 69226000)
    ]
    assert "FRA" in report.summary() and "\n" not in report.summary()
    reread = WorldBankSnapshot(tmp_path).country_population()
    assert as_tuples(reread) == expected_worldbank_rows()
    assert set(reread["source"]) == {"World Bank WDI SP.POP.TOTL (snapshot 2026-11-26)"}


@pytest.mark.parametrize(
    "broken",
    [
        Reply(b'[{"page":2,"pages":2,"per_page":3,"total":6},[{"indicator"'),
        Reply(b"busy", status=503, content_type="text/plain"),
        fixture("worldbank/error_120.json"),
    ],
    ids=["truncated-page-2", "503-page-2", "error-body-page-2"],
)
def test_refresh_failure_writes_nothing(
    server: ReplayServer, tmp_path: Path, sleeps: list[float], broken: Reply
) -> None:
    serve_worldbank(server)
    server.routes[INDICATOR] = lambda query: (
        indicator_pages(query) if query["page"] == "1" else broken
    )
    previous = previous_snapshot(tmp_path)
    before = tree(tmp_path)
    with pytest.raises(FetchError):
        refresh_population(tmp_path, worldbank_client(server, retries=1), None, None, now=NOW)
    assert tree(tmp_path) == before
    assert sorted(p.name for p in (tmp_path / "worldbank").iterdir()) == [
        previous.name,
        "aggregates.csv",
        "aggregates.csv.provenance.json",
    ]
    assert WorldBankSnapshot(tmp_path).snapshot_file().parent == previous
