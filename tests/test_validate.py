import re
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.collection import Collection
from rdflib.namespace import PROV, RDF, RDFS, XSD

from conftest import DATA, ROOT
from kg import validate
from kg.namespaces import SH, TK, TKR

SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "townkg.ttl"
TKS = Namespace("https://w3id.org/townkg/shapes#")


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


# --- the shapes check the published graph on their own -------------------------------------

def _cli(*args):
    p = subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def _plain_pyshacl(graph_file):
    """The third-party command a user runs: no ontology, no inference; returns (conforms, result count)."""
    code, out, err = _cli("-m", "pyshacl", "-s", SHAPES, "-df", "turtle", graph_file)
    assert code in (0, 1), err
    m = re.search(r"Conforms: (True|False)", out)
    n = re.search(r"Results \((\d+)\)", out)
    return m.group(1) == "True", int(n.group(1)) if n else 0


def _kg_validate(graph_file):
    code, out, err = _cli("-m", "kg", "validate", graph_file)
    assert code in (0, 1), err
    n = re.match(r"does not conform: (\d+) violation", out)
    return code == 0, int(n.group(1)) if n else 0


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory):
    """data/ built by the command line, as published."""
    out = tmp_path_factory.mktemp("std") / "graph.ttl"
    code, _, err = _cli("-m", "kg", "build", ROOT / "data", "--output", out)
    assert code == 0, err
    return out


def _observation(g):
    return sorted(g.subjects(RDF.type, TK.Observation))[0]


def _break_area(g):                       # an observation whose area is an honor
    obs = _observation(g)
    g.set((obs, TK.area, next(g.subjects(RDF.type, TK.Honor))))


def _break_settled(g):                    # an enterprise settled in an honor, with its statement
    s, _, o = next(g.triples((None, TK.settledIn, None)))
    honor = next(g.subjects(RDF.type, TK.Honor))
    g.remove((s, TK.settledIn, o))
    g.add((s, TK.settledIn, honor))
    for st in g.subjects(RDF.object, o):
        if (st, RDF.subject, s) in g and (st, RDF.predicate, TK.settledIn) in g:
            g.set((st, RDF.object, honor))


def _break_year(g):                       # the pre-OWL-2-DL year datatype
    obs = next(g.subjects(TK.periodStart, None))
    g.set((obs, TK.periodStart, Literal("2020", datatype=XSD.gYear)))


def _break_partof(g):                     # a town part of a document
    town = next(g.subjects(RDF.type, TK.Town))
    g.set((town, TK.partOf, next(g.subjects(RDF.type, TK.Document))))


def _break_honor_object(g):               # received "honor" that is an enterprise
    s, _, o = next(g.triples((None, TK.receivedHonor, None)))
    ent = next(g.subjects(RDF.type, TK.Enterprise))
    g.add((s, TK.receivedHonor, ent))
    st = TKR["statement/broken"]
    ev = next(g.subjects(RDF.type, TK.Evidence))
    for p, v in ((RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, TK.receivedHonor),
                 (RDF.object, ent), (TK.extractedBy, Literal("test")), (PROV.wasDerivedFrom, ev)):
        g.add((st, p, v))


def test_kg_validate_and_plain_pyshacl_agree_on_a_fresh_build(fresh_build):
    assert _plain_pyshacl(fresh_build) == (True, 0)
    assert _kg_validate(fresh_build) == (True, 0)


@pytest.mark.parametrize("breaker,path", [
    (_break_area, "tk:area"),
    (_break_settled, "tk:settledIn"),
    (_break_year, "tk:periodStart"),
    (_break_partof, "tk:partOf"),
    (_break_honor_object, "tk:receivedHonor"),
])
def test_shapes_still_catch_real_violations_standalone(fresh_build, tmp_path, breaker, path):
    g = Graph().parse(fresh_build)
    breaker(g)
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    plain = _plain_pyshacl(broken)
    assert plain[0] is False and plain[1] >= 1
    assert _kg_validate(broken) == plain
    assert any(v.path == path for v in validate.validate(broken).violations)


def test_area_shape_lists_every_area_class_of_the_ontology():
    """sh:class does not see the ontology's subclass axioms, so the list must follow the ontology."""
    onto = Graph().parse(ONTOLOGY)
    areas = set(onto.transitive_subjects(RDFS.subClassOf, TK.Area))
    shapes = Graph().parse(SHAPES)
    alternatives = Collection(shapes, shapes.value(TKS.AreaValue, SH["or"]))
    listed = {shapes.value(a, SH["class"]) for a in alternatives}
    assert listed == areas


def test_an_ill_typed_literal_logs_no_traceback(tmp_path, caplog):
    """rdflib warns with a traceback on "abc"^^xsd:integer; kg validate keeps it off the user's screen."""
    g = tmp_path / "g.nt"
    g.write_text('<http://e/s> <http://e/p> "abc"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
    assert validate.validate(g).triples == 1
    assert not [r for r in caplog.records if r.exc_info]
