-- model: camera_density_city
-- description: Camera density per city on every population basis it has (urban agglomeration, city proper), the primary basis marked: best camera estimate and range, stated and computed densities, and flags.
-- grain: one row per city_id and basis (one row with basis NULL when the city has no population)
-- depends_on: intermediate.int_entity_density
-- columns:
--   city_id: City id (wup-<UN city code> or gn-<GeoNames id>).
--   entity_name: Normalised English name of the place.
--   country_iso3: ISO 3166-1 alpha-3 code of the place's country.
--   basis: Population basis: urban_agglomeration or city_proper; NULL when no population is known.
--   is_primary_basis: True for the basis the city's headline density uses: the configured primary basis (default urban_agglomeration) when the city has it, else the other one.
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
select
    city_id,
    entity_name,
    country_iso3,
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
    people_per_camera,
    stated_cameras_per_1000_people,
    stated_people_per_camera,
    stated_cameras_per_sq_km,
    density_difference_pct,
    claim_count,
    document_count,
    claim_ids,
    conflicting_claims,
    stated_vs_computed_mismatch,
    no_figure
from intermediate.int_entity_density
where entity_kind = 'city'
order by city_id, is_primary_basis desc, basis
