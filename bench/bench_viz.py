"""Time to first draw and to a still layout of kg viz pages in headless Chromium (by hand).

    python bench/bench_viz.py GRAPH.ttl [--max-nodes N]     # a built graph
    python bench/bench_viz.py --synthetic 2000 5000           # a random graph of that size
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from kg import visualize
from kg.analyze import load


def synthetic(n: int, m: int) -> nx.MultiDiGraph:
    rnd = random.Random(1)
    classes = ["Town", "Enterprise", "Program", "Honor", "District"]
    net = nx.MultiDiGraph()
    for i in range(n):
        net.add_node(i, label=f"实体{i}", cls=rnd.choice(classes), aliases=[])
    while net.number_of_edges() < m:
        a, b = rnd.randrange(n), rnd.randrange(n)
        if a != b:
            net.add_edge(a, b, rel="实施", prop="implementsProgram", evidence=[("……", "doc")])
    return net


def measure(html_path: Path) -> dict:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium",
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = b.new_context(offline=True).new_page()
        t = time.perf_counter()
        page.goto(html_path.as_uri())
        page.wait_for_function("window.townkg && window.townkg.drawn", timeout=600000)
        first = time.perf_counter() - t
        page.wait_for_function("window.townkg.stable", timeout=600000)
        still = time.perf_counter() - t
        state = page.evaluate("window.townkg")
        b.close()
    return {"nodes": state["nodes"], "edges": state["edges"], "first_draw_s": round(first, 2),
            "still_s": round(still, 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", nargs="?")
    ap.add_argument("--max-nodes", type=int, default=2000)
    ap.add_argument("--synthetic", nargs=2, type=int)
    args = ap.parse_args()
    t = time.perf_counter()
    if args.synthetic:
        net = synthetic(*args.synthetic)
        note = ""
    else:
        net, note = visualize.select(load(args.graph), max_nodes=args.max_nodes)
    html = visualize.render_html(net, note=note)
    build_s = time.perf_counter() - t
    out = Path(tempfile.mkdtemp()) / "page.html"
    out.write_text(html, encoding="utf-8")
    print({"page_build_s": round(build_s, 2), "bytes": len(html), **measure(out)})


if __name__ == "__main__":
    main()
