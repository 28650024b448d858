"""Titles (kg/extract/titles.py): the shapes of a title and the split of a verb's object into titles.

Written for these tests, with invented names."""
import pytest

from kg.extract.titles import TitleList, TitleShapes, honor_aliases


@pytest.fixture(scope="module")
def titles():
    return TitleList()


# the words after a verb -> the titles they list
@pytest.mark.parametrize("obj,expected", [
    ("“甲城示范镇”“乙省文明单位”等荣誉称号", ["甲城示范镇", "乙省文明单位"]),   # a run of quotes without 、
    ("全国文明村镇和国家卫生乡镇", ["全国文明村镇", "国家卫生乡镇"]),   # 和 between two titles
    ("国家卫生区、镇", ["国家卫生区", "国家卫生镇"]),   # a kind alone shares the title's stem
    ("历史文化名镇、名村", ["历史文化名镇", "历史文化名村"]),
    ("全国、全省“青禾模范镇”", ["全国青禾模范镇", "全省青禾模范镇"]),   # a level alone shares the next title
    ("全国乡村旅游重点乡镇和重点村", ["全国乡村旅游重点乡镇", "全国乡村旅游重点村"]),   # an elided head
    ("国家级生态镇并获得省级园林城镇", ["国家级生态镇", "省级园林城镇"]),   # a second verb starts a list of its own
    ("“青禾杯”和“禾苗奖”两项大奖", ["青禾杯", "禾苗奖"]),   # a tally after the titles
    ("第三届全国文明村镇", ["全国文明村镇"]),   # the edition is no part of the title
    ("13个一等奖、18个二等奖", []),   # tallies, no titles
    ("甲、乙奖共14项", []),   # a sum of awards
    ("更多荣誉", []),
])
def test_items(titles, obj, expected):
    assert titles.items(obj, loose=False) == expected


def test_slots_keep_a_place_for_what_is_no_title(titles):
    # 分别 pairs receivers with listed items by position: an item that is no title keeps its slot
    assert titles.items("全国文明村镇、88个示范点", loose=False, slots=True) == ["全国文明村镇", None]
    assert titles.items("全国文明村镇、88个示范点", loose=False) == ["全国文明村镇"]


@pytest.mark.parametrize("raw,expected", [
    ("第四届青禾杯奖", "青禾杯奖"),
    ("全国首批“国家生态镇”", "国家生态镇"),
    ("全省88个试点镇", "全省试点镇"),
    ("2023年度全国文明村镇", "全国文明村镇"),
    ("平安镇(街道)", "平安镇"),
    ("青禾奖三连冠", "青禾奖"),
])
def test_clean(raw, expected):
    assert TitleShapes().clean(raw) == expected


@pytest.mark.parametrize("item,looks,strict", [
    ("全国文明村镇", True, True),
    ("文明村镇", True, False),   # no level, no strong ending: not after a loose verb (获得)
    ("示范市", False, False),   # an ending alone names nothing
    ("千亿资产", False, False),   # an amount
    ("前五名", False, False),   # a rank
])
def test_looks_like(item, looks, strict):
    shapes = TitleShapes()
    assert (shapes.looks_like(item), shapes.looks_like(item, strict=True)) == (looks, strict)


@pytest.mark.parametrize("title,aliases", [
    ("上海市五好小区", ("五好小区",)),
    ("某某省文明单位", ("文明单位",)),
    ("文明片区建设先进乡镇", ()),   # 片区 ends like a place but is none: no level to drop
    ("美丽园区示范企业", ()),
    ("城乡区域协调发展实验区", ()),   # 城乡区 is no district
    ("卫生城市建设先进单位", ()),
    ("普陀区文明单位标兵", ("文明单位标兵",)),   # a district the place lexicon knows
])
def test_aliases_drop_only_an_issuing_level(title, aliases):
    assert honor_aliases(title, TitleShapes().not_place) == aliases
