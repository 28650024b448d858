"""Extraction throughput beside jieba's own segmentation, on the same text, in one run.

    python bench/bench_extract.py [FOLDER] [--repeat N]

FOLDER defaults to the 上海市 reports of the city corpus (../shared/corpus/cities/上海市).
Prints MB/s (UTF-8 bytes of the files) for:
  jieba     ``jieba.lcut`` over every text (after its dictionary is loaded)
  extract   ingest + ``kg.extract.extract`` in this process (after the pipeline is built)
  build()   ``kg.build.build`` in this process, -j 1: reading, extraction, RDF, the store, resolution
            (after one warm-up build: the word lists are loaded, as jieba's dictionary is)
  kg build  the whole command (``python -m kg build FOLDER --output tmp.ttl``, one process, -j 1),
            start-up, reading, extraction, RDF and writing included
Best of ``--repeat`` runs for each (the machine may be shared: the best run is the least disturbed),
as wall time and as CPU time (this process's, or the child's for the whole command): on a loaded
machine the CPU-time ratios are the ones to compare.
"""
from __future__ import annotations

import argparse
import logging
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (user + system)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def best(fn, repeat: int) -> tuple[float, float]:
    """(best wall seconds, best CPU seconds) of ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), _cpu()
        fn()
        walls.append(time.perf_counter() - t)
        cpus.append(_cpu() - c)
    return min(walls), min(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "cities" / "上海市"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    import jieba

    from kg import extract, ingest

    files = sorted(p for p in Path(args.folder).iterdir() if p.suffix in (".txt", ".md"))
    mb = sum(p.stat().st_size for p in files) / 1e6
    texts = [p.read_text(encoding="utf-8") for p in files]
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    t_jieba = best(lambda: [jieba.lcut(t) for t in texts], args.repeat)
    extract.pipeline()
    extract.extract(ingest.read_document(files[0]))  # lexicons and word lists loaded once
    t_extract = best(lambda: [extract.extract(ingest.read_document(p)) for p in files], args.repeat)
    from kg.build import build

    build(files[:1])
    t_lib = best(lambda: build(files), args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "kg", "build", args.folder, "--output", str(Path(tmp) / "g.ttl")]
        t_build = best(lambda: subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True), args.repeat)
    print(f"{len(files)} files, {mb:.2f} MB; best of {args.repeat}; wall | CPU")
    rows = [("jieba.lcut", t_jieba), ("ingest + extract", t_extract), ("build() in process", t_lib),
            ("kg build (whole command)", t_build)]
    for name, (wall, cpu) in rows:
        print(f"{name:<28}{mb / wall:6.2f} MB/s ({wall:5.2f} s) {t_jieba[0] / wall:5.2f}x jieba | "
              f"{mb / cpu:6.2f} MB/s ({cpu:5.2f} s) {t_jieba[1] / cpu:5.2f}x jieba")


if __name__ == "__main__":
    main()
