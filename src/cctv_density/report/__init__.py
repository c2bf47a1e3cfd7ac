"""The human-readable report of a pipeline run: HTML page, markdown and table artifacts."""

from cctv_density.report.render import render_report, report_markdown, report_tables
from cctv_density.report.screenshot import screenshot_report

__all__ = ["render_report", "report_markdown", "report_tables", "screenshot_report"]
