"""Extraction throughput beside jieba's own segmentation, on the same text, in one run.

    python bench/bench_extract.py [FOLDER] [--repeat N]

FOLDER defaults to the 上海市 reports of the city corpus (../shared/corpus/cities/上海市).
Prints MB/s (UTF-8 bytes of the files) in two groups, each compared with jieba's counterpart:

library, in this process (dictionary, pipeline and word lists already loaded):
  jieba.lcut      ``jieba.lcut`` over every text
  extract         ingest + ``kg.extract.extract`` (after the pipeline is built)
  build()         ``kg.build.build``, -j 1: reading, extraction, RDF, the store, resolution
                  (after one warm-up build: the word lists are loaded, as jieba's dictionary is)
command, one new process each, start-up included:
  python -m jieba jieba's own command-line segmenter (``python -m jieba -q ALL.txt > out.txt``) over
                  the same texts: its CLI reads one file, so the files are concatenated (one newline
                  between them) before the timing; it imports jieba, loads its dictionary (from the
                  cache jieba keeps in the temporary directory, as it does for every user) and writes
                  every line segmented
  kg build        ``python -m kg build FOLDER --output tmp.ttl`` (one process, -j 1): start-up,
                  reading, extraction, RDF and writing
Both commands run with their modules' bytecode cached, as in an installed package (pip byte-compiles
at install time; jieba's files have theirs, an editable install of kg has none until Python may write it):
``PYTHONPYCACHEPREFIX`` points both at a fresh temporary tree and each command runs once untimed first.
``--bytecode as-is`` runs them in this shell's environment instead (with PYTHONDONTWRITEBYTECODE=1,
as in this project's sandboxes, kg's sources are then compiled at every start).
The load average before and after the run is printed with the figures (the machine may be shared).
Best of ``--repeat`` runs for each (the machine may be shared: the best run is the least disturbed),
as wall time and as CPU time (this process's, or the child's for a command): on a loaded machine the
CPU-time ratios are the ones to compare.
"""
from __future__ import annotations

import argparse
import logging
import os
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
    ap.add_argument("--bytecode", choices=("cached", "as-is"), default="cached",
                    help="the commands' bytecode: cached in a temporary tree (default), or this environment's")
    args = ap.parse_args()
    load_before = os.getloadavg()
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
        tmp = Path(tmp)
        joined = tmp / "all.txt"
        joined.write_text("\n".join(t.rstrip("\n") for t in texts) + "\n", encoding="utf-8")
        segmented = tmp / "segmented.txt"
        env = dict(os.environ)
        if args.bytecode == "cached":
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")

        def jieba_command() -> None:
            with segmented.open("wb") as out:
                subprocess.run([sys.executable, "-m", "jieba", "-q", str(joined)], cwd=tmp, check=True,
                               stdout=out, stderr=subprocess.PIPE, env=env)

        cmd = [sys.executable, "-m", "kg", "build", args.folder, "--output", str(tmp / "g.ttl")]

        def kg_command() -> None:
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, env=env)

        if args.bytecode == "cached":  # the first runs write the bytecode
            jieba_command()
            kg_command()
        t_jieba_cmd = best(jieba_command, args.repeat)
        t_build = best(kg_command, args.repeat)
    print(f"{len(files)} files, {mb:.2f} MB; best of {args.repeat}; wall | CPU; each row against its group's jieba; "
          f"commands' bytecode: {args.bytecode}; load average (1 min) {load_before[0]:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after, on {os.cpu_count()} CPUs")
    groups = [("library, in process (dictionary and pipeline loaded)", t_jieba,
               [("jieba.lcut", t_jieba), ("ingest + extract", t_extract), ("build() in process", t_lib)]),
              ("command, one process each (start-up included)", t_jieba_cmd,
               [("python -m jieba", t_jieba_cmd), ("python -m kg build", t_build)])]
    for title, base, rows in groups:
        print(title)
        for name, (wall, cpu) in rows:
            print(f"  {name:<26}{mb / wall:6.2f} MB/s ({wall:5.2f} s) {base[0] / wall:5.2f}x | "
                  f"{mb / cpu:6.2f} MB/s ({cpu:5.2f} s) {base[1] / cpu:5.2f}x")
    print(f"kg build (command) against jieba.lcut (library): {t_jieba[0] / t_build[0]:.2f}x wall, "
          f"{t_jieba[1] / t_build[1]:.2f}x CPU")


if __name__ == "__main__":
    main()
