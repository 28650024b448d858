"""Turn documents and their facts into RDF, and write graphs in any rdflib format.

IRIs are deterministic: an entity's IRI is a function of its class family and
canonical name (places: of their full administrative path), so the same thing
named the same way in two documents is one node. Each document's triples go
into a named graph of their own; every fact is reified as an
``rdf:Statement`` derived from a ``tk:Evidence`` span of the cleaned text.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
import re
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg import lexicon
from kg.errors import UnknownFormat
from kg.extract import Fact
from kg.ingest import Document
from kg.facttypes import FACT_TYPES
from kg.namespaces import CUR, ENTITY_CLASS, TK, TKR, UNIT, bind

FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
           ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".n3": "n3"}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}

# Class family -> IRI path segment. Things that are not core classes share
# "entity/" so a name classified differently in two documents stays one node.
SEGMENT = {"honor": "honor", "enterprise": "enterprise", "program": "program", "indicator": "indicator"}


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    """IRI-safe form of a name: letters (Chinese included) and digits kept, the rest percent-encoded.

    IRIs may hold Unicode letters (RFC 3987), which keeps them readable:
    ``tkr:area/上海市/宝山区/大场镇``.
    """
    # "." is encoded too: Turtle writers escape a trailing dot in local names, and
    # not every reader accepts that (rdflib failed on "tkr:indicator/…653\.").
    return "".join(ch if ch.isalnum() or ch in "-_~" else quote(ch, safe="") if ch != "." else "%2E"
                   for ch in name.strip())


def entity_iri(kind: str, name: str) -> URIRef:
    return TKR[f"{SEGMENT.get(kind, 'entity')}/{slug(name)}"]


@lru_cache(maxsize=4096)
def _area_path(name: str, within: str | None) -> tuple[str, ...]:
    return tuple(area_path(name, within))


def area_path(name: str, within: str | None = None) -> list[str]:
    """Administrative path of a place, outermost first (["上海市", "宝山区", "大场镇"]).

    ``within`` is the area the text puts the place in. When the lexicon knows
    the place inside it, the lexicon's path is used; when the text names
    another parent (靖江市马桥镇, not 闵行区's), the text wins, so the two
    马桥镇 stay apart.
    """
    places = lexicon.places()
    place = places.get(name, within)
    if place is not None:
        return list(reversed(places.chain(place)))
    if within:
        parent = places.get(within)
        return (list(reversed(places.chain(parent))) if parent else [within]) + [name]
    return [name]


def area_iri(path: list[str]) -> URIRef:
    return TKR["area/" + "/".join(slug(p) for p in path)]


def _short_hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


# Terms as pyoxigraph nodes: building rdflib terms cost more than extraction itself
_NODES: dict[str, ox.NamedNode] = {}


def _n(iri) -> ox.NamedNode:
    iri = str(iri)
    node = _NODES.get(iri)
    if node is None:
        if len(_NODES) > 4096:  # only the vocabulary is worth keeping
            _NODES.clear()
        node = _NODES[iri] = ox.NamedNode(iri)
    return node


def _zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def _typed(value, datatype) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(datatype))


_TYPE, _LABEL, _ALT, _PART_OF = _n(RDF.type), _n(RDFS.label), _n(SKOS.altLabel), _n(TK.partOf)
_TRUE = ox.Literal("true", datatype=_n(XSD.boolean))


class DocumentRdf:
    """One document and its facts as pyoxigraph quads in the document's own named graph.

    Extraction has decided every fact (subject and its kind, canonical names,
    other names); this class only writes them down.
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self.graph = _n(TKR[f"graph/{slug(doc.id)}"])
        self.quads: list[ox.Quad] = []
        self.facts: dict[str, int] = {}
        self.entities: set[tuple[str, str]] = set()   # (IRI, class IRI) of every entity written
        self.statements: list[tuple[Fact, tuple]] = []  # each fact and the triple it became

    def add(self, s, p, o) -> None:
        self.quads.append(ox.Quad(s, p, o, self.graph))

    # -- entities ---------------------------------------------------------------------
    def entity(self, iri, cls, label: str, aliases=()) -> ox.NamedNode:
        node = _n(iri) if not isinstance(iri, ox.NamedNode) else iri
        self.add(node, _TYPE, _n(cls))
        self.add(node, _LABEL, _zh(label))
        for a in dict.fromkeys(aliases):
            if a and a != label:
                self.add(node, _ALT, _zh(a))
        self.entities.add((node.value, str(cls)))
        return node

    def area(self, name: str, kind: str | None, within: str | None = None) -> ox.NamedNode:
        path = _area_path(name, within)
        places = lexicon.places()
        parent = node = None
        for depth, part in enumerate(path):
            pkind = places.kind_of(part) or (kind if part == name else None) or lexicon.kind_by_suffix(part)
            short = lexicon.Place(part, pkind, None).short
            node = self.entity(area_iri(path[: depth + 1]), ENTITY_CLASS.get(pkind, TK.Area), part,
                               [short] if short else [])
            if parent is not None:
                self.add(node, _PART_OF, parent)
            parent = node
        return node

    # -- the document -----------------------------------------------------------------
    def build(self, facts: list[Fact]) -> "DocumentRdf":
        doc = self.doc
        d = _n(TKR[f"doc/{slug(doc.id)}"])
        self.add(d, _TYPE, _n(TK.Document))
        self.add(d, _n(DCTERMS.title), _zh(doc.title or doc.id))
        self.add(d, _n(DCTERMS.identifier), ox.Literal(doc.id))
        self.add(d, _n(TK.sha256), ox.Literal(doc.sha256))
        self.add(d, _n(TK.characters), _typed(len(doc.text), XSD.integer))
        if doc.date:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date):
                self.add(d, _n(DCTERMS.date), _typed(doc.date, XSD.date))
            else:
                self.add(d, _n(DCTERMS.date), ox.Literal(doc.date))
        if doc.source:
            self.add(d, _n(DCTERMS.source), _typed(doc.source, XSD.anyURI))
        town = self.area(doc.town, doc.town_kind, doc.town_parent) if doc.town else None
        if town is not None:
            self.add(d, _n(DCTERMS.publisher), town)
            self.add(d, _n(DCTERMS.spatial), town)
        for fact in facts:
            self.fact(d, town, fact)
        return self

    def evidence(self, d: ox.NamedNode, fact: Fact) -> ox.NamedNode:
        ev = _n(TKR[f"evidence/{slug(self.doc.id)}/{fact.start}-{fact.end}"])
        self.add(ev, _TYPE, _n(TK.Evidence))
        self.add(ev, _n(TK.inDocument), d)
        self.add(ev, _n(TK.start), _typed(fact.start, XSD.integer))
        self.add(ev, _n(TK.end), _typed(fact.end, XSD.integer))
        self.add(ev, _n(TK.text), ox.Literal(self.doc.text[fact.start:fact.end]))
        return ev

    def subject(self, town, fact: Fact):
        if fact.subject is None:
            return town
        kind = fact.subject_kind or "entity"
        if kind in ("town", "district", "city"):
            return self.area(fact.subject, kind)
        return self.entity(entity_iri(kind, fact.subject), ENTITY_CLASS.get(kind, TK.NamedThing),
                           fact.subject, fact.subject_aliases)

    def fact(self, d, town, fact: Fact) -> None:
        if fact.type != "observation" and not (fact.object or "").strip() or \
                fact.type == "observation" and not (fact.indicator or "").strip():
            return  # a rule that found no name: nothing to state
        ev = self.evidence(d, fact)
        self.facts[fact.type] = self.facts.get(fact.type, 0) + 1
        if fact.type == "observation":
            self.observation(town, fact, ev)
            return
        subject = self.subject(town, fact)
        if subject is None:
            return
        ftype = FACT_TYPES[fact.type]
        kind = ftype.object_kind
        obj = self.entity(entity_iri(kind, fact.object), ENTITY_CLASS[kind], fact.object, fact.aliases)
        if fact.surface and fact.surface != fact.object:
            for t in merge_triples(obj, fact.surface, entity_iri(kind, fact.surface), "legal-form"):
                self.add(*t)
        if ftype.reverse:
            s, o = obj, (self.area(fact.place, "town") if fact.place else subject)
        else:
            s, o = subject, obj
        prop = _n(ftype.prop)
        self.add(s, prop, o)
        self.statements.append((fact, (s, prop, o)))
        stmt = _n(TKR[f"statement/{_short_hash(s.value, prop.value, o.value, self.doc.id, fact.start)}"])
        self.add(stmt, _TYPE, _n(RDF.Statement))
        self.add(stmt, _n(RDF.subject), s)
        self.add(stmt, _n(RDF.predicate), prop)
        self.add(stmt, _n(RDF.object), o)
        self.add(stmt, _n(PROV.wasDerivedFrom), ev)
        self.add(stmt, _n(TK.extractedBy), ox.Literal(fact.rule))

    def observation(self, town, fact: Fact, ev) -> None:
        ind = self.entity(entity_iri("indicator", fact.indicator), TK.Indicator, fact.indicator)
        key = _short_hash(fact.start, fact.indicator, fact.value, fact.unit, fact.value_text)
        obs = _n(TKR[f"observation/{slug(self.doc.id)}/{key}"])
        self.add(obs, _TYPE, _n(TK.Observation))
        if town is not None:
            self.add(obs, _n(TK.area), town)
        self.add(obs, _n(TK.indicator), ind)
        self.statements.append((fact, (obs, _n(TK.indicator), ind)))
        self.add(obs, _n(TK.value), _typed(_decimal(fact.value), XSD.decimal))
        self.add(obs, _n(TK.unit), _n(_unit_iri(fact.unit)))
        self.add(obs, _n(TK.valueText), ox.Literal(fact.value_text))
        self.add(obs, _n(TK.kind), _n(TK.Target if fact.kind == "target" else TK.Actual))
        self.add(obs, _LABEL, _zh(f"{fact.indicator} {fact.value_text}" + (f" ({fact.period})" if fact.period else "")))
        if fact.period:
            self.add(obs, _n(TK.period), ox.Literal(fact.period))
        if fact.period_years:
            self.add(obs, _n(TK.periodStart), _typed(int(fact.period_years[0]), XSD.integer))
            self.add(obs, _n(TK.periodEnd), _typed(int(fact.period_years[1]), XSD.integer))
        if fact.per_capita:
            self.add(obs, _n(TK.perCapita), _TRUE)
        if fact.qualifier:
            self.add(obs, _n(TK.qualifier), ox.Literal(fact.qualifier))
        self.add(obs, _n(PROV.wasDerivedFrom), ev)
        self.add(obs, _n(TK.extractedBy), ox.Literal(fact.rule))


def document_quads(doc: Document, facts: list[Fact]) -> DocumentRdf:
    """One document's RDF: ``.quads`` (pyoxigraph), ``.facts`` counts by type, ``.entities`` written."""
    return DocumentRdf(doc).build(facts)


def merge_triples(into, name: str, old, rule: str) -> list[tuple]:
    """The record of a merge (``tk:Merge``): which name and IRI went into which node, by which rule."""
    into = _n(into) if not isinstance(into, ox.NamedNode) else into
    old = old.value if isinstance(old, ox.NamedNode) else str(old)
    rec = _n(TKR["merge/" + _short_hash(old, into.value)])
    return [(rec, _TYPE, _n(TK.Merge)), (rec, _n(TK.mergedInto), into), (rec, _n(TK.mergedName), _zh(name)),
            (rec, _n(TK.mergedIRI), ox.Literal(old)), (rec, _n(TK.mergeRule), ox.Literal(rule))]


def _decimal(value: float) -> str:
    """Canonical xsd:decimal lexical form (XSD 1.1: "120", "43.82"), stable across formats."""
    d = Decimal(repr(value))
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def _unit_iri(unit: str) -> URIRef:
    prefix, local = unit.split(":", 1)
    return CUR[local] if prefix == "cur" else UNIT[local]


def format_for(path: str | Path, explicit: str | None = None) -> str:
    """rdflib format name for an output path (or an explicit --format)."""
    if explicit:
        fmt = FORMATS.get("." + explicit.lstrip("."), explicit)
        if fmt not in set(FORMATS.values()):
            raise UnknownFormat(f"unknown format {explicit!r}",
                                "use one of ttl, trig, nt, nq, jsonld, xml")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UnknownFormat(f"cannot tell the RDF format of {path!s} from its extension",
                            "name it .ttl, .trig, .nt, .nq or .jsonld, or pass --format")
    return FORMATS[suffix]


def union(dataset: Dataset) -> Graph:
    """All named graphs merged into one graph (for triple formats)."""
    g = Graph()
    bind(g)
    for ctx in dataset.graphs():
        for t in ctx:
            g.add(t)
    return g
