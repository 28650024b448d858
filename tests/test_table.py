"""Fact tables (CSV, XLSX, Parquet), the GEXF and JSON-LD exports."""
import json

import networkx as nx
import pandas as pd
import pytest
from lxml import etree
from rdflib import Dataset

from conftest import DATA, SEEDS
from conftest import run_kg as run
from kg import analyze, table
from kg import store as st
from kg.errors import MissingExtra, OutputError, UnknownFormat



@pytest.fixture(scope="module")
def seeds_ttl(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables") / "seeds.ttl"
    code, _, stderr = run("build", SEEDS, "--output", out)
    assert code == 0, stderr
    return out


def count(db, where: str) -> int:
    return int(next(iter(st.query(db, f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ {where} }}")))["n"].value)


READ = {"csv": lambda p: pd.read_csv(p, encoding="utf-8-sig", keep_default_na=False, na_values=[""]),
        "xlsx": pd.read_excel, "parquet": pd.read_parquet}


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_fact_table_round_trips_in_pandas_one_row_per_fact(seeds_ttl, tmp_path, fmt):
    db = st.load_file(seeds_ttl)
    statements = count(db, "?f a rdf:Statement")
    observations = count(db, "?f a tk:Observation")
    out = tmp_path / f"facts.{fmt}"
    code, stdout, stderr = run("export", seeds_ttl, "--format", fmt, "--output", out)
    assert code == 0, stderr
    assert stdout.strip() == f"{statements + observations} rows (facts) -> {out}"
    df = READ[fmt](out)
    assert list(df.columns) == table.FACT_COLUMNS
    assert len(df) == statements + observations and df["fact"].is_unique
    assert (df["type"] == "observation").sum() == observations
    assert set(df["type"]) == {"honor", "pursued_honor", "enterprise", "program", "observation"}
    # a known fact of the Dachang seed, with its evidence and offsets
    row = df[(df["subject_label"] == "大场镇") & (df["object_label"] == "上海市文明镇")].iloc[0]
    assert row["type"] == "honor" and row["predicate"] == "tk:receivedHonor"
    seed = (SEEDS / "003_37ee69dabd17ee5a.txt")
    from kg import ingest
    text = ingest.read_document(seed).text
    assert text[int(row["start"]):int(row["end"])] == row["evidence"]
    assert "上海市文明镇" in row["evidence"] and row["document"] == "seeds/003_37ee69dabd17ee5a"
    obs = df[df["type"] == "observation"]
    assert obs["value"].notna().all() and obs["unit"].str.match(r"^(unit|cur):").all()
    assert set(obs["kind"]) <= {"actual", "target"}


def test_observations_table_is_a_tidy_time_series(seeds_ttl, tmp_path):
    out = tmp_path / "obs.parquet"
    n = table.export(seeds_ttl, out, table="observations")
    df = pd.read_parquet(out)
    assert len(df) == n == count(st.load_file(seeds_ttl), "?f a tk:Observation")
    assert list(df.columns) == table.OBSERVATION_COLUMNS
    assert str(df["period_start"].dtype) == "int64" or df["period_start"].isna().any()
    dated = df.dropna(subset=["period_start"])
    assert len(dated) and (dated["period_start"] <= dated["period_end"]).all()
    # pivots as a time series: one value per area, indicator, period and kind
    tax = df[df["indicator_label"].str.contains("税收", na=False)]
    assert len(tax) and tax["area_label"].notna().all()


def test_csv_bom_only_when_asked(tmp_path):
    plain, bom = tmp_path / "a.csv", tmp_path / "b.csv"
    table.export(DATA / "small.ttl", plain)
    table.export(DATA / "small.ttl", bom, bom=True)
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert bom.read_bytes().startswith(b"\xef\xbb\xbf") and bom.read_bytes()[3:] == plain.read_bytes()
    assert pd.read_csv(plain).shape == (2, len(table.FACT_COLUMNS))


def test_document_text_never_becomes_an_excel_formula(tmp_path):
    ttl = (DATA / "small.ttl").read_text(encoding="utf-8").replace(
        '"五年来，马陆镇荣获上海市卫生镇称号。"', '"=HYPERLINK(\\"http://x\\",\\"点击\\")"')
    g = tmp_path / "g.ttl"
    g.write_text(ttl, encoding="utf-8")
    out = tmp_path / "f.xlsx"
    table.export(g, out)
    from openpyxl import load_workbook
    ws = load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)


def test_export_errors_are_coded(tmp_path, monkeypatch):
    with pytest.raises(UnknownFormat):
        table.export(DATA / "small.ttl", tmp_path / "f.ods")
    with pytest.raises(OutputError):
        table.export(DATA / "small.ttl", tmp_path / "missing" / "f.csv")
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    with pytest.raises(MissingExtra, match=r"townkg\[tables\]"):
        table.export(DATA / "small.ttl", tmp_path / "f.parquet")
    assert not list(tmp_path.iterdir())


def test_cli_export_to_a_missing_folder_is_exit_2(tmp_path):
    code, _, stderr = run("export", DATA / "small.ttl", "--format", "csv", "--output", tmp_path / "no" / "f.csv")
    assert code == 2 and stderr.count("\n") == 1 and "[E011]" in stderr


# -- GEXF ------------------------------------------------------------------------------------
GEXF = "{http://www.gexf.net/1.2draft}"
GEXF_TYPES = {"integer": int, "long": int, "double": float, "float": float, "boolean": lambda v: v in ("true", "false") or 1 / 0,
              "string": str, "liststring": str, "anyURI": str}


def test_gexf_edges_carry_label_and_weight_and_follow_the_schema(seeds_ttl, tmp_path):
    """A structural check of the GEXF 1.2draft schema (no copy of gexf.xsd ships in any package here).

    What the schema requires of what we write: root gexf with version 1.2; a graph with a valid
    defaultedgetype and mode; attribute declarations with an id, a title and one of the schema's
    types; nodes with unique ids; edges with unique ids, existing source and target, a float
    weight; attvalues that name a declared attribute and parse as its type.
    """
    out = tmp_path / "g.gexf"
    n, m = analyze.export(seeds_ttl, out, "gexf")
    root = etree.parse(str(out), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    assert root.tag == GEXF + "gexf" and root.get("version") == "1.2"
    graph = root.find(GEXF + "graph")
    assert graph.get("defaultedgetype") in ("directed", "undirected", "mutual")
    assert graph.get("mode", "static") in ("static", "dynamic")
    declared = {}
    for attrs in graph.findall(GEXF + "attributes"):
        assert attrs.get("class") in ("node", "edge")
        for a in attrs.findall(GEXF + "attribute"):
            assert a.get("id") and a.get("title") and a.get("type") in GEXF_TYPES
            declared[(attrs.get("class"), a.get("id"))] = a.get("type")
    nodes = graph.find(GEXF + "nodes").findall(GEXF + "node")
    ids = [x.get("id") for x in nodes]
    assert len(ids) == len(set(ids)) == n
    edges = graph.find(GEXF + "edges").findall(GEXF + "edge")
    assert len({e.get("id") for e in edges}) == len(edges) == m
    labels = set()
    for e in edges:
        assert e.get("source") in ids and e.get("target") in ids
        assert float(e.get("weight")) >= 1
        labels.add(e.get("label"))
    assert {"获得荣誉", "实施", "落户"} <= labels
    for cls, items in (("node", nodes), ("edge", edges)):
        for item in items:
            for av in item.iter(GEXF + "attvalue"):
                GEXF_TYPES[declared[(cls, av.get("for"))]](av.get("value"))
    # and networkx, like Gephi, reads the label and weight back
    back = nx.read_gexf(out)
    assert {d["label"] for _, _, d in back.edges(data=True)} == labels


def test_graphml_export_still_works(seeds_ttl, tmp_path):
    out = tmp_path / "g.graphml"
    n, m = analyze.export(seeds_ttl, out, "graphml")
    back = nx.read_graphml(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (n, m)


# -- JSON-LD -----------------------------------------------------------------------------------
def test_jsonld_has_a_context_and_the_same_dataset_as_nquads(tmp_path):
    jl, nq = tmp_path / "g.jsonld", tmp_path / "g.nq"
    for out in (jl, nq):
        code, _, stderr = run("build", DATA / "small.txt", "--output", out)
        assert code == 0, stderr
    doc = json.loads(jl.read_text(encoding="utf-8"))
    ctx = doc["@context"]
    for prefix in ("tk", "tkr", "rdfs", "skos", "prov", "dcterms", "qudt"):
        assert ctx[prefix].startswith("http")
    text = jl.read_text(encoding="utf-8")
    assert '"tk:receivedHonor"' in text and "https://w3id.org/townkg/ontology#receivedHonor" not in text
    a, b = Dataset(), Dataset()
    a.parse(jl, format="json-ld")
    b.parse(nq, format="nquads")
    from rdflib.compare import isomorphic
    graphs_a = {str(g.identifier): g for g in a.graphs() if len(g)}
    graphs_b = {str(g.identifier): g for g in b.graphs() if len(g)}
    assert graphs_a.keys() == graphs_b.keys()
    assert all(isomorphic(graphs_a[k], graphs_b[k]) for k in graphs_b)
