-- model: stg_claims
-- description: Camera figures found in documents (extracted or manual), renamed and cast.
-- grain: one row per claim_id
-- depends_on: raw.claims
-- columns:
--   claim_id: Deterministic id of the claim (hash of document, place, metric, value, qualifier, span, source).
--   document_id: sha256 of the document the claim comes from.
--   doc: Document name (file name without extension, or URL).
--   entity_kind: country or city.
--   entity_name: Normalised English name of the place.
--   name_as_written: The place as the text wrote it.
--   country_iso3: ISO 3166-1 alpha-3 code of the place's country.
--   city_id: City id (wup-<UN city code> or gn-<GeoNames id>); NULL for countries.
--   metric: camera_count, people_per_camera, cameras_per_1000_people, cameras_per_sq_km or cameras_per_sq_mile.
--   value: The stated figure, normalised (e.g. 5.9 million → 5900000).
--   qualifier: exact, estimated, about, over, under, range_low or range_high.
--   year: Year the text states for the figure, if any.
--   quote: The sentence the figure comes from: exactly the document text at start_offset:end_offset.
--   start_offset: Character offset where the quote starts in the normalised document text.
--   end_offset: Character offset where the quote ends (exclusive).
--   source: extracted, or manual:<file>:<line> for hand-made claims.
--   reference_year: Year whose population the claim is compared with.
--   reference_year_basis: Why that year: claim (stated year), document (document year), latest (latest population year) or fixed (set by the run).
select
    cast(claim_id as varchar) as claim_id,
    cast(document_id as varchar) as document_id,
    cast(doc as varchar) as doc,
    cast(entity_kind as varchar) as entity_kind,
    cast(entity_name as varchar) as entity_name,
    cast(name_as_written as varchar) as name_as_written,
    cast(country_iso3 as varchar) as country_iso3,
    cast(city_id as varchar) as city_id,
    cast(metric as varchar) as metric,
    cast(value as double) as value,
    cast(qualifier as varchar) as qualifier,
    cast(year as integer) as year,
    cast(quote as varchar) as quote,
    cast("start" as integer) as start_offset,
    cast("end" as integer) as end_offset,
    cast(source as varchar) as source,
    cast(reference_year as integer) as reference_year,
    cast(reference_year_basis as varchar) as reference_year_basis
from raw.claims
