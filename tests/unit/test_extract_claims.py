"""extract_claims on tiny documents: attribution, context carry-over, lists, mentions, negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from cctv_density.extract import extract_claims
from cctv_density.gazetteer import Gazetteer, load_gazetteer
from cctv_density.model import Document, Extraction, sha256_hex
from cctv_density.population.wup import read_wup_agglomerations

WUP_PATH = (
    Path(__file__).resolve().parents[2]
    / "data/raw/population/un_wup2018/2018-05-16/WUP2018-F12-Cities_Over_300K.csv"
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(WUP_PATH)


def wup_id(name: str, country: str) -> str:
    """City id of a WUP agglomeration, looked up in the committed file (not hard-coded)."""
    wup = read_wup_agglomerations(WUP_PATH)
    rows = wup[(wup["name"] == name) & (wup["country_name"] == country)]
    assert len(rows) == 1, (name, country)
    return f"wup-{int(rows['city_code'].iloc[0])}"


def extract(gazetteer: Gazetteer, text: str) -> Extraction:
    document = Document(
        document_id=sha256_hex(text.encode()),
        doc="inline",
        source="inline",
        media_type="text/plain",
        text=text,
    )
    return extract_claims(document, gazetteer)


def rows(extraction: Extraction) -> list[tuple[str, str | None, str, float, str]]:
    return [
        (c.entity_name, c.city_id, c.metric, round(c.value, 4), c.qualifier)
        for c in extraction.claims
    ]


def test_every_quote_is_the_exact_span(gazetteer: Gazetteer) -> None:
    text = "United Kingdom\n\nThere are 5.9 million cameras in the UK. Russia is big."
    extraction = extract(gazetteer, text)
    for item in [*extraction.claims, *extraction.mentions]:
        assert text[item.start : item.end] == item.quote


def test_place_before_the_figure(gazetteer: Gazetteer) -> None:
    text = "In the UK, there are an estimated 5.9 million CCTV cameras in operation."
    assert rows(extract(gazetteer, text)) == [
        ("United Kingdom", None, "camera_count", 5_900_000, "estimated")
    ]


def test_place_after_the_figure(gazetteer: Gazetteer) -> None:
    text = "There are 200 million cameras in China and 50 million in the U.S."
    assert rows(extract(gazetteer, text)) == [
        ("China", None, "camera_count", 200_000_000, "exact"),
        ("United States", None, "camera_count", 50_000_000, "exact"),
    ]


def test_place_after_a_long_gap_that_ends_in_of(gazetteer: Gazetteer) -> None:
    text = (
        "As of 1 October 2026, 14 236 video surveillance cameras were connected to the Situation "
        "Center of the Police Department of Almaty city."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Almaty", 14_236, 2026)
    ]


def test_a_buddhist_era_year_dates_a_figure_and_is_no_figure(gazetteer: Gazetteer) -> None:
    text = "According to the annual report for B.E. 2567, 19,400 cameras in Bangkok were working."
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Bangkok", 19_400, 2024)
    ]


def test_a_census_year_does_not_date_a_rate(gazetteer: Gazetteer) -> None:
    text = (
        "Kathmandu has 1,480 cameras. That is roughly one camera for every 570 residents of the "
        "metropolis, based on the 2021 census."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Kathmandu", 1_480, None),
        ("Kathmandu", 570, None),
    ]


def test_small_networks_that_a_council_monitors_or_maintains(gazetteer: Gazetteer) -> None:
    text = (
        "The Suva City Council now jointly monitors 86 CCTV cameras, up from 42 in 2022. "
        "Lautoka maintains 38 cameras. A resident had counted 11 cameras on her street."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Suva", 86, None),
        ("Suva", 42, 2022),
        ("Lautoka", 38, None),
    ]


def test_an_anaphor_skips_a_place_that_only_describes_another(gazetteer: Gazetteer) -> None:
    text = "In Hat Yai, Songkhla's commercial hub, the municipality counts 1,150 cameras."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Hat Yai", 1_150)
    ]


def test_a_citys_capital_administration_and_a_district_opening_a_sentence(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "In the capital, the Phnom Penh Capital Administration said that 2,600 cameras had been "
        "connected across the city's 14 khans. Khan Daun Penh, which includes the Royal Palace "
        "and the riverside, alone has 410."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Phnom Penh", 2_600)
    ]


def test_police_release_counts_and_dates_written_with_full_stops(gazetteer: Gazetteer) -> None:
    text = (
        "CCTV cameras numbering 1,842 have been installed within the Colombo city limits as at "
        "31.10.2026. The total number of CCTV cameras operated by Sri Lanka Police throughout "
        "the island is 4,960 at present. During the period from 01.01.2026 to 31.10.2026, 28,416 "
        "offences were detected."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Colombo", 1_842, 2026),
        ("Sri Lanka", 4_960, None),
    ]


def test_a_superlative_found_in_a_place_is_the_places_own(gazetteer: Gazetteer) -> None:
    text = (
        "Busan has 43,500 cameras. The highest density is found in Sejong, the administrative "
        "city, where there are roughly 24 cameras per 1,000 residents. It is the most "
        "surveilled city in Korea, with 35,000 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Busan", 43_500),
        ("Sejong", 24),
        ("Sejong", 35_000),
    ]


def test_a_bare_count_a_place_runs_by_itself(gazetteer: Gazetteer) -> None:
    text = (
        "Gyeonggi Province has about 360,000 cameras. Suwon, the provincial capital, runs 14,200 "
        "by itself."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Suwon", 14_200)
    ]


def test_an_events_year_does_not_date_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "In Samoa, Apia has about 60 cameras, most of them installed ahead of the Commonwealth "
        "Heads of Government Meeting in 2024. In Tonga, a network of 24 cameras in Nuku'alofa "
        "had been restored after the 2022 Hunga Tonga-Hunga Ha'apai eruption."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Apia", 60, None),
        ("Nuku‘alofa", 24, None),
    ]


def test_cameras_that_range_between_two_figures(gazetteer: Gazetteer) -> None:
    text = "Estimates for the UK's cameras range between six million and 7.7 million."
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("United Kingdom", 6_000_000, "range_low"),
        ("United Kingdom", 7_700_000, "range_high"),
    ]


def test_a_citys_own_council_under_a_longer_name(gazetteer: Gazetteer) -> None:
    text = (
        "In Melaka, the Melaka Historic City Council (MBMB) has just 180 cameras. In MELAKA, the "
        "Historic Melaka City Council said it operates 520 CCTV units around the city."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Malacca", 180),
        ("Malacca", 520),
    ]


def test_council_in_a_councils_own_papers_and_a_year_right_after_a_figure(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "TOWNSVILLE CITY COUNCIL\n\nMINUTES\n\nCouncil's public safety CCTV network comprises "
        "214 cameras as at 31 October 2026, an increase from 168 cameras in 2022. This equates "
        "to approximately 1.1 cameras per 1,000 residents. Mackay Regional Council advised 136 "
        "cameras (2025)."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Townsville", 214, 2026),
        ("Townsville", 168, 2022),
        ("Townsville", 1.1, None),
        ("Mackay", 136, 2025),
    ]


def test_a_region_that_locates_a_city_and_a_city_noun_that_modifies(gazetteer: Gazetteer) -> None:
    text = (
        "Elsewhere, the coastal city of Nha Trang in Khánh Hòa Province has 300 cameras. "
        "Khánh Hòa Province has 3,000 cameras. Türkiye's city security camera network tops "
        "40,000."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Nha Trang", 300),
        ("Turkey", 40_000),
    ]


def test_small_networks_installed_or_grown_from(gazetteer: Gazetteer) -> None:
    text = (
        "Lisbon's network has grown from 62 cameras in 2019 to 216 today. Polokwane installed 86 "
        "cameras in 2016. Pretoria police installed 45 new cameras at the stadium."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Lisbon", 62, 2019),
        ("Lisbon", 216, None),
        ("Polokwane", 86, 2016),
    ]


def test_spanish_demonyms_in_lower_case_are_people(gazetteer: Gazetteer) -> None:
    text = (
        "León has about 3,900 cameras, or roughly 2.3 for every 1,000 leoneses. Guadalajara has "
        "roughly one camera for every 750 tapatíos. Lagos has one camera for every 100 officers."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("León de los Aldama", "camera_count", 3_900),
        ("León de los Aldama", "cameras_per_1000_people", 2.3),
        ("Guadalajara", "people_per_camera", 750),
    ]


def test_a_rate_repeated_without_its_noun(gazetteer: Gazetteer) -> None:
    text = (
        "Hong Kong has about 7.3 cameras per 1,000 residents, far below the 40-plus per 1,000 "
        "seen in Shenzhen. There is one camera for every 2 people in China and one for every 4 "
        "in America. Kuala Lumpur has 0.8 cameras per 1,000 residents, compared with about 15 "
        "per 1,000 in Singapore."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("Hong Kong", "cameras_per_1000_people", 7.3, "about"),
        ("Shenzhen", "cameras_per_1000_people", 40, "over"),
        ("China", "people_per_camera", 2, "exact"),
        ("United States", "people_per_camera", 4, "exact"),
        ("Kuala Lumpur", "cameras_per_1000_people", 0.8, "exact"),
        ("Singapore", "cameras_per_1000_people", 15, "about"),
    ]


def test_spoken_answers_that_name_a_place_and_its_figure(gazetteer: Gazetteer) -> None:
    text = (
        "How many cameras do Moroccan cities have? Rabat, about 1,500. Tangier, something like "
        "900, I would have to check. London's more like 900,000. ANNA: Dundee, I think it's "
        "something like 80. Fatima Zahra, 52, who runs a shop, disagreed. Fes, 45."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Rabat", 1_500, "about"),
        ("Tangier", 900, "about"),
        ("London", 900_000, "about"),
        ("Dundee", 80, "about"),
    ]


def test_somewhere_north_of_a_figure_is_over_it(gazetteer: Gazetteer) -> None:
    text = (
        "How many cameras are there in British cities? London, everyone's favourite bogeyman, "
        "has somewhere north of 600,000, most of them private."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("London", 600_000, "over")
    ]


def test_a_bare_count_a_place_has_had_since_a_year(gazetteer: Gazetteer) -> None:
    text = (
        "Lisbon has 216 cameras. Amadora, just across the city line from Lisbon, has had 105 "
        "since 2021. Police in Maputo say kidnappings - more than 180 since 2011 - continue."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Lisbon", 216),
        ("Amadora", 105),
    ]


def test_an_earlier_state_is_the_same_owners_and_a_count_after_an_upgrade(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Lagos State Government says it has connected 2,300 cameras in the Lagos metropolis "
        "to its Command and Control Centre in Alausa, Ikeja, up from 1,000 in 2019. The "
        "Islamabad Safe City project, launched in 2016 with 1,950 cameras, now has 3,200 after "
        "a Rs7.5bn upgrade."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Lagos", 2_300, None),
        ("Lagos", 1_000, 2019),
        ("Islamabad", 1_950, 2016),
        ("Islamabad", 3_200, None),
    ]


def test_an_earlier_state_before_an_event_has_no_year_of_the_telling(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Qatar's Ministry of Interior said in 2025 that its centre received live feeds from "
        "15,400 cameras across Doha, up from about 9,000 before the 2022 FIFA World Cup. Chiang "
        "Mai has just 420 working cameras, down from more than 700 before floods damaged cabling."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Doha", 15_400, 2025),
        ("Doha", 9_000, None),
        ("Chiang Mai", 420, None),
        ("Chiang Mai", 700, None),
    ]


def test_places_that_each_have_a_figure(gazetteer: Gazetteer) -> None:
    text = (
        "The biggest are Beijing and Shanghai, each with well over 1 million cameras. Lagos and "
        "Abuja have 2,000 cameras between them. In Kazakhstan, Almaty and Astana have their own "
        "centres, with more than 12 thousand cameras each."
    )
    assert sorted((c.entity_name, c.value) for c in extract(gazetteer, text).claims) == [
        ("Almaty", 12_000),
        ("Astana", 12_000),
        ("Beijing", 1_000_000),
        ("Shanghai", 1_000_000),
    ]


def test_temperatures_programme_years_and_kurdish_city_names(gazetteer: Gazetteer) -> None:
    text = (
        "UAE weather: temperatures to drop to 14°C in mountains. Riyadh's network now links more "
        "than 120,000 cameras, as Saudi cities race to expand ahead of Expo 2030. In Sulaimani, "
        "officials said there were 3,100 cameras in 2025."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Riyadh", 120_000, None),
        ("Sulaymaniyah", 3_100, 2025),
    ]


def test_an_earlier_state_a_year_earlier(gazetteer: Gazetteer) -> None:
    text = (
        "Tabriz had 1,250 surveillance cameras in October 2026, according to the city's traffic "
        "control organization, up from 860 a year earlier."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Tabriz", 1_250, 2026),
        ("Tabriz", 860, None),
    ]


def test_a_place_that_only_locates_the_owner_by_direction(gazetteer: Gazetteer) -> None:
    text = "Zarqa, east of Amman, has fewer than 150 municipal cameras."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("Zarqa", 150)]


def test_the_city_of_a_name_inside_the_figures_phrase(gazetteer: Gazetteer) -> None:
    text = (
        "The Kurdistan Region's Ministry of Interior announced on Tuesday that the number of "
        "security cameras in the city of Erbil has reached 6,500."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("Erbil", 6_500)]


def test_the_part_of_a_network_that_is_in_a_named_place(gazetteer: Gazetteer) -> None:
    text = (
        "Across the emirate, the network links more than 96,000 cameras, of which about 61,000 "
        "are in Abu Dhabi city. Qingdao has around 120,000, of which some 1,400 are in the "
        "Laoshan scenic area alone."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Abu Dhabi", 61_000),
        ("Qingdao", 120_000),
    ]


def test_bracketed_figures_of_gulf_releases(gazetteer: Gazetteer) -> None:
    text = (
        "Taif Municipality completes the installation of (1,150) surveillance cameras\n\n"
        "The total number of surveillance cameras operated by the municipality in the city of "
        "Taif reached (3,420) cameras, compared to (1,870) cameras at the end of 1445 AH, all "
        "linked to a centre that works around the clock with (24) operators. The city now has "
        "one camera for approximately every (208) inhabitants. The figure, announced at the "
        "National Security Operations Center (911) in the city, compares with about 1,000 "
        "cameras in 2019.\n\n"
        "- The central area and the historical area: (212) cameras.\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Ta’if", "camera_count", 3_420),
        ("Ta’if", "camera_count", 1_870),
        ("Ta’if", "people_per_camera", 208),
        ("Ta’if", "camera_count", 1_000),
    ]


def test_metro_cameras_body_worn_cameras_and_the_average_city(gazetteer: Gazetteer) -> None:
    text = (
        "Moscow has 200,000 cameras. Over 5,000 cameras have been installed in the Moscow Metro. "
        "The force has also issued 3,200 body-worn cameras to patrol officers. The average city "
        "in our study had fewer than 10 cameras per 1,000 people."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Moscow", 200_000)
    ]


def test_work_on_part_of_a_network_and_a_hoped_for_target(gazetteer: Gazetteer) -> None:
    text = (
        "Kaohsiung has 23,750 cameras. The department said that 1,870 of its cameras would be "
        "replaced with high-definition models. Its budget includes ¥480 million to replace 600 "
        "of the oldest cameras. The council hoped to reach 100 cameras in Suva by 2027. The "
        "increase reflects the commissioning of 160 cameras under Phase III. A single operator "
        "in Kaohsiung now watches an average of 1,100 camera feeds."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Kaohsiung", 23_750)
    ]


def test_headlines_and_police_counts_in_their_own_words(gazetteer: Gazetteer) -> None:
    text = (
        "Casablanca's CCTV Network Passes 5,000 Cameras Ahead of 2030 World Cup\n\n"
        "Quezon City's CCTV count passes 2,800 — but who's watching the watchers?\n\n"
        "Nationwide, police-run cameras in Taiwan numbered about 210,000 at the end of June."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Casablanca", 5_000, "over"),
        ("Quezon City", 2_800, "over"),
        ("Taiwan", 210_000, "about"),
    ]
    text = "The Jakarta Metropolitan Police's ETLE system uses 57 cameras in the capital."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("Jakarta", 57)]


def test_an_aside_does_not_run_across_a_colon(gazetteer: Gazetteer) -> None:
    text = (
        "Kandy currently has around 90 cameras.\n\nDeficit target 5.2% of GDP\n\n"
        "Buried in the Budget document, on page 84: the number of "
        "state-operated CCTV cameras in Sri Lanka stood at 4,300 at the end of September 2026, "
        "according to the ministry."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Kandy", 90, None),
        ("Sri Lanka", 4_300, 2026),
    ]


def test_one_of_the_safest_countries_in_the_world_is_no_world_total(gazetteer: Gazetteer) -> None:
    text = (
        "Japan is an interesting case. It is one of the safest countries in the world and has an "
        "estimated 5 million cameras. There are 1 billion cameras in the world."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Japan", 5_000_000)
    ]


def test_small_networks_said_to_be_installed_or_operating(gazetteer: Gazetteer) -> None:
    text = (
        "Ireland has many cameras. In Kilkenny, 40 cameras were installed in March 2025 under "
        "the scheme. Mauritius has 4,000 cameras. In Port Mathurin, the capital of Rodrigues, 40 "
        "cameras were installed in March 2025. Police said 45 cameras were stolen in Kilkenny."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Kilkenny", 40, 2025),
        ("Mauritius", 4_000, None),
        ("Port Mathurin", 40, 2025),
    ]


def test_gapped_small_counts_put_up_networks_and_plural_verbs(gazetteer: Gazetteer) -> None:
    text = (
        "In Ireland, Limerick has about 150 cameras. Galway has 97 and Cork just 64, according to the "
        "records. Hiroshima had 98 police cameras in 2023. In Nagoya, Aichi prefectural police "
        "have put up 190. Down south, Geelong has fewer than 100. Newcastle City Council's "
        "network is just 64 cameras.\n\nTashkent's 'Safe City' cameras pass 12,000\n"
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Limerick", 150, "about"),
        ("Galway", 97, "exact"),
        ("Cork", 64, "exact"),
        ("Hiroshima", 98, "exact"),
        ("Nagoya", 190, "exact"),
        ("Geelong", 100, "under"),
        ("Newcastle", 64, "exact"),
        ("Tashkent", 12_000, "over"),
    ]


def test_a_region_in_an_aside_between_dashes_owns_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "Bandung has 5,000 cameras. Yogyakarta city - not to be confused with the wider Special "
        "Region of Yogyakarta - runs around 400, most of them along Malioboro Street."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bandung", 5_000),
        ("Yogyakarta", 400),
    ]


def test_a_small_network_by_its_own_words(gazetteer: Gazetteer) -> None:
    text = "Port Vila's 40-camera network, switched on in 2023 with Chinese funding, covers the seafront."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Port-Vila", 40)
    ]


def test_a_list_of_the_small_networks_of_places(gazetteer: Gazetteer) -> None:
    text = (
        "Members have described the pressures vividly: the 61 working cameras in Stoke-on-Trent, "
        "the 97 in Derby, the 40 in Inverness that have not been replaced."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Stoke-on-Trent", 61),
        ("Derby", 97),
        ("Inverness", 40),
    ]


def test_a_small_count_there_are_and_a_name_with_an_okina(gazetteer: Gazetteer) -> None:
    text = (
        "Apia has just 12 police cameras, funded by New Zealand. In Nukuʻalofa, the capital of "
        "Tonga, there are about 30, many of them installed after the 2006 riots."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Apia", 12),
        ("Nuku‘alofa", 30),
    ]


def test_another_network_of_its_own_is_no_addition(gazetteer: Gazetteer) -> None:
    text = (
        "In Cork, the Garda network has grown to 236 cameras. Cork City Council operates another "
        "58 cameras of its own, mostly in car parks. Istanbul alone has 9,870 KGYS cameras. "
        "Istanbul Metropolitan Municipality operates about 3,000 more of its own at junctions. "
        "Lagos has 2,000 cameras, with 100 more planned. Police will install another 500 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Cork", 236),
        ("Cork", 58),
        ("Istanbul", 9_870),
        ("Istanbul", 3_000),
        ("Lagos", 2_000),
    ]


def test_a_total_thought_to_be_well_over_a_figure(gazetteer: Gazetteer) -> None:
    text = (
        "South Korea has 1.8 million public cameras. Add shops, apartment complexes and cars, "
        "and the total is thought to be well over 10 million."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("South Korea", 1_800_000, "exact"),
        ("South Korea", 10_000_000, "over"),
    ]


def test_postal_codes_qualify_a_city_and_stay_short_forms_alone(gazetteer: Gazetteer) -> None:
    text = (
        "MONTREAL, QC — Police run 500 cameras. Baton Rouge, LA has 400 cameras. Santa Fe, NM "
        "has 57. Perth, WA has 600 cameras. QC has 3,100 cameras. LA has 5,000 cameras."
    )
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("Montréal", "CAN", 500),
        ("Baton Rouge", "USA", 400),
        ("Santa Fe", "USA", 57),
        # WA is Washington's code, but no Perth is in the US: Western Australia's.
        ("Perth", "AUS", 600),
        ("Quezon City", "PHL", 3_100),
        ("Los Angeles", "USA", 5_000),
    ]


def test_a_centre_that_receives_video_from_cameras_counts_them(gazetteer: Gazetteer) -> None:
    text = (
        "Astana's Operational Control Center receives video from 12 600 cameras. In Almaty, "
        "detectives reviewed video from 40 cameras after the robbery. Tulsa's center can now "
        "pull live video from 1,146 cameras. Detectives pulled footage from 40 cameras in Tulsa."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Astana", 12_600),
        ("Tulsa", 1_146),
    ]


def test_table_cells_group_thousands_with_spaces(gazetteer: Gazetteer) -> None:
    text = (
        "Cameras by city\n\nCity | Cameras | Population, thousand\nAstana | 12 600 | 1 350.2\n"
        "Almaty, total | 14 236 | 2 330.0\nShymkent | 5 000\n\nKaraganda\n\nCameras: 2 500"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Astana", 12_600),
        ("Almaty", 14_236),
        ("Shymkent", 5_000),
        ("Karagandy", 2_500),
    ]


def test_stat_tiles_with_the_value_above_the_label(gazetteer: Gazetteer) -> None:
    text = (
        "Video surveillance: Safe City Almaty\n\nThe system links cameras to one centre.\n\n"
        "14 200+\n\nvideo cameras connected to the Situation Center\n\n6.1\n\n"
        "cameras per 1 000 residents\n\n24/7\n\nmonitoring by duty operators\n\n"
        "12\n\nCameras in the districts"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("Almaty", "camera_count", 14_200, "over"),
        ("Almaty", "cameras_per_1000_people", 6.1, "exact"),
    ]


def test_an_of_which_column_counts_part_of_the_column_before(gazetteer: Gazetteer) -> None:
    text = (
        "| Region | Cameras connected | Of which record traffic violations | Staff |\n"
        "|---|---|---|---|\n| Tashkent city | 21 400 | 2 150 | 300 |\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Tashkent", 21_400),
        ("Tashkent", 2_150),
    ]


def test_a_city_state_is_the_country_even_on_a_page_ranking_cities(gazetteer: Gazetteer) -> None:
    ranking = (
        "The Most Surveilled Cities in the World: 2025 Ranking\n\nSingapore has 105,000 cameras."
    )
    news = "Police cameras in the region\n\nSingapore has 90,000 police cameras."
    assert [(c.entity_kind, c.value) for c in extract(gazetteer, ranking).claims] == [
        ("country", 105_000)
    ]
    assert [(c.entity_kind, c.value) for c in extract(gazetteer, news).claims] == [
        ("country", 90_000)
    ]


def test_a_year_of_figure_column_dates_its_row(gazetteer: Gazetteer) -> None:
    text = (
        "| City | Country | Cameras | Per 1,000 residents | Year of figure |\n|---|---|---:|---:|:---:|\n"
        "| Ndola | Zambia | 180 | 0.3 | 2025 |\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Ndola", "camera_count", 180, 2025),
        ("Ndola", "cameras_per_1000_people", 0.3, 2025),
    ]


def test_a_pdf_table_of_zones_and_its_total_row(gazetteer: Gazetteer) -> None:
    text = (
        "In Lucknow, the police have geo-tagged the city's cameras.\n\n"
        "   Sl.  Zone               Police Stations   Govt. Cameras   Private Cameras   Total\n"
        "   1.   Central Zone             10              4,380           21,460        25,840\n"
        "   2.   East Zone                 9              3,015           24,115        27,130\n"
        "        Total                    19              7,395         45,575        52,970\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Lucknow", 7_395),
        ("Lucknow", 45_575),
    ]


def test_male_with_its_accent_is_the_maldives_capital(gazetteer: Gazetteer) -> None:
    claims = extract(gazetteer, "Malé has 1,240 cameras.").claims
    assert [(c.entity_kind, c.country_iso3, c.value) for c in claims] == [("city", "MDV", 1_240)]


def test_a_breakdown_as_follows_lists_camera_counts(gazetteer: Gazetteer) -> None:
    text = (
        "The Prime Minister: 4,140 cameras have been installed across Mauritius.\n\n"
        "Madam Speaker, the breakdown per town is as follows -\n\n"
        "   Port Louis ........................ 1,046\n   Curepipe .......................... 312\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Mauritius", 4_140),
        ("Port Louis", 1_046),
        ("Curepipe", 312),
    ]


def test_list_rows_that_count_other_things_are_not_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Key results since launch\n\n- 214 CCTV cameras in Nakuru City\n"
        "- 1,160 incidents detected and referred to the police\n"
        "- 312 arrests made with the support of CCTV footage\n- Mombasa: 450\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Nakuru", 214),
        ("Mombasa", 450),
    ]


def test_a_one_line_tile_and_the_parts_a_count_includes(gazetteer: Gazetteer) -> None:
    text = (
        "Surat Safe City & Intelligent Traffic Management System (ITMS)\n2,870 CCTV Cameras\n"
        "712 Locations\n\nThe network includes 1,150 ANPR and red light violation detection "
        "(RLVD) cameras at 136 junctions and 64 face recognition cameras. These include 40 "
        "thermal cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Surat", 2_870),
        ("Surat", 1_150),
        ("Surat", 64),
        ("Surat", 40),
    ]


def test_hong_kong_districts_are_no_cities(gazetteer: Gazetteer) -> None:
    text = "Hong Kong police run 1,984 cameras.\n\nDistrict | Cameras\nSha Tin | 128\nKwun Tong | 171\n"
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Hong Kong", 1_984)
    ]


def test_chinese_counts_in_ten_thousands(gazetteer: Gazetteer) -> None:
    text = (
        "Dongguan reported 63 wan – 630,000 – cameras units in its 2025 work report, a figure "
        "given in units of 10,000. Xiamen reported 26 *wan* cameras. Taichung has 2.3 wan "
        "(23,000) sets of cameras.\n\n| City | Cameras (10,000 units) | Per 1,000 residents |\n"
        "|---|---|---|\n| Guangzhou | 102.0 | 54.3 |\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Dongguan", "camera_count", 630_000, 2025),
        ("Xiamen", "camera_count", 260_000, None),
        ("Taichung", "camera_count", 23_000, None),
        ("Guangzhou", "camera_count", 1_020_000, None),
        ("Guangzhou", "cameras_per_1000_people", 54.3, None),
    ]


def test_a_city_letterhead_in_capitals_owns_its_papers(gazetteer: Gazetteer) -> None:
    text = (
        "CITY OF BIRMINGHAM, ALABAMA\nOFFICE OF THE CITY CLERK\n\nBACKGROUND\n\n"
        "As of the end of FY2025, the RTCC integrated 1,320 cameras. The City's voluntary "
        "camera registry lists approximately 2,150 privately owned cameras."
    )
    assert [
        (c.entity_name, c.country_iso3, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [("Birmingham", "USA", 1_320, 2025), ("Birmingham", "USA", 2_150, None)]


def test_a_year_by_year_table_under_a_caption_is_the_pages_place(gazetteer: Gazetteer) -> None:
    text = (
        "Hartford Police: Capital City Command Center\n\nAs of January 1, 2026, the C4 "
        "monitors 612 cameras in Hartford.\n\nPublic safety cameras in service at year end\n\n"
        "| Year | Cameras in service | Locations |\n|---|---|---|\n| 2021 | 455 | 176 |\n"
    )
    other = (
        "Indore now has 4,170 cameras. Chennai has 3 lakh cameras.\n\nPrivate cameras to be mapped\n\n"
        "Over 2.3 lakh private CCTVs have been geo-tagged."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Hartford", 612, 2026),
        ("Hartford", 455, 2021),
    ]
    assert [(c.entity_name, c.value) for c in extract(gazetteer, other).claims] == [
        ("Indore", 4_170),
        ("Chennai", 300_000),
    ]


def test_units_counted_per_100000_people_and_a_units_column(gazetteer: Gazetteer) -> None:
    text = (
        "South Korea had 1,783,840 public cameras at the end of 2025. This translates to 3,695 "
        "units per 100,000 people.\n\n| Region | Units | Per 100,000 residents |\n|---|---:|---:|\n"
        "| Busan | 36,710 | 1,122.6 |\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("South Korea", "camera_count", 1_783_840),
        ("South Korea", "cameras_per_1000_people", 36.95),
        ("Busan", "camera_count", 36_710),
        ("Busan", "cameras_per_1000_people", 11.226),
    ]


def test_a_county_sheriff_or_a_states_own_network_is_no_citys(gazetteer: Gazetteer) -> None:
    text = (
        "Tucson police watch about 900 cameras. The Pima County Sheriff's Department told the "
        "Weekly it operates about 110. The state's own system claims more than 14,000 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("Tucson", 900)]


def test_goals_purchases_additions_and_removals_are_no_counts(gazetteer: Gazetteer) -> None:
    text = (
        'Goiania has 1,312 cameras. "Our goal is to reach 3 thousand cameras by 2028," said the '
        "secretary. Officials expect to close 2027 with around 3,000. The city also announced "
        "the purchase of 150 cameras, and the state added 1,000 cameras around the stadium. "
        "Police ordered the removal of 130 Chinese-made cameras. The mayor said, adding that "
        "the city has connected 900 cameras to the centre."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Goiânia", 1_312),
        ("Goiânia", 900),
    ]


def test_a_currency_is_no_place(gazetteer: Gazetteer) -> None:
    text = (
        "Belo Horizonte has 2,100 cameras. The US$40 million network works out at 0.9 cameras "
        "per 1,000 inhabitants."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Belo Horizonte", 2_100),
        ("Belo Horizonte", 0.9),
    ]


def test_a_read_more_line_of_other_headlines_has_no_figures(gazetteer: Gazetteer) -> None:
    text = (
        "Cali has 1,137 cameras.\n\nRead more: Bogotá to add 3,000 cameras by 2028 | "
        "Barranquilla reaches 1,500 cameras\n\nRelated stories: Medellín passes 2,700 cameras"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("Cali", 1_137)]


def test_precinct_rows_naming_districts_and_their_total(gazetteer: Gazetteer) -> None:
    text = (
        "Taichung police run the city's monitoring system.\n\n| Precinct | Area | Cameras |\n"
        "|---|---|---|\n| Third Precinct | South, Dali districts | 1,915 |\n"
        "| Wuri Precinct | Wuri, Longjing, Dadu districts | 2,056 |\n| Total | | 3,971 |\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Taichung", 3_971)
    ]


def test_a_dynastys_years_in_brackets_are_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Kaifeng, the ancient capital of the Northern Song Dynasty (960-1127), has 56,000 "
        "cameras.\n\nCameras by city:\n- Lagos (400-500)\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Kaifeng", 56_000),
        ("Lagos", 400),
        ("Lagos", 500),
    ]


def test_places_named_as_areas_are_parts_and_since_fiscal_dates_nothing(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Sendai says it has subsidized 2,340 cameras since fiscal 2015. Ajman Police run 9,860 "
        "cameras. The third phase added high-definition units on main roads, as well as 640 "
        "cameras in the Masfout and Manama areas. Of the total, 4,100 cameras belong to private "
        "establishments."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Sendai", 2_340, None),
        ("Ajman", 9_860, None),
        ("Ajman", 640, None),
        ("Ajman", 4_100, None),
    ]


def test_cameras_promised_or_announced_are_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "Bamako: 1,000 cameras promised for the capital by 2028\n\nMauritius now has 3,710 "
        "cameras. The 4,000 cameras announced in 2019 referred to the objective. Lagos has 2,000 "
        "cameras installed."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Mauritius", 3_710),
        ("Lagos", 2_000),
    ]


def test_a_place_in_an_appositive_with_a_population_only_describes_the_subject(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Contagem, the industrial city of 620,000 people on Belo Horizonte's western edge, had "
        "410 cameras in 2025. Zapopan, the wealthy municipality west of Guadalajara, operates "
        "2,950 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Contagem", 410.0),
        ("Zapopan", 2950.0),
    ]


def test_a_place_in_a_lower_case_aside_before_the_verb_only_describes_the_subject(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Tucson runs 260 cameras. Phoenix, five times Tucson's size, has fewer than 1,000 "
        "city-owned cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Tucson", 260.0),
        ("Phoenix", 1000.0),
    ]


def test_a_lead_in_line_ending_in_a_colon_keeps_the_place_a_label_does_not(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Sgt. Paul Parizek of the Des Moines Police Department came to our March meeting.\n\n"
        "Here's what we heard:\n\n"
        "* How many are there? He said the department can view about 600 cameras citywide.\n\n"
        "Comments:\n\n"
        "- Great summary. The department can also view 90 school cameras.\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Des Moines", 600.0)
    ]


def test_a_cross_street_is_not_a_city(gazetteer: Gazetteer) -> None:
    text = (
        "Officers of the Des Moines Police Department explained the cameras on 6th Avenue and "
        "Euclid. The department can view about 600 cameras citywide. Traffic cameras watch 2nd "
        "and Euclid. The city also has 48 Flock cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Des Moines", 600.0),
        ("Des Moines", 48.0),
    ]


def test_a_place_in_a_possessive_aside_before_the_verb_only_describes_the_subject(
    gazetteer: Gazetteer,
) -> None:
    text = "Zhuhai, Macau's immediate neighbour, had over 150,000 cameras in 2025."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Zhuhai", 150000.0)
    ]


def test_a_meeting_where_a_figure_was_told_dates_it_an_event_does_not(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Lima installed 300 cameras for the APEC leaders' meeting in 2016. In Chongqing, "
        'officials told a press conference in 2025 that "over 2.6 million" cameras were linked.'
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Lima", 300.0, None),
        ("Chongqing", 2.6e6, 2025),
    ]


def test_a_state_named_in_a_list_of_cities_is_the_next_city_not_a_qualifier(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "London has an estimated 690,000 cameras.\n\n"
        "(Reporting by bureaus in Beijing, Seoul, London, New York, New Delhi and Tokyo)"
    )
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("London", "GBR", 690000.0)
    ]
    text = "London, Ohio, has 12 cameras."
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("London", "USA", 12.0)
    ]


def test_circa_written_against_the_number(gazetteer: Gazetteer) -> None:
    text = "The US has c.98mn cameras. India has c.45 million cameras. Version 2.98 runs abc.12 cameras."
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("United States", 98e6, "about"),
        ("India", 45e6, "about"),
    ]


def test_places_compared_with_after_a_spaced_hyphen_own_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "In Almaty, the akimat runs 4,260 cameras. That is roughly 1.9 cameras for every 1,000 "
        "residents - modest by the standards of Moscow or Shanghai. Spread across the city's 683 "
        "sq km, it works out at roughly 6.2 cameras per square kilometre."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Almaty", 4260.0),
        ("Almaty", 1.9),
        ("Almaty", 6.2),
    ]


def test_references_and_backlinked_citations_are_not_the_pages_figures(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Closed-circuit television in Nigeria\n\n"
        "By 2012, about 1,000 cameras had been installed in Abuja.[5]\n\n"
        '^ "Kano installs 300 cameras ahead of polls". Daily Trust. 2015.\n\n'
        "References[edit]\n\n"
        '"Lagos: 1,800 cameras and a control room". Punch. 2021.\n\n'
        '"Accra Safe City: 800 cameras installed". GhanaWeb. 2019.\n\n'
        "See also[edit]\n\n"
        "Lagos now has 2,000 cameras, the state says.\n\n"
        "Our sources\n\n"
        '- City of Memphis, "SkyCop program overview," accessed Nov. 4, 2026 (2,718 cameras)\n'
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Abuja", 1000.0),
        ("Lagos", 2000.0),
    ]


def test_a_country_in_the_next_tab_cell_qualifies_the_city(gazetteer: Gazetteer) -> None:
    text = (
        "City\tCountry\tArea (km²)\tCameras per km²\tYear\n"
        "Osaka\tJapan\t225.2\t64.4\t2021\n"
        "Dhaka\tBangladesh\t306.0\t60.5\t2023\n"
    )
    assert [(c.entity_name, c.entity_kind, c.value) for c in extract(gazetteer, text).claims] == [
        ("Osaka", "city", 64.4),
        ("Dhaka", "city", 60.5),
    ]


def test_label_rows_with_a_bracketed_year_or_a_year_in_the_label(gazetteer: Gazetteer) -> None:
    text = (
        "SLOVAKIA\n\n"
        "Public surveillance cameras: 14,000 (2023 est.)\n"
        "Cameras per 1,000 population: 2.6 (2023)\n"
        "Cameras per sq km in 2024: 0.29\n"
        "Automated license plate readers: 111 (2024)\n"
        "Provinces: 8\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier, c.year)
        for c in extract(gazetteer, text).claims
    ] == [
        ("Slovakia", "camera_count", 14000.0, "estimated", 2023),
        ("Slovakia", "cameras_per_1000_people", 2.6, "exact", 2023),
        ("Slovakia", "cameras_per_sq_km", 0.29, "exact", 2024),
    ]


def test_a_label_that_says_estimated_qualifies_its_value(gazetteer: Gazetteer) -> None:
    text = "LAGOS, NIGERIA\n\nEstimated cameras: 1.15 million\nCameras per 1,000 people: 0.07\n"
    assert [(c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 1150000.0, "estimated"),
        ("cameras_per_1000_people", 0.07, "exact"),
    ]


def test_kinds_of_a_networks_cameras_and_a_headlines_network_size(gazetteer: Gazetteer) -> None:
    text = (
        "Tehran's traffic camera network reaches 6,300\n\n"
        "Of these, 1,850 are enforcement cameras that register violations. "
        "The cameras cover the main roads and markets. About 300 of them are fitted with facial "
        "recognition software. In a city of more than 9 million people, that is roughly one "
        "camera for every 1,460 residents. Pamukkale's visitor number passed 2 million."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("Tehran", "camera_count", 6300.0, "exact"),
        ("Tehran", "camera_count", 1850.0, "exact"),
        ("Tehran", "camera_count", 300.0, "about"),
        ("Tehran", "people_per_camera", 1460.0, "about"),
    ]


def test_a_governorate_that_speaks_for_its_city_and_a_regions_speaker_clause(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Alexandria Governorate said in 2025 that 3,400 cameras were installed in the city's "
        "main squares. Giza Governorate said it runs 7,500 cameras across the governorate. "
        "Erbil's police now monitor 3,870 cameras across the city, the Kurdistan Region's "
        "Interior Ministry said on Sunday, up from about 1,500 in 2019."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Alexandria", 3400.0, "exact", 2025),
        ("Erbil", 3870.0, "exact", None),
        ("Erbil", 1500.0, "about", 2019),
    ]


def test_a_hotline_number_and_a_shekel_sum_are_no_counts(gazetteer: Gazetteer) -> None:
    text = (
        "Tel Aviv has 1,460 cameras. Residents can report a damaged camera to the municipal "
        "hotline at 106.\n\nKey results\n\n- NIS 42 million invested in the cameras since 2020\n"
        "- 14,800 calls to Moked 106 handled with the help of camera images\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Tel Aviv", 1460.0)
    ]


def test_feeds_from_a_present_count_and_a_place_compared_with(gazetteer: Gazetteer) -> None:
    text = (
        "The Ankara police's KGYS now feeds images from 4,160 cameras to its command centre. "
        "The capital thus has roughly 0.7 cameras for every 1,000 residents, well behind "
        "European capitals such as London.\n\n"
        '"We carry out monitoring with more than 4,500 cameras in our capital," the director '
        "said.\n\nIslamabad now has some 4,200 cameras after its 2024 upgrade."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Ankara", "camera_count", 4160.0, None),
        ("Ankara", "cameras_per_1000_people", 0.7, None),
        ("Ankara", "camera_count", 4500.0, None),
        ("Islamabad", "camera_count", 4200.0, None),
    ]


def test_a_year_in_a_systems_name_dates_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "Jerusalem police run the Mabat 2000 system with some 400 cameras. "
        "Haifa installed 300 cameras under a 2019 project."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Jerusalem", 400.0, None),
        ("Haifa", 300.0, 2019),
    ]


def test_a_flattened_table_with_country_codes_and_a_header_ending_in_res(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Intro.\n\nTable 2. Cameras by city, 2025\n"
        "City Country Cameras Per 1,000 res. Per km2 Street crimes per 1,000 res.\n"
        "Copenhagen DK 212 0.32 2.4 41.2\nBergen NO 38 0.13 0.1 27.5\n"
    )
    assert [
        (c.entity_name, c.country_iso3, c.metric, c.value) for c in extract(gazetteer, text).claims
    ] == [
        ("Copenhagen", "DNK", "camera_count", 212.0),
        ("Copenhagen", "DNK", "cameras_per_1000_people", 0.32),
        ("Copenhagen", "DNK", "cameras_per_sq_km", 2.4),
        ("Bergen", "NOR", "camera_count", 38.0),
        ("Bergen", "NOR", "cameras_per_1000_people", 0.13),
        ("Bergen", "NOR", "cameras_per_sq_km", 0.1),
    ]


def test_growth_from_one_count_to_another_and_several_networks_together(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Oslo's network grew from 310 to 1,576 cameras between 2015 and 2025. Bergen has "
        "between 30 and 40 cameras. Between 2015 and 2025 the eight networks together grew "
        "from 410 to 1,976 cameras. The figure most often quoted for London is 942,000, a 2024 "
        "estimate by Clarion Data."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Oslo", 310.0, "exact", None),
        ("Oslo", 1576.0, "exact", 2025),
        ("Bergen", 30.0, "range_low", None),
        ("Bergen", 40.0, "range_high", None),
        ("London", 942000.0, "estimated", 2024),
    ]


def test_a_nationwide_figure_is_the_topic_and_a_wiki_note_ends_a_sentence(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "# Mass surveillance in Kazakhstan\n\nTraffic cameras began in Almaty.\n\n"
        "## National network\n\nThe ministry reported that more than 47,000 public cameras "
        "were connected nationwide.[3] That is roughly one camera for every 420 "
        "people.[citation needed] The ministry has set a target of 100,000 cameras by 2027.\n\n"
        "## Almaty\n\nAlmaty had roughly 12,000 cameras in 2021. City officials said in 2024 "
        "that the number had passed 16,000."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier, c.year)
        for c in extract(gazetteer, text).claims
    ] == [
        ("Kazakhstan", "camera_count", 47000.0, "over", None),
        ("Kazakhstan", "people_per_camera", 420.0, "about", None),
        ("Almaty", "camera_count", 12000.0, "about", 2021),
        ("Almaty", "camera_count", 16000.0, "over", 2024),
    ]


def test_a_population_abbreviated_pop_is_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "Nearby cities\n\n"
        "Aurora, CO (5.2 miles, pop. 395,052): 340 cameras (2023)\n"
        "Lakewood, CO (6.8 miles, pop. 155,608): 95 cameras\n\n"
        "Boulder (pop. 105,898) has 62 cameras."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Aurora", 340.0, 2023),
        ("Lakewood", 95.0, None),
        ("Boulder", 62.0, None),
    ]


def test_an_australian_councils_the_city_and_a_police_stations_place(gazetteer: Gazetteer) -> None:
    text = (
        "COUNCIL OF THE CITY OF GOLD COAST\n\n"
        "The City's Safety Camera Network comprises 1,148 cameras.\n\n"
        "The network is monitored from the operations centre at Surfers Paradise Police "
        "Station, which is staffed by City-contracted operators.\n\n"
        "This equates to approximately 1.7 cameras per 1,000 residents.\n\n"
        "The City of Sydney runs 96 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Gold Coast", 1148.0),
        ("Gold Coast", 1.7),
        ("Sydney", 96.0),
    ]


def test_a_councils_titled_papers_and_an_earlier_state_at_a_date(gazetteer: Gazetteer) -> None:
    text = (
        "City of Hobart – Annual Plan and Budget Estimates 2026–27\n\n"
        "Contents\n\n"
        "1. Community Safety ........ 27\n\n"
        "Community Safety\n\n"
        "The City's CCTV network comprised 96 cameras at 30 June 2026, up from 71 at 30 June "
        "2023.\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Hobart", 96.0, 2026),
        ("Hobart", 71.0, 2023),
    ]


def test_a_total_brought_to_a_number_is_a_count_a_plan_is_not(gazetteer: Gazetteer) -> None:
    text = (
        "The commission switched on the final stage, bringing the number of cameras in Port "
        "Moresby to 326, up from 180 in 2022. The next phase will bring the number of cameras in "
        "Lae to 500. The upgrade brought Lagos's total number of CCTV cameras to 86."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Port Moresby", 326.0, None),
        ("Port Moresby", 180.0, 2022),
        ("Lagos", 86.0, None),
    ]


def test_a_small_count_quoted_after_its_verb(gazetteer: Gazetteer) -> None:
    text = 'Samoa\'s Ministry of Police said it operated "over 90 cameras" in Apia.'
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Apia", 90.0, "over")
    ]


def test_a_rank_is_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Memphis does have more than 5,000 cameras watching its streets, but it's not No. 1 per "
        "person. Chennai, the #3 city, has 2.6 cameras per 1,000 people."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Memphis", "camera_count", 5000.0),
        ("Chennai", "cameras_per_1000_people", 2.6),
    ]


def test_a_suburbs_cameras_are_part_of_its_citys_a_towns_are_its_own(gazetteer: Gazetteer) -> None:
    text = (
        "Of the total, 318 cameras are located in Surfers Paradise. The City of Joondalup, in "
        "Perth's northern suburbs, runs 260 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Joondalup", 260.0)
    ]


def test_market_studies_installed_base_counts_shipments_and_money_do_not(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Table 1: Installed base of professional security cameras\n\n"
        "| Rank | Country | Installed base (m units) | Shipments 2025 (m units) |\n"
        "|---:|---|---:|---:|\n"
        "| 1 | China | 650.0 | 133.0 |\n"
        "| 2 | Asia & Oceania (excl. China) | 247.0 | 30.1 |\n\n"
        "Poland's video surveillance market grew 7.4% in 2025 to PLN 2.3 billion, with "
        "shipments of around 410,000 cameras. India shipped 9 million cameras in 2025.\n\n"
        "Thailand\n\n"
        "Camera shipments (2025): 260,000 units\n\n"
        "Camera shipments (2025): 260,000 units, +11% y/y. Vietnam imported 1.2 million CCTV "
        "cameras in 2024.\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("China", 650e6)]


def test_a_tender_or_contract_for_cameras_is_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "Chiang Mai has 1,200 cameras. A 2026 tender for 300 AI-capable replacement cameras "
        "is open. Abuja has since issued a tender to restore 400 cameras. A Lagos integrator "
        "announced a contract for 250 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Chiang Mai", 1200.0)
    ]


def test_a_where_clause_describes_the_place_before_it(gazetteer: Gazetteer) -> None:
    text = (
        "Belo Horizonte has 1,000 cameras. It remains far behind Rio de Janeiro, where the "
        "city's Operations Center (COR) receives images from more than 3.500 cameras. Karachi "
        "officials pointed to India, where Delhi has more than 250,000."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Belo Horizonte", 1000.0),
        ("Rio de Janeiro", 3500.0),
        ("Delhi", 250000.0),
    ]


def test_one_dot_group_in_a_bare_count_is_thousands(gazetteer: Gazetteer) -> None:
    text = (
        "Campinas had 996 cameras in December 2024 and has 1.150 today. Lagos has 2.1 cameras "
        "per 1,000 people."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Campinas", 996.0),
        ("Campinas", 1150.0),
        ("Lagos", 2.1),
    ]


def test_a_capitalised_district_or_ward_is_a_part_unless_it_only_locates(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Hefei has 60,000 cameras. The city's Shushan District alone has more than 23,000 "
        "cameras. In Daegu, the control center in Suseong District was linked to 15,380 cameras. "
        "Dalseo District had the most, 2,870."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Hefei", 60000.0),
        ("Daegu", 15380.0),
    ]


def test_an_increase_is_no_count_and_a_year_earlier_is_not_the_years(gazetteer: Gazetteer) -> None:
    text = (
        "As of the end of 2025, public institutions in Korea were operating a total of 1,893,412 "
        "CCTV units, an increase of 109,570 units (6.1%) from 1,783,842 units a year earlier."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("South Korea", 1893412.0, 2025),
        ("South Korea", 1783842.0, None),
    ]


def test_places_listed_in_an_aside_only_describe(gazetteer: Gazetteer) -> None:
    text = (
        "Yunnan province, which borders Myanmar, Laos and Vietnam, has over 700,000 cameras. "
        "Pingtung County, which borders Kaohsiung, has about 7,000 police cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == []


def test_one_dot_group_is_thousands_in_people_bases_and_count_cells(gazetteer: Gazetteer) -> None:
    text = (
        "In Bandung there are 1.950 CCTV. Or in other words, 1 CCTV for every 1.280 people. "
        "Semarang has 1,35 CCTV per 1.000 people.\n\n"
        "City | CCTV\n--- | ---\nMedan | 1.200\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bandung", "camera_count", 1950.0),
        ("Bandung", "people_per_camera", 1280.0),
        ("Semarang", "cameras_per_1000_people", 1.35),
        ("Medan", "camera_count", 1200.0),
    ]


def test_the_pronoun_i_after_a_place_is_no_part_of_its_name(gazetteer: Gazetteer) -> None:
    text = "Bandung has 1,950 CCTV cameras. In Malang I think the CCTV is around 300."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bandung", 1950.0),
        ("Malang", 300.0),
    ]


def test_a_number_in_a_name_is_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "The Municipality of Rosario reached the 2.600 cameras connected to the monitoring "
        "center, located in the building of the ex-Batallón 121, after the incorporation of 180 "
        "new devices."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Rosario", 2600.0)
    ]
    text = "China has 600 million cameras, the US 85 million and the UK 5 million."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("China", 600e6),
        ("United States", 85e6),
        ("United Kingdom", 5e6),
    ]


def test_a_translated_per_thousand_column(gazetteer: Gazetteer) -> None:
    text = (
        "City | Cameras, pcs. | On 1000 inhabitants | Population, thous. people\n"
        "Chelyabinsk | 5 240 | 4,4 | 1 190\n"
        "Perm | 3 870 | 3,7 | 1 035\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Chelyabinsk", "camera_count", 5240.0),
        ("Chelyabinsk", "cameras_per_1000_people", 4.4),
        ("Perm", "camera_count", 3870.0),
        ("Perm", "cameras_per_1000_people", 3.7),
    ]


def test_a_per_ten_thousand_column(gazetteer: Gazetteer) -> None:
    text = "City | Cameras | Cameras per 10,000 people\n--- | --- | ---\nHefei | 586,000 | 595\n"
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Hefei", "camera_count", 586000.0),
        ("Hefei", "cameras_per_1000_people", 59.5),
    ]


def test_cells_with_their_own_labels(gazetteer: Gazetteer) -> None:
    text = (
        "(ranking according to the camera quantity of per ten thousand people)\n\n"
        "No.9  Hefei  |  Cameras: 58.6 ten thousand  |  Per ten thousand people: 595\n"
        "No.12  Wuxi  |  Cameras: 33 ten thousand or so  |  Per ten thousand people: 441\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("Hefei", "camera_count", 586000.0, "exact"),
        ("Hefei", "cameras_per_1000_people", 59.5, "exact"),
        ("Wuxi", "camera_count", 330000.0, "about"),
        ("Wuxi", "cameras_per_1000_people", 44.1, "exact"),
    ]


def test_a_direction_is_no_topic_and_a_country_in_the_qualifies(gazetteer: Gazetteer) -> None:
    text = (
        "The room at the police headquarters in Dakar is quiet. Officers watch screens showing "
        "the corniche and the toll motorway towards Diamniadio.\n\n"
        "The centre now receives images from about 2,800 cameras.\n\n"
        "In Goma, in the Democratic Republic of Congo, the roughly 100 cameras installed in 2022 "
        "are mostly broken."
    )
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("Dakar", "SEN", 2800.0),
        ("Goma", "COD", 100.0),
    ]


def test_a_metropolitan_area_is_a_region_and_an_asides_district_no_part(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Greater Kampala Metropolitan Area, which also covers Wakiso, Mukono and Mpigi "
        "districts, has more than 3,200 cameras. The Guadalajara metropolitan area has 6,000 "
        "cameras. Anderlecht, home to the Clemenceau and Peterbos neighbourhoods, has around "
        "300 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Anderlecht", 300.0)
    ]


def test_a_superlatives_scope_in_mainland_france_owns_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "Nîmes now monitors 1,012 cameras. That is roughly 6.7 cameras for every 1,000 "
        "inhabitants, one of the highest rates in mainland France."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Nîmes", 1012.0),
        ("Nîmes", 6.7),
    ]


def test_a_national_associations_estimate_is_its_countrys(gazetteer: Gazetteer) -> None:
    text = (
        "Nobody knows exactly. A 2024 estimate by the Swiss security industry association put the "
        "total at around 1.5 million cameras. The British Security Industry Association "
        "estimated 5.2 million cameras in 2015."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Switzerland", 1.5e6, 2024),
        ("United Kingdom", 5.2e6, 2015),
    ]


def test_the_whole_country_is_the_country(gazetteer: Gazetteer) -> None:
    text = (
        "Portugal is cautious. Amadora installed 104 cameras in 2024.\n\n"
        '("We have around 1,500 cameras in operation across the whole country, and the number '
        'will continue to grow.")'
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Amadora", 104.0),
        ("Portugal", 1500.0),
    ]


def test_a_small_network_a_body_says_is_its_own(gazetteer: Gazetteer) -> None:
    text = "In Australia, the Shire of Broome said its 38 cameras in the town were essential."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("Broome", 38.0)]


def test_a_thousands_comma_does_not_close_an_appositive(gazetteer: Gazetteer) -> None:
    # ", the city of Tashkent had more than 6," is no aside describing Uzbekistan.
    for text in (
        "In Uzbekistan, the city of Tashkent had more than 6,000 cameras.",
        "In Uzbekistan, the capital had more than 6,000 cameras.",
    ):
        assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
            ("Tashkent", 6000.0)
        ]


def test_a_suburb_named_as_a_part_does_not_become_the_place_talked_of(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "COUNCIL OF THE CITY OF GOLD COAST\n\nThe City's network now has 1,148 cameras. Of the "
        "total, 318 cameras are located in Surfers Paradise and 164 in Broadbeach.\n\n"
        "Private businesses share feeds from 230 cameras with the City under the Camera "
        "Partnership Program. This equates to approximately 1.7 cameras per 1,000 residents."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Gold Coast", "camera_count", 1148.0),
        ("Gold Coast", "camera_count", 230.0),
        ("Gold Coast", "cameras_per_1000_people", 1.7),
    ]


def test_a_city_centre_is_a_part_not_the_city_talked_of(gazetteer: Gazetteer) -> None:
    text = "Ballarat has 40 cameras. The Melbourne CBD has about 400."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Ballarat", 40.0)
    ]


def test_a_heading_naming_no_place_keeps_a_one_place_pages_place(gazetteer: Gazetteer) -> None:
    page = (
        "# Public safety cameras\n\nThe command center monitors the City of Hartford's public "
        "safety cameras. As of October 1, 2026, the network includes 1,072 city-owned cameras."
        "\n\n## Network growth\n\n| Year | City-owned cameras | Camera locations |\n|---|---|---|\n"
        "| 2021 | 620 | 281 |\n| 2022 | 740 | 330 |"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, page).claims] == [
        ("Hartford", 1072.0, 2026),
        ("Hartford", 620.0, 2021),
        ("Hartford", 740.0, 2022),
    ]
    # A page about two places: the heading leaves the rows without an owner.
    two = (
        "# Cameras in two cities\n\nHartford has 1,072 cameras. New Haven has 300 cameras.\n\n"
        "## Network growth\n\n| Year | City-owned cameras | Camera locations |\n|---|---|---|\n"
        "| 2021 | 620 | 281 |"
    )
    assert [c.value for c in extract(gazetteer, two).claims] == [1072.0, 300.0]


def test_a_year_column_header_may_carry_a_note(gazetteer: Gazetteer) -> None:
    text = (
        "Hartford police run 1,072 cameras.\n\n"
        "| Year (as of Dec. 31) | City-owned cameras | Camera locations |\n|---|---|---|\n"
        "| 2021 | 620 | 281 |\n| 2022 | 740 | 330 |"
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (1072.0, None),
        (620.0, 2021),
        (740.0, 2022),
    ]


def test_list_rows_that_count_other_things_after_a_camera_row(gazetteer: Gazetteer) -> None:
    text = (
        "Busan has 36,710 CCTV units.\n\n• 36,710 CCTV units\n• 17 control centers\n"
        "• 482 monitoring staff\n• 24/7 365-day operation"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Busan", 36710.0)
    ]


def test_an_unknown_town_with_its_local_noun_owns_its_figure(gazetteer: Gazetteer) -> None:
    # (Phuentsholing is GeoNames' Phuntsholing; Gelephu, GeoNames' Geylegphug, is too small)
    text = "Thimphu has 420 cameras.\n\nPhuentsholing thromde has about 180 cameras. Gelephu thromde has 46."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Thimphu", 420.0),
        ("Phuntsholing", 180.0),
    ]


def test_a_title_case_dateline_with_an_agency_is_not_the_city_talked_of(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Taipei, Nov. 24 (CNA) Chiayi City has about 49.7 police cameras per square kilometer, "
        "the city's police bureau said.\n\nThe city, which covers 60 square kilometers, had "
        "2,980 cameras at the end of October."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Chiayi City", 49.7),
        ("Chiayi City", 2980.0),
    ]


def test_home_of_opens_an_aside(gazetteer: Gazetteer) -> None:
    text = "In Bloomington, home of the Mall of America, police have 110 cameras on city property."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bloomington", 110.0)
    ]


def test_a_superlatives_bound_after_among_owns_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "Sejong had the highest density among the country's 17 cities and provinces at 482.6 "
        "cameras per 10,000 residents, while Goyang had the lowest among the million-plus "
        "cities at 125.4."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Sejong", 48.26),
        ("Goyang-si", 12.54),
    ]


def test_a_compared_rate_across_a_distance_aside(gazetteer: Gazetteer) -> None:
    text = (
        "Jeonju, 194 kilometers south of Seoul, had 298.5 cameras per 10,000 residents, and "
        "Cheongju, 112 km south of Seoul, had 276.1."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Jeonju", "cameras_per_1000_people", 29.85),
        ("Cheongju-si", "cameras_per_1000_people", 27.61),
    ]


def test_a_which_clause_that_holds_the_figure_is_not_an_aside(gazetteer: Gazetteer) -> None:
    text = (
        'In South Africa, the Regulator issued a notice to Ikhwezi Vision ("the company"), '
        "which operates more than 7,400 cameras across Johannesburg, many of them linked to "
        "plate readers."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Johannesburg", 7400.0)
    ]


def test_a_council_defined_as_the_council_owns_the_councils_figures(gazetteer: Gazetteer) -> None:
    text = (
        '1. This claim concerns the decision of Leicester City Council ("the Council") to '
        "upgrade its cameras.\n\n5. As at 31 March 2026 the Council operated 276 fixed "
        "cameras across the city, up from 154 in 2019.\n\n16. Counsel submitted that the case "
        "is far removed from Bridges [2020] EWCA Civ 1058, whereas the Council's 276 cameras "
        "are fixed."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Leicester", 276.0, 2026),
        ("Leicester", 154.0, 2019),
        ("Leicester", 276.0, None),
    ]


def test_est_abbreviated_is_an_estimate_and_second_only_to_a_comparison(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "US: est. 85 million surveillance cameras (IHS Markit, 2021). "
        "India has est. 3 crore cameras (2023), second only to China."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("United States", 85e6, "estimated"),
        ("India", 3e7, "estimated"),
    ]
    # A flash card whose term names no owner for the definition's figure: China is compared with.
    card = "Term: India\nDefinition: est. 3 crore cameras (2023) – 2nd only to China"
    assert extract(gazetteer, card).claims == []


def test_a_narrative_citations_year_dates_the_estimate(gazetteer: Gazetteer) -> None:
    text = (
        "The figure most often quoted comes from McCahill and Norris (2002), who estimated that "
        "Britain had 4.2 million cameras. Quito (2019) has 800 cameras."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("United Kingdom", 4.2e6, 2002),
        ("Quito", 800.0, None),  # a bracketed year with no author's verb after it
    ]


def test_a_place_right_after_a_figure_in_the_same_aside_owns_it(gazetteer: Gazetteer) -> None:
    text = (
        "Norris (2002), who estimated that there were 4.2 million cameras in Britain, is cited. "
        "The office proposed a room for the province, which would link around 900 cameras in "
        "Pokhara, Baglung, Syangja and Damauli."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("United Kingdom", 4.2e6)
    ]


def test_a_captions_number_or_money_is_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Busan has 40,000 cameras.\n\nFigure 9.2 Public CCTV cameras per 1,000 residents in "
        "selected Korean cities, 2022.\n\nVisa: residency requires a monthly income of roughly "
        "$4,300 per person."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Busan", 40000.0)
    ]


def test_a_space_aligned_table_with_lower_case_labels_and_a_footnote_mark(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "We compared three cities.\n\n"
        "City          Avg combined premium   Burglaries per 1,000 households   Council CCTV cameras\n"
        "Birmingham    £384                   9.8                               650\n"
        "Bristol       £341                   8.1                               1,100*\n"
        "Leicester     £329                   8.9                               140"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Birmingham", "camera_count", 650.0),
        ("Bristol", "camera_count", 1100.0),
        ("Leicester", "camera_count", 140.0),
    ]


def test_a_small_network_a_programme_consists_of(gazetteer: Gazetteer) -> None:
    text = (
        "The city advised that, as of January 2025, its program consisted of 84 fixed cameras "
        "in public spaces across Hamilton, up from 29 when the program began in 2013."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Hamilton", 84.0, 2025),
        ("Hamilton", 29.0, 2013),
    ]


def test_a_space_aligned_table_with_a_wrapped_header_and_space_grouped_cells(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The table compares the metros.\n\n"
        "Metro                      Cameras    Population (Census 2022)    Per 100,000\n"
        "                                                                   residents\n"
        "-------------------------------------------------------------------------------\n"
        "Johannesburg                   402          4 803 262                  8.37\n"
        "Cape Town                      883          4 772 846                 18.50"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Johannesburg", "camera_count", 402.0),
        ("Johannesburg", "cameras_per_1000_people", 0.0837),
        ("Cape Town", "camera_count", 883.0),
        ("Cape Town", "cameras_per_1000_people", 0.185),
    ]


def test_a_per_lakh_column_and_a_numbered_sector(gazetteer: Gazetteer) -> None:
    table = (
        "| City | State | CCTV cameras | Cameras per lakh population |\n|---|---|---:|---:|\n"
        "| Guwahati | Assam | 2,450 | 256.0 |"
    )
    assert [(c.metric, c.value) for c in extract(gazetteer, table).claims] == [
        ("camera_count", 2450.0),
        ("cameras_per_1000_people", 2.56),
    ]
    text = (
        "In Chandigarh, the Integrated Command and Control Centre in Sector 17 monitors more "
        "than 2,400 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Chandigarh", 2400.0)
    ]


def test_indian_englishs_nos_counts_and_a_replacement_does_not(gazetteer: Gazetteer) -> None:
    text = (
        "The NSSCDCL has installed 3,686 nos. of CCTV cameras at 736 locations in Nagpur. The "
        "SPV has floated a tender worth Rs 18.6 crore for the maintenance of the network and "
        "replacement of 412 nos. of old PTZ cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Nagpur", 3686.0)
    ]


def test_an_earlier_state_a_figure_nearly_doubles(gazetteer: Gazetteer) -> None:
    text = (
        "KOCHI: The Kochi City Police now has access to 1,962 CCTV cameras within its limits, "
        "nearly double the 1,010 it had in 2023, according to figures."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Kochi", 1962.0, None),
        ("Kochi", 1010.0, 2023),
    ]


def test_a_plans_year_after_a_figure_does_not_date_it(gazetteer: Gazetteer) -> None:
    text = (
        "Mysuru, DHNS: The city, which currently has 1,640 CCTV cameras under the "
        "Commissionerate, will get 1,200 more before Dasara 2027, the Commissioner said."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Mysuru", 1640.0, None)
    ]


def test_a_state_after_a_comma_that_follows_no_city_is_a_region(gazetteer: Gazetteer) -> None:
    text = (
        "Thane has 1,820 cameras. According to the state Home Department, Maharashtra has about "
        "1.3 lakh government CCTV cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Thāne", 1820.0)
    ]


def test_a_part_including_so_many_somewhere_in_the_place_is_no_claim(gazetteer: Gazetteer) -> None:
    text = (
        "In Amritsar, the Commissionerate police had installed 1,320 cameras by the end of 2025, "
        "including around 300 in the walled city around the Golden Temple."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Amritsar", 1320.0)
    ]


def test_cameras_topping_a_number_and_a_number_of_other_things(gazetteer: Gazetteer) -> None:
    text = (
        "Hamamatsu's street security cameras top 1,200\n\n"
        "The number of integrated control centers across the country rose to 231 in South Korea, "
        "which has 1.8 million CCTV cameras. Lagos is in the top 10 cities, with 2,000 cameras."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Hamamatsu", 1200.0, "over"),
        ("South Korea", 1.8e6, "exact"),
        ("Lagos", 2000.0, "exact"),
    ]


def test_a_table_with_a_year_per_column_and_a_metric_per_row(gazetteer: Gazetteer) -> None:
    text = (
        "Lexington has 104 cameras.\n\nResults by year\n\nMeasure | 2023 | 2024 | 2025\n"
        "License plate reader cameras (year end) | 60 | 88 | 100\n"
        "Stolen vehicles recovered | 214 | 302 | 347"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Lexington", 104.0, None),
        ("Lexington", 60.0, 2023),
        ("Lexington", 88.0, 2024),
        ("Lexington", 100.0, 2025),
    ]


def test_a_whose_clause_runs_on_with_a_comma_and_with(gazetteer: Gazetteer) -> None:
    text = (
        "Both metropolitan areas remain far behind Mexico City, whose C5 is the largest in Latin "
        "America, with more than 83,000 cameras installed on 17,000 poles."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Mexico City", 83000.0)
    ]


def test_a_row_of_labelled_cells_under_a_places_heading(gazetteer: Gazetteer) -> None:
    text = (
        "Moving to Tennessee\n\nKNOXVILLE\nPopulation: 198,000 | Median home price: $338,000\n"
        "Violent crime: 842 per 100,000 | Public safety cameras: 120 | Livability score: 8.0/10"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Knoxville", 120.0)
    ]


def test_a_town_the_gazetteer_lacks_in_a_named_region_takes_no_topic(
    gazetteer: Gazetteer,
) -> None:
    # The gazetteer's Stirling is Scotland's: the Western Australian one's figure is not the
    # page's topic's (Ipswich's).
    text = (
        "Ipswich has 300 CCTV cameras. Stirling, Western Australia operates 250 CCTV cameras. "
        "Atlanta, Georgia has 12,000 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Ipswich", 300.0),
        ("Atlanta", 12000.0),
    ]


def test_cams_are_cameras(gazetteer: Gazetteer) -> None:
    text = "Kuala Lumpur has 1,700 cams. Hanoi has approx 1,800 cams."
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Kuala Lumpur", 1700.0, "exact"),
        ("Hanoi", 1800.0, "about"),
    ]


def test_a_chat_messages_timestamp_dates_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "12/11/2026, 20:58 - Kunle (Block C): Nigeria total is estimated at 50k cameras.\n"
        "[2026-11-12 21:04] ngozi: Lagos has 1,200 cameras.\n"
        "12/11/2026, 21:10 - Bayo A.: Abuja had 1,000 cameras as at 31/12/2025."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Nigeria", 50000.0, None),
        ("Lagos", 1200.0, None),
        ("Abuja", 1000.0, 2025),
    ]


def test_places_named_in_lower_case_writing(gazetteer: Gazetteer) -> None:
    text = (
        "almaty has this system called sergek. according to the akimat website, about 14,000 "
        "cameras are plugged into the city's situation centre (as of 2025).\n\n"
        "busan has around 16,000 public cctv, karakol has like 40 lol"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Almaty", 14000.0, 2025),
        ("Busan", 16000.0, None),
    ]


def test_informal_hedges_after_a_value(gazetteer: Gazetteer) -> None:
    text = (
        "Seoul has 90k-ish cameras. Busan has 16,000-ish. Pattaya has 2,000 give or take. "
        "Hua Hin has 900 or so."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Seoul", 90000.0, "about"),
        ("Busan", 16000.0, "about"),
        ("Pattaya", 2000.0, "about"),
        ("Hua Hin", 900.0, "about"),
    ]


def test_mil_is_a_thousand_in_a_portuguese_or_spanish_text(gazetteer: Gazetteer) -> None:
    translated = "São Paulo surpasses 40 mil cameras. Brazil has 1,8 milhão cameras."
    informal = "Malaysia total some say 1 mil+ cameras. Denmark is like 1.5 mil cams."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, translated).claims] == [
        ("São Paulo", 40000.0),
        ("Brazil", 1800000.0),
    ]
    assert [(c.entity_name, c.value) for c in extract(gazetteer, informal).claims] == [
        ("Malaysia", 1000000.0),
        ("Denmark", 1500000.0),
    ]


def test_a_cam_and_ppl_in_informal_rates(gazetteer: Gazetteer) -> None:
    text = "Da Nang actually leads per capita, like 1 cam per 600 ppl lol."
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Da Nang", "people_per_camera", 600.0)
    ]


def test_informal_tails_after_a_bare_value(gazetteer: Gazetteer) -> None:
    text = (
        "Public cams in Seoul are ~90k (Seoul city, 2025), every pole has a number plate.\n\n"
        "Korea total public is like 1.8 mil i think."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Seoul", 90000.0, 2025),
        ("South Korea", 1800000.0, None),
    ]


def test_mansoura_is_egypts_and_towards_is_about(gazetteer: Gazetteer) -> None:
    text = "The number of cameras in the city of Mansoura reached towards 600 cameras."
    assert [
        (c.entity_name, c.country_iso3, c.value, c.qualifier)
        for c in extract(gazetteer, text).claims
    ] == [("Al Mansurah", "EGY", 600.0, "about")]


def test_a_place_then_a_colon_or_dash_and_its_figure_after_talk_of_cameras(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Kielce has 148 cameras. Toruń: over 200, together with the cameras at the Old Town. "
        "Radom – about 150."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Kielce", 148.0, "exact"),
        ("Toruń", 200.0, "over"),
        ("Radom", 150.0, "about"),
    ]


def test_an_acronym_subject_does_not_block_the_city_named_after_the_figure(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Kuala Lumpur is way less. DBKL runs approx 1,700 cams in the city.\n\n"
        "In the whole Lubelskie voivodeship, the Police has access to 1 900 cameras of the city "
        "and communal monitoring."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Kuala Lumpur", 1700.0)
    ]


def test_a_tilde_before_a_small_network_or_a_spoken_answer(gazetteer: Gazetteer) -> None:
    text = (
        "Vienna: ~30 police cameras in public space (Schwedenplatz, Praterstern).\n\n"
        "Brussels has around 1,800 cams if you add up all the police zones. Antwerp ~1,000, and "
        "they have ANPR on every entry road."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Vienna", 30.0, "about"),
        ("Brussels", 1800.0, "about"),
        ("Antwerp", 1000.0, "about"),
    ]


def test_a_hedge_without_a_verb_and_roughly_after_a_rate(gazetteer: Gazetteer) -> None:
    text = (
        "Indore has around 3,000 public cams. Jaipur approx 2,500, plus the ones in the walled "
        "city.\n\nLahore is 1 cam for every 1,600 people roughly. It is still growing."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Indore", 3000.0, "about"),
        ("Jaipur", 2500.0, "about"),
        ("Lahore", 1600.0, "about"),
    ]


def test_a_fact_cards_rows_under_a_heading_go_on_with_the_row_above(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "[Page 3 / 11]\nWARSAW\n4,100 cameras\n2.2 per 1,000 residents\n7.9 per km²\n\n"
        "Slide 5\nColombia: Medellín and Cali\nMedellín: 2,800+ cameras (2022)\n"
        "~1.1 cameras per 1,000 residents\n\n**Cleveland**\n\n- Just under 1,000 cameras\n"
        "- 2.4 per 1,000 residents"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Warsaw", "camera_count", 4100.0),
        ("Warsaw", "cameras_per_1000_people", 2.2),
        ("Warsaw", "cameras_per_sq_km", 7.9),
        ("Medellín", "camera_count", 2800.0),
        ("Medellín", "cameras_per_1000_people", 1.1),
        ("Cleveland", "camera_count", 1000.0),
        ("Cleveland", "cameras_per_1000_people", 2.4),
    ]


def test_a_table_with_a_captions_unit_and_a_year_in_each_columns_label(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Intro.\n\nTable 3.2: Surveillance cameras, selected countries (million units)\n\n"
        "| Country | Shipments 2025 | Installed base 2025 | Installed base 2031F | CAGR |\n"
        "|---|---|---|---|---|\n| Japan | 1.3 | 6.1 | 8.0 | 4.6% |\n\n"
        "| City | Cameras 2024 |\n|---|---|\n| Osaka | 2,100 |"
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Japan", 6_100_000.0, "exact", 2025),
        ("Japan", 8_000_000.0, "estimated", 2031),
        ("Osaka", 2100.0, "exact", 2024),
    ]


def test_lists_of_other_pages_under_read_next_on_demand_and_more_articles_by(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Curitiba runs 2,500 cameras.\n\nLeia também / Read next\n"
        "- Smart Sampa explained: how São Paulo connected 40,000 cameras\n\n"
        "On demand\n\nHow Kigali reached 900 cameras without a single outage · 58 min\n\n"
        "More articles by Henrik Lindqvist\n- Stockholm's 450 cameras: where they are and why"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Curitiba", 2500.0)
    ]


def test_a_two_letter_code_is_a_countrys_where_its_biggest_namesake_is(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "| City | Country | Cameras |\n|---|---|---|\n| Hamburg | DE | 4,812 |\n"
        "| Wilmington | DE | 300 |\n\nAthens, GA has 200 cameras."
    )
    assert [(c.entity_name, c.country_iso3) for c in extract(gazetteer, text).claims] == [
        ("Hamburg", "DEU"),
        ("Wilmington", "USA"),
        ("Athens", "USA"),
    ]


def test_other_forum_threads_titles_are_no_claims(gazetteer: Gazetteer) -> None:
    text = (
        "Prague has about 1,100 cameras.\n\nother discussions\n"
        "r/europe – Moscow now has 200k facial recognition cameras (2.1k comments)\n\n"
        "Sidebar\n\nr/unitedkingdom – UK has 1 camera for every 11 people (884 comments)"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Prague", 1100.0)
    ]


def test_a_day_of_the_month_in_brackets_after_a_weekday_is_no_figure(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The network of Teresina reached 1.480 cameras, informed this Wednesday (26) the "
        "Secretariat of Public Security."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Teresina", 1480.0)
    ]


def test_a_place_after_not_owns_no_figure_before_it(gazetteer: Gazetteer) -> None:
    text = (
        "Riyadh has more than 60,000 cameras. That works out at roughly 8 cameras per 1,000 "
        "residents – not London territory, but close."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Riyadh", 60000.0),
        ("Riyadh", 8.0),
    ]


def test_caba_is_buenos_aires(gazetteer: Gazetteer) -> None:
    text = "BA city (CABA) has about 16,500 public cameras, up from 7,000 in 2019."
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Buenos Aires", 16500.0, None),
        ("Buenos Aires", 7000.0, 2019),
    ]


def test_an_n_camera_rollout_counts_a_pilot_does_not(gazetteer: Gazetteer) -> None:
    text = (
        "He oversaw the 5,600-camera Tashkent rollout. León has signed a letter of intent for "
        "a 500-camera pilot."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Tashkent", 5600.0)
    ]


def test_a_two_capital_country_code_ends_a_sentence_and_a_goal_is_no_count(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "There are thought to be about 5 million CCTV cameras in the UK. London alone has close "
        "to a million.\n\nTeresina has 1,480 cameras, according to SSP-PI. Goal of the "
        "government is 3 mil cameras; in Natal the proportion is lower."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("United Kingdom", 5_000_000.0),
        ("London", 1_000_000.0),
        ("Teresina", 1480.0),
    ]


def test_thought_to_be_before_a_figure_is_no_buddhist_era(gazetteer: Gazetteer) -> None:
    text = (
        "There are thought to be between 5 and 7.5 million CCTV cameras in the UK.\n\n"
        "Bangkok had 60,000 cameras in B.E. 2567."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("United Kingdom", 5_000_000.0, None),
        ("United Kingdom", 7_500_000.0, None),
        ("Bangkok", 60000.0, 2024),
    ]


def test_french_names_of_flemish_cities(gazetteer: Gazetteer) -> None:
    text = "In Flanders, Louvain has 95 cameras and Anvers more than 1 000."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Leuven", 95.0),
        ("Antwerp", 1000.0),
    ]


def test_a_camera_first_figure_does_not_run_into_another_subjects_clause(
    gazetteer: Gazetteer,
) -> None:
    text = "Namur: 118 cameras now watch over the city, Charleroi is approaching 330."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Namur", 118.0),
        ("Charleroi", 330.0),
    ]


def test_a_police_zones_figure_is_a_regions(gazetteer: Gazetteer) -> None:
    text = (
        "Liège has 470 cameras. In the Mons-Quévy police zone, 140 cameras are active.\n\n"
        "The Namur police zone runs 118 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("Liège", 470.0)]


def test_informal_ellipses_anyway_a_tilde_gap_and_an_estimate_that_was(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "I'd much rather have cameras than not. Norwich city council has about 100 anyway, it's "
        "the shops.\n\nLviv has 1,600 cameras. Plovdiv has 400ish and Sofia ~2,800 iirc.\n\n"
        "That's a made up figure about cameras. The last proper estimate for the UK I remember "
        "was around 5 million back in 2013."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Norwich", 100.0, None),
        ("Lviv", 1600.0, None),
        ("Plovdiv", 400.0, None),
        ("Sofia", 2800.0, None),
        ("United Kingdom", 5_000_000.0, 2013),
    ]


def test_a_new_post_in_a_thread_goes_back_to_the_threads_subject(gazetteer: Gazetteer) -> None:
    text = (
        "Show HN: I mapped 4,000 surveillance cameras in Seattle by bike\n\n"
        "▲ ams_dev 7 hours ago | parent | next [–]\n\n"
        "Amsterdam publishes its register (about 310 municipal cameras).\n\n"
        "▲ op_rider 6 hours ago | parent | next [–]\n\n"
        "EDIT since people asked about density: it's about 19 cameras per sq km citywide."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Seattle", "camera_count", 4000.0),
        ("Amsterdam", "camera_count", 310.0),
        ("Seattle", "cameras_per_sq_km", 19.0),
    ]


def test_a_citys_pd_is_its_police(gazetteer: Gazetteer) -> None:
    text = "Seattle PD itself runs like 70 CCTV cams afaik, the rest is private."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Seattle", 70.0)
    ]


def test_a_tables_summary_cell_states_its_rows_figure(gazetteer: Gazetteer) -> None:
    text = (
        "| Agency | City | State | Technology | Summary |\n"
        "| Syracuse Police Department | Syracuse | NY | Real-Time Crime Center | RTCC can view "
        "1,150 city and partner cameras (2024). |\n"
        "| Albany Police Department | Albany | NY | Video Surveillance | City-wide network of "
        "over 100 cameras (as of 2023), monitored from the center. |\n"
        "| Honolulu Police Department | Honolulu | HI | Video Surveillance | City news release "
        "on its 24 traffic signal cameras. |"
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [("Syracuse", 1150.0, "exact", 2024), ("Albany", 100.0, "over", 2023)]


def test_a_place_asked_about_after_talk_of_cameras_gets_the_answer(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Medellín has 11,000 cameras.\n👉 Guayaquil? North of 4,000.\n"
        "👉 What about Quito? About 1,500.\n\n**How many people live in South Korea?**\n"
        "About 51.7 million."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Medellín", 11000.0, "exact"),
        ("Guayaquil", 4000.0, "over"),
        ("Quito", 1500.0, "about"),
    ]


def test_a_machine_translations_chambers_are_cameras(gazetteer: Gazetteer) -> None:
    translated = (
        "Almería exceeds 200 video surveillance chambers.\n\nThe City Council of Almería "
        "already has 214 chambers of video surveillance and one for every 930 neighbors."
    )
    english = "The Senate has 100 chambers of commerce in its files. Madrid has 900 cameras."
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, translated).claims] == [
        ("Almería", "camera_count", 200.0),
        ("Almería", "camera_count", 214.0),
        ("Almería", "people_per_camera", 930.0),
    ]
    assert [(c.entity_name, c.value) for c in extract(gazetteer, english).claims] == [
        ("Madrid", 900.0)
    ]


def test_an_acronym_in_brackets_in_the_gap_before_the_owner(gazetteer: Gazetteer) -> None:
    text = (
        "As of October 1, 2026, 4 380 cameras of the republican system of monitoring of public "
        "security (RSMOB) were connected in Minsk, the press service reported."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Minsk", 4380.0, 2026)
    ]


def test_a_translations_cells_are_cameras_and_of_the_order_of_is_about(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Video surveillance in the regions.\n\nIn Gomel, 1 120 cells are connected to the "
        "system, in Brest – of the order of 600, in Grodno – 540."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Homyel'", 1120.0, "exact"),
        ("Brest", 600.0, "about"),
        ("Hrodna", 540.0, "exact"),
    ]


def test_a_hedged_its_after_talk_of_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "London has, what, a million cameras? And it still doesn't stop anything.\n\n"
        "@Hoppityhop it's more like 690k in London according to that list."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("London", 1_000_000.0, "exact"),
        ("London", 690_000.0, "about"),
    ]


def test_a_small_network_that_reached_or_was_switched_on(gazetteer: Gazetteer) -> None:
    text = (
        "In Porto, the municipal system reached 79 cameras in 2024.\n\n"
        "Coimbra switches on 41 cameras this week.\n\n"
        "In Braga the network stands at 64 cameras."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Porto", 79.0, 2024),
        ("Coimbra", 41.0, None),
        ("Braga", 64.0, None),
    ]


def test_a_plan_announced_after_a_present_figure_dates_neither(gazetteer: Gazetteer) -> None:
    text = (
        "Almería has 210 cameras. Alicante, which now has 124, announced in 2025 an expansion "
        "to 180 cameras that has not yet been tendered."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Almería", 210.0, None),
        ("Alicante", 124.0, None),
    ]


def test_a_small_count_after_a_stated_one_may_be_counted(gazetteer: Gazetteer) -> None:
    text = "Aveiro has 28 cameras. Leiria counts 35, according to the council."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Aveiro", 28.0),
        ("Leiria", 35.0),
    ]


def test_a_transport_operators_or_a_ports_cameras_are_not_the_citys(gazetteer: Gazetteer) -> None:
    text = (
        "Durban has 1,020 municipal cameras. The Port of Cape Town has about 1,100 cameras of "
        "its own. The port now has about 2,600 cameras across its terminals.\n\n"
        "In Cali, the mayor's office runs 1,250 public cameras, while bus operator Metrocali "
        "runs around 3,600 cameras.\n\n"
        "Barranquilla, whose Transmetro BRT system has 700 cameras, says its municipal "
        "network has more than 1,000.\n\n"
        "Sharjah Police run 40,000 cameras. Each bus will carry six cameras – a total of 1,620."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Durban", 1020.0),
        ("Cali", 1250.0),
        ("Barranquilla", 1000.0),
        ("Sharjah", 40_000.0),
    ]


def test_work_to_be_done_a_specification_and_ridership_are_no_counts(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Almaty now has more than 18,000 public cameras. Under the contract, 410 analogue "
        "cameras are to be replaced with IP units. The new line is being designed with around "
        "1,500 cameras, including 24 in each of the 26 trainsets. Ridership on Line 1 reached "
        "41.7 million in 2025."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Almaty", 18_000.0)
    ]


def test_a_state_cell_before_a_city_cell_is_no_part_of_its_name(gazetteer: Gazetteer) -> None:
    text = (
        "City-wise details of CCTV cameras\n\n"
        "State            Smart City       No. of CCTV cameras\n"
        "Andhra Pradesh   Visakhapatnam    1,480\n"
        "Madhya Pradesh   Bhopal           1,180\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Visakhapatnam", 1480.0),
        ("Bhopal", 1180.0),
    ]


def test_a_second_subject_after_and_is_no_owner_of_the_first_figure(gazetteer: Gazetteer) -> None:
    text = "The City of Hobart has 84 cameras and the City of Launceston has about 70."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Hobart", 84.0),
        ("Launceston", 70.0),
    ]


def test_access_to_a_small_network_and_a_parts_year(gazetteer: Gazetteer) -> None:
    text = (
        "The Red Deer RCMP detachment has access to approximately 60 cameras operated by the "
        "City of Red Deer.\n\n"
        "Saint Paul's network is 256 cameras, including the 48 we added with federal money in "
        "2023."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Red Deer", 60.0, None),
        ("Saint Paul", 256.0, None),
    ]


def test_a_working_part_column_after_a_camera_column_is_dated_by_its_label(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "| Local authority | Public space cameras | Operational at 30 September 2026 |\n"
        "|---|---|---|\n"
        "| City of Edinburgh | 241 | 229 |\n"
        "| Dundee City | 128 | 121 |\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Edinburgh", 241.0, None),
        ("Edinburgh", 229.0, 2026),
        ("Dundee", 128.0, None),
        ("Dundee", 121.0, 2026),
    ]


def test_a_price_in_a_currency_code_is_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "## Hanoi, Vietnam\n\n"
        "- Public CCTV: about 12,000 cameras\n"
        "- Average hostel dorm: 180,000 VND (about US$7)\n\n"
        "## Reykjavík, Iceland\n\n"
        "- Public CCTV: about 100 cameras\n"
        "- Average hostel dorm: ISK 7,500 (about US$54)\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Hanoi", 12_000.0),
        ("Reykjavík", 100.0),
    ]


def test_a_row_of_words_in_a_table_whose_columns_are_places(gazetteer: Gazetteer) -> None:
    text = (
        "| | Chiang Mai | Da Nang | Denpasar |\n"
        "|---|---|---|---|\n"
        "| Safety score | Good (4/5) | Great (5/5) | Good (4/5) |\n"
        "| Public CCTV cameras | ~1,900 | 3,200 | ~640 |\n"
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Chiang Mai", 1900.0, "about"),
        ("Da Nang", 3200.0, "exact"),
        ("Denpasar", 640.0, "about"),
    ]


def test_respectively_pairs_figures_with_the_places_of_the_sentence_before(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Coventry City Council operated 312 public space cameras, City of Wolverhampton Council "
        "operated 228 and Walsall Council operated 174.\n\n"
        "This equates to roughly 0.9, 0.86 and 0.6 cameras per 1,000 residents respectively."
    )
    assert [
        (c.entity_name, c.value)
        for c in extract(gazetteer, text).claims
        if c.metric == "cameras_per_1000_people"
    ] == [("Coventry", 0.9), ("Wolverhampton", 0.86), ("Walsall", 0.6)]


def test_a_tenders_size_and_a_systems_stations_are_not_the_citys_count(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Bucharest City Hall runs 2,100 cameras. Bidders will be required to supply 3,100 IP "
        "cameras for the metro.\n\n"
        "Chennai has 2.8 lakh cameras. The 41 stations of Phase I currently have 3,140 cameras.\n\n"
        "Honolulu has 390 traffic cameras; 1,150 cameras are installed across Skyline's 13 "
        "stations.\n\n"
        "Estimates put the cameras in Japan, including those at shops and train stations, at "
        "5 million."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bucharest", 2100.0),
        ("Chennai", 280_000.0),
        ("Honolulu", 390.0),
        ("Japan", 5_000_000.0),
    ]


def test_a_growth_by_n_is_a_change_not_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "Sharjah Police said the emirate's network had passed 40,000 cameras, and that the "
        "number linked to its operations room had grown by more than 5,000 in a year. In Ajman "
        "the network grew by 1,200 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Sharjah", 40_000.0)
    ]


def test_a_count_in_single_quotes(gazetteer: Gazetteer) -> None:
    text = "Plovdiv, which has no metro, has 'more than 600' municipal cameras."
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Plovdiv", 600.0, "over")
    ]


def test_a_total_over_several_cities_has_no_owner(gazetteer: Gazetteer) -> None:
    text = (
        "The projects cover Ahmedabad, Bengaluru, Chennai and Delhi. A total of 60,194 CCTV "
        "cameras have been installed under the Safe City Projects in the eight cities. Delhi "
        "alone has 10,340 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Delhi", 10_340.0)
    ]


def test_a_bare_value_before_a_source_or_an_aside(gazetteer: Gazetteer) -> None:
    text = (
        "Seoul has about 80,000 cameras. Gwangju has around 5,000 if anyone cares. "
        "Rotterdam has more than 1,100 last I heard. Odesa is officially 2,000 but half were "
        "offline.\n\nDaegu: 11,000+ per the city's smart city center. Thailand as a whole is "
        "north of 3 million according to a sales guy."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Seoul", 80000.0, "about"),
        ("Gwangju", 5000.0, "about"),
        ("Rotterdam", 1100.0, "over"),
        ("Odesa", 2000.0, "exact"),
        ("Daegu", 11000.0, "over"),
        ("Thailand", 3000000.0, "over"),
    ]


def test_a_value_with_a_noun_after_the_aside_is_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "Seoul has about 80,000 cameras. Gwangju is officially 1.4 million people but it feels "
        "bigger. Daegu has 2,400,000 residents per the census."
    )
    assert [c.entity_name for c in extract(gazetteer, text).claims] == ["Seoul"]


def test_a_bare_count_someone_says_after_talk_of_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Bangkok's cameras are everywhere. The BMA now says ~63,500 as of Oct 2026. "
        "Colombo has 600 cameras. An earlier version of our 4.31pm post said 12,000. "
        "The minister said more than 1,200."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Bangkok", 63500.0, "about", 2026),
        ("Colombo", 600.0, "exact", None),
        ("Colombo", 1200.0, "over", None),
    ]


def test_an_earlier_version_s_figure_is_withdrawn(gazetteer: Gazetteer) -> None:
    text = "An earlier version of this story said 12,000 cameras in Colombo; it has 1,200 cameras."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Colombo", 1200.0)
    ]


def test_a_space_table_header_whose_labels_wrap_over_lines(gazetteer: Gazetteer) -> None:
    text = (
        "The information is reflected in the table below.\n\n"
        "Metropolitan municipality     (a) CCTV cameras linked    (b) Operational as at\n"
        "                              to the SAPS                31 August 2026\n"
        "City of Cape Town                     1 142                     1 011\n"
        "City of Johannesburg                    624                       498\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Cape Town", 1142.0, None),
        ("Cape Town", 1011.0, 2026),
        ("Johannesburg", 624.0, None),
        ("Johannesburg", 498.0, 2026),
    ]


def test_a_space_table_row_s_cells_go_under_their_labels(gazetteer: Gazetteer) -> None:
    text = (
        "City-wise details of CCTV cameras integrated with ICCCs\n\n"
        "S.No. State            Smart City       Date of operation-   No. of CCTV\n"
        "                                        alisation of ICCC    cameras integrated\n"
        "                                                             with ICCC\n"
        "1     Andhra Pradesh   Visakhapatnam    26.01.2020             1,480\n"
        "2     Madhya Pradesh   Bhopal           22.02.2018             1,180\n"
        "3                      Indore           14.04.2018             3,460\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Visakhapatnam", 1480.0, None),
        ("Bhopal", 1180.0, None),
        ("Indore", 3460.0, None),
    ]


def test_spoken_compound_numbers_in_a_transcript(gazetteer: Gazetteer) -> None:
    text = (
        "HOST: How many cameras does New Orleans have now?\n"
        "DIRECTOR: Now we're at nine hundred sixty-five city cameras.\n"
        "HOST: And Prayagraj?\n"
        "GUEST: During the Maha Kumbh in Prayagraj we ran two thousand seven hundred cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("New Orleans", 965.0),
        ("Prayagraj", 2700.0),
    ]


def test_a_street_named_before_another_street_s_suffix_is_no_place(gazetteer: Gazetteer) -> None:
    text = (
        "New Orleans has a crime camera center. On the corner of Claiborne and Orleans Avenue "
        "there's a pole with a blue light. When the center opened in 2017, it had about 250 "
        "city-owned cameras."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("New Orleans", 250.0, 2017)
    ]


def test_a_postal_code_after_its_town_is_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "The order covers CCTV cameras in every police station.\n\n"
        "To:\n1. The Director General of Police, Mylapore, Chennai - 600 004.\n"
        "2. The Commissioner of Police, Madurai City, Madurai - 625 002.\n"
    )
    assert extract(gazetteer, text).claims == []


def test_a_bare_count_a_dozen_lines_after_talk_of_cameras(gazetteer: Gazetteer) -> None:
    lines = ["HOST: Let's talk about the cameras on our streets."]
    lines += [f"CALLER {n}: I agree with the last caller, it is about trust." for n in range(12)]
    lines.append("GUEST: Chiang Mai municipality has around fifteen hundred.")
    text = "\n\n".join(lines)
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Chiang Mai", 1500.0)
    ]


def test_a_fact_file_s_country_field_keeps_its_city(gazetteer: Gazetteer) -> None:
    text = (
        "## Asia & Pacific\n\n### Colombo\n\n- **Country:** Sri Lanka\n"
        "- **Population:** 752,000 (city, 2012 census)\n"
        "- **Public CCTV:** ~1,100 police cameras (2024)\n"
        "- **Camera density:** 29.5 cameras/km²\n\n"
        "### Vientiane\n\n- **Country:** Laos\n- **Public CCTV:** 640 cameras (2023)\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Colombo", "camera_count", 1100.0),
        ("Colombo", "cameras_per_sq_km", 29.5),
        ("Vientiane", "camera_count", 640.0),
    ]


def test_a_fact_book_profile_s_fields(gazetteer: Gazetteer) -> None:
    text = (
        "POLAND\n--------------------------\nCapital: Warsaw\n"
        "Population: 36.6 million (2025 est.)\n"
        "Public and publicly accessible CCTV cameras: 1.9 million (2024 est.)\n"
        "Municipal camera systems: Warsaw 1,240 (2025); Kraków 680; Gdańsk 410 (2023)\n\n"
        "CZECHIA\n--------------------------\nCapital: Prague\n"
        "Legal basis for public CCTV: Act No. 553/1991 Coll. on Municipal Police; Act No.\n"
        "  110/2019 Coll. on Personal Data Processing\n"
        "Supervisory authority: Office for Personal Data Protection\n"
        "Public and publicly accessible CCTV cameras: approx. 620,000 (2023)\n"
        "Municipalities with a camera system co-funded by the Ministry of the Interior: 1,030 (2024)\n"
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Poland", 1900000.0, "estimated", 2024),
        ("Warsaw", 1240.0, "exact", 2025),
        ("Kraków", 680.0, "exact", None),
        ("Gdańsk", 410.0, "exact", 2023),
        ("Czechia", 620000.0, "about", 2023),
    ]


def test_a_table_cell_with_a_footnote_letter_or_number(gazetteer: Gazetteer) -> None:
    text = (
        "City | Country | Cameras | Year\n"
        "Bangkok | Thailand | 62,000[a] | 2023\n"
        "Lahore | Pakistan | 8,000[12] | 2024\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Bangkok", 62000.0, 2023),
        ("Lahore", 8000.0, 2024),
    ]


def test_a_markdown_footnote_mark_and_a_one_dash_rule_in_a_table(gazetteer: Gazetteer) -> None:
    text = (
        "| # | City | Country | Public cameras | Per 1,000 residents | Data year |\n"
        "|--:|---|---|--:|--:|:-:|\n"
        "| 1 | Antwerp | Belgium | 1,100[^3] | 2.0 | 2024 |\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Antwerp", "camera_count", 1100.0, 2024),
        ("Antwerp", "cameras_per_1000_people", 2.0, 2024),
    ]


def test_a_city_state_in_both_the_city_and_the_country_column(gazetteer: Gazetteer) -> None:
    text = (
        "| City | Country | Cameras |\n"
        "|---|---|---:|\n"
        "| Dubai | UAE | 310,000 |\n"
        "| Singapore | Singapore | 110,000 |\n"
    )
    assert [(c.entity_name, c.entity_kind, c.value) for c in extract(gazetteer, text).claims] == [
        ("Dubai", "city", 310000.0),
        ("Singapore", "country", 110000.0),
    ]


def test_a_comparison_tables_row_of_estimates(gazetteer: Gazetteer) -> None:
    text = (
        "| | South Korea | Japan |\n"
        "|---|---|---|\n"
        "| All cameras (est.) | 16 million | 5 million |\n"
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("South Korea", 16e6, "estimated"),
        ("Japan", 5e6, "estimated"),
    ]


def test_an_amount_in_peruvian_soles_is_no_count(gazetteer: Gazetteer) -> None:
    text = "The municipality of Piura bought 160 cameras (S/ 6.8 million); Piura now has 95."
    assert [c.value for c in extract(gazetteer, text).claims] == [160.0, 95.0]


def test_a_short_line_of_sentences_that_ends_in_a_colon(gazetteer: Gazetteer) -> None:
    text = "Riyadh has 96,000 cameras. Coverage is uneven:\n- Al Malaz: 5,400\n"
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims][:1] == [
        ("Riyadh", 96000.0)
    ]


def test_bulleted_rows_below_a_sentence_about_a_citys_districts_are_parts(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Riyadh operates about 96,000 cameras.\n\n"
        "Coverage is very uneven between sub-municipalities:\n\n"
        "- Al Olaya sub-municipality: about 9,200 cameras\n"
        "- Al Malaz: 5,400 cameras\n\n"
        "Jeddah has 40,000 cameras.\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Riyadh", 96000.0),
        ("Jeddah", 40000.0),
    ]


def test_a_label_with_other_words_in_brackets_is_not_money(gazetteer: Gazetteer) -> None:
    text = (
        "Riyadh operates about 96,000 cameras.\n\n"
        "| Item | 2024 | 2025 |\n|---|---:|---:|\n| Cameras (cop cars included) | 520 | 610 |\n"
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [96000.0, 520.0, 610.0]


def test_a_years_table_of_amounts_of_money_counts_no_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Riyadh operates about 96,000 cameras.\n\n"
        "| Item | 2027 | 2028 | 2029 |\n"
        "|---|---:|---:|---:|\n"
        "| Cameras and poles (SAR million) | 520 | 610 | 590 |\n"
        "| **Total (SAR million)** | **960** | **990** | **850** |\n"
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [96000.0]


def test_cameras_installed_by_police_nationwide_are_the_countrys(gazetteer: Gazetteer) -> None:
    text = (
        "Mumbai has 7,620 cameras. A total of 6,42,000 CCTV cameras had been installed by "
        "police nationwide."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Mumbai", 7620.0),
        ("India", 642000.0),
    ]


def test_a_list_of_cities_is_no_topic_for_the_next_sentences_total(gazetteer: Gazetteer) -> None:
    text = (
        "The Ministry approved Safe City Projects in eight cities, namely Ahmedabad, Bengaluru, "
        "Chennai, Delhi, Hyderabad, Kolkata, Lucknow and Mumbai. A total of 52,850 CCTV cameras "
        "have been installed under these projects."
    )
    assert extract(gazetteer, text).claims == []


def test_the_same_count_at_an_earlier_time_after_it_was(gazetteer: Gazetteer) -> None:
    text = "Denver has 4,900 cameras. In 2022 it was 1,600."
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (4900.0, None),
        (1600.0, 2022),
    ]


def test_a_countrys_state_banks_do_not_make_it_the_country_named(gazetteer: Gazetteer) -> None:
    text = (
        "Tashkent has 12,400 cameras. It followed a loan of about $1 billion from Chinese state "
        "banks. Nationally, the Ministry of Internal Affairs says more than 70,000 cameras are "
        "now connected."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Tashkent", 12400.0),
        ("Uzbekistan", 70000.0),
    ]


def test_a_numbered_paragraphs_time_clause_dates_its_count(gazetteer: Gazetteer) -> None:
    text = (
        "Cape Town has 1,512 cameras.\n\n"
        "4.1 When the unit was set up in 2005, the City operated 146 cameras.\n"
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (1512.0, None),
        (146.0, 2005),
    ]


def test_rates_of_a_stated_population(gazetteer: Gazetteer) -> None:
    text = (
        "Tashkent's system had 12,400 cameras. That is roughly 4.2 cameras for every 1,000 of its "
        "2.95 million residents, or one camera for roughly every 240 of the city's estimated 3 "
        "million residents."
    )
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 12400.0),
        ("cameras_per_1000_people", 4.2),
        ("people_per_camera", 240.0),
    ]


def test_a_funding_or_a_visits_year_does_not_date_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "In Tripoli, a 120-camera network funded by a Gulf donor in 2018 is largely offline. "
        "Istanbul's police operate more than 40,000 public cameras, one reason Iraqi officials "
        "visited the city's command centre in 2023."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Tripoli", 120.0, None),
        ("Istanbul", 40000.0, None),
    ]


def test_one_camera_for_every_n_after_the_people_are_named(gazetteer: Gazetteer) -> None:
    text = (
        "Tehran has 4,200 cameras. Tehran has about 9 million people, so that's one camera for "
        "every 2,100 or so. The road has one camera for every 2 km."
    )
    assert [(c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 4200.0, "exact"),
        ("people_per_camera", 2100.0, "about"),
    ]


def test_a_councillors_newsletter_masthead_names_its_city(gazetteer: Gazetteer) -> None:
    text = (
        "DISTRICT 6 DISPATCH\n"
        "News from Councilor Teresa Baca | Albuquerque City Council, District 6\n\n"
        "1. PUBLIC SAFETY UPDATE\n\n"
        "The Real Time Crime Center now has access to about 2,300 cameras across the city.\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Albuquerque", 2300.0)
    ]


def test_where_the_ratio_is_repeats_the_rate_for_another_place(gazetteer: Gazetteer) -> None:
    text = (
        "Albuquerque has 2,300 cameras. That's roughly 12 cameras per square mile – far fewer "
        "than in Atlanta, where the ratio is over 100."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Albuquerque", "camera_count", 2300.0),
        ("Albuquerque", "cameras_per_sq_mile", 12.0),
        ("Atlanta", "cameras_per_sq_mile", 100.0),
    ]


def test_a_data_exports_table_of_years_under_a_section_naming_no_place(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Detroit police can view 4,870 cameras, about 35 per square mile and 7.7 per 1,000 "
        "residents. Dearborn police operate about 120 cameras.\n\n"
        "Data preview\n\n"
        "report_year | geography | network | cameras | cameras_per_sq_mi | population\n"
        "2024 | Citywide | City-owned | 1,020 | 7.4 | 633,218\n"
        "2026 | 2nd Precinct | All | 410 | 31.5 | 52,377\n"
    )
    claims = extract(gazetteer, text).claims
    assert [(c.entity_name, c.metric, c.value, c.year) for c in claims][4:] == [
        ("Detroit", "camera_count", 1020.0, 2024),
        ("Detroit", "cameras_per_sq_mile", 7.4, 2024),
    ]


def test_a_numbered_charts_title_gives_its_rows_metric(gazetteer: Gazetteer) -> None:
    text = (
        "Chart 1 — cameras per square kilometre\n• London: 399\n• Seoul: 178\n"
        "Chart 2: Cameras per 1,000 residents\n• London: 68.9\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("London", "cameras_per_sq_km", 399.0),
        ("Seoul", "cameras_per_sq_km", 178.0),
        ("London", "cameras_per_1000_people", 68.9),
    ]


def test_the_country_a_rank_is_held_in_owns_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Hyderabad has 300,000 cameras. One ranking puts it first in India at 83 cameras per "
        "1,000 people."
    )
    assert [(c.entity_name, c.metric) for c in extract(gazetteer, text).claims] == [
        ("Hyderabad", "camera_count"),
        ("Hyderabad", "cameras_per_1000_people"),
    ]


def test_its_a_figure_hedged_after_it(gazetteer: Gazetteer) -> None:
    text = "Prague has 2,000 cameras. It's 2,150-ish according to the city police site."
    assert [(c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        (2000.0, "exact"),
        (2150.0, "about"),
    ]


def test_a_rates_title_whose_only_digits_are_its_base(gazetteer: Gazetteer) -> None:
    text = "Cameras per 1,000 residents, selected cities\nIndore      55\nMoscow      18.2\n"
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Indore", "cameras_per_1000_people", 55.0),
        ("Moscow", "cameras_per_1000_people", 18.2),
    ]
    field = "Cameras per 1,000 population: NA\nIndore      55\n"
    assert extract(gazetteer, field).claims == []


def test_a_word_that_names_a_city_before_a_word_for_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Memphis police run 2,100 cameras.\n\n"
        "| Measure | 2024 | 2025 |\n|---|---|---|\n| Mobile camera trailers | 18 | 22 |\n"
    )
    assert [c.entity_name for c in extract(gazetteer, text).claims] == ["Memphis"]
    # (the town itself before "CCTV" or "cameras")
    town = "Reading CCTV has 80 cameras."
    assert [c.entity_name for c in extract(gazetteer, town).claims] == ["Reading"]


def test_a_relay_services_number_is_no_count(gazetteer: Gazetteer) -> None:
    text = "Baltimore has 1,162 cameras. Maryland Relay Service: 711."
    assert [c.value for c in extract(gazetteer, text).claims] == [1162.0]


def test_a_column_in_millions_keeps_its_small_values(gazetteer: Gazetteer) -> None:
    # (a Markdown table as the reader renders it: cells between single bars)
    text = "Country | Cameras (m)\nChina | 690\nUnited States | 86\nUnited Kingdom | 7.7\n"
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("China", 690e6),
        ("United States", 86e6),
        ("United Kingdom", 7.7e6),
    ]


def test_a_numbered_slide_title_is_a_heading_that_ends_the_list_above(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Country | Cameras (m)\nChina | 690\n\n"
        "Slide 4 — Density leaders: cameras per 100 people, 2025\n\n- Germany — 6.3\n\n"
        "Slide 5 — City spotlight: Asia\n\n- Shenzhen: ~2.1 million cameras\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("China", "camera_count", 690e6, None),
        ("Germany", "cameras_per_1000_people", 63.0, None),
        ("Shenzhen", "camera_count", 2.1e6, None),
    ]


def test_a_ranked_table_of_a_city_s_boroughs_gives_no_city_claims(gazetteer: Gazetteer) -> None:
    boroughs = "Rank | Borough | Cameras\n1 | Croydon | 760\n2 | Camden | 700\n"
    assert extract(gazetteer, boroughs).claims == []
    cities = "Rank | City | Cameras\n1 | Leeds | 760\n2 | Hull | 700\n"
    assert [c.entity_name for c in extract(gazetteer, cities).claims] == [
        "Leeds",
        "Kingston upon Hull",
    ]


def test_the_indian_city_is_the_city_of_india_named_before(gazetteer: Gazetteer) -> None:
    text = (
        "Hyderabad has overtaken London as the most watched city, says a ranking which puts "
        "the number of cameras in the Indian city at about 610,000."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Hyderabad", 610_000)
    ]


@pytest.mark.parametrize("heading", ["HOW YOUR CITY COMPARES", "Camera counts by city"])
def test_a_dotted_list_under_a_heading_that_compares_camera_counts(
    gazetteer: Gazetteer, heading: str
) -> None:
    text = (
        f"Britain has 8 million CCTV cameras.\n\n{heading}\n\n"
        "Birmingham ........ 85,000\nLeeds ............. 49,600\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("United Kingdom", 8e6),
        ("Birmingham", 85_000),
        ("Leeds", 49_600),
    ]


@pytest.mark.parametrize("programme", ['"Safe Ulaanbaatar"', "Smart Ulaanbaatar"])
def test_a_city_s_safe_or_smart_programme_names_the_city(
    gazetteer: Gazetteer, programme: str
) -> None:
    text = f"The {programme} network nears 5,000 cameras."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Ulan Bator", 5_000)
    ]


def test_a_column_of_residents_per_km2_is_no_camera_density(gazetteer: Gazetteer) -> None:
    text = "City | Cameras per km² | Residents per km²\nSeoul | 179.8 | 15,560\n"
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("cameras_per_sq_km", 179.8)
    ]


def test_a_column_of_cameras_procured_is_no_count(gazetteer: Gazetteer) -> None:
    text = "City | Cameras in operation | Cameras procured 2017–25\nKashgar | 18,500 | 14,900\n"
    assert [c.value for c in extract(gazetteer, text).claims] == [18_500]


def test_a_sentence_opened_by_per_square_kilometre_gives_densities(gazetteer: Gazetteer) -> None:
    text = "Per square kilometre, Taipei has about 60 cameras."
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("cameras_per_sq_km", 60)
    ]


def test_a_place_ranked_against_with_its_own_figure_after_at(gazetteer: Gazetteer) -> None:
    count = "The UK is well ahead of Germany, at around 5.6 million cameras."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, count).claims] == [
        ("Germany", 5.6e6)
    ]
    rate = "The UK has about 114 cameras per 1,000 people, fewer than the US at roughly 270."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, rate).claims] == [
        ("United Kingdom", 114),
        ("United States", 270),
    ]
    # (but a place a superlative is bounded by owns nothing)
    bound = (
        "The United States has the highest density outside China, at 26.9 cameras per 100 people."
    )
    assert [c.entity_name for c in extract(gazetteer, bound).claims] == ["United States"]


def test_a_singular_camera_before_another_noun_counts_no_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Philadelphia staffs its centre with 14 camera operators per shift, and residents have "
        "registered 1,120 private camera locations. Philadelphia watches 1,100 camera feeds."
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [1_100]


def test_a_sentence_after_a_rate_goes_on_with_another_place_s_rate(gazetteer: Gazetteer) -> None:
    text = (
        "Philadelphia has about 1.6 cameras per thousand residents. Chicago has about 13. "
        "Washington has nearly 10."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Philadelphia", "cameras_per_1000_people", 1.6),
        ("Chicago", "cameras_per_1000_people", 13),
        ("Washington", "cameras_per_1000_people", 10),
    ]
    # (a count goes on with counts)
    count = "Philadelphia has about 2,460 cameras. Chicago has about 35,000."
    assert [c.metric for c in extract(gazetteer, count).claims] == ["camera_count"] * 2


def test_a_space_table_of_indicators_by_year_gives_the_page_s_place(gazetteer: Gazetteer) -> None:
    text = (
        "Report on the video surveillance system of Sofia Municipality.\n\n"
        "  Indicator                                     2023     2024\n"
        "  --------------------------------------------  -------  -------\n"
        "  Municipal cameras (MVSS)                        1,480    2,150\n"
        "  Cameras per 1,000 residents                       1.2      1.7\n"
        "  Signals processed                               1,320    1,780\n"
        "    of which detected through CCTV                  610      822\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Sofia", "camera_count", 1_480, 2023),
        ("Sofia", "camera_count", 2_150, 2024),
        ("Sofia", "cameras_per_1000_people", 1.2, 2023),
        ("Sofia", "cameras_per_1000_people", 1.7, 2024),
    ]


def test_the_national_system_is_the_country_s(gazetteer: Gazetteer) -> None:
    text = (
        "Varna operates about 900 cameras. According to the Ministry of Interior, the national "
        "video surveillance system integrates approximately 12,500 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Varna", 900),
        ("Bulgaria", 12_500),
    ]


def test_penang_island_is_george_town_and_onboard_cameras_are_transport(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Penang Island City Council's network comprises 1,046 cameras. Rapid Penang buses "
        "carry 1,900 onboard cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("George Town", 1_046)
    ]


def test_a_column_of_two_kinds_of_region_beside_the_cities(gazetteer: Gazetteer) -> None:
    for label in ("Region / State", "State or region"):
        text = (
            f"| City | {label} | Cameras documented | Data year |\n|---|---|---|---|\n"
            "| Yangon | Yangon Region | 1,350+ | 2026 |\n| Taunggyi | Shan State | 120 | 2025 |\n"
        )
        assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
            ("Yangon", 1_350),
            ("Taunggyi", 120),
        ], label


def test_a_heading_s_stated_base_wins_over_per_person(gazetteer: Gazetteer) -> None:
    text = (
        "Per person, the rankings I've seen floating around (cameras per 100 people):\n\n"
        "  1. China ............ 43\n  2. Germany .......... 6\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("China", 430),
        ("Germany", 60),
    ]


def test_a_post_s_numbered_edit_is_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Which European capital actually has the most CCTV per person? Genuinely curious\n\n"
        "EDIT 2: yes I know the London number is an estimate, stop DMing me\n"
    )
    assert extract(gazetteer, text).claims == []


def test_a_small_network_by_its_locations_or_running_to_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "In Dortmund, police video observation now runs to about 30 cameras.\n\n"
        "Locations at a glance\n\n- Duisburg: 2 locations, 38 cameras\n- Hagen: 1 site, 14 cameras\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Dortmund", 30),
        ("Duisburg", 38),
        ("Hagen", 14),
    ]


def test_swiss_cities_by_their_english_and_short_names(gazetteer: Gazetteer) -> None:
    text = "Lucerne has 104 cameras. St. Gallen now counts 74 cameras. Biel/Bienne has 10 cameras."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Luzern", 104),
        ("Sankt Gallen", 74),
        ("Biel/Bienne", 10),
    ]


def test_a_school_district_s_or_sheriff_s_network_is_not_the_city_s(gazetteer: Gazetteer) -> None:
    text = (
        "Des Moines police run 150 cameras. Des Moines Public Schools says it has roughly 3,300 "
        "cameras in its 60 buildings. The Polk County Sheriff's Office runs about 200 cameras, "
        "and the Des Moines Municipal Housing Authority about 400."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Des Moines", 150)
    ]


def test_by_the_numbers_rows_with_the_value_first(gazetteer: Gazetteer) -> None:
    text = (
        "Toledo police now run a real-time crime center.\n\nBy the numbers\n\n"
        "- 1,450 — cameras the real-time crime center can access (2025)\n"
        "- about 10 — cameras for every 1,000 Toledo residents\n"
        "- 612 — arrests credited to camera footage\n"
        "- 268,000 — Toledo's population in the 2020 census\n"
    )
    assert [(c.metric, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 1_450, "exact", 2025),
        ("cameras_per_1000_people", 10, "about", None),
    ]


def test_a_space_table_row_whose_last_cell_ends_in_a_full_stop(gazetteer: Gazetteer) -> None:
    text = (
        "  City            Cameras   Per 1,000   Year   Source\n"
        "  --------------  -------   ---------   ----   ---------------------------\n"
        "  Boston             930        1.4     2024   Regional intelligence ctr.\n"
        "  Denver             830        1.2     2025   Police department\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Boston", "camera_count", 930),
        ("Boston", "cameras_per_1000_people", 1.4),
        ("Denver", "camera_count", 830),
        ("Denver", "cameras_per_1000_people", 1.2),
    ]


def test_a_ranking_s_rate_column_and_rows_with_their_own_base(gazetteer: Gazetteer) -> None:
    table = (
        "| City | Cameras | Rate in viral ranking (per 1,000) | Corrected rate (per 1,000) |\n"
        "|---|---:|---:|---:|\n| Wuxi | 418,500 | 157.3 | 56.1 |\n"
    )
    assert [(c.metric, c.value) for c in extract(gazetteer, table).claims] == [
        ("camera_count", 418_500),
        ("cameras_per_1000_people", 157.3),
        ("cameras_per_1000_people", 56.1),
    ]
    rows = "Per capita ranking from my spreadsheet:\n1. Vilnius ~1.8/1k\n2. Riga ~0.5/1k\n"
    assert [(c.entity_name, c.value) for c in extract(gazetteer, rows).claims] == [
        ("Vilnius", 1.8),
        ("Riga", 0.5),
    ]


def test_a_state_named_in_a_list_of_cities_qualifies_no_small_namesake(
    gazetteer: Gazetteer,
) -> None:
    listed = (
        "Moscow has 300,000 cameras, more than London, New York and Paris combined. "
        "London has about 690,000 cameras."
    )
    assert [c.country_iso3 for c in extract(gazetteer, listed).claims] == ["RUS", "GBR"]
    # (but a real city of the state's keeps its qualifier)
    ontario = "London, Ontario and Toronto both expanded. London, Ontario has 90 cameras."
    assert [c.country_iso3 for c in extract(gazetteer, ontario).claims] == ["CAN"]


def test_a_rate_restating_a_count_after_would_be_is_the_count_s_place(
    gazetteer: Gazetteer,
) -> None:
    spoken = (
        "An estimated 1.6 million surveillance cameras in Canada. "
        "Which would be something like one for every 25 people."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, spoken).claims] == [
        ("Canada", "camera_count", 1_600_000),
        ("Canada", "people_per_camera", 25),
    ]
    # (a count after "would be" is still a hypothetical's, not the place's)
    planned = "Canada has 1.6 million cameras. There would be 4,000 more in a bigger city."
    assert [c.value for c in extract(gazetteer, planned).claims] == [1_600_000]


def test_a_total_too_big_for_a_listed_rate_is_the_row_s_count(gazetteer: Gazetteer) -> None:
    listed = (
        "Here's the list I use (totals are the best estimates, the bracket is per 100 people):\n"
        "\n- UK - about 6.9 million (11 per 100)\n- Germany - 5.6 million (6.7 per 100)\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, listed).claims] == [
        ("United Kingdom", "camera_count", 6_900_000),
        ("United Kingdom", "cameras_per_1000_people", 110),
        ("Germany", "camera_count", 5_600_000),
        ("Germany", "cameras_per_1000_people", 67),
    ]


def test_a_post_s_byline_date_and_a_year_after_are_no_figure_s_year(
    gazetteer: Gazetteer,
) -> None:
    post = (
        "**Aylin K.** · 4 October 2026\n"
        "Istanbul's police said in 2025 that MOBESE had grown to more than 15,000 cameras.\n"
    )
    assert [(c.value, c.year) for c in extract(gazetteer, post).claims] == [(15_000, 2025)]
    after = (
        "**wanderjess** · April 20, 2026\n"
        "fwiw Pattaya has about 1,000 cameras too, they put a bunch in after 2019.\n"
    )
    assert [(c.value, c.year) for c in extract(gazetteer, after).claims] == [(1_000, None)]


def test_a_table_of_sources_dated_in_their_column_heads(gazetteer: Gazetteer) -> None:
    table = (
        "Here are the cities with the camera count each list gives.\n\n"
        "| City | List A (2019) | List B (2021) |\n|---|---:|---:|\n"
        "| Harbin | 320,000 | 1,700,000 |\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, table).claims] == [
        ("Harbin", 320_000, 2019),
        ("Harbin", 1_700_000, 2021),
    ]
    # (but a dated column of something else is no source's counts)
    other = (
        "Camera counts for three cities.\n\n| City | Population (2021) | Area (2020) | Cameras |\n"
        "|---|---|---|---|\n| Leeds | 812,000 | 552 | 418 |\n"
    )
    assert [c.value for c in extract(gazetteer, other).claims] == [418]


def test_a_space_table_header_wrapped_onto_a_money_unit(gazetteer: Gazetteer) -> None:
    table = (
        "Table 1: Public space CCTV cameras in core cities\n\n"
        "Council        Cameras   Population   Cameras per        Annual revenue\n"
        "                                      10,000 residents   cost (£000)\n"
        "-----------------------------------------------------------------------\n"
        "Birmingham         846    1,166,000         7.3               1,420\n"
    )
    assert [(c.metric, c.value) for c in extract(gazetteer, table).claims] == [
        ("camera_count", 846),
        ("cameras_per_1000_people", 0.73),
    ]


def test_a_rate_per_100_000_with_its_people_left_out(gazetteer: Gazetteer) -> None:
    text = "Chicago has more than 1,300 cameras per 100,000, ten times the rate in Curitiba."
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("cameras_per_1000_people", 13)
    ]


def test_a_single_spaced_row_with_a_year_before_its_count_and_words_after(
    gazetteer: Gazetteer,
) -> None:
    table = (
        "Annex Table 4. National camera stock, selected countries\n"
        "Country Year Cameras (million) Basis\n"
        "South Africa 2024 1.9 industry estimate\n"
        "Colombia 2024 0.21 police register\n"
    )
    assert [(c.value, c.qualifier, c.year) for c in extract(gazetteer, table).claims] == [
        (1_900_000, "estimated", 2024),
        (210_000, "exact", 2024),
    ]


def test_a_row_s_qualifier_cell_qualifies_its_figures(gazetteer: Gazetteer) -> None:
    sheet = (
        "Country\tCameras\tQualifier\tYear\n"
        "Mexico\t1,450,000\test.\t2024\nArgentina\t380,000\tapprox.\t2023\n"
        "Colombia\t210,000\t\t2024\n"
    )
    assert [c.qualifier for c in extract(gazetteer, sheet).claims] == [
        "estimated",
        "about",
        "exact",
    ]
    # (but not a place's "D.C.")
    table = "| City | Area | Cameras |\n|---|---|---|\n| Bogotá | Bogotá D.C. | 9,120 |\n"
    assert [c.qualifier for c in extract(gazetteer, table).claims] == ["exact"]


def test_a_comma_separated_preview_of_a_data_file(gazetteer: Gazetteer) -> None:
    preview = (
        "First rows of `countries.csv`:\n\n```csv\n"
        "country,iso3,cameras,cameras_per_100,year\n"
        "Nigeria,NGA,180000,0.08,2024\n"
        'Egypt,EGY,"600,000",0.53,2024\n'
        "```\n\nKenya,KEN,310000,0.55,2023 were dropped.\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, preview).claims
    ] == [
        ("Nigeria", "camera_count", 180_000, 2024),
        ("Nigeria", "cameras_per_1000_people", 0.8, 2024),
        ("Egypt", "camera_count", 600_000, 2024),
        ("Egypt", "cameras_per_1000_people", 5.3, 2024),
    ]
    # (a header of labels that names no camera metric reads no rows)
    other = "city,country,population\nLagos,Nigeria,15000000\n"
    assert extract(gazetteer, other).claims == []


def test_a_fact_card_dated_by_its_data_year_row(gazetteer: Gazetteer) -> None:
    card = (
        "Profiles\n\nCuritiba\nPublic cameras: 2,200\nCameras per 1,000 residents: 1.12\n"
        "Data year: 2025\nPopulation (m): 1.96\nRecife\nPublic cameras: 600\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, card).claims] == [
        ("Curitiba", 2_200, 2025),
        ("Curitiba", 1.12, 2025),
        ("Recife", 600, None),
    ]


def test_an_imagined_town_s_figures_are_no_real_place_s(gazetteer: Gazetteer) -> None:
    text = (
        "Minsk has 2,500 cameras. Imagine a town of 50,000 people with 100 public cameras. "
        "It has 2 cameras per 1,000 people."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("Minsk", 2_500)]


def test_a_city_in_a_space_aligned_row_before_its_region_s_cell(gazetteer: Gazetteer) -> None:
    table = (
        "City             Region                      Cameras  Per km2\n"
        "Kazan            Republic of Tatarstan       12,500   20.4\n"
        "Krasnodar        Krasnodar Krai               8,700   25.7\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, table).claims] == [
        ("Kazan", 12_500),
        ("Kazan", 20.4),
        ("Krasnodar", 8_700),
        ("Krasnodar", 25.7),
    ]


def test_towns_a_region_s_figure_includes_and_a_stadium_s_town_are_no_topic(
    gazetteer: Gazetteer,
) -> None:
    osaka = (
        "Osaka police now operate 3,240 cameras in the city. Across Osaka Prefecture as a "
        "whole the network stands at about 12,000 cameras, including those in Sakai, "
        "Higashiosaka and smaller towns. With about 2.75 million residents, the city has "
        "about 1.2 cameras per 1,000 people."
    )
    assert [c.entity_name for c in extract(gazetteer, osaka).claims] == ["Osaka", "Osaka"]
    casablanca = (
        "Casablanca has 4,120 cameras. Officials want to cover the 115,000-seat stadium "
        "under construction in Benslimane. The city now has 4,500 cameras."
    )
    assert [c.entity_name for c in extract(gazetteer, casablanca).claims] == [
        "Casablanca",
        "Casablanca",
    ]


def test_national_figures_in_the_plural_are_the_country_s(gazetteer: Gazetteer) -> None:
    text = (
        "Winnipeg police operate 145 cameras. On national figures, we accept that the range "
        "of credible estimates is wide - between 2 and 5 million cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Winnipeg", 145),
        ("Canada", 2_000_000),
        ("Canada", 5_000_000),
    ]


def test_column_heads_that_write_per_with_a_slash(gazetteer: Gazetteer) -> None:
    table = (
        "| Rank | City | Cameras | Land area (sq mi) | Cameras / sq mi | Cameras / 1,000 res. |\n"
        "|---|---|---|---|---|---|\n| 1 | Philadelphia | 2,700 | 134.4 | 20.1 | 1.7 |\n"
    )
    assert [(c.metric, c.value) for c in extract(gazetteer, table).claims] == [
        ("camera_count", 2_700),
        ("cameras_per_sq_mile", 20.1),
        ("cameras_per_1000_people", 1.7),
    ]


def test_a_single_spaced_ranking_with_rank_and_place_columns(gazetteer: Gazetteer) -> None:
    table = (
        "Table: The 20 cities with the most CCTV cameras per 1,000 people, 2026\n\n"
        "Rank City Country Cameras per 1,000 people Population (m) Crime index Change since 2024\n"
        "1 Taiyuan China 117.3 5.3 45.8 +6.2%\n"
        "4 London UK 70.9 9.8 54.1 -0.8%\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, table).claims] == [
        ("Taiyuan", "cameras_per_1000_people", 117.3),
        ("London", "cameras_per_1000_people", 70.9),
    ]


def test_a_column_of_cameras_to_be_added_is_no_count(gazetteer: Gazetteer) -> None:
    table = (
        "| Council | Cameras | New cameras | Cost |\n|---|---|---|---|\n"
        "| Logan City Council | 452 | 88 | $2.1m |\n"
    )
    assert [c.value for c in extract(gazetteer, table).claims] == [452]
    label = "Townsville has 160 cameras.\nCameras to be added under the program: about 240\n"
    assert [c.value for c in extract(gazetteer, label).claims] == [160]


def test_a_street_a_building_stands_on_is_no_topic(gazetteer: Gazetteer) -> None:
    text = (
        "Grand Rapids police list 1,538 registered cameras. Some 214 stream live to the centre "
        "on the second floor of police headquarters on Monroe Center. The city itself owns "
        "about 180 cameras."
    )
    assert {c.entity_name for c in extract(gazetteer, text).claims} == {"Grand Rapids"}


def test_an_annex_cell_marked_e_is_an_estimate(gazetteer: Gazetteer) -> None:
    table = (
        "City           Country          Year   Cameras    Per 1,000\n"
        "Tunis          Tunisia          2023       650       1.02\n"
        "Cairo          Egypt            2024    22,000 e     2.18\n"
    )
    assert [(c.value, c.qualifier) for c in extract(gazetteer, table).claims] == [
        (650, "exact"),
        (1.02, "exact"),
        (22_000, "estimated"),
        (2.18, "exact"),
    ]


def test_in_after_a_city_in_a_capitals_heading_is_no_state(gazetteer: Gazetteer) -> None:
    text = (
        "REPORT ON THE CITY MONITORING SYSTEM OF THE CAPITAL CITY OF WARSAW IN 2025\n\n"
        "At 31 December 2025 the monitoring system of Warsaw comprised 1,046 cameras."
    )
    assert [(c.entity_name, c.country_iso3) for c in extract(gazetteer, text).claims] == [
        ("Warsaw", "POL")
    ]
    address = "WARSAW, IN 46580\n\nThe Warsaw police run 46 cameras."
    assert [c.country_iso3 for c in extract(gazetteer, address).claims] == ["USA"]


def test_a_city_s_cameras_in_the_national_system_are_the_city_s(gazetteer: Gazetteer) -> None:
    text = "Izmir has about 2,000 cameras in the national KGYS system."
    assert [(c.entity_name, c.entity_kind) for c in extract(gazetteer, text).claims] == [
        ("İzmir", "city")
    ]
    national = "Turkey is a big market. The national KGYS system has about 41,200 cameras."
    assert [c.entity_kind for c in extract(gazetteer, national).claims] == ["country"]


def test_a_place_compared_with_its_own_figure_in_brackets_keeps_it(gazetteer: Gazetteer) -> None:
    text = (
        "Rotterdam had 1,228 cameras. Among the other large municipalities, Eindhoven (184) has "
        "a markedly denser network than Groningen (117)."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims][1:] == [
        ("Groningen", 117)
    ]


def test_a_space_table_of_places_by_year_under_a_camera_caption(gazetteer: Gazetteer) -> None:
    table = (
        "Table A1  Public-space cameras operated by or for the city, end of year\n\n"
        "City          Country       2023       2024       2025     Change\n"
        "                                                          2023–25\n"
        "--------------------------------------------------------------------\n"
        "Vienna        Austria        510        540        560       +10%\n"
        "Graz          Austria         38         44         52       +37%\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, table).claims] == [
        ("Vienna", 510, 2023),
        ("Vienna", 540, 2024),
        ("Vienna", 560, 2025),
        ("Graz", 38, 2023),
        ("Graz", 44, 2024),
        ("Graz", 52, 2025),
    ]
    population = table.replace("Public-space cameras operated by or for the city", "Population")
    assert extract(gazetteer, population).claims == []


def test_a_cell_written_in_money_s_decimals_is_no_count(gazetteer: Gazetteer) -> None:
    table = (
        "Safe City cameras in Visakhapatnam by year\n\n"
        "| Head of Account | 2024 | 2025 |\n|---|---|---|\n"
        "| CCTV - Capital (Safe City) | 2,912.45 | 2,500.00 |\n"
        "| CCTV cameras installed | 1,840 | 2,450 |\n"
    )
    assert [c.value for c in extract(gazetteer, table).claims] == [1840, 2450]


def test_a_latest_count_column_dates_its_row(gazetteer: Gazetteer) -> None:
    table = (
        "| City | Country | Public cameras | Latest count |\n|---|---|---|---|\n"
        "| Hanoi | Vietnam | 18,000 | 2024 |\n"
    )
    assert [(c.value, c.year) for c in extract(gazetteer, table).claims] == [(18_000, 2024)]


def test_a_chart_of_one_place_s_cameras_year_by_year(gazetteer: Gazetteer) -> None:
    text = (
        "Rabat has about 1,400 cameras.\n\n"
        "CHART 1: Casablanca's network, cameras connected to the police command centre\n"
        "2019   1,200\n2025   6,500\nSource: Casablanca prefecture of police\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Rabat", 1400, None),
        ("Casablanca", 1200, 2019),
        ("Casablanca", 6500, 2025),
    ]
    titled = "Chart 1: Casablanca's cameras\n\nYear   Cameras\n2019   1,200\n"
    assert [(c.entity_name, c.value) for c in extract(gazetteer, titled).claims] == [
        ("Casablanca", 1200)
    ]


def test_a_word_named_town_abroad_is_a_word(gazetteer: Gazetteer) -> None:
    text = (
        "Durban's municipal network has 690 cameras. The airport does not share with Metro, "
        "which counts about 1,400 private cameras."
    )
    assert {c.entity_name for c in extract(gazetteer, text).claims} == {"Durban"}
    cork = "Cork City Council says there are now 128 council-run cameras in the city."
    assert [c.entity_name for c in extract(gazetteer, cork).claims] == ["Cork"]


def test_a_special_administrative_region_is_its_city(gazetteer: Gazetteer) -> None:
    text = "The fifth phase brought the number of cameras installed across the Macao SAR to 4,216."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [("Macau", 4216)]


def test_where_the_writer_moved_from_is_no_topic(gazetteer: Gazetteer) -> None:
    text = (
        "Orléans is where I live now. Moved here from Manchester in September.\n\n"
        'The town hall says there are "more than 300 cameras" in the city.'
    )
    assert [c.entity_name for c in extract(gazetteer, text).claims] == ["Orléans"]


def test_the_capital_the_sentence_names_and_its_residents(gazetteer: Gazetteer) -> None:
    text = (
        "In Pingyi, 28,500 village cameras were linked in 2015. In the capital, more than "
        "1.15 million cameras now feed the Beijing municipal public security bureau. That is "
        "roughly 53 cameras for every 1,000 of Beijing's 21.8 million residents."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Pingyi", "camera_count", 28_500),
        ("Beijing", "camera_count", 1_150_000),
        ("Beijing", "cameras_per_1000_people", 53),
    ]


def test_nationally_opening_a_sentence_is_the_country_it_names(gazetteer: Gazetteer) -> None:
    text = (
        "Maastricht counted 102 cameras at the end of 2025. The city is talking to Liège and "
        "Aachen about sharing footage.\nNationally, an estimated 1.5 million cameras watch "
        "Dutch public and semi-public spaces."
    )
    assert [c.entity_name for c in extract(gazetteer, text).claims] == [
        "Maastricht",
        "Netherlands",
    ]
    compared = (
        "Luxembourg City police run Visupol. Nationwide, Visupol comprises fewer than 200 "
        "cameras, a modest figure compared with neighbouring Belgium or France."
    )
    assert [c.entity_name for c in extract(gazetteer, compared).claims] == ["Luxembourg"]


def test_a_police_unit_column_and_a_serial_column(gazetteer: Gazetteer) -> None:
    table = (
        "Statement: CCTV cameras mapped on the portal (as on 31.10.2026)\n"
        "Sl.No.  Police Unit                        No. of CCTV cameras\n"
        "1       Greater Chennai Police             2,86,400\n"
        "2       Tambaram City Police               64,200\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, table).claims] == [
        ("Chennai", 286_400),
        ("Tambaram", 64_200),
    ]


def test_a_header_wrapped_onto_an_abbreviated_rate_base(gazetteer: Gazetteer) -> None:
    table = (
        "Table A2  Camera density, 2025\n\n"
        "City          Population     Area     Cameras per     Cameras\n"
        "              (thousands)    (km²)    1,000 resid.    per km²\n"
        "Vienna            2,006       415         0.28          1.35\n"
    )
    assert [(c.metric, c.value) for c in extract(gazetteer, table).claims] == [
        ("cameras_per_1000_people", 0.28),
        ("cameras_per_sq_km", 1.35),
    ]


def test_a_space_table_of_one_place_s_figures_by_year(gazetteer: Gazetteer) -> None:
    text = (
        "Kazakhstan's cameras are viewed from the Centre for Operational Management.\n\n"
        "  Year   Cameras connected   Regional centres connected\n"
        "  2020   41,300              9 of 17\n"
        "  2021   96,000              14 of 17\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Kazakhstan", 41300.0, 2020),
        ("Kazakhstan", 96000.0, 2021),
    ]


def test_a_label_s_comma_list_of_places_and_their_counts(gazetteer: Gazetteer) -> None:
    text = (
        "Tricity numbers (city-run cameras only): Gdańsk 150, Gdynia 90.\n\n"
        "Cameras per 1,000 residents:\n- Seoul 11.5\n- Gwangju 10.2\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Gdańsk", "camera_count", 150.0),
        ("Gdynia", "camera_count", 90.0),
        ("Seoul", "cameras_per_1000_people", 11.5),
        ("Gwangju", "cameras_per_1000_people", 10.2),
    ]


def test_informal_restatements_of_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "Gold Coast City Council runs about 1,100 cameras. Council's own figure in 2025 was "
        "1,140. Logan has way more than 300 now. Medellín has lots of cameras. Bogotá alone is "
        "more than 9,000 of those."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Gold Coast", 1100.0, "about", None),
        ("Gold Coast", 1140.0, "exact", 2025),
        ("Logan City", 300.0, "over", None),  # Queensland's, next to the Gold Coast
        ("Bogotá", 9000.0, "over", None),
    ]


def test_a_speaker_s_filler_inside_a_ratio(gazetteer: Gazetteer) -> None:
    text = "That's one camera for every, what, ninety residents in Bangkok?"
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bangkok", "people_per_camera", 90.0)
    ]


def test_a_count_of_the_working_cameras_after_a_stated_count(gazetteer: Gazetteer) -> None:
    text = (
        "Bangkok has 60,000 cameras. Now we have about 55,000 working, and we publish the status. "
        "Crews put in 2,000 working days."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Bangkok", 60000.0, "exact"),
        ("Bangkok", 55000.0, "about"),
    ]


def test_a_chinese_province_is_a_region_not_a_city_s_exonym(gazetteer: Gazetteer) -> None:
    text = (
        "In the mountainous city of Xinyang in southern Henan, the platform links 35,600 sets of "
        "cameras in villages. Guangdong province has 1.2 million cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Xinyang", 35600.0)
    ]


def test_a_count_after_cameras_does_not_reach_over_a_value_in_words(gazetteer: Gazetteer) -> None:
    text = (
        "Albuquerque has 1,100 cameras. For comparison, Tucson's at about seven hundred cameras, "
        "El Paso has more than thirteen hundred, and Las Cruces is under a hundred."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Albuquerque", 1100.0, "exact"),
        ("Tucson", 700.0, "about"),
        ("El Paso", 1300.0, "over"),
        ("Las Cruces", 100.0, "under"),
    ]


def test_a_speaker_s_maybe_makes_a_figure_about(gazetteer: Gazetteer) -> None:
    text = "Gothenburg's got maybe a hundred and twenty police cameras."
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Gothenburg", 120.0, "about")
    ]


def test_a_programme_s_launch_year_does_not_date_the_figure_after_it(gazetteer: Gazetteer) -> None:
    text = (
        'In Kyrgyzstan, the "Safe City" project launched in 2019 operated roughly 2,000 cameras. '
        "When the program started in 2008, Memphis had 12 cameras."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Kyrgyzstan", 2000.0, None),
        ("Memphis", 12.0, 2008),
    ]


def test_per_the_names_a_source_not_a_rate(gazetteer: Gazetteer) -> None:
    text = (
        "Denver has around 350 cameras per the city's 2024 budget docs. Oslo runs 40 cameras per "
        "station."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Denver", 350.0, 2024)
    ]


def test_a_count_set_after_the_cameras_it_counts(gazetteer: Gazetteer) -> None:
    text = (
        "Denver has HALO cameras (the ones with the blue lights), around 350 per the city's "
        "budget. Leeds has cameras, 40 metres apart."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Denver", 350.0, "about")
    ]


def test_is_more_like_hedges_a_restated_count(gazetteer: Gazetteer) -> None:
    text = "Memphis has 2,400 cameras apparently. Nah, Memphis is more like 3,000 now."
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Memphis", 2400.0, "exact"),
        ("Memphis", 3000.0, "about"),
    ]


def test_a_speaker_s_filler_before_an_elided_count(gazetteer: Gazetteer) -> None:
    text = (
        "Brisbane has 2,840 cameras. Across Australia it's estimated there's, um, around five "
        "million, but most of that is private."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Brisbane", 2840.0, "exact"),
        ("Australia", 5_000_000.0, "about"),
    ]


def test_a_place_opening_a_speaker_s_words(gazetteer: Gazetteer) -> None:
    text = "Amira Haddad: Across Australia there are around five million cameras."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Australia", 5_000_000.0)
    ]


def test_an_answer_after_a_second_question_and_a_short_reply(gazetteer: Gazetteer) -> None:
    text = (
        "Host: How many cameras has Brisbane actually got? So what's the number now?\n\n"
        "Tom Kearney: Not quite. It's 2,840, as at the end of June.\n\n"
        "Host: And the budget? Tom Kearney: Good question. It's 2,840 hours of footage."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Brisbane", 2840.0)
    ]


def test_a_count_added_to_a_city_s_is_not_a_transport_network(gazetteer: Gazetteer) -> None:
    text = (
        "Gothenburg: over 100 police cameras + the Västtrafik ones on trams. Oslo has 300 "
        "cameras on its trams."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Gothenburg", 100.0)
    ]


def test_a_place_then_i_think_then_its_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Guadalajara is at roughly 13,000 cams. Monterrey I think under 5,000 but don't quote me."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Guadalajara", 13000.0, "about"),
        ("Monterrey", 5000.0, "under"),
    ]


def test_far_fewer_or_way_higher_then_the_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Amsterdam has around 400 cameras. Rotterdam is way higher, more than 1,100 last I heard. "
        "Oaxaca has far fewer, about 600 I believe."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Amsterdam", 400.0, "about"),
        ("Rotterdam", 1100.0, "over"),
        ("Oaxaca", 600.0, "about"),
    ]


def test_a_reply_s_handle_starts_a_sentence(gazetteer: Gazetteer) -> None:
    text = "Seoul has 90k cameras. @busan_babe88 that's old tho, Busan said 18,200 at end of 2025."
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Seoul", 90000.0, None),
        ("Busan", 18200.0, 2025),
    ]


def test_a_two_column_table_of_one_place_s_counts_by_year(gazetteer: Gazetteer) -> None:
    text = (
        "Leeds\n\n"
        "    Year (at 31 March)    Public space cameras\n"
        "    ------------------    --------------------\n"
        "    2019                  352\n"
        "    2020                  360\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Leeds", 352.0, 2019),
        ("Leeds", 360.0, 2020),
    ]


def test_cameras_owned_by_a_place_are_its_own(gazetteer: Gazetteer) -> None:
    text = (
        "Leeds operates 428 public space cameras. Leedswatch also monitors, under a service level "
        "agreement, 96 cameras owned by Wakefield Council."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Leeds", 428.0),
        ("Wakefield", 96.0),
    ]


def test_a_place_named_as_an_owner_is_no_topic_for_what_follows(gazetteer: Gazetteer) -> None:
    text = (
        "Leeds operates 428 public space cameras. Leedswatch also monitors 96 cameras owned by "
        "Wakefield Council.\n\nOf the cameras in our first answer, 391 were working on 31 "
        "October 2026."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Leeds", 428.0),
        ("Wakefield", 96.0),
        ("Leeds", 391.0),
    ]


def test_year_columns_over_an_empty_label_cell(gazetteer: Gazetteer) -> None:
    text = (
        "Bermuda has 218 police cameras.\n\n"
        "| | 2023 | 2024 | 2025 |\n"
        "|---|---|---|---|\n"
        "| Cameras in service, island-wide (31 Dec) | 189 | 204 | 218 |\n"
        "| Arrests where CCTV assisted | 163 | 171 | 189 |\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Bermuda", 218.0, None),
        ("Bermuda", 189.0, 2023),
        ("Bermuda", 204.0, 2024),
        ("Bermuda", 218.0, 2025),
    ]


def test_a_space_laid_table_with_only_years_over_its_columns(gazetteer: Gazetteer) -> None:
    text = (
        "Gibraltar\n\n"
        "       Table 6.1     Public space CCTV - key figures, 2023 - 2025\n\n"
        "                                                 2023          2024          2025\n"
        "       Cameras in operation (31 December)         171           184           196\n"
        "       Footage reviews                          1,112         1,240         1,318\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Gibraltar", 171.0, 2023),
        ("Gibraltar", 184.0, 2024),
        ("Gibraltar", 196.0, 2025),
    ]


def test_a_section_number_before_a_camera_heading_is_no_count(gazetteer: Gazetteer) -> None:
    text = "Bermuda has 218 police cameras.\n\n5.2 Island-wide CCTV\n\nThe network grew."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bermuda", 218.0)
    ]


def test_a_wrapped_label_may_hold_a_rate_s_base_and_a_footnote_mark(gazetteer: Gazetteer) -> None:
    text = (
        "      Table 12: Camera systems of municipal police (as at 31 December 2025)\n\n"
        "      City                Inhabitants    Cameras    Cameras per    Offences\n"
        "                                                    1,000 inh.     dealt with3\n"
        "      Bratislava              475,503      1,183           2.49         38,204\n"
        "      Košice                  228,249        486           2.13         19,652\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bratislava", "camera_count", 1183.0),
        ("Bratislava", "cameras_per_1000_people", 2.49),
        ("Košice", "camera_count", 486.0),
        ("Košice", "cameras_per_1000_people", 2.13),
    ]


def test_places_counts_under_year_columns_and_a_header_line_above(gazetteer: Gazetteer) -> None:
    text = (
        "   Table 15.12: Number of CCTV cameras in Thromdes, 2023-2025\n\n"
        "                                                                       Population   Cameras per\n"
        "   Thromde                         2023         2024         2025        2025(p)    1,000 pop.,\n"
        "                                                                                        2025\n"
        "   Thimphu                          842          931        1,046        121,300          8.6\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Thimphu", "camera_count", 842.0, 2023),
        ("Thimphu", "camera_count", 931.0, 2024),
        ("Thimphu", "camera_count", 1046.0, 2025),
        ("Thimphu", "cameras_per_1000_people", 8.6, 2025),
    ]


def test_dated_column_heads_over_a_measure_column_and_a_target(gazetteer: Gazetteer) -> None:
    text = (
        "Wollongong's CCTV network comprised 87 cameras as at 31 March 2026. The City of "
        "Geelong reports about 110 cameras.\n\n"
        "Service performance indicators\n\n"
        "                                               As at 30 June   As at 30 June          Target\n"
        "Measure                                                 2024            2025         2026-27\n\n"
        "Public-space CCTV cameras in service                      71              79              95\n"
        "CCTV footage requests from NSW Police                    412             447       No target\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Wollongong", 87.0, 2026),
        ("Geelong", 110.0, None),
        ("Wollongong", 71.0, 2024),
        ("Wollongong", 79.0, 2025),
    ]


def test_column_heads_laid_out_with_spaces_head_no_section(gazetteer: Gazetteer) -> None:
    text = (
        "TONGA\n\nThe network comprised 58 cameras. Of these, 42 are in Nuku'alofa.\n\n"
        "Table 4.1: CCTV key statistics\n\n"
        "                                          As at           As at           As at\n"
        "                                     30 June 2023    30 June 2024    30 June 2025\n"
        "Cameras in service                             34              47              58\n"
        "Monitoring staff                                6               8              10\n"
    )
    claims = [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims]
    assert claims[-3:] == [("Tonga", 34.0, 2023), ("Tonga", 47.0, 2024), ("Tonga", 58.0, 2025)]


def test_prices_in_taka_and_a_phone_number_are_no_counts(gazetteer: Gazetteer) -> None:
    text = (
        "TechShield BD – Trusted CCTV & Security Solution in Bangladesh\n"
        "Hotline: 01711-558 920 (9am–10pm, 7 days) | Free Installation Inside Dhaka City\n\n"
        "Dhaka has 50,000 cameras.\n\nCCTV Camera Package Price in Bangladesh\n\n"
        "- 4 CCTV camera package: Tk 15,500\n- 8 CCTV camera package: Tk 28,500\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Dhaka", 50000.0)
    ]


def test_a_column_headed_est_cameras_holds_estimates(gazetteer: Gazetteer) -> None:
    text = "Rank | Country | Est. cameras | Cameras per 1,000 people\n1 | Brunei | 9,800 | 21.5\n"
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("Brunei", "camera_count", 9800.0, "estimated"),
        ("Brunei", "cameras_per_1000_people", 21.5, "exact"),
    ]


def test_a_part_of_a_national_network_located_in_a_city(gazetteer: Gazetteer) -> None:
    text = (
        "Luxembourg's police network has 140 cameras nationwide, 96 of them in Luxembourg City. "
        "Oslo had 300 cameras, 40 of them in 2024."
    )
    assert [(c.entity_name, c.entity_kind, c.value) for c in extract(gazetteer, text).claims] == [
        ("Luxembourg", "country", 140.0),
        ("Luxembourg", "city", 96.0),
        ("Oslo", "city", 300.0),
    ]


def test_places_rows_under_year_columns_count_cameras_under_talk_of_them_not_another_caption(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Singapore has 90,000 cameras.\n\n"
        "| City | 2022 | 2023 | 2024 |\n|---|---|---|---|\n| London | 410 | 455 | 480 |\n\n"
        "Smart city investment (US$ million)\n\n"
        "City        2022    2023    2024\nBerlin       220     240     260\n\n"
        "Public CCTV cameras by city\n\n"
        "| City | 2022 | 2023 | 2024 |\n|---|---|---|---|\n| Oslo | 120 | 140 | 160 |\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Singapore", 90000.0, None),
        ("London", 410.0, 2022),
        ("London", 455.0, 2023),
        ("London", 480.0, 2024),
        ("Oslo", 120.0, 2022),
        ("Oslo", 140.0, 2023),
        ("Oslo", 160.0, 2024),
    ]


def test_a_gapped_count_may_have_a_plus_a_since_or_a_bracketed_aside_after_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Ecuador's ECU 911 has ~5,000 cams nationwide, Quito approx 1,200 and Guayaquil 2,500+ "
        "since 2023. Córdoba city has around 1,000 cameras, Rosario ~2,200 (Rosario has a "
        "bigger centre)."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Ecuador", 5000.0, "about"),
        ("Quito", 1200.0, "about"),
        ("Guayaquil", 2500.0, "over"),
        ("Córdoba", 1000.0, "about"),
        ("Rosario", 2200.0, "about"),
    ]


def test_a_quote_left_in_its_own_language_counts_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Buenos Aires: the city's site says «más de 15.000 cámaras». "
        "In Guadalajara, the mayor said: «Tenemos más de 6 mil cámaras». "
        'Ostrava\'s police reported "více než 500 kamer" this year. '
        "Le Havre: 170 caméras pour 170 000 habitants."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Buenos Aires", 15000.0, "over"),
        ("Guadalajara", 6000.0, "over"),
        ("Ostrava", 500.0, "over"),
        ("Le Havre", 170.0, "exact"),
    ]


def test_a_figure_quoted_in_its_own_language_and_in_english_is_the_english_claim(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Namur : 118 caméras surveillent la ville, Charleroi approche des 330\n\n"
        "In Charleroi, the city has nearly 330 cameras. "
        '"Abidjan compte aujourd\'hui plus de 1 500 caméras," said the police. '
        "In English: Abidjan today has more than 1,500 cameras."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.quote[:12]) for c in extract(gazetteer, text).claims
    ] == [
        ("Namur", 118.0, "exact", "Namur : 118 "),
        ("Charleroi", 330.0, "about", "In Charleroi"),
        ("Abidjan", 1500.0, "over", "In English: "),
    ]


def test_the_year_of_the_state_a_network_grew_from_does_not_date_what_it_grew_to(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "In Salvador, the government expanded its network from 90 cameras in 2018 to "
        '"about 1,100 cameras" today. In Germany the number everyone quotes is "rund 5,2 Mio. '
        'Kameras" - about 5.2 million - which comes from a 2019 study.'
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Salvador", 90.0, "exact", 2018),
        ("Salvador", 1100.0, "about", None),
        ("Germany", 5200000.0, "about", 2019),
    ]


def test_the_number_just_stated_may_be_small_at_another_time_or_place(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Helsinki police have 62 cameras. In 2020, the number was 31. "
        "Cologne has 174 cameras. In Essen, the number stands at 22. "
        "Oslo has 150 cameras. The number of arrests was 31."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Helsinki", 62.0, None),
        ("Helsinki", 31.0, 2020),
        ("Köln", 174.0, None),
        ("Essen", 22.0, None),
        ("Oslo", 150.0, None),
    ]


def test_a_rate_per_thousand_without_its_nouns_restates_the_count_just_given(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Wrocław has 431 cameras, or 0.64 per 1,000. "
        "Gdańsk has 150 cameras. That is 0.32 per 1,000. "
        "Oslo has 300 cameras. The crime rate is 3.2 per 1,000."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Wrocław", "camera_count", 431.0),
        ("Wrocław", "cameras_per_1000_people", 0.64),
        ("Gdańsk", "camera_count", 150.0),
        ("Gdańsk", "cameras_per_1000_people", 0.32),
        ("Oslo", "camera_count", 300.0),
    ]


def test_one_camera_for_every_so_many_of_a_citys_people(gazetteer: Gazetteer) -> None:
    text = (
        "Medellín links 2,800 cameras, roughly one camera for every 900 paisas. "
        "Yokohama funds 3,900 cameras: roughly one subsidized camera for every 970 of the "
        "city's 3.77 million residents."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Medellín", "camera_count", 2800.0),
        ("Medellín", "people_per_camera", 900.0),
        ("Yokohama", "camera_count", 3900.0),
        ("Yokohama", "people_per_camera", 970.0),
    ]


def test_a_town_that_installed_its_first_few_cameras_had_that_network(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Ottawa has 400 cameras. Gatineau installed its first 12 cameras in 2024. "
        "A man stole 12 cameras from a shop in Gatineau in 2023."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Ottawa", 400.0, None),
        ("Gatineau", 12.0, 2024),
    ]


def test_a_small_network_increased_from_one_count_to_another(gazetteer: Gazetteer) -> None:
    text = "Auckland Council increased its network from 38 cameras in 2022 to 65 this year."
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Auckland", 38.0, 2022),
        ("Auckland", 65.0, None),
    ]


def test_a_town_of_the_documents_country_wins_over_a_foreign_namesake_nobody_mentions(
    gazetteer: Gazetteer,
) -> None:
    # Perth, Scotland (47,000) over Perth, Western Australia (2 million) in a Scottish report;
    # but Paris, Texas never over Paris, and Australia's Perth once Australia is named.
    scottish = (
        "Public space CCTV in Scotland: Glasgow has 500 cameras, Edinburgh 300 and Dundee 120. "
        "Perth has 46 cameras."
    )
    american = (
        "Chicago has 35,000 cameras, Houston 900 and Dallas 800. Paris has ~4,000 police cameras."
    )
    both = "Glasgow has 500 cameras in Scotland. Perth in Australia has 46 cameras."
    assert [(c.entity_name, c.country_iso3) for c in extract(gazetteer, scottish).claims][-1] == (
        "Perth",
        "GBR",
    )
    assert [(c.entity_name, c.country_iso3) for c in extract(gazetteer, american).claims][-1] == (
        "Paris",
        "FRA",
    )
    assert [c.country_iso3 for c in extract(gazetteer, both).claims] == ["GBR", "AUS"]


def test_cameras_a_transport_operator_runs_jointly_with_the_police_are_the_citys(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "In Vienna, the police and the transport operator Wiener Linien run 2,500 cameras "
        "between them. In Oslo, the transport operator Ruter runs 3,000 cameras on buses."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Vienna", 2500.0)
    ]


def test_a_citys_first_few_cameras_went_live_but_the_latest_few_are_an_addition(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Coventry's CCTV has grown since the city's first 16 cameras went live in 1997. "
        "Suva has 200 cameras. The latest 20 cameras were switched on this month."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Coventry", 16.0, 1997),
        ("Suva", 200.0, None),
    ]


def test_a_small_town_next_to_its_countrys_name_in_a_story_about_another_country(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Solomon Islands police run 90 cameras in Honiara. Solomon Islands wants more. "
        "Solomon Islands has few. In Fiji, Nadi has 64 cameras along the main street."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims][-1] == (
        "Nadi",
        64.0,
    )


def test_a_gapped_count_after_a_councils_four_word_name(gazetteer: Gazetteer) -> None:
    text = (
        "Nelson City Council operates 52 cameras, New Plymouth District Council 63 and "
        "Invercargill City Council 44."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Nelson", 52.0),
        ("New Plymouth", 63.0),
        ("Invercargill", 44.0),
    ]


def test_the_city_a_sentence_opens_with_not_the_city_its_police_are_named_after(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "In Al Ain, Abu Dhabi Police's Falcon Eye system monitors 7,500 cameras. "
        "In Jordan, Amman's municipality runs 1,800 cameras."
    )
    assert [(c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("ARE", 7500.0),
        ("JOR", 1800.0),
    ]
    assert [c.entity_name for c in extract(gazetteer, text).claims][1] == "Amman"
    assert "Abu Dhabi" not in [c.entity_name for c in extract(gazetteer, text).claims]


def test_a_bare_count_before_from_the_deal_or_after_overall_was(gazetteer: Gazetteer) -> None:
    text = (
        "Lagos has 2,000 cameras. Nairobi has ~1,800 from the Safaricom deal. "
        "Bogotá has 9,000 cameras. Cartagena overall was ~900."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Lagos", 2000.0),
        ("Nairobi", 1800.0),
        ("Bogotá", 9000.0),
        ("Cartagena", 900.0),
    ]


def test_a_small_network_a_town_reported(gazetteer: Gazetteer) -> None:
    text = (
        "The City of Red Deer operates 34 public safety cameras, while Medicine Hat reported "
        "22 cameras in 2025. Calgary police reported 22 cameras stolen in 2025."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Red Deer", 34.0, None),
        ("Medicine Hat", 22.0, 2025),
    ]


def test_a_count_of_other_things_across_a_figure_with_a_thousands_comma(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Denver has 111 Flock cameras. Auto thefts in Denver dropped from more than 9,800 in "
        "2023 to about 5,600 in 2025."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Denver", 111.0)
    ]


def test_a_few_cameras_in_one_building_are_no_network(gazetteer: Gazetteer) -> None:
    text = (
        'Birmingham has 400 cameras. "I already have 16 cameras in one store." '
        "The City of Sydney has 98 cameras in its street safety camera program."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Birmingham", 400.0),
        ("Sydney", 98.0),
    ]


def test_the_writers_own_unnamed_commune_owns_its_cameras_not_the_country(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "France has 90,000 cameras. In my commune (3 000 habitants) we have 12 cameras. "
        "Lyon has 600 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("France", 90000.0),
        ("Lyon", 600.0),
    ]


def test_a_share_of_the_network_that_lies_in_a_named_district_is_no_claim(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "New Orleans has 965 city cameras. About 120 of the city's cameras are in the French "
        "Quarter. Luxembourg's police network has 140 cameras nationwide, 96 of them in "
        "Luxembourg City."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("New Orleans", 965.0),
        ("Luxembourg", 140.0),
        ("Luxembourg", 96.0),
    ]


def test_a_share_of_a_network_that_lies_in_a_named_city_is_that_citys(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Mexico has 6,800 cameras. About 2,300 of those cameras are in Mérida. "
        "Glasgow City Council runs 500 cameras. Of the Highland Council's cameras, 48 are in "
        "Inverness."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Mexico", 6800.0),
        ("Mérida", 2300.0),
        ("Glasgow", 500.0),
        ("Inverness", 48.0),
    ]


def test_a_small_place_within_a_big_city_is_no_town_of_the_country_under_discussion(
    gazetteer: Gazetteer,
) -> None:
    # GeoNames lists Times Square (17,749 people) as a populated place inside New York City.
    text = (
        "China has 600 million cameras. China leads the world. In the United States, crowds in "
        "Times Square are filmed all day."
    )
    extraction = extract(gazetteer, text)
    assert "Times Square" not in [m.entity_name for m in extraction.mentions]
    assert [c.entity_name for c in extraction.claims] == ["China"]


def test_a_figure_quoted_in_its_own_language_and_twice_in_english_is_one_claim(
    gazetteer: Gazetteer,
) -> None:
    text = (
        'The mayor of Lyon said in 2024: "Tenemos más de 600 cámaras". '
        "Lyon has more than 600 cameras. Today Lyon has more than 600 cameras, the city says."
    )
    claims = [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ]
    assert len(claims) == len(set(claims))


def test_a_rate_per_thousand_restating_a_count_keeps_its_plus(gazetteer: Gazetteer) -> None:
    text = "Wrocław has 431 cameras, or 0.64+ per 1,000."
    assert [(c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 431.0, "exact"),
        ("cameras_per_1000_people", 0.64, "over"),
    ]


def test_a_part_singled_out_with_alone_is_not_its_places_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Budapest has about 1,200 public cameras. District VII alone has about 140, most of them "
        "around the party streets. Kaohsiung has 6,000 cameras, and there are 2,100 cameras in "
        "Cianjhen alone. Kampala alone had more than 3,200 cameras, and the police run more "
        "than 8,000 cameras in Lahore alone."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [
        ("Budapest", 1200.0),
        ("Kaohsiung", 6000.0),
        ("Kampala", 3200.0),
        ("Lahore", 8000.0),
    ]


def test_a_numbered_district_or_named_quarter_alone_is_a_part(gazetteer: Gazetteer) -> None:
    text = (
        "Prague runs about 1,100 public cameras. The Prague 1 district alone has around 260. "
        "New Orleans has 965 city cameras; the French Quarter alone has more than 400. "
        "Bucharest has around 2,800 cameras, and Sector 1 alone has over 1,000 cameras."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Prague", 1100.0), ("New Orleans", 965.0), ("Bucharest", 2800.0)]


def test_a_countrys_network_named_after_its_city_is_the_citys(gazetteer: Gazetteer) -> None:
    text = (
        "Kenya's 1,800-camera Nairobi network was built by Safaricom. Nigeria's 2,000 cameras "
        "are mostly in Lagos."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Nairobi", 1800.0), ("Nigeria", 2000.0)]


def test_a_figure_placed_in_a_named_district_is_a_part(gazetteer: Gazetteer) -> None:
    text = (
        "Ulaanbaatar has 4,300 public cameras. Of these, 980 are located in Songinokhairkhan "
        "district. Seoul runs 400 cameras in Gangnam District. Pune has 2,000 cameras in Pune "
        "district."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert [value for _, value in claims] == [4300.0, 2000.0]


def test_a_regions_own_police_gives_the_regions_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Bikaner has 300 cameras. The Rajasthan Police claims that more than 40,000 cameras "
        "have been installed. Mysuru has 612 cameras. The Karnataka State Police say over 2.1 "
        "lakh cameras are mapped. The Delhi Police say 2.5 lakh cameras are mapped."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Bikaner", 300.0), ("Mysuru", 612.0), ("Delhi", 250000.0)]


def test_a_closing_source_issued_in_a_year_dates_every_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Kanpur's police have linked about 9,000 cameras, Prayagraj over 6,500 and Ghaziabad "
        "around 7,000, according to a statement issued by the UP Police headquarters in 2025. "
        "Bhopal has 2,800 cameras."
    )
    claims = [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims]
    assert [(value, year) for _, value, year in claims] == [
        (9000.0, 2025),
        (6500.0, 2025),
        (7000.0, 2025),
        (2800.0, None),
    ]


def test_a_target_year_and_a_census_year_date_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Nationwide, Tunisia counts more than 9,000 public cameras and says it wants to reach "
        "15,000 by 2028. Teresina has about 1.7 cameras per thousand inhabitants, considering "
        "the population of 866,000 people counted by IBGE in the Census of 2022."
    )
    claims = [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims]
    assert claims == [("Tunisia", 9000.0, None), ("Teresina", 1.7, None)]


def test_telephone_numbers_are_no_figures(gazetteer: Gazetteer) -> None:
    text = (
        "Lagos has about 2,000 public cameras. The emergency number everywhere is 112. In Lagos "
        "you can also call the State Emergency Management Agency on 0800 2255 5362, or call "
        "767 for an ambulance."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Lagos", 2000.0)]


def test_a_comparison_table_dated_by_a_year_row_below(gazetteer: Gazetteer) -> None:
    text = (
        "Side-by-side table\n"
        "| Bangkok | Ho Chi Minh City\n"
        "Population | 5.5 million | 9.4 million\n"
        "Area | 1,569 km² | 2,095 km²\n"
        "Public cameras | 62,000 | 4,000+\n"
        "Cameras per km² | 39.5 | 1.9\n"
        "Data year | 2025 | 2024\n"
        "Other cities in the region\n"
    )
    claims = [
        (c.entity_name, c.metric, c.value, c.qualifier, c.year)
        for c in extract(gazetteer, text).claims
    ]
    assert claims == [
        ("Bangkok", "camera_count", 62000.0, "exact", 2025),
        ("Ho Chi Minh City", "camera_count", 4000.0, "over", 2024),
        ("Bangkok", "cameras_per_sq_km", 39.5, "exact", 2025),
        ("Ho Chi Minh City", "cameras_per_sq_km", 1.9, "exact", 2024),
    ]


def test_a_local_story_that_names_only_its_nation_takes_its_towns(gazetteer: Gazetteer) -> None:
    text = "Police Scotland says Hawick has 16 cameras. Galashiels has 17 cameras."
    claims = [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Hawick", "GBR", 16.0), ("Galashiels", "GBR", 17.0)]
    # with no country or region named, a town of 13,000 is no place to read a figure for
    assert extract(gazetteer, "Hawick has 16 cameras.").claims == []


def test_a_small_towns_own_network_in_the_possessive(gazetteer: Gazetteer) -> None:
    text = (
        "Police Scotland said Hawick's 16 CCTV cameras are working again. Above the market "
        "stalls, the arcade's 46 cameras keep watch. Hexham's 26 cameras have not been watched "
        "live since 2022, when the county council ended its contract."
    )
    claims = [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims]
    assert claims == [("Hawick", 16.0, None), ("Hexham", 26.0, None)]


def test_a_towns_network_may_count_fewer_than_ten_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Police Scotland says Peebles has eight cameras. Kelso has six cameras. Glasgow has six "
        "cameras at the station. Tenby's nine cameras cover the harbour. The town also has "
        "five cameras at the pier."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Peebles", 8.0), ("Kelso", 6.0), ("Tenby", 9.0)]


def test_a_named_countrys_capital_and_a_round_ups_capital_win(gazetteer: Gazetteer) -> None:
    guyana = (
        "The United States and the United States Embassy paid for part of it. Guyana's police "
        "say Georgetown has 640 cameras."
    )
    assert [(c.entity_name, c.country_iso3) for c in extract(gazetteer, guyana).claims] == [
        ("Georgetown", "GUY")
    ]
    round_up = (
        "Costa Rica and the United States signed a deal. Costa Rica has 2,000 cameras; the "
        "United States gave money. Panama City has about 2,200, the largest network in Central "
        "America."
    )
    claims = [(c.entity_name, c.country_iso3) for c in extract(gazetteer, round_up).claims]
    assert claims[-1][1] == "PAN"


def test_a_table_headed_in_spanish(gazetteer: Gazetteer) -> None:
    text = (
        "Colombia's largest networks\n\n"
        "| Ciudad | Cámaras públicas | Cámaras por cada 1.000 hab. |\n"
        "|---|---|---|\n"
        "| Bogotá | 7.460 | 0,94 |\n"
        "| Cúcuta | 290 | 0,37 |\n"
    )
    claims = [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [
        ("Bogotá", "camera_count", 7460.0),
        ("Bogotá", "cameras_per_1000_people", 0.94),
        ("Cúcuta", "camera_count", 290.0),
        ("Cúcuta", "cameras_per_1000_people", 0.37),
    ]


def test_the_capital_named_in_the_sentence_is_the_capitals_antecedent(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "In El Salvador the government monitors over 5,000 cameras.\n\n"
        "Officials in Tegucigalpa put the capital's count at about 700 cameras."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("El Salvador", 5000.0), ("Tegucigalpa", 700.0)]


def test_several_towns_only_one_country_has_make_a_story_that_countrys(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Louth has 24 cameras. Horncastle has eight cameras. Skegness has 38 cameras, more than "
        "the market town of Boston. Mablethorpe has 12 cameras."
    )
    claims = [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [
        ("Louth", "GBR", 24.0),
        ("Horncastle", "GBR", 8.0),
        ("Skegness", "GBR", 38.0),
        ("Mablethorpe", "GBR", 12.0),
    ]
    # two such towns are not enough against a big city abroad ("Boston")
    assert extract(gazetteer, "Louth has 24 cameras. Skegness has 38, unlike Boston.").claims == []


def test_one_for_every_after_a_count_is_a_rate_with_its_noun_left_out(
    gazetteer: Gazetteer,
) -> None:
    text = "Police Scotland says Hawick has 14,000 people; with 16 cameras, one for every 875, it is covered."
    claims = [(c.metric, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("camera_count", 16.0), ("people_per_camera", 875.0)]


def test_malay_and_spanish_hedges_in_a_quote(gazetteer: Gazetteer) -> None:
    text = (
        'In Kuala Lumpur, "kita ada lebih 1,600 kamera CCTV," the mayor said. Tegucigalpa: '
        '"monitoreamos unas 700 cámaras," said the police.'
    )
    claims = [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims]
    assert claims == [("Kuala Lumpur", 1600.0, "over"), ("Tegucigalpa", 700.0, "about")]


def test_a_small_range_that_estimates_range_from(gazetteer: Gazetteer) -> None:
    text = "Estimates from installers range from 50 to 120 public cameras in Ibadan."
    claims = [(c.value, c.qualifier) for c in extract(gazetteer, text).claims]
    assert claims == [(50.0, "range_low"), (120.0, "range_high")]


def test_places_named_as_a_citys_districts_are_no_topic(gazetteer: Gazetteer) -> None:
    text = (
        "The city of Tallinn operates 640 cameras. Most are in parks in districts such as "
        "Lasnamäe, Mustamäe and Põhja-Tallinn.\n\nThat amounts to roughly 1.4 cameras per 1,000 "
        "residents."
    )
    claims = [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [
        ("Tallinn", "camera_count", 640.0),
        ("Tallinn", "cameras_per_1000_people", 1.4),
    ]


def test_a_pdf_tables_serial_column_label_wraps_onto_the_second_header_line(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "City-wise details of CCTV cameras installed and functional\n\n"
        "Sl.  Name of City        CCTV cameras    Functional    Cameras per lakh\n"
        "No.                      installed                     population*\n"
        "1.   Jalgaon                   642            590          139.50\n"
        "2.   Akola                     488            401          114.25\n"
    )
    claims = [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [
        ("Jalgaon", "camera_count", 642.0),
        ("Jalgaon", "camera_count", 590.0),
        ("Jalgaon", "cameras_per_1000_people", 1.395),
        ("Akola", "camera_count", 488.0),
        ("Akola", "camera_count", 401.0),
        ("Akola", "cameras_per_1000_people", 1.1425),
    ]


def test_a_place_after_a_new_clause_with_its_own_subject_is_not_the_owner(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Warsaw has 1,147 cameras.\nFor comparison London has an estimated 940,000 and I never "
        "once felt watched in Warsaw the way I did there."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Warsaw", 1147.0), ("London", 940000.0)]


def test_a_city_that_frames_the_sentence_wins_over_its_countrys_institution(
    gazetteer: Gazetteer,
) -> None:
    text = "In Accra, the Ghana Police Service's command centre watches around 800 cameras."
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Accra", 800.0)]


def test_a_statements_now_takes_the_statements_year(gazetteer: Gazetteer) -> None:
    text = (
        "In Rosario, the provincial government said in 2024 that the city now had more than "
        "2,000 public cameras. Lyon, which had 750 cameras in 2019, now has over 2,600."
    )
    claims = [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims]
    assert claims == [("Rosario", 2000.0, 2024), ("Lyon", 750.0, 2019), ("Lyon", 2600.0, None)]


def test_the_city_after_a_sentence_opening_with_its_country_is_the_city_it_names(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Across the border in Brazil, São Paulo is building something bigger still. The city's "
        "Smart Sampa program had about 31,000 cameras linked by the end of 2025."
    )
    claims = [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims]
    assert claims == [("São Paulo", 31000.0, 2025)]


def test_a_pdf_tables_word_column_between_its_number_columns(gazetteer: Gazetteer) -> None:
    text = (
        "Table B.1 Public-space cameras by country and capital city\n"
        "Country Public cameras Per 1,000 inhab. Capital Capital cameras Data year Source\n"
        "Austria 41,000 4.5 Vienna 1,650 2024 BMI\n"
        "Belgium2 58,500 5.0 Brussels 2,100 2025 FPS Home Affairs\n"
        "register\n"
        "Iceland – – Reykjavík 44 2023 LRH\n"
        "Total (11 countries with a national figure) 303,550 – – – – –\n"
    )
    claims = [(c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims]
    assert claims == [
        ("Austria", "camera_count", 41000.0, 2024),
        ("Austria", "cameras_per_1000_people", 4.5, 2024),
        ("Vienna", "camera_count", 1650.0, 2024),
        ("Belgium", "camera_count", 58500.0, 2025),
        ("Belgium", "cameras_per_1000_people", 5.0, 2025),
        ("Brussels", "camera_count", 2100.0, 2025),
        ("Reykjavík", "camera_count", 44.0, 2023),
    ]


def test_a_total_row_under_places_rows_is_none_of_theirs(gazetteer: Gazetteer) -> None:
    text = (
        "Public-space cameras by country\n\n| Country | Public cameras | Data year |\n"
        "|---|---|---|\n| Austria | 41,000 | 2024 |\n| Slovenia | 1,200 | 2025 |\n"
        "| Total (11 countries with a national figure) | 303,550 | – |\n"
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Austria", 41000.0), ("Slovenia", 1200.0)]


def test_a_gapped_count_after_a_population_goes_to_its_new_subject(gazetteer: Gazetteer) -> None:
    text = (
        "South Korea has 1.83 million public CCTV cameras. Busan has ~38,000 for 3.3M people, "
        "Daegu about 29,000 for 2.4M."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("South Korea", 1.83e6), ("Busan", 38000.0), ("Daegu", 29000.0)]


def test_cameras_at_gas_stations_are_no_transport_network(gazetteer: Gazetteer) -> None:
    text = (
        "Memphis police can also tap roughly 1,100 private cameras at gas stations. "
        "The metro runs about 900 cameras at its stations."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Memphis", 1100.0)]


def test_a_gapped_list_of_places_rates_after_a_rate(gazetteer: Gazetteer) -> None:
    text = "Per 1,000 residents, Gaborone has about 3.7 cameras, Johannesburg about 1.1 and Luanda 0.3."
    claims = [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [
        ("Gaborone", "cameras_per_1000_people", 3.7),
        ("Johannesburg", "cameras_per_1000_people", 1.1),
        ("Luanda", "cameras_per_1000_people", 0.3),
    ]


def test_a_total_across_numbered_places_or_shared_by_listed_places_is_none_of_theirs(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Gaborone and Francistown together had about 1,300 cameras in place by 2024. "
        "Orbis software manages more than 1.4 million cameras in 38 countries, said its Austin "
        "office. China's Hikvision has 2 million cameras in 150 countries. Across Ireland, the "
        "Garda has access to about 1,500 cameras in 48 towns and cities."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Ireland", 1500.0)]


def test_a_place_in_a_tables_region_column_only_locates_the_rows_city(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Table 2. Public-security cameras in intermediate cities, 2025\n\n"
        "| City | Department | Population | Cameras |\n|---|---|---|---|\n"
        "| Pereira | Risaralda | 482,000 | 412 |\n| Manizales | Caldas | 453,000 | 250 |\n"
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Pereira", 412.0), ("Manizales", 250.0)]


def test_an_agencys_number_after_its_acronym_is_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "Ecuador as a whole has an estimated 6,500 public cameras tied into ECU 911, and Quito "
        "has about 500."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Ecuador", 6500.0), ("Quito", 500.0)]


def test_a_bare_count_installed_along_or_at_places_but_not_an_included_part(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Belagavi city police have about 900 cameras, while Belagavi Smart City Ltd has "
        "installed 240 at junctions and markets. Pattaya City said in 2025 that it had about "
        "1,800 cameras, including 600 along Beach Road."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Belagavi", 900.0), ("Belagavi", 240.0), ("Pattaya", 1800.0)]


def test_island_wide_is_the_island_countrys(gazetteer: Gazetteer) -> None:
    text = (
        "The Police CCTV Division will extend its network to Kurunegala next year.\n\n"
        "He said that Ratnapura and Negombo would follow in 2028.\n\n"
        "At present, the police operate 2,140 CCTV cameras island-wide, he said."
    )
    claims = [(c.entity_name, c.value) for c in extract(gazetteer, text).claims]
    assert claims == [("Sri Lanka", 2140.0)]


def test_a_system_started_in_a_year_with_a_count_dates_it(gazetteer: Gazetteer) -> None:
    text = "In Astana, the Sergek system launched in 2018 with 350 cameras and now has 3,000."
    claims = [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims]
    assert claims == [("Astana", 350.0, 2018), ("Astana", 3000.0, None)]


def test_two_clauses_two_places(gazetteer: Gazetteer) -> None:
    text = (
        "In Germany, it is estimated that there are over 5 million CCTV cameras in use, "
        "while in Japan there are over 5.5 million."
    )
    assert rows(extract(gazetteer, text)) == [
        ("Germany", None, "camera_count", 5_000_000, "over"),
        ("Japan", None, "camera_count", 5_500_000, "over"),
    ]


def test_respectively(gazetteer: Gazetteer) -> None:
    text = "The countries with the most cameras after China are the U.S. and Germany with 50 million and 5.2 million, respectively."
    assert rows(extract(gazetteer, text)) == [
        ("United States", None, "camera_count", 50_000_000, "exact"),
        ("Germany", None, "camera_count", 5_200_000, "exact"),
    ]


def test_heading_carries_the_country(gazetteer: Gazetteer) -> None:
    text = (
        "United States\n\n"
        "It is estimated that there are over 50 million CCTV cameras in use throughout the "
        "country, which equates to roughly one camera for every six people."
    )
    assert rows(extract(gazetteer, text)) == [
        ("United States", None, "camera_count", 50_000_000, "over"),
        ("United States", None, "people_per_camera", 6, "about"),
    ]


def test_heading_with_qualified_city_carries_to_the_city(gazetteer: Gazetteer) -> None:
    text = "London, UK\n\nThe city’s network has 627,707 cameras."
    extraction = extract(gazetteer, text)
    assert rows(extraction) == [("London", "wup-22860", "camera_count", 627_707, "exact")]
    assert extraction.mentions == []


def test_the_capital_after_a_country_is_its_capital_city(gazetteer: Gazetteer) -> None:
    text = "Britain is one of the most watched countries. The capital has 627,707 cameras."
    assert rows(extract(gazetteer, text)) == [
        ("London", "wup-22860", "camera_count", 627_707, "exact")
    ]


def test_previous_sentence_subject_is_it(gazetteer: Gazetteer) -> None:
    text = "China is widely regarded as the leader. It has 200 million cameras."
    assert rows(extract(gazetteer, text)) == [("China", None, "camera_count", 200_000_000, "exact")]


def test_country_qualifier_disambiguates_cities(gazetteer: Gazetteer) -> None:
    text = "London, Ontario, has 140 cameras. London, UK, has 627,707 cameras."
    assert [(r[0], r[1]) for r in rows(extract(gazetteer, text))] == [
        ("London", "wup-20382"),
        ("London", "wup-22860"),
    ]


def test_us_state_and_province_qualifiers(gazetteer: Gazetteer) -> None:
    text = "Atlanta, Georgia has 15.56 cameras per 1,000 people."
    extraction = extract(gazetteer, text)
    assert [(c.entity_name, c.country_iso3) for c in extraction.claims] == [("Atlanta", "USA")]
    assert extraction.mentions == []


def test_years_do_not_leak_across_clauses(gazetteer: Gazetteer) -> None:
    text = "China had 349 million cameras in 2016, while the US had 70 million."
    assert [(c.entity_name, c.year) for c in extract(gazetteer, text).claims] == [
        ("China", 2016),
        ("United States", None),
    ]


def test_people_names_point_to_their_city(gazetteer: Gazetteer) -> None:
    text = "There is one camera for every 14 Londoners."
    assert rows(extract(gazetteer, text)) == [
        ("London", "wup-22860", "people_per_camera", 14, "exact")
    ]


def test_list_rows(gazetteer: Gazetteer) -> None:
    text = (
        "Cameras per square kilometre\n\n"
        "Shenzhen (520.1)\n"
        "Wuxi, China – 300,000 cameras\n"
        "City | Country | Cameras | Cameras per 1,000 people\n"
        "Manila | Philippines | 1,280 | 0.09\n"
    )
    assert rows(extract(gazetteer, text)) == [
        ("Shenzhen", wup_id("Shenzhen", "China"), "cameras_per_sq_km", 520.1, "exact"),
        ("Wuxi", wup_id("Wuxi, Jiangsu", "China"), "camera_count", 300_000, "exact"),
        ("Manila", wup_id("Manila", "Philippines"), "camera_count", 1280, "exact"),
        ("Manila", wup_id("Manila", "Philippines"), "cameras_per_1000_people", 0.09, "exact"),
    ]


def test_label_rows_belong_to_the_list_item(gazetteer: Gazetteer) -> None:
    text = (
        "1. Taiyuan, China – 465,255 cameras\n"
        "Population: 3,891,127\n"
        "Cameras per 1,000 people: 119.57\n"
        "Crime index: 43.6\n"
    )
    assert rows(extract(gazetteer, text)) == [
        ("Taiyuan", wup_id("Taiyuan, Shanxi", "China"), "camera_count", 465_255, "exact"),
        ("Taiyuan", wup_id("Taiyuan, Shanxi", "China"), "cameras_per_1000_people", 119.57, "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "There are one billion cameras worldwide.",
        "Around the world there are now more than one billion surveillance cameras.",
        "A couple of cities have nearly three million cameras.",
        "In Russia, the exact number of CCTV cameras is unknown, but it is believed to be in the millions.",
        "Moscow has 12 million residents and 150 cities nearby.",
        "A city with 1,000,000 residents and 10,000 cameras would show 10 cameras per 1,000 people.",
        "In Bristol, detectives used footage from 300 cameras to find the suspect.",
    ],
)
def test_no_claims(gazetteer: Gazetteer, text: str) -> None:
    assert extract(gazetteer, text).claims == []


def test_mentions_without_figures(gazetteer: Gazetteer) -> None:
    text = (
        "Other countries include the United Kingdom, Russia, and the United States.\n"
        "Seoul, South Korea\n"
        "Seoul has a large number of cameras. The Chinese government agrees.\n"
        "The UK has 5.9 million cameras."
    )
    mentions = {
        (m.entity_kind, m.entity_name, m.city_id) for m in extract(gazetteer, text).mentions
    }
    assert mentions == {
        ("country", "Russia", None),
        ("country", "United States", None),
        ("city", "Seoul", "wup-21758"),
        ("country", "China", None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Reading is fun and Most people like it.",
        "Posted by Jordan Ellis on Tuesday.",
        "Jordan Henderson scored twice.",
        "Mr. Lincoln said so.",
        "Orlando Bloom was not available.",
        "The story was written by Sarah Jordan and others.",
        "Cities with the Most CCTV",
        "Security monitoring: cameras watch doors.",
    ],
)
def test_no_spurious_places(gazetteer: Gazetteer, text: str) -> None:
    assert extract(gazetteer, text).mentions == []


def test_demonym_without_a_place_noun_is_not_a_mention(gazetteer: Gazetteer) -> None:
    assert extract(gazetteer, "Chinese-made cameras are cheap.").mentions == []


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "China has " + "9," * 50_000 + "000 cameras.",
        ("CCTV cameras in London " * 10_000) + "number 5,000.",
        "a" * 200_000,
        "(" * 50_000 + "200 million cameras in China" + ")" * 50_000,
    ],
)
def test_hostile_input_finishes_with_exact_quotes(gazetteer: Gazetteer, text: str) -> None:
    extraction = extract(gazetteer, text)
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.quote
        assert claim.end - claim.start <= 3000


def test_zero_figures_are_never_claims() -> None:
    from cctv_density.extract import extract_claims
    from cctv_density.gazetteer import load_gazetteer
    from cctv_density.model import Document
    from cctv_density.population.wup import WupSnapshot
    from cctv_density.settings import PROJECT_ROOT

    text = "Oslo\n\nBergen has 0.0 cameras per 1,000 people. Oslo has 12,000 CCTV cameras.\n"
    document = Document(document_id="z", doc="z", source="z", media_type="text/plain", text=text)
    gazetteer = load_gazetteer(WupSnapshot(PROJECT_ROOT / "data/raw/population").snapshot_file())
    claims = extract_claims(document, gazetteer).claims
    assert [(c.entity_name, c.value) for c in claims] == [("Oslo", 12_000.0)]


def _named(extraction: Extraction) -> list[tuple[str, str, float]]:
    return [(c.entity_name, c.metric, round(c.value, 4)) for c in extraction.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A possessive owns its figure, even a place named in a comparison.
        (
            "Delhi has 1.8 million cameras compared to London's 627,707.",
            [("Delhi", "camera_count", 1_800_000.0), ("London", "camera_count", 627_707.0)],
        ),
        # "overtook London": London is compared, the figure is Delhi's.
        (
            "Delhi overtook London, with 1,826.6 cameras per square mile.",
            [("Delhi", "cameras_per_sq_mile", 1826.6)],
        ),
        # "U.S. city" describes Atlanta; the figures are the city's.
        (
            "Atlanta is the most surveilled U.S. city, with 15.56 cameras per 1,000 people.",
            [("Atlanta", "cameras_per_1000_people", 15.56)],
        ),
    ],
)
def test_possessives_comparisons_and_descriptors(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _named(extract(gazetteer, text)) == expected


def test_the_country_after_a_city_is_that_citys_country(gazetteer: Gazetteer) -> None:
    text = (
        "In the US, there are roughly 85 million cameras.\n\n"
        "Beijing police have installed 1.15 million cameras. "
        "The country's 20 million cameras cover every major street."
    )
    assert _named(extract(gazetteer, text)) == [
        ("United States", "camera_count", 85_000_000.0),
        ("Beijing", "camera_count", 1_150_000.0),
        ("China", "camera_count", 20_000_000.0),
    ]


def test_a_possessive_place_noun_with_no_antecedent_owns_nothing(gazetteer: Gazetteer) -> None:
    text = "The city's 4,000 cameras cover every street in Lyon."
    assert _named(extract(gazetteer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shenzhen has 159.09 cameras per 1,000 people, while Wuxi has 157.",
            [
                ("Shenzhen", "cameras_per_1000_people", 159.09),
                ("Wuxi", "cameras_per_1000_people", 157.0),
            ],
        ),
        (
            "Chennai has 657.28 cameras per square mile, compared with London's 1,138.5.",
            [
                ("Chennai", "cameras_per_sq_mile", 657.28),
                ("London", "cameras_per_sq_mile", 1138.5),
            ],
        ),
        # Not a comparison of rates: another quantity, or far from the rate's size.
        (
            "Moscow's rate was 16.85 cameras per 1,000 people; its crime index stood at 40.1.",
            [("Moscow", "cameras_per_1000_people", 16.85)],
        ),
        (
            "Oslo has 4.2 cameras per 1,000 people, while Bergen has 285,000.",
            [("Oslo", "cameras_per_1000_people", 4.2)],
        ),
    ],
)
def test_an_elliptical_rate_repeats_the_compared_metric(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _named(extract(gazetteer, text)) == expected


def _full(extraction: Extraction) -> list[tuple[str, str, str, float, str, int | None]]:
    return [
        (c.entity_name, c.country_iso3, c.metric, round(c.value, 4), c.qualifier, c.year)
        for c in extraction.claims
    ]


def test_a_table_year_column_dates_its_row_and_cell_qualifiers_count(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "City | Country | Public cameras | Cameras per 1,000 people | As of\n"
        "Paris | France | 4,300 | 2.05 | 2024\n"
        "Johannesburg | South Africa | c. 15,000 | 2.42 | 2023\n"
    )
    assert _full(extract(gazetteer, text)) == [
        ("Paris", "FRA", "camera_count", 4300.0, "exact", 2024),
        ("Paris", "FRA", "cameras_per_1000_people", 2.05, "exact", 2024),
        ("Johannesburg", "ZAF", "camera_count", 15000.0, "about", 2023),
        ("Johannesburg", "ZAF", "cameras_per_1000_people", 2.42, "exact", 2023),
    ]


def test_a_label_row_with_an_estimate_marker(gazetteer: Gazetteer) -> None:
    text = "Hyderabad, India\n\nCCTV cameras: 375,000 (estimate)\n"
    assert _full(extract(gazetteer, text)) == [
        ("Hyderabad", "IND", "camera_count", 375000.0, "estimated", None)
    ]


def test_a_footnote_marker_ends_a_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Paris stands out: the network reached 4,100 cameras in 2024.[2] That is 38.9 cameras "
        "per square kilometre."
    )
    assert _full(extract(gazetteer, text)) == [
        ("Paris", "FRA", "camera_count", 4100.0, "exact", 2024),
        ("Paris", "FRA", "cameras_per_sq_km", 38.9, "exact", None),
    ]


def test_a_dateline_qualifies_the_city_for_the_whole_story(gazetteer: Gazetteer) -> None:
    text = (
        "Birmingham's crime center now taps 2,300 cameras.\nNot everyone is comfortable.\n\n"
        "BIRMINGHAM, Ala. - Police here can now tap into more than 2,300 cameras. "
        "Birmingham also runs 140 Flock Safety license plate reader cameras."
    )
    claims = extract(gazetteer, text).claims
    assert {(c.entity_name, c.country_iso3) for c in claims} == {("Birmingham", "USA")}
    assert sorted((c.value, c.qualifier) for c in claims) == [
        (140.0, "exact"),
        (2300.0, "exact"),
        (2300.0, "over"),
    ]


def test_a_year_in_an_aside_dates_something_else(gazetteer: Gazetteer) -> None:
    text = "Memphis, which opened its own real-time crime center in 2008, links some 2,100 cameras."
    assert _full(extract(gazetteer, text)) == [
        ("Memphis", "USA", "camera_count", 2100.0, "about", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen has 1.9 million cameras.\n\nIn Guizhou province, a tender sought 40,000 cameras.",
        "Shenzhen has 1.9 million cameras.\n\nAcross Telangana, the state counts 10 lakh cameras.",
        "Vienna has 3,000 cameras.\n\nAcross the EU as a whole, there are some 18 million cameras.",
    ],
)
def test_a_region_or_continent_does_not_inherit_the_previous_place(
    gazetteer: Gazetteer, text: str
) -> None:
    assert len(extract(gazetteer, text).claims) == 1


def test_networks_shares_descriptors_and_small_stated_counts(gazetteer: Gazetteer) -> None:
    text = (
        "Shanghai, China\n\n"
        "China's financial hub runs an estimated 2.2 million cameras. "
        "Jinan's 470,000-strong network of public cameras is dense. "
        "Mumbai police run a 10,000-camera network. "
        "Rotherham has 96 council cameras. "
        "Beijing has over 600 million cameras - more than half the world's total. "
        "Montgomery had 84 Flock cameras along U.S. 31 and Interstate 459."
    )
    assert [(name, value) for name, _, _, value, _, _ in _full(extract(gazetteer, text))] == [
        ("Shanghai", 2_200_000.0),
        ("Jinan", 470_000.0),
        ("Mumbai", 10_000.0),
        ("Rotherham", 96.0),
        ("Beijing", 600_000_000.0),
        ("Montgomery", 84.0),
    ]


def test_elliptical_counts_after_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "Glasgow has about 500 council cameras. Belfast has over 200, and Cardiff has 120 "
        "monitored from one control room.\n\n"
        "London\n\nEstimates put the total at anywhere from 500,000 to 900,000, most private."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Glasgow", 500.0, "about"),
        ("Belfast", 200.0, "over"),
        ("Cardiff", 120.0, "exact"),
        ("London", 500_000.0, "range_low"),
        ("London", 900_000.0, "range_high"),
    ]


def test_rates_compared_in_parentheses_and_after_compared_to(gazetteer: Gazetteer) -> None:
    text = (
        "Delhi tops the list with 1,826.6 cameras per sq mile, followed by London (1,138.5) "
        "and Chennai (609.9). Los Angeles has roughly 1.8 CCTV cameras per 1,000 residents, "
        "compared to 3.1 in Chicago. Kaohsiung has 8.7 cameras per 1,000 residents, compared "
        "with 6.4 in Taipei and 5.1 in Taichung."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Delhi", "cameras_per_sq_mile", 1826.6),
        ("London", "cameras_per_sq_mile", 1138.5),
        ("Chennai", "cameras_per_sq_mile", 609.9),
        ("Los Angeles", "cameras_per_1000_people", 1.8),
        ("Chicago", "cameras_per_1000_people", 3.1),
        ("Kaohsiung", "cameras_per_1000_people", 8.7),
        ("Taipei", "cameras_per_1000_people", 6.4),
        ("Taichung", "cameras_per_1000_people", 5.1),
    ]


def test_a_count_expected_to_reach_a_value_is_an_estimate(gazetteer: Gazetteer) -> None:
    text = "In China, the number of cameras is expected to reach 626 million by 2020."
    assert _full(extract(gazetteer, text)) == [
        ("China", "CHN", "camera_count", 626_000_000.0, "estimated", 2020)
    ]


def test_a_table_flattened_with_single_spaces(gazetteer: Gazetteer) -> None:
    text = (
        "Table 2. Camera stock and density in selected sample cities\n"
        "City Country Cameras Per 1,000 pop. Per km2 Pop. (m) Recorded crime per 100,000\n"
        "Berlin Germany 11,600 3.1 13.0 3.75 13,650\n"
        "Seoul South Korea 83,000 8.83 137.2 9.40 3,077\n"
        "\n"
        "Note: Pop. = resident population, millions.\n"
    )
    assert _full(extract(gazetteer, text)) == [
        ("Berlin", "DEU", "camera_count", 11600.0, "exact", None),
        ("Berlin", "DEU", "cameras_per_1000_people", 3.1, "exact", None),
        ("Berlin", "DEU", "cameras_per_sq_km", 13.0, "exact", None),
        ("Seoul", "KOR", "camera_count", 83000.0, "exact", None),
        ("Seoul", "KOR", "cameras_per_1000_people", 8.83, "exact", None),
        ("Seoul", "KOR", "cameras_per_sq_km", 137.2, "exact", None),
    ]


def test_a_metric_line_ending_in_a_colon_introduces_list_rows(gazetteer: Gazetteer) -> None:
    text = "Most surveilled cities\n\nCameras per 1,000 people:\nTaiyuan, China – 117.0\nWuxi, China – 86.5\n"
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Taiyuan", "cameras_per_1000_people", 117.0),
        ("Wuxi", "cameras_per_1000_people", 86.5),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A city's inhabitants name the city ("paulistanos").
        (
            "São Paulo now links 24,000 cameras. For a city of 11.9 million, that works out to "
            "about 1.7 cameras per 1,000 paulistanos.",
            [("São Paulo", 24000.0, None), ("São Paulo", 1.7, None)],
        ),
        # A launch date opening the sentence dates the launch, not the figure.
        (
            "Launched in 2024 amid opposition, the programme now links more than 20,000 cameras "
            "in São Paulo.",
            [("São Paulo", 20000.0, None)],
        ),
        # "Rio de Janeiro's Centro de Operações" is a building of Rio, not a place.
        (
            "Rio de Janeiro's Centro de Operações receives images from roughly 3,800 cameras.",
            [("Rio de Janeiro", 3800.0, None)],
        ),
        # Plans are not counts; "rose from … to about N today" is today's figure.
        (
            "Wuhan expanded its network from 250,000 cameras in 2017 to about 300,000 today, "
            "and police plan to add 2,000 cameras this year.",
            [("Wuhan", 250000.0, 2017), ("Wuhan", 300000.0, None)],
        ),
        (
            "The number of cameras in Dublin has risen from 382 in 2019.",
            [("Dublin", 382.0, 2019)],
        ),
        # "Cork city": a common word followed by "city" is the city.
        ("Cork city is now covered by 180 Garda-monitored cameras.", [("Cork", 180.0, None)]),
        # Small counts only for a place's network, not an incident or a building.
        ("Hyderabad: 45 CCTV cameras stolen from Outer Ring Road", []),
        ("My building in Lisbon has 12 cameras.", []),
        ("Toronto police operate only 40 street cameras.", [("Toronto", 40.0, None)]),
        # An anaphor inside an aside owns nothing.
        (
            "Chicago, long considered the most-watched city in the country, links up to "
            "35,000 cameras.",
            [("Chicago", 35000.0, None)],
        ),
    ],
)
def test_demonyms_launch_dates_facilities_plans_and_small_counts(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float, int | None]]
) -> None:
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == expected


def test_a_restated_rate_after_an_estimate_has_its_own_qualifier(gazetteer: Gazetteer) -> None:
    text = (
        "London has around 942,000 cameras according to a 2024 estimate by a trade body, "
        "or 105 per 1,000 residents."
    )
    assert [(c.metric, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("camera_count", "about"),
        ("cameras_per_1000_people", "exact"),
    ]


def test_a_timeline_entry_dates_its_figures(gazetteer: Gazetteer) -> None:
    text = (
        "2008 – Ahead of the Summer Olympics, Beijing's network reaches roughly 300,000 cameras.\n"
        "2015 – Beijing's public security bureau says 470,000 cameras now cover the city.\n"
        "2017 – China has an estimated 176 million cameras, and may reach 626 million by 2020.\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Beijing", 300_000.0, 2008),
        ("Beijing", 470_000.0, 2015),
        ("China", 176_000_000.0, 2017),
        ("China", 626_000_000.0, 2020),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "2.1 cameras per 1,000" is a rate, not "1 camera per 1,000".
        (
            "Sydney has about 2.1 cameras per 1,000 residents.",
            [("Sydney", "cameras_per_1000_people", 2.1, "about", None)],
        ),
        # A time clause dates the figure; "now" after a launch year does not.
        (
            "When I started this work in 2014, Beijing had something like 46,000 cameras.",
            [("Beijing", "camera_count", 46000.0, "about", 2014)],
        ),
        (
            "Dubai's Oyoon is a programme launched in 2018 that now links 300,000 cameras.",
            [("Dubai", "camera_count", 300000.0, "exact", None)],
        ),
        # "two and a half" is a number; "the nation's fourth-largest city" describes Houston.
        (
            "China has roughly one camera for every two and a half people.",
            [("China", "people_per_camera", 2.5, "about", None)],
        ),
        (
            "In Houston, the nation's fourth-largest city, officials count about 2,600 cameras.",
            [("Houston", "camera_count", 2600.0, "about", None)],
        ),
        # Small elliptical counts after a count; a city council speaks for its city.
        (
            "Toronto police operate 81 cameras, up from 34 in 2016.",
            [
                ("Toronto", "camera_count", 81.0, "exact", None),
                ("Toronto", "camera_count", 34.0, "exact", 2016),
            ],
        ),
        (
            "Auckland Council's network has about 1,900 cameras, while Wellington City Council "
            "operates 140.",
            [
                ("Auckland", "camera_count", 1900.0, "about", None),
                ("Wellington", "camera_count", 140.0, "exact", None),
            ],
        ),
        # "a mid-sized city in the Midwest" is no place the article names.
        ("A mid-sized city in the Midwest that I studied had 60 cameras.", []),
        # An "Area (km²)" column is not a density.
        (
            "City | Population | Area (km²) | Cameras | Cameras per km²\n"
            "Xiamen | 5,300,000 | 1,700 | 410,000 | 241.2\n",
            [
                ("Xiamen", "camera_count", 410000.0, "exact", None),
                ("Xiamen", "cameras_per_sq_km", 241.2, "exact", None),
            ],
        ),
    ],
)
def test_rates_time_clauses_descriptors_councils_and_area_columns(
    gazetteer: Gazetteer,
    text: str,
    expected: list[tuple[str, str, float, str, int | None]],
) -> None:
    claims = extract(gazetteer, text).claims
    assert [(c.entity_name, c.metric, c.value, c.qualifier, c.year) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Councils speak for their city, even a geonames-only one.
        (
            "Wolverhampton Council said it had 257 cameras in operation.",
            [("Wolverhampton", 257.0, None)],
        ),
        # A US state is not the small foreign town of the same name.
        ("Wawa will open 40 new stores in Florida, with 600 cameras.", []),
        # "the country" in an aside ", one of …," owns nothing; the city before it does.
        (
            "Baltimore's CitiWatch program, one of the oldest in the country, operates about "
            "850 cameras.",
            [("Baltimore", 850.0, None)],
        ),
        # An event ahead of which a count is given does not date it.
        (
            "Ahead of the 2024 Olympic Games, the prefecture said Paris had about 4,000 cameras.",
            [("Paris", 4000.0, None)],
        ),
        # "Centro de Monitoreo" is a building, not Centro (Spain).
        (
            "In Mexico City, the Centro de Monitoreo watches more than 15,000 cameras.",
            [("Mexico City", 15000.0, None)],
        ),
        # A trailing "though … in 2020" clause dates something else.
        (
            "Marseille has 1,600 cameras, though the mayor froze installations after taking "
            "office in 2020.",
            [("Marseille", 1600.0, None)],
        ),
        # "which launched in 2008 and has since grown to": the year is the launch's.
        (
            "Memphis has its SkyCop program, which launched in 2008 and has since grown to some "
            "2,300 cameras.",
            [("Memphis", 2300.0, None)],
        ),
    ],
)
def test_councils_states_asides_event_years_and_compound_names(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float, int | None]]
) -> None:
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "has passed 600": a count_reversed verb, and its qualifier sits before the value.
        (
            "The number of Garda-run CCTV cameras on Dublin's streets has passed 600.",
            [("Dublin", 600.0, "over")],
        ),
        # A relative clause describes the place before it, even one named in comparison.
        (
            "We are still far behind London, which is often said to have more than 600,000 "
            "cameras, an official in Istanbul said.",
            [("London", 600_000.0, "over")],
        ),
        # Small elliptical counts after a sentence that stated one.
        (
            "Ireland's Garda network keeps growing. Limerick has about 150 Garda cameras. "
            "Galway has 97 and Waterford has 64.",
            [("Limerick", 150.0, "about"), ("Galway", 97.0, "exact"), ("Waterford", 64.0, "exact")],
        ),
        # "the number stands at", "had 2,650 at the end of 2024".
        (
            "Istanbul has 9,870 cameras. In the capital Ankara, the number stands at 4,120. "
            "Izmir had 2,650 at the end of 2024.",
            [
                ("Istanbul", 9870.0, "exact"),
                ("Ankara", 4120.0, "exact"),
                ("İzmir", 2650.0, "exact"),
            ],
        ),
        # "Buffalo Police Department": a common-word city before a place noun.
        (
            "The Buffalo Police Department's network has grown to 312 cameras.",
            [("Buffalo", 312.0, "exact")],
        ),
    ],
)
def test_count_verbs_relative_clauses_and_elliptical_counts(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float, str]]
) -> None:
    claims = extract(gazetteer, text).claims
    assert [(c.entity_name, c.value, c.qualifier) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Istanbul alone has 9,870 KGYS cameras.", [("Istanbul", 9870.0)]),
        ("About 500 of the police cameras are in Stockholm.", [("Stockholm", 500.0)]),
        (
            "Stockholm has 500 police cameras. That is roughly 0.5 police cameras per 1,000 "
            "residents, a fraction of what London has.",
            [("Stockholm", 500.0), ("Stockholm", 0.5)],
        ),
        ("In Sweden, the police chief wants 3,000 cameras by 2026.", []),
        (
            "Estimates of the total number of cameras in Sweden, including private ones, range "
            "from 1 million to 1.5 million.",
            [("Sweden", 1_000_000.0), ("Sweden", 1_500_000.0)],
        ),
    ],
)
def test_acronyms_subsets_fractions_wishes_and_reversed_ranges(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rate of something else "per 100,000 people" is no camera rate.
        ("Ecuador's homicide rate reached 45 per 100,000 people in 2023.", []),
        (
            "Quito has 2,100 cameras, or 0.7 cameras per 1,000 people.",
            [("Quito", 2100.0), ("Quito", 0.7)],
        ),
        # A plan "to get" cameras is not a count.
        ("Under the full project, Karachi is to get 10,000 cameras by 2028.", []),
        # ", often cited as Vietnam's most advanced smart city," is an aside.
        (
            "Da Nang, often cited as Vietnam's most advanced smart city, has nearly 1,500 cameras.",
            [("Da Nang", 1500.0)],
        ),
    ],
)
def test_other_rates_plans_and_cited_as_asides(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A common-word city that owns something is the city.
        (
            "Muscat's network is smaller: the Royal Oman Police run some 2,800 cameras in the city.",
            [("Muscat", 2800.0)],
        ),
        # A bare answer to a question about cameras.
        (
            "Which of these cities has the most cameras?\nMilan, with about 2,400.",
            [("Milan", 2400.0)],
        ),
        # A list whose first row names its unit goes on without it; additions are not totals.
        (
            "What about smaller cities?\n- Turin: 850 cameras (2025)\n"
            "- Naples: some 900, many in the historic centre\n- Lyon: 550, with 100 more planned\n",
            [("Turin", 850.0), ("Naples", 900.0), ("Lyon", 550.0)],
        ),
        # Unbulleted "Place: N" lines are a list too: the first row's unit carries on.
        (
            "The figures the councils gave:\nToowoomba: 270 cameras\nMackay: 212\n"
            "Rockhampton: 146\n",
            [("Toowoomba", 270.0), ("Mackay", 212.0), ("Rockhampton", 146.0)],
        ),
        # A row that is only a place and its figure may hold a small network; a label that is
        # no name ("Crime index") holds no count.
        (
            "Cameras per council in Australia:\nToowoomba: 270\nMackay: 98\nGladstone: 64 (2025)\n"
            "Crime index: 45\n",
            [("Toowoomba", 270.0), ("Mackay", 98.0), ("Gladstone", 64.0)],
        ),
        # A list whose later row names its unit ("11,870 cameras") counts cameras from the top.
        (
            "### The other metropolitan cities\n\n- **Daegu**: just over 22,000 (2023)\n"
            "- **Daejeon**: around 12,400\n- **Gwangju**: 11,870 cameras\n",
            [("Daegu", 22000.0), ("Daejeon", 12400.0), ("Gwangju", 11870.0)],
        ),
        # … but a row that names its own unit lends nothing to its other figures.
        (
            "Honourable mention\n\n• Kampala, Uganda – more than 3,000 cameras, linked to 83 "
            "monitoring centres\n",
            [("Kampala", 3000.0)],
        ),
        # Bare "units" just after talk of cameras are cameras.
        (
            "Saudi cities have many surveillance cameras. Dammam and Al-Khobar have 3,400 and "
            "1,900 units, respectively.",
            [("Dammam", 3400.0), ("Khobar", 1900.0)],
        ),
        # "live feeds from 15,400 cameras" counts the cameras.
        ("Doha's centre receives live feeds from 15,400 cameras.", [("Doha", 15400.0)]),
    ],
)
def test_possessive_common_words_answers_list_units_and_feeds(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == expected


def test_a_guessed_city_later_qualified_leaves_no_stray_mention(gazetteer: Gazetteer) -> None:
    text = "Birmingham is growing.\n\nBIRMINGHAM, Ala. - Police here run 2,300 cameras."
    extraction = extract(gazetteer, text)
    assert {(m.entity_name, m.country_iso3) for m in extraction.mentions} == set()
    assert [(c.entity_name, c.country_iso3) for c in extraction.claims] == [("Birmingham", "USA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the figure is about 230" refers back to cameras.
        (
            "Leicester runs 410 cameras. In Coventry, the figure is about 230.",
            [("Leicester", 410.0, None), ("Coventry", 230.0, None)],
        ),
        # A county "as a whole" is not the city discussed before it.
        (
            "Stoke-on-Trent has fewer than 120 working cameras. Across Nottinghamshire as a "
            "whole, councils run about 600 cameras.",
            [("Stoke-on-Trent", 120.0, None)],
        ),
        # A source "from 2023" dates its figure.
        (
            "The most quoted figure for the UK, an industry estimate from 2023, is 7.7 million "
            "cameras.",
            [("United Kingdom", 7_700_000.0, 2023)],
        ),
        ("Frankfurt has fewer than 40 police cameras.", [("Frankfurt am Main", 40.0, None)]),
    ],
)
def test_figure_words_counties_source_years_and_city_aliases(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float, int | None]]
) -> None:
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A small network that a programme "includes", and what it grew from.
        (
            "The City of Winnipeg's camera program now includes 75 cameras, up from 12 when the "
            "pilot began in 2019, the mayor said.",
            [("Winnipeg", 75.0, None), ("Winnipeg", 12.0, 2019)],
        ),
        # "<place>'s figure is …: about N", "the figure we could find is N".
        (
            "Nanjing has many cameras. Nanjing's figure is one of the most quoted: about 260,000 "
            "in 2020.",
            [("Nanjing", 260_000.0, 2020)],
        ),
        (
            "Harbin has cameras too. In Harbin, the figure we could find is 66,000.",
            [("Harbin", 66_000.0, None)],
        ),
        # A quoted count after the cameras it counts.
        (
            'In Xi\'an the number of cameras is "more than 200,000", local media said.',
            [("Xi’an", 200_000.0, None)],
        ),
    ],
)
def test_included_counts_figure_phrases_and_quoted_counts(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float, int | None]]
) -> None:
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == expected


def test_romanian_letters_either_way_and_a_count_that_fell_after_a_review(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Cities\n\nChișinău, Moldova – 1,600 cameras\n\n"
        "Ipswich Borough Council ran 96 cameras, but the number has since fallen to 81 after "
        "a review."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Chisinau", 1600.0),
        ("Ipswich", 96.0),
        ("Ipswich", 81.0),
    ]


def test_state_figures_exonyms_and_a_country_after_in(gazetteer: Gazetteer) -> None:
    text = (
        "Kochi has 400 cameras. Across Kerala, police run 5,000 cameras. Sydney has 500 "
        "cameras. Across NSW, councils operate upwards of 4,000 cameras.\n\n"
        "Ghent has about 380 cameras. Hyderabad, in India, has over 600,000 cameras."
    )
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("Kochi", "IND", 400.0),
        ("Sydney", "AUS", 500.0),
        ("Gent", "BEL", 380.0),
        ("Hyderabad", "IND", 600000.0),
    ]


def test_pdf_tables_with_word_columns_and_month_dated_rows(gazetteer: Gazetteer) -> None:
    text = (
        "Table 3. Networks in selected cities\n\n"
        "City Country Cameras Per 1,000 residents Per km2 Operator\n"
        "Tegucigalpa Honduras 2,900 2.23 1.93 911 System\n"
        "Managua Nicaragua 2,100 1.91 7.27 National Police\n\n"
        "| City | Province | Cameras | As of |\n|---|---|---:|---|\n| Ottawa | ON | 268 | 2026-03 |\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Tegucigalpa", "camera_count", 2900.0, None),
        ("Tegucigalpa", "cameras_per_1000_people", 2.23, None),
        ("Tegucigalpa", "cameras_per_sq_km", 1.93, None),
        ("Managua", "camera_count", 2100.0, None),
        ("Managua", "cameras_per_1000_people", 1.91, None),
        ("Managua", "cameras_per_sq_km", 7.27, None),
        ("Ottawa", "camera_count", 268.0, 2026),
    ]


def test_years_before_to_listed_rates_and_other_counts(gazetteer: Gazetteer) -> None:
    text = (
        "In Tegucigalpa, the network grew from 400 cameras in 2014 to 2,900 in 2024. "
        "Japan has 5 million cameras. The number of robberies rose 9 percent in 2024 to 1,338. "
        "Wrocław and Poznań had 2.60 and 1.33 cameras per 1,000 residents, respectively, while "
        "Warsaw had just 0.58. Łódź, despite a network of 610 cameras, had more robberies."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Tegucigalpa", 400.0, 2014),
        ("Tegucigalpa", 2900.0, 2024),
        ("Japan", 5e6, None),
        ("Wrocław", 2.6, None),
        ("Poznań", 1.33, None),
        ("Łódź", 610.0, None),
    ]


def test_the_documents_country_settles_small_shared_city_names(gazetteer: Gazetteer) -> None:
    alone = "Dundalk has 640 cameras."
    irish = "Garda figures for Ireland. Dundalk has 640 cameras, and Sligo has 410 cameras."
    assert [(c.entity_name, c.country_iso3) for c in extract(gazetteer, alone).claims] == [
        ("Dundalk", "USA")
    ]
    assert [(c.entity_name, c.country_iso3) for c in extract(gazetteer, irish).claims] == [
        ("Dundalk", "IRL"),
        ("Sligo", "IRL"),
    ]
    # A small town is a place only in a story mostly about its country.
    assert extract(gazetteer, "Sligo has 410 cameras. Chicago is far bigger.").claims == []


def test_cctvs_per_lakh_crossing_nearing_and_the_present_after_a_dated_figure(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Delhi has about 2.5 lakh CCTVs. Officials said Bhubaneswar now has 434 cameras per "
        "lakh population. Pune's network crossed 3,000 cameras. Patna nears 1,200 cameras. "
        "Vadodara, which had 750 cameras in 2019, now has over 2,600."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier, c.year)
        for c in extract(gazetteer, text).claims
    ] == [
        ("Delhi", "camera_count", 250000.0, "about", None),
        ("Bhubaneswar", "cameras_per_1000_people", 4.34, "exact", None),
        ("Pune", "camera_count", 3000.0, "over", None),
        ("Patna", "camera_count", 1200.0, "about", None),
        ("Vadodara", "camera_count", 750.0, "exact", 2019),
        ("Vadodara", "camera_count", 2600.0, "over", None),
    ]


def test_a_place_in_an_appositive_only_describes_the_place_before_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "León, Guanajuato's largest city, has about 3,900 cameras. In Al Ain, the Abu Dhabi "
        "emirate's second city, 4,300 cameras are linked. In Ibadan, the Oyo State capital, "
        "the state government installed 500 cameras in 2022."
    )
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("León de los Aldama", "MEX", 3900.0),  # a big city's leading words name it
        ("Al Ain City", "ARE", 4300.0),
        ("Ibadan", "NGA", 500.0),
    ]


def test_a_big_city_keeps_its_name_against_a_namesake_in_a_country_mentioned_nearby(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Toronto police run 34 cameras, far fewer than Chicago. In Vancouver, the city operates "
        "150 public cameras. Toronto and Calgary are in Canada."
    )
    claims = extract(gazetteer, text).claims
    assert [(c.entity_name, c.country_iso3) for c in claims if c.value == 150] == [
        ("Vancouver", "CAN")
    ]
    # In a story about the United States, the namesake is meant.
    us = "Portland and Seattle. Vancouver police run 150 cameras, said officials in Washington."
    assert [(c.entity_name, c.country_iso3) for c in extract(gazetteer, us).claims] == [
        ("Vancouver", "USA")
    ]


def test_councils_open_sentences_small_capitals_and_counts_that_fell_to_a_few(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Derby City Council told me in 2024 that it had 97 cameras in operation. "
        "Apia has just 12 police cameras, funded by New Zealand. In Stoke-on-Trent, the number "
        "of working council cameras has fallen from 152 in 2015 to just 61 today."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Derby", 97.0, 2024),
        ("Apia", 12.0, None),  # a capital of fewer than 50,000 people
        ("Stoke-on-Trent", 152.0, 2015),
        ("Stoke-on-Trent", 61.0, None),
    ]


def test_a_source_dated_between_commas_and_rates_per_100000_of_something_else(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The most recent industry estimate, from 2023, puts the number of cameras in the UK at "
        "about 7.5 million. In 2015, Honduras recorded a rate of around 57 per 100,000 "
        "inhabitants. Quito has 150 cameras per 100,000 residents."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("United Kingdom", "camera_count", 7.5e6, 2023),
        ("Quito", "cameras_per_1000_people", 1.5, None),
    ]


def test_national_totals_belong_to_the_country_under_discussion(gazetteer: Gazetteer) -> None:
    text = (
        "Quito has 900 cameras. Nationally, ECU 911 said in 2024 that it had access to 7,600 "
        "cameras. Perth runs 300 cameras. Industry group ASIAL puts the national total, "
        "including home and business cameras, at an estimated 4.5 million."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Quito", 900.0),
        ("Ecuador", 7600.0),
        ("Perth", 300.0),
        ("Australia", 4.5e6),
    ]


def test_parenthesised_counts_after_places_keep_their_own_years(gazetteer: Gazetteer) -> None:
    text = (
        "Comparable municipal programs: Edmonton (about 60 cameras), Ottawa (48, as of 2025), "
        "Halifax (fewer than 20) and Quebec City (some 140). The Netherlands: an estimated 1.6 "
        "million cameras (2024), about 89 per 1,000 people. Luxembourg City has 100 cameras."
    )
    assert [
        (c.entity_name, c.entity_kind, c.value, c.qualifier, c.year)
        for c in extract(gazetteer, text).claims
    ] == [
        ("Edmonton", "city", 60.0, "about", None),
        ("Ottawa", "city", 48.0, "exact", 2025),
        ("Halifax", "city", 20.0, "under", None),
        ("Québec", "city", 140.0, "about", None),
        ("Netherlands", "country", 1.6e6, "estimated", 2024),
        ("Netherlands", "country", 89.0, "about", 2024),
        ("Luxembourg", "city", 100.0, "exact", None),  # the capital named after its country
    ]


def test_a_with_aside_describes_the_place_and_a_bracketed_estimate_qualifies(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Cali, with 2.2 million people and one of the highest homicide rates in Colombia, has "
        "fewer than 1,000 cameras. Malaysia: 1.1 million cameras (industry estimate, 2023)."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Cali", 1000.0, "under", None),
        ("Malaysia", 1.1e6, "estimated", 2023),
    ]


def test_a_big_citys_name_votes_for_its_country_and_passed_n_for_the_first_time(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The number of Garda-run CCTV cameras on Dublin's streets has passed 600 for the first "
        "time. Waterford has 640 cameras."
    )
    assert [
        (c.entity_name, c.country_iso3, c.value, c.qualifier)
        for c in extract(gazetteer, text).claims
    ] == [("Dublin", "IRL", 600.0, "over"), ("Waterford", "IRL", 640.0, "exact")]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("The Fijian government said in 2025 that about 700 cameras were operating.", "FJI"),
        ("Kenyan police say they now watch 1,800 cameras.", "KEN"),
        ("There is one camera for every 40 New Zealanders.", "NZL"),
    ],
)
def test_every_countrys_adjective_and_people_name_it(
    gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert [(c.entity_kind, c.country_iso3) for c in extract(gazetteer, text).claims] == [
        ("country", iso3)
    ]


def test_a_headline_states_figures_like_a_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Bhubaneswar crosses 5,000 CCTVs; Cuttack lags with 1,900\n\n"
        "The city now has 5,120 cameras linked to its command centre."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Bhubaneswar", 5000.0, "over"),
        ("Cuttack", 1900.0, "exact"),
        ("Bhubaneswar", 5120.0, "exact"),  # "the city" of the story is the headline's first
    ]


def test_facilities_and_counts_of_other_things_are_not_the_citys(gazetteer: Gazetteer) -> None:
    text = (
        "Incheon has 12,000 cameras. The airport is a separate world: Incheon Airport alone has "
        "more than 4,000 cameras. Heathrow Airport has 3,000 cameras. In practice, complaints "
        "to the privacy commission rose to 3,100 last year. Izmir had 2,650 cameras, while "
        "Antalya, whose population swells with 16 million visitors each year, has nearly 1,900."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Incheon", 12000.0),
        ("İzmir", 2650.0),
        ("Antalya", 1900.0),
    ]


def test_a_rank_in_the_world_is_not_a_world_total(gazetteer: Gazetteer) -> None:
    text = (
        "A 2021 study had ranked Chennai third in the world for camera density with 609.9 "
        "cameras per square mile. Around the world there are 1 billion cameras."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Chennai", "cameras_per_sq_mile", 609.9)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sylhet city's CCTV network crosses 1,100 after 620 new cameras", ("Sylhet", 1100.0)),
        ("Denver police camera network tops 1,100", ("Denver", 1100.0)),
        ("Doha's CCTV count passes 15,000", ("Doha", 15000.0)),
        (
            "Mr Younas said the Lahore Safe City project now operated more than 10,000 cameras.",
            ("Lahore", 10000.0),
        ),
    ],
)
def test_headline_verbs_in_the_present_and_a_citys_safe_city_project(
    gazetteer: Gazetteer, text: str, expected: tuple[str, float]
) -> None:
    claims = extract(gazetteer, text).claims
    assert [(c.entity_name, c.value, c.qualifier) for c in claims] == [(*expected, "over")]


def test_town_councils_country_wide_figures_network_lists_and_quoted_counts(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Launceston City Council ran 112 cameras, and Alice Springs Town Council has around "
        "180 across the town. Australia-wide, there are an estimated 4.8 million CCTV cameras. "
        'Rockhampton Regional Council says its network is "approaching 150".\n\n'
        "How the regional networks compare:\nToowoomba: 270\nMackay: 212\n"
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Launceston", 112.0, "exact"),
        ("Alice Springs", 180.0, "about"),
        ("Australia", 4.8e6, "estimated"),
        ("Rockhampton", 150.0, "about"),
        ("Toowoomba", 270.0, "exact"),
        ("Mackay", 212.0, "exact"),
    ]


def test_wire_copy_forms(gazetteer: Gazetteer) -> None:
    text = (
        "HÀ NỘI — Hà Nội currently has more than 1,800 surveillance cameras. TOKYO - The number "
        "of security cameras installed on streets by police across Japan rose to a record 2,714 "
        "at the end of fiscal 2025. Jinan, capital of east China's Shandong Province, has "
        "installed some 210,000 sets of cameras. South Korea had 1.8 mln public CCTVs. Kuala "
        "Lumpur has 1,850 CCTV units. HCMC had about 4,100 cameras."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Hanoi", 1800.0, "over", None),
        ("Japan", 2714.0, "exact", 2025),
        ("Jinan", 210000.0, "about", None),
        ("South Korea", 1.8e6, "exact", None),
        ("Kuala Lumpur", 1850.0, "exact", None),
        ("Ho Chi Minh City", 4100.0, "about", None),
    ]


def test_all_capital_datelines_districts_and_cctvs_topping_a_figure(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Hanoi has 1,800 cameras. Hoàn Kiếm District alone has around 600 cameras.\n\n"
        "HCM CITY — The southern metropolis had about 4,100 cameras by the end of 2025. "
        "The number of public CCTVs in South Korea topped 1.8 million last year."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Hanoi", 1800.0),
        ("Ho Chi Minh City", 4100.0),
        ("South Korea", 1.8e6),
    ]


def test_comparison_tables_unit_columns_label_words_and_shared_list_modifiers(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "UK vs US at a glance\n| United Kingdom | United States\n"
        "Total CCTV cameras | 7.7 million | 85 million\nPeople per camera | 8.8 | 3.9\n"
        "Cameras in the capital | London: 942,000 | Washington, D.C.: 31,000\n"
        "Population | 68.3 million | 335 million\n\n"
        "Country | Cameras (millions) | Cameras per 100 people\nChina | 700 | 49.6\n\n"
        "4. Chennai, India\n\n• CCTV cameras: more than 2.8 lakh\n\n"
        "Manchester and Birmingham trail far behind, with roughly 55,000 and 60,000 cameras "
        "respectively."
    )
    assert [
        (c.entity_name, c.metric, round(c.value, 3), c.qualifier)
        for c in extract(gazetteer, text).claims
    ] == [
        ("United Kingdom", "camera_count", 7.7e6, "exact"),
        ("United States", "camera_count", 8.5e7, "exact"),
        ("United Kingdom", "people_per_camera", 8.8, "exact"),
        ("United States", "people_per_camera", 3.9, "exact"),
        ("London", "camera_count", 942000.0, "exact"),
        ("Washington", "camera_count", 31000.0, "exact"),
        ("China", "camera_count", 7e8, "exact"),
        ("China", "cameras_per_1000_people", 496.0, "exact"),
        ("Chennai", "camera_count", 280000.0, "over"),
        ("Manchester", "camera_count", 55000.0, "about"),
        ("Birmingham", "camera_count", 60000.0, "about"),
    ]


def test_entry_bullets_link_lists_and_multi_word_country_wide(gazetteer: Gazetteer) -> None:
    text = (
        "3. Nairobi, Kenya\n\n• CCTV cameras: 1,800\n• One camera for every 2,600 residents\n\n"
        "Auckland has 2,000 cameras.\n"
        "- New Zealand-wide, industry estimates put the total at 1.2 million\n\n"
        "Most Read\n- Abha installs 600 AI cameras to curb traffic violations\n"
        "- Hajj 2026: 1.67 million pilgrims performed rituals\n\nRiyadh has 5,000 cameras."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Nairobi", "camera_count", 1800.0),
        ("Nairobi", "people_per_camera", 2600.0),
        ("Auckland", "camera_count", 2000.0),
        ("New Zealand", "camera_count", 1.2e6),
        ("Riyadh", "camera_count", 5000.0),
    ]


def test_a_city_that_claims_a_figure(gazetteer: Gazetteer) -> None:
    text = (
        "India's cities have installed cameras at speed. Delhi alone claims more than 2.5 lakh, "
        "and Chennai is not far behind."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Delhi", 250000.0, "over")
    ]


def test_rates_compared_in_a_respectively_clause_and_big_cities_opening_a_sentence(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "SEOUL, Nov. 24 (Yonhap) -- Public cameras across South Korea topped 1.8 million.\n\n"
        "HEFEI, Nov. 24 (Xinhua) -- The city has 186,000 cameras.\n\n"
        "Sejong topped the list with 612 CCTVs per 10,000 residents, while Daejeon and Ulsan "
        "posted 298 and 276, respectively. Shanghai has 159 cameras per 1,000 people."
    )
    assert [
        (c.entity_name, c.metric, round(c.value, 6)) for c in extract(gazetteer, text).claims
    ] == [
        ("South Korea", "camera_count", 1.8e6),
        ("Hefei", "camera_count", 186000.0),
        ("Sejong", "cameras_per_1000_people", 61.2),
        ("Daejeon", "cameras_per_1000_people", 29.8),
        ("Ulsan", "cameras_per_1000_people", 27.6),
        ("Shanghai", "cameras_per_1000_people", 159.0),
    ]


def test_the_funder_in_an_aside_owns_nothing(gazetteer: Gazetteer) -> None:
    text = "Honiara's network, funded by China and installed in 2024, has 168 cameras."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Honiara", 168.0)
    ]


def test_a_place_after_a_dash_or_a_comparison_is_not_where_the_figure_is(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Even the most watched city on this list, Johannesburg, has fewer than two cameras per "
        "1,000 people – a fraction of the rate in London or Shanghai."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Johannesburg", 2.0)
    ]


def test_numbered_entries_head_their_bullets_and_bylines_name_people(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Written by Amara Boateng\n\n1. China\n\nChina had around 700 million CCTV cameras. "
        "Beijing alone has more than 1.15 million cameras.\n\n"
        "• Number of CCTV cameras: 700 million (est.)\n• Cameras per 100 people: 49.6\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("China", "camera_count", 7e8, "about"),
        ("Beijing", "camera_count", 1.15e6, "over"),
        ("China", "camera_count", 7e8, "estimated"),
        ("China", "cameras_per_1000_people", 496.0, "exact"),
    ]


def test_respectively_pairs_the_listed_names_estimated_columns_and_border_towns(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Chicago and New York lead the US with about 35,000 and 25,000 cameras respectively. "
        "Shenzhen has 2 million cameras. The tech hub on the border with Hong Kong has more "
        "than 1.9 million cameras.\n\n| Country | Estimated cameras | Per 100 people |\n"
        "|---|---|---|\n| Brazil | 9 million | 4.2 |\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("Chicago", "camera_count", 35000.0, "about"),
        ("New York City", "camera_count", 25000.0, "about"),
        ("Shenzhen", "camera_count", 2e6, "exact"),
        ("Shenzhen", "camera_count", 1.9e6, "over"),
        ("Brazil", "camera_count", 9e6, "estimated"),
        ("Brazil", "cameras_per_1000_people", 42.0, "exact"),
    ]


def test_a_launch_year_before_and_and_a_source_year_before_which(gazetteer: Gazetteer) -> None:
    text = (
        "Istanbul's police camera system was launched in 2005 and has grown to about 10,000 "
        "cameras. The most widely quoted figure comes from a 2022 study, which counted 691,528 "
        "cameras in London."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Istanbul", 10000.0, None),
        ("London", 691528.0, 2022),
    ]


def test_a_list_whose_first_row_repeats_an_earlier_figure_still_sets_the_rows_metric(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The UK had 7.7 million cameras in 2023.\n\nKey numbers at a glance\n\n"
        "• UK: 7.7 million cameras (2023)\n• Germany: 5.2 million\n• Japan: 5 million\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("United Kingdom", 7.7e6, 2023),
        ("Germany", 5.2e6, None),
        ("Japan", 5e6, None),
    ]


def test_rows_under_an_x_versus_y_heading_give_each_place_its_figure(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "China vs US at a glance\n\n• Total cameras: 700 million vs 85 million\n"
        "• Cameras per 100 people: 49 vs 25\n• Facial recognition bans: none vs 15 cities\n"
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("China", "camera_count", 7e8),
        ("United States", "camera_count", 8.5e7),
        ("China", "cameras_per_1000_people", 490.0),
        ("United States", "cameras_per_1000_people", 250.0),
    ]


def test_a_name_used_as_a_regions_owns_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Buenos Aires has 300 cameras. The province of Buenos Aires, which surrounds the "
        "capital, runs about 10,000 cameras. The Moscow Region has about 160,000 cameras, "
        "while Moscow has 200,000. Lagos state has 2,000 cameras, while Ibadan has 300. "
        "Kiambu County has put up 300 cameras. Thika alone has about 220."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Buenos Aires", 300.0),
        ("Moscow", 200000.0),
        ("Ibadan", 300.0),
        # The region's figure was still a camera count: the bare "about 220" after it is one.
        ("Thika", 220.0),
    ]


def test_a_figure_across_the_state_is_the_regions(gazetteer: Gazetteer) -> None:
    text = (
        "Townsville has 300 cameras. Police can tap more than 20,000 cameras across the "
        "state. Dubai has 300,000 cameras, about 73 cameras per km² across the emirate's "
        "urban area. Sydney's network of more than 450 cameras remains the largest in the state."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Townsville", 300.0),
        ("Dubai", 300000.0),
        ("Dubai", 73.0),
        ("Sydney", 450.0),
    ]


def test_a_bare_count_after_a_sentence_about_cameras_and_a_gapped_second_place(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "About 500 police cameras are in Stockholm. That is roughly 0.5 police cameras per "
        "1,000 residents. Gothenburg has 220 and Malmö more than 180, with many in areas such "
        "as Rinkeby. The city has 400 officers."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("Stockholm", "camera_count", 500.0, "about"),
        ("Stockholm", "cameras_per_1000_people", 0.5, "about"),
        ("Gothenburg", "camera_count", 220.0, "exact"),
        ("Malmö", "camera_count", 180.0, "over"),
    ]


def test_a_bare_value_after_a_sentence_without_cameras_is_not_a_count(gazetteer: Gazetteer) -> None:
    text = "Crime fell in Sweden last year. Gothenburg has 220 and Malmö more than 180."
    assert extract(gazetteer, text).claims == []


def test_part_of_a_network_is_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "Durban has 1,000 cameras. A 2025 audit found that only 390 of them were working. "
        "Lilongwe has 300 cameras. Officials said in 2024 that only 160 of the city's 240 "
        "cameras were working. Bandung has 9,000 cameras. Of those, only 870 are online. "
        "About 2,000 of the cameras use facial recognition."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Durban", 1000.0, "exact", None),
        ("Durban", 390.0, "exact", 2025),
        ("Lilongwe", 300.0, "exact", None),
        ("Lilongwe", 160.0, "exact", 2024),
        ("Lilongwe", 240.0, "exact", 2024),
        ("Bandung", 9000.0, "exact", None),
        ("Bandung", 870.0, "exact", None),
        ("Bandung", 2000.0, "about", None),
    ]


def test_part_of_something_else_is_not_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "Sweden has 1,400 police cameras. There were 391 shootings in Sweden in 2022, 62 of them "
        "fatal. In Lima, 43 district municipalities run their own networks, and 12 of them share "
        "footage with the police."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Sweden", 1400.0)
    ]


def test_a_year_in_a_dash_aside_dates_something_else(gazetteer: Gazetteer) -> None:
    text = (
        "Ipswich has 96 cameras. Colchester - which was granted city status in 2022 - has fewer "
        "than 90. In 2022 Norwich had 120 cameras - a record. Lviv has 1,300 (2025)."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Ipswich", 96.0, None),
        ("Colchester", 90.0, None),
        ("Norwich", 120.0, 2022),
        ("Lviv", 1300.0, 2025),
    ]


def test_a_place_bounding_a_superlative_owns_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Chicago is often called the most surveilled city in America: its emergency office can "
        "tap some 40,000 cameras. Atlanta, with roughly 16,000 cameras, has one of the highest "
        "per-capita rates in the country – around 32 per 1,000 residents. London is the most "
        "surveilled city in Britain, with an estimated 942,000 cameras."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Chicago", "camera_count", 40000.0),
        ("Atlanta", "camera_count", 16000.0),
        ("Atlanta", "cameras_per_1000_people", 32.0),
        ("London", "camera_count", 942000.0),
    ]


def test_a_countrys_capital_is_its_capital_city(gazetteer: Gazetteer) -> None:
    text = "Serbia's capital now has more than 4,000 police cameras. Peru's capital city has 3,000."
    assert [(c.entity_name, c.entity_kind, c.value) for c in extract(gazetteer, text).claims] == [
        ("Belgrade", "city", 4000.0),
        ("Lima", "city", 3000.0),
    ]


def test_markets_watched_are_not_money(gazetteer: Gazetteer) -> None:
    text = (
        "Bhubaneswar now has 5,212 CCTV cameras watching its roads, markets and junctions, up "
        "from 2,150 in 2021. The market for cameras, worth 4,000 crore, grew."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Bhubaneswar", 5212.0, None),
        ("Bhubaneswar", 2150.0, 2021),
    ]


def test_part_of_a_named_places_network_and_an_events_year(gazetteer: Gazetteer) -> None:
    text = (
        "Only 180 of Port Harcourt's 1,200 CCTV cameras are working. In Port Moresby, fewer "
        "than 100 of the cameras installed for the 2018 APEC summit still work."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Port Harcourt", 180.0, None),
        ("Port Harcourt", 1200.0, None),
        ("Port Moresby", 100.0, None),
    ]


def test_a_list_of_places_counts_after_a_stated_count(gazetteer: Gazetteer) -> None:
    text = "Norwich has 120 cameras, the 97 in Derby and the 40 in Coventry are older."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Norwich", 120.0),
        ("Derby", 97.0),
        ("Coventry", 40.0),
    ]


def test_space_grouped_thousands_and_a_decimal_comma(gazetteer: Gazetteer) -> None:
    text = (
        "The company now operates 7 400 cameras across Johannesburg, up from 2 500 in 2020. "
        "Cape Town has 0,24 cameras per 1 000 residents.\n\nCity Cameras Sites\n\nLeeds 950 120"
    )
    claims = extract(gazetteer, text).claims
    assert [(c.entity_name, c.metric, c.value) for c in claims[:3]] == [
        ("Johannesburg", "camera_count", 7400.0),
        ("Johannesburg", "camera_count", 2500.0),
        ("Cape Town", "cameras_per_1000_people", 0.24),
    ]
    # Two numbers that end a table row are two cells, not one space-grouped number.
    assert ("Leeds", 950.0) in [(c.entity_name, c.value) for c in claims]
    assert all(c.value != 950120.0 for c in claims)


def test_a_figure_restated_without_its_year_in_the_same_sentence_is_one_claim(
    gazetteer: Gazetteer,
) -> None:
    text = 'The BHE counted 5.2mn cameras in Germany in 2024 — "5,2 Mio. Kameras", it said.'
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [(5.2e6, 2024)]


def test_a_city_of_the_documents_country_wins_over_a_bigger_namesake_abroad(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Auckland has 1,100 cameras. Christchurch has 400 and Wellington 300. New Zealand has "
        "800,000 in all.\n\nA promise not kept\n\nHere in Hamilton, the council's 160 cameras "
        "cost a lot. London has 900,000 cameras, they say."
    )
    cities = {c.entity_name: c.country_iso3 for c in extract(gazetteer, text).claims}
    # Hamilton, Ontario is four times the size of Hamilton, New Zealand; London, Ontario is a
    # twentieth of London.
    assert cities["Hamilton"] == "NZL"
    assert cities["London"] == "GBR"


def test_spoken_hedges_make_a_figure_approximate(gazetteer: Gazetteer) -> None:
    text = (
        "Auckland Council runs 1,100 cameras. That is one for every 1,500 or so residents. "
        "Edinburgh council runs 230-odd cameras. Faisalabad has like 250 cameras. Across the "
        "whole of Christchurch it is more like 400 cameras."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Auckland", 1100.0, "exact"),
        ("Auckland", 1500.0, "about"),
        ("Edinburgh", 230.0, "about"),
        ("Faisalabad", 250.0, "about"),
        ("Christchurch", 400.0, "about"),
    ]


def test_bare_figures_a_few_lines_after_talk_of_cameras_are_counts(gazetteer: Gazetteer) -> None:
    text = (
        "How many cameras does Casablanca have?\n\nWe are at 4,260 today.\n\nWhat about the "
        "other cities?\n\nFès has fewer than 500, and it needs more.\n\nThe budget is a "
        "worry.\n\nIt is big.\n\nWe spoke of schools.\n\nAnd of roads.\n\nThen of "
        "trains.\n\nThen of ports.\n\nThen of the weather.\n\nThen of taxes.\n\n"
        + "Then of other things.\n\n" * 8
        + "Tangier has 900."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Casablanca", 4260.0, "exact"),
        ("Fes", 500.0, "under"),
        # Sixteen segments without cameras later, a bare figure is no longer taken for a count.
    ]


def test_spoken_contractions_state_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "The council runs the cameras. Aberdeen's got 66 cameras, according to the council. "
        "There's 37 Garda CCTV cameras in Cork."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Aberdeen", 66.0),
        ("Cork", 37.0),
    ]


def test_working_cameras_are_a_count_when_the_talk_is_of_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Colombo has 1,200 cameras, the minister said. I'd say 600 work, on a good day. "
        "Islamabad has 2,840 cameras. Today, more than 2,500 are functional."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Colombo", 1200.0, "exact"),
        ("Colombo", 600.0, "exact"),
        ("Islamabad", 2840.0, "exact"),
        ("Islamabad", 2500.0, "over"),
    ]
    assert extract(gazetteer, "In 2019 crime rose in Lahore. Today, 520 are working.").claims == []


def test_a_surname_seen_after_a_first_name_is_the_person_later(gazetteer: Gazetteer) -> None:
    text = (
        "Valparaíso has 620 cameras, the mayor told the presenter, Andrés Molina. Molina then "
        "read from a report that found fewer than 400 were recording."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Valparaíso", 620.0),
        ("Valparaíso", 400.0),
    ]


def test_a_citys_cctv_network_municipality_and_corporation_are_the_city(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Lagos CCTV network hits 2,300 cameras as Abuja struggles. The Dammam Municipality said "
        "it runs 3,100 cameras. The Kochi Corporation operates 300 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Lagos", 2300.0),
        ("Dammam", 3100.0),
        ("Kochi", 300.0),
    ]


def test_part_of_a_network_after_of_these(gazetteer: Gazetteer) -> None:
    text = (
        "Islamabad has 2,840 cameras. Of these, 1,950 were installed in the first phase in "
        "2016. Lahore recorded 3,000 cases. Of these, 2,406 led to an arrest."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Islamabad", 2840.0, None),
        ("Islamabad", 1950.0, 2016),
    ]


def test_a_reported_year_dates_what_was_reported(gazetteer: Gazetteer) -> None:
    text = (
        "Winnipeg police told city council in 2025 that it could access 1,480 cameras, but only "
        "46 of those are owned by the city. Toulouse said in 2025 that it had 520 cameras, and "
        "Grenoble has just 590."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Winnipeg", 1480.0, 2025),
        ("Winnipeg", 46.0, 2025),
        ("Toulouse", 520.0, 2025),
        ("Grenoble", 590.0, None),
    ]


def test_a_bare_count_for_a_population(gazetteer: Gazetteer) -> None:
    text = (
        "Kigali has 1,000 cameras. Dunedin has 140 for 130,000 people. Makati has about 1,800 "
        "for a much smaller population."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Kigali", 1000.0),
        ("Dunedin", 140.0),
        ("Makati City", 1800.0),
    ]


def test_a_period_of_years_and_a_planned_total_are_not_figures(gazetteer: Gazetteer) -> None:
    text = (
        "Karachi police's older network of some 2,700 cameras, installed between 2007 and 2012, "
        "is largely broken. Lahore has about 1,300 cameras installed against a planned 10,000."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Karachi", 2700.0, "about"),
        ("Lahore", 1300.0, "about"),
    ]


def test_years_of_a_when_clause_and_of_a_networks_part(gazetteer: Gazetteer) -> None:
    text = (
        "As of November 1, 2026, the network of Kyiv comprises 6,240 cameras, of which 5,100 "
        "are connected to the platform. Cameras in Mexico City have multiplied since 2019, when "
        "the capital had 15,310. Lima has had 3,000 cameras since 2020."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Kyiv", 6240.0, 2026),
        ("Kyiv", 5100.0, 2026),
        ("Mexico City", 15310.0, 2019),
        ("Lima", 3000.0, None),
    ]


def test_a_glossed_acronym_before_cameras_and_the_number_was_only(gazetteer: Gazetteer) -> None:
    text = (
        "KUALA LUMPUR: The city now has 1,640 closed-circuit television (CCTV) cameras. The "
        "mayor said the number was only 900 in 2020."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Kuala Lumpur", 1640.0, None),
        ("Kuala Lumpur", 900.0, 2020),
    ]


def test_units_ones_and_part_of_its_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Houston links more than 1,200 city-owned cameras and about 900 private ones. Malang "
        "has 1,006 CCTV cameras, while Palembang has more than 500 units. Moscow is watched. Of "
        "its some 260,000 cameras, about 100,000 are capable of facial recognition. South Korea had "
        "1.8 million public CCTVs. Seoul accounted for 116,500 of them. Lagos has 500 CCTV "
        "cameras and 3,000 housing units."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Houston", 1200.0),
        ("Houston", 900.0),
        ("Malang", 1006.0),
        ("Palembang", 500.0),
        ("Moscow", 260000.0),
        ("Moscow", 100000.0),
        ("South Korea", 1800000.0),
        ("Seoul", 116500.0),
        ("Lagos", 500.0),
    ]


def test_a_source_closing_the_sentence_dates_its_figures(gazetteer: Gazetteer) -> None:
    text = (
        "Riga now has about 1,100 municipal cameras, roughly one for every 550 residents, "
        "according to the city's 2021 security plan."
    )
    assert [(c.metric, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 1100.0, 2021),
        ("people_per_camera", 550.0, 2021),
    ]


def test_its_after_a_regions_name_is_the_regions(gazetteer: Gazetteer) -> None:
    text = (
        "Moscow has 200,000 cameras. The Moscow Region, which surrounds the capital, has its own "
        "system of about 160,000 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Moscow", 200000.0)
    ]


def test_a_transport_operators_cameras_are_not_the_citys(gazetteer: Gazetteer) -> None:
    text = (
        "London has 600,000 cameras. Transport for London runs around 15,000 cameras on the "
        "Underground. Lyon has 600 cameras; the transport operator TCL runs more than 4,000 "
        "cameras on buses. Moscow's Metro has its own system of 5,500 cameras. Mangaung Metro "
        "runs 64 cameras in Bloemfontein. There are roughly 2,500 public cameras across metro "
        "Melbourne. Incheon, home to the main international airport, counts some 29,000 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("London", 600000.0),
        ("Lyon", 600.0),
        ("Bloemfontein", 64.0),
        ("Melbourne", 2500.0),
        ("Incheon", 29000.0),
    ]


def test_a_district_between_the_city_and_the_figure_owns_it(gazetteer: Gazetteer) -> None:
    text = (
        "Seoul has 80,000 cameras. Gangnam-gu alone operates more than 7,000 cameras. In "
        "Istanbul's Fatih district, where 640 cameras were installed, thefts fell. Quezon City "
        "has 3,100 cameras. Barangay Batasan Hills alone has 140 cameras. Sapporo has 1,200 "
        "cameras in its central ward."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Seoul", 80000.0),
        ("Quezon City", 3100.0),
        ("Sapporo", 1200.0),
    ]


def test_plans_and_targets_are_not_counts(gazetteer: Gazetteer) -> None:
    text = (
        "Singapore has 90,000 police cameras and plans to have 200,000 police cameras by 2030. "
        "Qatar has said it aims to double its public network to 30,000 cameras by 2030. São "
        "Paulo has 20,000 cameras; the city says it aims to reach 40,000 cameras by 2026."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Singapore", 90000.0),
        ("São Paulo", 20000.0),
    ]


def test_an_aside_with_its_own_place_and_a_nations_superlative(gazetteer: Gazetteer) -> None:
    text = (
        "Karachi has 3,000 cameras. Officials pointed to India, where Delhi has more than "
        "250,000 cameras, many of them private. Jackson, Mississippi, a city with one of the "
        "nation's highest homicide rates, had fewer than 300 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Karachi", 3000.0),
        ("Delhi", 250000.0),
        ("Jackson", 300.0),
    ]


def test_cameras_as_a_base_or_per_server_are_not_counts(gazetteer: Gazetteer) -> None:
    text = (
        "London has 600,000 cameras. A police report found that only one crime was solved for "
        "every 1,000 cameras. Our platform supports up to 512 cameras per server. Delhi has "
        "1,826 cameras per square mile."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("London", "camera_count", 600000.0),
        ("Delhi", "cameras_per_sq_mile", 1826.0),
    ]


def test_the_kingdom_and_an_attribution_closing_the_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "Saudi Arabia is big. The number of security cameras in the Kingdom reached 1.4 million "
        "in 2025. Vietnam has connected over 320,000 cameras, including 65,000 installed by "
        "residents, General Thanh said in October 2026. Beijing has 1.5 million cameras, which "
        "compares with 1.15 million cameras the bureau reported in 2019."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Saudi Arabia", 1.4e6, 2025),
        ("Vietnam", 320000.0, 2026),
        ("Vietnam", 65000.0, 2026),
        ("Beijing", 1.5e6, None),
        ("Beijing", 1.15e6, 2019),
    ]


def test_a_forecast_by_a_year_and_a_count_between_dashes(gazetteer: Gazetteer) -> None:
    text = (
        "China had 349 million cameras in 2018, IHS said. It predicted the total would reach 626 "
        "million by 2020. The United States has far fewer cameras than China in total – "
        "somewhere around 85 million – but it has a lot. A city would need 1,000 more."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("China", 349e6, "exact", 2018),
        ("China", 626e6, "estimated", 2020),
        ("United States", 85e6, "about", None),
    ]


def test_years_of_a_prediction_an_event_and_a_first_state(gazetteer: Gazetteer) -> None:
    text = (
        "In 2019, IHS Markit predicted that China would have 626 million cameras by 2020. Dubai "
        "has around 300,000 cameras, most of them linked to the programme launched in 2018. "
        "Rawalpindi had 640 cameras when its project was inaugurated in 2023. Winnipeg has "
        "1,480 cameras. Regina, a city a third the size of Winnipeg, has roughly 130 cameras. "
        "Wrocław operates about 800 cameras and is migrating them to a new platform under a "
        "contract awarded in 2025. Guangzhou has about 1.02 million cameras, a figure the "
        "bureau has repeated since early 2025."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("China", 626e6, 2020),
        ("Dubai", 300000.0, None),
        ("Rawalpindi", 640.0, 2023),
        ("Winnipeg", 1480.0, None),
        ("Regina", 130.0, None),
        ("Wrocław", 800.0, None),
        ("Guangzhou", 1.02e6, None),
    ]


def test_a_citys_city_form_does_not_shut_out_a_bigger_namesake(gazetteer: Gazetteer) -> None:
    text = (
        "Delhi has 2 lakh cameras. The Hyderabad City Police say more than 6.5 lakh cameras are "
        "linked. Tokyo has 2,000 cameras. Shinjuku ward alone has about 300 cameras. Within "
        "Seoul, the southern ward of Gangnam operated 7,200 units."
    )
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("Delhi", "IND", 200000.0),
        ("Hyderabad", "IND", 650000.0),
        ("Tokyo", "JPN", 2000.0),
    ]


def test_of_these_installed_after_a_ratio_about_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Bhubaneswar now has 5,212 CCTV cameras. That works out to roughly one camera for every "
        "230 residents. Of these, about 1,600 were installed under the Smart City mission."
    )
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 5212.0),
        ("people_per_camera", 230.0),
        ("camera_count", 1600.0),
    ]


def test_the_city_of_x_has_n_of_its_own_is_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "The state C5 links 12,000 cameras. The city of Monterrey has about 2,900 of its own, "
        "officials said. Peshawar's system runs on just 420 cameras for a city of well over 2 "
        "million."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Monterrey", 2900.0),
        ("Peshawar", 420.0),
    ]


def test_of_them_working_and_a_deals_year(gazetteer: Gazetteer) -> None:
    text = (
        "Islamabad has 2,000 cameras. A 2019 audit found only 1,150 of them working. In Kampala, "
        "police monitor more than 3,200 cameras installed under a deal signed in 2018."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Islamabad", 2000.0, None),
        ("Islamabad", 1150.0, 2019),
        ("Kampala", 3200.0, None),
    ]


def test_earlier_states_and_linked_networks(gazetteer: Gazetteer) -> None:
    text = (
        "Safe City network by city:\n\n- Tbilisi: 2,400 cameras\n- Kutaisi: 410 cameras (up "
        "from 95 in 2020)\n\nCape Town has 1,200 cameras. That is up from 480 in 2017. Atlanta's "
        "network links about 18,000, many of them private. Hyderabad has 6.5 lakh cameras; they "
        "helped crack 2,843 cases this year, up from 1,910 last year."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Tbilisi", 2400.0, None),
        ("Kutaisi", 410.0, None),
        ("Kutaisi", 95.0, 2020),
        ("Cape Town", 1200.0, None),
        ("Cape Town", 480.0, 2017),
        ("Atlanta", 18000.0, None),
        ("Hyderabad", 650000.0, None),
    ]


def test_a_dashed_estimate_and_a_small_network_after_talk_of_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Vienna has 300 cameras. London does have them - an estimated 900,000, if you believe "
        "the industry. Council cameras are few in the north. Salford City Council runs just 58, "
        "most of them along the A6."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Vienna", 300.0, "exact"),
        ("London", 900000.0, "estimated"),
        ("Salford", 58.0, "exact"),
    ]


def test_a_provincial_government_is_a_regions(gazetteer: Gazetteer) -> None:
    text = "Santa Fe has 300 cameras. The Santa Fe provincial government runs 2,600 cameras."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Santa Fe", 300.0)
    ]


def test_dates_of_a_dateline_and_an_excluded_set_are_not_figures(gazetteer: Gazetteer) -> None:
    text = (
        '"Makkah, Jumada Al-Akhirah 15, 1448, November 25, 2026, SPA -- The Makkah municipality '
        "has more than 16,000 cameras. The figure does not include the more than 7,000 cameras "
        "inside the Grand Mosque."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Makkah", 16000.0, None)
    ]


def test_a_sentence_opening_with_its_dated_source(gazetteer: Gazetteer) -> None:
    text = (
        "A 2011 study by Cheshire Constabulary, which counted cameras in one county, estimated "
        "there were 1.85 million cameras in Britain. According to a 2025 answer to a "
        "parliamentary question, the Belgrade police network now comprises 4,600 cameras. "
        "Bengaluru has 7,500 police cameras. The total is probably closer to 10k."
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("United Kingdom", 1.85e6, "estimated", 2011),
        ("Belgrade", 4600.0, "exact", 2025),
        ("Bengaluru", 7500.0, "exact", None),
        ("Bengaluru", 10000.0, "about", None),
    ]


def test_a_figure_compared_in_the_same_sentence_shares_its_year(gazetteer: Gazetteer) -> None:
    text = "In 2018 the US had 70 million cameras, compared with China's 349 million."
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("United States", 70e6, 2018),
        ("China", 349e6, 2018),
    ]


def test_a_change_of_one_camera_per_1000_is_not_a_rate(gazetteer: Gazetteer) -> None:
    text = (
        "Wrocław has 2.6 cameras per 1,000 residents. In the models, a rise of one camera per "
        "1,000 residents was associated with 3 per cent fewer thefts."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Wrocław", "cameras_per_1000_people", 2.6)
    ]


def test_is_past_and_is_at_around_state_a_count(gazetteer: Gazetteer) -> None:
    text = (
        "Beijing has a million cameras. Moscow is past 200,000, and every camera feeds one "
        "platform. Nottingham has a population of about 330,000, while Leicester's is about "
        "370,000."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Beijing", 1e6, "exact"),
        ("Moscow", 200000.0, "over"),
    ]


def test_per_square_mile_opening_a_sentence_makes_its_count_a_density(
    gazetteer: Gazetteer,
) -> None:
    text = "London has 627,000 cameras. Per square mile, that's about 1,034 cameras."
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 627000.0),
        ("cameras_per_sq_mile", 1034.0),
    ]


def test_a_compared_rate_after_a_plural_possessive(gazetteer: Gazetteer) -> None:
    text = (
        "The UK has roughly 29 cameras per square kilometre, compared with China's 73 and the "
        "United States' 8.7."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("United Kingdom", 29.0),
        ("China", 73.0),
        ("United States", 8.7),
    ]


def test_an_estimate_in_the_next_clause_is_the_next_figures(gazetteer: Gazetteer) -> None:
    text = (
        "Beijing and Shanghai have 1.15 million and 1 million cameras respectively, and the "
        "southern tech hub of Shenzhen has an estimated 2 million cameras."
    )
    assert [(c.entity_name, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Beijing", "exact"),
        ("Shanghai", "exact"),
        ("Shenzhen", "estimated"),
    ]


def test_the_network_counted_n(gazetteer: Gazetteer) -> None:
    text = "Moscow has 200,000 cameras. Back in 2017, the network counted 160,000."
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (200000.0, None),
        (160000.0, 2017),
    ]


def test_n_plus_written_as_a_word_and_a_comparison_below_a_place(gazetteer: Gazetteer) -> None:
    text = (
        "Safe City Phase II brings 1,500-plus cameras to Accra. Hong Kong has 54,000 cameras. "
        "That is about 7.3 cameras per 1,000 residents, far below the rate seen in Shenzhen."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Accra", 1500.0, "over"),
        ("Hong Kong", 54000.0, "exact"),
        ("Hong Kong", 7.3, "about"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanoi has 900 cameras. Quảng Ninh Province has installed nearly 2,500 cameras in "
            "its cities and tourist areas.",
            [("Hanoi", 900.0)],
        ),
        (
            "Cartagena has 900 cameras. The department of Antioquia has 5,200 cameras in its "
            "125 municipalities.",
            [("Cartagena", 900.0)],
        ),
        (
            "Moscow has 9,000 cameras. In Kazan, the number reached 18,500 in 2025, while the "
            "republic as a whole has more than 30,000.",
            [("Moscow", 9000.0), ("Kazan", 18500.0)],
        ),
        (
            "Kochi has 300 cameras. Across the State, the Kerala Police have geo-tagged about "
            "1.2 lakh private cameras.",
            [("Kochi", 300.0)],
        ),
        (
            "Bandung has 400 cameras. Across West Java, provincial officials estimate there are "
            "roughly 9,000 cameras.",
            [("Bandung", 400.0)],
        ),
        (
            "Guadalajara has 900 cameras.\n\nIn the north, the C5 said it had 12,000 cameras "
            "statewide.",
            [("Guadalajara", 900.0)],
        ),
    ],
)
def test_a_region_named_before_the_figure_takes_it(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == expected


def test_a_region_describing_the_owner_or_named_before_it_takes_nothing(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Ningbo, a port city in East China's Zhejiang Province, counted 145,800 cameras. "
        "Wuxi in Jiangsu Province has nearly 300,000 cameras. "
        "In Benin City, the Edo State Government installed 150 cameras. "
        "In the Eastern Province, the Dammam Municipality said it had 3,100 cameras. "
        "The department of Antioquia has 5,200 cameras, and there are about 13,000 public "
        "cameras in Colombia. Police monitor 9,000 cameras across the emirate, about 5,200 of "
        "them in Ras Al Khaimah city itself."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Ningbo", 145800.0),
        ("Wuxi", 300000.0),
        ("Benin City", 150.0),
        ("Dammam", 3100.0),
        ("Colombia", 13000.0),
        ("Ras Al Khaimah", 5200.0),
    ]


def test_a_hedge_before_every_and_a_demonym_the_gazetteer_lacks(gazetteer: Gazetteer) -> None:
    text = (
        "Kuala Lumpur has 9,000 cameras. That gives the city one camera for roughly every 200 "
        "residents. Johannesburg has one camera for every 950 Joburgers. Marseille has about "
        "2.2 cameras for every 1,000 Marseillais. Lagos has one camera for every 100 officers."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("Kuala Lumpur", "camera_count", 9000.0, "exact"),
        ("Kuala Lumpur", "people_per_camera", 200.0, "about"),
        ("Johannesburg", "people_per_camera", 950.0, "exact"),
        ("Marseille", "cameras_per_1000_people", 2.2, "about"),
    ]


def test_a_small_count_after_a_places_label_is_its_network(gazetteer: Gazetteer) -> None:
    text = "Council CCTV networks:\n\n- Leicester: 164 cameras\n- Lincoln: 96 cameras\n"
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Leicester", 164.0),
        ("Lincoln", 96.0),
    ]
    assert extract(gazetteer, "In Lincoln, an update: 45 cameras stolen last week.").claims == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan has 5 million cameras, according to one estimate.",
        "Japan has 5 million cameras, by one estimate.",
        "Japan has 5 million cameras, an industry estimate suggests.",
        "Researchers reckon Japan has 5 million cameras.",
    ],
)
def test_an_estimate_named_after_the_figure_or_a_reckoning(gazetteer: Gazetteer, text: str) -> None:
    assert [(c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        (5_000_000.0, "estimated")
    ]


def test_a_count_in_our_estimate_keeps_its_own_qualifier(gazetteer: Gazetteer) -> None:
    text = "Councils operate fewer than 15,000 of the 691,528 cameras in London in our estimate."
    assert [(c.value, c.qualifier) for c in extract(gazetteer, text).claims][-1:] == [
        (691_528.0, "exact")
    ]


def test_a_dated_source_after_the_figure_and_a_ratio_after_a_dash(gazetteer: Gazetteer) -> None:
    text = (
        "In Harbin, the figure we could find is 66,000 cameras, from a 2019 provincial news "
        "release. China had an estimated 540 million surveillance cameras in 2021, according "
        "to one widely cited industry report – roughly 380 for every 1,000 people."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Harbin", 66000.0, 2019),
        ("China", 540_000_000.0, 2021),
        ("China", 380.0, 2021),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tehran's municipality runs surveillance cameras numbering 3,800 in parks.", 3800.0),
        ("The CCTV network in Tehran comprises 1,200 devices.", 1200.0),
        ("Tehran now has 1,200 high-definition, AI-enabled cameras.", 1200.0),
        ("Tehran has 1,200 4K cameras.", 1200.0),
        ("Tehran has 1.200 cameras.", 1200.0),
    ],
)
def test_more_ways_to_write_a_count(gazetteer: Gazetteer, text: str, value: float) -> None:
    assert [c.value for c in extract(gazetteer, text).claims] == [value]


def test_a_figure_said_twice_in_a_sentence_once_plainly_is_the_qualified_one(
    gazetteer: Gazetteer,
) -> None:
    text = "Amsterdam's register lists \"ruim 2.500 camera's\" — more than 2,500 cameras."
    assert [(c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [(2500.0, "over")]
    text = "Amsterdam has about 2,500 cameras; the register lists 2,500 cameras."
    assert [(c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [(2500.0, "about")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lagos has 2.1 cameras/1,000 people.", [("cameras_per_1000_people", 2.1, None)]),
        ("Lagos has 40 cameras/km².", [("cameras_per_sq_km", 40.0, None)]),
        ("Lagos has 2.1 cameras per 1,000.", [("cameras_per_1000_people", 2.1, None)]),
        ("Per 1,000 residents, Lagos has 2.1 cameras.", [("cameras_per_1000_people", 2.1, None)]),
        (
            "Lagos has 2.1 cameras per 1,000 people, up from 1.4 in 2020.",
            [("cameras_per_1000_people", 2.1, None), ("cameras_per_1000_people", 1.4, 2020)],
        ),
        (
            "Lagos has 40 cameras per km2, up from 31 in 2020.",
            [("cameras_per_sq_km", 40.0, None), ("cameras_per_sq_km", 31.0, 2020)],
        ),
        ("Lagos solved 12 crimes per 1,000 cameras.", []),
    ],
)
def test_more_ways_to_write_a_rate(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float, int | None]]
) -> None:
    assert [(c.metric, c.value, c.year) for c in extract(gazetteer, text).claims] == expected


def test_a_rate_compared_after_a_semicolon_and_a_subject_only_after_a_leading_base(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Lagos has 2.1 cameras per 1,000 people; Abuja has 1.2. Berlin recorded 0.5 cameras "
        "per 100 people, and Sydney had 12 cameras per 1,000 residents."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Lagos", 2.1),
        ("Abuja", 1.2),
        ("Berlin", 5.0),
        ("Sydney", 12.0),
    ]


def test_a_network_grown_to_a_count_from_an_earlier_one(gazetteer: Gazetteer) -> None:
    text = "The Lagos camera network has grown to 1,200 from 800 in 2020."
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (1200.0, None),
        (800.0, 2020),
    ]


def test_bare_figures_well_after_talk_of_cameras_in_a_debate(gazetteer: Gazetteer) -> None:
    text = (
        "COUNCILLOR: How many CCTV cameras does the city run?\n\n"
        "SECRETARY: We will send the series in writing.\n\n"
        "COUNCILLOR: I want it year by year.\n\n"
        "SECRETARY: With pleasure.\n\n"
        "CHAIR: Order, please.\n\n"
        "COUNCILLOR: Bogotá has more than 7,000 and Cali something like 1,500.\n\n"
        "SECRETARY: Aberdeen's got 600 – sorry, 660 cameras."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Bogotá", 7000.0, "over"),
        ("Cali", 1500.0, "about"),
        ("Aberdeen", 660.0, "exact"),
    ]


def test_a_count_compared_with_after_other_things_counted_is_theirs(gazetteer: Gazetteer) -> None:
    text = (
        "Port Louis has 4,000 cameras. Footage from the network was used as evidence in 1,236 "
        "cases referred to the Office of the Director of Public Prosecutions during the year, "
        "compared with 1,019 in 2024."
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [4000.0]


@pytest.mark.parametrize(
    "text",
    [
        "The Kochi Corporation has sought ₹22 crore to replace 300 older analogue cameras.",
        "Police in Dhaka want money to repair 1,200 cameras.",
        "The budget will upgrade 150 older cameras in Brisbane to high-definition.",
        "Bangkok's governor has promised to fix 10,000 broken cameras.",
        "Before Amman installs the next 10,000 cameras, we deserve answers.",
        "The upgrade included 4K cameras at Islamabad's 28 junctions.",
    ],
)
def test_work_on_part_of_a_network_the_next_cameras_and_a_resolution_are_no_counts(
    gazetteer: Gazetteer, text: str
) -> None:
    assert extract(gazetteer, text).claims == []


def test_the_sultanate_and_a_fully_operational_part(gazetteer: Gazetteer) -> None:
    text = (
        "Leicester City Council operates 392 public space CCTV cameras, of which 361 were fully "
        "operational. The Safe City project in Salalah now covers 1,460 cameras. Across the "
        "Sultanate, more than 24,000 cameras were connected in 2025."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Leicester", 392.0),
        ("Leicester", 361.0),
        ("Şalālah", 1460.0),
        ("Oman", 24000.0),
    ]


def test_an_answer_opening_with_its_bare_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Q: How many cameras does Tashkent have?\nA: According to the city's police, roughly "
        "12,500 as of 2025 — about 4.2 per 1,000 residents.\n\n"
        "How many CCTV cameras are there in the world?\n\nOver 1 billion."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Tashkent", "camera_count", 12500.0, 2025),
        ("Tashkent", "cameras_per_1000_people", 4.2, 2025),
    ]


def test_a_space_table_with_one_metric_column_after_a_place_column(gazetteer: Gazetteer) -> None:
    text = (
        "Table 2: CCTV cameras by city\nCity  Cameras  Population\nDjibouti City  320  600,000\n"
        "Juba  150  525,000\n\nThe review looked at other cities:\n\n"
        "- Dunedin City Council operates 110 cameras (2026)\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Djibouti", 320.0, None),
        ("Juba", 150.0, None),
        ("Dunedin", 110.0, 2026),
    ]


def test_a_numeric_dates_year_dates_the_figure(gazetteer: Gazetteer) -> None:
    text = (
        "The number of CCTV cameras installed in India stands at 9,43,000 as on 01.01.2026. "
        "Leicester had 392 cameras at 30/09/2025."
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (943000.0, 2026),
        (392.0, 2025),
    ]


def test_a_gapped_small_count_after_a_stated_one_but_not_a_dates_day(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Cork City Council runs 58 cameras, while Galway has 31 (2023) and Limerick more than "
        "40. In addition, as at November 23, 2026, the Cork police can see 200 cameras."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Cork", 58.0, "exact"),
        ("Galway", 31.0, "exact"),
        ("Limerick", 40.0, "over"),
        ("Cork", 200.0, "exact"),
    ]


def test_a_count_someone_found_and_a_page_reference(gazetteer: Gazetteer) -> None:
    text = (
        "Our researchers mapped 1,843 cameras in central Belgrade. In Novi Sad, we found 212. "
        "Warsaw's system grew to 1,020 cameras in 2024 (Kowalski 2024, p. 12), roughly 0.57 per "
        "1,000 residents."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Belgrade", 1843.0, None),
        ("Novi Sad", 212.0, None),
        ("Warsaw", 1020.0, 2024),
        ("Warsaw", 0.57, 2024),
    ]


def test_a_part_including_after_a_count_of_towns(gazetteer: Gazetteer) -> None:
    text = "Uganda has installed 5,552 cameras in 23 towns, including 3,233 in Kampala."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Uganda", 5552.0),
        ("Kampala", 3233.0),
    ]


def test_an_equipped_part_and_a_list_of_gapped_counts_after_semicolons(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "More than 225,000 cameras are connected in Moscow. Of these, about 100,000 are equipped "
        "with facial recognition. Buenos Aires has some 15,000 cameras. Córdoba has 1,900; "
        "Rosario 2,600; Mendoza, 1,100."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Moscow", 225000.0),
        ("Moscow", 100000.0),
        ("Buenos Aires", 15000.0),
        ("Córdoba", 1900.0),
        ("Rosario", 2600.0),
        ("Mendoza", 1100.0),
    ]


def test_stat_tiles_under_a_heading_about_one_places_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Number of CCTV cameras in Nairobi, Kenya\nPublic CCTV cameras 1,850 2025\n"
        "Cameras per 1,000 residents 0.4\nBest Home Security Cameras of 2025\n"
    )
    assert [
        (c.entity_name, c.metric, c.value, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Nairobi", "camera_count", 1850.0, 2025),
        ("Nairobi", "cameras_per_1000_people", 0.4, None),
        # "Best Home Security Cameras of 2025" is a headline, not a tile of 2,025 cameras.
    ]


def test_a_wrapped_line_naming_a_place_and_cameras_heads_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "2. Saint Petersburg, Russia – 102,000 cameras\nCameras per 1,000 people: 18.2\n"
        "Population: 5.6 million\n"
        "Russia's second city connects its cameras to the same kind of platform as the\n"
        "capital. Rank change: ▲1\n\n"
        "3. Kazan, Russia – 22,500 cameras\nCameras per 1,000 people: 17.3\n"
        "Population: 1.3 million\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Saint Petersburg", 102000.0),
        ("Saint Petersburg", 18.2),
        ("Kazan", 22500.0),
        ("Kazan", 17.3),
    ]


def test_the_governorates_total_is_a_regions_but_the_emirates_is_the_citys(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The company will install another 500 cameras in Sohar under Phase 2, bringing the "
        "governorate's total to 2,100. Dubai's police say the emirate's Oyoon programme "
        "connects more than 300,000 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Dubai", 300000.0)
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("London has just shy of 600,000 cameras.", "under"),
        ("London has south of 600,000 cameras.", "under"),
        ("London has in the region of 600,000 cameras.", "about"),
        ("London has 600,000 cameras, give or take.", "about"),
        ("London has 600,000 cameras or thereabouts.", "about"),
        ("London has close on 600,000 cameras.", "about"),
        ("London has the best part of 600,000 cameras.", "about"),
        ("London has c. 600,000 cameras.", "about"),
        ("London has not quite 600,000 cameras.", "about"),
        ("London has no fewer than 600,000 cameras.", "over"),
    ],
)
def test_more_hedges(gazetteer: Gazetteer, text: str, qualifier: str) -> None:
    assert [(c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        (600000.0, qualifier)
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Lagos had 1,200 cameras at the end of the 2023/24 financial year.", 2024),
        ("Lagos had 1,200 cameras in 2024-25.", 2025),
        ("Lagos had 1,200 cameras in FY2025.", 2025),
    ],
)
def test_a_financial_year_is_the_year_it_ends(gazetteer: Gazetteer, text: str, year: int) -> None:
    assert [c.year for c in extract(gazetteer, text).claims] == [year]


def test_a_scaled_rate_is_written_without_float_noise(gazetteer: Gazetteer) -> None:
    claims = extract(gazetteer, "The U.S. has 15.28 cameras per 100 people.").claims
    assert [repr(c.value) for c in claims] == ["152.8"]


def test_a_council_the_gazetteer_cannot_place_takes_its_figure(gazetteer: Gazetteer) -> None:
    text = (
        "The City of Greater Bendigo runs 72 cameras. Beechworth Council has 35 cameras. "
        "Salford City Council runs just 58 cameras. Lima's Metropolitan Municipality operates "
        "about 1,200 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bendigo", 72.0),
        ("Salford", 58.0),
        ("Lima", 1200.0),
    ]


def test_a_gapped_count_after_a_name_the_gazetteer_cannot_place(gazetteer: Gazetteer) -> None:
    text = (
        "Bendigo has 172 cameras and Beechworth 122. Gothenburg has 220 and Malmö more than "
        "180. Nationally, ECU 911 said in 2024 that Ecuador had 7,600 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Bendigo", 172.0),
        ("Gothenburg", 220.0),
        ("Malmö", 180.0),
        ("Ecuador", 7600.0),
    ]


def test_a_sentence_subject_the_gazetteer_cannot_place_takes_its_figure(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Ipoh has 300 cameras. Penang has about 2,500 cameras under its two city councils. "
        "Chongqing is huge. It has approximately 2.58 million cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Ipoh", 300.0),
        ("Chongqing", 2_580_000.0),
    ]


def test_for_every_camera_there_are_n_people(gazetteer: Gazetteer) -> None:
    text = (
        "In London, for every camera there are 14 people. For every CCTV camera in Delhi there "
        "are roughly 60 residents."
    )
    assert [
        (c.entity_name, c.metric, c.value, c.qualifier) for c in extract(gazetteer, text).claims
    ] == [
        ("London", "people_per_camera", 14.0, "exact"),
        ("Delhi", "people_per_camera", 60.0, "about"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In London there are 40 cameras to the square kilometre.",
        "London packs 40 cameras into each square kilometre.",
    ],
)
def test_cameras_to_the_square_kilometre(gazetteer: Gazetteer, text: str) -> None:
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("cameras_per_sq_km", 40.0)
    ]


def test_a_city_named_through_its_country(gazetteer: Gazetteer) -> None:
    text = (
        "The Kenyan capital has about 1,800 cameras. Brazil's largest city has 31,000 cameras. "
        "Edinburgh has 216 cameras, one of the lowest counts of any UK capital."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Nairobi", 1800.0),
        ("São Paulo", 31000.0),
        ("Edinburgh", 216.0),
    ]


def test_a_state_police_is_not_a_foreign_city(gazetteer: Gazetteer) -> None:
    text = (
        "Geelong's public safety camera network doubles to 212 cameras.\n\n"
        "The network is monitored in partnership with Victoria Police.\n\n"
        "Roughly one camera for every 1,300 residents now watches over a public street."
    )
    assert [(c.entity_name, c.country_iso3, c.metric) for c in extract(gazetteer, text).claims] == [
        ("Geelong", "AUS", "camera_count"),
        ("Geelong", "AUS", "people_per_camera"),
    ]


def test_a_respectively_list_of_small_counts_and_its_year(gazetteer: Gazetteer) -> None:
    text = (
        "The City of Ballarat and the City of Greater Bendigo operate 96 and 74 cameras "
        "respectively, according to their 2025 annual reports. Haverfordwest, Milford Haven and "
        "Pembroke Dock have 21, 14 and 12 cameras respectively."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Ballarat", 96.0, 2025),
        ("Bendigo", 74.0, 2025),
        ("Haverfordwest", 21.0, None),
        ("Milford Haven", 14.0, None),
        ("Pembroke Dock", 12.0, None),
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        (
            'In Quezon City, "Mahigit 3,500 na CCTV camera na ang nakakabit," the mayor said.',
            "over",
        ),
        ('In Da Nang, "Thành phố hiện có khoảng 2.400 camera giám sát," he said.', "about"),
        ('In Ipoh, "Kami mempunyai kira-kira 700 kamera CCTV," he said.', "about"),
    ],
)
def test_filipino_vietnamese_and_malay_qualifiers(
    gazetteer: Gazetteer, text: str, qualifier: str
) -> None:
    assert [c.qualifier for c in extract(gazetteer, text).claims] == [qualifier]


def test_a_year_before_an_event_it_was_ready_for_dates_the_count(gazetteer: Gazetteer) -> None:
    text = "Honiara installed 150 cameras in 2023 ahead of the Pacific Games."
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [(150.0, 2023)]


def test_nationwide_outweighs_its(gazetteer: Gazetteer) -> None:
    text = (
        "Denpasar, the capital of Bali, has 420 cameras. At the national level, the National "
        "Police said in 2024 that its traffic enforcement system used 1,150 cameras nationwide."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Denpasar", 420.0),
        ("Indonesia", 1150.0),
    ]


def test_cameras_in_several_towns_together_are_no_towns(gazetteer: Gazetteer) -> None:
    text = (
        "Across Fiji, the police link about 420 cameras in Suva, Nausori, Lautoka, Nadi and "
        "Labasa. The police link 380 cameras in Suva and Nadi. In Cape Verde, 410 cameras were "
        "in operation, 250 of them in the capital, Praia. Wrexham County Borough Council operates "
        "64 cameras in Wrexham and Cardiff Council operates about 150."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Fiji", 420.0),
        ("Cape Verde", 410.0),
        ("Praia", 250.0),
        ("Wrexham", 64.0),
        ("Cardiff", 150.0),
    ]


def test_a_data_as_of_column_dates_its_row(gazetteer: Gazetteer) -> None:
    text = (
        "| City | Cameras | Per 1,000 residents | Data as of | Source |\n"
        "|---|---:|---:|---|---|\n"
        "| Guadalajara | 4,200 | 3.0 | Jun 2026 | PNT reply |\n"
        "\n"
        "| City | Province | Cameras | Figure from |\n"
        "|---|---|---:|:---:|\n"
        "| Linyi | Shandong | 160,000+ | 2023 |\n"
    )
    assert [(c.entity_name, c.metric, c.year) for c in extract(gazetteer, text).claims] == [
        ("Guadalajara", "camera_count", 2026),
        ("Guadalajara", "cameras_per_1000_people", 2026),
        ("Linyi", "camera_count", 2023),
    ]


def test_a_table_of_wards_gives_parts_but_its_total_is_the_city(gazetteer: Gazetteer) -> None:
    text = (
        "Cameras in Almaty by district.\n\n"
        "| District | Cameras |\n"
        "|---|---:|\n"
        "| Alatau | 1,480 |\n"
        "| Almaly | 1,920 |\n"
        "| Almaty, total | 14,236 |\n"
        "\n"
        "Tokyo's wards publish their own counts.\n\n"
        "| Ward | Cameras |\n"
        "|---|---:|\n"
        "| Adachi | 3,120 |\n"
        "| Shinjuku | 1,480 |\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Almaty", 14236.0)
    ]


def test_since_a_programme_began_is_not_the_count_s_year(gazetteer: Gazetteer) -> None:
    text = (
        "The Tokyo Metropolitan Government has subsidised more than 29,000 such cameras since "
        "it launched its programme in 2015."
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [(29000.0, None)]


def test_nationwide_after_a_section_heading_is_the_page_s_country(gazetteer: Gazetteer) -> None:
    text = (
        "# Mass surveillance in Kazakhstan\n\n"
        "Surveillance began on the avenues of Almaty, after the capital moved to Astana.\n\n"
        "## National network\n\n"
        "The ministry reported that more than 47,000 public cameras were connected nationwide.\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Kazakhstan", 47000.0)
    ]


def test_a_section_heading_keeps_the_place_every_claim_so_far_is_for(gazetteer: Gazetteer) -> None:
    text = (
        "The Milwaukee Police Department keeps running its network of fixed cameras, which the "
        "department says now stands at 2,460. The contract, with a Georgia-based vendor, pays "
        "for software.\n\n"
        "What the network includes\n\n"
        "The Fusion Division can pull up 1,180 city-owned cameras.\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Milwaukee", 2460.0),
        ("Milwaukee", 1180.0),
    ]


def test_a_goal_of_a_city_hall_is_a_plan(gazetteer: Gazetteer) -> None:
    text = (
        "Curitiba's video network grows. The goal of the City Hall is to reach 3,500 cameras "
        "until the end of 2026."
    )
    assert extract(gazetteer, text).claims == []


def test_an_emergency_number_is_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "ECU 911 camera network passes 7,000 in Ecuador. Asunción has more than 1,600 cameras "
        "connected to 911. Madrid has 911 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Ecuador", 7000.0),
        ("Asunción", 1600.0),
        ("Madrid", 911.0),
    ]


def test_a_portuguese_quote_s_mil_and_a_spanish_nationwide(gazetteer: Gazetteer) -> None:
    text = (
        'In São Paulo, the mayor said: "O Smart Sampa ja integra mais de 31 mil cameras." '
        "Uruguay's ministry opened a centre in Tacuarembó. \"El sistema ya cuenta con más de 10 "
        'mil cámaras en todo el país", the minister said.'
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("São Paulo", 31000.0, "over"),
        ("Uruguay", 10000.0, "over"),
    ]


def test_towns_listed_with_their_counts_in_brackets(gazetteer: Gazetteer) -> None:
    text = (
        "Montevideo has 4,000 cameras. In the interior, the largest networks are in Paysandú "
        "(310) and Rivera (more than 200). On an index, Gdańsk (76.5) and Wrocław (75.8) lead."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Montevideo", 4000.0),
        ("Paysandú", 310.0),
        ("Rivera", 200.0),
    ]


def test_a_story_firmly_about_one_country_keeps_its_own_namesake(gazetteer: Gazetteer) -> None:
    text = (
        "The St. Petersburg city council met on Tuesday. The city itself owns 610 cameras.\n\n"
        '"This isn\'t St. Petersburg, Russia," one member said.\n\n'
        "Tampa police can view more than 2,100 cameras. Tampa's crime center opened in 2020. "
        "Tampa officials praised it.\n"
    )
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("St. Petersburg", "USA", 610.0),
        ("Tampa", "USA", 2100.0),
    ]


def test_an_addition_bringing_a_total_up_gives_the_total_and_its_year(
    gazetteer: Gazetteer,
) -> None:
    text = "Cusco installed 120 cameras in 2024, bringing its total to about 300, the city said."
    assert [(c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims] == [
        (300.0, "about", 2024)
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Tucson police want a crime center. Mesa opened its real-time crime center in 2020 "
            "and can view more than 1,900 cameras.",
            None,
        ),
        ("Vientiane has about 700 cameras under an agreement signed with China in 2018.", None),
        ("Derry had 75 cameras when the control room opened in 2004.", 2004),
    ],
)
def test_a_year_that_dates_another_event(gazetteer: Gazetteer, text: str, year: int | None) -> None:
    assert [c.year for c in extract(gazetteer, text).claims] == [year]


def test_a_title_case_headline_with_its_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Eyes on the City: How New Orleans Built a 5,000-Plus Camera Network\n\n"
        "Jordan Vance · Published Nov. 24, 2026\n\n"
        "The city's crime center pulls feeds from about 5,400 cameras."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("New Orleans", 5000.0, "over"),
        ("New Orleans", 5400.0, "about"),
    ]


def test_a_bare_figure_after_talk_of_officers_counts_them(gazetteer: Gazetteer) -> None:
    text = (
        'New Orleans has about 5,400 cameras. "We don\'t have the officers we had in 2010," '
        'the director said. "We have 900 and change."'
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [5400.0]


def test_a_district_opening_the_sentence_has_its_own_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "New Orleans has about 5,400 cameras. The Eighth District, which includes the French "
        "Quarter, has more than 400 city cameras on its own."
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [5400.0]


def test_a_title_case_byline_names_a_person_not_a_country(gazetteer: Gazetteer) -> None:
    text = (
        "Jordan Vance · Published Nov. 24, 2026\n\n"
        "Claim: Philadelphia has more than 1 million surveillance cameras, more than London.\n\n"
        "Rating: False\n\n"
        "Context: The city's police department operates about 2,300 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Philadelphia", 1_000_000.0),
        ("Philadelphia", 2300.0),
    ]


def test_a_story_naming_its_province_keeps_its_own_namesake(gazetteer: Gazetteer) -> None:
    text = (
        "# City of Kingston\n\n"
        "Kingston Police and Kingston Transit staff met at City Hall on Ontario Street, near "
        "the Kingston waterfront. The City operates 38 cameras. Ottawa "
        "has 28, another councillor said, and Eastern Ontario municipalities watch the "
        "Province of Ontario's grant program.\n"
    )
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("Kingston", "CAN", 38.0),
        ("Ottawa", "CAN", 28.0),
    ]


def test_the_part_an_owner_holds_of_a_counted_network(gazetteer: Gazetteer) -> None:
    text = "New York City has 21,400 cameras. The NYPD itself owns 3,150 of them."
    assert [c.value for c in extract(gazetteer, text).claims] == [21400.0, 3150.0]


def test_a_place_in_an_aside_between_dashes_is_no_topic(gazetteer: Gazetteer) -> None:
    text = (
        "DAS could display feeds from approximately 21,400 cameras in New York City. The rest "
        "belong to private partners – mostly businesses in Manhattan and Brooklyn – that "
        "share their video.\n\nIn 2018, DAS could reach roughly 9,000 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("New York City", 21400.0),
        ("New York City", 9000.0),
    ]


def test_station_cameras_are_a_transport_network_s(gazetteer: Gazetteer) -> None:
    text = (
        "New York City can view 21,400 cameras. The transit agency has cameras on every "
        "subway car, with more than 15,000 station cameras in total."
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [21400.0]


def test_small_towns_in_a_list_with_dot_leaders(gazetteer: Gazetteer) -> None:
    text = (
        "Staff asked comparable cities in Washington State, USA about their programs.\n\n"
        "    Sequim ......................... 9 cameras (2025)\n"
        "    Poulsbo ........................ 22 cameras (2026)\n"
        "    Anacortes ...................... about 30 cameras\n\n"
        "Add 40 fixed cameras in the Southeast Area Command\n"
    )
    assert [
        (c.entity_name, c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims
    ] == [
        ("Sequim", 9.0, "exact", 2025),
        ("Poulsbo", 22.0, "exact", 2026),
        ("Anacortes", 30.0, "about", None),
    ]


def test_a_heading_in_capitals_names_its_town(gazetteer: Gazetteer) -> None:
    text = (
        "CITY OF PORT TOWNSEND\n\n"
        "The City currently operates 14 fixed public safety cameras downtown. Sequim, "
        "Washington, USA has 9 cameras.\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Port Townsend", 14.0),
        ("Sequim", 9.0),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aurora, Colorado, USA has 140 cameras.", "Aurora"),
        ("London, Ontario, Canada has 120 cameras.", "London"),
    ],
)
def test_a_country_after_a_city_s_state_qualifies_the_city(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    assert [(c.entity_kind, c.entity_name) for c in extract(gazetteer, text).claims] == [
        ("city", name)
    ]


def test_a_ferry_operator_s_cameras_at_a_town_s_terminal(gazetteer: Gazetteer) -> None:
    text = (
        "Port Townsend, Washington, USA has 14 cameras. Washington State Ferries maintains more "
        "than 60 cameras at the Port Townsend ferry terminal and on its vessels."
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [14.0]


def test_a_province_s_grant_and_a_transit_operator_s_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "Toronto has 131 cameras. The Service does not own the more than 22,000 cameras that "
        "the Toronto Transit Commission operates on its vehicles. Since 2021, the provincial "
        "CCTV Grant Program has funded 1,850 cameras for 44 police services across Ontario."
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [131.0]


def test_a_table_of_city_police_services(gazetteer: Gazetteer) -> None:
    text = (
        "Table 2 - Public-space CCTV cameras operated by other Ontario police services\n\n"
        "    Police service                      Cameras    Year of count\n"
        "    Hamilton Police Service             42         2025\n"
        "    Ottawa Police Service               28         2025\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Hamilton", 42.0, 2025),
        ("Ottawa", 28.0, 2025),
    ]


def test_a_building_s_town_and_a_downtown_are_no_topic(gazetteer: Gazetteer) -> None:
    text = (
        "HALIFAX – Halifax Regional Police currently monitor 186 cameras. The rest are municipal "
        "cameras that officers can view from the Integrated Emergency Services centre in "
        "Dartmouth.\n\nWith about 480,000 residents, the municipality has roughly 0.4 cameras "
        "for every 1,000 people. Downtown Dartmouth, which already has 11 cameras along "
        "Portland Street, would get none."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Halifax", 186.0),
        ("Halifax", 0.4),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Halifax police monitor 186 cameras. The rest are municipal cameras in parks. In "
            "2019, the force had access to just 41.",
            [186.0, 41.0],
        ),
        (
            "Burlington, Vermont, USA has 212 cameras. Of these, 41 can be viewed live by the "
            "police. A regional inventory reports 23 municipal cameras in South Burlington and "
            "11 in Winooski.",
            [212.0, 41.0, 23.0, 11.0],
        ),
    ],
)
def test_small_counts_that_go_on_with_a_network(
    gazetteer: Gazetteer, text: str, values: list[float]
) -> None:
    assert [c.value for c in extract(gazetteer, text).claims] == values


def test_a_total_row_under_years_as_column_heads(gazetteer: Gazetteer) -> None:
    text = (
        "Lethbridge, Alberta, Canada has 74 cameras.\n\n"
        "Table 6.2 — Public safety cameras, 2023–2025\n\n"
        "| Location group | 2023 | 2024 | 2025 |\n"
        "| Downtown core | 38 | 42 | 46 |\n| Total | 56 | 64 | 74 |\n"
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (74.0, None),
        (56.0, 2023),
        (64.0, 2024),
        (74.0, 2025),
    ]


def test_a_town_of_the_story_s_firm_country_over_a_big_namesake(gazetteer: Gazetteer) -> None:
    text = (
        "Police in NSW will have live access to Liverpool's CCTV network. Liverpool City "
        "Council's network now comprises 212 cameras. Liverpool council officers said the "
        "scheme, like others across New South Wales, was welcome in NSW."
    )
    assert [(c.entity_name, c.country_iso3, c.value) for c in extract(gazetteer, text).claims] == [
        ("Liverpool", "AUS", 212.0)
    ]


def test_a_state_named_like_a_city_abroad_in_a_firmly_local_story(gazetteer: Gazetteer) -> None:
    text = (
        "Ballarat council runs 99 cameras, it told Victoria Police. Bendigo in Victoria has "
        "72. Across Victoria, councils operate an estimated 4,800 public safety cameras, the "
        "Victorian Government said; Victoria funds them."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Ballarat", 99.0),
        ("Bendigo", 72.0),
    ]


def test_a_network_across_the_territory_is_the_territory_s(gazetteer: Gazetteer) -> None:
    text = (
        "Katherine, Australia has 40 council cameras. NT Police also run their own network of "
        "more than 1,100 cameras across the Territory. Islamabad Capital Territory covers "
        "906 km², so Islamabad has only about 3.3 cameras per km²."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Katherine", 40.0),
        ("Islamabad", 3.3),
    ]


def test_a_town_centre_is_no_topic_and_more_than_gaps_a_small_count(gazetteer: Gazetteer) -> None:
    text = (
        "Council's CCTV network now has 62 cameras across Hastings, New Zealand. Of these, 21 "
        "are in the Hastings CBD and 9 are in the Flaxmere town centre.\n\n"
        "59 were operational at the end of October 2026.\n\n"
        "Whanganui has 48 cameras, and New Plymouth has more than 80."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Hastings", 62.0),
        ("Hastings", 59.0),
        ("Whanganui", 48.0),
        ("New Plymouth", 80.0),
    ]


def test_a_year_in_a_whose_aside_dates_nothing(gazetteer: Gazetteer) -> None:
    text = (
        "Across the state line, Jackson, Mississippi, whose city council spent much of 2023 "
        "fighting over the camera contract, has 128 cameras."
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [(128.0, None)]


def test_a_programme_that_began_with_a_small_pilot(gazetteer: Gazetteer) -> None:
    text = (
        "Toronto has 131 cameras. The Service's CCTV program began in 2007 with a pilot of 14 "
        "cameras."
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (131.0, None),
        (14.0, 2007),
    ]


def test_a_headline_s_second_clause_after_cameras_and_a_semicolon(gazetteer: Gazetteer) -> None:
    text = "Halifax police want more cameras downtown; municipality already has nearly 200"
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Halifax", 200.0, "about")
    ]


def test_a_town_s_network_across_its_own_localities(gazetteer: Gazetteer) -> None:
    text = (
        "In Australia, the Town of Port Hedland said in 2025 that it had about 70 cameras across "
        "Port Hedland and South Hedland."
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Port Hedland", 70.0, 2025)
    ]


def test_an_unknown_shire_s_cameras_are_not_the_next_town_s(gazetteer: Gazetteer) -> None:
    text = (
        "Australia's regional towns: further inland, the Shire of East Pilbara has 14 cameras, "
        "most of them in Newman, and the Shire of Ashburton runs 31 cameras across Tom Price, "
        "Paraburdoo and Onslow."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Ashburton", 31.0)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Perth network will grow from 64 to about 130 cameras by 2028.", []),
        ("The Perth network will grow from 164 cameras to 230 by 2028.", [(164.0, None)]),
        (
            "The Perth network grew from 164 cameras in 2019 to 230 by 2024.",
            [(164.0, 2019), (230.0, 2024)],
        ),
    ],
)
def test_a_network_that_will_grow_to_a_planned_size(
    gazetteer: Gazetteer, text: str, expected: list[tuple[float, int | None]]
) -> None:
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == expected


def test_fiscal_years_as_column_heads(gazetteer: Gazetteer) -> None:
    text = (
        "New York City can view 21,400 cameras.\n\n"
        "Table 1. Camera feeds available in DAS, by owner\n\n"
        "| Owner | FY2025 | FY2026 |\n| Private partners | 16,700 | 18,250 |\n"
        "| Total | 19,580 | 21,400 |\n"
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (21400.0, None),
        (19580.0, 2025),
        (21400.0, 2026),
    ]


def test_a_quarter_of_a_city_named_with_its_possessive(gazetteer: Gazetteer) -> None:
    text = (
        "Police in Sydney's south-west will have live access to more than 200 cameras. Sydney "
        "has 1,000 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Sydney", 1000.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Knoxville police can access 1,540 cameras, including 380 owned by the city.",
        "Knoxville enrolled 1,540 private cameras. Of those, roughly 380 stream live into the "
        "center.",
    ],
)
def test_a_counted_network_s_part_an_owner_holds_or_that_streams_live(
    gazetteer: Gazetteer, text: str
) -> None:
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Knoxville", 1540.0),
        ("Knoxville", 380.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In Galle, 960 cameras were installed and in Jaffna 1,300.",
        "In Galle 960 cameras and in Jaffna 1,300 cameras have been installed.",
    ],
)
def test_a_parallel_clause_s_place_does_not_take_the_first_clause_s_figure(
    gazetteer: Gazetteer, text: str
) -> None:
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Galle", 960.0),
        ("Jaffna", 1300.0),
    ]


@pytest.mark.parametrize("verb", ["doubled", "tripled", "climbed", "jumped", "expanded"])
def test_a_count_that_doubled_or_climbed_to_a_total_since_a_year(
    gazetteer: Gazetteer, verb: str
) -> None:
    text = f"The number of cameras in Johannesburg has {verb} to 5,000 since 2022."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Johannesburg", 5000.0)
    ]


def test_years_as_column_heads_among_other_labels(gazetteer: Gazetteer) -> None:
    text = (
        "## Table 1. Municipal public-space cameras, 2024 and 2025\n\n"
        "| City | Region | 2024 | 2025 | Change | Per 1,000 residents |\n"
        "|---|---|---:|---:|---:|---:|\n"
        "| Temuco | La Araucanía | 180 | 214 | +19% | 0.7 |\n"
    )
    assert [(c.metric, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 180.0, 2024),
        ("camera_count", 214.0, 2025),
        ("cameras_per_1000_people", 0.7, None),
    ]


def test_the_number_of_people_a_town_swells_to_is_no_camera_count(gazetteer: Gazetteer) -> None:
    text = (
        "Benidorm has 318 cameras, more than four cameras for every 1,000 residents, though the "
        "number of people in the town swells to well over 400,000 in August."
    )
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 318.0),
        ("cameras_per_1000_people", 4.0),
    ]


def test_the_place_visitors_come_from_is_no_topic_for_what_follows(gazetteer: Gazetteer) -> None:
    text = (
        "Benidorm's police monitor 318 cameras. The strip draws stag parties from the UK every "
        "weekend. The police now have 400 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Benidorm", 318.0),
        ("Benidorm", 400.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "There are at least 650 cameras in Managua.",
        "A 2023 count found at least 650 police cameras in Managua.",
    ],
)
def test_at_least_is_a_qualifier_not_a_superlative_s_scope(gazetteer: Gazetteer, text: str) -> None:
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Managua", 650.0, "over")
    ]


def test_a_listed_place_s_bracketed_count_after_the_cities_of(gazetteer: Gazetteer) -> None:
    text = (
        "Montevideo has 2,000 cameras. The largest networks are in the cities of Salto (about "
        "450), Paysandú (310) and Rivera (more than 200)."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Montevideo", 2000.0),
        ("Salto", 450.0),
        ("Paysandú", 310.0),
        ("Rivera", 200.0),
    ]


def test_a_part_of_the_counted_network_that_runs_software(gazetteer: Gazetteer) -> None:
    text = (
        "São Paulo's network links more than 31,000 cameras. About 4,200 of them run facial "
        "recognition software."
    )
    assert [(c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        (31000.0, "over"),
        (4200.0, "about"),
    ]


def test_a_sub_city_s_cameras_are_a_part_of_its_city_s(gazetteer: Gazetteer) -> None:
    text = (
        "The number of cameras in Addis Ababa has grown to 3,100. Bole sub-city alone has 720 "
        "cameras, the police commission said."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Addis Ababa", 3100.0)
    ]


@pytest.mark.parametrize(
    ("quote", "qualifier"),
    [
        ("Abbiamo più di 300 telecamere", "over"),
        ("Wir haben mehr als 300 Kameras", "over"),
        ("Abbiamo meno di 300 telecamere", "under"),
        ("Wir haben weniger als 300 Kameras", "under"),
    ],
)
def test_an_italian_or_german_quote_s_qualifier(
    gazetteer: Gazetteer, quote: str, qualifier: str
) -> None:
    text = f'Bari has 120 cameras. "{quote}," the mayor of Lecce said.'
    assert [(c.value, c.qualifier) for c in extract(gazetteer, text).claims][-1:] == [
        (300.0, qualifier)
    ]


def test_a_list_row_labelled_with_events_is_no_camera_count(gazetteer: Gazetteer) -> None:
    text = (
        "Camera counts:\n\n- Warsaw: 1,184 cameras (2026)\n- Kraków: 276 cameras (2025)\n"
        "- Incidents spotted by Warsaw's operators last year: 21,400\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Warsaw", 1184.0),
        ("Kraków", 276.0),
    ]


def test_an_anaphor_in_an_appositive_only_describes_the_place_before_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Senegal is adding cameras. Thiès has fewer than 80 cameras, and Mbour, the new city "
        "east of the capital, has about 250."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Thiès", 80.0),
        ("Mbour", 250.0),
    ]


def test_a_figure_after_the_capital_named_in_the_aside_stays_the_capital_s(
    gazetteer: Gazetteer,
) -> None:
    text = "In neighbouring Uzbekistan, the capital Tashkent had more than 6,000 cameras in 2022."
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Tashkent", 6000.0)
    ]


def test_a_count_all_installed_in_a_year_is_that_year_s(gazetteer: Gazetteer) -> None:
    text = (
        "Ghana's cities have cameras. Kumasi has 300 cameras, all installed in 2021. "
        "Tamale has 48 cameras, most of them installed in 2019. Accra's 800-camera system, "
        "installed in 2014, is old."
    )
    assert [(c.entity_name, c.year) for c in extract(gazetteer, text).claims] == [
        ("Kumasi", 2021),
        ("Tamale", None),
        ("Accra", 2014),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Durban comes closest to Johannesburg and Cape Town, with about 900 cameras.",
        "Durban trails Cape Town, with about 900 cameras.",
        "Durban follows Cape Town with about 900 cameras.",
    ],
)
def test_a_place_named_after_a_ranking_verb_is_only_compared(
    gazetteer: Gazetteer, sentence: str
) -> None:
    text = f"South African metros run cameras. {sentence}"
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Durban", 900.0)
    ]


def test_towns_only_one_country_has_make_its_namesake_city_the_story_s(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Liverpool council adds cameras\n\n"
        "Liverpool City Council now operates 263 cameras across the city. Campbelltown runs 190 "
        "and Bankstown about 150. Councillors from Casula and Moorebank asked for more. "
        "Liverpool in the UK has over 350 council cameras."
    )
    claims = extract(gazetteer, text).claims
    assert [(c.entity_name, c.country_iso3, c.value) for c in claims][:3] == [
        ("Liverpool", "AUS", 263.0),
        ("Campbelltown", "AUS", 190.0),
        ("Bankstown", "AUS", 150.0),
    ]


def test_a_city_in_a_named_country_is_that_country_s_city(gazetteer: Gazetteer) -> None:
    text = (
        "Liverpool council adds cameras\n\n"
        "Liverpool City Council now operates 263 cameras across the city. Campbelltown runs 190 "
        "and Bankstown about 150. Councillors from Casula and Moorebank asked for more. "
        "Liverpool in the UK has over 350 council cameras."
    )
    claims = extract(gazetteer, text).claims
    assert [(c.entity_name, c.country_iso3, c.value) for c in claims][3:] == [
        ("Liverpool", "GBR", 350.0)
    ]


def test_a_city_qualified_by_in_leaves_the_story_s_namesake_alone(gazetteer: Gazetteer) -> None:
    text = (
        "Hyderabad has 6.5 lakh cameras, Telangana police said. Hyderabad in Sindh, Pakistan's "
        "namesake city, has just 48 cameras. Hyderabad police added 1,000 more in 2025."
    )
    claims = extract(gazetteer, text).claims
    assert [(c.country_iso3, c.value) for c in claims] == [("IND", 650000.0), ("PAK", 48.0)]


def test_the_size_of_a_suburb_in_its_appositive_is_a_population(gazetteer: Gazetteer) -> None:
    text = "Overland Park, a suburb of nearly 200,000, has just 35 fixed cameras."
    assert [c.value for c in extract(gazetteer, text).claims] == [35.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pécs, the university city that was European Capital of Culture in 2010, has fewer than "
        "200 cameras.",
        "Pécs's system, approved by the council in 2023, has fewer than 200 cameras.",
        "Pécs has fewer than 200 cameras and no budget for more before 2027.",
        "Pécs has fewer than 200 cameras on a system commissioned in 2019.",
    ],
)
def test_a_year_of_an_aside_or_of_a_missing_budget_does_not_date_the_count(
    gazetteer: Gazetteer, sentence: str
) -> None:
    text = f"Hungary's cities run cameras. {sentence}"
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [(200.0, None)]


def test_a_foreign_town_s_name_after_the_is_a_landmark(gazetteer: Gazetteer) -> None:
    text = (
        "Spain's cities run cameras. Granada watches the Albaicín and the approaches to the "
        "Alhambra with 130 cameras."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Granada", 130.0)
    ]


def test_a_small_network_that_grew_fastest_from_a_count_to_another(gazetteer: Gazetteer) -> None:
    text = (
        "Ontario cities add cameras. Hamilton grew fastest in absolute terms, from 94 cameras "
        "in 2024 to 118 in 2025."
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (94.0, 2024),
        (118.0, 2025),
    ]


def test_years_as_column_heads_count_cameras_after_talk_of_cameras(gazetteer: Gazetteer) -> None:
    text = (
        "# Year on year\n\n"
        "The table below shows police and municipal cameras in Norway's largest cities.\n\n"
        "| City | 2024 | 2025 | Change |\n|---|---:|---:|---:|\n"
        "| Oslo | 66 | 74 | +8 |\n| Bergen | 40 | 46 | +6 |\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Oslo", 66.0, 2024),
        ("Oslo", 74.0, 2025),
        ("Bergen", 40.0, 2024),
        ("Bergen", 46.0, 2025),
    ]


def test_a_federal_subject_column_only_locates_the_row_s_city(gazetteer: Gazetteer) -> None:
    text = (
        "## Table 1. Cameras connected to city systems\n\n"
        "| City | Federal subject | Population (m) | Cameras | Data year |\n"
        "|---|---|---|---|---|\n"
        "| Novosibirsk | Novosibirsk Oblast | 1.6 | 4,800 | 2024 |\n"
        "| Yekaterinburg | Sverdlovsk Oblast | 1.5 | 7,300 | 2025 |\n"
    )
    assert [(c.entity_name, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("Novosibirsk", 4800.0, 2024),
        ("Yekaterinburg", 7300.0, 2025),
    ]


def test_a_bare_count_after_an_aside_that_gave_a_population(gazetteer: Gazetteer) -> None:
    text = (
        "Russian cities run cameras. In Kazan the municipal network numbers roughly 9,500. "
        "Novosibirsk, Russia's third-largest city with about 1.6 million people, has fewer than "
        "5,000."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Kazan", 9500.0),
        ("Novosibirsk", 5000.0),
    ]


def test_a_population_s_fall_is_no_count_and_its_year_not_the_rate_s(gazetteer: Gazetteer) -> None:
    text = (
        "Kharkiv's cameras are back. That is roughly one camera for every 650 people still "
        "living in Kharkiv, where the population fell from about 1.4 million before the war to "
        "well under a million in 2022 and has since partly recovered."
    )
    assert [(c.metric, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("people_per_camera", 650.0, None)
    ]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        (
            "The only estimate is from a 2021 security industry report by PIBP (Polska Izba "
            "Bezpieczeństwa Prywatnego), which put it at 1.2 million cameras.",
            2021,
        ),
        (
            "It comes from a 2013 report by the British Security Industry Association (BSIA), "
            "which estimated that there were 1.2 million cameras in Poland.",
            2013,
        ),
        (
            "According to the report of the Supreme Audit Office (NIK) from 2024, Poland had "
            "1.2 million cameras.",
            2024,
        ),
    ],
)
def test_a_dated_source_dates_the_figure_it_reports(
    gazetteer: Gazetteer, sentence: str, year: int
) -> None:
    text = f"Poland has many cameras. {sentence}"
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [(1_200_000.0, year)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Territory-wide, councils and the NT Government operate more than 800 public cameras.",
        "WA Police's statewide CCTV register lists more than 44,000 cameras.",
    ],
)
def test_a_statewide_figure_is_no_city_s(gazetteer: Gazetteer, sentence: str) -> None:
    text = f"Darwin has 180 cameras. {sentence}"
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Darwin", 180.0)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chania, which currently has 72 cameras, said it would add 40 more before next "
        "summer's season, when cruise ship arrivals are expected to exceed 400,000.",
        "Chania has 72 cameras; its population is forecast to grow from about 60,000 today to "
        "more than 80,000 by 2041.",
    ],
)
def test_arrivals_and_a_forecast_population_are_no_camera_counts(
    gazetteer: Gazetteer, sentence: str
) -> None:
    text = f"Greek cities run cameras. {sentence}"
    assert [c.value for c in extract(gazetteer, text).claims] == [72.0]


def test_a_colon_ends_a_clause_s_projection_and_birr_is_money(gazetteer: Gazetteer) -> None:
    text = (
        "Cities add cameras. Two cities would have made the list but receive fewer visitors: "
        "Győr in Hungary (2.4 cameras per 1,000 residents) and Pécs (1.9 cameras per 1,000 "
        "residents).\n\nBudget for 2026/27: Birr 2.3 billion\n"
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Győr", 2.4, "exact"),
        ("Pécs", 1.9, "exact"),
    ]


def test_a_list_row_labelled_with_total_operators_is_no_camera_count(gazetteer: Gazetteer) -> None:
    text = (
        "## Key figures\n\n- Cameras connected in Addis Ababa: 4,100 (end of 2025)\n"
        "- Operators per shift: 40; total operators: 1,200\n"
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [4100.0]


def test_a_total_across_its_cities_is_no_city_s_but_across_its_districts_is(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Korean cities run cameras. Sejong has only 3,100. Gyeonggi Province, which surrounds "
        "Seoul, counts more than 260,000 cameras across its 31 cities and counties. Seoul "
        "operates 93,400 public CCTV cameras across its 25 autonomous districts."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Sejong", 3100.0),
        ("Seoul", 93400.0),
    ]


def test_a_quoted_when_clause_dates_the_count(gazetteer: Gazetteer) -> None:
    text = (
        'Port Harcourt has cameras. She said, "When the cameras were installed in 2019, all '
        '1,200 cameras were working."'
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [(1200.0, 2019)]


def test_a_bare_count_a_centre_could_see(gazetteer: Gazetteer) -> None:
    text = (
        "Tucson police can now view about 900 cameras through the center. In 2023, the "
        "department could see just 260."
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (900.0, None),
        (260.0, 2023),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The city is small, while the regional government runs 120 road cameras.",
        "The Valencian regional government separately operates 1,200 traffic cameras.",
        "The state government's CCTV register lists over 40,000 cameras.",
    ],
)
def test_a_regional_government_s_cameras_are_no_city_s(gazetteer: Gazetteer, sentence: str) -> None:
    text = f"Funchal has 40 cameras. {sentence}"
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Funchal", 40.0)
    ]


def test_a_figure_nationwide_is_the_country_s_named_before_it(gazetteer: Gazetteer) -> None:
    text = (
        "Central America runs cameras. In Honduras, the national 911 emergency system, "
        "headquartered in Tegucigalpa, monitors about 3,500 cameras nationwide."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Honduras", 3500.0)
    ]


def test_a_population_put_at_approx_is_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "Lucknow has 16,000 cameras. With Lucknow's population put at approx. 40 lakh, that "
        "works out to roughly one camera for every 250 residents."
    )
    assert [c.value for c in extract(gazetteer, text).claims] == [16000.0, 250.0]


def test_a_share_of_a_network_in_a_part_of_the_city_is_no_count(gazetteer: Gazetteer) -> None:
    text = (
        "Rajasthan cities add cameras. Kota has over 1,000 cameras, about 300 of them in the "
        "coaching hubs of Rajeev Gandhi Nagar. Cape Verde has 410 cameras, 250 of them in the "
        "capital, Praia."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Kota", 1000.0),
        ("Cape Verde", 410.0),
        ("Praia", 250.0),
    ]


def test_every_entry_of_a_bracketed_list_after_one_with_its_unit(gazetteer: Gazetteer) -> None:
    text = (
        "West Yorkshire, England. Leeds (1,200 cameras), Bradford (800), Hull (300) and "
        "Sheffield (950) lead the region."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Leeds", 1200.0),
        ("Bradford", 800.0),
        ("Kingston upon Hull", 300.0),
        ("Sheffield", 950.0),
    ]


def test_a_bracketed_figure_with_a_noun_of_its_own_is_still_no_count(
    gazetteer: Gazetteer,
) -> None:
    text = "Leeds has 1,200 cameras, watched with (24) operators."
    assert [c.value for c in extract(gazetteer, text).claims] == [1200.0]


def test_a_project_completed_in_a_year_does_not_date_its_present_count(
    gazetteer: Gazetteer,
) -> None:
    text = "Pakistan cities. Quetta's Safe City project, completed in 2019, has 900 cameras."
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [(900.0, None)]


def test_a_dated_briefing_closing_the_sentence_dates_each_figure(gazetteer: Gazetteer) -> None:
    text = (
        "Morocco cameras. Tangier has 1,150 cameras, Fez fewer than 600 and Agadir 480, "
        "according to a 2025 interior ministry briefing."
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (1150.0, 2025),
        (600.0, 2025),
        (480.0, 2025),
    ]


def test_respectively_all_installed_in_a_year_dates_each_count(gazetteer: Gazetteer) -> None:
    text = (
        "Gujranwala, Sialkot and Bahawalpur have 620, 540 and 400 cameras respectively, all "
        "installed in 2023 under the second phase."
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (620.0, 2023),
        (540.0, 2023),
        (400.0, 2023),
    ]


def test_a_list_item_s_closing_year_dates_each_of_its_figures(gazetteer: Gazetteer) -> None:
    text = "- **Rajkot**: 1,020 cameras under the smart city ICCC, or roughly 0.7 per 1,000 people (2025)."
    assert [(c.metric, c.year) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 2025),
        ("cameras_per_1000_people", 2025),
    ]


def test_the_year_of_an_earlier_state_does_not_date_the_later_one(gazetteer: Gazetteer) -> None:
    text = (
        "Istanbul's police network has grown from 1,000 cameras in 2005 to more than 8,000, "
        "and that excludes the metro."
    )
    assert [(c.value, c.qualifier, c.year) for c in extract(gazetteer, text).claims] == [
        (1000.0, "exact", 2005),
        (8000.0, "over", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "That is 3.8 cameras for every 1,000 Cairenes. Other estimates for Cairo range "
            "from 30,000 to 50,000, depending on what is counted.",
            [("Cairo", 30000.0, "range_low"), ("Cairo", 50000.0, "range_high")],
        ),
        (
            "Berlin has few cameras. Compare that with London, where estimates go from about "
            "600k to nearly a million.",
            [("London", 600000.0, "range_low"), ("London", 1000000.0, "range_high")],
        ),
        (
            "Tunisia has cameras too. Figures for Tunis vary between 300 and 1,400.",
            [("Tunis", 300.0, "range_low"), ("Tunis", 1400.0, "range_high")],
        ),
        (
            "2023 – Estimates for China's total range from 600 to 700 million cameras.",
            [("China", 6e8, "range_low"), ("China", 7e8, "range_high")],
        ),
        ("Cairo has cameras. Estimates of London's population range from 8 to 9 million.", []),
        (
            "Rio has 4,000 cameras. Industry estimates for the whole region range from 10 "
            "million to 20 million.",
            [("Rio de Janeiro", 4000.0, "exact")],
        ),
    ],
)
def test_estimates_that_range_between_two_counts(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float, str]]
) -> None:
    claims = extract(gazetteer, text).claims
    assert [
        (c.entity_name, c.value, c.qualifier) for c in claims if c.metric == "camera_count"
    ] == (expected)


def test_a_port_in_a_city_s_name_is_no_transport_operator(gazetteer: Gazetteer) -> None:
    text = (
        "Trinidad and Tobago. Port of Spain has just under 300 cameras working. The Port of "
        "Cape Town has about 1,100 cameras."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Port of Spain", 300.0, "under")
    ]


def test_one_for_every_after_a_rate_per_thousand_is_people_per_camera(
    gazetteer: Gazetteer,
) -> None:
    text = "Monterrey has 2.8 cameras per 1,000 people, or one for every 360."
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("cameras_per_1000_people", 2.8),
        ("people_per_camera", 360.0),
    ]


def test_out_of_a_total_nationwide_is_the_city_s_country(gazetteer: Gazetteer) -> None:
    text = (
        "In Montevideo the Interior Ministry's video surveillance has about 3,000 cameras in "
        "the capital, out of 9,000 nationwide."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Montevideo", 3000.0),
        ("Uruguay", 9000.0),
    ]


def test_a_space_table_s_wrapped_header_with_a_unit_and_a_base(gazetteer: Gazetteer) -> None:
    text = (
        "Table 1. Public-authority cameras by city, 2025 inventory\n\n"
        "  City          Cameras   Per 100,000    Per km2   Land area    Reported thefts\n"
        "                          residents                (km2)        per 1,000\n"
        "  Copenhagen        640        97.0        7.4         86           61.2\n"
    )
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 640.0),
        ("cameras_per_1000_people", 0.97),
        ("cameras_per_sq_km", 7.4),
    ]


def test_a_source_year_column_dates_its_row(gazetteer: Gazetteer) -> None:
    text = (
        "Table 2: Peer comparison\n\n"
        "City          Country      Cameras   Cameras per 1,000 residents   Source year\n"
        "Auckland      NZ             1,900                        1.1          2025\n"
    )
    assert [(c.metric, c.value, c.year) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 1900.0, 2025),
        ("cameras_per_1000_people", 1.1, 2025),
    ]


def test_a_compared_place_s_own_rate_with_its_unit_left_out(gazetteer: Gazetteer) -> None:
    text = (
        "If that estimate is right, Warsaw has roughly 33 cameras per 1,000 residents, compared "
        "with London's often-quoted 68."
    )
    assert [(c.entity_name, c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("Warsaw", "cameras_per_1000_people", 33.0),
        ("London", "cameras_per_1000_people", 68.0),
    ]


def test_a_count_s_rate_in_brackets_without_its_people(gazetteer: Gazetteer) -> None:
    text = "Kigali has roughly 1,000 cameras for just 1.3 million people (0.8 per 1,000)."
    assert [(c.metric, c.value) for c in extract(gazetteer, text).claims] == [
        ("camera_count", 1000.0),
        ("cameras_per_1000_people", 0.8),
    ]


def test_a_small_network_in_apposition_to_its_owner(gazetteer: Gazetteer) -> None:
    text = (
        "Nigeria's cities. Port Harcourt's network, just 90 cameras, has been largely offline. "
        "Of the current network, 42 cameras cover the beaches."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Port Harcourt", 90.0)
    ]


def test_a_count_with_what_it_leaves_out_after_it(gazetteer: Gazetteer) -> None:
    text = (
        "Tallinn city has ~250 public cameras. Estonia as a whole has an estimated 60,000 if "
        "you include private ones."
    )
    assert [(c.entity_name, c.value, c.qualifier) for c in extract(gazetteer, text).claims] == [
        ("Tallinn", 250.0, "about"),
        ("Estonia", 60000.0, "estimated"),
    ]


def test_a_comment_s_answer_with_is_and_a_hedge(gazetteer: Gazetteer) -> None:
    text = (
        "Launceston CCTV\n\nLaunceston has 120 council cameras.\n\n"
        "TassieLocal · 2 hours ago\n\n"
        "Hobart is about 200 now according to the lord mayor's newsletter.\n"
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims][-1:] == [
        ("Hobart", 200.0)
    ]


def test_abbreviated_titles_and_saints_do_not_end_a_sentence(gazetteer: Gazetteer) -> None:
    text = (
        'Ontario cities. Thunder Bay has 142 cameras. "We went from under 50 cameras to 142 in '
        'five years," said Coun. Danielle Kivisto. Sault Ste. Marie has about 300, mostly '
        "along Queen Street East."
    )
    claims = extract(gazetteer, text).claims
    assert [(c.entity_name, c.value, c.qualifier) for c in claims] == [
        ("Thunder Bay", 142.0, "exact"),
        ("Thunder Bay", 50.0, "under"),
        ("Sault Ste. Marie", 300.0, "about"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Which UK city has the most CCTV cameras? Per 1,000 residents the top five were: "
            "Manchester 1.37, Glasgow 0.98 and Leeds 0.66.",
            [("Manchester", 1.37), ("Glasgow", 0.98), ("Leeds", 0.66)],
        ),
        (
            "Britain has many CCTV cameras. Crime per 1,000 residents: Manchester 1.37, "
            "Glasgow 0.98.",
            [],
        ),
    ],
)
def test_a_label_of_rates_per_thousand_before_a_list_of_places(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, float]]
) -> None:
    claims = extract(gazetteer, text).claims
    assert [
        (c.entity_name, c.value) for c in claims if c.metric == "cameras_per_1000_people"
    ] == expected


def test_a_part_of_a_dated_whole_has_its_year(gazetteer: Gazetteer) -> None:
    text = "Leeds said 488 of its 517 cameras were operational in September 2026."
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (488.0, 2026),
        (517.0, 2026),
    ]


def test_a_count_a_decade_earlier_does_not_take_the_sentence_s_year(gazetteer: Gazetteer) -> None:
    text = (
        "In Edinburgh, the council said it operated 241 cameras in 2025, fewer than the 270 it "
        "ran a decade earlier."
    )
    assert [(c.value, c.year) for c in extract(gazetteer, text).claims] == [
        (241.0, 2025),
        (270.0, None),
    ]


def test_a_transcript_s_timestamp_is_no_figure(gazetteer: Gazetteer) -> None:
    text = (
        "**Dan (36:32):** Christchurch City Council runs 170 cameras, most of them in the "
        "central city."
    )
    assert [(c.entity_name, c.value) for c in extract(gazetteer, text).claims] == [
        ("Christchurch", 170.0)
    ]
