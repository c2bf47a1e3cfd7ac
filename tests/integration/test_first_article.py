"""Acceptance: the shipped first article yields exactly the expected claims and mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from cctv_density.extract import extract_claims
from cctv_density.gazetteer import load_gazetteer
from cctv_density.model import Document, Extraction, sha256_hex

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "data/raw/documents/2026-11-26/countries-and-cities-with-the-most-cctv.txt"
WUP_PATH = ROOT / "data/raw/population/un_wup2018/2018-05-16/WUP2018-F12-Cities_Over_300K.csv"


def read_plain(path: Path) -> Document:
    raw = path.read_bytes()
    return Document(
        document_id=sha256_hex(raw),
        doc=path.stem,
        source=str(path),
        media_type="text/plain",
        text=raw.decode("utf-8").replace("\r\n", "\n"),
    )


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return extract_claims(read_plain(ARTICLE), load_gazetteer(WUP_PATH))


#: (entity, country, city_id, metric, value, qualifier, start of the quoted sentence)
EXPECTED_CLAIMS = {
    ("China", "CHN", None, "camera_count", 200_000_000, "estimated", "China is one of the"),
    (
        "China",
        "CHN",
        None,
        "camera_count",
        200_000_000,
        "over",
        "It is estimated that there are over 200",
    ),
    (
        "China",
        "CHN",
        None,
        "people_per_camera",
        7,
        "about",
        "It is estimated that there are over 200",
    ),
    ("Chongqing", "CHN", "wup-20484", "camera_count", 2_500_000, "over", "The city of Chongqing"),
    ("United Kingdom", "GBR", None, "camera_count", 5_900_000, "estimated", "In the UK, there are"),
    (
        "United Kingdom",
        "GBR",
        None,
        "camera_count",
        6_000_000,
        "over",
        "It is estimated that there are over 6 million",
    ),
    (
        "United Kingdom",
        "GBR",
        None,
        "people_per_camera",
        10,
        "about",
        "It is estimated that there are over 6 million",
    ),
    (
        "United States",
        "USA",
        None,
        "camera_count",
        50_000_000,
        "over",
        "It is estimated that there are over 50",
    ),
    (
        "United States",
        "USA",
        None,
        "people_per_camera",
        6,
        "about",
        "It is estimated that there are over 50",
    ),
    ("Germany", "DEU", None, "camera_count", 5_000_000, "over", "In Germany, it is estimated"),
    ("Japan", "JPN", None, "camera_count", 5_500_000, "over", "In Germany, it is estimated"),
    ("London", "GBR", "wup-22860", "people_per_camera", 14, "estimated", "London is often cited"),
}


def quote_opening(quote: str) -> str:
    """The expected opening the quote starts with, or the whole quote if none does."""
    openings = [entry[6] for entry in EXPECTED_CLAIMS if quote.startswith(entry[6])]
    return max(openings, key=len) if openings else quote


def test_exactly_the_twelve_claims(extraction: Extraction) -> None:
    found = {
        (
            c.entity_name,
            c.country_iso3,
            c.city_id,
            c.metric,
            c.value,
            c.qualifier,
            quote_opening(c.quote),
        )
        for c in extraction.claims
    }
    assert len(extraction.claims) == 12
    assert found == EXPECTED_CLAIMS


def test_quotes_are_exact_spans(extraction: Extraction) -> None:
    text = read_plain(ARTICLE).text
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.quote
        assert claim.quote.endswith(".")
        assert claim.year is None
    assert len({c.claim_id for c in extraction.claims}) == 12


def test_mentions_without_figures(extraction: Extraction) -> None:
    mentions = {
        (m.entity_kind, m.entity_name, m.country_iso3, m.city_id) for m in extraction.mentions
    }
    assert mentions == {
        ("country", "Russia", "RUS", None),
        ("city", "Beijing", "CHN", "wup-20464"),
        ("city", "New York City", "USA", "wup-23083"),
        ("city", "Moscow", "RUS", "wup-22299"),
        ("city", "Seoul", "KOR", "wup-21758"),
    }
    text = read_plain(ARTICLE).text
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.quote
