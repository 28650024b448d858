"""The build stage: documents in, an Oxigraph store out (ingest → extract → rdfize → store → resolve).

Documents stream: each one is read, extracted and turned into RDF (in worker
processes with ``jobs`` > 1), and its triples go straight into an Oxigraph
store as canonical N-Triples, in document order; nothing holds the corpus in
Python objects. Entity resolution then runs against the store's indexes (also
resolving new documents against those stored by earlier builds). Without a
``store`` folder the build goes into a temporary on-disk store that lives as
long as the ``BuildResult``.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import extract, ingest, query, rdfize, readers, resolve
from kg import store as st
from kg.errors import BuildError, InputNotFound, KGError, MissingExtra
from kg.namespaces import TKR

ENTITY_PREFIX = str(TKR)
BATCH_BYTES = 16 << 20  # documents are loaded into the store a few MB at a time (fewer, larger bulk loads)
ENTITY_COUNTS = """
SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?c ; rdfs:label ?l .
  FILTER(STRSTARTS(STR(?c), STR(tk:)) && ?c NOT IN (tk:Observation, tk:Document, tk:Evidence, tk:Merge))
} GROUP BY ?c"""


@dataclass
class BuildResult:
    """What a build made: counts, and the store holding the graph (queryable with ``query``)."""

    store: ox.Store
    documents: int
    facts: dict[str, int]
    entities: dict[str, int]
    seconds: float
    skipped: list[str] = field(default_factory=list)
    merges: list = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    path: Path | None = None

    def summary(self) -> str:
        """One line: documents, entities by class, facts by type, seconds."""
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items()))
        facts = ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items()))
        kept = f" ({len(self.unchanged)} unchanged, skipped)" if self.unchanged else ""
        return (f"{self.documents} documents{kept}; entities: {ents or 'none'}; "
                f"facts: {facts or 'none'}; merges: {len(self.merges)}; {self.seconds:.1f} s")

    def query(self, text: str) -> query.Answer:
        """Run SPARQL over the built graph; returns a ``kg.query.Answer``."""
        return query.run_store(self.store, text)

    def write(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the graph to a file with Oxigraph's serializers (atomically)."""
        from kg.output import atomic_path

        fmt = rdfize.format_for(path, fmt)
        with atomic_path(path) as tmp:
            st.dump(self.store, tmp, fmt)
        return Path(path)

    @property
    def dataset(self):
        """The graph as an rdflib ``Dataset`` (one named graph per document): for small graphs and tests."""
        from rdflib import Dataset

        from kg.namespaces import bind

        ds = Dataset()
        bind(ds)
        for g in st.document_graphs(self.store) or [st.DEFAULT]:
            target = ds.graph(st.to_rdflib(g)) if g != st.DEFAULT else ds.default_graph
            for q in self.store.quads_for_pattern(None, None, None, g):
                target.add((st.to_rdflib(q.subject), st.to_rdflib(q.predicate), st.to_rdflib(q.object)))
        return ds


_UNCHANGED: dict[str, str] = {}


def _init_worker(unchanged: dict[str, str], pool: bool = False) -> None:
    global _UNCHANGED
    _UNCHANGED = unchanged
    if not pool:
        return
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the CLI turns SIGTERM into Ctrl+C for itself, not for workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl+C reaches the whole group: the build stops its workers
    try:  # a worker whose build was killed (kill -9) ends too, instead of waiting forever
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass


def document_rdf(doc: ingest.Document, facts: list) -> tuple[list[tuple[str, bytes, list[str]]], dict[str, int]]:
    """One document as (graph IRI, N-Triples, labelled entity IRIs), and its fact counts by type."""
    rdf = rdfize.document_quads(doc, facts)
    named = sorted({iri for iri, _ in rdf.entities if iri.startswith(ENTITY_PREFIX)})
    data = ox.serialize([q.triple for q in rdf.quads], format=ox.RdfFormat.N_TRIPLES)
    return [(rdf.graph.value, data, named)], rdf.facts


def _work(job: tuple[Path, str]):
    """Worker: one document in; ("error", exc) | ("unchanged", id) | ("done", id, graphs, facts)."""
    path, doc_id = job
    try:
        doc = ingest.read_document(path, doc_id=doc_id)
    except Exception as exc:  # noqa: BLE001 - reported by the caller
        return "error", exc
    return _finish(doc, _UNCHANGED)


def _finish(doc: ingest.Document, unchanged: dict[str, str]):
    if unchanged.get(doc.id) == doc.sha256:
        return "unchanged", doc.id
    try:
        facts = extract.extract(doc)
    except KGError as exc:  # bad input found while extracting (a number too large): skippable
        return "error", type(exc)(f"{doc.path}: {exc.message}", exc.hint)
    graphs, counts = document_rdf(doc, facts)
    return "done", doc.id, graphs, counts


def _work_remote(data: bytes, name: str, doc_id: str, unchanged: dict[str, str]):
    """Dask task: a document's bytes in (workers need no shared file system), as ``_work`` out."""
    try:
        reader = readers.reader_for(name)
        if reader is None:
            doc = ingest.parse_document(data, name=name, doc_id=doc_id)
        else:
            page = reader(data, name)
            doc = ingest.parse_document(page.text, name=name, doc_id=doc_id, file_meta=page.meta)
    except Exception as exc:  # noqa: BLE001 - reported by the caller
        return "error", exc
    return _finish(doc, unchanged)


def plan(inputs: list[str | Path]) -> list[tuple[Path, str]]:
    """The documents under ``inputs`` with their ids, in build order.

    A document's id is "folder/name" (上海市/2021, seeds/000_73a7…): it depends on
    the file alone, not on what else is built with it, so two builds give one
    report one IRI and two reports of the same name two IRIs (a bare name like
    2021 was the id of every city's 2021.md built on its own). Only two inputs
    with the same folder and name in one build get a number.
    """
    paths = ingest.find_inputs(inputs)
    ids: dict[str, int] = {}
    work = []
    for path in paths:
        folder = path.resolve().parent.name
        doc_id = f"{folder}/{path.stem}" if folder else path.stem
        if doc_id in ids:
            ids[doc_id] += 1
            doc_id = f"{doc_id}-{ids[doc_id]}"
        else:
            ids[doc_id] = 1
        work.append((path, doc_id))
    return work


def _cluster(address: str):
    """A Dask client: ``local`` / ``local:N`` starts a LocalCluster of N single-threaded processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MissingExtra("--dask needs dask.distributed", "pip install 'townkg[dask]'") from None
    if address == "local" or address.startswith("local:"):
        n = address.partition(":")[2]
        if n and not n.isdigit() or n == "0":
            raise BuildError(f"--dask {address}: N must be a positive number", "write local or local:4")
        cluster = LocalCluster(n_workers=int(n) if n else None, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except (OSError, TimeoutError) as exc:
        raise BuildError(f"cannot reach the Dask scheduler at {address}: {exc}",
                         "start one (dask scheduler) or use --dask local") from None


def _dask_results(work: list, address: str, unchanged: dict[str, str] | None, window: int = 0):
    """Results from a Dask cluster, in document order; at most ``window`` documents in flight."""
    client, cluster = _cluster(address)
    try:
        shared = client.scatter([unchanged or {}], broadcast=True)[0]  # a dict alone would be scattered by key
        window = window or 4 * max(1, len(client.scheduler_info()["workers"]))
        futures = []

        def submit(i: int) -> None:
            path, doc_id = work[i]
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                futures.append(("error", InputNotFound(f"cannot read {path}: {exc.strerror}", "check the path")))
                return
            futures.append(client.submit(_work_remote, data, str(path), doc_id, shared, pure=False))

        for i in range(min(window, len(work))):
            submit(i)
        for i in range(len(work)):
            fut = futures[i]
            futures[i] = None
            if i + window < len(work):
                submit(i + window)
            yield fut if isinstance(fut, tuple) else fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def results(work: list, jobs: int = 1, unchanged: dict[str, str] | None = None, dask: str | None = None):
    """Worker results in document order (``jobs`` processes; 1: this process; or a Dask cluster)."""
    if dask:
        yield from _dask_results(work, dask, unchanged)
        return
    if jobs > 1 and len(work) > 1:
        import multiprocessing as mp

        pool = mp.get_context("fork").Pool(jobs, initializer=_init_worker,
                                        initargs=(unchanged or {}, True))
        try:
            yield from pool.imap(_work, work, chunksize=1)
        finally:
            pool.terminate()
    else:
        _init_worker(unchanged or {})
        yield from map(_work, work)


def ingest_into(db: ox.Store, work: list, jobs: int = 1, unchanged: dict[str, str] | None = None,
                skip_errors: bool = False, progress=None, union_only: bool = False,
                dask: str | None = None) -> dict:
    """Stream documents into ``db``: replaced documents' graphs dropped first, the union kept in step.

    ``union_only``: fill only the union graph, and collect which documents name each
    entity in ``stats["mentions"]`` (what entity resolution reads from named graphs otherwise).
    """
    stats = {"documents": 0, "facts": {}, "skipped": [], "unchanged": [], "mentions": {} if union_only else None}
    pending, size = [], 0
    stored = set(g.value for g in st.document_graphs(db)) if unchanged else set()
    for (path, _), res in zip(work, results(work, jobs, unchanged, dask)):
        if res[0] == "error":
            if not skip_errors:
                raise res[1]
            stats["skipped"].append(f"{path}: {res[1]}")
        elif res[0] == "unchanged":
            stats["unchanged"].append(res[1])
        else:
            _, _, graphs, facts = res
            for graph, data, named in graphs:
                if graph in stored:
                    st.drop_graph(db, ox.NamedNode(graph))
                pending.append((graph, data))
                size += len(data)
                if union_only:
                    for iri in named:
                        stats["mentions"].setdefault(iri, set()).add(graph)
            stats["documents"] += 1
            for k, v in facts.items():
                stats["facts"][k] = stats["facts"].get(k, 0) + v
            if size > BATCH_BYTES:
                st.add_documents(db, pending, union_only)
                pending, size = [], 0
        if progress is not None:
            progress(path)
    st.add_documents(db, pending, union_only)
    return stats


def entity_counts(db: ox.Store) -> dict[str, int]:
    return {r["c"].value.split("#")[-1]: int(r["n"].value) for r in db.query(ENTITY_COUNTS, prefixes=st.PREFIX_MAP)}


def build(inputs: list[str | Path], store: str | Path | None = None, skip_errors: bool = False,
          jobs: int = 1, progress=None, keep_graphs: bool = True, dask: str | None = None) -> BuildResult:
    """Read every document under ``inputs`` and build the graph into a store.

    With ``store`` (a folder) the build goes into that persistent store: documents
    whose content hash is already there are skipped (``BuildResult.unchanged``),
    changed ones replace their named graph, and the new state is committed
    atomically at the end (an interrupted build leaves the store as it was).
    Without it, into a temporary store. With ``skip_errors`` a document that
    cannot be read is skipped and named in ``BuildResult.skipped``; otherwise
    its error is raised. ``jobs`` > 1 reads and extracts in that many
    processes; the store is still filled in document order, so the result is
    the same. ``progress`` is called with each document's path once it is done.
    ``keep_graphs=False`` (no ``store`` only) keeps just the union graph: enough to
    write a triple format, a third of the store writes. ``dask`` (a scheduler
    address, or ``local``/``local:N``) reads and extracts on a Dask cluster instead
    of local processes; results still enter the store here, in document order.
    """
    started = time.perf_counter()
    work = plan(inputs)
    if store is None:
        _remove_orphans()
        folder = Path(tempfile.mkdtemp(prefix=f"kg-build-{os.getpid()}-"))
        try:
            db = ox.Store(str(folder / "db"))
            stats = ingest_into(db, work, jobs, None, skip_errors, progress, union_only=not keep_graphs,
                                dask=dask)
            merges = resolve.resolve(db, stats["mentions"])
            db.flush()
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        result = _result(db, stats, merges, started, None)
        weakref.finalize(result, shutil.rmtree, folder, True)
        return result
    with st.staging(store) as staged:
        unchanged = st.stored_hashes(staged.db)
        stats = ingest_into(staged.db, work, jobs, unchanged, skip_errors, progress, dask=dask)
        merges = resolve.resolve(staged.db)
        staged.commit()
    db = st.open_store(store)
    return _result(db, stats, merges, started, Path(store))


def _remove_orphans() -> None:
    """Remove temporary stores left by builds that were killed (their process is gone)."""
    for entry in Path(tempfile.gettempdir()).glob("kg-build-*-*"):
        pid = entry.name.split("-")[2]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass  # alive, another user's


def _result(db, stats, merges, started, path) -> BuildResult:
    return BuildResult(db, stats["documents"], stats["facts"], entity_counts(db), time.perf_counter() - started,
                       stats["skipped"], merges, stats["unchanged"], path)
