"""Live city_proper populations from Wikidata's SPARQL endpoint, keyed on the GeoNames ID.

For each linked city the items with that GeoNames ID (P1566) are asked for their population
statements (P1082) that carry a point in time (P585); deprecated statements are ignored.
The newest point in time wins (ties: preferred rank, then the larger figure, so the pick is
deterministic). A city with no such value keeps the offline basis: the `fallback` source's
row, whose `source` is prefixed with FALLBACK_NOTE so the gap stays visible downstream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pandas as pd
import requests

from cctv_density.errors import FetchError
from cctv_density.population.http import Deadline, get_json
from cctv_density.population.sources import CityPopulationSource, city_frame

LICENCE = "CC0 1.0 (Wikidata)"
#: Prefix of `source` on rows the fallback source supplied because Wikidata had no value.
FALLBACK_NOTE = "fallback (no dated Wikidata P1082 value)"
PREFERRED_RANK = "http://wikiba.se/ontology#PreferredRank"

_QUERY = """SELECT ?item ?geonames ?population ?pointInTime ?rank WHERE {{
  VALUES ?geonames {{ {values} }}
  ?item wdt:P1566 ?geonames ;
        p:P1082 ?statement .
  ?statement ps:P1082 ?population ;
             pq:P585 ?pointInTime ;
             wikibase:rank ?rank .
  FILTER(?rank != wikibase:DeprecatedRank)
}}"""


@dataclass(frozen=True)
class WikidataPopulation:
    """The chosen population statement for one GeoNames ID."""

    geonames_id: int
    item: str  # Q-id
    population: int
    point_in_time: str  # ISO date
    preferred: bool

    @property
    def year(self) -> int:
        return int(self.point_in_time[:4])


def sparql_query(geonames_ids: list[int]) -> str:
    """The SPARQL text asking for dated population statements of these GeoNames IDs."""
    values = " ".join(f'"{int(geonames_id)}"' for geonames_id in geonames_ids)
    return _QUERY.format(values=values)


def newest_populations(payload: object, *, url: str) -> dict[int, WikidataPopulation]:
    """GeoNames ID → newest dated population in a SPARQL JSON reply (validated)."""
    try:
        bindings = payload["results"]["bindings"]  # type: ignore[index]
    except (KeyError, TypeError):
        raise FetchError("Wikidata: reply is not SPARQL JSON results", path=url) from None
    if not isinstance(bindings, list):
        raise FetchError("Wikidata: results.bindings is not a list", path=url)
    newest: dict[int, WikidataPopulation] = {}
    for binding in bindings:
        candidate = _parse_binding(binding)
        if candidate is None:
            continue
        current = newest.get(candidate.geonames_id)
        if current is None or _rank_key(candidate) > _rank_key(current):
            newest[candidate.geonames_id] = candidate
    return newest


def _rank_key(value: WikidataPopulation) -> tuple[str, bool, int]:
    return (value.point_in_time, value.preferred, value.population)


def _parse_binding(binding: Any) -> WikidataPopulation | None:
    """One result row, or None when a value is unknown/unparsable (skipped, not fatal)."""
    try:
        geonames = binding["geonames"]["value"]
        population = float(binding["population"]["value"])
        when = binding["pointInTime"]["value"]
        item = binding["item"]["value"].rsplit("/", 1)[-1]
        rank = binding.get("rank", {}).get("value", "")
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    # "somevalue" dates come back as blank-node URIs; only real dates count.
    date_match = re.match(r"^(\d{4}-\d{2}-\d{2})T", str(when))
    if not str(geonames).isdigit() or date_match is None or population <= 0:
        return None
    return WikidataPopulation(
        geonames_id=int(geonames),
        item=item,
        population=round(population),
        point_in_time=date_match.group(1),
        preferred=rank == PREFERRED_RANK,
    )


def check_user_agent(user_agent: str) -> str:
    """Wikimedia asks for a User-Agent naming the tool and a contact (URL or e-mail)."""
    descriptive = "/" in user_agent and ("http" in user_agent or "@" in user_agent)
    if not descriptive or user_agent.lower().startswith(("python-requests", "python-urllib")):
        raise ValueError(
            f"User-Agent {user_agent!r} is not descriptive: give tool/version (contact URL or"
            " e-mail), as Wikimedia's User-Agent policy asks"
        )
    return user_agent


class WikidataCityProper:
    """city_proper rows from Wikidata where it has a dated value, else from `fallback`."""

    licence = LICENCE

    def __init__(
        self,
        sparql_url: str,
        session: requests.Session,
        *,
        user_agent: str,
        timeout: float,
        fallback: CityPopulationSource,
        batch_size: int = 200,
        max_total_wait: float = 300.0,
    ) -> None:
        self.sparql_url = sparql_url
        self.session = session
        self.user_agent = check_user_agent(user_agent)
        self.timeout = timeout
        self.fallback = fallback
        self.batch_size = batch_size
        self.max_total_wait = max_total_wait

    @property
    def source_url(self) -> str:
        return self.sparql_url

    def fetch(self, geonames_ids: list[int]) -> dict[int, WikidataPopulation]:
        """Newest dated population per GeoNames ID, asked in VALUES batches."""
        deadline = Deadline(self.max_total_wait)
        found: dict[int, WikidataPopulation] = {}
        unique_ids = sorted(set(geonames_ids))
        for start in range(0, len(unique_ids), self.batch_size):
            batch = unique_ids[start : start + self.batch_size]
            payload = get_json(
                self.session,
                self.sparql_url,
                params={"query": sparql_query(batch), "format": "json"},
                headers={
                    "Accept": "application/sparql-results+json",
                    "User-Agent": self.user_agent,
                },
                timeout=deadline.timeout_for(self.timeout, url=self.sparql_url),
                what="Wikidata SPARQL",
            )
            found.update(newest_populations(payload, url=self.sparql_url))
        return found

    def city_population(self, city_links: pd.DataFrame) -> pd.DataFrame:
        retrieved_at = datetime.now(UTC).isoformat(timespec="seconds")
        with_id = city_links.loc[city_links["geonames_id"].notna()]
        found = self.fetch([int(i) for i in with_id["geonames_id"]])
        records: list[dict[str, object]] = []
        answered: set[str] = set()
        for link in with_id.itertuples(index=False):
            value = found.get(int(link.geonames_id))
            if value is None:
                continue
            answered.add(str(link.city_id))
            records.append(
                {
                    "city_id": link.city_id,
                    "city_name": link.city_name,
                    "country_iso3": link.country_iso3,
                    "year": value.year,
                    "population": value.population,
                    "basis": "city_proper",
                    "source": f"Wikidata {value.item} P1082 (point in time"
                    f" {value.point_in_time}, retrieved {retrieved_at[:10]})",
                    "retrieved_at": retrieved_at,
                    "is_interpolated": False,
                    "is_projection": False,
                }
            )
        unanswered = city_links.loc[~city_links["city_id"].astype(str).isin(answered)]
        fallback_rows = self.fallback.city_population(unanswered) if len(unanswered) else None
        frames = [city_frame(pd.DataFrame.from_records(records)) if records else city_frame({})]
        if fallback_rows is not None and len(fallback_rows):
            flagged = fallback_rows.assign(
                source=FALLBACK_NOTE + "; " + fallback_rows["source"].astype(str)
            )
            frames.append(city_frame(flagged))
        return city_frame(pd.concat(frames, ignore_index=True).sort_values(["city_id", "year"]))
