"""Naming what a figure measures: the indicator of an observation, from the words around its figure.

Indicator heads, verbs and change words are in ``data/lexicons/observations.tsv``. ``_indicator`` names
one figure from the words before it and the noun after it; ``_respective`` pairs the figures of a clause
with a list before 分别; ``split_indicator_list`` gives one indicator per item of a listed name;
``same_measure`` tells when two names are of one measure. Kind, period and which figures count are
``observations.py``'s.
"""
from __future__ import annotations

import os
import re
from difflib import SequenceMatcher

from kg import lexicon
from kg.extract import names
from kg.numbers import Quantity, find_quantities

_RULES = lexicon.rules("observations.tsv")

INDICATOR_STRIP_TAIL = re.compile(r"((?<![年人平])均|分别|已|共|累计|总计|合计|预计|达到了?|达|为|是|实现|完成|超过|超|"
                                  r"突破|保持在|保持|稳定在|稳定|控制在|约|近|逾|不低于|不少于|不超过|占|增至|提高到|提升到|"
                                  r"(?:增加|提高|提升|增长|上升|下降|减少|降低|扩大|缩减|缩小)(?:到|至)|降至|从|由|到|至|和|(?<![惠涉普波遍顾危提触])及|、|的)+$")
TAIL_WINDOW = 64


def strip_tail(text: str) -> str:
    """``INDICATOR_STRIP_TAIL`` on the last ``TAIL_WINDOW`` characters only.

    The pattern is tried at every start position and runs to the end, so on
    a long run of its words ("、、、…") it is quadratic (issue 11); no real
    tail of such words is anywhere near 64 characters long.
    """
    return text[:-TAIL_WINDOW] + INDICATOR_STRIP_TAIL.sub("", text[-TAIL_WINDOW:])


INDICATOR_STRIP_HEAD = re.compile(r"^(<?b?r\s*/?>|[（(](?![^（）()]*[）)])|其中|同时|另外|此外|全年|年内|今年|五年来|五年内|今后五年|未来五年|过去五年|"
                                  r"\d{1,3}[.、．](?!\d)|[（(]\d{1,3}[）)]|[一二三四五六七八九十]+是|(?:以上|以下|左右|以内)[、，]?|"
                                  r"[一二三四五六七八九十两]年(?:来|间)?(?=累计|年均|平均|共)|"
                                  r"全镇|全区|全市|全街道|我镇|本镇|镇域|预计|力争|确保|争取|要|将|并|还|已经|已|共|实现|"
                                  r"(?:19|20)\d{2}年(?:末|底)?|十[一二三四五]五(?:末|期间)?|近[一二三四五六七八九十\d]+年(?:来)?|与.{1,12}相比(?:较)?|"
                                  r"截至\S{2,10}|到\S{2,8}年末?|对(?=全|本|我)|" + _RULES.pattern("method.head") + ")+")
GROWTH = re.compile("(" + _RULES.pattern("growth") + ")$")
INDICATOR_HEADS = _RULES.words("indicator.head")
# a clause that only gives where the figures of a from-to clause before it got: "，提高到C、D"
TO_ONLY = re.compile(r"^(?:分别)?(?:(?:增加|提高|提升|增长|上升|下降|减少|降低|扩大|缩小)(?:到|至)|[增升降](?:到|至))$")
# "由45个精简为40个": a count cut down is a from-to too
FROM_TO = re.compile(r"[从由][^，；。]{0,40}?(?:(?:增加|提高|提升|增长|上升|下降|减少|降低|扩大|缩小|发展)(?:到|至)|[增升降减](?:到|至)|"
                     r"(?:精简|压缩|压减|调减)(?:到|至|为))")


COMPARED_TO = r"(?:比|较|与)(?:上年|去年|同期|上年同期|年初|[^，；。、]{1,8}?(?:年|期|末|底|初)|十[一二三四五]五)(?:相比)?"
# 等 closing a list, not inside a word (高等教育, 同等, 等级)
LIST_DENG = re.compile(r"(?<![高中初平同对均上优特头一二三])等(?![级待候同])地?(?:各(?![类种项级]))?")
LIST_VERB = re.compile("^(?:" + _RULES.pattern("list.verb") + ")")
NEXT_VERB = re.compile("、(?=(?:" + _RULES.pattern("list.verb") + ")(?![区期]))")
BARE_VERB = re.compile("(?:新|再|累计|共)?(?:" + _RULES.pattern("list.verb") + "|" + _RULES.pattern("bare.verb") + ")")
ANY_VERB = re.compile("(?:" + _RULES.pattern("list.verb") + "|" + _RULES.pattern("bare.verb") + ")")
SUBJECTLESS = re.compile("^(?:累计|共|新|再|已|全年|年内|当年)*(?:" + _RULES.pattern("list.verb") + "|" +
                         _RULES.pattern("bare.verb") + "|" + _RULES.pattern("subgroup.verb") + ")")
COUNT_NOUN_END = re.compile(_RULES.pattern("count.noun.end"))
HEAD_VERB = re.compile("^(.{2,12}?)(?:" + _RULES.pattern("head.verb") + ")")
AFTER_NOT_NOUN = re.compile(r"^(增|并(?![购网联列入轨])|提(?:高|升|前|到|至)|[）)]|上升|下降|减|降|扩大|缩小|累计|年均|同比|占|比|的增长|以上|以下|以内|及以[上下]|左右|和|、|，|。|；|到|至|"
                            r"[/／]|[，；。]|$)")


# a change named only by what it is compared with: "比上年增长", "同比提高", "比2002年下降"
RESPECTIVE_PAIRS = tuple(tuple([e.split("=")[0]] + e.split("=")[1].split("|")) for e in _RULES.words("respective.pair"))
BARE_RATES = frozenset(_RULES.words("bare.rate"))
BARE_CHANGE = re.compile(r"(?:同比|环比|年均|同口径|可比价|按可比价格计算|" + COMPARED_TO + r")+分?别?(?:" + _RULES.pattern("growth") +
                         r"|增加|上升|扩大|净增|多|少|超出|高出)了?")
COMPARED_ONLY = re.compile("(?:" + _RULES.pattern("compared.only") + ")")
BARE_SPEND = re.compile(r"(?:累计|共|全年|市财政|财政|各级财政)?(?:投入|投资|安排|筹集|筹措|下达|拨付|落实|争取)(?:资金)?")
DONE_VERB = re.compile("(?:完成|实现|办结|建成|竣工|投产|落地|开工|签约|达标|销号|脱贫)")


# the noun after a figure ends where a number starts, but not at "500强", "5G", "220千伏" (parts of a name)
NOUN_DIGIT = re.compile(r"\d(?![\d.]*(?:强|[A-Za-z#]|千伏|万伏|兆瓦|英寸))")
# "高于全省1.4个百分点": a gap to another measure, at the end of a name
GAP = re.compile(r"(?:高于|低于|快于|慢于|高出|超出|超过)[^，；。、\d]{1,8}$")
RAISE_VERB_OPEN = re.compile(r"^(?:" + _RULES.pattern("raise.verb") + ")")
VERB_END = re.compile(ANY_VERB.pattern + "$")


BARE_HEAD = re.compile("(?:分别)?(?:" + _RULES.pattern("bare.head") + ")")
BARE_MOVE = re.compile("(?:" + _RULES.pattern("bare.move") + ")")
MOVE_TO = re.compile(r"(?:提高|提升|增加|增长|上升|下降|减少|降低|上调|下调|精简|压缩)(?:到|至|为)(?:每[月年人户])?$")
MEASURE_LEAD = re.compile("^(?:" + _RULES.pattern("measure.lead") + ")+")
QUALIFIER = "(?:" + _RULES.pattern("level.alone") + ")"
QUALIFIER_OPEN = re.compile(QUALIFIER)
LEVEL_DROP = re.compile("^(?:" + _RULES.pattern("level.drop") + ")")
# a qualifier with only a verb before it: "国家级", "新增省级", "推进500千伏"
LEVEL_ONLY = re.compile(r"((?:新增|新|累计|其中|成功|发展壮大)?(?:" + _RULES.pattern("list.verb") + "|" + _RULES.pattern("bare.verb") +
                        r"|新增|培育|争创|创建|新认定|认定|承担|组建)?)(" + QUALIFIER + ")")
# "500千伏、12个220千伏、54个110千伏变电站建设": qualifiers, each with its count, then the head they share
LEVEL_RUN = re.compile(r"(" + QUALIFIER + r")(?:(?:、|和|及|与)(?:[\d.]+(?:[-—～~][\d.]+)?[万]?[\u4e00-\u9fff]?|一批|若干)?" + QUALIFIER +
                       r")*(?:以上)?([^、，；。\d和及与]{2,16})")
LEVEL_IN = re.compile(QUALIFIER + "(?:及以上|以上)?")
# a period alone names no measure ("从2015年的71683元", "去年达到797亿元")
PERIOD_ONLY = re.compile(r"(?:(?:19|20)\d{2}年(?:末|底|初)?|去年|上年|当年|今年|前年)(?:末|底)?的?")
PERIOD_END = re.compile("(?:" + PERIOD_ONLY.pattern + ")$")
# "建成22座污水处理厂和一批村镇污水设施": a second item with a quantity of its own, which the figure does not count
NEXT_ITEM = re.compile(r"(?:和|及|以及|、)(?:一批|若干|部分|一些|多个|多座|多家)")


def _measure_before(text: str) -> str:
    """What a bare rate or change measures, from the clause before it ("城镇新增就业9.4万人" → 城镇新增就业,
    "全面实行农村低保制度" → 农村低保制度); "" when that clause names no measure."""
    pieces = re.split(r"[，；：。,;:]", text)[:-1]  # the last piece is the figure's own clause
    for piece in reversed(pieces[-2:]):
        c = INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(piece).strip())
        digit = re.search(r"\d", c)
        if digit:
            before = strip_tail(INDICATOR_STRIP_HEAD.sub("", c[:digit.start()]))
            if not before:
                continue  # "2.5万农民享受低保待遇": the clause counts people; the one before names the scheme
            return before if 2 <= len(before) <= 16 and not re.search(r"[、和及]", before) else ""
        head = HEAD_VERB.match(c)
        if head and not re.search(r"[，；、,]", head.group(1)) and re.search(r"[十百千万亿]", c[head.end():]):
            return head.group(1)  # "主营业务收入突破千亿"
        lead = MEASURE_LEAD.match(c)
        what = c[lead.end():] if lead else ""
        return what if 2 <= len(what) <= 14 and not re.search(r"[、，；]", what) else ""
    return ""


def _with_level(level: str, prev: str | None) -> str:
    """"省级" after "新增国家级龙头企业4户" → 新增省级龙头企业; "国家级" after "建成各类众创空间49家" → 国家级众创空间."""
    if not prev:
        return ""
    m = LEVEL_IN.search(prev)
    if m:
        return prev[:m.start()] + level + prev[m.end():]
    noun = re.sub(r"^.*?(?:各级各类|各类|各级|各种)", "", _noun(prev))  # "建立各类孵化器" → 孵化器
    return level + noun if len(noun) >= 2 and not LEVEL_ONLY.fullmatch(noun) else ""


def _noun(base: str) -> str:
    """The thing a measure counts: what follows the last verb ("累计开工建设产业项目" → 产业项目), else
    what precedes the first one ("保障房开工" → 保障房, unless that is an adverbial), else the whole."""
    verbs = list(ANY_VERB.finditer(base))
    after_verb = base[verbs[-1].end():] if verbs else ""
    if len(after_verb) >= 2 and not BARE_VERB.fullmatch(after_verb):
        return after_verb
    if verbs and verbs[0].start() >= 2 and \
            not re.search(r"(?:累计|共|新|再|已|全部|基本|年|来|内)$", base[:verbs[0].start()]):
        return base[:verbs[0].start()]
    return base


def _indicator(sent: str, q: Quantity, lo: int, clause_end: int, prev: str | None, after_figure: int = -1,
               prev_same: str | None = None) -> str:
    """Name what a figure measures from the words before it, and the noun after it.

    "建成59万平方米安置房" → 建成安置房; "税收总额从30.63亿元" → 税收总额; a bare
    "累计增长43.06%" takes the indicator of the figure before it in the sentence
    (``prev``); a bare "较上年多17.6亿元" that of the last figure of its own unit
    family (``prev_same``: not the share named in between).
    """
    raw = sent[lo:q.start]
    if 0 < lo == after_figure:
        raw = CURRENCY_OPEN.sub("", raw)  # "148.83亿元人民币和1.86亿美元": the currency word is the figure's before
    raw = re.sub(r"^(?:[、，和与）)]|及(?!时))+", "", raw)  # 及时 is no joiner; ）closes an aside before
    if q.family == "count" and re.search(r"[^、，]{2}(?:和|(?<![惠涉普波遍顾危提触])及)$", raw) and \
            re.match(r"[\u4e00-\u9fff]{2}", sent[q.end:]):
        raw = ""  # "焚烧厂一期和6个垃圾处理站建成投用": the words before 和 are another item, not the count's noun
    elif q.family == "count" and raw.endswith("、") and "、" not in raw[:-1] and \
            re.match(r"[\u4e00-\u9fff]{2}", sent[q.end:]) and not find_quantities(raw):
        # "完成X产业园一期、4个集散中心…建设": the verb is shared, X is another item; "统筹推进X片区、3个综合保税区":
        # with no verb the lexicon knows, nothing before 、 names the count
        raw = LIST_VERB.match(raw).group(0) if LIST_VERB.match(raw) else ""
    name = INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(raw).strip())
    name = strip_tail(name).strip()
    name = re.sub(r"^从", "", name)
    period_only = bool(PERIOD_ONLY.fullmatch(name))
    if period_only:
        name = ""  # "从2015年的71683元": the year is the figure's period, the measure is named before
    # "开行班列621列、增长54.9%": a figure the unit list does not know, then 、 and the change of it
    listed = re.search(r"[\d.]+[\u4e00-\u9fff]{0,3}、(?=(?:同比|比上年|年均)?(?:" + _RULES.pattern("growth") + r")$)", name)
    if listed and listed.start() >= 2:
        name = name[:listed.start()] + name[listed.end():]
    if 0 < lo == after_figure and "、" in name and len(name) - name.rfind("、") <= 5:
        name = name[name.rfind("、") + 1:]  # "12人获评A、总数86人": the words after 、 name the second figure
    list_end = list(LIST_DENG.finditer(name[:-1]))
    if list_end and len(name[list_end[-1].end():]) >= 2:
        verb = LIST_VERB.match(name)
        # "A、B等总投资196亿元": the list only names the things measured; "实施A等项目20个": 实施项目
        name = (verb.group(0) if verb and q.family == "count" and not LIST_VERB.match(name[list_end[-1].end():])
                else "") + \
            name[list_end[-1].end():]
    # a short aside in brackets is dropped ("32个乡镇（街道）健身中心"); an open one ends the noun ("27家（其中")
    rest = sent[q.end:clause_end]
    if q.family == "money":
        rest = CURRENCY_OPEN.sub("", rest)  # "约合1243亿元人民币": the currency is the unit's, no noun
    # "完成10条207公里通乡油路改造", "建成475公里、8361公顷林带": every figure of the run measures the noun after it
    while re.match(r"[、和及]?\d", rest):
        nxt = find_quantities(rest[:24])
        if not nxt or nxt[0].start > 1 or re.search(r"\d", re.split(r"[，；。]", rest[nxt[0].end:])[0]):
            break  # "企业3户、10亿元企业10户": the next figure has a noun and a figure of its own
        rest = rest[nxt[0].end:]
    after = re.sub(r"[（(][^（）()，]{1,6}[）)]", "", rest)
    after = re.split(r"[，；。（(]", after)[0]
    # the noun ends where a number starts, but not at "500强", "5G", "220千伏" (parts of a name)
    age = re.match(r"\d+周?岁(?:以上|以下|及以上)?", after)  # "18万名15岁以下儿童": an age opens the noun
    digit = NOUN_DIGIT.search(after, age.end() if age else 0)
    if digit:
        nxt = find_quantities(after[digit.start():digit.start() + 24])
        after = after[:digit.start()]
        if q.family == "count" and nxt and nxt[0].start == 0:
            # "206家平价商店累计惠民金额超2.1亿元": the count counts the noun before the next figure's measure
            cut = COUNT_NOUN_END.search(after)
            after = re.sub(r"(?:已经|已|均|都|并|要)+$", "", after[:cut.start()]) or after if cut and cut.start() >= 2 else after
        if "、" in after and len(after) - after.rfind("、") <= 5 and \
                (nxt and nxt[0].start == 0 or re.fullmatch(r"[\u4e00-\u9fff]{2,4}", after[after.rfind("、") + 1:])):
            # "28人当选“中国好人”、总数207人": 总数 names the next figure; so does 人口 in "辖45个行政村、人口6.1万"
            after = after[:after.rfind("、")]
    after = after.rstrip("）)")
    if re.fullmatch(r"(?:大关|台阶|关口|大台阶)", after):
        # "突破十万元大关", "迈上4000亿元台阶": a milestone; the measure is named before its verb
        after = ""
        name = re.sub(r"(?:连续|先后|首次|已)?(?:迈上|跨上|跨越|迈过|突破|首破|站上|跃上|越过)$", "", name)
        name = PERIOD_END.sub("", name)  # "生产总值2008年迈上…台阶"
    after = re.sub(r"^(?:以上|以下|左右|以内)(?=[^，；。、和]{2})", "", after)  # "100个以上老旧小区改造"
    of = after.find("的")
    if q.family == "count" and of >= 2 and digit and "、" in after[of:]:
        # "对25个开发区的经济发展、基础建设等6项内容评价": the count counts the noun before 的; what
        # follows is a list or another figure's noun
        after = after[:of]
    after = LIST_DENG.split(after, 1)[0].rstrip("、和及与")  # "投资30亿元的X基地等一批项目": X
    after = NEXT_VERB.split(after, 1)[0]  # "开工建设902个项目、建成350个项目": 项目
    item = NEXT_ITEM.search(after)
    if item and item.start() >= 2:
        after = after[:item.start()]  # "22座污水处理厂和一批村镇污水设施": the figure counts the first
    level_run = LEVEL_RUN.match(rest) if q.family == "count" and QUALIFIER_OPEN.fullmatch(after) else None
    if level_run:
        # "推进2个500千伏、12个220千伏、54个110千伏变电站建设": the head after the last qualifier is each one's
        after = level_run.group(1) + level_run.group(2)
        if LEVEL_DROP.fullmatch(name):
            name = ""  # a verb that only says work goes on ("推进") names nothing of the items
        if 0 < lo == after_figure:
            name = ""  # the words between the figures are the qualifier of the figure before
    shared_noun = None if level_run else re.match(r"[^、，；。\d]{1,4}?[级型类]、[\d.]+[万亿]?[\u4e00-\u9fff]?[^、，；。\d]{1,4}?[级型类]([^、，；。\d]{2,12})",
                           rest) if q.family == "count" and re.fullmatch(r"[^、]{1,4}[级型类]", after) else None
    if shared_noun:
        # "214家市级、1054家镇级试点企业": the noun after the second names the first
        after += re.split(r"和|及|与|是|为", shared_noun.group(1))[0]
    if after and not AFTER_NOT_NOUN.match(after) and len(after) <= 24:
        items = names.split_list(name) if "、" in name else []
        if q.family == "count" and len(items) >= 2 and all(len(x) >= 2 for x in items) and \
                not any(ANY_VERB.match(x) or BARE_VERB.match(x) or x[-1] in "省市县区" for x in items):
            name = ""  # "丁二胺、灭活疫苗、多杀霉素3项产品入选…": the items are examples of what is counted
        if 0 < lo == after_figure and (re.match(r"[\u4e00-\u9fff]{2}", after) or QUALIFIER_OPEN.match(after)):
            # "建成5个A中心和10家B医院": the words between the figures name the first one,
            # but a verb after the separator opens the second ("…项目、建成350个项目": 建成项目)
            verb = NEXT_VERB.search(sent[lo:q.start])
            name = sent[lo:q.start][verb.end():] if verb else ""
        if name.endswith("等") or not name:
            verb = LIST_VERB.match(name) if name.endswith("等") else None
            name = verb.group(0) if verb else re.sub(r"^.*等$", "", name)  # "实施A、B等20个项目" → 实施项目
        name = name + names.strip_quotes(after).strip("的")
    growth = GROWTH.search(name)
    # "综合指数达207，提高近40个百分点": the change is of the number before it, which has no unit
    unitless = re.fullmatch(r"([^，；。、\d]{2,16}?)(?:达到|达|为|是|超过|突破)?[\d.]+",
                            re.split(r"[，；。]", sent[:lo].rstrip("，；"))[-1]) if growth else None
    if growth and len(name) == len(growth.group(0)) and unitless and \
            not find_quantities(unitless.group(0)) and not unitless.group(1).endswith(("年", "月", "日")):
        name = INDICATOR_STRIP_HEAD.sub("", unitless.group(1)) + growth.group(0)
    elif growth and len(name) == len(growth.group(0)) and prev:
        name = prev + growth.group(0)
    elif prev and BARE_MOVE.fullmatch(name):
        # "空气质量优良率达67.1%，五年提高20.1个百分点", "失业保险金提高到每月791元，提高了15%": the change of the
        # measure before (without the verb that led to its level)
        name = MOVE_TO.sub("", prev_same if q.family != "percent" and prev_same else prev) + name
    elif prev and (BARE_CHANGE.fullmatch(name) or COMPARED_ONLY.fullmatch(name)):
        # "地方财政收入2382亿元，比上年增长13.3%": 地方财政收入比上年增长; "民生支出167亿元，占比80%，较上年多17.6亿元"
        name = (prev_same if q.family != "percent" and prev_same else prev) + name
    elif prev and GAP.fullmatch(name):
        # "收入增长9.9%，高于全省1.4个百分点": the gap of the measure before (not of the gap before it)
        name = GAP.sub("", prev) + name
    if prev and name and re.match(r"\s*[（(]", raw) and not re.search(r"[）)]", raw) and not name.startswith(prev[:2]):
        name = prev + name  # "增长8.7%（可比口径12.9%）", "债务率15.5%（市本级13.5%）": an aside to the figure before
    if prev and re.fullmatch(r"(?:约|折)合(?:人民币)?", name):
        name = prev  # "实际使用外资175亿美元、约合1243亿元人民币": the figure before, in another currency
    done = re.sub(r"^(?:已经|已|共|累计|全部)+", "", names.strip_quotes(raw).strip())
    if not name and prev and DONE_VERB.fullmatch(done):
        name = done + _noun(prev)  # "制定整改措施78项，已完成73项": 完成整改措施
    elif (not name or len(name) < 2 or re.fullmatch(r"(增加|提高|提升|增长|上升)(到|至)?", name)) and prev:
        name = prev
    elif prev and len(name) <= 6 and name.endswith("率") and prev.endswith("率") and name[:2] in prev[2:] and \
            not prev.startswith(name[:2]):
        name = prev[:prev.index(name[:2], 2)] + name  # "城市污水集中收集率65%、集中处理率100%": 城市污水集中处理率
    elif (name in ("总量", "总数", "总额", "规模", "余额") or name in BARE_RATES or
          (name.startswith("占") and len(name) > 2)) and prev:
        # "新增20个国际友城、总数达47个": the total is of all of them, not of the new ones
        name = (re.sub(r"^(?:累计)?新增", "", prev) if name in ("总量", "总数") else prev) + name  # "市场主体新增42万户、总量突破200万户": 市场主体总量; "…，占工业投资比重83.7%"
    alone = LEVEL_ONLY.fullmatch(name)
    if alone:
        # "新增国家级龙头企业4户、省级7户", "其中国家级16家": the qualifier takes the measure of the figure before
        name = _with_level(alone.group(2), prev)
        if not name:
            return ""  # a qualifier alone names no measure
    if BARE_HEAD.fullmatch(name) and (not prev or "分别" in raw):
        # "全面实行农村低保制度，…，覆盖面2.4%": the clause before names what the rate measures
        measure = "" if "分别" in raw else _measure_before(sent[:lo])
        if not measure:
            return ""  # a bare rate or change that names no measure is no figure
        name = measure + name
    if not name and not prev:
        # "财政总收入突破千亿大关，从727.2亿元增加到1008.8亿元": the sentence's subject names the measure
        head = HEAD_VERB.match(INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(sent[:q.start])))
        name = head.group(1) if head and not re.search(r"[，；、,\d]", head.group(1)) and \
            head.group(1) not in names.SELF_WORDS else ""
    if not name and period_only:
        return ""  # "预计去年分别达4.66万元、1.93万元": nothing names the measure
    if not name:
        name = "数量"
    if name == "人均" and prev:
        name = "人均" + prev  # "生产总值1500亿元，人均超过3000美元": per head of the measure before
    elif re.fullmatch(r"[月年]?人均|户均", name) and not prev:
        # "提高企业退休人员基本养老金，月人均达到1561元": the clause before names what is averaged
        before = re.split(r"[，；。：]", sent[:lo].rstrip("，；："))[-1]
        noun = RAISE_VERB_OPEN.sub("", INDICATOR_STRIP_HEAD.sub("", before))
        if noun != before and 2 <= len(noun) <= 16 and not re.search(r"[\d、]", noun):
            name += noun
    # "金融业增加值首次突破千亿元": an adverb of the milestone's verb is no part of the measure; alone
    # ("…增长14.8%，首次突破千亿元大关") it leaves the measure of the figure before
    bare = MILESTONE_ADVERB.sub("", name)
    if bare != name:
        name = bare if len(bare) >= 2 else prev or ""
        if not name:
            return ""
    if q.per_capita and not name.startswith("人均"):
        name = "人均" + name
    if after.startswith("的增长") and not name.endswith("增长"):
        name += "增长"
    if len(name) > 24:
        name = name[-24:]
        name = name[name.find("、") + 1:] if "、" in name[:8] else name
    if q.family == "count" and BARE_RECIPIENT.fullmatch(name):
        # "2个集体、2名个人获全国…称号": what the collectives are counted for follows the list
        said = RECIPIENT_PREDICATE.match(sent[q.end:clause_end])
        if said:
            return name + said.group(1)[:20]
        if name.endswith(("集体", "个人")):
            return ""  # a bare 集体 names no measure
    return name


CURRENCY_OPEN = re.compile("^(?:" + _RULES.pattern("currency.word") + ")")
BARE_RECIPIENT = re.compile("(?:我市|全市|我区|全区|我镇|全镇)?(?:" + _RULES.pattern("recipient.bare") + ")")
# the predicate after the list of those counted ("…、2名个人获全国…称号"): what they are counted for
RECIPIENT_PREDICATE = re.compile(r"^[^，；。\d]{1,4}(?:[、和及与][\d.]+[万余多]*[个名位人家][^，；。\d]{1,6}?)+"
                                 r"((?:" + _RULES.pattern("recipient.verb") + r")[^，；。]+)")


MILESTONE_ADVERB = re.compile(r"(?:首次|率先|双双|再次|再度|(?<![年人平准户])均)+$")
RESPECTIVE_HEADS = _RULES.words("respective.head")
# what may stand between a list and 分别 and belongs to the verb: "年均分别增长", "较“十三五”时期分别增长"
RESPECTIVE_ADVERB = re.compile(r"(?:年均|平均|同比|" + COMPARED_TO + ")$")


def _is_measure(item: str) -> bool:
    return item.endswith(RESPECTIVE_HEADS) or item[-1:] in "率量额数值费款资"


LEVEL = re.compile("(?:" + _RULES.pattern("respective.level") + ")")
LEVEL_OPEN = re.compile("^(?:" + _RULES.pattern("respective.level") + ")")


def _shared_head(items: list[str]) -> list[str]:
    """"蔬菜、肉蛋奶、水产品产量" → each item with the measure the last one carries (蔬菜产量 …).

    Only when no other item names a measure of its own and the items are
    parallel to the last one's modifier ("安全生产事故和死亡人数": 死亡 is no
    counterpart of 安全生产事故, so nothing is shared).
    """
    last = items[-1]
    level = LEVEL_OPEN.match(last)
    if level and len(last) - level.end() >= 2 and all(LEVEL.fullmatch(x) for x in items[:-1]):
        # "国家级、省级新型孵化机构": a level alone names no measure; the head after the last level is every item's
        return [x + last[level.end():] for x in items[:-1]] + [last]
    ending = os.path.commonprefix([x[::-1] for x in items[:-1]])[::-1]
    at = last.rfind(ending) if len(ending) >= 2 else -1
    if 0 < at and len(last) - at - len(ending) >= 2:
        # "普通门诊费用、门特费用、市内住院总费用报销比例": what follows the shared 费用 is shared
        return [x + last[at + len(ending):] for x in items[:-1]] + [last]
    head = next((h for h in RESPECTIVE_HEADS if last.endswith(h) and len(last) > len(h)), None)
    if not head or any(_is_measure(x) for x in items[:-1]):
        return items
    modifier = len(last) - len(head)
    if any(len(x) > modifier + 2 for x in items[:-1]):
        return items
    k = len(items[0])
    if all(len(x) == k for x in items[:-1]) and modifier >= k + 2:
        # "城镇和农村居民人均可支配收入": 城镇 stands for 农村, the rest is shared (城镇居民人均可支配收入);
        # parallel items often end alike ("城八区和郊区…": 郊区)
        k = next((p for p in (k, k - 1, k + 1) if last[p - 1] == items[0][-1]), k)
        return [x + last[k:] for x in items[:-1]] + [last]
    return [x + head for x in items[:-1]] + [last]


SHARED_TAIL = re.compile("(?:" + _RULES.pattern("respective.tail") + ")")


def _shared_tail(items: list[str]) -> list[str]:
    """"参加基本养老、失业、医疗、工伤、生育保险" → 参加基本养老保险, 失业保险 …: short items before a last one that
    ends in a kind of thing they all are (保险) share its tail; the first item may carry the verb of the list."""
    last = items[-1]
    tail = SHARED_TAIL.search(last, 2)
    if not tail or len(items) < 3 or any(not 2 <= len(x) <= 4 or _is_measure(x) or SHARED_TAIL.search(x)
                                         for x in items[1:-1]) or SHARED_TAIL.search(items[0]):
        return items
    return [x + last[tail.start():] for x in items[:-1]] + [last]


def _respective(sent: str, quantities: list[Quantity], bounds) -> dict[int, str]:
    """"A和B分别达18800元和5810元，年均增长10.6%和8.5%": figure i belongs to item i.

    Returns {index of quantity: indicator} for clauses whose figures line up
    one-to-one with a list of names before 分别; the next clause, if it only
    adds a change word ("年均增长"), reuses the list. A change word after 分别
    goes to every item ("A、B分别增长5%和6%": A增长, B增长).
    """
    out: dict[int, str] = {}
    last_items: list[str] | None = None
    for cs, ce in bounds:
        idx = [i for i, q in enumerate(quantities) if cs <= q.start < ce]
        if not idx:
            last_items = None
            continue
        head = sent[cs:quantities[idx[0]].start]
        m = re.search(r"^(.*?)分别", head)
        items = None
        suffix = ""
        if m and last_items and len(last_items) == len(idx) and re.fullmatch(r"(?:累计|共|均|合计|总计)?", m.group(1)):
            # "A、B分别新增4部、10部，累计分别达到22部、31部": the list before holds for the totals
            verb = strip_tail(names.strip_quotes(head[m.end():]).strip())
            items, suffix = last_items, m.group(1) + (verb if GROWTH.search(verb) else "")  # "累计分别增长5%、6%"
        elif m and last_items and len(last_items) == len(idx) and re.fullmatch(r"年均|平均|同比", m.group(1)) and \
                GROWTH.search(strip_tail(head[m.end():])):
            # "…分别由A、B增加到C、D，年均分别增长5%、6%": the list before, with the change
            items, suffix = last_items, m.group(1) + strip_tail(names.strip_quotes(head[m.end():]).strip())
        elif m:
            subject = INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(m.group(1)).strip())
            subject = re.sub(r"(?:要|将|(?<![年平])均|都|也)$", "", subject)
            adverb = RESPECTIVE_ADVERB.search(subject)
            if adverb and len(subject) > len(adverb.group(0)):
                subject = subject[:adverb.start()]
            parts = [p for p in re.split(r"、|和|及|与", subject) if p]
            if len(parts) == 1 and (len(idx) == 2 or len(idx) == 4 and FROM_TO.search(sent[cs:ce])) and \
                    not re.search(r"一体|统筹|融合", subject):
                # "城乡居民收入分别增长8%、9%": a word that joins two things names each of them in turn;
                # "…分别从1、2增加到3、4": each of them twice
                pair = next(((w, a, b) for w, a, b in RESPECTIVE_PAIRS if w in subject), None)
                if pair:
                    w, a, b = pair
                    parts = [subject.replace(w, a, 1), subject.replace(w, b, 1)]
            twice = len(parts) >= 2 and len(idx) == 2 * len(parts) and FROM_TO.search(sent[cs:ce])
            if len(parts) == len(idx) >= 2 or twice:
                # "参加基本养老、失业、医疗、工伤和生育保险人数": the kind of thing (保险) goes with the measure (人数)
                items = _shared_tail(parts)
                if items == parts:
                    items = _shared_head(parts)
                lead = max((x for x in (BARE_SPEND.match(parts[0]), SUBJECTLESS.match(parts[0])) if x),
                           key=lambda x: x.end(), default=None)
                if lead and len(parts[0]) - lead.end() >= 2 and parts[0][lead.end()] not in "区期率" and \
                        not any(p.startswith(lead.group(0)) for p in parts[1:]):
                    # "累计投入教育、医疗卫生分别达21亿元、5亿元": the verb before the list goes to every item
                    items = items[:1] + [lead.group(0) + x for x in items[1:]]
                verb = strip_tail(names.strip_quotes(head[m.end():]).strip())
                if GROWTH.search(verb):
                    suffix = (adverb.group(0) if adverb else "") + verb
                if twice:
                    # "A、B、C分别由1、2、3增加到4、5、6": the first run is where each item came from, the second where it got
                    for i, item in zip(idx, items + items):
                        out[i] = item
                    last_items = items
                    continue
            else:
                # "分别取消、调整行政许可27项、22项": the list is of verbs after 分别, sharing the object
                verbs = [p for p in re.split(r"、|和|及", strip_tail(names.strip_quotes(head[m.end():]).strip())) if p]
                k = len(verbs[0]) if verbs else 0
                if len(verbs) == len(idx) >= 2 and all(len(v) == k <= 3 for v in verbs[:-1]) and \
                        len(verbs[-1]) >= k + 2:
                    items = [v + verbs[-1][k:] for v in verbs[:-1]] + [verbs[-1]]
        elif last_items and len(last_items) == len(idx) and TO_ONLY.match(names.strip_quotes(head).strip()):
            items = last_items  # "…分别从A、B，提高到C、D": the same list, where each item got
        elif len(idx) >= 2 and _paired_run(sent, [quantities[i] for i in idx], ce):
            items = _level_items(head, len(idx))
        elif last_items and len(last_items) == len(idx) and GROWTH.search(strip_tail(head)):
            items, suffix = last_items, strip_tail(head.strip())
            suffix = re.sub(r"^(?:其中|同时|分别)", "", suffix)
        if items:
            for i, item in zip(idx, items):
                out[i] = item + suffix
            last_items = items
        else:
            last_items = None
    return out


def _paired_run(sent: str, run: list[Quantity], clause_end: int) -> bool:
    """Levels of one unit (no change, no share) side by side at the clause's end, joined only by 、/和: "2家和6家".

    Figures of two units ("公园绿地179处、1.6万亩") measure one thing twice.
    """
    return all(q.change is None and q.family != "percent" and q.unit == run[0].unit for q in run) and \
        all(re.fullmatch(r"[、和及与]", sent[a.end:b.start]) for a, b in zip(run, run[1:])) and \
        re.fullmatch(r"(?:以上|左右|以内)?", sent[run[-1].end:clause_end].rstrip("，；。,;"))


def _level_items(head: str, k: int) -> list[str] | None:
    """"新增国家级、省级农业产业化龙头企业" before two figures → one measure for each (a leading verb goes to all).

    None unless the words before the figures are a list of exactly ``k``
    items; an item that only names a level (国家级, 市级) takes the noun of the last.
    """
    head = strip_tail(INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(head).strip()))
    if "等" in head or GROWTH.search(head):
        return None
    verb = SUBJECTLESS.match(head)
    lead = verb.group(0) if verb else ""
    parts = [p for p in re.split(r"、|和|及|与", head[len(lead):]) if p]
    if lead and (len(parts) != k or any(len(p) < 2 for p in parts)):
        lead, parts = "", [p for p in re.split(r"、|和|及|与", head) if p]  # "新建和在建项目": the verb is an item
    if len(parts) != k or any(len(p) < 2 for p in parts):
        return None
    last = parts[-1]
    level = re.search(r"[级类型]", last[:6])
    if level and all(len(p) <= 5 and p[-1] == level.group(0) for p in parts[:-1]) and len(last) > level.end() + 1:
        items = [p + last[level.end():] for p in parts[:-1]] + [last]  # 国家级、省级龙头企业
    else:
        items = _shared_head(parts)
        n = len(parts[0])
        if items == parts and n <= 3 and all(len(p) == n for p in parts[:-1]) and len(last) >= n + 2:
            items = [p + last[n:] for p in parts[:-1]] + [last]  # "新建和在建项目": 新建项目, 在建项目
    return [lead + x for x in items]


COUNTERPARTS = _RULES.words("counterpart")


HEAD_END = re.compile("(?:" + "|".join(INDICATOR_HEADS) + ")$")


def _one_industry(body: str, items: list[str]) -> bool:
    """A list whose last item names a trade (…业 before the measure) and whose other items name none, joined by 和
    or numbering sectors ("二、三产业")."""
    last = HEAD_END.sub("", items[-1])
    return last != items[-1] and last.endswith("业") and not any(x.endswith("业") for x in items[:-1]) and \
        ("和" + items[-1] in body or all(re.search(r"[一二三]$", x) for x in items[:-1]) and re.match(r"[二三]", items[-1]))


# "城镇居民人均可支配收入和农民人均纯收入分别增长": the list before 分别, then the change every item has
RESPECTIVE_SUFFIX = re.compile(r"^(.*?)((?:保持|均|年均|同比|累计|实际)*分别(?:年均|同比|实际)*(?:" + _RULES.pattern("growth") +
                               r"|提升|突破|达到|超过)?)$")


def split_indicator_list(name: str, alone: bool = False) -> list[str]:
    """"地方财政收入、社会消费品零售总额保持年均增长" → one indicator per listed item.

    Only when every item ends like an indicator (收入, 总额, 率 …); "商业、商务面积" stays one.
    ``alone``: the figure is the only one of its clause, so a list before 分别 shares it
    ("A和B分别增长13%": 13% each); with more figures 分别 pairs them in turn (not here).
    """
    if "等" in name:
        return [name]  # "商业、商务等现代服务业…": the list only qualifies one thing
    respective = RESPECTIVE_SUFFIX.match(name) if alone and "分别" in name else None
    m = respective or re.match(r"^(.*?)((?:保持|均|年均|同比|累计)*(?:增长|下降|提高)?)$", name)
    body = m.group(1) if m else name
    # "A和B分别增长13%": one figure for each item, named without 分别
    suffix = re.sub(r"(?<![年平人户])均", "", name[len(body):].replace("分别", ""))  # "A和B均增长9%": A增长, B增长
    items = names.split_list(body)
    heads = INDICATOR_HEADS
    if len(items) == 1 and "和" in body and body.endswith(heads):
        items = [x for x in body.split("和", 1)]
    if len(items) >= 2 and any(VERB_END.search(x) for x in items[:-1]):
        # "三家屠宰场开工建设、农贸市场改造率达到50%": the earlier items are clauses of their own; the rate is the last's
        return [items[-1] + re.sub(r"^保持", "", name[len(body):])]
    if len(items) >= 2 and "占" in body and "均" not in name:
        return [name]  # "生物医药、电子信息、装备制造业占高新技术产业增加值的84.8%": the list's joint share
    if len(items) >= 2 and _one_industry(body, items):
        return [name]  # "软件和信息技术服务业增加值", "住宿和餐饮业增加值": one trade of the statistics, named with 和
    if len(items) >= 2 and all(len(x) >= 2 for x in items) and items[-1].endswith(heads):
        common = ""
        last = items[-1]
        for h in heads:
            if last.endswith(h):
                common = h
        out = []
        # "城镇和农村居民人均可支配收入": 城镇 stands for 农村, the rest is shared (_shared_head)
        # or when the shared head is one character (饮用水水源地和重要水功能区水质达标率: 饮用水水源地率 names nothing)
        counterpart = (items[0] in COUNTERPARTS and items[-1].startswith(COUNTERPARTS)) or len(common) == 1
        shared = _shared_head(items) if counterpart and not any(x.endswith(heads) for x in items[:-1]) else items
        if respective and any(y == x and not x.endswith(heads) and not _is_measure(x) for x, y in zip(items[:-1], shared)):
            return [name]  # "户籍人口和常住人口城镇化率分别提高": an item that names no measure and shares none
        for x, y in zip(items, shared):
            # "地区生产总值、一般公共预算收入年均分别增长": an item that names a measure of its own keeps it
            # "地区生产总值和财政收入均增长": 总值 names a measure of its own (no 地区生产总值收入)
            x = y if y != x else x if x.endswith(heads) or _is_measure(x) else x + common
            out.append(x + re.sub(r"^保持", "", suffix))
        return out
    return [name]


def same_measure(a: str, b: str) -> bool:
    """Two indicators name one measure when they share a run of four characters or more."""
    if not a or not b:
        return False
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= 4
