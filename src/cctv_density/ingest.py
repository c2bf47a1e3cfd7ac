"""Turn document sources into claim, mention and document rows, a batch at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TypeVar

import duckdb
import pandas as pd

from cctv_density.build import load_raw_table
from cctv_density.claims_io import merge_manual_claims
from cctv_density.documents import DocumentSource, read_documents
from cctv_density.extract import extract_claims
from cctv_density.gazetteer import Gazetteer
from cctv_density.model import Claim, Document, Mention

T = TypeVar("T")


@dataclass
class IngestBatch:
    """What one batch of sources gave: documents read, their claims and mentions, and the
    one-line reasons for the sources that were skipped."""

    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def batched(items: Sequence[T], size: int) -> list[list[T]]:
    """Consecutive batches of at most `size` items (order kept, so results are deterministic)."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def ingest_batch(
    sources: Sequence[DocumentSource],
    gazetteer: Gazetteer,
    *,
    max_bytes: int,
    timeout: float,
    user_agent: str,
    max_total_seconds: float | None = None,
) -> IngestBatch:
    """Read every source of the batch and extract its claims; unreadable ones are skipped."""
    documents, errors = read_documents(
        sources,
        max_bytes=max_bytes,
        timeout=timeout,
        user_agent=user_agent,
        max_total_seconds=max_total_seconds,
    )
    batch = IngestBatch(skipped=[error.one_line() for error in errors])
    for document in documents:
        extraction = extract_claims(document, gazetteer)
        batch.documents.append(document)
        batch.claims.extend(extraction.claims)
        batch.mentions.extend(extraction.mentions)
    return batch


def combine_batches(batches: Iterable[IngestBatch], manual_claims: Sequence[Claim]) -> IngestBatch:
    """One result from many batches: a document read twice (same sha256) counts once, and
    hand-made claims replace extracted ones for the same document, place and metric."""
    combined = IngestBatch()
    seen: set[str] = set()
    for batch in batches:
        combined.skipped.extend(batch.skipped)
        fresh = {d.document_id for d in batch.documents if d.document_id not in seen}
        combined.documents.extend(d for d in batch.documents if d.document_id in fresh)
        combined.claims.extend(c for c in batch.claims if c.document_id in fresh)
        combined.mentions.extend(m for m in batch.mentions if m.document_id in fresh)
        seen |= fresh
    combined.claims = merge_manual_claims(combined.claims, manual_claims)
    return combined


def documents_frame(documents: Sequence[Document]) -> pd.DataFrame:
    """raw.documents rows (the text itself is summarised by its length, not stored)."""
    rows = []
    for document in documents:
        row = asdict(document)
        row["char_count"] = len(row.pop("text"))
        rows.append(row)
    return pd.DataFrame(rows)


def claims_frame(claims: Sequence[Claim]) -> pd.DataFrame:
    """raw.claims rows (without reference years: enrich adds them)."""
    return pd.DataFrame([claim.as_row() for claim in claims], columns=list(Claim.__slots__))


def mentions_frame(mentions: Sequence[Mention]) -> pd.DataFrame:
    """raw.mentions rows (without reference years: enrich adds them)."""
    return pd.DataFrame([m.as_row() for m in mentions], columns=list(Mention.__slots__))


def store_ingest(con: duckdb.DuckDBPyConnection, result: IngestBatch) -> None:
    """Load documents, claims and mentions into the build's raw tables."""
    load_raw_table(con, "raw.documents", documents_frame(result.documents))
    load_raw_table(con, "raw.claims", claims_frame(result.claims))
    load_raw_table(con, "raw.mentions", mentions_frame(result.mentions))
