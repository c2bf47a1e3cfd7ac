"""Benchmark: the whole pipeline (through Prefect) on thousands of generated documents.

Prints documents/s, claims, wall time per step and peak memory. Documents are the dev-set
articles repeated with their numbers varied (deterministic seed), so every one is distinct.

    uv run python benchmarks/pipeline_scale.py --documents 2000
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import tempfile
import time
from pathlib import Path
from typing import Any, cast

import flows  # noqa: F401  (quiet Prefect before it is imported)
from cctv_density.settings import PROJECT_ROOT

DEVSET = PROJECT_ROOT / "tests" / "fixtures" / "devset"
#: Numbers of 3+ digits other than years (19xx/20xx): their last digit is varied (never to 0).
NUMBER = re.compile(r"\b(?!(?:19|20)\d\d\b)\d{3,}")


def generate(target: Path, count: int, seed: int) -> int:
    """Write `count` documents varied from the dev-set articles; returns bytes written."""
    rng = random.Random(seed)
    sources = sorted(p for p in DEVSET.iterdir() if p.suffix in {".txt", ".md", ".html"})
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in sources]
    written = 0
    for number in range(count):
        suffix, text = texts[number % len(texts)]
        # Only the last digit changes, so every figure keeps its magnitude (and plausibility).
        varied = NUMBER.sub(lambda m: m.group()[:-1] + str(rng.randint(1, 9)), text)
        path = target / f"doc-{number:05d}{suffix}"
        path.write_text(varied, encoding="utf-8")
        written += len(varied.encode("utf-8"))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        documents = root / "documents"
        documents.mkdir()
        size = generate(documents, arguments.documents, arguments.seed)
        os.environ["CCTV_DENSITY_WAREHOUSE_PATH"] = str(root / "warehouse" / "cctv.duckdb")
        from flows.pipeline import pipeline
        from flows.runtime import fast_flow_runs, install_log_filters

        install_log_filters()
        started = time.perf_counter()
        with fast_flow_runs():
            state = pipeline(
                documents=[str(documents)], batch_size=arguments.batch_size, return_state=True
            )
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if not state.is_completed():
            raise SystemExit(f"pipeline failed: {state.message}")
        summary = cast(dict[str, Any], state.result())
        print(f"documents           {summary['documents']:,} ({size / 1e6:.1f} MB)")
        print(f"claims              {summary['claims']:,}")
        print(f"mentions            {summary['mentions']:,}")
        print(f"wall time           {seconds:.1f} s (Prefect start-up included)")
        print(f"documents per s     {summary['documents'] / seconds:,.1f}")
        print(f"peak memory         {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
