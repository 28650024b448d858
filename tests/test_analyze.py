import networkx as nx
import pytest

from conftest import DATA
from kg import analyze


@pytest.fixture(scope="module")
def net(seeds_graph):
    return analyze.entity_network(seeds_graph)


def test_network_has_entities_and_fact_links(net):
    labels = {d["label"]: d["cls"] for _, d in net.nodes(data=True)}
    assert labels["大场镇"] == "Town" and labels["上海市文明镇"] == "Honor" and labels["旷视科技"] == "Enterprise"
    assert not any(c in ("Observation", "Evidence", "Document", "Indicator") for c in labels.values())
    town = analyze.find_node(net, "桃浦镇")
    assert len(net.nodes[town]["observations"]) == 40


def test_report_on_the_seeds(net):
    r = analyze.report(net, top=3)
    assert [d[0] for d in r.degree[:2]] == ["大场镇", "桃浦镇"]
    assert r.betweenness[0][0] == "大场镇"
    assert {t["town"]: t["enterprises"] for t in r.towns} == {"大场镇": 11, "桃浦镇": 4}
    assert {t["town"]: t["honors"] for t in r.towns} == {"大场镇": 9, "桃浦镇": 8}
    # the two towns are joined through shared honors and programs: one big component
    assert r.components[0] >= 100 and sum(r.components) == r.nodes
    assert any({"行知读书会", "上海市公共文化创新奖"} <= set(c) for c in r.communities)
    text = analyze.format_report(r)
    assert "Top by degree" in text and "Communities" in text


def test_shortest_path_with_evidence(net):
    hops = analyze.shortest_path(net, "大场镇", "桃浦镇")
    assert len(hops) == 2
    middle = hops[0]["to"]
    assert hops[1]["to"] == middle and hops[0]["rel"] in ("receivedHonor", "pursuesHonor", "implementsProgram")
    assert all(h["evidence"] for h in hops)
    assert "“" in analyze.format_path(hops)


def test_entity_lookup_errors(net):
    with pytest.raises(analyze.EntityNotFound, match="no entity"):
        analyze.find_node(net, "不存在的地方")
    with pytest.raises(analyze.EntityNotFound, match="several"):
        analyze.find_node(net, "示范")

def test_exact_label_wins_over_contains(net):
    assert net.nodes[analyze.find_node(net, "上海市")]["cls"] == "City"


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export(tmp_path, fmt, reader):
    out = tmp_path / f"g.{fmt}"
    n, m = analyze.export(DATA / "small.ttl", out, fmt)
    back = reader(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (n, m) == (4, 3)
    labels = {d["label"] for _, d in back.nodes(data=True)}
    assert {"马陆镇", "上海市卫生镇", "嘉定区"} <= labels
