"""Running one SPARQL query within its limits: time, memory, rows, bytes and queries at once.

``execute`` runs a ``Request`` over an Oxigraph store and writes the answer in the negotiated format
(``kg.results``, Oxigraph's serializers), refusing (503, naming the limit) or, for a client that sends
``Prefer: handling=lenient``, cutting an answer over the row or byte limit; ``run_with_limit`` runs it in a
forked worker under a memory cap, killed at the time limit, with at most ``max_queries`` at once. The HTTP
layer that turns requests into ``Request`` and ``Answer`` into responses is ``kg.serve``.
"""
from __future__ import annotations

import faulthandler
import logging
import multiprocessing as mp
import os
import resource
import signal
import threading
from dataclasses import dataclass

import pyoxigraph as ox

from kg import results, store as st

SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/x-turtle": "turtle", "application/ld+json": "json-ld",
               "application/n-triples": "nt", "text/plain": "nt", "application/rdf+xml": "rdfxml"}
CONTENT_TYPE = {"json": "application/sparql-results+json; charset=utf-8",
                "xml": "application/sparql-results+xml; charset=utf-8",
                "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
                "turtle": "text/turtle; charset=utf-8", "json-ld": "application/ld+json; charset=utf-8",
                "nt": "application/n-triples; charset=utf-8", "rdfxml": "application/rdf+xml; charset=utf-8"}
TEXT = "text/plain; charset=utf-8"
# the server's log (``kg serve`` writes it to stderr): what happened to a worker that died without answering
log = logging.getLogger("kg.serve")


@dataclass
class Settings:
    """The endpoint's limits and what it allows; the defaults are the safe ones."""

    timeout: float = 10.0                 # seconds per query
    max_rows: int = 10000                 # rows (or triples) per answer
    max_bytes: int = 64 << 20             # bytes per answer
    max_memory: int = 1024 << 20          # bytes a query's worker may add to its address space
    max_queries: int = 4                  # queries running at once (each a process)
    queue_wait: float = 2.0               # seconds a query waits for a free slot before 503
    max_body: int = 1 << 20               # bytes of a request body
    idle_timeout: float = 30.0            # seconds a connection may stay silent
    max_connections: int = 64             # open connections (each a thread)
    cors: tuple[str, ...] = ()            # origins granted CORS ("*" for any)
    federate: tuple[str, ...] = ()        # hosts SERVICE may call
    allow_hosts: tuple[str, ...] = ()     # Host header names accepted besides localhost and IP literals


@dataclass
class Answer:
    """One HTTP answer to a query: status, content type, body, and the limit that cut or refused it."""

    status: int
    ctype: str
    body: bytes
    cut: str | None = None                # "rows" / "bytes" when the answer was cut (lenient clients)
    limit: str | None = None              # the limit that refused it: time, memory, queries, rows, bytes


def _text_answer(status: int, message: str, limit: str | None = None) -> Answer:
    return Answer(status, TEXT, (message + "\n").encode("utf-8"), limit=limit)


def negotiate(accept: str | None, kind: str) -> str | None:
    """The result format for an Accept header (None: nothing acceptable)."""
    table = SELECT_TYPES if kind == "select" else GRAPH_TYPES
    default = "json" if kind == "select" else "turtle"
    if not accept:
        return default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, bits[0].lower()))
    for _, _, mime in sorted(ranked):
        if mime in table:
            return table[mime]
        if mime in ("*/*", "application/*", "text/*"):
            return default
    return None


@dataclass
class Request:
    """A query as the worker runs it (picklable)."""

    text: str
    accept: str | None = None
    base_iri: str | None = None
    default_graphs: list[str] | None = None   # the protocol's default-graph-uri (None: not given)
    named_graphs: list[str] | None = None     # named-graph-uri
    lenient: bool = False                     # Prefer: handling=lenient (a cut answer is acceptable)


def _run(db: ox.Store, req: Request):
    """Run the query over the store with the request's dataset and base IRI."""
    from kg.errors import QueryError

    kw: dict = {}
    if req.default_graphs is not None or req.named_graphs is not None:
        # the protocol: graphs named in the request replace the query's FROM / FROM NAMED, and a
        # dataset given only in part leaves the other part empty
        try:
            kw["default_graph"] = [ox.NamedNode(g) for g in req.default_graphs or []]
            kw["named_graphs"] = [ox.NamedNode(g) for g in req.named_graphs or []]
        except ValueError as exc:
            raise QueryError(f"default-graph-uri / named-graph-uri is not an IRI: {exc}", "give absolute IRIs") from None
    try:
        return db.query(req.text, prefixes=st.PREFIX_MAP, base_iri=req.base_iri, **kw)
    except SyntaxError as exc:
        first = str(exc).strip().splitlines()[0]
        raise QueryError(f"the query failed: {first[:240]}", "check the SPARQL syntax") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}", "check the query") from None


def _cut_message(cut: str, settings: Settings) -> str:
    if cut == "rows":
        return (f"the answer has more than {settings.max_rows} rows (the row limit); add LIMIT/OFFSET to page "
                "through it, or send 'Prefer: handling=lenient' to get the first rows")
    size = f"{settings.max_bytes >> 20} MB" if settings.max_bytes >= 1 << 20 else f"{settings.max_bytes} bytes"
    return (f"the answer is larger than {size} (the byte limit); ask for fewer rows or "
            "columns, or send 'Prefer: handling=lenient' to get what fits")


def execute(db: ox.Store, req: Request, settings: Settings) -> Answer:
    """Run one query under the row and byte limits; the body is written by ``kg.results`` (Oxigraph's writers)."""
    from kg.errors import QueryError

    try:
        result = _run(db, req)
    except QueryError as exc:
        return _text_answer(400, exc.message)
    kind = "graph" if isinstance(result, ox.QueryTriples) else "select"
    fmt = negotiate(req.accept, kind)
    if fmt is None:
        return _text_answer(406, "Not acceptable: ask for JSON, XML, CSV or TSV" if kind == "select" else
                                 "Not acceptable: ask for text/turtle, application/n-triples, "
                                 "application/ld+json or application/rdf+xml")
    try:
        answer = results.take(result, settings.max_rows, settings.max_bytes)
    except QueryError as exc:
        return _text_answer(500, exc.message)
    if answer.cut and not req.lenient:
        return _text_answer(503, _cut_message(answer.cut, settings), limit=answer.cut)
    written = answer.write(fmt, settings.max_bytes, fit=req.lenient)
    if written.body is None:
        return _text_answer(503, _cut_message("bytes", settings), limit="bytes")
    return Answer(200, CONTENT_TYPE[fmt], written.body, cut=written.cut)


# ----------------------------------------------------------------------------- worker processes

_DB: ox.Store | None = None
_DB_PATH: str | None = None


def use_store(db: ox.Store | None, db_path: str | None) -> None:
    """The store the workers query: ``db`` itself, or the store folder ``db_path`` each worker opens read-only."""
    global _DB, _DB_PATH
    _DB, _DB_PATH = db, db_path


def _cap_memory(extra: int) -> None:
    """Let this process grow by at most ``extra`` bytes of address space (RLIMIT_AS)."""
    try:
        with open("/proc/self/statm") as f:
            now = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return  # no /proc: the time limit still bounds the query
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = now + extra if hard == resource.RLIM_INFINITY else min(now + extra, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _memory_answer(settings: Settings) -> Answer:
    return _text_answer(503, f"the query stopped at the memory limit of {settings.max_memory >> 20} MB; "
                             "simplify it (fewer joins, no ORDER BY over large results) or add LIMIT",
                        limit="memory")


def _death_answer(exitcode: int | None, settings: Settings) -> Answer:
    """The answer (and a log line) for a worker that died without answering, by how it ended.

    Under the memory cap (RLIMIT_AS) an allocation the engine cannot make aborts the process
    (Rust's "memory allocation failed": SIGABRT); Python's MemoryError is answered by the worker
    itself. Any other end is not the cap: SIGKILL comes from outside the server (the system's
    out-of-memory killer, a user's ``kill -9``), and is reported as what it was.
    """
    if exitcode == -signal.SIGABRT:
        log.warning("a query stopped at the memory limit of %d MB (its worker aborted: SIGABRT)",
                    settings.max_memory >> 20)
        return _memory_answer(settings)
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        cause = (" from outside the server (the system's out-of-memory killer, or a user)"
                 if exitcode == -signal.SIGKILL else "")
        log.warning("a query's worker was killed by %s%s, not by the server's limits", name, cause)
        return _text_answer(500, f"the query's worker was killed by {name}{cause}, not by this server's "
                                 "limits; try again, and tell the server's operator if it recurs")
    how = "still running" if exitcode is None else f"exited with status {exitcode}"
    log.warning("a query's worker %s without answering", how)
    return _text_answer(500, f"the query's worker {how} without answering")


def _worker(conn, req: Request, settings: Settings) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    faulthandler.disable()  # an abort at the memory cap is expected: no Python traceback for it on the log
    # the answer goes through the pipe; what the engine prints when the memory cap aborts it ("memory
    # allocation of N bytes failed") would only clutter the server's log
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    os.close(null)
    try:
        _cap_memory(settings.max_memory)
        db = st.open_store(_DB_PATH) if _DB_PATH else _DB  # the store's current generation, per query
        conn.send(execute(db, req, settings))
    except MemoryError:
        conn.send(_memory_answer(settings))
    except BaseException as exc:  # report, never hang the parent
        conn.send(_text_answer(500, f"query failed: {type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def run_with_limit(req: Request, settings: Settings, slots: threading.Semaphore | None = None) -> Answer:
    """Run a query in a forked process under the memory cap; kill it when the time limit passes.

    ``slots`` bounds the queries running at once: a query that finds no free
    slot within ``settings.queue_wait`` seconds is refused (503, limit "queries").
    """
    if slots is not None and not slots.acquire(timeout=settings.queue_wait):
        return _text_answer(503, f"too many queries at once (the limit is {settings.max_queries}); "
                                 "try again in a moment", limit="queries")
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(child, req, settings), daemon=True)
    try:
        proc.start()
        child.close()
        if parent.poll(settings.timeout):
            try:
                return parent.recv()
            except EOFError:  # the worker died without answering
                proc.join(2)
                return _death_answer(proc.exitcode, settings)
        return _text_answer(503, f"query time limit of {settings.timeout:g} s exceeded; simplify the query "
                                 "or add LIMIT", limit="time")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(2)
        parent.close()
        if slots is not None:
            slots.release()
