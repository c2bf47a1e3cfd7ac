"""Combining ingest batches: a document read twice counts once; manual claims win."""

from __future__ import annotations

from cctv_density.ingest import IngestBatch, batched, combine_batches
from cctv_density.model import Claim, Document


def document(document_id: str) -> Document:
    return Document(
        document_id=document_id,
        doc=document_id,
        source=document_id,
        media_type="text/plain",
        text="x",
    )


def claim(document_id: str, value: float, source: str = "extracted") -> Claim:
    return Claim(
        document_id=document_id,
        doc=document_id,
        entity_kind="country",
        entity_name="Germany",
        name_as_written="Germany",
        country_iso3="DEU",
        city_id=None,
        metric="camera_count",
        value=value,
        qualifier="over",
        year=None,
        quote="q",
        start=0,
        end=1,
        source=source,
    )


def test_a_document_read_twice_counts_once() -> None:
    first = IngestBatch(documents=[document("a")], claims=[claim("a", 5e6)], skipped=["x: empty"])
    again = IngestBatch(documents=[document("a"), document("b")], claims=[claim("a", 5e6)])
    combined = combine_batches([first, again], manual_claims=[])
    assert [d.document_id for d in combined.documents] == ["a", "b"]
    assert len(combined.claims) == 1
    assert combined.skipped == ["x: empty"]


def test_manual_claim_replaces_the_extracted_one_for_the_same_place_and_metric() -> None:
    batch = IngestBatch(documents=[document("a")], claims=[claim("a", 5e6)])
    manual = claim("a", 5.2e6, source="manual:manual.csv:2")
    combined = combine_batches([batch], manual_claims=[manual])
    assert [(c.value, c.source) for c in combined.claims] == [(5.2e6, "manual:manual.csv:2")]


def test_batches_keep_order_and_size() -> None:
    assert batched([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
