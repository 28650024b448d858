"""Figures with units, as observations of an indicator (value, unit, period, actual or target).

Units are in ``data/lexicons/units.tsv``, change words and the words of the filters (figures that
are no measure of the town) in ``data/lexicons/observations.tsv``, target cues in
``data/lexicons/sections.tsv``. Naming what a figure measures is ``kg/extract/indicators.py``'s.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.extract.cues import Cue
from kg.extract.fact import Fact, emit
from kg.extract.indicators import (ANY_VERB, BARE_SPEND, BARE_VERB, COMPARED_TO, FROM_TO, HEAD_VERB, INDICATOR_STRIP_HEAD,
                                   LIST_VERB, SUBJECTLESS, TO_ONLY, _indicator, _level_items, _noun, _respective,
                                   same_measure, split_indicator_list)
from kg.extract.text import PERIOD_WORDS, SectionInfo, clauses, context, sentences, text_of, years_of
from kg.numbers import Quantity, find_quantities

_RULES = lexicon.rules("observations.tsv")
_SECTION_RULES = lexicon.rules("sections.tsv")

GROUP_AFTER = re.compile(r"^[^，；。\d]{0,16}?(?:" + _RULES.pattern("group.after") + ")")
NOT_AFTER = re.compile("^(?:" + _RULES.pattern("not.after") + ")")
CAPACITY = (re.compile("(?:" + _RULES.pattern("capacity.before") + ")$"),
            re.compile(r"^[^，；。\d]{0,16}?(?:" + _RULES.pattern("capacity.head") + ")"))
THRESHOLD_AFTER = re.compile("^(?:" + _RULES.pattern("threshold.after") + r")[^，；。\d]{0,10}$")
CLASS_AFTER = re.compile(r"^(?:及以上|以上|以下)的[^，；。\d]{1,16}$")
# "10公顷以上综合公园2个": a size, then the noun counted right after it
CLASS_NOUN_AFTER = re.compile(r"^(?:及以上|以上|以下)[\u4e00-\u9fff]{1,12}$")
MONEY_CLASS_AFTER = re.compile(r"^(?:及以上|以上)的?[^，；。\d]{0,12}(?:" + _RULES.pattern("capacity.head") + r"|企业)")
RANK_AFTER = re.compile(r"^[^，；。、居\d]{0,12}?中?(?:第[\d一二三四五六七八九十]+(?![批期届次轮])|排名|位次|排第|位居|"
                        # "跻身全国36个大中城市前三": the noun of the field, then the place (not "16个学科进入前1%": a count)
                        r"(?<=[\u4e00-\u9fff])(?<![进入围列居排])前(?:\d+|[一二三四五六七八九十]+)(?![\d.%‰季个月年天周批名强位]))")
RANK_WORD = re.compile(r"(?:排名|名次|位次|排位|排行)[^，；。]{0,12}$")
RANK_BEFORE = re.compile("(?:" + _RULES.pattern("rank.before") + ")$")
GROUP_JOINED = re.compile(_RULES.pattern("group.joined"))
SKIP_CLAUSE = re.compile(_RULES.pattern("skip.clause"))
GLOSS = re.compile(_RULES.pattern("gloss.open"))
# a clause that only gives the change of the figure before it: "，增长8%", "，同比增长12%以上"
GROWTH_ONLY = re.compile(r"(?:分别|年均|同比|比上年|较上年|累计)*(?:" + _RULES.pattern("growth") + ")")
# A clause that opens with a zone or group as its subject ("上合示范区签约项目73个…"): its figures are the zone's
UNIT_SUBJECT = re.compile(r"^(?:今年|全年|去年|目前|其中|同时)?([\u4e00-\u9fff]{2,14}?(?:" + _RULES.pattern("subgroup.unit") +
                          r"))(?![、和与及\u4e00-\u9fff]{0,1}[、和与及])")
NOT_IN_UNIT = re.compile("(?:" + _RULES.pattern("subgroup.not_in") + ")")
UNIT_WORD = re.compile("(?:" + _RULES.pattern("subgroup.unit") + ")")
_STAT = "(?:" + _RULES.pattern("statistic.kind") + ")[^，；。、\\d]{0,4}?(?:" + _RULES.pattern("statistic.noun") + ")"
# "15个主要经济指标中", "29项主要指标", "提出5项指标": the figure counts the report's statistics; "约束性指标7个": the
# same, named first. "6项指标全部达标", "18个指标均为全国标杆": how the town does on them (kept)
STATISTIC_AFTER = re.compile(r"^[^，；。、\d]{0,6}?(?:" + _STAT + "|(?:" + _RULES.pattern("statistic.noun") + ")中)")
STATISTIC_BEFORE = re.compile(_STAT + r"(?:中|里)?[，,]?(?:有|共|达到|达|为|计)?$")
STATISTIC_SET = re.compile("(?:" + _RULES.pattern("statistic.set") + ")$")
STATISTIC_NOUN_AFTER = re.compile(r"^[^，；。、\d]{0,4}?(?:" + _RULES.pattern("statistic.noun") + ")")
BARE_ALONE = re.compile("(?:" + _RULES.pattern("bare.alone") + ")")
BARE_CHANGE = re.compile("(?:" + _RULES.pattern("bare.alone") + r")(?:(?:较|比)[^，；。\d]{0,10})?"
                         "(?:" + _RULES.pattern("growth") + ")")
OUTLINE = re.compile(_RULES.pattern("outline.count"))
# "市委十届十一次全会", "市第十四次党代会", "十三次、十四次全会": the ordinal of a session, no count (GUIDELINES)
ORDINAL_AFTER = re.compile(r"^(?:[、和及][一二三四五六七八九十百\d]+次)*(?:" + _RULES.pattern("ordinal.session") + ")")
ORDINAL_BEFORE = re.compile(r"(?:届|第)$")
BARE_CLASS = re.compile(r"(?:超过|超|投资)?[\d.十百千万亿]*(?:亿元|万元|元)?(?:级|以上|以下)?")


# a clause after a bare sum that says what the money is for: "投入2亿元，提高最低生活保障标准"
PURPOSE_OPEN = re.compile("(?:" + _RULES.pattern("purpose.open") + ")")

# a clause that only pairs changes with the figures before it: "，分别增长4.5%、10.4%和20.4%"
RESPECTIVE_ONLY = re.compile(r"^(?:其中)?((?:年均|平均|同比|" + COMPARED_TO + r")?)分别"
                             r"((?:" + COMPARED_TO + r")?(?:" + _RULES.pattern("growth") + r")了?)$")

# "，分别高于全省、全国1.5个和4个百分点": each gap belongs to the measure before and one place of the list
RESPECTIVE_COMPARED = re.compile(r"^(?:降幅|增幅|增速|涨幅)?(?:均)?分别(高于|低于|高出|低出|快于|慢于|小于|大于|超出|超过)"
                                 r"([^，；。\d]{2,24})$")

# "，分别新增学位3万个、8.2万个" after "新投用幼儿园98所、中小学55所": any short predicate after 分别
RESPECTIVE_ANY = re.compile(r"^()分别((?:需|要|将)?[\u4e00-\u9fff]{1,8})$")


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
# "切实转变作风。…": a paragraph led by a task verb, see sections.tsv plan.lead
PLAN_LEAD = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]是|\d+[.、．])?(?:" +
                       _SECTION_RULES.pattern("plan.lead") + r")[^，；。：:\d０-９]{2,16}。")
LEAD_PAST = re.compile(_SECTION_RULES.pattern("plan.lead.past"))
PART_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分节])")
REVIEW_OPENING = re.compile(r"^(?:[一二三四五六七八九十]+、)?(?:" + _SECTION_RULES.pattern("review.opening") + ")")
OPENING_YEAR = re.compile(r"^(?:[一二三四五六七八九十]+、)?[^，。；\d０-９]{0,4}((?:19|20)\d{2}|[１２][９０][０-９]{2})年")


class Region:
    """Where no heading has set the kind: is the paragraph starting here a plan by its lead?

    A part opened by a numbered heading (一、) that is a review by its words (回首, a year or a
    plan period before the report's, 一年来 at a paragraph's start) holds no plan leads: reviews
    are written verb-first too ("大力推进城市更新改造。…完成…"); the review's opening tells, and so
    does a paragraph led the same way that tells what was done (了, 已, 比上年): the parallel
    paragraphs after it are of the same part.
    """

    def __init__(self, doc_year: int | None):
        self.doc_year = doc_year
        self.review = False

    def _past(self, line: str) -> bool:
        if REVIEW_OPENING.match(line):
            return True
        m = OPENING_YEAR.match(line)
        year = int(m.group(1).translate(_WIDE_DIGITS)) if m else None
        if year and self.doc_year and year < self.doc_year:
            return True
        if PART_HEADING.match(line):
            span = years_of(next(iter(PERIOD_WORDS.findall(line)), None), self.doc_year, "actual")
            return bool(span and self.doc_year and span[1] < self.doc_year)
        return False

    def plan(self, paragraph: str, section: SectionInfo) -> bool:
        """Read the paragraph (from a line start to the line end); True when it is a plan by its lead."""
        line = paragraph.replace("*", "").lstrip()
        if PART_HEADING.match(line):
            self.review = False
        if self._past(line):
            self.review = True
        if not PLAN_LEAD.match(line):
            return False
        if LEAD_PAST.search(line):
            self.review = True  # "加快建设环保基础设施。…扩建了…": the parallel paragraphs after it report too
            return False
        return section.heading is None and section.kind == "actual" and not self.review


_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


# periods of several years a review heading names; a paragraph that opens with the last year narrows them
SPAN_PERIODS = re.compile(r"(?:过去五年|五年来|近五年|十[一二三四五]五(?:期间|时期)?)$")
YEAR_OPENING = re.compile(r"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)?(?:各位代表，)?"
                          r"(?:((?:19|20)\d{2})年，?是|(一年来|过去一年|过去的一年)|"
                          r"(过去五年|五年来|近五年|十[一二三四五]五(?:期间|时期)?)|"
                          r"(?:刚刚)?过去的((?:19|20)\d{2}|[１２][９０][０-９]{2})年)")


SPAN_FIGURE = re.compile(r"累计|年均|五年|历年|期间")  # "财政民生支出累计达到…": a figure of the whole span
SPAN_IN_OPENING = re.compile(r"过去五年|五年来|近五年|五年|十[一二三四五]五")


def _year_block(line: str, doc_year: int | None, current: str | None) -> str | None:
    """The year a paragraph of a review part speaks of, from its opening: the year before the report's ("2016年是…",
    "一年来"), none again when a paragraph opens with the part's span ("过去五年，…") or a part does, else the one before.

    "2007年，全市森林覆盖率达到…" inside a five-year review sums up where the span ended: it narrows nothing.
    """
    line = names.strip_quotes(line.replace("*", "").lstrip())
    m = YEAR_OPENING.match(line)
    if PART_HEADING.match(line) or (SPAN_IN_OPENING.search(re.split(r"[，。：；]", line, 1)[0]) and not (m and m.group(1))):
        # "2010年是实施“十一五”规划的最后一年": the year, though the plan is named after it
        return None  # a new part, or "回顾“十二五”，…": the part's span again
    if not m or not doc_year:
        return current
    if m.group(3):
        return None
    if m.group(2):
        return f"{doc_year - 1}年"
    if m.group(4):  # "刚刚过去的２００７年，我们…"
        year = int(m.group(4).translate(_WIDE_DIGITS))
        return f"{year}年" if year == doc_year - 1 else None
    return m.group(1) + "年" if int(m.group(1)) == doc_year - 1 else None


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
    if TARGET_FRAME.search(TARGET_MET.sub("", before)) and not ACTUAL_CUE.search(before):
        return "target", "frame"  # "主要预期目标：生产总值增长14%，…": the frame governs the list
    if TARGET_WILL.search(before) and "已" not in clause:
        return "target", "frame"  # "今年将实施项目8个，预计投资额约15亿元"
    return "actual", ""


COMPARED = re.compile(r"(?:比|较|与|同|按)$")  # 按1995年价格: the base of a price, no period
# "是2011年的1.9倍": the year a ratio is taken against, no period
RATIO_BASE = re.compile(r"^(?:末|底)?的(?:[\d.]+|[一二三四五六七八九十两]+(?:点[一二三四五六七八九十]+)?)倍")


def _base(text: str, m: re.Match) -> bool:
    """The period at ``m`` is the base of a comparison or of a ratio, not the figure's period."""
    # "在2005年基础上累计削减12%": the base of a change
    return bool(COMPARED.search(text[:m.start()]) or RATIO_BASE.match(text[m.end():]) or
                re.match(r"(?:末|底)?的?基础上", text[m.end():]))


@lru_cache(maxsize=256)
def _periods(sent: str) -> tuple[list[str], list[str]]:
    """The periods a sentence names (全年 left out), and those that are no base of a comparison (kept once
    per sentence: each figure of it asks)."""
    sent = names.strip_quotes(sent)
    # "均比2006年翻了一番": a period after 比/较/与 is the base of a comparison, not the figure's period
    every = [p for p in PERIOD_WORDS.findall(sent) if p not in ("全年",)]
    found = [m.group(0) for m in PERIOD_WORDS.finditer(sent) if not _base(sent, m)]
    return every, [p for p in found if p not in ("全年",)] or found


def _own_period(text: str) -> re.Match | None:
    """The first period ``text`` names that is no base of a comparison."""
    return next((m for m in PERIOD_WORDS.finditer(text) if not _base(text, m)), None)


def _period(sent: str, clause: str, section: SectionInfo, index: int, count: int, before: str | None = None) -> str | None:
    """The figure's period: its clause's, else the sentence's, else the section's.

    ``before`` is the sentence before the figure's clause: a period the sentence
    names only after the clause is that of a later clause ("在建里程373公里，…，
    2020年运营里程达到500公里": 373 is not of 2020), so the section's holds.
    """
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
    m = _own_period(clause)
    if m:
        return m.group(0)
    if found and before is not None and not _own_period(names.strip_quotes(before)):
        return section.period
    if found:
        return found[-1] if "末" in found[-1] else found[0]
    return section.period


# "X10万辆整车竣工投产", "X30万台发动机项目落户": a plant's capacity, then its progress
CAPACITY_DONE = re.compile(r"^[^，；。、\d]{0,12}?(?:正式|全面|顺利|相继|陆续|已经|已|基本)?(?:" +
                           _RULES.pattern("capacity.done") + ")")
CAPACITY_UNIT = re.compile(r"万[辆台]$")  # a plant's scale: "6台机组全面投产" counts the units
# the words before such a figure end with a verb whose object it is ("生产新能源汽车30万辆"): a measure after all
CAPACITY_VERB_BEFORE = re.compile(r"(?:" + ANY_VERB.pattern + r"|生产|产|新增|淘汰|销售|达到|达|突破|实现|超过|超|共|累计|约|近|为|是|有|"
                                  r"增加|减少|形成|具备|拥有)$")
CAPACITY_NAME = re.compile(r"^[^，；。、\d]{1,12}?(?:" + _RULES.pattern("capacity.name") + ")")
# "北仑港区900米集装箱码头", "30万吨原油码头", "12.5米深水航道": the size a dock or channel is named by
BERTH_NAME = re.compile(r"^[^，；。、\d]{0,8}?(?:" + _RULES.pattern("berth.name") + ")")
PROJECT_LIST_AFTER = re.compile(r"^[^，；。]{0,40}?等[^，；。\d]{0,8}(?:" + _RULES.pattern("capacity.head") + ")")
RATE_BETWEEN = re.compile(r"^[^，；。\d、]{2,20}(?:比例|比率|率|比重|占比)(?:均|已|分别)?(?:达到|达|为|超过|保持在|提高到|提升到|稳定在)?$")


def nxt_percent_rate(sent: str, quantities: list[Quantity], qi: int) -> bool:
    """A count followed, in its clause, by a rate of what it counts: "N个X比例达到M%"."""
    nxt = quantities[qi + 1] if qi + 1 < len(quantities) else None
    return nxt is not None and nxt.family == "percent" and bool(RATE_BETWEEN.match(sent[quantities[qi].end:nxt.start]))


BARE_TOTAL = re.compile(r"(?:计划|累计)?总投资额?")
TOTAL_OWNER = re.compile("(?:" + _RULES.pattern("total.owner") + ")$")
EACH_LEVEL = re.compile(r"(?<![年人平户])均(?:超过|超|突破|达到|达|为|在|保持在|稳定在)?$")


# a run of sizes after "一批(投资)上" or "销售收入过": the classes of the things named after the run ("…100亿元(以上)的项目")
# a size without digits may open or close the run ("一批产值超百亿元、超500亿元的大企业", "税收超5000万元、超亿元的")
_WORD_SIZE = r"[十百千万亿]+元"
CLASS_RUN_BEFORE = re.compile(r"(?:(?:若干|一批|一些|多)个?(?:投资|产值|营收|规模|销售收入|税收)(?:上|超|过|超过|达)?|"
                              r"(?:投资|产值|营收|规模|销售收入|营业收入)(?:上|过))(?:" + _WORD_SIZE + r"、(?:上|超|过|超过)?)?$")
CLASS_RUN_AFTER = re.compile(r"(?:、(?:上|超|过|超过)?" + _WORD_SIZE + r")?(?:及以上|以上|级)?的")


def _run(sent: str, quantities: list[Quantity], qi: int) -> tuple[int, int]:
    """The first and last index of the figures of one family joined to figure ``qi`` by 、/和/及 alone."""
    first = last = qi
    while first and quantities[first - 1].family == quantities[qi].family and \
            re.fullmatch(r"[、和及]", sent[quantities[first - 1].end:quantities[first].start]):
        first -= 1
    while last + 1 < len(quantities) and quantities[last + 1].family == quantities[qi].family and \
            re.fullmatch(r"[、和及]", sent[quantities[last].end:quantities[last + 1].start]):
        last += 1
    return first, last


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
    if q.text.endswith("次") and (ORDINAL_AFTER.match(after) or ORDINAL_BEFORE.search(sent[:q.start])):
        return True  # "市委十二届十一次全会精神": which session, not how many
    if q.text.endswith("人") and after.startswith("民"):
        return True  # "全市762万人民的重托": a people addressed, not a count
    if q.family == "count" and (STATISTIC_AFTER.match(after) or STATISTIC_BEFORE.search(sent[:q.start]) or
                                (STATISTIC_SET.search(sent[:q.start]) and STATISTIC_NOUN_AFTER.match(after))):
        return True  # "我市十二项主要经济指标中", "主要预期指标29项": the report's own statistics, counted
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
    if q.family in ("length", "mass") and BERTH_NAME.match(after):
        return True  # "积极做好北仑港区900米集装箱码头": the berth's size in its name, no measure of the town
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
    if q.family == "money":
        first, last = _run(sent, quantities, qi)
        if CLASS_RUN_BEFORE.search(sent[:quantities[first].start]) and CLASS_RUN_AFTER.match(sent[quantities[last].end:]):
            return True  # "超前策划一批投资上10亿、50亿、100亿元的重大项目": the sizes of a class of projects
    if q.family != "percent" and nxt is not None and CLASS_AFTER.match(sent[q.end:nxt.start]):
        return True  # "5万平方米以上的商业综合体增加至85家": the figure defines the class counted
    if q.family not in ("percent", "count") and nxt is not None and nxt.family == "count" and \
            CLASS_NOUN_AFTER.match(sent[q.end:nxt.start]) and not ANY_VERB.search(sent[q.end:nxt.start]):
        return True  # "新建社区公园5个、10公顷以上综合公园2个": the size defines the parks counted
    if q.family in ("mass", "power", "energy", "volume") and CAPACITY_NAME.match(after):
        return True  # "推动16万吨瓶级聚酯切片项目建设": the capacity is part of the project's name
    if (q.family in ("mass", "power") or CAPACITY_UNIT.search(q.text)) and CAPACITY_DONE.match(after):
        lead = names.strip_quotes(re.split(r"[，；。、：]", sent[:q.start])[-1]).strip()
        if (len(lead) >= 2 and not CAPACITY_VERB_BEFORE.search(lead)) or \
                re.match(r"^[^，；。、\d]{1,12}?(?:项目|工程)", after):
            return True  # "一汽丰越10万辆整车竣工投产": the figure names the plant, it counts nothing of the town
    return False


def _each(base: str) -> list[str] | None:
    """"新增国家级、省级农业龙头企业各" → one measure per item (the figure after 各 is each one's); None
    unless the words before 各 are a list (a leading verb and a shared head go to every item)."""
    body = re.sub(r"各[）)]?$", "", base)
    # "省、市级龙头企业": a level named by one character shares 级 with the next
    lead = SUBJECTLESS.match(body)
    at = lead.end() if lead else 0
    body = body[:at] + re.sub(r"(^|[、和])([省市县区镇])(?=[、和](?:[省市县区镇]|自治区)级)", r"\1\2级", body[at:])
    if not body or len(body) > 40 or re.search(r"[，；。\d]", body):
        return None
    parts = [p for p in re.split(r"、|和|及|与", body[at:]) if p]
    k = len(parts)
    items = _level_items(body, k) if k >= 2 else None
    if items and any((len(x) <= 2 and not x.endswith("级")) or BARE_VERB.fullmatch(x) for x in parts):
        return None  # "小区、单位、学校各100个", "开工、竣工各300万平方米": an item that names no measure alone
    return items


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
    region, plan_lead = Region(doc_year), False  # the paragraph is a plan by its lead (no heading above)
    said: dict[tuple, list[tuple[int, str]]] = {}  # (unit, value, kind) -> (sentence, indicator) already emitted
    year_block, block_heading = None, None  # "2016年是本届政府最后一年…": the year the paragraphs of a review part speak of
    for i, s, e, sent in sentences(doc):
        new_paragraph = "\n" in text[prev_para_end:s]
        if new_paragraph:
            plan_list = False
        if sections[i].heading != block_heading:
            year_block, block_heading = None, sections[i].heading
        if s == 0 or new_paragraph:
            line_end = text.find("\n", s)
            line = text[s:line_end if line_end >= 0 else len(text)]
            plan_lead = region.plan(line, sections[i])
            year_block = _year_block(line, doc_year, year_block)
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
        unnamed = None  # the clause whose last figure named no measure
        outline = [m.span() for m in OUTLINE.finditer(sent)]  # "重点做好以下9个方面、28项具体工作："
        skipped: set[int] = set()  # figures that are no measure of the town ("产值过100亿元的企业由6个…": a class)
        for qi, q in enumerate(quantities):
            cs, ce = next(((a, b) for a, b in bounds if a <= q.start < b), (0, len(sent)))
            clause = sent[cs:ce]
            if not_the_towns(sent, quantities, qi):
                skipped.add(qi)
                continue
            if any(a <= q.start < b for a, b in outline):
                continue  # the parts of the report's own outline
            in_clause = [x for x in quantities if cs <= x.start < ce]
            own_words = sent[max(cs, prev_end):q.start]  # the words between the figure before (or the clause start) and this one
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
            elif unnamed == cs and re.fullmatch(r"[、和及与以及]*", sent[prev_end:q.start]):
                prev_end = q.end
                continue  # "覆盖率分别达到95%和80%": the figures joined to one that names no measure name none
            elif cs in clause_first and re.fullmatch(r"[、和及与以及]*", sent[prev_end:q.start]):
                # "增长5%、14%和15%": the same phrase for each figure
                indicator, rule = clause_first[cs], "observation:shared"
            else:
                indicator = _indicator(sent, q, max(cs, prev_end), ce, prev_indicator, prev_end,
                                       next((b for b, f in reversed(prior) if f == q.family), None))
                if not indicator:
                    prev_end, unnamed = q.end, cs
                    continue  # "覆盖面2.4%", "国家级3个" with nothing before that names the measure
            if BARE_VERB.fullmatch(indicator) and last_count:
                indicator += last_count  # "新开工110个，竣工60个": 竣工 of the things counted before
            elif q.family == "money" and BARE_TOTAL.fullmatch(indicator) and last_count and qi and \
                    quantities[qi - 1].family == "count" and re.fullmatch(r"[^，；。\d]*[，,]", sent[quantities[qi - 1].end:cs]) and \
                    not any(x.family == "count" for x in quantities[:qi - 1]) and 2 <= len(last_count) <= 16 and \
                    not last_count.startswith("的") and TOTAL_OWNER.search(last_count) and sent[q.end:q.end + 1] != "的":
                # "建设输变电工程44项，总投资18亿元": the works' total investment (not after a list of counts:
                # "新建道路5条，改造小区3个，总投资2亿元" is the total of all; not "…3家，总投资15亿元的23个企业…")
                indicator = last_count + indicator
            elif BARE_CLASS.fullmatch(indicator) and last_count:
                # "超10亿元项目80个，其中超50亿元15个、百亿级3个": a class of the things counted before
                indicator += re.split(r"以上|以下|级|亿元|万元", last_count)[-1] or last_count
            # "渝新欧班列…，双向开行360列": a verb alone, no count before names what it moves; "开行2133列、增长70%":
            # nor its change. Dropped at the end: the figures after pair with it as before
            # (an item of a 分别 list is named with its neighbours: "会议、活动分别减少16%和35.5%" stays)
            bare = rule != "observation:respective" and \
                (BARE_ALONE.fullmatch(indicator) or (q.change is not None and BARE_CHANGE.fullmatch(indicator)))
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
            elif not why and plan_lead:
                kind, why = "target", "lead"  # "切实转变作风。…着力办好12件为民办实事项目"
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
                in_clause = [x for i, x in enumerate(quantities) if cs <= x.start < ce and x.change is None and i not in skipped]
                pos = in_clause.index(q)
                if pos < 2 and re.search("[从由]", sent[cs:q.start + 1]):
                    pair_index = pos
            if pair_index == 0 and kind == "target" and why != "year":
                # "支付比例由55%提高至60%" in a plan: the figure it starts from is the level reached so far
                kind, why = "actual", ""
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
                period = _period(sent, clause, section, 0, 1, sent[:cs])
            if year_block and kind == "actual" and period and period == section.period and SPAN_PERIODS.fullmatch(period) and \
                    period not in names.strip_quotes(sent) and not SPAN_FIGURE.search(sent):
                period = year_block  # "一、过去五年及2016年工作回顾 … 2016年是…最后一年。…": the paragraphs after are of 2016
            base = indicator
            if pair_index == 1 and prev_indicator:
                base = prev_indicator
            elif pair_index == 0:
                base = re.sub(r"(增加|提高|提升|增长|上升|下降|减少|降低|扩大|缩小|发展|精简|压缩|压减|调减)(到|至|为)?$", "", indicator)
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
            joined = [x for x in quantities if cs <= x.start < ce]  # every figure of the clause
            # "固定资产投资、社会消费品零售总额均超过1万亿元": a level after 均 is each item's too
            split = split_indicator_list(base, len(joined) == 1) \
                if q.change or q.unit == "unit:PERCENT" or EACH_LEVEL.search(sent[cs:q.start]) else [base]
            # "举办“A讲堂”“B舞台”各30场": quoted names side by side are items of a list
            each = _each(INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(own_words.replace("”“", "”、“")).strip())) \
                if rule == "observation:unit" and q.family != "money" and re.search(r"各[）)]?$", sent[:q.start]) else None
            if each:
                split, rule = each, "observation:each"  # "新建A和B各12家": 12 of A and 12 of B
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
                bare = False  # "举办产业园区首秀、首展等活动30场": the clause's opening names what 活动 are
            for name in split if not bare else ():
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
                prev_indicator = re.sub(r"(?:[一二三四五六七八九十两]年|近[一二三四五]年|累计|年均|同比|比上年|较上年|保持|分别)*"
                                        r"(?:增长|下降|提高|减少|增幅|降幅|净增|新增|递增|递减|增加|提升|上升|降低|压减|精简|压缩)了?$",
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
