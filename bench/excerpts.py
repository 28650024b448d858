"""Cut excerpts of city reports from the shared corpus: text nobody wrote rules on, for recall readings.

    python bench/excerpts.py OUT_DIR [--seed 20261311 --count 12 --prefix c --first 1] [--shared DIR]

Each excerpt is a run of whole paragraphs (about 600-1,100 characters) from a
report drawn at random, headed by the nearest section headings above it
(``二、2015年工作任务``, ``（三）…``), as a reader of the whole report has them:
whether a figure is a result or a goal often rests on that heading. The front
matter keeps the report's ``source`` and ``title`` and adds ``town`` (the
city the report is about).

The cut is a pure function of the corpus, the seed and the count, so the gold
facts in ``bench/data/excerpts-dev.jsonl`` (annotated by hand after
``../shared/gold/GUIDELINES.md``, without looking at the extractor's output)
stay valid: ``bench/quality.py --set x`` cuts the documents again and scores
them. The two cuts behind that file are seed 20261311 (12 excerpts, c_01-c_12)
and seed 20261313 (16 excerpts, c_13-c_28); set ``y`` (``excerpts-y.jsonl``, seed
20261312, h_01-h_12) was held out while the rules of the fifth session were
written on ``x``, then opened as a second development set. Set ``z``
(``excerpts-z.jsonl``, seed 20261314, z_01-z_16, 263 facts) was cut and
annotated mid-session and held out from every rule developer: it was scored
only at the start and the end of the fifth session; see ``SETS``. Set ``w``
(``excerpts-w.jsonl``, seed 20261315, w_01-w_16, 150 facts) was cut and annotated
at the start of the sixth session by three annotators who did not see the
extractor, and held out from every rule developer of that session: scored only
at its start and its end. Set ``v`` (``excerpts-v.jsonl``, seed 20261316,
v_01-v_16, 226 facts) was made the same way in the seventh session and held out
from its rule developers; set ``u`` (``excerpts-u.jsonl``, seed 20261317, u_01-u_16,
187 facts) in the eighth; set ``t`` (``excerpts-t.jsonl``, seed 20261318, t_01-t_16,
181 facts) in the ninth.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRONT = re.compile(r"---\n(.*?)\n---\n", re.S)
TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
SUB_HEADING = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
# The cuts behind each gold file: set name -> (gold file in bench/data, ((seed, count, first number, prefix), ...))
SETS = {"x": ("excerpts-dev.jsonl", ((20261311, 12, 1, "c"), (20261313, 16, 13, "c"))),
        "y": ("excerpts-y.jsonl", ((20261312, 12, 1, "h"),)),
        "z": ("excerpts-z.jsonl", ((20261314, 16, 1, "z"),)),
        "w": ("excerpts-w.jsonl", ((20261315, 16, 1, "w"),)),
        "v": ("excerpts-v.jsonl", ((20261316, 16, 1, "v"),)),
        "u": ("excerpts-u.jsonl", ((20261317, 16, 1, "u"),)),
        "t": ("excerpts-t.jsonl", ((20261318, 16, 1, "t"),))}


def cut(corpus: Path, seed: int, count: int, prefix: str = "c", first: int = 1) -> dict[str, str]:
    """Excerpts by document name (``c_01`` …): front matter plus the paragraphs."""
    rng = random.Random(seed)
    files = sorted(corpus.glob("*/*.md"))
    rng.shuffle(files)
    out: dict[str, str] = {}
    for path in files:
        if len(out) >= count:
            break
        text = path.read_text(encoding="utf-8")
        m = FRONT.match(text)
        if not m:
            continue
        front, body = m.group(1), text[m.end():]
        paras = [p.strip() for p in body.split("\n") if len(p.strip()) >= 40 and not p.strip().startswith("<!--")]
        if len(paras) < 12:
            continue
        start = rng.randrange(3, len(paras) - 4)
        heads: list[str] = []
        for line in body[:body.index(paras[start])].split("\n"):
            line = line.strip().strip("*#").strip()  # markdown bold or heading marks around a heading
            if len(line) < 50 and TOP_HEADING.match(line):
                heads = [line]
            elif len(line) < 50 and SUB_HEADING.match(line) and heads:
                heads = heads[:1] + [line]
        chosen: list[str] = []
        size = 0
        for p in paras[start:]:
            if size >= 600 or (size + len(p) > 1100 and chosen):
                break
            chosen.append(p[:1100])
            size += len(p[:1100])
        meta = [x.group(0) for x in (re.search(r"^source:.*$", front, re.M), re.search(r"^title:.*$", front, re.M)) if x]
        meta.append(f"town: {path.parent.name}")
        name = f"{prefix}_{first + len(out):02d}"
        out[name] = "---\n" + "\n".join(meta) + "\n---\n" + "\n\n".join(heads + chosen) + "\n"
    return out


def write_set(corpus: Path, folder: Path, name: str = "x") -> list[Path]:
    """Cut every excerpt of a named set into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for seed, count, first, prefix in SETS[name][1]:
        for doc, text in cut(corpus, seed, count, prefix, first).items():
            path = folder / f"{doc}.txt"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="folder to write <prefix>_NN.txt into")
    ap.add_argument("--seed", type=int, help="cut a new sample with this seed (default: the cuts of --set)")
    ap.add_argument("--set", choices=sorted(SETS), default="x", help="the set whose gold file's cuts to write")
    ap.add_argument("--count", type=int, default=12)
    ap.add_argument("--prefix", default="c")
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("TOWNKG_SHARED", ROOT.parent / "shared")))
    args = ap.parse_args()
    corpus = args.shared / "corpus" / "cities"
    if not corpus.is_dir():
        print(f"excerpts: no corpus at {corpus} (use --shared)", file=sys.stderr)
        sys.exit(2)
    if args.seed is None:
        files = write_set(corpus, args.out, args.set)
    else:
        args.out.mkdir(parents=True, exist_ok=True)
        files = []
        for doc, text in cut(corpus, args.seed, args.count, args.prefix, args.first).items():
            (args.out / f"{doc}.txt").write_text(text, encoding="utf-8")
            files.append(args.out / f"{doc}.txt")
    print(f"{len(files)} excerpts -> {args.out}")


if __name__ == "__main__":
    main()
