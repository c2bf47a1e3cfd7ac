"""Refresh population snapshots from live sources: validate, write a new dated snapshot, diff.

Everything is fetched and validated in memory first; only then are the snapshot directories
written, each into a temporary directory beside its final place and moved there with one
os.replace. A failure anywhere before that raises FetchError and leaves the tree untouched,
so the previous snapshot stays the newest and the pipeline keeps running on it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from cctv_density.errors import CctvDensityError, FetchError, SnapshotError
from cctv_density.model import sha256_hex
from cctv_density.population.sources import (
    CITY_COLUMNS,
    COUNTRY_COLUMNS,
    CityPopulationSource,
    CountryPopulationSource,
    city_frame,
    country_frame,
    dated_snapshot_dirs,
    newest_snapshot_dir,
    single_data_file,
    snapshot_date,
)
from cctv_density.population.worldbank import (
    INDICATOR,
    SNAPSHOT_FILE_NAME,
    country_rows_to_long,
    read_aggregate_codes,
    read_worldbank_long,
)
from cctv_density.provenance import Provenance, read_provenance, write_provenance

#: Relative change above which a value counts as changed (1 %).
CHANGE_THRESHOLD = 0.01
CITY_SNAPSHOT_SUBDIR = "wikidata"
CITY_SNAPSHOT_FILE_NAME = "city_proper.csv"


@dataclass(frozen=True)
class ValueChange:
    """One entity-year whose population moved by more than CHANGE_THRESHOLD."""

    entity_id: str
    year: int
    previous: int
    current: int

    @property
    def change_pct(self) -> float:
        return (self.current - self.previous) / self.previous * 100


@dataclass(frozen=True)
class SnapshotDiff:
    """What changed between the previous snapshot of one kind and the new one."""

    snapshot_dir: Path
    row_count: int
    previous_dir: Path | None = None
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[ValueChange] = field(default_factory=list)
    previous_problem: str | None = None  # why the previous snapshot could not be compared

    def describe(self, label: str) -> str:
        head = f"{label}: {self.row_count:,} rows → {self.snapshot_dir}"
        if self.previous_problem:
            return f"{head} (previous snapshot not compared: {self.previous_problem})"
        if self.previous_dir is None:
            return f"{head} (first snapshot, nothing to compare)"
        parts = [
            f"{len(self.added)} added" + _examples(self.added),
            f"{len(self.removed)} removed" + _examples(self.removed),
            f"{len(self.changed)} {'value' if len(self.changed) == 1 else 'values'} changed"
            f" by more than {CHANGE_THRESHOLD:.0%}"
            + _examples(
                [
                    f"{c.entity_id} {c.year} {c.previous:,}→{c.current:,} ({c.change_pct:+.1f} %)"
                    for c in sorted(self.changed, key=lambda c: -abs(c.change_pct))
                ]
            ),
        ]
        return f"{head}; since {self.previous_dir.name}: " + ", ".join(parts)


def _examples(items: list[str], limit: int = 3) -> str:
    if not items:
        return ""
    more = f", … {len(items) - limit} more" if len(items) > limit else ""
    return " (" + ", ".join(items[:limit]) + more + ")"


@dataclass(frozen=True)
class RefreshReport:
    """The snapshots a refresh wrote and what changed since the previous ones."""

    refreshed_at: str
    countries: SnapshotDiff
    cities: SnapshotDiff | None = None

    @property
    def snapshot_dirs(self) -> list[Path]:
        return [d.snapshot_dir for d in (self.countries, self.cities) if d is not None]

    @property
    def countries_added(self) -> list[str]:
        return self.countries.added

    @property
    def countries_removed(self) -> list[str]:
        return self.countries.removed

    @property
    def country_changes(self) -> list[ValueChange]:
        return self.countries.changed

    @property
    def cities_added(self) -> list[str]:
        return self.cities.added if self.cities else []

    @property
    def cities_removed(self) -> list[str]:
        return self.cities.removed if self.cities else []

    @property
    def city_changes(self) -> list[ValueChange]:
        return self.cities.changed if self.cities else []

    def summary(self) -> str:
        """One paragraph for the CLI and the flow's artifact."""
        parts = [
            f"Population refreshed at {self.refreshed_at}.",
            self.countries.describe("Countries (World Bank)") + ".",
        ]
        if self.cities is not None:
            parts.append(self.cities.describe("Cities, city proper") + ".")
        else:
            parts.append("Cities: not refreshed (no city-proper source or no city links).")
        return " ".join(parts)


def refresh_population(
    population_dir: Path,
    country_source: CountryPopulationSource,
    city_proper_source: CityPopulationSource | None,
    city_links: pd.DataFrame | None,
    *,
    now: datetime,
) -> RefreshReport:
    """Fetch, validate, write new dated snapshots atomically, and report the differences."""
    refreshed_at = now.astimezone(UTC).isoformat(timespec="seconds")
    countries = validate_rows(
        _fetch(country_source.country_population, "countries"),
        COUNTRY_COLUMNS,
        key=("country_iso3", "year"),
        basis="national",
    )
    cities: pd.DataFrame | None = None
    if city_proper_source is not None and city_links is not None and len(city_links):
        cities = validate_rows(
            _fetch(lambda: city_proper_source.city_population(city_links), "cities"),
            CITY_COLUMNS,
            key=("city_id", "year"),
            basis="city_proper",
        ).sort_values(["city_id", "year"], ignore_index=True)

    worldbank_dir = population_dir / "worldbank"
    city_dir = population_dir / CITY_SNAPSHOT_SUBDIR
    # Read the previous snapshots before anything is written: they are what we compare with.
    previous_countries = _previous_countries(worldbank_dir)
    previous_cities = _previous_cities(city_dir) if cities is not None else None
    stamp = _free_stamp(now, [worldbank_dir, city_dir])

    staged: list[tuple[Path, str]] = []
    try:
        country_bytes = _csv_bytes(country_rows_to_long(countries))
        staged.append(
            _stage(
                worldbank_dir,
                SNAPSHOT_FILE_NAME,
                country_bytes,
                _provenance(
                    country_source,
                    country_bytes,
                    refreshed_at,
                    len(countries),
                    title=f"Population, total ({INDICATOR}), live API",
                    publisher="World Bank, World Development Indicators",
                    attribution=f"World Bank, World Development Indicators, {INDICATOR}"
                    " (CC BY 4.0)",
                ),
            )
        )
        if cities is not None:
            city_bytes = _csv_bytes(cities)
            staged.append(
                _stage(
                    city_dir,
                    CITY_SNAPSHOT_FILE_NAME,
                    city_bytes,
                    _provenance(
                        city_proper_source,
                        city_bytes,
                        refreshed_at,
                        len(cities),
                        title="City-proper population (Wikidata P1082 + P585, GeoNames fallback)",
                        publisher="Wikidata",
                        attribution="Wikidata (CC0 1.0); fallback rows: GeoNames (CC BY 4.0)",
                    ),
                )
            )
        published = _publish(staged, stamp)
    except BaseException:
        for temporary, _ in staged:
            shutil.rmtree(temporary, ignore_errors=True)  # gone already once published
        raise

    country_diff = diff_snapshots(
        previous_countries,
        countries.rename(columns={"country_iso3": "entity_id"}),
        snapshot_dir=published[0],
    )
    city_diff = None
    if cities is not None:
        city_diff = diff_snapshots(
            previous_cities,
            cities.rename(columns={"city_id": "entity_id"}),
            snapshot_dir=published[1],
        )
    return RefreshReport(refreshed_at=refreshed_at, countries=country_diff, cities=city_diff)


def _fetch(fetch: Callable[[], pd.DataFrame], what: str) -> pd.DataFrame:
    """Run a source; an unexpected non-project error still ends as one FetchError line."""
    try:
        rows = fetch()
    except CctvDensityError:
        raise
    except Exception as exc:  # a source bug must not leave a half-written snapshot either
        raise FetchError(f"{what}: source failed ({type(exc).__name__}: {exc})") from exc
    if not isinstance(rows, pd.DataFrame):
        raise FetchError(f"{what}: source returned {type(rows).__name__}, not a DataFrame")
    return rows


def validate_rows(
    rows: pd.DataFrame, columns: tuple[str, ...], *, key: tuple[str, str], basis: str
) -> pd.DataFrame:
    """The rows if they are a usable snapshot, else FetchError naming the first problem."""
    missing = [c for c in columns if c not in rows.columns]
    if missing:
        raise FetchError("validation: column is missing", field=missing[0])
    if rows.empty:
        raise FetchError("validation: the source returned no rows")
    if rows[list(columns)].isna().any().any():
        column = next(c for c in columns if rows[c].isna().any())
        raise FetchError("validation: empty value", field=column)
    population = pd.to_numeric(rows["population"], errors="coerce")
    if not (population > 0).all():
        bad = rows.loc[~(population > 0)].iloc[0]
        raise FetchError(
            "validation: population is not positive", field="population", value=bad.to_dict()
        )
    if not (rows["basis"] == basis).all():
        raise FetchError(f"validation: basis is not {basis!r}", field="basis")
    duplicated = rows.duplicated(list(key))
    if duplicated.any():
        bad = rows.loc[duplicated].iloc[0]
        raise FetchError(
            "validation: entity and year appear twice",
            field=key[0],
            value=f"{bad[key[0]]} {bad[key[1]]}",
        )
    try:
        typed = city_frame(rows) if "city_id" in columns else country_frame(rows)
    except (ValueError, TypeError) as exc:
        raise FetchError(f"validation: {exc}") from None
    return typed


def diff_snapshots(
    previous: pd.DataFrame | str | None, current: pd.DataFrame, *, snapshot_dir: Path
) -> SnapshotDiff:
    """Entities added/removed and values moved by more than 1 % (columns entity_id, year,
    population in both). `previous` is None for a first snapshot, or a str saying why it
    could not be read."""
    if previous is None or isinstance(previous, str):
        return SnapshotDiff(
            snapshot_dir=snapshot_dir,
            row_count=len(current),
            previous_problem=previous if isinstance(previous, str) else None,
        )
    previous_dir = Path(str(previous.attrs.get("snapshot_dir", "")))
    before, after = set(previous["entity_id"]), set(current["entity_id"])
    joined = previous.merge(current, on=["entity_id", "year"], suffixes=("_previous", ""))
    relative = (joined["population"] - joined["population_previous"]).abs() / joined[
        "population_previous"
    ].where(joined["population_previous"] > 0)
    moved = joined.loc[relative > CHANGE_THRESHOLD]
    return SnapshotDiff(
        snapshot_dir=snapshot_dir,
        row_count=len(current),
        previous_dir=previous_dir,
        added=sorted(str(e) for e in after - before),
        removed=sorted(str(e) for e in before - after),
        changed=[
            ValueChange(
                str(r.entity_id), int(r.year), int(r.population_previous), int(r.population)
            )
            for r in moved.itertuples(index=False)
        ],
    )


def _previous_countries(worldbank_dir: Path) -> pd.DataFrame | str | None:
    dirs = dated_snapshot_dirs(worldbank_dir)
    if not dirs:
        return None
    try:
        path = single_data_file(dirs[-1], "*.csv")
        read_provenance(path)
        long = read_worldbank_long(path)
        aggregates_path = worldbank_dir / "aggregates.csv"
        if aggregates_path.exists():
            long = long.loc[~long["Country Code"].isin(read_aggregate_codes(aggregates_path))]
    except SnapshotError as exc:
        return exc.one_line()
    previous = pd.DataFrame(
        {"entity_id": long["Country Code"], "year": long["Year"], "population": long["Value"]}
    )
    previous.attrs["snapshot_dir"] = str(dirs[-1])
    return previous


def _previous_cities(city_dir: Path) -> pd.DataFrame | str | None:
    dirs = dated_snapshot_dirs(city_dir)
    if not dirs:
        return None
    try:
        path = single_data_file(dirs[-1], CITY_SNAPSHOT_FILE_NAME)
        read_provenance(path)
        rows = pd.read_csv(path, usecols=["city_id", "year", "population"])
    except (SnapshotError, ValueError, OSError) as exc:
        return exc.one_line() if isinstance(exc, SnapshotError) else str(exc)
    previous = rows.rename(columns={"city_id": "entity_id"})
    previous.attrs["snapshot_dir"] = str(dirs[-1])
    return previous


def _free_stamp(now: datetime, parents: list[Path]) -> str:
    """Today's date, or date+time when a snapshot of today already exists (never overwrite)."""
    moment = now.astimezone(UTC)
    for stamp in (moment.strftime("%Y-%m-%d"), moment.strftime("%Y-%m-%dT%H%M%S")):
        if not any((parent / stamp).exists() for parent in parents):
            return stamp
    raise SnapshotError("a snapshot with this timestamp already exists", path=str(parents[0]))


def _csv_bytes(rows: pd.DataFrame) -> bytes:
    return rows.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _provenance(
    source: object,
    content: bytes,
    retrieved_at: str,
    row_count: int,
    *,
    title: str,
    publisher: str,
    attribution: str,
) -> Provenance:
    return Provenance(
        source_url=str(getattr(source, "source_url", "") or type(source).__name__),
        retrieved_at=retrieved_at,
        licence=str(getattr(source, "licence", "") or "see source"),
        sha256=sha256_hex(content),
        publisher=publisher,
        title=title,
        attribution=attribution,
        row_count=row_count,
        notes=f"Written by refresh_population from {type(source).__name__}.",
    )


def _stage(
    parent: Path, file_name: str, content: bytes, provenance: Provenance
) -> tuple[Path, str]:
    """Write file + sidecar into a hidden temp dir beside the final one; (temp dir, name)."""
    parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=".incoming-", dir=parent))
    try:
        temporary.chmod(0o755)  # mkdtemp makes it private; a snapshot is for everyone to read
        data_path = temporary / file_name
        data_path.write_bytes(content)
        write_provenance(data_path, provenance)
    except OSError as exc:
        shutil.rmtree(temporary, ignore_errors=True)
        raise SnapshotError(f"cannot write snapshot ({exc})", path=str(temporary)) from None
    return temporary, file_name


def _publish(staged: list[tuple[Path, str]], stamp: str) -> list[Path]:
    """Move every staged dir to <parent>/<stamp>; undo the earlier moves if one fails."""
    published: list[tuple[Path, Path]] = []
    try:
        for temporary, _ in staged:
            target = temporary.parent / stamp
            os.replace(temporary, target)
            published.append((temporary, target))
    except OSError as exc:
        for temporary, target in reversed(published):
            os.replace(target, temporary)
        raise SnapshotError(f"cannot publish snapshot ({exc})", path=str(staged[0][0])) from None
    return [target for _, target in published]


class CityProperSnapshot:
    """city_proper rows from the newest refreshed wikidata/<date>/city_proper.csv."""

    def __init__(self, population_dir: Path) -> None:
        self.city_dir = population_dir / CITY_SNAPSHOT_SUBDIR

    def city_population(self, city_links: pd.DataFrame) -> pd.DataFrame:
        """The snapshot's rows for the linked cities (matched on city_id)."""
        path = single_data_file(newest_snapshot_dir(self.city_dir), CITY_SNAPSHOT_FILE_NAME)
        read_provenance(path)
        try:
            rows = pd.read_csv(path, dtype={"city_id": "string", "country_iso3": "string"})
            typed = city_frame(rows)
        except (OSError, ValueError, pd.errors.ParserError) as exc:
            raise SnapshotError(f"cannot read city snapshot ({exc})", path=str(path)) from None
        wanted = set(city_links["city_id"].astype(str))
        kept = typed.loc[typed["city_id"].astype(str).isin(wanted)]
        return city_frame(kept) if len(kept) else city_frame({})

    def has_snapshot(self) -> bool:
        """Whether a refresh has written one (else use GeonamesCityProper offline)."""
        return bool(dated_snapshot_dirs(self.city_dir))

    def snapshot_label(self) -> str:
        return snapshot_date(newest_snapshot_dir(self.city_dir))
