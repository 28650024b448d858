from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

import pytest

from conftest import DATA
from kg import rdfize
from kg.build import build
from kg.errors import UnknownFormat
from kg.namespaces import TK, TKR


def test_small_document_gives_the_expected_graph():
    """The whole graph of a two-sentence document, compared as graphs (not strings)."""
    got = rdfize.union(build([DATA / "small.txt"]).dataset)
    expected = Graph().parse(DATA / "small.ttl")
    assert isomorphic(got, expected)


def test_iris_are_deterministic_and_readable():
    assert rdfize.entity_iri("honor", "上海市文明镇") == TKR["honor/上海市文明镇"]
    assert rdfize.area_iri(rdfize.area_path("大场镇")) == TKR["area/上海市/宝山区/大场镇"]
    assert rdfize.slug("A&B 平台") == "A%26B%20平台"


def test_same_name_in_two_documents_is_one_node(seeds_graph):
    honor = TKR["honor/上海市文明镇"]
    receivers = set(seeds_graph.subjects(TK.receivedHonor, honor))
    assert receivers == {TKR["area/上海市/宝山区/大场镇"], TKR["area/上海市/普陀区/桃浦镇"]}


def test_each_document_has_its_own_named_graph(seeds_build):
    names = {str(g.identifier) for g in seeds_build.dataset.graphs() if len(g)}
    assert str(TKR["graph/seeds%2F000_73a7b43cf10d3955"]) in names
    assert str(TKR["graph/seeds%2F003_37ee69dabd17ee5a"]) in names


def test_evidence_text_is_the_cleaned_text_at_its_offsets(seeds_graph):
    from conftest import DACHANG, TAOPU
    from kg import ingest

    texts = {TKR[f"doc/{p.parent.name}%2F{p.stem}"]: ingest.read_document(p).text for p in (TAOPU, DACHANG)}
    checked = 0
    for ev in seeds_graph.subjects(RDF.type, TK.Evidence):
        doc = seeds_graph.value(ev, TK.inDocument)
        start, end = int(seeds_graph.value(ev, TK.start)), int(seeds_graph.value(ev, TK.end))
        assert texts[doc][start:end] == str(seeds_graph.value(ev, TK.text))
        checked += 1
    assert checked > 100


@pytest.mark.parametrize("ext,fmt", [(".ttl", "turtle"), (".trig", "trig"), (".nt", "nt"),
                                     (".nq", "nquads"), (".jsonld", "json-ld")])
def test_every_format_round_trips(tmp_path, ext, fmt, seeds_build):
    out = build([DATA / "small.txt"]).write(tmp_path / f"g{ext}")
    assert rdfize.format_for(out) == fmt
    from kg.validate import load_graph

    assert isomorphic(load_graph(out), Graph().parse(DATA / "small.ttl"))


def test_unknown_extension_is_refused():
    with pytest.raises(UnknownFormat, match="extension"):
        rdfize.format_for("graph.xlsx")


def test_same_file_name_in_two_folders_keeps_both_apart(tmp_path):
    import shutil

    for folder, src in (("上海市", "small.txt"), ("北京市", "maqiao_shanghai.txt")):
        (tmp_path / folder).mkdir()
        shutil.copy(DATA / src, tmp_path / folder / "2021.txt")
    g = rdfize.union(build([tmp_path]).dataset)
    docs = set(g.subjects(RDF.type, TK.Document))
    assert docs == {TKR["doc/北京市%2F2021"], TKR["doc/上海市%2F2021"]}


def test_written_turtle_reads_back_with_odd_names(tmp_path):
    doc = tmp_path / "odd.md"
    doc.write_text("## 马陆镇工作简报\n\n推行“e.家园”工作法。**税收总额**6.5亿元。全面落实“1+1+N”机制。\n", encoding="utf-8")
    result = build([doc])
    out = result.write(tmp_path / "odd.ttl")
    back = Graph().parse(out)          # rdflib reads what Oxigraph wrote
    assert isomorphic(back, rdfize.union(result.dataset))
    labels = {str(o) for o in back.objects(None, RDFS.label)}
    assert "税收总额" in labels and "e.家园" in labels   # markdown ** gone, the dot kept in the label


def test_local_triples_name_no_entity_and_no_other_document():
    """What a worker writes straight to the output file: nothing entity resolution could rewrite."""
    import pyoxigraph as ox

    from conftest import DACHANG
    from kg import extract, ingest

    doc = ingest.read_document(DACHANG)
    rdf = rdfize.document_quads(doc, extract.extract(doc))
    local = list(ox.parse("".join(rdf.local).encode(), format=ox.RdfFormat.N_TRIPLES))
    shared = list(ox.parse("".join(rdf.shared).encode(), format=ox.RdfFormat.N_TRIPLES))
    entities = {iri for iri, _ in rdf.entities}
    own = {f"{TKR}{seg}{rdfize.slug(doc.id)}" for seg in ("doc/", "evidence/", "observation/", "statement/")}
    assert len(local) > 1000 and len(shared) > 100
    for t in local:
        assert t.subject.value.startswith(tuple(own)) or t.subject.value.startswith(f"{TKR}statement/")
        assert not (isinstance(t.object, ox.NamedNode) and t.object.value in entities)
    assert {t.object.value for t in shared if isinstance(t.object, ox.NamedNode)} & entities


def test_literals_are_escaped_for_n_triples():
    import pyoxigraph as ox

    text = 'a "quoted" \\ back\nslash\r\t\x01 end'
    line = f"<http://x/s> <http://x/p> {rdfize._lit(text)} .\n"
    (t,) = ox.parse(line.encode(), format=ox.RdfFormat.N_TRIPLES)
    assert t.object.value == text
    (t,) = ox.parse(f"<http://x/s> <http://x/p> {rdfize._zh(text)} .\n".encode(), format=ox.RdfFormat.N_TRIPLES)
    assert t.object == ox.Literal(text, language="zh")
