"""Gazetteer: countries, WUP agglomerations, geonames cities and name lookup in text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cctv_density.gazetteer import Gazetteer, is_lowercase_writing, load_gazetteer
from cctv_density.population.wup import read_wup_agglomerations

WUP_PATH = (
    Path(__file__).resolve().parents[2]
    / "data/raw/population/un_wup2018/2018-05-16/WUP2018-F12-Cities_Over_300K.csv"
)


def wup_id(name: str, country: str) -> str:
    wup = read_wup_agglomerations(WUP_PATH)
    rows = wup[(wup["name"] == name) & (wup["country_name"] == country)]
    assert len(rows) == 1, (name, country)
    return f"wup-{int(rows['city_code'].iloc[0])}"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(WUP_PATH)


def names(gazetteer: Gazetteer, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (
            m.as_written,
            tuple(c.country_iso3 for c in m.countries),
            tuple(str(c.city_id) for c in m.cities[:1]),
        )
        for m in gazetteer.find_names(text)
    ]


def test_city_links_key_on_country_and_wup_code(gazetteer: Gazetteer) -> None:
    links = gazetteer.city_links().set_index("city_id")
    assert list(gazetteer.city_links().columns) == [
        "city_id",
        "city_name",
        "country_iso3",
        "wup_city_code",
        "geonames_id",
        "latitude",
        "longitude",
    ]
    assert links.loc["wup-22860", ["city_name", "country_iso3"]].tolist() == ["London", "GBR"]
    assert links.loc["wup-20382", "country_iso3"] == "CAN"
    assert links.loc["wup-23083", "city_name"] == "New York City"
    assert links.loc["wup-22299", "city_name"] == "Moscow"
    assert links.loc["wup-23083", "geonames_id"] == 5128581
    assert str(links["wup_city_code"].dtype) == "Int64"
    assert links.index.is_unique


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("the U.K.", "GBR"),
        ("the UK", "GBR"),
        ("Britain", "GBR"),
        ("the U.S.", "USA"),
        ("the United States of America", "USA"),
        ("South Korea", "KOR"),
        ("Russia", "RUS"),
        ("UNITED KINGDOM", "GBR"),
    ],
)
def test_country_names(gazetteer: Gazetteer, text: str, iso3: str) -> None:
    assert [found[1] for found in names(gazetteer, text)] == [(iso3,)]


def test_longer_non_country_names_block_their_words(gazetteer: Gazetteer) -> None:
    assert names(gazetteer, "South America and New South Wales") == []


@pytest.mark.parametrize(
    ("text", "city_id"),
    [
        ("New York City", "wup-23083"),
        ("New York", "wup-23083"),
        ("Moscow", "wup-22299"),
        ("London", "wup-22860"),
        ("New Delhi", wup_id("Delhi", "India")),
        ("St. Petersburg", wup_id("Sankt Peterburg (Saint Petersburg)", "Russian Federation")),
        ("Beijing", "wup-20464"),
    ],
)
def test_city_names_default_to_the_most_populous(
    gazetteer: Gazetteer, text: str, city_id: str
) -> None:
    assert [found[2] for found in names(gazetteer, text)] == [(city_id,)]


def test_a_city_is_found_in_its_accented_local_spelling(gazetteer: Gazetteer) -> None:
    # geonames names the city "Cadiz" (the Philippines has a bigger one); "Cádiz" is Spain's
    found = [m.cities[0] for m in gazetteer.find_names("Huelva has 96 and Cádiz around 140.")]
    assert [(city.name, city.country_iso3) for city in found] == [
        ("Huelva", "ESP"),
        ("Cadiz", "ESP"),
    ]


def test_possessive_and_demonyms(gazetteer: Gazetteer) -> None:
    found = list(gazetteer.find_names("China’s cameras watch Londoners and the Chinese state"))
    assert [m.as_written for m in found] == ["China", "Londoners", "Chinese"]
    assert found[1].is_people and found[2].is_adjective


def test_lower_case_words_are_never_places(gazetteer: Gazetteer) -> None:
    assert names(gazetteer, "reading nice mobile split most police") == []


def test_lower_case_names_in_writing_without_capitals(gazetteer: Gazetteer) -> None:
    text = "lol i was in almaty, then kuala lumpur and ho chi minh city. nice, reading is boring"
    found = gazetteer.find_lowercase_names(text, 0, len(text))
    assert [(m.as_written, (m.countries or m.cities)[0].name) for m in found] == [
        ("almaty", "Almaty"),
        ("kuala lumpur", "Kuala Lumpur"),
        ("ho chi minh city", "Ho Chi Minh City"),
    ]
    # Small towns, first names and any segment with a capitalised word are left alone.
    assert gazetteer.find_lowercase_names("chad said karakol has 40", 0, 24) == []
    assert gazetteer.find_lowercase_names("I was in Almaty, then bishkek", 0, 29) == []
    assert is_lowercase_writing("EDIT: tashkent is 20k+")
    assert not is_lowercase_writing("Łódź has 610 cameras")


def test_a_long_lower_case_segment_is_read_but_not_kept_in_memory(gazetteer: Gazetteer) -> None:
    text = "almaty has 14k cams and bishkek has 1k. " * 200  # 8,000 characters
    before = gazetteer._lowercase_names_in.cache_info().currsize
    found = gazetteer.find_lowercase_names(text, 0, len(text))
    assert len(found) == 400 and found[-1].as_written == "bishkek"
    assert gazetteer._lowercase_names_in.cache_info().currsize == before


@pytest.mark.parametrize("word", ["Reading", "Kita"])
def test_common_word_city_names_are_flagged(gazetteer: Gazetteer, word: str) -> None:
    (match,) = gazetteer.find_names(word)
    assert match.is_common_word


def test_dotted_and_multi_word_names_span_their_words(gazetteer: Gazetteer) -> None:
    found = list(gazetteer.find_names("From St. Louis to NEW YORK and Mexico City."))
    assert [m.as_written for m in found] == ["St. Louis", "NEW YORK", "Mexico City"]


def test_capitals_inside_words_do_not_open_names(gazetteer: Gazetteer) -> None:
    assert names(gazetteer, "McChina xLondon") == []


def test_names_opening_with_one_lower_case_letter(gazetteer: Gazetteer) -> None:
    found = list(gazetteer.find_names("eThekwini, eSwatini, iPhone and xLondon"))
    assert [
        (m.as_written, [c.name for c in m.cities], [c.name for c in m.countries]) for m in found
    ] == [
        ("eThekwini", ["Durban"], []),
        ("eSwatini", [], ["Eswatini"]),
    ]


def test_postal_codes_only_qualify_a_city(gazetteer: Gazetteer) -> None:
    text = "Montréal, QC and Baton Rouge, LA"
    assert gazetteer.region_qualifier_at(text, text.index("QC"), len(text)) == (
        "CAN",
        text.index("QC") + 2,
    )
    assert gazetteer.region_qualifier_at(text, text.index("QC"), len(text), postal=False) is None


def test_the_arabic_article_takes_a_space_or_a_hyphen(gazetteer: Gazetteer) -> None:
    found = list(gazetteer.find_names("Al-Hillah, Al Hillah, El-Obeid, Al-Khobar"))
    assert [m.cities[0].name for m in found] == ["Al Hillah", "Al Hillah", "El Obeid", "Khobar"]


def test_an_arab_town_goes_without_its_article_a_short_or_foreign_one_does_not(
    gazetteer: Gazetteer,
) -> None:
    found = list(gazetteer.find_names("Muharraq, Wakrah, Ain, Paso"))
    assert [(m.as_written, m.cities[0].name) for m in found if m.cities] == [
        ("Muharraq", "Al Muharraq"),
        ("Wakrah", "Al Wakrah"),
    ]


@pytest.mark.parametrize(
    ("alias", "city", "iso3"),
    [
        ("Rio", "Rio de Janeiro", "BRA"),
        ("L.A.", "Los Angeles", "USA"),
        ("HK", "Hong Kong", "HKG"),
        ("D.C.", "Washington", "USA"),
        ("Joburg", "Johannesburg", "ZAF"),
        ("Molenbeek", "Molenbeek-Saint-Jean", "BEL"),
        ("KL", "Kuala Lumpur", "MYS"),
        ("CDMX", "Mexico City", "MEX"),
        ("QC", "Quezon City", "PHL"),
        ("Tshwane", "Pretoria", "ZAF"),
        ("Melaka", "Malacca", "MYS"),
        ("Nur-Sultan", "Astana", "KAZ"),
        ("Lalitpur", "Pātan", "NPL"),
        # The data's hyphenated "Port-Vila" written with a space.
        ("Port Vila", "Port-Vila", "VUT"),
        ("Apodaca", "Ciudad Apodaca", "MEX"),
        ("Riffa", "Ar Rifā‘", "BHR"),
        # The data's "Nuku‘alofa" as English texts type it.
        ("Nuku'alofa", "Nuku‘alofa", "TON"),
        ("Nuku’alofa", "Nuku‘alofa", "TON"),
    ],
)
def test_short_and_local_city_names_from_the_alias_file(
    gazetteer: Gazetteer, alias: str, city: str, iso3: str
) -> None:
    (match,) = gazetteer.find_names(f"{alias} has cameras")
    assert (match.as_written, match.cities[0].name, match.cities[0].country_iso3) == (
        alias,
        city,
        iso3,
    )


def test_region_qualifier_ends_before_a_non_letter(gazetteer: Gazetteer) -> None:
    text = "Atlanta, Georgia, and London, Ontario; Georgian art"
    georgia = text.index("Georgia")
    assert gazetteer.region_qualifier_at(text, georgia, len(text)) == (
        "USA",
        georgia + len("Georgia"),
    )
    ontario = text.index("Ontario")
    assert gazetteer.region_qualifier_at(text, ontario, len(text)) == (
        "CAN",
        ontario + len("Ontario"),
    )
    assert gazetteer.region_qualifier_at(text, text.index("Georgian"), len(text)) is None
    assert gazetteer.region_qualifier_at(text, text.index("London"), len(text)) is None


@pytest.mark.parametrize(
    ("written", "as_in_the_data"),
    [
        ("Koeln", "Köln"),  # German transliteration
        ("Aarhus", "Århus"),  # Danish transliteration
        ("Chișinău", "Chişinău"),  # comma below for the data's cedilla
        ("Frankfurt", "Frankfurt am Main"),  # a big city's short form
        ("Newcastle", "Newcastle upon Tyne"),
    ],
)
def test_other_spellings_name_the_same_city(
    gazetteer: Gazetteer, written: str, as_in_the_data: str
) -> None:
    same = {place.city_id for place in gazetteer.city_names[as_in_the_data]}
    assert same & {place.city_id for place in gazetteer.city_names[written]}


def test_short_forms_are_only_for_big_cities(gazetteer: Gazetteer) -> None:
    small = [
        place
        for name, places in gazetteer.city_names.items()
        if " upon " in name
        for place in places
        if place.population < 100_000
    ]
    assert small, "the data has small 'X upon Y' towns to check"
    for place in small:
        short = place.name.split(" upon ")[0]
        assert place not in gazetteer.city_names.get(short, [])


@pytest.mark.parametrize(
    ("written", "as_in_the_data", "iso3"),
    [
        ("Ghent", "Gent", "BEL"),  # English exonyms from geonames' alternate names
        ("Seville", "Sevilla", "ESP"),
        ("Hanover", "Hannover", "DEU"),  # dwarfs the US towns of that name
        ("Odessa", "Odesa", "UKR"),
    ],
)
def test_big_cities_go_by_their_english_exonyms(
    gazetteer: Gazetteer, written: str, as_in_the_data: str, iso3: str
) -> None:
    first = gazetteer.city_names[written][0]
    assert (first.name, first.country_iso3) == (as_in_the_data, iso3)


def test_towns_of_five_thousand_are_places_their_suburbs_are_not(gazetteer: Gazetteer) -> None:
    # GeoNames' towns from 5,000 people: Joondalup and Broome (Western Australia), Kulhudhuffushi
    # (Maldives); Riccarton (4 km from central Christchurch) and Sakae (central Nagoya) are
    # suburbs of a big city, not places of their own.
    for town, iso3 in (("Joondalup", "AUS"), ("Broome", "AUS"), ("Kulhudhuffushi", "MDV")):
        assert [p.country_iso3 for p in gazetteer.city_names[town]][:1] == [iso3]
    assert "Riccarton" not in gazetteer.city_names
    assert all(p.country_iso3 != "JPN" for p in gazetteer.city_names.get("Sakae", []))


def test_towns_inside_a_big_city_are_its_suburbs(gazetteer: Gazetteer) -> None:
    def suburb(name: str, iso3: str) -> bool:
        place = next(p for p in gazetteer.city_names[name] if p.country_iso3 == iso3)
        return place.city_id in gazetteer.suburbs

    assert suburb("Surfers Paradise", "AUS")  # 3 km from central Gold Coast
    assert not suburb("Joondalup", "AUS")  # 25 km from Perth: a city of its own
    assert not suburb("Gold Coast", "AUS")
    # GeoNames lists Bucharest's numbered sectors as places of 225,000–385,000 people (found
    # by their word, "Sector"): districts of the city.
    sectors = [p for p in gazetteer.city_names["Sector"] if p.country_iso3 == "ROU"]
    assert {p.name for p in sectors} >= {"Sector 1", "Sector 3"}
    assert all(p.city_id in gazetteer.suburbs for p in sectors)
    assert not suburb("Bucharest", "ROU")


@pytest.mark.parametrize(
    ("written", "iso3"),
    [
        ("Democratic Republic of Congo", "COD"),
        ("Congo-Kinshasa", "COD"),
        ("Republic of Congo", "COG"),
        ("Congo-Brazzaville", "COG"),
    ],
)
def test_the_two_congos_by_their_other_names(gazetteer: Gazetteer, written: str, iso3: str) -> None:
    found = list(gazetteer.find_names(f"in the {written}, the"))
    assert [(m.as_written, [c.country_iso3 for c in m.countries]) for m in found] == [
        (written, [iso3])
    ]


def test_a_conurbation_named_after_its_county_is_not_found_by_the_county(
    gazetteer: Gazetteer,
) -> None:
    # WUP's "Birmingham (West Midlands)": "West Midlands Police" is the county's force.
    text = "West Midlands Police and West Yorkshire councils; Birmingham and Leeds"
    found = [m for m in gazetteer.find_names(text) if not m.is_common_word]
    assert [(m.as_written, [c.name for c in m.cities][:1]) for m in found] == [
        ("Birmingham", ["Birmingham"]),
        ("Leeds", ["Leeds"]),
    ]


def test_towns_go_by_their_local_spellings_too(gazetteer: Gazetteer) -> None:
    # GeoNames calls them Pilsen and San Martin Texmelucan de Labastida; "Plzeň" and "San Martín
    # Texmelucan" are among their alternate names, and an English text writes them so.
    assert [(p.name, p.country_iso3) for p in gazetteer.city_names["Plzeň"]][:1] == [
        ("Pilsen", "CZE")
    ]
    assert [p.country_iso3 for p in gazetteer.city_names["San Martín Texmelucan"]][:1] == ["MEX"]


def test_towns_go_by_other_romanisations_of_their_names(gazetteer: Gazetteer) -> None:
    # GeoNames: Phuntsholing (alternate "Phuentsholing"), Umm Al Quwain City ("Umm Al Quwain");
    # "Jalisco" is an alternate of the town Xalisco but a state's name, and stays the state's.
    assert [p.name for p in gazetteer.city_names["Phuentsholing"]] == ["Phuntsholing"]
    assert [p.country_iso3 for p in gazetteer.city_names["Umm Al Quwain"]] == ["ARE"]
    assert "Jalisco" not in gazetteer.city_names
    assert gazetteer.regions["Jalisco"] == "MEX"


def test_a_city_goes_by_its_name_without_the_city_geonames_adds(gazetteer: Gazetteer) -> None:
    # GeoNames: "Logan City" (Queensland, 345,000 people) and "Makati City", each with its short
    # name among its alternates; Daly City's alternates do not attest "Daly", and "Benin" stays
    # a country (Benin City is "Benin City").
    assert [p.country_iso3 for p in gazetteer.city_names["Logan"]][:2] == ["AUS", "USA"]
    assert [p.name for p in gazetteer.city_names["Makati"]] == ["Makati City"]
    assert "Daly" not in gazetteer.city_names
    assert "Benin" not in gazetteer.city_names


def test_exonyms_leave_out_nicknames_and_ordinary_words(gazetteer: Gazetteer) -> None:
    # "Wawa" (Warsaw) is a nickname and "Montgomery" an old name of Sahiwal, not spellings;
    # "Gold" and "Rest" are alternate names of big cities that are English words.
    assert all(p.country_iso3 != "POL" for p in gazetteer.city_names.get("Wawa", []))
    assert {p.country_iso3 for p in gazetteer.city_names["Montgomery"]} == {"USA"}
    assert "Gold" not in gazetteer.city_names
    assert "Rest" not in gazetteer.city_names


def test_states_and_provinces_of_every_country_qualify_and_block(gazetteer: Gazetteer) -> None:
    # From ISO 3166-2 (pycountry), not only the hand-kept list: Kerala, West Bengal, Jawa Barat.
    text = "Kochi, Kerala and Kolkata, West Bengal and Bandung, Jawa Barat; Western; Lakes"
    for region, iso3 in (("Kerala", "IND"), ("West Bengal", "IND"), ("Jawa Barat", "IDN")):
        start = text.index(region)
        assert gazetteer.region_qualifier_at(text, start, len(text)) == (
            iso3,
            start + len(region),
        )
    # Names that are ordinary words ("Western", "Lakes") or cities ("Buenos Aires") are not.
    for word in ("Western", "Lakes"):
        assert gazetteer.region_qualifier_at(text, text.index(word), len(text)) is None
    assert "Buenos Aires" not in gazetteer.regions


@pytest.mark.parametrize(
    ("text", "wup_name", "wup_country"),
    [
        ("Hong Kong", "Hong Kong", "China, Hong Kong SAR"),
        ("Hong Kong SAR", "Hong Kong", "China, Hong Kong SAR"),
        ("Macau", "Macao", "China, Macao SAR"),
    ],
)
def test_territories_that_are_one_agglomeration_are_cities(
    gazetteer: Gazetteer, text: str, wup_name: str, wup_country: str
) -> None:
    assert names(gazetteer, text) == [(text, (), (wup_id(wup_name, wup_country),))]


def test_a_territory_too_small_for_the_wup_file_is_its_geonames_town(
    gazetteer: Gazetteer,
) -> None:
    # Gibraltar is one town: GeoNames lists it, the WUP file (agglomerations of 300,000+) not.
    [(written, countries, cities)] = names(gazetteer, "Gibraltar")
    assert (written, countries) == ("Gibraltar", ())
    [city] = [c for c in gazetteer.city_names["Gibraltar"] if str(c.city_id) == cities[0]]
    assert (city.country_iso3, city.wup_city_code) == ("GIB", None)
    # A territory with no town of its name stays a country.
    assert names(gazetteer, "Bermuda") == [("Bermuda", ("BMU",), ())]


def test_a_word_that_opens_many_names_is_no_short_form(gazetteer: Gazetteer) -> None:
    # "Cluj-Napoca" goes by "Cluj"; "Port-au-Prince" does not go by "Port", nor "Saint-Étienne"
    # by "Saint": many places' names open with those words.
    assert [c.name for c in gazetteer.city_names["Cluj"]] == ["Cluj-Napoca"]
    assert "Port" not in gazetteer.city_names
    assert "Saint" not in gazetteer.city_names


def test_un_member_city_states_stay_countries(gazetteer: Gazetteer) -> None:
    assert [found[1] for found in names(gazetteer, "Singapore and Monaco")] == [("SGP",), ("MCO",)]


@pytest.mark.parametrize(
    ("written", "city", "iso3"),
    [
        ("Sharm El-Sheikh", "Sharm el-Sheikh", "EGY"),
        ("Ciudad Del Este", "Ciudad del Este", "PRY"),
        ("Port-Au-Prince", "Port-au-Prince", "HTI"),
        ("Stoke-On-Trent", "Stoke-on-Trent", "GBR"),
        ("Port Of Spain", "Port of Spain", "TTO"),
    ],
)
def test_a_title_case_name_capitalises_its_particles(
    gazetteer: Gazetteer, written: str, city: str, iso3: str
) -> None:
    (match,) = gazetteer.find_names(f"CCTV Cameras: {written} Counts Them")
    assert (match.as_written, match.cities[0].name, match.cities[0].country_iso3) == (
        written,
        city,
        iso3,
    )


@pytest.mark.parametrize(
    ("written", "city"),
    [("Makkah Al-Mukarramah", "Makkah"), ("Al-Madinah al-Munawwarah", "Madinah")],
)
def test_the_holy_cities_by_their_official_saudi_names(
    gazetteer: Gazetteer, written: str, city: str
) -> None:
    (match,) = gazetteer.find_names(f"In {written}, the cameras")
    assert (match.as_written, match.cities[0].name) == (written, city)


def test_neighbourhood_names_many_cities_have_name_no_town(gazetteer: Gazetteer) -> None:
    # "Mid-City" is a town of 83,000 in the data, and also a part of New Orleans and Sacramento.
    found = {m.as_written: m for m in gazetteer.find_names("any block in Mid-City or Old Town")}
    assert found["Mid-City"].is_common_word
    assert found["Old Town"].is_common_word
    assert [m.countries for m in gazetteer.find_names("cafés in Little Italy")] == []


def test_an_agglomeration_links_to_the_city_that_goes_by_its_name(gazetteer: Gazetteer) -> None:
    # geonames gives the bigger Rasapūdipalem "Visakhapatnam" as one of its other names.
    (match,) = gazetteer.find_names("Visakhapatnam has cameras")
    assert match.cities[0].name == "Visakhapatnam"
    assert match.cities[0].wup_city_code is not None


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("Amdavad", "Ahmedabad"),
        ("Hawler", "Erbil"),
        ("Mazar-i-Sharif", "Mazār-e Sharīf"),
        ("Den Haag", "The Hague"),
        ("Bruges", "Brugge"),
        ("Calpe", "Calp"),
        ("Heraklion", "Irákleion"),
        ("Patras", "Pátra"),
        ("Plzen", "Pilsen"),
        ("Rubavu", "Gisenyi"),
        ("Huye", "Butare"),
        ("Rusizi", "Cyangugu"),
    ],
)
def test_cities_by_local_names_the_english_press_uses(
    gazetteer: Gazetteer, written: str, city: str
) -> None:
    (match,) = gazetteer.find_names(f"{written} has cameras")
    assert (match.as_written, match.cities[0].name) == (written, city)


def test_syracuse_is_also_the_sicilian_city(gazetteer: Gazetteer) -> None:
    (match,) = gazetteer.find_names("Syracuse has cameras")
    assert {(city.name, city.country_iso3) for city in match.cities} >= {
        ("Syracuse", "USA"),
        ("Siracusa", "ITA"),
    }


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("Tiruchi", "Tiruchirappalli"),
        ("Trichy", "Tiruchirappalli"),
        ("Chhatrapati Sambhajinagar", "Aurangabad"),
        ("Hubballi-Dharwad", "Hubballi"),
        ("Kalyan-Dombivli", "Kalyān"),
        ("Mira-Bhayandar", "Bhayandar"),
        ("Mira Bhayandar", "Bhayandar"),
        ("Vizag", "Visakhapatnam"),
        ("Trivandrum", "Thiruvananthapuram"),
        ("Baroda", "Vadodara"),
        ("Gurgaon", "Gurugram"),
        # Bangladesh's 2018 spellings
        ("Cumilla", "Comilla"),
        ("Jashore", "Jessore"),
        ("Bogura", "Bogra"),
    ],
)
def test_indian_cities_by_their_short_and_new_names(
    gazetteer: Gazetteer, written: str, city: str
) -> None:
    (match,) = gazetteer.find_names(f"{written} has cameras")
    assert (match.as_written, match.cities[0].name) == (written, city)


def test_region_names_are_looked_up_only_where_one_may_start(gazetteer: Gazetteer) -> None:
    # "Qu" is where a capitalised ASCII word ends in "Québec"; "Leeds" opens no region's name.
    text = "Leeds, ONTARIO and New South Wales; Québec and Ontario's towns"
    starts = list(gazetteer.region_word_starts(text))
    assert [text[s : s + 3] for s in starts] == ["ONT", "New", "Sou", "Wal", "Qué", "Ont"]
    # Every region the unfiltered scan finds starts at one of them.
    every = [
        m.start()
        for m in re.finditer(r"\b[A-Z]", text)
        if gazetteer.region_qualifier_at(text, m.start(), len(text), postal=False) is not None
    ]
    assert set(every) <= set(starts)


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("Abidjanais", "Abidjan"),
        ("Dakarois", "Dakar"),
        ("Kinois", "Kinshasa"),
        ("Marseillais", "Marseille"),
        ("Algérois", "Algiers"),
    ],
)
def test_inhabitants_named_in_french(gazetteer: Gazetteer, written: str, city: str) -> None:
    (match,) = gazetteer.find_names(f"one camera for every 2,200 {written}")
    assert (match.as_written, match.cities[0].name) == (written, city)


@pytest.mark.parametrize(("written", "city"), [("Wānaka", "Wanaka"), ("Taupō", "Taupo")])
def test_a_name_written_with_accents_its_indexed_spelling_lacks(
    gazetteer: Gazetteer, written: str, city: str
) -> None:
    (match,) = gazetteer.find_names(f"{written} has cameras")
    assert (match.as_written, match.cities[0].name) == (written, city)


@pytest.mark.parametrize(
    ("text", "city", "iso3"),
    [
        ("St. George's has cameras", "Saint George's", "GRD"),
        ("Saint John's has cameras", "Saint John’s", "ATG"),
        ("King's Lynn has cameras", "King's Lynn", "GBR"),
    ],
)
def test_a_name_s_own_apostrophe_s_is_part_of_it(
    gazetteer: Gazetteer, text: str, city: str, iso3: str
) -> None:
    (match,) = gazetteer.find_names(text)
    assert (match.cities[0].name, match.cities[0].country_iso3) == (city, iso3)
    assert text[match.start : match.end].endswith(("'s", "’s", "Lynn"))


def test_a_possessive_after_a_name_stays_outside_it(gazetteer: Gazetteer) -> None:
    (match,) = gazetteer.find_names("London's cameras")
    assert (match.start, match.end, match.cities[0].name) == (0, 6, "London")


def test_a_possessive_before_a_noun_is_not_a_name_s_apostrophe_s(gazetteer: Gazetteer) -> None:
    (match,) = gazetteer.find_names("Saint Paul's network is 256 cameras")
    assert (match.end, match.cities[0].name) == (10, "Saint Paul")
