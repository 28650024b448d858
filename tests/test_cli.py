"""The command line: exit codes, messages, and the end-to-end build of the seeds."""

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS, XSD

from conftest import DATA, SEEDS
from conftest import run_kg as run
from kg.cli import main
from kg.namespaces import CUR, TK, TKR



@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "graph.ttl"
    code, stdout, stderr = run("build", SEEDS, "--output", out)
    assert code == 0, stderr
    return out, stdout, Graph().parse(out)


def test_build_prints_a_one_line_summary(built):
    _, stdout, _ = built
    line = stdout.strip()
    assert "\n" not in line
    assert line.startswith("2 documents;") and "facts:" in line and "honor" in line


def test_dachang_received_shanghai_civilized_town_with_evidence(built):
    _, _, g = built
    town, honor = TKR["area/上海市/宝山区/大场镇"], TKR["honor/上海市文明镇"]
    assert (town, TK.receivedHonor, honor) in g
    rows = list(g.query("""
        SELECT ?text WHERE { ?st rdf:subject ?s ; rdf:predicate tk:receivedHonor ; rdf:object ?o ;
                                 prov:wasDerivedFrom/tk:text ?text }""",
                        initBindings={"s": town, "o": honor},
                        initNs={"tk": TK, "rdf": RDFS._NS.__class__("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                                "prov": "http://www.w3.org/ns/prov#"}))
    assert rows and all("上海市文明镇" in str(r[0]) for r in rows)


def test_taopu_tax_total_is_an_actual_observation_in_yuan(built):
    _, _, g = built
    rows = list(g.query("""
        PREFIX tk: <https://w3id.org/townkg/ontology#>
        SELECT ?v ?u ?k WHERE { ?o tk:indicator/rdfs:label "税收总额"@zh ; tk:value ?v ; tk:unit ?u ; tk:kind ?k ;
                                   tk:area ?a . ?a rdfs:label "桃浦镇"@zh }"""))
    values = {(float(v), u, k) for v, u, k in rows}
    assert (4382000000.0, CUR.CNY, TK.Actual) in values
    assert (3063000000.0, CUR.CNY, TK.Actual) in values


def test_taopu_is_part_of_putuo(built):
    _, _, g = built
    assert (TKR["area/上海市/普陀区/桃浦镇"], TK.partOf, TKR["area/上海市/普陀区"]) in g
    assert (TKR["area/上海市/普陀区"], RDFS.label, Literal("普陀区", lang="zh")) in g


def test_dachang_targets_for_2022(built):
    _, _, g = built
    rows = list(g.query("""
        PREFIX tk: <https://w3id.org/townkg/ontology#>
        SELECT ?v WHERE { ?o tk:kind tk:Target ; tk:value ?v ; tk:unit <http://qudt.org/vocab/unit/PERCENT> ;
                             tk:indicator/rdfs:label ?l . FILTER(CONTAINS(?l, "绿化覆盖率")) }"""))
    assert [float(r[0]) for r in rows] == [33.4]


def test_validate_command_on_the_build(built):
    out, _, _ = built
    code, stdout, _ = run("validate", out)
    assert code == 0 and stdout.startswith("conforms")


def test_missing_input_is_one_line_error_and_no_output(tmp_path):
    out = tmp_path / "g.ttl"
    code, stdout, stderr = run("build", tmp_path / "nope", "--output", out)
    assert code == 2
    assert stderr.strip().count("\n") == 0
    assert "no such file or folder" in stderr and "Traceback" not in stderr
    assert not out.exists()


def test_unknown_output_format_fails_before_work(tmp_path):
    code, _, stderr = run("build", DATA / "small.txt", "--output", tmp_path / "g.xlsx")
    assert code == 2 and "[E010]" in stderr and ".ttl" in stderr


def test_bad_document_leaves_no_partial_file(tmp_path):
    out = tmp_path / "g.ttl"
    code, _, stderr = run("build", DATA / "small.txt", DATA / "bad_front_matter.md", "--output", out)
    assert code == 2 and "front matter" in stderr
    assert list(tmp_path.iterdir()) == []


def test_failed_rebuild_keeps_the_previous_output(tmp_path):
    out = tmp_path / "g.ttl"
    assert run("build", DATA / "small.txt", "--output", out)[0] == 0
    before = out.read_bytes()
    assert run("build", DATA / "empty.txt", "--output", out)[0] == 2
    assert out.read_bytes() == before


def test_skip_errors_builds_the_rest(tmp_path, capsys):
    out = tmp_path / "g.ttl"
    code = main(["build", str(DATA / "small.txt"), str(DATA / "empty.txt"), "--output", str(out), "--skip-errors"])
    captured = capsys.readouterr()
    assert code == 0 and out.exists()
    assert "skipped" in captured.err and "empty.txt" in captured.err


def test_validate_reports_unreadable_graph(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    code, _, stderr = run("validate", bad)
    assert code == 2 and "cannot parse" in stderr


def test_no_command_prints_help():
    code, stdout, _ = run()
    assert code == 2 and "build" in stdout


def test_the_command_exits_with_mains_status_its_heap_frozen(monkeypatch):
    import gc
    from pathlib import Path

    import kg.cli

    monkeypatch.setattr(kg.cli, "main", lambda: 3)
    gc.unfreeze()
    try:
        with pytest.raises(SystemExit) as exit_:
            kg.cli.run()
        assert exit_.value.code == 3 and gc.get_freeze_count() > 0  # shutdown's collections skip the heap
    finally:
        gc.unfreeze()
    pyproject = (Path(kg.cli.__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '\nkg = "kg.cli:run"\n' in pyproject  # the installed `kg` runs as `python -m kg` does


def test_query_command_catalog_and_inline(built):
    out, _, _ = built
    code, stdout, _ = run("query", "towns-by-district", "--graph", out)
    assert code == 0 and "宝山区" in stdout and "(2 rows)" in stdout
    code, stdout, _ = run("query", "--graph", out, "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?t a tk:Town }",
                          "--format", "csv")
    assert code == 0 and stdout.splitlines() == ["n", "2"]
    code, stdout, _ = run("query", "honors-by-town", "--graph", out, "--param", "town=桃浦镇", "--format", "tsv")
    assert code == 0 and "国家卫生镇" in stdout
    code, stdout, _ = run("query", "--graph", out, "-e", "ASK { ?t a tk:Town }", "--format", "xml")
    assert code == 0 and stdout.rstrip().endswith("<boolean>true</boolean></sparql>")


def test_query_command_errors(built):
    out, _, _ = built
    code, _, stderr = run("query", "nope", "--graph", out)
    assert code == 2 and "no catalog query" in stderr
    code, _, stderr = run("query", "--graph", out, "-e", "SELEC x")
    assert code == 2 and "the query failed" in stderr and "Traceback" not in stderr


def test_queries_lists_the_catalog():
    code, stdout, _ = run("queries")
    assert code == 0 and len(stdout.splitlines()) >= 15 and "why" in stdout
