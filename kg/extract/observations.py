"""Figures with units, as observations of an indicator (value, unit, period, actual or target).

Units are in ``data/lexicons/units.tsv``, indicator heads and change words in
``data/lexicons/observations.tsv``, target cues in ``data/lexicons/sections.tsv``.
"""
from __future__ import annotations

import os
import re
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.extract.cues import Cue
from kg.extract.fact import Fact, emit
from kg.extract.text import PERIOD_WORDS, SectionInfo, clauses, context, sentences, text_of, years_of
from kg.numbers import Quantity, find_quantities

_RULES = lexicon.rules("observations.tsv")
_SECTION_RULES = lexicon.rules("sections.tsv")

INDICATOR_STRIP_TAIL = re.compile(r"((?<![年人平])均|分别|已|共|累计|总计|合计|预计|达到了?|达|为|是|实现|完成|超过|超|"
                                  r"突破|保持在|保持|稳定在|控制在|约|近|逾|不低于|不少于|不超过|占|增至|提高到|提升到|"
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
GROUP_AFTER = re.compile(r"^[^，；。\d]{0,16}?(?:" + _RULES.pattern("group.after") + ")")
NOT_AFTER = re.compile("^(?:" + _RULES.pattern("not.after") + ")")
CAPACITY = (re.compile("(?:" + _RULES.pattern("capacity.before") + ")$"),
            re.compile(r"^[^，；。\d]{0,16}?(?:" + _RULES.pattern("capacity.head") + ")"))
THRESHOLD_AFTER = re.compile("^(?:" + _RULES.pattern("threshold.after") + r")[^，；。\d]{0,10}$")
CLASS_AFTER = re.compile(r"^(?:及以上|以上|以下)的[^，；。\d]{1,16}$")
# "10公顷以上综合公园2个": a size, then the noun counted right after it
CLASS_NOUN_AFTER = re.compile(r"^(?:及以上|以上|以下)[\u4e00-\u9fff]{1,12}$")
MONEY_CLASS_AFTER = re.compile(r"^(?:及以上|以上)的?[^，；。\d]{0,12}(?:" + _RULES.pattern("capacity.head") + r"|企业)")
RANK_AFTER = re.compile(r"^[^，；。、居\d]{0,12}?中?(?:第[\d一二三四五六七八九十]+(?![批期届次轮])|排名|位次|排第|位居)")
RANK_WORD = re.compile(r"(?:排名|名次|位次|排位|排行)[^，；。]{0,12}$")
RANK_BEFORE = re.compile("(?:" + _RULES.pattern("rank.before") + ")$")
GROUP_JOINED = re.compile(_RULES.pattern("group.joined"))
SKIP_CLAUSE = re.compile(_RULES.pattern("skip.clause"))
GLOSS = re.compile(_RULES.pattern("gloss.open"))
# a clause that only gives the change of the figure before it: "，增长8%", "，同比增长12%以上"
GROWTH_ONLY = re.compile(r"(?:分别|年均|同比|比上年|较上年|累计)*(?:" + _RULES.pattern("growth") + ")")
# a clause that only gives where the figures of a from-to clause before it got: "，提高到C、D"
TO_ONLY = re.compile(r"^(?:分别)?(?:(?:增加|提高|提升|增长|上升|下降|减少|降低|扩大|缩小)(?:到|至)|[增升降](?:到|至))$")
FROM_TO = re.compile(r"[从由][^，；。]{0,40}?(?:(?:增加|提高|提升|增长|上升|下降|减少|降低|扩大|缩小|发展)(?:到|至)|[增升降减](?:到|至))")


COMPARED_TO = r"(?:比|较|与)(?:上年|去年|同期|上年同期|年初|[^，；。、]{1,8}?(?:年|期|末|底|初)|十[一二三四五]五)(?:相比)?"
# 等 closing a list, not inside a word (高等教育, 同等, 等级)
LIST_DENG = re.compile(r"(?<![高中初平同对均上优特头一二三])等(?![级待候同])地?(?:各(?![类种项级]))?")
LIST_VERB = re.compile("^(?:" + _RULES.pattern("list.verb") + ")")
NEXT_VERB = re.compile("、(?=(?:" + _RULES.pattern("list.verb") + ")(?![区期]))")
BARE_VERB = re.compile("(?:新|再|累计|共)?(?:" + _RULES.pattern("list.verb") + "|" + _RULES.pattern("bare.verb") + ")")
ANY_VERB = re.compile("(?:" + _RULES.pattern("list.verb") + "|" + _RULES.pattern("bare.verb") + ")")
# A clause that opens with a zone or group as its subject ("上合示范区签约项目73个…"): its figures are the zone's
UNIT_SUBJECT = re.compile(r"^(?:今年|全年|去年|目前|其中|同时)?([\u4e00-\u9fff]{2,14}?(?:" + _RULES.pattern("subgroup.unit") +
                          r"))(?![、和与及\u4e00-\u9fff]{0,1}[、和与及])")
NOT_IN_UNIT = re.compile("(?:" + _RULES.pattern("subgroup.not_in") + ")")
SUBJECTLESS = re.compile("^(?:累计|共|新|再|已|全年|年内|当年)*(?:" + _RULES.pattern("list.verb") + "|" +
                         _RULES.pattern("bare.verb") + "|" + _RULES.pattern("subgroup.verb") + ")")
UNIT_WORD = re.compile("(?:" + _RULES.pattern("subgroup.unit") + ")")
COUNT_NOUN_END = re.compile(_RULES.pattern("count.noun.end"))
BARE_CLASS = re.compile(r"(?:超过|超|投资)?[\d.十百千万亿]*(?:亿元|万元|元)?(?:级|以上|以下)?")
HEAD_VERB = re.compile("^(.{2,12}?)(?:" + _RULES.pattern("head.verb") + ")")
AFTER_NOT_NOUN = re.compile(r"^(增|提(?:高|升|前|到|至)|[）)]|上升|下降|减|降|扩大|缩小|累计|年均|同比|占|比|的增长|以上|以下|以内|及以[上下]|左右|和|、|，|。|；|到|至|"
                            r"[/／]|[，；。]|$)")


# a change named only by what it is compared with: "比上年增长", "同比提高", "比2002年下降"
RESPECTIVE_PAIRS = tuple(tuple([e.split("=")[0]] + e.split("=")[1].split("|")) for e in _RULES.words("respective.pair"))
BARE_RATES = frozenset(_RULES.words("bare.rate"))
BARE_CHANGE = re.compile(r"(?:同比|环比|年均|同口径|可比价|按可比价格计算|" + COMPARED_TO + r")+分?别?(?:" + _RULES.pattern("growth") +
                         r"|增加|上升|扩大|净增|多|少|超出|高出)了?")
COMPARED_ONLY = re.compile("(?:" + _RULES.pattern("compared.only") + ")")


# a clause after a bare sum that says what the money is for: "投入2亿元，提高最低生活保障标准"
PURPOSE_OPEN = re.compile("(?:" + _RULES.pattern("purpose.open") + ")")
BARE_SPEND = re.compile(r"(?:累计|共|全年|市财政|财政|各级财政)?(?:投入|投资|安排|筹集|筹措|下达|拨付|落实|争取)(?:资金)?")
DONE_VERB = re.compile("(?:完成|实现|办结|建成|竣工|投产|落地|开工|签约|达标|销号|脱贫)")


# the noun after a figure ends where a number starts, but not at "500强", "5G", "220千伏" (parts of a name)
NOUN_DIGIT = re.compile(r"\d(?![\d.]*(?:强|[A-Za-z#]|千伏|万伏|兆瓦|英寸))")
# "高于全省1.4个百分点": a gap to another measure, at the end of a name
GAP = re.compile(r"(?:高于|低于|快于|慢于|高出|超出|超过)[^，；。、\d]{1,8}$")
RAISE_VERB_OPEN = re.compile(r"^(?:" + _RULES.pattern("raise.verb") + ")")
VERB_END = re.compile(ANY_VERB.pattern + "$")


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
    raw = re.sub(r"^(?:[、，和与）)]|及(?!时))+", "", sent[lo:q.start])  # 及时 is no joiner; ）closes an aside before
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
        if nxt and nxt[0].start == 0 and "、" in after and len(after) - after.rfind("、") <= 5:
            after = after[:after.rfind("、")]  # "28人当选“中国好人”、总数207人": 总数 names the next figure
    after = after.rstrip("）)")
    after = re.sub(r"^(?:以上|以下|左右|以内)(?=[^，；。、和]{2})", "", after)  # "100个以上老旧小区改造"
    of = after.find("的")
    if q.family == "count" and of >= 2 and digit and "、" in after[of:]:
        # "对25个开发区的经济发展、基础建设等6项内容评价": the count counts the noun before 的; what
        # follows is a list or another figure's noun
        after = after[:of]
    after = LIST_DENG.split(after, 1)[0].rstrip("、和及与")  # "投资30亿元的X基地等一批项目": X
    after = NEXT_VERB.split(after, 1)[0]  # "开工建设902个项目、建成350个项目": 项目
    shared_noun = re.match(r"[^、，；。\d]{1,4}?[级型类]、[\d.]+[万亿]?[\u4e00-\u9fff]?[^、，；。\d]{1,4}?[级型类]([^、，；。\d]{2,12})",
                           rest) if q.family == "count" and re.fullmatch(r"[^、]{1,4}[级型类]", after) else None
    if shared_noun:
        # "214家市级、1054家镇级试点企业": the noun after the second names the first
        after += re.split(r"和|及|与|是|为", shared_noun.group(1))[0]
    if after and not AFTER_NOT_NOUN.match(after) and len(after) <= 24:
        items = names.split_list(name) if "、" in name else []
        if q.family == "count" and len(items) >= 2 and all(len(x) >= 2 for x in items) and \
                not any(ANY_VERB.match(x) or BARE_VERB.match(x) or x[-1] in "省市县区" for x in items):
            name = ""  # "丁二胺、灭活疫苗、多杀霉素3项产品入选…": the items are examples of what is counted
        if 0 < lo == after_figure and re.match(r"[\u4e00-\u9fff]{2}", after):
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
    elif prev and (BARE_CHANGE.fullmatch(name) or COMPARED_ONLY.fullmatch(name)):
        # "地方财政收入2382亿元，比上年增长13.3%": 地方财政收入比上年增长; "民生支出167亿元，占比80%，较上年多17.6亿元"
        name = (prev_same if q.family != "percent" and prev_same else prev) + name
    elif prev and GAP.fullmatch(name):
        # "收入增长9.9%，高于全省1.4个百分点": the gap of the measure before (not of the gap before it)
        name = GAP.sub("", prev) + name
    if prev and name and re.match(r"\s*[（(]", raw) and not re.search(r"[）)]", raw) and not name.startswith(prev[:2]):
        name = prev + name  # "增长8.7%（可比口径12.9%）", "债务率15.5%（市本级13.5%）": an aside to the figure before
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
    if not name and not prev:
        # "财政总收入突破千亿大关，从727.2亿元增加到1008.8亿元": the sentence's subject names the measure
        head = HEAD_VERB.match(INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(sent[:q.start])))
        name = head.group(1) if head and not re.search(r"[，；、,\d]", head.group(1)) and \
            head.group(1) not in names.SELF_WORDS else ""
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
    if q.per_capita and not name.startswith("人均"):
        name = "人均" + name
    if after.startswith("的增长") and not name.endswith("增长"):
        name += "增长"
    if len(name) > 24:
        name = name[-24:]
        name = name[name.find("、") + 1:] if "、" in name[:8] else name
    return name


RESPECTIVE_HEADS = _RULES.words("respective.head")
# what may stand between a list and 分别 and belongs to the verb: "年均分别增长", "较“十三五”时期分别增长"
RESPECTIVE_ADVERB = re.compile(r"(?:年均|平均|同比|" + COMPARED_TO + ")$")
# a clause that only pairs changes with the figures before it: "，分别增长4.5%、10.4%和20.4%"
RESPECTIVE_ONLY = re.compile(r"^(?:其中)?((?:年均|平均|同比|" + COMPARED_TO + r")?)分别"
                             r"((?:" + COMPARED_TO + r")?(?:" + _RULES.pattern("growth") + r")了?)$")

# "，分别高于全省、全国1.5个和4个百分点": each gap belongs to the measure before and one place of the list
RESPECTIVE_COMPARED = re.compile(r"^(?:降幅|增幅|增速|涨幅)?(?:均)?分别(高于|低于|高出|低出|快于|慢于|小于|大于|超出|超过)"
                                 r"([^，；。\d]{2,24})$")


def _is_measure(item: str) -> bool:
    return item.endswith(RESPECTIVE_HEADS) or item[-1:] in "率量额数值费款资"

# "，分别新增学位3万个、8.2万个" after "新投用幼儿园98所、中小学55所": any short predicate after 分别
RESPECTIVE_ANY = re.compile(r"^()分别((?:需|要|将)?[\u4e00-\u9fff]{1,8})$")


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


TARGET_FRAME = re.compile(r"(?<!完成)(?<!实现)(?:" + _SECTION_RULES.pattern("target.frame") + ")")
WILL = "(?<![即必])将(?!近)(?:" + _SECTION_RULES.pattern("target.will") + ")"
TARGET_CUES = re.compile("(?:" + _SECTION_RULES.pattern("target.cue") + ")|" + WILL)
TARGET_WILL = re.compile(WILL)
TARGET_AFTER = re.compile(_SECTION_RULES.pattern("target.after"))
ACTUAL_CUE = re.compile(_SECTION_RULES.pattern("actual.cue"))
PROJECT_FORECAST = re.compile(_SECTION_RULES.pattern("target.project") + r"[^。]*预计[^。]*$")
ACTUAL_ESTIMATE = re.compile(_SECTION_RULES.pattern("actual.estimate"))
ACTUAL_MARKER = re.compile(_SECTION_RULES.pattern("actual.marker"))
PLAN_LIST = re.compile(_SECTION_RULES.pattern("plan.list"))
PLAN_LIST_CUE = Cue(PLAN_LIST)  # every sentence is tried; the cue (如下) rules out nearly all at once
REPORTED = re.compile(_SECTION_RULES.pattern("actual.reported"))
TARGET_MET = re.compile(_SECTION_RULES.pattern("actual.met"))
GOAL_OPENING = re.compile(_SECTION_RULES.pattern("goal.opening"))


def _kind(sent: str, clause: str, section: SectionInfo, doc_year: int | None, before: str = "",
          upto: str = "") -> tuple[str, str]:
    """Actual or target, and why: ``year``, ``after``, ``section``, ``cue``, ``frame`` or ``""`` (no sign either way).

    ``before`` is the sentence before the figure's clause, ``upto`` the
    sentence up to the figure. 预计 of the current year stays actual; 预计 of
    a state after completion (达产后) or inside a sentence that says what
    will be done (今年将实施…，预计投资…) is a target.
    """
    m = re.search(r"((?:19|20)\d{2})年", clause)
    if m and doc_year:
        y = int(m.group(1))
        if y > doc_year:
            return "target", "year"
    if ACTUAL_ESTIMATE.search(clause):
        return "actual", "cue"
    # "…，2005年建成后…；竣工了X：长1100米": a state after completion holds up to the next ；
    if TARGET_AFTER.search(upto[upto.rfind("；") + 1:]) and "已" not in clause:
        return "target", "after"
    if section.kind == "target" and m and doc_year and int(m.group(1)) < doc_year and \
            not re.search(r"[比较与同在到至于从由]$", clause[:m.start()]) and not TARGET_CUES.search(clause) and \
            not re.match(r"年?(?:基础|水平|的基础)", clause[m.end():]):
        return "actual", "year"  # "2019年预计完成…" inside the 2020 plan: a report of the year before
    if section.kind == "target" and not REPORTED.search(upto):
        return "target", "section"
    if ACTUAL_CUE.search(clause) and PROJECT_FORECAST.search(upto):
        return "target", "after"  # "X项目总投资10亿元，…预计新增产业空间20万平方米": what a project will add
    if TARGET_CUES.search(TARGET_MET.sub("", clause)) and not ACTUAL_CUE.search(clause):
        return "target", "cue"
    if TARGET_FRAME.search(before) and not ACTUAL_CUE.search(before):
        return "target", "frame"  # "主要预期目标：生产总值增长14%，…": the frame governs the list
    if TARGET_WILL.search(before) and "已" not in clause:
        return "target", "frame"  # "今年将实施项目8个，预计投资额约15亿元"
    return "actual", ""


COMPARED = re.compile(r"(?:比|较|与|同|按)$")  # 按1995年价格: the base of a price, no period
# "是2011年的1.9倍": the year a ratio is taken against, no period
RATIO_BASE = re.compile(r"^(?:末|底)?的(?:[\d.]+|[一二三四五六七八九十两]+(?:点[一二三四五六七八九十]+)?)倍")


def _base(text: str, m: re.Match) -> bool:
    """The period at ``m`` is the base of a comparison or of a ratio, not the figure's period."""
    return bool(COMPARED.search(text[:m.start()]) or RATIO_BASE.match(text[m.end():]))


@lru_cache(maxsize=256)
def _periods(sent: str) -> tuple[list[str], list[str]]:
    """The periods a sentence names (全年 left out), and those that are no base of a comparison (kept once
    per sentence: each figure of it asks)."""
    sent = names.strip_quotes(sent)
    # "均比2006年翻了一番": a period after 比/较/与 is the base of a comparison, not the figure's period
    every = [p for p in PERIOD_WORDS.findall(sent) if p not in ("全年",)]
    found = [m.group(0) for m in PERIOD_WORDS.finditer(sent) if not _base(sent, m)]
    return every, [p for p in found if p not in ("全年",)] or found


def _period(sent: str, clause: str, section: SectionInfo, index: int, count: int) -> str | None:
    every, found = _periods(sent)
    sent, clause = names.strip_quotes(sent), names.strip_quotes(clause)
    if count == 2 and re.search("[从由]", sent):
        found = every  # "与“十二五”末相比，…从A增加到B": the compared period is A's
        if not found:
            return None if index == 0 else section.period  # "床位数由1.9万张增加到3.1万张": B is of the report's time
        if len(found) >= 2:
            return found[index] if index < len(found) else found[-1]
        if index == 1:
            return None  # "从2017年的A提高到B": B's period is not written
    m = next((m for m in PERIOD_WORDS.finditer(clause) if not _base(clause, m)), None)
    if m:
        return m.group(0)
    if found:
        return found[-1] if "末" in found[-1] else found[0]
    return section.period


COUNTERPARTS = _RULES.words("counterpart")


HEAD_END = re.compile("(?:" + "|".join(INDICATOR_HEADS) + ")$")


def _one_industry(body: str, items: list[str]) -> bool:
    """A list whose last item names a trade (…业 before the measure) and whose other items name none, joined by 和
    or numbering sectors ("二、三产业")."""
    last = HEAD_END.sub("", items[-1])
    return last != items[-1] and last.endswith("业") and not any(x.endswith("业") for x in items[:-1]) and \
        ("和" + items[-1] in body or all(re.search(r"[一二三]$", x) for x in items[:-1]) and re.match(r"[二三]", items[-1]))


def split_indicator_list(name: str) -> list[str]:
    """"地方财政收入、社会消费品零售总额保持年均增长" → one indicator per listed item.

    Only when every item ends like an indicator (收入, 总额, 率 …); "商业、商务面积" stays one.
    """
    if "等" in name:
        return [name]  # "商业、商务等现代服务业…": the list only qualifies one thing
    m = re.match(r"^(.*?)((?:保持|均|年均|同比|累计)*(?:增长|下降|提高)?)$", name)
    body = m.group(1) if m else name
    suffix = name[len(body):]
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
        for x, y in zip(items, shared):
            x = y if y != x else x if x.endswith(heads) else x + common
            out.append(x + re.sub(r"^保持", "", suffix))
        return out
    return [name]


CAPACITY_NAME = re.compile(r"^[^，；。、\d]{1,12}?(?:" + _RULES.pattern("capacity.name") + ")")
PROJECT_LIST_AFTER = re.compile(r"^[^，；。]{0,40}?等[^，；。\d]{0,8}(?:" + _RULES.pattern("capacity.head") + ")")
RATE_BETWEEN = re.compile(r"^[^，；。\d、]{2,20}(?:比例|比率|率|比重|占比)(?:均|已|分别)?(?:达到|达|为|超过|保持在|提高到|提升到|稳定在)?$")


def nxt_percent_rate(sent: str, quantities: list[Quantity], qi: int) -> bool:
    """A count followed, in its clause, by a rate of what it counts: "N个X比例达到M%"."""
    nxt = quantities[qi + 1] if qi + 1 < len(quantities) else None
    return nxt is not None and nxt.family == "percent" and bool(RATE_BETWEEN.match(sent[quantities[qi].end:nxt.start]))


def not_the_towns(sent: str, quantities: list[Quantity], qi: int) -> bool:
    """The figure is no measure of the town: a group it belongs to, a duration, part of a name, a class threshold."""
    q = quantities[qi]
    after = sent[q.end:]
    if SKIP_CLAUSE.search(sent[:q.start]) or NOT_AFTER.match(after):
        return True
    if q.family == "count" and not sent[:q.start].strip() and re.match(r"\d{1,2}\.\d+[个项条]", q.text):
        return True  # "16.9个地铁项目：": item 16 of a numbered list, then its count
    if re.search(r"”(?:是|就是)?指(?![导标数出挥引向定南令])", sent[:q.start]):
        return True  # "“十城万盏”是指…每个城市推广1万盏": a gloss of a name, inside the sentence
    if q.text.endswith("人") and after.startswith("民"):
        return True  # "全市762万人民的重托": a people addressed, not a count
    if q.family == "count" and RANK_AFTER.match(after):
        return True  # "由全国26个省会城市第18位升至第15位": the size of a ranking's field
    if q.text.endswith("名") and RANK_WORD.search(sent[:q.start]):
        return True  # "世行排名相当于从132名跃升至32名": places in a ranking
    if q.family == "count" and RANK_BEFORE.search(sent[:q.start]):
        return True  # "排名上升42位": a move in a ranking
    group = GROUP_AFTER.match(after) if q.family == "count" else None
    if group and not GROUP_JOINED.search(group.group(0)):
        return True  # "全省首批88个新农村建设试点镇之一"
    if q.family == "count" and nxt_percent_rate(sent, quantities, qi):
        return True  # "74个国控断面水质优良比例达到100%": the count is the rate's base, the rate is the figure
    if q.family in ("mass", "power", "energy", "volume") and PROJECT_LIST_AFTER.match(after):
        return True  # "开磷集团120万吨磷铵、清镇配煤基地等重点项目": a capacity inside a project's name
    if CAPACITY[0].search(sent[:q.start]) and CAPACITY[1].match(after):
        return True  # "年产120万吨商砼站建设项目": the figure names the project
    nxt = quantities[qi + 1] if qi + 1 < len(quantities) else None
    if q.family == "money" and nxt is not None and nxt.family == "count" and \
            (THRESHOLD_AFTER.match(sent[q.end:nxt.start]) or
             (re.fullmatch(r"[\u4e00-\u9fff]{0,6}", sent[q.end:nxt.start]) and not ANY_VERB.match(sent[q.end:nxt.start]) and
              ((q.qualifier or "").startswith("超") or re.search(r"(?:项目|企业|户|家)$", sent[q.end:nxt.start])))):
        return True  # "3000万元以上项目2个", "超10亿元项目80个", "10亿元企业10户": the money names the class counted
    if q.family == "money" and MONEY_CLASS_AFTER.match(after):
        return True  # "一批投资10亿元以上的重大项目": the figure defines the class of the projects named
    before = quantities[qi - 1] if qi else None
    if q.family not in ("percent", "count") and before is not None and before.family == "count" and \
            before.end == q.start and re.match(r"(?:及以上|以上|以下|左右)?的|(?:及以上|以上|以下)[\u4e00-\u9fff]", after):
        return True  # "建设20个3000平方米以上的绿地广场", "改造6台10万千瓦以上燃煤机组": the size of each thing counted
    if q.family not in ("percent", "count") and re.search(r"(?:若干|一批|一些|几|多)个?(?:[\d.]+[十百千万亿]*元?(?:乃至|至|到|[—～~-]))?$", sent[:q.start]) and \
            re.match(r"(?:(?:乃至|至|到|[—～~-])[\d.]+[十百千万亿]*元?)?(?:及以上|以上|以下|左右)?[^，；。\d]{0,8}的", after):
        return True  # "形成若干个500亿元乃至1000亿元以上产值的产业链": the size of each thing, a class
    if q.family != "percent" and nxt is not None and CLASS_AFTER.match(sent[q.end:nxt.start]):
        return True  # "5万平方米以上的商业综合体增加至85家": the figure defines the class counted
    if q.family not in ("percent", "count") and nxt is not None and nxt.family == "count" and \
            CLASS_NOUN_AFTER.match(sent[q.end:nxt.start]) and not ANY_VERB.search(sent[q.end:nxt.start]):
        return True  # "新建社区公园5个、10公顷以上综合公园2个": the size defines the parks counted
    if q.family in ("mass", "power", "energy", "volume") and CAPACITY_NAME.match(after):
        return True  # "推动16万吨瓶级聚酯切片项目建设": the capacity is part of the project's name
    return False


def same_measure(a: str, b: str) -> bool:
    """Two indicators name one measure when they share a run of four characters or more."""
    if not a or not b:
        return False
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= 4


def _clause_units(sent: str, bounds) -> dict[int, str | None]:
    """Clause start -> the zone or group the clause speaks of.

    A zone or group that opens a clause as its subject ("上合示范区签约项目73个") holds for that
    clause and for the clauses after it that have no subject of their own (they open with a verb:
    "…，引进市场主体5238家"); a clause that opens with a noun of its own ends it.
    """
    out: dict[int, str | None] = {}
    current = None
    for cs, ce in bounds:
        clause = names.strip_quotes(sent[cs:ce]).strip()
        m = UNIT_SUBJECT.match(clause)
        unit = m.group(1) if m else None
        if unit and len(unit) <= 14 and names.looks_like_subject(unit) and unit not in names.SELF_WORDS and \
                not NOT_IN_UNIT.search(unit) and not ANY_VERB.search(unit) and find_quantities(clause):
            current = unit  # a zone's own figures follow its name in the same clause
        elif not SUBJECTLESS.match(clause):
            current = None
        out[cs] = current
    return out


def find_observations(doc: Doc) -> Doc:
    """Figures with units: one observation each, with indicator, kind and period.

    A sentence with no sign of its own (no cue, no frame, no 已/同比/截至)
    takes the goal kind of the sentence before it in the same paragraph when
    that sentence opened with 力争 / 确保 / 争取 and every figure there was a
    goal by its own words: annual plans list goals sentence after sentence
    under one 力争 or 确保.
    """
    ctx = context(doc)
    doc_year = ctx.get("year")
    text = text_of(doc)
    sections = doc._.tk_sections or [SectionInfo("actual", None, None)] * len(doc._.tk_sentences)
    prev_sent_end = 0
    goals_before = False  # the previous sentence with figures (same paragraph) stated only goals, by its words
    plan_list, prev_para_end = False, 0  # the paragraph opened a list of the year's plans
    said: dict[tuple, list[tuple[int, str]]] = {}  # (unit, value, kind) -> (sentence, indicator) already emitted
    for i, s, e, sent in sentences(doc):
        if "\n" in text[prev_para_end:s]:
            plan_list = False
        prev_para_end = e
        if PLAN_LIST_CUE.search(sent) and PLAN_LIST.search(sent):
            plan_list = True  # "根据今年工作安排，确定10件实事如下：": the paragraph lists what will be done
        quantities = find_quantities(sent)
        if not quantities or GLOSS.match(sent.lstrip()):
            continue  # no figure, or a gloss of a slogan's numbers
        if "\n" in text[prev_sent_end:s]:
            goals_before = False
        prev_sent_end = e
        section = sections[i]
        bounds = clauses(sent)
        prev_indicator = None
        prev_end = 0
        respective = _respective(sent, quantities, bounds)
        clause_first: dict[int, str] = {}
        clause_unit = _clause_units(sent, bounds)
        inherit = goals_before and not ACTUAL_MARKER.search(sent) and not ACTUAL_CUE.search(sent)
        kinds: list[str] = []
        prev_goal = False  # the figure before in this sentence was a goal by its words
        levels: list[str] = []  # measures of the levels stated so far in the sentence, in order
        prior: list[tuple[str, str]] = []  # measures (and unit families) of every figure so far, in order
        last_base = None  # the measure of the figure before
        last_count = None  # the noun the last count of the sentence counts
        for qi, q in enumerate(quantities):
            cs, ce = next(((a, b) for a, b in bounds if a <= q.start < b), (0, len(sent)))
            clause = sent[cs:ce]
            if not_the_towns(sent, quantities, qi):
                continue
            in_clause = [x for x in quantities if cs <= x.start < ce]
            lead = names.strip_quotes(sent[cs:in_clause[0].start]).strip()
            only = RESPECTIVE_ONLY.match(lead) or RESPECTIVE_ANY.match(lead)
            points = all(x.unit == "unit:PERCENT" for x in in_clause) and "百分点" in clause
            # the gaps of changes ("…年均增长27%，分别比十五时期提高2.3和12.7个百分点") pair with the changes
            source = [b for b, f in prior if f == "percent"] if points else levels
            gap = RESPECTIVE_COMPARED.match(names.strip_quotes(sent[cs:in_clause[0].start]).strip())
            compared = [p for p in re.split(r"、|和|及|与", gap.group(2)) if p] if gap else None
            compared_verb = gap.group(1) if gap else ""
            rule = "observation:unit"  # the words around the figure name it; the frames below have ids of their own
            if qi in respective:
                indicator, rule = respective[qi], "observation:respective"
            elif only and len(source) >= len(in_clause) >= 2:
                # "A 10亿元、B 20亿元，分别增长5%和6%": the changes pair with the measures before, in order
                indicator = source[len(source) - len(in_clause) + in_clause.index(q)] + only.group(1) + only.group(2)
                rule = "observation:respective-change"
            elif compared and last_base and len(compared) == len(in_clause):
                indicator, rule = last_base + compared_verb + compared[in_clause.index(q)], "observation:gap"
            elif compared and len(source) >= len(in_clause) >= 2:
                # "…年均增长12.7%，分别高于规划目标4.1个和2.7个百分点": each gap belongs to one change before
                indicator = source[len(source) - len(in_clause) + in_clause.index(q)] + compared_verb + gap.group(2)
                rule = "observation:gap"
            elif cs in clause_first and re.fullmatch(r"[、和及与以及]*", sent[prev_end:q.start]):
                # "增长5%、14%和15%": the same phrase for each figure
                indicator, rule = clause_first[cs], "observation:shared"
            else:
                indicator = _indicator(sent, q, max(cs, prev_end), ce, prev_indicator, prev_end,
                                       next((b for b, f in reversed(prior) if f == q.family), None))
            if BARE_VERB.fullmatch(indicator) and last_count:
                indicator += last_count  # "新开工110个，竣工60个": 竣工 of the things counted before
            elif BARE_CLASS.fullmatch(indicator) and last_count:
                # "超10亿元项目80个，其中超50亿元15个、百亿级3个": a class of the things counted before
                indicator += re.split(r"以上|以下|级|亿元|万元", last_count)[-1] or last_count
            if q.family == "money" and BARE_SPEND.fullmatch(indicator):
                # "投入2亿元，对民办学校给予财政帮扶": what the money is for names it
                nxt_clause = next((sent[a:b] for a, b in bounds if a >= ce), "")
                purpose = re.sub(r"^(?:主要|重点|全部)?(?:用于|用来)", "", nxt_clause)
                if purpose != nxt_clause or PURPOSE_OPEN.match(nxt_clause) or LIST_VERB.match(nxt_clause):
                    # "投入46.1亿元，建成各类污水处理厂14座": what the money built names it
                    what = re.split(r"[，；。、\d]", purpose)[0]
                    if BARE_VERB.fullmatch(what) or LIST_VERB.fullmatch(what):
                        # "投入870亿元，完成21.7万户、1730万平方米老城区改造任务": the verb and what follows the figures
                        rest = re.split(r"[，；。]", purpose)[0]
                        figures = find_quantities(rest)
                        what += rest[figures[-1].end:].lstrip("、和及的") if figures else ""
                    indicator += ("用于" if purpose != nxt_clause else "") + what[:16]
            clause_first.setdefault(cs, indicator)
            between = sent[max(cs, prev_end):q.start]
            aside = bool(prev_indicator and re.match(r"\s*[（(]", between) and not re.search(r"[）)]", between))
            prev_end = q.end
            kind, why = _kind(sent, clause, section, doc_year, sent[:cs], sent[:q.start])
            if not why and (inherit or plan_list):
                kind, why = "target", "paragraph"
            if not why and prev_goal and q.change and GROWTH_ONLY.fullmatch(sent[cs:q.start]):
                kind, why = "target", "cue"  # "目标完成财政收入10亿元，增长8%": the change follows its figure
            prev_goal = kind == "target" and why in ("cue", "frame", "after", "paragraph")
            kinds.append(why if kind == "target" else "actual")
            # "由2016年底的6.68亿元增加到2021年的11.2亿元": the clause's first two figures, each with its period
            from_to = FROM_TO.search(clause)
            pair_index = None
            if from_to and q.change is None and qi in respective and re.search("[从由]", sent[cs:q.start + 1]):
                # "A、B分别由2015年的1、2增加到2020年的3、4": a figure before the verb is where its item came from
                pair_index = 0 if q.start < cs + from_to.end() else 1
            elif from_to and q.change is None and q.start - cs < from_to.end() + 20:
                in_clause = [x for x in quantities if cs <= x.start < ce and x.change is None]
                pos = in_clause.index(q)
                if pos < 2 and re.search("[从由]", sent[cs:q.start + 1]):
                    pair_index = pos
            if pair_index is not None:
                two = len(PERIOD_WORDS.findall(names.strip_quotes(clause))) >= 2
                period = _period(clause if two else sent, clause, section, pair_index, 2)
                if qi in respective:
                    pair_index = None  # "A、B分别由1、2增加到3、4": the list names each figure, not the pair
                else:
                    rule = "observation:from-to"
            elif TO_ONLY.match(lead) and re.search("[从由]", sent[:cs]) and not PERIOD_WORDS.search(clause):
                period = None  # "…分别从2015年的A、B，提高到C、D": the later figures' period is not written
            elif q.change and FROM_TO.search(sent) and not PERIOD_WORDS.search(names.strip_quotes(clause)):
                period = section.period  # "由2000年的A增加到2005年的B，年均增长12%": no year of the pair is the change's
            else:
                period = _period(sent, clause, section, 0, 1)
            base = indicator
            if pair_index == 1 and prev_indicator:
                base = prev_indicator
            elif pair_index == 0:
                base = re.sub(r"(增加|提高|提升|增长|上升|下降|减少|降低|扩大|缩小|发展)(到|至)?$", "", indicator)
                base = re.sub(r"[从由][^从由]*$", "", base) if len(re.sub(r"[从由][^从由]*$", "", base)) >= 2 else base
                if re.match(r"[从由]", base):
                    # "财政收入跨越300亿元台阶，由2000年的126亿元增加到…": the measure opens the clause before
                    before_cs = max((a for a, b in bounds if a < cs), default=None)
                    head = HEAD_VERB.match(INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(sent[before_cs:cs]))) \
                        if before_cs is not None else None
                    prior_clause = INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(sent[before_cs:cs]).rstrip("，；,; "))
                    if head and not re.search(r"[，；、,\d]", head.group(1)):
                        base = head.group(1)
                    elif 2 <= len(prior_clause) <= 16 and re.search(r"(?:企业|户|家|单位|项目)$", prior_clause):
                        base = prior_clause  # "年销售收入超亿元的企业，由上年的9户发展到19户": the clause before is what is counted
            base = base or indicator or "数量"
            split = split_indicator_list(base) if q.change or q.unit == "unit:PERCENT" else [base]
            joined = [x for x in quantities if cs <= x.start < ce]
            if 2 <= len(split) == len(joined) and \
                    all(re.fullmatch(r"[、和及与]", sent[a.end:b.start]) for a, b in zip(joined, joined[1:])):
                split = [split[joined.index(q)]]  # "城镇和农村居民收入增长9%和10%": the figures pair with the items
            # what the figure alone measures: its item when the figures pair with the items of a list
            own = split[0] if len(split) == 1 else base
            # an aside in brackets ("（折合6276美元）") names no measure the figures after it speak of
            if q.change is None and not only and not aside and (not levels or levels[-1] != own):
                levels.append(own)
            if not only and not compared and not aside and (not prior or prior[-1][0] != own):
                prior.append((own, q.family))
            if not compared and not aside:
                last_base = base
            if q.family == "count" and not BARE_VERB.fullmatch(base):
                noun = _noun(base)
                last_count = noun if len(noun) >= 2 and not BARE_VERB.fullmatch(noun) else last_count
            unit = clause_unit.get(cs)
            if unit and not any(unit[-2:] in n or UNIT_WORD.search(n) for n in split):
                split = [unit + n for n in split]  # "上合示范区…，引进市场主体5238家": 上合示范区引进市场主体
            for name in split:
                key = (q.unit, q.value, kind)
                if sent[q.end:q.end + 1] == "的" and \
                        any(j != i and same_measure(name, other) for j, other in said.get(key, ())):
                    continue  # "投资30亿元的X项目" after "投资30亿元的X园" in an earlier sentence: the project named again
                said.setdefault(key, []).append((i, name))
                emit(doc, Fact(
                    "observation", None, None, s, e, rule,
                    indicator=name, value=q.value, unit=q.unit, value_text=q.text, period=period,
                    period_years=years_of(period, doc_year, kind), kind=kind,
                    per_capita=q.per_capita or name.startswith("人均"), qualifier=q.qualifier,
                    extra={"kind_by": why} if why else {},
                ), (s + q.start, s + q.end))
            # "地区生产总值增长13%以上，突破2000亿元": the growth's measure names the figure after it
            if not aside:
                prev_indicator = re.sub(r"(?:累计|年均|同比|比上年|较上年|保持|分别)*(?:增长|下降|提高|减少|增幅|降幅|净增|新增|递增|递减)$",
                                        "", base) or prev_indicator
            if len(prev_indicator or "") < 2:
                prev_indicator = None
        if kinds:
            goals_before = all(k in ("cue", "frame", "after", "paragraph") for k in kinds) and \
                (inherit or bool(GOAL_OPENING.search(sent)))
    return doc


@Language.factory("tk_observations", assigns=["doc.spans"], requires=["doc._.tk_sentences", "doc._.tk_sections"])
def make_observation_finder(nlp: Language, name: str):
    return find_observations
