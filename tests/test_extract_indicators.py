"""Naming the indicator (kg/extract/indicators.py), called directly on names written for the tests."""
import pytest

from kg.extract import indicators


@pytest.mark.parametrize("name, expected", [
    ("工业产值、农业产值同比增长", ["工业产值同比增长", "农业产值同比增长"]),   # each item ends like an indicator
    ("城区和郊区居民收入增长", ["城区居民收入增长", "郊区居民收入增长"]),     # 城区 stands for 郊区: the rest is shared
    ("批发和零售业增加值增长", ["批发和零售业增加值增长"]),                   # one trade of the statistics, named with 和
    ("蔬菜、水果占农产品销售额比重", ["蔬菜、水果占农产品销售额比重"]),       # the list's joint share
    ("商贸、物流等服务业收入", ["商贸、物流等服务业收入"]),                   # 等: the list qualifies one thing
    ("办公、仓储面积", ["办公、仓储面积"]),                                   # 面积 names no indicator of its own
    ("粮食产量", ["粮食产量"]),
])
def test_split_indicator_list(name, expected):
    assert indicators.split_indicator_list(name) == expected


@pytest.mark.parametrize("text, expected", [
    ("工业产值达到了", "工业产值"),
    ("税收收入累计完成", "税收收入"),
    ("投资总额分别为", "投资总额"),
    ("粮食产量", "粮食产量"),
    ("新建道路和", "新建道路"),
    ("粮食" + "、" * 100, "粮食" + "、" * 36),   # only the last 64 characters are stripped (a bounded pattern)
])
def test_strip_tail(text, expected):
    assert indicators.strip_tail(text) == expected


@pytest.mark.parametrize("a, b, same", [
    ("工业总产值", "规上工业总产值", True),
    ("新建学校", "新建学校校舍", True),
    ("粮食产量", "蔬菜产量", False),        # a shared head alone is no shared measure
    ("", "粮食产量", False),
])
def test_same_measure(a, b, same):
    assert indicators.same_measure(a, b) is same
