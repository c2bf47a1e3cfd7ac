"""Hostile documents (1–2 MB) must end in claims or a DocumentError, never a crash or a hang."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest

from cctv_density.documents import read_document
from cctv_density.errors import DocumentError
from cctv_density.extract import extract_claims
from cctv_density.gazetteer import Gazetteer, load_gazetteer
from cctv_density.model import Document, Extraction, sha256_hex
from cctv_density.population.wup import WupSnapshot
from cctv_density.settings import Settings

MAX_BYTES = 4 * 1024 * 1024
PARAGRAPH = (
    "London has about 627,707 cameras, or 68.4 cameras for every 1,000 Londoners. "
    "Hyderabad has 3,91,000 CCTV cameras. The city of 3,891,127 people spent $2.4 billion.\n\n"
)


@functools.cache
def gazetteer() -> Gazetteer:
    return load_gazetteer(WupSnapshot(Settings().population_dir).snapshot_file())


def repeated(text: str, size: int) -> str:
    return text * (size // len(text) + 1)


def scripts_html(size: int) -> bytes:
    script = "<script>var s = {'London': '999,999 cameras'}; x = '" + "9" * 500 + "';</script>"
    body = "<p>Berlin has 20,000 cameras.</p>"
    return ("<html><head>" + repeated(script, size) + "</head><body>" + body).encode()


HOSTILE_FILES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "100k digits": (".txt", lambda: ("Moscow has " + "7" * 100_000 + " cameras.\n").encode()),
    "1 MB line": (".txt", lambda: repeated(PARAGRAPH.replace("\n", " "), 1_000_000).encode()),
    "NUL bytes": (".txt", lambda: repeated(PARAGRAPH, 100_000).encode().replace(b" ", b"\0")),
    "few NUL bytes": (".txt", lambda: repeated(PARAGRAPH, 100_000).encode().replace(b"x", b"\0")),
    "invalid UTF-8": (".txt", lambda: repeated(PARAGRAPH, 200_000).encode() + b"\xff\xfe\x80\xc3"),
    "scripts HTML": (".html", lambda: scripts_html(1_500_000)),
    "nested HTML": (".html", lambda: ("<div>" * 3000 + "Seoul has 77,564 cameras.").encode()),
    "unclosed HTML": (".html", lambda: ("<p><b><i>Paris 4,500 cameras " * 20_000).encode()),
    "empty file": (".txt", lambda: b""),
    "PNG image": (".txt", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100),
    "too large": (".txt", lambda: repeated(PARAGRAPH, MAX_BYTES + 10).encode()),
}

HOSTILE_TEXTS: dict[str, Callable[[], str]] = {
    "100k digits": lambda: "China has " + "1" * 100_000 + " cameras.",
    "100k comma groups": lambda: "Cameras: 1" + ",000" * 100_000,
    "100k decimal digits": lambda: "Rate: 1." + "5" * 100_000 + " cameras per 1,000 people",
    "place names only": lambda: repeated("London, Ontario, Paris, Texas, ", 1_000_000),
    "units only": lambda: repeated("cameras per 1,000 people per sq km per ", 1_000_000),
    "qualifiers only": lambda: repeated("more than nearly an estimated over ", 1_000_000),
    "respectively chain": lambda: "UK and " * 50_000 + "have " + "5, " * 50_000 + "respectively",
    "one huge sentence": lambda: repeated("Germany has 5 cameras and ", 1_000_000),
    # every count a figure, every figure with places after it in the same sentence
    "one huge sentence of figures": lambda: repeated("Germany has 50 cameras and ", 1_000_000),
    "no whitespace": lambda: repeated("Tokyo40,000cameras", 1_000_000),
    "combining marks": lambda: repeated("Bogota\u0301 has 6,000 cameras\u0301\u0301. ", 500_000),
}

#: Cases of a megabyte or more of dense text: seconds each (still run in CI).
SLOW_CASES = frozenset(
    {
        "1 MB line",
        "unclosed HTML",
        "one huge sentence",
        "one huge sentence of figures",
        "respectively chain",
        "place names only",
        "combining marks",
        "units only",
        "no whitespace",
    }
)


def assert_well_formed(extraction: Extraction, text: str) -> None:
    for claim in extraction.claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.quote == text[claim.start : claim.end]


def cases(names: list[str]) -> list[object]:
    """Parameters for pytest; the megabyte-sized cases take seconds each, so they are slow."""
    return [pytest.param(n, marks=pytest.mark.slow) if n in SLOW_CASES else n for n in names]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", cases(sorted(HOSTILE_FILES)))
def test_hostile_file_gives_claims_or_a_document_error(name: str, tmp_path: Path) -> None:
    suffix, build = HOSTILE_FILES[name]
    path = tmp_path / f"hostile{suffix}"
    path.write_bytes(build())
    try:
        document = read_document(path, max_bytes=MAX_BYTES)
    except DocumentError as exc:
        assert str(path) in exc.one_line()
        return
    assert_well_formed(extract_claims(document, gazetteer()), document.text)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", cases(sorted(HOSTILE_TEXTS)))
def test_hostile_text_gives_claims_or_a_document_error(name: str) -> None:
    text = HOSTILE_TEXTS[name]()
    document = Document(
        document_id=sha256_hex(text.encode()),
        doc=name,
        source=name,
        media_type="text/plain",
        text=text,
    )
    try:
        extraction = extract_claims(document, gazetteer())
    except DocumentError:
        return
    assert_well_formed(extraction, text)


@pytest.mark.timeout(120)
def test_scripts_are_not_read_as_claims(tmp_path: Path) -> None:
    path = tmp_path / "scripts.html"
    path.write_bytes(scripts_html(200_000))
    extraction = extract_claims(read_document(path, max_bytes=MAX_BYTES), gazetteer())
    assert {(c.entity_name, c.value) for c in extraction.claims} == {("Berlin", 20_000.0)}


@pytest.mark.timeout(120)
def test_empty_and_oversized_files_are_document_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    large = tmp_path / "large.txt"
    large.write_bytes(b"Paris has 4,500 cameras. " * (MAX_BYTES // 20))
    for path in (empty, large):
        with pytest.raises(DocumentError):
            read_document(path, max_bytes=MAX_BYTES)
