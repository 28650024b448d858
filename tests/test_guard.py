"""What the endpoint lets a query do: updates refused, SERVICE only to allowed hosts."""
import socket
import threading

import pyoxigraph as ox
import pytest

from kg.guard import Refused, check, federate_entry, looks_like_update, service_targets
from kg.store import PREFIX_MAP


@pytest.mark.parametrize("text,targets", [
    ("SELECT * { SERVICE <http://a.example/s> { ?s ?p ?o } }", ["http://a.example/s"]),
    ("select * { ?s ?p ?o.service silent <http://b.example/> {} }", ["http://b.example/"]),
    ('SELECT * { ?s rdfs:label "SERVICE <http://x.example/>" }', []),
    ("SELECT * { ?s ?p ?o } # SERVICE <http://x.example/>", []),
    ("SELECT ?service { ?service ex:SERVICE ?o }", []),
    ("SELECT * { SERVICE ?endpoint {} }", [None]),
    ("SELECT * { SERVICE <relative/> {} }", [None]),
    ("SELECT * { SERVICE <http\\u003A//c.example/> {} }", ["http://c.example/"]),
    # "silent" after SERVICE is the keyword even when a name is glued to it (Oxigraph calls :x here), and it may
    # start a prefixed name: both targets count
    ("PREFIX silent: <http://evil.example/> PREFIX : <http://ok.example/> SELECT * { SERVICE silent:x {} }",
     ["http://ok.example/x", "http://evil.example/x"]),
    ("PREFIX silentex: <http://ok.example/> PREFIX ex: <http://evil.example/> SELECT * { SERVICE silentex:x {} }",
     ["http://evil.example/x", "http://ok.example/x"]),
    # a prefix declared with no space after PREFIX is declared
    ("PREFIX ex: <http://ok.example/> PREFIXex: <http://evil.example/> SELECT * { SERVICE ex:x {} }",
     ["http://evil.example/x"]),
    # escapes in a local name are part of it
    ("PREFIX p: <http://a> SELECT * { SERVICE p:b\\.evil.example {} }", ["http://ab.evil.example"]),
    # an escaped quote or # in a local name opens no string and no comment that could hide a SERVICE
    ("PREFIX ex: <http://e/> SELECT * { ?s ex:a\\' ?o . SERVICE <http://x.example/> {} FILTER(?o != 'x') }",
     ["http://x.example/"]),
    ('PREFIX ex: <http://e/> SELECT * { ?s ex:a\\# ?o . SERVICE <http://x.example/> {} }', ["http://x.example/"]),
    ("PREFIX ex: <http://e/> SELECT * { ?s ex:a\\' ?o . ?s ?p 'SERVICE <http://x.example/>' }", []),
])
def test_service_targets(text, targets):
    assert service_targets(text) == targets


# Queries that make Oxigraph send a request although an earlier scan missed their SERVICE: keywords glued to
# what is around them, a "<" that is a less-than sign before a quote (so the scan opened a "string" Oxigraph
# does not see), an IRI with a \u escape before its # (so the scan saw a "comment").
HIDDEN_SERVICE = [
    "SELECT * { SERVICESILENT <http://127.0.0.1:{p}/> { ?s ?p ?o } }",
    "PREFIX : <http://127.0.0.1:{p}/> SELECT * { SERVICE:x { ?s ?p ?o } }",
    "SELECT * { ?s ?p 1SERVICE <http://127.0.0.1:{p}/> {} }",
    "SELECT * { ?s ?p trueSERVICE <http://127.0.0.1:{p}/> {} }",
    "SELECT * { ?s ?p ?o FILTER(?o<'x>') SERVICE <http://127.0.0.1:{p}/> {} FILTER('a' != 'b') }",
    "SELECT (?o<'x>' AS ?z) { ?s ?p ?o SERVICE <http://127.0.0.1:{p}/> {} FILTER('a' != 'b') }",
    # an IRI with a quote (read as an IRI) and a less-than before a quote in one query
    "SELECT * { ?s ?p ?o. ?s <http://a/'> ?o FILTER(?o<'x>') SERVICE <http://127.0.0.1:{p}/> {} FILTER('a'!='b') }",
    "SELECT * { ?s <http://a/\\u0041#x> ?o . SERVICE <http://127.0.0.1:{p}/> {} }",
    'SELECT * { ?s ?p ?o FILTER(?o<3)#x> """ \n SERVICE <http://127.0.0.1:{p}/> {} \n # """ \n }',
]


@pytest.fixture
def oxigraph_store():
    db = ox.Store()
    for o in (ox.Literal("x"), ox.Literal(1), ox.Literal(True)):
        db.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), o))
    return db


@pytest.mark.parametrize("template", HIDDEN_SERVICE)
def test_a_service_oxigraph_runs_is_refused(template, oxigraph_store):
    """Each query does reach a loopback listener when Oxigraph runs it (so the row is real), and is refused."""
    lst = socket.socket()
    lst.bind(("127.0.0.1", 0))
    lst.listen(4)
    lst.settimeout(10)
    try:
        q = template.replace("{p}", str(lst.getsockname()[1]))
        with pytest.raises(Refused, match="SERVICE"):
            check(q)
        threading.Thread(target=lambda: _drain(oxigraph_store, q), daemon=True).start()
        conn, _ = lst.accept()  # Oxigraph connected: the SERVICE is real
        conn.close()
    finally:
        lst.close()


def _drain(db, q):
    try:
        list(db.query(q, prefixes=PREFIX_MAP))
    except (OSError, SyntaxError, RuntimeError):
        pass


@pytest.mark.parametrize("text", [
    "SELECT ?service { ?service ex:SERVICE ?o }",
    "PREFIX ex: <http://e/> SELECT * { ?s ex:services ?o ; ex:p _:service }",
    'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT * { ?s ?p "service" FILTER(?o < 3) }',
    "SELECT * { ?s ?p ?o FILTER(?o < 'service>') }",
])
def test_queries_without_service_pass(text):
    check(text)


def test_the_scan_is_linear_enough():
    """A 1 MB body of less-than signs, quotes and IRIs is scanned in well under a second."""
    import time
    q = "SELECT * { " + "?o<'x>' <http://a/'#> " * 40000 + "}"
    t = time.monotonic()
    service_targets(q)
    assert time.monotonic() - t < 5


def test_service_is_off_by_default_and_on_for_named_hosts():
    q = "SELECT * { SERVICE <http://data.example/sparql> { ?s ?p ?o } }"
    with pytest.raises(Refused, match="federated query"):
        check(q)
    check(q, federate=("data.example",))
    with pytest.raises(Refused, match="not allowed"):
        check(q.replace("data.example", "127.0.0.1:8080"), federate=("data.example",))
    with pytest.raises(Refused):
        check("SELECT * { SERVICE ?x {} }", federate=("data.example",))


@pytest.mark.parametrize("text,update", [
    ("INSERT DATA { <a:a> <a:b> <a:c> }", True),
    ("# comment\nPREFIX x: <urn:x>\nBASE <urn:b>\n delete where { ?s ?p ?o }", True),
    ("  LOAD <http://x.example/data.ttl>", True),
    ("SELECT * { ?s ?p 'INSERT' }", False),
    ("PREFIX insert: <urn:x> SELECT * { ?s insert:p ?o }", False),
])
def test_updates(text, update):
    assert looks_like_update(text) == update


@pytest.mark.parametrize("target, federate, allowed", [
    # a host alone allows its every port (documented: kg serve --help, README)
    ("http://data.example/sparql", ("data.example",), True),
    ("http://data.example:3030/ds", ("data.example",), True),
    ("http://DATA.example./ds", ("data.example",), True),
    # host:port allows that port only; a target without a port is on its scheme's (80, 443)
    ("http://127.0.0.1:7879/sparql", ("127.0.0.1:7879",), True),
    ("http://127.0.0.1:7880/sparql", ("127.0.0.1:7879",), False),
    ("http://127.0.0.1/sparql", ("127.0.0.1:7879",), False),
    ("http://127.0.0.1/sparql", ("127.0.0.1:80",), True),
    ("https://data.example/sparql", ("data.example:443",), True),
    ("https://data.example/sparql", ("data.example:80",), False),
    ("http://data.example:3030/ds", ("other.example:3030", "data.example:3030"), True),
    ("http://other.example:3030/ds", ("data.example:3030",), False),
    # IPv6, in brackets or not, in any spelling
    ("http://[::1]:7879/", ("[::1]:7879",), True),
    ("http://[0:0::1]:7879/", ("[::1]:7879",), True),
    ("http://[::1]:7878/", ("[::1]:7879",), False),
    ("http://[::1]:7878/", ("::1",), True),
    # a port that is no port is never called
    ("http://127.0.0.1:99999/", ("127.0.0.1",), False),
    ("http://127.0.0.1:x/", ("127.0.0.1",), False),
])
def test_federation_matches_host_and_port(target, federate, allowed):
    q = f"SELECT * {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
    if allowed:
        check(q, federate=federate)
    else:
        with pytest.raises(Refused, match="not allowed"):
            check(q, federate=federate)


@pytest.mark.parametrize("value, entry", [
    ("data.example", ("data.example", None)), ("data.example:3030", ("data.example", 3030)),
    ("127.0.0.1:7879", ("127.0.0.1", 7879)), ("[::1]:8080", ("::1", 8080)), ("[::1]", ("::1", None)),
    ("::1", ("::1", None)),
    # values no target can ever match (the CLI refuses them: E090)
    ("http://data.example/sparql", None), ("data.example/sparql", None), ("data.example:0", None),
    ("data.example:65536", None), ("ab:cd", None), ("[data.example]:80", None), ("", None),
])
def test_federate_entries(value, entry):
    assert federate_entry(value) == entry
