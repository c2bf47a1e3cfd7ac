"""Hand-made claims (data/raw/claims/manual.csv) in, and claims out as CSV, JSON Lines or a table.

manual.csv has the columns of `model.EXTRACT_COLUMNS` plus `source` (who or what the figure
comes from). Rules, decided here:

* Each row becomes a Claim with `source="manual:<file name>:<line>"`, so every manual figure in
  the warehouse points back to the row it came from (its claim_id changes if the row moves).
* `doc` names an ingested document by its `doc` (file name without extension, or URL), its file
  name, or its document_id. Such a row gets that document's id, and its quote is anchored in
  the document's text: a given quote must occur there (start/end are found, or checked when
  given); with no quote, start/end select it. A row with neither is rejected.
* A `doc` that names no ingested document (a report we only have figures from) gets the
  document_id sha256("manual:" + doc); its quote is the row's quote, or, when that is empty,
  the row's `source` text so the warehouse still says where the figure comes from; start/end
  default to 0 and len(quote).
* Blank lines and lines whose first cell starts with "#" are skipped (comments).
* A blank country_iso3 (and, for a city, city_id) is filled from entity_name by the resolver
  given (the pipeline passes `place_lookup.resolver_for(gazetteer)`); a row that writes city_id
  but not country_iso3 must name the city its city_id is.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO, get_args

from rich.console import Console
from rich.table import Table

from cctv_density.errors import CctvDensityError, ManualClaimsError
from cctv_density.model import (
    EXTRACT_COLUMNS,
    METRICS,
    QUALIFIERS,
    Claim,
    Document,
    EntityKind,
    sha256_hex,
)

#: Columns of manual.csv: the extract columns plus who/what the figure comes from.
MANUAL_COLUMNS: tuple[str, ...] = (*EXTRACT_COLUMNS, "source")
MANUAL_SOURCE_PREFIX = "manual:"

#: (entity_name, entity_kind, country_iso3 or None) → (country_iso3, city_id or None).
GazetteerResolve = Callable[[str, str, str | None], tuple[str, str | None]]
ClaimFormat = Literal["csv", "jsonl", "table"]

_ENTITY_KINDS: tuple[str, ...] = get_args(EntityKind)
_ISO3 = re.compile(r"^[A-Za-z]{3}$")
_CITY_ID = re.compile(r"^(wup|gn)-\d+$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_PLAUSIBLE_YEARS = range(1900, 2101)


def manual_document_id(doc: str) -> str:
    """The document_id of a manual row whose document was not ingested."""
    return sha256_hex(f"{MANUAL_SOURCE_PREFIX}{doc}".encode())


class _Row:
    """One manual.csv row with the file/line context every error message needs."""

    def __init__(self, path: Path, line: int, cells: Mapping[str, str]) -> None:
        self.path = path
        self.line = line
        self.cells = cells

    def error(self, message: str, field: str, value: object = None) -> ManualClaimsError:
        return ManualClaimsError(
            message, path=str(self.path), line=self.line, field=field, value=value
        )

    def text(self, field: str, *, required: bool = False) -> str:
        value = self.cells[field].strip()
        if required and not value:
            raise self.error("is required", field)
        return value

    def choice(self, field: str, allowed: Sequence[str]) -> str:
        value = self.text(field, required=True)
        if value not in allowed:
            raise self.error(f"must be one of {', '.join(allowed)}", field, value)
        return value

    def optional_int(self, field: str, *, minimum: int = 0) -> int | None:
        value = self.text(field)
        if not value:
            return None
        try:
            number = int(value)
        except ValueError:
            raise self.error("is not a whole number", field, value) from None
        if number < minimum:
            raise self.error(f"must be at least {minimum}", field, value)
        return number

    def positive_number(self, field: str) -> float:
        value = self.text(field, required=True)
        try:
            number = float(value)
        except ValueError:
            hint = " (write it without thousands separators)" if "," in value else ""
            raise self.error(f"is not a number{hint}", field, value) from None
        if not math.isfinite(number) or number <= 0:
            raise self.error("must be a number greater than 0", field, value)
        return number


def _iter_rows(path: Path) -> Iterator[_Row]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise ManualClaimsError("manual claims file is missing", path=str(path)) from None
    except OSError as exc:
        raise ManualClaimsError(f"cannot read ({exc.strerror or exc})", path=str(path)) from None
    with handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = [name.strip() for name in next(reader, [])]
            if not header:
                raise ManualClaimsError("file has no header row", path=str(path), line=1)
            missing = [column for column in MANUAL_COLUMNS if column not in header]
            if missing:
                raise ManualClaimsError(
                    "column is missing", path=str(path), line=1, field=missing[0]
                )
            unknown = [column for column in header if column not in MANUAL_COLUMNS]
            if unknown:
                raise ManualClaimsError(
                    f"unknown column (expected {', '.join(MANUAL_COLUMNS)})",
                    path=str(path),
                    line=1,
                    field=unknown[0],
                )
            while True:
                line = reader.line_num + 1  # where the next record starts
                record = next(reader, None)
                if record is None:
                    return
                if not any(cell.strip() for cell in record) or record[0].lstrip().startswith("#"):
                    continue
                if len(record) != len(header):
                    raise ManualClaimsError(
                        f"row has {len(record)} fields, the header has {len(header)}",
                        path=str(path),
                        line=line,
                    )
                yield _Row(path, line, dict(zip(header, record, strict=True)))
        except csv.Error as exc:
            raise ManualClaimsError(
                f"malformed CSV ({exc})", path=str(path), line=reader.line_num
            ) from None
        except UnicodeDecodeError as exc:
            raise ManualClaimsError(
                f"not valid UTF-8 at byte {exc.start}", path=str(path)
            ) from None


def _documents_by_reference(documents: Sequence[Document]) -> dict[str, list[Document]]:
    """Each document under its doc, its file name and its document_id."""
    index: dict[str, list[Document]] = {}
    for document in documents:
        names = {document.doc, document.document_id, Path(document.source).name}
        for name in names:
            index.setdefault(name, []).append(document)
    return index


def _find_document(row: _Row, index: Mapping[str, list[Document]]) -> Document | None:
    doc = row.text("doc", required=True)
    matches = index.get(doc, [])
    distinct = {document.document_id: document for document in matches}
    if len(distinct) > 1:
        raise row.error(
            f"names {len(distinct)} ingested documents; use the document_id instead", "doc", doc
        )
    return next(iter(distinct.values()), None)


def _anchor_in_document(row: _Row, document: Document) -> tuple[str, int, int]:
    """(quote, start, end) with quote == document.text[start:end]."""
    quote = row.text("quote")
    offsets = _offsets(row)
    if offsets is not None:
        start, end = offsets
        if end > len(document.text):
            raise row.error(
                f"start:end must select text inside the document (0..{len(document.text)})",
                "end",
                end,
            )
        selected = document.text[start:end]
        if quote and quote != selected:
            raise row.error(
                f"quote differs from the document text at {start}:{end} ({selected[:60]!r})",
                "quote",
                quote,
            )
        return selected, start, end
    if not quote:
        raise row.error(
            f"quote (or start and end) is needed to anchor the claim in {document.doc!r}",
            "quote",
        )
    found = document.text.find(quote)
    if found < 0:
        raise row.error(f"quote does not occur in the text of {document.doc!r}", "quote", quote)
    return quote, found, found + len(quote)


def _offsets(row: _Row) -> tuple[int, int] | None:
    start = row.optional_int("start")
    end = row.optional_int("end")
    if (start is None) != (end is None):
        raise row.error("start and end must be given together", "end" if end is None else "start")
    if start is None or end is None:
        return None
    if end <= start:
        raise row.error("end must be greater than start", "end", end)
    return start, end


def _anchor_outside(row: _Row) -> tuple[str, int, int]:
    """(quote, start, end) for a document we do not have: offsets are taken as written."""
    quote = row.text("quote") or row.text("source", required=True)
    offsets = _offsets(row)
    return (quote, *offsets) if offsets else (quote, 0, len(quote))


def _place(
    row: _Row, entity_name: str, entity_kind: str, resolve: GazetteerResolve | None
) -> tuple[str, str | None]:
    """(country_iso3, city_id), resolving blanks through the gazetteer when one is given."""
    iso3 = row.text("country_iso3").upper() or None
    city_id = row.text("city_id") or None
    if iso3 is not None and not _ISO3.match(iso3):
        raise row.error("must be a 3-letter ISO 3166 code", "country_iso3", iso3)
    if entity_kind == "country" and city_id is not None:
        raise row.error("must be empty for a country", "city_id", city_id)
    needs_lookup = iso3 is None or (entity_kind == "city" and city_id is None)
    if needs_lookup and resolve is not None:
        try:
            resolved_iso3, resolved_city = resolve(entity_name, entity_kind, iso3)
        except CctvDensityError as exc:
            raise row.error(
                f"cannot resolve the place ({exc.message})", "entity_name", entity_name
            ) from None
        if iso3 is None and city_id is not None and resolved_city != city_id:
            # The country of a written city_id must not come from a same-name city elsewhere.
            raise row.error(
                f"is required: {entity_name!r} resolves to {resolved_city} "
                f"({resolved_iso3}), not to the city_id {city_id}",
                "country_iso3",
            )
        iso3 = iso3 or resolved_iso3 or None
        city_id = city_id or resolved_city or None
    not_found = " (the gazetteer did not find the place)" if resolve else ""
    if iso3 is None or not _ISO3.match(iso3):
        raise row.error(f"is required{not_found}", "country_iso3", iso3)
    if entity_kind == "city":
        if city_id is None:
            raise row.error(
                f"is required for a city ('wup-<code>' or 'gn-<id>'){not_found}", "city_id"
            )
        if not _CITY_ID.match(city_id):
            raise row.error(
                "must look like 'wup-<UN code>' or 'gn-<geonames id>'", "city_id", city_id
            )
    return iso3.upper(), city_id


def _claim_from_row(
    row: _Row, index: Mapping[str, list[Document]], resolve: GazetteerResolve | None
) -> Claim:
    entity_name = row.text("entity_name", required=True)
    entity_kind = row.choice("entity_kind", _ENTITY_KINDS)
    metric = row.choice("metric", METRICS)
    qualifier = row.choice("qualifier", QUALIFIERS)
    value = row.positive_number("value")
    year = row.optional_int("year")
    if year is not None and year not in _PLAUSIBLE_YEARS:
        raise row.error(
            f"must be between {_PLAUSIBLE_YEARS[0]} and {_PLAUSIBLE_YEARS[-1]}", "year", year
        )
    iso3, city_id = _place(row, entity_name, entity_kind, resolve)
    document = _find_document(row, index)
    if document is not None:
        document_id, doc = document.document_id, document.doc
        quote, start, end = _anchor_in_document(row, document)
    else:
        doc = row.text("doc", required=True)
        document_id = doc if _SHA256.match(doc) else manual_document_id(doc)
        quote, start, end = _anchor_outside(row)
    return Claim(
        document_id=document_id,
        doc=doc,
        entity_kind="city" if entity_kind == "city" else "country",
        entity_name=entity_name,
        name_as_written=entity_name,
        country_iso3=iso3,
        city_id=city_id,
        metric=metric,
        value=value,
        qualifier=qualifier,
        year=year,
        quote=quote,
        start=start,
        end=end,
        source=f"{MANUAL_SOURCE_PREFIX}{row.path.name}:{row.line}",
    )


def read_manual_claims(
    path: Path,
    documents: Sequence[Document],
    gazetteer_resolve: GazetteerResolve | None = None,
) -> list[Claim]:
    """Every row of a manual claims file as a Claim (rules in this module's docstring).

    `gazetteer_resolve(entity_name, entity_kind, country_iso3_or_None)` fills a blank
    country_iso3 or city_id; without it both must be written in the file.
    """
    index = _documents_by_reference(documents)
    return [_claim_from_row(row, index, gazetteer_resolve) for row in _iter_rows(path)]


def _entity_key(claim: Claim) -> tuple[str, str, str, str]:
    place = (claim.city_id or claim.entity_name.casefold()) if claim.entity_kind == "city" else ""
    return (claim.document_id, claim.entity_kind, claim.country_iso3, place)


def merge_manual_claims(extracted: Sequence[Claim], manual: Sequence[Claim]) -> list[Claim]:
    """Extracted claims, minus those a manual claim overrides, then the manual claims.

    A manual claim overrides every extracted claim of the same document, place (kind, country,
    city_id, else city name) and metric.
    """
    overridden = {(*_entity_key(claim), claim.metric) for claim in manual}
    kept = [claim for claim in extracted if (*_entity_key(claim), claim.metric) not in overridden]
    return [*kept, *manual]


# --------------------------------------------------------------------------- output


def format_value(value: float) -> str:
    """200000000.0 → "200000000"; 2.5 → "2.5" (never scientific notation for whole numbers)."""
    if math.isfinite(value) and value.is_integer():
        return str(int(value))
    return repr(value)


def claim_record(claim: Claim) -> dict[str, Any]:
    """The claim as the EXTRACT_COLUMNS record, in that order (JSON-ready types)."""
    value: int | float = int(claim.value) if float(claim.value).is_integer() else claim.value
    record: dict[str, Any] = {
        "doc": claim.doc,
        "entity_name": claim.entity_name,
        "entity_kind": claim.entity_kind,
        "country_iso3": claim.country_iso3,
        "city_id": claim.city_id,
        "metric": claim.metric,
        "value": value,
        "qualifier": claim.qualifier,
        "year": claim.year,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
    }
    return {column: record[column] for column in EXTRACT_COLUMNS}


def _cell(column: str, claim: Claim, record: Mapping[str, Any]) -> str:
    if column == "value":
        return format_value(float(claim.value))
    value = record[column]
    return "" if value is None else str(value)


def write_claims(claims: Sequence[Claim], fmt: ClaimFormat, stream: TextIO) -> None:
    """Write claims with exactly the EXTRACT_COLUMNS, as CSV, JSON Lines or a rich table."""
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(EXTRACT_COLUMNS)
        for claim in claims:
            record = claim_record(claim)
            writer.writerow([_cell(column, claim, record) for column in EXTRACT_COLUMNS])
    elif fmt == "jsonl":
        for claim in claims:
            stream.write(json.dumps(claim_record(claim), ensure_ascii=False) + "\n")
    elif fmt == "table":
        table = Table(*EXTRACT_COLUMNS, title=f"{len(claims)} claims")
        for claim in claims:
            record = claim_record(claim)
            table.add_row(*(_cell(column, claim, record) for column in EXTRACT_COLUMNS))
        Console(file=stream, width=200, soft_wrap=False).print(table)
    else:
        raise ValueError(f"unknown claims format {fmt!r} (expected csv, jsonl or table)")
