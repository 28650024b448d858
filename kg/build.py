"""The build stage: documents in, an Oxigraph store out (ingest → extract → rdfize → store → resolve).

Documents stream: each one is read, extracted and turned into RDF (in worker
processes with ``jobs`` > 1), and its triples go straight into an Oxigraph
store as canonical N-Triples, in document order; nothing holds the corpus in
Python objects. Entity resolution then runs against the store's indexes (also
resolving new documents against those stored by earlier builds). Without a
``store`` folder the build goes into a temporary store (in memory for small
inputs, else on disk) that lives as long as the ``BuildResult``; asked only for
a Turtle or N-Triples file, it writes the file while documents stream in
(``write_streaming``).
"""
from __future__ import annotations

import logging
import os
import queue
import shutil
import tempfile
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import extract, ingest, query, rdfize, resolve
from kg import store as st
from kg.errors import BuildError, KGError, MissingExtra
from kg.namespaces import TKR
from kg.output import atomic_path

ENTITY_PREFIX = str(TKR)
BATCH_BYTES = 16 << 20  # documents are loaded into an on-disk store a few MB at a time (fewer, larger bulk loads)
MEMORY_BATCH_BYTES = 1 << 20  # into a memory store sooner, while the next documents are extracted
ENTITY_COUNTS = """
SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?c ; rdfs:label ?l .
  FILTER(STRSTARTS(STR(?c), STR(tk:)) && ?c NOT IN (tk:Observation, tk:Document, tk:Evidence, tk:Merge))
} GROUP BY ?c"""


@dataclass
class BuildResult:
    """What a build made: counts, and the store holding the graph (queryable with ``query``)."""

    store: ox.Store | None  # None: the graph went straight into ``output`` (``write_streaming``)
    documents: int
    facts: dict[str, int]
    entities: dict[str, int]
    seconds: float
    skipped: list[str] = field(default_factory=list)
    merges: list = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    path: Path | None = None
    output: Path | None = None

    def summary(self) -> str:
        """One line: documents, entities by class, facts by type, seconds."""
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items()))
        facts = ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items()))
        kept = f" ({len(self.unchanged)} unchanged, skipped)" if self.unchanged else ""
        return (f"{self.documents} documents{kept}; entities: {ents or 'none'}; "
                f"facts: {facts or 'none'}; merges across documents: {len(self.merges)}; {self.seconds:.1f} s")

    def query(self, text: str) -> query.Answer:
        """Run SPARQL over the built graph; returns a ``kg.query.Answer``."""
        return query.run_store(self._store(), text)

    def _store(self) -> ox.Store:
        if self.store is None:
            raise BuildError(f"this build wrote its graph only to {self.output}", "load that file to query it")
        return self.store

    def write(self, path: str | Path, fmt: str | None = None) -> Path:
        """Write the graph to a file with Oxigraph's serializers (atomically)."""
        fmt = rdfize.format_for(path, fmt)
        with atomic_path(path) as tmp:
            st.dump(self._store(), tmp, fmt)
        return Path(path)

    @property
    def dataset(self):
        """The graph as an rdflib ``Dataset`` (one named graph per document): for small graphs and tests."""
        from rdflib import Dataset

        from kg.namespaces import bind

        ds = Dataset()
        bind(ds)
        for g in st.document_graphs(self._store()) or [st.DEFAULT]:
            target = ds.graph(st.to_rdflib(g)) if g != st.DEFAULT else ds.default_graph
            for q in self.store.quads_for_pattern(None, None, None, g):
                target.add((st.to_rdflib(q.subject), st.to_rdflib(q.predicate), st.to_rdflib(q.object)))
        return ds


_UNCHANGED: dict[str, str] = {}
_SPLIT: str | None = None


def _init_worker(unchanged: dict[str, str], pool: bool = False, split: str | None = None) -> None:
    global _UNCHANGED, _SPLIT
    _UNCHANGED, _SPLIT = unchanged, split
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


def document_rdf(doc: ingest.Document, facts: list, split: str | None = None):
    """One document as [(graph IRI, N-Triples, labelled entity IRIs)], and its fact counts by type.

    ``split`` ("turtle" or "nt"): the N-Triples hold only the document's shared
    triples (``rdfize.DocumentRdf``), and a fourth item holds its local ones,
    written in that format without prefix lines, ready to be appended to an
    output file (see ``write_streaming``).
    """
    rdf = rdfize.document_quads(doc, facts)
    named = sorted({iri for iri, _ in rdf.entities if iri.startswith(ENTITY_PREFIX)})
    if split is None:  # a triple repeated in one document is sent once
        return [(rdf.graph, "".join(dict.fromkeys(rdf.shared + rdf.local)).encode("utf-8"), named)], rdf.facts
    shared = "".join(dict.fromkeys(rdf.shared)).encode("utf-8")
    local = "".join(dict.fromkeys(rdf.local)).encode("utf-8")
    return [(rdf.graph, shared, named, section(local, split))], rdf.facts


def section(ntriples: bytes, fmt: str) -> bytes:
    """N-Triples as a section of a ``fmt`` file (Oxigraph's writer; Turtle's prefix lines left out)."""
    if not ntriples:
        return ntriples
    data = ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES, lenient=True),
                        format=st.OX_FORMATS[fmt], prefixes=st.PREFIX_MAP)
    return _without_prefixes(data)


def _without_prefixes(data: bytes) -> bytes:
    pos = 0
    while data.startswith(b"@prefix ", pos):  # Oxigraph writes the prefixes first, one per line
        pos = data.index(b"\n", pos) + 1
    return data[pos:]


def _work(job: tuple[Path, str]):
    """Worker: one document in; ("error", exc) | ("unchanged", id) | ("done", id, graphs, facts)."""
    path, doc_id = job
    try:
        doc = ingest.read_document(path, doc_id=doc_id)
    except Exception as exc:  # noqa: BLE001 - reported by the caller
        return "error", exc
    return _finish(doc, _UNCHANGED, _SPLIT)


def _finish(doc: ingest.Document, unchanged: dict[str, str], split: str | None = None):
    if unchanged.get(doc.id) == doc.sha256:
        return "unchanged", doc.id
    try:
        facts = extract.extract(doc)
    except KGError as exc:  # bad input found while extracting (a number too large): skippable
        return "error", type(exc)(f"{doc.path}: {exc.message}", exc.hint)
    graphs, counts = document_rdf(doc, facts, split)
    return "done", doc.id, graphs, counts


def _work_remote(data: bytes, name: str, doc_id: str, unchanged: dict[str, str], split: str | None = None):
    """Dask task: a document's bytes in (workers need no shared file system), as ``_work`` out."""
    try:
        doc = ingest.document_from_bytes(data, name, doc_id)
    except Exception as exc:  # noqa: BLE001 - reported by the caller
        return "error", exc
    return _finish(doc, unchanged, split)


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


def _dask_results(work: list, address: str, unchanged: dict[str, str] | None, window: int = 0,
                  split: str | None = None):
    """Results from a Dask cluster, in document order; at most ``window`` documents in flight."""
    client, cluster = _cluster(address)
    try:
        shared = client.scatter([unchanged or {}], broadcast=True)[0]  # a dict alone would be scattered by key
        window = window or 4 * max(1, len(client.scheduler_info()["workers"]))
        futures = []

        def submit(i: int) -> None:
            path, doc_id = work[i]
            try:
                data = ingest.read_input(path)
            except KGError as exc:
                futures.append(("error", exc))
                return
            futures.append(client.submit(_work_remote, data, str(path), doc_id, shared, split, pure=False))

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


def results(work: list, jobs: int = 1, unchanged: dict[str, str] | None = None, dask: str | None = None,
            split: str | None = None):
    """Worker results in document order (``jobs`` processes; 1: this process; or a Dask cluster)."""
    if dask:
        yield from _dask_results(work, dask, unchanged, split=split)
        return
    if jobs > 1 and len(work) > 1:
        import multiprocessing as mp

        pool = mp.get_context("fork").Pool(jobs, initializer=_init_worker,
                                        initargs=(unchanged or {}, True, split))
        try:
            yield from pool.imap(_work, work, chunksize=1)
        finally:
            pool.terminate()
    else:
        _init_worker(unchanged or {}, split=split)
        yield from map(_work, work)


class _Loader:
    """Store writes in a thread of their own, in order: Oxigraph's bulk load releases the GIL, so the
    store fills while this process reads and extracts the next documents (or takes the workers' results)."""

    def __init__(self, db: ox.Store, union_only: bool):
        self.db, self.union_only, self.error, self.cancelled = db, union_only, None, False
        self.jobs: queue.Queue = queue.Queue(maxsize=4)  # bounds what waits in memory
        self.thread = threading.Thread(target=self._run, name="kg-store-loader", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.error is None and not self.cancelled:
                try:
                    job()
                except BaseException as exc:  # noqa: BLE001 - raised again in the building thread
                    self.error = exc

    def load(self, batch: list[tuple[str, bytes]]) -> None:
        self._put(lambda: st.add_documents(self.db, batch, self.union_only))

    def drop(self, graph: str) -> None:
        self._put(lambda: st.drop_graph(self.db, ox.NamedNode(graph)))

    def _put(self, job) -> None:
        if self.error is not None:
            raise self.error
        self.jobs.put(job)

    def close(self, cancel: bool = False) -> None:
        """Wait for every write and raise the first one's error; ``cancel``: skip the writes still waiting."""
        self.cancelled = cancel
        if self.thread.is_alive():
            self.jobs.put(None)
            self.thread.join()
        if self.error is not None and not cancel:
            raise self.error


def ingest_into(db: ox.Store, work: list, jobs: int = 1, unchanged: dict[str, str] | None = None,
                skip_errors: bool = False, progress=None, union_only: bool = False,
                dask: str | None = None, sink=None, split: str | None = None, batch_bytes: int = BATCH_BYTES) -> dict:
    """Stream documents into ``db``: replaced documents' graphs dropped first, the union kept in step.

    ``union_only``: fill only the union graph, and collect which documents name each
    entity in ``stats["mentions"]`` (what entity resolution reads from named graphs otherwise).
    ``sink`` (a binary file, with ``split``): documents' local triples go there, in
    ``split`` format, and only their shared ones into ``db``. The store is written by
    a thread of its own (``_Loader``), ``batch_bytes`` of N-Triples at a time.
    """
    stats = {"documents": 0, "facts": {}, "skipped": [], "unchanged": [], "mentions": {} if union_only else None}
    pending, size = [], 0
    stored = set(g.value for g in st.document_graphs(db)) if unchanged else set()
    loader = _Loader(db, union_only)
    try:
        for (path, _), res in zip(work, results(work, jobs, unchanged, dask, split)):
            if res[0] == "error":
                if not skip_errors:
                    raise res[1]
                stats["skipped"].append(f"{path}: {res[1]}")
            elif res[0] == "unchanged":
                stats["unchanged"].append(res[1])
            else:
                _, _, graphs, facts = res
                for graph, data, named, *local in graphs:
                    if graph in stored:
                        loader.drop(graph)
                    pending.append((graph, data))
                    size += len(data)
                    if local:
                        sink.write(local[0])
                    if union_only:
                        for iri in named:
                            stats["mentions"].setdefault(iri, set()).add(graph)
                stats["documents"] += 1
                for k, v in facts.items():
                    stats["facts"][k] = stats["facts"].get(k, 0) + v
                if size > batch_bytes:
                    loader.load(pending)
                    pending, size = [], 0
            if progress is not None:
                progress(path)
        if pending:
            loader.load(pending)
    except BaseException:  # an error, Ctrl+C: what the store holds is thrown away by the caller
        loader.close(cancel=True)
        raise
    loader.close()
    return stats


def entity_counts(db: ox.Store) -> dict[str, int]:
    return {r["c"].value.split("#")[-1]: int(r["n"].value) for r in db.query(ENTITY_COUNTS, prefixes=st.PREFIX_MAP)}


def build(inputs: list[str | Path], store: str | Path | None = None, skip_errors: bool = False,
          jobs: int = 1, progress=None, keep_graphs: bool = True, dask: str | None = None,
          output: str | Path | None = None, fmt: str | None = None) -> BuildResult:
    """Read every document under ``inputs`` and build the graph into a store (and/or a file).

    With ``store`` (a folder) the build goes into that persistent store: documents
    whose content hash is already there are skipped (``BuildResult.unchanged``),
    changed ones replace their named graph, and the new state is committed
    atomically at the end (an interrupted build leaves the store as it was).
    Without it, into a temporary store (in memory for small inputs). With ``skip_errors`` a document that
    cannot be read is skipped and named in ``BuildResult.skipped``; otherwise
    its error is raised. ``jobs`` > 1 reads and extracts in that many
    processes; the store is still filled in document order, so the result is
    the same. ``progress`` is called with each document's path once it is done.
    ``keep_graphs=False`` (no ``store`` only) keeps just the union graph: enough to
    write a triple format, a third of the store writes. ``dask`` (a scheduler
    address, or ``local``/``local:N``) reads and extracts on a Dask cluster instead
    of local processes; results still enter the store here, in document order.

    ``output`` (a file; ``fmt`` or its extension gives the format) is written
    atomically. Without ``store``, in Turtle or N-Triples, it is written while the
    documents stream in (``write_streaming``): the result then has no store
    (``BuildResult.store`` is None); load the file to query it.
    """
    started = time.perf_counter()
    work = plan(inputs)
    fmt = rdfize.format_for(output, fmt) if output is not None else None
    if fmt in STREAMED and store is None:
        return write_streaming(work, output, fmt, jobs, skip_errors, progress, dask, started)
    if store is None:
        db, folder = _temporary_store(work, MEMORY_INPUT if keep_graphs else 3 * MEMORY_INPUT // 2)
        try:
            stats = ingest_into(db, work, jobs, None, skip_errors, progress, union_only=not keep_graphs,
                                dask=dask, batch_bytes=BATCH_BYTES if folder else MEMORY_BATCH_BYTES)
            merges = resolve.resolve(db, stats["mentions"])
            db.flush()
        except BaseException:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            raise
        result = _result(db, stats, merges, started, None)
        if folder is not None:
            weakref.finalize(result, shutil.rmtree, folder, True)
    else:
        with st.staging(store) as staged:
            unchanged = st.stored_hashes(staged.db)
            stats = ingest_into(staged.db, work, jobs, unchanged, skip_errors, progress, dask=dask)
            merges = resolve.resolve(staged.db)
            staged.commit()
        db = st.open_store(store)
        result = _result(db, stats, merges, started, Path(store))
    if output is not None:
        result.write(output, fmt)
        result.output = Path(output)
    return result


# The formats written while documents stream in: a file of them may be written in sections.
STREAMED = {"turtle", "nt"}
# A temporary store is kept in memory while the input is at most this big (Oxigraph's memory store
# takes about 0.5 KB per quad; a report of 50 KB makes ~4,000 quads in its named graph, as many in
# the union: 4 MB of reports, ~0.35 GB); bigger inputs go into an on-disk store in a temporary folder.
MEMORY_INPUT = 4 << 20
# A streamed file puts only the shared triples in the store (a fifth of the quads, no named graphs):
# the 46 MB city corpus, 0.74 M quads, 0.36 GB; so up to 80 MB of input, ~0.65 GB.
SHARED_MEMORY_INPUT = 80 << 20


def _temporary_store(work: list, limit: int) -> tuple[ox.Store, Path | None]:
    """A temporary store for a build: in memory if the inputs are at most ``limit`` bytes, else on disk."""
    size = 0
    for path, _ in work:
        try:
            size += path.stat().st_size
        except OSError:
            pass  # reported when the document is read
    if size <= limit:
        return ox.Store(), None
    _remove_orphans()
    folder = Path(tempfile.mkdtemp(prefix=f"kg-build-{os.getpid()}-"))
    return ox.Store(str(folder / "db")), folder


def write_streaming(work: list, output: str | Path, fmt: str, jobs: int = 1, skip_errors: bool = False,
                    progress=None, dask: str | None = None, started: float | None = None) -> BuildResult:
    """Build straight into a Turtle or N-Triples file, written while the documents stream in.

    A document's local triples (about its own document, evidence, observation and
    statement nodes, naming no entity: ``rdfize.DocumentRdf``) are stated by no other
    document and never touched by entity resolution, so the worker that read it
    writes them as a section of the file and they are appended at once. Only the
    shared triples (entities, and every triple naming one) go into a temporary
    union-only store, where entity resolution runs; that store is written as the
    file's last section. The file is the same graph as a build into a store.
    """
    started = time.perf_counter() if started is None else started
    db, folder = _temporary_store(work, SHARED_MEMORY_INPUT)
    try:
        with atomic_path(output) as tmp, open(tmp, "wb") as sink:
            if fmt == "turtle":
                sink.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in st.PREFIX_MAP.items()).encode())
            stats = ingest_into(db, work, jobs, None, skip_errors, progress, union_only=True, dask=dask,
                                sink=sink, split=fmt, batch_bytes=BATCH_BYTES if folder else MEMORY_BATCH_BYTES)
            merges = resolve.resolve(db, stats["mentions"])
            shared = db.dump(format=st.OX_FORMATS[fmt], from_graph=st.DEFAULT,
                             **({"prefixes": st.PREFIX_MAP} if fmt == "turtle" else {}))
            sink.write(_without_prefixes(shared))
        entities = entity_counts(db)
    finally:
        del db
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return BuildResult(None, stats["documents"], stats["facts"], entities, time.perf_counter() - started,
                       stats["skipped"], merges, stats["unchanged"], None, Path(output))


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
