"""Figures with units, as observations of an indicator (value, unit, period, actual or target).

Units are in ``data/lexicons/units.tsv``, indicator heads and change words in
``data/lexicons/observations.tsv``, target cues in ``data/lexicons/sections.tsv``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.extract.fact import Fact, emit
from kg.extract.text import PERIOD_WORDS, SectionInfo, clauses, context, sentences, years_of
from kg.numbers import Quantity, find_quantities

_RULES = lexicon.rules("observations.tsv")
_SECTION_RULES = lexicon.rules("sections.tsv")

INDICATOR_STRIP_TAIL = re.compile(r"((?<![年人平])均|分别|已|共|累计|总计|合计|预计|达到了?|达|为|是|实现|完成|超过|超|"
                                  r"突破|保持在|保持|控制在|约|近|逾|不低于|不少于|不超过|占|增至|提高到|提升到|"
                                  r"增加到|上升到|下降到|减少到|降至|增长到|从|由|到|至|和|及|、|的)+$")
INDICATOR_STRIP_HEAD = re.compile(r"^(其中|同时|另外|此外|全年|年内|今年|五年来|五年内|今后五年|未来五年|过去五年|"
                                  r"全镇|全区|全市|全街道|我镇|本镇|镇域|预计|力争|确保|争取|要|将|并|还|已|共|实现|"
                                  r"(?:19|20)\d{2}年(?:末|底)?|十[一二三四五]五(?:末|期间)?|近[一二三四五六七八九十\d]+年(?:来)?|与.{1,12}相比(?:较)?|"
                                  r"截至\S{2,10}|到\S{2,8}年末?)+")
GROWTH = re.compile("(" + _RULES.pattern("growth") + ")$")
INDICATOR_HEADS = _RULES.words("indicator.head")


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


TARGET_FRAME = re.compile(r"(?<!完成)(?<!实现)" + _SECTION_RULES.pattern("target.frame"))
TARGET_CUES = re.compile(_SECTION_RULES.pattern("target.cue"))
ACTUAL_CUE = re.compile(_SECTION_RULES.pattern("actual.cue"))


def _kind(sent: str, clause: str, section: SectionInfo, doc_year: int | None, before: str = "") -> str:
    m = re.search(r"((?:19|20)\d{2})年", clause)
    if m and doc_year:
        y = int(m.group(1))
        if y > doc_year:
            return "target"
    if section.kind == "target":
        return "target"
    if TARGET_CUES.search(clause) and not ACTUAL_CUE.search(clause):
        return "target"
    if TARGET_FRAME.search(before) and not ACTUAL_CUE.search(before):
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
    if len(items) >= 2 and all(len(x) >= 2 for x in items) and items[-1].endswith(heads):
        common = ""
        last = items[-1]
        for h in heads:
            if last.endswith(h):
                common = h
        out = []
        for x in items:
            x = x if x.endswith(heads) else x + common
            out.append(x + re.sub(r"^保持", "", suffix))
        return out
    return [name]


def find_observations(doc: Doc) -> Doc:
    """Figures with units: one observation each, with indicator, kind and period."""
    ctx = context(doc)
    doc_year = ctx.get("year")
    sections = doc._.tk_sections or [SectionInfo("actual", None, None)] * len(doc._.tk_sentences)
    for i, s, e, sent in sentences(doc):
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
            split = split_indicator_list(base) if q.change or q.unit == "unit:PERCENT" else [base]
            for name in split:
                emit(doc, Fact(
                    "observation", None, None, s, e, "observation:unit",
                    indicator=name, value=q.value, unit=q.unit, value_text=q.text, period=period,
                    period_years=years_of(period, doc_year, kind), kind=kind,
                    per_capita=q.per_capita or name.startswith("人均"), qualifier=q.qualifier,
                ), (s + q.start, s + q.end))
            if not re.search(r"(增长|下降|提高|减少|增幅|降幅)$", base):
                prev_indicator = re.sub(r"(累计|年均|同比)?(增长|下降)$", "", base) or prev_indicator
    return doc


@Language.factory("tk_observations", assigns=["doc.spans"], requires=["doc._.tk_sentences", "doc._.tk_sections"])
def make_observation_finder(nlp: Language, name: str):
    return find_observations
