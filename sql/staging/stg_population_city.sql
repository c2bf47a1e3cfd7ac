-- model: stg_population_city
-- description: City population per city, basis and year from the population sources, renamed and cast.
-- grain: one row per city_id, basis and year
-- depends_on: raw.population_city
-- columns:
--   city_id: City id (wup-<UN city code> or gn-<GeoNames id>).
--   city_name: City name as the source gives it.
--   country_iso3: ISO 3166-1 alpha-3 code of the city's country.
--   year: Year of the population figure.
--   population: Persons.
--   basis: urban_agglomeration (UN WUP) or city_proper (GeoNames / Wikidata).
--   source: Source and snapshot of the figure.
--   retrieved_at: When the source snapshot was retrieved.
--   is_interpolated: True when the figure is interpolated between source points (WUP 5-year points).
--   is_projection: True when the figure is a projection (WUP years after 2015).
select
    cast(city_id as varchar) as city_id,
    cast(city_name as varchar) as city_name,
    cast(country_iso3 as varchar) as country_iso3,
    cast(year as integer) as year,
    cast(population as bigint) as population,
    cast(basis as varchar) as basis,
    cast(source as varchar) as source,
    cast(retrieved_at as varchar) as retrieved_at,
    cast(is_interpolated as boolean) as is_interpolated,
    cast(is_projection as boolean) as is_projection
from raw.population_city
