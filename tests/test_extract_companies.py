"""Company-name shapes (kg/extract/companies.py) on names written for these tests.

Every firm name here is invented: trade names, common names without their
legal form, and one firm named twice in a document.
"""
import pytest

from kg import lexicon
from kg.extract.companies import CompanyShapes, _same_firm


@pytest.mark.parametrize("name, trade", [
    ("江苏恒远新型防水材料", "江苏恒远新型"),
    ("来福县树德机械制造项目", "树德"),
    ("朗驰物流", "朗驰"),
    ("高端装备制造", None),      # a description
    ("智能终端", None),          # the industry word stands first: no trade name
    ("东湾村卫生室项目", None),   # a village's works
    ("污水再生利用", None),       # public works before the industry word
    ("跨国公司", None),           # a kind of company
])
def test_trade_name_of_a_firm_shaped_name(name, trade):
    assert CompanyShapes().trade_name(name) == trade


@pytest.mark.parametrize("name, canonical", [
    ("星澜科技有限公司", "星澜科技"),
    ("星澜科技（青溪）有限公司", "星澜科技"),
    # 总公司 / 分公司 / 子公司 are one legal form: stripped whole or not at all, never to a dangling 总/分
    ("青溪供水总公司", "青溪供水总公司"),
    ("星澜软件江州分公司", "星澜软件江州分公司"),
    # a kind of firm keeps its 公司: 财务 alone would name nothing
    ("财务公司", "财务公司"),
    # a bracket inside a name that ends in no legal form is part of it; before a legal form it is a place
    ("澜（江）公司冷轧薄板", "澜（江）公司冷轧薄板"),
    ("星澜（中国）投资有限公司", "星澜投资"),
])
def test_canonical_names(name, canonical):
    assert CompanyShapes().canonical(name) == canonical


@pytest.mark.parametrize("name, earlier, same", [
    ("宏澜宝马", "宏澜宝马里达工厂", False),      # a firm's plant is not the firm
    ("澜州石化", "澜州石化减油增化", False),      # nor its project named by what it does
    ("星澜智能装备", "星澜智能装备科技", True),   # a trade suffix: the same firm
])
def test_same_firm_in_a_document(name, earlier, same):
    words = lexicon.rules("enterprises.tsv")
    found = _same_firm(name, [earlier], CompanyShapes().industry_words, frozenset(words.words("trade_suffix")))
    assert (found == earlier) is same
