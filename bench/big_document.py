"""Peak memory of ``kg build`` on one long document, by its length in characters.

    python bench/big_document.py --chars 1000000 2000000 4000000 [--source FILE]

Each size is a document made by repeating a report (default: the longer bundled seed) up to that many
characters, built alone by ``/usr/bin/time -v python -m kg build DOC.txt -o OUT.ttl`` in a fresh
process; the table gives the peak RSS, wall time and the build's summary per size, and the fit of RSS against
characters (GB per million characters, and the intercept). ``kg.ingest.MAX_CHARS`` is chosen from it.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "data" / "seeds" / "003_37ee69dabd17ee5a.txt"


def make_document(source: str, chars: int) -> str:
    """The source repeated (whole paragraphs) until ``chars`` characters, then cut at a line's end."""
    out, n = [], 0
    while n < chars:
        out.append(source)
        n += len(source)
    text = "".join(out)[:chars]
    return text[: text.rfind("\n") + 1] if "\n" in text else text


def measure(path: Path, out: Path) -> dict:
    env = dict(os.environ, KG_CACHE_DIR="")
    p = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "kg", "build", str(path), "-o", str(out)],
                       capture_output=True, text=True, env=env, cwd=ROOT)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) * 1024
    wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", p.stderr).group(1)
    return {"rc": p.returncode, "rss": rss, "wall": wall, "summary": p.stdout.strip() or p.stderr.splitlines()[0]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, nargs="+", required=True)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = ap.parse_args()
    source = args.source.read_text(encoding="utf-8")
    if not source.endswith("\n"):
        source += "\n"
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bigdoc-") as tmp:
        for chars in args.chars:
            doc = Path(tmp) / f"big{chars}.txt"
            text = make_document(source, chars)
            doc.write_text(text, encoding="utf-8")
            r = measure(doc, Path(tmp) / f"big{chars}.ttl")
            rows.append((len(text), r))
            print(f"{len(text):>10,} chars  {doc.stat().st_size / 2**20:6.1f} MB  rc {r['rc']}  "
                  f"peak RSS {r['rss'] / 2**30:5.2f} GB  wall {r['wall']}  {r['summary'][:100]}", flush=True)
    if len(rows) >= 2:
        xs = [c / 1e6 for c, _ in rows]
        ys = [r["rss"] / 2**30 for _, r in rows]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        print(f"fit: peak RSS = {my - slope * mx:.2f} GB + {slope:.3f} GB per million characters; "
              f"1 GB at {(1 - (my - slope * mx)) / slope:.1f} M characters")


if __name__ == "__main__":
    main()
