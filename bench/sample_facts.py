"""Draw a random sample of extracted facts with their sentences, for reading by hand.

    python bench/sample_facts.py CORPUS_DIR [--docs 60] [--per-type 10] [--seed 2026]

Extracts from randomly chosen documents with the current code, then samples
facts of each type; each is printed with its sentence and document so a
reader can mark it right or wrong (docs/quality.md).
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from kg import extract, ingest

TYPES = ("honor", "pursued_honor", "enterprise", "program", "observation")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--per-type", type=int, default=10)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    paths = sorted(ingest.find_inputs([args.corpus]))
    pool: dict[str, list] = {t: [] for t in TYPES}
    for path in rnd.sample(paths, min(args.docs, len(paths))):
        doc = ingest.read_document(path, doc_id=f"{Path(path).parent.name}/{Path(path).stem}")
        for f in extract.extract(doc):
            pool[f.type].append((doc, f))
    n = 0
    for t in TYPES:
        for doc, f in rnd.sample(pool[t], min(args.per_type, len(pool[t]))):
            n += 1
            subject = f.subject or doc.town
            if t == "observation":
                what = f"{subject}: {f.indicator} = {f.value_text} → {f.value:g} {f.unit} ({f.kind}, {f.period})"
            else:
                what = f"{subject} → {f.object}"
            print(f"{n}. [{t}] {what}\n   {doc.id}: {doc.text[f.start:f.end][:170]}")


if __name__ == "__main__":
    main()
