"""Find facts in a cleaned document with a rule-based spaCy pipeline.

``spacy.blank("zh")`` with the jieba segmenter (its dictionary ships in the
wheel, nothing downloads), then components registered by name:

    tk_sentences  sentence spans (。！？ and line ends)
    tk_sections   for each sentence: actual or target, and the period it speaks of
    tk_honors     honors received and pursued (荣获 / 被评为 … ; 争创 / 力争通过 …)
    tk_enterprises enterprises placed in the town (落户 / 入驻 / 引进 …)
    tk_programs   named programs (quoted names, X长制, …计划/机制/工作法)
    tk_observations figures with units, as observations of an indicator

Each component appends ``Fact`` objects to ``doc._.tk_facts``; every fact
carries the offsets of the sentence that states it (its evidence).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon, names
from kg.ingest import CJK, Document
from kg.numbers import Quantity, find_quantities, quoted_spans



@dataclass
class Fact:
    """One extracted fact with its evidence span (offsets in the cleaned text)."""

    type: str                      # honor, pursued_honor, enterprise, program, observation
    subject: str | None            # None: the document's own area
    object: str | None
    start: int                     # evidence span
    end: int
    rule: str
    subject_kind: str | None = None
    aliases: tuple[str, ...] = ()  # other names of the object
    subject_aliases: tuple[str, ...] = ()
    place: str | None = None       # enterprise: the town it settled in, when named
    # observations
    indicator: str | None = None
    value: float | None = None
    unit: str | None = None
    value_text: str | None = None
    period: str | None = None
    period_years: tuple[int, int] | None = None
    kind: str | None = None        # actual / target
    per_capita: bool = False
    qualifier: str | None = None
    extra: dict = field(default_factory=dict)


for _name, _default in (("tk_facts", None), ("tk_sentences", None), ("tk_sections", None),
                        ("tk_context", None), ("tk_text", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


# ----------------------------------------------------------------------------- sentences

SENT_END = re.compile(r"[。！？!?]+[”’）)]*|\n+")
CLAUSE_SEP = re.compile(r"[，,；;：:。！？!?]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; a line end also ends a sentence."""
    spans, start = [], 0
    for m in SENT_END.finditer(text):
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        if text[start:end].strip():
            s = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            spans.append((s, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause (start, end) offsets within a sentence, split at ，；： outside quotes."""
    quotes = quoted_spans(text)
    out, start = [], 0
    for m in CLAUSE_SEP.finditer(text):
        if any(a < m.start() < b for a, b in quotes):
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if e > s]


@Language.component("tk_sentences")
def tk_sentences(doc: Doc) -> Doc:
    """Mark sentence spans (character offsets) on the doc."""
    # Doc.text is rebuilt from the tokens on every access: the components share one copy
    doc._.tk_text = doc.text
    doc._.tk_sentences = sentence_spans(doc._.tk_text)
    if doc._.tk_facts is None:
        doc._.tk_facts = []
    return doc


# ----------------------------------------------------------------------------- sections

TARGET_HEAD = re.compile(r"(今后|未来|下一步|明年|新的一年|主要目标|预期目标|预期指标|工作安排|工作打算|"
                         r"工作思路|总体要求|奋斗目标|主要任务|发展目标|目标任务|重点工作|工作建议|"
                         r"意见建议|展望|谋划)")
ACTUAL_HEAD = re.compile(r"(回顾|过去|五年来|一年来|年来|成绩|成效|取得|完成情况|工作总结|主要工作|"
                         r"执行情况|进展)")
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分节]|[0-9]+[.、]\s*\D)")
PERIOD_WORDS = re.compile(r"(十[一二三四五]五(?:末|期间|时期|初)?|今后五年|未来五年|五年内|过去五年|五年来|"
                          r"一年来|近五年|(?:19|20)\d{2}(?:[-—至到](?:19|20)?\d{2})?年(?:末|底|初|上半年|前)?|"
                          r"年内|今年|全年|明年|上年)")
TARGET_CUES = re.compile(r"(力争|争取|预期|目标|确保|计划|拟|将(?:达到|实现|新增|完成|建成|超过|突破|保持|"
                         r"提高|提升|增加|控制)|到(?:19|20)\d{2}年|今后|未来|五年内|年内|要(?:实现|完成|达到|确保))")
PLAN_NUMERAL = {"十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020),
                "十四五": (2021, 2025), "十五五": (2026, 2030)}


@dataclass
class SectionInfo:
    kind: str            # actual / target
    period: str | None   # period text the section speaks of
    heading: str | None


def _heading_kind(line: str, year: int | None) -> str | None:
    m = re.search(r"((?:19|20)\d{2})年", line)
    if m and year:
        y = int(m.group(1))
        if y > year:
            return "target"
        if y < year:
            return "actual"
    if TARGET_HEAD.search(line):
        return "target"
    if ACTUAL_HEAD.search(line):
        return "actual"
    return None


def _heading_period(line: str) -> str | None:
    m = PERIOD_WORDS.search(line)
    if m:
        return m.group(0)
    if "过去" in line and "五年" in line:
        return "五年来"
    return None


@Language.component("tk_sections")
def tk_sections(doc: Doc) -> Doc:
    """Give each sentence its section's kind (actual / target) and period.

    Top-level headings (一、 二、 …, or short lines without sentence
    punctuation) set the kind: 回顾/成绩 → actual, 今后/目标/安排 → target, a
    year after the document's own → target. Inside a section, a paragraph that
    opens with 今后五年 / 预期目标是 switches to target until the next heading.
    """
    ctx = doc._.tk_context or {}
    year = ctx.get("year")
    text = doc._.tk_text
    infos: list[SectionInfo] = []
    current = SectionInfo("actual", None, None)
    line_start = {m.end() for m in re.finditer(r"\n", text)} | {0}
    for s, e in doc._.tk_sentences:
        sent = text[s:e]
        at_line_start = s in line_start or text[max(0, s - 1)] == "\n" or text[:s].rstrip(" ").endswith("\n")
        is_heading = at_line_start and (HEADING.match(sent) or (len(sent) <= 30 and not re.search(r"[，。；]", sent)))
        if is_heading and not re.match(r"^\s*[（(]", sent):
            kind = _heading_kind(sent, year)
            if kind:
                current = SectionInfo(kind, _heading_period(sent), sent.strip())
        elif at_line_start and re.match(r"^(今后|未来)\S{0,3}年|^\S{0,12}(预期目标|预期指标|主要目标)是", sent):
            current = SectionInfo("target", _heading_period(sent) or current.period, current.heading)
        infos.append(current)
    doc._.tk_sections = infos
    return doc


def years_of(period: str | None, doc_year: int | None, kind: str) -> tuple[int, int] | None:
    """Normalize a period text to a year range where the text allows."""
    if not period:
        return None
    for name, (a, b) in PLAN_NUMERAL.items():
        if name in period:
            if "末" in period:
                return b, b
            if "初" in period:
                return a, a
            return a, b
    m = re.search(r"((?:19|20)\d{2})\s*[-—至到]\s*((?:19|20)?\d{2})年", period)
    if m:
        a, b = int(m.group(1)), m.group(2)
        b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        return a, b
    m = re.search(r"((?:19|20)\d{2})年", period)
    if m:
        y = int(m.group(1))
        return y, y
    if doc_year:
        if period in ("今后五年", "未来五年", "五年内"):
            return doc_year + 1, doc_year + 5
        if period in ("五年来", "过去五年", "近五年"):
            return doc_year - 4, doc_year
        if period in ("年内", "今年", "全年"):
            return doc_year, doc_year
        if period in ("一年来", "上年"):
            return doc_year, doc_year
        if period == "明年":
            return doc_year + 1, doc_year + 1
    return None


# ----------------------------------------------------------------------------- helpers


def _context(doc: Doc) -> dict:
    return doc._.tk_context or {}


def _is_town_ref(name: str, ctx: dict) -> bool:
    town = ctx.get("town") or ""
    short = ctx.get("town_short") or ""
    return (not name) or name in names.SELF_WORDS or name in (town, short) or \
        (bool(town) and name.endswith(town) and len(name) <= len(town) + 4)


def _sentences(doc: Doc):
    text = doc._.tk_text
    for i, (s, e) in enumerate(doc._.tk_sentences):
        yield i, s, e, text[s:e]


# ----------------------------------------------------------------------------- honors

HONOR_TRIGGER = re.compile(
    r"(荣获|喜获|斩获|获评为?|获颁|获授|获得了?|被评为|被评选为|评为|被认定为|认定为|入选为?|被列为|列为|"
    r"被命名为|命名为|被授予|授予|荣膺|摘得|成功创建|成功创成|创成|成功获批|通过(?=[^，。；]{2,30}(?:验收|复审|复评|评审|认定))|"
    r"获(?!得感|批|悉|益|取|利|赔|救|准|奖励|刑|罪))")
PURSUE_TRIGGER = re.compile(
    r"(努力争创|积极争创|全力争创|争创|力争通过|力争创建|力争创成|力争成为|力争获评|力争获得|力争|"
    r"争取通过|争取创建|争取成为|积极申报|申报|迎接)")
PURSUE_WORK = re.compile(r"([^，。；：]{3,30}?)(?:的)?(?:创建|创评|复审|迎检)工作(?:扎实|稳步|有序|全面|积极|顺利)?(?:推进|开展|启动)")
LOOSE_TRIGGERS = {"获", "获得", "获得了", "通过", "授予", "力争", "申报", "迎接", "积极申报", "列为", "评为"}


def _honor_items(obj: str, loose: bool) -> list[str]:
    """Split the object of an honor trigger into the honor names it lists.

    A quoted title after a firm trigger (被评为“…”) is a title whatever its
    ending; unquoted ones must have a title's shape.
    """
    titled = bool(re.search(r"(称号|荣誉称号)$", obj.strip()))  # "…称号": the text itself says it is a title
    obj = names.cut_honor_tail(obj)
    items = []
    parts = []
    for raw in names.split_list(obj):
        # "A城市和B城市": two titles joined by 和 when both sides are titles
        pieces = re.split(r"(?:以及|和|及|与)", raw)
        if len(pieces) > 1 and all(names.looks_like_honor(names.clean_honor(p)) for p in pieces):
            parts.extend(pieces)
        else:
            parts.append(raw)
    for raw in parts:
        quoted = bool(re.fullmatch(r"[^“”]{0,6}“[^”]{2,}”", raw.strip())) or (titled and len(parts) == 1)
        item = names.clean_honor(raw)
        if item and (names.looks_like_honor(item, strict=loose) or
                     (quoted and not loose and names.looks_like_name(item))):
            items.append(item)
    return items


def _subjects(before: str, sent: str, clause_start: int, ctx: dict) -> list[tuple[str | None, str | None]]:
    """The receivers named before a trigger: [(name or None for the town, kind)]."""
    subj = names.clean_subject(before)
    if not subj or _is_town_ref(subj, ctx) or subj.startswith(tuple(names.SELF_WORDS - {"镇", "街道", "党委", "政府"})):
        return [(None, None)]
    items = names.split_list(names.cut_at_deng(subj))
    out = []
    for item in items:
        item = names.strip_quotes(item)
        if not item or _is_town_ref(item, ctx):
            out.append((None, None))
        elif names.looks_like_name(item):
            out.append((item, names.kind_by_suffix(item)))
    return out or [(None, None)]


@Language.component("tk_honors")
def tk_honors(doc: Doc) -> Doc:
    """Honors received (荣获, 被评为, 成功创建 …) and pursued (争创, 力争通过 …)."""
    ctx = _context(doc)
    facts = doc._.tk_facts
    for _i, s, e, sent in _sentences(doc):
        bounds = clauses(sent)
        for ci, (cs, ce) in enumerate(bounds):
            clause = sent[cs:ce]
            done_upto = 0
            for m in HONOR_TRIGGER.finditer(clause):
                if m.start() < done_upto:
                    continue
                trig = m.group(1)
                obj = clause[m.end():]
                before = clause[:m.start()]
                if re.search(r"(争创|力争|争取)$", before):
                    continue
                # 以X成功创建Y为标杆: the object stops at 为
                if before.lstrip().startswith("以") and "为" in obj:
                    obj = obj[:obj.rindex("为")]
                items = _honor_items(obj, trig in LOOSE_TRIGGERS)
                if not items:
                    continue
                subjects = _subjects(before, sent, cs, ctx)
                for subj, kind in subjects:
                    for item in items:
                        facts.append(Fact("honor", subj, item, s, e, f"honor:{trig}", subject_kind=kind,
                                          aliases=names.honor_aliases(item)))
                done_upto = len(clause)
            for m in PURSUE_TRIGGER.finditer(clause):
                trig = m.group(1)
                obj = clause[m.end():]
                items = _honor_items(obj, trig in LOOSE_TRIGGERS)
                for item in items:
                    facts.append(Fact("pursued_honor", None, item, s, e, f"pursue:{trig}",
                                      aliases=names.honor_aliases(item)))
            m = PURSUE_WORK.search(clause)
            if m:
                cand = names.clean_honor(names.clean_subject(m.group(1)))
                if cand and names.looks_like_honor(cand, strict=True):
                    facts.append(Fact("pursued_honor", None, cand, s, e, "pursue:创建工作",
                                      aliases=names.honor_aliases(cand)))
    return doc


# ----------------------------------------------------------------------------- enterprises

SETTLE = r"(落户|入驻|进驻|引进|引入|扎根|落地|开业|开园|签约落户|注册落户|迁入|投产|揭牌)"
SETTLE_RE = re.compile(SETTLE)
# 等 closing a list of firms ("A、B等一批优质企业"); not 平等/对等…, and not a list of
# sectors ("物流、金融等服务业项目", "水运、公交等运输企业": the head says 业 or a trade)
ENTERPRISE_HEAD = re.compile(r"(?<![平相对均同初高中上优何])等(?:一批|多家|\d+家|[一二三四五六七八九十]+家)?"
                             r"[^，。；、\d]{0,12}?(?<!业)(?<!运输)(?<!服务)(企业|公司|项目|平台|品牌|独角兽)")
NOT_ENTERPRISE_HEAD = re.compile(r"等[^，。；、]{0,10}?(教育集团|学校|高校|大学|医院|机构|部门|单位|园区|楼宇|载体|村|社区)")


@Language.component("tk_enterprises")
def tk_enterprises(doc: Doc) -> Doc:
    """Enterprises the text places in the town."""
    facts = doc._.tk_facts
    places = lexicon.places()
    for _i, s, e, sent in _sentences(doc):
        for cs, ce in clauses(sent):
            clause = sent[cs:ce]
            found: list[tuple[str, str]] = []
            # A、B、C等一批…企业 (+ any predicate): a list of the town's firms
            head = ENTERPRISE_HEAD.search(clause)
            trig = SETTLE_RE.search(clause)
            if head and not NOT_ENTERPRISE_HEAD.search(clause[:head.end()]):
                if head.group(1) in ("企业", "公司", "独角兽") or trig:
                    before = names.clean_subject(clause[:head.start()])
                    for item in names.split_list(before):
                        item = names.clean_enterprise(item)
                        if item and names.looks_like_enterprise(item, listed=True):
                            found.append((item, "enterprise:list"))
            elif trig and trig.start() > 0 and not re.match(r"(企业|的|项目)", clause[trig.end():]):
                # X落户/入驻/落地/开业: X is the clause's subject
                before = names.clean_subject(clause[:trig.start()])
                if before and not NOT_ENTERPRISE_HEAD.search("等" + before[-10:]):
                    for item in names.split_list(before):
                        item = names.clean_enterprise(item)
                        if item and names.looks_like_enterprise(item, listed=False):
                            found.append((item, f"enterprise:{trig.group(1)}"))
            if trig and trig.group(1) in ("引进", "引入") and not found:
                after = clause[trig.end():]
                for item in names.split_list(names.cut_at_deng(after)):
                    item = names.clean_enterprise(item)
                    # after 引进 only a name with a company's form counts (技术, 人才 are also "introduced")
                    if item and names.looks_like_enterprise(item, listed=False) and names.COMPANY_FORM.search(item):
                        found.append((item, "enterprise:引进"))
            if not found:
                continue
            place = None
            if trig:
                after = clause[trig.end():trig.end() + 8]
                for name in places.find_all(after):
                    if places.kind_of(name) == "town":
                        place = name
            for item, rule in found:
                facts.append(Fact("enterprise", None, item, s, e, rule, place=place,
                                  aliases=names.enterprise_aliases(item)))
    return doc


# ----------------------------------------------------------------------------- programs

PROGRAM_SUFFIX = (r"(?:长效机制|工作机制|工作法|工作制|行动计划|三年行动|专项行动|专项斗争|学习教育|主题教育|"
                  r"文旅品牌|服务品牌|品牌|受理模式|养老模式|模式|机制|制度|计划|行动|工程|活动|"
                  r"举措|论坛|文化艺术节|艺术节|体育赛事|赛事|服务平台|平台|建设|综合整治|制)")
PROGRAM_SUFFIX_AFTER_DENG = r"(?:活动|举措|学习教育|主题教育|教育|行动|工程|制度|机制|模式|品牌|服务)"
QUOTE_RIGHT = re.compile(r"^(?:[^，。；、“”]{0,4}?" + PROGRAM_SUFFIX + r"|等(?:[一二三四五六七八九十两\d]+[项个大类])?"
                         r"[^，。；、“”]{0,4}?" + PROGRAM_SUFFIX_AFTER_DENG + ")")
PROGRAM_VERB = (r"(实施|推行|推进|落实|深化|开展|创新|首创|打造|建立|建成|试点|探索|启动|举办|办好|做实|用好|"
                r"丰富|健全|打响|创建|围绕|深入实施|全面推行|持续开展)")
QUOTE_LEFT = re.compile(PROGRAM_VERB + r"(?:[^，。；“”]{0,2}|一批[^，。；“”]{0,8}的)?$")
QUOTE_LEFT_COUNT = re.compile(r"(完成|建成|建设|打造|创建)\d+[个条处家所座项]$")
NOT_PROGRAM_RIGHT = re.compile(r"^(及以上|以上|级|问题|经费|规划|精神|理念|战略|发展格局|格局|布局|定位|为主题|"
                               r"为导向|为契机|主阵地|企业|改造|全覆盖|市政|项目|体系|资源|主题|决策|管理|"
                               r"类|号|市民热线|热线)")
UNQUOTED_SUFFIX = r"(?:工作机制|工作法|行动计划|三年行动|专项行动|专项斗争|制度|计划|工程|活动)"
UNQUOTED_RE = re.compile(
    r"((?:深入|全面|持续|积极|扎实)?(?:实施|推行|开展|启动|建立|健全完善|探索建立|探索|深化|推进))"
    r"([^，。；、“”]{2,14}?" + UNQUOTED_SUFFIX + r")(?=[，。；、和及]|$)")
CHIEF_SYSTEM = re.compile(f"((?:河湖|[{CJK}])长制)")  # 河长制, 林长制, 路长制, 河湖长制
SERVICE_LIST = re.compile(r"([^，。；]{2,40}?)等(?:[^，。；、]{0,6}?)(服务|活动|举措)(?=[，。；]|$)")


def _quote_groups(sent: str) -> list[list[re.Match]]:
    """Quoted names, grouped when only 、 和 及 与 stand between them."""
    groups: list[list[re.Match]] = []
    for m in re.finditer(r"“([^“”]{1,30})”", sent):
        if groups and re.fullmatch(r"[、和及与]|以及", sent[groups[-1][-1].end():m.start()]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


@Language.component("tk_programs")
def tk_programs(doc: Doc) -> Doc:
    """Named programs the town runs: quoted names in program context, X长制, …计划/机制."""
    facts = doc._.tk_facts
    honors = {f.object for f in facts if f.type in ("honor", "pursued_honor")}
    for _i, s, e, sent in _sentences(doc):
        seen: set[str] = set()

        def add(name: str, rule: str, full: str | None = None) -> None:
            name = names.clean_program(name)
            if not name or name in seen or name in honors or not names.looks_like_program(name):
                return
            seen.add(name)
            aliases = tuple(a for a in {full} if a and a != name)
            facts.append(Fact("program", None, name, s, e, rule, aliases=aliases))

        for group in _quote_groups(sent):
            first, last = group[0], group[-1]
            right = sent[last.end():last.end() + 16]
            clause_left = sent[:first.start()]
            clause_left = clause_left[max(clause_left.rfind(c) for c in "，；：。") + 1:]
            if NOT_PROGRAM_RIGHT.match(right):
                continue
            rm = QUOTE_RIGHT.match(right)
            # "A、B等“X”": X names the kind of the listed things (a program)
            left_ok = QUOTE_LEFT.search(clause_left) or QUOTE_LEFT_COUNT.search(clause_left) or \
                (clause_left.endswith("等") and "、" in clause_left)
            for m in group:
                q = m.group(1)
                own_suffix = re.search(PROGRAM_SUFFIX + "$", q)
                if "、" in q and not rm:
                    continue
                if rm or left_ok or (own_suffix and len(q) >= 3):
                    full = q + rm.group(0).lstrip("等") if rm and m is last and not rm.group(0).startswith("等") else None
                    add(q, "program:quoted", full)
        for m in CHIEF_SYSTEM.finditer(sent):
            if not any(a <= m.start() < b for a, b in quoted_spans(sent)):
                add(m.group(1), "program:长制")
        for m in UNQUOTED_RE.finditer(sent):
            add(m.group(2), "program:verb+suffix")
            # the verb governs a list: "启动A计划、B计划"
            rest = sent[m.end():]
            while True:
                more = re.match(r"、([^，。；、“”]{2,14}?" + UNQUOTED_SUFFIX + r")(?=[，。；、]|$)", rest)
                if not more:
                    break
                add(more.group(1), "program:verb+suffix")
                rest = rest[more.end():]
        for m in SERVICE_LIST.finditer(sent):
            body = names.clean_subject(m.group(1))
            body = re.sub(r"^" + PROGRAM_VERB, "", body)
            items = names.split_list(body)
            if len(items) >= 2 and all(2 <= len(x) <= 8 and "“" not in x for x in items):
                for item in items:
                    add(item, "program:list")
    return doc


# ----------------------------------------------------------------------------- observations

INDICATOR_STRIP_TAIL = re.compile(r"((?<![年人平])均|分别|已|共|累计|总计|合计|预计|达到了?|达|为|是|实现|完成|超过|超|"
                                  r"突破|保持在|保持|控制在|约|近|逾|不低于|不少于|不超过|占|增至|提高到|提升到|"
                                  r"增加到|上升到|下降到|减少到|降至|增长到|从|由|到|至|和|及|、|的)+$")
INDICATOR_STRIP_HEAD = re.compile(r"^(其中|同时|另外|此外|全年|年内|今年|五年来|五年内|今后五年|未来五年|过去五年|"
                                  r"全镇|全区|全市|全街道|我镇|本镇|镇域|预计|力争|确保|争取|要|将|并|还|已|共|实现|"
                                  r"(?:19|20)\d{2}年(?:末|底)?|十[一二三四五]五(?:末|期间)?|近[一二三四五六七八九十\d]+年(?:来)?|与.{1,12}相比(?:较)?|"
                                  r"截至\S{2,10}|到\S{2,8}年末?)+")
GROWTH = re.compile(r"(累计增长|年均增长|同比增长|同比下降|增长|下降|提高|增幅|降幅|减少|占全区|占全市|占比|占)$")
INDICATOR_HEADS = ("收入", "总额", "投资", "产值", "比例", "比重", "率", "税收", "增加值", "规模", "总量")


AFTER_NOT_NOUN = re.compile(r"^(增|提|上升|下降|减|降|累计|年均|同比|占|比|的增长|以上|以下|左右|和|、|，|。|；|到|至|"
                            r"[/／]|[，；。]|$)")


def _indicator(sent: str, q: Quantity, lo: int, clause_end: int, prev: str | None) -> str:
    """Name what a figure measures from the words before it, and the noun after it.

    "建成59万平方米安置房" → 建成安置房; "税收总额从30.63亿元" → 税收总额; a bare
    "累计增长43.06%" takes the indicator of the figure before it in the sentence.
    """
    raw = sent[lo:q.start].lstrip("、，和及与")
    name = INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(raw).strip())
    name = INDICATOR_STRIP_TAIL.sub("", name).strip()
    name = re.sub(r"^从", "", name)
    after = re.split(r"[，；。]|\d", sent[q.end:clause_end])[0]
    if after and not AFTER_NOT_NOUN.match(after) and len(after) <= 24:
        if name.endswith("等") or not name:
            name = re.sub(r"^.*等$", "", name)
        name = name + names.strip_quotes(after).strip("的")
    growth = GROWTH.search(name)
    if growth and len(name) == len(growth.group(0)) and prev:
        name = prev + growth.group(0)
    if (not name or len(name) < 2 or re.fullmatch(r"(增加|提高|提升|增长|上升)(到|至)?", name)) and prev:
        name = prev
    if not name:
        name = "数量"
    if q.per_capita and not name.startswith("人均"):
        name = "人均" + name
    if after.startswith("的增长") and not name.endswith("增长"):
        name += "增长"
    if len(name) > 24:
        name = name[-24:]
        name = name[name.find("、") + 1:] if "、" in name[:8] else name
    return name


def _respective(sent: str, quantities: list[Quantity], bounds) -> dict[int, str]:
    """"A和B分别达18800元和5810元，年均增长10.6%和8.5%": figure i belongs to item i.

    Returns {index of quantity: indicator} for clauses whose figures line up
    one-to-one with a list of names before 分别; the next clause, if it only
    adds a change word ("年均增长"), reuses the list.
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
        if m:
            subject = INDICATOR_STRIP_HEAD.sub("", names.strip_quotes(m.group(1)).strip())
            parts = [p for p in re.split(r"、|和|及|与", subject) if p]
            if len(parts) == len(idx) >= 2:
                items, suffix = parts, ""
        elif last_items and len(last_items) == len(idx) and GROWTH.search(INDICATOR_STRIP_TAIL.sub("", head)):
            items, suffix = last_items, INDICATOR_STRIP_TAIL.sub("", head.strip())
            suffix = re.sub(r"^(?:其中|同时|分别)", "", suffix)
        if items:
            for i, item in zip(idx, items):
                out[i] = item + (suffix if not m else "")
            last_items = items
        else:
            last_items = None
    return out


TARGET_FRAME = re.compile(r"(?<!完成)(?<!实现)(预期目标|主要目标|预期指标|目标是|目标为|力争|争取)")


def _kind(sent: str, clause: str, section: SectionInfo, doc_year: int | None, before: str = "") -> str:
    m = re.search(r"((?:19|20)\d{2})年", clause)
    if m and doc_year:
        y = int(m.group(1))
        if y > doc_year:
            return "target"
    if section.kind == "target":
        return "target"
    if TARGET_CUES.search(clause) and "预计" not in clause:
        return "target"
    if TARGET_FRAME.search(before) and "预计" not in before:
        return "target"  # "主要预期目标：生产总值增长14%，…": the frame governs the list
    return "actual"


def _period(sent: str, clause: str, section: SectionInfo, index: int, count: int) -> str | None:
    sent, clause = names.strip_quotes(sent), names.strip_quotes(clause)
    found = PERIOD_WORDS.findall(sent)
    found = [p for p in found if p not in ("全年",)] or found
    if count == 2 and len(found) >= 2 and "从" in sent:
        return found[index] if index < len(found) else found[-1]
    m = PERIOD_WORDS.search(clause)
    if m:
        return m.group(0)
    if found:
        return found[-1] if "末" in found[-1] else found[0]
    return section.period


@Language.component("tk_observations")
def tk_observations(doc: Doc) -> Doc:
    """Figures with units: one observation each, with indicator, kind and period."""
    ctx = _context(doc)
    doc_year = ctx.get("year")
    facts = doc._.tk_facts
    sections = doc._.tk_sections or [SectionInfo("actual", None, None)] * len(doc._.tk_sentences)
    for i, s, e, sent in _sentences(doc):
        quantities = find_quantities(sent)
        if not quantities:
            continue
        section = sections[i]
        bounds = clauses(sent)
        prev_indicator = None
        prev_end = 0
        from_to = re.search(r"从[^，；。]{0,40}?(增加|提高|提升|增长|上升|下降|减少|降低)(到|至)", sent)
        respective = _respective(sent, quantities, bounds)
        clause_first: dict[int, str] = {}
        for qi, q in enumerate(quantities):
            cs, ce = next(((a, b) for a, b in bounds if a <= q.start < b), (0, len(sent)))
            clause = sent[cs:ce]
            if qi in respective:
                indicator = respective[qi]
            elif cs in clause_first and re.fullmatch(r"[、和及与以及]*", sent[prev_end:q.start]):
                indicator = clause_first[cs]  # "增长5%、14%和15%": the same phrase for each figure
            else:
                indicator = _indicator(sent, q, max(cs, prev_end), ce, prev_indicator)
            clause_first.setdefault(cs, indicator)
            prev_end = q.end
            kind = _kind(sent, clause, section, doc_year, sent[:cs])
            in_pair = bool(from_to) and q.start < from_to.end() + 20 and qi < 2 and \
                q.change is None and "从" in sent[cs:q.start + 1]
            period = _period(sent, clause, section, qi if in_pair else 0, 2 if in_pair else 1)
            base = indicator
            if in_pair and qi == 1 and prev_indicator:
                base = prev_indicator
            elif in_pair:
                base = re.sub(r"(增加|提高|提升|增长|上升|下降|减少|降低)(到|至)?$", "", indicator)
            base = base or indicator or "数量"
            split = names.split_indicator_list(base) if q.change or q.unit == "unit:PERCENT" else [base]
            for name in split:
                facts.append(Fact(
                    "observation", None, None, s, e, "observation:unit",
                    indicator=name, value=q.value, unit=q.unit, value_text=q.text, period=period,
                    period_years=years_of(period, doc_year, kind), kind=kind,
                    per_capita=q.per_capita or name.startswith("人均"), qualifier=q.qualifier,
                ))
            if not re.search(r"(增长|下降|提高|减少|增幅|降幅)$", base):
                prev_indicator = re.sub(r"(累计|年均|同比)?(增长|下降)$", "", base) or prev_indicator
    return doc


# ----------------------------------------------------------------------------- pipeline

PIPES = ("tk_sentences", "tk_sections", "tk_honors", "tk_enterprises", "tk_programs", "tk_observations")


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The blank Chinese pipeline (jieba segmenter) with TownKG's components."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp


def extract(document: Document) -> list[Fact]:
    """Run the pipeline over one document and return its facts."""
    nlp = pipeline()
    doc = nlp.make_doc(document.text)
    town = document.town or ""
    short = lexicon.Place(town, document.town_kind or "town", None).short if town else None
    doc._.tk_context = {"town": town, "town_short": short, "year": document.year}
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return dedupe(doc._.tk_facts)


def dedupe(facts: list[Fact]) -> list[Fact]:
    """Drop repeated facts of one sentence (two rules finding the same thing)."""
    seen, out = set(), []
    for f in facts:
        key = (f.type, f.subject, f.object, f.start, f.indicator, f.value, f.unit)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
