"""Claim extraction: camera figures in a document, resolved to countries and cities."""

from cctv_density.extract.extractor import extract_claims

__all__ = ["extract_claims"]
