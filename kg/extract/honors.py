"""Honors received (荣获, 被评为, 成功创建 …) and pursued (争创, 力争通过 …).

Trigger words and title shapes are in ``data/lexicons/honors.tsv``; the
component ``tk_honors`` takes another rule file through its config. HonorFinder
holds the frames (won, pursued, listed, one of, named as, upgraded); the titles a
verb lists are split in ``titles.py``, who received them is read in ``receivers.py``.
"""
from __future__ import annotations

import os
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.extract.cues import Cue
from kg.extract.fact import Fact, emit, find_in
from kg.extract.receivers import COUNTED, Receivers
from kg.extract.text import HEADING, PLAN_NUMERAL, clauses, context, is_town_ref, receiver, sentences, subjects, text_of
from kg.extract.titles import GROUP_COUNT, TitleList, honor_aliases

# a counted group, not a name: 27家企业, 3个县, 4人; such receivers are not the town
PERSONS = re.compile(r"[各共]?(?<![\d一二三四五六七八九十百])[\d一二三四五六七八九十百]++(?:人|名|位)次?$")
COUNTED_AREAS = re.compile(r"(?<![\d一二三四五六七八九十两多])[\d一二三四五六七八九十两多]++[区县市镇乡村]")
# a share of units (46%的行政村, 90%以上的村), not a figure ending the sentence before (增长7%.我市…)
SHARE = re.compile(r"%(?:以上|左右)?的")
RESPECTIVELY = re.compile(r"(?:分别|(?<![高满得评总积部])分)$")  # A、B分获X、Y: respectively (not 高分通过)
# A、B均获X、Y: each received every title (without it, A、B获评X、Y may pair them one by one)
EACH = re.compile(r"(?:均|都|各|同时|全部|一并)$")
# the head of a unit's name at the end of a receiver phrase (…平台, …中心, …项目)
UNIT_HEAD = re.compile(r"(?:平台|中心|热线|项目|工程|公司|集团|学校|医院|站|队|馆|院|所)$")
# 和 right after the ending of a unit's name (…区和…, …集团和…) joins two names (not 文化和旅游局)
UNIT_AND = re.compile(r"(?<=[区市县镇乡村团司》”道目程])和(?![谐平睦美])(?=[\u4e00-\u9fff“《]{2})")
# a kind in brackets after a title's kind: 示范乡镇（村） is 示范村 for a village
# (示范区（单位）: a unit that is no area gets 示范单位)
KIND_ALT = re.compile(r"(乡镇|镇|街道|区)[(（](村|社区|单位)[)）]")  # not 示范县（区）: 示范区 is another kind of title
# a title that qualifies a noun: “X”的人才, X奖的项目 (not …的称号, …的殊荣)
RELATIVE = re.compile(r"(?:”|》|奖|杯|计划)的(?!(?:光荣|荣誉)?称号|殊荣|荣誉)[\u4e00-\u9fff]")
# "顺德和南海": two short names joined by 和 are two receivers (not 和谐, 和平 …)
SHORT_AND = re.compile(r"([\u4e00-\u9fff]{2,3})和(?![谐平睦美])([\u4e00-\u9fff]{2,3})")
# a numbered sub-heading (1. 2、): no part of a report of its own (一、 二、 are)
SUB_HEADING = re.compile(r"^\s*[0-9]")
# a short line without clause marks: a heading
SHORT_HEADING = re.compile(r"^[^，。；]{2,30}$")
# a mark or word joining the units of a list
LIST_JOIN = re.compile(r"[、和及与]")
# 成为首个通过X验收的: the title ends at the check passed
CHECKED = re.compile(r"^.*?(?:验收|考核|复审|复评|评审)")
# 某公司建造的“蓝鲸1号”, 厦台合作的歌仔戏《X》: the quoted name after 的 is the receiver
MADE = re.compile(r"的(?:[\u4e00-\u9fff]{1,4}(?=《))?([“《][^“”《》]{2,16}[”》](?:项目|工程|计划|活动)?)$")
# a work in book-title marks alone before the verb (its title may read like a clause: 《把粮食存到“银行”》)
WORK = re.compile(r"《[^《》]{2,30}》")
# 3O名: a letter O read as a digit
LETTER_O = re.compile(r"(?<=\d)[O〇]|[O〇](?=\d)")
# 被…授予: the receiver stands before the agent of a passive
PASSIVE = re.compile(r"被[^，。；]{0,24}$")
# 授予A“X”: A, named between the verb and the quoted title
GIVEN_TO = re.compile(r"([^“”，。；]{2,16}?)(“[^”]+”.*)$")
# a quoted part
QUOTED = re.compile(r"“[^”]*”")
# A在X领域获评Y: the receiver ends before the 在 phrase (not 在线, not 《掬水月在手》)
IN_FIELD = re.compile(r"(?<=[\u4e00-\u9fff》”]{2})在(?!线)[^，。；、“”《》]*$")
# 东莞作家首获X: 首 (for the first time) before the verb
FIRST_TIME = re.compile(r"(?<=[\u4e00-\u9fff]{2})首$")
# 乔口、灰汤新入选X: 新 (newly) after a short name
NEWLY = re.compile(r"(?:^|(?<=[、，]))([\u4e00-\u9fff]{1,2})新$")
# A、B、庄河三市入选: the count of the areas named
AREA_TALLY = re.compile(r"(?<=[\u4e00-\u9fff]{2})[两三四五六七八九十]+[市县区镇村](?=(?:全部|均|都)?$)")
# 歌剧《甲》和小说《乙》: two works
WORKS_JOINED = re.compile(r"》(?:和|及|与)(?=[^《》，；]{0,6}《)")
# 分别被民政部授予A、B: the agent of a passive after 分别
PASSIVE_AGENT = re.compile(r"被[^，。；、]{0,16}$")
# 力争…建成/成为/实现: a clause of aims, no title named after 力争
STRIVE_CLAUSE = re.compile(r"(?:建成|获得|成为|达到|实现)")
# 申报作为全国X试点城市: the title after 作为
APPLY_AS = re.compile(r"^(?:作为|打造|加入)")  # (申报加入X案例地区: X)
# X复核及Y: two works joined
JOINED = re.compile(r"和|及|与")
# the clauses of the text before
CLAUSE_SPLIT = re.compile(r"[，。；,;！？]")
# 某省X: a province's title
PROVINCE = re.compile(r"^[\u4e00-\u9fff]{2,3}省")
# 国家“四城”: a count of titles, no title
COUNT_OPEN = re.compile(r"^“?[一二三四五六七八九十两\d]")
# a title of a city's, district's or county's own level (市级领导班子“三讲”): a local campaign, no title kept
LOCAL_LEVEL = re.compile(r"^(?:市|区|县)级")
# a clause opening with a quoted platform, system or hotline and ending before the clause of the verb of winning
# ("“12345+网格化”智慧平台构建城市综合治理新格局，荣获X": the platform received X)
PLATFORM_CLAUSE = re.compile(r"(?:^|[，；。,;])\s*([\u4e00-\u9fff]{0,8}“[^“”，。；]{2,20}”[\u4e00-\u9fff]{0,4}?"
                             r"(?:平台|热线|系统|APP|小程序|大脑))(?![的和及与、])[^，。；“”]{2,30}[，,]\s*$")
# the kind at the end of a title held, after which a pilot may be named (国家X城市试点 for 国家X城市)
HELD_KIND = re.compile(r"(?:城市|市|县|区|镇)$")


def _levels_of_one(items: list[str]) -> bool:
    """Titles that differ only in their level (国家、省级X: one title at each level, both held), not
    different titles (省X先进县、省X进步县)."""
    shared = len(os.path.commonprefix([i[::-1] for i in items]))
    return all(len(i) - shared <= 3 for i in items)


class HonorFinder:
    """Honors received and pursued, with their receivers."""

    def __init__(self, rules: str):
        r = lexicon.rules(rules)
        self.titles = TitleList(rules)
        self.receivers = Receivers(rules)
        # the frames read some of the same patterns as the titles and the receivers: the same objects
        self.shapes, self.pursue, self.kind_end = self.titles.shapes, self.titles.pursue, self.titles.kind_end
        self.receiver_batch, self.receiver_time = self.receivers.receiver_batch, self.receivers.receiver_time
        self.receiver_generic, self.support = self.receivers.receiver_generic, self.receivers.support
        self.trigger = re.compile("(" + r.pattern("honor.trigger") + ")")
        # anywhere before the verb in its clause: 力争再获X, 确保成功创建X, 力争有更多产品获得X
        self.goal_before = re.compile(r.pattern("honor.goal_before"))
        self.not_before = re.compile(r.pattern("honor.not_before") + "$")
        self.pursue_work = re.compile(r"([^，。；：]{3,30}?)(?:的)?" + r.pattern("pursue.work") +
                                      r"工作(?:扎实|稳步|有序|全面|积极|顺利)?(?:推进|开展|启动)(?!现场会|会|大会|培训|仪式)")
        # 做好X复审迎检工作, 抓好X创建工作: the goal names the work done
        self.pursue_work_do = re.compile("(?:" + r.pattern("pursue.work_do") + ")(?:迎接)?([^，。；：、]{3,30}?)(?:" +
                                         r.pattern("pursue.work") + ")+工作")
        # 推进X创建, 夯实X创建基础: the creation of a leveled title X is the verb's object
        self.pursue_object = re.compile("(?:" + r.pattern("pursue.object_verb") + r")([^，。；：、]{3,30}?)(?:" +
                                        r.pattern("pursue.work") + ")(?:" + r.pattern("pursue.object_end") + ")")
        self.object_not_open = re.compile("^(?:" + r.pattern("pursue.object_not_open") + ")")
        self.object_not_end = r.words("pursue.object_not_end")
        self.object_own_end = {kind: re.compile("(?:" + r.pattern(f"pursue.object_own_end.{kind}") + ")$")
                               for kind in ("市", "镇")}
        # 巩固X创建成果: X is held
        # X创建工作深入推进: the work toward X goes on (a pace word before 推进, not 启动: 早在…启动X创建工作 is history)
        self.work_going = "”?(?:创建|建设)工作(?:" + r.pattern("pursue.work_pace") + ")推进"
        self.keep_results = re.compile("(?:" + r.pattern("honor.keep_verb") + r")(“?(?:" + r.pattern("title.prefix") +
                                       r"|省)[^，。；：、]{2,30}?)(?:" + r.pattern("honor.keep_end") + ")")
        # 以创建“X”为契机: X is the goal the work is organised around
        self.pursue_frame = re.compile(r.pattern("pursue.frame") + r"(.{2,40}?)为" + r.pattern("pursue.frame_end"))
        self.loose = frozenset(r.words("loose"))
        # 成为X (and the streak 创建X“N连冠”): X must carry a level and a title's ending, no description, and
        # nothing before the verb may make it a goal or a becoming
        self.shaped = frozenset(r.words("honor.shaped"))
        self.shaped_not_before = re.compile(r.pattern("honor.shaped_not_before"))
        self.shaped_goal = re.compile(r.pattern("honor.shaped_goal"))
        self.shaped_not_inside = re.compile(r.pattern("honor.shaped_not_inside"))
        self.frame_end = re.compile("为" + r.pattern("pursue.frame_end"))  # 以创建X“四连冠”为目标: a goal
        # a counted group of the town's own units or people (2个集体、2名个人; 7个社区): unnamed, so the town
        own = r"(?:[\d一二三四五六七八九十百两]+(?:余|多)?(?:个|名|位)(?:" + r.pattern("receiver.counted_own") + "))"
        self.counted_own = re.compile(r"(?:其中)?" + own + r"(?:(?:、|和|及|与)" + own + ")*")
        # 创建X / 建设X: a leveled title; after 建设 one of the town's own kind (pursue.build_end.市/镇)
        self.pursue_shaped = frozenset(r.words("pursue.shaped"))
        self.build = frozenset(r.words("pursue.build"))
        self.build_level = r.words("pursue.build_level")
        self.build_end = {kind: re.compile("(?:" + r.pattern(f"pursue.build_end.{kind}") + ")$") for kind in ("市", "镇")}
        # 创建X without a level: X a title of the town's own kind with a strong ending (创建全民运动健身模范市)
        self.own_end = {kind: re.compile("(?:" + r.pattern(f"pursue.own_end.{kind}") + ")$") for kind in ("市", "镇")}
        self.campaign_mark = re.compile(r.pattern("pursue.campaign_mark"))
        # 获批X试点城市, 被确定为X示范市: granted without a level when X is of the town's own kind
        self.granted = frozenset(r.words("honor.granted"))
        self.pilot_lead = re.compile("^(?:" + r.pattern("honor.pilot_lead") + ")")
        self.pilot_end = re.compile("(?:" + r.pattern("honor.pilot_end") + ")$")
        self.granted_end = {kind: re.compile("(?:" + r.pattern(f"honor.granted_end.{kind}") + ")$") for kind in ("市", "镇")}
        self.build_work_end = {kind: re.compile("(?:" + r.pattern(f"pursue.build_work_end.{kind}") + ")$")
                               for kind in ("市", "镇")}
        self.build_position = re.compile("(?:" + r.pattern("pursue.build_position") + ")$")  # 国家中心城市: a role
        self.build_aim = re.compile("(?:" + r.pattern("pursue.build_aim") + ")$")  # 努力建设X: X is still to reach
        # a level opening a title: 全国, 国家级, 省 (省教育强市), 自治区, 市级 (not 市 alone: 市场…, 区域…)
        self.level_open = re.compile("^(?:" + r.pattern("title.prefix") + "|省|自治区|(?:市|区|县)级)")
        self.strive = frozenset(r.words("pursue.strive"))
        self.needs_support = frozenset(r.words("pursue.needs_support"))  # 升级为: a goal only after 支持/力争…
        self.strive_not = re.compile(r.pattern("pursue.strive_not"))
        self.shaped_lead = re.compile("(?:" + r.pattern("pursue.shaped_lead") + ")$")
        # "X示范市建设稳步实施": the town builds toward a title of its own kind
        self.build_work = re.compile(r"([^，。；：]{3,30}?)" + r.pattern("pursue.build_work") + "(?:工作)?(?:" +
                                     r.pattern("pursue.work_pace") + ")(?:" + r.pattern("pursue.work_done") + ")")
        # "A入选X、B入选Y": a name and a verb of winning after 、 open a clause of their own
        self.next_win = re.compile("、([^、，。；“”《》]{2,10}?)(?=" + r.pattern("honor.trigger") + ")")
        self.goal_adverb = re.compile("(?:" + r.pattern("honor.goal_adverb") + ")$")
        self.give_verb = frozenset(r.words("honor.give_verb"))
        self.receiver_means = re.compile("(?:" + r.pattern("receiver.means") + ")$")
        self.receiver_adverb = re.compile("(?:" + r.pattern("receiver.adverb") + ")+$")
        self.receiver_self = re.compile("^(?:" + r.pattern("receiver.self") + ")")
        self.self_exact = frozenset(r.words("receiver.self_exact"))
        self.supported_goal = frozenset(r.words("honor.supported_goal"))
        self.first_of = re.compile("^([^，。；“”]{0,12}?)成为[^，。；]{0,12}?(?:" + r.pattern("receiver.first") +
                                   ")[^，。；“”]{0,8}?$")
        self.sub_area = r.words("title.sub_area")
        self.work_award = re.compile("(?:" + r.pattern("title.work_award") + ")$")
        self.area_title = re.compile(r"^([\u4e00-\u9fff]{2,6}?(?:县|区|市|镇|乡))(?=国家|全国|中国|省级)")
        self.site_kind = r.words("title.site_kind")
        self.site_title = re.compile(r"^([\u4e00-\u9fff·]{2,10}?)(?=(?:世界|全球|人类|国家|中国|国际|省级)[\u4e00-\u9fff]{2})")
        self.lead_skip = re.compile("^(?:" + r.pattern("pursue.lead_skip") + ")*(?=" + r.pattern("title.prefix") +
                                    "|省|市级|“)")
        self.campaign_kind = r.words("pursue.campaign_kind")
        self.support_verb = re.compile("(?:" + r.pattern("pursue.support") + ")")
        self.lead_verb = re.compile("(?:" + r.pattern("pursue.support") + "|" + r.pattern("receiver.join_lead") + ")")
        # the giver's own words before the receiver (授予市…): the town's, no part of the receiver's name
        self_word = "(?:" + "|".join(sorted(names.SELF_WORDS, key=len, reverse=True)) + ")"
        self.self_lead = re.compile("^" + self_word + "(?=.{4})")
        level_word = "(?:" + r.pattern("title.prefix") + "|省|市|区|县)"
        self.levels = re.compile("^" + level_word + "+")
        # the name of a unit to be raised to a title's level starts after a mark, without its opening verbs
        self.upgrade_name = re.compile(r"(?:^|[，、；：“”（）])([\u4e00-\u9fff·]{2,16})$")
        self.upgrade_lead = re.compile("^(?:" + r.pattern("pursue.upgrade_lead") + ")+")
        self.level_end = re.compile("(?:" + r.pattern("title.prefix") + "|省)$")  # 巩固国家 (not 高新区: a name)
        self.pursue_not_after = re.compile(r.pattern("pursue.not_after") + "$")
        # 争创了X、创建了Y: a goal verb marked done names titles won, not goals
        self.pursue_done = re.compile("^(?:" + r.pattern("pursue.done_after") + ")")
        # "在…创建X…等重大活动中，…给予了支持": a past campaign inside a frame of thanks, no goal
        self.past_frame = re.compile(r.pattern("pursue.past_frame"))
        self.not_goal_frame = re.compile(r.pattern("pursue.not_goal_frame"))
        self.object_tail = re.compile(r.pattern("pursue.object_tail"))
        # 中国特色世界一流职业学校, 中国特色社会主义示范市: an aim or a positioning no body awards
        self.aim_object = re.compile(r.pattern("pursue.aim_object"))
        # 早在1988年就开始启动X创建工作: the campaign's history, no goal
        self.past_time = re.compile(r.pattern("pursue.past_time"))
        # 建设X when the report says X was granted (入选/成为/获批…X): work on a title held, no goal
        self.held_verb = "(?<!" + ")(?<!".join(r.words("pursue.held_not_after")) + ")(?:" + r.pattern("pursue.held") + ")"
        self.firm_title = r.words("firm_title.end")
        self.cluster_end = r.words("title.cluster_end")
        self.goal_end = re.compile(r.pattern("title.goal_end") + "$")
        self.candidacy_verb = frozenset(r.words("honor.candidacy_verb"))
        # a plan or vision passage (HO-g): a part headed by a plan period not begun before the report's year or by
        # 远景目标, or a —— list led by a sentence of goals; 成为X (and the verbs of aim.verb) there is an aim
        self.aim_heading = re.compile(r.pattern("aim.heading"))
        self.aim_review = re.compile(r.pattern("aim.review_heading"))
        self.aim_lead = re.compile(r.pattern("aim.goal_lead"))
        self.aim_list = re.compile("^(?:" + r.pattern("aim.list_mark") + ")")
        self.aim_verb = frozenset(r.words("aim.verb"))
        # 成为X中心/策源地/枢纽: a positioning, not a title (成为国家级企业技术中心 is one)
        self.position_verb = frozenset(r.words("honor.position_verb"))
        self.position_end = re.compile("(?:" + r.pattern("honor.position_end") + ")$")
        # 成功申报X项目, 获批建设X中心: the approval of a thing, not a title (…示范项目, …试点 are titles)
        self.approval_verb = re.compile("(?:" + r.pattern("honor.approval_verb") + ")$")
        self.approval_build = re.compile("^(?:" + r.pattern("honor.approval_build") + ")")
        self.approval_end = re.compile("(?:" + r.pattern("honor.approval_end") + ")$")
        self.approval_keep = re.compile(r.pattern("honor.approval_keep"))
        # 我市“X”获Y: X, the quoted thing of the town's, received Y
        self.own_quoted = re.compile("(?:^|[，、；])" + self_word +
                                     r"([“《][^“”《》]{2,16}[”》](?:项目|工程|计划|活动|模式|路径|改革)?)$")
        self.relative_lead = re.compile("^[^“”《》]*?(?:" + r.pattern("receiver.relative_verb") + ")的(?=[^的]{2})")
        self.help_verb = re.compile("(?:" + r.pattern("honor.help_verb") + r")([^，。；、]{2,8})$")
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
                       self.pursue_work, self.pursue_work_do, self.build_work, self.in_list, self.pursue_object, self.keep_results)

    def aliases(self, item: str) -> tuple[str, ...]:
        return honor_aliases(item, self.shapes.not_place)

    def __call__(self, doc: Doc) -> Doc:
        ctx = context(doc)
        prev = ""
        sections = doc._.tk_sections
        aims = self._aims(doc)
        for _i, s, e, sent in sentences(doc):
            # a plan's sentence (a target section, a plan period's part, a list of goals): 成为X is an aim;
            # in a plan period's part or a list of goals, so are 实现X“三连冠” and 成功创建X (aim.verb)
            planned = (bool(sections) and sections[_i].kind == "target") or aims[_i]
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
                self._won(doc, ctx, s, e, sent, clause if at is None else clause[:at], planned, aims[_i])
                self._pursued(doc, ctx, s, e, sent, clause)
                self._found_in_list(doc, ctx, s, e, sent, clause, prev + sent[:cs])
                self._kept(doc, ctx, s, e, sent, clause)
            prev = sent
        return doc

    def _aims(self, doc: Doc) -> list[bool]:
        """Per sentence: it stands in a plan or vision passage. That is a part of the report headed by a plan
        period that begins in the report's year or later ("二、关于“十二五”规划" in the report of 2011) or by
        远景目标, or a list of —— items led by a sentence of goals ("主要目标是：", "今后五年，…")."""
        text, year = text_of(doc), context(doc).get("year")
        out, plan, listed, lead = [], False, False, False
        for _i, s, _e, sent in sentences(doc):
            line = sent.strip()
            at = s
            while at > 0 and text[at - 1] == " ":
                at -= 1
            if at == 0 or text[at - 1] == "\n":  # a line starts here
                if HEADING.match(line) and not SUB_HEADING.match(line):
                    plan = self._plan_heading(line, year)  # a part of the report: plan or not
                elif SHORT_HEADING.match(line) and self._plan_heading(line, year):
                    plan = True
                item = bool(self.aim_list.match(line))
                listed = item and (listed or lead)
            if not listed:  # the last sentence of a paragraph before a list leads it
                lead = bool(self.aim_lead.search(line))
            out.append(plan or listed)
        return out

    def _plan_heading(self, line: str, year: int | None) -> bool:
        """A heading of a plan: 远景目标, or a plan period (十四五) that begins in the report's year or later,
        and no word of review (回顾, 成就)."""
        if self.aim_review.search(line):
            return False
        if self.aim_heading.search(line):
            return True
        return bool(year) and any(p in line and first >= year for p, (first, _) in PLAN_NUMERAL.items())

    def _emit(self, doc, s, e, sent, ftype, subj, kind, item, rule) -> None:
        town = context(doc).get("town") or ""
        placed = self.area_title.match(item) if subj is None else None
        if placed and placed.group(1).endswith("城市"):
            # "成为海绵城市首批国家试点城市": a field (…城市 is no city's name) before the level: 国家海绵城市试点城市
            level = self.levels.match(item[placed.end():])
            item = level.group(0) + placed.group(1) + item[placed.end() + level.end():]
            placed = None
        if placed and names.area_name(placed.group(1)) and placed.group(1) != town:
            # "争创榆中县国家数字种植业创新应用基地": the area named before the level is the receiver
            (subj, kind), item = names.area_name(placed.group(1)), item[placed.end():]
        site = self.site_title.match(item) if subj is None and item.endswith(self.site_kind) else None
        if site and not self.levels.fullmatch(site.group(1)) and not self.level_end.search(site.group(1)):
            # "申报“某调”世界非物质文化遗产", "申报某河国家重要湿地": the site named before the level is the receiver
            (subj, kind), item = (site.group(1), "entity"), item[site.end():]
        goal = self.goal_end.search(item)
        if goal and ftype == "honor" and rule.split(":", 1)[1] in self.candidacy_verb:
            # 入围X创建单位: a candidate, X is still a goal (荣获X创建城市 is a title received)
            ftype, item, rule = "pursued_honor", item[:goal.start()], rule.replace("honor:", "pursue:", 1)
        if ftype == "pursued_honor" and self.aim_object.search(item):
            return  # 创建中国特色世界一流职业学校: an aim no body awards
        if ftype == "pursued_honor" and self.approval_end.search(item) and item.endswith("项目") and \
                not self.approval_keep.search(item):
            return  # 申建国家美丽蓝天工程项目: a project funded, no title (…示范项目, …试点项目 are titles)
        if ftype == "pursued_honor" and subj is None and self.receivers._smaller_kind(item, town):
            return  # 争创国家级和谐社区 in a city's report: a goal of its communities, not of the city
        if item.endswith(self.cluster_end) and not (subj or "").endswith(self.cluster_end):
            return  # 生物医药入选国家先进制造业集群: a cluster named by its industry, or the town's (no named cluster)
        if subj is None and item.endswith(self.firm_title):
            return  # a firm's title (…企业) stated of the town: the firms got it or are meant to
        if subj is None and item.endswith(self.sub_area) and not town.endswith(self.sub_area):
            return  # a park's or scenic area's title (…园区, …景区) is not the city's or the town's
        if subj is None and self.work_award.search(item):
            return  # 举办X，并获得鲁班奖: a project's or a work's award, not the town's
        emit(doc, Fact(ftype, subj, item, s, e, rule, subject_kind=kind, aliases=self.aliases(item)),
             find_in(sent, s, item))

    def _named_as(self, doc, ctx, s, e, sent, clause) -> int | None:
        m = self.name_as.search(clause)
        if not m or self.goal_before.search(clause[:m.start()]):
            return None
        rec = self.receivers._receiver(m.group(2), ctx)
        if rec and rec[0] in self.receiver_generic:  # "被命名表彰为X": a second verb, not a receiver
            rec = (None, None)
        items = self.titles.items(m.group(3), loose=False) if rec else []
        for item in items:
            self._emit(doc, s, e, sent, "honor", rec[0], rec[1], item, f"honor:{m.group(1)}…为")
        return m.start() if items else None

    def _listed(self, doc, ctx, s, e, sent, clause) -> int | None:
        m = self.on_list.search(clause)
        if not m or self.goal_before.search(clause[:m.start()]):
            return None
        # "入选A和B名单": two lists when both sides are titles
        titles = [self.shapes.clean(p) for p in self.titles._joined_titles(m.group(2)) or [m.group(2)]]
        if not all(self.shapes.looks_like(item) for item in titles):
            return None
        # 列入X创建名单, 入选创建X名单: a list of candidates, X is a goal
        goal = m.group(3) or re.match(self.list_goal, m.group(2))
        ftype, rule = ("pursued_honor", "pursue:创建名单") if goal else ("honor", "honor:名单")
        before = self.receivers._first_subject(clause[:m.start()])
        first = self.first_of.match(names.clean_subject(before))
        if first:  # "A成为全省首个入选X名录的…": A is on the list
            before = first.group(1)
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
        rec = self.receivers._receiver(m.group(1), ctx)
        item = self.shapes.clean(GROUP_COUNT.sub("", m.group(2) + "之一")[:-2])
        if rec is None or not self.shapes.looks_like(item, strict=True):
            return None
        self._emit(doc, s, e, sent, "honor", rec[0], rec[1], item, "honor:之一")
        return m.start()

    def _kept(self, doc, ctx, s, e, sent, clause) -> None:
        """"巩固国家卫生城市创建成果": the results of a title won are kept, so the town holds the title (a title of a
        smaller kind than the town's, 国家卫生区 in a city's report, is its units')."""
        town = ctx.get("town") or ""
        for m in self.keep_results.finditer(clause):
            for item in self.titles.items(m.group(1), loose=False):
                # (巩固市级领导班子“三讲”成果: a local campaign, no title; X创建工作深入推进 in the same report: the
                # 成果 are the fruit of the work, X is not held yet)
                if self._leveled(item) and not LOCAL_LEVEL.match(item) and \
                        not COUNT_OPEN.match(self.levels.sub("", item)) and \
                        not self.receivers._smaller_kind(item, town) and not self._still_pursued(doc, item):
                    self._emit(doc, s, e, sent, "honor", None, None, item, "honor:巩固…成果")

    def _still_pursued(self, doc: Doc, item: str) -> bool:
        """The report says the work toward the title goes on (全国文明城市创建工作深入推进): it is not held yet."""
        core = self.levels.sub("", item)
        return len(core) >= 4 and bool(re.search(re.escape(core) + self.work_going, text_of(doc)))

    def _found_in_list(self, doc, ctx, s, e, sent, clause, before: str) -> None:
        """A榜上有名: the list's name is the last list named before (…淘宝镇名单, 公布…淘宝镇)."""
        m = self.in_list.search(clause)
        if not m:
            return
        rec = self.receivers._receiver(clause[:m.start()], ctx)
        if rec is None:
            return
        for part in reversed(CLAUSE_SPLIT.split(before)):
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

    def _won(self, doc, ctx, s, e, sent, clause, planned: bool = False, aimed: bool = False) -> None:
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
            if aimed and trig in self.aim_verb:
                continue  # ——实现全国文明城市“三连冠” in a list of goals: an aim
            if trig in self.shaped and (planned or self.shaped_not_before.search(clause[:m.start()]) or
                                        self.shaped_goal.search(sent[:max(sent.find(clause), 0)] + clause[:m.start()])):
                continue  # 努力成为, 把X打造成为, 到2025年…成为, 成为X in a plan: a goal or a becoming
            if self.goal_before.search(before) or self.not_before.search(before) or \
                    self.goal_adverb.search(before.rstrip()):
                continue
            if trig in self.supported_goal and goal_verb:
                # "推进A创成X和B创成Y": the verb of support governs B too; B stands after the last 和/、
                before = goal_verb + LIST_JOIN.split(clause[goal_end:m.start()])[-1]
            if trig in self.supported_goal and self.support.search(before):
                # "推进A、B创成X", "支持C县创成X": a goal of the units supported, not a win
                goal_verb, goal_end = self.support_verb.search(before).group(0), m.end()
                for subj, kind in self.receivers._goal_subjects(before, ctx):
                    for item in self.titles.items(obj, loose=False):
                        self._emit(doc, s, e, sent, "pursued_honor", subj, kind, item, f"pursue:{trig}")
                continue
            before = self.receivers._first_subject(before)
            # "A成为全国首个获评X的城市": A received X, the title ends before the noun it qualifies
            # (成为全国唯一连续14年入选的“X”: the noun after 的 is the title; 成为首个通过X验收的: up to 验收)
            first = self.first_of.match(names.clean_subject(before))
            if first:
                checked = CHECKED.search(obj)
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
            # ("厦台合作的歌仔戏《X》获Y": a kind of work between 的 and the title)
            made = MADE.search(before)
            owned = self.own_quoted.search(before.strip())  # 我市“X”获Y: X received Y, not the town
            before = made.group(1) if made else owned.group(1) if owned else before
            # "南昌参与的X集群入选Y": the relative clause says the town's part in X, X received Y
            before = self.relative_lead.sub("", before)
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
            group = LETTER_O.sub("0", group)  # 3O名: a letter O read as a digit
            if self.counted_own.fullmatch(group):
                before = ""  # "2个集体、2名个人获X", "7个社区入选X": the town's own units, unnamed (GUIDELINES: the town)
            elif COUNTED.search(group) or COUNTED_AREAS.fullmatch(group) or PERSONS.search(obj) or \
                    SHARE.search(group):
                continue
            # "捧得“X”的县", "入选“X”的人才": the title qualifies a noun (a relative clause), nobody is said to win it here
            if RELATIVE.search(obj):
                continue
            given = trig in self.give_verb and not PASSIVE.search(before)
            named = None
            if given and COUNTED.match(obj):
                continue  # "授予45位海外人士荣誉市民称号": persons received it
            if given:  # "某组织授予A“X”": A, named between the verb and the quoted title, received X
                obj = self.self_lead.sub("", obj)
                named = GIVEN_TO.match(obj)
                if named:
                    before, obj = named.group(1), named.group(2)
            # 获批开展A、B试点: pilots granted to the town (each ends in 试点, no level needed)
            pilot = self.pilot_lead.match(obj) if trig in self.granted else None
            if pilot:
                obj = obj[pilot.end():]
            slots = self.titles.items(obj, trig in self.loose, slots=True)
            if trig in self.shaped:
                bare = QUOTED.sub("", obj)
                if "的" in bare or self.shaped_not_inside.search(bare) or self.frame_end.search(obj):
                    continue  # 成为全国重要的X基地, 成为全国首创…: a description; 以创建X“四连冠”为目标: a goal
                # (获批X试点城市 with no level: a pilot of the town's own kind granted)
                granted = self.granted_end.get(self._town_kind(ctx.get("town") or "")) if trig in self.granted else None
                slots = [i if i and (self._leveled(i) or bool(pilot and self.pilot_end.search(i)) or
                                     bool(granted and granted.search(i) and
                                          not self._slogan(i, ctx.get("town_short") or ""))) and
                         not (trig in self.position_verb and self.position_end.search(i)) else None for i in slots]
            if self.approval_verb.search(trig) or self.approval_build.match(obj.lstrip()):
                # 成功申报X项目, 成功获批建设X中心: a thing approved or funded (not …示范项目, …试点)
                slots = [None if i and self.approval_end.search(i) and not self.approval_keep.search(i) else i
                         for i in slots]
            items = [i for i in slots if i]
            if not items:
                continue
            # "福田区在生态文明建设领域获评X": the receiver ends before the 在 phrase
            before = IN_FIELD.sub("", before)  # not 《掬水月在手》
            # "高新区和陕鼓集团入选X": 和 after a unit's name joins two receivers
            before = UNIT_AND.sub("、", before)
            pair = SHORT_AND.fullmatch(names.clean_subject(before))
            if pair:  # "顺德和南海被评为X": two short names
                before = pair.group(1) + "、" + pair.group(2)
            # "东莞作家首获X": 首 (for the first time) before the verb is no part of the receiver
            before = FIRST_TIME.sub("", before)
            # "乔口、灰汤新入选X": 新 (newly) before the verb is no part of a short name
            before = NEWLY.sub(r"\1", before)
            # "“大连海参”“大连大樱桃”被认定为X": two quoted names; "A、B、庄河三市入选": the count is no name
            before = before.replace("”“", "”、“").replace("》《", "》、《")  # 《A》《B》获X: two works
            before = AREA_TALLY.sub("", before)
            # "歌剧《甲》和小说《乙》获X": two works, not one
            before = WORKS_JOINED.sub("》、", before)
            if given and not named:  # "联合国授予X": the giver stands before the verb; the town received X
                receivers = [(None, None)]
            else:
                found = [self.receivers._named_receiver(subj, kind) for subj, kind in subjects(before, ctx)]
                receivers = self.receivers._share_field_head(self.receivers._share_head([r for r in found if r]))
            unit = names.clean_subject(before)
            work = WORK.fullmatch(unit)
            if receivers == [(None, None)] and work:
                receivers = [(names.strip_quotes(work.group(0)), "entity")]  # 《把粮食存到“银行”》获X: the work did
            if receivers == [(None, None)] and (UNIT_HEAD.search(unit) or owned) and not is_town_ref(unit, ctx):
                continue  # "12345市民服务…平台荣获X", 我市“135…路径”获X: a unit or thing the rules cannot read, not the town
            if receivers == [(None, None)] and not unit and not given and \
                    not any(i.endswith(self.kind_end) for i in items):
                # "“12345+网格化”智慧平台构建…新格局，荣获X": the quoted platform opening the clause before did
                opened = PLATFORM_CLAUSE.search(sent[:max(sent.find(clause), 0) + m.start()])
                if opened:
                    receivers = [(names.strip_quotes(opened.group(1)), "entity")]
            # (分别被民政部授予A、B: 分别 before the agent of a passive)
            plain = PASSIVE_AGENT.sub("", before.strip())
            respective = RESPECTIVELY.search(plain)
            if respective and len(receivers) == len(slots) > 1:
                # "A、B分别入选X和Y": A got X, B got Y
                pairs = [(r, i) for r, i in zip(receivers, slots) if i]
            elif respective and len(slots) > 1:
                continue  # 分别 with lists of unequal length: who got which is not known
            else:
                pairs = [(r, item) for r in receivers for item in items]
            pairs = self.receivers._kind_pairs(receivers, items, ctx.get("town") or "") or pairs
            if len(receivers) > 1 and len(items) > 1 and len(pairs) == len(receivers) * len(items) and \
                    not EACH.search(plain) and not _levels_of_one(items):
                if len(receivers) != len(items):
                    continue  # A、B、C等获评X、Y: each got one, the text does not say which (GUIDELINES: leave it out)
                pairs = list(zip(receivers, items))  # A河、B湾入选X河湖、Y海湾: in order, as with 分别
            alt = KIND_ALT.search(obj)
            for (subj, kind), item in pairs:
                other = alt.group(2) if alt and subj and item.endswith(alt.group(1)) else ""
                if other and (subj.endswith(other) or (other == "单位" and not subj.endswith(self.kind_end))):
                    item = item[: -len(alt.group(1))] + other  # 仙涌村 got 示范村 of 示范乡镇（村）
                self._emit(doc, s, e, sent, "honor", subj, kind, item, f"honor:{trig}")
            done_upto = ends

    def _pursued(self, doc, ctx, s, e, sent, clause) -> None:
        prev_end = None
        clause_at = max(sent.find(clause), 0)
        for m in self.pursue.finditer(clause):
            trig = m.group(1)
            before = clause[:m.start()]
            if before.count("“") > before.count("”") and not before.endswith("“"):
                continue  # “一次申报、一次查验”联动监管试点: a word inside a quoted name (not “争创X、…”: a quoted goal)
            if self.pursue_not_after.search(before):  # 成功申报: done, not a goal
                continue
            if self.pursue_done.match(clause[m.end():]):
                continue  # 争创了X、创建了Y: titles won (the rules of winning read them, or nothing does)
            at = clause_at + m.start()
            if any(f.start() < at < f.end() for f in self.past_frame.finditer(sent)):
                continue  # 在…创建X…等活动中，…给予了支持: a past campaign the thanks are for
            if any(f.start() < at < f.end() for f in self.not_goal_frame.finditer(sent)):
                continue  # 抢抓…和建设X等重大机遇: an opportunity held; 为建设X而努力奋斗: the report's closing call
            if trig in self.needs_support and not (self.support_verb.search(before) or
                                                   self.goal_before.search(before)):
                continue  # 东岭园区升级为国家级开发区: done (支持东岭园区升级为…: a goal)
            joins = list(LIST_JOIN.finditer(clause, prev_end or 0, m.start())) if prev_end is not None else []
            if joins:
                # "推进A争创X、B争创Y", "抓好A申报X和B申报Y": B, after the last 、 or 和, pursues Y (not "A争创X、B")
                verb = self.lead_verb.search(clause[:prev_end])  # 推进 (做好) governs both
                before = (verb.group(0) if verb else "") + clause[joins[-1].end():m.start()]
            prev_end = m.end()
            obj = self.object_tail.sub("", clause[m.end():])  # 创建X工作: X
            if LIST_JOIN.match(obj):
                continue  # 推进X申报和Y创建工作: the goal verb is a noun here, X is what is applied for
            if trig == "力争":
                # the title starts at its level or quote after a few words of time or verb; else it is a clause
                lead = self.lead_skip.match(obj)
                if not lead or STRIVE_CLAUSE.search(obj[lead.end():]):
                    continue
                obj = obj[lead.end():]
            elif trig.endswith(("申报", "申建")):
                obj = APPLY_AS.sub("", obj)  # 申报作为全国X试点城市
            if trig.endswith("创") and obj.startswith("建") and not obj.startswith("建设"):
                obj = obj[1:]  # "两争创建X": 争 + 创建, the title starts after 建
            said = sent[:clause_at] + before  # the sentence up to the verb
            # (创建X with no level: not in a list of mass campaigns, not after a description: 创建全省唯一的X)
            bare_ok = not self.campaign_mark.search(clause) and not self.shaped_not_inside.search(obj[:12])
            fits = self._goal_fits(trig, ctx.get("town") or "", aim=bool(self.build_aim.search(before)),
                                   town_short=ctx.get("town_short") or "" if bare_ok else None)
            if trig in self.pursue_shaped and self.trigger.search(before):
                continue  # 荣获平安建设全国先进市, 争创X建设国家示范点: 建设 inside a title won or sought
            if trig in self.strive and self.strive_not.search(obj):
                continue  # 争取国家X项目, 争取国家批准X: funds, projects, the state's acts are sought
            if trig in self.pursue_shaped:  # "A、B获批创建X", "…、全国首批创建X": the approval or batch is no unit's name
                before = self.shaped_lead.sub("", before)
            for subj, kind in self.receivers._goal_subjects(before, ctx):
                if subj in self.receivers.bare_zone:  # 推动新区申报X: the zone named before, or the town's own
                    subj, kind = self._named_zone(doc, s + at, subj)
                # "力争成为广东最大的先进制造业城市": a description with 的 is an aim, not a title (quoted ones stay)
                if subj is None and trig in self.needs_support:
                    continue  # 争取A升级为X: the unit raised is named or nothing is
                for item in (i for i in self.titles.items(obj, trig in self.loose)
                             if ("的" not in i or f"“{i}”" in clause) and fits(i)
                             and not (trig in self.build and self._held(doc, i))):
                    unit = self._upgraded(said, item) if subj is None else None
                    self._emit(doc, s, e, sent, "pursued_honor", *(unit or (subj, kind)), item, f"pursue:{trig}")
        m = self.pursue_frame.search(clause)
        if m:
            for item in self.titles.items(m.group(1), loose=False):
                if item.endswith(self.campaign_kind) and not item.startswith(self.shapes.prefix):
                    continue  # 以创建文明社区、文明家庭为重点: titles the city's units may win
                if not self.level_open.match(item) and self._slogan(item, ctx.get("town_short") or ""):
                    continue  # 以创建食品安全最放心城市为目标, 以创建“平安某市”为目标: the town's own slogan
                self._emit(doc, s, e, sent, "pursued_honor", None, None, item, "pursue:以创建…为")
        m = self.pursue_work.search(clause)
        done = self.pursue_work_do.search(clause) if not m else None
        for cand in (self.titles.items(names.clean_subject(done.group(1)), loose=False) if done else ()):
            # (X复核及Y, X试点城市建设和Y: two works joined, read as one; …建设示范创建: no title's kind)
            if JOINED.search(cand) or cand.endswith("示范"):
                continue
            if self.shapes.looks_like(cand, strict=True):
                self._emit(doc, s, e, sent, "pursued_honor", None, None, cand, "pursue:做好…工作")
        if m:
            for raw in names.split_list(names.clean_subject(m.group(1))):  # "A、B创建工作": two goals
                cand = self.shapes.clean(raw)
                if cand and self.shapes.looks_like(cand, strict=True):
                    self._emit(doc, s, e, sent, "pursued_honor", None, None, cand, "pursue:创建工作")
        own_model = self.object_own_end.get(self._town_kind(ctx.get("town") or ""))
        for m in self.pursue_object.finditer(clause) if not self.past_time.search(sent) else ():
            for item in self.titles.items(m.group(1), loose=False):
                # (推进文明城市创建: a campaign every city runs; a title with its level is one awarded, and so is a
                # model or pilot of the town's own kind: 推进节能减排示范城市创建)
                # (国家“四城”创建: a count of titles; 启动国家X试点和Y示范创建: a pilot started, a kind cut short)
                core = self.levels.sub("", item)
                model = bool(own_model and own_model.search(item) and "的" not in item and not JOINED.search(item) and
                             not item.startswith("第") and
                             not self._slogan(item, ctx.get("town_short") or "") and not self.campaign_mark.search(clause))
                if (self._leveled(item) or model) and len(core) >= 3 and not COUNT_OPEN.match(core) and \
                        not self.object_not_open.match(item) and not item.endswith(self.object_not_end):
                    self._emit(doc, s, e, sent, "pursued_honor", None, None, item, "pursue:推进…创建")
        m = self.build_work.search(clause)
        own_kind = self.build_work_end.get(self._town_kind(ctx.get("town") or ""))
        if m and own_kind:
            for raw in names.split_list(names.clean_subject(m.group(1))):
                cand = self.shapes.clean(raw)
                # "省市共建X示范市建设扎实推进": a title of the town's own kind, a strong ending (no level needed here)
                if cand and own_kind.search(cand) and self.shapes.looks_like(cand, strict=True) and \
                        not self.build_position.search(cand) and not self._held(doc, cand):
                    self._emit(doc, s, e, sent, "pursued_honor", None, None, cand, "pursue:建设推进")

    def _named_zone(self, doc: Doc, at: int, zone: str) -> tuple[str | None, str | None]:
        """A zone's kind alone as the pursuer (新区, 高新区): the zone of that kind named in the paragraph before
        (五象新区, named again elsewhere in the report), else the town (its own zone, which the text does not name)."""
        text = text_of(doc)
        para = text[text.rfind("\n", 0, at) + 1:at]
        found = [m.group(1) for m in re.finditer(r"(?:^|(?<=[，。；、：“”（(\s]))([\u4e00-\u9fff]{2,3}" + re.escape(zone) + ")",
                                                 para)]
        found = [f for f in found if not self.support_verb.match(f) and not self.receivers.join_lead.match(f)
                 and not self.upgrade_lead.match(f) and text.count(f) >= 2]
        if found and len(set(found)) == 1:
            return receiver(found[0]) or (found[0], "entity")
        return None, None

    def _slogan(self, item: str, short: str) -> bool:
        """A goal no body awards: a superlative or a description (最放心城市), the town's own name (``short``)
        inside (平安某市), or a word too short for a title's stem (样板城)."""
        return len(item) <= 3 or bool(self.shaped_not_inside.search(item)) or bool(short and short in item)

    def _held(self, doc: Doc, item: str) -> bool:
        """The report says the title was granted (入选首批国家X, 成为X, 获批建设X): 建设X is then work on a title
        held, not a goal. The title is matched without its level (国家/全国…) so 首批 or quotes may stand between."""
        core = self.levels.sub("", item)
        if len(core) < 4:
            return False
        # a pilot of the title held is the title held: 获批国家X城市试点, 入选国家X试点城市 (for 国家X城市)
        kind = HELD_KIND.search(core)
        shape = re.escape(core) if not kind else re.escape(core[:kind.start()]) + "(?:试点)?" + kind.group(0)
        # (not 成为我市创建X的力量, 支持A建设成为…的X: a goal in between; not 成为X示范…: another title, X still to win)
        held = re.compile(self.held_verb + r"(?:(?!创建|争创|申报|的)[^。；，“”]){0,20}?“?" + shape +
                          "”?(?!示范|建设|创建)")
        return bool(held.search(text_of(doc)))

    @staticmethod
    def _town_kind(town: str) -> str:
        """The kind of title a town builds toward: 市 for a city, 镇 for a town; "" for others (a district, a county)."""
        return "市" if town.endswith("市") else "镇" if town.endswith(("镇", "乡", "街道")) else ""

    def _leveled(self, item: str, levels: tuple[str, ...] = ()) -> bool:
        """A title opening with its level (全国X, 省级X, 某省X, or one of ``levels``) with no 的 and no description
        (全国首创, 最…): what 成为, 创建 and 建设 must be followed by."""
        if "的" in item or self.shaped_not_inside.search(item):
            return False
        province = PROVINCE.match(item) and not self.trigger.search(item)  # not 入选省会城市
        return bool(self.level_open.match(item) or province or (levels and item.startswith(levels)))

    def _goal_fits(self, trig: str, town: str, aim: bool = False, town_short: str | None = ""):
        """The test a goal of ``trig`` must pass: none for most verbs; a leveled title after 创建; after 建设 a
        leveled title of the town's own kind (…示范城市 for a city, …示范镇 for a town: 建设国家…示范区 builds a zone),
        not a positioning (国家中心城市) unless ``aim``: a word of striving right before 建设 (努力建设X) makes the
        positioning a goal not yet reached."""
        if trig not in self.pursue_shaped:
            return lambda item: True
        if trig not in self.build:
            # 创建国际X: the level 国际 only before a title of the town's own kind (国际湿地城市 for a city)
            own = {"市": "城市", "镇": "镇"}.get(self._town_kind(town))
            own_end = self.own_end.get(self._town_kind(town))
            # (创建X with no level: a title of the town's own kind, no description, slogan or leveled word inside)
            return lambda item: self._leveled(item) or bool(own and item.endswith(own) and
                                                            self._leveled(item, self.build_level)) or \
                bool(own_end and town_short is not None and own_end.search(item) and "的" not in item and
                     not self._slogan(item, town_short))
        end = self.build_end.get(self._town_kind(town))
        if end is None:  # a district or a county: no title of its own kind to build toward
            return lambda item: False

        def fits(item: str) -> bool:
            position = self.build_position.search(item)
            # (努力建设国家物流枢纽: a facility, no title; only a city's positioning is a city's goal)
            kind_ok = (aim and item.endswith("城市")) if position else bool(end.search(item))
            return kind_ok and self._leveled(item, self.build_level)
        return fits

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


@Language.factory("tk_honors", assigns=["doc.spans"], requires=["doc._.tk_sentences", "doc._.tk_sections"],
                  default_config={"rules": "honors.tsv"})
def make_honor_finder(nlp: Language, name: str, rules: str):
    return HonorFinder(rules)
