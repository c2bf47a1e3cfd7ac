"""HTTP plumbing shared by the live population clients: a retrying session and a JSON getter.

Retries live in urllib3 (`Retry` on the session's adapters), not in hand-written loops:
429/5xx and connection/read failures are retried with exponential backoff, a server's
Retry-After is honoured up to `max_wait_per_retry` seconds, and every sleep is capped by
the same figure. One `get_json` call therefore spends at most about
(retries + 1) × timeout + retries × max_wait_per_retry seconds; callers add a deadline
across calls (`Deadline`) for the total.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from cctv_density.errors import FetchError

#: Statuses worth another try: rate limiting and transient server trouble.
RETRY_STATUSES: frozenset[int] = frozenset({429, 500, 502, 503, 504})


def make_session(
    user_agent: str,
    *,
    retries: int = 4,
    backoff: float = 0.5,
    max_wait_per_retry: float = 30.0,
) -> requests.Session:
    """A session that identifies itself and retries idempotent requests with backoff."""
    retry = Retry(
        total=retries,
        backoff_factor=backoff,
        backoff_max=max_wait_per_retry,
        retry_after_max=max(1, int(max_wait_per_retry)),
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
        # Hand the last response back instead of raising, so the error names the status.
        raise_on_status=False,
    )
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent
    return session


@dataclass
class Deadline:
    """A wall-clock budget shared by the requests of one fetch (several pages)."""

    seconds: float
    started: float = field(default_factory=time.monotonic)

    def remaining(self) -> float:
        return self.seconds - (time.monotonic() - self.started)

    def timeout_for(self, timeout: float, *, url: str) -> float:
        """The per-request timeout, shrunk to what is left; FetchError once it is spent."""
        left = self.remaining()
        if left <= 0:
            raise FetchError(f"gave up after {self.seconds:g} s (total wait budget)", path=url)
        return min(timeout, left)


def get_json(
    session: requests.Session,
    url: str,
    *,
    params: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
    timeout: float,
    what: str,
) -> Any:
    """GET `url` and parse its JSON body; any failure is one FetchError naming `what`."""
    try:
        response = session.get(url, params=params, headers=headers, timeout=timeout)
        body = response.content  # read it all here: a cut-off body fails inside this try
    except requests.exceptions.RequestException as exc:
        raise FetchError(f"{what}: {_failure(exc, timeout)}", path=url) from None
    shown_url = response.url or url
    if response.status_code != 200:
        raise FetchError(
            f"{what}: HTTP {response.status_code} {response.reason or ''}".rstrip()
            + _body_hint(body),
            path=shown_url,
        )
    text = body.decode("utf-8", errors="replace").lstrip("\ufeff")
    stripped = text.lstrip()
    if stripped.startswith("<"):
        raise FetchError(f"{what}: {_markup_message(stripped)}", path=shown_url)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FetchError(
            f"{what}: body is not valid JSON ({exc.msg} at char {exc.pos} of {len(text)};"
            " truncated?)",
            path=shown_url,
        ) from None


def _failure(exc: requests.exceptions.RequestException, timeout: float) -> str:
    """What went wrong, in words: requests and urllib3 nest their exceptions several deep."""
    innermost: BaseException = exc
    for _ in range(6):
        if innermost.args and isinstance(innermost.args[0], BaseException):
            innermost = innermost.args[0]
        elif isinstance(getattr(innermost, "reason", None), BaseException):
            innermost = innermost.reason  # type: ignore[attr-defined]
        else:
            break
    detail = " ".join(str(innermost).split())[:200]
    retried = isinstance(exc, requests.exceptions.RetryError) or "Max retries" in str(exc)
    after = " after retries" if retried else ""
    # NewConnectionError subclasses ConnectTimeoutError, yet it means "refused", not "silent".
    if isinstance(innermost, urllib3.exceptions.NewConnectionError):
        return f"cannot connect{after} ({detail})"
    if isinstance(innermost, TimeoutError | urllib3.exceptions.TimeoutError):
        return f"no answer within {timeout:g} s{after}"
    if isinstance(exc, requests.exceptions.RetryError):
        return f"gave up after retries ({detail})"
    if isinstance(exc, requests.exceptions.ChunkedEncodingError | urllib3.exceptions.ProtocolError):
        return f"connection closed before the whole body arrived ({detail})"
    if isinstance(exc, requests.exceptions.ConnectionError):
        return f"cannot connect{after} ({detail})"
    return f"request failed ({detail})"


def _body_hint(body: bytes) -> str:
    snippet = " ".join(body[:120].decode("utf-8", errors="replace").split())
    return f" (body starts {snippet!r})" if snippet else ""


def _markup_message(text: str) -> str:
    """Why an XML or HTML body is not the JSON we asked for, with the server's message."""
    head = text[:200].lower()
    if "<html" in head or "<!doctype html" in head:
        return "returned an HTML page, not JSON" + _body_hint(text.encode())
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return "returned XML, not JSON" + _body_hint(text.encode())
    # The World Bank API answers some errors as <wb:error><wb:message id=… key=…>text…
    messages = [
        " ".join(
            part
            for part in (element.get("id"), element.get("key"), (element.text or "").strip())
            if part
        )
        for element in root.iter()
        if element.tag.rsplit("}", 1)[-1] == "message"
    ]
    detail = "; ".join(m for m in messages if m) or _body_hint(text.encode()).strip()
    return f"returned an XML error, not JSON: {detail}"
