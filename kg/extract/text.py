"""Sentences, clauses and sections: the frame every fact finder reads.

``tk_sentences`` marks sentence spans; ``tk_sections`` gives each sentence
its section's kind (actual or target) and the period it speaks of. Both keep
character offsets on the doc (``doc._.tk_sentences``, ``doc._.tk_sections``),
which is what the finders work on: the rules are patterns over characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.numbers import quoted_spans

SENT_END = re.compile(r"[。！？!?]+[”’）)]*|\n+")
CLAUSE_SEP = re.compile(r"[，,；;：:。！？!?]")
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分节]|[0-9]+[.、]\s*\D)")
PERIOD_WORDS = re.compile(r"(十[一二三四五]五(?:末|期间|时期|初)?|今后五年|未来五年|五年内|过去五年|五年来|"
                          r"一年来|近五年|(?:19|20)\d{2}(?:[-—至到](?:19|20)?\d{2})?年(?:末|底|初|上半年|前)?|"
                          r"年内|今年|全年|明年|上年)")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_PLAN_NAME = re.compile(r"十[一二三四五]五")
_PART_NUMBER = re.compile(r"[一二三四五六七八九十]{1,2}、")  # "三、" opening a part of a report
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-—至到]\s*((?:19|20)?\d{2})年")
PLAN_NUMERAL = {"十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020),
                "十四五": (2021, 2025), "十五五": (2026, 2030)}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets; a line end also ends a sentence."""
    spans, start = [], 0
    for m in SENT_END.finditer(text):
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        piece = text[start:end]
        if piece.strip():
            spans.append((start + len(piece) - len(piece.lstrip()), end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause (start, end) offsets within a sentence, split at ，；： outside quotes."""
    return list(_clauses(text))


# Three finders split the same sentences (honors, enterprises, observations, one after the other over a
# piece of up to PIECE characters): the last few thousand sentences' clauses are kept.
@lru_cache(maxsize=8192)
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    quotes = quoted_spans(text) if _QUOTE_OPEN.search(text) else ()
    out, start = [], 0
    for m in CLAUSE_SEP.finditer(text):
        if quotes and any(a < m.start() < b for a, b in quotes):
            continue
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if len(text) > start:
        out.append((start, len(text)))
    return tuple(out)


_QUOTE_OPEN = re.compile("[“‘《]")  # no opening mark, no quoted span (numbers.quoted_spans)


def text_of(doc: Doc) -> str:
    """The doc's text, kept once (``Doc.text`` joins every token anew on each access)."""
    text = doc.user_data.get("tk_text")
    if text is None:
        text = doc.user_data["tk_text"] = doc.text
    return text


def sentences(doc: Doc):
    """(index, start, end, text) of each sentence marked by tk_sentences."""
    text = text_of(doc)
    for i, (s, e) in enumerate(doc._.tk_sentences or sentence_spans(text)):
        yield i, s, e, text[s:e]


def context(doc: Doc) -> dict:
    """What the document says of itself: its town, the town's short name, its year."""
    return doc._.tk_context or {}


def is_town_ref(name: str, ctx: dict) -> bool:
    """The name refers to the document's own town (我镇, the town's name or short name)."""
    town = ctx.get("town") or ""
    short = ctx.get("town_short") or ""
    return (not name) or name in names.SELF_WORDS or name in (town, short) or \
        (bool(town) and name.endswith(town) and len(name) <= len(town) + 4)


def subjects(before: str, ctx: dict) -> list[tuple[str | None, str | None]]:
    """The receivers named before a trigger: [(name or None for the town, kind)]."""
    subj = names.clean_subject(before)
    if before.strip().startswith(names.CLAUSE_MEANS):  # 依托X获评…: X is the means; the town received it
        return [(None, None)]
    if not subj or is_town_ref(subj, ctx) or subj.startswith(tuple(names.SELF_WORDS - {"镇", "街道", "党委", "政府"})):
        return [(None, None)]
    out = []
    for item in (a for i in names.split_list(names.cut_at_deng(subj)) for a in names.split_areas(i)):
        item = names.strip_quotes(item)
        if not item or is_town_ref(item, ctx):
            out.append((None, None))
        elif receiver(item):
            out.append(receiver(item))
    return out or [(None, None)]


def receiver(name: str) -> tuple[str, str] | None:
    """(name, kind) of a receiver that is a name, None for a clause; an area goes by its own name
    (米东区三道坝镇 → 三道坝镇, town)."""
    area = names.area_name(name)
    if area:
        return area
    if names.looks_like_subject(name):
        return name, names.kind_by_suffix(name)
    return None


@Language.factory("tk_sentences", assigns=["doc._.tk_sentences"])
def make_sentences(nlp: Language, name: str):
    """Mark sentence spans (character offsets) on the doc."""
    def tk_sentences(doc: Doc) -> Doc:
        doc._.tk_sentences = sentence_spans(text_of(doc))
        return doc
    return tk_sentences


# ----------------------------------------------------------------------------- sections

@dataclass
class SectionInfo:
    kind: str            # actual / target
    period: str | None   # period text the section speaks of
    heading: str | None


class Sections:
    """Give each sentence its section's kind (actual / target) and period.

    Top-level headings (一、 二、 …, or short lines without sentence
    punctuation) set the kind: 回顾/成绩 → actual, 今后/目标/安排 → target, a
    year after the document's own → target; a numbered item (1. 2、) turns it only
    by a year or a review/plan word (``heading.strong``). Inside a section, a
    paragraph that opens with 今后五年 / 预期目标是 / 今年要重点做好以下六个方面的工作
    (``goal.paragraph``) switches to target until the next heading.
    """

    def __init__(self, rules: str):
        r = lexicon.rules(rules)
        self.target_head = re.compile(r.pattern("heading.target"))
        self.actual_head = re.compile(r.pattern("heading.actual"))
        self.plan_head = re.compile(r.pattern("heading.plan"))
        self.strong_head = re.compile(r.pattern("heading.strong"))
        self.opening_head = re.compile(r.pattern("heading.opening"))
        self.goal_paragraph = re.compile(r.pattern("goal.paragraph"))
        self.goal_year = re.compile(r.pattern("goal.year"))
        self.plan_year = re.compile(r.pattern("goal.plan_year"))

    def heading_kind(self, line: str, year: int | None) -> str | None:
        m = _YEAR.search(line)
        if m and year:
            y = int(m.group(1))
            if y > year:
                return "target"
            if y < year:
                return "actual"
            if self.plan_head.search(line) and not self.actual_head.search(line.replace("主要工作", "")):
                return "target"  # "2012年主要工作任务" in the report of 2012: the year ahead
            if _PART_NUMBER.match(line.strip()) and not self.actual_head.search(line):
                return "target"  # "三、奋力前行的2016年" in the report of 2016: a part of the report on the year ahead
        plan = _plan_name(line)
        if plan and year and not m:
            first, last = PLAN_NUMERAL[plan.group(0)]
            if last < year:
                return "actual"  # "1.“十二五”发展的重大成就" in the report of 2016: the plan just ended
            if first >= year and not self.actual_head.search(line):
                # "二、关于“十二五”规划纲要（草案）的说明" in the report of 2011: the plan ahead's goals
                return "target"
        if self.target_head.search(line):
            return "target"
        if self.actual_head.search(line):
            return "actual"
        return None

    def __call__(self, doc: Doc) -> Doc:
        year = context(doc).get("year")
        text = text_of(doc)
        infos: list[SectionInfo] = []
        current = SectionInfo("actual", None, None)
        review_block = plan_block = False
        for s, e in doc._.tk_sentences:
            sent = text[s:e]
            at_line_start = s == 0 or _after_line_end(text, s)
            is_heading = at_line_start and (HEADING.match(sent) or (len(sent) <= 30 and not _CLAUSE_MARK.search(sent)))
            if is_heading and not _BRACKET_OPEN.match(sent):
                kind = self.heading_kind(sent, year)
                timed = bool(_YEAR.search(sent) or _plan_name(sent))  # names a year or a plan's span
                if kind and _SUB_HEADING.match(sent) and not timed and not self.strong_head.search(sent):
                    # "1.在推动经济增长上取得新成效" under the year's tasks: a numbered item is an aim or a
                    # result of the section it sits in; only a year or a review/plan word turns it
                    kind = None
                if HEADING.match(sent) and not timed and not self.strong_head.search(sent) and \
                        (kind == "target" and review_block or kind == "actual" and plan_block):
                    # "一、经济发展目标超额实现" under "过去五年的政府工作": a numbered part of a review block
                    # opens a plan only with a year or a plan word of its own; "四、民主法制取得新进展" under
                    # "今后五年的目标任务" is an aim of the plan block, not a review
                    kind = None
                if kind and not HEADING.match(sent):
                    # an unnumbered heading opens a block of numbered parts
                    review_block, plan_block = kind == "actual", kind == "target"
                if kind:
                    period = heading_period(sent)
                    if period in PLAN_NUMERAL and self.opening_head.search(sent):
                        period = f"{PLAN_NUMERAL[period][0]}年"  # "做好“十三五”开局工作": the plan's first year
                    current = SectionInfo(kind, period, sent.strip())
            elif at_line_start and current.kind == "target" and current.period in PLAN_NUMERAL and year and \
                    (m := self.plan_year.match(sent)) and int(m.group(1)) == year:
                # "“十五五”发展目标及2026年工作安排 … 2026年是“十五五”规划的开局之年。": the tasks after are the year's
                current = SectionInfo("target", f"{year}年", current.heading)
            elif at_line_start and (self.goal_paragraph.match(sent) or (
                    self.goal_year.match(sent) and (current.heading is None or current.kind == "target"))):
                # the paragraph's own period, not the base of a goal ("与上年持平", "比2020年增长")
                period = next((m.group(0) for m in PERIOD_WORDS.finditer(sent) if m.group(0) != "上年" and
                               not re.search(r"[比较与同]$", sent[:m.start()])), None)
                if period in (None, "今年", "明年") and current.kind == "target":
                    # "今年要重点做好八方面工作" under "二、2014年主要任务": 2014年; so "明年…" in a report
                    # read in December under "二、2012年主要任务"
                    period = current.period or period
                current = SectionInfo("target", period or current.period, current.heading)
            infos.append(current)
        doc._.tk_sections = infos
        return doc


_CLAUSE_MARK = re.compile(r"[，。；]")
_BRACKET_OPEN = re.compile(r"^\s*[（(]")
_SUB_HEADING = re.compile(r"^\s*[0-9]+[.、]")


def _plan_name(line: str) -> re.Match | None:
    """The plan (十二五) a heading names; none in a heading run on with its first sentence ("五、…建设水平“十一五”时期，我们…"):
    a heading is short and ends no sentence ("三、乘势而上、紧抓快干，全力推动“十五五”开好局起好步" is one)."""
    return None if len(line.strip()) > 40 or "。" in line else _PLAN_NAME.search(line)


def _after_line_end(text: str, at: int) -> bool:
    """The last character before ``at`` other than a space is a line end."""
    i = at
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i > 0 and text[i - 1] == "\n"


@Language.factory("tk_sections", assigns=["doc._.tk_sections"], requires=["doc._.tk_sentences"],
                  default_config={"rules": "sections.tsv"})
def make_sections(nlp: Language, name: str, rules: str):
    return Sections(rules)


def heading_period(line: str) -> str | None:
    m = PERIOD_WORDS.search(line)
    if m:
        return m.group(0)
    if "过去" in line and "五年" in line:
        return "五年来"
    return None


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
    m = _YEAR_RANGE.search(period)
    if m:
        a, b = int(m.group(1)), m.group(2)
        b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        return a, b
    m = _YEAR.search(period)
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
