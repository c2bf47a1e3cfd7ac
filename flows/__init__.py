"""Prefect flows and the CLI that sits on top of them.

Importing this package quiets Prefect before Prefect itself is imported: no telemetry,
no shutdown tracebacks from the temporary local server, no run chatter. Each variable is
only a default; a value already in the environment wins.
"""

import os
from pathlib import Path

QUIET_PREFECT_ENVIRONMENT = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
    # Prefect's own logging configuration plus one quiet logger (see the file's header): the
    # temporary server's connection pool, whose shutdown tracebacks no level setting reaches.
    "PREFECT_LOGGING_SETTINGS_PATH": str(Path(__file__).with_name("prefect_logging.yml")),
    # The temporary server's first start migrates its database; on 2 busy cores that can
    # take longer than Prefect's default wait.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
}

for _name, _value in QUIET_PREFECT_ENVIRONMENT.items():
    os.environ.setdefault(_name, _value)
