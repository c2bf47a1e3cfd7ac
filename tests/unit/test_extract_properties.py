"""Property test: every claim and mention the extractor returns points at its own quote."""

from __future__ import annotations

import functools
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cctv_density.extract import extract_claims
from cctv_density.gazetteer import Gazetteer, load_gazetteer
from cctv_density.model import METRICS, QUALIFIERS, Document, Extraction, sha256_hex
from cctv_density.population.wup import WupSnapshot
from cctv_density.settings import Settings

PLACES = (
    "London",
    "London, Ontario",
    "the UK",
    "China",
    "Taiyuan, China",
    "Bogotá",
    "São Paulo",
    "Ürümqi",
    "Hyderabad",
    "New Delhi",
    "the United States",
    "Germany",
    "Mexico City",
    "Nice",
    "the city",
    "It",
)

FIGURE_TEMPLATES = (
    "{place} has {number} cameras.",
    "There are {qualifier} {number} CCTV cameras in {place}.",
    "In {place} there is one camera for every {small} people.",
    "{rank}. {place} – {number} cameras ({rate} per 1,000 people)",
    "{place} ({rate})",
    "{place} has {rate} cameras per 100 people and {rate} per sq km.",
    "By the end of {year}, {place} had {number} cameras, or {rate} per square mile.",
    "{place} and {place2} have {number} and {number2} cameras, respectively.",
    "{place} has between {small} and {number} cameras for {number2} people.",
)

QUALIFIER_WORDS = ("over", "nearly", "an estimated", "fewer than", "about", "")


@st.composite
def numbers(draw: st.DrawFn) -> str:
    value = draw(st.integers(min_value=1, max_value=999_999_999))
    style = draw(st.sampled_from(("plain", "comma", "indian", "million", "k", "lakh", "word")))
    if style == "comma":
        return f"{value:,}"
    if style == "indian":
        thousands = f"{value % 1000:03d}"
        rest = value // 1000
        groups: list[str] = []
        while rest >= 100:
            groups.insert(0, f"{rest % 100:02d}")
            rest //= 100
        return ",".join([str(rest), *groups, thousands]) if rest else thousands.lstrip("0")
    if style == "million":
        return f"{value / 1e6:.1f} million"
    if style == "k":
        return f"{value % 1000}k"
    if style == "lakh":
        return f"{value % 100} lakh"
    if style == "word":
        return draw(st.sampled_from(("seven", "a million", "five million", "one billion")))
    return str(value)


@st.composite
def figure_sentences(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(FIGURE_TEMPLATES))
    return template.format(
        place=draw(st.sampled_from(PLACES)),
        place2=draw(st.sampled_from(PLACES)),
        qualifier=draw(st.sampled_from(QUALIFIER_WORDS)),
        number=draw(numbers()),
        number2=draw(numbers()),
        small=draw(st.integers(min_value=1, max_value=99)),
        rate=round(draw(st.floats(min_value=0.01, max_value=2000, allow_nan=False)), 2),
        rank=draw(st.integers(min_value=1, max_value=20)),
        year=draw(st.integers(min_value=1990, max_value=2030)),
    )


headings = st.sampled_from(PLACES).map(lambda place: f"\n{place}\n")
unicode_noise = st.text(max_size=60)
segments = st.one_of(figure_sentences(), figure_sentences(), headings, unicode_noise)


@functools.cache
def gazetteer() -> Gazetteer:
    # Loaded once per session: it takes seconds and is read-only.
    return load_gazetteer(WupSnapshot(Settings().population_dir).snapshot_file())


def document_of(text: str) -> Document:
    return Document(
        document_id=sha256_hex(text.encode("utf-8", "surrogatepass")),
        doc="generated",
        source="generated",
        media_type="text/plain",
        text=text,
    )


def assert_spans_are_quotes(extraction: Extraction, text: str) -> None:
    for claim in extraction.claims:
        assert 0 <= claim.start < claim.end <= len(text), claim
        assert claim.quote == text[claim.start : claim.end], claim
        assert claim.metric in METRICS and claim.qualifier in QUALIFIERS, claim
        assert math.isfinite(claim.value) and claim.value >= 0, claim
    for mention in extraction.mentions:
        assert 0 <= mention.start < mention.end <= len(text), mention
        assert mention.quote == text[mention.start : mention.end], mention


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(segments, min_size=1, max_size=12), st.sampled_from((" ", "\n", "\n\n", "")))
def test_claim_quotes_are_slices_of_the_text(parts: list[str], separator: str) -> None:
    text = separator.join(parts)
    assert_spans_are_quotes(extract_claims(document_of(text), gazetteer()), text)


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_arbitrary_unicode_never_breaks_the_spans(text: str) -> None:
    assert_spans_are_quotes(extract_claims(document_of(text), gazetteer()), text)


def test_a_plain_figure_is_found_with_its_quote() -> None:
    # Guards the property tests against an extractor that returns nothing at all.
    text = "Introduction\n\nGermany has 5,200,000 cameras in total."
    extraction = extract_claims(document_of(text), gazetteer())
    assert [(c.country_iso3, c.metric, c.value) for c in extraction.claims] == [
        ("DEU", "camera_count", 5_200_000.0)
    ]
    assert_spans_are_quotes(extraction, text)
