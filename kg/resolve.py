"""Entity resolution over a whole build: one real thing, one node, every merge explained.

Runs over the whole store once a build's documents are in it (so it works across
documents, and documents added later are resolved against those already stored).
Rules, each named in the graph when it fires:

``legal-form``
    Enterprises whose names differ only by legal form or a bracketed place
    (旷视科技有限公司, 旷视科技（上海）有限公司 → 旷视科技).
``short-name``
    An enterprise or other named thing whose name is another's name minus a
    trade suffix (蜂耘 → 蜂耘网络科技; 旷视 → 旷视科技).
``admin-suffix``
    A non-area entity named like an area without its suffix (大场 → 大场镇); into a
    city only when one document names both (海口 in another city's report stays apart).
``abbreviation``
    In one document, a 2–3 character name that abbreviates a longer one of the
    same kind (上大 → 上海大学: same first character, characters in order).

A merge rewrites the merged node's triples onto the surviving node, keeps the
merged name as ``skos:altLabel``, and adds a ``tk:Merge`` record (names, rule)
to each document graph that mentioned it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg import lexicon
from kg.extract import names
from kg.extract.companies import CompanyShapes
from kg.namespaces import TK, TKR
from kg.rdfize import merge_triples
from kg.store import PREFIX_MAP, rewrite, to_ox

TRADE_SUFFIX = lexicon.rules("enterprises.tsv").words("trade_suffix")
ABBREV_HEADS = ("大学", "学院", "医院", "中学", "小学", "集团", "银行", "公司")
AREA_CLASSES = {TK.Area, TK.Town, TK.District, TK.City, TK.Province, TK.Village}
KINDLESS = {TK.NamedThing}  # a name the extractor could not give a kind
AREA_SUFFIX = re.compile("(" + "|".join(lexicon.AREA_SUFFIXES) + ")$")
LEGAL_FORM = CompanyShapes().legal_form
RDF_TYPE, RDFS_LABEL, SKOS_ALT = (ox.NamedNode(str(t)) for t in (RDF.type, RDFS.label, SKOS.altLabel))


@dataclass(frozen=True)
class Merge:
    old: URIRef
    new: URIRef
    name: str
    rule: str


@dataclass
class _Entity:
    iri: URIRef
    label: str
    classes: set
    graphs: set


SKIP = {TK.Observation, TK.Indicator}
ENTITY_LABELS = """SELECT ?s ?label ?g WHERE { GRAPH ?g { ?s rdfs:label ?label } }"""
ENTITY_LABELS_UNION = """SELECT ?s ?label WHERE { ?s rdfs:label ?label }"""
ENTITY_CLASSES = """SELECT ?s ?c WHERE { ?s rdfs:label ?l ; a ?c }"""


def entities(db, mentions: dict[str, set[str]] | None = None) -> dict[URIRef, _Entity]:
    """Every labelled resource of the store (observations and indicators left out), from its indexes.

    ``mentions`` (IRI → document graphs) stands in for the named graphs of a
    store that keeps only the union (see ``kg.build``).
    """
    prefix = str(TKR)
    classes: dict[str, set] = {}
    terms: dict[str, URIRef] = {}  # a class or graph IRI is made into a URIRef once (there are few of them)
    for s, c in db.query(ENTITY_CLASSES, prefixes=PREFIX_MAP):
        if isinstance(s, ox.NamedNode) and s.value.startswith(prefix):
            term = terms.get(c.value)
            if term is None:
                term = terms[c.value] = URIRef(c.value)
            classes.setdefault(s.value, set()).add(term)
    # observations and indicators (most labelled resources) are no entities: their labels are not read
    classes = {s: cs for s, cs in classes.items() if not (cs & SKIP)}
    out: dict[str, _Entity] = {}
    for row in db.query(ENTITY_LABELS if mentions is None else ENTITY_LABELS_UNION, prefixes=PREFIX_MAP):
        s = row[0]
        if not isinstance(s, ox.NamedNode) or s.value not in classes:
            continue
        lab = row[1].value
        if not lab.strip():
            continue
        e = out.get(s.value)
        if e is None:
            e = out[s.value] = _Entity(URIRef(s.value), lab, classes[s.value], set())
        elif lab < e.label:  # one label per entity is the rule; if not, the same one every time
            e.label = lab
        if mentions is None:
            g = row[2].value
            term = terms.get(g)
            if term is None:
                term = terms[g] = URIRef(g)
            e.graphs.add(term)
        else:
            e.graphs.update(URIRef(g) for g in mentions.get(s.value, ()))
    return {e.iri: e for e in out.values()}


def _family(e: _Entity) -> str:
    if e.classes & AREA_CLASSES:
        return "area"
    for cls, fam in ((TK.Enterprise, "enterprise"), (TK.Honor, "honor"), (TK.Program, "program")):
        if cls in e.classes:
            return fam
    return "entity"


def _compatible(old: _Entity, new: _Entity) -> bool:
    """Whether a merge may join these two at all, whatever rule asks for it.

    An area joins only an area, or a name of no known kind that is a name, not a
    phrase (大场 → 大场镇); it never joins a company, an honor, a program or a named
    place of another kind (厦门市 was once merged into 厦门市商业银行, which then held
    the city's honors).
    """
    old_area, new_area = bool(old.classes & AREA_CLASSES), bool(new.classes & AREA_CLASSES)
    if old_area and new_area:
        return True
    if old_area or new_area:
        other = new if old_area else old
        return not (other.classes - KINDLESS) and names.looks_like_subject(other.label)
    return True


def _is_abbreviation(short: str, long_: str) -> bool:
    if not 2 <= len(short) <= 3 or len(long_) < len(short) + 2 or short[0] != long_[0]:
        return False
    if not long_.endswith(ABBREV_HEADS):
        return False
    it = iter(long_)
    return all(ch in it for ch in short)


def find_merges(ents: dict[URIRef, _Entity]) -> list[Merge]:
    """The merges the rules call for (old → surviving node), deterministic for a given set of entities."""
    merges: dict[URIRef, Merge] = {}
    by_family: dict[str, list[_Entity]] = {}
    for e in sorted(ents.values(), key=lambda x: (len(x.label), x.label, str(x.iri))):
        by_family.setdefault(_family(e), []).append(e)

    def merge(old: _Entity, new: _Entity, rule: str) -> None:
        if not _compatible(old, new):
            return
        if old.iri != new.iri and old.iri not in merges and new.iri not in merges:
            merges[old.iri] = Merge(old.iri, new.iri, old.label, rule)

    companies = by_family.get("enterprise", [])
    # legal-form: same name once 有限公司 / （上海） are taken off; the bare form survives
    keyed: dict[str, list[_Entity]] = {}
    for e in companies:
        keyed.setdefault(LEGAL_FORM.sub("", LEGAL_FORM.sub("", e.label)), []).append(e)
    for key, group in keyed.items():
        if len(group) > 1:
            survivor = next((e for e in group if e.label == key), group[0])
            for e in group:
                merge(e, survivor, "legal-form")
    # short-name: 旷视 → 旷视科技 (the longest such name survives)
    for fam in ("enterprise", "entity"):
        group = [e for e in by_family.get(fam, []) if e.iri not in merges]
        by_label = {e.label: e for e in group}
        for short in group:
            longer = [by_label[short.label + suf] for suf in TRADE_SUFFIX
                      if short.label + suf in by_label and len(short.label) >= 2]
            if longer:
                merge(short, max(longer, key=lambda e: (len(e.label), e.label)), "short-name")
    # admin-suffix: an entity 大场 that is the town 大场镇
    areas = by_family.get("area", [])
    short_areas: dict[str, _Entity] = {}
    for a in areas:
        core = AREA_SUFFIX.sub("", a.label)
        if len(core) >= 2:
            short_areas.setdefault(core, a)
    for e in by_family.get("entity", []):
        area = short_areas.get(e.label)
        # a bare 海口 in a report on 昆明 is a town there, not the city 海口市 of other reports: a name joins
        # a city only when a document names both
        if area is not None and e.iri not in merges and (TK.City not in area.classes or e.graphs & area.graphs):
            merge(e, area, "admin-suffix")
    # abbreviation: within one document and one family
    for fam, group in by_family.items():
        if fam == "area":
            continue
        by_first: dict[str, list[_Entity]] = {}
        for e in group:
            if e.label.endswith(ABBREV_HEADS):
                by_first.setdefault(e.label[0], []).append(e)
        for short in group:
            if short.iri in merges or len(short.label) > 3:
                continue
            cands = [e for e in by_first.get(short.label[0], []) if e is not short and e.graphs & short.graphs
                     and _is_abbreviation(short.label, e.label)]
            if len(cands) == 1:
                merge(short, cands[0], "abbreviation")
    return sorted(merges.values(), key=lambda m: str(m.old))


def apply(db, merges: list[Merge], union_only: bool = False) -> None:
    """Rewrite merged nodes onto their survivors in every named graph, and record each merge there.

    ``union_only``: the store has only the default graph (the union); rewrite and record there.
    """
    default = ox.DefaultGraph()
    for m in merges:
        old, new = ox.NamedNode(str(m.old)), ox.NamedNode(str(m.new))
        new_classes = {q.object for q in db.quads_for_pattern(new, RDF_TYPE, None, default)}
        keep = (lambda q: q.graph_name == default) if union_only else (lambda q: q.graph_name != default)
        found = [q for q in db.quads_for_pattern(old, None, None, None) if keep(q)]
        found += [q for q in db.quads_for_pattern(None, None, old, None) if keep(q) and q.subject != old]
        added, graphs = [], {}
        for q in found:
            graphs[str(q.graph_name)] = q.graph_name
            s, p, o = q.subject, q.predicate, q.object
            if s == old and p == RDFS_LABEL:
                added.append(ox.Quad(new, SKOS_ALT, o, q.graph_name))
                continue
            if s == old and p == RDF_TYPE and new_classes and o not in new_classes:
                continue  # 大场 (NamedThing) merged into 大场镇 (Town) stays a Town
            added.append(ox.Quad(new if s == old else s, p, new if o == old else o, q.graph_name))
        for name, graph in sorted(graphs.items(), key=lambda kv: str(kv[0])):
            added.extend(ox.Quad(s, p, o, graph) for s, p, o in merge_triples(to_ox(m.new), m.name, m.old, m.rule))
        if union_only:
            for q in found:
                db.remove(q)
            db.extend(added)
        else:
            rewrite(db, found, added)


def resolve(db, mentions: dict[str, set[str]] | None = None) -> list[Merge]:
    """Find and apply merges over everything in the store (new documents against stored ones too); return them.

    ``mentions``: the store keeps only the union graph, and this maps entity IRIs to the documents naming them.
    """
    merges = find_merges(entities(db, mentions))
    apply(db, merges, union_only=mentions is not None)
    return merges
