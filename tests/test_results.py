"""Answers are written by Oxigraph's own serializers: the bodies are pyoxigraph's, whole or cut at a limit."""
import json

import pyoxigraph as ox
import pytest

from conftest import DATA
from kg import query, results
from kg.endpoint import Request, Settings, execute
from kg.errors import QueryError

SELECT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
ACCEPT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
          "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
          "nt": "application/n-triples", "json-ld": "application/ld+json", "rdfxml": "application/rdf+xml"}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
                 "rdfxml": ox.RdfFormat.RDF_XML}
# every term of terms.ttl, with an unbound column
ALL = ("SELECT ?s ?p ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/none> ?none } } "
       "ORDER BY ?s ?p ?o")
GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
ROWS = "SELECT ?s ?text WHERE { ?s <http://example.org/text> ?text } ORDER BY ?s"


@pytest.fixture(scope="module")
def terms():
    db = ox.Store()
    db.load(path=str(DATA / "terms.ttl"), format=ox.RdfFormat.TURTLE)
    return db


@pytest.fixture(scope="module")
def many():
    """200 rows whose text grows with the row number (so a byte limit falls mid-answer)."""
    db = ox.Store()
    db.extend(ox.Quad(ox.NamedNode(f"http://example.org/r{i:03d}"), ox.NamedNode("http://example.org/text"),
                      ox.Literal("镇" * (i % 17) + f" row {i}")) for i in range(200))
    return db


def pyoxigraph_writes(db, text, fmt):
    """What pyoxigraph itself writes for a query's answer in a format."""
    if fmt in SELECT_FORMATS:
        return db.query(text).serialize(format=SELECT_FORMATS[fmt])
    prefixes = {"prefixes": results.st.PREFIX_MAP} if fmt != "nt" else {}
    return ox.serialize(db.query(text), format=GRAPH_FORMATS[fmt], **prefixes)


@pytest.mark.parametrize("fmt", list(SELECT_FORMATS))
def test_select_bodies_are_what_pyoxigraph_writes(terms, fmt):
    expected = pyoxigraph_writes(terms, ALL, fmt)
    assert results.take(terms.query(ALL)).write(fmt).body == expected
    endpoint = execute(terms, Request(ALL, ACCEPT[fmt]), Settings())
    assert endpoint.status == 200 and endpoint.body == expected and endpoint.cut is None
    # kg query writes the same text (with a final newline where Oxigraph writes none)
    assert query.format_result(query.answer(terms.query(ALL)), fmt).rstrip("\n") == expected.decode().rstrip("\n")


@pytest.mark.parametrize("fmt", list(SELECT_FORMATS))
@pytest.mark.parametrize("ask", ["ASK { ?s ?p 1 }", "ASK { ?s ?p 2 }"])
def test_ask_bodies_are_what_pyoxigraph_writes(terms, fmt, ask):
    endpoint = execute(terms, Request(ask, ACCEPT[fmt]), Settings())
    assert endpoint.status == 200 and endpoint.body == pyoxigraph_writes(terms, ask, fmt)


@pytest.mark.parametrize("fmt", list(GRAPH_FORMATS))
def test_graph_bodies_are_what_pyoxigraph_writes(terms, fmt):
    endpoint = execute(terms, Request(GRAPH, ACCEPT[fmt]), Settings())
    assert endpoint.status == 200 and endpoint.body == pyoxigraph_writes(terms, GRAPH, fmt)


def test_the_terminal_and_python_values_come_from_the_same_answer(terms):
    answer = query.answer(terms.query(ALL))
    assert len(answer) == len(answer.rows) == 15 and answer.variables == ["s", "p", "o", "none"]
    table = query.format_result(answer)
    assert "大场镇" in table and table.rstrip().endswith("(15 rows)")
    graph = query.answer(terms.query(GRAPH))
    assert graph.type == "CONSTRUCT" and len(graph.triples) == len(graph.graph) == 15


@pytest.mark.parametrize("fmt", list(SELECT_FORMATS))
def test_a_row_cut_is_pyoxigraph_writing_the_first_rows(many, fmt):
    answer = results.take(many.query(ROWS), max_rows=30)
    assert answer.cut == "rows" and len(answer) == 30
    assert answer.write(fmt).body == pyoxigraph_writes(many, ROWS + " LIMIT 30", fmt)


def test_an_answer_at_the_row_limit_is_not_cut(many):
    assert results.take(many.query(ROWS), max_rows=200).cut is None
    assert results.take(many.query(GRAPH), max_rows=199).cut == "rows"


@pytest.mark.parametrize("fmt", list(SELECT_FORMATS) + list(GRAPH_FORMATS))
def test_a_byte_cut_is_the_most_rows_that_fit(many, fmt):
    text = ROWS if fmt in SELECT_FORMATS else GRAPH
    whole = pyoxigraph_writes(many, text, fmt)
    limit = len(whole) // 3
    settings = Settings(max_bytes=limit)
    refused = execute(many, Request(text, ACCEPT[fmt]), settings)
    assert refused.status == 503 and refused.limit == "bytes"
    assert f"larger than {limit} bytes (the byte limit)" in refused.body.decode()
    cut = execute(many, Request(text, ACCEPT[fmt], lenient=True), settings)
    assert cut.status == 200 and cut.cut == "bytes" and 0 < len(cut.body) <= limit
    written = results.take(many.query(text)).write(fmt, limit, fit=True)
    assert written.body == cut.body and written.cut == "bytes"
    if fmt in SELECT_FORMATS:  # exactly pyoxigraph's body for the first rows, and one row more would not fit
        assert cut.body == pyoxigraph_writes(many, f"{ROWS} LIMIT {written.rows}", fmt)
        assert len(pyoxigraph_writes(many, f"{ROWS} LIMIT {written.rows + 1}", fmt)) > limit


@pytest.mark.parametrize("lenient", [False, True])
def test_the_row_limit_is_named(many, lenient):
    answer = execute(many, Request(ROWS, lenient=lenient), Settings(max_rows=20))
    if lenient:
        assert answer.status == 200 and answer.cut == "rows"
        assert len(json.loads(answer.body)["results"]["bindings"]) == 20
    else:
        assert answer.status == 503 and answer.limit == "rows" and b"more than 20 rows (the row limit)" in answer.body


def test_the_engine_stops_at_the_staging_budget(many):
    # the copy taken from the engine stops past STAGE_FACTOR x the byte limit: cut at "bytes", whole rows only
    answer = results.take(many.query(ROWS), max_bytes=100)
    assert answer.cut == "bytes" and 0 < len(answer) < 200
    staged = pyoxigraph_writes(many, f"{ROWS} LIMIT {len(answer)}", "tsv")
    assert len(staged) <= results.STAGE_FACTOR * 100 < len(pyoxigraph_writes(many, f"{ROWS} LIMIT {len(answer) + 1}", "tsv"))
    assert answer.write("tsv").body == staged


def test_an_error_while_the_query_runs_is_a_query_error(terms):
    # Oxigraph refuses this port itself: nothing is sent anywhere
    failing = terms.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="while running"):
        results.take(failing)
