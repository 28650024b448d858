"""Every catalog query on the seeds graph, with concrete expected rows."""
import json
import re
import socket
import threading

import pytest

from kg import query
from kg.errors import QueryError


def rows(graph, name, **params):
    result = query.run(graph, query.get(name).render(params))
    return [tuple("" if v is None else str(v) for v in r) for r in result]


def test_catalog_has_at_least_15_documented_queries():
    cat = query.catalog()
    assert len(cat) >= 15
    for q in cat:
        assert q.title != q.name and q.description, q.name


def test_honors_by_town(seeds_graph):
    got = rows(seeds_graph, "honors-by-town", town="大场镇")
    assert ("大场镇", "上海市文明镇", "1") in got
    assert all(r[0] == "大场镇" for r in got)
    assert len(got) == 9


def test_towns_sharing_honor(seeds_graph):
    got = {r[0]: (r[1], set(r[2].split(", "))) for r in rows(seeds_graph, "towns-sharing-honor")}
    assert got["上海市文明镇"] == ("2", {"大场镇", "桃浦镇"})


def test_pursued_held_elsewhere(seeds_graph):
    assert rows(seeds_graph, "pursued-held-elsewhere") == [("大场镇", "国家卫生镇", "桃浦镇")]


def test_pursued_honors(seeds_graph):
    got = {r[1] for r in rows(seeds_graph, "pursued-honors", town="大场镇")}
    assert {"国家卫生镇", "全国文明城区", "全国金牌调解组织", "上海市平安示范社区"} <= got


def test_enterprises_by_town(seeds_graph):
    got = rows(seeds_graph, "enterprises-by-town", town="大场镇")
    assert ("大场镇", "旷视科技") in got and ("大场镇", "商汤智能制造基地") in got
    assert not any(r[1] == "蜂耘网络科技" for r in got)


def test_enterprises_by_district(seeds_graph):
    got = {r[0]: r[1] for r in rows(seeds_graph, "enterprises-by-district")}
    assert got["普陀区"] == "4"


def test_programs_by_town_and_shared(seeds_graph):
    assert ("桃浦镇", "同心家园三年行动计划") in rows(seeds_graph, "programs-by-town", town="桃浦镇")
    shared = {r[0] for r in rows(seeds_graph, "programs-shared")}
    assert "河长制" in shared


def test_observations_of_town(seeds_graph):
    got = rows(seeds_graph, "observations-of-town", town="桃浦镇")
    assert any(r[0] == "税收总额" and float(r[1]) == 4382000000 and r[2] == "CNY" and r[3] == "Actual" for r in got)
    assert len(got) == 40


def test_targets_vs_actuals(seeds_graph):
    got = rows(seeds_graph, "targets-vs-actuals", indicator="绿化覆盖率")
    dachang = {(r[2], float(r[3])) for r in got if r[0] == "大场镇"}
    assert dachang == {("Actual", 31.2), ("Target", 33.4)}


def test_indicator_over_time(seeds_graph):
    got = rows(seeds_graph, "indicator-over-time", indicator="绿化覆盖率")
    years = [(r[0], r[1], r[2]) for r in got if r[0] == "大场镇"]
    assert years == [("大场镇", "2021", "Actual"), ("大场镇", "2026", "Target")]


def test_why(seeds_graph):
    got = rows(seeds_graph, "why", subject="大场镇", object="上海市文明镇")
    assert len(got) == 1
    assert "上海市文明镇" in got[0][3] and got[0][4] == "seeds/003_37ee69dabd17ee5a"


def test_entities_by_class(seeds_graph):
    got = {r[0]: int(r[1]) for r in rows(seeds_graph, "entities-by-class")}
    assert got["Town"] == 2 and got["District"] == 2 and got["Enterprise"] == 15


def test_most_connected(seeds_graph):
    got = rows(seeds_graph, "most-connected", limit="2")
    assert [r[0] for r in got] == ["大场镇", "桃浦镇"]


def test_documents(seeds_graph):
    got = {r[0]: r for r in rows(seeds_graph, "documents")}
    assert got["seeds/003_37ee69dabd17ee5a"][1:4] == ("大场镇2021年政府工作报告", "大场镇", "2021-12-22")


def test_honored_units(seeds_graph):
    got = {(r[0], r[1]) for r in rows(seeds_graph, "honored-units")}
    assert ("长浜", "River") in got and ("仁济医院宝山分院", "Hospital") in got


def test_towns_by_district(seeds_graph):
    assert rows(seeds_graph, "towns-by-district") == [("宝山区", "大场镇", "1"), ("普陀区", "桃浦镇", "1")]


def test_aliases(seeds_graph):
    got = {r[0]: r[2] for r in rows(seeds_graph, "aliases")}
    assert got["大场镇"] == "大场"


def test_graph_of_town_is_a_construct(seeds_graph):
    result = query.run(seeds_graph, query.get("graph-of-town").render({"town": "桃浦镇"}))
    assert result.type == "CONSTRUCT"
    text = query.format_result(result)
    assert "国家卫生镇" in text and "普陀区" in text


def test_formats(seeds_graph):
    result = query.run(seeds_graph, query.get("towns-by-district").render())
    data = json.loads(query.format_result(result, "json"))
    assert data["head"]["vars"] == ["district", "town", "documents"]
    assert data["results"]["bindings"][0]["town"] == {"type": "literal", "value": "大场镇", "xml:lang": "zh"}
    result = query.run(seeds_graph, query.get("towns-by-district").render())
    assert query.format_result(result, "csv").splitlines()[0] == "district,town,documents"
    result = query.run(seeds_graph, query.get("towns-by-district").render())
    assert query.format_result(result, "tsv").splitlines()[1].startswith('"宝山区"@zh\t"大场镇"@zh')
    result = query.run(seeds_graph, query.get("towns-by-district").render())
    table = query.format_result(result, "table").splitlines()
    assert table[0].split() == ["district", "town", "documents"] and table[-1] == "(2 rows)"


def test_errors():
    with pytest.raises(QueryError, match="no catalog query"):
        query.get("nope")
    with pytest.raises(QueryError, match="has no parameter"):
        query.get("honors-by-town").render({"colour": "red"})
    from rdflib import Graph
    with pytest.raises(QueryError, match="the query failed"):
        query.run(Graph(), "SELEC nonsense")


def test_parameters_are_escaped(seeds_graph):
    # a quote in a value cannot break out of the string literal
    assert rows(seeds_graph, "honors-by-town", town='x" || true || "') == []


def test_parameters_are_typed():
    from kg.errors import ParamError
    from kg.query import Param, get

    limit = get("most-connected")
    assert limit.render({"limit": "3"}).rstrip().endswith("LIMIT 3")
    for bad in ("1 OFFSET 1", "-1", "1e3", "10000000000", ""):
        with pytest.raises(ParamError):
            limit.render({"limit": bad})
    iri = Param("x", "", type="iri")
    assert iri.sparql("https://w3id.org/townkg/id/area/上海市") == "<https://w3id.org/townkg/id/area/上海市>"
    for bad in ("not an iri", "http://a> } DROP ALL { <b", "relative/path"):
        with pytest.raises(ParamError):
            iri.sparql(bad)
    with pytest.raises(ParamError):
        Param("t", "").sparql("a\x00b")


def test_literal_parameters_stay_inside_their_string(seeds_graph):
    from kg.query import catalog, get, run

    for q in catalog():  # every literal placeholder of the catalog sits between double quotes
        for p in q.params:
            if p.type == "literal":
                for m in re.finditer(r"\{\{" + p.name + r"\}\}", q.text):
                    line = q.text[q.text.rfind("\n", 0, m.start()) + 1:m.start()]
                    assert line.count('"') % 2 == 1, (q.name, p.name)
    hostile = 'x" ) } } ; SELECT * WHERE { ?s ?p ?o } #'
    answer = run(seeds_graph, get("honors-by-town").render({"town": hostile}))
    assert list(answer) == []


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{p}/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o SERVICESILENT <http://127.0.0.1:{p}/> {} }",
    "CONSTRUCT WHERE { SERVICE <http://127.0.0.1:{p}/> { ?s ?p ?o } }",
])
def test_a_service_call_is_refused_and_nothing_is_fetched(seeds_graph, text):
    lst = socket.socket()
    lst.bind(("127.0.0.1", 0))
    lst.listen(4)
    lst.settimeout(0.5)
    refused = []

    def attempt():  # in a thread: a SERVICE call would wait for the listener's answer
        try:
            query.run(seeds_graph, text.replace("{p}", str(lst.getsockname()[1])))
        except QueryError as exc:
            refused.append(str(exc))
    try:
        worker = threading.Thread(target=attempt, daemon=True)
        worker.start()
        worker.join(5)
        with pytest.raises(socket.timeout):
            lst.accept()  # nobody came
        assert refused and "SERVICE" in refused[0]
    finally:
        lst.close()


DECLARES_N = "# param: n: integer = 1 | rows\nSELECT * { ?s ?p ?o } LIMIT {{n}}\n"


@pytest.mark.parametrize("text, values, expected", [
    # a query given as text (-e, --file) declares its parameters as catalog queries do
    (DECLARES_N, {"n": "5"}, "LIMIT 5"),
    (DECLARES_N, {}, "LIMIT 1"),
    # text without parameters and without values is left as it is, even a {{…}} in it
    ('SELECT * { ?s ?p "{{x}}" }', {}, '"{{x}}"'),
    # a value no parameter takes is an error, never ignored
    ("SELECT * { ?s ?p ?o }", {"town": "x"}, "E030 --param town: the query (-e) has no parameter 'town'"),
    (DECLARES_N, {"m": "2"}, "E030 its parameters: n"),
    (DECLARES_N, {"n": "1 OFFSET 1"}, "E031"),
])
def test_parameters_of_a_query_given_as_text(text, values, expected):
    from kg.errors import KGError

    if expected.startswith("E0"):
        code, _, says = expected.partition(" ")
        with pytest.raises(KGError) as err:
            query.fill_text(text, values, "-e")
        assert err.value.code == code and says in str(err.value)
    else:
        assert expected in query.fill_text(text, values, "-e")
