"""Run-time glue shared by the flows: run ids, progress lines, expected-failure handling.

Flow modules do not use `from __future__ import annotations`: Prefect validates flow
parameters from their annotations, resolved in the module of the decorator's wrapper.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import wraps
from typing import ParamSpec, TypeVar

from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
from prefect.states import Failed, State

from cctv_density.errors import CctvDensityError

P = ParamSpec("P")
R = TypeVar("R")

progress_log = logging.getLogger("cctv_density.progress")


def new_run_id(now: datetime | None = None) -> str:
    """Sortable, unique enough for one warehouse: UTC time to the microsecond."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%S%fZ")


def progress(message: str) -> None:
    """A progress line for long work (the CLI shows these on stderr)."""
    progress_log.info(message)


class _ExpectedErrorsWithoutTraceback(logging.Filter):
    """Prefect logs a failing task/flow with its traceback; for the project's own expected
    errors the one-line message says everything, so the traceback is dropped (the run's log
    in the Prefect UI keeps the message)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], CctvDensityError):
            record.exc_info = None
            record.exc_text = None
        return True


class _CliConsole(logging.Filter):
    """What the terminal of an interactive command shows: the command prints progress and
    the one-line outcome itself, so run logs (still sent to the Prefect API) and HTTP retry
    notices stay off the console."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith(("prefect.flow_runs", "prefect.task_runs")):
            return False
        return not (record.name.startswith("urllib3") and record.levelno < logging.ERROR)


def install_log_filters(*, verbose: bool = False) -> None:
    """Expected errors never log a traceback; unless `verbose`, the console shows no run logs."""
    expected = _ExpectedErrorsWithoutTraceback()
    for name in ("prefect.flow_runs", "prefect.task_runs"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _ExpectedErrorsWithoutTraceback) for f in logger.filters):
            logger.addFilter(expected)
    if verbose:
        return
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, _CliConsole) for f in handler.filters):
            handler.addFilter(_CliConsole())


def failed_state_on_expected_error(function: Callable[P, R]) -> Callable[P, R | State]:
    """Turn the project's expected errors raised in a flow into a Failed state whose message
    is the one-line reason (Prefect then records the run as failed without a traceback)."""

    @wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | State:
        try:
            return function(*args, **kwargs)
        except CctvDensityError as error:
            return Failed(message=error.one_line())

    return wrapper


@contextlib.contextmanager
def fast_flow_runs() -> Iterator[None]:
    """No flow-run heartbeat thread (it costs ~1 s per run to join and a local run needs none)."""
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield
