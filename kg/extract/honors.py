"""Honors received (荣获, 被评为, 成功创建 …) and pursued (争创, 力争通过 …).

Trigger words and title shapes are in ``data/lexicons/honors.tsv``; the
component ``tk_honors`` takes another rule file through its config.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.extract.fact import Fact, emit, find_in
from kg.extract.text import clauses, context, sentences, subjects

# A grade given by an assessment: 5A级…, AAAA级…, 四星级…, 三甲…
RATING = re.compile(r"^(?:[1-5]A|A{2,5}|[一二三四五1-5]星|[一二三]级[甲乙])级?[\u4e00-\u9fff]{2,}")
TAIL_RE = re.compile(r"(?:[一二三四五六七八九十\d]+连冠|[一二三四五六七八九十\d]+连|连冠)$")


class TitleShapes:
    """What an honor's name looks like: level prefixes, title endings, tails to cut."""

    def __init__(self, rules: str = "honors.tsv"):
        r = lexicon.rules(rules)
        self.prefix = r.words("title.prefix")
        self.suffix = r.words("title.suffix")
        self.tail = r.words("title.tail")
        self.strong_end = r.words("strong_end")
        self.not_end = re.compile(r.pattern("not_end") + "$")

    def cut_tail(self, obj: str) -> str:
        """Cut what follows a list of honors: 等荣誉称号, 等市级以上荣誉数十项, 称号."""
        obj = names.cut_at_deng(obj.strip())
        for tail in self.tail:
            if obj.endswith(tail) and len(obj) > len(tail):
                return obj[: -len(tail)]
        return obj

    def clean(self, item: str) -> str:
        """The title alone: no edition, no awarding body, no year, no tail."""
        item = item.strip()
        # the edition is not the title: 第四届自治区主席质量奖 → 自治区主席质量奖
        item = re.sub(r"^第[一二三四五六七八九十百\d]+届", "", item)
        # who awarded it is not the title: "…办公室颁发的2013中国智慧城市推进杰出成就奖"
        item = re.sub(r"^.{2,30}?(?:颁发|授予|评选|评出|认定|发布)的", "", item)
        item = re.sub(r"^(?:19|20)\d{2}(?:年度?)?(?=\D)", "", item)
        item = re.sub(r"^(了|为|成为|成|过|到|得|“?(?:19|20)\d{2}年(?:度)?)+", "", item)
        item = re.sub(r"^(?:(?:19|20)\d{2}年(?:度)?)", "", item)
        item = names.strip_quotes(item)
        for tail in self.tail:
            if item.endswith(tail) and len(item) > len(tail) + 1:
                item = item[: -len(tail)]
                break
        item = TAIL_RE.sub("", item)
        item = re.sub(r"(的)?(殊荣|光荣称号)$", "", item)
        return item.strip()

    def looks_like(self, item: str, strict: bool = False) -> bool:
        """A title's shape: short, known ending, no generic words, no sentence parts.

        ``strict`` (for loose triggers like 获/获得) also wants a level prefix or a
        strong ending (奖, 称号-like suffixes), since 获得 also means "obtain".
        """
        if not 3 <= len(item) <= 40 or names.GENERIC.search(item):
            return False
        if re.search(r"[，。；：！？]", item) or re.match(r"^(的|和|与|及|在|对|了|将|把|被|作品|名单)", item):
            return False
        if re.search(r"(角逐|参加|参与|申报|争取|力争|推荐|提名)", item) and not item.endswith("奖"):
            return False
        if self.not_end.search(item):
            return False
        if RATING.match(item):
            return True
        if not item.endswith(self.suffix):
            return False
        if strict:
            return item.endswith(self.strong_end) or item.startswith(self.prefix)
        return True


def honor_aliases(item: str) -> tuple[str, ...]:
    """Short forms: the title without its issuing level (上海市五好小区 → 五好小区)."""
    m = re.match(r"^(?:上海市|全国|国家级|全市|全区|市级|区级|[\u4e00-\u9fff]{2,3}(?:省|市|区))(.{4,})$", item)
    return (m.group(1),) if m else ()


class HonorFinder:
    """Honors received and pursued, with their receivers."""

    def __init__(self, rules: str):
        r = lexicon.rules(rules)
        self.shapes = TitleShapes(rules)
        self.trigger = re.compile("(" + r.pattern("honor.trigger") + ")")
        self.goal_before = re.compile(r.pattern("honor.goal_before") + "$")
        self.pursue = re.compile("(" + r.pattern("pursue.trigger") + ")")
        self.pursue_work = re.compile(r"([^，。；：]{3,30}?)(?:的)?" + r.pattern("pursue.work") +
                                      r"工作(?:扎实|稳步|有序|全面|积极|顺利)?(?:推进|开展|启动)")
        self.loose = frozenset(r.words("loose"))

    def items(self, obj: str, loose: bool) -> list[str]:
        """Split the object of a trigger into the honor names it lists.

        A quoted title after a firm trigger (被评为“…”) is a title whatever its
        ending; unquoted ones must have a title's shape.
        """
        shapes = self.shapes
        titled = bool(re.search(r"(称号|荣誉称号)$", obj.strip()))  # "…称号": the text itself says it is a title
        obj = shapes.cut_tail(obj)
        parts = []
        for raw in names.split_list(obj):
            # "A城市和B城市": two titles joined by 和 when both sides are titles
            pieces = re.split(r"(?:以及|和|及|与)", raw)
            if len(pieces) > 1 and all(shapes.looks_like(shapes.clean(p)) for p in pieces):
                parts.extend(pieces)
            else:
                parts.append(raw)
        items = []
        for raw in parts:
            quoted = bool(re.fullmatch(r"[^“”]{0,6}“[^”]{2,}”", raw.strip())) or (titled and len(parts) == 1)
            item = shapes.clean(raw)
            if item and (shapes.looks_like(item, strict=loose) or
                         (quoted and not loose and names.looks_like_name(item))):
                items.append(item)
        return items

    def __call__(self, doc: Doc) -> Doc:
        ctx = context(doc)
        for _i, s, e, sent in sentences(doc):
            for cs, ce in clauses(sent):
                clause = sent[cs:ce]
                self._won(doc, ctx, s, e, sent, clause)
                self._pursued(doc, s, e, sent, clause)
        return doc

    def _won(self, doc, ctx, s, e, sent, clause) -> None:
        done_upto = 0
        for m in self.trigger.finditer(clause):
            if m.start() < done_upto:
                continue
            trig = m.group(1)
            obj = clause[m.end():]
            before = clause[:m.start()]
            if self.goal_before.search(before):
                continue
            # 以X成功创建Y为标杆: the object stops at 为
            if before.lstrip().startswith("以") and "为" in obj:
                obj = obj[:obj.rindex("为")]
            items = self.items(obj, trig in self.loose)
            if not items:
                continue
            for subj, kind in subjects(before, ctx):
                for item in items:
                    emit(doc, Fact("honor", subj, item, s, e, f"honor:{trig}", subject_kind=kind,
                                   aliases=honor_aliases(item)), find_in(sent, s, item))
            done_upto = len(clause)

    def _pursued(self, doc, s, e, sent, clause) -> None:
        for m in self.pursue.finditer(clause):
            trig = m.group(1)
            for item in self.items(clause[m.end():], trig in self.loose):
                emit(doc, Fact("pursued_honor", None, item, s, e, f"pursue:{trig}",
                               aliases=honor_aliases(item)), find_in(sent, s, item))
        m = self.pursue_work.search(clause)
        if m:
            cand = self.shapes.clean(names.clean_subject(m.group(1)))
            if cand and self.shapes.looks_like(cand, strict=True):
                emit(doc, Fact("pursued_honor", None, cand, s, e, "pursue:创建工作",
                               aliases=honor_aliases(cand)), find_in(sent, s, cand))


@Language.factory("tk_honors", assigns=["doc.spans"], requires=["doc._.tk_sentences"],
                  default_config={"rules": "honors.tsv"})
def make_honor_finder(nlp: Language, name: str, rules: str):
    return HonorFinder(rules)
