-- model: mentions
-- description: Countries and cities a document names without giving any camera figure for them.
-- grain: one row per document_id, entity_kind, country_iso3 and city_id
-- depends_on: staging.stg_mentions
-- columns:
--   document_id: sha256 of the document.
--   doc: Document name (file name without extension, or URL).
--   entity_kind: country or city.
--   entity_name: Normalised English name of the place.
--   name_as_written: The place as the text wrote it (first mention).
--   country_iso3: ISO 3166-1 alpha-3 code of the place's country.
--   city_id: City id; NULL for countries.
--   quote: Sentence or heading of the first mention (exactly the document text at start_offset:end_offset).
--   start_offset: Character offset where the quote starts.
--   end_offset: Character offset where the quote ends (exclusive).
select
    document_id,
    doc,
    entity_kind,
    entity_name,
    name_as_written,
    country_iso3,
    city_id,
    quote,
    start_offset,
    end_offset
from staging.stg_mentions
order by doc, start_offset
