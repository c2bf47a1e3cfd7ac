"""Resolve a place name written by hand (manual.csv) to the gazetteer's country and city ids."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from cctv_density.claims_io import GazetteerResolve
from cctv_density.errors import ManualClaimsError
from cctv_density.gazetteer import Gazetteer, Place

_WORD_RE = re.compile(r"[^\W_]+")
#: Dropped before splitting into words, so "U.S." = "US" and "Xi'an" = "Xian".
_JOINING_MARKS_RE = re.compile(r"[.'’]")


def lookup_key(name: str) -> str:
    """The form a written name is compared in: case, accents, full stops, apostrophes,
    hyphens and a leading "the" do not matter ("the U.S." = "US", "Saint Louis" = "St. Louis")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _WORD_RE.findall(_JOINING_MARKS_RE.sub("", folded))
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join("st" if word == "saint" else word for word in words)


@dataclass(frozen=True)
class PlaceIndex:
    """The gazetteer's country and city names under their lookup_key."""

    countries: dict[str, Place]  # iso3 → country
    country_iso3: dict[str, frozenset[str]]  # key → iso3 codes (more than one: ambiguous)
    regions: frozenset[str]  # keys the gazetteer deliberately names no country by ("England")
    cities: dict[str, tuple[Place, ...]]  # key → cities, most populous first

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> PlaceIndex:
        country_iso3: dict[str, set[str]] = {}
        regions: set[str] = set()
        for name, iso3 in gazetteer.country_names.items():
            if iso3 is None:
                regions.add(lookup_key(name))
            else:
                country_iso3.setdefault(lookup_key(name), set()).add(iso3)
        for iso3, country in gazetteer.countries.items():
            country_iso3.setdefault(lookup_key(country.name), set()).add(iso3)
        cities: dict[str, dict[str | None, Place]] = {}
        for name, places in gazetteer.city_names.items():
            bucket = cities.setdefault(lookup_key(name), {})
            for place in places:
                bucket.setdefault(place.city_id, place)
        return cls(
            countries=dict(gazetteer.countries),
            country_iso3={key: frozenset(codes) for key, codes in country_iso3.items()},
            regions=frozenset(regions - country_iso3.keys()),
            # The extractor's order: most populous first (an agglomeration before a town).
            cities={
                key: tuple(sorted(bucket.values(), key=lambda place: -place.population))
                for key, bucket in cities.items()
            },
        )


def _name_error(name: str, message: str) -> ManualClaimsError:
    return ManualClaimsError(message, field="entity_name", value=name)


def _codes(places: Iterable[Place]) -> str:
    return ", ".join(dict.fromkeys(place.country_iso3 for place in places))


def find_country(index: PlaceIndex, name: str) -> Place:
    """The country a name, alias or ISO3 code denotes ("Germany", "the U.S.", "uk", "deu")."""
    key = lookup_key(name)
    codes = index.country_iso3.get(key)
    if codes is None and name.strip().upper() in index.countries:
        codes = frozenset({name.strip().upper()})
    if codes is not None and len(codes) > 1:
        raise _name_error(name, f"ambiguous: {', '.join(sorted(codes))}; write country_iso3")
    if codes is not None:
        return index.countries[next(iter(codes))]
    if key in index.regions:
        raise _name_error(name, "a region's name, not a country's: write the country's name")
    cities = index.cities.get(key)
    hint = (
        f"; there is a city of that name in {_codes(cities)} (entity_kind city?)" if cities else ""
    )
    raise _name_error(name, f"no country of that name in the gazetteer{hint}")


def find_city(index: PlaceIndex, name: str, country_iso3: str | None = None) -> Place:
    """The city a name denotes: in `country_iso3` when given, else the most populous one,
    as the extractor chooses for an unqualified city name.

    A name that is also a country's ("Singapore") is that country's city; if that country has
    no city of that name ("Mexico") or the name is a region's ("Ontario"), country_iso3 is
    needed to say which city is meant.
    """
    key = lookup_key(name)
    cities = index.cities.get(key, ())
    if country_iso3 is not None:
        iso3 = country_iso3.upper()
        in_country = [city for city in cities if city.country_iso3 == iso3]
        if in_country:
            return in_country[0]
        elsewhere = f"; there is one in {_codes(cities)}" if cities else ""
        raise _name_error(name, f"no city of that name in {iso3} in the gazetteer{elsewhere}")
    named_country = index.country_iso3.get(key, frozenset())
    if not cities:
        hint = " (entity_kind country?)" if named_country else ""
        raise _name_error(name, f"no city of that name in the gazetteer{hint}")
    if named_country:
        # The extractor prefers a same-name city in the country under discussion.
        same_country = [city for city in cities if city.country_iso3 in named_country]
        if same_country:
            return same_country[0]
        raise _name_error(
            name,
            f"the name of the country {', '.join(sorted(named_country))} and of a city in "
            f"{_codes(cities)}: write country_iso3 for the city",
        )
    if key in index.regions:
        raise _name_error(
            name,
            f"a region's name and a city's in {_codes(cities)}: write country_iso3 for the city",
        )
    return cities[0]


def resolver_for(gazetteer: Gazetteer) -> GazetteerResolve:
    """A resolve(entity_name, entity_kind, country_iso3 or None) → (country_iso3, city_id)
    for read_manual_claims; it raises ManualClaimsError naming the problem with the name.

    The name index is built on the first call, so a manual file without blanks costs nothing.
    """

    @functools.cache
    def index() -> PlaceIndex:
        return PlaceIndex.of(gazetteer)

    def resolve(
        entity_name: str, entity_kind: str, country_iso3: str | None
    ) -> tuple[str, str | None]:
        if entity_kind == "city":
            city = find_city(index(), entity_name, country_iso3)
            return city.country_iso3, city.city_id
        if entity_kind != "country":
            raise ManualClaimsError(
                "must be country or city", field="entity_kind", value=entity_kind
            )
        country = find_country(index(), entity_name)
        if country_iso3 is not None and country.country_iso3 != country_iso3.upper():
            raise _name_error(
                entity_name,
                f"the country {country.country_iso3}, not the country_iso3 {country_iso3}",
            )
        return country.country_iso3, None

    return resolve
