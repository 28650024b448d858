"""What the endpoint lets a query do: updates refused, SERVICE only to allowed hosts."""
import pytest

from kg.guard import Refused, check, looks_like_update, service_targets


@pytest.mark.parametrize("text,targets", [
    ("SELECT * { SERVICE <http://a.example/s> { ?s ?p ?o } }", ["http://a.example/s"]),
    ("select * { ?s ?p ?o.service silent <http://b.example/> {} }", ["http://b.example/"]),
    ('SELECT * { ?s rdfs:label "SERVICE <http://x.example/>" }', []),
    ("SELECT * { ?s ?p ?o } # SERVICE <http://x.example/>", []),
    ("SELECT ?service { ?service ex:SERVICE ?o }", []),
    ("SELECT * { SERVICE ?endpoint {} }", [None]),
    ("SELECT * { SERVICE <relative/> {} }", [None]),
    ("SELECT * { SERVICE <http\\u003A//c.example/> {} }", ["http://c.example/"]),
    # a prefix called "silent" is not the SILENT keyword
    ("PREFIX silent: <http://evil.example/> PREFIX : <http://ok.example/> SELECT * { SERVICE silent:x {} }",
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
