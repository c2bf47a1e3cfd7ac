"""Number grammar: separators, Indian grouping, magnitudes, words and ranges."""

from __future__ import annotations

import re

import pytest

from cctv_density.extract.numbers import RANGE, YEAR_RE, parse_range, year_value

RANGE_RE = re.compile(RANGE, re.IGNORECASE)


def first_range(text: str) -> tuple[float, float | None] | None:
    match = RANGE_RE.search(text)
    assert match is not None, text
    return parse_range(match.group())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,000,000", 1_000_000),
        ("119.57", 119.57),
        ("2,80,000", 280_000),
        ("3,91,000", 391_000),
        ("1,00,00,000", 10_000_000),
        ("4 lakh", 400_000),
        ("2.75 lakh", 275_000),
        ("2.6L", 260_000),  # Indian shorthand for lakh and crore
        ("2.1 cr", 21_000_000),
        ("1.5 crore", 15_000_000),
        ("300k", 300_000),
        ("12 thousand", 12_000),
        ("5.9 million", 5_900_000),
        ("2.5m", 2_500_000),
        ("5.2 Mio.", 5_200_000),
        ("5.2 mn", 5_200_000),
        ("1 billion", 1_000_000_000),
        ("seven", 7),
        ("fourteen", 14),
        ("twenty-five", 25),
        ("four hundred and twenty", 420),
        ("two hundred and five", 205),
        ("7 400 cameras", 7_400),
        ("0,24", 0.24),
        ("5,2 Mio.", 5_200_000),
        ("a million", 1_000_000),
        ("half a million", 500_000),
        ("a quarter of a million", 250_000),
        ("a quarter million", 250_000),
        ("three-quarters of a million", 750_000),
        ("one billion", 1_000_000_000),
        ("63 wan", 630_000),
        ("26 *wan*", 260_000),
        ("5-million", 5_000_000),
        ("1.2-million", 1_200_000),
        # spoken numbers, as transcripts write them
        ("nine hundred sixty-five", 965),
        ("eight hundred forty cameras", 840),
        ("a hundred and twenty", 120),
        ("a hundred thousand", 100_000),
        ("two thousand seven hundred", 2_700),
        ("six thousand and fifty", 6_050),
        ("one point one million", 1_100_000),
        ("two point eight lakh", 280_000),
        ("thirteen fifty cameras", 1_350),
        # a year said aloud is not read on past its thousand
        ("two thousand twenty", 2_000),
    ],
)
def test_single_values(text: str, expected: float) -> None:
    assert first_range(text) == (pytest.approx(expected), None)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("4 to 5.9 million", 4_000_000, 5_900_000),
        ("11-15", 11, 15),
        ("11–15", 11, 15),
        ("between 70 and 85 million", 70_000_000, 85_000_000),
        ("between six hundred thousand and nine hundred thousand", 600_000, 900_000),
    ],
)
def test_ranges_apply_the_upper_unit_to_the_lower_bound(text: str, low: float, high: float) -> None:
    assert first_range(text) == (pytest.approx(low), pytest.approx(high))


def test_a_figure_restated_in_other_units_is_one_value() -> None:
    assert first_range("63 wan – 630,000 – cameras") == (630_000, None)


def test_two_values_joined_by_and_are_not_a_range() -> None:
    assert first_range("50 million and 5.2 million") == (50_000_000, None)


def test_a_date_written_with_full_stops_is_no_number() -> None:
    found = [m.group() for m in RANGE_RE.finditer("until 31.10.2026, then 3.5 and 1.200.000")]
    assert found == ["3.5", "1.200.000"]


def test_a_number_does_not_open_after_a_digit_and_a_slash() -> None:
    found = [m.group() for m in RANGE_RE.finditer("24/7 365-day operation, from 27/11/2026")]
    assert found == ["24", "365", "27"]


def test_a_year_said_as_a_teen_and_a_ten_is_no_number_of_hundreds() -> None:
    assert first_range("in nineteen eighty the city") == (19.0, None)


def test_a_bare_article_is_not_a_number() -> None:
    assert RANGE_RE.search("a camera for a street") is None


def test_a_long_run_of_digits_is_no_number() -> None:
    assert RANGE_RE.search("1" * 100_000) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [("in 2019", True), ("2,019", False), ("2019%", False), ("B.E. 2567", True), ("2567", False)],
)
def test_years(text: str, found: bool) -> None:
    assert (YEAR_RE.search(text) is not None) is found


def test_buddhist_era_years_are_543_ahead() -> None:
    assert [year_value(m.group()) for m in YEAR_RE.finditer("in 2024, B.E. 2567, BE 2568")] == [
        2024,
        2024,
        2025,
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.200.000 Kameras", 1_200_000.0), ("1.234.567.890", 1_234_567_890.0), ("1.200", 1.2)],
)
def test_thousands_grouped_with_full_stops(text: str, expected: float) -> None:
    assert first_range(text) == (expected, None)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("3 thousand 200", 3200.0),
        ("6 thousand and 500", 6500.0),
        ("7 million and 900 thousand", 7_900_000.0),
        ("31.2 ten thousand", 312_000.0),
        ("6 ten thousand", 60_000.0),
        ("2 mil 300", 2300.0),  # Mexican and Central American press: mil is a thousand
        ("12 mil 906", 12_906.0),
        ("46 bin 820", 46_820.0),  # Turkish: bin is a thousand
    ],
)
def test_machine_translations_compound_numbers(written: str, value: float) -> None:
    match = re.search(RANGE, written)
    assert match is not None and match.group() == written
    assert parse_range(match.group()) == (value, None)


def test_a_ranges_two_ends_are_no_compound() -> None:
    match = re.search(RANGE, "between 540 million and 700 million cameras")
    assert match is not None
    assert parse_range(match.group()) == (540e6, 700e6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,8 milhão", 1_800_000.0),
        ("2,1 millones", 2_100_000.0),
        ("1,1 juta", 1_100_000.0),
        ("2,1 ribu", 2_100.0),
        ("25 tys.", 25_000.0),
        ("1.5 mil", 1_500_000.0),  # the English shorthand
        ("1,2 mil", 1_200.0),  # a decimal comma's Portuguese thousand
    ],
)
def test_number_words_left_by_a_translation_and_mil(text: str, expected: float) -> None:
    assert first_range(f"has {text} cameras") == (expected, None)
