"""Place lookup: hand-written names in manual.csv resolved to the gazetteer's ids."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cctv_density.claims_io import MANUAL_COLUMNS, GazetteerResolve, read_manual_claims
from cctv_density.errors import ManualClaimsError
from cctv_density.gazetteer import Gazetteer, Place
from cctv_density.place_lookup import lookup_key, resolver_for
from cctv_density.population.wup import read_wup_agglomerations
from flows.ingest import read_manual_claims_task

WUP_PATH = (
    Path(__file__).resolve().parents[2]
    / "data/raw/population/un_wup2018/2018-05-16/WUP2018-F12-Cities_Over_300K.csv"
)


def country(iso3: str, name: str) -> Place:
    return Place(kind="country", name=name, country_iso3=iso3)


def city(name: str, iso3: str, city_id: str, population: int) -> Place:
    return Place(kind="city", name=name, country_iso3=iso3, city_id=city_id, population=population)


COUNTRIES = {
    place.country_iso3: place
    for place in (
        country("GBR", "United Kingdom"),
        country("USA", "United States"),
        country("CAN", "Canada"),
        country("DEU", "Germany"),
        country("MEX", "Mexico"),
        country("PHL", "Philippines"),
        country("LUX", "Luxembourg"),
        country("COG", "Congo"),
        country("COD", "DR Congo"),
    )
}
LONDON_GBR = city("London", "GBR", "wup-1", 8_661_000)
LONDON_CAN = city("London", "CAN", "wup-2", 491_000)
# Two Springfields in one country; the gazetteer lists the bigger one first.
SPRINGFIELD_BIG = city("Springfield", "USA", "wup-3", 648_000)
SPRINGFIELD_SMALL = city("Springfield", "USA", "gn-4", 114_000)
ST_LOUIS = city("St. Louis", "USA", "wup-5", 2_190_000)
SAINT_LOUIS_SEN = city("Saint-Louis", "SEN", "gn-6", 176_000)
MEXICO_PHL = city("Mexico", "PHL", "gn-7", 43_000)
LUXEMBOURG_LUX = city("Luxembourg", "LUX", "gn-8", 76_000)
LUXEMBOURG_USA = city("Luxembourg", "USA", "gn-9", 90_000)
ONTARIO_USA = city("Ontario", "USA", "gn-10", 175_000)
SAO_PAULO = city("São Paulo", "BRA", "wup-11", 21_650_000)


def tiny_gazetteer() -> Gazetteer:
    """The gazetteer's public tables, keyed as load_gazetteer keys them (tokens, as written)."""
    return Gazetteer(
        countries=COUNTRIES,
        country_names={
            "United Kingdom": "GBR",
            "UK": "GBR",
            "U.K.": "GBR",
            "United States": "USA",
            "U.S.": "USA",
            "Canada": "CAN",
            "Germany": "DEU",
            "Mexico": "MEX",
            "Philippines": "PHL",
            "Luxembourg": "LUX",
            "Congo": "COG",
            "CONGO": "COD",  # folds onto "Congo": the lookup cannot tell them apart
            "England": None,  # a region, deliberately no country
            "Ontario": None,
        },
        city_names={
            "London": [LONDON_GBR, LONDON_CAN],
            "Springfield": [SPRINGFIELD_BIG, SPRINGFIELD_SMALL],
            "St Louis": [ST_LOUIS],
            "Saint-Louis": [SAINT_LOUIS_SEN],
            "Mexico": [MEXICO_PHL],
            "Luxembourg": [LUXEMBOURG_USA, LUXEMBOURG_LUX],
            "Ontario": [ONTARIO_USA],
            "São Paulo": [SAO_PAULO],
            "Sao Paulo": [SAO_PAULO],
        },
        demonym_adjectives={},
        people_names={},
        common_words=frozenset(),
    )


@pytest.fixture(scope="module")
def resolve() -> GazetteerResolve:
    return resolver_for(tiny_gazetteer())


@pytest.mark.parametrize(
    ("written", "indexed"),
    [
        ("the U.S.", "U.S."),
        ("u.s.", "US"),
        ("UNITED KINGDOM", "United Kingdom"),
        ("Saint Louis", "St. Louis"),
        ("saint-louis", "Saint Louis"),
        ("Sao Paulo", "São Paulo"),
        ("  London ", "London"),
    ],
)
def test_lookup_key_ignores_case_accents_punctuation_and_a_leading_the(
    written: str, indexed: str
) -> None:
    assert lookup_key(written) == lookup_key(indexed)


def test_lookup_key_keeps_different_names_apart() -> None:
    assert lookup_key("Newark") != lookup_key("New York")
    assert lookup_key("The Hague") == "hague"
    assert lookup_key("The") == "the"


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Germany", "DEU"),
        ("germany", "DEU"),
        ("UK", "GBR"),
        ("u.k.", "GBR"),
        ("the U.S.", "USA"),
        ("United States", "USA"),
        ("deu", "DEU"),  # an ISO3 code is a name too
        ("CAN", "CAN"),
    ],
)
def test_country_by_name_alias_or_iso3_in_any_case(
    resolve: GazetteerResolve, name: str, iso3: str
) -> None:
    assert resolve(name, "country", None) == (iso3, None)


def test_a_city_with_a_country_is_that_countrys_city(resolve: GazetteerResolve) -> None:
    assert resolve("london", "city", "CAN") == ("CAN", LONDON_CAN.city_id)
    assert resolve("London", "city", "gbr") == ("GBR", LONDON_GBR.city_id)


def test_an_unqualified_city_is_the_most_populous_as_in_the_extractor(
    resolve: GazetteerResolve,
) -> None:
    biggest_london = max((LONDON_GBR, LONDON_CAN), key=lambda place: place.population)
    assert resolve("London", "city", None) == ("GBR", biggest_london.city_id)
    assert resolve("Springfield", "city", "USA") == ("USA", SPRINGFIELD_BIG.city_id)
    # "St Louis" and "Saint-Louis" are one lookup key: the bigger city wins.
    assert ST_LOUIS.population > SAINT_LOUIS_SEN.population
    assert resolve("Saint Louis", "city", None) == ("USA", ST_LOUIS.city_id)
    assert resolve("Saint-Louis", "city", "SEN") == ("SEN", SAINT_LOUIS_SEN.city_id)
    assert resolve("SAO PAULO", "city", None) == ("BRA", SAO_PAULO.city_id)


def test_a_city_named_like_a_country_is_that_countrys_city(resolve: GazetteerResolve) -> None:
    # Bigger Luxembourgs elsewhere lose, as a city in the country under discussion does in text.
    assert LUXEMBOURG_USA.population > LUXEMBOURG_LUX.population
    assert resolve("Luxembourg", "city", None) == ("LUX", LUXEMBOURG_LUX.city_id)
    assert resolve("Luxembourg", "city", "USA") == ("USA", LUXEMBOURG_USA.city_id)
    assert resolve("Mexico", "city", "PHL") == ("PHL", MEXICO_PHL.city_id)
    assert resolve("Ontario", "city", "USA") == ("USA", ONTARIO_USA.city_id)


@pytest.mark.parametrize(
    ("name", "kind", "iso3", "message"),
    [
        ("Narnia", "country", None, "no country of that name in the gazetteer"),
        ("London", "country", None, "a city of that name in GBR, CAN (entity_kind city?)"),
        ("England", "country", None, "a region's name, not a country's"),
        ("Congo", "country", None, "ambiguous: COD, COG"),
        ("Germany", "country", "FRA", "the country DEU, not the country_iso3 FRA"),
        ("Narnia", "city", None, "no city of that name in the gazetteer"),
        ("Germany", "city", None, "no city of that name in the gazetteer (entity_kind country?)"),
        ("London", "city", "DEU", "no city of that name in DEU in the gazetteer; there is one in"),
        ("Mexico", "city", None, "the country MEX and of a city in PHL: write country_iso3"),
        ("Ontario", "city", None, "a region's name and a city's in USA: write country_iso3"),
    ],
)
def test_unknown_or_ambiguous_names_raise_a_typed_error_naming_them(
    resolve: GazetteerResolve, name: str, kind: str, iso3: str | None, message: str
) -> None:
    with pytest.raises(ManualClaimsError) as caught:
        resolve(name, kind, iso3)
    assert (caught.value.field, caught.value.value) == ("entity_name", name)
    assert message in caught.value.message


# --------------------------------------------------------------------------- through manual.csv


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    base = {column: "" for column in MANUAL_COLUMNS}
    base.update(metric="camera_count", value="1000", qualifier="exact", doc="Report 2024")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANUAL_COLUMNS)
        writer.writeheader()
        writer.writerows({**base, **row, "source": "by hand"} for row in rows)
    return path


def test_manual_rows_with_blank_ids_are_resolved(tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "manual.csv",
        [
            {"entity_name": "London", "entity_kind": "city"},
            {"entity_name": "Germany", "entity_kind": "country"},
            {"entity_name": "London", "entity_kind": "city", "country_iso3": "can"},
            {"entity_name": "London", "entity_kind": "city", "city_id": LONDON_GBR.city_id or ""},
        ],
    )
    claims = read_manual_claims(path, [], resolver_for(tiny_gazetteer()))
    assert [(c.entity_name, c.country_iso3, c.city_id) for c in claims] == [
        ("London", "GBR", LONDON_GBR.city_id),
        ("Germany", "DEU", None),
        ("London", "CAN", LONDON_CAN.city_id),
        ("London", "GBR", LONDON_GBR.city_id),
    ]


def test_an_unknown_name_is_a_one_line_error_naming_file_line_field_and_value(
    tmp_path: Path,
) -> None:
    path = write_rows(
        tmp_path / "manual.csv",
        [
            {"entity_name": "Germany", "entity_kind": "country"},
            {"entity_name": "Narnia", "entity_kind": "city"},
        ],
    )
    with pytest.raises(ManualClaimsError) as caught:
        read_manual_claims(path, [], resolver_for(tiny_gazetteer()))
    error = caught.value
    assert (error.path, error.line, error.field, error.value) == (
        str(path),
        3,
        "entity_name",
        "Narnia",
    )
    assert str(error) == (
        f"{path}:3, field 'entity_name', value 'Narnia': "
        "cannot resolve the place (no city of that name in the gazetteer)"
    )
    assert "\n" not in str(error)


def test_a_written_city_id_must_be_the_city_a_blank_country_is_taken_from(
    tmp_path: Path,
) -> None:
    # Canada's London with no country: the name alone would give GBR, the wrong country.
    path = write_rows(
        tmp_path / "manual.csv",
        [{"entity_name": "London", "entity_kind": "city", "city_id": LONDON_CAN.city_id or ""}],
    )
    with pytest.raises(ManualClaimsError) as caught:
        read_manual_claims(path, [], resolver_for(tiny_gazetteer()))
    assert (caught.value.line, caught.value.field) == (2, "country_iso3")
    assert f"not to the city_id {LONDON_CAN.city_id}" in str(caught.value)


# --------------------------------------------------------------------------- the real gazetteer


def wup_id(name: str, country_name: str) -> str:
    wup = read_wup_agglomerations(WUP_PATH)
    rows = wup[(wup["name"] == name) & (wup["country_name"] == country_name)]
    assert len(rows) == 1, (name, country_name)
    return f"wup-{int(rows['city_code'].iloc[0])}"


def test_the_ingest_task_resolves_blank_ids_with_the_shipped_gazetteer(tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "manual.csv",
        [
            {"entity_name": "London", "entity_kind": "city"},
            {"entity_name": "the U.S.", "entity_kind": "country"},
            {"entity_name": "uk", "entity_kind": "country"},
            {"entity_name": "London", "entity_kind": "city", "country_iso3": "CAN"},
        ],
    )
    claims = read_manual_claims_task.fn(path, [], WUP_PATH)
    assert [(c.country_iso3, c.city_id) for c in claims] == [
        ("GBR", wup_id("London", "United Kingdom")),
        ("USA", None),
        ("GBR", None),
        ("CAN", wup_id("London", "Canada")),
    ]
