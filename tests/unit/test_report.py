"""Tests of the data-quality report: HTML page, markdown summary and table artifacts."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import duckdb
import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from cctv_density.errors import CctvDensityError
from cctv_density.quality.runner import ExpectationResult
from cctv_density.report import render_report, report_markdown, report_tables
from cctv_density.report.data import density_charts, nice_ticks, read_report_data
from tests.quality_fixture import (
    RUN_MOMENT,
    conflict_warning,
    quality_warehouse,
    record_quality_run,
)

RUN_ID = "2026-11-26T12-00-00Z"
RUN_SUMMARY = {
    "run_id": RUN_ID,
    "documents": 2,
    "claims": 6,
    "countries": 4,
    "cities": 2,
    "warehouse_path": "data/warehouse/cctv.duckdb",
    "started_at": RUN_MOMENT,
}


def quality_results() -> list[ExpectationResult]:
    return [
        ExpectationResult(
            suite="claims",
            table_name="claims",
            expectation="expect_column_values_to_be_between",
            column_name="value",
            severity="critical",
            success=False,
            unexpected_count=1,
            element_count=6,
            unexpected_examples=[{"value": -5.0, "claim_id": "<script>x</script>"}],
            description="claimed values are positive",
            details={"element_count": 6},
        ),
        ExpectationResult(
            suite="claims",
            table_name="claims",
            expectation="expect_column_values_to_be_unique",
            column_name="claim_id",
            severity="critical",
            success=True,
            unexpected_count=0,
            element_count=6,
            description="claim ids are unique",
        ),
        conflict_warning(),
    ]


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    return record_quality_run(quality_warehouse(), RUN_ID, quality_results())


def rendered(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> tuple[Path, HTMLParser]:
    path = render_report(con, run_id=RUN_ID, reports_dir=tmp_path, run_summary=RUN_SUMMARY)
    return path, HTMLParser(path.read_text(encoding="utf-8"))


def table_rows(page: HTMLParser, selector: str) -> list[list[str]]:
    return [
        [cell.text(strip=True) for cell in row.css("td")]
        for row in page.css(f"{selector} tbody tr")
    ]


def test_report_is_written_per_run_and_copied_to_latest(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    path, _ = rendered(con, tmp_path)

    assert path == tmp_path / RUN_ID / "report.html"
    latest = tmp_path / "latest" / "report.html"
    assert latest.read_bytes() == path.read_bytes()
    assert sorted(p.name for p in (tmp_path / "latest").iterdir()) == ["report.html"]


def test_document_text_is_escaped(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    path, page = rendered(con, tmp_path)
    text = path.read_text(encoding="utf-8")

    assert "<script" not in text.lower()
    assert page.css("script") == []
    assert "&lt;script&gt;alert(&#34;quote&#34;)&lt;/script&gt;" in text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in text
    quotes = [node.text() for node in page.css("table.claims blockquote")]
    assert 'an estimated 5.2 million cameras in the UK <script>alert("quote")</script>' in quotes


def test_report_is_self_contained(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    path, page = rendered(con, tmp_path)
    text = path.read_text(encoding="utf-8")

    assert page.css("link") == [] and page.css("img") == [] and page.css("iframe") == []
    assert [node for node in page.css("[src]")] == []
    assert "@import" not in text and "url(" not in text
    external_links = [
        node.attributes["href"]
        for node in page.css("[href]")
        if not str(node.attributes["href"]).startswith("#")
    ]
    # Only the source documents' own web pages are linked (never loaded by the page).
    assert external_links == ["https://example.org/cctv"] * 4


def test_chart_has_one_bar_per_density_on_a_shared_scale(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    _, page = rendered(con, tmp_path)
    charts = page.css("svg.density-chart")

    assert [chart.css_first("title").text() for chart in charts] == [
        "Cameras per 1,000 people: Countries (national population)",
        "Cameras per 1,000 people: Cities (urban agglomeration)",
        "Cameras per 1,000 people: Cities (city proper)",
    ]
    bars = {
        rect.css_first("title").text(): float(str(rect.attributes["width"]))
        for chart in charts
        for rect in chart.css("rect")
    }
    china = 1410710000 / 2.5 / 1410710000 * 1000  # 400 per 1,000: the largest, axis to 400
    london_agglomeration = 942562 / 9648110 * 1000
    assert set(bars) == {
        "China (CHN): 400.0",
        f"United States (USA): {77500000 / 334900000 * 1000:.1f}",
        f"United Kingdom (GBR): {5200000 / 68350000 * 1000:.1f}",
        f"London (GBR): {london_agglomeration:.1f}",
        f"London (GBR): {942562 / 8866180 * 1000:.1f}",
    }
    plot_width = 420
    assert bars["China (CHN): 400.0"] == pytest.approx(plot_width * china / 400, abs=0.05)
    assert bars[f"London (GBR): {london_agglomeration:.1f}"] == pytest.approx(
        plot_width * london_agglomeration / 400, abs=0.05
    )


def test_density_tables_format_numbers(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    _, page = rendered(con, tmp_path)

    countries = table_rows(page, "table.countries")
    assert [row[0] for row in countries] == [
        "ChinaCHN",
        "United StatesUSA",
        "United KingdomGBR",
        "FranceFRA",
    ]
    uk = countries[2]
    assert uk[1] == f"{5200000 / 68350000 * 1000:.1f}" == "76.1"
    assert uk[3] == "5,200,000"
    assert uk[5].startswith("68,350,000")
    cities = table_rows(page, "table.cities")
    assert [(row[0], row[1]) for row in cities] == [
        ("LondonGBR", "urban agglomeration(primary)"),
        ("LondonGBR", "city proper"),
        ("ParisFRA", "urban agglomeration(primary)"),
    ]


def test_quality_section_lists_failures_first_with_examples(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    _, page = rendered(con, tmp_path)

    failed = table_rows(page, "table.quality-failed")
    assert [(row[0], row[1]) for row in failed] == [
        ("fail · critical", "claims.value"),
        ("fail · warning", "camera_density_country.conflicting_claims"),
    ]
    assert failed[0][3] == "1 of 6"
    assert failed[0][4] == "value=-5.0, claim_id='<script>x</script>'"
    passed = table_rows(page, "details table.quality-passed")
    assert passed == [
        [
            "passcritical",
            "claims.claim_id",
            "claim ids are uniqueexpect_column_values_to_be_unique",
            "6",
        ]
    ]
    assert page.css_first("details summary").text() == "1 expectation passed (show)"
    verdict = page.css_first("p.verdict").text(separator=" ", strip=True)
    assert "Validation failed" in verdict
    assert "1 of 3 expectations passed, 1 critical failed, 1 warning" in " ".join(verdict.split())


def test_conflicts_mismatches_and_places_without_figures(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    con.execute(
        "update camera_density_country set density_difference_pct = 25.0,"
        " stated_vs_computed_mismatch = true where country_iso3 = 'GBR'"
    )
    _, page = rendered(con, tmp_path)

    conflicts = table_rows(page, "table.conflicts")
    assert conflicts == [
        [
            "United States (USA)",
            "70,000,000",
            "85,000,000",
            "77,500,000",
            "85,000,000 cameras (over, cctv-article); 70,000,000 cameras (about, second-article)",
        ]
    ]
    assert table_rows(page, "table.mismatches") == [
        ["United Kingdom (GBR)", "76.1", "77.0", "+25.0 %"]
    ]
    no_figure = table_rows(page, "table.no-figure")
    assert [row[0] for row in no_figure] == ["FranceFRA", "ParisFRA"]
    assert "France was mentioned without a number." in no_figure[0][2]
    assert "Paris also has cameras." in no_figure[1][2]


def test_every_published_number_shows_its_claims_and_documents(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    _, page = rendered(con, tmp_path)

    places = {node.attributes["id"]: node for node in page.css("#evidence div.entity")}
    assert set(places) == {"country-GBR", "country-USA", "country-CHN", "city-wup-1"}
    usa_quotes = [node.text() for node in places["country-USA"].css("blockquote")]
    assert usa_quotes == ["over 85 million cameras in the US", "about 70 million in America"]
    usa_documents = [
        row.css("td")[2].text(strip=True) for row in places["country-USA"].css("tr")[1:]
    ]
    assert usa_documents[1] == "Second articlesecond-article · 2023-06-01"
    london = places["city-wup-1"].css("li")
    assert len(london) == 2  # one density per population basis, one set of claims
    assert [node.text() for node in places["city-wup-1"].css("blockquote")] == [
        "London has 942,562 cameras"
    ]


def test_run_summary_shows_the_given_values(con: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    _, page = rendered(con, tmp_path)

    terms = [node.text(strip=True) for node in page.css("dl.summary dt")]
    values = [node.text(strip=True) for node in page.css("dl.summary dd")]
    summary = dict(zip(terms, values, strict=True))
    assert summary["Run id"] == RUN_ID
    assert summary["Documents"] == "2"
    assert summary["Warehouse"] == "data/warehouse/cctv.duckdb"
    assert summary["Started"] == "2026-11-26 12:00:00"
    assert summary["Validation"].startswith("failed")


def test_markdown_summary(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "update camera_density_country set entity_name = 'China <b>|' where country_iso3 = 'CHN'"
    )

    markdown = report_markdown(con, run_id=RUN_ID, run_summary=RUN_SUMMARY)

    assert f"# CCTV camera density — run {RUN_ID}" in markdown
    assert "| Documents | 2 |" in markdown
    assert "Validation FAILED: 3 expectations, 1 passed, 1 critical failed, 1 warnings." in markdown
    assert "- **critical** claims.value expect_column_values_to_be_between: 1 of 6 rows" in markdown
    assert "| United Kingdom (GBR) | 76.1 | 13.1 | 5,200,000 | 68,350,000 | 2023 |" in markdown
    assert "China &lt;b&gt;\\| (CHN)" in markdown
    assert "<b>" not in markdown
    assert "- conflicting claims: United States (USA)" in markdown
    assert "France (FRA), Paris (FRA, urban agglomeration)" in markdown


def test_table_artifacts_are_json_rows(con: duckdb.DuckDBPyConnection) -> None:
    tables = report_tables(con, run_id=RUN_ID)

    assert set(tables) == {"density_per_country", "density_per_city", "quality_results"}
    json.dumps(tables)  # a Prefect table artifact must serialise
    by_country = {row["country_iso3"]: row for row in tables["density_per_country"]}
    assert by_country["GBR"]["cameras_per_1000_people"] == round(5200000 / 68350000 * 1000, 2)
    assert by_country["FRA"]["no_figure"] is True
    assert by_country["FRA"]["cameras_per_1000_people"] is None
    assert len(tables["density_per_city"]) == 3
    assert [(row["severity"], row["success"]) for row in tables["quality_results"]] == [
        ("critical", False),
        ("warning", False),
        ("critical", True),
    ]


def test_report_without_quality_results_says_so(tmp_path: Path) -> None:
    connection = quality_warehouse()

    _, page = rendered(connection, tmp_path)

    assert "No validation results were recorded" in page.css_first("#quality").text()


@pytest.mark.parametrize("run_id", ["../escape", "a/b", "", "latest", ".hidden"])
def test_run_id_must_be_one_plain_path_component(
    con: duckdb.DuckDBPyConnection, tmp_path: Path, run_id: str
) -> None:
    with pytest.raises(CctvDensityError, match="run id"):
        render_report(con, run_id=run_id, reports_dir=tmp_path, run_summary={})
    assert list(tmp_path.iterdir()) == []


def test_missing_mart_is_a_one_line_error(tmp_path: Path) -> None:
    connection = quality_warehouse()
    connection.execute("drop table camera_density_city")

    with pytest.raises(CctvDensityError, match="camera_density_city"):
        read_report_data(connection, run_id=RUN_ID, run_summary={})


@pytest.mark.parametrize(
    ("largest", "ticks"),
    [
        (77.0, [0, 20, 40, 60, 80]),
        (400.0, [0, 100, 200, 300, 400]),
        (9.0, [0, 2.5, 5, 7.5, 10]),
        (0.0, [0, 1]),
    ],
)
def test_nice_ticks_cover_the_largest_value(largest: float, ticks: list[float]) -> None:
    assert nice_ticks(largest) == ticks


def test_no_chart_groups_without_densities() -> None:
    assert density_charts([], []) == ()


def test_template_is_packaged_with_the_module() -> None:
    template = resources.files("cctv_density.report") / "templates" / "report.html.j2"
    assert template.is_file()


def test_summary_lists_read_as_text() -> None:
    from cctv_density.report.render import format_value

    assert format_value(["claims", "documents"]) == "claims, documents"
    assert format_value([]) == "none"
