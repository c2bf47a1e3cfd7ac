-- model: int_entity_figures
-- description: Every place named in the documents with its reconciled camera figures: counts reduced to a best estimate and range, stated ratios to one density.
-- grain: one row per entity_key (entity_kind, country_iso3, city_id)
-- depends_on: staging.stg_claims, staging.stg_mentions
-- columns:
--   entity_key: entity_kind:country_iso3:city_id — the place's key.
--   entity_kind: country or city.
--   country_iso3: ISO 3166-1 alpha-3 code of the place's country.
--   city_id: City id; NULL for countries.
--   entity_name: Normalised English name of the place.
--   reference_year: Year of population the place is compared with (latest reference year of its claims, else of its mentions).
--   stated_camera_estimate: Median of the stated camera counts (NULL when no count was stated).
--   stated_camera_low: Smallest stated camera count.
--   stated_camera_high: Largest stated camera count.
--   conflicting_claims: True when the stated counts cannot all be true (a lower bound above an upper bound, e.g. "an estimated 5.9 million" and "over 6 million").
--   stated_cameras_per_1000_people: Median stated density, with "one camera for every N people" converted to 1000 / N.
--   stated_cameras_per_1000_low: Lowest stated density (per 1,000 people).
--   stated_cameras_per_1000_high: Highest stated density (per 1,000 people).
--   stated_cameras_per_sq_km: Median stated area density, per square mile converted to per km².
--   claim_count: Number of claims about the place.
--   document_count: Number of documents that name the place (with or without a figure).
--   claim_ids: Ids of the claims about the place, sorted.
with

claims as (
    select
        *,
        entity_kind || ':' || country_iso3 || ':' || coalesce(city_id, '') as entity_key
    from staging.stg_claims
),

mentions as (
    select
        *,
        entity_kind || ':' || country_iso3 || ':' || coalesce(city_id, '') as entity_key
    from staging.stg_mentions
),

named_places as (
    select entity_key, entity_kind, country_iso3, city_id, entity_name, document_id, reference_year, true as has_claim
    from claims
    union all
    select entity_key, entity_kind, country_iso3, city_id, entity_name, document_id, reference_year, false as has_claim
    from mentions
),

places as (
    select
        entity_key,
        any_value(entity_kind) as entity_kind,
        any_value(country_iso3) as country_iso3,
        any_value(city_id) as city_id,
        min(entity_name) as entity_name,
        coalesce(max(reference_year) filter (where has_claim), max(reference_year)) as reference_year,
        count(distinct document_id) as document_count
    from named_places
    group by entity_key
),

camera_counts as (
    -- Each count is an interval: exact/estimated/about → [v, v], over → [v, ∞), under → [0, v],
    -- range_low/range_high → the ends of one range. The counts conflict when the largest lower
    -- bound exceeds the smallest upper bound.
    select
        entity_key,
        median(value) as stated_camera_estimate,
        min(value) as stated_camera_low,
        max(value) as stated_camera_high,
        coalesce(
            max(value) filter (where qualifier not in ('under', 'range_high'))
            > min(value) filter (where qualifier not in ('over', 'range_low')),
            false
        ) as conflicting_claims
    from claims
    where metric = 'camera_count'
    group by entity_key
),

stated_ratios as (
    select
        entity_key,
        case metric when 'people_per_camera' then 1000.0 / value else value end as cameras_per_1000_people
    from claims
    where metric in ('people_per_camera', 'cameras_per_1000_people')
),

ratios as (
    select
        entity_key,
        median(cameras_per_1000_people) as stated_cameras_per_1000_people,
        min(cameras_per_1000_people) as stated_cameras_per_1000_low,
        max(cameras_per_1000_people) as stated_cameras_per_1000_high
    from stated_ratios
    group by entity_key
),

areas as (
    select
        entity_key,
        -- 1 square mile = 2.589988110336 km²
        median(case metric when 'cameras_per_sq_mile' then value / 2.589988110336 else value end)
            as stated_cameras_per_sq_km
    from claims
    where metric in ('cameras_per_sq_km', 'cameras_per_sq_mile')
    group by entity_key
),

claim_lists as (
    select
        entity_key,
        count(*) as claim_count,
        list(claim_id order by claim_id) as claim_ids
    from claims
    group by entity_key
),

final as (
    select
        places.entity_key,
        places.entity_kind,
        places.country_iso3,
        places.city_id,
        places.entity_name,
        places.reference_year,
        camera_counts.stated_camera_estimate,
        camera_counts.stated_camera_low,
        camera_counts.stated_camera_high,
        coalesce(camera_counts.conflicting_claims, false) as conflicting_claims,
        ratios.stated_cameras_per_1000_people,
        ratios.stated_cameras_per_1000_low,
        ratios.stated_cameras_per_1000_high,
        areas.stated_cameras_per_sq_km,
        coalesce(claim_lists.claim_count, 0) as claim_count,
        places.document_count,
        coalesce(claim_lists.claim_ids, []::varchar[]) as claim_ids
    from places
    left join camera_counts using (entity_key)
    left join ratios using (entity_key)
    left join areas using (entity_key)
    left join claim_lists using (entity_key)
)

select * from final
