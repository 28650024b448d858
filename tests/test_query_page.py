"""kg serve's query page: vendored YASGUI with the catalog as tabs, and CONSTRUCT results drawn as kg viz draws.

The browser test runs with the network off for everything but the server: any
request to another address is recorded and aborted, and the test fails on it.
"""
import fnmatch
import urllib.parse
import urllib.request
from collections import Counter

import pytest
from rdflib import Graph

from conftest import CHROMIUM, ROOT, serve_process
from kg import query as catalog_mod
from kg.analyze import entity_network
from kg.serve import STATIC


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory, seeds_graph):
    graph = tmp_path_factory.mktemp("page") / "seeds.ttl"
    seeds_graph.serialize(graph, format="turtle")
    with serve_process(graph) as port:
        yield f"http://127.0.0.1:{port}"


def fetch(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, dict(r.headers), r.read()


def test_page_loads_only_its_own_vendored_files(endpoint):
    status, headers, body = fetch(endpoint + "/")
    html = body.decode("utf-8")
    assert status == 200 and "text/html" in headers["Content-Type"]
    for name in STATIC:
        assert f'"/static/{name}"' in html
        code, hdrs, data = fetch(endpoint + "/static/" + name)
        assert code == 200 and len(data) > 1000 and hdrs["Content-Type"].split(";")[0] in ("application/javascript",
                                                                                         "text/css")
    # no script or stylesheet from anywhere else
    assert "src=\"http" not in html and "href=\"http" not in html
    assert "<style" not in html and "<script>" not in html      # nothing inline but JSON data
    with pytest.raises(urllib.error.HTTPError) as err:
        fetch(endpoint + "/static/../serve.py")
    assert err.value.code == 404


def test_vendored_files_ship_in_the_package():
    """pyproject's package-data covers every file the page route serves, and the licenses beside them."""
    tomllib = pytest.importorskip("tomllib")
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]["kg"]
    static = ROOT / "kg" / "static"
    for name in [*STATIC, "query.html", "yasgui.LICENSE-MIT"]:
        assert (static / name).is_file(), name
        assert any(fnmatch.fnmatch(f"static/{name}", pattern) for pattern in data), name


def _construct_network(endpoint: str, query: str):
    """What kg viz draws for the same CONSTRUCT: its entity network of the result."""
    _, _, body = fetch(endpoint + "/sparql", urllib.parse.urlencode({"query": query}).encode(),
                       {"Accept": "text/turtle", "Content-Type": "application/x-www-form-urlencoded"})
    return entity_network(Graph().parse(data=body.decode("utf-8"), format="turtle"))


def test_yasgui_runs_a_catalog_query_and_draws_a_construct_offline(browser, endpoint):
    host = urllib.parse.urlsplit(endpoint).hostname
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside, sparql_posts = [], []

    def route(r):
        if r.request.url.startswith(endpoint + "/"):
            if r.request.url.startswith(endpoint + "/sparql"):
                sparql_posts.append(r.request.post_data or r.request.url)
            return r.continue_()
        outside.append(r.request.url)
        return r.abort()

    context.route("**/*", route)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(endpoint + "/")
    page.wait_for_function("window.townkgYasgui !== undefined", timeout=30000)

    catalog = catalog_mod.catalog()
    tabs = page.evaluate("Object.values(window.townkgYasgui._tabs).map(t => t.getName())")
    assert {q.name for q in catalog} <= set(tabs)

    # a catalog SELECT, from the menu, run with YASQE's button, shown in YASR's table
    page.select_option("#examples", label="Towns that share an honor (towns-sharing-honor)")
    assert "GROUP BY ?honor" in page.evaluate("window.townkgYasgui.getTab().getQuery()")
    page.click(".tabPanel.active .yasqe_queryButton")
    page.wait_for_selector(".tabPanel.active .yasr table tbody tr td", timeout=30000)
    cells = page.eval_on_selector_all(".tabPanel.active .yasr table tbody td", "els => els.map(e => e.textContent)")
    assert any("上海市文明镇" in c for c in cells)

    # the catalog CONSTRUCT: drawn on the graph view, run once, classes as colors
    sparql_posts.clear()
    page.select_option("#examples", label="A town's neighbourhood as a graph (graph-of-town)")
    query = page.evaluate("window.townkgYasgui.getTab().getQuery()")
    page.click(".tabPanel.active .yasqe_queryButton")
    page.wait_for_function("window.townkgGraph !== undefined", timeout=30000)
    page.wait_for_selector(".tabPanel.active .townkg-graph canvas", timeout=30000)
    drawn = page.evaluate("window.townkgGraph")
    expected = _construct_network(endpoint, query)
    assert drawn["nodes"] == expected.number_of_nodes() and drawn["edges"] == expected.number_of_edges()
    assert Counter(drawn["classes"]) == Counter(d["cls"] for _, d in expected.nodes(data=True))
    assert "Town" in drawn["classes"] and "Honor" in drawn["classes"]
    legend = page.text_content(".tabPanel.active .townkg-graph .side")
    assert "镇街 Town" in legend and "荣誉 Honor" in legend
    assert len(sparql_posts) == 1, sparql_posts

    # typing a class and a property of a declared vocabulary: YASQE's own class and property
    # completers would look them up on Linked Open Vocabularies
    page.evaluate("window.townkgYasgui.getTab().setQuery("
                  "'PREFIX foaf: <http://xmlns.com/foaf/0.1/>\\nSELECT * WHERE {\\n  ?x a foaf:Pers\\n}'); 0")
    page.click(".tabPanel.active .CodeMirror")
    for key in ("Control+Home", "ArrowDown", "ArrowDown", "End"):
        page.keyboard.press(key)
    page.keyboard.type("o")
    page.keyboard.press("Control+Space")
    page.keyboard.type(" ; foaf:na")
    page.keyboard.press("Control+Space")
    page.wait_for_timeout(1000)

    assert errors == []
    assert outside == [], f"requests left {host}: {outside}"
    context.close()
