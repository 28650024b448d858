"""Catalog queries on rdflib's memory store vs Oxigraph (run by hand; see RESULTS.md).

    python bench/bench_query.py GRAPH.ttl [--repeat 5] [--scale N]

--scale N copies the graph N times under renamed IRIs (to reach a size such
as 1 M triples). Prints a Markdown table of median latencies and ratios.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time

import pyoxigraph as ox
from rdflib import Graph

from kg import query, store

QUERIES = ["entities-by-class", "towns-sharing-honor", "programs-shared", "most-connected",
           "enterprises-by-district", "honors-by-town", "targets-vs-actuals", "why", "documents"]


def scaled(path: str, n: int) -> tuple[Graph, ox.Store, int]:
    base = ox.Store()
    base.bulk_load(path=path, format=ox.RdfFormat.TURTLE)
    triples = [(q.subject, q.predicate, q.object) for q in base]
    ox_store = ox.Store()
    g = Graph()
    for i in range(n):
        def ren(t):
            if isinstance(t, ox.NamedNode) and "/townkg/id/" in t.value and i:
                return ox.NamedNode(t.value + f"~{i}")
            return t
        quads = [ox.Quad(ren(s), p, ren(o), ox.DefaultGraph()) for s, p, o in triples]
        ox_store.extend(quads)
        for q in quads:
            g.add((store.to_rdflib(q.subject), store.to_rdflib(q.predicate), store.to_rdflib(q.object)))
    return g, ox_store, len(g)


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--queries", help="comma-separated catalog names (default: all of QUERIES)")
    ap.add_argument("--rdflib-repeat", type=int, help="runs on rdflib (slow on big graphs; default --repeat)")
    args = ap.parse_args()
    t = time.perf_counter()
    g, ox_store, n = scaled(args.graph, args.scale)
    print(f"{n} triples loaded in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    print(f"| query | rdflib (ms) | Oxigraph (ms) | ratio |\n|---|---:|---:|---:|")
    for name in (args.queries.split(",") if args.queries else QUERIES):
        text = query.get(name).render()
        r = timed(lambda: list(query.run(g, text)), args.rdflib_repeat or args.repeat)
        o = timed(lambda: list(ox_store.query(text, use_default_graph_as_union=True)), args.repeat)
        print(f"| {name} | {r * 1000:.1f} | {o * 1000:.1f} | {r / o:.0f}× |", flush=True)


if __name__ == "__main__":
    main()
