"""Split normalised document text into headings, list rows and sentences, with exact offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

SegmentKind = Literal["heading", "row", "sentence"]

#: A line this short without closing punctuation is a heading or a list/table row.
SHORT_LINE_CHARS = 120
#: Hostile input: no segment is longer than this, so every per-segment step stays bounded.
MAX_SEGMENT_CHARS = 3000

_BULLET_RE = re.compile(r"[ \t\u00a0]*(?P<marker>[•·▪◦‣\-–—*]|#?\d{1,3}[.)](?=\s))?[ \t\u00a0]*")
_TERMINAL = ".!?;"
#: A sentence ends at . ! or ? (plus closing quotes/brackets and footnote markers like "[2]")
#: followed by space and a capital, digit or opening quote ("5.2 mio. cameras" does not).
#: A sentence ends before a capital of any European alphabet ("… 0.58. Łódź, …", "Ωμέγα").
_BOUNDARY_RE = re.compile(
    # ("… 420 people.[citation needed] The ministry …": a wiki's note too)
    r"[.!?][\"”’)\]]{0,3}(?:\[(?:\d{1,3}|[a-z][a-z ]{2,25})\]){0,3}"
    # (or a reply's handle: "… 90k cameras. @busan_babe88 that's old")
    r"(?=\s{1,8}[A-Z0-9\"“‘'(@À-Þ\u0100-\u024f\u0391-\u03a9\u0400-\u042f])"
)
#: Words after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "c",  # "c. 15,000": circa
        "est",
        "pop",  # "pop. 395,052"
        "res",  # "Per 1,000 res."
        "inh",  # "per 1,000 inh."
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "gov",
        "govt",
        "dept",
        "fig",
        "al",
        "ca",
        "cf",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        # "Sault Ste. Marie"; titles before a name: "Coun. Danielle Kivisto", "Sgt. Ruiz",
        # "Supt.", "Insp.", "Lt. Gen.", "Rep.", "Sen.", "Hon."; street words: "Queen Ave."
        "ste",
        "coun",
        "sgt",
        "insp",
        "supt",
        "det",
        "lt",
        "gen",
        "capt",
        "cmdr",
        "rep",
        "sen",
        "hon",
        "rev",
        "ave",
        "blvd",
        # Citations: "(Kowalski 2024, p. 12), roughly 0.57 per 1,000 residents".
        "p",
        "pp",
        "vol",
        "para",
        "ch",
        "sec",
        "nos",
        # "rund 5,2 Mio. Kameras": German's "million" in a quote left in its own language.
        "mio",
    ]
)
_WORD_BEFORE_RE = re.compile(r"([\w.]{1,12})$")
_DIGIT_RE = re.compile(r"\d")
#: A section's number that opens a title: "Slide 5 — City spotlight: Asia", "Part 2: Cities"
#: (its mark after it: SECTION_NUMBER_MARK).
SECTION_NUMBER = r"(?:slide|section|chapter|part)[ \u00a0]+\d{1,3}"
SECTION_NUMBER_MARK = r"[ \u00a0]*[:.—–-]"
_SECTION_NUMBER_RE = re.compile(rf"{SECTION_NUMBER}(?={SECTION_NUMBER_MARK})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of document text that can be quoted: a heading, a list row or a sentence."""

    start: int
    end: int
    kind: SegmentKind
    block: int  # index of the line (block) it belongs to
    first_in_block: bool
    marked: bool = False  # the line starts with a bullet or a list number


#: Three cells or more set apart by runs of spaces.
_SPACED_CELLS_RE = re.compile(r"\S {3,}\S(?:[^\n]*?\S)? {3,}\S")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_abbreviation(text: str, dot: int, line_start: int) -> bool:
    before = _WORD_BEFORE_RE.search(text, max(line_start, dot - 12), dot)
    if before is None:
        return False
    word = before.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # "U.S." / "U.K." and initials ("J. Smith"): a dotted capital is rarely a sentence end
    # (but "… cameras in the UK. London …" ends one).
    token = before.group(1)
    return (
        len(token.replace(".", "")) <= 2
        and token[:1].isupper()
        and ("." in token or len(token) == 1)
    )


def _sentences(text: str, start: int, end: int, block: int) -> Iterator[Segment]:
    first = True
    cursor = start
    for boundary in _BOUNDARY_RE.finditer(text, start, end):
        stop = boundary.end()
        if text[boundary.start()] == "." and _is_abbreviation(text, boundary.start(), start):
            nxt = stop
            while nxt < end and text[nxt].isspace():
                nxt += 1
            # "the U.S. The city …": treat as a boundary only before a typical sentence opener.
            if not text.startswith(("The ", "It ", "This ", "In ", "There "), nxt):
                continue
        yield from _bounded(text, cursor, stop, block, first)
        first = False
        cursor = stop
    if cursor < end:
        yield from _bounded(text, cursor, end, block, first)


def _bounded(text: str, start: int, end: int, block: int, first: bool) -> Iterator[Segment]:
    start, end = _trimmed(text, start, end)
    while end - start > MAX_SEGMENT_CHARS:
        cut = text.rfind(" ", start, start + MAX_SEGMENT_CHARS)
        if cut <= start:
            cut = start + MAX_SEGMENT_CHARS
        piece_start, piece_end = _trimmed(text, start, cut)
        if piece_end > piece_start:
            yield Segment(piece_start, piece_end, "sentence", block, first)
            first = False
        start, end = _trimmed(text, cut, end)
    if end > start:
        yield Segment(start, end, "sentence", block, first)


def split_segments(text: str) -> Iterator[Segment]:
    """Headings and rows (short lines without closing punctuation) and sentences, in order."""
    block = 0
    line_start = 0
    length = len(text)
    while line_start <= length:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = length
        bullet = _BULLET_RE.match(text, line_start, line_end)
        content_start = bullet.end() if bullet else line_start
        start, end = _trimmed(text, content_start, line_end)
        if end > start:
            is_bulleted = bullet is not None and bullet.group("marker") is not None
            short = (
                end - start <= SHORT_LINE_CHARS
                and (
                    text[end - 1] not in _TERMINAL
                    # "City Country Cameras Per 1,000 res.": a table header ending in an
                    # abbreviation
                    or (text[end - 1] == "." and _is_abbreviation(text, end - 1, start))
                    # "Boston   930   1.4   2024   Regional intelligence ctr.": a space-aligned
                    # table's row whose last cell ends in a full stop
                    or (
                        text[end - 1] == "."
                        and _SPACED_CELLS_RE.search(text, start, end) is not None
                        and not _has_sentence_end(text, start, end - 1)
                    )
                )
                # "Riyadh has 96,000 cameras. Coverage is uneven:": sentences that lead into a
                # list, not a row
                and not (text[end - 1] == ":" and _has_sentence_end(text, start, end))
            )
            if short:
                # (a title's own section number is not a figure's digit)
                section = None if is_bulleted else _SECTION_NUMBER_RE.match(text, start, end)
                kind: SegmentKind = (
                    "row"
                    if is_bulleted or _has_digit(text, section.end() if section else start, end)
                    else ("heading")
                )
                yield Segment(start, end, kind, block, True, marked=is_bulleted)
            else:
                yield from _sentences(text, start, end, block)
            block += 1
        line_start = line_end + 1


def _has_sentence_end(text: str, start: int, end: int) -> bool:
    """A full stop (not an abbreviation's), ! or ? that ends a sentence inside the line."""
    return any(
        text[boundary.start()] != "." or not _is_abbreviation(text, boundary.start(), start)
        for boundary in _BOUNDARY_RE.finditer(text, start, end)
    )


def _has_digit(text: str, start: int, end: int) -> bool:
    if _DIGIT_RE.search(text, start, end) is not None:
        return True
    line = text[start:end]
    # str.isdigit also accepts superscripts ("km²"), which \d does not: check those by hand.
    return not line.isascii() and any(ch.isdigit() for ch in line)
