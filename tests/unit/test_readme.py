"""The README documents every published table and column (it is read by analysts)."""

from __future__ import annotations

from cctv_density.build import SQL_DIR
from cctv_density.settings import PROJECT_ROOT
from cctv_density.sql_models import discover_models


def test_readme_names_every_published_table_and_column() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    for model in discover_models(SQL_DIR):
        if model.schema != "main":
            continue
        assert f"#### `{model.name}`" in readme, model.name
        section = readme.split(f"#### `{model.name}`", 1)[1].split("#### ", 1)[0]
        for column in model.column_docs:
            assert f"| `{column}` |" in section, f"{model.name}.{column}"


def test_readme_quick_start_is_the_two_make_commands() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make run" in quick_start and "make test" in quick_start
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\nrun:" in makefile and "\ntest:" in makefile
    assert "make test" in (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
