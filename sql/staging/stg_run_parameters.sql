-- model: stg_run_parameters
-- description: Parameters of the run that built the warehouse, renamed and cast.
-- grain: one row
-- depends_on: raw.run_parameters
-- columns:
--   run_id: Id of the run that built the warehouse.
--   population_year_policy: auto, latest, or a fixed year.
--   city_primary_basis: Population basis whose city density is primary.
--   mismatch_threshold_pct: Stated-vs-computed density difference (%) above which a row is flagged.
select
    cast(run_id as varchar) as run_id,
    cast(population_year_policy as varchar) as population_year_policy,
    cast(city_primary_basis as varchar) as city_primary_basis,
    cast(mismatch_threshold_pct as double) as mismatch_threshold_pct
from raw.run_parameters
