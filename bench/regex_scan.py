"""Time every compiled regex of the extraction and ingest modules on long runs of one character.

    python bench/regex_scan.py [--length 20000] [--over 0.05]

A pattern tried at every start position that runs to the end of a long run
(digits, Chinese numerals, list commas, quotes, spaces) is quadratic: a
hostile document of a few tens of KB then costs seconds or minutes. Prints
each pattern slower than ``--over`` seconds on any probe (issue 11).
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--length", type=int, default=20000)
    ap.add_argument("--over", type=float, default=0.05)
    args = ap.parse_args(argv)
    import kg.extract as ke

    mods = [importlib.import_module(f"kg.extract.{m.name}") for m in pkgutil.iter_modules(ke.__path__)]
    mods += [importlib.import_module(x) for x in ("kg.ingest", "kg.numbers", "kg.lexicon", "kg.rdfize")]
    n = args.length
    probes = ["9" * n + "x", "一" * n + "x", "a" * n + "!", " " * n + "x", "、" * n + "x", "“" * n]
    slow = 0
    for m in mods:
        for name in dir(m):
            pat = getattr(m, name)
            if not isinstance(pat, re.Pattern) or not isinstance(pat.pattern, str):
                continue
            worst = 0.0
            for p in probes:
                t = time.perf_counter()
                pat.search(p)
                worst = max(worst, time.perf_counter() - t)
            if worst > args.over:
                slow += 1
                print(f"{worst:8.2f} s  {m.__name__}.{name}  {pat.pattern[:90]}")
    print(f"{slow} patterns over {args.over} s on runs of {n} characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
