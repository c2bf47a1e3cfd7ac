"""Join the lines of hard-wrapped plain-text paragraphs, so a sentence is one line again.

Wire copy, e-mailed press releases and many .txt files break every line at a fixed width
(72, 80, 96 … characters). The extractor reads a short line without closing punctuation as a
heading or a list row, so wrapped prose would lose its figures. A document is treated as
wrapped when most of its lines end near one common width; a line is then joined to the next
when the next line's first word would not have fitted on it (which is why the editor broke
it), unless the next line starts a list item or either line is a table row. A word split by
a hyphen at a line's end is whole again when the document writes it whole elsewhere.

The other functions make plain what else sits between a document's sentences: an e-mail's
quote markers (`unquote`), a transcript's numbered lines (`unnumber`), captions' and subtitles'
timestamps (`uncaption`), and the LaTeX a PDF-to-Markdown converter leaves (`untex`: a tabular
as Markdown table rows, inline symbols as characters).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter

#: Wider lines are not wrapped text (a wrapped document has almost none of them).
MAX_WRAP_WIDTH = 120
#: Narrower "widths" are lists and tables of short rows, not wrapped prose.
MIN_WRAP_WIDTH = 40

_LIST_START_RE = re.compile(r"\s*(?:[•·▪◦‣\-–—*+]\s|#?\d{1,3}[.)]\s|\[\d{1,3}\]\s)")
#: Cells split by a tab, a pipe, a run of spaces or a dot leader ("Sequim ........ 9 cameras").
_TABLE_ROW_RE = re.compile(r"\t|\s\|\s|\S {3,}\S|\.{4,}|…{2,}")
_FIRST_WORD_RE = re.compile(r"\s*(\S+)")
#: A rule drawn with dashes, equals signs or box lines (also read by the extractor: a rule under
#: a space-aligned table's header keeps the table open).
RULE_LINE_RE = re.compile(r"[ \t\u00a0]*[-=_–—─━~*]{3,}(?:[ \u00a0]+[-=_–—─━~*]+)*[ \t\u00a0]*")
#: (A number closed by a comma is prose's list, "of roughly 1,500, 600", not a cell.)
_NUMBERS_AT_END_RE = re.compile(r"(?:\s(?:\d(?:[\d.,]*\d)?\.?|[—–-]|n/a)){2,}$")
#: Two bare numbers side by side inside a line: "Austria 41,000 4.5 Vienna 1,650 2024 BMI".
#: (Not a number grouped with a space, "1 000 caméras", nor "in 2021, 62".)
_NUMBERS_SIDE_BY_SIDE_RE = re.compile(
    r"\s(?:\d{1,3}\s(?!\d{3}(?![\d.,]))|\d{4,}\s|\d+[.,][\d.,]*\d\s)\d(?:[\d.,]*\d)?(?=\s|$)"
)


def wrap_width(lines: list[str]) -> int | None:
    """The width a document's lines were wrapped at, or None when it is not hard-wrapped."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 4:
        return None
    # Line lengths counted in buckets (all longer lines in one), so a 50 MB text stays cheap.
    counts = Counter(min(length, MAX_WRAP_WIDTH + 1) for length in lengths)
    allowed_above = len(lengths) // 10
    above = counts[MAX_WRAP_WIDTH + 1]
    if above > allowed_above:
        return None
    # The widest length most lines come close to; a few longer lines (a letterhead's address,
    # an account number) may stand above it.
    for width in range(MAX_WRAP_WIDTH, MIN_WRAP_WIDTH - 1, -1):
        if not counts[width]:
            continue
        near_width = sum(counts[length] for length in range(math.ceil(width * 0.8), width + 1))
        # (and more than one line right at it: a lone longer line is an outlier, as in a wire
        # wrapped at 70 with one 86-character line)
        at_width = sum(counts[length] for length in range(math.ceil(width * 0.95), width + 1))
        if near_width >= 3 and near_width >= len(lengths) * 0.3 and at_width >= 2:
            return width
        above += counts[width]
        if above > allowed_above:
            return None
    return None


def _is_table_row(line: str) -> bool:
    """Cells split by tabs, pipes or runs of spaces, or a line ending in two or more numbers
    (a table flattened with single spaces: "London UK 691,528 77.4 440.0") or holding two side
    by side ("Austria 41,000 4.5 Vienna 1,650 2024 BMI")."""
    stripped = line.strip()
    return (
        _TABLE_ROW_RE.search(stripped) is not None
        or _NUMBERS_AT_END_RE.search(stripped) is not None
        or _NUMBERS_SIDE_BY_SIDE_RE.search(stripped) is not None
    )


#: A table's or figure's caption line: "Table 2. …", "Figure 3: …", "Annex Table 3. …".
_CAPTION_LINE_RE = re.compile(
    r"[ \t]*(?:(?:Annex|Appendix|Supplementary)[ \u00a0]+)?"
    r"(?:Table|Figure|Fig\.|Chart|Exhibit)[ \u00a0]+[\dA-Z][\w.]*[.:]"
)


def _continues(line: str, following: str, width: int) -> bool:
    """Whether `following` is the rest of the paragraph `line` belongs to."""
    if not line.strip() or not following.strip():
        return False
    if _LIST_START_RE.match(following) or _is_table_row(line) or _is_table_row(following):
        return False
    if RULE_LINE_RE.fullmatch(line) or RULE_LINE_RE.fullmatch(following):
        return False  # "-------" above or below a table is a line of its own
    if _CAPTION_LINE_RE.match(line) and following.lstrip()[:1].isupper():
        return False  # "Table 2. Cameras by city, 2025" over its header "City Country Cameras …"
    word = _FIRST_WORD_RE.match(following)
    assert word is not None  # following has a non-space character
    length = len(line.rstrip())
    # Editors and people wrap a little short of the widest line; allow for that.
    if length + 1 + len(word.group(1)) > width - max(8, width // 8):
        return True
    # A half-full line that stops mid-sentence, continued in lower case.
    return length >= width // 2 and line.rstrip()[-1] not in ".!?:;" and word.group(1)[0].islower()


_QUOTE_PREFIX_RE = re.compile(r"^(?:>[ \t]?)+", re.MULTILINE)


def unquote(text: str) -> str:
    """An e-mail's quoted lines ("> > Riga now has about 1,100 …") without their ">" markers,
    so that a quoted paragraph reads (and unwraps) like any other."""
    if text.count("\n>") + text.startswith(">") < 2:
        return text
    return _QUOTE_PREFIX_RE.sub("", text)


#: A turn's opening inside a transcript: "Q.", "A.", "MR. SMITH:", "CHAIRMAN OKAFOR:".
_TURN_START_RE = re.compile(r"(?:[QA]\.|[A-Z][A-Z.'\- ]+:)(?:\s|$)")
_STAMP = r"\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?"
#: A caption's timestamp on a line of its own: "0:54", "12:03:07", "[00:14:05]", or a subtitle
#: cue's timing ("00:00:15,431 --> 00:00:18,476", WebVTT's with its cue settings after).
_TIMESTAMP_LINE_RE = re.compile(rf"[ \t]*{_STAMP}(?:[ \t]*-->[ \t]*{_STAMP}(?:[ \t]+\S.*)?)?[ \t]*")
#: A subtitle cue's number, on the line above its timing (SubRip).
_CUE_NUMBER_RE = re.compile(r"[ \t]*\d{1,6}[ \t]*")
#: Timestamp lines needed before a text is read as captions.
_MIN_TIMESTAMP_LINES = 5
_SENTENCE_END = '.!?:;"”)]'
#: A caption line that stops on a pause, not a sentence's end: "… we have, uh...".
_PAUSE_END_RE = re.compile(r"(?:\.\.\.|…)$")


def uncaption(text: str) -> str:
    """Captions (a timestamp line above each line of speech, "0:50" / "In Astana … around
    fifteen" / "0:54" / "thousand cameras …"; or subtitle cues, a number and a timing above one
    or two lines) without their timestamp lines and cue numbers, each caption line joined to
    the one before when that one stops mid-sentence and it opens no new speaker's turn; any
    other text is returned unchanged."""
    lines = text.split("\n")
    stamps = sum(1 for line in lines if _TIMESTAMP_LINE_RE.fullmatch(line))
    if stamps < _MIN_TIMESTAMP_LINES:
        return text
    cue_numbers = {
        index
        for index, (line, following) in enumerate(itertools.pairwise(lines))
        if _CUE_NUMBER_RE.fullmatch(line) and _TIMESTAMP_LINE_RE.fullmatch(following)
    }
    if (stamps + len(cue_numbers)) * 3 < sum(1 for line in lines if line.strip()):
        return text
    # Automatic captions ("so right now phase one is 1300 sorry") have no punctuation: joined,
    # a whole talk would be one sentence, so each line stays a line of its own.
    spoken = [line.rstrip() for line in lines if line.strip() and line.strip()[0].isalpha()]
    punctuated = sum(1 for line in spoken if line[-1] in _SENTENCE_END) * 10 >= len(spoken)
    out: list[str] = []
    in_caption = False  # the lines since the last timestamp are captions
    previous_is_caption = False  # the line before was a caption line
    for index, line in enumerate(lines):
        if index in cue_numbers:
            continue
        if _TIMESTAMP_LINE_RE.fullmatch(line):
            in_caption = True
            continue
        if not line.strip():
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if index + 1 in cue_numbers or _TIMESTAMP_LINE_RE.fullmatch(following):
                continue  # the blank line between two cues
            in_caption = False
        previous = out[-1].rstrip() if out else ""
        if (
            in_caption
            and punctuated
            and previous_is_caption
            and previous
            and line.strip()
            # ("… we have, uh..." / "one thousand...": a pause, not a sentence's end)
            and (
                previous[-1] not in _SENTENCE_END
                or (_PAUSE_END_RE.search(previous) is not None and line.strip()[0].islower())
            )
            and not _TURN_START_RE.match(line.strip())
        ):
            out[-1] = previous + " " + line.strip()
        else:
            out.append(line)
        previous_is_caption = in_caption and bool(line.strip())
    return "\n".join(out)


#: A transcript's line number and the text after it: "  7       13. Washington has nearly 10."
_NUMBERED_LINE_RE = re.compile(r" {0,4}(\d{1,2})( {2,}|\t)(\S.*)")
#: Numbered lines needed before a text is read as a numbered transcript.
_MIN_NUMBERED_LINES = 10


def unnumber(text: str) -> str:
    """A transcript (a court reporter's, a hearing's), whose lines are numbered 1, 2, 3 … from
    each page's top, as paragraphs: the numbers dropped and a line joined to the one before
    unless it is indented deeper (a new turn) or opens a turn ("Q.", "MR. LEE:"), also across
    a page break (whose footer and page number then follow the paragraph); any other text is
    returned unchanged."""
    lines = text.split("\n")
    numbered = [_NUMBERED_LINE_RE.fullmatch(line) for line in lines]
    numbers = [int(match.group(1)) for match in numbered if match]
    if len(numbers) < _MIN_NUMBERED_LINES:
        return text
    if len(numbers) * 2 < sum(1 for line in lines if line.strip()):
        return text
    in_order = sum(1 for before, after in itertools.pairwise(numbers) if after in (before + 1, 1))
    if in_order < (len(numbers) - 1) * 0.9:
        return text
    # A ranked table ("1   London   942,562") numbers its rows as well: its rows stay rows.
    rows = sum(1 for match in numbered if match and _is_table_row(match.group(3)))
    if rows * 3 > len(numbers):
        return text
    indents = Counter(len(match.group(2)) for match in numbered if match)
    base = indents.most_common(1)[0][0]  # most lines continue a paragraph
    out: list[str] = []
    furniture: list[str] = []  # a page break's lines, kept for after the paragraph
    paragraph: str | None = None
    for line, match in zip(lines, numbered, strict=True):
        if match is None:
            (furniture if paragraph is not None else out).append(line)
            continue
        content = match.group(3)
        if (
            paragraph is not None
            and len(match.group(2)) <= base
            and not _TURN_START_RE.match(content)
        ):
            paragraph += " " + content.strip()
            continue
        if paragraph is not None:
            out.append(paragraph)
        out.extend(furniture)
        furniture = []
        paragraph = content
    if paragraph is not None:
        out.append(paragraph)
    out.extend(furniture)
    return "\n".join(out)


#: A word's letters ("Amsterdam", "cameras"), for the document's own vocabulary.
_LETTERS_RE = re.compile(r"[^\W\d_]+")
#: The last word of a line broken after a hyphen (the next line's first is _LETTERS_RE's).
_BROKEN_LEFT_RE = re.compile(r"([^\W\d_]+)-$")


#: Words a figure's sentence turns on, rejoined even where the document writes them once.
_WHOLE_WORDS = frozenset(
    [
        "camera",
        "cameras",
        "resident",
        "residents",
        "inhabitant",
        "inhabitants",
        "population",
        "people",
        "citizens",
        "million",
        "millions",
        "thousand",
        "thousands",
        "billion",
        "estimated",
        "approximately",
        "surveillance",
        "municipality",
        "municipalities",
        "recognition",
        "monitoring",
    ]
)


def _dehyphenated(left: str, right: str, vocabulary: set[str]) -> bool:
    """Whether a hyphen at a line's end splits one word ("cam-" + "eras", "Amster-" +
    "dam's"): the document writes the word whole elsewhere. A compound ("recorder-" +
    "makers") keeps its hyphen."""
    before = _BROKEN_LEFT_RE.search(left)
    after = _LETTERS_RE.match(right)
    if before is None or after is None:
        return False
    whole = (before.group(1) + after.group()).casefold()
    return whole in vocabulary or whole + "s" in vocabulary or whole in _WHOLE_WORDS


def unwrap(text: str) -> str:
    """text with the line breaks inside hard-wrapped paragraphs turned into spaces (a break
    after a hyphenated word's hyphen is dropped, and the hyphen too where the document
    writes the word whole elsewhere); unwrapped text is returned unchanged."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    vocabulary = {word.casefold() for word in _LETTERS_RE.findall(text)}
    out: list[str] = [lines[0]]
    previous = lines[0]  # the physical line before, not the paragraph joined so far
    for line in lines[1:]:
        if _continues(previous, line, width):
            joined = out[-1].rstrip()
            following = line.strip()
            hyphenated = (
                joined.endswith("-") and joined[-2:-1].isalpha() and following[:1].islower()
            )
            if hyphenated and _dehyphenated(joined, following, vocabulary):
                joined = joined[:-1]
            out[-1] = joined + ("" if hyphenated else " ") + following
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


# --------------------------------------------------------------------------- LaTeX in text

#: A LaTeX table's body, as PDF-to-Markdown converters leave it ("\begin{tabular}{l r r}
#: \hline City & Cameras \\ \hline Toronto & 1,210 \\ … \end{tabular}").
_TABULAR_RE = re.compile(r"\\begin\{tabular\}\{[^{}]*\}(.*?)\\end\{tabular\}", re.DOTALL)
_TABLE_ENV_RE = re.compile(r"^[ \t]*\\(?:begin|end)\{table\*?\}[ \t]*$", re.MULTILINE)
_TABLE_RULE_RE = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^{}]*\})")
_ROW_END_RE = re.compile(r"\\\\")
_CELL_SEPARATOR_RE = re.compile(r"(?<!\\)&")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
#: Inline math the converters write for plain characters: "\(>\)900", "km\({}^{2}\)",
#: "\(\approx\) 0.02".
_INLINE_MATH_RE = re.compile(r"\\\((.{1,40}?)\\\)")
_MATH_SYMBOLS = {
    ">": ">",
    "<": "<",
    r"\approx": "≈",
    r"\sim": "~",
    r"\geq": "≥",
    r"\leq": "≤",
    r"\times": "×",
    r"\%": "%",
}
_SUPERSCRIPT_MATH_RE = re.compile(r"\{\}\^\{(\d{1,3})\}")


def _markdown_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _tabular_rows(match: re.Match[str]) -> str:
    rows = []
    for raw in _ROW_END_RE.split(_TABLE_RULE_RE.sub(" ", match.group(1))):
        cells = [cell.strip() for cell in _CELL_SEPARATOR_RE.split(raw)]
        if any(cells):
            rows.append(_markdown_row(cells))
    if not rows:
        return ""
    width = rows[0].count(" | ") + 1
    return "\n\n" + "\n".join([rows[0], _markdown_row(["---"] * width), *rows[1:]]) + "\n\n"


def _inline_math(match: re.Match[str]) -> str:
    body = match.group(1).strip()
    superscript = _SUPERSCRIPT_MATH_RE.fullmatch(body)
    if superscript is not None:
        return superscript.group(1).translate(_SUPERSCRIPTS)  # "km\({}^{2}\)" is "km²"
    return _MATH_SYMBOLS.get(body, match.group())


def untex(text: str) -> str:
    """text with the LaTeX a PDF-to-Markdown converter leaves in it made plain: a tabular's
    rows as Markdown table rows, "\\%" as "%", and inline math for a symbol or a superscript
    as that character. Text without LaTeX is returned unchanged."""
    if "\\begin{tabular}" not in text and "\\(" not in text and "\\%" not in text:
        return text
    text = _TABLE_ENV_RE.sub("", _TABULAR_RE.sub(_tabular_rows, text))
    return _INLINE_MATH_RE.sub(_inline_math, text).replace("\\%", "%")
