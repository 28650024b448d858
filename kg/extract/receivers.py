"""Who won or pursues an honor: the receivers named before a verb, as (name, kind) pairs (Receivers).

(None, None) is the document's own town; None (or []) is no name the rules can read, which is no fact.
The word lists are in ``data/lexicons/honors.tsv``; honors.py holds one Receivers per rule file.
"""
from __future__ import annotations

import re

from kg import lexicon
from kg.extract import names
from kg.extract.text import is_town_ref, receiver, subjects

# counts start where no digit precedes and are read once (possessive): linear on long digit runs (issue 11)
COUNTED = re.compile(r"(?<![\d一二三四五六七八九十百千两多])[\d一二三四五六七八九十百千两多]++"
                     r"(?:余|多)?(?:家|个|所|名|人|户|位|项|批|只|支|部|件|篇|首|种|款|座|处|节|条|大(?=项目|工程|行动))")


class Receivers:
    """Who a title goes to: the names before a verb, shared heads, kinds matched to titles of that kind."""

    def __init__(self, rules: str = "honors.tsv"):
        r = lexicon.rules(rules)
        # a verb of goal inside a list of units ("推动A申遗、B申报X") makes it a list of clauses
        self.pursue = re.compile("(" + r.pattern("pursue.trigger") + ")")
        self.work_end = r.words("receiver.work_end")
        self.receiver_generic = frozenset(r.words("receiver.generic"))
        self.receiver_pointer = r.words("receiver.pointer")
        self.clause_verb = re.compile("(?<=[\u4e00-\u9fff]{2})(?:" + r.pattern("receiver.clause_verb") + ")")
        self.receiver_batch = re.compile("(?:" + r.pattern("receiver.batch") + ")(?=(?:" +
                                         r.pattern("receiver.batch_after") + ")*$)")
        self.receiver_time = re.compile("^(?:" + r.pattern("receiver.time") + ")")
        # "全国首个5G全场景应用智慧港口入选X": a description of the receiver is no part of its name
        self.first_lead = re.compile("^(?:全国|全省|全市|国内|省内|全球)?(?:" + r.pattern("receiver.first") + ")的?(?=.{2})")
        self.field_head = re.compile("(?<=[\u4e00-\u9fff]{2})(?:" + r.pattern("unit.field_head") + ")")
        self.field_head_end = r.words("unit.field_head_end")
        # 支持X争创Y: X pursues Y; 引导企业争创Y: unnamed units do
        self.unit_clause_end = r.words("pursue.unit_clause_end")
        self.support_end = re.compile("(?:" + r.pattern("pursue.support") + ")$")
        self.support_self = re.compile("(?:" + r.pattern("pursue.support_self") + ")$")
        self.support = re.compile("(?:" + r.pattern("pursue.support") + r")([^，。；：]{2,30})$")
        self.unit_generic = re.compile("^(?:" + r.pattern("pursue.unit_qualifier") + ")*(?:" +
                                       r.pattern("pursue.unit_generic") + ")(?:和|及|、)?$")
        self.goal_subject_end = r.words("pursue.subject_end")
        # "积极参与A申报X", "联合A申报X": the verb leading the receiver is no part of its name (not 联合国)
        self.join_lead = re.compile("^(?:" + r.pattern("receiver.join_adverb") + ")*(?:" + r.pattern("receiver.join_lead") +
                                    ")(?!国)")
        self.manner = re.compile("^(?:" + r.pattern("pursue.manner") + ")")  # 高起点规划、高标准创建X: how, not who
        self.shared_head = r.words("unit.shared_head")
        self.unit_kind = [(n, r.words(f"title.unit_kind.{n}")) for n in (1, 2, 3)]
        self.town_level = [(n, r.words(f"town.level.{n}")) for n in (2, 3, 4)]
        self.joined_verb = re.compile(r.pattern("honor.trigger") + "|" + r.pattern("honor.joined_verb"))
        # "X主体完工、入选Y": X's own predicate before the joined verb of winning
        self.done_predicate = re.compile("(?<=[\u4e00-\u9fff”》]{2})(?:" + r.pattern("receiver.done_predicate") + r")、\s*$")
        self.kind_end = r.words("title.kind_end")
        # 山东通讯城、某电商产业园: a name ending in a place word of its own is complete (no shared field head)
        self.own_place = r.words("unit.own_place")
        # 南风古灶携手创建X, 正定积极创建X: a co-verb or an adverb after the last unit is no part of its name
        self.subject_tail = re.compile("(?:" + r.pattern("pursue.subject_tail") + ")+$")
        # 阳山深化农文旅融合争创X: the unit's own clause before the goal verb; the unit is the name before its verb
        self.subject_verb = re.compile("(?<=[\u4e00-\u9fff”]{2})(?:" + r.pattern("pursue.subject_verb") + ")")
        self.clause_piece = re.compile(r.pattern("pursue.clause_piece"))
        self.bare_zone = frozenset(r.words("pursue.bare_zone"))

    def _receiver(self, text: str, ctx) -> tuple[str | None, str | None] | None:
        """One receiver named in ``text``: (None, None) for the town, None when it is not a name."""
        rec = names.strip_quotes(names.clean_subject(text))
        if is_town_ref(rec, ctx):
            return None, None
        if not re.search(r"\d", rec):
            return receiver(rec)
        return None

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

    def _first_subject(self, before: str) -> str:
        """"A名列…、入围X": the receiver of X is the subject of the first of the joined verbs ("A主体完工、入选X":
        A, without its own predicate)."""
        if before.rstrip().endswith("、"):
            first = self.joined_verb.search(before)
            if first:
                return before[:first.start()]
            done = self.done_predicate.search(before)  # "X主体完工、入选Y": X received Y
            return before[:done.start()] if done else before
        return before

    def _goal_subjects(self, before: str, ctx) -> list[tuple[str | None, str | None]]:
        """Who pursues it: a unit named before the verb when its name says what it is (…公司, …开发区), else the town.

        Goals are mostly written without a subject, after a clause of work
        ("加快发展旅游业，争创…"); only a name with a telling ending is taken.
        """
        if before.rstrip().endswith("、"):  # "建设健康城市、争创X": a joined verb phrase, not a receiver
            return [(None, None)]
        before = self.subject_tail.sub("", before.rstrip())  # 南风古灶携手, 正定积极, 市第一医院高标准
        last = before.rfind("、") + 1  # where the last unit of a list starts
        own = self.subject_verb.search(before[last:])
        if own:  # 阳山深化农文旅融合: 阳山
            before = before[:last + own.start()]
        cleaned = names.clean_subject(before)
        # (the verb read before the cleaning: 做好A申报X, where the cleaning takes 做好 off)
        joined = self.join_lead.match(before.strip()) or self.join_lead.match(cleaned)
        if joined:  # "积极参与A申报X": A pursues X ("积极参与创建X": the town does)
            before = joined.string[joined.end():]
        if self.support_end.search(before.rstrip()):
            # "支持申报X", "鼓励争创X": the units supported are not named; "推进创建X": the town's own work
            return [(None, None)] if self.support_self.search(before.rstrip()) else []
        helped = self.support.search(before)
        # (做好A申报X after a verb of work as after one of support: A pursues X, whatever its name's ending)
        supported = helped.group(1) if helped else before if joined and before.strip() else None
        if supported:  # "支持A、B争创X": A and B pursue X; "引导企业争创X": unnamed units do (no fact)
            unit = re.sub(r"(?:联合|共同|一起|一同)$", "", names.cut_at_deng(names.clean_subject(supported)))
            # 和/与 joins two units after a short name or a unit's head (东岭和西岭, 市人民医院和市中医院),
            # not inside one name (先进材料与绿色制造研究院)
            unit = re.sub(r"(?:(?<=^[\u4e00-\u9fff]{2})|(?<=^[\u4e00-\u9fff]{3})|(?<=、[\u4e00-\u9fff]{2})|"
                          r"(?<=、[\u4e00-\u9fff]{3})|(?<=[区市县镇乡村团司院校所馆园》”道]))(?:和|及|与)(?![平谐美睦])"
                          r"(?=[\u4e00-\u9fff]{2})", "、", unit)
            if COUNTED.search(unit):
                return []  # 市属两所高职院校: a counted group, not a name
            pieces = names.split_list(unit)
            if any(p.endswith(self.unit_clause_end) or self.pursue.search(p) or re.search(r"创建|申报", p) or
                   self.clause_piece.search(p) for p in pieces[:-1]):
                unit = pieces[-1]  # "推动A申遗、B申报X": a list of clauses; B pursues X
            units = re.split(r"和|及|与|、", unit)
            if "的" in unit or any(self.unit_generic.match(u) for u in units) or \
                    self.unit_generic.match(names.cut_at_deng(supported)):  # 有条件的县, 更多企业, 县和村镇
                return []
            if self.manner.fullmatch(unit) or unit.startswith("向"):
                return [(None, None)]  # 推进整建制创建X: how the town pursues it; 做好向国家申报X: to whom
            named = self._share_head([(subj, kind) for subj, kind in subjects(unit, ctx) if subj and "的" not in subj])
            if named and all(len(subj) <= 16 for subj, _ in named):
                return named
        group = names.cut_at_deng(names.clean_subject(before))
        if COUNTED.search(group) or re.search("一批|多个|若干|部分", group):
            return []  # "支持一批开发区申报X": unnamed units pursue it, not the town
        named = self._share_head([(subj, kind) for subj, kind in subjects(before, ctx)
                                  if subj and len(subj) <= 16 and "的" not in subj and not self.manner.match(subj)])
        if len(named) >= 2 and all(len(subj) <= 6 for subj, _ in named):
            return named  # "支持平山、正定、鹿泉争创X": a list of short names is a list of units
        out = [(subj, kind) for subj, kind in named if kind != "entity" or subj.endswith(self.goal_subject_end)]
        return out or [(None, None)]

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
                   not s.endswith(self.field_head_end + self.shared_head + self.own_place) for s, kind in named[:-1]):
            return named
        return [(s + head, kind_of) for s, _ in named[:-1]] + [named[-1]]

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

    def _smaller_kind(self, item: str, town: str) -> bool:
        """A title for a smaller kind of area than the town (a 社区's or a 县's title for a city).

        Only for a county, district or city, which govern smaller governments that pursue titles
        of their own; a town's report names its villages' titles as the town's campaign (GUIDELINES:
        争创“美丽宜居村” is the town's goal).
        """
        level = next((n for n, ends in self.town_level if town.endswith(ends)), 0)
        kind = next((n for n, ends in reversed(self.unit_kind) if item.endswith(ends)), 0)
        return level >= 3 and 0 < kind < level
