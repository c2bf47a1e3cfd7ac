-- model: documents
-- description: Every document the run ingested, with its provenance and how many figures and figure-less places it gave.
-- grain: one row per document_id
-- depends_on: staging.stg_documents, staging.stg_claims, staging.stg_mentions
-- columns:
--   document_id: sha256 of the document's raw bytes.
--   doc: File name without extension, or the URL.
--   title: Title of the document, if known.
--   source_path: Path or URL the document was read from.
--   source_url: Original source URL, if known.
--   media_type: text/plain, text/markdown or text/html.
--   published_date: Publication date, if known.
--   retrieved_at: When the document was retrieved, if known.
--   licence: Licence of the document text, if known.
--   document_year: Year of the document, if known.
--   char_count: Length of the normalised document text in characters.
--   claim_count: Number of camera figures taken from the document.
--   mention_count: Number of places the document names without a figure.
with

documents as (
    select * from staging.stg_documents
),

claim_counts as (
    select document_id, count(*) as claim_count from staging.stg_claims group by document_id
),

mention_counts as (
    select document_id, count(*) as mention_count from staging.stg_mentions group by document_id
),

final as (
    select
        documents.document_id,
        documents.doc,
        documents.title,
        documents.source_path,
        documents.source_url,
        documents.media_type,
        documents.published_date,
        documents.retrieved_at,
        documents.licence,
        documents.document_year,
        documents.char_count,
        coalesce(claim_counts.claim_count, 0) as claim_count,
        coalesce(mention_counts.mention_count, 0) as mention_count
    from documents
    left join claim_counts using (document_id)
    left join mention_counts using (document_id)
)

select * from final order by doc, document_id
