"""The persistent Oxigraph store: incremental builds and queries without re-parsing."""
import shutil
import subprocess
import sys

from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import DATA
from kg import query, store
from kg.build import build
from kg.rdfize import union


def kg(*args):
    p = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def test_store_holds_the_same_graph_as_the_file(tmp_path):
    db = store.open_store(tmp_path / "db", create=True)
    result = build([DATA / "small.txt"])
    store.save(db, result.dataset)
    answer = query.run_store(db, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isomorphic(answer.graph, Graph().parse(DATA / "small.ttl"))


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
    from kg.validate import load_graph

    assert len(load_graph(tmp_path / "all.trig")) > 40   # the output holds both documents


def test_query_store_errors(tmp_path):
    code, _, err = kg("query", "documents", "--store", tmp_path / "none")
    assert code == 2 and "no store at" in err
