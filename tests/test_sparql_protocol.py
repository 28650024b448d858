"""SPARQL 1.1 Protocol, query side: our own cases written from the W3C specification.

They follow the query tests of the W3C protocol test suite (query_get,
query_post_form, query_post_direct, query_dataset_*, query_multiple_dataset,
query_content_type_*, bad_query_*, bad_multiple_queries, bad_query_method)
plus what clients rely on: the service description, a base IRI for relative
IRIs, OPTIONS, ``/sparql/``, CONSTRUCT as RDF/XML for rdflib's SPARQLStore,
and a row cut a standard client cannot miss. The data are the seeds, one named
graph per document; "remote" graphs of the W3C suite become graphs of the store
(the endpoint fetches nothing).
"""
from __future__ import annotations

import csv
import http.client
import io
import json
import urllib.parse

import pytest
from rdflib import Graph, URIRef

from conftest import serve_process

TAOPU_G = "https://w3id.org/townkg/id/graph/seeds%2F000_73a7b43cf10d3955"
DACHANG_G = "https://w3id.org/townkg/id/graph/seeds%2F003_37ee69dabd17ee5a"
TOWNS = "SELECT ?t WHERE { ?x a tk:Town ; rdfs:label ?t } ORDER BY ?t"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DOCS = "SELECT ?d WHERE { ?d a tk:Document }"


@pytest.fixture(scope="module")
def ep(tmp_path_factory, seeds_build):
    trig = seeds_build.write(tmp_path_factory.mktemp("proto") / "seeds.trig")
    with serve_process(trig, "--timeout", "5", "--max-rows", "200") as port:
        yield port


def call(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def get(port, params, accept=None):
    return call(port, "GET", "/sparql?" + urllib.parse.urlencode(params, doseq=True),
                headers={"Accept": accept} if accept else {})


def form(port, params, accept=None):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return call(port, "POST", "/sparql", urllib.parse.urlencode(params, doseq=True), headers)


def values(body: bytes, var: str) -> list[str]:
    return [b[var]["value"] for b in json.loads(body)["results"]["bindings"]]


def count(body: bytes) -> int:
    return int(values(body, "n")[0])


# --- query operation: the three ways to send a query

def test_query_get(ep):
    status, headers, body = get(ep, {"query": TOWNS})
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+json")
    assert values(body, "t") == ["大场镇", "桃浦镇"]


def test_query_post_form(ep):
    status, _, body = form(ep, {"query": TOWNS})
    assert status == 200 and values(body, "t") == ["大场镇", "桃浦镇"]


def test_query_post_direct(ep):
    status, _, body = call(ep, "POST", "/sparql", TOWNS.encode(),
                           {"Content-Type": "application/sparql-query; charset=UTF-8"})
    assert status == 200 and values(body, "t") == ["大场镇", "桃浦镇"]


# --- the RDF dataset: protocol parameters and the query's own FROM

def test_query_dataset_default_graph(ep):
    whole = count(get(ep, {"query": COUNT})[2])
    one = count(get(ep, {"query": COUNT, "default-graph-uri": TAOPU_G})[2])
    other = count(get(ep, {"query": COUNT, "default-graph-uri": DACHANG_G})[2])
    assert 0 < one < whole and 0 < other < whole
    assert values(get(ep, {"query": DOCS, "default-graph-uri": TAOPU_G})[2], "d") == \
        ["https://w3id.org/townkg/id/doc/seeds%2F000_73a7b43cf10d3955"]


def test_query_dataset_default_graphs_get_and_post(ep):
    both = {"query": COUNT, "default-graph-uri": [TAOPU_G, DACHANG_G]}
    n_get, n_post = count(get(ep, both)[2]), count(form(ep, both)[2])
    single = count(get(ep, {"query": COUNT, "default-graph-uri": TAOPU_G})[2])
    assert n_get == n_post and n_get > single


def test_query_dataset_named_graphs(ep):
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    for send in (get, form):
        status, _, body = send(ep, {"query": q, "named-graph-uri": TAOPU_G})
        assert status == 200 and values(body, "g") == [TAOPU_G]
    # only named graphs given: the default graph is empty
    assert count(get(ep, {"query": COUNT, "named-graph-uri": TAOPU_G})[2]) == 0


def test_query_dataset_full(ep):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?d a tk:Document . GRAPH ?g { ?e a tk:Document } }"
    status, _, body = get(ep, {"query": q, "default-graph-uri": TAOPU_G, "named-graph-uri": DACHANG_G})
    assert status == 200 and count(body) == 1


def test_query_from_is_honoured(ep):
    q = f"SELECT ?d FROM <{DACHANG_G}> WHERE {{ ?d a tk:Document }}"
    assert values(get(ep, {"query": q})[2], "d") == ["https://w3id.org/townkg/id/doc/seeds%2F003_37ee69dabd17ee5a"]


def test_query_multiple_dataset_protocol_overrides_from(ep):
    q = f"SELECT ?d FROM <{DACHANG_G}> WHERE {{ ?d a tk:Document }}"
    body = get(ep, {"query": q, "default-graph-uri": TAOPU_G})[2]
    assert values(body, "d") == ["https://w3id.org/townkg/id/doc/seeds%2F000_73a7b43cf10d3955"]


def test_rdflib_sparqlstore_scoped_to_one_graph(ep):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(f"http://127.0.0.1:{ep}/sparql", returnFormat="json")
    whole = count(get(ep, {"query": COUNT})[2])
    one = count(get(ep, {"query": COUNT, "default-graph-uri": TAOPU_G})[2])
    g = Graph(store, identifier=URIRef(TAOPU_G))
    assert len(g) == one < whole


# --- result formats by content negotiation

@pytest.mark.parametrize("accept,ctype,check", [
    ("application/sparql-results+json", "application/sparql-results+json", lambda b: "大场镇" in b),
    ("application/sparql-results+xml", "application/sparql-results+xml", lambda b: "<literal xml:lang=\"zh\">大场镇" in b),
    ("text/csv", "text/csv", lambda b: list(csv.reader(io.StringIO(b)))[1:] == [["大场镇"], ["桃浦镇"]]),
    ("text/tab-separated-values", "text/tab-separated-values", lambda b: b.splitlines()[1] == '"大场镇"@zh'),
])
def test_query_content_type_select(ep, accept, ctype, check):
    status, headers, body = get(ep, {"query": TOWNS}, accept)
    assert status == 200 and headers["content-type"].startswith(ctype) and check(body.decode())


@pytest.mark.parametrize("accept,check", [
    ("application/sparql-results+json", lambda b: json.loads(b) == {"head": {}, "boolean": True}),
    ("application/sparql-results+xml", lambda b: "<boolean>true</boolean>" in b)])
def test_query_content_type_ask(ep, accept, check):
    status, headers, body = get(ep, {"query": "ASK { ?t a tk:Town }"}, accept)
    assert status == 200 and headers["content-type"].startswith(accept) and check(body.decode())


CONSTRUCT = "CONSTRUCT { ?x rdfs:label ?t } WHERE { ?x a tk:Town ; rdfs:label ?t }"


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_query_content_type_construct(ep, accept, fmt):
    status, headers, body = get(ep, {"query": CONSTRUCT}, accept)
    assert status == 200 and headers["content-type"].startswith(accept)
    g = Graph().parse(data=body.decode(), format=fmt)
    assert {str(o) for o in g.objects()} == {"大场镇", "桃浦镇"}


def test_query_content_type_describe(ep):
    status, headers, body = get(ep, {"query": "DESCRIBE ?x WHERE { ?x a tk:Town ; rdfs:label \"桃浦镇\"@zh }"},
                                "text/turtle")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert len(Graph().parse(data=body.decode(), format="turtle")) > 3


def test_rdflib_sparqlstore_construct(ep):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(SPARQLStore(f"http://127.0.0.1:{ep}/sparql"))
    result = g.query(CONSTRUCT)  # rdflib asks for RDF/XML first
    assert {str(o) for _, _, o in result} == {"大场镇", "桃浦镇"}


def test_not_acceptable(ep):
    assert get(ep, {"query": TOWNS}, "image/png")[0] == 406


# --- requests the protocol says must fail

@pytest.mark.parametrize("params", [{"query": [TOWNS, TOWNS]}, {"query": [TOWNS, "ASK {}"]}])
def test_bad_multiple_queries(ep, params):
    assert get(ep, params)[0] == 400
    assert form(ep, params)[0] == 400


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_bad_query_method(ep, method):
    status, headers, _ = call(ep, method, "/sparql?query=" + urllib.parse.quote(TOWNS))
    assert 400 <= status < 500 and "POST" in headers.get("allow", "")


@pytest.mark.parametrize("headers", [
    {"Content-Type": "text/plain"},                                       # bad_query_wrong_media_type
    {},                                                                   # bad_query_missing_form_type
    {"Content-Type": "application/sparql-query; charset=ISO-8859-1"},     # bad_query_non_utf8
])
def test_bad_post_media_types(ep, headers):
    status, _, _ = call(ep, "POST", "/sparql", TOWNS.encode(), headers)
    assert 400 <= status < 500


def test_bad_query_syntax(ep):
    status, headers, body = get(ep, {"query": "SELECT * WHERE { ?s ?p }"})
    assert status == 400 and "query failed" in body.decode()


def test_query_in_body_and_url_is_refused(ep):
    status, _, _ = call(ep, "POST", "/sparql?query=" + urllib.parse.quote(TOWNS), TOWNS.encode(),
                        {"Content-Type": "application/sparql-query"})
    assert status == 400


def test_missing_query_parameter(ep):
    assert get(ep, {"default-graph-uri": TAOPU_G})[0] == 400
    assert form(ep, {"default-graph-uri": TAOPU_G})[0] == 400


# --- what clients rely on beyond the test suite

def test_relative_iris_resolve_against_the_endpoint(ep):
    status, _, body = get(ep, {"query": "SELECT (<x> AS ?i) (IRI(\"y\") AS ?j) WHERE {}"})
    assert status == 200
    row = json.loads(body)["results"]["bindings"][0]
    assert row["i"]["value"] == f"http://127.0.0.1:{ep}/x" and row["j"]["value"] == f"http://127.0.0.1:{ep}/y"


@pytest.mark.parametrize("accept,fmt", [(None, "turtle"), ("application/rdf+xml", "xml"),
                                        ("application/ld+json", "json-ld")])
def test_service_description(ep, accept, fmt):
    status, headers, body = call(ep, "GET", "/sparql", headers={"Accept": accept} if accept else {})
    assert status == 200
    g = Graph().parse(data=body.decode(), format=fmt)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    rows = list(g.query(f"SELECT ?e WHERE {{ ?s a <{sd}Service> ; <{sd}endpoint> ?e ; "
                        f"<{sd}supportedLanguage> <{sd}SPARQL11Query> }}"))
    assert [str(r[0]) for r in rows] == [f"http://127.0.0.1:{ep}/sparql"]


def test_options(ep):
    status, headers, _ = call(ep, "OPTIONS", "/sparql")
    assert status == 204 and {"GET", "POST"} <= {m.strip() for m in headers["allow"].split(",")}


def test_trailing_slash_alias(ep):
    status, _, body = call(ep, "GET", "/sparql/?query=" + urllib.parse.quote(TOWNS))
    assert status == 200 and values(body, "t") == ["大场镇", "桃浦镇"]


def test_row_cut_is_visible_to_a_standard_client(ep):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(SPARQLStore(f"http://127.0.0.1:{ep}/sparql", returnFormat="json"))
    with pytest.raises(ValueError) as err:  # rdflib raises on the 503: no silent cut
        list(g.query("SELECT * WHERE { ?s ?p ?o }"))
    assert getattr(err.value.__context__, "code", None) == 503
    status, headers, body = get(ep, {"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert status == 503 and headers["x-townkg-limit"] == "rows" and "more than 200 rows" in body.decode()
    assert len(list(g.query("SELECT * WHERE { ?s ?p ?o } LIMIT 200"))) == 200
