"""Paths of the data the project ships, for tests that check results against it."""

from cctv_density.settings import PROJECT_ROOT

FIRST_ARTICLE = (
    PROJECT_ROOT / "data/raw/documents/2026-11-26/countries-and-cities-with-the-most-cctv.txt"
)
WORLDBANK_SNAPSHOT = (
    PROJECT_ROOT / "data/raw/population/worldbank/2026-03-06/worldbank_SP.POP.TOTL.csv"
)
WUP_SNAPSHOT = (
    PROJECT_ROOT / "data/raw/population/un_wup2018/2018-05-16/WUP2018-F12-Cities_Over_300K.csv"
)
