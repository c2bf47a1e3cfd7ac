"""Country population (World Bank WDI SP.POP.TOTL): the shipped snapshot and the live API v2."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import requests

from cctv_density.errors import FetchError, SnapshotError
from cctv_density.population.http import Deadline, get_json
from cctv_density.population.sources import (
    country_frame,
    newest_snapshot_dir,
    single_data_file,
    snapshot_date,
)
from cctv_density.provenance import read_provenance

INDICATOR = "SP.POP.TOTL"
LICENCE = "CC BY 4.0 (World Bank, World Development Indicators, SP.POP.TOTL)"
#: Long-format columns of a snapshot file (the datasets/population layout).
LONG_COLUMNS: tuple[str, ...] = ("Country Name", "Country Code", "Year", "Value")
#: File name refresh_population writes inside a dated snapshot directory.
SNAPSHOT_FILE_NAME = f"worldbank_{INDICATOR}.csv"
#: region.id the API's /v2/country list gives aggregates (regions, income groups, World).
AGGREGATE_REGION_ID = "NA"


def read_worldbank_long(path: Path) -> pd.DataFrame:
    """A long-format snapshot file, checked: 3-letter codes, unique (code, year), values ≥ 0."""
    try:
        raw = pd.read_csv(path, dtype={"Country Name": "string", "Country Code": "string"})
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise SnapshotError(f"cannot read World Bank snapshot ({exc})", path=str(path)) from None
    missing = [c for c in LONG_COLUMNS if c not in raw.columns]
    if missing:
        raise SnapshotError("column is missing", path=str(path), field=missing[0])
    bad_code = ~raw["Country Code"].fillna("").str.fullmatch(r"[A-Z0-9]{3}")
    _reject(bad_code, raw, path, "Country Code", "country code is not 3 letters")
    for column in ("Year", "Value"):
        numbers = pd.to_numeric(raw[column], errors="coerce")
        invalid = numbers.isna() | (numbers < 0) | (numbers != numbers.round())
        _reject(invalid, raw, path, column, "not a non-negative whole number")
        raw[column] = numbers.astype("int64")
    duplicated = raw.duplicated(["Country Code", "Year"])
    _reject(duplicated, raw, path, "Country Code", "country and year appear twice")
    return raw.loc[:, list(LONG_COLUMNS)]


def _reject(mask: pd.Series, raw: pd.DataFrame, path: Path, column: str, message: str) -> None:
    if mask.any():
        index = int(mask.to_numpy().nonzero()[0][0])
        # +2: one for the header line, one because CSV lines count from 1.
        raise SnapshotError(
            message, path=str(path), line=index + 2, field=column, value=raw[column].iloc[index]
        )


def read_aggregate_codes(path: Path) -> frozenset[str]:
    """The committed list of World Bank aggregate codes (verified against its sidecar)."""
    read_provenance(path)
    try:
        codes = pd.read_csv(path, dtype="string")["Country Code"]
    except (OSError, KeyError, pd.errors.ParserError) as exc:
        raise SnapshotError(f"cannot read aggregate codes ({exc})", path=str(path)) from None
    return frozenset(codes.dropna().str.strip())


def long_to_country_rows(
    long: pd.DataFrame, *, source: str, retrieved_at: str, drop_codes: Iterable[str] = ()
) -> pd.DataFrame:
    """population_country rows from long-format rows, without the codes in `drop_codes`."""
    kept = long.loc[~long["Country Code"].isin(frozenset(drop_codes))]
    return country_frame(
        {
            "country_iso3": kept["Country Code"],
            "country_name": kept["Country Name"],
            "year": kept["Year"],
            "population": kept["Value"],
            "basis": "national",
            "source": source,
            "retrieved_at": retrieved_at,
            # World Bank values are estimates for past years: neither interpolated nor projected.
            "is_interpolated": False,
            "is_projection": False,
        }
    )


def country_rows_to_long(rows: pd.DataFrame) -> pd.DataFrame:
    """The long snapshot layout of population_country rows (what refresh writes)."""
    long = pd.DataFrame(
        {
            "Country Name": rows["country_name"],
            "Country Code": rows["country_iso3"],
            "Year": rows["year"].astype("int64"),
            "Value": rows["population"].astype("int64"),
        }
    )
    return long.sort_values(["Country Code", "Year"]).reset_index(drop=True)


class WorldBankSnapshot:
    """The newest dated snapshot under <population_dir>/worldbank/, aggregates dropped."""

    def __init__(self, population_dir: Path, *, aggregates_path: Path | None = None) -> None:
        self.worldbank_dir = population_dir / "worldbank"
        self.aggregates_path = aggregates_path or self.worldbank_dir / "aggregates.csv"

    def snapshot_file(self) -> Path:
        return single_data_file(newest_snapshot_dir(self.worldbank_dir), "*.csv")

    def country_population(self) -> pd.DataFrame:
        path = self.snapshot_file()
        provenance = read_provenance(path)
        aggregates = read_aggregate_codes(self.aggregates_path)
        return long_to_country_rows(
            read_worldbank_long(path),
            source=f"World Bank WDI {INDICATOR} (snapshot {snapshot_date(path.parent)})",
            retrieved_at=provenance.retrieved_at,
            drop_codes=aggregates,
        )


class WorldBankApi:
    """The live World Bank Indicators API v2: economies only, all pages merged.

    `timeout` bounds each attempt; `max_total_wait` is a deadline over the whole fetch
    (country list + every indicator page): each request's timeout shrinks to what is left
    and no new request starts once it is spent. Retries and their sleeps belong to the
    session (`make_session`), so one request can overrun the deadline by at most its own
    retry chain.
    """

    licence = LICENCE

    def __init__(
        self,
        base_url: str,
        session: requests.Session,
        *,
        per_page: int = 20000,
        timeout: float,
        max_total_wait: float,
        first_year: int = 1960,
        last_year: int | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session
        self.per_page = per_page
        self.timeout = timeout
        self.max_total_wait = max_total_wait
        self.first_year = first_year
        self.last_year = last_year

    @property
    def source_url(self) -> str:
        """The indicator URL (without paging), as recorded in a snapshot's sidecar."""
        return f"{self.base_url}/country/all/indicator/{INDICATOR}?format=json&date={self._dates()}"

    def _dates(self) -> str:
        last = self.last_year if self.last_year is not None else datetime.now(UTC).year
        return f"{self.first_year}:{last}"

    def country_population(self) -> pd.DataFrame:
        deadline = Deadline(self.max_total_wait)
        retrieved_at = datetime.now(UTC).isoformat(timespec="seconds")
        economies = self.economies(deadline)
        rows = self._paged(
            f"{self.base_url}/country/all/indicator/{INDICATOR}",
            {"format": "json", "per_page": str(self.per_page), "date": self._dates()},
            deadline,
            what=f"World Bank {INDICATOR}",
        )
        return indicator_rows_to_country_rows(
            rows,
            economies,
            source=f"World Bank WDI {INDICATOR} (API, retrieved {retrieved_at[:10]})",
            retrieved_at=retrieved_at,
            url=self.source_url,
        )

    def economies(self, deadline: Deadline) -> dict[str, str]:
        """ISO3 → name of every economy in /v2/country (aggregates, region.id "NA", dropped)."""
        url = f"{self.base_url}/country"
        countries = self._paged(
            url, {"format": "json", "per_page": "400"}, deadline, what="World Bank country list"
        )
        economies: dict[str, str] = {}
        for index, country in enumerate(countries):
            code, region_id = _field(country, "id", url, index), _region_id(country)
            if region_id is None:
                raise FetchError(
                    "World Bank country list: a country has no region.id", path=url, value=code
                )
            if region_id.strip() != AGGREGATE_REGION_ID:
                economies[str(code)] = str(country.get("name") or code)
        if not economies:
            raise FetchError("World Bank country list: no economies in the reply", path=url)
        return economies

    def _paged(
        self, url: str, params: dict[str, str], deadline: Deadline, *, what: str
    ) -> list[dict[str, Any]]:
        """Every row of a paged v2 endpoint; the merged count must equal meta.total."""
        rows: list[dict[str, Any]] = []
        page, pages, total = 1, 1, 0
        while page <= pages:
            payload = get_json(
                self.session,
                url,
                params={**params, "page": str(page)},
                timeout=deadline.timeout_for(self.timeout, url=url),
                what=what,
            )
            meta, page_rows = parse_v2_page(payload, url=url, what=what)
            if page == 1:
                pages, total = meta["pages"], meta["total"]
            elif (meta["pages"], meta["total"]) != (pages, total):
                raise FetchError(
                    f"{what}: paging changed between pages (now {meta['pages']} pages,"
                    f" {meta['total']} rows; was {pages}, {total})",
                    path=url,
                )
            rows.extend(page_rows)
            page += 1
        if len(rows) != total:
            raise FetchError(
                f"{what}: {len(rows)} rows received over {pages} pages, meta.total says {total}",
                path=url,
            )
        return rows


def parse_v2_page(payload: object, *, url: str, what: str) -> tuple[dict[str, int], list[Any]]:
    """(meta, rows) of one v2 JSON page; API error bodies and empty pages are FetchErrors."""
    if isinstance(payload, list) and len(payload) == 1 and isinstance(payload[0], dict):
        messages = payload[0].get("message")
        if isinstance(messages, list):
            # HTTP 200 with [{"message":[{"id":"120","key":"Invalid value","value":"…"}]}]
            detail = "; ".join(
                " ".join(str(m.get(k, "")) for k in ("id", "key", "value")).strip()
                for m in messages
                if isinstance(m, dict)
            )
            raise FetchError(f"{what}: API error {detail}", path=url)
    if not (isinstance(payload, list) and len(payload) == 2 and isinstance(payload[0], dict)):
        raise FetchError(
            f"{what}: reply is not the v2 [meta, rows] pair", path=url, value=str(payload)[:80]
        )
    raw_meta, rows = payload
    try:
        meta = {key: int(raw_meta[key]) for key in ("page", "pages", "total")}
    except (KeyError, TypeError, ValueError):
        raise FetchError(
            f"{what}: meta lacks page/pages/total", path=url, value=str(raw_meta)[:80]
        ) from None
    if rows is None:
        # [meta, null]: the API found nothing (or the page is past the end).
        raise FetchError(
            f"{what}: no rows (page {meta['page']} of {meta['pages']}, total {meta['total']})",
            path=url,
        )
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise FetchError(f"{what}: rows are not a list of objects", path=url)
    return meta, rows


def indicator_rows_to_country_rows(
    rows: list[dict[str, Any]],
    economies: dict[str, str],
    *,
    source: str,
    retrieved_at: str,
    url: str,
) -> pd.DataFrame:
    """population_country rows from indicator rows: economies only, null values skipped."""
    records: list[dict[str, object]] = []
    for index, row in enumerate(rows):
        code = row.get("countryiso3code") or ""
        if code not in economies:
            continue  # an aggregate, or a code the country list does not know
        value = row.get("value")
        if value is None:
            continue  # the API lists every year asked for; null means no estimate
        year = _field(row, "date", url, index)
        try:
            population = int(value)
            year_number = int(str(year))
        except (TypeError, ValueError):
            raise FetchError(
                "World Bank indicator row is not numeric",
                path=url,
                field="value" if not isinstance(value, int | float) else "date",
                value=row,
            ) from None
        if population < 0 or population != value:
            raise FetchError(
                "population is not a non-negative whole number", path=url, field="value", value=row
            )
        records.append(
            {
                "country_iso3": code,
                "country_name": economies[code],
                "year": year_number,
                "population": population,
            }
        )
    if not records:
        raise FetchError("World Bank indicator: no economy has a value", path=url)
    frame = pd.DataFrame.from_records(records)
    duplicated = frame.duplicated(["country_iso3", "year"])
    if duplicated.any():
        first = frame.loc[duplicated].iloc[0]
        raise FetchError(
            "World Bank indicator: a country-year appears twice",
            path=url,
            value=f"{first['country_iso3']} {first['year']}",
        )
    frame = frame.assign(
        basis="national",
        source=source,
        retrieved_at=retrieved_at,
        is_interpolated=False,
        is_projection=False,
    )
    return country_frame(frame.sort_values(["country_iso3", "year"]))


def _field(row: dict[str, Any], key: str, url: str, index: int) -> Any:
    value = row.get(key)
    if value in (None, ""):
        raise FetchError(f"World Bank row {index} lacks {key!r}", path=url, field=key)
    return value


def _region_id(country: dict[str, Any]) -> str | None:
    region = country.get("region")
    if isinstance(region, dict) and isinstance(region.get("id"), str):
        return str(region["id"])
    return None
