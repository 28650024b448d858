import pytest
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS

from conftest import DATA
from kg.build import build
from kg.namespaces import TK, TKR
from kg.rdfize import union


def merged(graph):
    return {(str(graph.value(m, TK.mergedName)), str(graph.value(graph.value(m, TK.mergedInto), RDFS.label)),
             str(graph.value(m, TK.mergeRule))) for m in graph.subjects(RDF.type, TK.Merge)}


def test_one_enterprise_written_three_ways_is_one_node():
    result = build([DATA / "resolve"])
    g = union(result.dataset)
    kuangshi = [e for e in g.subjects(RDF.type, TK.Enterprise) if "旷视" in str(g.value(e, RDFS.label))]
    assert len(kuangshi) == 1
    node = kuangshi[0]
    assert g.value(node, RDFS.label) == Literal("旷视科技", lang="zh")
    alts = {str(a) for a in g.objects(node, SKOS.altLabel)}
    assert {"旷视科技有限公司", "旷视科技（上海）有限公司"} <= alts
    towns = {str(g.value(t, RDFS.label)) for t in g.objects(node, TK.settledIn)}
    assert towns == {"罗店镇", "顾村镇"}


def test_merges_are_recorded_with_names_and_rules():
    g = union(build([DATA / "resolve"]).dataset)
    got = merged(g)
    assert ("旷视科技有限公司", "旷视科技", "legal-form") in got
    assert ("云帆", "云帆智能", "short-name") in got
    assert ("上大", "上海大学", "abbreviation") in got


def test_abbreviation_takes_over_the_honor():
    g = union(build([DATA / "resolve"]).dataset)
    uni = next(s for s in g.subjects(RDFS.label, Literal("上海大学", lang="zh")))
    honors = {str(g.value(h, RDFS.label)) for h in g.objects(uni, TK.receivedHonor)}
    assert honors == {"全国文明校园", "上海市文明单位"}


def test_resolved_graph_still_conforms():
    from kg.validate import validate

    report = validate(union(build([DATA / "resolve"]).dataset))
    assert report.conforms, report.text()


def test_same_town_name_in_two_provinces_stays_apart():
    g = union(build([DATA / "maqiao_jiangsu.txt", DATA / "maqiao_shanghai.txt"]).dataset)
    towns = set(g.subjects(RDFS.label, Literal("马桥镇", lang="zh")))
    assert towns == {TKR["area/靖江市/马桥镇"], TKR["area/上海市/闵行区/马桥镇"]}
    assert (TKR["area/靖江市/马桥镇"], RDF.type, TK.Town) in g


def test_civilized_town_of_both_seeds_is_one_node(seeds_graph):
    nodes = set(seeds_graph.subjects(RDFS.label, Literal("上海市文明镇", lang="zh")))
    assert len(nodes) == 1
    assert len(set(seeds_graph.subjects(TK.receivedHonor, nodes.pop()))) == 2


def test_a_city_is_never_merged_into_a_company_named_after_it():
    result = build([DATA / "area_bank.txt"])
    g = union(result.dataset)
    assert result.merges == []
    city = TKR["area/海州市"]
    bank = next(g.subjects(RDFS.label, Literal("海州市商业银行", lang="zh")))
    assert (city, RDF.type, TK.City) in g
    assert {str(g.value(h, RDFS.label)) for h in g.objects(city, TK.receivedHonor)} == {"全国文明城市"}
    assert list(g.objects(bank, TK.receivedHonor)) == []


@pytest.mark.parametrize("short, short_cls, long_, long_cls, rule", [
    ("海州市", TK.City, "海州市商业银行", TK.Enterprise, None),        # area into a company
    ("海州", TK.Enterprise, "海州镇", TK.Town, None),                  # company into an area
    ("海州", TK.Honor, "海州镇", TK.Town, None),
    ("大场", TK.NamedThing, "大场镇", TK.Town, "admin-suffix"),       # a kindless name may join its area
    ("推进", TK.NamedThing, "推进镇", TK.Town, None),                 # ... a phrase may not
    ("上大", TK.University, "上海大学", TK.University, "abbreviation"),
])
def test_merges_respect_kinds(short, short_cls, long_, long_cls, rule):
    from kg.resolve import _Entity, find_merges

    ents = {}
    for label, cls, path in ((short, short_cls, "a"), (long_, long_cls, "b")):
        iri = TKR[f"{path}/{label}"]
        ents[iri] = _Entity(iri, label, {cls}, {TKR["graph/t"]})
    got = [(m.name, m.rule) for m in find_merges(ents)]
    assert got == ([(short, rule)] if rule else [])


@pytest.mark.parametrize("same_document, merged_into", [(True, "海州市"), (False, None)])
def test_a_bare_name_joins_a_city_only_where_a_document_names_both(same_document, merged_into):
    """海州 in a report on another city is a town there, not the city 海州市 of other reports."""
    from kg.resolve import _Entity, find_merges

    short = _Entity(TKR["a/海州"], "海州", {TK.NamedThing}, {TKR["graph/one"]})
    city = _Entity(TKR["area/海州市"], "海州市", {TK.City}, {TKR["graph/one" if same_document else "graph/two"]})
    got = [(m.name, str(m.new)) for m in find_merges({short.iri: short, city.iri: city})]
    assert got == ([("海州", str(TKR["area/海州市"]))] if merged_into else [])


def test_a_firm_named_after_its_project_is_recorded_under_the_firm(tmp_path):
    # the project (X二期) is named first, the firm (X) after it: the firm's name survives, and the merge
    # record names the project as the merged name, by the short-name rule (not a legal form)
    doc = tmp_path / "澜州市2025.txt"
    doc.write_text("澜州市政府工作报告\n\n推动澜力重工二期、青禾新材料等9个项目续建。"
                   "发挥青川集团、澜力重工等重点企业带动作用。\n", encoding="utf-8")
    g = union(build([doc]).dataset)
    assert ("澜力重工二期", "澜力重工", "short-name") in merged(g)
    labels = {str(g.value(e, RDFS.label)) for e in g.subjects(RDF.type, TK.Enterprise)}
    assert "澜力重工" in labels and "澜力重工二期" not in labels
