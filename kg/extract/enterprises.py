"""Enterprises the text places in the town (落户, 入驻, 引进 …; "A、B等一批企业").

Trigger words, list heads and the shape of company names (industry words,
legal forms) are in ``data/lexicons/enterprises.tsv``. A component added
before ``tk_enterprises`` that sets ``doc.ents`` (a statistical NER, an
entity ruler) lends its ``ORG`` entities as candidates: an ORG in a clause
with a settling trigger is taken (rule ``enterprise:ner``).
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from itertools import compress
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.extract.cues import Cue
from kg.extract.fact import Fact, emit, find_in
from kg.extract.text import clauses, context, sentences, text_of

NOT_ENT = re.compile(r"(政府|委员会|街道|派出所|学校|小学|中学|大学|学院|医院|幼儿园|园区|产业园|科技园|"
                     r"^(?:国家|全国|省级|市级)|大厦|地块$|旅游区|度假区|智造城|(?:清洁|绿色|可再生)能源\w{0,8}基地$|新能源基地$|科学技术馆$|楼宇|载体|小区|社区|公园|新区|开发区|商业街|物流园|工业园|创业园|产业基地|产业链|集聚区|功能区|经济区|"
                     r"示范区|示范基地|经开区$|机构$|小镇|特区|综试区|综保区|自贸区|自贸试验区|试验区|合作区|物流区|贸易区|商贸区|商务区|保税区|孵化器|新城|科技城|科学城|产业城|金融城|集群|^重大|^(?:企业|公司|项目|平台|基地|中心)(?:[（(][^）)]*[）)])?$|[^体]系$|^新|高质量|优质|潜力|重点|龙头|"
                     r"一批|各类|招商|人才|资金|内资|外资|合同|政策|"
                     r"^(?:央企|民企|外企|国企|私企|企业|外资企业|骨干企业|集团|大数据)$|"
                     r"^(?:区域|地区|研发|结算|功能性|全球|亚太|企业)?总部$)")
# Endings of generic nouns (营商环境, 金融服务); a name with a firm's shape (鑫泽康养老服务) may still end so
GENERIC_END = re.compile(r"(?:环境|指标|体系|机制|产业|行业|技术|经验|管理|服务|业务|模式|资源|要素|管廊|训练基地)$")
# clean(): what opens or ends a listed item without being part of the name
_CLEAN_DASH = re.compile(r"^(?:[—\-－]+|[一二三四五六七八九十]+是)")  # a dash or an enumerator (五是) opening a list
_CLEAN_LE = re.compile(r"^了")
_CLEAN_INVEST = re.compile(r"^(?:总)?投资(?:约|超|近)?[\d.]+(?:万|亿)?元(?:的)?")
_CLEAN_PHASE = re.compile(r"[（(][一二三四五六七八九十\d]+期[）)]$")
# the phases or 项目 a name of works or a park may end with (某园二期项目)
_PHASE_TAIL = r"(?:[一二三四五六七八九十\d]+期|项目)*$"
# a park, works or centre (某园二期, 某工程, 某中心): no firm's project
_PARK_WORKS_END = re.compile("园" + _PHASE_TAIL + "|工程|中心$")
_CLEAN_ADVERB = re.compile(r"(并|也|均|已|正式|顺利|相继|先后|成功|陆续|纷纷|率先)+$")


@lru_cache(maxsize=None)
def _tagged_words() -> dict[str, str]:
    """jieba's dictionary as word -> part-of-speech tag, read once (its word list only: no text is segmented).

    The file is found beside the package without importing it (jieba's import
    loads its segmentation models, which nothing here uses).
    """
    spec = importlib.util.find_spec("jieba")
    path = Path(spec.origin).with_name("dict.txt") if spec and spec.origin else None
    if path is None or not path.is_file():
        from jieba import get_dict_file  # an installation that keeps its files elsewhere

        with get_dict_file() as f:
            text = f.read().decode("utf-8")
    else:
        text = path.read_bytes().decode("utf-8")
    fields = text.split()  # "word frequency tag" per line: split in C, not a pattern run over 5 MB
    if len(fields) == 3 * text.count("\n") and all(map(str.isdigit, fields[1::3])):
        return dict(zip(fields[0::3], fields[2::3]))
    return dict(re.findall(r"^(\S+) \d+ (\S+)", text, re.M))  # a line of another shape: read line by line


@lru_cache(maxsize=None)
def _tags() -> frozenset[str]:
    """The dictionary's tags (some fifty), gathered once from its 349 k words."""
    return frozenset(_tagged_words().values())


@lru_cache(maxsize=None)
def _tags_where(pattern: str, keep: bool) -> frozenset[str]:
    """The dictionary's tags that match ``pattern`` (``keep``) or do not (not ``keep``)."""
    tag = re.compile(pattern)
    return frozenset(t for t in _tags() if bool(tag.match(t)) == keep)


@lru_cache(maxsize=None)
def _words_where(pattern: str, keep: bool) -> frozenset[str]:
    """The dictionary's words whose tag matches ``pattern`` (``keep``) or does not (not ``keep``), as a set."""
    words, tags = _tagged_words(), _tags_where(pattern, keep)
    return frozenset(compress(words, map(tags.__contains__, words.values())))  # keys and values in step


class _TaggedAs:
    """The same words as ``_words_where(pattern, keep)``, looked up one by one in the tagged dictionary.

    For the word lists asked only a few times per document: no set of a hundred
    thousand words or more is built at start-up for them.
    """

    __slots__ = ("words", "tags")

    def __init__(self, pattern: str, keep: bool):
        self.words, self.tags = _tagged_words(), _tags_where(pattern, keep)

    def __contains__(self, word: str) -> bool:
        return self.words.get(word) in self.tags


@lru_cache(maxsize=None)
def _general_words() -> _TaggedAs:
    """The dictionary's words that are not proper names (its tags nr/ns/nt/nz… mark 柯达, 厦华, 交通银行).

    Looked up word by word (a few thousand times per report) rather than built as a set of 237 k words
    (~0.03 CPU-s of every process that reads an enterprise).
    """
    return _TaggedAs(r"n[rstz]|eng", keep=False)


def is_general_phrase(item: str, chars: frozenset[str] = frozenset(), words=None) -> bool:
    """Made of general words of two or more characters only (科技+创新, 数字+转型), or of the single
    characters ``chars``: a phrase, no brand in it. ``words``: another word list (default: general words)."""
    words = _general_words() if words is None else words
    ok = [True] + [False] * len(item)  # ok[i]: item[:i] splits into general words
    for i in range(1, len(item) + 1):
        ok[i] = (ok[i - 1] and item[i - 1] in chars) or \
            any(ok[j] and item[j:i] in words for j in range(max(0, i - 8), i - 1))
    return len(item) >= 2 and ok[-1]


@lru_cache(maxsize=None)
def _proper_names() -> _TaggedAs:
    """The dictionary's proper names (交通银行, 厦华): its tags nr/ns/nt/nz."""
    return _TaggedAs(r"n[rstz]", keep=True)


@lru_cache(maxsize=None)
def _unbranded_words() -> _TaggedAs:
    """The dictionary's words that name no firm or person (general words and places: 泰山, 海上)."""
    return _TaggedAs(r"n[rtz]|eng", keep=False)


def is_common_word(item: str) -> bool:
    """A word of the segmenter's general dictionary (技术, 旅游, 公交): a noun, not a firm's name."""
    return item in _tagged_words()


class CompanyShapes:
    """What a company's name looks like, and its common name."""

    def __init__(self, rules: str = "enterprises.tsv"):
        r = lexicon.rules(rules)
        self.suffix = r.words("suffix")
        self.company_form = re.compile("(?:" + r.pattern("company_form") + r")$|^(中国|中)[\u4e00-\u9fff]{2,}")
        # Legal form and bracketed place of a company name: 有限公司, （上海）; a bracket inside a name that ends
        # in no legal form (某（合）公司冷轧薄板: a project) is part of the name as written
        self.legal_form = re.compile(r"[（(][^）)]{1,8}[）)](?=[^（(]*(?:" + r.pattern("legal_form") + ")$|$)|" +
                                     r.pattern("legal_form") + "$")
        self.legal_inside = re.compile(r.pattern("legal_form"))
        # 总公司 / 分公司 / 子公司: one legal form, stripped whole or not at all (供水总公司 is not 供水总)
        self.legal_whole = re.compile("(" + r.pattern("legal_form.whole") + ")$")
        self.lead = re.compile("^" + r.pattern("lead_verb") + "+")
        self._cleaned: dict[str, str] = {}  # clean(): item -> cleaned item
        self.clause_prep = frozenset(r.words("clause_prep"))
        self.aim_verbs = frozenset(r.words("aim_verb"))
        # a preposition cut only when its frame closes after the list (以…为): it may open a name (以岭)
        # (成为, 作为, 认为 hold 为 but close no frame)
        closes: dict[str, list[str]] = {}
        for w in r.words("clause_prep.framed"):
            prep, close = w.split("…", 1)
            closes.setdefault(prep, []).append(close)
        self.framed_prep = {p: re.compile("(?<![成作认称视因])(?:" + "|".join(c) + ")") for p, c in closes.items()}
        self.list_verb = re.compile(r.pattern("list_verb"))
        self.industry = re.compile(r.pattern("industry"))
        self.not_trade = re.compile(r.pattern("not_trade"))
        self.descriptive = re.compile("(?:" + r.pattern("modifier") + "|" + r.pattern("industry") + ")+")
        self.place_prefix = re.compile(r.pattern("place_prefix"))
        self.industry_words = r.words("industry")
        self.works = re.compile(r.pattern("works"))
        self.generic_firm = re.compile(r.pattern("generic_firm"))
        self.not_firm = frozenset(r.words("not_firm"))
        self.kind_of_firm = re.compile(self.generic_firm.pattern + "(?:公司|企业)")
        self.institution = re.compile(r.pattern("institution"))
        self.form_word = re.compile("(?:" + r.pattern("company_form") + ")")
        self.unit_end = re.compile("(?:" + r.pattern("unit_end") + ")$")
        self.generic_char = frozenset(r.words("generic_char"))
        self.generic_lead = re.compile("^(?:" + r.pattern("generic_lead") + ")")
        self.utility = re.compile("(?:" + r.pattern("utility") + r")(?:[一二三四五六七八九十\d]+期|扩建|改扩建|项目)*$")
        self.facility_end = re.compile("(?:" + r.pattern("facility_end") + ")" + _PHASE_TAIL)
        self.region_lead = re.compile("^(?:" + r.pattern("region_lead") + ")")
        self.place_base_end = re.compile("(?:" + r.pattern("place_base.end") + ")" + _PHASE_TAIL)
        self.place_base_level = re.compile("^(?:" + r.pattern("place_base.level") + ")")
        self.place_base_field = re.compile(r.pattern("place_base.field"))
        self.place_base_modifier = re.compile(r.pattern("modifier"))
        self.county_end = r.words("place_base.county_end")
        self.group_nickname = re.compile(r.pattern("group_nickname"))
        self.subsidiary_of = re.compile(r.pattern("subsidiary_of"))
        self.description = re.compile(r.pattern("description"))
        self.market_end = re.compile(r.pattern("market_end"))
        # a corporate action after the firm (某集团国有股转让, 某集团增资扩股): the firm is what is named
        self.corporate_action = re.compile("(?:" + r.pattern("corporate_action") + ")$")
        # the shared head of a list that makes its items parks, zones or land plots, not firms: "A、B等产业园",
        # "A、B地块等项目" (the head after the last item and before 等 or the clause's end)
        self.park_head = re.compile(r"(?:、[^、，。；]{1,12}?地块(?=等|[，。；]|$)|等(?:[\d一二三四五六七八九十几多]+[个处家]|一批|重点|省级|市级)*(?:"
                                    + r.pattern("park_head") + "))")

    def is_place_facility(self, item: str) -> bool:
        """A facility named by a place and general words (某市高铁物流基地, 某区育秧工厂): a public one, not a
        firm's. A place and one industry word (某市糖业基地: a firm's name) is not judged so."""
        m = self.facility_end.search(item)
        if not m:
            return False
        body = item[:m.start()]
        region = self.region_lead.match(body)
        place = region or self.place_prefix.match(body) or re.match(r"[\u4e00-\u9fff]{1,3}[区县](?=..)", body)
        # a place the dictionary knows without its suffix (某地) may open a trade name (大川板材项目): not before 项目
        end = place.end() if place else 0 if item[m.start():].startswith("项目") else \
            next((k for k in (3, 2) if _tagged_words().get(body[:k]) == "ns"), 0)
        rest = body[end:]
        if region and re.search(r"[区级省市]$", region.group()) and len(rest) >= 2:
            return True  # an administrative level before it (自治区…调度中心, 市级…基地): a public body's
        if not end or len(rest) < 2 or (not region and (rest in self.industry_words or self.is_sector_word(rest))):
            return False
        if not place and self.industry.match(rest):
            return False  # a place's name and an industry word (某地电路, 某地汽车): a firm's name may open so
        return is_general_phrase(rest, self.generic_char)

    def is_place_base(self, item: str) -> bool:
        """A base, centre, island or port named by a level (省, 市) or a county's name and general words only
        (省科创基地, 某县新材料基地, 某县综合能源岛): a place's facility, no firm named. A county's name and a
        plain industry word (某地汽车基地) may be a firm's trade name and stays, and so does a city's name
        (某市糖业基地: is_place_facility judges it); a company's form (某市交通集团物流基地) names a firm."""
        m = self.place_base_end.search(item)
        if not m or m.start() < 3 or self.form_word.search(item[:m.start()]):
            return False
        body = item[:m.start()]
        level = self.place_base_level.match(body)
        if level:
            rest = self.place_base_field.sub("", body[level.end():])
            return len(body) - level.end() >= 2 and (not rest or is_general_phrase(rest, self.generic_char))
        tags = _tagged_words()
        for k in (3, 2):
            # a county or district the dictionary knows by its full name (某某县, 某某区), and no city of that name
            if any(tags.get(body[:k] + end) == "ns" for end in self.county_end) and tags.get(body[:k] + "市") != "ns":
                rest = body[k:]
                if len(rest) < 2 or (self.industry.match(rest) and not self.place_base_modifier.match(rest)):
                    return False  # a county's name and an industry word (某地汽车): a firm's name may open so
                return is_general_phrase(rest, self.generic_char) or bool(self.descriptive.fullmatch(rest))
        return False

    def is_place_works(self, item: str) -> bool:
        """Utility works named by a place and general words only (泰山热电厂, 湟源分散式风电): public works."""
        m = self.utility.search(item)
        trade = self.industry.search(item[:m.start()], 2) if m else None
        if trade and not is_general_phrase(item[:trade.start()]):
            return False  # a firm's name (a place or trade name + industry word: 南宁糖业) before the works
        if m and not trade and re.match(r"n[sr]$", _tagged_words().get(item[:2], "")):
            return True  # a county or place (连江, 福清) and its site before the works: no firm's name
        return bool(m) and (m.start() == 0 or is_general_phrase(item[:m.start()], self.generic_char,
                                                                 words=_unbranded_words()))

    def is_generic_unit(self, item: str) -> bool:
        """A kind of unit named by general words only (采购中心, 中试基地, 市内免税店, 创新型产业项目), not a
        firm's: no proper name and no trade name (西南铜业异地搬迁项目 has one) before the unit word."""
        m = self.unit_end.search(item)
        if not m or self.trade_name(item):
            return False
        if item in _proper_names() and not is_general_phrase(item[:m.start()]):
            return False  # a name the dictionary knows (维修中心 is tagged a name, but 维修 is a general word)
        # a province's or city's name before general words is no trade name (广东省智能制造产业服务中心)
        at = self.place_prefix.match(item)
        start = at.end() if at and at.end() < m.start() else 0
        return m.start() == start or is_general_phrase(item[start:m.start()], self.generic_char)

    def described_form(self, item: str) -> bool:
        """A company's form after a description of its business (汽车金融公司, 专业化农业保险): a kind of
        firm. Two or more general words before the form, or one trade word (光电子); a single general
        word before it may be a name (平安银行, 绿地集团)."""
        forms = [m for m in self.form_word.finditer(item) if m.start() >= 2]  # the last form: 航空基地+公司
        before = item[:forms[-1].start()] if forms else item
        if not is_general_phrase(before):
            return False
        return before not in _tagged_words() or self.is_sector_word(before)

    def is_field_phrase(self, item: str) -> bool:
        """A field or product named by general words of three characters or more before an industry word
        (集装箱+制造, 下一代人工+智能): no trade name (a brand of two characters, 北方重工, stays)."""
        if not is_general_phrase(item) or self.company_form.search(item):
            return False
        return any(item.endswith(w) and len(item) - len(w) >= 3 and is_general_phrase(item[:-len(w)])
                   for w in self.industry_words)

    def is_sector_word(self, word: str) -> bool:
        """An industry or describing word of the lexicon (光电子 is not one: 电子 is)."""
        return word in self.industry_words or bool(self.descriptive.fullmatch(word)) or bool(self.form_word.fullmatch(word))

    def is_sector(self, item: str) -> bool:
        """A trade or kind of firm rather than a firm: general dictionary words (制革, 科技创新), industry and
        describing words only (数字医疗, 电力装备), or a listed kind (瞪羚). Some firms' names are such
        phrases too (北方重工), so a list is judged by most of its items."""
        return (is_general_phrase(item) and not self.company_form.search(item)) or re.search(r"[型类]$", item) or \
            bool(self.descriptive.fullmatch(item)) or item in self.not_firm or item in self.industry_words

    def clean(self, item: str) -> str:
        # the same item is cleaned several times per list (judged, then kept): the result is kept per shapes
        cleaned = self._cleaned.get(item)
        if cleaned is None:
            if len(self._cleaned) >= 50_000:
                self._cleaned.clear()  # bounded: a notebook may build many corpora in one process
            cleaned = self._cleaned[item] = self._clean(item)
        return cleaned

    def _clean(self, item: str) -> str:
        item = _CLEAN_DASH.sub("", names.strip_quotes(item.strip()))
        item = _CLEAN_LE.sub("", self.lead.sub("", item))
        # "投资1亿元的X", "投资1亿元X": the investment is not part of the name
        item = _CLEAN_INVEST.sub("", item)
        item = _CLEAN_PHASE.sub("", item)
        item = self.subsidiary_of.sub("", item)  # 某集团全资子公司X: X is the firm named
        item = _CLEAN_ADVERB.sub("", self.corporate_action.sub("", item))
        return item.strip()

    def after_verb(self, item: str) -> str:
        """The first item of a list without the clause's words before it: "该镇安排专人跟踪服务A" → A."""
        last = None
        if not self.list_verb.search(item):
            return item  # no verb anywhere (most items): no position to try
        # verbs may overlap (着力促进: 力促 and 促进), so each position is tried and the latest end wins
        for i in range(len(item)):
            m = self.list_verb.match(item, i)
            if not m or (last is not None and m.end() <= last):
                continue
            rest = item[m.end():]
            # 促进中心: the verb is part of the name when only a generic ending would be left
            if len(rest) >= 3 or (len(rest) == 2 and not re.fullmatch(r"中心|基地|总部|平台", rest)):
                last = m.end()
        return re.sub(r"^(?:和|及|并|了)", "", item[last:]) if last is not None else item

    def after_clause_verb(self, item: str, tail: str = "") -> str:
        """The first item without a verb, preposition or adverb that opens its clause ("发挥A、B等企业作用",
        "以A、B等企业为龙头"): a word the dictionary knows as such, when what is left is a name.
        ``tail``: the clause after the list; a one-character preposition is cut only when the clause
        closes its frame there (以…为; 以岭药业等3家企业上市 opens with a name)."""
        rest, prep = item, False
        words = _tagged_words()
        while True:
            opens = [k for k in range(2, min(len(rest), 7) + 1) if rest[:k] in words]  # lengths of words rest opens with
            for n in (3, 2, 1):
                word, tag = rest[:n], words.get(rest[:n], "")
                # one character: only a preposition (以A、B等企业为龙头); 助, 使, 顺 may start a name;
                # and a word of its own, not the start of a longer word (化合 in 化合物半导体)
                # a framed preposition whose frame closes after the list (以…为核心) is cut even where it
                # opens a longer word (以南, 以利): the frame says it is the preposition
                framed = n == 1 and word in self.framed_prep
                closed = framed and bool(self.framed_prep[word].search(tail))
                longer = any(k > n for k in opens) and not closed
                if len(rest) - n >= 2 and not longer and word not in self.aim_verbs and \
                        ((word in self.clause_prep and (closed or not framed)) if n == 1 else tag in ("v", "p")):
                    rest, prep = self.lead.sub("", rest[n:]) or rest[n:], prep or n == 1 or tag == "p"
                    break
            else:
                break
        if rest == item:
            return item
        # what is left must be a name (a proper name, a trade name, a short word the dictionary does not know);
        # after a preposition the list's head already says the items are firms
        trade = self.trade_name(rest)
        named = prep or rest in _proper_names() or \
            (trade and not is_general_phrase(trade) and not self.descriptive.match(trade)) or \
            (2 <= len(rest) <= 5 and not is_general_phrase(rest) and not self.company_form.search(rest) and
             not self.industry.search(rest) and not self.is_sector(rest))
        if not named:  # a name before a company's form (众环集团)
            form = self.form_word.search(rest)
            named = bool(form) and form.start() >= 2 and not is_general_phrase(rest[:form.start()]) and \
                not self.descriptive.match(rest)
        return rest if named else item

    def trade_name(self, item: str) -> str | None:
        """The trade name of a firm-shaped name (place + trade name + industry word / legal form), or None.

        青禾 in 江苏青禾新型防水材料, 远帆 in 某县远帆机械制造项目; None for a
        description (高端装备制造, 智能终端) or a place's works (某村卫生室项目).
        """
        if not 4 <= len(item) <= 40 or re.search(r"[，。；：、的]", item):
            return None
        rest = item
        m = self.place_prefix.match(item)
        if m and len(item) - m.end() >= 4:
            rest = item[m.end():]
        # industry words may overlap (瑞康养老: 康养 and 养老): the first position from 2 that opens one
        first = self.industry.search(rest, 2)
        ends = [first.start()] if first and first.start() < len(rest) else []
        legal = self.legal_inside.search(rest)
        if legal and legal.start() >= 2:
            ends.append(legal.start())
        for end in sorted(ends)[:1]:
            trade = rest[:end]
            lead = self.descriptive.match(trade)
            if lead and lead.end() >= 2 and len(trade) - lead.end() <= 1:
                return None  # a describing word and one character (大尺寸硅材料): a product
            if lead and lead.end() >= 2 and _tagged_words().get(trade[lead.end():]) == "s":
                return None  # a describing word and a word of place (深远海+海上风电): where the works are, no name
            if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", trade) or self.not_trade.search(trade) or \
                    self.industry.match(trade) or \
                    self.descriptive.fullmatch(trade) or self.generic_firm.search(trade) or \
                    (is_common_word(trade) and self.works.search(trade)):
                return None
            return trade
        return None

    def company_part(self, item: str) -> str:
        """A firm's name without the project words after its legal form: "X有限公司年产…项目" → "X有限公司"."""
        m = self.legal_inside.search(item)
        return item[:m.end()] if m and m.end() < len(item) and m.start() >= 2 else item

    def looks_like(self, item: str, listed: bool, listed_len: int = 16) -> bool:
        """A company-like name. Listed items (A、B等企业) need less evidence of their own."""
        if not 2 <= len(item) <= max(30, listed_len) or not names.looks_like_name(item) or NOT_ENT.search(item):
            return False
        if GENERIC_END.search(item):
            trade = self.trade_name(item) if listed else None
            if not trade or is_general_phrase(trade):
                return False  # …技术创新体系, 掌握关键核心技术: a phrase; a firm's shape needs a trade name
        if self.kind_of_firm.search(item) or item in self.not_firm:
            return False  # 上市公司, 跨国公司: a kind of company, not one
        if self.institution.search(item) or self.generic_lead.search(item) or self.is_generic_unit(item) or \
                self.is_place_works(item) or self.is_place_facility(item) or self.is_place_base(item):
            return False  # institutions (研究院, 基金会), descriptions (国际知名物流集团, 采购中心)
        if self.group_nickname.search(item) or self.description.search(item) or self.market_end.search(item):
            return False  # 某地六小龙: a nickname of a group of firms; 全省规模最大X项目: a description; 某地汽车城: a market
        if len(item) <= 4 and item[-1] in "东南西北" and _tagged_words().get(item[:-1]) == "ns":
            return False  # a place and a direction (某地南): a station or site, not a firm
        core = self.legal_form.sub("", item)
        if core != item and (self.not_trade.fullmatch(core) or self.descriptive.fullmatch(core)):
            return False  # 国际公司, 新型公司: a form after a word that names no trade
        if core != item and (core[-1] in "大小" and is_general_phrase(core[:-1]) or
                             re.match(r"[\u4e00-\u9fff]{2}化(?=..)", core) and is_general_phrase(core[3:])):
            return False  # a description before 公司: 跨国大公司 (a kind and a size), 国际化运营服务公司 (X化 + a service)
        if self.form_word.fullmatch(item) or re.fullmatch(r"[\u4e00-\u9fff]{1,3}[区县]", item):
            return False  # a bare form (保险, 证券: kinds of firm) or an area (鹿泉区)
        if not listed and is_general_phrase(item) and not self.company_form.search(item) and \
                not self.trade_name(item):
            return False  # general words after a settling verb (跨境贸易, 光电子): a trade, not a name
        if is_common_word(item) and not self.company_form.search(item):
            return False
        if re.search(r"\d", item) and not re.search(r"[A-Za-z]", item):
            return False
        if re.search(r"[【】\[\]]", item) or re.match(r"[百千万\d.]+吨|第[一二三四五六七八九十\d]", item):
            return False  # a glossary mark (【项目双进】), a plant named by its capacity (百万吨乙烯)
        if re.fullmatch(r"[一二三四五六七八九十两][^一二三四五六七八九十两]{1,3}[一二三四五六七八九十两][^一二三四五六七八九十两期]{1,3}",
                        item):
            return False  # a counted label (三整车一中心), not a name
        if item.endswith("项目") and len(item) < 6:
            return False  # 紧盯项目, 重点项目: not a name
        # a phrase, not a name: "具有核心吸引力的…项目", "城市配送网络和物流公共信息平台"
        if "的" in item or re.search(r"..(和|及|与|以及|或)..", item) or \
                re.match(r"(争取|(?:使|让|有)?更多|具有|一些|若干|各种|大型|中外|国内外|一流|高端|知名|大批)", item):
            return False
        if listed:
            return len(item) <= listed_len
        return item.endswith(self.suffix) or bool(re.search(r"项目$|有限公司", item)) or \
            (item.endswith(self.industry_words) and self.trade_name(item) is not None)

    def canonical(self, name: str) -> str:
        """The common name: without legal form or bracketed place (旷视科技（上海）有限公司 → 旷视科技)."""
        if self.legal_whole.search(name):
            return name
        core = self.legal_form.sub("", self.legal_form.sub("", name)).strip()
        # 财务公司 is a kind of firm: 财务 alone would name nothing; but a word the dictionary tags as a
        # firm's or brand's name (nt/nz/nr: 交通银行, 厦华) is a name: its 公司 goes as any firm's does
        if len(core) < 2 or core in _unbranded_words() or re.search(r"[一二三四五六七八九十\d]$", core):
            return name
        return core

    def aliases(self, item: str) -> tuple[str, ...]:
        """Short forms: without 有限公司 / 股份 / （上海） / 项目."""
        short = re.sub(r"[（(][^）)]*[）)]", "", item)
        short = re.sub(r"(股份)?有限(责任)?公司$|集团有限公司$|项目$", "", short)
        return (short,) if short and short != item and len(short) >= 2 else ()


def _same_firm(name: str, named: list[str], industry: tuple[str, ...] = (),
               trade_suffix: frozenset = frozenset()) -> str | None:
    """An earlier name of the document that names the same firm: one holds the other and is at least half
    its length, and four characters or more (宝丽丝 and 恒天宝丽丝生物基纤维 stay two). A complete firm name
    followed by more trade words is another firm, its subsidiary (东方电气 and 东方电气智慧能源 stay two),
    unless what follows is only a name's trade suffix (星澜智能装备 = 星澜智能装备科技)."""
    for other in named:
        short, long_ = sorted((name, other), key=len)
        if short != long_ and len(short) >= 4 and short in long_ and 2 * len(short) >= len(long_):
            rest = long_[long_.index(short) + len(short):]
            if short.endswith(industry) and rest not in trade_suffix and \
                    (any(w in rest for w in industry) or not re.fullmatch(r"(?:项目|[一二三四五六七八九十\d]+期)*", rest)):
                continue  # and a project of the firm named by what it does (兰州石化减油增化) is not the firm
            if re.search(r"工厂|基地|总部|中心", rest):
                continue  # a firm's plant or base (X里达工厂) is not the firm
            return other
    return None


COUNT = r"(?:\d+|[一二三四五六七八九十两]+)"


class EnterpriseFinder:
    """Find firms and firms' projects in each clause (the frames below, each with its rule id)."""

    def __init__(self, rules: str):
        r = lexicon.rules(rules)
        self.shapes = CompanyShapes(rules)
        self.trade_suffix = frozenset(r.words("trade_suffix"))
        self.settle = re.compile("(" + r.pattern("settle.trigger") + ")")
        self.object_after = frozenset(r.words("settle.object_after"))
        # 等 closing a list of firms ("A、B等一批优质企业", "A、B等5个重点项目"); not 平等/对等…, and not
        # a list of sectors ("物流、金融等服务业项目", "水运、公交等运输企业": the head says 业 or a trade)
        self.head = re.compile(r"(?<![平相对均同初高中上优何])等(?:一批|多家|" + COUNT + r"[家个])?"
                               r"[^，。；、\d]{0,12}?(?<!业)(?<!运输)(?<!服务)(" + r.pattern("list.head") + ")"
                               r"(?!" + r.pattern("list.head_modifier") + ")")
        self.head_firm = frozenset(r.words("list.head_firm"))
        self.not_head = re.compile(r"等[^，。；、]{0,10}?" + r.pattern("list.not_head"))
        # "A、B、C4家企业成功晋级": a list closed by its count instead of 等
        self.counted = re.compile(r"(?<=[\u4e00-\u9fff）)])(?<![及和与等])" + COUNT + r"(?:家|个)(?:[^，。；、\d（(]{0,4}?)(企业|公司|项目)")
        self.project_verb = re.compile(r.pattern("project.verb"))
        self.subject_verb = re.compile(r.pattern("subject_verb"))
        self.object_verb = re.compile(r.pattern("object_verb"))
        self.project_end = re.compile(r.pattern("project_end") + "$")
        # what a firm's project adds to the firm's name: 项目, 二期, 首期项目 (the firm is the one named)
        self.phase_of = re.compile("(?:" + r.pattern("project.phase") + ")+")
        self.project_intro = re.compile(r.pattern("project.intro"))
        self.invested = re.compile(r"投资(?:约|超|近|达)?[\d.]+(?:万|亿)?元的")
        self.name_lead = re.compile(r.pattern("name_lead"))
        self.negative = re.compile(r.pattern("negative"))
        self.partner = re.compile(r.pattern("partner"))
        self.visit = re.compile(r.pattern("list.visit"))
        self.visit_placing = re.compile(r.pattern("list.visit_placing"))
        self.visit_out = re.compile(r.pattern("list.visit_out"))
        self.noun_after = re.compile("(?:" + r.pattern("settle.noun_after") + ")")
        self.object_cut = re.compile("(?<=..)(?:" + r.pattern("object_cut") + ")")
        self.strict = frozenset(r.words("settle.strict"))
        self.firm_form = re.compile(r.pattern("firm_form"))
        # a full name with a legal form that says 有限/股份 (not a bare 公司: 上市公司, 投资公司 are kinds)
        self.legal_name = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,30}?(?:股份有限公司|有限责任公司|集团有限公司|有限公司|股份公司)")
        # every frame of _clause starts from one of these: a text where none can match finds nothing
        self.cue = Cue(self.head, self.settle, self.counted, self.project_intro, self.subject_verb,
                       self.object_verb, self.invested)

    def __call__(self, doc: Doc) -> Doc:
        places = lexicon.places()
        orgs = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "ORG"]
        pending: list[tuple] = []  # (item, rule, sentence start, end, place, span): emitted at the end
        ctx = context(doc)
        # the names by which the text calls its own town: firms moved (迁入) anywhere else leave it
        self._here = tuple(n for n in ("我", "本", ctx.get("town_short"), ctx.get("town")) if n)
        for _i, s, e, sent in sentences(doc):
            if names.NOTE_MARK.match(sent.lstrip()):
                continue  # a note explaining a term ([7]…): it places no firm
            if not self.cue.search(sent) and "公司" not in sent:
                continue  # no frame can match, and no legal name is written
            project_context = bool(self.project_verb.search(sent) or re.search(r"项目|投资|辖区", sent))
            for cs, ce in clauses(sent):
                clause = sent[cs:ce]
                found, trig = self._clause(clause)
                if trig:
                    for a, b in orgs:
                        if s + cs <= a and b <= s + ce:
                            name = self.shapes.clean(text_of(doc)[a:b])
                            if name and all(name != f for f, _ in found):
                                found.append((name, "enterprise:ner"))
                if project_context and "公司" in clause:  # every legal name ends in …公司
                    for name in self._legal_names(clause):
                        if all(name not in f for f, _ in found):
                            found.append((name, "enterprise:legal-name"))
                if not found:
                    continue
                place = None
                if trig:
                    for name in places.find_all(clause[trig.end():trig.end() + 8]):
                        if places.kind_of(name) == "town":
                            place = name
                for item, rule in found:
                    pending.append((item, rule, s, e, place, find_in(sent, s, item)))
        self._emit_all(doc, pending)
        return doc

    def _emit_all(self, doc: Doc, pending: list) -> None:
        """Emit the document's firms, each under one name: the same firm named again, longer or shorter
        (X基地 … 天津X基地项目), takes its first name; but a firm named after its own project
        (X二期 … X, X项目 … X) takes the firm's name, wherever the project was named first."""
        named: list[str] = []  # the firms' names so far in this document
        final: dict[str, str] = {}  # a canonical name -> the name it is recorded under
        canonicals = []
        for item, *_ in pending:
            canonical = self.shapes.canonical(item)
            canonicals.append(canonical)
            if canonical in final:
                continue
            first = _same_firm(canonical, named, self.shapes.industry_words, self.trade_suffix)
            if first and self.phase_of.fullmatch(first[len(canonical):]) and first.startswith(canonical):
                # the project came first: from now on it, and all named under it, go under the firm
                named[named.index(first)] = canonical
                final = {k: (canonical if v == first else v) for k, v in final.items()}
                final[canonical] = canonical
            else:
                final[canonical] = first or canonical
                if not first:
                    named.append(canonical)
        for (item, rule, s, e, place, at), canonical in zip(pending, canonicals):
            aliases = self.shapes.aliases(item)
            if canonical != item:
                aliases = (item, *aliases)
            name = final[canonical]
            if name != canonical:
                aliases = (canonical, *aliases)
            # a merge of another name than the legal form (the same firm named shorter or longer) says so
            extra = {"merge_rule": "short-name"} if name != canonical else {}
            emit(doc, Fact("enterprise", None, name, s, e, rule, place=place,
                           aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
                           surface=item if name != item else None, extra=extra), at)

    def _items(self, text: str, tail: str = "") -> list[str]:
        """The cleaned items of a list ("推进A、B和C" → [A, B, C]); ``tail``: the clause after the list."""
        if self.shapes.park_head.search(text + tail):
            return []  # A、B等产业园 / A、B地块: the shared head makes every item a park, zone or plot
        items = names.split_list(self._subject(text))
        if len(items) == 1:
            # "A项目和B项目": two names joined without 、
            pair = re.fullmatch(r"(.{4,}?)(?:和|及|以及|与)(.{4,})", items[0])
            if pair and all(self.shapes.trade_name(self.shapes.clean(p)) for p in pair.groups()):
                items = list(pair.groups())
        if items:
            first = self.shapes.after_verb(items[0])
            # no verb of the list's own: a verb of the clause may still open it (形成A、B等企业集团)
            items[0] = self.shapes.after_clause_verb(self.shapes.clean(first), tail) if first == items[0] else first
        return [x for x in (self.shapes.clean(i) for i in items) if x]

    def _subject(self, text: str) -> str:
        """The list's text without adverbs and frames (names.clean_subject), but with a framing preposition's
        character kept when it opens the list (以岭药业等企业上市): after_clause_verb cuts it only when the
        clause closes the frame (以A、B等企业为龙头)."""
        subject = names.clean_subject(text)
        at = text.find(subject) if subject else -1
        if at > 0 and text[at - 1] in self.shapes.framed_prep:
            return text[at - 1] + subject
        return subject

    def _placing_list(self, clause: str, head: re.Match, firms: bool) -> bool:
        """Whether a list closed by ``head`` places its firms in the town: not when the clause closes,
        removes or relocates the listed firms (关闭/淘汰/搬迁A、B等企业), nor when they are partners
        (与A、B等企业签订协议). A list of projects may hold a relocation (X异地搬迁扩建): still the town's."""
        if firms and self.negative.search(clause):
            return False
        after = clause[head.end():]
        visit = self.visit.search(after)
        if visit and not (self.settle.search(after) or self.visit_placing.search(after)) and \
                not self.visit_out.search(clause[:head.start()] + after[:visit.start()]):
            return False  # A、B等一批企业来本市洽谈合作: they came to talk, nothing is placed yet
        return not (re.search(r"[与跟]", clause[:head.start()]) and self.partner.search(clause))

    def _sector_list(self, items: list[str], trades: bool = False) -> bool:
        """A list more than half of whose items are trades or kinds (金融、地产、电子等行业): no item is a firm.
        ``trades``: the head names trades (等行业龙头企业, 等领域): one trade among the items is enough."""
        sectors = sum(1 for i in items if self.shapes.is_sector(i))
        return (trades and sectors > 0) or (len(items) >= 2 and 2 * sectors > len(items))

    def _works_trade(self, item: str) -> bool:
        """A service or works described by general words (发动机深度维修), not a firm's trade name + works
        word (安踏体育: a trade name is one short word)."""
        m = re.search("(?:" + self.shapes.works.pattern + ")$", item)
        return bool(m) and m.start() >= 3 and is_general_phrase(item[:m.start()], words=_tagged_words())

    def _ends_in_works(self, item: str) -> bool:
        """Public works named last (…铁路电气化改造, …进出口市场): not a firm's project."""
        core = re.sub(r"(?:项目|[一二三四五六七八九十\d]+期)+$", "", item)
        return bool(re.search("(?:" + self.shapes.works.pattern + r")\w{0,1}$", core))

    def _firm_list(self, items: list[str]) -> bool:
        """A list of projects at least half of whose items show a firm's shape: its bare names are firms too."""
        return len(items) >= 2 and 2 * sum(1 for i in items if self._project(i, bare=False)) >= len(items)

    def _project(self, item: str, bare: bool = True) -> str | None:
        """An item of a list of projects that names a firm or a firm's project: the name to record, or None.

        A name with a firm's shape (trade name + industry word: 远帆机械制造项目) is taken; a bare
        trade name (百事超) when it is no common word and names no place, park or public works.
        """
        shapes = self.shapes
        if not shapes.looks_like(item, listed=True, listed_len=24) or _PARK_WORKS_END.search(item):
            return None
        if self._ends_in_works(item):
            return None
        if shapes.trade_name(item):
            return shapes.company_part(item)
        # a general phrase opened by a describing word of two characters or more (大容量网络冰箱): a product
        opening = shapes.descriptive.match(item)
        product = opening is not None and opening.end() >= 2 and \
            (is_general_phrase(item) or item[opening.end():] in shapes.industry_words or
             is_general_phrase(item[opening.end():], words=_tagged_words()))  # 海洋+装备, 超高清+显示设备
        if bare and not shapes.works.search(item) and len(item) <= 10 and \
                names.kind_by_suffix(item) in ("entity", "enterprise", "project") and \
                not shapes.not_trade.search(item) and not shapes.descriptive.fullmatch(item) and \
                not is_common_word(item) and not re.search(r"\d", item) and not product:
            return item
        return None

    def _named_project(self, item: str, strict: bool) -> str | None:
        """A firm or its project named outside a list: the firm's shape and a firm's or project's ending."""
        shapes = self.shapes
        # the trade name first: most items have none, and it is the cheaper test
        if not item or not shapes.trade_name(item) or not shapes.looks_like(item, listed=True, listed_len=24) or \
                _PARK_WORKS_END.search(item) or self._ends_in_works(item):
            return None
        name = shapes.company_part(item)
        if name != item or self.project_end.search(item):
            return name
        if not strict and (item.endswith(shapes.industry_words) or shapes.legal_inside.search(item)):
            return name
        return None

    def _clause(self, clause: str):
        shapes = self.shapes
        found: list[tuple[str, str]] = []
        if not self.cue.search(clause):
            return found, None
        head = self.head.search(clause)
        trig = self.settle.search(clause)
        verb = self.project_verb.search(clause)
        counted = self.counted.search(clause)
        intro = self.project_intro.search(clause)
        if trig and self.noun_after.match(clause[trig.end():]):
            trig = None  # 落地率, 引进新热潮, 引进和管理机制: the verb used as a noun settles nothing
        moved_to = clause[trig.end():] if trig and trig.group(1) == "迁入" else ""
        if moved_to and not moved_to.startswith(getattr(self, "_here", ("我", "本"))) and \
                not re.match(r"城市|副中心|[^，。；]{0,6}?(?:园区|开发区|高新区|产业园)", moved_to):
            return found, None  # 迁入雄安: the firms move to another place (not to a part of the town)
        if (head or counted) and not self._placing_list(clause, head or counted,
                                                        firms=(head or counted).group(1) != "项目"):
            return found, None  # 关闭A、B等企业 (they leave), 与A、B等企业签订 (partners)
        if head and not self.not_head.search(clause[:head.end()]):
            if head.group(1) in self.head_firm or (trig and head.group(1) != "项目"):
                # A、B、C等一批…企业 (+ any predicate): a list of the town's firms
                items = self._items(clause[:head.start()], clause[head.start():])
                # 高成长型企业, 成长性企业 without a count: the head names a kind; only firm-shaped items count
                kind_head = re.search(r"[型性类]$", clause[head.start():head.start(1)]) and \
                    not re.search(r"[家个户批]", clause[head.start():head.start(1)])
                trades = bool(re.match(r"等[^，。；、]{0,4}?(?:行业|产业|领域)", clause[head.start():head.start(1)]))
                if not self._sector_list(items, trades):
                    for item in items:
                        if shapes.is_field_phrase(item):
                            continue  # a field or product in general words (下一代人工智能): no firm's name
                        if shapes.looks_like(item, listed=True) and not self._works_trade(item) and \
                                not (kind_head and not (shapes.trade_name(item) or shapes.company_form.search(item))):
                            found.append((item, "enterprise:list"))
            elif verb or trig or re.search(r"投资[约超近]?\d", clause):
                # A、B等N个项目 + a verb of a project's life: firms' projects, known by their names' shape
                items = self._items(clause[:head.start()], clause[head.start():])
                # bare trade names (中汽创智) count in a list of firms' projects, or with a settling verb
                bare = bool(trig and trig.start() >= head.end()) or self._firm_list(items)
                for item in items if not self._sector_list(items) else ():
                    name = self._project(item, bare=bare)
                    if name:
                        found.append((name, "enterprise:project-list"))
        elif counted and "、" in clause[:counted.start()] and "等" not in clause[:counted.start()] and \
                not shapes.generic_firm.search(counted.group(0)):
            # A、B、C4家企业成功晋级 / A、B2个项目竣工
            items = self._items(clause[:counted.start()], clause[counted.start():])
            bare = self._firm_list(items)
            for item in items:
                if counted.group(1) != "项目" and shapes.looks_like(item, listed=True) and not self._sector_list(items):
                    found.append((item, "enterprise:list"))
                elif self._project(item, bare=bare):
                    found.append((self._project(item, bare=bare), "enterprise:project-list"))
        elif intro:
            # 集中开工项目为A、B和C
            for item in self._items(names.cut_at_deng(clause[intro.end():])):
                name = self._project(item, bare=False)
                if name:
                    found.append((name, "enterprise:project-list"))
        # X入驻机构达到N家: X is the host of what settled, not a settler
        elif trig and trig.start() > 0 and not re.match(r"(企业|的|项目|机构|单位|商户|主体|团队)", clause[trig.end():]) and \
                not re.match(r"[^，。；\d]{1,6}?(企业|机构|单位|商户|主体|团队)\d", clause[trig.end():]) and \
                clause[trig.start() - 1] != "、" and \
                not self._host_of(trig, clause):  # 扩大对外贸易、引进外资: the verb opens a list item
            # X落户/入驻/落地/开业: X is the clause's subject
            before = self._subject(clause[:trig.start()])
            # 争取X落户: a goal, nothing is placed yet
            if before and not self.not_head.search("等" + before[-10:]) and \
                    not re.match("(?:" + "|".join(shapes.aim_verbs) + ")", clause):
                # the list without its head (A、B等产业项目落地: 等产业项目 is no item)
                items = self._items(names.cut_at_deng(before), clause[trig.start():])
                for item in items if not self._sector_list(items) else ():
                    if trig.group(1) in self.strict and \
                            not (self.firm_form.search(item) and not item.endswith("中心")):
                        continue  # X中心揭牌: mostly a public body; a firm shows its form (X公司揭牌)
                    if shapes.looks_like(item, listed=False):
                        found.append((item, f"enterprise:{trig.group(1)}"))
        listed = names.cut_at_deng(clause[trig.end():]) if trig else ""
        if trig and trig.group(1) in self.object_after and not found and \
                not re.match(r"等[^，。；]{0,8}?(?:行业|领域|业态)", clause[trig.end() + len(listed):]):
            # (引进A、B等制造业领域的跨国公司: the items are trades)
            for item in names.split_list(listed):
                item = shapes.clean(self.object_cut.split(item)[0])
                # after 引进 only a name with a company's form counts (技术, 人才 are also "introduced")
                if item and shapes.looks_like(item, listed=False) and shapes.company_form.search(item) and \
                        not shapes.described_form(item):
                    found.append((item, f"enterprise:{trig.group(1)}"))
        if not found and not head and not counted:
            found.extend(self._verb_frames(clause))
        if not found:
            # 投资30亿元的X基地 / 总投资5亿元的X项目: a firm's project named by its investment
            for m in self.invested.finditer(clause):
                rest = re.split(r"[、等]|正在|已经|已|将|于|预计|目前|" + self.subject_verb.pattern, clause[m.end():])[0]
                name = self._named_project(self.shapes.clean(rest), strict=True)
                if name:
                    found.append((name, "enterprise:invested"))
        return found, trig

    def _host_of(self, trig: re.Match, clause: str) -> bool:
        """X引进Y: a verb whose firm comes after it has an object, so X is the host that brought Y in,
        not a firm brought in (某信息港核心基地引进…项目23项); X成功引进, X引进落地 leave X the firm."""
        after = clause[trig.end():]
        return trig.group(1) in self.object_after and len(after) >= 2 and not self.settle.match(after) and \
            not re.match(r"[并后和及、，]|以来|之后", after)

    def _verb_frames(self, clause: str) -> list[tuple[str, str]]:
        """A firm as the subject of a project's life (X已经开工建设, A项目、B项目即将建设), or a firm's
        project as the object of 推进/跟踪服务/招引 (推进X项目)."""
        found = []
        sv = self.subject_verb.search(clause)
        if sv and sv.start() >= 2 and not re.match(r"[与同跟]", clause):  # 与X签约: X is a partner
            before = re.sub(r"(?:已经|已|即将|将|正式|顺利|成功|相继|先后|全面|均|于\S{0,6})+$", "",
                            clause[:sv.start()])
            for item in self._items(before, clause[sv.start():]):
                name = self._named_project(item, strict=False)
                if name:
                    found.append((name, "enterprise:subject"))
        if not found:
            verbs = [m for m in self.object_verb.finditer(clause) if len(clause) - m.end() >= 4]
            if verbs:
                for item in self._items(names.cut_at_deng(clause[verbs[-1].end():])):
                    name = self._named_project(item, strict=True)
                    if name:
                        found.append((name, "enterprise:object"))
        return found

    def _legal_names(self, clause: str) -> list[str]:
        """Full company names with their legal form: "投资1亿元的X有限公司…项目" → X有限公司."""
        out = []
        for m in self.legal_name.finditer(clause):
            if m.start() > 0 and clause[m.start() - 1] in "”’」》)）":
                continue  # the name began inside quotation marks ("老干妈"风味食品有限公司): not all of it is here
            name = m.group(0)
            if re.match(r"(?:和|及|与|以及)..", name) and re.search(r"(?:公司|、)$", clause[:m.start()]):
                name = re.sub(r"^(?:和|及|与|以及)", "", name)  # A有限公司和B有限公司: the conjunction joins two names
            leads = list(self.name_lead.finditer(name))
            if leads:
                name = name[leads[-1].end():]
            name = self.shapes.clean(name)
            if name.count("（") != name.count("）") or name.count("(") != name.count(")"):
                continue
            core = self.shapes.canonical(name)
            if len(core) >= 4 and self.shapes.trade_name(name) and not self.shapes.generic_firm.search(core):
                out.append(name)
        return out


@Language.factory("tk_enterprises", assigns=["doc.spans"], requires=["doc._.tk_sentences"],
                  default_config={"rules": "enterprises.tsv"})
def make_enterprise_finder(nlp: Language, name: str, rules: str):
    return EnterpriseFinder(rules)
