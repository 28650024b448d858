"""Compare main-content extractors on the hand-written page fixtures of tests/data/pages.

For each page and extractor: how many of the article's paragraphs come out
(recall), how many boilerplate strings leak in (noise: navigation, footers,
comments, related links), and whether the title and publication date are
found. The expected values are in tests/data/pages/expected.json.

    python bench/readers_compare.py
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"


def decoded(data: bytes) -> str:
    """The page decoded by its own charset (gb2312/gbk read as GB18030, like browsers)."""
    m = re.search(rb"charset\s*=\s*[\"']?([\w-]+)", data[:4096], re.I)
    enc = (m.group(1).decode().lower() if m else "utf-8")
    if enc in ("gb2312", "gbk", "x-gbk"):
        enc = "gb18030"
    return data.decode(enc, errors="replace")


def run_trafilatura(html: str, precision: bool = False):
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=precision)
    if doc is None:
        return "", None, None
    return doc.text or "", doc.title, doc.date


def run_readability(html: str):
    import htmldate
    from lxml import html as lh
    from readability import Document

    d = Document(html)
    text = lh.fromstring(d.summary(html_partial=True)).text_content()
    # readability has no date finder; htmldate is what a readability user would add
    date = htmldate.find_date(html, extensive_search=False)
    return text, d.short_title(), date


def run_kg(name: str):
    """What ``kg build`` keeps: kg.readers.read_html, then kg.ingest's normalizing and chrome removal."""
    from kg import ingest

    doc = ingest.read_document(PAGES / name)
    return doc.text, doc.title, doc.date


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s.replace("\xa0", " ").replace("\u3000", " "))


def score(name: str, text: str, title, date, expected: dict) -> dict:
    flat = squash(text)
    found = sum(squash(p) in flat for p in expected["body"])
    noise = [n for n in expected["noise"] if squash(n) in flat]
    return {"page": name, "recall": f"{found}/{len(expected['body'])}", "noise": len(noise), "leaked": noise,
            "title": (title or "").strip() == expected["title"], "date": (date or "")[:10] == expected["date"]}


def main() -> int:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    extractors = {"trafilatura": run_trafilatura,
                  "trafilatura(precision)": lambda h: run_trafilatura(h, precision=True),
                  "readability-lxml": run_readability,
                  "kg (readability + cleanup)": None}
    totals = {}
    for ext_name, fn in extractors.items():
        started = time.perf_counter()
        rows = []
        for name, exp in expected.items():
            html = decoded((PAGES / name).read_bytes())
            rows.append(score(name, *(fn(html) if fn else run_kg(name)), exp))
        secs = time.perf_counter() - started
        for r in rows:
            print(f"{ext_name:<24} {r['page']:<22} body {r['recall']:<5} noise {r['noise']} "
                  f"title {'ok' if r['title'] else 'MISS'} date {'ok' if r['date'] else 'MISS'} {r['leaked']}")
        found = sum(int(r["recall"].split("/")[0]) for r in rows)
        total = sum(int(r["recall"].split("/")[1]) for r in rows)
        totals[ext_name] = (found, total, sum(r["noise"] for r in rows), sum(r["title"] for r in rows),
                            sum(r["date"] for r in rows), secs)
    print()
    print("| extractor | paragraphs found | boilerplate leaked | titles | dates | seconds (4 pages) |")
    print("|---|---|---|---|---|---|")
    for k, (f, t, n, ti, da, s) in totals.items():
        print(f"| {k} | {f}/{t} | {n} | {ti}/{len(expected)} | {da}/{len(expected)} | {s:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
