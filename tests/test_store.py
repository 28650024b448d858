"""The persistent Oxigraph store: set semantics, incremental builds, resolution against the store, dumps."""
import shutil
from collections import Counter

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import DATA, SEEDS
from conftest import run_kg as kg
from kg import query, store
from kg.build import build



def table(answer):
    """Rows as a multiset of strings; GROUP_CONCAT lists sorted (SPARQL leaves their order open)."""
    def cell(v):
        text = "" if v is None else str(v)
        return ", ".join(sorted(text.split(", ")))
    return Counter(tuple(cell(v) for v in row) for row in answer.rows)


def test_store_holds_the_same_graph_as_the_file(tmp_path):
    result = build([DATA / "small.txt"], store=tmp_path / "db")
    answer = query.run_store(store.open_store(tmp_path / "db"), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isomorphic(answer.graph, Graph().parse(DATA / "small.ttl"))
    assert result.documents == 1


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Seeds + two documents naming the same things: triples stated in several graphs."""
    tmp = tmp_path_factory.mktemp("built")
    inputs = [SEEDS, DATA / "resolve", DATA / "maqiao_shanghai.txt"]
    code, out, err = kg("build", *inputs, "--store", tmp / "db", "--output", tmp / "g.ttl")
    assert code == 0, err
    return tmp


@pytest.mark.parametrize("q", query.catalog(), ids=lambda q: q.name)
def test_catalog_queries_give_the_same_rows_over_store_and_file(built, q):
    text = q.render()
    over_store = query.run_store(store.open_store(built / "db"), text)
    over_file = query.run(Graph().parse(built / "g.ttl"), text)   # rdflib parses, Oxigraph answers
    if over_store.type == "SELECT":
        assert table(over_store) == table(over_file)
        assert over_store.variables == over_file.variables
    elif over_store.type == "ASK":
        assert over_store.boolean == over_file.boolean
    else:
        assert isomorphic(over_store.graph, over_file.graph)


def test_count_over_the_store_is_the_number_of_distinct_triples(built):
    db = store.open_store(built / "db")
    n = int(next(iter(query.run_store(db, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows))[0])
    quads = sum(1 for q in db if q.graph_name != store.DEFAULT)
    assert n == len(Graph().parse(built / "g.ttl")) < quads   # some triples are in several documents


def test_incremental_build_skips_unchanged_and_replaces_changed(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DATA / "small.txt", docs / "a.txt")
    shutil.copy(DATA / "maqiao_shanghai.txt", docs / "b.txt")
    code, out, err = kg("build", docs, "--store", tmp_path / "db")
    assert code == 0, err
    assert out.startswith("2 documents;")
    code, out, _ = kg("build", docs, "--store", tmp_path / "db")
    assert code == 0 and out.startswith("0 documents (2 unchanged, skipped)")
    (docs / "a.txt").write_text("马陆镇工作简报\n\n五年来，马陆镇荣获全国文明镇称号。\n", encoding="utf-8")
    code, out, _ = kg("build", docs, "--store", tmp_path / "db", "--output", tmp_path / "all.trig")
    assert code == 0 and out.startswith("1 documents (1 unchanged, skipped)")
    code, out, _ = kg("query", "honors-by-town", "--store", tmp_path / "db", "--format", "csv")
    rows = set(out.splitlines()[1:])
    assert "马陆镇,全国文明镇,1" in rows and "马陆镇,上海市卫生镇,1" not in rows   # the old graph was replaced
    assert "马桥镇,上海市文明镇,1" in rows                                         # the unchanged one kept
    # the union lost the replaced document's own triples and kept the shared ones
    code, out, _ = kg("build", docs, "--output", tmp_path / "fresh.ttl")
    assert code == 0
    db = store.open_store(tmp_path / "db")
    together = query.run_store(db, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph
    assert isomorphic(together, Graph().parse(tmp_path / "fresh.ttl"))
    from kg.validate import load_graph

    assert len(load_graph(tmp_path / "all.trig")) == len(together)   # the output holds both documents


def test_documents_added_later_are_resolved_against_the_store(tmp_path):
    docs = tmp_path / "resolve"  # the same folder name: document ids are folder/name
    docs.mkdir()
    shutil.copy(DATA / "resolve" / "a.txt", docs / "a.txt")
    assert kg("build", docs, "--store", tmp_path / "db")[0] == 0
    shutil.copy(DATA / "resolve" / "b.txt", docs / "b.txt")
    code, out, err = kg("build", docs, "--store", tmp_path / "db", "--output", tmp_path / "later.ttl")
    assert code == 0, err
    assert out.startswith("1 documents (1 unchanged, skipped)")
    assert kg("build", DATA / "resolve", "--output", tmp_path / "once.ttl")[0] == 0
    later, once = Graph().parse(tmp_path / "later.ttl"), Graph().parse(tmp_path / "once.ttl")
    merges = "SELECT ?name ?rule WHERE { ?m a tk:Merge ; tk:mergedName ?name ; tk:mergeRule ?rule }"
    got = {tuple(map(str, r)) for r in query.run(later, merges)}
    assert ("云帆", "short-name") in got and ("旷视科技（上海）有限公司", "legal-form") in got
    assert got == {tuple(map(str, r)) for r in query.run(once, merges)}
    assert isomorphic(later, once)


def test_build_result_is_queryable_without_a_store_folder():
    result = build([DATA / "small.txt"])
    assert result.path is None
    n = int(result.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])
    assert n == len(Graph().parse(DATA / "small.ttl"))


def test_query_store_errors(tmp_path):
    code, _, err = kg("query", "documents", "--store", tmp_path / "none")
    assert code == 2 and "no store at" in err
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine", encoding="utf-8")
    code, _, err = kg("build", DATA / "small.txt", "--store", tmp_path / "other")
    assert code == 2 and "not a TownKG store" in err
    assert (tmp_path / "other" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_union_only_build_writes_the_same_graph(tmp_path):
    inputs = [SEEDS, DATA / "resolve", DATA / "maqiao_shanghai.txt"]
    full = build(inputs)
    lean = build(inputs, keep_graphs=False)
    assert not store.document_graphs(lean.store) and store.document_graphs(full.store)
    assert {(m.name, m.rule) for m in lean.merges} == {(m.name, m.rule) for m in full.merges} != set()
    full.write(tmp_path / "full.ttl")
    lean.write(tmp_path / "lean.ttl")
    assert isomorphic(Graph().parse(tmp_path / "full.ttl"), Graph().parse(tmp_path / "lean.ttl"))
