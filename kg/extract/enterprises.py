"""Enterprises the text places in the town (落户, 入驻, 引进 …; "A、B等一批企业").

Trigger words, list heads and the shape of company names (industry words,
legal forms) are in ``data/lexicons/enterprises.tsv``. A component added
before ``tk_enterprises`` that sets ``doc.ents`` (a statistical NER, an
entity ruler) lends its ``ORG`` entities as candidates: an ORG in a clause
with a settling trigger is taken (rule ``enterprise:ner``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.extract.fact import Fact, emit, find_in
from kg.extract.text import clauses, sentences, text_of

NOT_ENT = re.compile(r"(政府|委员会|街道|派出所|学校|小学|中学|大学|学院|医院|幼儿园|园区|产业园|科技园|"
                     r"大厦|楼宇|载体|小区|社区|公园|新区|^(?:企业|公司|项目|平台|基地)$|^新|高质量|优质|潜力|重点|龙头|"
                     r"一批|各类|招商|人才|资金|内资|外资|合同|政策|"
                     r"(?:环境|指标|体系|机制|产业|行业|技术|经验|管理|服务|业务|模式|资源|要素|管廊|训练基地)$|"
                     r"^(?:央企|民企|外企|国企|私企|企业|外资企业|骨干企业)$)")


@lru_cache(maxsize=None)
def _dictionary() -> frozenset[str]:
    """The words of jieba's general dictionary (its word list only: no text is segmented)."""
    from jieba import get_dict_file

    with get_dict_file() as f:
        return frozenset(line.split(b" ", 1)[0].decode("utf-8") for line in f if not line.startswith(b" "))


def is_common_word(item: str) -> bool:
    """A word of the segmenter's general dictionary (技术, 旅游, 公交): a noun, not a firm's name."""
    return item in _dictionary()


class CompanyShapes:
    """What a company's name looks like, and its common name."""

    def __init__(self, rules: str = "enterprises.tsv"):
        r = lexicon.rules(rules)
        self.suffix = r.words("suffix")
        self.company_form = re.compile("(?:" + r.pattern("company_form") + r")$|^(中国|中)[\u4e00-\u9fff]{2,}")
        # Legal form and bracketed place of a company name: 有限公司, （上海）
        self.legal_form = re.compile(r"[（(][^）)]{1,8}[）)]|" + r.pattern("legal_form") + "$")
        self.lead = re.compile("^" + r.pattern("lead_verb") + "+")

    def clean(self, item: str) -> str:
        item = names.strip_quotes(item.strip())
        item = self.lead.sub("", item)
        item = re.sub(r"(并|也|均|已|正式|顺利|相继|先后|成功|陆续|纷纷|率先)+$", "", item)
        return item.strip()

    def looks_like(self, item: str, listed: bool) -> bool:
        """A company-like name. Listed items (A、B等企业) need less evidence of their own."""
        if not 2 <= len(item) <= 30 or not names.looks_like_name(item) or NOT_ENT.search(item):
            return False
        if is_common_word(item) and not self.company_form.search(item):
            return False
        if re.search(r"\d", item) and not re.search(r"[A-Za-z]", item):
            return False
        if item.endswith("项目") and len(item) < 6:
            return False  # 紧盯项目, 重点项目: not a name
        # a phrase, not a name: "具有核心吸引力的…项目", "城市配送网络和物流公共信息平台"
        if "的" in item or re.search(r".(和|及|与|以及).", item) or \
                re.match(r"(争取|更多|具有|一些|若干|各种|大型|中外|国内外|一流|高端|知名|大批)", item):
            return False
        if listed:
            return len(item) <= 16
        return item.endswith(self.suffix) or bool(re.search(r"项目$|有限公司", item))

    def canonical(self, name: str) -> str:
        """The common name: without legal form or bracketed place (旷视科技（上海）有限公司 → 旷视科技)."""
        core = self.legal_form.sub("", self.legal_form.sub("", name)).strip()
        return core if len(core) >= 2 else name

    def aliases(self, item: str) -> tuple[str, ...]:
        """Short forms: without 有限公司 / 股份 / （上海） / 项目."""
        short = re.sub(r"[（(][^）)]*[）)]", "", item)
        short = re.sub(r"(股份)?有限(责任)?公司$|集团有限公司$|项目$", "", short)
        return (short,) if short and short != item and len(short) >= 2 else ()


class EnterpriseFinder:
    def __init__(self, rules: str):
        r = lexicon.rules(rules)
        self.shapes = CompanyShapes(rules)
        self.settle = re.compile("(" + r.pattern("settle.trigger") + ")")
        self.object_after = frozenset(r.words("settle.object_after"))
        # 等 closing a list of firms ("A、B等一批优质企业"); not 平等/对等…, and not a list of
        # sectors ("物流、金融等服务业项目", "水运、公交等运输企业": the head says 业 or a trade)
        self.head = re.compile(r"(?<![平相对均同初高中上优何])等(?:一批|多家|\d+家|[一二三四五六七八九十]+家)?"
                               r"[^，。；、\d]{0,12}?(?<!业)(?<!运输)(?<!服务)(" + r.pattern("list.head") + ")")
        self.head_firm = frozenset(r.words("list.head_firm"))
        self.not_head = re.compile(r"等[^，。；、]{0,10}?" + r.pattern("list.not_head"))

    def __call__(self, doc: Doc) -> Doc:
        places = lexicon.places()
        orgs = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "ORG"]
        for _i, s, e, sent in sentences(doc):
            for cs, ce in clauses(sent):
                clause = sent[cs:ce]
                found, trig = self._clause(clause)
                if trig:
                    for a, b in orgs:
                        if s + cs <= a and b <= s + ce:
                            name = self.shapes.clean(text_of(doc)[a:b])
                            if name and all(name != f for f, _ in found):
                                found.append((name, "enterprise:ner"))
                if not found:
                    continue
                place = None
                if trig:
                    for name in places.find_all(clause[trig.end():trig.end() + 8]):
                        if places.kind_of(name) == "town":
                            place = name
                for item, rule in found:
                    canonical = self.shapes.canonical(item)
                    aliases = self.shapes.aliases(item)
                    if canonical != item:
                        aliases = (item, *aliases)
                    emit(doc, Fact("enterprise", None, canonical, s, e, rule, place=place,
                                   aliases=tuple(dict.fromkeys(a for a in aliases if a != canonical)),
                                   surface=item if canonical != item else None),
                         find_in(sent, s, item))
        return doc

    def _clause(self, clause: str):
        shapes = self.shapes
        found: list[tuple[str, str]] = []
        # A、B、C等一批…企业 (+ any predicate): a list of the town's firms
        head = self.head.search(clause)
        trig = self.settle.search(clause)
        if head and not self.not_head.search(clause[:head.end()]):
            if head.group(1) in self.head_firm or trig:
                for item in names.split_list(names.clean_subject(clause[:head.start()])):
                    item = shapes.clean(item)
                    if item and shapes.looks_like(item, listed=True):
                        found.append((item, "enterprise:list"))
        elif trig and trig.start() > 0 and not re.match(r"(企业|的|项目)", clause[trig.end():]):
            # X落户/入驻/落地/开业: X is the clause's subject
            before = names.clean_subject(clause[:trig.start()])
            if before and not self.not_head.search("等" + before[-10:]):
                for item in names.split_list(before):
                    item = shapes.clean(item)
                    if item and shapes.looks_like(item, listed=False):
                        found.append((item, f"enterprise:{trig.group(1)}"))
        if trig and trig.group(1) in self.object_after and not found:
            for item in names.split_list(names.cut_at_deng(clause[trig.end():])):
                item = shapes.clean(item)
                # after 引进 only a name with a company's form counts (技术, 人才 are also "introduced")
                if item and shapes.looks_like(item, listed=False) and shapes.company_form.search(item):
                    found.append((item, f"enterprise:{trig.group(1)}"))
        return found, trig


@Language.factory("tk_enterprises", assigns=["doc.spans"], requires=["doc._.tk_sentences"],
                  default_config={"rules": "enterprises.tsv"})
def make_enterprise_finder(nlp: Language, name: str, rules: str):
    return EnterpriseFinder(rules)
