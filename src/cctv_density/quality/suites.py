"""The expectation suites that guard each warehouse table, each expectation tagged by severity.

A suite validates one DataFrame read from DuckDB by `query`. Cross-row and cross-table rules
(uniqueness across columns, cameras ≤ 2 × population, traceability to claims) are computed as
extra columns by that query, because GX's row-level SQL expectations do not run on DuckDB.
Great Expectations is imported inside `build_suites` only: importing it costs seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

import pycountry

from cctv_density.model import METRICS, QUALIFIERS

if TYPE_CHECKING:
    from great_expectations.expectations import Expectation

Severity = Literal["critical", "warning"]
CRITICAL: Severity = "critical"  # a failure stops publication
WARNING: Severity = "warning"  # a failure is reported, the run still publishes

#: Codes that are not in ISO 3166-1 but name real places in World Bank and UN data.
EXTRA_COUNTRY_CODES: tuple[str, ...] = ("XKX", "CHI")

CAMERA_COUNT_MAX = 2e9  # more cameras than a quarter of humanity is a parsing error
PEOPLE_PER_CAMERA_MAX = 1e6
CAMERAS_PER_1000_MAX = 1000.0  # one camera per person
CAMERAS_PER_PERSON_MAX = 2  # camera_estimate ≤ population × 2
YEAR_MIN, YEAR_MAX = 1950, 2100
MAX_DENSITY_DIFFERENCE_PCT = 10.0  # stated vs computed cameras per 1,000 people


@cache
def country_codes() -> tuple[str, ...]:
    """ISO 3166-1 alpha-3 codes plus EXTRA_COUNTRY_CODES; World Bank aggregates are absent."""
    iso_codes = {country.alpha_3 for country in pycountry.countries}
    return tuple(sorted(iso_codes | set(EXTRA_COUNTRY_CODES)))


@dataclass(frozen=True)
class SuiteSpec:
    """One expectation suite: the table it guards, the frame it reads and its expectations."""

    name: str
    table_name: str
    #: SQL whose result DataFrame is validated (the table plus any derived columns).
    query: str
    #: Tables the query reads; a missing one is a critical failure.
    reads: tuple[str, ...]
    #: Columns that identify an offending row in the results.
    key_columns: tuple[str, ...]
    expectations: tuple[Expectation, ...]


def build_suites() -> list[SuiteSpec]:
    """Every suite, in the order the tables are built (claims, population, marts)."""
    return [
        _claims_suite(),
        _population_country_suite(),
        _population_city_suite(),
        _density_country_suite(),
        _density_city_suite(),
    ]


def _claims_suite() -> SuiteSpec:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.metadata_types import FailureSeverity

    def metric_range(metric: str, *, max_value: float) -> Expectation:
        return gxe.ExpectColumnValuesToBeBetween(
            column="value",
            min_value=0,
            strict_min=True,
            max_value=max_value,
            row_condition=f'metric=="{metric}"',
            condition_parser="pandas",
            severity=FailureSeverity.CRITICAL,
            description=f"a {metric} lies in (0, {max_value:g}]",
        )

    return SuiteSpec(
        name="claims",
        table_name="claims",
        query="select * from claims",
        reads=("claims",),
        key_columns=("claim_id",),
        expectations=(
            gxe.ExpectColumnValuesToNotBeNull(
                column="claim_id",
                severity=FailureSeverity.CRITICAL,
                description="every claim has an id",
            ),
            gxe.ExpectColumnValuesToBeUnique(
                column="claim_id",
                severity=FailureSeverity.CRITICAL,
                description="claim ids are unique",
            ),
            gxe.ExpectColumnValuesToBeInSet(
                column="metric",
                value_set=list(METRICS),
                severity=FailureSeverity.CRITICAL,
                description="metric is one of model.METRICS",
            ),
            gxe.ExpectColumnValuesToNotBeNull(
                column="metric",
                severity=FailureSeverity.CRITICAL,
                description="every claim has a metric",
            ),
            gxe.ExpectColumnValuesToBeInSet(
                column="qualifier",
                value_set=list(QUALIFIERS),
                severity=FailureSeverity.CRITICAL,
                description="qualifier is one of model.QUALIFIERS",
            ),
            gxe.ExpectColumnValuesToNotBeNull(
                column="value",
                severity=FailureSeverity.CRITICAL,
                description="every claim has a value",
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="value",
                min_value=0,
                strict_min=True,
                severity=FailureSeverity.CRITICAL,
                description="claimed values are positive",
            ),
            metric_range("camera_count", max_value=CAMERA_COUNT_MAX),
            metric_range("people_per_camera", max_value=PEOPLE_PER_CAMERA_MAX),
            metric_range("cameras_per_1000_people", max_value=CAMERAS_PER_1000_MAX),
            gxe.ExpectColumnValuesToNotBeNull(
                column="quote",
                severity=FailureSeverity.CRITICAL,
                description="every claim quotes its source",
            ),
            gxe.ExpectColumnValuesToMatchRegex(
                column="quote",
                regex=r"\S",
                severity=FailureSeverity.CRITICAL,
                description="quotes are not empty or blank",
            ),
            gxe.ExpectColumnValuesToBeInSet(
                column="entity_kind",
                value_set=["country", "city"],
                severity=FailureSeverity.CRITICAL,
                description="a claim is about a country or a city",
            ),
            *_country_code_expectations(),
        ),
    )


def _population_country_suite() -> SuiteSpec:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.metadata_types import FailureSeverity

    return SuiteSpec(
        name="population_country",
        table_name="population_country",
        query="select * from population_country",
        reads=("population_country",),
        key_columns=("country_iso3", "year", "basis"),
        expectations=(
            *_population_expectations(entity_column="country_iso3"),
            gxe.ExpectColumnValuesToBeInSet(
                column="basis",
                value_set=["national"],
                severity=FailureSeverity.CRITICAL,
                description="country population is national",
            ),
            # Aggregates (WLD, EUU, HIC, …) are not ISO codes, so this also keeps them out.
            *_country_code_expectations(),
        ),
    )


def _population_city_suite() -> SuiteSpec:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.metadata_types import FailureSeverity

    return SuiteSpec(
        name="population_city",
        table_name="population_city",
        query="select * from population_city",
        reads=("population_city",),
        key_columns=("city_id", "year", "basis"),
        expectations=(
            gxe.ExpectColumnValuesToNotBeNull(
                column="city_id",
                severity=FailureSeverity.CRITICAL,
                description="every city has an id",
            ),
            *_population_expectations(entity_column="city_id"),
            gxe.ExpectColumnValuesToBeInSet(
                column="basis",
                value_set=["urban_agglomeration", "city_proper"],
                severity=FailureSeverity.CRITICAL,
                description="city population is an agglomeration or the city proper",
            ),
            *_country_code_expectations(),
        ),
    )


def _density_query(mart: str) -> str:
    """The mart plus the derived columns its cross-column and cross-table rules check."""
    return f"""
        with known_claims as (select coalesce(list(claim_id), []) as claim_ids from claims)
        select
            mart.*,
            mart.population * {CAMERAS_PER_PERSON_MAX} as camera_ceiling,
            coalesce(mart.no_figure, false)
                or coalesce(
                    mart.claim_count > 0
                    and len(mart.claim_ids) > 0
                    and list_has_all(known_claims.claim_ids, mart.claim_ids),
                    false
                ) as traceable_to_claims
        from {mart} as mart
        cross join known_claims
    """


def _density_country_suite() -> SuiteSpec:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.metadata_types import FailureSeverity

    return SuiteSpec(
        name="camera_density_country",
        table_name="camera_density_country",
        query=_density_query("camera_density_country"),
        reads=("camera_density_country", "claims"),
        key_columns=("country_iso3",),
        expectations=(
            gxe.ExpectColumnValuesToBeUnique(
                column="country_iso3",
                severity=FailureSeverity.CRITICAL,
                description="one row per country (basis national)",
            ),
            gxe.ExpectColumnValuesToBeInSet(
                column="basis",
                value_set=["national"],
                severity=FailureSeverity.CRITICAL,
                description="country density is national",
            ),
            *_country_code_expectations(),
            *_density_expectations(),
        ),
    )


def _density_city_suite() -> SuiteSpec:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.metadata_types import FailureSeverity

    return SuiteSpec(
        name="camera_density_city",
        table_name="camera_density_city",
        query=_density_query("camera_density_city"),
        reads=("camera_density_city", "claims"),
        key_columns=("city_id", "basis"),
        expectations=(
            gxe.ExpectColumnValuesToNotBeNull(
                column="city_id",
                severity=FailureSeverity.CRITICAL,
                description="every row has a city",
            ),
            # A city without any population has one row whose basis is NULL; pandas counts
            # two NULL-basis rows of one city as duplicates, which is what we want.
            gxe.ExpectCompoundColumnsToBeUnique(
                column_list=["city_id", "basis"],
                ignore_row_if="never",
                severity=FailureSeverity.CRITICAL,
                description="one row per city and basis",
            ),
            gxe.ExpectColumnValuesToBeInSet(
                column="basis",
                value_set=["urban_agglomeration", "city_proper"],
                severity=FailureSeverity.CRITICAL,
                description="city density is per agglomeration or city proper",
            ),
            *_country_code_expectations(),
            *_density_expectations(),
        ),
    )


def _country_code_expectations() -> tuple[Expectation, ...]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.metadata_types import FailureSeverity

    return (
        gxe.ExpectColumnValuesToNotBeNull(
            column="country_iso3",
            severity=FailureSeverity.CRITICAL,
            description="every row names a country",
        ),
        gxe.ExpectColumnValuesToMatchRegex(
            column="country_iso3",
            regex=r"^[A-Z]{3}$",
            severity=FailureSeverity.CRITICAL,
            description="country codes are three upper-case letters",
        ),
        gxe.ExpectColumnValuesToBeInSet(
            column="country_iso3",
            value_set=list(country_codes()),
            severity=FailureSeverity.CRITICAL,
            description="country codes are real ISO 3166-1 codes (or XKX, CHI)",
        ),
    )


def _population_expectations(*, entity_column: str) -> tuple[Expectation, ...]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.metadata_types import FailureSeverity

    return (
        gxe.ExpectColumnValuesToNotBeNull(
            column="population",
            severity=FailureSeverity.CRITICAL,
            description="every row has a population",
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="population",
            min_value=0,
            strict_min=True,
            severity=FailureSeverity.CRITICAL,
            description="populations are positive",
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="year",
            min_value=YEAR_MIN,
            max_value=YEAR_MAX,
            severity=FailureSeverity.CRITICAL,
            description=f"years lie in {YEAR_MIN}..{YEAR_MAX}",
        ),
        gxe.ExpectColumnValuesToNotBeNull(
            column="year",
            severity=FailureSeverity.CRITICAL,
            description="every population has a year",
        ),
        gxe.ExpectCompoundColumnsToBeUnique(
            column_list=[entity_column, "year", "basis"],
            ignore_row_if="never",
            severity=FailureSeverity.CRITICAL,
            description="one population per entity, year and basis",
        ),
    )


def _density_expectations() -> tuple[Expectation, ...]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.metadata_types import FailureSeverity

    return (
        gxe.ExpectColumnValuesToBeBetween(
            column="cameras_per_1000_people",
            min_value=0,
            max_value=CAMERAS_PER_1000_MAX,
            severity=FailureSeverity.CRITICAL,
            description="cameras per 1,000 people lie in 0..1000",
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="camera_ceiling",
            column_B="camera_estimate",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            severity=FailureSeverity.CRITICAL,
            description="camera estimate ≤ population × 2",
        ),
        gxe.ExpectColumnValuesToBeInSet(
            column="traceable_to_claims",
            value_set=[True],
            severity=FailureSeverity.CRITICAL,
            description="every row comes from known claims, or is flagged no_figure",
        ),
        gxe.ExpectColumnValuesToBeInSet(
            column="camera_estimate_kind",
            value_set=["stated", "derived_from_ratio"],
            severity=FailureSeverity.CRITICAL,
            description="camera estimates are stated or derived from a stated ratio",
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="density_difference_pct",
            min_value=-MAX_DENSITY_DIFFERENCE_PCT,
            max_value=MAX_DENSITY_DIFFERENCE_PCT,
            severity=FailureSeverity.WARNING,
            description="stated and computed cameras per 1,000 people agree within 10 %",
        ),
        gxe.ExpectColumnValuesToBeInSet(
            column="conflicting_claims",
            value_set=[False],
            severity=FailureSeverity.WARNING,
            description="claims about one place agree",
        ),
    )
