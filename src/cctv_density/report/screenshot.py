"""Take a PNG screenshot of a report with headless Chromium, offline and with a fresh profile."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from cctv_density.errors import CctvDensityError

DEFAULT_CHROMIUM = "/usr/bin/chromium"
WINDOW_SIZE = (1280, 2400)
TIMEOUT_SECONDS = 120.0


def chromium_path() -> str:
    """The Chromium binary: /usr/bin/chromium (Debian package), else `chromium` on PATH."""
    if Path(DEFAULT_CHROMIUM).exists():
        return DEFAULT_CHROMIUM
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        raise CctvDensityError(
            "chromium is not installed (apt-get install chromium)", value=DEFAULT_CHROMIUM
        )
    return found


#: Chromium still starts update, clock and account requests of its own despite
#: --disable-background-networking: names never resolve and every non-loopback connection
#: goes to a closed loopback port, so nothing leaves the machine.
OFFLINE_FLAGS: tuple[str, ...] = (
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--no-pings",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,"
    "AutofillServerCommunication,CertificateTransparencyComponentUpdater",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=http://127.0.0.1:9",
)


@cache
def network_isolation_prefix() -> tuple[str, ...]:
    """`unshare --net` (an empty network namespace) where this machine allows it.

    Inside it Chromium has no route anywhere, so even the requests it makes of its own accord
    cannot leave the machine; where namespaces are not allowed, OFFLINE_FLAGS still apply.
    """
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    for prefix in ((unshare, "--net"), (unshare, "--net", "--map-root-user")):
        try:
            probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=10, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return prefix
    return ()


def headless_chromium_command(user_data_dir: Path, *extra: str) -> list[str]:
    """Chromium headless, offline (network namespace + OFFLINE_FLAGS), throwaway profile."""
    return [
        *network_isolation_prefix(),
        chromium_path(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--hide-scrollbars",
        *OFFLINE_FLAGS,
        f"--user-data-dir={user_data_dir}",
        *extra,
    ]


def run_headless_chromium(
    user_data_dir: Path, *extra: str, timeout: float = TIMEOUT_SECONDS
) -> subprocess.CompletedProcess[str]:
    """Run Chromium once; a failure is a one-line CctvDensityError."""
    command = headless_chromium_command(user_data_dir, *extra)
    try:
        completed = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise CctvDensityError(
            f"chromium did not finish within {timeout:g} s", value=" ".join(extra)
        ) from None
    if completed.returncode != 0:
        last_line = (completed.stderr.strip().splitlines() or ["no output"])[-1]
        raise CctvDensityError(
            f"chromium exited with {completed.returncode}: {last_line}", value=" ".join(extra)
        )
    return completed


def screenshot_report(
    html_path: Path, png_path: Path, *, window_size: tuple[int, int] = WINDOW_SIZE
) -> Path:
    """Render `html_path` in headless Chromium and save a PNG of the top of the page."""
    if not html_path.is_file():
        raise CctvDensityError("report file not found", path=str(html_path))
    png_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cctv-chromium-") as profile:
        run_headless_chromium(
            Path(profile),
            f"--window-size={window_size[0]},{window_size[1]}",
            f"--screenshot={png_path.resolve()}",
            html_path.resolve().as_uri(),
        )
    if not png_path.is_file():
        raise CctvDensityError("chromium wrote no screenshot", path=str(png_path))
    return png_path
