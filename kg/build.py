"""The build stage: documents in, one RDF dataset out (ingest → extract → rdfize)."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg import extract, ingest, rdfize, resolve


@dataclass
class BuildResult:
    dataset: Dataset
    documents: int
    facts: dict[str, int]
    entities: dict[str, int]
    seconds: float
    skipped: list[str] = field(default_factory=list)
    merges: list = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: documents, entities by class, facts by type, seconds."""
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items()))
        facts = ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items()))
        kept = f" ({len(self.unchanged)} unchanged, skipped)" if self.unchanged else ""
        return (f"{self.documents} documents{kept}; entities: {ents or 'none'}; "
                f"facts: {facts or 'none'}; merges: {len(self.merges)}; {self.seconds:.1f} s")


def _read_and_extract(job: tuple[Path, str, dict | None]):
    """Worker: one document in, (document, facts) or (None, error text) out."""
    path, doc_id, unchanged = job
    try:
        doc = ingest.read_document(path, doc_id=doc_id)
    except Exception as exc:  # noqa: BLE001 - reported by the caller
        return None, exc
    if unchanged and unchanged.get(doc.id) == doc.sha256:
        return doc, None
    return doc, extract.extract(doc)


def build(inputs: list[str | Path], skip_errors: bool = False,
          unchanged: dict[str, str] | None = None, jobs: int = 1) -> BuildResult:
    """Read every document under ``inputs`` and build the graph.

    With ``skip_errors`` a document that cannot be read (bad encoding, empty)
    is skipped and named in ``BuildResult.skipped``; otherwise its error is raised.
    ``unchanged`` maps document ids to content hashes already built (a
    store's): those documents are not extracted again (``BuildResult.unchanged``).
    ``jobs`` > 1 reads and extracts documents in that many processes; the
    graph is still assembled in document order, so the result is the same.
    """
    started = time.perf_counter()
    paths = ingest.find_inputs(inputs)
    builder = rdfize.GraphBuilder()
    skipped: list[str] = []
    kept: list[str] = []
    ids: dict[str, int] = {}
    work = []
    # A document's id is its file name; where two inputs share one (上海市/2021.md,
    # 北京市/2021.md) it is "folder/name", and a number only if that still collides.
    stems: dict[str, int] = {}
    for path in paths:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    for path in paths:
        doc_id = path.stem if stems[path.stem] == 1 else f"{path.parent.name}/{path.stem}"
        if doc_id in ids:
            ids[doc_id] += 1
            doc_id = f"{doc_id}-{ids[doc_id]}"
        else:
            ids[doc_id] = 1
        work.append((path, doc_id, unchanged))
    if jobs > 1 and len(work) > 1:
        import multiprocessing as mp

        pool = mp.get_context("fork").Pool(jobs)
        results = pool.imap(_read_and_extract, work, chunksize=4)
    else:
        pool = None
        results = map(_read_and_extract, work)
    try:
        for (path, _, _), (doc, facts) in zip(work, results):
            if doc is None:
                if not skip_errors:
                    raise facts
                skipped.append(f"{path}: {facts}")
            elif facts is None:
                kept.append(doc.id)
            else:
                builder.add(doc, facts)
    finally:
        if pool is not None:
            pool.terminate()
    merges = resolve.resolve(builder.dataset)
    entities = dict(builder.stats["entities"])
    for m in merges:  # a merged node is no longer an entity of its own
        cls = next((c.split("#")[-1] for c in builder.dataset.objects(m.new, rdfize.RDF.type)), None)
        if cls in entities and entities[cls] > 0:
            entities[cls] -= 1
    return BuildResult(builder.dataset, builder.stats["documents"], builder.stats["facts"],
                       entities, time.perf_counter() - started, skipped, merges, kept)
