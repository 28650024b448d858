"""Name handling shared by the extraction rules: lists, clean-up, shape tests.

These are the general rules of how Chinese government prose writes names:
lists joined by 、 and closed by 等, adverbs before a subject (先后, 相继),
tails after a title (称号, 荣誉, 七连冠), suffixes that tell what a thing is
(公司 → enterprise, 河/浜 → river, 医院 → hospital).
"""
from __future__ import annotations

import re

from kg import lexicon

_RULES = lexicon.rules("names.tsv")
SELF_WORDS = frozenset(_RULES.words("self"))

# Adverbs and frames that stand before a subject or after it, before the verb.
LEAD = re.compile(
    r"^(?:(?:五年来|一年来|过去五年|近年来|今年以来|今年|去年|同年|年内|其中|同时|此外|另外|并且|并|还|又|也|已|"
    r"目前|截至目前|高分|高标准|高质量|先后|相继|连续[一二三四五六七八九十\d]+(?:年|届|次)|连续|多次|再次|首次|均|分别|成功|顺利|全部|"  # not 都: 都江堰市 opens with it
    r"第[一二三四五六七八九十\d]+(?:次|年|届)|[一二三四五六七八九十两\d]+(?:年|次(?!方))|"  # 九次方: a power, part of a name
    r"(?:19|20)\d{2}年(?:度)?|以|在|由|经(?!开区|济)|让|使|助力|推动|随着|通过|依托|完成|实现|推进|支持|做好|协助|帮助|指导|引导|鼓励|辖区|"
    r"积极|努力|全力|进一步|不断|持续|全面|扎实|累计|全域)[，、\s]*)+")
TRAIL = re.compile(
    r"(?:先后|相继|累计|全域|连续第?[一二三四五六七八九十\d]+(?:年|届|次)|连续|多次|再次|首次|再度|屡次|"
    r"第[一二三四五六七八九十\d]++(?:次|年|届|度)|(?<![一二三四五六七八九十两\d])[一二三四五六七八九十两\d]++度|均|都|分别|成功|顺利|已经|已|也|还|又|并|"
    r"正式|陆续|纷纷|率先|一举|一次性|高分|全部|荣幸|被|将|再|分|于(?:19|20)\d{2}年)+$")  # 再/分: 再获, 分获
# linear on long digit runs: a count starts where no digit precedes it and is read once (issue 11)
TAIL_RE = re.compile(r"(?:(?<![一二三四五六七八九十\d])[一二三四五六七八九十\d]++连冠?|连冠)$")
GENERIC = re.compile(r"(各类|各级|各项|多项|多个|若干|一系列|一批|包括|以上|有关|相关|系列|数十项|"
                     r"(?<![甲乙丙一二三特高中初同平对])等(?!奖))")
# 等 after a grade (甲等, 一等奖) or in a word (高等, 中等) is part of a name, not the end of a list.
_GRADE_DENG = re.compile(r"(?<=[甲乙丙一二三特高中初同平对])等|等(?=奖)")


_QUOTE_MARKS = str.maketrans("", "", "“”‘’《》「」\"'")
# 和 as a conjunction, not inside a word: 和谐, 和睦, 和美, 和平 (but 和平行进口: 和 + 平行)
AND = r"和(?![谐睦美]|平(?!行))"
_QUOTE_MARK = re.compile("[“”‘’《》「」\"']")  # one search is far cheaper than a translate of Chinese text


def strip_quotes(text: str) -> str:
    return (text.translate(_QUOTE_MARKS) if _QUOTE_MARK.search(text) else text).strip()


def split_list(text: str, joined: bool = True) -> list[str]:
    """Split "A、B和C" into items; 、 inside quotation marks does not split.

    ``joined=False`` leaves 和/及 in the last item for the caller to judge
    (国家X准入和上路通行试点 is one title).
    """
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "“‘《（":
            depth += 1
        elif ch in "”’》）":
            depth = max(0, depth - 1)
        if ch == "、" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    out = []
    for i, p in enumerate(parts):
        p = p.strip()
        if joined and i == len(parts) - 1 and len(parts) > 1:
            # the last item may carry "和/及/以及 X": "A、B和C"
            # 和 inside a word (AND) is no conjunction; 及其 is "and its" (X研制及其产业化: one work)
            sub = re.split(r"(?:以及|" + AND + r"|及(?!其)|与)(?=[^“”]{2,})", p, maxsplit=1)
            if len(sub) == 2 and sub[0] and len(sub[0]) >= 2:
                out.extend(s.strip() for s in sub)
                continue
        if p:
            out.append(p)
    return out


def cut_at_deng(text: str) -> str:
    """The list before 等 ("A、B等一批企业" → "A、B"), or the text as is."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "“‘《（":
            depth += 1
        elif ch in "”’》）":
            depth = max(0, depth - 1)
        elif ch == "等" and depth == 0 and i > 0 and (not _GRADE_DENG.match(text, i) or _list_end(text, i)):
            return text[:i]
    return text


def _list_end(text: str, i: int) -> bool:
    """等 closing a list of short names ("招远、蓬莱、牟平等"): the list's tail even where the last name's
    character and 等 make a word (平等, 高等); not a grade inside a name (一等奖, 甲等医院)."""
    return i == len(text) - 1 and "、" in text and len(text) - text.rfind("、") <= 5


# clean_subject(): an agent after 被, a role after 作为, footnote marks
_SUBJ_AGENT = re.compile(r"被[\u4e00-\u9fff、]{1,24}$")
_SUBJ_ROLE = re.compile(r"作为[^，。；]*$")
# a footnote mark of the reports ([7], ［7］): never part of a name
NOTE_MARK = re.compile(r"[\[［]\d+[\]］]")


def clean_subject(text: str) -> str:
    """The subject phrase before a verb, without adverbs and frames."""
    # "镇海区被文化部(命名为)": the agent after 被 is not the receiver
    text = _SUBJ_AGENT.sub("", text.strip())  # 被国务院、中央军委(授予)
    # "A作为全市唯一案例(入选)": the role is not the receiver, A is (or the town when A is absent)
    text = _SUBJ_ROLE.sub("", text)
    # a dash opening a list line (——A获评…) and footnote marks ([7]) are no part of a name
    text = NOTE_MARK.sub("", text).lstrip("—－-─ ")
    prev = None
    while prev != text:
        prev = text
        text = LEAD.sub("", text).strip()
        text = TRAIL.sub("", text).strip()
    return text


# What makes a phrase a clause rather than a name (names.tsv clause.*)
CLAUSE_MARK = re.compile(_RULES.pattern("clause.mark"))
CLAUSE_END = re.compile(_RULES.pattern("clause.end") + "$")
CLAUSE_START = _RULES.words("clause.start")
CLAUSE_DANGLING = _RULES.words("clause.dangling")
CLAUSE_MEANS = _RULES.words("clause.means")


def looks_like_name(text: str) -> bool:
    """Short, no sentence-like words: a plausible proper name."""
    t = strip_quotes(text)
    if not 2 <= len(t) <= 24 or GENERIC.search(t):
        return False
    if re.search(r"[，。；：！？]", t) or re.fullmatch(r"[\d.%]+", t):
        return False
    # counted groups (2区7镇57村), shares; not a number before 市民 (12345市民热线)
    if re.search(r"\d+(?:[个家所条处项座名人户区镇村乡县]|市(?!民))|%", t):
        return False
    # a predicate inside (南昌地区已有上市公司) or a frame around it (在…大会上)
    if CLAUSE_MARK.search(t) or CLAUSE_END.search(t):
        return False
    return True


def looks_like_subject(text: str) -> bool:
    """A name that can receive something: a name that does not open with a verb or preposition
    (依托…构建…, 被…协会) nor end in one (…市同). Quoted names are taken as written."""
    if not looks_like_name(text):
        return False
    t = text.strip()
    if t[:1] in "“‘《「":
        return True
    return not (t.startswith(CLAUSE_START) or t.endswith(CLAUSE_DANGLING))


_AREAS = lexicon.rules("areas.tsv")
_ZONE_WORD = _AREAS.words("zone_word")
_AREA_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?(?:省|自治区|市|区|县|街道|镇|乡))*?"
                        r"(?P<name>[\u4e00-\u9fff]{2,4}?(?P<suffix>街道|镇|乡|村|县|区|市))")
_AREA_KIND = {"街道": "town", "镇": "town", "乡": "town", "村": "village", "区": "district", "县": "district",
              "市": "city"}
_NOT_CORE_START = _AREAS.words("not_core_start")
_TWO_AREAS = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,16}?(?:街道|镇|乡|村|县|区|市))(?:和|与|及|、)"
                        r"(?P<b>[\u4e00-\u9fff]{2,16}?(?:街道|镇|乡|村|县|区|市))")
_GENERIC_AREA = set(_AREAS.words("generic")) | set(SELF_WORDS)
_GENERIC_ENDING = _AREAS.words("generic_ending")
_NUMERALS = "一二三四五六七八九十两"


def area_name(text: str) -> tuple[str, str] | None:
    """(name, kind) when a subject is an administrative area's name, else None.

    "米东区三道坝镇" → ("三道坝镇", "town"); "兴宁区" → ("兴宁区", "district"); not
    a zone (高新区, 景区, 法务区), a description (最美小镇) or a clause. The part
    before the innermost unit is left out: the graph places areas by their own name.
    """
    t = strip_quotes(text)
    m = _AREA_NAME.fullmatch(t)
    if not m or not looks_like_name(t) or t.startswith(CLAUSE_START):
        return None
    name, suffix = m.group("name"), m.group("suffix")
    if name[0] in "和与及":  # "张家港市和吴江区": two areas, not one named 和吴江区
        return None
    core = name[: -len(suffix)]
    if name in _GENERIC_AREA or name.endswith(_GENERIC_ENDING) or core.startswith(tuple(SELF_WORDS)) \
            or core.startswith(_NOT_CORE_START):
        return None
    if core[-1] in _NUMERALS and core.strip(_NUMERALS):
        return None  # a counted group (岛外四区, 东岭三市), not one area; 二七区 is all numerals, a name
    if suffix == "区" and (core.endswith(_ZONE_WORD) or len(core) > 3):
        return None
    if suffix in ("镇", "乡") and len(core) > 3:
        return None
    return name, _AREA_KIND[suffix]


def split_areas(text: str) -> list[str]:
    """"A县B乡C村和D镇E村" → the two areas; anything else stays one item."""
    m = _TWO_AREAS.fullmatch(strip_quotes(text))
    if m and area_name(m.group("a")) and area_name(m.group("b")):
        return [m.group("a"), m.group("b")]
    return [text]


# Kinds by a name's ending, in the file's order (the first kind whose ending fits wins)
KIND_SUFFIX = tuple((list_id.removeprefix("kind."), _RULES.words(list_id))
                    for list_id in _RULES.ids() if list_id.startswith("kind.") and list_id != "kind.organization")


def kind_by_suffix(name: str) -> str:
    """What a name's ending says it is: school, river, enterprise … ("entity" when nothing fits)."""
    for kind, suffixes in KIND_SUFFIX:
        if name.endswith(suffixes):
            return kind
    return "organization" if name.endswith(_RULES.words("kind.organization")) else "entity"



