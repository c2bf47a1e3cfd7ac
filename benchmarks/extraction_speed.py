"""Measure claim-extraction throughput (MB/s, claims/s) on a large synthetic corpus, one core.

Usage: uv run python benchmarks/extraction_speed.py [--megabytes 20] [--seed 3] [--doc-kb 200]

The corpus is built deterministically from the development set's articles: paragraphs are
shuffled across documents, place names are swapped for other real places, and every figure's
digits are redrawn (years are kept), so the extractor sees the dev set's styles at volume.
The target is ≥ 5 MB/s.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from cctv_density.model import Document, sha256_hex
from cctv_density.settings import PROJECT_ROOT, Settings

#: The development sets whose styles the corpus copies (news, lists, tables, wrapped wire copy);
#: the held-out sets stay out of it.
DEVSET_DIRS = tuple(
    sorted(p for p in (PROJECT_ROOT / "tests" / "fixtures").glob("devset*") if p.is_dir())
)
TARGET_MB_PER_SECOND = 5.0

#: Real places the corpus swaps in (as an article would write them).
REPLACEMENT_PLACES: tuple[str, ...] = (
    "China",
    "India",
    "United States",
    "Brazil",
    "Nigeria",
    "Germany",
    "France",
    "Japan",
    "Mexico",
    "Kenya",
    "Argentina",
    "Egypt",
    "Poland",
    "Viet Nam",
    "Indonesia",
    "Turkey",
    "South Africa",
    "Canada",
    "Australia",
    "Peru",
    "Shanghai",
    "Mumbai",
    "Chicago",
    "Lagos",
    "Berlin",
    "Paris",
    "Tokyo",
    "Mexico City",
    "Nairobi",
    "Buenos Aires",
    "Cairo",
    "Warsaw",
    "Jakarta",
    "Istanbul",
    "Johannesburg",
    "Toronto",
    "Sydney",
    "Lima",
    "Chennai",
    "Houston",
    "Madrid",
    "Kyiv",
    "Seoul",
    "Bogotá",
    "Dhaka",
)

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_DIGIT_RUN_RE = re.compile(r"\d+")


def devset_texts(directories: Sequence[Path] = DEVSET_DIRS) -> list[str]:
    """Normalised text of every dev-set article (through the real document reader)."""
    from cctv_density.documents import read_document

    max_bytes = Settings().max_document_bytes
    paths = sorted(
        p
        for directory in directories
        for p in directory.iterdir()
        if p.suffix in (".txt", ".md", ".html") and p.name != "README.md"
    )
    return [read_document(p, max_bytes=max_bytes).text for p in paths]


def _place_pattern(texts: Sequence[str]) -> re.Pattern[str]:
    """Places that occur in the texts, longest first so "Mexico City" wins over "Mexico"."""
    present = sorted(
        {place for place in REPLACEMENT_PLACES if any(place in t for t in texts)},
        key=len,
        reverse=True,
    )
    extra = ("London", "Moscow", "Hyderabad", "Taiyuan", "Wuxi", "Shenzhen", "Delhi", "Atlanta")
    names = [*present, *extra]
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def vary_paragraph(paragraph: str, rng: random.Random, places: re.Pattern[str]) -> str:
    """Same sentence shapes with other places and other numbers (years unchanged)."""

    def new_digits(match: re.Match[str]) -> str:
        digits = match.group()
        first = str(rng.randint(1, 9)) if digits[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    def keep_years(match: re.Match[str]) -> str:
        return match.group() if _YEAR_RE.fullmatch(match.group()) else new_digits(match)

    swapped = places.sub(lambda _m: rng.choice(REPLACEMENT_PLACES), paragraph)
    return _DIGIT_RUN_RE.sub(keep_years, swapped)


def build_corpus(
    texts: Sequence[str], *, total_bytes: int, document_bytes: int, seed: int
) -> list[Document]:
    """Deterministic synthetic documents of about `document_bytes` each, `total_bytes` in all."""
    rng = random.Random(seed)
    places = _place_pattern(texts)
    paragraphs = [p for text in texts for p in text.split("\n\n") if p.strip()]
    documents: list[Document] = []
    produced = 0
    while produced < total_bytes:
        parts: list[str] = []
        size = 0
        while size < document_bytes:
            paragraph = vary_paragraph(rng.choice(paragraphs), rng, places)
            parts.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        text = "\n\n".join(parts)
        index = len(documents)
        documents.append(
            Document(
                document_id=sha256_hex(text.encode("utf-8")),
                doc=f"synthetic-{seed}-{index:04d}",
                source=f"synthetic:{seed}:{index}",
                media_type="text/plain",
                text=text,
            )
        )
        produced += size
    return documents


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Claim extraction throughput on one core.")
    parser.add_argument("--megabytes", type=float, default=20.0, help="corpus size (MB)")
    parser.add_argument("--doc-kb", type=int, default=200, help="size of each document (KB)")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)

    from cctv_density.extract import extract_claims
    from cctv_density.gazetteer import load_gazetteer
    from cctv_density.population.wup import WupSnapshot

    started = time.perf_counter()
    gazetteer = load_gazetteer(WupSnapshot(Settings().population_dir).snapshot_file())
    gazetteer_seconds = time.perf_counter() - started
    started = time.perf_counter()
    documents = build_corpus(
        devset_texts(),
        total_bytes=int(args.megabytes * 1_000_000),
        document_bytes=args.doc_kb * 1000,
        seed=args.seed,
    )
    build_seconds = time.perf_counter() - started
    corpus_bytes = sum(len(d.text.encode("utf-8")) for d in documents)

    claims = mentions = 0
    started = time.perf_counter()
    for document in documents:
        extraction = extract_claims(document, gazetteer)
        claims += len(extraction.claims)
        mentions += len(extraction.mentions)
    seconds = time.perf_counter() - started

    megabytes = corpus_bytes / 1_000_000
    rate = megabytes / seconds if seconds else float("inf")
    print(f"gazetteer load      {gazetteer_seconds:8.2f} s")
    print(f"corpus build        {build_seconds:8.2f} s  (seed {args.seed})")
    print(f"corpus              {megabytes:8.2f} MB in {len(documents)} documents")
    print(f"extraction          {seconds:8.2f} s  (one process, one core)")
    print(f"throughput          {rate:8.2f} MB/s  (target ≥ {TARGET_MB_PER_SECOND:g})")
    print(f"claims              {claims:8d}  ({claims / seconds:,.0f} claims/s)")
    print(f"mentions            {mentions:8d}")
    print("verdict             " + ("OK" if rate >= TARGET_MB_PER_SECOND else "BELOW TARGET"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
