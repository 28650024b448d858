"""The endpoint tested as an attacker would: only against 127.0.0.1, with bounded loops.

A server over the seeds (named graphs per document) with small limits: 3 s,
50 rows, 300 MB of memory per query, 2 queries at once, 2 s idle timeout,
CORS for one origin. A loopback listener stands in for any other service on
the machine: nothing a query does may reach it.
"""
from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import serve_process

ALLOWED_ORIGIN = "http://allowed.example"


@pytest.fixture(scope="module")
def seeds_trig(tmp_path_factory, seeds_build):
    return seeds_build.write(tmp_path_factory.mktemp("trig") / "seeds.trig")


@pytest.fixture(scope="module")
def server(seeds_trig):
    with serve_process(seeds_trig, "--timeout", "3", "--max-rows", "50", "--max-memory", "300", "--max-queries", "2",
                       "--idle-timeout", "2", "--cors", ALLOWED_ORIGIN) as port:
        yield port


class Listener:
    """A TCP listener on a loopback port that records every connection made to it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.running = False
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


def request(port, method, path, body=None, headers=None, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read().decode("utf-8", "replace")
    finally:
        conn.close()


def sparql_get(port, query, headers=None):
    return request(port, "GET", "/sparql?query=" + urllib.parse.quote(query), headers=headers)


SERVICE_VARIANTS = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{p}/admin/delete?all=1> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:{p}/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o.SERVICE<http://127.0.0.1:{p}/>{?a ?b ?c} }",
    "PREFIX x: <http://127.0.0.1:{p}/> SELECT * WHERE { SERVICE x:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://localhost:{p}/> { ?s ?p ?o } } } }",
    "SELECT * WHERE { ?s ?p \"#\" . SERVICE <http://127.0.0.1:{p}/> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(\"x\" AS ?v) SERVICE ?v { ?s ?p ?o } }",
    "ASK { SERVICE <http://[::1]:{p}/> { ?s ?p ?o } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:{p}/> { ?s ?p ?o } }",
    # keywords glued to their neighbours, a less-than sign before a quote, a \u escape before an IRI's #
    "SELECT * WHERE { ?s ?p ?o SERVICESILENT <http://127.0.0.1:{p}/> { ?a ?b ?c } }",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o<'x>') SERVICE <http://127.0.0.1:{p}/> {} FILTER('a' != 'b') }",
    "SELECT * WHERE { ?s <http://a/\\u0041#x> ?o . SERVICE <http://127.0.0.1:{p}/> {} }",
]


@pytest.mark.parametrize("template", SERVICE_VARIANTS)
def test_service_is_not_fetched(server, listener, template):
    q = template.replace("{p}", str(listener.port))
    status, _, body = sparql_get(server, q)
    assert status == 403 and "SERVICE" in body
    form = urllib.parse.urlencode({"query": q})
    assert request(server, "POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert request(server, "POST", "/sparql", q.encode(), {"Content-Type": "application/sparql-query"})[0] == 403
    time.sleep(0.3)
    assert listener.connections == 0


def test_federation_to_host_and_port_calls_that_port_only(seeds_trig, listener):
    """--federate 127.0.0.1:PORT: a SERVICE call to PORT reaches it; to another port of the host it is refused."""
    other = Listener()
    try:
        with serve_process(seeds_trig, "--timeout", "3", "--federate", f"127.0.0.1:{listener.port}") as port:
            status, _, body = sparql_get(port, f"ASK {{ SERVICE <http://127.0.0.1:{other.port}/> {{ ?s ?p ?o }} }}")
            assert status == 403 and "not allowed" in body
            sparql_get(port, f"ASK {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}")
            for _ in range(20):  # the allowed call reaches its port within a moment
                if listener.connections:
                    break
                time.sleep(0.1)
        assert listener.connections >= 1 and other.connections == 0
    finally:
        other.close()


def test_the_word_service_in_a_string_is_not_a_service_call(server):
    status, _, _ = sparql_get(server, 'SELECT * WHERE { ?s ?p "customer SERVICE <http://127.0.0.1:1/>" } LIMIT 1')
    assert status == 200


def test_no_cors_grant_to_other_origins(server):
    for method in ("GET", "OPTIONS"):
        status, headers, _ = request(server, method, "/sparql?query=ASK%7B%7D",
                                     headers={"Origin": "http://evil.example",
                                              "Access-Control-Request-Method": "POST"})
        assert status in (200, 204)
        assert not [h for h in headers if h.startswith("access-control-allow")]


def test_cors_only_for_the_named_origin(server):
    _, headers, _ = request(server, "GET", "/sparql?query=ASK%7B%7D", headers={"Origin": ALLOWED_ORIGIN})
    assert headers["access-control-allow-origin"] == ALLOWED_ORIGIN and "origin" in headers["vary"].lower()
    status, headers, _ = request(server, "OPTIONS", "/sparql", headers={
        "Origin": ALLOWED_ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204 and "POST" in headers["access-control-allow-methods"]
    assert "content-type" in headers["access-control-allow-headers"].lower()


@pytest.mark.parametrize("host,ok", [
    ("evil.example", False), ("evil.example:{port}", False), ("127.0.0.1.nip.io:{port}", False),
    ("localhost:{port}", True), ("127.0.0.1:{port}", True), ("[::1]:{port}", True), ("LOCALHOST", True),
    ("[::1]evil.example", False), ("[::1].evil.example:{port}", False),
])
def test_foreign_host_names_are_refused(server, host, ok):
    for path in ("/", "/sparql?query=ASK%7B%7D", "/catalog.json"):
        status, _, body = request(server, "GET", path, headers={"Host": host.replace("{port}", str(server))})
        assert (status == 200) == ok, (path, status, body)
        if not ok:
            assert status == 403 and "DNS-rebinding" in body


@pytest.mark.parametrize("name,request_bytes,status", [
    # HTTP/1.1 requires Host (RFC 9112): without it, 400, whatever is asked
    ("1.1 page, no Host", b"GET / HTTP/1.1\r\n\r\n", 400),
    ("1.1 query, no Host", b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n\r\n", 400),
    ("1.1 POST, no Host", b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n"
                          b"Content-Length: 5\r\n\r\nASK{}", 400),
    ("1.1 empty Host", b"GET / HTTP/1.1\r\nHost:\r\n\r\n", 403),
    # HTTP/1.0 came before Host: served without it (no browser sends such a request), refused with a foreign one
    ("1.0 page, no Host", b"GET / HTTP/1.0\r\n\r\n", 200),
    ("1.0 query, no Host", b"GET /sparql?query=ASK%7B%7D HTTP/1.0\r\n\r\n", 200),
    ("1.0 foreign Host", b"GET / HTTP/1.0\r\nHost: evil.example\r\n\r\n", 403),
    # HTTP/0.9 has no headers at all (and its answer no head): refused at once, answered with a head
    ("0.9 page", b"GET /\r\n", 505),
    ("0.9 query", b"GET /sparql?query=ASK%7B%7D\r\n", 505),
])
def test_a_request_without_host_is_served_only_as_http_1_0(server, name, request_bytes, status):
    with socket.create_connection(("127.0.0.1", server), timeout=10) as s:
        s.sendall(request_bytes)
        reply = b""
        while chunk := s.recv(65536):  # every one of these answers closes the connection
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.split(b"\r\n")[0].split()[1] == str(status).encode(), reply[:200]
    assert b"X-Content-Type-Options: nosniff" in head
    if status == 400:
        assert b"must carry a Host header" in body and body.count(b"\n") == 1
    if status == 505:
        assert b"HTTP/0.9 is not supported" in body and body.count(b"\n") == 1
    if status == 200 and b"sparql" in request_bytes:
        assert json.loads(body)["boolean"] is True


@pytest.fixture(scope="module")
def roomy_server(seeds_trig):
    """A server whose time limit is far away, so that the memory cap is what stops a hungry query."""
    with serve_process(seeds_trig, "--timeout", "60", "--max-memory", "1000") as port:
        yield port


def test_a_memory_hungry_query_is_stopped_and_others_are_served(roomy_server):
    hungry = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    cheap = "SELECT (COUNT(*) AS ?n) WHERE { ?t a tk:Town }"
    with ThreadPoolExecutor(2) as pool:
        slow = pool.submit(sparql_get, roomy_server, hungry)
        time.sleep(0.3)
        status, _, body = sparql_get(roomy_server, cheap)
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
        assert not slow.done()  # answered while the hungry query was still growing
        status, headers, body = slow.result()
    assert status == 503 and headers["x-townkg-limit"] == "memory" and "memory limit of 1000 MB" in body


def test_concurrent_queries_are_bounded(server):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with ThreadPoolExecutor(3) as pool:
        futures = [pool.submit(sparql_get, server, slow) for _ in range(2)]
        time.sleep(0.3)
        status, headers, body = sparql_get(server, "ASK { ?s ?p ?o }")
        results = [f.result() for f in futures]
    assert status == 503 and headers["x-townkg-limit"] == "queries" and "limit is 2" in body
    assert headers["retry-after"]
    assert all(r[0] == 503 and r[1]["x-townkg-limit"] in ("time", "memory") for r in results)
    assert sparql_get(server, "ASK { ?s ?p ?o }")[0] == 200  # the slots are free again


def test_request_body_is_capped(server):
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=10)
    conn.putrequest("POST", "/sparql")
    conn.putheader("Content-Type", "application/sparql-query")
    conn.putheader("Content-Length", str(10 << 20))
    conn.endheaders()  # the body is never sent: the server answers from the headers
    r = conn.getresponse()
    assert r.status == 413 and "limit" in r.read().decode()
    conn.close()


@pytest.mark.parametrize("length,status", [("abc", 400), ("-5", 400), ("1e3", 400), (None, 411)])
def test_bad_content_length(server, length, status):
    with socket.create_connection(("127.0.0.1", server), timeout=10) as s:
        head = "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        if length is not None:
            head += f"Content-Length: {length}\r\n"
        s.sendall((head + "\r\nASK {}").encode())
        reply = s.recv(4096).decode()
    assert reply.startswith(f"HTTP/1.0 {status}") or reply.startswith(f"HTTP/1.1 {status}"), reply


def test_idle_connections_are_closed(server):
    with socket.create_connection(("127.0.0.1", server), timeout=10) as s:
        started = time.monotonic()
        s.sendall(b"GET /sparql?query=ASK")  # a request line that never ends
        data = s.recv(4096)
        waited = time.monotonic() - started
    assert waited < 8 and not data.startswith(b"HTTP/1.0 200")


@pytest.mark.parametrize("name,request_bytes,status", [
    ("unknown method", b"TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 501),
    ("bad version", b"GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n", 505),
    ("long URL", b"GET /sparql?query=" + b"A" * 70000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 414),
    ("header flood", b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-A: b\r\n" * 200 + b"\r\n", 431),
    ("header line too long", b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: " + b"b" * 70000 + b"\r\n\r\n", 431),
    ("query not UTF-8", b"GET /sparql?query=ASK%7B%7D%23%ff%fe HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400),
    ("form not UTF-8", b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
                       b"\r\nContent-Length: 21\r\n\r\nquery=ASK%7B%7D%23%ff", 400),
])
def test_malformed_requests_get_one_line_of_text(server, name, request_bytes, status):
    with socket.create_connection(("127.0.0.1", server), timeout=10) as s:
        s.sendall(request_bytes)
        reply = b""
        while chunk := s.recv(65536):
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    if reply.startswith(b"HTTP/"):
        assert head.split(b"\r\n")[0].split()[1] == str(status).encode() and b"text/plain" in head, reply[:200]
    else:  # a request line http.server cannot read is answered as HTTP/0.9: a body and no head
        body = reply
        assert body.startswith(str(status).encode()), body[:200]
    assert body.count(b"\n") == 1 and b"<" not in body, body[:200]
    assert sparql_get(server, "ASK {}")[0] == 200


@pytest.mark.parametrize("path", ["/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
                                  "/..%2f..%2fetc/passwd", "//etc/passwd"])
def test_path_traversal_is_404(server, path):
    status, _, body = request(server, "GET", path)
    assert status == 404 and "root:" not in body


@pytest.mark.parametrize("method,headers,body", [
    ("POST", {"Content-Type": "application/sparql-update"}, b"DROP ALL"),
    ("POST", {"Content-Type": "application/x-www-form-urlencoded"}, b"update=CLEAR+ALL"),
    ("GET", {}, None),
])
def test_updates_are_refused_however_sent(server, method, headers, body):
    path = "/sparql" if method == "POST" else "/sparql?query=" + urllib.parse.quote("# c\nPREFIX a: <urn:a> DELETE WHERE { ?s ?p ?o }")
    assert request(server, method, path, body, headers)[0] == 403
    assert sparql_get(server, "ASK { ?s ?p ?o }")[2].find("true") >= 0


def test_remote_jsonld_context_is_not_fetched(tmp_path, listener):
    doc = tmp_path / "g.jsonld"
    doc.write_text(json.dumps({"@context": f"http://127.0.0.1:{listener.port}/context.jsonld",
                               "@id": "http://example.org/x", "name": "x"}))
    for cmd in (["validate", doc], ["query", "--graph", doc, "-e", "ASK { ?s ?p ?o }"]):
        p = subprocess.run([sys.executable, "-m", "kg", *map(str, cmd)], capture_output=True, text=True)
        assert p.returncode == 2 and "[E020]" in p.stderr and p.stderr.count("\n") == 1
        assert "remote JSON-LD @context" in p.stderr
    time.sleep(0.3)
    assert listener.connections == 0


def test_a_store_is_served_with_the_same_limits(tmp_path):
    from conftest import SEEDS

    store = tmp_path / "store"
    assert subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--store", str(store)],
                          capture_output=True).returncode == 0
    with serve_process("--store", store, "--max-memory", "300", "--timeout", "30") as port:
        status, _, body = sparql_get(port, "SELECT (COUNT(*) AS ?n) WHERE { ?t a tk:Town }")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
        status, headers, _ = sparql_get(port, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f")
        assert status == 503 and headers["x-townkg-limit"] == "memory"


def test_a_dribbling_client_is_cut_off(server):
    # limits of the fixture: idle 2 s, queue 2 s, query 3 s -> a connection lives at most 2*2 + 2 + 3 + 5 = 14 s
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", server), timeout=5) as s:
        s.sendall(b"GET /sparql?query=ASK HTTP/1.0\r\n")
        closed = False
        for _ in range(60):  # one header byte a second, each within the idle timeout
            try:
                s.sendall(b"X")
                time.sleep(1)
            except OSError:
                closed = True
                break
            s.setblocking(False)
            try:
                closed = s.recv(1) == b""
            except BlockingIOError:
                pass
            except OSError:
                closed = True
            s.setblocking(True)
            if closed:
                break
    assert closed and time.monotonic() - started < 30
