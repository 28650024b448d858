"""Receivers (kg/extract/receivers.py): who, named before a verb, won or pursues a title.

Written for these tests, with invented names; (None, None) is the document's own town."""
import pytest

from kg.extract.receivers import Receivers

CTX = {"town": "青禾镇", "town_short": "青禾"}


@pytest.fixture(scope="module")
def receivers():
    return Receivers()


# the words before a verb of goal (争创, 申报 …) -> who pursues the goal
@pytest.mark.parametrize("before,expected", [
    ("青禾镇", [(None, None)]),
    ("大力发展旅游业，", [(None, None)]),   # a clause of work: the town
    ("建设健康城市、", [(None, None)]),   # a joined verb phrase, not a receiver
    ("推动禾丰集团", [("禾丰集团", "enterprise")]),
    ("支持禾丰公司和禾苗公司", [("禾丰公司", "enterprise"), ("禾苗公司", "enterprise")]),
    ("支持东岭、西岭开发区", [("东岭开发区", "entity"), ("西岭开发区", "entity")]),   # a shared head
    ("鼓励企业", []),   # unnamed units: no fact
    ("支持一批开发区", []),
    ("支持市属两所高职院校", []),   # a counted group
    # a co-verb or adverb after the last unit, a verb of help or work before the first, are no part of a name
    ("支持东岭寺、西岭古灶携手", [("东岭寺", "entity"), ("西岭古灶", "entity")]),
    ("助推东岭、西岭", [("东岭", "entity"), ("西岭", "entity")]),
    ("认真做好东岭新区", [("东岭新区", "entity")]),
    ("支持东岭大学建设省级“双一流”、西岭学院", [("西岭学院", "university")]),   # a clause of its own before
    # units named by kind or count only, the province, a manner, the body applied to: no named pursuer
    ("支持大企业、大集团", []),
    ("支持县（市）区", []),
    ("配合省上", []),
    ("推进整建制", [(None, None)]),
    ("做好向国家", [(None, None)]),
    ("推进", [(None, None)]),   # 推进创建X: the town's own work
    ("支持", []),
])
def test_goal_subjects(receivers, before, expected):
    assert receivers._goal_subjects(before, CTX) == expected


@pytest.mark.parametrize("text,expected", [
    ("青禾镇", (None, None)),
    ("我镇", (None, None)),
    ("禾丰公司", ("禾丰公司", "enterprise")),
    ("禾丰村", ("禾丰村", "village")),
    ("3个村", None),   # a count is no name
])
def test_receiver(receivers, text, expected):
    assert receivers._receiver(text, CTX) == expected


@pytest.mark.parametrize("subj,kind,expected", [
    ("禾丰街道", "town", ("禾丰街道", "town")),
    ("全国首个智慧港口", "entity", ("智慧港口", "entity")),   # a description before the name
    ("首家", "entity", (None, None)),   # a batch names no unit
    ("研究成果", "entity", None),   # a generic noun
])
def test_named_receiver(receivers, subj, kind, expected):
    assert receivers._named_receiver(subj, kind) == expected


def test_shared_heads(receivers):
    assert receivers._share_head([("东岭", "entity"), ("西岭开发区", "entity")]) == \
        [("东岭开发区", "entity"), ("西岭开发区", "entity")]
    assert receivers._share_field_head([("智能机器人", "entity"), ("智能家电产业提升项目", "entity")]) == \
        [("智能机器人产业提升项目", "entity"), ("智能家电产业提升项目", "entity")]
    # a name ending in a place word of its own kind is complete (no 东岭通讯城产业园)
    assert receivers._share_field_head([("东岭通讯城", "entity"), ("西岭电商产业园", "entity")]) == \
        [("东岭通讯城", "entity"), ("西岭电商产业园", "entity")]


def test_titles_go_to_the_receiver_of_their_kind(receivers):
    got = receivers._kind_pairs([("东岭区", "district"), ("西岭镇", "town")], ["国家卫生区", "国家卫生镇"], "青禾市")
    assert got == [(("东岭区", "district"), "国家卫生区"), (("西岭镇", "town"), "国家卫生镇")]
    assert receivers._first_subject("东岭村名列全省前十、") == "东岭村"   # the subject of the first joined verb


@pytest.mark.parametrize("town,item,smaller", [
    ("青禾市", "国家级和谐社区", True),   # a community's title in a city's report
    ("青禾区", "全国文明村镇", True),
    ("青禾市", "全国文明城市", False),
    ("青禾镇", "美丽宜居村", False),   # a town's report: its villages' titles are its campaign
])
def test_smaller_kind(receivers, town, item, smaller):
    assert receivers._smaller_kind(item, town) is smaller
