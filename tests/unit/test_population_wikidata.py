"""Wikidata SPARQL reply parsing and the World Bank v2 page parser, without a server."""

from __future__ import annotations

import pytest

from cctv_density.errors import FetchError
from cctv_density.population.wikidata import (
    PREFERRED_RANK,
    check_user_agent,
    newest_populations,
    sparql_query,
)
from cctv_density.population.worldbank import parse_v2_page

NORMAL = "http://wikiba.se/ontology#NormalRank"


def binding(geonames: str, population: str, when: str, rank: str = NORMAL) -> dict:
    return {
        "item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"},
        "geonames": {"type": "literal", "value": geonames},
        "population": {"type": "literal", "value": population},
        "pointInTime": {"type": "literal", "value": when},
        "rank": {"type": "uri", "value": rank},
    }


def reply(*bindings: dict) -> dict:
    return {"head": {"vars": []}, "results": {"bindings": list(bindings)}}


def test_newest_date_wins_then_preferred_rank() -> None:
    found = newest_populations(
        reply(
            binding("1", "500", "2019-01-01T00:00:00Z", PREFERRED_RANK),
            binding("1", "700", "2021-01-01T00:00:00Z"),
            binding("2", "300", "2020-01-01T00:00:00Z"),
            binding("2", "200", "2020-01-01T00:00:00Z", PREFERRED_RANK),
            binding("3", "1.5E6", "2022-06-30T00:00:00Z"),
        ),
        url="u",
    )
    assert {k: (v.population, v.year) for k, v in found.items()} == {
        1: (700, 2021),
        2: (200, 2020),
        3: (1_500_000, 2022),
    }


def test_unknown_dates_and_non_numbers_are_skipped() -> None:
    found = newest_populations(
        reply(
            binding("1", "500", "http://www.wikidata.org/.well-known/genid/abc"),
            binding("1", "lots", "2021-01-01T00:00:00Z"),
            binding("2", "0", "2021-01-01T00:00:00Z"),
        ),
        url="u",
    )
    assert found == {}


def test_a_non_sparql_reply_is_a_fetch_error() -> None:
    with pytest.raises(FetchError, match="not SPARQL JSON"):
        newest_populations({"error": "timeout"}, url="u")


def test_query_lists_geonames_ids_as_strings() -> None:
    query = sparql_query([2643743, 1814906])
    assert 'VALUES ?geonames { "2643743" "1814906" }' in query
    assert "wdt:P1566" in query and "pq:P585" in query


@pytest.mark.parametrize("agent", ["python-requests/2.32.3", "cctv-density", "", "curl/8"])
def test_user_agent_must_be_descriptive(agent: str) -> None:
    with pytest.raises(ValueError):
        check_user_agent(agent)


def test_descriptive_user_agent_passes() -> None:
    agent = "cctv-density/0.1 (https://github.com/cctv-density; data pipeline)"
    assert check_user_agent(agent) == agent


def test_v2_page_shapes() -> None:
    meta, rows = parse_v2_page(
        [{"page": "1", "pages": "2", "per_page": "50", "total": "60"}, [{"id": "ABW"}]],
        url="u",
        what="w",
    )
    assert (meta, rows) == ({"page": 1, "pages": 2, "total": 60}, [{"id": "ABW"}])
    with pytest.raises(FetchError, match="not the v2"):
        parse_v2_page({"page": 1}, url="u", what="w")
    with pytest.raises(FetchError, match="meta lacks"):
        parse_v2_page([{"page": 1}, []], url="u", what="w")
