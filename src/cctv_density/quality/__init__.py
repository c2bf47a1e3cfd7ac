"""Data-quality checks of the warehouse: Great Expectations suites and their runner."""

from cctv_density.quality.runner import ExpectationResult, QualityOutcome, validate_warehouse

__all__ = ["ExpectationResult", "QualityOutcome", "validate_warehouse"]
