"""Number grammar of the genre: separators, Indian grouping, lakh/crore, magnitudes, words, ranges.

The patterns are regex *fragments* without capturing groups, embedded by metrics.py. Every
repetition is bounded and each repeated group starts with a separator, so matching stays linear.
"""

from __future__ import annotations

import re

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMBER_WORDS: dict[str, int] = {**_UNITS, **_TEENS, **_TENS, "hundred": 100, "a": 1}

MAGNITUDES: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    # Indian shorthand: "2.6L cameras", "~2.1 cr residents"
    "l": 1e5,
    "cr": 1e7,
    # Chinese 万: "63 wan", "26 *wan*" (ten thousand), and machine translation's "31.2 ten
    # thousand".
    "wan": 1e4,
    "ten thousand": 1e4,
    # Left over by a translation: Portuguese and Spanish "milhão"/"millón", Italian "milioni",
    # Indonesian "juta" (million) and "ribu" (thousand), Polish "tys." (thousand).
    "milhão": 1e6,
    "milhões": 1e6,
    "millón": 1e6,
    "millones": 1e6,
    "milione": 1e6,
    "milioni": 1e6,
    "juta": 1e6,
    "ribu": 1e3,
    "tys": 1e3,
    # "mil": English shorthand for million ("1.5 mil cams"), but Portuguese and Spanish for
    # thousand after a decimal comma ("1,2 mil") and in a text in those languages (see
    # `ROMANCE_MIL_RE`, which the extractor applies).
    "mil": 1e6,
}
#: What marks a text whose "mil" is the Portuguese or Spanish thousand: their words for
#: million, or "mil" before their "de" or a decimal comma's "1,2 mil".
ROMANCE_MIL_RE = re.compile(
    r"\b(?:milh(?:ão|ões)|mill(?:ón|ones)|mil[ \u00a0]+de)\b|\b\d{1,3},\d{1,2}[ \u00a0]mil\b",
    re.IGNORECASE,
)

_WORD_ALTERNATION = "|".join(sorted((*_UNITS, *_TEENS, *_TENS), key=len, reverse=True))
_UNIT_ALTERNATION = "|".join(_UNITS)
_TENS_ALTERNATION = "|".join(_TENS)

#: Digits: Indian grouping (2,80,000), thousands groups (1,000,000 / 1 000 000 with
#: non-breaking spaces), thousands groups with plain spaces as South African and European
#: papers write them ("7 400 cameras", not where another number or the row's end follows, as
#: in a space-flattened table row, unless the number is a cell of its own: "Almaty | 14 236"),
#: a decimal comma ("0,24", "5,2 Mio."), thousands grouped with full stops ("1.200.000"; one
#: group, "1.200", is read as a decimal here and as thousands only in a count, see metrics),
#: or a plain run of at most 12 digits; optional decimals.
_SPACE_GROUPED = r"\d{1,3}(?: \d{3}){1,3}"
_NUMERAL_TEMPLATE = (
    # Not inside a word or another number, but after circa's "c." ("c.98mn", broker shorthand).
    # Nor after a digit and a slash ("24/7 365-day operation", "27/11/2026").
    r"(?:(?<![\w.,])(?<!\d/)|(?<=\bc\.))(?:\d{1,3}(?:\.\d{3}){2,4}(?![\d.,]\d)|\d{1,3}(?:,\d{2}){1,4},\d{3}"
    r"|\d{1,3}(?:[,\u00a0\u202f]\d{3}){1,5}"
    rf"|(?<=\|[ \u00a0]){_SPACE_GROUPED}(?![ \u00a0]?\d)"
    rf"|{_SPACE_GROUPED}(?![ \u00a0]?\d<ROW_END>)"
    r"|\d{1,3},\d{1,2}(?![\d,])|\d{1,12})"
    # Not part of a date written with full stops ("31.10.2026").
    r"(?:\.\d{1,6})?(?!\d|[.,]\d)"
)
NUMERAL = _NUMERAL_TEMPLATE.replace("<ROW_END>", r"|[ \u00a0]*(?:\n|$)")
#: NUMERAL for a value already cut out of its text, where the text's end is the value's end.
_CUT_NUMERAL = _NUMERAL_TEMPLATE.replace("<ROW_END>", "")
#: A magnitude after digits: spaced words, or a letter attached to the digits ("2.5m", "300k").
MAGNITUDE = (
    r"(?:[ \u00a0]ten[ \u00a0]thousand\b"
    # ("5-million", "R2-billion": South African papers hyphenate a magnitude)
    r"|[ \u00a0-]?(?:thousand|million|billion|lakhs?|crores?)\b|[ \u00a0]?(?:mio|mln|mn|bln|bn)\b\.?"
    r"|[ \u00a0](?:mil|milh(?:ão|ões)|mill(?:ón|ones)|milion[ei]|juta|ribu)\b|[ \u00a0]tys\b\.?"
    r"|[ \u00a0](?:wan\b|\*wan\*)"
    r"|[kKmMbBlL]\b|[ \u00a0]?(?:cr|Cr)\b\.?)"
)
#: One to ninety-nine in words: "seven", "sixty-five", "twenty four".
_SMALL_WORDS = rf"(?:{_WORD_ALTERNATION})(?:[- ](?:{_UNIT_ALTERNATION}))?"
#: Up to 999 in words: "nine hundred sixty-five", "four hundred and twelve".
_HUNDREDS_WORDS = rf"{_SMALL_WORDS}(?:\s+hundred(?:(?:\s+and)?\s+{_SMALL_WORDS})?)?"
_NO_MAGNITUDE_AFTER = r"(?!\s+(?:hundred|thousand|million|billion|lakhs?|crores?)\b)"
#: Number words: "seven", "twenty-five", "a million", "two hundred thousand", "half a million",
#: "two thousand seven hundred", "a hundred and twenty", "one point one million".
WORD_VALUE = (
    r"\b(?:half\s+a\s+(?:million|billion)"
    # "a quarter of a million", "three-quarters of a million", "a quarter million"
    r"|(?:a|one|three)[\s-]quarters?\s+(?:of\s+a\s+)?(?:million|billion)"
    # "a hundred thousand", "a hundred and twenty"
    rf"|a\s+(?:hundred(?:\s+and\s+{_SMALL_WORDS})?(?:\s+(?:thousand|million|billion))?"
    r"|thousand|million|billion)"
    # (one opening word for all the forms below, so that `re` tries the words once)
    rf"|{_SMALL_WORDS}(?:"
    # "one point one million", "two point eight lakh"
    rf"\s+point\s+(?:{_UNIT_ALTERNATION}|zero)(?:\s+(?:{_UNIT_ALTERNATION}|zero))?"
    r"\s+(?:thousand|million|billion|lakhs?|crores?)"
    # "thirteen fifty cameras": hundreds said as a teen and a ten (only before a camera noun,
    # so that "in nineteen eighty" stays a year)
    rf"|(?:(?<=teen)|(?<=eleven)|(?<=twelve))[ -](?:{_TENS_ALTERNATION})(?:[- ](?:{_UNIT_ALTERNATION}))?"
    r"(?=[ \u00a0]+(?:cameras?|cams?|cctvs?)\b|$)"
    rf"|(?:\s+and\s+a\s+half)?"
    # "four hundred and twenty", "nine hundred sixty-five"
    rf"(?:\s+hundred(?:(?:\s+and)?\s+{_SMALL_WORDS})?)?"
    # "three thousand two hundred", "six thousand and fifty" (not a year: "two thousand twenty")
    # (not a range's two ends: "between six hundred thousand and nine hundred thousand")
    rf"(?:\s+(?:thousand|million|billion)(?:\s+and\s+{_HUNDREDS_WORDS}{_NO_MAGNITUDE_AFTER}"
    rf"|\s+{_SMALL_WORDS}\s+hundred(?:(?:\s+and)?\s+{_SMALL_WORDS})?{_NO_MAGNITUDE_AFTER})?)?"
    r"))\b"
)
#: A translated compound: "3 thousand 200", "6 thousand and 500", "7 million and 900 thousand".
_COMPOUND = (
    r"(?<![\w.,])\d{1,3}[ \u00a0]+(?:million|thousand)(?:[ \u00a0]+and)?[ \u00a0]+\d{1,3}"
    # (not a range's two ends: "between 540 million and 700 million")
    r"(?:[ \u00a0]+thousand)?\b(?![.,]\d|[ \u00a0]*(?:million|billion|thousand|mn|bn|mln|[mk]\b|%))"
    # Mexican and Central American press: "2 mil 300 cámaras", "12 mil 906" (mil: thousand);
    # Turkish: "46 bin 820 kamera" (bin: thousand)
    r"|(?<![\w.,])\d{1,3}[ \u00a0]+(?:mil|bin)[ \u00a0]+\d{3}\b(?![.,]\d)"
)
_COMPOUND_RE = re.compile(
    r"(\d{1,3})\s+(million|thousand|mil|bin)(?:\s+and)?\s+(\d{1,3})(?:\s+(thousand))?",
    re.IGNORECASE,
)
VALUE = rf"(?:{_COMPOUND}|{NUMERAL}{MAGNITUDE}?|{WORD_VALUE})"
_CUT_VALUE = rf"(?:{_COMPOUND}|{_CUT_NUMERAL}{MAGNITUDE}?|{WORD_VALUE})"
#: One value or a range: "11-15", "4 to 5.9 million", "between 4 and 5 million".
#: A year is never a range's low end: "400 cameras in 2014 to 2,900 in 2024", "2014–2024".
_YEAR_THEN_TO = r"(?:19|20)\d\d[ \u00a0]?(?:-|–|—|to)[ \u00a0]?\d"
RANGE = (
    # "installed between 2007 and 2012": two years are a period, not a range of figures.
    rf"(?:between[ \u00a0](?!(?:19|20)\d\d[ \u00a0]and[ \u00a0](?:19|20)\d\d\b){VALUE}[ \u00a0]and[ \u00a0]{VALUE}"
    rf"|(?!{_YEAR_THEN_TO}){VALUE}(?:[ \u00a0]?(?:-|–|—|to)[ \u00a0]?{VALUE})?)"
)

_VALUE_RE = re.compile(_CUT_VALUE, re.IGNORECASE)
_DOT_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,4}")
_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")
_NUMERAL_RE = re.compile(_CUT_NUMERAL)
_WORD_RE = re.compile(r"[a-z]+")
_AND_A_HALF_RE = re.compile(r"\s+and\s+a\s+half\b")


def _word_value(text: str) -> float | None:
    words = [
        word
        for word in _WORD_RE.findall(_AND_A_HALF_RE.sub(" half", text.lower()))
        if word != "and"  # "four hundred and twenty"
    ]
    if not words:
        return None
    if words[0] == "half":
        return 0.5 * MAGNITUDES[words[-1]]
    if len(words) >= 3 and words[1] in ("quarter", "quarters"):
        return (0.75 if words[0] == "three" else 0.25) * MAGNITUDES[words[-1]]
    if len(words) >= 2 and words[0] in _TEENS and words[1] in _TENS:
        # "thirteen fifty": 1,350
        return float(_TEENS[words[0]] * 100 + sum(NUMBER_WORDS.get(word, 0) for word in words[1:]))
    total = 0.0
    current = 0.0
    decimals = 0  # digits read after "point"
    for word in words:
        if word == "point":
            decimals = 1
        elif decimals and (word in _UNITS or word == "zero"):
            current += _UNITS.get(word, 0) / 10**decimals  # "one point one million"
            decimals += 1
        elif word in MAGNITUDES and word not in ("k", "m", "b"):
            current = (current or 1.0) * MAGNITUDES[word]
            total += current
            current = 0.0
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word == "half":
            current += 0.5  # "two and a half million"
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        else:
            return None
    total += current
    if words == ["a"]:
        return None  # a bare "a" is an article, not a number
    return total


def parse_value(text: str) -> tuple[float, float] | None:
    """(value, magnitude factor) of one VALUE match: '2,80,000' → (280000, 1), '5.9 million' →
    (5.9e6, 1e6)."""
    compound = _COMPOUND_RE.fullmatch(text.strip())
    if compound is not None:
        high, high_word, low, low_word = compound.groups()
        # ("2 mil 300", "46 bin 820": the Spanish and the Turkish thousand, whatever "mil"
        # means alone)
        factor = 1e3 if high_word.lower() in ("mil", "bin") else MAGNITUDES[high_word.lower()]
        return float(high) * factor + float(low) * MAGNITUDES.get(
            (low_word or "").lower(), 1.0
        ), factor
    numeral = _NUMERAL_RE.search(text)
    if numeral is None:
        value = _word_value(text)
        if value is None:
            return None
        factors = [MAGNITUDES[w] for w in _WORD_RE.findall(text.lower()) if w in MAGNITUDES]
        return value, (factors[-1] if factors else 1.0)
    written = numeral.group()
    if _DECIMAL_COMMA_RE.fullmatch(written):
        written = written.replace(",", ".")  # a decimal comma
    elif _DOT_GROUPED_RE.fullmatch(written):
        written = written.replace(".", "")  # "1.200.000"
    digits = written.replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    base = float(digits)
    rest = " ".join(text[numeral.end() :].split()).lower().rstrip(".").strip("*").lstrip("-")
    factor = MAGNITUDES.get(rest, 1.0)
    if rest == "mil" and _DECIMAL_COMMA_RE.fullmatch(numeral.group()):
        factor = 1e3  # "1,2 mil": a decimal comma's thousand
    return base * factor, factor


_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}\.\d{3}")
#: Metrics whose values are whole numbers: one group after a full stop is thousands there.
WHOLE_METRICS = frozenset({"camera_count", "people_per_camera"})


def whole_value(written: str, value: float) -> float:
    """A count's value: one group after a full stop is thousands ("1.200 Kameras", "has 1.150
    today", "1 CCTV for every 1.280 people"), since no count has a three-digit fraction. Read
    alone, "1.200" stays a decimal (see NUMERAL)."""
    return value * 1000 if _DOT_THOUSANDS_RE.fullmatch(written.strip()) else value


def parse_range(text: str) -> tuple[float, float | None] | None:
    """(low, high) of a RANGE match; high is None for a single value.

    In "4 to 5.9 million" the magnitude of the second value applies to the first.
    """
    parts = [parse_value(m.group()) for m in _VALUE_RE.finditer(text)]
    values = [part for part in parts if part is not None]
    if not values:
        return None
    if len(values) == 1:
        return values[0][0], None
    (low, low_factor), (high, high_factor) = values[0], values[1]
    if low_factor == 1.0 and high_factor > 1.0 and low * high_factor <= high:
        low *= high_factor
    if low == high:
        return low, None  # "63 wan – 630,000 –": one figure restated in other units
    if low > high:
        return None
    return low, high


#: A year: 1950–2049, written as four plain digits, ending a numeric date ("as on
#: 01.01.2026", "at 30/09/2026"), or a fiscal year's ("FY2025").
YEAR_RE = re.compile(
    # The digits first, so that `re` skips to a "1" or "2" with its fast scan; what may stand
    # before them is checked after, by looking back over them.
    r"(?:(?:19[5-9]\d|20[0-4]\d)"
    r"(?:(?<![\w.,$£€]\d{4})|(?<=[\s(]\d\d[./]\d\d[./]\d{4})|(?<=[\s(]\d[./]\d\d[./]\d{4})"
    r"|(?<=[\s(]\d\d[./]\d[./]\d{4})|(?<=[\s(]\d[./]\d[./]\d{4})|(?<=\b[Ff][Yy]\d{4})"
    r"|(?<=\b[Ff][Yy] \d{4}))"
    # A Thai Buddhist-era year ("B.E. 2567"), 543 years ahead: see `year_value`.
    r"|25[0-9]\d(?:(?<=\b[Bb]\.[Ee]\.[ \u00a0]\d{4})|(?<=\b[Bb][Ee][ \u00a0]\d{4})))"
    r"(?!\d|,\d|%|\.\d)"
)
#: Years of the Buddhist era (B.E.) run 543 ahead of the common era.
_BUDDHIST_ERA_OFFSET = 543


def year_value(written: str) -> int:
    """The common-era year of a YEAR_RE match: "2019" is 2019, B.E. "2567" is 2024."""
    year = int(written)
    return year - _BUDDHIST_ERA_OFFSET if year >= 2500 else year
