import re

import pytest

from conftest import DATA
from kg import visualize
from kg.analyze import entity_network


@pytest.fixture(scope="module")
def page_file(tmp_path_factory, seeds_graph):
    out = tmp_path_factory.mktemp("viz") / "seeds.html"
    graph = tmp_path_factory.mktemp("g") / "seeds.ttl"
    seeds_graph.serialize(graph, format="turtle")
    page = visualize.render(graph, out)
    return out, page


def test_page_references_no_remote_resource(page_file):
    out, page = page_file
    html = out.read_text(encoding="utf-8")
    assert page.nodes > 100 and page.edges > 100
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"""url\(\s*["']?(https?:)?//""", html)
    assert "vis.Network" in html and "<script src" not in html


def test_page_has_legend_and_tooltips(page_file):
    html = page_file[0].read_text(encoding="utf-8")
    assert "镇街 Town" in html and "荣誉 Honor" in html
    assert "别名 aliases: 大场" in html                       # node tooltip
    assert "相继获得国家卫生镇" in html                          # edge tooltip: the evidence sentence
    assert "指标 observations (40):" in html                     # 桃浦镇's observations folded into it


def test_filters(seeds_graph):
    net = entity_network(seeds_graph)
    sub, note = visualize.select(net, town="桃浦镇")
    labels = {d["label"] for _, d in sub.nodes(data=True)}
    assert "桃浦镇" in labels and "大场镇" not in labels and "旷视科技" not in labels
    sub, _ = visualize.select(net, classes="Honor")
    assert {d["cls"] for _, d in sub.nodes(data=True)} <= {"Honor", "Town", "District", "City"}
    sub, _ = visualize.select(net, around="行知读书会", depth=1)
    assert {d["label"] for _, d in sub.nodes(data=True)} == {"行知读书会", "大场镇", "上海市公共文化创新奖"}
    sub, note = visualize.select(net, max_nodes=10)
    assert sub.number_of_nodes() == 10 and "10 best-connected" in note


def test_large_graph_gets_a_precomputed_layout(seeds_graph, monkeypatch):
    monkeypatch.setattr(visualize, "PHYSICS_LIMIT", 20)
    html = visualize.render_html(entity_network(seeds_graph))
    assert '"enabled": false' in html and '"x":' in html and "physics off" in html


def test_construct_query_chooses_what_to_draw(tmp_path, seeds_graph):
    graph = tmp_path / "g.ttl"
    seeds_graph.serialize(graph, format="turtle")
    from kg import query

    rq = tmp_path / "q.rq"
    rq.write_text(query.get("graph-of-town").render({"town": "桃浦镇"}), encoding="utf-8")
    page = visualize.render(graph, tmp_path / "p.html", query_file=rq)
    assert 15 < page.nodes < 30


def test_page_draws_offline_in_chromium(browser, page_file):
    context = browser.new_context(offline=True)
    requests = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(page_file[0].as_uri())
    page.wait_for_function("window.townkg && window.townkg.drawn", timeout=30000)
    state = page.evaluate("window.townkg")
    assert state["nodes"] == page_file[1].nodes
    painted = page.evaluate("""(() => { const c = document.querySelector('#graph canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) n++;
        return n; })()""")
    assert painted > 5000                                    # nodes and links are on the canvas
    assert all(u.startswith("file:") for u in requests)      # nothing fetched from anywhere else
    context.close()
