"""Manual claims: reading and validating manual.csv, merging over extracted claims, writing out."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cctv_density.claims_io import (
    MANUAL_COLUMNS,
    manual_document_id,
    merge_manual_claims,
    read_manual_claims,
    write_claims,
)
from cctv_density.errors import ManualClaimsError
from cctv_density.model import EXTRACT_COLUMNS, Claim, Document, sha256_hex

ARTICLE_TEXT = "China has an estimated 200 million cameras.\nLondon has 942,562 cameras."
ARTICLE = Document(
    document_id=sha256_hex(ARTICLE_TEXT.encode()),
    doc="article",
    source="data/raw/documents/2026-11-26/article.txt",
    media_type="text/plain",
    text=ARTICLE_TEXT,
)

BASE_ROW = {
    "doc": "article",
    "entity_name": "China",
    "entity_kind": "country",
    "country_iso3": "CHN",
    "city_id": "",
    "metric": "camera_count",
    "value": "200000000",
    "qualifier": "estimated",
    "year": "2023",
    "quote": "200 million cameras",
    "start": "",
    "end": "",
    "source": "Checked by hand against the article",
}


def write_manual(
    path: Path, rows: list[dict[str, str]], header: tuple[str, ...] = MANUAL_COLUMNS
) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def row(**changes: str) -> dict[str, str]:
    return {**BASE_ROW, **changes}


def extracted_claim(**changes: object) -> Claim:
    fields: dict[str, object] = {
        "document_id": ARTICLE.document_id,
        "doc": "article",
        "entity_kind": "country",
        "entity_name": "China",
        "name_as_written": "China",
        "country_iso3": "CHN",
        "city_id": None,
        "metric": "camera_count",
        "value": 200_000_000.0,
        "qualifier": "about",
        "year": None,
        "quote": "200 million cameras",
        "start": 23,
        "end": 42,
    }
    fields.update(changes)
    return Claim(**fields)


# --------------------------------------------------------------------------- reading


def test_the_committed_manual_file_is_valid_and_empty() -> None:
    path = Path(__file__).resolve().parents[2] / "data" / "raw" / "claims" / "manual.csv"
    assert read_manual_claims(path, [ARTICLE]) == []


def test_row_for_an_ingested_document_is_anchored_in_its_text(tmp_path: Path) -> None:
    path = write_manual(tmp_path / "manual.csv", [row()])

    [claim] = read_manual_claims(path, [ARTICLE])

    start = ARTICLE_TEXT.index("200 million cameras")
    assert claim.document_id == ARTICLE.document_id
    assert (claim.start, claim.end) == (start, start + len("200 million cameras"))
    assert ARTICLE.text[claim.start : claim.end] == claim.quote
    assert claim.source == "manual:manual.csv:2"
    assert (claim.metric, claim.value, claim.qualifier, claim.year) == (
        "camera_count",
        200_000_000.0,
        "estimated",
        2023,
    )
    assert claim.name_as_written == "China"
    assert len(claim.claim_id) == 16


def test_offsets_select_the_quote_when_it_is_blank(tmp_path: Path) -> None:
    start = ARTICLE_TEXT.index("London has")
    end = len(ARTICLE_TEXT)
    path = write_manual(
        tmp_path / "manual.csv",
        [
            row(
                entity_name="London",
                entity_kind="city",
                country_iso3="gbr",
                city_id="wup-21178",
                value="942562",
                quote="",
                start=str(start),
                end=str(end),
                doc="article.txt",
            )
        ],
    )
    [claim] = read_manual_claims(path, [ARTICLE])
    assert claim.quote == "London has 942,562 cameras."
    assert claim.country_iso3 == "GBR"
    assert claim.city_id == "wup-21178"


def test_row_for_a_document_not_ingested_gets_a_name_based_id_and_source_as_quote(
    tmp_path: Path,
) -> None:
    path = write_manual(
        tmp_path / "manual.csv",
        [row(doc="IHS Markit 2019", quote="", source="IHS Markit report, 2019, table 3")],
    )
    [claim] = read_manual_claims(path, [ARTICLE])
    assert claim.document_id == manual_document_id("IHS Markit 2019")
    assert claim.document_id == sha256_hex(b"manual:IHS Markit 2019")
    assert claim.doc == "IHS Markit 2019"
    assert claim.quote == "IHS Markit report, 2019, table 3"
    assert (claim.start, claim.end) == (0, len(claim.quote))


def test_comments_and_blank_lines_are_skipped_and_lines_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "manual.csv"
    path.write_text(
        ",".join(MANUAL_COLUMNS) + "\n# a comment line\n\n" + ",".join(row().values()) + "\n",
        encoding="utf-8",
    )
    [claim] = read_manual_claims(path, [ARTICLE])
    assert claim.source == "manual:manual.csv:4"


def test_gazetteer_fills_blank_places(tmp_path: Path) -> None:
    calls: list[tuple[str, str, str | None]] = []

    def resolve(name: str, kind: str, iso3: str | None) -> tuple[str, str | None]:
        calls.append((name, kind, iso3))
        return "GBR", "wup-21178"

    path = write_manual(
        tmp_path / "manual.csv",
        [row(entity_name="London", entity_kind="city", country_iso3="", quote="London has")],
    )
    [claim] = read_manual_claims(path, [ARTICLE], resolve)
    assert calls == [("London", "city", None)]
    assert (claim.country_iso3, claim.city_id) == ("GBR", "wup-21178")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"metric": "cameras"}, "metric", "must be one of camera_count"),
        ({"qualifier": "roughly"}, "qualifier", "must be one of exact"),
        ({"value": "0"}, "value", "greater than 0"),
        ({"value": "-3"}, "value", "greater than 0"),
        ({"value": "nan"}, "value", "greater than 0"),
        ({"value": "1,000"}, "value", "without thousands separators"),
        ({"value": ""}, "value", "is required"),
        ({"entity_kind": "region"}, "entity_kind", "must be one of country, city"),
        ({"country_iso3": "UK"}, "country_iso3", "3-letter"),
        ({"country_iso3": ""}, "country_iso3", "is required"),
        ({"year": "twenty"}, "year", "whole number"),
        ({"year": "23"}, "year", "between 1900 and 2100"),
        ({"start": "5"}, "end", "given together"),
        ({"start": "x", "end": "4"}, "start", "whole number"),
        ({"start": "5", "end": "5"}, "end", "greater than start"),
        ({"start": "0", "end": "9999"}, "end", "inside the document"),
        ({"start": "0", "end": "5"}, "quote", "differs from the document text"),
        ({"quote": "300 million"}, "quote", "does not occur"),
        ({"quote": ""}, "quote", "needed to anchor"),
        ({"entity_name": " "}, "entity_name", "is required"),
        ({"city_id": "wup-1"}, "city_id", "must be empty for a country"),
        ({"entity_kind": "city", "city_id": ""}, "city_id", "is required for a city"),
        ({"entity_kind": "city", "city_id": "london"}, "city_id", "wup-<UN code>"),
        ({"doc": ""}, "doc", "is required"),
        ({"doc": "elsewhere", "quote": "", "source": ""}, "source", "is required"),
    ],
)
def test_invalid_rows_name_file_line_field_and_value(
    tmp_path: Path, changes: dict[str, str], field: str, message: str
) -> None:
    path = write_manual(tmp_path / "manual.csv", [row(), row(**changes)])
    with pytest.raises(ManualClaimsError) as caught:
        read_manual_claims(path, [ARTICLE])
    error = caught.value
    assert (error.path, error.line, error.field) == (str(path), 3, field)
    assert message in str(error)
    assert f"{path}:3" in str(error)


def test_missing_and_unknown_columns(tmp_path: Path) -> None:
    without_source = tuple(c for c in MANUAL_COLUMNS if c != "source")
    path = write_manual(tmp_path / "a.csv", [row()], header=without_source)
    with pytest.raises(ManualClaimsError, match="column is missing") as caught:
        read_manual_claims(path, [ARTICLE])
    assert (caught.value.line, caught.value.field) == (1, "source")

    path = tmp_path / "b.csv"
    path.write_text(",".join((*MANUAL_COLUMNS, "qualifer")) + "\n", encoding="utf-8")
    with pytest.raises(ManualClaimsError, match="unknown column") as caught:
        read_manual_claims(path, [ARTICLE])
    assert caught.value.field == "qualifer"


def test_short_row_missing_file_and_ambiguous_doc(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text(",".join(MANUAL_COLUMNS) + "\narticle,China\n", encoding="utf-8")
    with pytest.raises(ManualClaimsError, match="row has 2 fields") as caught:
        read_manual_claims(path, [ARTICLE])
    assert caught.value.line == 2

    with pytest.raises(ManualClaimsError, match="missing"):
        read_manual_claims(tmp_path / "absent.csv", [ARTICLE])

    twin = Document(
        document_id="f" * 64,
        doc="article",
        source="elsewhere/article.txt",
        media_type="text/plain",
        text=ARTICLE_TEXT,
    )
    path = write_manual(tmp_path / "manual.csv", [row()])
    with pytest.raises(ManualClaimsError, match="names 2 ingested documents"):
        read_manual_claims(path, [ARTICLE, twin])
    [claim] = read_manual_claims(
        write_manual(tmp_path / "by-id.csv", [row(doc="f" * 64)]), [ARTICLE, twin]
    )
    assert claim.document_id == "f" * 64


# --------------------------------------------------------------------------- merging


def test_manual_claims_replace_extracted_ones_for_the_same_document_place_and_metric() -> None:
    china_count = extracted_claim()
    china_ratio = extracted_claim(metric="people_per_camera", value=7.0, start=0, end=5)
    london = extracted_claim(
        entity_kind="city", entity_name="London", country_iso3="GBR", city_id="wup-21178"
    )
    other_document = extracted_claim(document_id="e" * 64)
    manual = extracted_claim(value=210_000_000.0, qualifier="exact", source="manual:m.csv:2")

    merged = merge_manual_claims([china_count, china_ratio, london, other_document], [manual])

    assert merged == [china_ratio, london, other_document, manual]


def test_cities_without_id_are_matched_by_name() -> None:
    extracted = extracted_claim(
        entity_kind="city", entity_name="Chongqing", country_iso3="CHN", city_id=None
    )
    manual = extracted_claim(
        entity_kind="city",
        entity_name="chongqing",
        country_iso3="CHN",
        city_id=None,
        source="manual:m.csv:2",
    )
    assert merge_manual_claims([extracted], [manual]) == [manual]


# --------------------------------------------------------------------------- writing


def test_csv_output_has_exactly_the_extract_columns() -> None:
    claims = [
        extracted_claim(),
        extracted_claim(metric="cameras_per_1000_people", value=14.36, year=2020, start=1, end=2),
    ]
    stream = io.StringIO()
    write_claims(claims, "csv", stream)

    rows = list(csv.reader(io.StringIO(stream.getvalue())))
    assert tuple(rows[0]) == EXTRACT_COLUMNS
    assert rows[1] == [
        "article", "China", "country", "CHN", "", "camera_count", "200000000", "about", "",
        "200 million cameras", "23", "42",
    ]  # fmt: skip
    assert rows[2][EXTRACT_COLUMNS.index("value")] == "14.36"
    assert rows[2][EXTRACT_COLUMNS.index("year")] == "2020"
    assert "\r" not in stream.getvalue()


def test_jsonl_output_keeps_column_order_and_types() -> None:
    stream = io.StringIO()
    write_claims([extracted_claim(quote="“200 million”")], "jsonl", stream)
    [line] = stream.getvalue().splitlines()
    record = json.loads(line)
    assert tuple(record) == EXTRACT_COLUMNS
    assert record["value"] == 200_000_000 and isinstance(record["value"], int)
    assert record["city_id"] is None and record["year"] is None
    assert "“200 million”" in line  # not escaped


def test_table_output_shows_the_values() -> None:
    stream = io.StringIO()
    write_claims([extracted_claim()], "table", stream)
    output = stream.getvalue()
    assert "200000000" in output
    assert "camera_count" in output
    assert "1 claims" in output
