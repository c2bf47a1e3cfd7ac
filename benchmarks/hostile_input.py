"""Feed hostile documents to the reader and extractor; print time, peak memory and outcome.

Usage: uv run python benchmarks/hostile_input.py [--only NAME ...] [--timeout 300]

Each case is written to a temporary file, then read (`read_document`) and extracted
(`extract_claims`) in a fresh child process, so the peak resident memory reported is that
case's alone. The outcome is either the number of claims or the one-line DocumentError.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from cctv_density.settings import Settings

#: One paragraph in the dev set's style: figures, places and distractors.
SAMPLE_PARAGRAPH = (
    "London has about 627,707 cameras, or 68.4 cameras for every 1,000 Londoners. "
    "In India, Hyderabad has 3,91,000 CCTV cameras and Delhi more than 2.75 lakh. "
    "The US and Germany have 50 million and 5.2 million cameras, respectively. "
    "The city of 3,891,127 people spent $2.4 billion; crime fell 13% in 2019.\n\n"
)


def big_document(megabytes: int) -> bytes:
    repeats = megabytes * 1_000_000 // len(SAMPLE_PARAGRAPH.encode()) + 1
    return (SAMPLE_PARAGRAPH * repeats).encode("utf-8")


def long_digit_run(digits: int) -> bytes:
    return (
        "Moscow has " + "7" * digits + " cameras. Paris has 4,500 cameras.\n" + SAMPLE_PARAGRAPH
    ).encode("utf-8")


def one_long_line(megabytes: int) -> bytes:
    sentence = SAMPLE_PARAGRAPH.replace("\n", " ")
    return (sentence * (megabytes * 1_000_000 // len(sentence) + 1)).encode("utf-8")


def with_nul_bytes(kilobytes: int) -> bytes:
    text = SAMPLE_PARAGRAPH * (kilobytes * 1000 // len(SAMPLE_PARAGRAPH) + 1)
    return text.encode("utf-8").replace(b" ", b"\x00", 500)


def invalid_utf8(kilobytes: int) -> bytes:
    body = SAMPLE_PARAGRAPH.encode("utf-8") * (kilobytes * 1000 // len(SAMPLE_PARAGRAPH) + 1)
    # Lone continuation bytes and a truncated multi-byte sequence every few hundred bytes.
    chunks = [body[i : i + 300] + b"\x80\xfe\xc3" for i in range(0, len(body), 300)]
    return b"".join(chunks)


def html_full_of_scripts(megabytes: int) -> bytes:
    script = (
        "<script>var stats = {'London': '999,999 cameras', 'China': '7 billion cameras'};"
        + "x = '"
        + "9" * 2000
        + "';</script>\n"
    )
    count = megabytes * 1_000_000 // len(script) + 1
    return (
        "<html><head><title>Scripts</title>"
        + script * (count // 2)
        + "</head><body><p>Berlin has 20,000 cameras.</p>"
        + script * (count // 2)
        + "</body></html>"
    ).encode("utf-8")


def deeply_nested_html(depth: int) -> bytes:
    return (
        "<html><body>"
        + "<div>" * depth
        + "<p>Seoul has 77,564 cameras.</p>"
        + "</div>" * depth
        + "</body></html>"
    ).encode("utf-8")


def many_bare_numbers(megabytes: int) -> bytes:
    numbers = " ".join(f"{n:,}" for n in range(1, 200_000))
    text = "Cameras in China: " + numbers + "\n"
    return (text * (megabytes * 1_000_000 // len(text) + 1)).encode("utf-8")


#: name → (file suffix, byte builder)
CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "50 MB document": (".txt", lambda: big_document(50)),
    "100,000 digits in a row": (".txt", lambda: long_digit_run(100_000)),
    "1 MB single line": (".txt", lambda: one_long_line(1)),
    "NUL bytes": (".txt", lambda: with_nul_bytes(200)),
    "invalid UTF-8": (".txt", lambda: invalid_utf8(200)),
    "HTML full of scripts (10 MB)": (".html", lambda: html_full_of_scripts(10)),
    "HTML nested 5,000 deep": (".html", lambda: deeply_nested_html(5_000)),
    "5 MB of bare numbers": (".txt", lambda: many_bare_numbers(5)),
}


def peak_rss_megabytes() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case_in_this_process(path: Path) -> dict[str, object]:
    """Read and extract one file; return timings, memory and outcome as plain values."""
    from cctv_density.documents import read_document
    from cctv_density.errors import CctvDensityError
    from cctv_density.extract import extract_claims
    from cctv_density.gazetteer import load_gazetteer
    from cctv_density.population.wup import WupSnapshot

    settings = Settings()
    gazetteer = load_gazetteer(WupSnapshot(settings.population_dir).snapshot_file())
    baseline_mb = peak_rss_megabytes()
    started = time.perf_counter()
    try:
        document = read_document(path, max_bytes=settings.max_document_bytes)
        read_seconds = time.perf_counter() - started
        extraction = extract_claims(document, gazetteer)
        outcome = f"{len(extraction.claims)} claims from {len(document.text):,} chars"
    except CctvDensityError as exc:
        read_seconds = time.perf_counter() - started
        outcome = f"{type(exc).__name__}: {exc.one_line()[:90]}"
    return {
        "seconds": time.perf_counter() - started,
        "read_seconds": read_seconds,
        "baseline_mb": baseline_mb,
        "peak_mb": peak_rss_megabytes(),
        "outcome": outcome,
    }


def run_case(name: str, directory: Path, timeout: float) -> dict[str, object]:
    suffix, build = CASES[name]
    path = directory / ("case" + suffix)
    payload = build()
    path.write_bytes(payload)
    command = [sys.executable, __file__, "--child", str(path)]
    try:
        finished = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"name": name, "bytes": len(payload), "outcome": f"HUNG (> {timeout:g} s)"}
    finally:
        path.unlink(missing_ok=True)
    if finished.returncode != 0:
        last = (finished.stderr.strip().splitlines() or ["?"])[-1]
        return {"name": name, "bytes": len(payload), "outcome": f"CRASHED: {last[:100]}"}
    return {"name": name, "bytes": len(payload), **json.loads(finished.stdout)}


def format_row(result: dict[str, object]) -> str:
    seconds = result.get("seconds")
    timing = f"{seconds:8.2f}" if isinstance(seconds, float) else f"{'-':>8}"
    peak = result.get("peak_mb")
    baseline = result.get("baseline_mb")
    memory = (
        f"{peak:7.0f} (+{peak - baseline:5.0f})"
        if isinstance(peak, float) and isinstance(baseline, float)
        else f"{'-':>15}"
    )
    size = int(str(result["bytes"])) / 1_000_000
    return f"{result['name']:<30}{size:9.2f}{timing}  {memory}  {result['outcome']}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Hostile inputs for reader + extractor.")
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), help="run these cases")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per case")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(run_case_in_this_process(args.child)))
        return 0
    print(
        f"{'case':<30}{'MB':>9}{'seconds':>8}  {'peak RSS MB (+case)':>15}  outcome"
        " (seconds = read + extract; memory = child process peak, + over gazetteer baseline)"
    )
    with tempfile.TemporaryDirectory(prefix="cctv-hostile-") as tmp:
        for name in args.only or list(CASES):
            print(format_row(run_case(name, Path(tmp), args.timeout)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
