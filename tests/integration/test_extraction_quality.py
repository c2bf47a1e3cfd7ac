"""Acceptance of the claim extractor on the hand-labelled development set, and of its scorer."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cctv_density.model import Claim

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
DEVSET_DIR = FIXTURES / "devset"
#: Floors (precision, recall) each development set must keep. `devset` was written with the
#: extractor; the others were written blind by other engineers, measured once (their READMEs
#: give that blind score), then tuned on. Floors below the issue's 0.95 record where tuning
#: stopped, so they guard against regressions rather than claim the goal.
DEVSET_FLOORS: dict[str, tuple[float, float]] = {
    "devset": (0.95, 0.95),
    "devset_b": (0.95, 0.95),
    "devset_c": (0.95, 0.95),
    "devset_d": (0.95, 0.95),
    "devset_e": (0.95, 0.95),
    "devset_f": (0.95, 0.95),
    "devset_g": (0.95, 0.95),
    "devset_h": (0.95, 0.95),
    "devset_i": (0.95, 0.95),
    "devset_j": (0.95, 0.95),
    "devset_m": (0.95, 0.95),
    "devset_n": (0.95, 0.95),
    "devset_o": (0.95, 0.94),
    "devset_q": (0.95, 0.95),
    "devset_r": (0.95, 0.95),
    "devset_u": (0.94, 0.89),
    "devset_v": (0.95, 0.95),
    "devset_zj": (0.94, 0.95),
    "devset_zl": (0.89, 0.90),
    "devset_zm": (0.88, 0.89),
    "devset_zn": (0.92, 0.93),
    "devset_zq": (0.87, 0.91),
    "devset_zs": (0.92, 0.91),
    "devset_zt": (0.91, 0.87),
    "devset_zu": (0.86, 0.90),
    "devset_zx": (0.90, 0.87),
    "devset_zy": (0.88, 0.89),
    "devset_zz": (0.95, 0.93),
    "devset_zzd": (0.95, 0.95),
    "devset_zzf": (0.88, 0.78),
    "devset_zzg": (0.90, 0.87),
    "devset_zzn": (0.95, 0.95),
    "devset_zzo": (0.94, 0.95),
    "devset_zzq": (0.94, 0.83),
    "devset_zzr": (0.90, 0.90),
    "devset_zzu": (0.94, 0.95),
    "devset_zzx": (0.86, 0.92),
    "devset_zzzd": (0.91, 0.80),
    "devset_zzzf": (0.88, 0.82),
    "devset_zzzh": (0.92, 0.87),
    "devset_zzzi": (0.91, 0.95),
    "devset_zzzt": (0.94, 0.92),
    "devset_zzzw": (0.86, 0.90),
    "devset_zzzx": (0.81, 0.95),
    "devset_zzzzg": (0.86, 0.67),
    "devset_zzzzh": (0.91, 0.86),
    "devset_zzzze": (0.89, 0.73),
    "devset_zzzzj": (0.90, 0.93),
    "devset_zzzzr": (0.85, 0.87),
    "devset_zzzzp": (0.81, 0.72),
    "devset_zzzzt": (0.94, 0.95),
    "devset_zzzzz": (0.94, 0.94),
    "devset_zzzzzc": (0.84, 0.87),
    "devset_zzzzzd": (0.91, 0.93),
    "devset_zzzzzk": (0.95, 0.81),
    "devset_zzzzzm": (0.90, 0.90),
    "devset_zzzzzn": (0.95, 0.95),
    "devset_zzzzzu": (0.92, 0.93),
    "devset_zzzzzv": (0.95, 0.94),
    "devset_zzzzzw": (0.86, 0.69),
    "devset_zzzzzy": (0.86, 0.87),
    "devset_zzzzzzc": (0.91, 0.95),
    "devset_zzzzzzh": (0.94, 0.94),
    "devset_zzzzzzi": (0.95, 0.94),
    "devset_zzzzzzd": (0.95, 0.95),
    "devset_zzzzzzl": (0.91, 0.93),
    "devset_zzzzzzm": (0.95, 0.95),
    "devset_zzzzzzo": (0.94, 0.90),
    "devset_zzzzzzr": (0.88, 0.85),
    "devset_zzzzzzv": (0.95, 0.95),
    "devset_zzzzzzx": (0.93, 0.92),
    "devset_zzzzzzzb": (0.84, 0.86),
    "devset_zzzzzzzd": (0.89, 0.96),
    "devset_zzzzzzzj": (0.94, 0.95),
    "devset_zzzzzzzh": (0.89, 0.87),
    "devset_zzzzzzzi": (0.92, 0.90),
    "devset_zzzzzzzp": (0.90, 0.91),
    # (0.89 until the twenty-fifth session: since "Penang Island" is George Town, the set has
    # one more true positive and one more false one)
    "devset_zzzzzzzo": (0.88, 0.93),
    "devset_zzzzzzzr": (0.94, 0.92),
    "devset_zzzzzzzs": (0.91, 0.86),
    "devset_zzzzzzzze": (0.86, 0.87),
    "devset_zzzzzzzzc": (0.88, 0.93),
    "devset_zzzzzzzzf": (0.90, 0.85),
    "devset_zzzzzzzzh": (0.89, 0.91),
    "devset_zzzzzzzzj": (0.88, 0.85),
    "devset_zzzzzzzzl": (0.90, 0.89),
    "devset_zzzzzzzzm": (0.90, 0.90),
    "devset_zzzzzzzzw": (0.91, 0.91),
    "devset_zzzzzzzzr": (0.85, 0.94),
    "devset_zzzzzzzzt": (0.94, 0.89),
    "devset_zzzzzzzzx": (0.88, 0.86),
    "devset_zzzzzzzzy": (0.92, 0.71),
    "devset_zzzzzzzzze": (0.86, 0.90),
    "devset_zzzzzzzzzc": (0.94, 0.93),
    "devset_zzzzzzzzzi": (0.92, 0.86),
    "devset_zzzzzzzzzm": (0.90, 0.93),
    "devset_zzzzzzzzzl": (0.91, 0.88),
    "devset_zzzzzzzzzp": (0.84, 0.89),
    "devset_zzzzzzzzzq": (0.89, 0.88),
    "devset_zzzzzzzzzt": (0.89, 0.83),
    "devset_zzzzzzzzzx": (0.86, 0.85),
    "devset_zzzzzzzzzy": (0.88, 0.88),
    "devset_zzzzzzzzzz": (0.89, 0.83),
    "devset_zzzzzzzzzze": (0.74, 0.55),
    "devset_zzzzzzzzzzh": (0.93, 0.86),
    "devset_zzzzzzzzzzi": (0.88, 0.72),
    "devset_zzzzzzzzzzk": (0.83, 0.82),
    "devset_zzzzzzzzzzm": (0.92, 0.87),
    "devset_zzzzzzzzzzr": (0.83, 0.82),
    "devset_zzzzzzzzzzt": (0.89, 0.84),
    "devset_zzzzzzzzzzv": (0.82, 0.94),
    "devset_zzzzzzzzzzx": (0.70, 0.59),
    "devset_zzzzzzzzzzz": (0.95, 0.90),
    "devset_zzzzzzzzzzzb": (0.92, 0.85),
    "devset_zzzzzzzzzzzd": (0.91, 0.86),
    "devset_zzzzzzzzzzzf": (0.93, 0.92),
    "devset_zzzzzzzzzzzi": (0.89, 0.88),
    "devset_zzzzzzzzzzzm": (0.84, 0.80),
    "devset_zzzzzzzzzzzo": (0.88, 0.84),
    "devset_zzzzzzzzzzzq": (0.87, 0.72),
    "devset_zzzzzzzzzzzs": (0.87, 0.86),
    "devset_zzzzzzzzzzzu": (0.94, 0.90),
    "devset_zzzzzzzzzzzw": (0.87, 0.87),
    "devset_zzzzzzzzzzzy": (0.84, 0.75),
}


def _load_scorer() -> ModuleType:
    # benchmarks/ is a folder of scripts, not a package on the path: load the file itself.
    name = "extraction_quality_benchmark"
    spec = importlib.util.spec_from_file_location(
        name, ROOT / "benchmarks" / "extraction_quality.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


scorer = _load_scorer()


def _claim(**changes: object) -> Claim:
    fields: dict[str, object] = {
        "document_id": "d" * 64,
        "doc": "doc1",
        "entity_kind": "city",
        "entity_name": "Ciudad de México (Mexico City)",
        "name_as_written": "Mexico City",
        "country_iso3": "MEX",
        "city_id": "wup-21853",
        "metric": "camera_count",
        "value": 58_000.0,
        "qualifier": "over",
        "year": None,
        "quote": "over 58,000",
        "start": 0,
        "end": 11,
    }
    fields.update(changes)
    return Claim(**fields)


def _gold(**changes: object) -> object:
    fields: dict[str, object] = {
        "doc": "doc1",
        "entity_kind": "city",
        "country_iso3": "MEX",
        "names": ("mexico city",),
        "metric": "camera_count",
        "value": 58_000.0,
        "qualifier": "over",
        "year": None,
        "label": "Mexico City (MEX)",
    }
    fields.update(changes)
    return scorer.ScoredClaim(**fields)


def test_every_development_set_has_a_floor() -> None:
    on_disk = {path.name for path in FIXTURES.glob("devset*") if path.is_dir()}
    assert on_disk == set(DEVSET_FLOORS)


def test_the_development_sets_cover_plain_text_markdown_and_html() -> None:
    styles = {p.suffix for name in DEVSET_FLOORS for p in scorer.article_paths(FIXTURES / name)}
    assert styles == {".txt", ".md", ".html"}
    assert {p.suffix for p in scorer.article_paths(DEVSET_DIR)} == styles


@pytest.mark.parametrize("name", sorted(DEVSET_FLOORS))
def test_every_article_has_a_valid_gold_file(name: str) -> None:
    articles = scorer.article_paths(FIXTURES / name)
    assert len(articles) >= 10
    with_claims = 0
    for article in articles:
        gold = article.with_suffix(scorer.GOLD_SUFFIX)
        assert gold.is_file(), article.name
        # An article may have no claims (its gold file is only the header): a precision test.
        rows = scorer.read_gold(gold)
        assert {row.doc for row in rows} <= {article.stem}, article.name
        with_claims += bool(rows)
    assert with_claims >= len(articles) - 2


def test_gold_scored_against_itself_is_perfect() -> None:
    gold = [
        row
        for article in scorer.article_paths(DEVSET_DIR)
        for row in scorer.read_gold(article.with_suffix(scorer.GOLD_SUFFIX))
    ]
    scores = scorer.score_claims(gold, gold, documents=1)
    assert (scores.precision, scores.recall) == (1.0, 1.0)
    assert scores.overall.gold == len(gold) > 100


@pytest.mark.parametrize(
    ("changes", "matches"),
    [
        ({}, True),
        ({"value": 58_290.0}, True),  # 0.5 % off
        ({"value": 58_300.0}, False),  # 0.52 % off
        ({"qualifier": "about"}, False),
        ({"year": 2020}, False),
        ({"country_iso3": "USA"}, False),
        ({"metric": "people_per_camera"}, False),
        ({"entity_name": "Bogotá", "name_as_written": "Bogotá"}, False),
        ({"entity_name": "MEXICO CITY", "name_as_written": "CDMX"}, True),
    ],
)
def test_matching_rule(changes: dict[str, object], matches: bool) -> None:
    predicted = scorer.scored_from_claim(_claim(**changes))
    assert scorer.claims_match(predicted, _gold()) is matches


def test_city_names_match_ignoring_case_accents_and_containment() -> None:
    normalise = scorer.normalise_name
    assert normalise("Bogotá") == normalise("BOGOTA") == "bogota"
    assert scorer.names_match([normalise("Hà Noi")], [normalise("Ha Noi")])
    assert scorer.names_match([normalise("Dubayy (Dubai)")], [normalise("Dubai")])
    assert not scorer.names_match([normalise("Hanoi")], [normalise("Ha Noi")])


def test_matching_is_one_to_one_and_repeats_are_counted_once() -> None:
    gold = [_gold(), _gold(value=4_500.0, qualifier="exact")]
    predicted = [
        scorer.scored_from_claim(_claim()),
        scorer.scored_from_claim(_claim(start=40, end=51)),  # same figure stated twice
        scorer.scored_from_claim(_claim(value=58_100.0)),  # a second, different claim
    ]
    scores = scorer.score_claims(predicted, gold, documents=1)
    assert (scores.overall.predicted, scores.overall.true_positives) == (2, 1)
    assert [c.value for c in scores.false_positives] == [58_100.0]
    assert [c.value for c in scores.false_negatives] == [4_500.0]
    assert scores.precision == 0.5 and scores.recall == 0.5


@pytest.mark.parametrize("name", sorted(DEVSET_FLOORS))
def test_extractor_meets_precision_and_recall_on_the_devset(name: str) -> None:
    min_precision, min_recall = DEVSET_FLOORS[name]
    scores = scorer.score_directory(FIXTURES / name)
    report = scorer.format_report(scores, verbose=True)
    assert not scores.errors, report
    assert scores.precision >= min_precision, report
    assert scores.recall >= min_recall, report
