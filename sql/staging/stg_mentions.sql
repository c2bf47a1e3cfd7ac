-- model: stg_mentions
-- description: Countries and cities a document names without any figure for them, renamed and cast.
-- grain: one row per document_id, entity_kind, country_iso3 and city_id
-- depends_on: raw.mentions
-- columns:
--   document_id: sha256 of the document.
--   doc: Document name (file name without extension, or URL).
--   entity_kind: country or city.
--   entity_name: Normalised English name of the place.
--   name_as_written: The place as the text wrote it (first mention).
--   country_iso3: ISO 3166-1 alpha-3 code of the place's country.
--   city_id: City id (wup-<UN city code> or gn-<GeoNames id>); NULL for countries.
--   quote: Sentence or heading of the first mention: exactly the document text at start_offset:end_offset.
--   start_offset: Character offset where the quote starts.
--   end_offset: Character offset where the quote ends (exclusive).
--   reference_year: Year whose population the place is shown with.
--   reference_year_basis: Why that year: document, latest or fixed.
select
    cast(document_id as varchar) as document_id,
    cast(doc as varchar) as doc,
    cast(entity_kind as varchar) as entity_kind,
    cast(entity_name as varchar) as entity_name,
    cast(name_as_written as varchar) as name_as_written,
    cast(country_iso3 as varchar) as country_iso3,
    cast(city_id as varchar) as city_id,
    cast(quote as varchar) as quote,
    cast("start" as integer) as start_offset,
    cast("end" as integer) as end_offset,
    cast(reference_year as integer) as reference_year,
    cast(reference_year_basis as varchar) as reference_year_basis
from raw.mentions
