"""Segmenting normalised text into headings, rows and sentences with exact offsets."""

from __future__ import annotations

from cctv_density.extract.sentences import MAX_SEGMENT_CHARS, split_segments


def segments(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in split_segments(text)]


def test_headings_rows_and_sentences() -> None:
    text = (
        "United States\n\n"
        "The U.S. has 50 million cameras. It is estimated that Mr. Smith agrees.\n"
        "• Wuxi, China – 300,000 cameras\n"
        "Shanghai China 2,985,984\n"
    )
    assert segments(text) == [
        ("heading", "United States"),
        ("sentence", "The U.S. has 50 million cameras."),
        ("sentence", "It is estimated that Mr. Smith agrees."),
        ("row", "Wuxi, China – 300,000 cameras"),
        ("row", "Shanghai China 2,985,984"),
    ]


def test_abbreviated_magnitude_does_not_end_a_sentence() -> None:
    text = (
        "Poland has an estimated 1.2 mio. cameras, according to a consultancy in the capital city."
    )
    assert segments(text) == [("sentence", text)]


def test_decimal_and_numbered_rows_keep_their_numbers() -> None:
    text = "5.9 million cameras are in the United Kingdom according to the survey of the association.\n1. Taiyuan, China – 465,255 cameras"
    kinds = segments(text)
    assert kinds[0][1].startswith("5.9 million")
    assert kinds[1] == ("row", "Taiyuan, China – 465,255 cameras")


def test_an_endless_line_is_cut_into_bounded_segments() -> None:
    text = "word " * 100_000
    parts = list(split_segments(text))
    assert all(part.end - part.start <= MAX_SEGMENT_CHARS for part in parts)
    assert sum(part.end - part.start for part in parts) >= len(text.strip()) - len(parts)


def test_superscript_digits_make_a_short_line_a_row() -> None:
    # str.isdigit counts "²" as a digit although the regex \d does not.
    assert segments("Cameras per km²\nCameras by city\n") == [
        ("row", "Cameras per km²"),
        ("heading", "Cameras by city"),
    ]
