"""Running a query within its limits (kg.endpoint): format negotiation, answers, limits, the worker."""
import threading

import pyoxigraph as ox
import pytest

from kg import endpoint, store as st
from kg.endpoint import Request, Settings, execute, negotiate, run_with_limit


@pytest.fixture(scope="module")
def seeds_trig(tmp_path_factory, seeds_build):
    return seeds_build.write(tmp_path_factory.mktemp("trig") / "seeds.trig")


@pytest.fixture(scope="module")
def rows():
    """200 triples: enough for a join that runs far past a short time limit."""
    db = ox.Store()
    db.extend(ox.Quad(ox.NamedNode(f"http://example.org/r{i:03d}"), ox.NamedNode("http://example.org/n"),
                      ox.Literal(i)) for i in range(200))
    return db


NEGOTIATE_CASES = [
    (None, "select", "json"),
    ("text/csv", "select", "csv"),
    ("application/sparql-results+xml;q=0.5, text/tab-separated-values", "select", "tsv"),
    ("text/csv;q=0.2, application/json;q=0.9", "select", "json"),
    ("text/csv;q=0, */*", "select", "json"),
    ("text/csv;q=oops", "select", None),
    ("image/png", "select", None),
    ("text/turtle", "select", None),
    (None, "graph", "turtle"),
    ("application/ld+json", "graph", "json-ld"),
    ("TEXT/PLAIN", "graph", "nt"),
    ("application/rdf+xml;q=0.8, text/*;q=0.1", "graph", "rdfxml"),
    ("text/csv", "graph", None),
]


@pytest.mark.parametrize("accept, kind, fmt", NEGOTIATE_CASES)
def test_negotiate(accept, kind, fmt):
    assert negotiate(accept, kind) == fmt


EXECUTE_CASES = [
    pytest.param("ASK { ?s ?p ?o }", None, 200, "application/sparql-results+json", id="ask"),
    pytest.param("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", "text/csv", 200, "text/csv", id="select as csv"),
    pytest.param("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3", None, 200, "text/turtle", id="construct as turtle"),
    pytest.param("SELECT ?s WHERE { ?s ?p }", None, 400, "text/plain", id="syntax error"),
    pytest.param("SELECT ?s WHERE { ?s ?p ?o }", "text/turtle", 406, "text/plain", id="select as turtle"),
    pytest.param("CONSTRUCT WHERE { ?s ?p ?o }", "text/csv", 406, "text/plain", id="construct as csv"),
]


@pytest.mark.parametrize("text, accept, status, ctype", EXECUTE_CASES)
def test_execute(rows, text, accept, status, ctype):
    answer = execute(rows, Request(text, accept), Settings())
    assert answer.status == status and answer.ctype.startswith(ctype) and answer.cut is None and answer.limit is None


def test_the_answer_byte_limit_cuts_or_refuses(seeds_trig):
    db = st.load_file(seeds_trig)
    small = endpoint.Settings(max_bytes=4000)
    refused = endpoint.execute(db, endpoint.Request("SELECT * WHERE { ?s ?p ?o }"), small)
    assert refused.status == 503 and refused.limit == "bytes" and b"byte limit" in refused.body
    for accept in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv"):
        cut = endpoint.execute(db, endpoint.Request("SELECT * WHERE { ?s ?p ?o }", accept, lenient=True), small)
        assert cut.status == 200 and cut.cut == "bytes" and 0 < len(cut.body) <= 4000
    graph = endpoint.execute(db, endpoint.Request("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle", lenient=True), small)
    assert graph.status == 200 and graph.cut == "bytes" and len(graph.body) <= 4000


def test_a_query_runs_in_a_worker_and_is_killed_at_the_time_limit(rows):
    endpoint.use_store(rows, None)
    try:
        answer = run_with_limit(Request("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv"), Settings())
        assert answer.status == 200 and answer.body.decode().split() == ["n", "200"]
        # 200^4 rows to count: far longer than half a second
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?t ?h }"
        answer = run_with_limit(Request(slow), Settings(timeout=0.5))
        assert answer.status == 503 and answer.limit == "time" and b"time limit of 0.5 s" in answer.body
    finally:
        endpoint.use_store(None, None)


def test_a_query_that_finds_no_free_slot_is_refused():
    slots = threading.BoundedSemaphore(1)
    slots.acquire()  # the one slot is taken: the query is refused before any worker starts
    answer = run_with_limit(Request("ASK {}"), Settings(max_queries=1, queue_wait=0.1), slots)
    assert answer.status == 503 and answer.limit == "queries" and b"the limit is 1" in answer.body


def test_a_worker_stopped_by_the_memory_cap_prints_nothing(rows, capfd, caplog):
    """The engine's own "memory allocation of N bytes failed" stays out of the server's log; the answer says it."""
    endpoint.use_store(rows, None)
    try:
        hungry = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } ORDER BY ?b ?d ?f"
        with caplog.at_level("INFO", logger="kg.serve"):
            answer = run_with_limit(Request(hungry), Settings(timeout=60, max_memory=200 << 20))
        assert answer.status == 503 and answer.limit == "memory"
        assert capfd.readouterr().err == ""
        assert "stopped at the memory limit of 200 MB" in caplog.text  # the server's log says it too
    finally:
        endpoint.use_store(None, None)


def test_a_worker_killed_from_outside_is_not_reported_as_the_memory_limit(rows, caplog):
    """SIGKILL (the OOM killer, a user) is said as such in the answer and the log; the memory cap is SIGABRT."""
    import multiprocessing as mp
    import os
    import signal
    import time

    endpoint.use_store(rows, None)
    try:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?t ?h }"
        before = {p.pid for p in mp.active_children()}
        got = []
        runner = threading.Thread(target=lambda: got.append(run_with_limit(Request(slow), Settings(timeout=30))))
        with caplog.at_level("INFO", logger="kg.serve"):
            runner.start()
            workers = []
            for _ in range(100):  # the worker appears within a moment
                workers = [p for p in mp.active_children() if p.pid not in before]
                if workers:
                    break
                time.sleep(0.05)
            assert len(workers) == 1
            time.sleep(0.2)
            os.kill(workers[0].pid, signal.SIGKILL)
            runner.join(20)
        assert not runner.is_alive()
        answer = got[0]
        assert answer.status == 500 and answer.limit is None
        assert b"killed by SIGKILL from outside the server" in answer.body and b"memory limit" not in answer.body
        assert "killed by SIGKILL from outside the server" in caplog.text and "memory limit" not in caplog.text
    finally:
        endpoint.use_store(None, None)


@pytest.mark.parametrize("exitcode, status, limit, says", [
    (-6, 503, "memory", "memory limit of 200 MB"),            # the cap: the engine aborts on a failed allocation
    (-9, 500, None, "killed by SIGKILL from outside"),
    (-15, 500, None, "killed by SIGTERM, not by this server's limits"),
    (3, 500, None, "exited with status 3 without answering"),
    (None, 500, None, "still running without answering"),
])
def test_a_dead_worker_is_reported_by_how_it_ended(exitcode, status, limit, says, caplog):
    with caplog.at_level("INFO", logger="kg.serve"):
        answer = endpoint._death_answer(exitcode, Settings(max_memory=200 << 20))
    assert answer.status == status and answer.limit == limit and says in answer.body.decode()
    assert says.split(" without")[0].split(", not")[0] in caplog.text
