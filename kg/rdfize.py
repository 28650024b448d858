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
    return URIRef(_entity_iri(kind, name))


def _entity_iri(kind: str, name: str) -> str:
    return f"{TKR}{SEGMENT.get(kind, 'entity')}/{slug(name)}"


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
    return URIRef(_area_iri(path))


def _area_iri(path) -> str:
    return f"{TKR}area/" + "/".join(slug(p) for p in path)


def _short_hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


# Terms as N-Triples text: building term objects (rdflib's, even pyoxigraph's) and serializing
# them cost more than extraction itself; our IRIs are safe by construction (``slug``).
_TKR = str(TKR)
_OWN = ("doc/", "evidence/", "observation/", "statement/")  # nodes of one document: no other names them
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
            **{c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in (0x0A, 0x0D)}}


def _iri(iri) -> str:
    return f"<{iri}>"


_NEEDS_ESCAPE = re.compile('[\\x00-\\x1f\\x7f\\\\"]')  # the characters _ESCAPES maps; most texts have none


def _escaped(text: str) -> str:
    return text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text


def _zh(text: str) -> str:
    return f'"{_escaped(text)}"@zh'


def _lit(text: str) -> str:
    return f'"{_escaped(text)}"'


def _typed(value, datatype) -> str:
    return f'"{_escaped(str(value))}"^^<{datatype}>'


_INTEGER, _DECIMAL, _INDICATOR = str(XSD.integer), str(XSD.decimal), str(TK.indicator)


_TYPE, _LABEL, _ALT, _PART_OF = _iri(RDF.type), _iri(RDFS.label), _iri(SKOS.altLabel), _iri(TK.partOf)
_TRUE = _typed("true", XSD.boolean)
V = {name: _iri(term) for name, term in {
    "Document": TK.Document, "title": DCTERMS.title, "identifier": DCTERMS.identifier, "sha256": TK.sha256,
    "characters": TK.characters, "date": DCTERMS.date, "source": DCTERMS.source, "publisher": DCTERMS.publisher,
    "spatial": DCTERMS.spatial, "Evidence": TK.Evidence, "inDocument": TK.inDocument, "start": TK.start,
    "end": TK.end, "text": TK.text, "Statement": RDF.Statement, "subject": RDF.subject,
    "predicate": RDF.predicate, "object": RDF.object, "derived": PROV.wasDerivedFrom,
    "extractedBy": TK.extractedBy, "Observation": TK.Observation, "area": TK.area, "indicator": TK.indicator,
    "value": TK.value, "unit": TK.unit, "valueText": TK.valueText, "kind": TK.kind, "Target": TK.Target,
    "Actual": TK.Actual, "period": TK.period, "periodStart": TK.periodStart, "periodEnd": TK.periodEnd,
    "perCapita": TK.perCapita, "qualifier": TK.qualifier, "Indicator": TK.Indicator}.items()}


class DocumentRdf:
    """One document and its facts as N-Triples lines (its named graph is ``graph``).

    Extraction has decided every fact (subject and its kind, canonical names,
    other names); this class only writes them down. The lines come in two
    lists: ``local`` holds the triples about this document's own nodes (the
    document, its evidence, observations and statements) whose object is no
    entity, so no other document states them and entity resolution never
    rewrites them; ``shared`` holds the rest (entities, and every triple that
    names one).
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self.slug = slug(doc.id)
        self.graph = f"{_TKR}graph/{self.slug}"
        self.local: list[str] = []
        self.shared: list[str] = []
        self.facts: dict[str, int] = {}
        self.entities: set[tuple[str, str]] = set()   # (IRI, class IRI) of every entity written
        self._statements: list[tuple[Fact, tuple[str, str, str]]] = []  # each fact and its triple's IRIs
        self._own: set[str] = set()

    @property
    def statements(self) -> list[tuple[Fact, tuple]]:
        """Each fact and the triple it became (pyoxigraph terms)."""
        return [(fact, tuple(map(ox.NamedNode, iris))) for fact, iris in self._statements]

    def own(self, segment: str, key: str) -> str:
        node = f"<{_TKR}{segment}{self.slug}{key}>"
        self._own.add(node)
        return node

    def add(self, s: str, p: str, o: str) -> None:
        self.add_all(s, ((p, o),))

    def add_all(self, s: str, pairs) -> None:
        """Lines of one subject, in order: local when the subject and every node it points to are this document's own."""
        own, nodes = s in self._own, self._own
        for p, o in pairs:
            if own and (o[0] == '"' or o in nodes or not o.startswith(_TKR, 1)):
                self.local.append(f"{s} {p} {o} .\n")
            else:
                self.shared.append(f"{s} {p} {o} .\n")

    def ntriples(self) -> bytes:
        """Every line, shared then local (canonical enough for Oxigraph's N-Triples and N-Quads parsers)."""
        return "".join(self.shared + self.local).encode("utf-8")

    # -- entities ---------------------------------------------------------------------
    def entity(self, iri: str, cls, label: str, aliases=()) -> str:
        node = f"<{iri}>"
        self.add(node, _TYPE, _iri(cls))
        self.add(node, _LABEL, _zh(label))
        for a in dict.fromkeys(aliases):
            if a and a != label:
                self.add(node, _ALT, _zh(a))
        self.entities.add((iri, str(cls)))
        return node

    def area(self, name: str, kind: str | None, within: str | None = None) -> str:
        path = _area_path(name, within)
        places = lexicon.places()
        parent = node = None
        for depth, part in enumerate(path):
            pkind = places.kind_of(part) or (kind if part == name else None) or lexicon.kind_by_suffix(part)
            short = lexicon.Place(part, pkind, None).short
            node = self.entity(_area_iri(path[: depth + 1]), ENTITY_CLASS.get(pkind, TK.Area), part,
                               [short] if short else [])
            if parent is not None:
                self.add(node, _PART_OF, parent)
            parent = node
        return node

    # -- the document -----------------------------------------------------------------
    def build(self, facts: list[Fact]) -> "DocumentRdf":
        doc = self.doc
        d = self.own("doc/", "")
        self.add(d, _TYPE, V["Document"])
        self.add(d, V["title"], _zh(doc.title or doc.id))
        self.add(d, V["identifier"], _lit(doc.id))
        self.add(d, V["sha256"], _lit(doc.sha256))
        self.add(d, V["characters"], _typed(len(doc.text), XSD.integer))
        if doc.date:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date):
                self.add(d, V["date"], _typed(doc.date, XSD.date))
            else:
                self.add(d, V["date"], _lit(doc.date))
        if doc.source:
            self.add(d, V["source"], _typed(doc.source, XSD.anyURI))
        town = self.area(doc.town, doc.town_kind, doc.town_parent) if doc.town else None
        if town is not None:
            self.add(d, V["publisher"], town)
            self.add(d, V["spatial"], town)
        for fact in facts:
            self.fact(d, town, fact)
        return self

    def evidence(self, d: str, fact: Fact) -> str:
        ev = self.own("evidence/", f"/{fact.start}-{fact.end}")
        self.add_all(ev, ((_TYPE, V["Evidence"]), (V["inDocument"], d), (V["start"], _typed(fact.start, _INTEGER)),
                          (V["end"], _typed(fact.end, _INTEGER)), (V["text"], _lit(self.doc.text[fact.start:fact.end]))))
        return ev

    def subject(self, town, fact: Fact):
        if fact.subject is None:
            return town
        kind = fact.subject_kind or "entity"
        if kind in ("town", "district", "city"):
            return self.area(fact.subject, kind)
        return self.entity(_entity_iri(kind, fact.subject), ENTITY_CLASS.get(kind, TK.NamedThing),
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
        obj = self.entity(_entity_iri(kind, fact.object), ENTITY_CLASS[kind], fact.object, fact.aliases)
        if fact.surface and fact.surface != fact.object:
            for s, p, o in merge_triples(obj[1:-1], fact.surface, _entity_iri(kind, fact.surface),
                                         fact.extra.get("merge_rule", "legal-form")):
                self.add(str(s), str(p), str(o))
        if ftype.reverse:
            s, o = obj, (self.area(fact.place, "town") if fact.place else subject)
        else:
            s, o = subject, obj
        prop = _iri(ftype.prop)
        self.add(s, prop, o)
        self._statements.append((fact, (s[1:-1], prop[1:-1], o[1:-1])))
        stmt = f"<{_TKR}statement/{_short_hash(s[1:-1], prop[1:-1], o[1:-1], self.doc.id, fact.start)}>"
        self._own.add(stmt)
        self.add_all(stmt, ((_TYPE, V["Statement"]), (V["subject"], s), (V["predicate"], prop), (V["object"], o),
                            (V["derived"], ev), (V["extractedBy"], _lit(fact.rule))))

    def observation(self, town, fact: Fact, ev) -> None:
        ind = self.entity(_entity_iri("indicator", fact.indicator), TK.Indicator, fact.indicator)
        key = _short_hash(fact.start, fact.indicator, fact.value, fact.unit, fact.value_text)
        obs = self.own("observation/", f"/{key}")
        pairs = [(_TYPE, V["Observation"])]
        if town is not None:
            pairs.append((V["area"], town))
        pairs.append((V["indicator"], ind))
        self._statements.append((fact, (obs[1:-1], _INDICATOR, ind[1:-1])))
        pairs += ((V["value"], _typed(_decimal(fact.value), _DECIMAL)), (V["unit"], _iri(_unit_iri(fact.unit))),
                  (V["valueText"], _lit(fact.value_text)), (V["kind"], V["Target"] if fact.kind == "target" else V["Actual"]),
                  (_LABEL, _zh(f"{fact.indicator} {fact.value_text}" + (f" ({fact.period})" if fact.period else ""))))
        if fact.period:
            pairs.append((V["period"], _lit(fact.period)))
        if fact.period_years:
            pairs.append((V["periodStart"], _typed(int(fact.period_years[0]), _INTEGER)))
            pairs.append((V["periodEnd"], _typed(int(fact.period_years[1]), _INTEGER)))
        if fact.per_capita:
            pairs.append((V["perCapita"], _TRUE))
        if fact.qualifier:
            pairs.append((V["qualifier"], _lit(fact.qualifier)))
        pairs += ((V["derived"], ev), (V["extractedBy"], _lit(fact.rule)))
        self.add_all(obs, pairs)


def document_quads(doc: Document, facts: list[Fact]) -> DocumentRdf:
    """One document's RDF: N-Triples lines (``.local``, ``.shared``), ``.facts`` counts by type, ``.entities``."""
    return DocumentRdf(doc).build(facts)


def merge_triples(into, name: str, old, rule: str) -> list[tuple]:
    """The record of a merge (``tk:Merge``): which name and IRI went into which node, by which rule (pyoxigraph terms)."""
    into = into if isinstance(into, ox.NamedNode) else ox.NamedNode(str(into))
    old = old.value if isinstance(old, ox.NamedNode) else str(old)
    rec = ox.NamedNode(f"{TKR}merge/{_short_hash(old, into.value)}")
    return [(rec, _MERGE["type"], _MERGE["Merge"]), (rec, _MERGE["mergedInto"], into),
            (rec, _MERGE["mergedName"], ox.Literal(name, language="zh")),
            (rec, _MERGE["mergedIRI"], ox.Literal(old)), (rec, _MERGE["mergeRule"], ox.Literal(rule))]


_MERGE = {"type": ox.NamedNode(str(RDF.type)), **{t: ox.NamedNode(str(TK[t])) for t in
                                                  ("Merge", "mergedInto", "mergedName", "mergedIRI", "mergeRule")}}


def _decimal(value: float) -> str:
    """Canonical xsd:decimal lexical form (XSD 1.1: "120", "43.82"), stable across formats."""
    d = Decimal(repr(value))
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


@lru_cache(maxsize=1024)
def _unit_iri(unit: str) -> str:
    prefix, local = unit.split(":", 1)
    return f"{CUR if prefix == 'cur' else UNIT}{local}"


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
