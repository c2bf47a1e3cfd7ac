-- model: int_entity_population
-- description: The population each named place is compared with, per basis: the figure for the place's reference year, else the nearest earlier year, else the nearest later year.
-- grain: one row per entity_key and basis (places without any population have no row)
-- depends_on: intermediate.int_entity_figures, staging.stg_population_country, staging.stg_population_city
-- columns:
--   entity_key: entity_kind:country_iso3:city_id — the place's key.
--   basis: national (countries), urban_agglomeration or city_proper (cities).
--   population: Persons.
--   population_year: Year of the population figure used.
--   population_source: Source and snapshot of the population figure.
--   population_is_interpolated: True when the figure is interpolated between source points.
--   population_is_projection: True when the figure is a projection.
with

places as (
    select entity_key, entity_kind, country_iso3, city_id, reference_year
    from intermediate.int_entity_figures
),

country_population as (
    select country_iso3, year, population, basis, source, is_interpolated, is_projection
    from staging.stg_population_country
),

city_population as (
    select city_id, year, population, basis, source, is_interpolated, is_projection
    from staging.stg_population_city
),

candidates as (
    select places.entity_key, places.reference_year, country_population.*
    from places
    join country_population
        on places.entity_kind = 'country'
        and places.country_iso3 = country_population.country_iso3
    union all by name
    select places.entity_key, places.reference_year, city_population.*
    from places
    join city_population
        on places.entity_kind = 'city'
        and places.city_id = city_population.city_id
),

ranked as (
    select
        *,
        row_number() over (
            partition by entity_key, basis
            order by (year > reference_year), abs(year - reference_year)
        ) as nearness
    from candidates
),

final as (
    select
        entity_key,
        basis,
        population,
        year as population_year,
        source as population_source,
        is_interpolated as population_is_interpolated,
        is_projection as population_is_projection
    from ranked
    where nearness = 1
)

select * from final
