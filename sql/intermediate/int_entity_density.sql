-- model: int_entity_density
-- description: Camera density of every named place on every population basis it has: the stated camera count (or one derived from a stated ratio) over the population.
-- grain: one row per entity_key and basis (basis NULL when the place has no population)
-- depends_on: intermediate.int_entity_figures, intermediate.int_entity_population, staging.stg_run_parameters
-- columns:
--   entity_key: entity_kind:country_iso3:city_id — the place's key.
--   entity_kind: country or city.
--   country_iso3: ISO 3166-1 alpha-3 code of the place's country.
--   city_id: City id; NULL for countries.
--   entity_name: Normalised English name of the place.
--   basis: Population basis: national, urban_agglomeration or city_proper; NULL when no population is known.
--   is_primary_basis: True for the basis a place's headline density uses (national for countries; the configured city basis when the city has it, else the other one).
--   reference_year: Year of population the place is compared with.
--   population: Persons on this basis.
--   population_year: Year of the population figure used.
--   population_source: Source and snapshot of the population figure.
--   population_is_projection: True when the population figure is a projection.
--   camera_estimate: Best camera estimate: the median stated count, else stated density × population / 1000.
--   camera_low: Low end: smallest stated count, else lowest stated density × population / 1000.
--   camera_high: High end: largest stated count, else highest stated density × population / 1000.
--   camera_estimate_kind: stated (a count was stated), derived_from_ratio (computed from a stated density), or NULL.
--   cameras_per_1000_people: Cameras per 1,000 people: computed from the estimate and population, else the stated density.
--   people_per_camera: People per camera: 1000 / cameras_per_1000_people.
--   stated_cameras_per_1000_people: Density the text stated (one camera for every N people → 1000 / N), if any.
--   stated_people_per_camera: 1000 / stated_cameras_per_1000_people.
--   stated_cameras_per_sq_km: Area density the text stated, per km² (per square mile converted), if any.
--   density_difference_pct: (computed − stated) / stated × 100, when both a count and a density were stated and a population is known.
--   claim_count: Number of claims about the place.
--   document_count: Number of documents that name the place.
--   claim_ids: Ids of the claims about the place.
--   conflicting_claims: True when the stated counts cannot all be true.
--   stated_vs_computed_mismatch: True when |density_difference_pct| exceeds the run's threshold (10 % by default).
--   no_figure: True when the documents name the place without any camera figure.
with

figures as (
    select * from intermediate.int_entity_figures
),

population as (
    select * from intermediate.int_entity_population
),

parameters as (
    select city_primary_basis, mismatch_threshold_pct from staging.stg_run_parameters
),

with_population as (
    select
        figures.*,
        population.basis,
        population.population,
        population.population_year,
        population.population_source,
        population.population_is_projection,
        row_number() over (
            partition by figures.entity_key
            order by
                population.basis = 'national' desc,
                population.basis = parameters.city_primary_basis desc,
                population.basis
        ) = 1 as is_primary_basis
    from figures
    cross join parameters
    left join population using (entity_key)
),

estimated as (
    select
        *,
        case
            when stated_camera_estimate is not null then stated_camera_estimate
            else stated_cameras_per_1000_people * population / 1000.0
        end as camera_estimate,
        case
            when stated_camera_estimate is not null then stated_camera_low
            else stated_cameras_per_1000_low * population / 1000.0
        end as camera_low,
        case
            when stated_camera_estimate is not null then stated_camera_high
            else stated_cameras_per_1000_high * population / 1000.0
        end as camera_high,
        case
            when stated_camera_estimate is not null then 'stated'
            when stated_cameras_per_1000_people is not null and population is not null
                then 'derived_from_ratio'
        end as camera_estimate_kind,
        case
            when stated_camera_estimate is not null then 1000.0 * stated_camera_estimate / population
            else stated_cameras_per_1000_people
        end as cameras_per_1000_people
    from with_population
),

compared as (
    select
        *,
        case
            when stated_camera_estimate is not null
                then 100.0 * (cameras_per_1000_people - stated_cameras_per_1000_people)
                    / stated_cameras_per_1000_people
        end as density_difference_pct
    from estimated
),

final as (
    select
        entity_key,
        entity_kind,
        country_iso3,
        city_id,
        entity_name,
        basis,
        is_primary_basis,
        reference_year,
        population,
        population_year,
        population_source,
        population_is_projection,
        camera_estimate,
        camera_low,
        camera_high,
        camera_estimate_kind,
        cameras_per_1000_people,
        1000.0 / nullif(cameras_per_1000_people, 0) as people_per_camera,
        stated_cameras_per_1000_people,
        1000.0 / stated_cameras_per_1000_people as stated_people_per_camera,
        stated_cameras_per_sq_km,
        density_difference_pct,
        claim_count,
        document_count,
        claim_ids,
        conflicting_claims,
        coalesce(abs(density_difference_pct) > parameters.mismatch_threshold_pct, false)
            as stated_vs_computed_mismatch,
        claim_count = 0 as no_figure
    from compared
    cross join parameters
)

select * from final
