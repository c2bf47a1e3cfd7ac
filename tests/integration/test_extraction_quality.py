"""Acceptance of the claim extractor on the hand-labelled development set, and of its scorer."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cctv_density.model import Claim

ROOT = Path(__file__).resolve().parents[2]
DEVSET_DIR = ROOT / "tests" / "fixtures" / "devset"
#: The second development batch, written blind by another engineer, then used for tuning.
DEVSET_B_DIR = ROOT / "tests" / "fixtures" / "devset_b"
#: The third, written blind as a held-out batch, measured once, then used for tuning: its
#: recall is still below the issue's 0.95 (see its README), so it guards against regressions.
DEVSET_C_DIR = ROOT / "tests" / "fixtures" / "devset_c"
DEVSET_C_MIN_RECALL = 0.85
#: The fourth, likewise (blind P 0.711 / R 0.660 before tuning, see its README).
DEVSET_D_DIR = ROOT / "tests" / "fixtures" / "devset_d"
DEVSET_D_MIN_PRECISION = 0.90
DEVSET_D_MIN_RECALL = 0.80
#: The fifth, likewise (blind P 0.860 / R 0.829 before tuning).
DEVSET_E_DIR = ROOT / "tests" / "fixtures" / "devset_e"
DEVSET_E_MIN_RECALL = 0.85
#: The sixth, likewise (blind P 0.904 / R 0.775 before tuning).
DEVSET_F_DIR = ROOT / "tests" / "fixtures" / "devset_f"
DEVSET_F_MIN_RECALL = 0.82
#: The seventh, likewise (blind P 0.896 / R 0.846 before tuning).
DEVSET_G_DIR = ROOT / "tests" / "fixtures" / "devset_g"
DEVSET_G_MIN_RECALL = 0.84
#: The eighth, likewise (blind P 0.960 / R 0.858 before tuning).
DEVSET_H_DIR = ROOT / "tests" / "fixtures" / "devset_h"
DEVSET_H_MIN_RECALL = 0.86
#: The ninth, likewise (blind P 0.922 / R 0.890 before tuning).
DEVSET_I_DIR = ROOT / "tests" / "fixtures" / "devset_i"
DEVSET_I_MIN_RECALL = 0.90
#: The tenth, likewise (blind P 0.870 / R 0.736 before tuning; only lightly tuned since).
DEVSET_J_DIR = ROOT / "tests" / "fixtures" / "devset_j"
DEVSET_J_MIN_PRECISION = 0.85
DEVSET_J_MIN_RECALL = 0.74
MIN_PRECISION = 0.95
MIN_RECALL = 0.95


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


@pytest.mark.parametrize(
    "directory",
    [
        DEVSET_DIR,
        DEVSET_B_DIR,
        DEVSET_C_DIR,
        DEVSET_D_DIR,
        DEVSET_E_DIR,
        DEVSET_F_DIR,
        DEVSET_G_DIR,
        DEVSET_H_DIR,
        DEVSET_I_DIR,
        DEVSET_J_DIR,
    ],
    ids=[
        "devset",
        "devset_b",
        "devset_c",
        "devset_d",
        "devset_e",
        "devset_f",
        "devset_g",
        "devset_h",
        "devset_i",
        "devset_j",
    ],
)
def test_every_article_has_a_valid_gold_file(directory: Path) -> None:
    articles = scorer.article_paths(directory)
    assert len(articles) >= 10
    styles = {p.suffix for p in articles}
    assert styles == {".txt", ".md", ".html"}
    for article in articles:
        rows = scorer.read_gold(article.with_suffix(scorer.GOLD_SUFFIX))
        assert rows, article.name
        assert {row.doc for row in rows} == {article.stem}


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


@pytest.mark.parametrize(
    ("directory", "min_precision", "min_recall"),
    [
        (DEVSET_DIR, MIN_PRECISION, MIN_RECALL),
        (DEVSET_B_DIR, MIN_PRECISION, MIN_RECALL),
        (DEVSET_C_DIR, MIN_PRECISION, DEVSET_C_MIN_RECALL),
        (DEVSET_D_DIR, DEVSET_D_MIN_PRECISION, DEVSET_D_MIN_RECALL),
        (DEVSET_E_DIR, DEVSET_D_MIN_PRECISION, DEVSET_E_MIN_RECALL),
        (DEVSET_F_DIR, DEVSET_D_MIN_PRECISION, DEVSET_F_MIN_RECALL),
        (DEVSET_G_DIR, DEVSET_D_MIN_PRECISION, DEVSET_G_MIN_RECALL),
        (DEVSET_H_DIR, MIN_PRECISION, DEVSET_H_MIN_RECALL),
        (DEVSET_I_DIR, MIN_PRECISION, DEVSET_I_MIN_RECALL),
        (DEVSET_J_DIR, DEVSET_J_MIN_PRECISION, DEVSET_J_MIN_RECALL),
    ],
    ids=[
        "devset",
        "devset_b",
        "devset_c",
        "devset_d",
        "devset_e",
        "devset_f",
        "devset_g",
        "devset_h",
        "devset_i",
        "devset_j",
    ],
)
def test_extractor_meets_precision_and_recall_on_the_devset(
    directory: Path, min_precision: float, min_recall: float
) -> None:
    scores = scorer.score_directory(directory)
    report = scorer.format_report(scores, verbose=True)
    assert not scores.errors, report
    assert scores.precision >= min_precision, report
    assert scores.recall >= min_recall, report
