"""Fuzz the build pipeline: generated documents through ingest → extract → rdfize → write → read back.

Each document is made from sentences of the seed reports, cut and mutated
(control characters, lone surrogates, BOMs, CRLF, digit runs, huge numbers,
HTML tags, Markdown, front matter valid and hostile, GB18030 / UTF-16
encodings, truncation, long lines). A document may fail with one of the
project's coded errors (``KGError``: empty, undecodable, bad front matter, a
number too large …): that is a clean refusal. Anything else is a crash. Every
document that builds is written as Turtle, TriG, N-Triples, N-Quads, JSON-LD
and RDF/XML by Oxigraph and read back (RDF/XML also by rdflib): a file that
cannot be read back, or reads back with another number of triples, is an
unreadable output.

    python bench/fuzz.py --count 10000 --seed 1 [--max-kb 5] [--jobs 2]

Prints the counts, the slowest documents and the time per document; exits 1
if anything crashed, was unreadable, or a document of at most 5 KB took more
than 1 s.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "data" / "seeds").glob("*.txt"))

CONTROL = [chr(c) for c in list(range(0, 32)) + list(range(0x7F, 0xA0))] + ["\ufffe", "\uffff", "\u2028", "\u2029",
                                                                           "\ufeff", "\u200b", "\ud800", "\udfff"]
UNITS = ["亿元", "万元", "元", "%", "平方米", "公顷", "个", "家", "人", "万人次", "吨", "公里"]
FRONT = [
    "---\ntitle: 某镇2021年政府工作报告\ndate: 2021-03-01\ntown: 大场镇\n---\n",
    "---\ndate: 2021-02-30\n---\n",
    "---\na: &a [x, x, x]\nb: [*a, *a, *a]\n---\n",
    "---\ntitle: [a, b]\n---\n",
    "---\n- a\n- b\n---\n",
    "---\ntitle: x\n",
    "---\ntitle: \"\x01\x02\"\ntown: 桃浦镇\n---\n",
    "---\ndate: 99999-01-01\ncity: 上海市\n---\n",
    "---\n!!python/object/apply:os.system [\"echo hi\"]\n---\n",
    "---\ntitle: " + "长" * 300 + "\n---\n",
]
TAGS = ['<p style="text-indent:2em">', "</p>", "<br/>", "<div class=\"c\">", "</div>", "<span>", "</span>",
        "<!DOCTYPE html>", "<script>alert(1)</script>", "&nbsp;", "&#x4e2d;"]


def sentences() -> list[str]:
    out = []
    for p in SEEDS:
        text = p.read_text(encoding="utf-8")
        out += [s for s in text.replace("\n", "。").split("。") if s.strip()]
    return out


def mutate(rng: random.Random, text: str) -> str:
    """One random change to a text."""
    k = rng.randrange(12)
    i = rng.randrange(len(text) + 1)
    if k == 0:
        return text[:i] + "".join(rng.choice(CONTROL) for _ in range(rng.randint(1, 5))) + text[i:]
    if k == 1:
        return text[:i] + "9" * rng.choice([20, 24, 25, 60, 309, 2000, 20000]) + rng.choice(UNITS) + text[i:]
    if k == 2:
        return text[:i] + str(rng.uniform(-1e6, 1e12)) + rng.choice(["", "亿", "万"]) + rng.choice(UNITS) + text[i:]
    if k == 3:
        return text[:i] + rng.choice(TAGS) + text[i:]
    if k == 4:
        return text[:i] + rng.choice(["**", "## ", "\n- ", "`", "> ", "|a|b|\n|-|-|\n"]) + text[i:]
    if k == 5:
        return text.replace("\n", "\r\n")
    if k == 6:
        return text[:i] + "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randint(1, 40))) + text[i:]
    if k == 7:
        return text[:i] + "一二三四五六七八九十百千万亿" * rng.randint(1, 50) + rng.choice(UNITS) + text[i:]
    if k == 8:
        return text[:i] + rng.choice(["“", "”", "《", "》", "（", "）", "\"", "'"]) * rng.randint(1, 20) + text[i:]
    if k == 9:
        return text[:i] + "x" * rng.randint(500, 3000) + text[i:]  # a long line without punctuation
    if k == 10:
        return text[: rng.randrange(len(text) + 1)]
    return text[:i] + "荣获国家卫生镇称号，税收总额达43.82亿元，增长" + str(rng.randint(0, 99)) + "%。" + text[i:]


def document(rng: random.Random, pool: list[str], max_kb: float) -> tuple[str, bytes]:
    """(file name, bytes) of one generated document."""
    n = rng.randint(1, 60)
    text = "。".join(rng.choice(pool) for _ in range(n)) + "。\n"
    for _ in range(rng.randint(0, 6)):
        text = mutate(rng, text)
    if rng.random() < 0.2:
        text = rng.choice(FRONT) + text
    limit = int(max_kb * 1024 / 3)  # about 3 bytes a character in UTF-8
    if len(text) > limit and rng.random() < 0.9:
        text = text[:limit]
    name = rng.choice(["doc.txt", "doc.md", "page.txt"])
    enc = rng.random()
    if enc < 0.1:
        data = text.encode("gb18030", "replace")
    elif enc < 0.15:
        data = text.encode("utf-16", "surrogatepass")
        if rng.random() < 0.5:
            data = data[:-1]  # truncated UTF-16
    elif enc < 0.2:
        data = b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    else:
        data = text.encode("utf-8", "surrogatepass")
    return name, data


FORMATS = ("turtle", "trig", "nt", "nquads", "json-ld", "xml")


def run_one(name: str, data: bytes) -> tuple[str, float, str]:
    """("ok" | "refused" | "crash" | "unreadable", CPU seconds, detail) for one document.

    CPU time, not wall time: the machine is shared, and a document's cost is
    what it makes this process compute (the pipeline is single-threaded).
    """
    import io

    import pyoxigraph as ox
    from rdflib import Graph

    from kg import extract, ingest, store
    from kg.build import document_rdf
    from kg.errors import KGError

    started = time.process_time()
    try:
        doc = ingest.parse_document(data, name=name, doc_id="fuzz")
        graphs, _ = document_rdf(doc, extract.extract(doc))
    except KGError as exc:
        return "refused", time.process_time() - started, f"{exc.code}"
    except Exception:  # noqa: BLE001 - what the fuzzer looks for
        return "crash", time.process_time() - started, traceback.format_exc(limit=3)
    quads = []
    for graph, nt, *_ in graphs:  # (graph IRI, N-Triples, entities)
        quads += [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph))
                  for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    for fmt in FORMATS:
        rdf_format = store.OX_FORMATS[fmt]
        try:
            items = quads if fmt in ("trig", "nquads", "json-ld") else sorted(triples, key=str)
            kw = {"prefixes": store.PREFIX_MAP} if fmt in ("turtle", "trig", "xml", "json-ld") else {}
            out = ox.serialize(items, format=rdf_format, **kw)
            back = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(out, format=rdf_format)}
            if len(back) != len(triples):
                return "unreadable", time.process_time() - started, f"{fmt}: {len(back)} of {len(triples)} triples"
            if fmt == "xml":
                g = Graph().parse(io.BytesIO(out), format="xml")
                if len(g) != len(triples):
                    return "unreadable", time.process_time() - started, f"rdflib xml: {len(g)} of {len(triples)}"
        except Exception as exc:  # noqa: BLE001
            return "unreadable", time.process_time() - started, f"{fmt}: {type(exc).__name__}: {str(exc)[:200]}"
    return "ok", time.process_time() - started, f"{len(triples)} triples"


def _batch(args: tuple[int, int, int, float]) -> list[tuple[int, int, str, float, str]]:
    seed, start, stop, max_kb = args
    pool = sentences()
    run_one("warm.txt", "大场镇荣获国家卫生镇称号，税收43.82亿元。".encode())  # lexicons load on first use
    out = []
    for i in range(start, stop):
        rng = random.Random(seed * 1_000_003 + i)
        name, data = document(rng, pool, max_kb)
        status, seconds, detail = run_one(name, data)
        out.append((i, len(data), status, seconds, detail))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-kb", type=float, default=5.0, help="most documents are cut to this size")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    from kg import extract

    extract.pipeline()  # load spaCy before forking workers
    chunk = 250
    work = [(args.seed, s, min(s + chunk, args.count), args.max_kb) for s in range(0, args.count, chunk)]
    started = time.perf_counter()  # wall time of the whole run
    results = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for batch in pool.map(_batch, work):
            results += batch
            print(f"\r{len(results)}/{args.count}", end="", file=sys.stderr, flush=True)
    wall = time.perf_counter() - started
    print(file=sys.stderr)
    counts: dict[str, int] = {}
    codes: dict[str, int] = {}
    for _, _, status, _, detail in results:
        counts[status] = counts.get(status, 0) + 1
        if status == "refused":
            codes[detail] = codes.get(detail, 0) + 1
    small = [r for r in results if r[1] <= 5 * 1024]
    slow_small = [r for r in small if r[3] > 1.0]
    times = sorted(r[3] for r in results)
    print(f"{len(results)} documents (seed {args.seed}) in {wall:.0f} s with {args.jobs} processes")
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("refusals by code: " + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    print(f"CPU time per document: median {times[len(times) // 2] * 1000:.0f} ms, p99 {times[int(len(times) * .99)] * 1000:.0f} ms, "
          f"max {times[-1] * 1000:.0f} ms; documents <= 5 KB: {len(small)}, slower than 1 s: {len(slow_small)}")
    print(f"largest document {max(r[1] for r in results)} bytes")
    for i, size, status, seconds, detail in sorted(results, key=lambda r: -r[3])[:5]:
        print(f"  slowest: #{i} {size} bytes {status} {seconds * 1000:.0f} ms {detail[:80]}")
    bad = [r for r in results if r[2] in ("crash", "unreadable")]
    for i, size, status, seconds, detail in bad[:10]:
        print(f"{status} #{i} ({size} bytes): {detail}")
    return 1 if bad or slow_small else 0


if __name__ == "__main__":
    raise SystemExit(main())
