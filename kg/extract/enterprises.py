"""Enterprises the text places in the town (落户, 入驻, 引进 …; "A、B等一批企业").

Trigger words, list heads and the shape of company names (industry words,
legal forms) are in ``data/lexicons/enterprises.tsv``. A component added
before ``tk_enterprises`` that sets ``doc.ents`` (a statistical NER, an
entity ruler) lends its ``ORG`` entities as candidates: an ORG in a clause
with a settling trigger is taken (rule ``enterprise:ner``).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.extract.companies import _PARK_WORKS_END, NOT_ENT, CompanyShapes, _same_firm, strip_phase
from kg.extract.cues import Cue
from kg.extract.fact import Fact, emit, find_in
from kg.extract.text import clauses, context, sentences, text_of
from kg.extract.wordtags import _general_words, _tagged_words, _unbranded_words, is_common_word, is_general_phrase


class _MaterialWords:
    """The lexicon's material and technology words (蓝宝石 is a person's name to the dictionary) and the general
    nouns and verbs that describe them (工业, 开发); not other words, which may be a firm's trade name (大全)."""

    __slots__ = ("extra", "general", "tags")

    def __init__(self, extra):
        self.extra, self.general, self.tags = extra, _general_words(), _tagged_words()

    def __contains__(self, word: str) -> bool:
        return word in self.extra or (word in self.general and (self.tags.get(word) or "x")[0] in "nv")


COUNT = r"(?:\d+|[一二三四五六七八九十两]+)"
INVESTED_SUM = re.compile(r"投资[约超近]?\d")  # 投资约5亿元: a project's life, with its investment


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
        self.head_shared = frozenset(r.words("list.head.shared"))
        self.mate_institution = re.compile(r.pattern("list.mate.institution"))
        # 等一批重大工业项目, 等产业项目: a kind of project (工业, 产业) is no trade, as 服务业 is (the head above
        # refuses 业): a list of firms' projects, read after the clause's other frames
        self.head_kind = re.compile(r"(?<![平相对均同初高中上优何])等(?:一批|多个|" + COUNT + r"个)?"
                                    r"[^，。；、\d]{0,12}?(?:" + r.pattern("list.head.kind") + r")(项目)"
                                    r"(?!" + r.pattern("list.head_modifier") + ")")
        self.not_head = re.compile(r"等[^，。；、]{0,10}?" + r.pattern("list.not_head"))
        # "A、B、C4家企业成功晋级": a list closed by its count instead of 等
        self.counted = re.compile(r"(?<=[\u4e00-\u9fff）)])(?<![及和与等])" + COUNT + r"(?:家|个)(?:[^，。；、\d（(]{0,4}?)(企业|公司|项目)")
        self.project_verb = re.compile(r.pattern("project.verb"))
        self.weak_verb = re.compile(r.pattern("project.verb.weak"))
        # (a few words may stand between: 等项目加快建设, 等一批项目及配套产业链建设)
        self.after_head = re.compile(r"[^，。；、]{0,6}?(?:" + r.pattern("project.verb.after_head") + "|(" +
                                     r.pattern("project.verb.after_head.firm") + "))")
        self.after_head_public = re.compile("(?:" + r.pattern("project.after_head.public_end") + r")(?:[一二三四五六七八九十\d]+期)?$")
        self.subject_verb = re.compile(r.pattern("subject_verb"))
        self.object_verb = re.compile(r.pattern("object_verb"))
        self.project_end = re.compile(r.pattern("project_end") + "$")
        # what a firm's project adds to the firm's name: 项目, 二期, 首期项目 (the firm is the one named)
        self.phase_of = re.compile("(?:" + r.pattern("project.phase") + ")+")
        self.project_intro = re.compile(r.pattern("project.intro"))
        self.brand_centre = re.compile("(?:" + r.pattern("brand_centre.function") + ")中心$")
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
        # a commercial venue opening (A、B等商业综合体投入运营, X广场开业) and the heads naming venues
        self.open_verb = re.compile("(?:" + r.pattern("open.verb") + ")")
        self.open_head = re.compile(r"等(?:一批|多个|" + COUNT + r"[家个])?[^，。；、]{0,8}?(?:(" + r.pattern("open.head") +
                                    ")|(" + r.pattern("open.head.market") + "))")
        self.open_mixed = re.compile(r.pattern("open.head.mixed"))
        self.deng_industry_end = re.compile(r"等(?:一批|" + COUNT + r"[家个])?[^，。；、]{0,6}?产业$")  # …等产业 closing a subject
        self.open_streets = re.compile(r.pattern("open.head.streets"))
        self.open_public_mate = re.compile("(?:" + r.pattern("open.mate.public") + ")$")
        # a material or technology named by general words (蓝宝石晶体, 开发关键技术): a product, no firm
        self.coined_not_product = re.compile("(?:" + r.pattern("coined.not_product") + ")$")
        self.coined_place_end = re.compile(r.pattern("coined.place_end"))
        self.coined_not_trade = tuple(r.words("coined.not_trade"))
        self.not_short_name = frozenset(r.words("list.not_short_name"))
        self.process_trade = re.compile("^(.{1,2})(?:" + r.pattern("trade.process") + ")$")
        self.material_head = tuple(sorted(r.words("product.material"), key=len, reverse=True))
        # a firm described as the subject of 成为 (X物流成为首批…)
        self.subject_of = r.words("subject_of.verb")
        self.base_end = re.compile("(?:" + r.pattern("subject_of.base_end") + ")$")
        self.action_end = re.compile("(?:" + r.pattern("subject_of.action_end") + ")$")
        self.firm_kind = re.compile("(?:" + r.pattern("subject_of.firm_kind") + ")$")
        self.subject_tail = re.compile("(?:" + r.pattern("subject_of.tail") + ")+$")
        self.subject_lead = re.compile("^(?:" + r.pattern("subject_of.lead") + ")(?=..)")
        self.not_subject = re.compile(r.pattern("subject_of.not_subject"))
        # every frame of _clause starts from one of these: a text where none can match finds nothing (the
        # words of the frames added last are given as text: nothing more to compile, re's cache holds 512)
        self.cue = Cue(self.head, self.settle, self.counted, self.project_intro, self.subject_verb,
                       self._object_cue(r), self.invested,
                       "|".join((r.pattern("open.verb"), r.pattern("open.head"), r.pattern("open.head.market"),
                                 r.pattern("subject_of.verb"))))

    @staticmethod
    def _object_cue(r) -> str:
        """What the object frame (推进X项目, _verb_frames) cannot find a firm without, as a pattern for the cue.

        The verb alone lets a third of all clauses through (推进, 推动), but the frame keeps only an item after
        it that _named_project(strict=True) takes: a trade name (an industry word or a legal form in the
        item) and a project's ending or a legal form before its end. Items are the clause's text with
        characters cut at their ends and quotation marks and note marks ([7]) cut anywhere, which can join
        two characters into a word: a clause with such a mark goes through.
        """
        legal = r.pattern("legal_form")
        marks = "|".join(map(re.escape, "“”‘’《》「」\"'[［"))
        return "(?:" + r.pattern("object_verb") + ")" + \
            "(?=.*?(?:" + r.pattern("industry") + "|" + legal + "|" + marks + "))" + \
            ".*?(?:" + r.pattern("project_end") + "|" + legal + "|" + marks + ")"

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
        (X二期 … X, X项目 … X) takes the firm's name, wherever the project was named first; and so does a
        name that adds the firm's trade name before an earlier one (变形镁合金 … 某某变形镁合金)."""
        named: list[str] = []  # the firms' names so far in this document
        final: dict[str, str] = {}  # a canonical name -> the name it is recorded under
        canonicals = []
        for item, *_ in pending:
            canonical = self.shapes.canonical(item)
            canonicals.append(canonical)
            if canonical in final:
                continue
            first = _same_firm(canonical, named, self.shapes.industry_words, self.trade_suffix)
            if first and self.phase_of.fullmatch(first[len(canonical):]) and first.startswith(canonical) or \
                    first and self._adds_trade_name(canonical, first):
                # the project (or the product without its firm) came first: from now on it, and all named
                # under it, go under the firm
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

    def _adds_trade_name(self, longer: str, first: str) -> bool:
        """``longer`` is ``first`` with words before it that are not a place's name (某某变形镁合金 after
        变形镁合金): the firm's trade name, which the shorter name lacks (not 某市X, the same firm's)."""
        at = longer.find(first)
        return at >= 2 and self.shapes._place_lead(longer) < at  # (a trade name has two characters or more)

    def _items(self, text: str, tail: str = "") -> list[str]:
        """The cleaned items of a list ("推进A、B和C" → [A, B, C]); ``tail``: the clause after the list."""
        if self.shapes.park_head.search(text + tail):
            return []  # A、B等产业园 / A、B地块: the shared head makes every item a park, zone or plot
        # quoted names side by side with no 、 between them (X"A""B") are two items, not one name AB; a run of them
        # opening its item only in a list of firms ("A""B"等企业; "A""B"等项目 may be schemes or shows)
        if re.match(r"等[^，。；、]{0,12}?(?:企业|公司|品牌)", tail):
            text = re.sub(r"([”』」])(?=[“『「])", "\\1、", text)
        else:
            def split_led(m: re.Match) -> str:
                """A name leads the run (某某"A""B", not only a verb: 推动"A""B"): each item is the name's."""
                name = re.split(r"[“『「]", self.shapes.after_verb(m.group(0)), maxsplit=1)[0]
                if not name:
                    return m.group(0)
                quoted = re.findall(r"[“『「][^”』」]{1,12}[”』」]", m.group(2))
                return m.group(1) + quoted[0] + "".join("、" + name + q for q in quoted[1:])
            text = re.sub(r"([^、，；：“”『』「」]+)((?:[“『「][^”』」]{1,12}[”』」]){2,})", split_led, text)
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

    def _institution_list(self, head: re.Match, items: list[str]) -> bool:
        """A list under a head that institutions share with firms (平台) holding an institution or a
        university (A研究院、B工研院等高端平台; A大学、B等研发平台): a list of platforms, none of them a firm."""
        return head.group(1) in self.head_shared and \
            any(self.shapes.institution.search(i) or self.mate_institution.search(i) for i in items)

    def _sector_list(self, items: list[str], trades: bool = False) -> bool:
        """A list more than half of whose items are trades or kinds (金融、地产、电子等行业): no item is a firm.
        ``trades``: the head names trades (等行业龙头企业, 等领域): one trade among the items is enough."""
        sectors = sum(1 for i in items if self.shapes.is_sector(i))
        return (trades and sectors > 0) or (len(items) >= 2 and 2 * sectors > len(items))

    def _brand(self, item: str, items: list[str]) -> bool:
        """A firm's short name the dictionary knows (华为, 格力: tagged as a proper name, not a general word),
        in a list of firms. A word it tags as a place (中兴, 京东 share the tag with towns) counts only beside
        such a name or a firm-shaped item of the same list (A、B等企业: a list of places is no list of firms)."""
        def proper(word: str) -> bool:
            # (not 高新区, 公交公司: an area's or a kind's word; a word with a firm's form is judged by its shape)
            return 2 <= len(word) <= 5 and is_common_word(word) and word not in _unbranded_words() and \
                not re.search(r"[省市县区镇乡村州旗路街港园城]$", word) and \
                not self.shapes.company_form.search(word) and not self.shapes.institution.search(word) and \
                not self.shapes.is_sector(word)  # (长庚医院: an institution; 碳化硅: a product)
        if proper(item):
            return True
        return _tagged_words().get(item) == "ns" and 2 <= len(item) <= 4 and \
            any(other != item and (proper(other) or self.shapes.trade_name(other)) for other in items)

    def _listed_short_name(self, item: str) -> bool:
        """A firm's short name among firms (微软, 联想, 格力: general words to the dictionary): two to four
        characters of no trade, product, place, public body or works, no verb of the clause before it."""
        shapes = self.shapes
        return 2 <= len(item) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", item) is not None and \
            not re.search(r"[省市县区镇乡村州旗路街港园城厂司系]$|^[的和及与]", item) and not shapes.is_sector_word(item) and \
            item not in shapes.not_firm and item not in self.not_short_name and \
            not (shapes.works.search(item) or shapes.institution.search(item) or shapes.is_field_phrase(item)) and \
            not item.startswith(tuple(shapes.aim_verbs)) and not self._material_label(item) and \
            not self._process_trade(item)

    def _process_trade(self, item: str) -> bool:
        """A trade named by a process and what it works on, one character or one general noun (水+处理, 数据+加工):
        no firm's name (戴尔服务, 某某养殖 open with a name)."""
        m = self.process_trade.match(item)
        return bool(m) and (len(m.group(1)) == 1 or _tagged_words().get(m.group(1)) == "n")

    def _brand_centre(self, item: str) -> bool:
        """A firm's centre in a list of projects (某某云西南技术支撑中心): 中心 after a firm's name the dictionary
        knows as a proper name (not a place's) and a trade word, doing one of a firm's functions (研发, 技术 …:
        brand_centre.function); not a public centre or a venue (会展中心, 交易中心, 商贸中心)."""
        if not self.brand_centre.search(item) or self.shapes.institution.search(item):
            return False
        tags = _tagged_words()
        opening = next((item[:k] for k in range(min(5, len(item) - 2), 1, -1) if item[:k] in tags), "")
        return bool(opening) and opening not in _unbranded_words() and tags.get(opening) != "ns" and \
            self.shapes.trade_name(item) is not None

    def _works_trade(self, item: str) -> bool:
        """A service or works described by general words (发动机深度维修), not a firm's trade name + works
        word (安踏体育: a trade name is one short word)."""
        m = re.search("(?:" + self.shapes.works.pattern + ")$", item)
        return bool(m) and m.start() >= 3 and is_general_phrase(item[:m.start()], words=_tagged_words())

    def _ends_in_works(self, item: str) -> bool:
        """Public works named last (…铁路电气化改造, …进出口市场): not a firm's project."""
        core = strip_phase(item)
        return bool(re.search("(?:" + self.shapes.works.pattern + r")\w{0,1}$", core))

    def _firm_list(self, items: list[str]) -> bool:
        """A list of projects at least half of whose items show a firm's shape: its bare names are firms too."""
        return len(items) >= 2 and 2 * sum(1 for i in items if self._project(i, bare=False, coined=False)) >= len(items)

    def _project(self, item: str, bare: bool = True, coined: bool = True) -> str | None:
        """An item of a list of projects that names a firm or a firm's project: the name to record, or None.

        A name with a firm's shape (trade name + industry word: 远帆机械制造项目) is taken; a bare
        trade name (百事超) when it is no common word and names no place, park or public works.
        """
        shapes = self.shapes
        if not shapes.looks_like(item, listed=True, listed_len=24) or \
                (_PARK_WORKS_END.search(item) and not self._brand_centre(item)):
            return None
        if self._ends_in_works(item) or self._material_label(item) or shapes.described_product(item):
            return None
        if shapes.trade_name(item):
            return shapes.company_part(item)
        if coined and self._coined_product(item):
            return item  # (not evidence that the list's other items are firms: 某某助听器、PTA等项目)
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

    def _coined_product(self, item: str) -> bool:
        """A coined trade name + a product the dictionary knows as nouns (某某助听器, 某某铝箔二期): the firm's
        project in a list of projects. The trade name is no word of the dictionary (a word it knows, 汇源,
        尚志, 湟源, may be a general word, a person or a place) and opens no place's name (某某市, 某某县);
        the product is general nouns, the last a noun (not 维修: works)."""
        core = strip_phase(item)
        if not 4 <= len(core) <= 9 or not re.fullmatch(r"[\u4e00-\u9fff]+", core) or \
                re.match(r"[市省区县一二三四五六七八九十两百千万几多]", core) or core.startswith(self.coined_not_trade):
            return False  # (市廉租房: the city's; 三大数据库: a count; 冷链物流: a trade's describing word)
        if self.shapes._place_lead(core) or self.coined_place_end.search(core[1:3]) or \
                any(map(core.startswith, lexicon.places().find_all(core[:5]))):
            return False  # a place's name (某某港集装箱, 某某湾清淤)
        if self.coined_not_product.search(core) or self.shapes.works.search(core[2:]):
            return False  # public works, facilities and places (某某大道, 某某海堤, 某某垃圾处理)
        tags = _tagged_words()
        for k in (2, 3):
            trade, product = core[:k], core[k:]
            if len(product) < 2 or self.coined_place_end.match(product) or \
                    any(trade[:j] in tags for j in range(2, k + 1)) or any(trade[j:] in tags for j in range(1, k - 1)):
                continue  # (a word of the dictionary in the trade name: 中华, 新区, …)
            if is_general_phrase(product, words=_MaterialWords(())) and \
                    (tags.get(product[-2:]) or tags.get(product[-3:]) or "x").startswith("n"):
                return True
        return False

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

    def _project_list(self, clause: str, head: re.Match, verb, trig, after) -> list[tuple[str, str]]:
        """A、B等N个项目 + a verb of a project's life (``verb``, ``trig``, ``after`` the head, an investment, 实施):
        firms' projects, known by their names' shape (rule enterprise:project-list)."""
        found = []
        items = self._items(clause[:head.start()], clause[head.start():])
        # bare trade names (中汽创智) count in a list of firms' projects, or with a settling verb
        bare = bool(trig and trig.start() >= head.end()) or self._firm_list(items) or \
            bool(after and after.group(1))  # (A、B等项目增资扩产: only firms expand their output)
        invested = INVESTED_SUM.search(clause)
        # 加快A、B等项目建设 (a verb after the head only): public works and platforms are built so too
        after_only = bool(after) and head.group(1) == "项目" and \
            not (verb or trig or invested or self.weak_verb.search(clause))
        # 实施/启动 only (a plan's projects): a trade name of its own or a firm's form, no base or port
        weak = not (verb or trig or after_only or invested)
        if weak and re.search(r"科研|攻关|研发|示范|试点", clause[head.start():head.end()]):
            items = []  # 实施A等科研攻关项目: research, not a firm's works
        if self._institution_list(head, items):
            items = []
        for item in items if not self._sector_list(items) else ():
            name = self._project(item, bare=bare)
            if name and weak and not (self.firm_form.search(name) or self._named_trade(name) and
                                      not re.search(r"基地|口岸|搬迁", name)):
                continue
            if name and after_only and not self.firm_form.search(name) and self.after_head_public.search(name):
                continue
            if name:
                found.append((name, "enterprise:project-list"))
        return found

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
            after = self.after_head.match(clause, head.end())  # A、B等项目 + 建设, 增资扩产
            if head.group(1) in self.head_firm or (trig and head.group(1) != "项目"):
                # A、B、C等一批…企业 (+ any predicate): a list of the town's firms
                items = self._items(clause[:head.start()], clause[head.start():])
                # 高成长型企业, 成长性企业 without a count: the head names a kind; only firm-shaped items count
                # (等区域性研发中心: the kind is the unit's, not the firms')
                kind_head = head.group(1) in self.head_firm and \
                    re.search(r"[型性类]$", clause[head.start():head.start(1)]) and \
                    not re.search(r"[家个户批]", clause[head.start():head.start(1)])
                trades = bool(re.match(r"等[^，。；、]{0,4}?(?:行业|产业|领域)", clause[head.start():head.start(1)]))
                if not self._sector_list(items, trades) and not self._institution_list(head, items):
                    listed = {}
                    for item in items:
                        if shapes.is_field_phrase(item) or self._material_label(item) or \
                                shapes.described_product(item) or self._process_trade(item):
                            continue  # a field or product in general words (下一代人工智能): no firm's name
                        if shapes.looks_like(item, listed=True) and not self._works_trade(item) and \
                                not (kind_head and not (shapes.trade_name(item) or shapes.company_form.search(item))):
                            listed[item] = "enterprise:list"
                        elif not kind_head and self._brand(item, items):
                            listed[item] = "enterprise:brand-list"
                    if head.group(1) in self.head_firm and not kind_head and listed and len(items) >= 2 and \
                            2 * len(listed) >= len(items) and "集团" not in clause[head.start():head.end() + 2]:
                        # (not 等企业集团: a city's groups are named by their sector, 交通、文旅、市政等企业集团)
                        # most of a list of firms are firms: its short names the dictionary knows as general
                        # words are firms' names too (A、B、联想等一批知名企业: 联想 is a verb to it); beside one
                        # firm only, not a word it knows as a place's (A、某岭等企业)
                        listed.update((i, "enterprise:brand-list") for i in items
                                      if i not in listed and self._listed_short_name(i) and
                                      (len(listed) >= 2 or _tagged_words().get(i) != "ns" and
                                       not is_general_phrase(next(iter(listed)))))  # (算力、算法等企业)
                    found.extend((i, listed[i]) for i in items if i in listed)
            elif verb or trig or INVESTED_SUM.search(clause) or self.weak_verb.search(clause) or \
                    (after and head.group(1) == "项目"):
                found.extend(self._project_list(clause, head, verb, trig, after))
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
            # X在厦开业, X在本市设立代表处: the place between the firm and its verb is not part of the name
            before = self._subject(re.sub(r"(?<=..)在[\u4e00-\u9fff]{1,4}$", "", clause[:trig.start()]))
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
            found.extend(self._opening(clause) or self._subject_of(clause))
        if not found:
            # 投资30亿元的X基地 / 总投资5亿元的X项目: a firm's project named by its investment
            for m in self.invested.finditer(clause):
                rest = re.split(r"[、等]|正在|已经|已|将|于|预计|目前|" + self.subject_verb.pattern, clause[m.end():])[0]
                name = self._named_project(self.shapes.clean(rest), strict=True)
                if name:
                    found.append((name, "enterprise:invested"))
        if not head:
            found.extend(self._kind_list(clause, found, verb, trig))
        return found, trig

    def _kind_list(self, clause: str, found: list, verb, trig) -> list[tuple[str, str]]:
        """A list of firms' projects under a kind of project (A、B等一批重大工业项目竣工投产): its items the
        other frames did not take (a settling verb takes 某某研发中心 as the list's subject; 某某二期 is only here)."""
        kind = self.head_kind.search(clause)
        if not kind or self.not_head.search(clause[:kind.end()]) or not self._placing_list(clause, kind, firms=False):
            return []
        after = self.after_head.match(clause, kind.end())
        if not (verb or trig or after or self.weak_verb.search(clause) or INVESTED_SUM.search(clause)):
            return []
        return [(name, rule) for name, rule in self._project_list(clause, kind, verb, trig, after)
                if all(name not in f and f not in name for f, _ in found)]

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
            # (A、B、C等产业达产: the head after 等 is no item; not 等产业园, 等大科学设施: they make the items no firms)
            if self.deng_industry_end.search(before):
                before = names.cut_at_deng(before)
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

    def _opening(self, clause: str) -> list[tuple[str, str]]:
        """Commercial venues of firms: the items of a list whose head names venues (A、B等大型商业综合体,
        A等商贸项目), or the subject of a venue's opening (A、B等相继建成运营, X广场开业, X市场的启动运营).
        Each item must be a venue's name (CompanyShapes.is_venue); a list of trades names none."""
        head = self.open_head.search(clause)
        if head:
            if not self._placing_list(clause, head, firms=True):
                return []  # 关闭A、B等商业综合体: they close
            before = clause[:head.start()]
            opened = list(self.open_verb.finditer(before))
            if opened:  # 建成投运A、B等N个商业综合体: the list starts after its verb
                before = before[opened[-1].end():]
            earlier = list(re.finditer(r"等[^、，。；]{0,12}?(?:以及|和|及)", before))
            if earlier:  # 推进A、B等48个区片改造和C、D等城市综合体: the venues' list starts after the other's 等…和
                before = before[earlier[-1].end():]
            items, bare = self._items(before, clause[head.start():]), bool(head.group(1))
            # 等特色街区和商业综合体: streets and blocks are listed too; a bare name needs a firm's core; so too
            # where the list's own items are plots, stadiums, hubs or districts (A、B地块、C体育场等综合体)
            streets = bare and (self.open_streets.search(head.group(0)) is not None or
                                any(self.open_public_mate.search(i) for i in items))
            if not bare:  # a head of markets: only items with a market's ending (not 某地服装, 某地鞋城)
                items = [i for i in items if self.shapes.is_market(i)]
            elif self.open_mixed.search(head.group(0)):
                # 等物流商贸项目, 等公共设施和商贸综合体: stations and terminals too; a venue's own ending is needed
                bare = False
        else:
            verb = self.open_verb.search(clause)
            if not verb or verb.start() < 2:
                return []
            before = re.sub(r"(?:的|已经|已|将|正式|顺利|相继|先后|陆续|全面|均|盛大|建成并)+$", "", clause[:verb.start()])
            if clause.startswith(tuple(self.shapes.aim_verbs)):
                return []  # 争取X开业: a goal, nothing is open yet
            items, bare, streets = self._items(names.cut_at_deng(before), clause[verb.start():]), False, False
        if self._sector_list(items):
            return []
        return [(item, "enterprise:opening") for item in items if self.shapes.is_venue(item, bare, listed=bool(head))
                and (not streets or self.shapes.is_venue(item, False) or self._firm_core(item))]

    def _firm_core(self, item: str) -> bool:
        """A bare name holding a firm's or brand's core: a legal form, a trade name with an industry word, or a
        proper name the dictionary knows as a firm's or brand's (tags nt/nz), not a place (琼台福地, 国兴里)."""
        return bool(self.shapes.company_form.search(item) or self.shapes.trade_name(item)) or \
            _tagged_words().get(item) in ("nt", "nz")

    def _material_label(self, item: str) -> bool:
        """A product, material or technology named by general words alone, after an optional place and before an
        optional phase (蓝宝石晶体二期, 生态城开发关键技术, 工业蓝宝石): no firm's name stands before it
        (某某蓝宝石四期 keeps its firm)."""
        core = strip_phase(item)
        core = core[self.shapes._place_lead(core):]
        if len(core) < 2 or not core.endswith(self.material_head):
            return False
        return is_general_phrase(core, frozenset("城"), words=_MaterialWords(self.material_head))

    def _subject_of(self, clause: str) -> list[tuple[str, str]]:
        """A firm as the subject of 成为 or of an honor's verb at its clause's start (X物流成为首批…, X集团获评…):
        a firm of the town described or honored; the name must have a firm's shape (a trade name and an
        industry word, or a form)."""
        at, verb = min(((i, v) for v, i in zip(self.subject_of, map(clause.find, self.subject_of)) if i >= 0),
                       default=(-1, ""))
        # X成为…上市企业: the predicate says the subject is a firm (a short name of two characters, 厦航, too)
        firm_kind = at >= 2 and self.firm_kind.search(clause) is not None
        if not (2 if firm_kind else 4) <= at <= 24 or re.search(r"集群|产业带|示范区|城市|县", clause[at:]):
            return []  # (A入选国家特色产业集群: a title of places and clusters; its subject is no firm)
        if self.action_end.search(clause[:at]):
            return []  # (X集团市场化转型成为样板: an action becomes the model)
        shapes, found = self.shapes, []
        # (the items without adverbs before the verb: 已, 率先, 成功; A、B均获评: each)
        before = clause[:at]
        if firm_kind:
            if self.not_subject.search(before):
                return []  # 促其成为, 把X打造成为: no firm is the subject
            # (X加快成为, X获批成为, 使X成为, A、B等发展成为: a verb before 成为, a causative opening the clause or
            # the list's 等 is no part of the name)
            before = re.sub(r"等$", "", self.subject_lead.sub("", self.subject_tail.sub("", before)))
        items = self._items(before, clause[at:]) if len(before) >= 2 else []
        for item in items if not self._sector_list(items) else ():  # (电子商务、健康养老成为…: trades)
            if len(item) > 16 or re.search(r"[+＋]|级|地区|区域", item) or shapes.is_sector(item):
                continue  # a product (百千瓦级X装备), a work's label ("节水+科技"), a region's cluster: no firm
            shaped = shapes.looks_like(item, listed=firm_kind) and not shapes.described_form(item) and \
                not is_general_phrase(item, shapes.generic_char) and (self._named_trade(item) or self.firm_form.search(item))
            if (shaped or firm_kind and self._short_firm(item, items)) and \
                    not (_PARK_WORKS_END.search(item) or self._ends_in_works(item) or self._place_base(item)):
                found.append((item, f"enterprise:{verb}"))
        return found

    def _short_firm(self, item: str, items: list[str]) -> bool:
        """A firm's short name, after a place's name if any (阿里巴巴, 厦航, 贵州+易鲸捷), where the clause says its
        subject is a firm: a name the dictionary knows as a firm's or brand's, or a short name of no trade, place,
        public body or works (_listed_short_name); not a place, a verb's phrase or a kind of firm (大型国企)."""
        core = item[self.shapes._place_lead(item):] or item
        tag = _tagged_words().get(core)
        if tag == "ns" or self.shapes.generic_firm.search(core) or NOT_ENT.search(core) or \
                self.shapes.list_verb.match(core) or core.startswith(tuple(self.shapes.aim_verbs)) or \
                _tagged_words().get(core[:2]) in ("r", "d", "c", "p"):
            return False  # (有些应…成为: a pronoun or an adverb opens no name)
        # (a word the dictionary knows as an abbreviation, 厦航, is a short name; other general words are not)
        return self._brand(core, items) or self._listed_short_name(core) and (tag == "j" or not is_general_phrase(core))

    def _place_base(self, item: str) -> bool:
        """A place's base or cluster zone (某地花卉出口基地, 某地产业集聚基地): a place and general words before
        the ending, no trade name (not 某科技智能制造基地, a firm's base)."""
        end = self.base_end.search(item)
        if not end:
            return False
        body = item[:end.start()]
        tags = _tagged_words()
        if any(tags.get(body[:k]) == "nt" for k in range(3, min(len(body), 6) + 1)):
            return False  # a firm the dictionary knows opens it (某某通讯智能制造基地)
        body = body[self.shapes._place_lead(body):]
        return not body or is_general_phrase(body, words=_tagged_words()) or \
            is_general_phrase(body, self.shapes.generic_char)

    def _named_trade(self, item: str) -> bool:
        """A trade name that is no general word (远帆 in 远帆机械; not 健康 in 健康养老)."""
        trade = self.shapes.trade_name(item)
        return bool(trade) and not is_general_phrase(trade)

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
            opened = max(name.rfind("（"), name.rfind("("))
            glossed = opened >= 2 and clause[m.end():m.end() + 1] in ("）", ")") and \
                name.count("（") + name.count("(") == name.count("）") + name.count(")") + 1
            if glossed:
                # the full name in brackets after its short form: AIA（某某保险有限公司）; a Latin short form
                # (an initialism) glosses a firm's name, whatever the words of the name
                glossed = bool(re.search(r"[A-Za-z]{2,}$", name[:opened]))
                name = name[opened + 1:]
            if name.count("（") != name.count("）") or name.count("(") != name.count(")"):
                continue
            core = self.shapes.canonical(name)
            if len(core) >= 4 and (glossed or self.shapes.trade_name(name)) and not self.shapes.generic_firm.search(core):
                out.append(name)
        return out


@Language.factory("tk_enterprises", assigns=["doc.spans"], requires=["doc._.tk_sentences"],
                  default_config={"rules": "enterprises.tsv"})
def make_enterprise_finder(nlp: Language, name: str, rules: str):
    return EnterpriseFinder(rules)
