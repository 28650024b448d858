"""Honor titles: what a title looks like (TitleShapes) and how the words after a verb split into titles (TitleList).

The shapes (levels, endings, tails) are word lists of ``data/lexicons/honors.tsv``; honors.py holds one
TitleList per rule file and asks it for the titles after each verb of winning or of goal
(``TitleList().items("“甲城示范镇”和“乙省文明单位”", loose=False)``). ``items(..., slots=True)`` keeps a
None per listed item that is no title, so that 分别 can pair receivers with items by position.
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.extract import names

# A grade given by an assessment: 5A级…, AAAA级…, 四星级…, 三甲…
RATING = re.compile(r"^(?:[1-5]A|A{2,5}|[一二三四五1-5]星|[一二三]级[甲乙])级?[\u4e00-\u9fff]{2,}")
# 第三届, 首批, 新一届, 第二轮: an edition or batch, anywhere in a title
EDITION = re.compile(r"(?:首|新一|本|第[一二三四五六七八九十百\d]+)(?:届|批|轮)")
# a count before a title: 88个 (十佳, 百强, 10大 are part of the title and stay)
COUNT = r"(?:[\d一二三四五六七八九十百千两]+[个项条家所座](?!一(?!等)))"  # not 五个一工程 (13个一等奖 is a count)
# quoted titles in a run written without 、: “A”“B”, “A”和“B”
QUOTE_RUN = re.compile(r"([^“”]{0,12})“[^”]+”(?:(?:和|及|与|以及)?“[^”]+”)+")  # not 全国“双拥”模范城“五连冠”
# what a run's words before its first quote may be to belong to every quoted title: an awarding body
ORGANISER = re.compile(r"(?:协会|学会|联合会|委员会|研究会|基金会|组委会|组织|中心|部|委|厅|局|办)$")
# “A”和“B”试点城市: quoted fields joined before one head; each field with the head is a title (HO-i)
SHARED_HEAD = re.compile(r"([^“”]{0,8})((?:“[^“”]{2,}”(?:和|及|与|以及))+“[^“”]{2,}”)([\u4e00-\u9fff]{2,12})")
SHARED_CUT = re.compile(r"(?<=”)(?:和|及|与|以及)(?=“)")
# an item of a list of fields before one head: words, maybe quoted, no clause mark or figure
LIST_FIELD = re.compile(r"[\u4e00-\u9fff“”]{2,20}")
LIST_AND = re.compile(r"和(?![谐平睦美])|及")
QUOTE_CUT = re.compile(r"(?<=”)(?=(?:和|及|与|以及)?“)")
AWARD_GRADE = re.compile(r"(?:提名奖|金奖|银奖|铜奖|[一二三特]等奖|优秀奖|特别奖)")
GRADE_END = re.compile("(?:" + AWARD_GRADE.pattern + ")$")
# a tally after the titles: “A”和“B”两项大奖, …共6项二等奖 (the titles are named before it)
# (a bare count after one title, 获国家奖5项, is a tally of awards: no title, see not_title)
TALLY = re.compile(r"(?<![第\d一二三四五六七八九十两])([\d一二三四五六七八九十两]+)(?:项|个)[^，。；“”\d]{0,8}?(?:大奖|奖项|殊荣|荣誉称号|荣誉|称号)$")
# a sum of awards (获A、B奖共140项): won by many, counted, no title of the receiver's
SUM = re.compile(r"(?:共|计|合计)[\d一二三四五六七八九十两百千]+(?:项|个|次)")
NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
# "X两家A类基地之一", "X的5个示范城市之一": one of a counted group; the count is no part of the title
# (not 五个一工程: a count followed by 一 is a word)
GROUP_COUNT = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])(?:的)?[\d两二三四五六七八九十百]+(?:家|个|所|座|项|批|条|处)(?!一)"
                         r"(?=[^，。；]*之一$)")
# a position in a ranking, quoted or not (…城市前五荣誉, 第3名): never a title (GUIDELINES)
RANK = re.compile(r"(?:前[一二三四五六七八九十\d]+(?:名|位|强)?|第[一二三四五六七八九十\d]+(?:名|位)|首位|榜首|前列)$")
# the dashes of a year range (2017—2020年度, 2017―2020年度, 2017－2020年度)
YEARS = r"(?:19|20)\d{2}(?:[-—–―－~～至](?:19|20)?\d{2})?"

# the steps of TitleShapes.clean, not_title and looks_like
# a national level before a national title: 全国首批“国家生态市” is 国家生态市 (not 全国国际友好城市…奖)
NATIONAL_TWICE = re.compile(r"^(?:(?:全国|全省)(?=“?(?:国家|中国))|全球(?=“?国际))")
# 连续获评三届X: a count of editions; “'96X奖”: a two-digit year
EDITION_COUNT = re.compile(r"^[一二三四五六七八九十两\d]+届(?=[\u4e00-\u9fff“]{4})|^“?[‘’']\d{2}(?!\d)")
# 获省政府批准为X: the approving body and its verb
APPROVED_AS = re.compile(r"^[^“”]{0,12}?(?:(?:批准|批复|同意)(?:开展|设立|建设|成为|为)|确定为)")
# X奖第一名: a rank after an award
AWARD_PLACE = re.compile(r"(?<=奖)第[一二三四五六七八九十\d]+名$")
# “X奖”唯一城市综合奖: a description after an award
AWARD_DESCRIBED = re.compile(r"(?<=[奖”])(?:唯一|首个).*$")
# …办公室颁发的X奖: who awarded it
AWARDED_BY = re.compile(r"^.{2,30}?(?:颁发|授予|评选|评出|认定|发布)的")
# 住建部“X奖”: the issuing ministry before a quoted or leveled title
ISSUER = re.compile(r"^(?:国家)?[\u4e00-\u9fff]{1,6}?(?:部|委|厅)(?=“|中国|全国|国家)")
# a year or a range of years opening the title
LEAD_YEARS = re.compile(r"^“?" + YEARS + r"(?:年度?)?(?=\D)")
# a verb's ending, a verb inside the list or a time before the title
LEAD_WORDS = re.compile(r"^(了|为|成为|成|过|到|得|并|蝉联|创建|建设|打造|获批|进入|年度(?=“)|[一二三四五六七八九十两\d]+年内?|“?(?:19|20)\d{2}年(?:度)?)+")
# 全国唯一的X, 首个X: a description of the award
FIRST_OF = re.compile(r"^[^“”]{0,16}?(?:唯一|首个|第一个|首家|首座)的?(?=.{4,})")
# 最高奖“长安杯”: a description before a quoted name
HIGHEST = re.compile(r"^[^“”]{0,6}?最高(?:奖项?|荣誉)(?=“)")
# 生态环境部2023年度X: a year after an awarding body or a list's name
BODY_YEAR = re.compile(r"^([^\d“”]{2,12}?)" + YEARS + r"年度?(?=[^\d]{4,})")
# a level or a place before the year stays (全区2023年度X)
PLACE_LEVEL_END = re.compile(r"(?:省|市|区|县|镇|级)$")
# 平安镇(街道): a qualifier in brackets after the title
BRACKET_NOTE = re.compile(r"[(（][^()（）]{1,16}[)）]$")
# …的殊荣, …光荣称号: words of honour after the title
GLORY_END = re.compile(r"(的)?(殊荣|光荣称号|光荣)$|的$")
# 千亿资产, 80%: a target amount
AMOUNT = re.compile(r"[\d十百千万]+亿|\d+(?:\.\d+)?%")
# …3个: a count at the end
COUNT_END = re.compile(r"(?<![\d一二三四五六七八九十两])[\d一二三四五六七八九十两]+(?:家|个|项|处|所|座)$")
# 更多X, 一批X, 一流X: several units or a quality
SEVERAL = re.compile(r"(?:更多|一批|若干|一些|多个|部分|世界一流|国际一流|国内一流|一流)")
# 达到100个: a figure reached
REACHED = re.compile(r"(?:突破|达到|超过|达|增至|新增)[\d一二三四五六七八九十百千万]+")
# 大明宫3个5A级景区: counted units (not 五个一工程, not 3个X at the end)
COUNTED_UNITS = re.compile(r"[\d一二三四五六七八九十两]个(?!一|[\u4e00-\u9fff]{1,2}$)")
# a clause mark: a sentence part, no title
SENTENCE_MARK = re.compile(r"[，。；：！？]")
# a bracketed part (法治县（市、区）)
BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# a particle, a preposition or a noun of the list opening the item
BAD_OPEN = re.compile(r"^(的|和(?![谐平睦美])|与|及|在|对|了|将|把|被|作品|名单)")
# a verb of competing or applying inside (not …奖)
CONTEST = re.compile(r"(角逐|参加|参与|申报|争取|力争|推荐|提名)")
# a named list has no quote, figure, 的, joining word or verb of winning
LIST_NOT = re.compile(r"[“”\d的和与及]|入选|入围|获")


class TitleShapes:
    """What an honor's name looks like: level prefixes, title endings, tails to cut."""

    def __init__(self, rules: str = "honors.tsv"):
        r = lexicon.rules(rules)
        self.prefix = r.words("title.prefix")
        self.suffix = r.words("title.suffix")
        self.tail = r.words("title.tail")
        self.strong_end = r.words("strong_end")
        self.not_end = re.compile(r.pattern("not_end") + "$")
        self.not_place = r.words("alias.not_place")
        self.bare = frozenset(r.words("title.bare"))
        self.weak_suffix = r.words("title.weak_suffix")
        self.list_word = re.compile(r.pattern("title.list_word"))
        self.count = re.compile("^(" + r.pattern("title.prefix") + "?)(?:" + COUNT + r"|(?:19|20)\d{2}年度?)")
        # levels alone (通过国家和自治区验收): no title
        # a grade of an assessment: 优秀等次, “卓越级” (a ranking, not a title)
        self.grade_end = re.compile("(?:" + r.pattern("title.grade_end") + ")(?:称号|荣誉)?$")
        self.grade = re.compile("(?:" + r.pattern("title.grade") + ")(?:级|等|档)?")
        # an ending alone after no level or one (省一等奖 names no award)
        self.bare_prefixes = ("",) + self.prefix + ("省", "市", "区", "县")
        self.levels_only = re.compile("(?:" + r.pattern("title.prefix") + "|自治区|省|市|区|县|和|及|与|、)+")
        self.not_open = re.compile("^(?:" + r.pattern("title.not_open") + ")")  # 国家批复X: a verb phrase

    def cut_tail(self, obj: str) -> str:
        """Cut what follows a list of honors: 等荣誉称号, 等市级以上荣誉数十项, 称号."""
        obj = names.cut_at_deng(obj.strip())
        for tail in self.tail:
            if obj.endswith(tail) and len(obj) > len(tail):
                return obj[: -len(tail)]
        return obj

    def clean(self, item: str) -> str:
        """The title alone: no edition, batch, count, awarding body, year, bracketed qualifier or tail."""
        item = item.strip()
        # the edition or batch is not the title (GUIDELINES): 第四届X奖 → X奖, 第三批X镇 → X镇
        item = EDITION.sub("", item)
        item = names.NOTE_MARK.sub("", item)
        # 全国首批“国家生态市” → 全国国家生态市: the national title once
        item = NATIONAL_TWICE.sub("", item)  # not 全国国际友好城市…奖
        # 连续获评三届X: a count of editions; “'96X奖”: a two-digit year
        item = EDITION_COUNT.sub("", item)
        # "获省政府批准为X": the approving body and its verb are not the title
        item = APPROVED_AS.sub("", item)
        # "X奖第一名", "“X奖”唯一城市综合奖": the rank or description after an award is not the title
        item = AWARD_PLACE.sub("", item)
        item = AWARD_DESCRIBED.sub("", item)
        # who awarded it is not the title: "…办公室颁发的2013中国智慧城市推进杰出成就奖"
        item = AWARDED_BY.sub("", item)
        # the issuing ministry before a quoted or leveled title: 住建部“中国人居环境范例奖” → 中国人居环境范例奖
        item = ISSUER.sub("", item)
        item = LEAD_YEARS.sub("", item)
        item = LEAD_WORDS.sub("", item)
        # "全国唯一的X", "首个X": a description of the award, not its name
        item = FIRST_OF.sub("", item)
        # "最高奖“长安杯”": a description before a quoted name
        item = HIGHEST.sub("", item)
        # a count or year after the level: 全省88个试点镇 → 全省试点镇, 全区2023年度X → 全区X (十佳, 百强 stay)
        item = self.count.sub(r"\1", item)
        # a year after an awarding body or a list's name (生态环境部2023年度X → X); a level or a place stays
        m = BODY_YEAR.match(item)
        if m:
            head = m.group(1)
            keep = head in self.prefix or (len(head) <= 6 and PLACE_LEVEL_END.search(head))
            item = (head if keep else "") + item[m.end():]
        # a qualifier in brackets after the title: 平安镇(街道) → 平安镇
        item = BRACKET_NOTE.sub("", item.strip())
        item = names.strip_quotes(item)
        for tail in self.tail:
            if item.endswith(tail) and len(item) > len(tail) + 1:
                item = item[: -len(tail)]
                break
        item = names.TAIL_RE.sub("", item)  # a streak after the title: “三连冠”
        item = GLORY_END.sub("", item)
        return item.strip()

    def not_title(self, item: str) -> bool:
        """Never a title, quoted or not: a target amount (千亿资产, 80%), a rank, several units (更多X, 3个X)."""
        return bool(AMOUNT.search(item) or RANK.search(item) or
                    self.levels_only.fullmatch(item) or self.grade.fullmatch(item) or
                    COUNT_END.search(item) or
                    SEVERAL.match(item) or
                    REACHED.search(item) or
                    COUNTED_UNITS.search(item))

    def bare_title(self, item: str) -> bool:
        """An ending alone, with at most a level before it (示范市, 国家试点, 全国示范城市): it names nothing."""
        for prefix in self.bare_prefixes:
            if item.startswith(prefix) and item[len(prefix):] in self.bare:
                return True
        return False

    def looks_like(self, item: str, strict: bool = False) -> bool:
        """A title's shape: short, known ending, no generic words, no sentence parts.

        ``strict`` (for loose triggers like 获/获得) also wants a level prefix or a
        strong ending (奖, 称号-like suffixes), since 获得 also means "obtain".
        """
        if not 3 <= len(item) <= 40 or names.GENERIC.search(item) or self.bare_title(item):
            return False
        # 、 outside brackets joins several titles (“文明城、园林城和人居环境奖” read as one); 法治县（市、区） is one
        if SENTENCE_MARK.search(item) or "、" in BRACKETED.sub("", item) or BAD_OPEN.match(item):
            return False
        if CONTEST.search(item) and not item.endswith("奖"):
            return False
        if self.not_open.match(item):
            return False
        if self.not_end.search(item):
            return False
        if self.not_title(item):  # 千亿资产, 大明宫3个5A级景区 (最成功40个城市 is a list)
            return False
        if RATING.match(item):
            return True
        if item.startswith(self.prefix) and self.list_word.search(item[2:]) and len(item) <= 24 and \
                not LIST_NOT.search(item):
            return True  # a named list after its level: 中国十佳不夜城, 全国十大X (a list's name counts)
        if item.endswith(self.weak_suffix) and not item.startswith(self.prefix):
            return False  # (a rating is a level: 5A级社区事务受理服务中心)
        if not item.endswith(self.suffix):
            return False
        if strict:
            return item.endswith(self.strong_end) or item.startswith(self.prefix)
        return True


def honor_aliases(item: str, not_place: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Short forms: the title without its issuing level (上海市五好小区 → 五好小区).

    A level is a word of level (全国, 市级 …), a province or city name (X省,
    X市), or a district the place lexicon knows; ``not_place`` are words that
    end like a place but are not one (片区, 城市): 文明片区建设先进乡镇 and
    城乡区域…实验区 have no level to drop.
    """
    m = re.match(r"^(?:上海市|全国|国家级|全市|全区|市级|区级|([\u4e00-\u9fff]{2,3}(?:省|市|区)))(.{4,})$", item)
    if not m:
        return ()
    place = m.group(1)
    if place and (place.endswith(not_place) or (place.endswith("区") and not lexicon.places().kind_of(place))):
        return ()
    return (m.group(2),)


class TitleList:
    """The titles listed after a verb: split at 、/和/quotes, levels and heads shared, each checked against the shapes."""

    def __init__(self, rules: str = "honors.tsv"):
        r = lexicon.rules(rules)
        self.shapes = TitleShapes(rules)
        # a verb of goal in a list starts the next clause ("A争创X、B创建Y")
        self.pursue = re.compile("(" + r.pattern("pursue.trigger") + ")")
        self.pursue_shaped = frozenset(r.words("pursue.shaped"))  # 创建, 建设, 争取: also words inside a title
        # a second verb of winning (or of listing) after 、/并 starts a list of its own, with its times before it
        second = "(?:" + r.pattern("honor.times") + ")?(?:" + r.pattern("honor.trigger") + "|" + \
            r.pattern("honor.second_verb") + ")"
        self.list_verb_cut = re.compile("(?:、|并|并且)(?=" + second + ")")
        self.item_verb = re.compile("^" + second)
        level = "(" + r.pattern("title.prefix") + "|自治区级|自治区|省|市)"
        # 全国全省X, 国家和省X: two levels share the title
        # (not 全国市域…, 全国市场…: there 市 opens a word of the title)
        self.two_levels = re.compile("^" + level + "(?:和|及|与)?" + level + r"(?![域场民委政直辖属内外])"
                                     r"(“[\u4e00-\u9fff]{2,}”.+|“?[\u4e00-\u9fff]{3,}.*)$")
        # "乌鲁木齐县创建国家级X": a unit and a verb of goal before a leveled title is a clause of its own
        # ("A创成X和B创成Y": 创成 is never inside a title)
        self.next_clause = re.compile(r"^(?![^“”]*?[\d一二三四五六七八九十两]年)[^“”]{2,10}?(?:(?:创建|争创|申报)(?=" +
                                      r.pattern("title.prefix") + "|省|市级)|创成)")
        self.prefix_re = re.compile("^(?:" + r.pattern("title.prefix") + "|省|市|区|县)")
        # a level alone before the list's title (国家、自治区X): the title's own level is cut off for each
        self.level_alone = frozenset(r.words("title.level_alone"))
        levels = sorted(set(r.words("title.prefix")) | self.level_alone, key=len, reverse=True)
        self.level_lead = re.compile("^(?:" + "|".join(map(re.escape, levels)) + ")")
        self.kind_end = r.words("title.kind_end")
        self.list_head = r.words("title.list_head")  # the head fields listed before it share (A、B和C试点城市)
        self.field_not = re.compile(r.pattern("title.list_field_not"))
        self.field_verb = re.compile("^(?:" + r.pattern("title.field_verb") + ")")
        self.grade_modifier = frozenset(r.words("title.grade_modifier") + r.words("title.kind_modifier"))
        self.kind_modifier = re.compile("(" + r.pattern("title.kind_modifier") + ")([\u4e00-\u9fff]{1,3})$")

    def _quoted_list(self, part: str) -> list[str]:
        """The items of a list; “A、B、C” in one quote is a list when every item opens with its own level."""
        quoted = re.fullmatch(r"“([^“”]+)”", part.strip())
        if quoted and "、" in quoted.group(1):
            pieces = quoted.group(1).split("、")
            if all(self.prefix_re.match(p) and len(p) >= 5 for p in pieces):
                return pieces
        return names.split_list(part, joined=False)

    def _two_levels(self, raw: str) -> list[str]:
        """"全国全省“双拥模范城”": two levels in a row share the title (one item each)."""
        m = self.two_levels.match(EDITION.sub("", raw.strip()))
        if m and m.group(1) in ("县级", "区级", "市级") and m.group(2) in ("全国", "国家", "国家级", "中国"):
            return [m.group(2) + m.group(3)]  # 县级全国文明城市: the national title, in its county-level list
        if m and m.group(1) in ("全国", "国家", "中国") and m.group(2) in ("县级", "区级", "市级"):
            return [raw]  # 全国县级文明城市: one national title for county-level cities
        if m and m.group(1) in ("全国", "全省") and m.group(2) in ("国家", "中国"):
            return [m.group(2) + m.group(3)]  # 全国首批国家X试点城市: the national title once
        return [m.group(1) + m.group(3), m.group(2) + m.group(3)] if m else [raw]

    def _elided(self, first: str, item: str) -> str:
        """"全国乡村旅游重点乡镇和重点村": a short item opening like the first item's ending shares its head."""
        bare = names.strip_quotes(item)
        if len(bare) > 5 or self.prefix_re.match(bare):
            return item
        first = names.strip_quotes(first)
        at = first.find(bare[:2], 2)
        if at > 0:
            return first[:at] + bare
        # "国家X试点城市和重点城市": another kind word before the same ending replaces the first one's
        # (not 国家生态园林城市和森林城市: 园林, 森林 are no kind words)
        kinds = self.kind_modifier.fullmatch(bare)
        head = self.kind_modifier.search(first)
        if kinds and head and head.group(2) == kinds.group(2) and head.start() >= 4:
            return first[:head.start()] + bare
        return item

    def _list_head(self, parts: list[str]) -> list[str]:
        """"A、B和C试点城市" → A试点城市, B试点城市, C试点城市: fields listed with no ending of their own before one
        head (HO-i); the parts unchanged when an item before the last has a title's shape (国家X市、Y示范城市: titles
        listed) or the last item ends in no head of the list."""
        if len(parts) < 2:
            return parts
        last = parts[-1].strip()
        bare = names.strip_quotes(last)
        head = next((h for h in self.list_head if bare.endswith(h) and len(bare) > len(h) + 1), "")
        if not head or not all(self._field(p) for p in parts[:-1]):
            return parts
        # the list's last 和 (outside quotes) before the head joins its last two fields: A、B和C试点城市
        joins = [m for m in LIST_AND.finditer(last) if last[:m.start()].count("“") == last[:m.start()].count("”")]
        fields = parts[:-1]
        if joins:
            left, right = last[:joins[-1].start()], last[joins[-1].end():]
            # (碳中和示范城市: 和 inside a word leaves no field before the head; 促进体育消费和赛事经济试点城市: 和
            # joins two objects of the verb opening the field, one field)
            if self._field(left) and len(names.strip_quotes(right)) - len(head) >= 2 and \
                    not self.field_verb.match(names.strip_quotes(left)):
                fields, last = fields + [left], right
        return [f.strip() + head for f in fields] + [last]

    def _field(self, part: str) -> bool:
        """A field listed before a shared head: four or more characters of words, no title's shape and no word of
        a title's kind inside (国家低碳试点城市和“十城千辆”, …枢纽建设名单, 中美 are none)."""
        bare = names.strip_quotes(part.strip())
        return bool(LIST_FIELD.fullmatch(part.strip())) and len(bare) >= 4 and not self.field_not.search(bare) and \
            not self.shapes.looks_like(self.shapes.clean(part))

    def _shared_head(self, raw: str) -> list[str]:
        """"国家“A”和“B”试点城市" → 国家A试点城市, 国家B试点城市: quoted fields joined before the one head they
        share, when each field with the head has a title's shape; [] otherwise (one title, or no such run)."""
        m = SHARED_HEAD.fullmatch(raw.strip())
        if not m:
            return []
        items = [m.group(1) + names.strip_quotes(f) + m.group(3) for f in SHARED_CUT.split(m.group(2))]
        return items if all(self.shapes.looks_like(self.shapes.clean(i)) for i in items) else []

    def _joined_titles(self, raw: str) -> list[str]:
        """"A城市和B城市" → both, when each side is a title or opens with its own level; [] otherwise.

        One conjunction at a time (国家X城市和国家节能与新能源汽车Y城市 splits at 和 only).
        """
        shapes = self.shapes
        for conj in (r"以及", names.AND, r"及", r"与"):
            pieces = re.split(conj, raw)
            if len(pieces) < 2:
                continue
            bare = [names.strip_quotes(p) for p in pieces]
            # (a short item is read with the first one's stem: 全国X示范城市和示范基地 is two titles)
            elided = [self._elided(pieces[0], p) if n else p for n, p in enumerate(pieces)]
            # (a weak ending, 中心/品牌, makes a complete title only with its own level: 国家A中心与B试点城市 is one)
            if all(shapes.looks_like(shapes.clean(p)) and not shapes.clean(p).endswith(shapes.weak_suffix)
                   for p in elided) or \
                    all(self.prefix_re.match(p) and len(p) >= 5 for p in bare):
                return elided
        return []

    def items(self, obj: str, loose: bool, slots: bool = False) -> list:
        """Split the object of a trigger into the honor names it lists.

        A quoted title after a firm trigger (被评为“…”) is a title whatever its
        ending; unquoted ones must have a title's shape. When the text itself
        calls the list titles (…等荣誉称号), a loose trigger (获得) is as good
        as a firm one.
        """
        shapes = self.shapes
        titled = bool(re.search(r"(称号|荣誉|殊荣)$", obj.strip()))  # "…称号": the text itself says it is a title
        if SUM.search(obj) or shapes.grade_end.search(obj.strip()):
            return []  # 获A、B奖共140项: a sum; 获评平安建设、法治建设“优秀”等次: a grade of an assessment
        obj = GROUP_COUNT.sub("", obj.strip())
        tally = TALLY.search(obj)
        if tally:
            obj = obj[:tally.start()]
            n = NUMERALS.get(tally.group(1)) or (int(tally.group(1)) if tally.group(1).isdigit() else 0)
            # “A”和B两项殊荣: the count says how many titles the list holds (和美 may then be 和 + 美…)
            for conj in (r"、|和(?![谐平睦美])|及|与", r"、|和|及|与"):
                pieces = re.split(conj, obj)
                if n > 1 and len(pieces) == n:
                    obj = "、".join(pieces)
                    break
        loose = loose and not titled
        obj = shapes.cut_tail(obj)
        parts = []
        # "入选A、获评B和C", "被评为A并获得B": a verb after 、/并 starts a list of its own
        lists = self.list_verb_cut.split(obj)
        # (a list of fields before one head is read within one verb's list: 通过X并获Y are two)
        for raw in (item for part in lists for item in self._list_head(self._quoted_list(part))):
            # "A城市和B城市": two titles joined by 和 when both sides are titles, or when each
            # side opens with its own level (国家生态市和全国水生态文明城市); not 文化和旅游消费试点城市
            # (“A”“B”和“C”: a run of quoted titles is split at its quotes, not at its last 和 alone)
            pieces = self._shared_head(raw) or \
                (self._joined_titles(raw) if "”“" not in raw or not QUOTE_RUN.fullmatch(raw.strip()) else [])
            if pieces:
                parts.extend(pieces)
            else:
                # “A”“B”“C”: quoted titles in a run without 、
                quotes = QUOTE_RUN.fullmatch(raw.strip())
                run = QUOTE_CUT.split(raw.strip()) if quotes else [raw]
                run = [re.sub(r"^(?:以及|和(?![谐平睦美])|及|与)", "", p.strip()) for p in run if p.strip()]
                # 全国“A”“B”, 某协会“A”“B”: the level or the awarding body before the first quote is every title's
                head = quotes.group(1) if quotes else ""
                if head and (self.prefix_re.match(head) or ORGANISER.search(head)):
                    run = run[:1] + [head + p for p in run[1:]]
                elif re.search(r"(?:荣誉|殊荣|称号)$", head):  # 最高荣誉“A”“B”: a description, not a name
                    run[0] = run[0][len(head):]
                parts.extend(run)
        items = []
        parts = [p for raw in parts for p in self._two_levels(raw)]
        bare_parts = [names.strip_quotes(p.strip()) for p in parts]
        if len(parts) > 1 and bare_parts[-1].endswith("榜") and not all(p.endswith("榜") for p in bare_parts):
            return []  # "入选国家级经开区、园区高质量发展…百强榜": parts of one ranking's name, no titles of their own
        for n, raw in enumerate(parts):
            # "入选A、获评B": a second verb of winning starts the next item
            raw = self.item_verb.sub("", raw.strip())
            # "国家、省级X", "国家、自治区X", "省、市X": a level alone shares the next item's title
            # (省, 市, 区, 县 only in the list's opening run of levels: 国家卫生区、县 is 国家卫生县)
            levels = [shapes.prefix, self.level_alone]
            if raw in shapes.prefix or (raw in self.level_alone and
                                        all(p.strip() in shapes.prefix or p.strip() in self.level_alone
                                            for p in parts[:n])):
                # (its own verb is no part of it: 连续六次荣获全国、连续七次荣获全省“X”)
                following = next((self.item_verb.sub("", p.strip()) for p in parts[n + 1:]
                                  if not any(p.strip() in words for words in levels)), "")
                level = self.level_lead.match(following)  # 国家、省“X”奖: 省 is the next item's level
                level = level.group(0) if level else ""
                raw = raw + following[len(level):] if following else raw
            prev = next((i for i in reversed(items) if i), "")
            if prev and len(names.strip_quotes(raw.strip())) <= 3:
                raw = self._short_elided(prev, raw)  # 国家卫生区、镇; 名镇、名村; 省X先进县、进步县
            items.append(None)  # a slot per listed item: 分别 pairs receivers with slots
            if re.match(COUNT, raw) or re.match(r"[\d一二三四五六七八九十]+[种类块张]", raw):
                continue  # "获得13个一等奖、18个二等奖", "7种称号": a tally, not a title
            # "A争创X、B创建Y": the next clause (a goal verb that may stand inside a title is no clause by itself:
            # 申报建设X, 完整社区建设全国试点; next_clause reads "B创建国家X")
            if any(g.group(1) not in self.pursue_shaped for g in self.pursue.finditer(raw)) or self.next_clause.match(raw):
                continue
            quoted = bool(re.fullmatch(r"[^“”《》]{0,6}(?:“[^”、]{2,}”|《[^》]{2,}》)", raw.strip())) or \
                (titled and len(parts) == 1)
            item = shapes.clean(raw)
            if AWARD_GRADE.fullmatch(item) and len(items) > 1 and (items[-2] or "").endswith("奖"):
                item = GRADE_END.sub("", items[-2]) + item  # "省长质量奖、提名奖", "中国专利金奖、银奖": the award's grade
            if item in shapes.prefix or shapes.not_title(item) or item in shapes.tail:
                continue  # a level alone (国家级), an amount, 更多X; 获得荣誉称号: the word for a title alone
            if item and (shapes.looks_like(item, strict=loose) or
                         (quoted and not loose and names.looks_like_name(item) and not shapes.not_end.search(item)
                          and not shapes.bare_title(item))):
                items[-1] = item
        return items if slots else [i for i in items if i]

    def _short_elided(self, prev: str, raw: str) -> str:
        """"国家卫生区、镇", "历史文化名镇、名村": a kind or a two-character item after a title shares its stem."""
        bare = names.strip_quotes(raw.strip())
        kind = next((k for k in self.kind_end if prev.endswith(k)), "")
        if bare in self.kind_end and kind and kind != bare:
            return prev[:-len(kind)] + bare
        if len(bare) == 3:
            # "省X先进县、进步县": a two-character word before the first one's kind replaces the first one's
            return prev[:-3] + bare if len(kind) == 1 and bare.endswith(kind) and len(prev) >= 7 and \
                bare[:2] in self.grade_modifier and prev[-3:-1] in self.grade_modifier else raw
        at = prev.rfind(bare[:1]) if len(bare) == 2 else -1
        return prev[:at] + bare if at > 0 and at >= len(prev) - 3 and prev[at:] != bare else raw
