"""Plain records passed between the pipeline's stages (no I/O, no Prefect)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityKind = Literal["country", "city"]

#: Metrics a claim can state, normalised.
METRICS: tuple[str, ...] = (
    "camera_count",
    "people_per_camera",
    "cameras_per_1000_people",
    "cameras_per_sq_km",
    "cameras_per_sq_mile",
)

#: How the text qualified a figure.
QUALIFIERS: tuple[str, ...] = (
    "exact",
    "estimated",
    "about",
    "over",
    "under",
    "range_low",
    "range_high",
)

#: Column order of `cctv-density extract --format csv|jsonl` (issue 3).
EXTRACT_COLUMNS: tuple[str, ...] = (
    "doc",
    "entity_name",
    "entity_kind",
    "country_iso3",
    "city_id",
    "metric",
    "value",
    "qualifier",
    "year",
    "quote",
    "start",
    "end",
)


def sha256_hex(data: bytes) -> str:
    """Hex sha256 of bytes: the identity of a document and of a raw file."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """One input document, already decoded and normalised to plain text.

    `text` is the normalised text every claim's `start:end` indexes into.
    `document_id` is the sha256 of the raw bytes as read (before normalisation).
    """

    document_id: str
    doc: str  # file name without extension, or the URL
    source: str  # path or URL it was read from
    media_type: str  # text/plain, text/markdown, text/html
    text: str
    title: str | None = None
    published_date: str | None = None  # ISO date if known
    retrieved_at: str | None = None  # ISO timestamp if known (provenance sidecar / HTTP)
    source_url: str | None = None  # from the provenance sidecar, if any
    licence: str | None = None
    year: int | None = None  # the document's year (published date), if known


@dataclass(frozen=True, slots=True)
class Claim:
    """One camera figure stated in a document, resolved to a place."""

    document_id: str
    doc: str
    entity_kind: EntityKind
    entity_name: str  # normalised English name ("United Kingdom", "London")
    name_as_written: str  # as the text wrote it ("the UK", "Londoners")
    country_iso3: str
    city_id: str | None  # "wup-<UN city code>" or "gn-<geonames id>"; None for countries
    metric: str  # one of METRICS
    value: float
    qualifier: str  # one of QUALIFIERS
    year: int | None
    quote: str  # exactly text[start:end] of the normalised document text
    start: int
    end: int
    source: str = "extracted"  # "extracted" or "manual:<file>"
    claim_id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.claim_id:
            object.__setattr__(self, "claim_id", claim_id_for(self))

    def as_row(self) -> dict[str, Any]:
        return asdict(self)


def claim_id_for(claim: Claim) -> str:
    """Deterministic id: same document, place, metric, value, qualifier and span → same id."""
    key = "|".join(
        str(part)
        for part in (
            claim.document_id,
            claim.entity_kind,
            claim.country_iso3,
            claim.city_id or "",
            claim.metric,
            repr(float(claim.value)),
            claim.qualifier,
            claim.start,
            claim.end,
            claim.source,
        )
    )
    return hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Mention:
    """A country or city the document names without any figure for it."""

    document_id: str
    doc: str
    entity_kind: EntityKind
    entity_name: str
    name_as_written: str
    country_iso3: str
    city_id: str | None
    quote: str  # the sentence (or heading) of the first mention
    start: int
    end: int

    def as_row(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractor found in one document."""

    claims: list[Claim]
    mentions: list[Mention]
