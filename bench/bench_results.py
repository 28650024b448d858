"""What the endpoint's bounded writing costs over pyoxigraph writing the same answer straight out.

    python bench/bench_results.py GRAPH [--repeat 3]

Loads GRAPH into an in-memory Oxigraph store, then for a few answers (a
catalog query, 10,000 rows of ``?s ?p ?o``, a 10,000-triple CONSTRUCT) and
each format, takes the median wall time of

- ``pyoxigraph``: ``Store.query(…).serialize(format=…)``, no limits;
- ``endpoint``: ``kg.endpoint.execute`` with the default limits (10,000 rows,
  64 MB), in process (no worker fork, no HTTP), i.e. running the query, taking
  the answer under the row limit and writing it under the byte limit.

The body sizes of both are printed: with ``kg.results`` they are equal.

A second table: an answer over the byte limit (3,000 rows of 14,000 Chinese
characters each, 126 MB as JSON; a store made in memory, GRAPH not used),
once as a standard client (refused: 503 naming the limit) and once with
``Prefer: handling=lenient`` (cut to what fits under 64 MB).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

import kg.endpoint  # noqa: E402
from kg import query as catalog, store as st  # noqa: E402
from kg.endpoint import Request, Settings, execute  # noqa: E402

SELECT = {"json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
          "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
          "csv": ("text/csv", ox.QueryResultsFormat.CSV),
          "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV)}
GRAPH = {"turtle": ("text/turtle", ox.RdfFormat.TURTLE), "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
         "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML)}


def median_ms(fn, repeat: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        size = len(fn())
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    t = time.perf_counter()
    db = st.load_file(args.graph)
    print(f"loaded {len(db)} quads in {time.perf_counter() - t:.1f} s (kg at {kg.endpoint.__file__})\n")
    answers = [("entities-by-class", catalog.get("entities-by-class").render(), SELECT),
               ("10k ?s ?p ?o", "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10000", SELECT),
               ("10k CONSTRUCT", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 10000", GRAPH)]
    settings = Settings()
    print("| answer | format | pyoxigraph (ms) | bytes | endpoint (ms) | bytes | ratio |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, text, formats in answers:
        for fmt, (accept, ox_format) in formats.items():
            if formats is GRAPH:
                prefixes = {"prefixes": st.PREFIX_MAP} if fmt != "nt" else {}
                direct = lambda: ox.serialize(db.query(text, prefixes=st.PREFIX_MAP), format=ox_format, **prefixes)  # noqa: E731
            else:
                direct = lambda: db.query(text, prefixes=st.PREFIX_MAP).serialize(format=ox_format)  # noqa: E731

            def endpoint():
                a = execute(db, Request(text, accept), settings)
                assert a.status == 200, a.body[:200]
                return a.body

            d_ms, d_size = median_ms(direct, args.repeat)
            e_ms, e_size = median_ms(endpoint, args.repeat)
            print(f"| {name} | {fmt} | {d_ms:.1f} | {d_size:,} | {e_ms:.1f} | {e_size:,} | {e_ms / d_ms:.2f}× |")
    over_the_byte_limit(settings)


def over_the_byte_limit(settings) -> None:
    big = ox.Store()
    big.extend(ox.Quad(ox.NamedNode(f"http://example.org/r{i:05d}"), ox.NamedNode("http://example.org/text"),
                       ox.Literal("镇" * 14000 + f" row {i}")) for i in range(3000))
    print("\n| answer over 64 MB | client | status | limit / cut | body bytes | time (ms) |")
    print("|---|---|---:|---|---:|---:|")
    for fmt, accept, text in [("json", "application/sparql-results+json", "SELECT * WHERE { ?s ?p ?o }"),
                              ("csv", "text/csv", "SELECT * WHERE { ?s ?p ?o }"),
                              ("turtle", "text/turtle", "CONSTRUCT WHERE { ?s ?p ?o }")]:
        for lenient in (False, True):
            t = time.perf_counter()
            a = execute(big, Request(text, accept, lenient=lenient), settings)
            ms = (time.perf_counter() - t) * 1000
            print(f"| {fmt} | {'lenient' if lenient else 'standard'} | {a.status} | {a.limit or a.cut} | "
                  f"{len(a.body):,} | {ms:.0f} |")


if __name__ == "__main__":
    main()
