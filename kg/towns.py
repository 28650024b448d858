"""The document's own town: which area a document speaks for, and the area the text puts it in.

``resolve_town`` reads front matter, title, the speaker's government and the text, in that order;
``town_parent`` finds the district or city named right before the town. Both are called by
``kg.ingest.parse_document``; their words (generic town words, zone endings, levels) are in
``data/lexicons/areas.tsv``.
"""
from __future__ import annotations

import re

from kg import lexicon

# The ideograph ranges Chinese names and text are written in (kg.ingest normalizes text with them too)
CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK}]")

# Words shaped like a town's name that name no town (我镇, 小镇), and endings of
# descriptions (中国最美小镇, 全国百强镇): data/lexicons/areas.tsv
GENERIC_TOWN_WORDS = set(lexicon.rules("areas.tsv").words("generic"))
GENERIC_TOWN_ENDINGS = lexicon.rules("areas.tsv").words("generic_ending")
ZONE_ENDINGS = lexicon.rules("areas.tsv").words("parent.zone_ending")
LEVELS = {suffix: n for n in (1, 2, 3) for suffix in lexicon.rules("areas.tsv").words(f"level.{n}")}

_AREA_NAME = re.compile(f"([{CJK}]{{2,6}}?(?:街道|镇|乡|新区|区|县|市))")
# 乡/镇 that begin a word (乡镇, 乡村, 镇村, 镇域 …) do not end a name: 先进乡镇, 美丽乡村
_NOT_A_NAME_END = r"(?!(?<=乡)[镇村贤愁风土亲情])(?!(?<=镇)[村域区])"
_ORG_AFTER = r"(?:党委|党工委|人民政府|政府|人大|人民代表大会|办事处|工作报告|政府工作报告|\d{4}年)"


def resolve_town(title: str | None, body: str, declared: str | None = None,
                 folder: str | None = None) -> tuple[str | None, str | None]:
    """Find the document's own area: front matter, title, the speaker's government, the text.

    Returns (canonical name, kind). In order: front matter ``town``; a town or
    area in the title; "我代表X人民政府"; towns of the place lexicon counted in
    the text; the name of the document's folder when it is an area's name
    (corpora filed by city); a name followed by 党委/政府 three times or more.
    """
    places = lexicon.places()
    if declared:
        name = str(declared).strip()
        return name, places.kind_of(name) or lexicon.kind_by_suffix(name)
    for text in filter(None, [title]):
        for name in places.find_all(text):
            if places.kind_of(name) == "town":
                return name, "town"
        m = re.search(f"([{CJK}]{{2,8}}?(?:街道|镇|乡))(?:{_ORG_AFTER}|$)", text)
        if m and _plausible_area(_trim_area(m.group(1))):
            return _settle_town(_trim_area(m.group(1)), f"{text}\n{body[:20000]}"), "town"
    for text in filter(None, [title]):
        text = re.sub(r"(19|20)\d{2}年|\d{1,2}月\d{1,2}日|[《》]", "", text).lstrip("在于")
        # "龚正市长在上海市第十五届…": drop the speaker and their office
        text = re.sub(f"^[{CJK}]{{2,4}}?(?:代|副)?(?:市长|区长|县长|镇长|主任)(?:在|于)?", "", text)
        for name in places.find_all(text):
            return name, places.kind_of(name)
        m = re.search(f"([{CJK}]{{2,4}}?(?:新区|市|区|县))(?=第|人民|政府|\\d|年|（|$)", text)
        if m:
            name = _trim_area(m.group(1))
            return name, places.kind_of(name) or lexicon.kind_by_suffix(name)
    head = body[:20000]
    # "我代表宝山区大场镇人民政府，向大会报告工作": the speaker's own government
    m = re.search(f"代表([{CJK}]{{2,14}}?(?:街道办事处|人民政府|政府))", head[:4000])
    if m:
        name = _trim_area(re.sub(r"(办事处|人民政府|政府)$", "", m.group(1)))
        if re.search(r"(镇|乡|街道|市|区|县)$", name) and _plausible_area(name):
            return name, places.kind_of(name) or lexicon.kind_by_suffix(name)
    counts: dict[str, int] = {}
    for m in places.finditer(head):
        name = m.group(0)
        # at a word boundary: "宝山区大场镇", "大场镇党委"; not "城乡建设镇…" inside prose
        before = head[m.start() - 1:m.start()] if m.start() else ""
        if places.kind_of(name) == "town" and (not _CJK_RE.match(before) or before in "区市县我在全本"):
            counts[name] = counts.get(name, 0) + 1
    if counts:
        best, n = max(counts.items(), key=lambda kv: kv[1])
        if n >= 2 or not folder:
            return best, "town"
    if folder and re.fullmatch(f"[{CJK}]{{2,8}}(?:街道|镇|乡|市|区|县)", folder) and _plausible_area(folder):
        return folder, places.kind_of(folder) or lexicon.kind_by_suffix(folder)
    guesses: dict[str, int] = {}
    for m in re.finditer(f"([{CJK}]{{2,4}}?(?:街道|镇|乡|市|区|县)){_ORG_AFTER}", head):
        name = _trim_area(m.group(1))
        if _plausible_area(name):
            name = _settle_town(name, head) if name.endswith(("街道", "镇", "乡")) else name
            guesses[name] = guesses.get(name, 0) + 1
    if guesses:
        best, n = max(guesses.items(), key=lambda kv: kv[1])
        if n >= 3:
            return best, places.kind_of(best) or lexicon.kind_by_suffix(best)
    # Last resort (news pages): the town/street named most often near the top,
    # at least twice, preferring a lexicon place; a single mention in the title also
    # counts. Failing that, the one town the lead sentence names ("X镇围绕…").
    mentions: dict[str, int] = {}
    scope = f"{title or ''}\n{head[:3000]}"
    for text, weight in ((title or "", 2), (head[:3000], 1)):
        for m in re.finditer(f"([{CJK}]{{2,3}}?(?:街道|镇|乡)){_NOT_A_NAME_END}", text):
            name = _trim_area(m.group(1))
            if _plausible_area(name):
                name = _settle_town(name, scope)
                mentions[name] = mentions.get(name, 0) + weight
    if mentions:
        best, n = max(mentions.items(), key=lambda kv: (kv[1], places.kind_of(kv[0]) == "town"))
        if n >= 2:
            return best, "town"
        text = head.lstrip()
        if title and text.startswith(title):  # the body's first line is the title: the lead follows it
            text = text[len(title):].lstrip()
        lead = re.split(r"[。！？\n]", text, maxsplit=1)[0][:200]
        in_lead = [name for name in mentions if name in lead]
        if len(in_lead) == 1:
            return in_lead[0], "town"
    return None, None


def _settle_town(name: str, text: str) -> str:
    """Where a town's name starts, by how the text names it elsewhere.

    A match such as 访曲霞镇 or 远安洋坪镇 may begin inside the words before the
    name; the shorter ending (曲霞镇, 洋坪镇) is the name when the text uses it
    more than twice as often as the longer form. A name the text always writes
    in full (西堤头镇) keeps its full form.
    """
    suffix = next((s for s in ("街道", "镇", "乡") if name.endswith(s)), None)
    if suffix is None:
        return name
    core = name[: -len(suffix)]
    options = [core[i:] + suffix for i in range(len(core) - 1)]  # longest first, cores of 2+ characters
    counts = [text.count(o) for o in options]
    for option, n in zip(options, counts):
        if n * 2 >= counts[-1] and _plausible_area(option):
            return option
    return options[-1]


_BAD_AREA = re.compile(r"(代表|^我|^本|^全|^各|^该|^此|^在|^向|^新设|^加强|^发挥|自治区$|^市|^区|^县)")


def _plausible_area(name: str) -> bool:
    """A real area name: 2+ characters before the suffix, no pronoun or verb in front."""
    core = re.sub(r"(街道|新区|镇|乡|市|区|县)$", "", name)
    return (len(core) >= 2 and not _BAD_AREA.search(name) and name not in GENERIC_TOWN_WORDS
            and not name.endswith(GENERIC_TOWN_ENDINGS))


def _trim_area(name: str) -> str:
    """"宝山区大场镇" -> "大场镇"; "江苏省南京市" -> "南京市"; "在宝山区大场镇" -> "大场镇"."""
    name = re.sub(r"^(在|向|对|关于|代表|我们|根据)", "", name)
    m = re.match(f"^.*?(?:省|市|区|县)([{CJK}]{{2,}}(?:街道|镇|乡))$", name) or \
        re.match(f"^.*?省([{CJK}]{{2,}}(?:市|区|县))$", name)
    return m.group(1) if m else name


def town_parent(town: str, text: str) -> str | None:
    """The area the text names right before the town, most often ("宝山区大场镇" → 宝山区)."""
    counts: dict[str, int] = {}
    for m in _before_town(re.compile(f"([{CJK}]{{2,4}}?(?:市|区|县))(?:人民政府)?{re.escape(town)}"), town, text):
        name = _trim_area(m.group(1))
        name = re.sub(r"^.*?省", "", name)
        # "成都市温江区万春镇": the unit right before the town (温江区), not a cut across two (都市温江区)
        name = re.sub(r"^.*?(?:市|州|盟)(?=[^市州盟]{2,}(?:区|县)$)", "", name)
        if _plausible_area(name) and not name.endswith(ZONE_ENDINGS) and _holds(name, town):
            counts[name] = counts.get(name, 0) + 1
    return max(counts.items(), key=lambda kv: kv[1])[0] if counts else None


def _before_town(pattern: re.Pattern, town: str, text: str):
    """``pattern.finditer(text)`` for town_parent's pattern, tried only where one of its matches can start.

    A match is 2-4 characters, 市/区/县, maybe 人民政府, then the town: it starts 2-4 characters before
    a 市/区/县 that stands right before an occurrence of the town (or before 人民政府 and it). The
    pattern's own search would try every position of the text (20,000 characters a document).
    """
    starts: set[int] = set()
    at = text.find(town)
    while at >= 0:
        for unit in (at - 1, at - 5):
            if unit >= 0 and text[unit] in "市区县" and (unit == at - 1 or text[at - 4:at] == "人民政府"):
                starts.update(range(max(unit - 4, 0), unit - 1))
        at = text.find(town, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (m := pattern.match(text, start)):
            end = m.end()
            yield m


def _level(name: str) -> int | None:
    return next((n for suffix, n in LEVELS.items() if name.endswith(suffix)), None)


def _holds(parent: str, town: str) -> bool:
    """Whether an area of the parent's level can hold the town: a 区 never holds a 市 ("…区杭州市" is two
    sentences running on), a 市 may hold a 市 (a county-level city in a prefecture-level one)."""
    p, t = _level(parent), _level(town)
    return p is None or t is None or p > t or p == t == 3
