"""Oxigraph stores of built graphs: on-disk layout, set-semantics union, crash-safe commits, dumps.

A store folder (``kg build … --store DIR``) holds numbered generations of an
Oxigraph database and ``townkg-store.json`` naming the current one::

    DIR/townkg-store.json   {"format": "townkg-store", "version": 2, "current": "gen-000003", …}
    DIR/gen-000003/         the database readers open
    DIR/gen-000002/         the previous one (kept for readers that still have it open)

A build writes into a staging copy (``Store.backup``: hard links, cheap) and
commits by renaming it and replacing the JSON file atomically, so a build
killed at any moment leaves the store as it was or complete; never between.

Each document's triples are in a named graph of its own, and the default graph
holds the *set* union of all named graphs, kept up to date whenever a graph is
added, replaced or rewritten. Queries run over the default graph, so a triple
stated in two documents is one row, as in the built file (Oxigraph's own
``use_default_graph_as_union`` is a bag: one row per graph).
"""
from __future__ import annotations

import fcntl
import gc
import json
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import GraphReadError, StoreError
from kg.namespaces import PREFIXES


META = "townkg-store.json"
VERSION = 2
GEN = re.compile(r"^gen-(\d{6})$")
DEFAULT = ox.DefaultGraph()

OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
              "nquads": ox.RdfFormat.N_QUADS, "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML,
              "n3": ox.RdfFormat.N3}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}
SUFFIX_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
                  ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml",
                  ".n3": "n3"}
PREFIX_MAP = {k: str(v) for k, v in PREFIXES.items()}


# ----------------------------------------------------------------------------- layout

def _meta(path: Path) -> dict | None:
    try:
        info = json.loads((path / META).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read {path / META}: {exc}", "rebuild the store") from None
    if info.get("format") != "townkg-store" or not GEN.match(str(info.get("current", ""))):
        raise StoreError(f"{path / META} is not a TownKG store description", "rebuild the store")
    return info


def current_path(path: str | Path) -> Path:
    """The folder of the store's current (last committed) generation."""
    p = Path(path)
    if not p.is_dir():
        raise StoreError(f"no store at {path}", "create one with 'kg build INPUT --store DIR'")
    info = _meta(p)
    if info is None:
        if (p / "CURRENT").is_file():
            raise StoreError(f"{path} is a store of an older kg (queries over it would count duplicates)",
                             "rebuild it: kg build INPUT --store NEWDIR")
        raise StoreError(f"no store at {path} (no {META}: no build has completed there)",
                         "create one with 'kg build INPUT --store DIR'")
    gen = p / info["current"]
    if not gen.is_dir():
        raise StoreError(f"store {path} is damaged: {info['current']} is missing", "rebuild the store")
    return gen


def open_store(path: str | Path, create: bool = False, read_only: bool = True) -> ox.Store:
    """Open the store's current generation (read-only: writers go through ``staging``)."""
    gen = current_path(path)
    try:
        return ox.Store.read_only(str(gen))
    except OSError as exc:
        raise StoreError(f"cannot open store {path}: {exc}", "is the folder readable?") from None


def is_store(path: str | Path) -> bool:
    return (Path(path) / META).is_file()


class Staging:
    """A writable copy of a store; ``commit`` makes it the store's current state atomically."""

    def __init__(self, path: Path, db: ox.Store, folder: Path, previous: str | None, fresh: bool):
        self.path, self.db, self.folder, self.previous, self.fresh = path, db, folder, previous, fresh

    def commit(self) -> Path:
        """Close the staging database and make it current; returns the new generation's folder."""
        self.db.flush()
        self.db = None
        gc.collect()  # the database closes when its last Python reference goes
        final = self.folder.with_name(self.folder.name.removesuffix(".staging"))
        os.rename(self.folder, final)
        info = {"format": "townkg-store", "version": VERSION, "current": final.name, "previous": self.previous}
        fd, tmp = tempfile.mkstemp(prefix="." + META, dir=self.path)
        os.fchmod(fd, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(info, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path / META)  # the commit point
        _fsync_dir(self.path)
        _prune(self.path, keep={final.name, self.previous})
        return final


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune(path: Path, keep: set) -> None:
    """Remove staging leftovers and generations no longer current or previous."""
    for entry in path.iterdir():
        if entry.name.endswith(".staging") or (GEN.match(entry.name) and entry.name not in keep):
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith("." + META):
            entry.unlink(missing_ok=True)


@contextmanager
def staging(path: str | Path):
    """A ``Staging`` copy of the store at ``path`` (a new, empty one if there is none yet).

    Only one writer at a time (a lock file); readers are never blocked. If the
    body raises (or the process dies), the store stays as it was.
    """
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise StoreError(f"{path} is a file, not a store folder", "give a folder for --store")
    if not p.parent.is_dir():
        raise StoreError(f"folder {p.parent} does not exist", "create it or choose another --store")
    if p.is_dir() and not is_store(p) and any(e for e in p.iterdir() if not e.name.startswith((".", "gen-"))):
        if (p / "CURRENT").is_file():
            current_path(p)  # the message for a store of an older kg
        raise StoreError(f"{path} is a folder that holds other files, not a TownKG store",
                         "give an empty or new folder for --store")
    p.mkdir(exist_ok=True)
    lock = open(p / ".lock", "w")  # noqa: SIM115 - held for the whole build
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        raise StoreError(f"another build is writing {path}", "wait for it to finish") from None
    stage = None
    try:
        info = _meta(p)
        _prune(p, keep={info["current"], info.get("previous")} if info else set())
        numbers = [int(m.group(1)) for e in p.iterdir() if (m := GEN.match(e.name))]
        stage = p / f"gen-{max(numbers, default=0) + 1:06d}.staging"
        if info:
            ox.Store.read_only(str(p / info["current"])).backup(str(stage))
        st = Staging(p, ox.Store(str(stage)), stage, info["current"] if info else None, info is None)
        gc.collect()
        yield st
    except BaseException:
        if stage is not None:
            gc.collect()
            shutil.rmtree(stage, ignore_errors=True)
        raise
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


# ----------------------------------------------------------------------------- the union graph

def in_named_graph(db: ox.Store, s, p, o) -> bool:
    return any(q.graph_name != DEFAULT for q in db.quads_for_pattern(s, p, o, None))


def add_documents(db: ox.Store, ntriples: list[tuple[str, bytes]], union_only: bool = False) -> None:
    """Add documents' triples (graph IRI, canonical N-Triples) to their graphs and to the union.

    ``union_only``: only to the union (a store kept just to write one triple file: a
    third of the index writes).
    """
    parts = []
    for graph, data in ntriples:
        if not union_only:
            parts.append(data.replace(b" .\n", f" <{graph}> .\n".encode()))  # N-Quads lines of the graph
        parts.append(data)                                                       # the same in the default graph
    if parts:
        # our own serializer wrote the data: IRIs need no second validation
        db.bulk_load(b"".join(parts), format=ox.RdfFormat.N_QUADS, lenient=True)


def drop_graph(db: ox.Store, name: ox.NamedNode) -> int:
    """Remove a named graph, and from the union its triples no other graph states; returns triples removed."""
    if not db.contains_named_graph(name):
        return 0
    triples = [(q.subject, q.predicate, q.object) for q in db.quads_for_pattern(None, None, None, name)]
    db.remove_graph(name)
    for s, p, o in triples:
        if not in_named_graph(db, s, p, o):
            db.remove(ox.Quad(s, p, o, DEFAULT))
    return len(triples)


def rewrite(db: ox.Store, removed: list[ox.Quad], added: list[ox.Quad]) -> None:
    """Replace quads of named graphs, keeping the union in step."""
    for q in removed:
        db.remove(q)
    for q in added:
        db.add(q)
        db.add(ox.Quad(q.subject, q.predicate, q.object, DEFAULT))
    for q in removed:
        if not in_named_graph(db, q.subject, q.predicate, q.object):
            db.remove(ox.Quad(q.subject, q.predicate, q.object, DEFAULT))


def fill_union(db: ox.Store) -> None:
    """Make the default graph the union of the named graphs (for stores read from quad files)."""
    db.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def stored_hashes(db: ox.Store) -> dict[str, str]:
    """Document id → content hash, for every document in the store."""
    q = """SELECT ?id ?sha WHERE { GRAPH ?g { ?d a tk:Document ; dcterms:identifier ?id ; tk:sha256 ?sha } }"""
    return {s["id"].value: s["sha"].value for s in db.query(q, prefixes=PREFIX_MAP)}


def document_graphs(db: ox.Store) -> list[ox.NamedNode]:
    return sorted((g for g in db.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)


# ----------------------------------------------------------------------------- files

def format_of(path: str | Path, explicit: str | None = None) -> str:
    fmt = SUFFIX_FORMATS.get("." + explicit.lstrip(".")) if explicit else SUFFIX_FORMATS.get(Path(path).suffix.lower())
    if explicit and fmt is None and explicit in OX_FORMATS:
        fmt = explicit
    if fmt is None:
        raise GraphReadError(f"cannot tell the RDF format of {path}",
                             "name it .ttl, .trig, .nt, .nq, .jsonld, .rdf or .n3")
    return fmt


def dump(db: ox.Store, path: str | Path, fmt: str) -> None:
    """Write the store with Oxigraph's serializers: triple formats get the union, quad formats the named graphs."""
    rdf_format = OX_FORMATS.get(fmt)
    if rdf_format is None:
        raise StoreError(f"Oxigraph cannot write {fmt}", "use ttl, trig, nt, nq, jsonld, rdf or n3")
    kw = {"prefixes": PREFIX_MAP} if fmt in ("turtle", "trig", "xml", "n3") else {}
    if fmt == "json-ld":  # Oxigraph writes no @context: kg.jsonld adds the prefixes' one
        from kg.jsonld import with_context

        graphs = document_graphs(db) or [DEFAULT]  # a union-only store: its default graph
        data = ox.serialize((q for g in graphs for q in db.quads_for_pattern(None, None, None, g)), format=rdf_format)
        Path(path).write_bytes(with_context(data))
    elif fmt in QUAD_FORMATS:
        graphs = document_graphs(db) or [DEFAULT]  # a union-only store: its default graph
        ox.serialize((q for g in graphs for q in db.quads_for_pattern(None, None, None, g)),
                     output=str(path), format=rdf_format, **kw)
    else:
        db.dump(str(path), rdf_format, from_graph=DEFAULT, **kw)


def quads(dataset):
    """An rdflib dataset's triples as pyoxigraph quads, each in its named graph."""
    for g in dataset.graphs():
        if not len(g):
            continue
        graph = ox.NamedNode(str(g.identifier)) if isinstance(g.identifier, URIRef) \
            and not str(g.identifier).startswith("urn:x-rdflib:") else DEFAULT
        for s, p, o in g:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)


def load_file(path: str | Path, folder: str | Path | None = None) -> ox.Store:
    """An Oxigraph store of a graph file (any RDF format); named graphs are also merged into the default graph.

    ``folder`` puts the store on disk (for big files) instead of in memory.
    """
    p = Path(path)
    if not p.is_file():
        raise GraphReadError(f"no such graph file: {path}", "build one with 'kg build … --output FILE'")
    fmt = format_of(p)
    if fmt == "xml" and _declares_entities(p):
        raise GraphReadError(f"{path} declares XML entities (<!ENTITY …>), which are not read: a few hundred bytes "
                             "of them can expand to gigabytes", "write the text out in the file instead of entities")
    db = ox.Store(str(folder)) if folder else ox.Store()
    try:
        db.bulk_load(path=str(p), format=OX_FORMATS[fmt])
    except MemoryError as exc:
        if "maximal size" not in str(exc):  # the machine's memory, not Oxigraph's 16 MB cap on one literal or IRI
            raise
        raise GraphReadError(f"cannot parse {path} as {fmt}: {str(exc)[:200]}",
                             "a single literal or IRI over 16 MB cannot be read: shorten it") from None
    except (SyntaxError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "remote context" in first:  # Oxigraph fetches nothing, and neither do we
            raise GraphReadError(f"{path} refers to a remote JSON-LD @context, which is not downloaded",
                                 "nothing is fetched at run time: put the context in the file") from None
        raise GraphReadError(f"cannot parse {path} as {fmt}: {first[:200]}",
                             "check the file, or that its extension matches its format") from None
    except OSError as exc:
        raise GraphReadError(f"cannot read {path}: {exc}", "check the file") from None
    if fmt in QUAD_FORMATS:
        fill_union(db)
    return db


def _declares_entities(p: Path) -> bool:
    """True when an XML file holds an entity declaration (Oxigraph's RDF/XML reader expands internal entities)."""
    with open(p, "rb") as f:
        tail = b""
        while chunk := f.read(1 << 20):
            if b"<!ENTITY" in tail + chunk:
                return True
            tail = chunk[-8:]
    return False


BIG_FILE = 1 << 30  # graph files above this go into a temporary on-disk store (below: memory, 2-3x faster to load and query)


def open_graph(path: str | Path) -> ox.Store:
    """A store folder (read-only) or a graph file loaded into Oxigraph: what query, viz, analyze read."""
    p = Path(path)
    if p.is_dir():
        return open_store(p)
    if p.is_file() and p.stat().st_size > BIG_FILE:
        import atexit

        folder = Path(tempfile.mkdtemp(prefix="kg-load-"))
        atexit.register(shutil.rmtree, folder, True)
        return load_file(p, folder / "db")
    return load_file(p)


# ----------------------------------------------------------------------------- queries and terms

def query(db: ox.Store, text: str):
    """Run SPARQL over the store's default graph (the set union); parse errors become QueryError."""
    from kg.errors import QueryError

    try:
        return db.query(text, prefixes=PREFIX_MAP)
    except SyntaxError as exc:
        first = str(exc).strip().splitlines()[0]
        raise QueryError(f"the query failed: {first[:240]}", "check the SPARQL syntax") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}", "check the query") from None


def to_ox(term):
    """rdflib term → pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term):
    """pyoxigraph term → rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    return None


def to_graph(triples) -> Graph:
    """pyoxigraph triples (or quads) → an rdflib Graph (for pySHACL and small conversions)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    for t in triples:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return g


def ntriples(triples) -> bytes:
    """rdflib triples → canonical N-Triples (one line per triple, newlines in literals escaped)."""
    return ox.serialize([ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples],
                        format=ox.RdfFormat.N_TRIPLES)
