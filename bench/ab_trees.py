"""Time `python -m kg build` from several source trees, in turn, on one input.

    python bench/ab_trees.py INPUT TREE [TREE ...] [--runs 7] [--warm 2]

Each TREE is a checkout (a worktree, or `git archive REV | tar -x -C DIR`). The
command runs with `PYTHONPATH=TREE`, its own pattern cache and bytecode folder per
tree, `--runs` times per tree in turn (A B C A B C …) after `--warm` runs each that
fill the caches, so that a busy machine's load falls on every tree alike. Printed:
the children's CPU time (user + system) and wall time, medians and minima, and the
load average before and after; CPU is the figure to compare on a shared machine.
The Turtle each tree wrote is kept as OUT_DIR/TREE_NAME.ttl for `cmp`.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(tree: Path, source: str, work: Path) -> tuple[float, float]:
    name = tree.name
    env = dict(os.environ, PYTHONPATH=str(tree), KG_CACHE_DIR=str(work / f"cache-{name}"),
               PYTHONPYCACHEPREFIX=str(work / f"pyc-{name}"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cpu, wall = _children_cpu(), time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "build", source, "--output", str(work / f"{name}.ttl")],
                   env=env, cwd=tree, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _children_cpu() - cpu, time.perf_counter() - wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a document or a folder, as for kg build")
    parser.add_argument("trees", nargs="+", type=Path, help="source trees to compare")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warm", type=int, default=2)
    parser.add_argument("--out", type=Path, help="folder for caches and outputs (default: a temporary one)")
    args = parser.parse_args(argv)
    trees = [tree.resolve() for tree in args.trees]
    if len({tree.name for tree in trees}) != len(trees):
        parser.error("the trees' folder names must differ (they name the outputs)")
    work = args.out or Path(tempfile.mkdtemp(prefix="ab-trees-"))
    work.mkdir(parents=True, exist_ok=True)
    source = str(Path(args.input).resolve())
    for tree in trees:
        for _ in range(args.warm):
            _run(tree, source, work)
    times: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in trees}
    print(f"load before {os.getloadavg()[0]:.1f}")
    for _ in range(args.runs):
        for tree in trees:
            times[tree].append(_run(tree, source, work))
    print(f"load after {os.getloadavg()[0]:.1f}")
    for tree in trees:
        cpus = sorted(cpu for cpu, _ in times[tree])
        walls = sorted(wall for _, wall in times[tree])
        print(f"{tree.name}: CPU median {statistics.median(cpus):.3f} s, min {cpus[0]:.3f} s; "
              f"wall median {statistics.median(walls):.3f} s (runs {args.runs})")
    print(f"outputs: {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
