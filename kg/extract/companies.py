"""What a company's name looks like: name-shape patterns, CompanyShapes, and _same_firm (one firm named twice).

Used by the enterprise finder (``kg/extract/enterprises.py``) and by entity
resolution (``kg/resolve.py``). The shapes' words and patterns are in
``data/lexicons/enterprises.tsv``; the dictionary's tagged words come from
``kg/extract/wordtags.py``.
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.extract import names
from kg.extract.wordtags import _proper_names, _tagged_words, _unbranded_words, is_common_word, is_general_phrase

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
# an ASCII full stop between two sentences (增长8%.某广场、…): what comes before it is another sentence
_CLEAN_STOP = re.compile(r"^.*?[^\dA-Za-z.]\.(?=[\u4e00-\u9fff])|^.*?%\.(?=[\u4e00-\u9fff])")
_CLEAN_LE = re.compile(r"^了")
_CLEAN_INVEST = re.compile(r"^(?:总)?投资(?:约|超|近)?[\d.]+(?:万|亿)?元(?:的)?")
_CLEAN_PHASE = re.compile(r"[（(][一二三四五六七八九十\d]+期[）)]$")
# the phases or 项目 a name of works or a park may end with (某园二期项目)
_PHASE_TAIL = r"(?:[一二三四五六七八九十\d]+期|项目)*$"
_PHASE_RUN = re.compile(r"(?:项目|[一二三四五六七八九十\d]+期)+$")
# directions that general words of a place's facility may hold (火车东站北广场)
_DIRECTIONS = frozenset("东南西北中")
# a park, works or centre (某园二期, 某工程, 某中心): no firm's project
_PARK_WORKS_END = re.compile("园" + _PHASE_TAIL + "|工程|中心$")
_CLEAN_ADVERB = re.compile(r"(并|也|均|已|正式|顺利|相继|先后|成功|陆续|纷纷|率先)+$")


def strip_phase(item: str) -> str:
    """The name without the phases and 项目 it ends with (某某蓝宝石四期项目: 某某蓝宝石)."""
    return _PHASE_RUN.sub("", item)


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
        # one pattern for the three kinds of ending (the leftmost, longest one wins: 集散中心 over 中心)
        self.venue_end = re.compile("(?:(?P<market>" + r.pattern("venue_end.market") + ")|(?P<venue>" +
                                    r.pattern("venue_end") + ")|(?P<listed>" + r.pattern("venue_end.listed") + "))" +
                                    _PHASE_TAIL)
        self.not_venue = re.compile(r.pattern("venue.not"))
        self.product_degree = frozenset(r.words("product.degree"))
        self.product_compound = re.compile(r.pattern("product.compound"))
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

    def is_venue(self, item: str, bare: bool, listed: bool = True) -> bool:
        """A firm's commercial venue: a brand before a venue's ending (万达广场, 某地X城西店, X物流市场), or a
        market named by a place and its goods (某地建材市场, 某地农副产品集散中心, as a named market counts).

        ``bare``: the list's head says its items are venues (A、B等商业综合体), so a brand alone (开市客)
        counts too; ``listed``: under such a head, where a bare 中心 is a venue (国金中心), and not
        elsewhere (某某调解中心, 某湾文化中心 open too). A place and general words (某市商业广场,
        火车站北广场, 星级酒店) name no firm's venue.
        """
        if not self.looks_like(item, listed=True) or self.not_venue.search(item):
            return False
        general = self.generic_char | _DIRECTIONS
        end = self.venue_end.search(item)
        if end and end.group("listed") and not listed:
            end = None
        market = end is not None and end.group("market") is not None
        if not end:
            return bare and not is_general_phrase(item, general) and _tagged_words().get(item) != "ns" and \
                not self.is_sector(item) and not self.industry.search(item)
        body = item[:end.start()]
        rest = body[self._place_lead(body):]
        if not rest or rest in _DIRECTIONS:
            return False  # no name before the ending (兰州中心)
        if len(rest) == 1:
            return rest != body  # one character of the name after a place's (某地大商城)
        if (self.descriptive.fullmatch(rest) or self.descriptive.fullmatch(body)) and not (market and rest != body):
            return False  # a description (中高端商贸综合体); a place's market keeps its goods (某地建材市场)
        return bool(market and rest != body) or not is_general_phrase(rest, general)

    def _place_lead(self, body: str) -> int:
        """The length of a place's name opening ``body`` (某某市, or a place the dictionary knows: 南海), or 0."""
        at = self.place_prefix.match(body)
        if at:
            return at.end()
        tags = _tagged_words()
        return next((k for k in (4, 3, 2) if len(body) > k and tags.get(body[:k]) == "ns"), 0)

    def described_product(self, item: str) -> bool:
        """A product named by its description, no firm's name before it: a chemical compound opening it (钛酸锂电池),
        or a degree word and a noun the dictionary knows (高+世代, 大+温差) opening general words after a place's
        name (高世代液晶面板, 大温差热泵技术), the opening itself no word of the dictionary (新东方 may be a name)."""
        core = strip_phase(item)
        # (a compound opens the item itself: a place's name before it may be a firm's, 金川+磷酸铁锂)
        compound = self.product_compound.match(core)
        if compound and compound.end() >= 2:
            rest = core[compound.end():]
            return not rest or is_general_phrase(rest) or rest in self.industry_words
        core = core[self._place_lead(core):]
        if len(core) < 4 or core[0] not in self.product_degree:
            return False
        tags = _tagged_words()
        noun = next((k for k in (3, 2) if tags.get(core[1:1 + k]) in ("n", "t", "nl", "ng")), 0)
        return noun > 0 and core[:1 + noun] not in tags and is_general_phrase(core[1:])

    def is_market(self, item: str) -> bool:
        """A name with a market's ending (某地建材市场, 某地农副产品集散中心)."""
        end = self.venue_end.search(item)
        return end is not None and end.group("market") is not None

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
        item = _CLEAN_DASH.sub("", names.strip_quotes(_CLEAN_STOP.sub("", item.strip())))
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
            if self.described_product(trade):
                return None  # a product's description (大温差热泵+技术, 钛酸+锂电池): no trade name
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
        kind = self.kind_of_firm.search(item)
        if (kind and not self._named_kind(item, kind.start())) or item in self.not_firm:
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
        if core != item and (core and core[-1] in "大小" and is_general_phrase(core[:-1]) or
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

    def _named_kind(self, item: str, at: int) -> bool:
        """A kind of firm after a name of its own (某某 + 财险公司): one firm, not the kind. The name is
        two to four characters holding no general word (not 小额贷款公司, 世界大跨国公司, 和扭转资产经营公司),
        after a place's name, and no kind or describing word itself."""
        name = item[:at]
        lead = self._place_lead(name)
        name = name[lead:] if lead < len(name) else name
        return 2 <= len(name) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", name) is not None and \
            not is_general_phrase(name) and not self.generic_firm.search(name) and \
            not self.descriptive.match(name) and not self.not_trade.search(name) and \
            not (is_common_word(name) and name not in _proper_names()) and \
            not any(is_general_phrase(name[i:j]) for i in range(len(name)) for j in range(i + 2, len(name) + 1))

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
