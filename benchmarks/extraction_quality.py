"""Score the claim extractor against a hand-labelled development set (precision and recall).

Usage: uv run python benchmarks/extraction_quality.py [--dir DIR] [--verbose]

Every article in DIR (default tests/fixtures/devset) is read with `read_document`, run through
`extract_claims`, and matched one-to-one against `<name>.gold.csv`; the matching rule is
documented in tests/fixtures/devset/README.md.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cctv_density.errors import CctvDensityError
from cctv_density.model import METRICS, QUALIFIERS, Claim
from cctv_density.settings import PROJECT_ROOT, Settings

DEFAULT_DEVSET_DIR = PROJECT_ROOT / "tests" / "fixtures" / "devset"
ARTICLE_SUFFIXES = (".txt", ".md", ".html")
GOLD_SUFFIX = ".gold.csv"
GOLD_COLUMNS = (
    "doc",
    "entity_name",
    "entity_kind",
    "country_iso3",
    "city_name_hint",
    "metric",
    "value",
    "qualifier",
    "year",
)
#: Largest relative difference between a predicted and a gold value that still matches.
VALUE_TOLERANCE = 0.005


@dataclass(frozen=True, slots=True)
class ScoredClaim:
    """A gold row or a predicted claim reduced to the fields that are matched."""

    doc: str
    entity_kind: str
    country_iso3: str
    names: tuple[str, ...]  # normalised accepted city names (empty for countries)
    metric: str
    value: float
    qualifier: str
    year: int | None
    label: str  # how to show it in a report

    @property
    def exact_key(self) -> tuple[object, ...]:
        return (
            self.doc,
            self.entity_kind,
            self.country_iso3,
            self.metric,
            self.qualifier,
            self.year,
        )


@dataclass(frozen=True, slots=True)
class MetricScore:
    """Counts for one metric (or for all of them)."""

    metric: str
    gold: int
    predicted: int
    true_positives: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0


@dataclass(frozen=True)
class Scores:
    """Result of scoring one directory."""

    per_metric: list[MetricScore]
    overall: MetricScore
    false_positives: list[ScoredClaim]
    false_negatives: list[ScoredClaim]
    documents: int
    errors: list[str] = field(default_factory=list)  # documents that could not be read

    @property
    def precision(self) -> float:
        return self.overall.precision

    @property
    def recall(self) -> float:
        return self.overall.recall


def normalise_name(name: str) -> str:
    """Case- and accent-folded name with punctuation turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", without_marks.casefold()).split())


def names_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Equal, or either name contains the other (on normalised names)."""
    gold_names = [g for g in gold if g]
    for name in predicted:
        if not name:
            continue
        for accepted in gold_names:
            if name == accepted or name in accepted or accepted in name:
                return True
    return False


def values_match(predicted: float, gold: float) -> bool:
    """Within VALUE_TOLERANCE of the gold value (the epsilon absorbs float rounding)."""
    return abs(predicted - gold) <= VALUE_TOLERANCE * abs(gold) * (1 + 1e-9)


def _parse_year(raw: str, where: str) -> int | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise CctvDensityError(
            "year is not an integer", path=where, field="year", value=raw
        ) from None


def read_gold(path: Path) -> list[ScoredClaim]:
    """Rows of one gold file; malformed rows raise with the file and line."""
    rows: list[ScoredClaim] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != GOLD_COLUMNS:
            raise CctvDensityError(
                "gold header differs from the documented columns",
                path=str(path),
                line=1,
                value=reader.fieldnames,
            )
        for line_number, row in enumerate(reader, start=2):
            where = f"{path}:{line_number}"
            if row["metric"] not in METRICS:
                raise CctvDensityError("unknown metric", path=where, value=row["metric"])
            if row["qualifier"] not in QUALIFIERS:
                raise CctvDensityError("unknown qualifier", path=where, value=row["qualifier"])
            if row["entity_kind"] not in ("country", "city"):
                raise CctvDensityError("unknown entity kind", path=where, value=row["entity_kind"])
            hints = tuple(normalise_name(h) for h in row["city_name_hint"].split("|") if h)
            if row["entity_kind"] == "city" and not hints:
                raise CctvDensityError("a city needs a city_name_hint", path=where)
            rows.append(
                ScoredClaim(
                    doc=row["doc"],
                    entity_kind=row["entity_kind"],
                    country_iso3=row["country_iso3"],
                    names=hints if row["entity_kind"] == "city" else (),
                    metric=row["metric"],
                    value=float(row["value"]),
                    qualifier=row["qualifier"],
                    year=_parse_year(row["year"], where),
                    label=f"{row['entity_name']} ({row['country_iso3']})",
                )
            )
    return rows


def scored_from_claim(claim: Claim) -> ScoredClaim:
    names: tuple[str, ...] = ()
    if claim.entity_kind == "city":
        names = tuple(
            dict.fromkeys(normalise_name(n) for n in (claim.entity_name, claim.name_as_written))
        )
    return ScoredClaim(
        doc=claim.doc,
        entity_kind=claim.entity_kind,
        country_iso3=claim.country_iso3,
        names=names,
        metric=claim.metric,
        value=float(claim.value),
        qualifier=claim.qualifier,
        year=claim.year,
        label=f"{claim.entity_name} ({claim.country_iso3}) quote={claim.quote[:70]!r}",
    )


def deduplicate(predicted: Sequence[ScoredClaim]) -> list[ScoredClaim]:
    """One prediction per matching key: an article may state the same figure twice."""
    seen: set[tuple[object, ...]] = set()
    unique: list[ScoredClaim] = []
    for claim in predicted:
        key = (*claim.exact_key, claim.names[:1], round(claim.value, 6))
        if key not in seen:
            seen.add(key)
            unique.append(claim)
    return unique


def claims_match(predicted: ScoredClaim, gold: ScoredClaim) -> bool:
    if predicted.exact_key != gold.exact_key or not values_match(predicted.value, gold.value):
        return False
    return gold.entity_kind != "city" or names_match(predicted.names, gold.names)


def match_one_to_one(
    predicted: Sequence[ScoredClaim], gold: Sequence[ScoredClaim]
) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, closest values first, each side used once."""
    candidates = [
        (abs(p.value - g.value) / max(abs(g.value), 1e-12), pi, gi)
        for pi, p in enumerate(predicted)
        for gi, g in enumerate(gold)
        if claims_match(p, g)
    ]
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _distance, pi, gi in sorted(candidates):
        if pi in used_predicted or gi in used_gold:
            continue
        used_predicted.add(pi)
        used_gold.add(gi)
        pairs.append((pi, gi))
    return pairs


def score_claims(
    predicted: Sequence[ScoredClaim], gold: Sequence[ScoredClaim], documents: int
) -> Scores:
    """Per-metric and overall counts for predicted claims against gold rows."""
    unique = deduplicate(predicted)
    pairs = match_one_to_one(unique, gold)
    matched_predicted = {pi for pi, _ in pairs}
    matched_gold = {gi for _, gi in pairs}
    per_metric = [
        MetricScore(
            metric=metric,
            gold=sum(1 for g in gold if g.metric == metric),
            predicted=sum(1 for p in unique if p.metric == metric),
            true_positives=sum(1 for _, gi in pairs if gold[gi].metric == metric),
        )
        for metric in METRICS
    ]
    overall = MetricScore("all", len(gold), len(unique), len(pairs))
    return Scores(
        per_metric=per_metric,
        overall=overall,
        false_positives=[p for i, p in enumerate(unique) if i not in matched_predicted],
        false_negatives=[g for i, g in enumerate(gold) if i not in matched_gold],
        documents=documents,
    )


def find_wup_file(population_dir: Path) -> Path:
    """The newest UN WUP 2018 agglomerations snapshot (the gazetteer's city list)."""
    from cctv_density.population.wup import WupSnapshot

    return WupSnapshot(population_dir).snapshot_file()


def article_paths(directory: Path) -> list[Path]:
    return sorted(
        p
        for p in directory.iterdir()
        if p.is_file() and p.suffix in ARTICLE_SUFFIXES and p.name != "README.md"
    )


def score_directory(path: Path, *, wup_path: Path | None = None) -> Scores:
    """Read, extract and score every article of a directory that has a gold file."""
    # Imported here so `--help` and the scorer's own helpers work while the extractor is
    # still being written.
    from cctv_density.documents import read_document
    from cctv_density.extract import extract_claims
    from cctv_density.gazetteer import load_gazetteer

    settings = Settings()
    gazetteer = load_gazetteer(wup_path or find_wup_file(settings.population_dir))
    predicted: list[ScoredClaim] = []
    gold: list[ScoredClaim] = []
    errors: list[str] = []
    articles = [p for p in article_paths(path) if p.with_suffix(GOLD_SUFFIX).exists()]
    for article in articles:
        gold.extend(read_gold(article.with_suffix(GOLD_SUFFIX)))
        try:
            document = read_document(article, max_bytes=settings.max_document_bytes)
        except CctvDensityError as exc:
            errors.append(exc.one_line())
            continue
        extraction = extract_claims(document, gazetteer)
        predicted.extend(scored_from_claim(c) for c in extraction.claims)
    scores = score_claims(predicted, gold, documents=len(articles))
    scores.errors.extend(errors)
    return scores


def describe(claim: ScoredClaim) -> str:
    year = "" if claim.year is None else f" year={claim.year}"
    return (
        f"{claim.doc}: {claim.entity_kind} {claim.label} {claim.metric}={claim.value:g} "
        f"{claim.qualifier}{year}"
    )


def format_report(scores: Scores, *, verbose: bool) -> str:
    lines = [
        f"{scores.documents} documents",
        f"{'metric':<26}{'gold':>6}{'pred':>6}{'tp':>6}{'precision':>11}{'recall':>8}",
    ]
    for row in [*scores.per_metric, scores.overall]:
        lines.append(
            f"{row.metric:<26}{row.gold:>6}{row.predicted:>6}{row.true_positives:>6}"
            f"{row.precision:>11.3f}{row.recall:>8.3f}"
        )
    lines.extend(f"unreadable: {error}" for error in scores.errors)
    if verbose:
        lines.append(f"\nfalse positives ({len(scores.false_positives)}):")
        lines.extend("  + " + describe(c) for c in scores.false_positives)
        lines.append(f"\nfalse negatives ({len(scores.false_negatives)}):")
        lines.extend("  - " + describe(c) for c in scores.false_negatives)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DEVSET_DIR, help="articles + gold")
    parser.add_argument("--verbose", action="store_true", help="list false positives/negatives")
    args = parser.parse_args(argv)
    try:
        scores = score_directory(args.dir)
    except CctvDensityError as exc:
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return 2
    print(format_report(scores, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
