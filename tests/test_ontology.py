"""The ontology is OWL 2 DL: checked by the OWL API's profile checker and HermiT (shipped in owlready2)."""
import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, XSD

from conftest import ROOT
from kg.namespaces import TK

ONTOLOGY = ROOT / "ontology" / "townkg.ttl"
CHECKER = Path(__file__).parent / "tools" / "OwlDlCheck.java"


def _hermit_jar() -> Path:
    spec = importlib.util.find_spec("owlready2")     # locate the jar without importing owlready2
    assert spec is not None, "owlready2 is a test dependency: pip install -e '.[test]'"
    jar = Path(spec.submodule_search_locations[0]) / "hermit" / "HermiT.jar"
    assert jar.is_file(), jar
    return jar


def owl_dl_problems(path: Path) -> list[str]:
    """Every reason the ontology file is not OWL 2 DL (empty when it is)."""
    java = shutil.which("java")
    if java is None:
        pytest.skip("no Java runtime (apt-get install default-jre-headless) for the OWL API / HermiT check")
    p = subprocess.run([java, "-cp", str(_hermit_jar()), str(CHECKER), str(path)],
                       capture_output=True, text=True, timeout=180)
    assert p.returncode == 0, p.stderr[-2000:]
    lines = p.stdout.splitlines()
    assert any(line.startswith("hermit: ") for line in lines), p.stdout + p.stderr[-2000:]
    return [line for line in lines if line != "hermit: ok"]


def test_the_ontology_is_owl2_dl():
    assert owl_dl_problems(ONTOLOGY) == []


def _with_gyear(g):
    g.set((TK.periodStart, RDFS.range, XSD.gYear))


def _with_undeclared_class(g):
    g.add((TK.Town, RDFS.subClassOf, TK.NotDeclaredAnywhere))


def _with_punned_property(g):
    g.add((TK.value, RDF.type, OWL.ObjectProperty))


@pytest.mark.parametrize("breaker,expect", [
    (_with_gyear, "XMLSchema#gYear"),
    (_with_undeclared_class, "NotDeclaredAnywhere"),
    (_with_punned_property, "ontology#value"),
])
def test_the_check_catches_what_is_not_dl(tmp_path, breaker, expect):
    g = Graph().parse(ONTOLOGY)
    breaker(g)
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    problems = owl_dl_problems(broken)
    assert any(expect in p for p in problems), problems


def test_period_years_are_integers_in_the_graph(seeds_graph):
    """rdfize writes tk:periodStart/End with the ontology's range (xsd:integer)."""
    years = [o for p in (TK.periodStart, TK.periodEnd) for o in seeds_graph.objects(None, p)]
    assert years and all(isinstance(y, Literal) and y.datatype == XSD.integer for y in years)
    assert all(1949 <= y.toPython() <= 2100 for y in years)
