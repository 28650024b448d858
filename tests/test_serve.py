"""The SPARQL endpoint, started on a free loopback port, with real HTTP requests."""
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import DATA, serve_process


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory, seeds_graph):
    graph = tmp_path_factory.mktemp("srv") / "seeds.ttl"
    seeds_graph.serialize(graph, format="turtle")
    with serve_process(graph, "--timeout", "2", "--max-rows", "50") as port:
        yield f"http://127.0.0.1:{port}"


def get(url, accept=None):
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def post(url, data: bytes, ctype, accept=None):
    headers = {"Content-Type": ctype}
    if accept:
        headers["Accept"] = accept
    req = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


TOWNS = "SELECT ?t WHERE { ?x a tk:Town ; rdfs:label ?t } ORDER BY ?t"


def test_get_json_by_default(endpoint):
    status, headers, body = get(endpoint + "/sparql?query=" + urllib.parse.quote(TOWNS))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    rows = json.loads(body)["results"]["bindings"]
    assert [r["t"]["value"] for r in rows] == ["大场镇", "桃浦镇"]


@pytest.mark.parametrize("accept,ctype,marker", [
    ("application/sparql-results+xml", "application/sparql-results+xml", "<literal xml:lang=\"zh\">大场镇</literal>"),
    ("text/csv", "text/csv", "t\r\n大场镇\r\n桃浦镇"),
    ("text/tab-separated-values", "text/tab-separated-values", '?t\n"大场镇"@zh'),
])
def test_post_form_with_content_negotiation(endpoint, accept, ctype, marker):
    status, headers, body = post(endpoint + "/sparql", urllib.parse.urlencode({"query": TOWNS}).encode(),
                                 "application/x-www-form-urlencoded", accept)
    assert status == 200 and headers["Content-Type"].startswith(ctype) and marker in body


def test_post_sparql_query_body_and_construct(endpoint):
    q = "CONSTRUCT { ?x rdfs:label ?t } WHERE { ?x a tk:Town ; rdfs:label ?t }"
    status, headers, body = post(endpoint + "/sparql", q.encode(), "application/sparql-query", "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and '"桃浦镇"@zh' in body
    status, headers, body = post(endpoint + "/sparql", q.encode(), "application/sparql-query", "application/ld+json")
    assert status == 200 and "桃浦镇" in json.dumps(json.loads(body), ensure_ascii=False)


def test_updates_are_refused(endpoint):
    upd = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, _, body = post(endpoint + "/sparql", upd.encode(), "application/sparql-update")
    assert status == 403 and "read-only" in body
    status, _, _ = post(endpoint + "/sparql", urllib.parse.urlencode({"update": upd}).encode(),
                        "application/x-www-form-urlencoded")
    assert status == 403
    status, _, _ = get(endpoint + "/sparql?query=" + urllib.parse.quote("PREFIX x: <urn:x> " + upd))
    assert status == 403


def test_time_limit(endpoint):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, _, body = get(endpoint + "/sparql?query=" + urllib.parse.quote(slow))
    assert status == 503 and "time limit of 2 s" in body


def test_row_limit(endpoint):
    url = endpoint + "/sparql?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }")
    status, headers, body = get(url)  # a standard client: refused, saying which limit
    assert status == 503 and headers["X-TownKG-Limit"] == "rows" and "more than 50 rows" in body
    req = urllib.request.Request(url, headers={"Prefer": "handling=lenient"})  # a client that accepts a cut
    with urllib.request.urlopen(req, timeout=20) as r:
        assert r.status == 200 and r.headers["X-TownKG-Truncated"] == "rows"
        assert r.headers["Preference-Applied"] == "handling=lenient"
        assert len(json.loads(r.read())["results"]["bindings"]) == 50


def test_errors(endpoint):
    status, _, body = get(endpoint + "/sparql?query=" + urllib.parse.quote("SELEC oops"))
    assert status == 400 and "the query failed" in body
    assert get(endpoint + "/sparql?default-graph-uri=urn:x")[0] == 400  # (no parameters: the service description)
    assert get(endpoint + "/sparql?query=" + urllib.parse.quote(TOWNS), accept="image/png")[0] == 406
    assert get(endpoint + "/nope")[0] == 404


def test_page_and_catalog(endpoint):
    status, headers, body = get(endpoint + "/")
    assert status == 200 and "text/html" in headers["Content-Type"]
    names = {q["name"] for q in json.loads(get(endpoint + "/catalog.json")[2])}
    assert "towns-sharing-honor" in names
    # the page itself (YASGUI, offline, in Chromium) is tested in test_query_page.py


def test_a_store_folder_given_as_the_graph_is_served_as_a_store(tmp_path):
    from conftest import run_kg
    from kg import serve
    from kg.errors import StoreError

    store = tmp_path / "store"
    assert run_kg("build", DATA / "small.txt", "--store", store)[0] == 0
    assert serve.open_source(str(store), None) == (None, str(store))
    with pytest.raises(StoreError, match="no store at"):
        serve.open_source(str(tmp_path), None)  # a folder that holds no store: a coded error, not a parse failure
    code, _, stderr = run_kg("serve", tmp_path, "--port", "0")
    assert code == 2 and "no store at" in stderr and stderr.count("\n") == 1


def test_the_server_log_says_how_a_worker_died():
    """``kg serve`` logs (to stderr) each worker that died without answering, with what ended it."""
    import io
    import logging

    from kg import endpoint, serve

    stream = io.StringIO()
    serve.log_to(stream)
    try:
        endpoint._death_answer(-9, endpoint.Settings())
        endpoint._death_answer(-6, endpoint.Settings(max_memory=300 << 20))
    finally:
        for handler in list(endpoint.log.handlers):
            endpoint.log.removeHandler(handler)
        endpoint.log.propagate = True
        endpoint.log.setLevel(logging.NOTSET)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2 and all(" kg serve: " in line for line in lines)
    assert "killed by SIGKILL from outside the server" in lines[0]
    assert "stopped at the memory limit of 300 MB" in lines[1]
