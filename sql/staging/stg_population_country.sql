-- model: stg_population_country
-- description: National population per country and year from the population source, renamed and cast.
-- grain: one row per country_iso3 and year
-- depends_on: raw.population_country
-- columns:
--   country_iso3: ISO 3166-1 alpha-3 code (World Bank aggregates are dropped by the source reader).
--   country_name: Country name as the source gives it.
--   year: Year of the population figure.
--   population: Persons.
--   basis: national.
--   source: Source and snapshot of the figure.
--   retrieved_at: When the source snapshot was retrieved.
--   is_interpolated: True when the figure is interpolated between source points.
--   is_projection: True when the figure is a projection rather than an estimate.
select
    cast(country_iso3 as varchar) as country_iso3,
    cast(country_name as varchar) as country_name,
    cast(year as integer) as year,
    cast(population as bigint) as population,
    cast(basis as varchar) as basis,
    cast(source as varchar) as source,
    cast(retrieved_at as varchar) as retrieved_at,
    cast(is_interpolated as boolean) as is_interpolated,
    cast(is_projection as boolean) as is_projection
from raw.population_country
