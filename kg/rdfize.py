"""Turn documents and their facts into RDF, and write graphs in any rdflib format.

IRIs are deterministic: an entity's IRI is a function of its class family and
canonical name (places: of their full administrative path), so the same thing
named the same way in two documents is one node. Each document's triples go
into a named graph of their own; every fact is reified as an
``rdf:Statement`` derived from a ``tk:Evidence`` span of the cleaned text.
"""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg import lexicon
from kg.errors import UnknownFormat
from kg.output import atomic_path
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


class GraphBuilder:
    """Accumulates documents into an rdflib ``Dataset`` (one named graph each)."""

    def __init__(self) -> None:
        self.dataset = Dataset()
        bind(self.dataset)
        self.stats = {"documents": 0, "facts": {}, "entities": {}}
        self._entities: set[tuple[URIRef, URIRef]] = set()

    # -- entities ---------------------------------------------------------------------
    def _entity(self, g: Graph, iri: URIRef, cls: URIRef, label: str, aliases=()) -> URIRef:
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(label, lang="zh")))
        for a in aliases:
            if a and a != label:
                g.add((iri, SKOS.altLabel, Literal(a, lang="zh")))
        if (iri, cls) not in self._entities:
            self._entities.add((iri, cls))
            key = cls.split("#")[-1]
            self.stats["entities"][key] = self.stats["entities"].get(key, 0) + 1
        return iri

    def _area(self, g: Graph, name: str, kind: str | None, within: str | None = None) -> URIRef:
        path = area_path(name, within)
        places = lexicon.places()
        parent_iri = None
        iri = None
        for depth, part in enumerate(path):
            sub = path[: depth + 1]
            iri = area_iri(sub)
            pkind = places.kind_of(part) or (kind if part == name else None) or lexicon.kind_by_suffix(part)
            short = lexicon.Place(part, pkind, None).short
            self._entity(g, iri, ENTITY_CLASS.get(pkind, TK.Area), part, [short] if short else [])
            if parent_iri is not None:
                g.add((iri, TK.partOf, parent_iri))
            parent_iri = iri
        return iri

    # -- documents --------------------------------------------------------------------
    def add(self, doc: Document, facts: list[Fact]) -> URIRef:
        """Add one document and its facts; returns the document's IRI."""
        doc_iri = TKR[f"doc/{slug(doc.id)}"]
        g = self.dataset.graph(TKR[f"graph/{slug(doc.id)}"])
        self.stats["documents"] += 1
        g.add((doc_iri, RDF.type, TK.Document))
        g.add((doc_iri, DCTERMS.title, Literal(doc.title or doc.id, lang="zh")))
        g.add((doc_iri, DCTERMS.identifier, Literal(doc.id)))
        g.add((doc_iri, TK.sha256, Literal(doc.sha256)))
        g.add((doc_iri, TK.characters, Literal(len(doc.text), datatype=XSD.integer)))
        if doc.date:
            dt = XSD.date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date) else None
            g.add((doc_iri, DCTERMS.date, Literal(doc.date, datatype=dt)))
        if doc.source:
            g.add((doc_iri, DCTERMS.source, Literal(doc.source, datatype=XSD.anyURI)))
        town = self._area(g, doc.town, doc.town_kind, doc.town_parent) if doc.town else None
        if town is not None:
            g.add((doc_iri, DCTERMS.publisher, town))
            g.add((doc_iri, DCTERMS.spatial, town))
        for fact in facts:
            self._fact(g, doc, doc_iri, town, fact)
        return doc_iri

    def _evidence(self, g: Graph, doc: Document, doc_iri: URIRef, fact: Fact) -> URIRef:
        ev = TKR[f"evidence/{slug(doc.id)}/{fact.start}-{fact.end}"]
        g.add((ev, RDF.type, TK.Evidence))
        g.add((ev, TK.inDocument, doc_iri))
        g.add((ev, TK.start, Literal(fact.start, datatype=XSD.integer)))
        g.add((ev, TK.end, Literal(fact.end, datatype=XSD.integer)))
        g.add((ev, TK.text, Literal(doc.text[fact.start:fact.end])))
        return ev

    def _subject(self, g: Graph, town: URIRef | None, fact: Fact) -> URIRef | None:
        if fact.subject is None:
            return town
        kind = fact.subject_kind or "entity"
        if kind in ("town", "district", "city"):
            return self._area(g, fact.subject, kind)
        cls = ENTITY_CLASS.get(kind, TK.NamedThing)
        return self._entity(g, entity_iri(kind, fact.subject), cls, fact.subject, fact.subject_aliases)

    def _fact(self, g: Graph, doc: Document, doc_iri: URIRef, town: URIRef | None, fact: Fact) -> None:
        if fact.type != "observation" and not (fact.object or "").strip() or \
                fact.type == "observation" and not (fact.indicator or "").strip():
            return  # a rule that found no name: nothing to state
        ev = self._evidence(g, doc, doc_iri, fact)
        counts = self.stats["facts"]
        counts[fact.type] = counts.get(fact.type, 0) + 1
        if fact.type == "observation":
            self._observation(g, doc, town, fact, ev)
            return
        subject = self._subject(g, town, fact)
        if subject is None:
            return
        ftype = FACT_TYPES[fact.type]
        kind = ftype.object_kind
        name, aliases = fact.object, fact.aliases
        obj = self._entity(g, entity_iri(kind, name), ENTITY_CLASS[kind], name, aliases)
        if fact.surface and fact.surface != name:
            record_merge(g, obj, fact.surface, entity_iri(kind, fact.surface), "legal-form")
        prop = ftype.prop
        if ftype.reverse:
            where = self._area(g, fact.place, "town") if fact.place else subject
            s, o = obj, where
        else:
            s, o = subject, obj
        g.add((s, prop, o))
        stmt = TKR[f"statement/{_short_hash(s, prop, o, doc.id, fact.start)}"]
        g.add((stmt, RDF.type, RDF.Statement))
        g.add((stmt, RDF.subject, s))
        g.add((stmt, RDF.predicate, prop))
        g.add((stmt, RDF.object, o))
        g.add((stmt, PROV.wasDerivedFrom, ev))
        g.add((stmt, TK.extractedBy, Literal(fact.rule)))

    def _observation(self, g: Graph, doc: Document, town: URIRef | None, fact: Fact, ev: URIRef) -> None:
        ind = self._entity(g, entity_iri("indicator", fact.indicator), TK.Indicator, fact.indicator)
        obs = TKR[f"observation/{slug(doc.id)}/{_short_hash(fact.start, fact.indicator, fact.value, fact.unit, fact.value_text)}"]
        g.add((obs, RDF.type, TK.Observation))
        if town is not None:
            g.add((obs, TK.area, town))
        g.add((obs, TK.indicator, ind))
        g.add((obs, TK.value, Literal(_decimal(fact.value), datatype=XSD.decimal)))
        g.add((obs, TK.unit, _unit_iri(fact.unit)))
        g.add((obs, TK.valueText, Literal(fact.value_text)))
        g.add((obs, TK.kind, TK.Target if fact.kind == "target" else TK.Actual))
        g.add((obs, RDFS.label, Literal(f"{fact.indicator} {fact.value_text}"
                                        + (f" ({fact.period})" if fact.period else ""), lang="zh")))
        if fact.period:
            g.add((obs, TK.period, Literal(fact.period)))
        if fact.period_years:
            g.add((obs, TK.periodStart, Literal(int(fact.period_years[0]))))
            g.add((obs, TK.periodEnd, Literal(int(fact.period_years[1]))))
        if fact.per_capita:
            g.add((obs, TK.perCapita, Literal(True)))
        if fact.qualifier:
            g.add((obs, TK.qualifier, Literal(fact.qualifier)))
        g.add((obs, PROV.wasDerivedFrom, ev))
        g.add((obs, TK.extractedBy, Literal(fact.rule)))


def record_merge(g: Graph, into: URIRef, name: str, old: URIRef, rule: str) -> None:
    rec = TKR["merge/" + _short_hash(old, into)]
    g.add((rec, RDF.type, TK.Merge))
    g.add((rec, TK.mergedInto, into))
    g.add((rec, TK.mergedName, Literal(name, lang="zh")))
    g.add((rec, TK.mergedIRI, Literal(str(old))))
    g.add((rec, TK.mergeRule, Literal(rule)))


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


def write(dataset: Dataset, path: str | Path, fmt: str | None = None) -> Path:
    """Serialize to ``path`` atomically (temp file in the same folder, then rename)."""
    fmt = format_for(path, fmt)
    with atomic_path(path) as tmp:
        if fmt == "n3":
            union(dataset).serialize(destination=str(tmp), format=fmt)
        else:
            # Oxigraph's writers: seconds where rdflib's Turtle writer takes minutes on a corpus
            from kg import store

            store.write_quads(store.quads(dataset), tmp, fmt)
    return Path(path)
