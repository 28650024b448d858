from rdflib import Graph, Literal
from rdflib.namespace import RDF

from conftest import DATA
from kg import validate
from kg.namespaces import TK, TKR


def test_seeds_graph_conforms(seeds_graph):
    report = validate.validate(seeds_graph)
    assert report.conforms, report.text()


def test_violations_are_reported_readably():
    g = Graph().parse(DATA / "small.ttl")
    obs = next(g.subjects(RDF.type, TK.Observation))
    g.remove((obs, TK.unit, None))                                  # unit missing
    g.add((TKR["area/x"], TK.receivedHonor, TKR["honor/y"]))        # fact without evidence
    report = validate.validate(g)
    assert not report.conforms
    text = report.text()
    assert "does not conform" in text
    assert any(v.path == "tk:unit" for v in report.violations)
    assert any("no rdf:Statement with evidence" in v.message for v in report.violations)
