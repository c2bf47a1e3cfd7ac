"""The project's own exceptions: each carries what caused it, for a one-line message."""

from __future__ import annotations


class CctvDensityError(Exception):
    """Base class: an expected failure, reported to the user in one line (no traceback)."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        value: object = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.field = field
        self.value = value
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line is not None else "")
        parts = [where] if where else []
        if self.field:
            parts.append(f"field {self.field!r}")
        if self.value is not None:
            shown = repr(self.value)
            parts.append(f"value {shown[:80] + '…' if len(shown) > 80 else shown}")
        context = ", ".join(parts)
        return f"{context}: {self.message}" if context else self.message


class DocumentError(CctvDensityError):
    """A document could not be read (missing, binary, empty, bad encoding, too large)."""


class FetchError(CctvDensityError):
    """An HTTP source could not be fetched or returned an unusable payload."""


class DocumentFetchError(DocumentError, FetchError):
    """A document URL could not be fetched: both a document problem and an HTTP problem."""


class SnapshotError(CctvDensityError):
    """A raw snapshot file or its provenance sidecar is missing or malformed."""


class ManualClaimsError(CctvDensityError):
    """A row of data/raw/claims/manual.csv is invalid."""


class ModelError(CctvDensityError):
    """A SQL model failed or its header/dependencies are malformed."""


class ValidationFailed(CctvDensityError):
    """A critical expectation failed: nothing is published."""


class PublishError(CctvDensityError):
    """The warehouse could not be published, locked or rolled back."""
