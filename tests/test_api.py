"""The notebook API: kg.build, kg.load, Graph, Rows; and the README example, run as written."""
import doctest
import re
import subprocess
import sys

import pytest
from rdflib import Graph as RdfGraph

from conftest import DATA, ROOT
import kg
from kg.errors import MissingExtra, QueryError


def test_readme_example_runs(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Python API.*?(?=^## )", readme, re.S | re.M).group(0)
    example = "\n".join(re.findall(r"```python\n(.*?)```", section, re.S))
    assert ">>> import kg" in example
    (tmp_path / "data").symlink_to(ROOT / "data")   # the example's paths are the checkout's
    monkeypatch.chdir(tmp_path)
    test = doctest.DocTestParser().get_doctest(example, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    failed, tried = runner.summarize(verbose=False)
    assert tried >= 10 and failed == 0
    assert (tmp_path / "graph.ttl").is_file()


def test_import_kg_is_light():
    code = ("import sys, kg; heavy = [m for m in sys.modules if m.split('.')[0] in "
            "('rdflib', 'pyoxigraph', 'spacy', 'pandas', 'networkx', 'lxml', 'pdfminer')]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_kg_build_is_callable_whichever_import_came_first():
    code = ("import kg.build\nfrom kg.build import BuildResult\nimport kg\n"
            f"g = kg.build([{str(DATA / 'small.txt')!r}])\n"
            "print(type(g).__name__, g.documents, kg.build.plan is not None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Graph 1 True"


@pytest.fixture(scope="module")
def small():
    return kg.build(DATA / "small.txt")


def test_query_results_by_kind(small):
    rows = small.query("SELECT ?s ?label WHERE { ?s a tk:Town ; rdfs:label ?label }")
    assert rows.columns == ["s", "label"]
    assert rows == [{"s": "https://w3id.org/townkg/id/area/上海市/嘉定区/马陆镇", "label": "马陆镇"}]
    assert small.query("ASK { ?s tk:receivedHonor ?o }") is True
    g = small.query("CONSTRUCT { ?s a tk:Town } WHERE { ?s a tk:Town }")
    assert isinstance(g, RdfGraph) and len(g) == 1
    value = small.query("SELECT ?v WHERE { ?o tk:value ?v }")[0]["v"]
    assert str(value) == "120"                       # xsd:decimal as an exact Decimal
    df = small.query("SELECT ?v WHERE { ?o tk:value ?v }").to_pandas()
    assert df["v"].dtype.kind == "f" and df["v"][0] == 120.0


def test_catalog_queries_by_name_and_their_errors(small):
    rows = small.query("honors-by-town", town="马陆镇")
    assert len(rows) == 1 and "上海市卫生镇" in rows[0].values()
    with pytest.raises(QueryError):
        small.query("no-such-query")
    with pytest.raises(QueryError):
        small.query("SELECT ?x WHERE { ?x }")
    with pytest.raises(TypeError):
        small.query("SELECT ?s WHERE { ?s ?p ?o }", town="x")


def test_facts_rows_and_frames(small):
    facts = small.facts()
    assert [f["type"] for f in facts] == ["honor", "observation"]
    assert facts[0]["evidence"] == "五年来，马陆镇荣获上海市卫生镇称号。"
    assert "<table>" in facts._repr_html_()
    assert list(small.observations().to_pandas()["indicator_label"]) == ["新增就业岗位"]


def test_rows_without_pandas_is_a_coded_error(small, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtra, match=r"townkg\[tables\]"):
        small.facts().to_pandas()


@pytest.mark.parametrize("first, second", [("g.trig", "h.nq"), ("g.ttl", "h.trig"), ("g.ttl", "h.jsonld"),
                                           ("g.nq", "h.ttl")])
def test_save_and_load_keep_every_triple(small, tmp_path, first, second):
    small.save(tmp_path / first)
    loaded = kg.load(tmp_path / first)
    loaded.save(tmp_path / second)
    again = kg.load(tmp_path / second)
    assert len(small) == len(loaded) == len(again) > 40
    assert again.documents == 1


def test_load_a_store_folder(tmp_path):
    g = kg.build([DATA / "small.txt"], store=tmp_path / "db")
    assert kg.load(tmp_path / "db").documents == 1 and len(kg.load(tmp_path / "db")) == len(g)
