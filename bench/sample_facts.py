"""Draw a random sample of facts with their evidence from a store, for reading by hand.

    python bench/sample_facts.py STORE_DIR [--per-type 10] [--seed 2026]

Used for docs/quality.md: each sampled fact is printed with its sentence and
document so a reader can mark it right or wrong.
"""
from __future__ import annotations

import argparse
import random

from kg import query, store

NAMED = """SELECT ?s ?o ?text ?doc WHERE {
  ?st rdf:predicate tk:%s ; rdf:subject ?si ; rdf:object ?oi ; prov:wasDerivedFrom ?ev .
  ?si rdfs:label ?s . ?oi rdfs:label ?o . ?ev tk:text ?text ; tk:inDocument/dcterms:identifier ?doc }"""
OBS = """SELECT ?i ?v ?u ?k ?text ?doc WHERE {
  ?ob a tk:Observation ; tk:indicator/rdfs:label ?i ; tk:valueText ?v ; tk:unit ?u ; tk:kind ?k ;
      prov:wasDerivedFrom ?ev . ?ev tk:text ?text ; tk:inDocument/dcterms:identifier ?doc }"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("--per-type", type=int, default=10)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    db = store.open_store(args.store, read_only=True)
    rnd = random.Random(args.seed)
    n = 0
    for prop in ("receivedHonor", "pursuesHonor", "settledIn", "implementsProgram"):
        rows = query.run_store(db, NAMED % prop).rows
        for s, o, text, doc in rnd.sample(rows, min(args.per_type, len(rows))):
            n += 1
            print(f"{n}. [{prop}] {s} → {o}\n   {doc}: {str(text)[:160]}")
    rows = query.run_store(db, OBS).rows
    for i, v, u, k, text, doc in rnd.sample(rows, min(args.per_type, len(rows))):
        n += 1
        print(f"{n}. [observation] {i} = {v} ({str(u).rsplit('/', 1)[-1]}, {str(k).rsplit('#', 1)[-1]})"
              f"\n   {doc}: {str(text)[:160]}")


if __name__ == "__main__":
    main()
