"""The ingest flow: documents → claims and mentions, a batch of documents per task."""

from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from cctv_density.claims_io import read_manual_claims
from cctv_density.documents import DocumentSource, discover_documents
from cctv_density.gazetteer import load_gazetteer
from cctv_density.ingest import IngestBatch, batched, combine_batches, ingest_batch, store_ingest
from cctv_density.model import Claim, Document
from cctv_density.place_lookup import resolver_for
from cctv_density.population.wup import WupSnapshot
from cctv_density.publish import connect_build
from cctv_density.settings import Settings
from flows.runtime import failed_state_on_expected_error, progress


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch_task(
    sources: list[DocumentSource], wup_path: Path, settings: Settings
) -> IngestBatch:
    return ingest_batch(
        sources,
        load_gazetteer(wup_path),
        max_bytes=settings.max_document_bytes,
        timeout=settings.http_timeout_seconds,
        user_agent=settings.http_user_agent,
        max_total_seconds=settings.http_max_total_wait_seconds,
    )


@task(name="read-manual-claims", cache_policy=NO_CACHE)
def read_manual_claims_task(path: Path, documents: list[Document], wup_path: Path) -> list[Claim]:
    if not path.exists():
        return []
    # load_gazetteer is cached per process: the extract tasks have already built it.
    return read_manual_claims(path, documents, resolver_for(load_gazetteer(wup_path)))


@task(name="store-ingest", cache_policy=NO_CACHE)
def store_ingest_task(build_path: Path, result: IngestBatch) -> None:
    with connect_build(build_path) as con:
        store_ingest(con, result)


@flow(name="ingest")
@failed_state_on_expected_error
def ingest(
    build_path: Path,
    settings: Settings,
    documents: list[str] | None = None,
    batch_size: int = 50,
) -> dict[str, object]:
    """Read documents (files, folders, URLs; default: the documents folder), extract their
    claims and mentions in batches, and store them in the build's raw tables."""
    sources = discover_documents(documents or [settings.documents_dir])
    batches = batched(sources, batch_size)
    wup_path = WupSnapshot(settings.population_dir).snapshot_file()
    futures = extract_batch_task.map(batches, wup_path=wup_path, settings=settings)
    results: list[IngestBatch] = []
    for number, future in enumerate(futures, start=1):
        results.append(future.result())
        if len(batches) > 1:
            progress(f"ingest: batch {number}/{len(batches)} read")
    read_all = [d for batch in results for d in batch.documents]
    manual = read_manual_claims_task(settings.manual_claims_path, read_all, wup_path)
    combined = combine_batches(results, manual)
    for reason in combined.skipped:
        progress(f"skipped {reason}")
    store_ingest_task(build_path, combined)
    return {
        "documents": len(combined.documents),
        "skipped": combined.skipped,
        "claims": len(combined.claims),
        "manual_claims": len(manual),
        "mentions": len(combined.mentions),
    }
