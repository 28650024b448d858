"""Entity resolution over a whole build: one real thing, one node, every merge explained.

Runs after all documents are in the dataset (so it works across documents).
Rules, each named in the graph when it fires:

``legal-form``
    Enterprises whose names differ only by legal form or a bracketed place
    (旷视科技有限公司, 旷视科技（上海）有限公司 → 旷视科技).
``short-name``
    An enterprise or other named thing whose name is another's name minus a
    trade suffix (蜂耘 → 蜂耘网络科技; 旷视 → 旷视科技).
``admin-suffix``
    A non-area entity named like an area without its suffix (大场 → 大场镇).
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

from rdflib import Dataset, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg import lexicon
from kg.extract.enterprises import CompanyShapes
from kg.namespaces import TK, TKR
from kg.rdfize import record_merge

TRADE_SUFFIX = lexicon.rules("enterprises.tsv").words("trade_suffix")
ABBREV_HEADS = ("大学", "学院", "医院", "中学", "小学", "集团", "银行", "公司")
AREA_CLASSES = {TK.Town, TK.District, TK.City, TK.Province, TK.Village}
AREA_SUFFIX = re.compile("(" + "|".join(lexicon.AREA_SUFFIXES) + ")$")
LEGAL_FORM = CompanyShapes().legal_form


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


def _entities(ds: Dataset) -> dict[URIRef, _Entity]:
    # One pass over the label quads: per-graph lookups in rdflib's memory store
    # scan every graph's triples again, which is quadratic on a corpus.
    out: dict[URIRef, _Entity] = {}
    skip = {TK.Observation, TK.Indicator}
    for s, _, lab, ctx in ds.quads((None, RDFS.label, None, None)):
        if not isinstance(s, URIRef) or not str(s).startswith(str(TKR)) or not str(lab).strip():
            continue
        e = out.get(s)
        if e is None:
            e = out[s] = _Entity(s, str(lab), set(ds.objects(s, RDF.type)), set())
        e.graphs.add(ctx.identifier if hasattr(ctx, "identifier") else ctx)
    return {k: v for k, v in out.items() if not (v.classes & skip)}


def _family(e: _Entity) -> str:
    if e.classes & AREA_CLASSES:
        return "area"
    for cls, fam in ((TK.Enterprise, "enterprise"), (TK.Honor, "honor"), (TK.Program, "program")):
        if cls in e.classes:
            return fam
    return "entity"


def _is_abbreviation(short: str, long_: str) -> bool:
    if not 2 <= len(short) <= 3 or len(long_) < len(short) + 2 or short[0] != long_[0]:
        return False
    if not long_.endswith(ABBREV_HEADS):
        return False
    it = iter(long_)
    return all(ch in it for ch in short)


def find_merges(ds: Dataset) -> list[Merge]:
    """The merges the rules call for (old → surviving node), deterministic for a given graph."""
    ents = _entities(ds)
    merges: dict[URIRef, Merge] = {}
    by_family: dict[str, list[_Entity]] = {}
    for e in sorted(ents.values(), key=lambda x: (len(x.label), x.label, str(x.iri))):
        by_family.setdefault(_family(e), []).append(e)

    def merge(old: _Entity, new: _Entity, rule: str) -> None:
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
        if e.label in short_areas and e.iri not in merges:
            merge(e, short_areas[e.label], "admin-suffix")
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


def apply(ds: Dataset, merges: list[Merge]) -> None:
    """Rewrite merged nodes onto their survivors and record each merge."""
    for m in merges:
        old, new = m.old, m.new
        new_classes = set(ds.objects(new, RDF.type))
        found = list(ds.quads((old, None, None, None))) + list(ds.quads((None, None, old, None)))
        graphs = {}
        for s, p, o, ctx in found:
            g = ctx if hasattr(ctx, "add") else ds.graph(ctx)
            graphs[g.identifier] = g
            g.remove((s, p, o))
            if s == old and p == RDFS.label:
                g.add((new, SKOS.altLabel, o))
                continue
            if s == old and p == RDF.type and new_classes and o not in new_classes:
                continue  # 大场 (NamedThing) merged into 大场镇 (Town) stays a Town
            g.add((new if s == old else s, p, new if o == old else o))
        for g in graphs.values():
            record_merge(g, m.new, m.name, m.old, m.rule)


def resolve(ds: Dataset) -> list[Merge]:
    """Find and apply merges; return them."""
    merges = find_merges(ds)
    apply(ds, merges)
    return merges
