"""End to end through Prefect, when documents are bad: unreadable files are named and skipped,
and a critical data quality failure publishes nothing and says so in one line. (A module of
its own so that the test runner can run it beside the happy-path module.)"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.cli_runs import assert_quiet, run_cli
from tests.shipped_data import FIRST_ARTICLE

pytestmark = pytest.mark.slow


def test_unreadable_documents_are_reported_by_name_and_skipped(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    documents = tmp_path / "docs"
    documents.mkdir()
    shutil.copy(FIRST_ARTICLE, documents / "article.txt")
    (documents / "binary.txt").write_bytes(b"\x00\x01\x02CCTV\x00" * 50)
    (documents / "empty.txt").write_text("   \n", encoding="utf-8")
    (documents / "latin1.txt").write_bytes(
        "Caf\xe9 cameras: 5 million in France.".encode("latin-1")
    )
    result = run_cli(cli_env, "run", "--documents", str(documents))
    assert result.returncode == 0, result.stderr
    assert_quiet(result)
    for name in ("binary.txt", "empty.txt", "latin1.txt"):
        assert name in result.stdout
    assert "claims 12" in result.stdout


def test_a_critical_failure_publishes_nothing_and_explains_in_one_line(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    good = run_cli(cli_env, "run")
    assert good.returncode == 0, good.stderr
    warehouse = Path(cli_env["CCTV_DENSITY_WAREHOUSE_PATH"])
    published_sha = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    documents = tmp_path / "bad-docs"
    documents.mkdir()
    # Monaco has fewer than 40,000 people: ten million cameras breaks "cameras ≤ 2 × population".
    (documents / "monaco.txt").write_text(
        "Monaco\n\nMonaco has over 10 million CCTV cameras, according to a new estimate.\n",
        encoding="utf-8",
    )
    bad = run_cli(cli_env, "run", "--documents", str(documents))
    assert bad.returncode == 1
    assert_quiet(bad)
    error_lines = [line for line in bad.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and "critical" in error_lines[0], bad.stderr
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == published_sha
    report = warehouse.parent / "reports" / "latest" / "report.html"
    assert report.exists() and "Monaco" in report.read_text(encoding="utf-8")
