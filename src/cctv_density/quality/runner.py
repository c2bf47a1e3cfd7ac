"""Run the expectation suites on the warehouse and record the results in quality tables."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd

from cctv_density.build import main_tables
from cctv_density.quality.suites import CRITICAL, WARNING, SuiteSpec, build_suites

if TYPE_CHECKING:
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult,
        ExpectationValidationResult,
    )
    from great_expectations.data_context import AbstractDataContext
    from great_expectations.datasource.fluent import PandasDatasource
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration,
    )

DATASOURCE_NAME = "cctv_warehouse"
BATCH_DEFINITION_NAME = "whole_frame"
EXAMPLES_KEPT = 5  # offending rows kept per expectation
LIST_ITEMS_KEPT = 20  # long value sets are cut in `details`

QUALITY_TABLES_DDL = {
    "quality_runs": """
        create table quality_runs (
            run_id varchar not null,
            started_at timestamp not null,
            finished_at timestamp not null,
            success boolean not null,
            critical_failed integer not null,
            warnings_failed integer not null,
            expectations_evaluated integer not null
        );
        comment on table quality_runs is
            'One row per validation run of the warehouse (times in UTC).';
        comment on column quality_runs.success is 'No critical expectation failed.';
    """,
    "quality_results": """
        create table quality_results (
            run_id varchar not null,
            suite varchar not null,
            table_name varchar not null,
            expectation varchar not null,
            column_name varchar,
            severity varchar not null,
            success boolean not null,
            unexpected_count bigint,
            unexpected_examples varchar,
            details varchar
        );
        comment on table quality_results is
            'One row per expectation evaluated in a validation run.';
        comment on column quality_results.severity is
            'critical (a failure stops publication) or warning (reported only).';
        comment on column quality_results.unexpected_examples is
            'JSON list of offending values, with the keys of their rows.';
        comment on column quality_results.details is
            'JSON: description, arguments, element count, observed value or error.';
    """,
}


@dataclass(frozen=True)
class ExpectationResult:
    """The outcome of one expectation on one table."""

    suite: str
    table_name: str
    expectation: str
    column_name: str | None
    severity: str
    success: bool
    unexpected_count: int | None
    element_count: int | None
    unexpected_examples: list[Any] = field(default_factory=list)
    description: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        """One line: 'claims.value expect_…: 1 of 12 rows unexpected (e.g. -5.0)'."""
        target = f"{self.table_name}.{self.column_name}" if self.column_name else self.table_name
        head = f"{target} {self.expectation}"
        if "where" in self.details:
            head += f" [where {self.details['where']}]"
        if "error" in self.details:
            return f"{head}: error: {self.details['error']}"
        if self.unexpected_count is None:
            observed = self.details.get("observed_value")
            return f"{head}: {'passed' if self.success else 'failed'}" + (
                f" (observed {_short(observed)})" if observed is not None else ""
            )
        text = f"{head}: {self.unexpected_count} of {self.element_count} rows unexpected"
        if self.unexpected_examples:
            text += f" (e.g. {_describe_example(self.unexpected_examples[0], self.column_name)})"
        return text


@dataclass
class QualityOutcome:
    """All expectation results of one validation run; success means no critical failure."""

    run_id: str
    success: bool
    results: list[ExpectationResult]
    critical_failures: list[str]
    warnings: list[str]

    def summary(self) -> str:
        passed = sum(result.success for result in self.results)
        lines = [
            f"quality run {self.run_id}: {len(self.results)} expectations evaluated, "
            f"{passed} passed; {len(self.critical_failures)} critical failed, "
            f"{len(self.warnings)} warnings"
        ]
        lines += [f"CRITICAL {line}" for line in self.critical_failures]
        lines += [f"WARNING {line}" for line in self.warnings]
        return "\n".join(lines)


def validate_warehouse(
    con: duckdb.DuckDBPyConnection, *, run_id: str, gx_dir: Path
) -> QualityOutcome:
    """Validate every warehouse table with its suite and append the results to `con`.

    Writes one quality_runs row and one quality_results row per expectation (rows of an
    earlier run with the same run_id are replaced). GX keeps its file-mode project in
    `gx_dir`; suites and the data source are updated in place, so re-runs add no files.
    """
    started_at = _utc_now()
    context = _open_context(gx_dir)
    datasource = context.data_sources.add_or_update_pandas(name=DATASOURCE_NAME)
    existing = main_tables(con)
    results: list[ExpectationResult] = []
    for spec in build_suites():
        results += _run_suite(con, context, datasource, spec, existing)
    outcome = outcome_from_results(run_id, results)
    write_quality_tables(con, outcome, started_at=started_at, finished_at=_utc_now())
    return outcome


def outcome_from_results(run_id: str, results: Sequence[ExpectationResult]) -> QualityOutcome:
    """Sort the results into critical failures and warnings."""
    failed = [result for result in results if not result.success]
    critical = [result.line() for result in failed if result.severity == CRITICAL]
    warnings = [result.line() for result in failed if result.severity != CRITICAL]
    return QualityOutcome(
        run_id=run_id,
        success=not critical,
        results=list(results),
        critical_failures=critical,
        warnings=warnings,
    )


def write_quality_tables(
    con: duckdb.DuckDBPyConnection,
    outcome: QualityOutcome,
    *,
    started_at: datetime,
    finished_at: datetime,
) -> None:
    """Create quality_runs/quality_results if missing and append this run in one transaction.

    Rows of an earlier run with the same run_id are replaced. Call it outside a transaction:
    it begins and commits its own.
    """
    existing = main_tables(con)
    results_frame = pd.DataFrame(
        {
            "run_id": [outcome.run_id for _ in outcome.results],
            "suite": [result.suite for result in outcome.results],
            "table_name": [result.table_name for result in outcome.results],
            "expectation": [result.expectation for result in outcome.results],
            "column_name": [result.column_name for result in outcome.results],
            "severity": [result.severity for result in outcome.results],
            "success": [result.success for result in outcome.results],
            "unexpected_count": pd.array(
                [result.unexpected_count for result in outcome.results], dtype="Int64"
            ),
            "unexpected_examples": [
                json.dumps(_jsonable(result.unexpected_examples)) for result in outcome.results
            ],
            "details": [json.dumps(_jsonable(_details_row(result))) for result in outcome.results],
        }
    )
    con.begin()
    try:
        for table_name, ddl in QUALITY_TABLES_DDL.items():
            if table_name not in existing:
                con.execute(ddl)
        con.execute("delete from quality_runs where run_id = ?", [outcome.run_id])
        con.execute("delete from quality_results where run_id = ?", [outcome.run_id])
        con.execute(
            "insert into quality_runs values (?, ?, ?, ?, ?, ?, ?)",
            [
                outcome.run_id,
                started_at,
                finished_at,
                outcome.success,
                len(outcome.critical_failures),
                len(outcome.warnings),
                len(outcome.results),
            ],
        )
        con.register("quality_results_frame", results_frame)
        con.execute(
            """
            insert into quality_results
            select run_id, suite, table_name, expectation, column_name, severity, success,
                   cast(unexpected_count as bigint), unexpected_examples, details
            from quality_results_frame
            """
        )
        con.unregister("quality_results_frame")
        con.commit()
    except BaseException:
        con.rollback()
        raise


def _open_context(gx_dir: Path) -> AbstractDataContext:
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    gx_dir.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="file", project_root_dir=gx_dir)
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    context.variables.save()
    return context


def _run_suite(
    con: duckdb.DuckDBPyConnection,
    context: AbstractDataContext,
    datasource: PandasDatasource,
    spec: SuiteSpec,
    existing_tables: set[str],
) -> list[ExpectationResult]:
    import great_expectations as gx

    missing = [table for table in spec.reads if table not in existing_tables]
    if missing:
        return [_structural_failure(spec, "expect_table_to_exist", f"missing table {missing}")]
    try:
        frame = con.sql(spec.query).df()
    except duckdb.Error as exc:
        return [_structural_failure(spec, "expect_query_to_run", str(exc).splitlines()[0])]
    key_columns = [column for column in spec.key_columns if column in frame.columns]

    asset = (
        datasource.get_asset(spec.name)
        if spec.name in datasource.get_asset_names()
        else datasource.add_dataframe_asset(name=spec.name)
    )
    batch_definition = next(
        (bd for bd in asset.batch_definitions if bd.name == BATCH_DEFINITION_NAME), None
    ) or asset.add_batch_definition_whole_dataframe(BATCH_DEFINITION_NAME)
    suite = context.suites.add_or_update(
        gx.ExpectationSuite(name=spec.name, expectations=list(spec.expectations))
    )
    batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
    validation: ExpectationSuiteValidationResult = batch.validate(
        suite,
        result_format={
            "result_format": "SUMMARY",
            "unexpected_index_column_names": key_columns,
            "partial_unexpected_count": EXAMPLES_KEPT,
        },
    )
    position = {expectation.id: index for index, expectation in enumerate(suite.expectations)}
    configured = [
        (result, result.expectation_config)
        for result in validation.results
        if result.expectation_config is not None
    ]
    # GX returns results grouped by metric, not in suite order; the report wants suite order.
    configured.sort(key=lambda pair: position.get(pair[1].id, len(position)))
    return [_result_from_gx(spec, result, config) for result, config in configured]


def _result_from_gx(
    spec: SuiteSpec, result: ExpectationValidationResult, config: ExpectationConfiguration
) -> ExpectationResult:
    kwargs = {key: value for key, value in config.kwargs.items() if key != "batch_id"}
    outcome = dict(result.result or {})
    severity = str(getattr(config.severity, "value", config.severity) or CRITICAL)
    details: dict[str, Any] = {
        "arguments": {
            key: value
            for key, value in kwargs.items()
            if key not in {"row_condition", "condition_parser"}
        },
    }
    condition = kwargs.get("row_condition")
    if condition:
        details["where"] = _condition_text(condition)
    for name in ("element_count", "unexpected_percent", "missing_count", "observed_value"):
        if outcome.get(name) is not None:
            details[name] = outcome[name]
    error = _exception_message(result.exception_info)
    if error:
        details["error"] = error
    examples = outcome.get("partial_unexpected_index_list") or outcome.get(
        "partial_unexpected_list", []
    )
    return ExpectationResult(
        suite=spec.name,
        table_name=spec.table_name,
        expectation=config.type,
        column_name=_column_name(kwargs),
        severity=severity if severity in {CRITICAL, WARNING} else WARNING,
        success=bool(result.success),
        unexpected_count=_int_or_none(outcome.get("unexpected_count")),
        element_count=_int_or_none(outcome.get("element_count")),
        unexpected_examples=_jsonable(list(examples)[:EXAMPLES_KEPT]),
        description=config.description,
        details=_jsonable(details),
    )


def _structural_failure(spec: SuiteSpec, expectation: str, error: str) -> ExpectationResult:
    """A suite that could not run at all counts as one critical failure."""
    return ExpectationResult(
        suite=spec.name,
        table_name=spec.table_name,
        expectation=expectation,
        column_name=None,
        severity=CRITICAL,
        success=False,
        unexpected_count=None,
        element_count=None,
        description="the table exists and can be read",
        details={"error": error},
    )


def _column_name(kwargs: Mapping[str, Any]) -> str | None:
    if "column" in kwargs:
        return str(kwargs["column"])
    if "column_list" in kwargs:
        return ",".join(str(column) for column in kwargs["column_list"])
    if "column_A" in kwargs:
        return f"{kwargs['column_A']},{kwargs['column_B']}"
    return None


def _condition_text(condition: object) -> str:
    if isinstance(condition, Mapping):
        return str(condition.get("pass_through_filter") or condition)
    return str(condition)


def _exception_message(exception_info: object) -> str | None:
    """GX nests exception info per metric when several metrics fail; take the first message."""
    if not isinstance(exception_info, Mapping):
        return None
    if exception_info.get("raised_exception"):
        return str(exception_info.get("exception_message"))
    for value in exception_info.values():
        if isinstance(value, Mapping) and value.get("raised_exception"):
            return str(value.get("exception_message"))
    return None


def _details_row(result: ExpectationResult) -> dict[str, Any]:
    return {
        "description": result.description,
        "element_count": result.element_count,
        **result.details,
    }


def _describe_example(example: object, column_name: str | None) -> str:
    """'-5.0 at claim_id=…': the offending value(s), then the key columns of its row."""
    if not isinstance(example, Mapping):
        return _short(example)
    checked = set((column_name or "").split(","))
    values = {key: value for key, value in example.items() if key in checked}
    keys = {key: value for key, value in example.items() if key not in checked}
    shown = (
        _short(next(iter(values.values())))
        if len(values) == 1
        else ", ".join(f"{key}={_short(value)}" for key, value in values.items())
    )
    if not keys:
        return shown
    where = ", ".join(f"{key}={_short(value)}" for key, value in keys.items())
    return f"{shown} at {where}" if shown else where


def _short(value: object, limit: int = 80) -> str:
    text = repr(round(value, 4) if isinstance(value, float) else value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _int_or_none(value: object) -> int | None:
    if value is None:
        return None
    return int(value)  # type: ignore[call-overload]


def _jsonable(value: Any) -> Any:
    """Plain JSON types: numpy scalars unwrapped, NaN → None, long lists cut."""
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, str | bytes):
        return value if isinstance(value, str) else value.decode(errors="replace")
    if isinstance(value, Iterable):
        items = list(value)
        kept = [_jsonable(item) for item in items[:LIST_ITEMS_KEPT]]
        if len(items) > LIST_ITEMS_KEPT:
            kept.append(f"… {len(items) - LIST_ITEMS_KEPT} more")
        return kept
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if value is pd.NA or value is pd.NaT:
        return None
    return str(value)


def _utc_now() -> datetime:
    """UTC as a naive timestamp: the quality tables store UTC without a zone."""
    return datetime.now(UTC).replace(tzinfo=None)
