"""A persistent Oxigraph store of built graphs (pyoxigraph), and fast dumps.

``kg build … --store DIR`` keeps one named graph per document in an Oxigraph
store on disk; ``kg query --store DIR`` and ``kg serve --store DIR`` open it
without re-parsing anything. Rebuilding replaces only the named graphs of the
documents given, and documents whose content hash (``tk:sha256``) is already
in the store are skipped. Queries see the union of all named graphs.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kg.errors import KGError
from kg.namespaces import PREFIXES


class StoreError(KGError):
    code = "E060"


OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
              "nquads": ox.RdfFormat.N_QUADS, "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
PREFIX_MAP = {k: str(v) for k, v in PREFIXES.items()}


def open_store(path: str | Path, create: bool = False, read_only: bool = False) -> ox.Store:
    p = Path(path)
    if not create and not p.is_dir():
        raise StoreError(f"no store at {path}", "create one with 'kg build INPUT --store DIR'")
    try:
        return ox.Store.read_only(str(p)) if read_only else ox.Store(str(p))
    except OSError as exc:
        raise StoreError(f"cannot open store {path}: {exc}",
                         "is another process (kg serve?) holding it open for writing?") from None


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


def quads(dataset: Dataset):
    """The dataset's triples as pyoxigraph quads, each in its named graph."""
    for g in dataset.graphs():
        if not len(g):
            continue
        graph = ox.NamedNode(str(g.identifier)) if isinstance(g.identifier, URIRef) \
            and not str(g.identifier).startswith("urn:x-rdflib:") else ox.DefaultGraph()
        for s, p, o in g:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)


def stored_hashes(store: ox.Store) -> dict[str, str]:
    """Document id → content hash, for every document in the store."""
    q = """SELECT ?id ?sha WHERE { GRAPH ?g { ?d a tk:Document ; dcterms:identifier ?id ; tk:sha256 ?sha } }"""
    return {s["id"].value: s["sha"].value for s in store.query(q, prefixes=PREFIX_MAP)}


def save(store: ox.Store, dataset: Dataset) -> int:
    """Replace the named graphs of the dataset's documents in the store; returns quads written."""
    n = 0
    fresh = []
    for g in dataset.graphs():
        if not len(g) or not isinstance(g.identifier, URIRef) or str(g.identifier).startswith("urn:x-rdflib:"):
            continue
        name = ox.NamedNode(str(g.identifier))
        if store.contains_named_graph(name):
            store.remove_graph(name)
        fresh.append((g, name))
        n += len(g)
    # one bulk load (no per-graph transactions): minutes faster on a corpus
    store.bulk_extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for g, name in fresh for s, p, o in g)
    store.flush()
    return n


def write_quads(items, path: str | Path, fmt: str) -> None:
    """Serialize quads with Oxigraph's writers, sorted so each subject's triples stand together.

    Triple formats get the union of all graphs (duplicates merged).
    """
    rdf_format = OX_FORMATS.get(fmt)
    if rdf_format is None:
        raise StoreError(f"Oxigraph cannot write {fmt}", "use ttl, trig, nt, nq, jsonld or rdf")
    key = lambda t: (str(t.subject), str(t.predicate), str(t.object))  # noqa: E731
    if fmt in ("trig", "nquads", "json-ld"):
        data = sorted(items, key=lambda q: (str(q.graph_name), *key(q)))
    else:
        data = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in items}, key=key)
    kw = {"prefixes": PREFIX_MAP} if fmt in ("turtle", "trig", "xml", "json-ld") else {}
    ox.serialize(data, output=str(path), format=rdf_format, **kw)


def dump(store: ox.Store, path: str | Path, fmt: str) -> None:
    """Write everything in the store (see ``write_quads``)."""
    write_quads(iter(store), path, fmt)


def load_file(path: str | Path) -> ox.Store:
    """An in-memory Oxigraph store of a graph file (any format rdflib or Oxigraph reads)."""
    from kg.rdfize import FORMATS
    from kg.validate import load_graph

    p = Path(path)
    if not p.is_file():
        raise StoreError(f"no such graph file: {path}", "build one with 'kg build … --output FILE'")
    fmt = FORMATS.get(p.suffix.lower())
    store = ox.Store()
    if fmt in OX_FORMATS and fmt != "json-ld":
        try:
            store.bulk_load(path=str(p), format=OX_FORMATS[fmt])
            return store
        except (SyntaxError, ValueError, OSError):
            pass  # let rdflib try, and report its error if it fails too
    g = load_graph(p)
    store.extend(ox.Quad(to_ox(s), to_ox(pp), to_ox(o), ox.DefaultGraph()) for s, pp, o in g)
    return store


def query(store: ox.Store, text: str):
    """Run SPARQL over the union of the store's graphs; parse errors become QueryError."""
    from kg.errors import QueryError

    try:
        return store.query(text, prefixes=PREFIX_MAP, use_default_graph_as_union=True)
    except SyntaxError as exc:
        first = str(exc).strip().splitlines()[0]
        raise QueryError(f"the query failed: {first[:240]}", "check the SPARQL syntax") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}", "check the query") from None


def as_rdflib_result(result):
    """Wrap pyoxigraph results as (kind, vars, rows of rdflib terms) or an rdflib Graph."""
    if isinstance(result, ox.QueryBoolean):
        return "ASK", [], bool(result)
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [[to_rdflib(sol[v]) if sol[v] is not None else None for v in variables] for sol in result]
        return "SELECT", variables, rows
    g = Graph()
    for t in result:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return "CONSTRUCT", [], g
