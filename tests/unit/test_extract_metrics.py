"""Figures in one sentence: metric, value, qualifier, year, and what is not a figure."""

from __future__ import annotations

import re

import pytest

from cctv_density.extract.metrics import (
    find_figures,
    metric_patterns,
    qualifier_of_words,
    word_start_alternatives,
)

PATTERNS = metric_patterns(("Londoners", "Germans"))


def figures(sentence: str, list_metric: str | None = None) -> list[tuple[str, float, str]]:
    return [
        (f.metric, round(f.value, 4), f.qualifier)
        for f in find_figures(sentence, 0, PATTERNS, list_metric)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("China has 200 million cameras.", ("camera_count", 200_000_000, "exact")),
        ("There are 5,000 CCTV cameras.", ("camera_count", 5000, "exact")),
        ("Toronto runs 1,280 fixed public cameras.", ("camera_count", 1280, "exact")),
        ("Manchester has 4,000 council-run cameras.", ("camera_count", 4000, "exact")),
        ("The number of cameras stands at 1.2 million.", ("camera_count", 1_200_000, "exact")),
        ("It has 40 cameras per 1,000 people.", ("cameras_per_1000_people", 40, "exact")),
        ("It has 11.9 cameras per 1K people.", ("cameras_per_1000_people", 11.9, "exact")),
        ("It has 25.8 cameras per 100 people.", ("cameras_per_1000_people", 258, "exact")),
        ("There are 12 cameras per 1,000 residents.", ("cameras_per_1000_people", 12, "exact")),
        (
            "There are 68.4 cameras for every 1,000 Londoners.",
            ("cameras_per_1000_people", 68.4, "exact"),
        ),
        ("Every 1,000 people are watched by 30 lenses.", ("cameras_per_1000_people", 30, "exact")),
        ("There is one camera for every 14 people.", ("people_per_camera", 14, "exact")),
        ("There is one camera for every fourteen Germans.", ("people_per_camera", 14, "exact")),
        ("There are 520.1 cameras per square kilometre.", ("cameras_per_sq_km", 520.1, "exact")),
        ("There are 520.1 cameras per sq km.", ("cameras_per_sq_km", 520.1, "exact")),
        ("There are 520.1 cameras per km².", ("cameras_per_sq_km", 520.1, "exact")),
        ("There are 3 cameras per 1 km square.", ("cameras_per_sq_km", 3, "exact")),
        ("There are 1,826.6 cameras per square mile.", ("cameras_per_sq_mile", 1826.6, "exact")),
    ],
)
def test_metrics(sentence: str, expected: tuple[str, float, str]) -> None:
    assert figures(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("It has over 2.5 million cameras.", "over"),
        ("It has more than 2.5 million cameras.", "over"),
        ("It has at least 2.5 million cameras.", "over"),
        ("It has 2.5 million+ cameras.", "over"),
        ("It has nearly 2.5 million cameras.", "about"),
        ("It has roughly 2.5 million cameras.", "about"),
        ("It has approximately 2.5 million cameras.", "about"),
        ("It has around 2.5 million cameras.", "about"),
        ("It has an estimated 2.5 million cameras.", "estimated"),
        ("Estimates suggest it has 2.5 million cameras.", "estimated"),
        ("One guesstimate gives it 2.5 million cameras.", "estimated"),
        ("It is predicted to have 2.5 million cameras.", "estimated"),
        ("It has fewer than 2.5 million cameras.", "under"),
        ("It has under 2.5 million cameras.", "under"),
        ("It has 2.5 million cameras.", "exact"),
        ("It is estimated that there are over 2.5 million cameras.", "over"),
    ],
)
def test_qualifiers(sentence: str, qualifier: str) -> None:
    assert [q for _, _, q in figures(sentence)] == [qualifier]


def test_ratio_keeps_its_own_qualifier() -> None:
    sentence = (
        "It is estimated that there are over 50 million cameras in use, which equates to "
        "roughly one camera for every six people."
    )
    assert figures(sentence) == [
        ("camera_count", 50_000_000, "over"),
        ("people_per_camera", 6, "about"),
    ]


def test_range_gives_two_figures() -> None:
    assert figures("There are 4 to 5.9 million CCTV cameras.") == [
        ("camera_count", 4_000_000, "range_low"),
        ("camera_count", 5_900_000, "range_high"),
    ]
    assert figures("It is one for every 11-15 people.") == [
        ("people_per_camera", 11, "range_low"),
        ("people_per_camera", 15, "range_high"),
    ]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("By the end of 2016, Lagos had installed about 1,000 cameras.", 2016),
        ("It had 70 million cameras as of 2018, a report said.", 2018),
        ("In 2019 the city had 5,000 cameras.", 2019),
        ("It has 4,500 public cameras, up from 1,100 in 2018.", None),
        ("It has 4,500 cameras.", None),
    ],
)
def test_year_of_the_first_figure(sentence: str, year: int | None) -> None:
    assert find_figures(sentence, 0, PATTERNS)[0].year == year


def test_elliptical_count_after_a_stated_count() -> None:
    sentence = "In Germany there are over 5 million CCTV cameras in use, while in Japan there are over 5.5 million."
    assert figures(sentence) == [
        ("camera_count", 5_000_000, "over"),
        ("camera_count", 5_500_000, "over"),
    ]


def test_list_row_takes_the_heading_metric() -> None:
    assert figures("Shenzhen (520.1)", list_metric="cameras_per_sq_km") == [
        ("cameras_per_sq_km", 520.1, "exact")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The city has 3,891,127 people and many cameras.",
        "Cameras watch 150 cities.",
        "Camera use rose 38% in 2020.",
        "The cameras cost $470 million.",
        "It ranked No. 3 for cameras.",
        "The city plans to add 10,000 new cameras.",
        "It wants to install an additional 1,400 cameras.",
        "Lagos does not need 10,000 cameras.",
        "Kano would need 5,000 cameras.",
        "PNP body cameras: 2,696 units, but who watches the footage?",
        "Fewer than four in ten of the surveillance cameras still work.",
        "Its crime index was 43.6 despite its cameras.",
        "Nice, with 4,200 cameras for a population of 340,000, is famous.",
        "There are cameras in the millions.",
        "A single camera was installed in 2019.",
        "The 2019 cameras were old.",
    ],
)
def test_non_figures(sentence: str) -> None:
    found = figures(sentence)
    assert all(value != 340_000 for _, value, _ in found)
    if "4,200" in sentence:
        assert found == [("camera_count", 4200, "exact")]
    else:
        assert found == []


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        # The patterns open with a letter and check the word boundary after it: same as \b.
        ("one_for_every", "one for every 14 people", "one for every 14 people"),
        ("one_for_every", "someone for every 14 people", None),
        ("one_for_every", "(1 camera for every 14 people)", "1 camera for every 14 people"),
        ("count_reversed", "the cctv total is 5,000.", "cctv total is 5,000"),
        ("count_reversed", "the minicameras total is 5,000.", None),
        (
            "base_first",
            "for every 1,000 people there are 5 cameras",
            "for every 1,000 people there are 5 cameras",
        ),
        ("base_first", "every 1,000 people have 5 cameras", "every 1,000 people have 5 cameras"),
        ("base_first", "xevery 1,000 people have 5 cameras", None),
    ],
)
def test_phrase_patterns_start_at_word_boundaries(
    pattern: str, text: str, found: str | None
) -> None:
    match = getattr(PATTERNS, pattern).search(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(
    "text",
    ["one", "someone", "a one", "x1", "1", "(1)", "over one", "gone", "on-one", "_one", "é one"],
)
def test_word_start_alternatives_match_where_word_boundary_does(text: str) -> None:
    fast = re.compile("(?:" + word_start_alternatives("one", "1", r"over\s+one") + ")")
    plain = re.compile(r"\b(?:one|1|over\s+one)")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("more than", "over"),
        (">", "over"),
        ("fewer  than", "under"),
        ("<", "under"),
        ("c.", "about"),
        ("ca.", "about"),
        ("~", "about"),
        ("an estimated", "estimated"),
        ("", "exact"),
    ],
)
def test_table_cells_and_label_rows_use_the_running_text_qualifiers(
    words: str, qualifier: str
) -> None:
    assert qualifier_of_words(words) == qualifier


def test_the_camera_noun_patterns_know_every_foreign_camera_noun() -> None:
    # CAMERA_NOUN_RE and _CAMERA_WORD_RE spell FOREIGN_CAMERA_NOUNS out with shared first
    # letters (for speed); the words they find must be the same.
    from cctv_density.extract.metrics import _CAMERA_WORD_RE, CAMERA_NOUN_RE, FOREIGN_CAMERA_NOUNS

    words = [
        "caméras",
        "caméra",
        "cámaras",
        "câmeras",
        "câmaras",
        "kameras",
        "kamera",
        "kamer",
        "kamery",
        "kameraer",
        "kameror",
        "telecamere",
        "videocamere",
        "camere",
        "camera's",
        "camera’s",
        "kamera",
        "camel",
        "cameo",
    ]
    foreign = re.compile(rf"(?:{FOREIGN_CAMERA_NOUNS})", re.IGNORECASE)
    for word in words:
        expected = foreign.fullmatch(word) is not None
        assert (CAMERA_NOUN_RE.search(word) is not None) == expected, word
        assert (_CAMERA_WORD_RE.search(word.lower()) is not None) == expected, word
