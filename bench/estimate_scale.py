"""Estimate the wall time of a big build (100 k documents) on N workers from measured per-document costs.

    python bench/estimate_scale.py ../shared/corpus/cities --sample 40 --documents 100000

Measures, on a random sample of the corpus, in this process (CPU time, so that
other work on the machine inflates it little):

- the worker's cost per document: read, extract, turn into N-Triples
  (``kg.build`` does exactly this per task, locally or on Dask);
- the store's cost per document: loading those triples into an on-disk Oxigraph
  store with its union graph (done by the one process that owns the store);
- the cost per triple of entity resolution and of writing Turtle, on the
  sample's store.

Then, for N workers, the build is limited by the slower of the two pipelines:
extraction spread over N workers (plus a per-task scheduling overhead for Dask),
and the single store writer; resolution and the Turtle dump run after.
It prints a Markdown table.
"""
from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg import build, extract, ingest, resolve
from kg import store as st

DASK_TASK_OVERHEAD = 0.002  # s of scheduler time per task (distributed docs: ~1 ms per task, doubled)


def measure(paths: list[Path]) -> dict:
    extract.extract(ingest.read_document(paths[0]))  # load the pipeline before timing
    cpu = 0.0
    graphs = []
    size = 0
    for p in paths:
        t = time.process_time()
        doc = ingest.read_document(p)
        g, _ = build.document_rdf(doc, extract.extract(doc))
        cpu += time.process_time() - t
        graphs += [(name, data) for name, data, _ in g]
        size += p.stat().st_size
    folder = Path(tempfile.mkdtemp(prefix="kg-estimate-"))
    try:
        lean = ox.Store(str(folder / "lean"))
        t = time.process_time()
        st.add_documents(lean, graphs, union_only=True)
        lean_cpu = time.process_time() - t
        del lean
        db = ox.Store(str(folder / "db"))
        t = time.process_time()
        st.add_documents(db, graphs)
        load_cpu = time.process_time() - t
        triples = sum(1 for _ in db.quads_for_pattern(None, None, None, st.DEFAULT))
        t = time.process_time()
        resolve.resolve(db)
        resolve_cpu = time.process_time() - t
        t = time.process_time()
        st.dump(db, folder / "out.ttl", "turtle")
        dump_cpu = time.process_time() - t
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    n = len(paths)
    return {"docs": n, "bytes_per_doc": size / n, "worker_s": cpu / n, "store_s": load_cpu / n, "lean_s": lean_cpu / n,
            "triples_per_doc": triples / n, "resolve_s_per_triple": resolve_cpu / triples,
            "dump_s_per_triple": dump_cpu / triples}


def estimate(m: dict, documents: int, workers: int, dask: bool, lean: bool = False) -> dict:
    extract_wall = documents * (m["worker_s"] / workers + (DASK_TASK_OVERHEAD if dask else 0))
    store_wall = documents * m["lean_s" if lean else "store_s"]
    triples = documents * m["triples_per_doc"]
    after = triples * (m["resolve_s_per_triple"] + m["dump_s_per_triple"])
    return {"ingest": max(extract_wall, store_wall), "bound": "workers" if extract_wall >= store_wall else "store",
            "after": after, "total": max(extract_wall, store_wall) + after, "triples": triples}


def hms(seconds: float) -> str:
    h, rest = divmod(int(seconds), 3600)
    return f"{h} h {rest // 60:02d} min" if h else f"{rest // 60} min {rest % 60:02d} s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--documents", type=int, default=100_000)
    ap.add_argument("--workers", default="1,2,4,8,16,32,64,128")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    paths = sorted(ingest.find_inputs([args.corpus]))
    sample = random.Random(args.seed).sample(paths, min(args.sample, len(paths)))
    m = measure(sample)
    print(f"sample: {m['docs']} documents, {m['bytes_per_doc'] / 1024:.1f} KB and {m['triples_per_doc']:.0f} "
          f"distinct triples each; worker {m['worker_s'] * 1000:.0f} ms CPU per document; store writer "
          f"{m['store_s'] * 1000:.1f} ms per document with named graphs (--store), {m['lean_s'] * 1000:.1f} ms "
          f"union only (file output); resolution {m['resolve_s_per_triple'] * 1e6:.2f} µs and Turtle "
          f"{m['dump_s_per_triple'] * 1e6:.2f} µs per triple\n")
    print(f"| workers | {args.documents:,} docs --store: ingest (bound by) | total | file only: ingest (bound by) "
          "| total |")
    print("|---:|---:|---:|---:|---:|")
    for n in (int(x) for x in args.workers.split(",")):
        e, f = (estimate(m, args.documents, n, dask=n > 2, lean=lean) for lean in (False, True))
        print(f"| {n}{' (Dask)' if n > 2 else ''} | {hms(e['ingest'])} ({e['bound']}) | {hms(e['total'])} | "
              f"{hms(f['ingest'])} ({f['bound']}) | {hms(f['total'])} |")
    print(f"\n(≈ {estimate(m, args.documents, 1, False)['triples'] / 1e6:.0f} M distinct triples, resolution + Turtle "
          f"{hms(estimate(m, args.documents, 1, False)['after'])} after the ingest; the store writer is one process, "
          "so past the crossing point more workers do not help)")


if __name__ == "__main__":
    main()
