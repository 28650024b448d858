import itertools
import math
import random

import cn2an
import pytest

from kg.numbers import CN_DIGITS, UNSURE, chinese_numeral, find_quantities, parse_number


def values(text):
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text,expected", [
    ("税收总额43.82亿元", [(4382000000, "cur:CNY")]),
    ("补助金22064万元", [(220640000, "cur:CNY")]),
    ("引进合同外资12.82亿美元", [(1282000000, "cur:USD")]),
    ("拆除违法建筑208.55万平方米", [(2085500, "unit:M2")]),
    ("新增绿地59.37公顷", [(593700, "unit:M2")]),
    ("绿化覆盖率31.25%", [(31.25, "unit:PERCENT")]),
    ("发放救助28.7万人次", [(287000, "unit:NUM")]),
    ("新增十二个站点", [(12, "unit:NUM")]),
    ("惠及两万人", [(20000, "unit:NUM")]),
    ("新增企业1,234家", [(1234, "unit:NUM")]),
    ("总产值2 311亿元", [(231100000000, "cur:CNY")]),  # thousands grouped by a space
    ("共12 345人", [(12345, "unit:NUM")]),
    # a list of figures shares the measure word and the change word of its last / first figure
    ("覆盖率分别提高2.5个和1个百分点", [(2.5, "unit:PERCENT"), (1, "unit:PERCENT")]),
    ("覆盖率分别提高0.6和0.4个百分点", [(0.6, "unit:PERCENT"), (0.4, "unit:PERCENT")]),
    ("能耗分别下降5%和3%", [(-5, "unit:PERCENT"), (-3, "unit:PERCENT")]),
    ("新建5个站点和3个百分点", [(5, "unit:NUM"), (3, "unit:PERCENT")]),
    # bare numbers before a figure share its measure word (and its multiplier when they have none)
    ("参保人数分别达12.5万、8万和6万人", [(125000, "unit:NUM"), (80000, "unit:NUM"), (60000, "unit:NUM")]),
    ("蔬菜、水果产量分别达到42.8、50.5万吨", [(428000, "unit:TONNE"), (505000, "unit:TONNE")]),
    ("营业收入分别达60亿、80亿元", [(6e9, "cur:CNY"), (8e9, "cur:CNY")]),
    ("增幅分别高于全省2.1、2.2和1.4个百分点", [(2.1, "unit:PERCENT"), (2.2, "unit:PERCENT"), (1.4, "unit:PERCENT")]),
    ("收入分别增长8.5、9.2%", [(8.5, "unit:PERCENT"), (9.2, "unit:PERCENT")]),
    # ... but not numbers with a multiplier of their own the last lacks: they are of another measure
    ("游客人次、人均花费分别达340万、1326元", [(1326, "cur:CNY")]),
    ("PM2.5和PM10浓度下降10%", [(-10, "unit:PERCENT")]),
    # 多 / 余 after the multiplier as well as before it
    ("转移农村劳动力2万多人", [(20000, "unit:NUM")]),
    ("开展文化活动1.7万余场", [(17000, "unit:NUM")]),
    ("惠及30余万人次", [(300000, "unit:NUM")]),
    # counts of runs, sessions and batches
    ("开行中欧班列1026列", [(1026, "unit:NUM")]),
    ("每周航班达60班", [(60, "unit:NUM")]),
    ("开行1500航次", [(1500, "unit:NUM")]),
    ("开展健身活动2800场次", [(2800, "unit:NUM")]),
    ("抽检食品2000批次", [(2000, "unit:NUM")]),
    # 年度 after a count opens the noun counted (not a duration)
    ("完成12项年度改革任务", [(12, "unit:NUM")]),
    # a bare order of magnitude crossed as a threshold, at the end of its clause
    ("全县工业产值突破千亿元。", [(1e11, "cur:CNY")]),
    ("各项存款余额首次突破万亿元大关，", [(1e12, "cur:CNY")]),
    ("其中5个超百亿元。", [(5, "unit:NUM")]),  # the things counted are of that class: no figure of money
    # a ratio of two measures has no unit ("N" or "N:1")
    ("城乡居民收入比缩小至1.9以内。", [(1.9, "unit:UNITLESS")]),
    ("城乡居民收入比缩小到2.05:1，", [(2.05, "unit:UNITLESS")]),
    ("出生人口性别比为106，", [(106, "unit:UNITLESS")]),
    # people counted with no measure word after the multiplier
    ("辖12个行政村、人口6.1万。", [(12, "unit:NUM"), (61000, "unit:NUM")]),
    ("全市常住人口达到300万，", [(3000000, "unit:NUM")]),
    # a count of days is a measure (days alone are a duration)
    ("空气质量优良天数达320天以上，", [(320, "unit:DAY")]),
    ("优良天数同比增加7天、重污染天数减少3天", [(7, "unit:DAY"), (-3, "unit:DAY")]),
    # an index's value has no unit either
    ("环境质量综合指数稳定达到90以上。", [(90, "unit:UNITLESS")]),
    ("居民消费价格指数为102.8，", [(102.8, "unit:UNITLESS")]),
])
def test_values_in_base_units(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "2021年12月22日", "12345市民热线", "15分钟社区生活圈", "24小时处置", "第六次会议",
    "每年打造1-2个小区", "“三五T”工作法", "三大商业圈", "一批企业", "连续九年", "3个月内",
    "财政收入5$1.$24亿元",
    # a magnitude that names a class of things, or the things counted of that class; a comparison with 比
    "综合指数达到2013年以来的最好水平。",
    "超百亿元企业", "打造千亿元产业集群。", "投资千亿元的项目", "产值比2015年翻一番。", "投资比上年多12。",
])
def test_not_figures(text):
    assert values(text) == []


def test_qualifiers_sign_and_per_capita():
    (q,) = find_quantities("收到捐款近140万元")
    assert q.qualifier == "近" and q.value == 1400000
    (q,) = find_quantities("比重保持在90%以上")
    assert q.qualifier == "以上"
    (q,) = find_quantities("工业产值同比下降3.6%")
    assert q.value == -3.6 and q.change == "下降"
    (q,) = find_quantities("人均公共绿地面积达到28.89平方米/人")
    assert q.per_capita and q.unit == "unit:M2" and q.value == 28.89
    (q,) = find_quantities("动员4600多名志愿者")
    assert q.value == 4600 and q.qualifier == "多"


def test_level_after_increase_is_not_a_change():
    first, second = find_quantities("税收从30.63亿元增加到43.82亿元")
    assert second.value == 4382000000 and second.change is None


def test_parse_number():
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("两万") == 20000
    assert parse_number("不是数") is None


def cn2an_value(text):
    """What parse_number gave for a Chinese numeral before chinese_numeral: cn2an's smart mode."""
    try:
        value = float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def test_chinese_numerals_agree_with_cn2an_on_every_short_string():
    answered = 0
    for n in range(1, 5):  # every string of one to four numeral characters: 88,740
        for chars in itertools.product(CN_DIGITS, repeat=n):
            text = "".join(chars)
            value = chinese_numeral(text)
            if value is not UNSURE:
                answered += 1
                assert value == cn2an_value(text), text
    assert answered > 25_000  # the fast path answers a third of them (the rest go to cn2an)


def test_chinese_numerals_agree_with_cn2an_on_longer_ones():
    rnd = random.Random(7)
    digit = lambda: rnd.choice("一二两三四五六七八九")  # noqa: E731
    pieces = [lambda: digit() + "千", lambda: digit() + "百", lambda: digit() + "十", digit,
              lambda: "十", lambda: "万", lambda: "亿", lambda: "零"]
    texts = ["".join(rnd.choice(pieces)() for _ in range(rnd.randrange(2, 9))) for _ in range(20_000)]
    texts += [cn2an.an2cn(rnd.randrange(1, 10 ** rnd.randrange(1, 17))) for _ in range(5_000)]
    answered = [t for t in texts if chinese_numeral(t) is not UNSURE]
    assert len(answered) > 5_000
    assert [chinese_numeral(t) for t in answered] == [cn2an_value(t) for t in answered]


@pytest.mark.parametrize("text,expected", [
    ("十二", 12), ("二十九", 29), ("两万", 20000), ("五千亿", 5e11), ("十三亿", 1.3e9), ("两万亿", 2e12),
    ("一亿两千万", 1.2e8), ("一百二十三", 123), ("八一", 81), ("二〇二一", 2021),
    ("百亿", None), ("千万", None), ("万亿", None), ("千千万万", None),  # no number for cn2an either
])
def test_common_chinese_numerals_need_no_cn2an(text, expected):
    assert chinese_numeral(text) == expected


@pytest.mark.parametrize("text", ["一千二", "一万五", "一千零五", "三点五", "一亿五万", "千百三", "二十万零三"])
def test_other_chinese_numerals_are_left_to_cn2an(text):
    assert chinese_numeral(text) is UNSURE
    assert parse_number(text) == cn2an_value(text)


def test_mixed_numerals_and_points():
    (q,) = find_quantities("投入4000多万元")
    assert q.value == 40000000 and q.qualifier == "多" and q.unit == "cur:CNY"
    (q,) = find_quantities("服务1.2万人次")
    assert q.value == 12000
    (q,) = find_quantities("占比提高2.5个百分点")
    assert q.value == 2.5 and q.unit == "unit:PERCENT"
    (q,) = find_quantities("完成投资3亿美元")
    assert q.unit == "cur:USD" and q.value == 300000000
