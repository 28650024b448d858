"""The document's own town (kg.towns): directly, and as reading a document finds it."""
import pytest

from conftest import DACHANG, TAOPU
from kg import ingest
from kg.towns import resolve_town, town_parent

# Names invented for these tests (no scored document's): (title, body, declared town, folder) -> (town, kind)
RESOLVE_CASES = [
    pytest.param(None, "全年新增绿地。", "云溪镇", None, ("云溪镇", "town"), id="declared in front matter"),
    pytest.param("云溪镇2023年政府工作报告", "我镇全年新增绿地。", None, None, ("云溪镇", "town"), id="town in the title"),
    pytest.param("2019年江州市政府工作报告", "江州市经济平稳增长。", None, None, ("江州市", "city"),
                 id="city in the title, kind by its suffix"),
    pytest.param(None, "各位代表：\n我代表云溪镇人民政府，向大会报告工作。", None, None, ("云溪镇", "town"),
                 id="the speaker's own government"),
    pytest.param(None, "今年以来，全镇经济平稳。", None, "云溪镇", ("云溪镇", "town"), id="the folder's name"),
    pytest.param(None, "今年以来，全镇经济平稳。", None, "资料", (None, None), id="a folder that is no area"),
    pytest.param("我镇工作总结", "全年新增绿地。", None, None, (None, None), id="我镇 names no town"),
    pytest.param(None, "访云溪镇党委书记。云溪镇党委召开会议。云溪镇党委部署工作。", None, None, ("云溪镇", "town"),
                 id="a verb before the name: the name the text uses"),
]


@pytest.mark.parametrize("title, body, declared, folder, expected", RESOLVE_CASES)
def test_resolve_town(title, body, declared, folder, expected):
    assert resolve_town(title, body, declared, folder) == expected


PARENT_CASES = [
    pytest.param("云溪镇", "青山县云溪镇荣获称号。", "青山县", id="county right before the town"),
    pytest.param("云溪镇", "江州市青山区云溪镇入选。", "青山区", id="the unit right before, not the city"),
    pytest.param("云溪镇", "青山区人民政府云溪镇", "青山区", id="through 人民政府"),
    pytest.param("云溪镇", "近日云溪镇入选。", None, id="no area before the town"),
    pytest.param("临水市", "江州市临水市人民政府。", "江州市", id="a city may hold a city"),
    pytest.param("江州市", "江北区江州市级重点项目。", None, id="a district never holds a city"),
]


@pytest.mark.parametrize("town, text, parent", PARENT_CASES)
def test_town_parent(town, text, parent):
    assert town_parent(town, text) == parent


def test_town_from_title_of_dachang_report():
    doc = ingest.read_document(DACHANG)
    assert doc.town == "大场镇"
    assert doc.date == "2021-12-22"
    assert doc.title == "大场镇2021年政府工作报告"


def test_town_from_text_when_no_title():
    doc = ingest.read_document(TAOPU)
    assert doc.town == "桃浦镇"


def test_body_that_says_only_wo_zhen_resolves_to_declared_or_titled_town():
    doc = ingest.parse_document("---\ntown: 罗店镇\n---\n我镇荣获全国文明镇称号。\n".encode(), doc_id="x")
    assert doc.town == "罗店镇"
    doc = ingest.parse_document("罗泾镇工作报告\n\n我镇全年新增绿地3公顷。\n".encode(), doc_id="y")
    assert doc.town == "罗泾镇"


# Texts written for these tests (no scored document's names): how a news page or
# report outside Shanghai names its own town.
TOWN_CASES = [
    pytest.param("第三届全国最美小镇榜单揭晓 青山区云溪镇入选“全国最美小镇”",
                 "近日，第三届全国最美小镇名单揭晓，10个全国最美小镇榜上有名。江州市青山区云溪镇入选。"
                 "云溪镇境内有古村落。云溪镇先后荣获省级生态镇称号。",
                 "云溪镇", "青山区", id="ranking-list title: not a town named 最美小镇"),
    pytest.param("访云溪镇党委书记李明",
                 "访云溪镇党委书记李明\n\n今年是云溪镇的攻坚年。云溪镇党委自我加压。云溪镇将加快发展。",
                 "云溪镇", None, id="a verb before the name in the title"),
    pytest.param("青山云溪镇荣获省级生态镇",
                 "日前，青山县云溪镇荣获省级生态镇称号。全市仅云溪镇一个乡镇入围。云溪镇是试点镇之一。",
                 "云溪镇", "青山县", id="county short name glued to the town"),
    pytest.param(None,
                 "石岭头镇围绕“发展大工业”工作思路，集中精力抓招商。今年以来，该镇不断加快园区建设。",
                 "石岭头镇", None, id="one mention, in the lead sentence"),
    pytest.param("云溪镇的介绍",
                 "云溪镇位于青山县东部。云溪镇交通便捷。云溪乡荣获“先进乡镇”、“文明乡镇”、“平安乡镇”、"
                 "“绿色乡镇”等称号，推进美丽乡村建设。",
                 "云溪镇", None, id="乡镇 and 乡村 are words, not names ending in 乡"),
    pytest.param("2010年江州市政府工作报告",
                 "江州市人民政府。建设城西科创产业集聚区江州市两大平台加快发展。江州市经济平稳增长。",
                 "江州市", None, id="a zone running into the city's name is not its parent"),
    pytest.param("2010年江州市政府工作报告",
                 "江州市人民政府。全面推进江北区江州市级重点项目。江州市经济平稳增长。",
                 "江州市", None, id="a district never holds a city"),
    pytest.param("2010年临水市政府工作报告",
                 "江州市临水市人民政府。临水市经济平稳增长。",
                 "临水市", "江州市", id="a county-level city in a prefecture-level city"),
]


@pytest.mark.parametrize("title, body, town, parent", TOWN_CASES)
def test_town_of_a_document_outside_shanghai(title, body, town, parent):
    text = (f"---\ntitle: {title}\n---\n" if title else "") + body + "\n"
    doc = ingest.parse_document(text.encode(), doc_id="t")
    assert (doc.town, doc.town_parent) == (town, parent)


def test_declared_town_receives_what_we_zhen_received(tmp_path):
    from rdflib import Literal
    from rdflib.namespace import RDFS

    from kg.build import build
    from kg.namespaces import TK
    from kg.rdfize import union

    path = tmp_path / "declared.md"
    path.write_text("---\ntown: 云溪镇\n---\n近年来，我镇荣获省级生态镇称号。街道荣获全国文明村镇称号。\n",
                    encoding="utf-8")
    g = union(build([path]).dataset)
    town = next(g.subjects(RDFS.label, Literal("云溪镇", lang="zh")))
    honors = {str(g.value(h, RDFS.label)) for h in g.objects(town, TK.receivedHonor)}
    assert honors == {"省级生态镇", "全国文明村镇"}
