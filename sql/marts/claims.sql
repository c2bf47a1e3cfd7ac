-- model: claims
-- description: Every camera figure stated in the documents, resolved to a country or city, with the quote it comes from and the population year it is compared with.
-- grain: one row per claim_id
-- depends_on: staging.stg_claims, staging.stg_documents
-- columns:
--   claim_id: Deterministic id of the claim.
--   document_id: sha256 of the document the claim comes from.
--   doc: Document name (file name without extension, or URL).
--   document_title: Title of the document, if known.
--   entity_kind: country or city.
--   entity_name: Normalised English name of the place.
--   name_as_written: The place as the text wrote it.
--   country_iso3: ISO 3166-1 alpha-3 code of the place's country.
--   city_id: City id (wup-<UN city code> or gn-<GeoNames id>); NULL for countries.
--   metric: camera_count, people_per_camera, cameras_per_1000_people, cameras_per_sq_km or cameras_per_sq_mile.
--   value: The stated figure, normalised.
--   qualifier: exact, estimated, about, over, under, range_low or range_high.
--   year: Year the text states for the figure, if any.
--   quote: The sentence the figure comes from (exactly the document text at start_offset:end_offset).
--   start_offset: Character offset where the quote starts in the normalised document text.
--   end_offset: Character offset where the quote ends (exclusive).
--   source: extracted, or manual:<file>:<line> for hand-made claims.
--   reference_year: Year whose population the claim is compared with.
--   reference_year_basis: claim, document, latest or fixed.
with

claims as (
    select * from staging.stg_claims
),

documents as (
    select document_id, title from staging.stg_documents
),

final as (
    select
        claims.claim_id,
        claims.document_id,
        claims.doc,
        documents.title as document_title,
        claims.entity_kind,
        claims.entity_name,
        claims.name_as_written,
        claims.country_iso3,
        claims.city_id,
        claims.metric,
        claims.value,
        claims.qualifier,
        claims.year,
        claims.quote,
        claims.start_offset,
        claims.end_offset,
        claims.source,
        claims.reference_year,
        claims.reference_year_basis
    from claims
    left join documents using (document_id)
)

select * from final order by doc, start_offset, claim_id
