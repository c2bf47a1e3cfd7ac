-- model: stg_documents
-- description: Documents as read by ingest, renamed and cast (the document text itself is not kept).
-- grain: one row per document_id
-- depends_on: raw.documents
-- columns:
--   document_id: sha256 of the document's raw bytes.
--   doc: File name without extension, or the URL.
--   source_path: Path or URL the document was read from.
--   source_url: Original source URL from the provenance sidecar or HTTP fetch, if known.
--   media_type: text/plain, text/markdown or text/html.
--   title: Title of the document, if known.
--   published_date: Publication date, if known.
--   retrieved_at: When the document was retrieved, from its provenance, if known.
--   licence: Licence of the document text, from its provenance, if known.
--   document_year: Year of the document (from its publication date), if known.
--   char_count: Length of the normalised document text in characters.
select
    cast(document_id as varchar) as document_id,
    cast(doc as varchar) as doc,
    cast(source as varchar) as source_path,
    cast(source_url as varchar) as source_url,
    cast(media_type as varchar) as media_type,
    cast(title as varchar) as title,
    try_cast(published_date as date) as published_date,
    cast(retrieved_at as varchar) as retrieved_at,
    cast(licence as varchar) as licence,
    cast(year as integer) as document_year,
    cast(char_count as integer) as char_count
from raw.documents
