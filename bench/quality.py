"""Score the seeds and both development sets with the shared scorer, in one table.

    python bench/quality.py [--set a|b|seeds|x|y|z|w|v|u|t ...] [--errors] [--per-doc] [--json OUT]

Each set is built once into one graph with this checkout's code
(``python -m kg build FILES --output`` run from the checkout's root, so the
checkout's ``kg`` package and lexicons are what runs, whatever venv is active)
and scored with ``--graph`` by ``../shared/tools/score.py``. That gives the
same figures as the scorer's per-document mode (checked on all three sets)
at a tenth of the time. ``--per-doc`` uses the per-document mode instead
(its ``--errors`` lines name the document of extras too).

The shared folder is ``../shared`` next to the checkout, or ``--shared DIR``
(or ``$TOWNKG_SHARED``). Prints relaxed P/R/F1 per set and fact type, then an
F1 matrix to paste into docs/quality.md with the commit it measured.

Sets ``x`` (28), ``y`` (12) and ``z`` (16, held out during the fifth session) are excerpts of city reports cut from the
shared corpus by ``bench/excerpts.py`` (text no rule was written on when it
was annotated), with gold facts in ``bench/data/excerpts-dev.jsonl`` and
``excerpts-y.jsonl``, ``excerpts-z.jsonl``; they measure above all recall on unfamiliar text.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("honor", "pursued_honor", "enterprise", "program", "observation")
SETS = ("seeds", "a", "b", "x", "y", "z", "w", "v", "u", "t")


def set_inputs(name: str, shared: Path, tmp: Path) -> tuple[Path, list[Path], Path]:
    """Gold file, document files and the folder that holds them, for one set."""
    if name in ("x", "y", "z", "w", "v", "u", "t"):
        sys.path.insert(0, str(ROOT / "bench"))
        import excerpts  # bench/excerpts.py: cuts the documents the gold file was annotated on
        folder = tmp / f"excerpts-{name}"
        files = excerpts.write_set(shared / "corpus" / "cities", folder, name)
        return ROOT / "bench" / "data" / excerpts.SETS[name][0], files, folder
    if name == "seeds":
        folder = ROOT / "data" / "seeds"
        return shared / "gold" / "seeds.jsonl", sorted(folder.glob("*.txt")), folder
    folder = shared / "devdocs"
    return shared / "gold" / f"dev-{name}.jsonl", sorted(folder.glob(f"{name}_*.txt")), folder


def commit() -> str:
    """The checkout's HEAD, marked when the working tree has changes."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""
    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + ("+dirty" if git("status", "--porcelain", "--untracked-files=no") else "")


def gold_docs(gold: Path) -> dict[tuple[str, str], set[str]]:
    """(type, object or indicator) -> documents, to name the document of a missed fact."""
    where: dict[tuple[str, str], set[str]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            fact = json.loads(line)
            key = fact.get("object") or fact.get("indicator") or ""
            where.setdefault((fact["type"], key), set()).add(fact["doc"])
    return where


def score_set(name: str, shared: Path, tmp: Path, errors: bool, per_doc: bool) -> tuple[dict, list[str], float]:
    """Build and score one set; returns the scorer's figures, its error lines and the seconds taken."""
    gold, files, folder = set_inputs(name, shared, tmp)
    if not gold.is_file() or not files:
        sys.exit(f"quality: no gold file or documents for set {name!r} ({gold}, {folder})")
    started = time.perf_counter()
    figures_path = tmp / f"{name}.json"
    score = [sys.executable, str(shared / "tools" / "score.py"), str(gold), "--json", str(figures_path)]
    if per_doc:
        score += ["--docs", str(folder), "--kg-cmd", f"{sys.executable} -m kg build"]
    else:
        graph = tmp / f"{name}.ttl"
        build = [sys.executable, "-m", "kg", "build", *map(str, files), "--output", str(graph)]
        done = subprocess.run(build, cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"quality: build of set {name!r} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
        score += ["--graph", str(graph)]
    if errors:
        score.append("--errors")
    done = subprocess.run(score, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"quality: scoring set {name!r} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    figures = json.loads(figures_path.read_text(encoding="utf-8"))
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(("missed", "extra"))]
    if not per_doc:  # graph mode labels every error "*": name the document of a missed fact when gold says it
        where = gold_docs(gold)
        named = []
        for ln in lines:
            parts = ln.split(None, 4)
            if len(parts) >= 4 and parts[1] == "*":
                docs = where.get((parts[2], parts[3]), set())
                if len(docs) == 1:
                    ln = f"{parts[0]:<7}{next(iter(docs)):<28}{ln[35:]}"  # the scorer's columns
            named.append(ln)
        lines = named
    return figures, lines, time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", choices=SETS, help="score only this set (repeatable; default all)")
    ap.add_argument("--errors", action="store_true", help="also list the scorer's missed and extra facts")
    ap.add_argument("--per-doc", action="store_true", help="build and score each document on its own (slower)")
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("TOWNKG_SHARED", ROOT.parent / "shared")),
                    help="the shared folder with gold/, devdocs/, tools/ (default: %(default)s)")
    ap.add_argument("--json", type=Path, help="also write all figures as JSON here")
    args = ap.parse_args()
    if not (args.shared / "tools" / "score.py").is_file():
        print(f"quality: no scorer at {args.shared / 'tools' / 'score.py'} (use --shared)", file=sys.stderr)
        sys.exit(2)

    sets = args.set or list(SETS)
    results: dict[str, dict] = {}
    error_lines: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmpdir:
        for name in sets:
            figures, lines, seconds = score_set(name, args.shared, Path(tmpdir), args.errors, args.per_doc)
            results[name] = figures
            error_lines[name] = lines
            print(f"# set {name}: scored in {seconds:.1f} s", file=sys.stderr)

    print(f"commit {commit()}  ({'per document' if args.per_doc else 'one graph per set'}, relaxed matching)\n")
    print(f"{'set':<7}{'type':<15}{'gold':>5}{'pred':>6}{'tp':>5}{'P':>7}{'R':>7}{'F1':>7}")
    for name in sets:
        for ftype in TYPES:
            f = results[name][f"{ftype}.relaxed"]
            print(f"{name:<7}{ftype:<15}{f['gold']:>5}{f['pred']:>6}{f['tp']:>5}{f['p']:>7.3f}{f['r']:>7.3f}{f['f1']:>7.3f}")
    print("\n| set | " + " | ".join(TYPES) + " |")
    print("|---" * (len(TYPES) + 1) + "|")
    for name in sets:
        print(f"| {name} | " + " | ".join(f"{results[name][f'{t}.relaxed']['f1']:.2f}" for t in TYPES) + " |")
    if args.errors:
        for name in sets:
            print(f"\n## errors, set {name}")
            print("\n".join(error_lines[name]) or "(none)")
    if args.json:
        args.json.write_text(json.dumps({"commit": commit(), "sets": results}, ensure_ascii=False, indent=1),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
