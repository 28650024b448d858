"""Named programs the town runs: quoted names in program context, X长制, …计划/机制.

Endings, verbs and the words that rule a quotation out are in
``data/lexicons/programs.tsv``. Names the honor finder took as titles are not
programs: the span groups named in ``exclude_groups`` are read when present.
"""
from __future__ import annotations

import os
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import names
from kg.extract.cues import Cue
from kg.extract.fact import Fact, emit, facts_in, find_in
from kg.extract.text import sentences, text_of
from kg.ingest import CJK
from kg.numbers import quoted_spans

CHIEF_SYSTEM = re.compile(f"((?:河湖|[{CJK}])长制)")  # 河长制, 林长制, 路长制, 河湖长制


# rules that read an unquoted name: the checks for common noun phrases apply to them
UNQUOTED_RULES = ("program:verb+suffix", "program:subject+verb", "program:institution", "program:progress",
                  "program:mechanism", "program:plan")

# a footnote mark after a name ("…三项计划[^1]，"): the name ends before it
FOOTNOTE = r"\[\^?\d{1,3}\]|［\d{1,3}］"


YEARS = re.compile(r"[（(]\d{4}\s*[-—–～~至]\s*\d{4}年?[)）]")  # （2008-2015）: the years a plan runs, no part of its name


QUOTED_NAME = re.compile(r"“([^“”]{1,30})”")


def quote_groups(sent: str) -> list[list[re.Match]]:
    """Quoted names, grouped when nothing or only 、 和 及 与 stand between them."""
    groups: list[list[re.Match]] = []
    for m in QUOTED_NAME.finditer(sent):
        if groups and re.fullmatch(r"[、和及与]?|以及", sent[groups[-1][-1].end():m.start()]):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def shared_end_items(q: str, split_end: tuple[str, ...], not_end: tuple[str, ...] = ()) -> list[str]:
    """The items of a quoted list whose items all end in the same word of two characters or more, else [].

    “一窗通办、一网通办、同城通办” names three ways of one kind; “百村示范、千村整治” or “早识别、早预警” is one
    campaign's slogan, read as one name. The shared ending must end in a procedure or programme word
    (one of ``split_end``, none of ``not_end``): “带头抓落实、善于抓落实” or “科创看X、科普到X” share a manner phrase
    or a place's name, the parallel parts of one slogan.
    """
    parts = q.split("、")
    if len(parts) < 2 or any(len(p) < 3 for p in parts):
        return []
    shared = len(os.path.commonprefix([p[::-1] for p in parts]))
    if shared < 2 or not all(len(p) > shared for p in parts):
        return []
    ending = parts[0][-shared:]
    return parts if ending.endswith(split_end) and not ending.endswith(not_end) else []


DE_PHRASE = re.compile(r"的([^，。；、“”]{1,14})")  # the head a quote is joined to by 的, up to the next break


NUMBERED = "[一二两三四五六七八九十百千万\\d]+"
# a count of tasks or measures (“三项改革”, “五项重点工作”, 两个“X”): no one programme's name (quoted-subject/-object)
QUOTE_COUNTED = re.compile(f"^{NUMBERED}[项个大件条种]")
COUNT_BEFORE = re.compile(f"{NUMBERED}[项个大件条种批]$")


# a count of plans before an unquoted name (一个X行动计划, 两个阶段X计划), not a numbered name (三个一工程)
COUNT_LEAD = re.compile(r"[一两二三四五六七八九十]+(?:个阶段|个|阶段)(?![一两二三四五六七八九十\d])")
BATCH_LEAD = re.compile(r"[一两二三四五六七八九十]+批")  # 实施一批X工程: a batch of works of a kind, no name


# "完善A制度、B等改革", "推进A制度和B制度改革": what follows a name makes it a field of a reform
REFORM_FIELDS = re.compile(r"(?:、[^，。；]*等[^，。；]{0,8}|[和及与][^，。；]{0,16})改革")
REFORM_FIELDS_NO_MEASURES = re.compile(REFORM_FIELDS.pattern + "(?!举措|措施)")  # (not 等改革举措: named measures)


PLAN_NUMERAL = re.compile(r"十?[一二三四五六七八九]五|十五")  # 十三五, 七五: a five-year plan's number
CLAUSE_REST = re.compile(r"[^，。；：]*")  # the rest of the clause
ITEM_END = re.compile(r"[，。；]|$")  # a clause (or the sentence) ends here
LIST_SEP = re.compile("[、和与]")  # between the items of a list


def clause_tail(before: str) -> str:
    """The clause the text before a name ends with: what follows its last ，；：。."""
    return before[max(before.rfind(c) for c in "，；：。") + 1:]


FIGURE_ONLY = re.compile(r"[\d+＋\-×xXNn*/. ]+")  # “1+6”, “2+X”, “1+N”: a figure names no program


def looks_like_program(name: str) -> bool:
    if not 2 <= len(name) <= 20:
        return False
    if FIGURE_ONLY.fullmatch(name) or re.search(r"[，。；！？]", name):
        return False
    if PLAN_NUMERAL.fullmatch(name) or re.fullmatch(r"(?:[一二三四五六七八九十]|\d+)星", name):
        return False  # plan numerals (十三五, 七五) and star ratings
    if names.GENERIC.search(name) and "、" not in name:
        return False
    return True


class ProgramFinder:
    def __init__(self, rules: str, exclude_groups: list[str]):
        r = lexicon.rules(rules)

        def alt(list_id: str) -> str:
            """The list as one group: ``(?:a|b|…)``, longest first."""
            return "(?:" + r.pattern(list_id) + ")"

        suffix = r.pattern("suffix")
        self.suffix_end = re.compile(suffix + "$")
        self.verb = "(" + r.pattern("verb") + ")"
        self.verb_start = re.compile("^" + self.verb)
        self.quote_right = re.compile(r"^(?:[^，。；、“”]{0,4}?" + suffix + r"|等(?:[一二三四五六七八九十两\d]+[项个大类])?"
                                      r"[^，。；、“”]{0,4}?" + r.pattern("suffix_after_deng") + ")")
        self.quote_left = re.compile(self.verb + r"(?:[^，。；“”]{0,2}|一批[^，。；“”]{0,8}的)?$")
        self.quote_left_count = re.compile(r"(完成|建成|建设|打造|创建)\d+[个条处家所座项]$")
        self.not_right = re.compile("^" + r.pattern("not_right"))
        self.not_right_near = re.compile("^[^，。；、“”]{0,6}?(?:" + r.pattern("not_right_near") + ")")
        self.system_right = re.compile("^[^，。；、“”和及与等的]{0,6}?" + alt("system_right") + "(?=[，。；、和及与]|$)")
        unquoted = r.pattern("unquoted_suffix")
        # the next item of a list the verb governs: after 、, or after 和/及/与 when what follows is a
        # programme of its own ("A计划和B计划"); a 和 before which no programme ends stays inside one name
        # ("…产业和人才发展计划")
        item = r"[^，。；、“”]{2,14}?(?:" + unquoted + r")"
        joined_item = r"[和及与]" + item + r"(?=[，。；、和及与]|$)"
        self.unquoted = re.compile(r"((?:深入|全面|持续|积极|扎实)?" + r.pattern("unquoted_verb") + ")"
                                   r"(" + item + r")(?=[，。；、和及]|$|" + FOOTNOTE + "|" + joined_item + ")")
        # "产业振兴行动计划启动，", "X改革试点全面展开": the programme named as the clause's subject, then a verb of
        # running it that ends the clause (not 按计划推进: a plan followed)
        self.subject_verb = re.compile(r"(?:^|(?<=[，。；：]))(?!" + alt("subject_not_start") + r")([^，。；、“”：等]{2,14}?"
                                       r"(?<!按)(?:" + unquoted + r"))(?:" + FOOTNOTE + r")?(?:" + alt("subject_adverb")
                                       + r")?" + alt("subject_verb") + r"(?=[，。；]|$)")
        self.unquoted_more = re.compile(r"[、和及与](" + item + r")(?=[，。；、]|$|" + joined_item + ")")
        self.service_list = re.compile(r"([^，。；]{2,40}?)等(?:[^，。；、]{0,6}?)(" + r.pattern("list.head") + r")(?=[，。；]|$)")
        # an unquoted list item is a program only with a program or event word of its own ("…艺术节", "…行动"),
        # a product-name ending ("…宝") or a Latin letter ("银龄E家"); bare service types and measures are not
        self.list_item = re.compile("(?:" + r.pattern("list.item_end") + ")$|[A-Za-z]")
        self.list_not_start = re.compile("^" + alt("list.not_start"))
        self.lead = re.compile("^" + r.pattern("lead_verb") + "+(?=.{3,})")
        self.not_left = re.compile("(?:" + r.pattern("not_left") + ")(?:的)?$")
        self.not_end = re.compile(alt("not_end") + "$")
        self.not_start = re.compile("^" + alt("not_start"))
        # "两轴三区", "一城一岛一带", "六个社渚": a layout or a count of slogans, not a program
        # (“新两翼”, “一带多城”: a new or many-part layout is still one)
        self.layout = re.compile(f"^[新大]?(?:(?:{NUMBERED}|多)(?:{r.pattern('layout')}))+$")
        self.generic_names = frozenset(r.words("generic_name")) | frozenset(r.words("national"))
        # "六大技术", "三个中心": a counted list names a program only with a program word of its own
        self.counted = re.compile(f"^{NUMBERED}(?:[个大种]|件[大实])")
        self.counted_short = re.compile(f"{NUMBERED}[{CJK}]")
        self.plan_lead = re.compile(f"^(?:新一轮)?(?:{NUMBERED}年)?")  # "新一轮三年" before a bare plan word
        self.year_lead = re.compile(f"^{NUMBERED}年")
        self.numbered_big = re.compile(NUMBERED + "大")
        self.suffix_end_any = re.compile("(?:" + suffix + ")$")
        self.suffixes = frozenset(r.words("suffix"))
        self.split_end, self.split_not_end = r.words("quote.split_end"), r.words("quote.split_not_end")
        # "深化A改革和B试点": the first part ends a name of its own, the second is a pilot or action of its own
        self.split_before, self.split_after = r.words("unquoted.split_before_end"), r.words("unquoted.split_after_end")
        # 开展科创金融服务“X”改革试点: a noun phrase between the running verb and the quote makes the quote an
        # inner modifier of a longer pilot's name, not its short form
        run = alt("pilot.run_verb")
        # (not a tail that joins two things, counts or opens with 全市: 开展A和“B”试点 keeps B alone)
        self.pilot_inner = re.compile(run + "了?((?!全)(?:(?!" + run + ")[^，。；“”、的等和及与\\d])" + "{4,})$")
        self.not_contain = re.compile(r.pattern("not_contain"))
        self.bare_program = re.compile(alt("bare_program"))
        self.pilot_start = re.compile(alt("pilot_start"))
        # 获批“X”试点, 入选“X”试点: a pilot the city was made is a designation (an honor), not a programme it runs
        self.pilot_granted = re.compile(alt("pilot_granted"))
        self.pilot_sought = re.compile(alt("pilot_sought"))
        self.level = re.compile("^" + alt("level_word"))
        self.works = re.compile("(?:" + r.pattern("works") + ").*工程$")
        self.works_word = re.compile(r.pattern("works"))
        self.site_works = re.compile(alt("site") + r"[^，。；、]{0,8}?" + alt("site_action") + r"[^，。；、]{0,4}工程$")
        # a count or a distributive inside an unquoted name makes it a batch of works, not one programme
        # (解决农村22万人饮水困难工程: the people it serves)
        self.unquoted_count = re.compile(r"[\d.]+万?(?:[项个户座条处米]|公里)|[\d.]+万人|各")
        self.rank_category = re.compile(r.pattern("rank_category"))
        self.generic_words = re.compile("(?:" + r.pattern("generic_word") + ")+(?:制度|机制|体制)$")
        self.circle = re.compile("(" + r.pattern("circle") + ")")
        # 落实安全生产责任制, 推行首问负责制: a system named by a compact 制 ending (责任制, 承诺制 …) after a verb
        # that runs it; a name made only of general words of governance (目标责任制, 行政问责制) is no name
        inst_verb = alt("institution.verb")
        # (推行“两公开、一监督”和服务承诺制: a quoted name of the verb's list may come first)
        not_inside = "(?!" + inst_verb + "|" + alt("institution.obey_verb") + ")"
        self.institution = re.compile(inst_verb + r"好?(?:“[^“”]{2,16}”[和及、])?((?:" + not_inside
                                      + r"[^，。；、“”和及与的：\d]){2,14}?" + alt("institution.end") + r")(?=[，。；、和及与]|$)")
        # 全面推行执法责任制, 实行服务承诺制: a duty or pledge system of general words the city brings in
        self.institution_introduce = re.compile("^(?:全面)?" + alt("institution.introduce_verb"))
        self.institution_introduced = re.compile(".." + alt("institution.introduce_end") + "$")
        self.institution_empty = re.compile("(?:" + r.pattern("institution.empty_word") + ")+"
                                            + alt("institution.introduce_end"))
        self.institution_reformed = re.compile(r.pattern("institution.reformed"))
        # 建立稳定工作责任制: general words and 工作 before the duty ending, a duty brought in, no named system
        self.institution_duty = re.compile("(?:" + r.pattern("generic_word") + "|" + r.pattern("institution.generic_word")
                                           + ")*(?:" + r.pattern("institution.duty_word") + ")"
                                           + alt("institution.introduce_end"))
        # 办好世界某商大会, 成功举办第二届某城旅游文化节: a named festival, week or race the town holds (its edition
        # or year is no part of the name); the items of a list after it ("A、B等赛事") each with such an ending. A
        # congress or forum (event.meeting_end) is one only when it recurs: kept up (办好) or counted (第N届)
        event_end = "(?:" + r.pattern("event.end") + "|" + r.pattern("event.meeting_end") + ")"
        event_name = r"((?:(?!" + alt("event.verb") + r")[^，。；、“”和及与的：\d]){2,14}?" + event_end + r")"
        edition = r"(第[一二三四五六七八九十百\d]+[届次]|首届|\d{4}年?(?:第[一二三四五六七八九十百\d]+届)?|" \
                  r"[一二三四五六七八九十两\d]+届)?"
        # 召开 a meeting names a recurring one only when its edition is counted (召开了首届X顾问会议)
        self.event = re.compile("(" + r.pattern("event.verb") + "|" + r.pattern("event.edition_verb") + ")了?" + edition
                                + event_name + r"(?=[，。；、和及与等]|$)")
        self.edition_verb = frozenset(r.words("event.edition_verb"))
        self.event_more = re.compile(r"、" + edition + event_name + r"(?=[，。；、和及与等]|$)")
        self.event_not = re.compile("^" + alt("event.not_start") + "|" + alt("event.not_end") + "$|届")
        self.meeting = re.compile(alt("event.meeting_end") + "$")
        self.institution_more = re.compile(r"[、和及与]((?:[^，。；、“”和及与的：\d]){2,14}?" + alt("institution.end")
                                           + r")(?=[，。；、和及与]|$)")
        # 出台支持某业发展16条措施, 制定实施某某高质量发展“26条”, 推出某某便民十项措施: a policy package named by
        # its field and its count of articles; the field must name no works (道路整治25条, 精品线路40条: a count of
        # roads) and no requests (政策诉求265条)
        self.package = re.compile(alt("package.verb") + r"好?了?((?:(?!" + alt("package.verb") + r")[^，。；、“”\d《》和及与的：])"
                                  r"{4,16}?)“?((?:(?<=“)新)?(?:[一二三四五六七八九十]+|\d{1,3})(?:条|项措施|项举措))”?("
                                  + alt("package.end") + r")?(?=[，。；、和及]|$)")
        # the next package of a list the verb governs ("实施A“10条”、B“15条”")
        self.package_more = re.compile(r"、((?:[^，。；、“”\d《》和及与的：]){4,16}?)“?((?:(?<=“)新)?(?:[一二三四五六七八九十]+|\d{1,3})"
                                       r"(?:条|项措施|项举措))”?(" + alt("package.end") + r")?(?=[，。；、和及]|$)")
        self.package_own_start = re.compile("^(?:" + r.pattern("package.own") + ")")
        self.package_not = re.compile(r.pattern("works") + "|" + r.pattern("package.not_contain"))
        self.institution_generic = re.compile("(?:" + r.pattern("generic_word") + "|" + r.pattern("institution.generic_word")
                                              + ")+" + alt("institution.end"))
        # 健全以责任制…: a particle before the name is stripped; 完善救助制度, 全民社保制度, 社会救助制度: one domain word is
        # no name, whatever the verb
        self.institution_lead = re.compile(r.pattern("institution.lead"))
        self.institution_end = re.compile(alt("institution.end"))
        self.institution_domain = re.compile(alt("institution.domain_lead") + "?" + alt("institution.domain_word") + "制度")
        self.figures = frozenset(r.words("quote.figure"))
        self.domains = frozenset(r.words("quote.domain"))
        # 在民生实事推进等“硬任务”上求实效, 把目标落实在“干成事”上: “on the X of …”, a figure of speech
        self.figure_frame = re.compile(r"在[^，。；、“”]{0,16}$")
        self.negation = re.compile(r.pattern("negation"))
        self.target_left = re.compile(alt("target_verb") + "了?$")
        # 创建“放心消费”城市: a quote between a title verb and a unit noun names the kind of a title
        self.title_left = re.compile(alt("title_verb") + "$")
        self.title_right = re.compile("^" + alt("title_unit"))
        self.title_unit_end = re.compile(alt("created_unit") + "$")
        # “魅力X”某某艺术节: a quote that opens an event's longer name
        self.event_right = re.compile(r"^(?![和及与等])[^，。；、“”等]{1,10}?(?:" + r.pattern("event_head") + r")(?=[，。；、和及与等]|$)")
        self.festival = re.compile(alt("festival_head") + "$")
        self.left_noun = re.compile(alt("left_noun") + "$")
        self.bare_end = re.compile(alt("bare_end") + "$")
        self.bare_right = re.compile("^[^，。；、“”]{0,6}?(?:" + r.pattern("bare_right") + ")")
        self.bare_start = re.compile("^" + alt("bare_start"))
        self.right_verb = re.compile("^" + alt("right_verb"))
        self.thing_right = re.compile("^[^，。；、“”和及与]{0,2}?" + alt("thing_right") + "(?![^，。；、“”]*?" + suffix + ")")
        self.count_right = re.compile("^[^，。；、“”和及与等]{0,6}?" + alt("count_right"))
        self.program_word = re.compile(alt("program_word"))
        self.brand_product = re.compile("^" + alt("brand_product"))
        self.place_right = re.compile("^[^，。；、“”]{0,6}?" + alt("place_right"))
        self.become = re.compile(alt("become_verb") + "[^，。；“”]{0,10}$")
        self.build_left = re.compile(alt("build_verb") + "[^，。；“”]{0,4}$")
        self.joined = re.compile("(?:" + r.pattern("joined_end") + ")[与和及]")
        # “A”“B”等夜间经济业态, “X”等邪教组织: the head after 等 names a kind of thing, the quotes its members
        self.deng_kind = re.compile(r"^等(?:[一二三四五六七八九十两\d]+[项个大类])?[^，。；、“”]{0,6}?(?:"
                                    + r.pattern("deng_kind") + ")")
        self.de_head = re.compile("(?:" + suffix + "|" + r.pattern("de_head") + ")")
        self.de_not_head = re.compile("^" + alt("de_not_head"))
        self.de_goal_verb = re.compile("(?:" + r.pattern("de_goal_verb") + ")[^，。；“”]{0,2}$")
        self.aim = re.compile("(?:" + r.pattern("aim_verb") + r")(?:\d+[个家所])?[^，。；“”]{0,2}$")
        self.aim_end = re.compile(alt("aim_end") + "$")
        self.aim_not_start = re.compile("^" + alt("aim_not_start"))
        field = r"([^，。；“”、的和及与好\d]{0,8})"  # (not 深化合作唱好成渝“X”: a second verb, 唱好, before the quote)
        self.quote_object = re.compile("(?:^|(?<=[，。；：]))" + alt("quote.object_adverb") + "?" + alt("quote.object_verb")
                                       + field + "$")
        self.quote_achieve = re.compile(alt("quote.achieve_verb") + "了?" + field + "$")
        self.service_word = re.compile(r.pattern("quote.service_word"))
        self.service_aim = re.compile("(?:" + r.pattern("quote.aim_manner") + ")[能可]?办(?:理|结)?$")
        self.field_place = re.compile(alt("quote.field_place") + "$")
        self.deng_head = re.compile(r"(?:[一二三四五六七八九十两\d]+[项个大类])?[^，。；、“”]{0,4}?(?:"
                                    + r.pattern("suffix_after_deng") + ")")
        # “X”深入开展, “A”“B”全面推开, “X”上线运行: quoted names opening their clause, run by the verb that ends it
        self.quote_subject = re.compile(r"(?:^|(?<=[，。；：]))((?:“[^“”]{2,30}”、?)+)(?:" + alt("quote.subject_adverb")
                                        + alt("quote.subject_verb") + "|" + alt("quote.subject_bare_verb")
                                        + r")(?=[，。；]|$)")
        # a glossary (名词解释) entry "3.TERM：definition" or a note "［12］TERM：definition": the TERM is what the
        # report runs; the definition's contents (its parts, examples, history) are no programs of their own
        self.gloss_heading = re.compile(r"^[#*\s]*(?:附[:：]?)?(?:" + r.pattern("gloss_heading") + r")[*\s:：]*$", re.M)
        self.gloss_entry = re.compile(r"^\s*(?:\d{1,3}[.．、]|[［\[【(（]\d{1,3}[］\]】)）])\s*[^：:\n。]{1,40}[：:]", re.M)
        self.note_entry = re.compile(r"^\s*[［\[【]\d{1,3}[］\]】]\s*[^：:\n。]{1,40}[：:]", re.M)
        # 出台《X若干措施》, 实施《X行动计划》: a document the city issues that is itself a programme or policy
        self.document = re.compile(alt("document_verb") + r"(?:了|并?实施|出台)?《([^《》\n]{4,30}?(?:"
                                   + r.pattern("document_end") + "))(?:" + YEARS.pattern + ")?》")
        self.document_not = re.compile(r.pattern("document_not"))
        self._head_word_rules(r, alt, unquoted)
        self._campaign_rules(r, alt)
        self.exclude_groups = tuple(exclude_groups)
        # every rule of _sentence starts from one of these: a sentence where none can match finds nothing
        self.cue = Cue(QUOTED_NAME, CHIEF_SYSTEM, self.unquoted, self.service_list, self.circle, self.document,
                       self.subject_verb, self.institution, self.event, self.package, self.progress, self.mechanism,
                       self.plan, re.compile(self.city_words))
        self.subject_cue = Cue(self.subject_verb)
        self.document_cue = Cue(self.document)
        self.unquoted_cue, self.service_cue = Cue(self.unquoted), Cue(self.service_list)
        self.circle_cue, self.chief_cue = Cue(self.circle), Cue(CHIEF_SYSTEM)
        self.institution_cue = Cue(self.institution)
        self.event_cue = Cue(self.event)
        self.package_cue = Cue(self.package)

    def _head_word_rules(self, r, alt, unquoted: str) -> None:
        """Rules for unquoted names known by their head word: a programme's progress, mechanisms set up."""
        # "再就业工程取得新的进展": a programme named as the subject of its progress, the clause's opening
        self.progress = re.compile(r"(?:^|(?<=[，。；：]))(?!" + alt("subject_not_start") + r")([^，。；、“”：等和及与]{2,16}?"
                                   r"(?:" + unquoted + r"))(?:" + FOOTNOTE + r")?" + alt("progress.tail") + "?"
                                   + alt("progress.verb") + r"[^，。；]{0,6}?" + alt("progress.result") + r"(?=[，。；]|$)")
        # "探索建立跨年度预算平衡机制", "建立A机制和B制度": a mechanism named by its content, and the next item of
        # the list the verb governs; 与 may join the two things a mechanism links (A与B同步调整机制)
        mech_verb = alt("mechanism.verb")
        item = r"(?:(?!" + mech_verb + r")[^，。；、“”和及的：\d]){4,18}?(?:" + r.pattern("mechanism.end") + "|制度)"
        self.mechanism = re.compile(mech_verb + r"了?(" + item + r")(?=[，。；、和及与]|$)")
        self.mechanism_more = re.compile(r"[和及与、](" + item + r")(?=[，。；、和及与]|$)")
        self.mechanism_others = re.compile(alt("mechanism.others_verb") + r"[^，。；：]{2,}$")
        self.mechanism_not = re.compile("^" + alt("mechanism.not_start") + "|" + alt("mechanism.not_end") + "$")
        generic = "(?:" + r.pattern("generic_word") + "|" + r.pattern("institution.generic_word") + "|" \
                  + r.pattern("mechanism.generic_word") + ")"
        self.mechanism_generic = re.compile(generic + "+(?:" + r.pattern("mechanism.end") + "|制度)")
        # 对外开放政策机制, 常态长效创建机制, 劳动用工制度: a domain with qualifiers of manner or time, no content
        self.mechanism_qualified = re.compile("(?:" + r.pattern("mechanism.qualifier") + ")*(?:"
                                              + r.pattern("mechanism.end") + "|制度)$")
        self.mechanism_generic_only = re.compile(generic + "*")
        # 长期经济协作有效机制, 部门间协调配合机制: qualifiers opening the name, taken off like those before the ending
        self.mechanism_lead = re.compile("^(?:" + r.pattern("mechanism.lead_qualifier") + ")+")
        # 落实岭南特色街区复兴计划: a plan carried out; 实施义务教育阶段学校基础设施五年提升行动计划: a long plan name
        # (the verb+suffix rule reads names of up to 14 characters before the ending)
        self.plan = re.compile(r"落实好?((?:(?!落实)[^，。；、“”和及与的：]){2,14}?" + alt("plan.end") + r")(?=[，。；、]|$|"
                               + FOOTNOTE + ")|(?:" + r.pattern("unquoted_verb") + r")([^，。；、“”和及与的：]{15,20}?"
                               + alt("plan.long_end") + r")(?=[，。；、]|$|" + FOOTNOTE + ")")
        self.plan_not = re.compile("^" + alt("plan.not_start") + "|" + alt("plan.not_end") + "$")
        # 落实人才培养计划: a domain and a general activity before a bare 计划, no name of its own (no span, count,
        # round, level or aim: 人才培养五年计划, 新时代渝商培养计划 keep theirs)
        self.plan_generic = re.compile(alt("plan.generic_activity") + "计划$")
        self.plan_marker = re.compile(alt("plan.name_marker"))
        self.progress_cue, self.mechanism_cue, self.plan_cue = Cue(self.progress), Cue(self.mechanism), Cue(self.plan)

    def _campaign_rules(self, r, alt) -> None:
        """Rules for campaigns named by a head after a quotation (“X”保卫战) or by the city's own name (健康佛山建设)."""
        self.quote_head = re.compile("^" + alt("quote.head"))
        self.city_words, head = alt("city.campaign"), alt("city.head")
        self.city_head = re.compile("^" + head)
        self.city_campaign = re.compile("“?" + self.city_words)  # an item of the list that is a campaign
        # 法治成都、法治政府、法治社会一体建设: the rest of the clause a list of items ending in the head
        self.city_listed = re.compile(r"((?:[、和与][^，。；、和与“”]{2,8}?)+)" + head + "?[^，。；、和与]{0,6}")
        # 打造健康福州, 塑造…的“美丽兰州”: a verb of building it before, in the same clause
        self.city_verb = re.compile(alt("city.verb") + r"((?:[^，。；“”、]{1,10}?、)*)(?:更高水平的?|[^，。；“”、]{1,10}?的)?$")
        self.city_adjectives = r.words("city.adjective")
        self._city_patterns: dict[str, re.Pattern] = {}

    def _quote_head(self, group: list[re.Match], right: str, clause_left: str) -> re.Match | None:
        """The campaign head right after a quote group that names one campaign with it (“两违”整治, “七五”普法).

        Not a count of campaigns (“三大”攻坚战), a figure, a phrase with 的, nor a batch before the quote or after
        the head (54个“X街区”整治, “X”整治100个); 实现/做到 before the quote make it an aim.
        """
        head = self.quote_head.match(right)
        if not head or self.count_right.match(right[head.end():]) or right[head.end():].startswith("一批") or \
                self.quote_achieve.search(clause_left) or COUNT_BEFORE.search(clause_left):
            return None  # (“打捆”整治一批街巷: 整治 is the verb, the quote its manner; 54个“X街区”整治: places)
        for m in group:
            q = m.group(1)
            if len(q) < 2 or self.counted.search(q) or QUOTE_COUNTED.match(q) or FIGURE_ONLY.fullmatch(q) or \
                    "的" in q or "、" in q or q in self.figures:
                return None
        return head

    def _city_campaigns(self, sent: str, short: str, add) -> None:
        """The city's campaigns by its own name (健康佛山建设, 加快建设健康天津, 法治成都、法治政府…一体建设).

        A campaign word joined to the short name of the report's own city is its campaign when the campaign's
        head follows (建设, 创建), when the clause's list of such campaigns ends in one, or when a verb of
        building it opens the clause and the name ends its item. A list with an item of another kind
        (建设数字X、智造强市) is a set of goals; the national 法治中国 names no city.
        """
        pattern = self._city_patterns.get(short)
        if pattern is None:
            pattern = self._city_patterns[short] = re.compile(
                "“?(" + self.city_words + re.escape(short) + ")”?(?![市县区镇])")
        for m in pattern.finditer(sent):
            after = sent[m.end():]
            if self.city_head.match(after):
                add(m.group(1), "program:city-campaign")
                continue
            before = sent[:m.start()]
            before = clause_tail(before)
            tail = CLAUSE_REST.match(after).group(0)
            listed = self.city_listed.fullmatch(tail)
            verb = self.city_verb.search(before)
            if not listed and not (verb and ITEM_END.match(after)):
                continue
            if verb and not listed and m.group(1).startswith(self.city_adjectives) and not m.group(0).startswith("“"):
                continue  # 建设美丽X: the city the report aims at, in plain words (美丽X建设 and “美丽X” are the campaign)
            items = [x for x in LIST_SEP.split((verb.group(1) if verb else "") + tail) if x]
            if all(self.city_campaign.match(x) for x in items):  # every item a campaign of its own: no goal list
                add(m.group(1), "program:city-campaign")

    def _head_word(self, sent: str, add, systems: list[tuple[int, int]]) -> None:
        """Unquoted names by their head word: a programme's progress, mechanisms set up."""
        for m in self.progress.finditer(sent) if self.progress_cue.search(sent) else ():
            name = m.group(1).lstrip("—-－ ")
            if not self.pilot_granted.match(name) and not self.no_content(self.clean(name)):
                add(name, "program:progress")  # not 争创X试点工作取得成果: the pilot sought, not run
        for m in self.mechanism.finditer(sent) if self.mechanism_cue.search(sent) else ():
            if self.not_left.search(sent[:m.start(1)]) or any(a < m.end(1) and m.start(1) < b for a, b in systems) or \
                    self.mechanism_others.search(sent[:m.start()]):
                continue  # 引导企业建立X机制: the firms' mechanism
            found, rest = [m.group(1)], sent[m.end():]
            while (more := self.mechanism_more.match(rest)):
                found.append(more.group(1))
                rest = rest[more.end():]
            if REFORM_FIELDS_NO_MEASURES.match(rest):
                continue  # "完善A机制和B制度改革": fields of a reform
            for name in found:
                bare = self.clean(name)
                if not self.mechanism_not.search(bare) and not self.mechanism_generic.fullmatch(bare) and \
                        not self.no_content(bare):
                    add(name, "program:mechanism")

    def _plans(self, sent: str, add) -> None:
        """Plans carried out (落实X计划) and long plan names after a running verb, by their ending."""
        for m in self.plan.finditer(sent) if self.plan_cue.search(sent) else ():
            at = m.start(1) if m.group(1) else m.start(2)
            before = sent[:at]
            if self.not_left.search(before) or REFORM_FIELDS.match(sent[m.end():]):
                continue
            if self.pilot_sought.search(clause_tail(before)):
                continue
            name = self.clean(m.group(1) or m.group(2))
            if self.plan_generic.search(name) and not self.plan_marker.search(name):
                continue  # 落实人才培养计划: which work is planned, not which plan
            if not self.plan_not.search(name):
                add(name, "program:plan")  # (not 落实分步实施计划, 落实中央一揽子计划: a schedule, another body's plan)

    def no_content(self, name: str) -> bool:
        """Whether a …机制/…制度 name is a domain with qualifiers only (拆迁征地工作新机制, 劳动用工制度).

        The qualifiers before the ending and at the start taken off (长期经济协作有效机制 leaves 经济协作), nothing
        is left, only words of governance, or four characters or fewer: a domain names no mechanism of its own
        (黄标车动态淘汰机制 and 信访核查终结制度 keep content).
        """
        m = self.mechanism_qualified.search(name)
        if not m:
            return False
        left = self.mechanism_lead.sub("", name[:m.start()])
        return len(left) <= 4 or bool(self.mechanism_generic_only.fullmatch(left))

    def clean(self, name: str) -> str:
        # "启动实施乳业升级三年行动计划", "实施了…工程": the verbs are not the name
        return self.lead.sub("", names.strip_quotes(name).strip())

    def glossary_bodies(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every glossary definition body: after the term's colon, to the end of its line."""
        heading = self.gloss_heading.search(text)
        entries = list(self.note_entry.finditer(text))
        if heading:
            entries += self.gloss_entry.finditer(text, heading.end())
        bodies = []
        for m in entries:
            end = text.find("\n", m.end())
            bodies.append((m.end(), len(text) if end < 0 else end))
        return bodies

    def __call__(self, doc: Doc) -> Doc:
        excluded = {f.object for f in facts_in(doc, self.exclude_groups)}
        text = text_of(doc)
        bodies = self.glossary_bodies(text) if "：" in text or ":" in text else []
        context = doc._.tk_context or {}
        # a city's campaigns by its own name (健康佛山建设); a town's 平安X or 数字X is the district's campaign in it
        short = context.get("town_short") if str(context.get("town", "")).endswith("市") else None
        for _i, s, e, sent in sentences(doc):
            if not self.cue.search(sent):
                continue
            body = next((b for b in bodies if b[0] < e and s < b[1]), None)
            if body:
                if body[0] <= s:
                    continue  # inside a definition: its contents are no programs of their own
                sent = sent[:body[0] - s]  # the term only
            self._sentence(doc, s, e, sent, excluded, short)
        return doc

    def fits(self, name: str, full: str | None = None) -> bool:
        """A program's shape: not a place, fair or title ending, not a layout, not a common noun phrase.

        A numbered name is a program only with a program word: “五个一”工程 is, “六个加快” is not.
        """
        if not looks_like_program(name) or self.not_end.search(name) or self.not_contain.search(name):
            return False
        if self.not_start.search(name) and not (name.endswith(("试点", "综合试验")) and self.pilot_start.match(name)):
            return False  # a national programme by its opening; a national pilot run in the city is the city's
        if self.bare_program.fullmatch(self.level.sub("", name)):
            return False  # "提升行动", "改革试点": what any campaign or pilot does, no name
        if self.layout.search(name) or self.plan_lead.sub("", name) in self.suffixes:
            return False  # "两轴三区"; "三年行动计划" by itself names nothing
        if name in self.generic_names or self.level.sub("", name).removeprefix("新一轮") in self.generic_names or self.works.search(name) or \
                self.site_works.search(name) or (re.search("(?<![模方形])式$", name) and len(name) <= 4):
            return False  # "主城区路网加密工程" is a construction project; "一站式" a manner
        # a count of slogans needs a program word of its own ("五个一”工程), not just 建设 ("四个中心”建设)
        if not self.counted.search(name):
            return True
        if self.suffix_end_any.search(re.sub("(?:建设|品牌|平台)$", "", name)):
            return True  # “三个一工程”; not “四大文化品牌”
        own = (full or name)[len(name):]
        return bool(own) and not own.startswith("的") and bool(self.suffix_end_any.search(re.sub("建设$", "", full or name)))

    def split_joined(self, name: str) -> list[str]:
        """The programmes of an unquoted name that fuses two at 和/及 ("A改革和B试点"), else [name].

        The first part must end a name of its own (改革, 制度, 行动 …), the second be a pilot or action of at
        least four characters that is no bare "业务创新试点" (a modifier of one pilot: "A制度和业务创新试点").
        """
        for i, ch in enumerate(name):
            before, after = name[:i], name[i + 1:]
            if ch in "和及" and before.endswith(self.split_before) and len(after) >= 4 and \
                    after.endswith(self.split_after) and "的" not in after and \
                    not self.bare_program.fullmatch(self.level.sub("", after)):
                return [before, after]
        return [name]

    def _parallel_de(self, sent: str, groups: list[list[re.Match]]) -> set[int]:
        """Indexes of quote groups in a parallel set “A”的X、“B”的Y: each joined by 的 to a different head.

        Such a set (优化“办成事”的机制、打造“好办事”的环境) is a rhetorical series of aims, not named programs.
        """
        found: set[int] = set()
        for i in range(len(groups) - 1):
            gap = re.fullmatch(r"的([^，。；、“”]{1,8})[、，][^，。；、“”]{0,4}",
                               sent[groups[i][-1].end():groups[i + 1][0].start()])
            nxt = DE_PHRASE.match(sent[groups[i + 1][-1].end():])
            if gap and nxt and gap.group(1) != nxt.group(1) and not self.de_not_head.match(gap.group(1)):
                found |= {i, i + 1}
        return found

    def _quoted_subjects(self, sent: str, add) -> None:
        """Quoted names that open a clause whose verb runs or launches them (“X”深入开展, “X”上线运行).

        The name is the clause's subject, so no verb before it and no program word after it are needed; the
        shapes the quoted rule turns away without a program word are turned away here too: a short or counted
        word (“双拥”, “共建”, “两改”, “三大任务”), a figure of speech, a phrase with 的, a kind of firm or a manner
        (“X化”).
        """
        for m in self.quote_subject.finditer(sent):
            for q in QUOTED_NAME.findall(m.group(1)):
                if len(q) < 3 or QUOTE_COUNTED.match(q) or q in self.figures or "的" in q or \
                        self.bare_end.search(q) or self.bare_start.search(q):
                    continue
                add(q, "program:quoted-subject")

    def _object_frame(self, clause_left: str, rest: str, group: list[re.Match]) -> bool:
        """A quote group closing its clause as what a verb of carrying out (or achieving) before it runs.

        实行周转金“贷改投”, 全面推广基层网格治理“多格合一”: the words between the verb and the quote name the field
        the programme works on (no figure, no 的, no list); the quote ends the clause or an item of the verb's list
        (全力抓好“五水共治”、现代产业培育); after 实现/做到 every quote must be a service reform's
        name (实现“最多跑一次”), as what else a city achieves is a result (“十连丰”), and where or by what a matter
        is handled is the reform's aim (实现“掌上办”).
        """
        if not re.match(r"(?:[，。；、]|$)", rest) or any(len(m.group(1)) < 3 for m in group):
            return False
        if COUNT_BEFORE.search(clause_left) or REFORM_FIELDS.match(rest):
            return False  # 深入抓好两个“X”: a count of tasks; 推进宅基地“X”、林权制度等改革: fields of a reform
        if (items := re.match(r"、[^，。；]*?等([^，。；、]{0,8})", rest)) and not self.deng_head.match(items.group(1)):
            return False  # 抓好“X”、督查检查等清理规范工作, 推进“X”、Y等项目建设: items of a list of no programmes
        frame = self.quote_object.search(clause_left) or (
            (achieve := self.quote_achieve.search(clause_left)) and
            all(self.service_word.search(m.group(1)) and not self.service_aim.fullmatch(m.group(1)) for m in group)
            and achieve)
        if not frame:
            return False
        # 推广双创街区“X”: the quote names the place the field ends in; 深化三大先导产业“X”: a count of fields
        return not self.not_end.search(frame.group(1)) and not self.field_place.search(frame.group(1)) and \
            not re.search(NUMBERED + "[个项大类]", frame.group(1))

    def _sentence(self, doc, s, e, sent, excluded, city: str | None = None) -> None:
        seen: set[str] = set()

        def add(name: str, rule: str, full: str | None = None, shape: str | None = None) -> bool:
            """Emit ``name`` when it (or ``shape``, the form its fit is judged by) has a program's shape; say whether."""
            name = self.clean(name)
            if rule in UNQUOTED_RULES and BATCH_LEAD.match(name):
                return False
            if rule in UNQUOTED_RULES and (lead := COUNT_LEAD.match(name)):
                if name[lead.end():] in self.suffixes:
                    return False  # 实施一个工程: a count of a bare programme word names nothing
                if len(name) - lead.end() >= 4:
                    name = name[lead.end():]  # 出台一个民生行动计划, 两个阶段城南行动计划: the count is no part of the name
            if full and FIGURE_ONLY.fullmatch(name) and re.search(r"\d", name) and len(full) - len(name) >= 2 and \
                    not full.endswith("制"):
                name, full = self.clean(full), None  # “1+6”专项三年行动: the figure alone names nothing
            if not name or name in seen or name in excluded or not self.fits(shape or name, full):
                return False
            if rule in UNQUOTED_RULES and ((name.endswith("机制") and len(name) < 8) or "的" in name.removeprefix("党的")
                                                  or self.unquoted_count.search(name)):
                return False  # "建立部门联动机制", "…后的第一个五年计划", "18项重点工程", "各镇三年计划": a common noun phrase
            if rule in UNQUOTED_RULES and "和" in name and \
                    self.year_lead.sub("", name.rsplit("和", 1)[1]) in self.suffixes:
                return False  # "制定实施方案和三年行动计划": a bare plan word after 和 names nothing
            if rule in UNQUOTED_RULES and self.generic_words.fullmatch(name):
                return False  # "科学民主决策制度", "行政问责制度": words of governance only, no name
            if rule in UNQUOTED_RULES and self.rank_category.search(name) and \
                    not self.numbered_big.search(name):
                return False  # "重点节能工程", "生态文明建设重点工程": a category of works by its rank, no name
            if rule in UNQUOTED_RULES and self.joined.search(name):
                return False  # "考核体系与奖惩制度": two things of their own fused at 与
            seen.add(name)
            aliases = tuple(a for a in {full} if a and a != name)
            emit(doc, Fact("program", None, name, s, e, rule, aliases=aliases), find_in(sent, s, name))
            return True

        groups = quote_groups(sent)
        slogans = self._parallel_de(sent, groups)
        for gi, group in enumerate(groups):
            first, last = group[0], group[-1]
            if gi in slogans or self.deng_kind.match(sent[last.end():]):
                continue
            if len(group) == 1 and self.de_goal_verb.search(sent[:first.start()]) and \
                    not self.suffix_end.search(first.group(1)) and \
                    (de := DE_PHRASE.match(sent[last.end():])) and not self.de_head.search(de.group(1)) and \
                    not self.de_not_head.match(de.group(1)):
                continue  # 打造“家门口”的服务: a quote joined by 的 to a head that is no program word describes it
            right = sent[last.end():last.end() + 16]
            clause_left = clause_tail(sent[:first.start()])
            system = self.system_right.match(sent[last.end():last.end() + 12])
            head = self._quote_head(group, right, clause_left)
            if (not system and not head and (self.not_right.match(right) or self.not_right_near.match(right))) or \
                    self.not_left.search(sent[:first.start()]) or self.negation.search(clause_left):
                continue
            # 严厉打击“X”“Y”: what a crackdown fights, not the drive; a quote after 、 (打击“X”、“打黑除恶”等专项整治)
            # names a campaign of the list, and a quote with a program word of its own (打击“X行动”) is the drive
            targets = set()
            if self.target_left.search(clause_left):
                for i, m in enumerate(group):
                    if i and sent[group[i - 1].end():m.start()]:
                        break
                    targets.add(m.start())
            if (ev := self.event_right.match(right)) and len(group) == 1 and self.festival.search(ev.group(0)):
                add(first.group(1) + ev.group(0), "program:quoted")  # “魅力X”某某艺术节: the festival is the program
                continue
            if self.title_left.search(clause_left) and re.match("(?:活动|工作)", right) and \
                    all((self.aim_end.search(m.group(1)) or self.title_unit_end.search(m.group(1))) and
                        not self.aim_not_start.search(m.group(1)) for m in group):
                continue  # 创建“充分就业社区”活动, 创建“A街道”和“B路”活动: titles units are to win name the campaign
            if ev or (self.title_left.search(clause_left) and self.title_right.match(right)):
                continue  # “X”推介会, “X”国际帆船拉力赛: part of a one-off event's name; 创建“放心消费”城市: a title's kind
            # 为企业“走出去”搭建平台: a verb right of the quote starts the clause's predicate, not a program word
            rm = None if self.right_verb.match(right) else (system or self.quote_right.match(right))
            if head and not rm:
                # 打好“蓝天”“碧水”保卫战: parallel quotes of one length share the head; “洁净城市”“厕所革命”“五线”整治
                # lists campaigns of their own, and only the last takes it
                shared = len({len(m.group(1)) for m in group}) == 1
                for m in (group if shared else [last]):
                    q = m.group(1)
                    if m.start() in targets or not (self.counted_short.fullmatch(q) or PLAN_NUMERAL.fullmatch(q)
                                                    or self.fits(q)):
                        continue  # “出行难”专项整治: a problem; “城中村”整治: a place (“两违”, “七五” name it with the head)
                    add(q + head.group(0), "program:quoted-head", q)  # the campaign is “X蓝”保卫战, not the sky's colour
                continue
            if rm and rm.group(0).endswith("品牌") and (self.count_right.match(right[rm.end():]) or
                                                      self.brand_product.match(right[rm.end():])):
                continue  # 打造“X”品牌30个, “X”品牌系列药品: brands of products
            if (rm and rm.group(0).endswith("试点") or first.group(1).endswith("试点")) and \
                    self.pilot_granted.search(clause_left):
                continue  # 获批“X”试点: the city was made a pilot, a designation
            if rm and (pilot := re.match("[^，。；、“”：:等]{0,6}?试点(?![村区县镇乡])", right)) and len(group) == 1 and \
                    not self.suffix_end.search(first.group(1)) and (inner := self.pilot_inner.search(clause_left)):
                # 开展科创金融服务“X”改革试点: the quote is a modifier inside a longer pilot's name, the whole span is
                # the pilot (a quote with a program ending of its own, 经费“包干制”试点, is the name itself)
                add(inner.group(1) + first.group(1) + pilot.group(0), "program:quoted-pilot")
                continue
            if rm and rm.group(0).endswith(("工程", "建设")) and self.works_word.search(rm.group(0)):
                continue  # 建成“五小”水利工程, “X”西干渠建设: built works of a kind, not a program
            # "A、B等“X”": X names the kind of the listed things (a program) when a program word names it so
            # (等“三大工程”, 等“X”工程, 等“Y”改革); 等“老巷子”成为…, 等“国之重器”加快建设 name kinds of places and works
            # ("…、…等“串珠成链”，": a quote closing the clause is the sentence's figure of speech)
            left_ok = self.quote_left.search(clause_left) or self.quote_left_count.search(clause_left) or \
                (clause_left.endswith("等") and "、" in clause_left and not re.match(r"[，。；！？]|$", right) and
                 bool(rm or self.suffix_end.search(group[-1].group(1)) or right.startswith(("改革", "提档", "提升", "升级"))))
            if self.left_noun.search(clause_left):
                left_ok = None  # 靠创新“发家”: 创新 is a noun here, no verb running the quote
            # 实行周转金“贷改投”: run by a verb across the field it works on (when nothing else takes the quote)
            obj = not left_ok and not rm and self._object_frame(clause_left, sent[last.end():], group)
            for m in group:
                q = m.group(1)
                own_suffix = self.suffix_end.search(q)
                if not rm and q in self.figures:
                    continue  # 下好创新“先手棋”: a figure of speech, no program word after it
                if not own_suffix and re.match("上(?![线市网岗])", right) and self.figure_frame.search(clause_left):
                    continue  # 在X等“硬任务”上求实效: the frame makes the quote a figure (not 在“五个一工程”上有突破)
                if q in self.domains and (not rm or rm.group(0) == "建设"):
                    continue  # 开展“交通”拥堵治理, 加强“硬件”建设: a field named, no program (not 实施“品质”工程)
                if m.start() in targets and not own_suffix:
                    continue
                if rm and (parts := shared_end_items(q, self.split_end, self.split_not_end)):
                    for part in parts:
                        add(part, "program:quoted")  # 推行“一窗通办、一网通办”模式: two named ways of one kind
                    continue
                if "、" in q and not rm:
                    continue
                # a counted abbreviation ("两改", "三德") is a program only with a program word of its own after it;
                # 建设, 平台 or 工作 after it, or a verb before it, is not enough (“三资”交易管理平台)
                if self.counted_short.fullmatch(q) and (not rm or rm.group(0).endswith(("建设", "平台", "服务"))):
                    continue
                if not rm and not own_suffix and "的" in q:
                    continue  # 打造“轨道上的大湾区”: a phrase with 的 and no program word is a goal slogan
                if not rm and (self.bare_end.search(q) or self.bare_start.search(q) or
                               (m is last and self.bare_right.match(right))):
                    continue  # “僵尸企业”清理: a kind of firm; 打造“最干净城市”: a goal image; “X”协调发展: an aim
                if (not rm or rm.group(0).endswith("建设")) and not own_suffix and m is last and \
                        self.place_right.match(right) and not self.program_word.search(re.match("[^，。；、“”]*", right).group(0)):
                    continue  # “X”公共实训基地建设, “X”重大基础设施工程: a base or works named by a slogan
                if not rm and self.become.search(clause_left):
                    continue  # 成为城市创新“合伙人”: a role the city takes
                if not rm and m is last and (self.thing_right.match(right) or (
                        not own_suffix and self.build_left.search(clause_left) and self.count_right.match(right))):
                    continue  # “X”产业, “X”巡查: a feature of a thing; 建成“X”150个: a kind of facility built
                if not rm and self.aim_end.search(q) and self.aim.search(clause_left) and not self.aim_not_start.search(q):
                    continue  # 创建“阳光政府”, 打造“东盟牌”: an aim or a card metaphor (not 打造“数字政府”: a build)
                if re.search(r"[+＋×]$", q) and (not rm or rm.group(0).endswith(("建设", "平台", "服务"))):
                    continue  # 深化“人工智能+”, “互联网+”平台: a national slogan of X-plus; “创贷+”服务模式 has a program word
                if rm or left_ok or (own_suffix and len(q) >= 3):
                    full = q + rm.group(0).lstrip("等") if rm and m is last and not rm.group(0).startswith("等") else None
                    add(q, "program:quoted", full)
                elif obj and not QUOTE_COUNTED.match(q):
                    add(q, "program:quoted-object")  # (not 深化X“三项改革”: a count of tasks, no one programme)
        self._quoted_subjects(sent, add)
        if city and len(city) >= 2 and city in sent:
            self._city_campaigns(sent, city, add)
        for m in self.document.finditer(sent) if self.document_cue.search(sent) else ():
            before = sent[:m.start()]
            if not self.document_not.search(m.group(1)) and \
                    not (m.group(1).endswith("规划") and self.works_word.search(m.group(1))) and \
                    not self.document_not.search(clause_tail(before)):
                # 若干措施, 若干意见: the usual title of a policy document, not a vague count
                add(m.group(1), "program:document", shape=m.group(1).replace("若干", ""))
        for m in self.circle.finditer(sent) if self.circle_cue.search(sent) else ():
            if not any(a <= m.start() < b for a, b in quoted_spans(sent)):
                add(m.group(1), "program:分钟圈")
        for m in CHIEF_SYSTEM.finditer(sent) if self.chief_cue.search(sent) else ():
            if not any(a <= m.start() < b for a, b in quoted_spans(sent)):
                add(m.group(1), "program:长制")
        for m in self.package.finditer(sent) if self.package_cue.search(sent) else ():
            if self.not_left.search(sent[:m.start(1)]):
                continue
            found, rest = [m], sent[m.end():]
            while (more := self.package_more.match(rest)):
                found.append(more)
                rest = rest[more.end():]
            for p in found:
                field = self.package_own_start.sub("", p.group(1))
                if len(field) >= 4 and not self.package_not.search(field):
                    add(field + p.group(2) + (p.group(3) or ""), "program:package")
        systems: list[tuple[int, int]] = []  # spans the institution rule read: verb+suffix reads no fused name over them
        for m in self.institution.finditer(sent) if self.institution_cue.search(sent) else ():
            if self.not_left.search(sent[:m.start(1)]) or any(a <= m.start(1) < b for a, b in quoted_spans(sent)):
                continue
            found, rest = [(m.start(1), m.group(1))], sent[m.end():]
            while (more := self.institution_more.match(rest)):  # "推广A承诺制和B承诺制": the verb governs both
                found.append((len(sent) - len(rest) + more.start(1), more.group(1)))
                rest = rest[more.end():]
            if REFORM_FIELDS_NO_MEASURES.match(rest):
                continue  # "完善A制度、B等改革", "健全A制度和B制度改革": fields of a reform (not 等改革举措: named measures)
            if self.institution_reformed.search(sent[:m.start()]):
                continue  # 改革完善农村宅基地制度: a system that stands, being reformed
            verb = sent[max(0, m.start() - 2):m.start(1)]
            introduced = bool(self.institution_introduce.match(verb) or self.institution_introduce.match(verb[2:]))
            for at, name in found:
                stripped = self.institution_lead.sub("", name)
                bare = self.clean(stripped)
                if (stripped != name and self.institution_end.fullmatch(bare)) or self.institution_domain.fullmatch(bare):
                    continue  # 以责任制: the head alone is left (a bare 代办制 after a verb is the system run)
                name = stripped
                general = self.institution_generic.fullmatch(bare) and not (
                    introduced and self.institution_introduced.search(bare) and not self.institution_empty.fullmatch(bare)
                    and not self.institution_duty.fullmatch(bare))
                if not general and add(name, "program:institution"):
                    systems.append((at, at + len(name)))
        for m in self.event.finditer(sent) if self.event_cue.search(sent) else ():
            if self.not_left.search(sent[:m.start(3)]):
                continue
            kept_up = m.group(1) == "办好"
            found, rest = [(m.group(2), m.group(3))], sent[m.end():]
            while (more := self.event_more.match(rest)):
                found.append((more.group(1), more.group(2)))
                rest = rest[more.end():]
            for edition, name in found:
                if m.group(1) in self.edition_verb and "届" not in (edition or ""):
                    continue
                if len(name) >= 4 and not self.event_not.search(name) and \
                        (kept_up or edition or not self.meeting.search(name)) and \
                        not any(a <= sent.find(name) < b for a, b in quoted_spans(sent)):
                    add(name, "program:event")
        self._head_word(sent, add, systems)
        self._plans(sent, add)
        list_end = 0
        for m in self.unquoted.finditer(sent) if self.unquoted_cue.search(sent) else ():
            if m.start() < list_end:
                continue  # a verb inside a later item of the list just read ("…整县推进工程和…计划")
            if self.not_left.search(sent[:m.start(2)]) or any(a < m.end(2) and m.start(2) < b for a, b in systems):
                continue
            if REFORM_FIELDS.match(sent[m.end(2):]):
                continue  # "深化人事薪酬制度、财权划分等改革", "推进农村土地制度和集体产权制度改革": fields of a reform
            before = sent[:m.start(2)]
            if m.group(2).endswith("试点") and \
                    self.pilot_sought.search(clause_tail(before)):
                continue  # 积极争取开展X试点: a pilot the city seeks to be made, not one it runs
            for part in self.split_joined(m.group(2)):
                add(part, "program:verb+suffix")
            # the verb governs a list: "启动A计划、B计划", "启动A计划和B计划"
            rest = sent[m.end():]
            while (more := self.unquoted_more.match(rest)):
                add(more.group(1), "program:verb+suffix")
                rest = rest[more.end():]
            list_end = len(sent) - len(rest)
        for m in self.subject_verb.finditer(sent) if self.subject_cue.search(sent) else ():
            if not re.search("[和及与]", m.group(1)):  # "A和B工程深入实施": two things as one subject
                add(m.group(1), "program:subject+verb")
        for m in self.service_list.finditer(sent) if self.service_cue.search(sent) else ():
            if re.search("参加|参与|承办", m.group(1)):
                continue  # "积极参加A、B等活动", "承办A、B比赛等重大活动": someone else's events
            body = self.verb_start.sub("", names.clean_subject(m.group(1)))
            items = [self.clean(x) for x in names.split_list(body)]
            # "融资担保、技术创新、人才培训等服务": four-character common nouns, not names
            common = all(len(x) == 4 and not re.search(r"[A-Za-z]", x) for x in items)
            if len(items) >= 2 and not common and \
                    all(3 <= len(x) <= 8 and "“" not in x and not re.search(r"\d", x) for x in items):
                for item in items:
                    if self.list_item.search(item) and not self.list_not_start.search(item):
                        add(item, "program:list")


@Language.factory("tk_programs", assigns=["doc.spans"], requires=["doc._.tk_sentences"],
                  default_config={"rules": "programs.tsv", "exclude_groups": ["honor", "pursued_honor"]})
def make_program_finder(nlp: Language, name: str, rules: str, exclude_groups: list[str]):
    return ProgramFinder(rules, exclude_groups)
