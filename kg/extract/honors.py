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
from kg.extract.cues import Cue
from kg.extract.fact import Fact, emit, find_in
from kg.extract.text import clauses, context, is_town_ref, receiver, sentences, subjects

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
QUOTE_CUT = re.compile(r"(?<=”)(?=(?:和|及|与|以及)?“)")
# a counted group, not a name: 27家企业, 3个县, 4人; such receivers are not the town
PERSONS = re.compile(r"[各共]?(?<![\d一二三四五六七八九十百])[\d一二三四五六七八九十百]++(?:人|名|位)次?$")
COUNTED_AREAS = re.compile(r"(?<![\d一二三四五六七八九十两多])[\d一二三四五六七八九十两多]++[区县市镇乡村]")
# counts start where no digit precedes and are read once (possessive): linear on long digit runs (issue 11)
COUNTED = re.compile(r"(?<![\d一二三四五六七八九十百千两多])[\d一二三四五六七八九十百千两多]++"
                     r"(?:余|多)?(?:家|个|所|名|人|户|位|项|批|只|支|部|件|篇|首|种|款|座|处|节|条|大(?=项目|工程|行动))")
RESPECTIVELY = re.compile(r"(?:分别|(?<![高满得评总积部])分)$")  # A、B分获X、Y: respectively (not 高分通过)
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
# the head of a unit's name at the end of a receiver phrase (…平台, …中心, …项目)
UNIT_HEAD = re.compile(r"(?:平台|中心|项目|工程|公司|集团|学校|医院|站|队|馆|院|所)$")
# a position in a ranking, quoted or not (…城市前五荣誉, 第3名): never a title (GUIDELINES)
RANK = re.compile(r"(?:前[一二三四五六七八九十\d]+(?:名|位|强)?|第[一二三四五六七八九十\d]+(?:名|位)|首位|榜首|前列)$")
# 和 right after the ending of a unit's name (…区和…, …集团和…) joins two names (not 文化和旅游局)
UNIT_AND = re.compile(r"(?<=[区市县镇乡村团司》”道目程])和(?![谐平睦美])(?=[\u4e00-\u9fff“《]{2})")
# a kind in brackets after a title's kind: 示范乡镇（村） is 示范村 for a village
# (示范区（单位）: a unit that is no area gets 示范单位)
KIND_ALT = re.compile(r"(乡镇|镇|街道|区)[(（](村|社区|单位)[)）]")  # not 示范县（区）: 示范区 is another kind of title
# a title that qualifies a noun: “X”的人才, X奖的项目 (not …的称号, …的殊荣)
RELATIVE = re.compile(r"(?:”|》|奖|杯|计划)的(?!(?:光荣|荣誉)?称号|殊荣|荣誉)[\u4e00-\u9fff]")
# A count starts where no digit precedes it and is read once (possessive): a long digit run is
# scanned in linear time, not once per start position (issue 11)
# the dashes of a year range (2017—2020年度, 2017―2020年度, 2017－2020年度)
YEARS = r"(?:19|20)\d{2}(?:[-—–―－~～至](?:19|20)?\d{2})?"
# "顺德和南海": two short names joined by 和 are two receivers (not 和谐, 和平 …)
SHORT_AND = re.compile(r"([\u4e00-\u9fff]{2,3})和(?![谐平睦美])([\u4e00-\u9fff]{2,3})")
TAIL_RE = re.compile(r"(?:(?<![一二三四五六七八九十\d])[一二三四五六七八九十\d]++连冠?|连冠)$")


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
        self.count = re.compile("^(" + r.pattern("title.prefix") + "?)(?:" + COUNT + r"|(?:19|20)\d{2}年度?)")
        # levels alone (通过国家和自治区验收): no title
        # a grade of an assessment: 优秀等次, “卓越级” (a ranking, not a title)
        self.grade_end = re.compile("(?:" + r.pattern("title.grade_end") + ")(?:称号|荣誉)?$")
        self.grade = re.compile("(?:" + r.pattern("title.grade") + ")(?:级|等|档)?")
        # an ending alone after no level or one (省一等奖 names no award)
        self.bare_prefixes = ("",) + self.prefix + ("省", "市", "区", "县")
        self.levels_only = re.compile("(?:" + r.pattern("title.prefix") + "|自治区|省|市|区|县|和|及|与|、)+")

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
        item = re.sub(r"^(?:(?:全国|全省)(?=“?(?:国家|中国))|全球(?=“?国际))", "", item)  # not 全国国际友好城市…奖
        # 连续获评三届X: a count of editions; “'96X奖”: a two-digit year
        item = re.sub(r"^[一二三四五六七八九十两\d]+届(?=[\u4e00-\u9fff“]{4})|^“?[‘’']\d{2}(?!\d)", "", item)
        # "获省政府批准为X": the approving body and its verb are not the title
        item = re.sub(r"^[^“”]{0,12}?(?:(?:批准|批复|同意)(?:开展|设立|建设|成为|为)|确定为)", "", item)
        # "X奖第一名", "“X奖”唯一城市综合奖": the rank or description after an award is not the title
        item = re.sub(r"(?<=奖)第[一二三四五六七八九十\d]+名$", "", item)
        item = re.sub(r"(?<=[奖”])(?:唯一|首个).*$", "", item)
        # who awarded it is not the title: "…办公室颁发的2013中国智慧城市推进杰出成就奖"
        item = re.sub(r"^.{2,30}?(?:颁发|授予|评选|评出|认定|发布)的", "", item)
        # the issuing ministry before a quoted or leveled title: 住建部“中国人居环境范例奖” → 中国人居环境范例奖
        item = re.sub(r"^(?:国家)?[\u4e00-\u9fff]{1,6}?(?:部|委|厅)(?=“|中国|全国|国家)", "", item)
        item = re.sub(r"^“?" + YEARS + r"(?:年度?)?(?=\D)", "", item)
        item = re.sub(r"^(了|为|成为|成|过|到|得|并|蝉联|创建|建设|打造|获批|进入|年度(?=“)|[一二三四五六七八九十两\d]+年内?|“?(?:19|20)\d{2}年(?:度)?)+", "", item)
        item = re.sub(r"^(?:(?:19|20)\d{2}年(?:度)?)", "", item)
        # "全国唯一的X", "首个X": a description of the award, not its name
        item = re.sub(r"^[^“”]{0,16}?(?:唯一|首个|第一个|首家|首座)的?(?=.{4,})", "", item)
        # "最高奖“长安杯”": a description before a quoted name
        item = re.sub(r"^[^“”]{0,6}?最高(?:奖项?|荣誉)(?=“)", "", item)
        # a count or year after the level: 全省88个试点镇 → 全省试点镇, 全区2023年度X → 全区X (十佳, 百强 stay)
        item = self.count.sub(r"\1", item)
        # a year after an awarding body or a list's name (生态环境部2023年度X → X); a level or a place stays
        m = re.match(r"^([^\d“”]{2,12}?)" + YEARS + r"年度?(?=[^\d]{4,})", item)
        if m:
            head = m.group(1)
            keep = head in self.prefix or (len(head) <= 6 and re.search(r"(?:省|市|区|县|镇|级)$", head))
            item = (head if keep else "") + item[m.end():]
        # a qualifier in brackets after the title: 平安镇(街道) → 平安镇
        item = re.sub(r"[(（][^()（）]{1,16}[)）]$", "", item.strip())
        item = names.strip_quotes(item)
        for tail in self.tail:
            if item.endswith(tail) and len(item) > len(tail) + 1:
                item = item[: -len(tail)]
                break
        item = TAIL_RE.sub("", item)
        item = re.sub(r"(的)?(殊荣|光荣称号|光荣)$|的$", "", item)
        return item.strip()

    def not_title(self, item: str) -> bool:
        """Never a title, quoted or not: a target amount (千亿资产, 80%), a rank, several units (更多X, 3个X)."""
        return bool(re.search(r"[\d十百千万]+亿|\d+(?:\.\d+)?%", item) or RANK.search(item) or
                    self.levels_only.fullmatch(item) or self.grade.fullmatch(item) or
                    re.search(r"(?<![\d一二三四五六七八九十两])[\d一二三四五六七八九十两]+(?:家|个|项|处|所|座)$", item) or
                    re.match(r"(?:更多|一批|若干|一些|多个|部分|世界一流|国际一流|国内一流|一流)", item) or
                    re.search(r"(?:突破|达到|超过|达|增至|新增)[\d一二三四五六七八九十百千万]+", item) or
                    re.search(r"[\d一二三四五六七八九十两]个(?!一|[\u4e00-\u9fff]{1,2}$)", item))

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
        if re.search(r"[，。；：！？]", item) or "、" in re.sub(r"[(（][^()（）]*[)）]", "", item) or re.match(r"^(的|和(?![谐平睦美])|与|及|在|对|了|将|把|被|作品|名单)", item):
            return False
        if re.search(r"(角逐|参加|参与|申报|争取|力争|推荐|提名)", item) and not item.endswith("奖"):
            return False
        if self.not_end.search(item):
            return False
        if self.not_title(item):  # 千亿资产, 大明宫3个5A级景区 (最成功40个城市 is a list)
            return False
        if item.endswith(self.weak_suffix) and not item.startswith(self.prefix):
            return False
        if RATING.match(item):
            return True
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


class HonorFinder:
    """Honors received and pursued, with their receivers."""

    def __init__(self, rules: str):
        r = lexicon.rules(rules)
        self.shapes = TitleShapes(rules)
        self.trigger = re.compile("(" + r.pattern("honor.trigger") + ")")
        # anywhere before the verb in its clause: 力争再获X, 确保成功创建X, 力争有更多产品获得X
        self.goal_before = re.compile(r.pattern("honor.goal_before"))
        self.not_before = re.compile(r.pattern("honor.not_before") + "$")
        self.pursue = re.compile("(" + r.pattern("pursue.trigger") + ")")
        self.pursue_work = re.compile(r"([^，。；：]{3,30}?)(?:的)?" + r.pattern("pursue.work") +
                                      r"工作(?:扎实|稳步|有序|全面|积极|顺利)?(?:推进|开展|启动)(?!现场会|会|大会|培训|仪式)")
        # 以创建“X”为契机: X is the goal the work is organised around
        self.pursue_frame = re.compile(r.pattern("pursue.frame") + r"(.{2,40}?)为" + r.pattern("pursue.frame_end"))
        self.loose = frozenset(r.words("loose"))
        # a second verb of winning (or of listing) after 、/并 starts a list of its own, with its times before it
        second = "(?:" + r.pattern("honor.times") + ")?(?:" + r.pattern("honor.trigger") + "|" + \
            r.pattern("honor.second_verb") + ")"
        self.list_verb_cut = re.compile("(?:、|并|并且)(?=" + second + ")")
        # "A入选X、B入选Y": a name and a verb of winning after 、 open a clause of their own
        self.next_win = re.compile("、([^、，。；“”《》]{2,10}?)(?=" + r.pattern("honor.trigger") + ")")
        self.item_verb = re.compile("^" + second)
        self.goal_adverb = re.compile("(?:" + r.pattern("honor.goal_adverb") + ")$")
        self.give_verb = frozenset(r.words("honor.give_verb"))
        self.work_end = r.words("receiver.work_end")
        self.receiver_generic = frozenset(r.words("receiver.generic"))
        self.receiver_pointer = r.words("receiver.pointer")
        self.clause_verb = re.compile("(?<=[\u4e00-\u9fff]{2})(?:" + r.pattern("receiver.clause_verb") + ")")
        self.receiver_batch = re.compile("(?:" + r.pattern("receiver.batch") + ")(?=(?:" +
                                         r.pattern("receiver.batch_after") + ")*$)")
        self.receiver_time = re.compile("^(?:" + r.pattern("receiver.time") + ")")
        self.receiver_means = re.compile("(?:" + r.pattern("receiver.means") + ")$")
        self.receiver_adverb = re.compile("(?:" + r.pattern("receiver.adverb") + ")+$")
        self.receiver_self = re.compile("^(?:" + r.pattern("receiver.self") + ")")
        self.self_exact = frozenset(r.words("receiver.self_exact"))
        # "全国首个5G全场景应用智慧港口入选X": a description of the receiver is no part of its name
        self.first_lead = re.compile("^(?:全国|全省|全市|国内|省内|全球)?(?:" + r.pattern("receiver.first") + ")的?(?=.{2})")
        self.supported_goal = frozenset(r.words("honor.supported_goal"))
        self.field_head = re.compile("(?<=[\u4e00-\u9fff]{2})(?:" + r.pattern("unit.field_head") + ")")
        self.field_head_end = r.words("unit.field_head_end")
        self.first_of = re.compile("^([^，。；“”]{0,12}?)成为[^，。；]{0,12}?(?:" + r.pattern("receiver.first") +
                                   ")[^，。；“”]{0,8}?$")
        self.sub_area = r.words("title.sub_area")
        self.work_award = re.compile("(?:" + r.pattern("title.work_award") + ")$")
        level = "(" + r.pattern("title.prefix") + "|省|市)"
        # 全国全省X, 国家和省X: two levels share the title
        # (not 全国市域…, 全国市场…: there 市 opens a word of the title)
        self.two_levels = re.compile("^" + level + "(?:和|及|与)?" + level + r"(?![域场民委政直辖属内外])"
                                     r"(“[\u4e00-\u9fff]{2,}”.+|“?[\u4e00-\u9fff]{3,}.*)$")
        # "乌鲁木齐县创建国家级X": a unit and a verb of goal before a leveled title is a clause of its own
        # ("A创成X和B创成Y": 创成 is never inside a title)
        self.next_clause = re.compile(r"^(?![^“”]*?[\d一二三四五六七八九十两]年)[^“”]{2,10}?(?:(?:创建|争创|申报)(?=" +
                                      r.pattern("title.prefix") + "|省|市级)|创成)")
        self.area_title = re.compile(r"^([\u4e00-\u9fff]{2,6}?(?:县|区|市|镇|乡))(?=国家|全国|中国|省级)")
        self.prefix_re = re.compile("^(?:" + r.pattern("title.prefix") + "|省|市|区|县)")
        # 支持X争创Y: X pursues Y; 引导企业争创Y: unnamed units do
        self.unit_clause_end = r.words("pursue.unit_clause_end")
        self.lead_skip = re.compile("^(?:" + r.pattern("pursue.lead_skip") + ")*(?=" + r.pattern("title.prefix") +
                                    "|省|市级|“)")
        self.campaign_kind = r.words("pursue.campaign_kind")
        self.support_verb = re.compile("(?:" + r.pattern("pursue.support") + ")")
        self.support_end = re.compile("(?:" + r.pattern("pursue.support") + ")$")
        # the giver's own words before the receiver (授予市…): the town's, no part of the receiver's name
        self.self_lead = re.compile("^(?:" + "|".join(sorted(names.SELF_WORDS, key=len, reverse=True)) + ")(?=.{4})")
        level_word = "(?:" + r.pattern("title.prefix") + "|省|市|区|县)"
        self.levels = re.compile("^" + level_word + "+")
        # the name of a unit to be raised to a title's level starts after a mark, without its opening verbs
        self.upgrade_name = re.compile(r"(?:^|[，、；：“”（）])([\u4e00-\u9fff·]{2,16})$")
        self.upgrade_lead = re.compile("^(?:" + r.pattern("pursue.upgrade_lead") + ")+")
        self.level_end = re.compile("(?:" + r.pattern("title.prefix") + "|省)$")  # 巩固国家 (not 高新区: a name)
        self.support = re.compile("(?:" + r.pattern("pursue.support") + r")([^，。；：]{2,30})$")
        self.unit_generic = re.compile("^(?:" + r.pattern("pursue.unit_qualifier") + ")*(?:" +
                                       r.pattern("pursue.unit_generic") + ")(?:和|及|、)?$")
        self.pursue_not_after = re.compile(r.pattern("pursue.not_after") + "$")
        self.goal_subject_end = r.words("pursue.subject_end")
        self.firm_title = r.words("firm_title.end")
        self.shared_head = r.words("unit.shared_head")
        self.unit_kind = [(n, r.words(f"title.unit_kind.{n}")) for n in (1, 2, 3)]
        self.town_level = [(n, r.words(f"town.level.{n}")) for n in (2, 3, 4)]
        self.goal_end = re.compile(r.pattern("title.goal_end") + "$")
        self.candidacy_verb = frozenset(r.words("honor.candidacy_verb"))
        self.kind_end = r.words("title.kind_end")
        self.kind_modifier = re.compile("(" + r.pattern("title.kind_modifier") + ")([\u4e00-\u9fff]{1,3})$")
        self.help_verb = re.compile("(?:" + r.pattern("honor.help_verb") + r")([^，。；、]{2,8})$")
        self.joined_verb = re.compile(r.pattern("honor.trigger") + "|" + r.pattern("honor.joined_verb"))
        # 住建部命名A为X, 重新确认A为X: the receiver stands between the verb and 为
        self.name_as = re.compile("(" + r.pattern("honor.name_verb") + r")(?!为)([^，。；,;为]{2,16}?)为(.+)")
        # A是…X之一
        self.one_of = re.compile(r"^(.*?)是(.{3,40}?)" + r.pattern("one_of.end") + "$")
        # 入选/列入 X 名单 (an honor), 列入 X 创建名单 (a goal)
        self.list_goal = r.pattern("list.goal")
        self.on_list = re.compile("(" + r.pattern("list.verb") + r")(.{2,40}?)(" + r.pattern("list.goal") +
                                  ")?" + r.pattern("list.noun"))
        # A榜上有名: the list is named before, in the sentence or the one before it
        self.in_list = re.compile(r.pattern("list.found"))
        self.publish = re.compile(r.pattern("list.publish") + "了?")
        self.list_noun = re.compile(r.pattern("list.noun"))
        self.list_cut = re.compile(r.pattern("list.cut") + "$")
        # every rule of a clause starts from one of these: a text where none can match finds nothing
        self.cue = Cue(self.name_as, self.on_list, self.one_of, self.trigger, self.pursue, self.pursue_frame,
                       self.pursue_work, self.in_list)

    def aliases(self, item: str) -> tuple[str, ...]:
        return honor_aliases(item, self.shapes.not_place)

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

    def _joined_titles(self, raw: str) -> list[str]:
        """"A城市和B城市" → both, when each side is a title or opens with its own level; [] otherwise.

        One conjunction at a time (国家X城市和国家节能与新能源汽车Y城市 splits at 和 only).
        """
        shapes = self.shapes
        for conj in (r"以及", r"和(?![谐平睦美])", r"及", r"与"):
            pieces = re.split(conj, raw)
            if len(pieces) < 2:
                continue
            bare = [names.strip_quotes(p) for p in pieces]
            if all(shapes.looks_like(shapes.clean(p)) for p in pieces) or \
                    all(self.prefix_re.match(p) and len(p) >= 5 for p in bare):
                return [self._elided(pieces[0], p) if n else p for n, p in enumerate(pieces)]
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
        for raw in (item for part in lists for item in self._quoted_list(part)):
            # "A城市和B城市": two titles joined by 和 when both sides are titles, or when each
            # side opens with its own level (国家生态市和全国水生态文明城市); not 文化和旅游消费试点城市
            pieces = self._joined_titles(raw)
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
            # "国家、省级X": a level alone shares the next item's title
            if raw in shapes.prefix:
                # (its own verb is no part of it: 连续六次荣获全国、连续七次荣获全省“X”)
                following = next((self.item_verb.sub("", p.strip()) for p in parts[n + 1:]
                                  if p.strip() not in shapes.prefix), "")
                level = self.prefix_re.match(following)  # 国家、省“X”奖: 省 is the next item's level
                level = level.group(0) if level else ""
                raw = raw + following[len(level):] if following else raw
            prev = next((i for i in reversed(items) if i), "")
            if prev and len(names.strip_quotes(raw.strip())) <= 2:
                raw = self._short_elided(prev, raw)  # 国家卫生区、镇; 名镇、名村
            items.append(None)  # a slot per listed item: 分别 pairs receivers with slots
            if re.match(COUNT, raw) or re.match(r"[\d一二三四五六七八九十]+[种类块张]", raw):
                continue  # "获得13个一等奖、18个二等奖", "7种称号": a tally, not a title
            if self.pursue.search(raw) or self.next_clause.match(raw):  # "A争创X、B创建Y": the next clause
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

    def __call__(self, doc: Doc) -> Doc:
        ctx = context(doc)
        prev = ""
        for _i, s, e, sent in sentences(doc):
            for cs, ce in clauses(sent) if self.cue.search(sent) else ():
                clause = sent[cs:ce]
                if not self.cue.search(clause):
                    continue
                # a frame rule that fired owns the clause from where it starts; the verbs before are read as usual
                at = self._named_as(doc, ctx, s, e, sent, clause)
                if at is None:
                    at = self._listed(doc, ctx, s, e, sent, clause)
                if at is None:
                    at = self._one_of(doc, ctx, s, e, sent, clause)
                self._won(doc, ctx, s, e, sent, clause if at is None else clause[:at])
                self._pursued(doc, ctx, s, e, sent, clause)
                self._found_in_list(doc, ctx, s, e, sent, clause, prev + sent[:cs])
            prev = sent
        return doc

    def _emit(self, doc, s, e, sent, ftype, subj, kind, item, rule) -> None:
        town = context(doc).get("town") or ""
        placed = self.area_title.match(item) if subj is None else None
        if placed and names.area_name(placed.group(1)) and placed.group(1) != town:
            # "争创榆中县国家数字种植业创新应用基地": the area named before the level is the receiver
            (subj, kind), item = names.area_name(placed.group(1)), item[placed.end():]
        goal = self.goal_end.search(item)
        if goal and ftype == "honor" and rule.split(":", 1)[1] in self.candidacy_verb:
            # 入围X创建单位: a candidate, X is still a goal (荣获X创建城市 is a title received)
            ftype, item, rule = "pursued_honor", item[:goal.start()], rule.replace("honor:", "pursue:", 1)
        if ftype == "pursued_honor" and subj is None and self._smaller_kind(item, town):
            return  # 争创国家级和谐社区 in a city's report: a goal of its communities, not of the city
        if subj is None and item.endswith(self.firm_title):
            return  # a firm's title (…企业) stated of the town: the firms got it or are meant to
        if subj is None and item.endswith(self.sub_area) and not town.endswith(self.sub_area):
            return  # a park's or scenic area's title (…园区, …景区) is not the city's or the town's
        if subj is None and self.work_award.search(item):
            return  # 举办X，并获得鲁班奖: a project's or a work's award, not the town's
        emit(doc, Fact(ftype, subj, item, s, e, rule, subject_kind=kind, aliases=self.aliases(item)),
             find_in(sent, s, item))

    def _share_head(self, named: list) -> list:
        """"A、B开发区": short bare names before a list's last unit share its head (A开发区, B开发区)."""
        if len(named) < 2 or not named[-1][0]:
            return named
        head = next((h for h in self.shared_head if named[-1][0].endswith(h) and len(named[-1][0]) > len(h)), None)
        # (not 东岭镇、西岭高新区: a name with its own area ending is a unit of its own)
        if not head or not all(s and len(s) <= 3 and not s.endswith(lexicon.AREA_SUFFIXES + ("村",))
                               for s, _ in named[:-1]):
            return named
        return [(s + head, kind_of) for s, kind_of in ((s, named[-1][1]) for s, _ in named[:-1])] + [named[-1]]

    def _kind_pairs(self, receivers: list, items: list, town: str) -> list | None:
        """"A区、B镇被命名为国家卫生区、镇": titles that differ only in their kind go to the receiver of that kind."""
        ends = [next((k for k in self.kind_end if i.endswith(k)), "") for i in items]
        if len(items) < 2 or "" in ends or len({i[:-len(k)] for i, k in zip(items, ends)}) != 1:
            return None
        pairs = []
        for subj, kind in receivers:
            fit = [i for i, k in zip(items, ends) if (subj or town).endswith(k)]
            if len(fit) != 1:
                return None
            pairs.append(((subj, kind), fit[0]))
        return pairs

    def _short_elided(self, prev: str, raw: str) -> str:
        """"国家卫生区、镇", "历史文化名镇、名村": a kind or a two-character item after a title shares its stem."""
        bare = names.strip_quotes(raw.strip())
        kind = next((k for k in self.kind_end if prev.endswith(k)), "")
        if bare in self.kind_end and kind and kind != bare:
            return prev[:-len(kind)] + bare
        at = prev.rfind(bare[:1]) if len(bare) == 2 else -1
        return prev[:at] + bare if at > 0 and at >= len(prev) - 3 and prev[at:] != bare else raw

    def _share_field_head(self, named: list) -> list:
        """"智能机器人、智能家电产业提升项目": a field before a list's last unit takes the unit's head from its
        field word on (智能机器人产业提升项目); a name of its own kind (…集团, …区) keeps its name."""
        if len(named) < 2 or not named[-1][0]:
            return named
        last, kind_of = named[-1]
        opener = self.field_head.search(last)
        head = last[opener.start():] if opener else ""
        if not head.endswith(self.field_head_end) or len(head) <= 2:
            return named
        if not all(s and kind == "entity" and len(s) <= 8 and not self.field_head.search(s) and
                   not s.endswith(self.field_head_end + self.shared_head) for s, kind in named[:-1]):
            return named
        return [(s + head, kind_of) for s, _ in named[:-1]] + [named[-1]]

    def _smaller_kind(self, item: str, town: str) -> bool:
        """A title for a smaller kind of area than the town (a 社区's or a 县's title for a city).

        Only for a county, district or city, which govern smaller governments that pursue titles
        of their own; a town's report names its villages' titles as the town's campaign (GUIDELINES:
        争创“美丽宜居村” is the town's goal).
        """
        level = next((n for n, ends in self.town_level if town.endswith(ends)), 0)
        kind = next((n for n, ends in reversed(self.unit_kind) if item.endswith(ends)), 0)
        return level >= 3 and 0 < kind < level

    def _first_subject(self, before: str) -> str:
        """"A名列…、入围X": the receiver of X is the subject of the first of the joined verbs."""
        if before.rstrip().endswith("、"):
            first = self.joined_verb.search(before)
            return before[:first.start()] if first else before
        return before

    def _named_receiver(self, subj, kind):
        """The receiver as a name: the town's own work is the town; a clause keeps its leading area; a bare
        generic noun (研究成果) is no receiver (None)."""
        if not subj:
            return subj, kind
        if self.first_lead.match(subj):
            subj = self.first_lead.sub("", subj)
            kind = names.kind_by_suffix(subj)
        if subj.endswith(self.work_end) or self.receiver_batch.fullmatch(subj) or self.receiver_time.fullmatch(subj):
            return None, None  # the town's own work; 首家 (被…授予X): a batch or a time names no unit
        if subj in self.receiver_generic or subj.startswith(self.receiver_pointer) or re.search(r"\d+(?:\.\d+)?(?:亩|万|亿|元|米|吨|个|家|项|%)", subj):
            return None  # 研究成果, “数据得地”供地8156亩: no unit's name
        verb = self.clause_verb.search(subj)
        if verb:  # "大邑县探索川西林盘…路径": the area is the receiver, or nobody named is
            return names.area_name(subj[:verb.start()])
        return subj, kind

    def _receiver(self, text: str, ctx) -> tuple[str | None, str | None] | None:
        """One receiver named in ``text``: (None, None) for the town, None when it is not a name."""
        rec = names.strip_quotes(names.clean_subject(text))
        if is_town_ref(rec, ctx):
            return None, None
        if not re.search(r"\d", rec):
            return receiver(rec)
        return None

    def _named_as(self, doc, ctx, s, e, sent, clause) -> int | None:
        m = self.name_as.search(clause)
        if not m or self.goal_before.search(clause[:m.start()]):
            return None
        rec = self._receiver(m.group(2), ctx)
        if rec and rec[0] in self.receiver_generic:  # "被命名表彰为X": a second verb, not a receiver
            rec = (None, None)
        items = self.items(m.group(3), loose=False) if rec else []
        for item in items:
            self._emit(doc, s, e, sent, "honor", rec[0], rec[1], item, f"honor:{m.group(1)}…为")
        return m.start() if items else None

    def _listed(self, doc, ctx, s, e, sent, clause) -> int | None:
        m = self.on_list.search(clause)
        if not m or self.goal_before.search(clause[:m.start()]):
            return None
        # "入选A和B名单": two lists when both sides are titles
        titles = [self.shapes.clean(p) for p in self._joined_titles(m.group(2)) or [m.group(2)]]
        if not all(self.shapes.looks_like(item) for item in titles):
            return None
        # 列入X创建名单, 入选创建X名单: a list of candidates, X is a goal
        goal = m.group(3) or re.match(self.list_goal, m.group(2))
        ftype, rule = ("pursued_honor", "pursue:创建名单") if goal else ("honor", "honor:名单")
        before = self._first_subject(clause[:m.start()])
        receivers = subjects(before, ctx)
        if RESPECTIVELY.search(before.strip()) and len(titles) > 1:
            if len(receivers) != len(titles):
                return m.start()  # 分别 with lists of unequal length: who got which is not known
            pairs = list(zip(receivers, titles))  # "A、B分别入选X和Y名单": A got X, B got Y
        else:
            pairs = [(r, item) for r in receivers for item in titles]
        for (subj, kind), item in pairs:
            self._emit(doc, s, e, sent, ftype, subj, kind, item, rule)
        return m.start()

    def _one_of(self, doc, ctx, s, e, sent, clause) -> int | None:
        m = self.one_of.search(clause)
        if not m or "的" in m.group(2):
            return None
        rec = self._receiver(m.group(1), ctx)
        item = self.shapes.clean(GROUP_COUNT.sub("", m.group(2) + "之一")[:-2])
        if rec is None or not self.shapes.looks_like(item, strict=True):
            return None
        self._emit(doc, s, e, sent, "honor", rec[0], rec[1], item, "honor:之一")
        return m.start()

    def _found_in_list(self, doc, ctx, s, e, sent, clause, before: str) -> None:
        """A榜上有名: the list's name is the last list named before (…淘宝镇名单, 公布…淘宝镇)."""
        m = self.in_list.search(clause)
        if not m:
            return
        rec = self._receiver(clause[:m.start()], ctx)
        if rec is None:
            return
        for part in reversed(re.split(r"[，。；,;！？]", before)):
            n = self.list_noun.search(part)
            head = part[:n.start()] if n else part
            cut = list(self.publish.finditer(head))
            if not n and not cut:
                continue
            head = head[cut[-1].end():] if cut else head
            item = self.shapes.clean(self.list_cut.sub("", head))
            if self.shapes.looks_like(item):
                self._emit(doc, s, e, sent, "honor", rec[0], rec[1], item, "honor:榜上有名")
            return

    def _won(self, doc, ctx, s, e, sent, clause) -> None:
        done_upto, restart = 0, 0
        goal_verb, goal_end = "", 0  # a verb of support that made a win a goal (推进A创成X和B创成Y)
        for m in self.trigger.finditer(clause):
            if m.start() < done_upto:
                continue
            trig = m.group(1)
            obj = clause[m.end():]
            before = clause[restart:m.start()]
            ends = len(clause)
            nxt = self.next_win.search(obj)
            if nxt and names.clean_subject(nxt.group(1)):  # not 、第二次获评Y: a second title of the same receiver
                obj, ends = obj[:nxt.start()], m.end() + nxt.start()
                restart = ends + 1  # the next verb's receiver starts after the 、
            if self.goal_before.search(before) or self.not_before.search(before) or \
                    self.goal_adverb.search(before.rstrip()):
                continue
            if trig in self.supported_goal and goal_verb:
                # "推进A创成X和B创成Y": the verb of support governs B too; B stands after the last 和/、
                before = goal_verb + re.split(r"[、和及与]", clause[goal_end:m.start()])[-1]
            if trig in self.supported_goal and self.support.search(before):
                # "推进A、B创成X", "支持C县创成X": a goal of the units supported, not a win
                goal_verb, goal_end = self.support_verb.search(before).group(0), m.end()
                for subj, kind in self._goal_subjects(before, ctx):
                    for item in self.items(obj, loose=False):
                        self._emit(doc, s, e, sent, "pursued_honor", subj, kind, item, f"pursue:{trig}")
                continue
            before = self._first_subject(before)
            # "A成为全国首个获评X的城市": A received X, the title ends before the noun it qualifies
            # (成为全国唯一连续14年入选的“X”: the noun after 的 is the title; 成为首个通过X验收的: up to 验收)
            first = self.first_of.match(names.clean_subject(before))
            if first:
                checked = re.search(r"^.*?(?:验收|考核|复审|复评|评审)", obj)
                if "的" in obj:
                    before, obj = first.group(1), (obj[1:] if obj.startswith("的") else obj[:obj.rindex("的")])
                elif checked:
                    before, obj = first.group(1), checked.group(0)
            # "首批入选X", "自2017年之后再获X", "以“X”被评为Y": a batch, a time, a means name no unit
            # (not 以A成功创建X为标杆: there 以 frames the whole win, A is the receiver)
            before = self.receiver_time.sub("", self.receiver_batch.sub("", before.strip()))
            # "今年终于获得了X", "继续荣膺X": an adverb before the verb is no receiver
            before = self.receiver_adverb.sub("", before)
            # "某公司建造的“蓝鲸1号”获X": the quoted name after 的 is the receiver
            made = re.search(r"的([“《][^“”《》]{2,16}[”》](?:项目|工程|计划|活动)?)$", before)
            before = made.group(1) if made else before
            who = names.clean_subject(before)
            if self.receiver_self.match(who) or who in self.self_exact:
                before = ""  # "市本级及所辖县（市、区）荣膺X": the town itself
            if "为" not in obj:
                before = self.receiver_means.sub("", before)
            # "是A助力B成功获评X的法宝": X is inside a noun phrase (cut at its 的), B received it
            if before.lstrip().startswith("是") and "的" in obj:
                obj = obj[:obj.rindex("的")]
            helped = self.help_verb.search(names.clean_subject(before))
            opened = helped.string[:helped.start()] if helped else ""
            if helped and opened.count("“") <= opened.count("”"):  # not inside a quoted name
                before = helped.group(1)
            # 以X成功创建Y为标杆: the object stops at 为
            if before.lstrip().startswith("以") and "为" in obj:
                obj = obj[:obj.rindex("为")]
            # an unnamed counted group won it (27家企业获…, 46%的行政村; A、B等3个小区 are named), or persons did (…称号各1人): not the town's
            group = names.cut_at_deng(names.clean_subject(before))
            group = re.sub(r"(?<=\d)[O〇]|[O〇](?=\d)", "0", group)  # 3O名: a letter O read as a digit
            if COUNTED.search(group) or COUNTED_AREAS.fullmatch(group) or PERSONS.search(obj) or "%" in group:
                continue
            # "捧得“X”的县", "入选“X”的人才": the title qualifies a noun (a relative clause), nobody is said to win it here
            if RELATIVE.search(obj):
                continue
            given = trig in self.give_verb and not re.search(r"被[^，。；]{0,24}$", before)
            named = None
            if given and COUNTED.match(obj):
                continue  # "授予45位海外人士荣誉市民称号": persons received it
            if given:  # "某组织授予A“X”": A, named between the verb and the quoted title, received X
                obj = self.self_lead.sub("", obj)
                named = re.match(r"([^“”，。；]{2,16}?)(“[^”]+”.*)$", obj)
                if named:
                    before, obj = named.group(1), named.group(2)
            slots = self.items(obj, trig in self.loose, slots=True)
            items = [i for i in slots if i]
            if not items:
                continue
            # "福田区在生态文明建设领域获评X": the receiver ends before the 在 phrase
            before = re.sub(r"(?<=[\u4e00-\u9fff》”]{2})在(?!线)[^，。；、“”《》]*$", "", before)  # not 《掬水月在手》
            # "高新区和陕鼓集团入选X": 和 after a unit's name joins two receivers
            before = UNIT_AND.sub("、", before)
            pair = SHORT_AND.fullmatch(names.clean_subject(before))
            if pair:  # "顺德和南海被评为X": two short names
                before = pair.group(1) + "、" + pair.group(2)
            # "东莞作家首获X": 首 (for the first time) before the verb is no part of the receiver
            before = re.sub(r"(?<=[\u4e00-\u9fff]{2})首$", "", before)
            # "乔口、灰汤新入选X": 新 (newly) before the verb is no part of a short name
            before = re.sub(r"(?:^|(?<=[、，]))([\u4e00-\u9fff]{1,2})新$", r"\1", before)
            # "“大连海参”“大连大樱桃”被认定为X": two quoted names; "A、B、庄河三市入选": the count is no name
            before = re.sub(r"”“", "”、“", before).replace("》《", "》、《")  # 《A》《B》获X: two works
            before = re.sub(r"(?<=[\u4e00-\u9fff]{2})[两三四五六七八九十]+[市县区镇村](?=(?:全部|均|都)?$)", "", before)
            # "歌剧《甲》和小说《乙》获X": two works, not one
            before = re.sub(r"》(?:和|及|与)(?=[^《》，；]{0,6}《)", "》、", before)
            if given and not named:  # "联合国授予X": the giver stands before the verb; the town received X
                receivers = [(None, None)]
            else:
                receivers = self._share_field_head(self._share_head(
                    [r for r in (self._named_receiver(subj, kind) for subj, kind in subjects(before, ctx)) if r]))
            unit = names.clean_subject(before)
            if receivers == [(None, None)] and UNIT_HEAD.search(unit) and not is_town_ref(unit, ctx):
                continue  # "12345市民服务…平台荣获X": a unit whose name the rules cannot read, not the town
            # (分别被民政部授予A、B: 分别 before the agent of a passive)
            respective = RESPECTIVELY.search(re.sub(r"被[^，。；、]{0,16}$", "", before.strip()))
            if respective and len(receivers) == len(slots) > 1:
                # "A、B分别入选X和Y": A got X, B got Y
                pairs = [(r, i) for r, i in zip(receivers, slots) if i]
            elif respective and len(slots) > 1:
                continue  # 分别 with lists of unequal length: who got which is not known
            else:
                pairs = [(r, item) for r in receivers for item in items]
            pairs = self._kind_pairs(receivers, items, ctx.get("town") or "") or pairs
            alt = KIND_ALT.search(obj)
            for (subj, kind), item in pairs:
                other = alt.group(2) if alt and subj and item.endswith(alt.group(1)) else ""
                if other and (subj.endswith(other) or (other == "单位" and not subj.endswith(self.kind_end))):
                    item = item[: -len(alt.group(1))] + other  # 仙涌村 got 示范村 of 示范乡镇（村）
                self._emit(doc, s, e, sent, "honor", subj, kind, item, f"honor:{trig}")
            done_upto = ends

    def _pursued(self, doc, ctx, s, e, sent, clause) -> None:
        prev_end = None
        for m in self.pursue.finditer(clause):
            trig = m.group(1)
            before = clause[:m.start()]
            if before.count("“") > before.count("”") and not before.endswith("“"):
                continue  # “一次申报、一次查验”联动监管试点: a word inside a quoted name (not “争创X、…”: a quoted goal)
            if self.pursue_not_after.search(before):  # 成功申报: done, not a goal
                continue
            if prev_end is not None and "、" in clause[prev_end:m.start()]:
                # "推进A争创X、B争创Y": B, after the last 、, pursues Y (not "A争创X、B")
                verb = self.support_verb.search(clause[:prev_end])  # 推进 governs both
                before = (verb.group(0) if verb else "") + clause[clause.rindex("、", prev_end, m.start()) + 1:m.start()]
            prev_end = m.end()
            obj = clause[m.end():]
            if trig == "力争":
                # the title starts at its level or quote after a few words of time or verb; else it is a clause
                lead = self.lead_skip.match(obj)
                if not lead or re.search(r"(?:建成|获得|成为|达到|实现)", obj[lead.end():]):
                    continue
                obj = obj[lead.end():]
            elif trig.endswith("申报"):
                obj = re.sub(r"^(?:作为|打造)", "", obj)  # 申报作为全国X试点城市
            if trig.endswith("创") and obj.startswith("建") and not obj.startswith("建设"):
                obj = obj[1:]  # "两争创建X": 争 + 创建, the title starts after 建
            said = sent[:max(sent.find(clause), 0)] + before  # the sentence up to the verb
            for subj, kind in self._goal_subjects(before, ctx):
                # "力争成为广东最大的先进制造业城市": a description with 的 is an aim, not a title (quoted ones stay)
                for item in (i for i in self.items(obj, trig in self.loose)
                             if "的" not in i or f"“{i}”" in clause):
                    unit = self._upgraded(said, item) if subj is None else None
                    self._emit(doc, s, e, sent, "pursued_honor", *(unit or (subj, kind)), item, f"pursue:{trig}")
        m = self.pursue_frame.search(clause)
        if m:
            for item in self.items(m.group(1), loose=False):
                if item.endswith(self.campaign_kind) and not item.startswith(self.shapes.prefix):
                    continue  # 以创建文明社区、文明家庭为重点: titles the city's units may win
                self._emit(doc, s, e, sent, "pursued_honor", None, None, item, "pursue:以创建…为")
        m = self.pursue_work.search(clause)
        if m:
            for raw in names.split_list(names.clean_subject(m.group(1))):  # "A、B创建工作": two goals
                cand = self.shapes.clean(raw)
                if cand and self.shapes.looks_like(cand, strict=True):
                    self._emit(doc, s, e, sent, "pursued_honor", None, None, cand, "pursue:创建工作")

    def _upgraded(self, said: str, item: str) -> tuple[str, str] | None:
        """"发挥南宁·中关村双创示范基地的作用…申报国家级双创示范基地": the unit named before the goal whose name
        ends in the title without its level (双创示范基地) is raised to that level; None when there is none
        (省级未来产业先导区 is a level, not a name)."""
        core = self.levels.sub("", item)
        at = said.rfind(core) if len(core) >= 4 else -1
        # the name starts after a mark or one of the opening verbs (巩固国家卫生城市成果: 巩固国家 is no name)
        lead = self.upgrade_name.search(said[:at]) if at > 0 else None
        name = self.upgrade_lead.sub("", lead.group(1)) if lead else ""
        # (巩固国家卫生城市成果: 巩固国家 ends in a level, no name; 落实农业龙头企业…: no unit's kind)
        if len(name) < 2 or "级" in name or self.levels.match(name) or self.level_end.search(name):
            return None
        unit = receiver(name + core)
        return unit if unit and unit[1] != "entity" else None

    def _goal_subjects(self, before: str, ctx) -> list[tuple[str | None, str | None]]:
        """Who pursues it: a unit named before the verb when its name says what it is (…公司, …开发区), else the town.

        Goals are mostly written without a subject, after a clause of work
        ("加快发展旅游业，争创…"); only a name with a telling ending is taken.
        """
        if before.rstrip().endswith("、"):  # "建设健康城市、争创X": a joined verb phrase, not a receiver
            return [(None, None)]
        if self.support_end.search(before.rstrip()):
            return []  # "支持申报X", "鼓励争创X": the units supported are not named
        helped = self.support.search(before)
        if helped:  # "支持A、B争创X": A and B pursue X; "引导企业争创X": unnamed units do (no fact)
            unit = re.sub(r"(?:联合|共同|一起|一同)$", "", names.cut_at_deng(names.clean_subject(helped.group(1))))
            # 和/与 joins two units after a short name or a unit's head (东岭和西岭, 市人民医院和市中医院),
            # not inside one name (先进材料与绿色制造研究院)
            unit = re.sub(r"(?:(?<=^[\u4e00-\u9fff]{2})|(?<=^[\u4e00-\u9fff]{3})|(?<=、[\u4e00-\u9fff]{2})|"
                          r"(?<=、[\u4e00-\u9fff]{3})|(?<=[区市县镇乡村团司院校所馆园》”道]))(?:和|及|与)(?![平谐美睦])"
                          r"(?=[\u4e00-\u9fff]{2})", "、", unit)
            if COUNTED.search(unit):
                return []  # 市属两所高职院校: a counted group, not a name
            pieces = names.split_list(unit)
            if any(p.endswith(self.unit_clause_end) or self.pursue.search(p) or re.search(r"创建|申报", p)
                   for p in pieces[:-1]):
                unit = pieces[-1]  # "推动A申遗、B申报X": a list of clauses; B pursues X
            units = re.split(r"和|及|与|、", unit)
            if "的" in unit or any(self.unit_generic.match(u) for u in units) or \
                    self.unit_generic.match(names.cut_at_deng(helped.group(1))):  # 有条件的县, 更多企业, 县和村镇
                return []
            named = self._share_head([(subj, kind) for subj, kind in subjects(unit, ctx) if subj and "的" not in subj])
            if named and all(len(subj) <= 16 for subj, _ in named):
                return named
        group = names.cut_at_deng(names.clean_subject(before))
        if COUNTED.search(group) or re.search("一批|多个|若干|部分", group):
            return []  # "支持一批开发区申报X": unnamed units pursue it, not the town
        named = self._share_head([(subj, kind) for subj, kind in subjects(before, ctx)
                                  if subj and len(subj) <= 16 and "的" not in subj])
        if len(named) >= 2 and all(len(subj) <= 6 for subj, _ in named):
            return named  # "支持平山、正定、鹿泉争创X": a list of short names is a list of units
        out = [(subj, kind) for subj, kind in named if kind != "entity" or subj.endswith(self.goal_subject_end)]
        return out or [(None, None)]


@Language.factory("tk_honors", assigns=["doc.spans"], requires=["doc._.tk_sentences"],
                  default_config={"rules": "honors.tsv"})
def make_honor_finder(nlp: Language, name: str, rules: str):
    return HonorFinder(rules)
