"""Draw a random sample of extracted facts with their sentences, for reading by hand.

    python bench/sample_facts.py CORPUS_DIR [--docs 60] [--per-type 10] [--seed 2026]
    python bench/sample_facts.py --graph cities.ttl [--per-type 25] [--seed 2027]

The first form extracts from randomly chosen documents with the current code,
then samples facts of each type. The second samples from a built graph (after
entity resolution, so a wrong merge shows as a wrong subject): every statement
and observation with its evidence, loaded into Oxigraph. Each fact is printed
with its sentence and document so a reader can mark it right or wrong
(docs/quality.md).
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

TYPES = ("honor", "pursued_honor", "enterprise", "program", "observation")
PROPS = {"honor": "receivedHonor", "pursued_honor": "pursuesHonor", "enterprise": "settledIn",
         "program": "implementsProgram"}
PREFIXES = """PREFIX tk: <https://w3id.org/townkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
STATEMENTS = PREFIXES + """SELECT ?st ?sl ?ol ?text ?doc ?rule WHERE {
  ?st rdf:predicate tk:%s ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
  ?ev tk:text ?text ; tk:inDocument ?d .
  OPTIONAL { ?d dcterms:identifier ?doc }
  OPTIONAL { ?st tk:extractedBy ?rule }
  OPTIONAL { ?s rdfs:label ?sl }
  OPTIONAL { ?o rdfs:label ?ol }
}"""
OBSERVATIONS = PREFIXES + """SELECT ?obs ?al ?il ?vt ?v ?u ?k ?period ?text ?doc WHERE {
  ?obs a tk:Observation ; tk:value ?v ; tk:unit ?u ; tk:kind ?k ; tk:valueText ?vt ; prov:wasDerivedFrom ?ev .
  ?ev tk:text ?text ; tk:inDocument ?d .
  OPTIONAL { ?d dcterms:identifier ?doc }
  OPTIONAL { ?obs tk:indicator/rdfs:label ?il }
  OPTIONAL { ?obs tk:area/rdfs:label ?al }
  OPTIONAL { ?obs tk:period ?period }
}"""


def _v(term) -> str:
    return "" if term is None else str(term.value)


def from_graph(path: str, per_type: int, rnd: random.Random) -> None:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=path, format=ox.RdfFormat.from_extension(Path(path).suffix.lstrip(".")))
    n = 0
    for t in TYPES:
        rows: dict[str, str] = {}  # one line per statement (several labels give several rows)
        if t == "observation":
            for r in store.query(OBSERVATIONS):
                what = (f"{_v(r['al'])}: {_v(r['il'])} = {_v(r['vt'])} → {float(_v(r['v'])):g} "
                        f"{_v(r['u']).rsplit('/', 1)[-1]} ({_v(r['k']).rsplit('#', 1)[-1]}, {_v(r['period'])})")
                rows.setdefault(_v(r["obs"]), f"{what}\n   {_v(r['doc'])}: {_v(r['text'])[:170]}")
        else:
            for r in store.query(STATEMENTS % PROPS[t]):
                s, o = _v(r["sl"]), _v(r["ol"])
                if t == "enterprise":  # enterprise settledIn town: read as town → enterprise
                    s, o = o, s
                rows.setdefault(_v(r["st"]), f"{s} → {o}  [{_v(r['rule'])}]\n   {_v(r['doc'])}: {_v(r['text'])[:170]}")
        keys = sorted(rows)
        for key in rnd.sample(keys, min(per_type, len(keys))):
            n += 1
            print(f"{n}. [{t}] {rows[key]}")
        print(f"# {t}: {len(keys)} in the graph")


def from_corpus(corpus: str, docs: int, per_type: int, rnd: random.Random) -> None:
    from kg import extract, ingest

    paths = sorted(ingest.find_inputs([corpus]))
    pool: dict[str, list] = {t: [] for t in TYPES}
    for path in rnd.sample(paths, min(docs, len(paths))):
        doc = ingest.read_document(path, doc_id=f"{Path(path).parent.name}/{Path(path).stem}")
        for f in extract.extract(doc):
            pool[f.type].append((doc, f))
    n = 0
    for t in TYPES:
        for doc, f in rnd.sample(pool[t], min(per_type, len(pool[t]))):
            n += 1
            subject = f.subject or doc.town
            if t == "observation":
                what = f"{subject}: {f.indicator} = {f.value_text} → {f.value:g} {f.unit} ({f.kind}, {f.period})"
            else:
                what = f"{subject} → {f.object}"
            print(f"{n}. [{t}] {what}\n   {doc.id}: {doc.text[f.start:f.end][:170]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--graph", help="sample from this built graph instead of extracting")
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--per-type", type=int, default=10)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    if bool(args.corpus) == bool(args.graph):
        ap.error("give a corpus folder or --graph FILE")
    rnd = random.Random(args.seed)
    if args.graph:
        from_graph(args.graph, args.per_type, rnd)
    else:
        from_corpus(args.corpus, args.docs, args.per_type, rnd)


if __name__ == "__main__":
    main()
