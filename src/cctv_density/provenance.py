"""Provenance sidecars: every raw file `X` has `X.provenance.json` saying where it came from."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cctv_density.errors import SnapshotError
from cctv_density.model import sha256_hex

SIDECAR_SUFFIX = ".provenance.json"


@dataclass(frozen=True)
class Provenance:
    """Where a raw file came from. `sha256` is of the file's bytes."""

    source_url: str
    retrieved_at: str  # ISO 8601 date or timestamp
    licence: str
    sha256: str
    publisher: str = ""
    title: str = ""
    published_date: str | None = None
    attribution: str = ""
    row_count: int | None = None
    notes: str = ""


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def write_provenance(path: Path, provenance: Provenance) -> Path:
    """Write the sidecar beside `path` (the raw file must already exist)."""
    target = sidecar_path(path)
    payload = {k: v for k, v in asdict(provenance).items() if v not in (None, "")}
    target.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return target


def read_provenance(path: Path, *, verify: bool = True) -> Provenance:
    """The sidecar of `path`; with `verify`, check the recorded sha256 against the file."""
    target = sidecar_path(path)
    try:
        payload: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SnapshotError("provenance sidecar is missing", path=str(target)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SnapshotError(
            f"provenance sidecar is not valid JSON ({exc})", path=str(target)
        ) from None
    known = set(Provenance.__dataclass_fields__)
    for required in ("source_url", "retrieved_at", "licence", "sha256"):
        if not payload.get(required):
            raise SnapshotError("required field is missing", path=str(target), field=required)
    provenance = Provenance(**{k: v for k, v in payload.items() if k in known})
    if verify:
        actual = sha256_hex(path.read_bytes())
        if actual != provenance.sha256:
            raise SnapshotError(
                f"file changed since its provenance was recorded (sha256 {actual[:12]}…)",
                path=str(path),
                field="sha256",
                value=provenance.sha256,
            )
    return provenance
