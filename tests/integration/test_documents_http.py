"""Fetching documents over HTTP against a local server that replays real response shapes."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from cctv_density.documents import (
    DocumentSource,
    discover_documents,
    fetch_document,
    read_documents,
)
from cctv_density.errors import DocumentError, FetchError
from cctv_density.model import sha256_hex

pytestmark = pytest.mark.timeout(20)

HTML_PAGE = (
    b"<!doctype html><html><head><title>CCTV in London</title>"
    b'<meta property="article:published_time" content="2024-03-01T08:00:00Z"></head>'
    b"<body><nav>Home | World</nav><article><h1>CCTV in London</h1>"
    b"<p>London has 942,562 cameras.</p></article></body></html>"
)
PLAIN_LATIN1 = "Zürich has 1 000 cameras.\r\n".encode("latin-1")
CAP = 50_000
USER_AGENT = "cctv-density-test/1.0"


class Handler(BaseHTTPRequestHandler):
    """Routes for each behaviour under test; `release` ends the hanging one at teardown."""

    release = threading.Event()
    seen_user_agents: list[str] = []  # noqa: RUF012 (shared with the test on purpose)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean

    def _send(self, status: int, content_type: str | None, body: bytes) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.seen_user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/page.html":
            self._send(200, "text/html; charset=utf-8", HTML_PAGE)
        elif self.path == "/notes.txt":
            self._send(200, "text/plain; charset=ISO-8859-1", PLAIN_LATIN1)
        elif self.path == "/readme.md":
            self._send(200, "text/plain", b"# Heading\n\nSome **bold** text.")
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.7\n...")
        elif self.path == "/declared-too-big":
            self._send(200, "text/plain", b"x" * (CAP + 1))
        elif self.path == "/endless":
            # No Content-Length: only reading the stream can tell it is too big, and it never
            # ends, so a client that reads everything hangs and the test times out.
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            chunk = b"cameras " * 1024
            try:
                while not self.release.is_set():
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client hung up, as it should
        elif self.path == "/missing":
            self._send(404, "text/html", b"<h1>Not Found</h1>")
        elif self.path == "/hang":
            self.release.wait(30)  # never answers within the client's timeout
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/page.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/meta-charset.html":
            body = '<html><head><meta charset="windows-1252"></head><p>Café – 5 cameras</p>'
            self._send(200, "text/html", body.encode("cp1252"))
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                while not self.release.wait(0.05):  # a few bytes often enough to dodge timeouts
                    self.wfile.write(b"cameras ")
                    self.wfile.flush()
            except OSError:
                pass
        elif self.path == "/chunked":
            self.protocol_version = "HTTP/1.1"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
            self.end_headers()
            for part in (b"Tokyo has ", b"50,000 ", "cameras – reportedly.".encode()):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        elif self.path in ("/gzip", "/gzip-bomb"):
            text = b"Seoul has 77,000 cameras." if self.path == "/gzip" else b"x" * (CAP * 20)
            body = gzip.compress(text)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/no-type":
            self._send(200, None, b"<html><body><p>Sniffed as HTML.</p></body></html>")
        else:
            self._send(500, "text/plain", b"unexpected path")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        Handler.release.set()
        server.shutdown()
        server.server_close()


def test_html_page(base_url: str) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    document = fetch_document(
        f"{base_url}/page.html", timeout=2.0, max_bytes=CAP, user_agent=USER_AGENT
    )
    assert document.document_id == sha256_hex(HTML_PAGE)
    assert document.doc == f"{base_url}/page.html"
    assert document.source_url == f"{base_url}/page.html"
    assert document.media_type == "text/html"
    assert document.text == "CCTV in London\nLondon has 942,562 cameras."
    assert document.title == "CCTV in London"
    assert (document.published_date, document.year) == ("2024-03-01", 2024)
    assert document.retrieved_at is not None
    retrieved = datetime.fromisoformat(document.retrieved_at.replace("Z", "+00:00"))
    assert before <= retrieved <= datetime.now(UTC) + timedelta(seconds=1)
    assert USER_AGENT in Handler.seen_user_agents


def test_plain_text_uses_the_declared_charset(base_url: str) -> None:
    document = fetch_document(
        f"{base_url}/notes.txt", timeout=2.0, max_bytes=CAP, user_agent=USER_AGENT
    )
    assert document.media_type == "text/plain"
    assert document.text == "Zürich has 1 000 cameras.\n"


def test_markdown_served_as_text_plain_is_read_as_markdown(base_url: str) -> None:
    document = fetch_document(
        f"{base_url}/readme.md", timeout=2.0, max_bytes=CAP, user_agent=USER_AGENT
    )
    assert document.media_type == "text/markdown"
    assert document.text == "Heading\n\nSome bold text."


def test_html_meta_charset_is_used_when_the_header_has_none(base_url: str) -> None:
    document = fetch_document(
        f"{base_url}/meta-charset.html", timeout=2.0, max_bytes=CAP, user_agent=USER_AGENT
    )
    assert document.text == "Café – 5 cameras"


def test_a_trickling_download_is_cut_by_the_total_deadline(base_url: str) -> None:
    url = f"{base_url}/trickle"
    with pytest.raises(FetchError, match="download took too long") as caught:
        fetch_document(
            url, timeout=2.0, max_bytes=CAP, user_agent=USER_AGENT, max_total_seconds=0.3
        )
    assert url in str(caught.value)


def test_chunked_transfer_encoding(base_url: str) -> None:
    document = fetch_document(
        f"{base_url}/chunked", timeout=2.0, max_bytes=CAP, user_agent=USER_AGENT
    )
    assert document.text == "Tokyo has 50,000 cameras – reportedly."


def test_gzip_bodies_are_decoded_and_capped_after_decoding(base_url: str) -> None:
    document = fetch_document(f"{base_url}/gzip", timeout=2.0, max_bytes=CAP, user_agent="t")
    assert document.text == "Seoul has 77,000 cameras."
    with pytest.raises(FetchError, match=f"larger than {CAP} bytes"):
        fetch_document(f"{base_url}/gzip-bomb", timeout=2.0, max_bytes=CAP, user_agent="t")


def test_missing_content_type_is_sniffed(base_url: str) -> None:
    document = fetch_document(
        f"{base_url}/no-type", timeout=2.0, max_bytes=CAP, user_agent=USER_AGENT
    )
    assert (document.media_type, document.text) == ("text/html", "Sniffed as HTML.")


def test_redirect_is_followed_and_the_final_url_recorded(base_url: str) -> None:
    document = fetch_document(
        f"{base_url}/moved", timeout=2.0, max_bytes=CAP, user_agent=USER_AGENT
    )
    assert document.doc == f"{base_url}/moved"
    assert document.source_url == f"{base_url}/page.html"
    assert document.text.endswith("London has 942,562 cameras.")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/report.pdf", "unsupported content type 'application/pdf'"),
        ("/declared-too-big", f"larger than {CAP} bytes (Content-Length {CAP + 1})"),
        ("/endless", f"larger than {CAP} bytes (stopped reading)"),
        ("/missing", "HTTP 404 Not Found"),
    ],
)
def test_unusable_responses_give_one_line_errors(base_url: str, path: str, reason: str) -> None:
    url = f"{base_url}{path}"
    with pytest.raises(DocumentError) as caught:
        fetch_document(url, timeout=2.0, max_bytes=CAP, user_agent=USER_AGENT)
    message = str(caught.value)
    assert reason in message
    assert url in message
    assert "\n" not in message
    assert isinstance(caught.value, FetchError)


def test_a_server_that_never_answers_times_out(base_url: str) -> None:
    url = f"{base_url}/hang"
    with pytest.raises(DocumentError, match=r"timed out after 0\.3 s") as caught:
        fetch_document(url, timeout=0.3, max_bytes=CAP, user_agent=USER_AGENT)
    assert url in str(caught.value)


def test_nothing_listening() -> None:
    with pytest.raises(DocumentError, match="cannot connect"):
        # Port 9 (discard) on loopback: nothing listens there in the test environment.
        fetch_document("http://127.0.0.1:9/x", timeout=1.0, max_bytes=CAP, user_agent="t")


def test_read_documents_mixes_files_and_urls_and_collects_failures(
    base_url: str, tmp_path: Path
) -> None:
    local = tmp_path / "local.txt"
    local.write_text("Paris has 4,000 cameras.", encoding="utf-8")
    sources = [
        *discover_documents([local]),
        DocumentSource(f"{base_url}/page.html", is_url=True),
        DocumentSource(f"{base_url}/missing", is_url=True),
        DocumentSource(f"{base_url}/report.pdf", is_url=True),
    ]
    with requests.Session() as session:
        documents, errors = read_documents(
            sources, max_bytes=CAP, timeout=2.0, user_agent=USER_AGENT, session=session
        )
    assert [document.doc for document in documents] == ["local", f"{base_url}/page.html"]
    assert [error.path for error in errors] == [f"{base_url}/missing", f"{base_url}/report.pdf"]
