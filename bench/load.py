"""A bounded loopback load on ``kg serve``: several clients for a fixed time; errors, throughput, server memory.

    python bench/load.py GRAPH [--clients 6] [--seconds 60] [--max-queries 4]

Starts ``kg serve GRAPH`` on a free 127.0.0.1 port (with the default limits
unless told), then runs the clients, each sending catalog queries in turn
(GET and POST, JSON/CSV/XML/Turtle), and one attacker beside them sending, one
at a time, queries that hit a limit (a cross join with ORDER BY: memory) or
are refused (SERVICE, an update, a foreign Host). For the clients an error is
any status but 200 or a failed connection; for the attacker, any status but
the expected refusal. The server's resident memory (its own, and with its
query workers) is sampled every second. Only loopback is used, and the run
ends after ``--seconds``.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    """Child processes of every thread of ``pid`` (query workers are forked from handler threads)."""
    out = []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return out


def requests_mix():
    from kg import query

    plain = [(q.name, q.render()) for q in query.catalog()]
    accepts = ["application/sparql-results+json", "text/csv", "application/sparql-results+xml"]
    hostile = [
        ("cross-join", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i", 503),
        ("service", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", 403),
        ("update", "DELETE WHERE { ?s ?p ?o }", 403),
    ]
    return plain, accepts, hostile


def client(port: int, deadline: float, seed: int, out: dict, lock: threading.Lock, attacker: bool = False) -> None:
    rng = random.Random(seed)
    plain, accepts, hostile = requests_mix()
    while time.monotonic() < deadline:
        expect = {200}
        headers = {}
        if attacker:
            kind = rng.choice(hostile + [("foreign-host", None, 403)])
            name, text, code = kind
            expect = {code}
            if name == "foreign-host":
                text = plain[0][1]
                headers["Host"] = f"evil.example:{port}"
            elif name == "cross-join":
                expect = {503}
        else:
            name, text = rng.choice(plain)
            headers["Accept"] = rng.choice(accepts) if "CONSTRUCT" not in text else "text/turtle"
            headers["Prefer"] = "handling=lenient"  # big catalog answers are cut, not refused
        started = time.monotonic()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            if rng.random() < 0.5:
                conn.request("GET", "/sparql?query=" + urllib.parse.quote(text), headers=headers)
            else:
                headers["Content-Type"] = "application/x-www-form-urlencoded"
                conn.request("POST", "/sparql", urllib.parse.urlencode({"query": text}), headers)
            r = conn.getresponse()
            r.read()
            status, limit = r.status, r.getheader("X-TownKG-Limit")
            conn.close()
        except OSError as exc:
            status, limit = f"{type(exc).__name__}", None
        took = time.monotonic() - started
        with lock:
            key = "attacker" if attacker else "clients"
            out[key]["requests"] += 1
            if status in expect:
                if not attacker:
                    out["latencies"].append(took)
            else:
                out[key]["errors"].append((name, status, limit))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph")
    ap.add_argument("--clients", type=int, default=6)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--max-queries", type=int, default=4)
    ap.add_argument("--timeout", type=float, default=10)
    args = ap.parse_args(argv)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", args.graph, "--port", str(port),
                               "--max-queries", str(args.max_queries), "--timeout", str(args.timeout)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        out = {"clients": {"requests": 0, "errors": []}, "attacker": {"requests": 0, "errors": []}, "latencies": []}
        lock = threading.Lock()
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(port, deadline, i, out, lock)) for i in range(args.clients)]
        threads.append(threading.Thread(target=client, args=(port, deadline, 999, out, lock, True)))
        samples = []
        started = time.monotonic()
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            own = rss_kb(server.pid)
            workers = sum(rss_kb(c) for c in children(server.pid))
            samples.append((time.monotonic() - started, own, own + workers))
            time.sleep(1)
        for t in threads:
            t.join()
        wall = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(10)
    lat = sorted(out["latencies"])
    own = [s[1] for s in samples]
    tenth = max(1, len(own) // 10)
    c, a = out["clients"], out["attacker"]
    report = {
        "clients": args.clients, "seconds": round(wall, 1), "requests": c["requests"],
        "requests_per_s": round(c["requests"] / wall, 1), "errors": len(c["errors"]),
        "error_examples": c["errors"][:5], "attacker_requests": a["requests"],
        "attacker_unexpected": len(a["errors"]), "attacker_examples": a["errors"][:5],
        "latency_ms": {"median": round(statistics.median(lat) * 1000, 1) if lat else None,
                       "p95": round(lat[int(len(lat) * .95)] * 1000, 1) if lat else None},
        "server_rss_mb": {"first_10pct_mean": round(sum(own[:tenth]) / tenth / 1024, 1),
                          "last_10pct_mean": round(sum(own[-tenth:]) / tenth / 1024, 1),
                          "max": round(max(own) / 1024, 1),
                          "max_with_workers": round(max(s[2] for s in samples) / 1024, 1)},
    }
    print(json.dumps(report, indent=1))
    return 1 if c["errors"] or a["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
