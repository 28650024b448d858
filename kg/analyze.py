"""Network analytics with networkx: the entity network, centrality, communities, paths, export.

The entity network has one node per entity (towns, districts, enterprises,
programs, honors, other named things) and one edge per fact link
(receivedHonor, pursuesHonor, settledIn, implementsProgram, partOf), carrying
the evidence sentences of that link. Observations are summarized on their
area's node, not drawn as nodes.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg import store as st
from kg.errors import KGError
from kg.output import atomic_path
from kg.facttypes import linking
from kg.namespaces import TK

LINKS = linking()
SKIP_CLASSES = {TK.Observation, TK.Evidence, TK.Document, TK.Indicator, TK.Merge, TK.ObservationKind}


class EntityNotFound(KGError):
    code = "E050"


# A node's class is the first of these it has: the most specific (a Town over an
# Area, a Hospital over an Organization). The query page's graph view reads it too.
CLASS_ORDER = ["Town", "District", "City", "Province", "Village", "Enterprise", "Program", "Honor",
               "University", "School", "Hospital", "River", "Park", "Road", "IndustrialPark", "Project",
               "ResidentialCompound", "BusinessDistrict", "Organization", "NamedThing", "Area", "Agent"]


def _class_of(classes: set[str]) -> str:
    """The most specific class name: a Town over an Area, a Hospital over an Organization."""
    names = {c.split("#")[-1] for c in classes if c.startswith(str(TK))}
    return next((n for n in CLASS_ORDER if n in names), next(iter(sorted(names)), "Thing"))


def _values() -> str:
    return "VALUES ?p { " + " ".join(f"<{p}>" for p in LINKS) + " }"


LINKED = "{ SELECT DISTINCT ?n WHERE { %s { ?n ?p ?x } UNION { ?x ?p ?n } FILTER(isIRI(?x)) } }"
Q_LINKS = "SELECT ?s ?p ?o WHERE { %s ?s ?p ?o . FILTER(isIRI(?s) && isIRI(?o)) }"
Q_EVIDENCE = """SELECT ?s ?p ?o ?text ?doc ?title WHERE {
  %s ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  OPTIONAL { ?ev tk:text ?text } OPTIONAL { ?ev tk:inDocument ?doc OPTIONAL { ?doc dcterms:title ?title } } }"""
Q_NODE = "SELECT ?n ?v WHERE { %s ?n <%s> ?v }"
Q_OBSERVATIONS = """SELECT ?area ?ind ?text ?kind ?period WHERE {
  ?obs a tk:Observation ; tk:area ?area .
  OPTIONAL { ?obs tk:indicator ?i . ?i rdfs:label ?ind } OPTIONAL { ?obs tk:valueText ?text }
  OPTIONAL { ?obs tk:kind ?kind } OPTIONAL { ?obs tk:period ?period } }"""


def _str(term) -> str | None:
    return None if term is None else term.value


def entity_network(db) -> nx.MultiDiGraph:
    """The entity network of a graph (see the module docstring), read with a few SPARQL queries.

    ``db`` is an Oxigraph store (``kg.store.load_file``, ``open_store``) or a small rdflib graph.
    """
    if not isinstance(db, ox.Store):
        small = ox.Store()
        small.extend(ox.Quad(st.to_ox(s), st.to_ox(p), st.to_ox(o)) for s, p, o in db)
        db = small

    def rows(text: str):
        return db.query(text, prefixes=st.PREFIX_MAP)

    values = _values()
    evidence: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for r in rows(Q_EVIDENCE % values):
        key = (r["s"].value, r["p"].value, r["o"].value)
        evidence[key].append((_str(r["text"]) or "", _str(r["title"]) or _str(r["doc"]) or ""))
    linked = LINKED % values
    labels: dict[str, str] = {}
    for r in rows(Q_NODE % (linked, RDFS.label)):
        n, v = r["n"].value, r["v"].value
        if n not in labels or v < labels[n]:
            labels[n] = v
    classes: dict[str, set[str]] = defaultdict(set)
    for r in rows(Q_NODE % (linked, RDF.type)):
        classes[r["n"].value].add(r["v"].value)
    aliases: dict[str, set[str]] = defaultdict(set)
    for r in rows(Q_NODE % (linked, SKOS.altLabel)):
        aliases[r["n"].value].add(r["v"].value)

    net = nx.MultiDiGraph()

    def add_node(iri: str) -> URIRef:
        n = URIRef(iri)
        if n not in net:
            net.add_node(n, label=labels.get(iri, iri), cls=_class_of(classes.get(iri, set())),
                         aliases=sorted(aliases.get(iri, ())))
        return n

    for r in rows(Q_LINKS % values):
        s, p, o = r["s"].value, r["p"].value, r["o"].value
        prop = URIRef(p)
        net.add_edge(add_node(s), add_node(o), key=p, rel=LINKS[prop], prop=p.split("#")[-1],
                     evidence=sorted(evidence.get((s, p, o), [])))
    # observations, compactly, on their area
    obs_by_area: dict = defaultdict(list)
    for r in rows(Q_OBSERVATIONS):
        kind = (_str(r["kind"]) or "").split("#")[-1]
        period = _str(r["period"])
        obs_by_area[r["area"].value].append(
            f"{_str(r['ind'])} {_str(r['text'])} ({'目标' if kind == 'Target' else '实际'}"
            f"{', ' + period if period else ''})")
    if obs_by_area:
        for r in rows(Q_NODE % ("VALUES ?n { " + " ".join(f"<{a}>" for a in obs_by_area) + " }", RDFS.label)):
            labels.setdefault(r["n"].value, r["v"].value)
        for r in rows(Q_NODE % ("VALUES ?n { " + " ".join(f"<{a}>" for a in obs_by_area) + " }", RDF.type)):
            classes[r["n"].value].add(r["v"].value)
    for area, items in obs_by_area.items():
        net.nodes[add_node(area)]["observations"] = sorted(items)
    return net


def load(path: str | Path) -> nx.MultiDiGraph:
    """The entity network of a graph file or a store folder (``kg build --store``), read through Oxigraph."""
    return entity_network(st.open_graph(path))


@dataclass
class Report:
    nodes: int
    edges: int
    degree: list[tuple[str, str, int]]
    betweenness: list[tuple[str, str, float]]
    communities: list[list[str]]
    components: list[int]
    towns: list[dict]


def report(net: nx.MultiDiGraph, top: int = 10) -> Report:
    """Degree and betweenness leaders, communities, components and a per-town summary."""
    simple = nx.Graph(net.to_undirected())
    label = lambda n: net.nodes[n]["label"]  # noqa: E731
    cls = lambda n: net.nodes[n]["cls"]  # noqa: E731
    degree = sorted(((label(n), cls(n), d) for n, d in net.degree()), key=lambda x: (-x[2], x[0]))[:top]
    # Above 2,000 nodes betweenness is estimated from k sampled sources (seeded), k chosen so that the
    # k breadth-first searches stay near 2 M steps: seconds, where exact or k=500 took minutes on the corpus.
    size = simple.number_of_nodes() + simple.number_of_edges()
    k = None if simple.number_of_nodes() <= 2000 else min(500, max(16, 2_000_000 // max(1, size)))
    bc = nx.betweenness_centrality(simple, k=k, seed=0) if simple.number_of_nodes() else {}
    betweenness = sorted(((label(n), cls(n), round(v, 4)) for n, v in bc.items()),
                         key=lambda x: (-x[2], x[0]))[:top]
    communities = []
    if simple.number_of_edges():
        found = nx.community.greedy_modularity_communities(simple) if simple.number_of_nodes() <= 5000 \
            else nx.community.louvain_communities(simple, seed=0)
        communities = [sorted(label(n) for n in c) for c in sorted(found, key=len, reverse=True)]
    components = sorted((len(c) for c in nx.connected_components(simple)), reverse=True)
    towns = []
    for n, data in net.nodes(data=True):
        if data["cls"] != "Town":
            continue
        out = Counter(d["prop"] for _, _, d in net.out_edges(n, data=True))
        inc = Counter(d["prop"] for _, _, d in net.in_edges(n, data=True))
        towns.append({"town": data["label"], "honors": out["receivedHonor"], "pursued": out["pursuesHonor"],
                      "programs": out["implementsProgram"], "enterprises": inc["settledIn"],
                      "observations": len(data.get("observations", []))})
    towns.sort(key=lambda t: t["town"])
    return Report(net.number_of_nodes(), net.number_of_edges(), degree, betweenness, communities,
                  components, towns)


def format_report(r: Report, communities: int = 5) -> str:
    from kg.query import aligned

    out = [f"{r.nodes} entities, {r.edges} links, {len(r.components)} connected components "
           f"(largest {r.components[0] if r.components else 0})", "", "Top by degree:"]
    out.append(aligned(["entity", "class", "degree"], [[a, b, str(c)] for a, b, c in r.degree]))
    out.append("Top by betweenness:")
    out.append(aligned(["entity", "class", "betweenness"], [[a, b, str(c)] for a, b, c in r.betweenness]))
    out.append(f"Communities (greedy modularity): {len(r.communities)}")
    for i, c in enumerate(r.communities[:communities], 1):
        out.append(f"  {i}. ({len(c)}) " + "、".join(c[:12]) + ("…" if len(c) > 12 else ""))
    out.append("")
    out.append("Towns:")
    out.append(aligned(["town", "honors", "pursued", "programs", "enterprises", "observations"],
                       [[t["town"], *(str(t[k]) for k in ("honors", "pursued", "programs", "enterprises",
                                                            "observations"))] for t in r.towns]))
    return "\n".join(out)


def find_node(net: nx.MultiDiGraph, name: str):
    """A node by IRI, exact label, alias, or (if unique) a label containing the text."""
    if name in net:
        return name
    for n, d in net.nodes(data=True):
        if str(n) == name or d["label"] == name:
            return n
    for n, d in net.nodes(data=True):
        if name in d.get("aliases", []):
            return n
    hits = [n for n, d in net.nodes(data=True) if name in d["label"]]
    if len(hits) == 1:
        return hits[0]
    if hits:
        labels = "、".join(sorted(net.nodes[h]["label"] for h in hits)[:5])
        raise EntityNotFound(f"{name!r} matches several entities: {labels}", "give the full name")
    raise EntityNotFound(f"no entity named {name!r}", "list names with 'kg query entities-by-class' or the aliases query")


def shortest_path(net: nx.MultiDiGraph, a: str, b: str) -> list[dict]:
    """The shortest connection between two entities, each hop with its relation and evidence."""
    na, nb = find_node(net, a), find_node(net, b)
    simple = net.to_undirected(as_view=True)
    try:
        nodes = nx.shortest_path(simple, na, nb)
    except nx.NetworkXNoPath:
        raise EntityNotFound(f"{a} and {b} are not connected", "they share no chain of facts") from None
    hops = []
    for u, v in zip(nodes, nodes[1:]):
        if net.has_edge(u, v):
            d = next(iter(net.get_edge_data(u, v).values()))
            src, dst = u, v
        else:
            d = next(iter(net.get_edge_data(v, u).values()))
            src, dst = v, u
        hops.append({"from": net.nodes[src]["label"], "rel": d["prop"], "to": net.nodes[dst]["label"],
                     "evidence": d.get("evidence", [])})
    return hops


def format_path(hops: list[dict]) -> str:
    lines = [f"{len(hops)} hop{'s' if len(hops) != 1 else ''}:"]
    for h in hops:
        lines.append(f"  {h['from']} —{h['rel']}→ {h['to']}")
        for text, doc in h["evidence"][:2]:
            lines.append(f"      “{text[:80]}{'…' if len(text) > 80 else ''}” ({doc})")
        if not h["evidence"]:
            lines.append("      (administrative nesting from the place lexicon)")
    return "\n".join(lines)


def export(path: str | Path, output: str | Path, fmt: str) -> tuple[int, int]:
    """Write the entity network as GraphML or GEXF (for Gephi, Cytoscape), atomically."""
    net = load(path)
    flat = nx.MultiDiGraph()
    for n, d in net.nodes(data=True):
        flat.add_node(str(n), label=d["label"], cls=d["cls"], aliases="; ".join(d.get("aliases", [])),
                      observations=len(d.get("observations", [])))
    for u, v, d in net.edges(data=True):
        # label and weight are GEXF's own edge attributes (Gephi shows and sizes edges by them):
        # the relation's name, and how many sentences state the link
        flat.add_edge(str(u), str(v), label=d["rel"], weight=float(max(1, len(d.get("evidence", [])))),
                      rel=d["prop"], evidence=" | ".join(t for t, _ in d.get("evidence", []))[:2000])
    with atomic_path(output) as tmp:
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat, str(tmp))
    return flat.number_of_nodes(), flat.number_of_edges()
