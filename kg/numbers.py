"""Numbers with units: find them in a sentence and turn them into base-unit values.

``find_quantities`` returns every number followed by a unit of
``data/lexicons/units.tsv``, with its qualifier (近, 约, 超过, 以上, 多), sign
(下降, 减少 make it negative) and per-capita flag (平方米/人, 人均). It skips
what the guidelines say is not a figure: years and dates, durations,
ordinals (第六), ranges (1-2个: both ends are uncertain, so neither is kept),
numbers inside quotation marks (names such as “12345”), and lone Chinese
digits before a measure word (一批, 三大, 五方面: rhetoric, not counts).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from kg import lexicon
from kg.errors import NumberError

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# A number starts where no digit precedes it and its parts are possessive (++, *+):
# a run of n digits is scanned once, not once per start position (n² steps).
# "2 311.43亿元": some reports group thousands with a space
ARABIC = r"(?<![\d,])(?:\d{1,3}(?: \d{3})++(?!\d)|\d++(?:,\d{3})*+)(?:\.\d++)?+"
CHINESE = f"(?<![{CN_DIGITS}])[{CN_DIGITS}]++(?:点[{CN_DIGITS}]++)?+"
# Beyond this many digits before the point a "figure" is no measurement of a town
# (10^24 yuan is a million times the world's GDP); it is reported, not rounded to inf.
MAX_DIGITS = 24
MAX_CN_CHARS = 24
MULT = {"万": 1e4, "亿": 1e8, "千": 1e3, "百万": 1e6, "千万": 1e7, "万亿": 1e12}
PRE_QUALIFIERS = ("超过", "不低于", "不少于", "不超过", "突破", "逾", "近", "约", "超", "达", "共")
POST_QUALIFIERS = ("以上", "以下", "以内", "左右")
DECREASE = ("下降", "减少", "降低", "回落", "下滑", "缩减", "削减", "压减")


@dataclass
class Quantity:
    start: int          # offsets in the text searched
    end: int
    value: float        # in base units, signed
    unit: str           # "cur:CNY", "unit:M2", ...
    family: str
    text: str           # as written: "30.63亿元"
    qualifier: str | None = None
    per_capita: bool = False
    change: str | None = None   # 增长 / 下降 ... when the number is a change


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    surfaces = sorted(lexicon.units(), key=len, reverse=True)
    unit_alt = "|".join(re.escape(s) for s in surfaces)
    return re.compile(
        f"(?P<num>{ARABIC}|{CHINESE})(?P<more>多|余)?(?P<mult>万亿|千万|百万|万|亿)?(?(more)|(?P<more2>多|余)?)"
        f"(?P<unit>{unit_alt})(?P<per>[/／]人)?"
    )


def parse_number(text: str) -> float | None:
    """Arabic or Chinese numeral to float: "1,234.5" -> 1234.5, "两万" -> 20000.

    None for what is not a number (or a Chinese numeral too long to be one);
    ``NumberError`` for an Arabic number of more than ``MAX_DIGITS`` digits.
    """
    text = text.replace(",", "").replace(" ", "")
    if text[:1].isdigit():
        digits = len(text.split(".", 1)[0])
        if digits > MAX_DIGITS:
            shown = text if len(text) <= 12 else f"{text[:6]}…{text[-3:]}"
            raise NumberError(f"a number of {digits} digits ({shown}) is too large to be a figure",
                              "check the document; --skip-errors skips it")
    try:
        value = float(text)
        return value if math.isfinite(value) else None
    except ValueError:
        pass
    if len(text) > MAX_CN_CHARS:
        return None
    value = chinese_numeral(text)
    if value is not UNSURE:
        return value
    import cn2an  # here, not at the top: its import and first call take ~0.3 s (see chinese_numeral)

    try:
        value = float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError, OverflowError):
        return None
    return value if math.isfinite(value) else None


UNSURE = object()  # chinese_numeral's answer when cn2an is to decide
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}
_CN_LEVEL = {"千": 3, "百": 2, "十": 1}
_CN_BIG = "万亿"


def chinese_numeral(text: str):
    """The value cn2an's "smart" mode gives a common Chinese numeral, without cn2an; ``UNSURE`` otherwise.

    cn2an's import and first call compile some 0.3 s of patterns (its grammar of
    numerals; a pattern of every Chinese city in a text-cleaning library it
    imports), and two documents in three have a Chinese numeral. The shapes
    answered here are the plain ones, on which cn2an's rules agree with
    positional notation: a run of digits read digit by digit (一二三 = 123,
    二〇二一 = 2021); numbers whose units descend with no gap and no 零
    (十五, 三百二十, 两千万, 十三亿, 一亿两千万); and a number that starts with 百,
    千, 万 or 亿 and ends in a unit (百亿, 千万: no number for cn2an, so None).
    Everything else (零 inside, 一千二 or 一万五 spoken short, 一亿五万, 点) is
    left to cn2an. tests/test_numbers.py checks the agreement on every string
    of up to four characters and on generated longer ones.
    """
    if not text or not all(c in _CN_DIGIT or c in _CN_LEVEL or c in _CN_BIG for c in text):
        return UNSURE
    if all(c in _CN_DIGIT for c in text):
        return float(int("".join(str(_CN_DIGIT[c]) for c in text)))
    if text[0] in "百千" + _CN_BIG:
        return None if text[-1] not in _CN_DIGIT else UNSURE
    if "零" in text or "〇" in text:
        return UNSURE
    # [X 亿 [Y]] with X below 10^8 (两万亿 too); Y, if any, holds 万 and starts at 千 (一亿两千万)
    head, yi, tail = text.partition("亿")
    high = _below_yi(head, True)
    low = (_below_yi(tail, False) if "万" in tail else None) if tail else 0
    if high is None or low is None:
        return UNSURE
    return float(high * 10 ** 8 + low if yi else high)


def _below_yi(text: str, first: bool) -> int | None:
    """A number below 10^8 with no 亿: S or S万[T], T starting at 千; not ``first``: S starts at 千 too."""
    if "亿" in text:
        return None
    if "万" not in text:
        return _section(text, first, full=not first)
    head, _, tail = text.partition("万")
    high = _section(head, first, full=not first)
    low = _section(tail, False, full=True) if tail else 0
    return None if high is None or low is None else high * 10 ** 4 + low


def _section(text: str, first: bool, full: bool) -> int | None:
    """1-9999 written with 千 百 十 in order, no level skipped after the first: 三千二百, 二十五, 五.

    ``first``: the start of the whole numeral, where 十 may stand for 一十 (十五).
    ``full``: the part must start at 千 (after 万 or 亿, where a smaller part needs 零).
    """
    if not text or "万" in text or "亿" in text:
        return None
    value, level, i = 0, None, 0  # level: the unit last read
    while i < len(text):
        c = text[i]
        if c == "十" and i == 0 and first:
            digit, unit = 1, 1
            i += 1
        elif c in _CN_DIGIT and i + 1 < len(text) and text[i + 1] in _CN_LEVEL:
            digit, unit = _CN_DIGIT[c], _CN_LEVEL[text[i + 1]]
            i += 2
        elif c in _CN_DIGIT and i + 1 == len(text) and (level == 1 or (level is None and not full)):
            return value + _CN_DIGIT[c] if _CN_DIGIT[c] else None  # a last digit after 十, or alone
        else:
            return None
        if digit == 0 or (level is None and full and unit != 3) or (level is not None and unit != level - 1):
            return None
        value, level = value + digit * 10 ** unit, unit
    return value


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside “…”, ‘…’ and 《…》 (names, never figures)."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|《[^》]*》")
_RANGE_END = re.compile(r"\d[-—~～至到]$")
_LATIN_END = re.compile(r"[A-Za-z]$")
_RANGE_START = re.compile(r"[-—~～至]\d")
_LEVEL_END = re.compile(r"(到|至|为)$")
# What may follow a number and makes it no measure of the town (a date, a
# duration, a name, a ranking).
_NOT_AFTER = re.compile(r"^(月|工作日|小时|分钟|天|周|年(?!度(?!计划|投资))|岁)")  # "10项年度任务": 年度 opens the noun
# a count word that opens a noun ("10万余家庭": 家庭 is no 家 of firms)
_IN_WORD = re.compile(lexicon.rules("observations.tsv").pattern("unit.in_word"))
_BARE_POINTS = re.compile(r"(?<![\d.,])\d+(?:\.\d+)?(?=(?:和|、|及)\d+(?:\.\d+)?个?百分点)")
# After "4.8个": more figures of a list that ends in 个百分点
_POINTS_AFTER = re.compile(r"(?:(?:和|、|及|与|或|至|到|-|—|~)(?:\d+(?:\.\d+)?)个?)+百分点")


def find_quantities(text: str) -> list[Quantity]:
    """All figures with units in ``text`` (usually one sentence)."""
    out: list[Quantity] = []
    if _NUMERAL.search(text) is None:
        return out  # every figure starts with a digit or a Chinese numeral: half the sentences have neither
    quotes = None  # found when a number is: most sentences have none
    units = lexicon.units()
    for m in _figures(text):
        s, e = m.start(), m.end()
        num = m.group("num")
        if quotes is None:
            quotes = quoted_spans(text)
        if any(a <= s < b for a, b in quotes):
            continue
        is_cn = not num[0].isdigit()
        if is_cn and len(num) == 1 and not m.group("mult"):
            continue  # 一批, 三项, 五个: rhetorical counts
        if text[s - 1:s] == "$" or text[e:e + 1] == "$":
            continue  # "5$1.$24亿元": a figure broken by the conversion of its document, not a value
        if is_cn and s > 0 and text[s - 1] in CN_DIGITS:
            continue
        before = text[max(0, s - 2):s]
        if before.endswith(("第", "前")) or _RANGE_END.search(before) or _LATIN_END.search(before):
            continue
        # a range "1-2个": the first number of it
        if _RANGE_START.match(text[m.end("num"):m.end("num") + 2]):
            continue
        unit_surface = m.group("unit")
        if unit_surface == "个" and _POINTS_AFTER.match(text, e):
            unit_surface = "个百分点"  # "分别提高4.8个和8个百分点": the measure word is shared
        if _IN_WORD.match(text, m.start("unit")):
            continue  # "10万余家庭从中受益": the count word is the noun's first character
        unit = units[unit_surface]
        if unit.family == "count" and _NOT_AFTER.match(text[e:]):
            continue  # 3个月, 5个工作日: durations
        value = parse_number(num)
        if value is None and num in _MAGNITUDE and _THRESHOLD_BEFORE.search(text, max(0, s - 4), s) and _THRESHOLD_AFTER.match(text, e) \
                and not _COUNTED_BEFORE.search(text, max(0, s - 24), s):
            value = _MAGNITUDE[num]  # "经济总量突破千亿元。": a threshold crossed, the bare order of magnitude is the figure
        if value is None:
            continue
        mult = MULT.get(m.group("mult") or "", 1.0)
        value = value * mult * unit.factor
        if not math.isfinite(value):
            continue
        qualifier = None
        if text.endswith(PRE_QUALIFIERS, 0, s):  # most figures have none: one test instead of eleven
            qualifier = next(q for q in PRE_QUALIFIERS if text.endswith(q, 0, s))
        more = m.group("more") or m.group("more2")  # "30余万人次", "2万多人": either side of the multiplier
        if more:
            qualifier = (qualifier or "") + more
        tail = text[e:e + 2]
        for q in POST_QUALIFIERS:
            if tail.startswith(q):
                qualifier = (qualifier + q) if qualifier else q
        change, value = _change(text, s, value)
        out.append(Quantity(s, e, _round(value), unit.iri, unit.family, text[s:e],
                            qualifier=qualifier, per_capita=bool(m.group("per")), change=change))
        if s and text[s - 1] in "、和及":
            out.extend(_bare_run(text, s, m.group("mult"), unit_surface, units, quotes))

    def taken(s: int) -> bool:
        """Whether a figure found by a later pattern at ``s`` is quoted or already read with a measure word."""
        nonlocal quotes
        if quotes is None:  # no figure with a unit before: the quotations are not found yet
            quotes = quoted_spans(text)
        return any(a <= s < b for a, b in quotes) or any(q.start <= s < q.end for q in out)

    # "提高11.3和7.8个百分点": the first number takes the measure word of the last
    for m in (_BARE_POINTS.finditer(text) if "百分点" in text else ()):
        s, e = m.span()
        if taken(s):
            continue
        value = parse_number(m.group(0))
        if value is None:
            continue
        change, value = _change(text, s, value)
        out.append(Quantity(s, e, _round(value), "unit:PERCENT", "percent", m.group(0), change=change))
    # "城乡居民收入比缩小至1.9以内", "性别比为107": a ratio of two measures is a figure with no unit;
    # "环境质量综合指数稳定达到90以上", "居民消费价格指数为102.8": an index's value has none either
    for pattern, cue in ((_RATIO, "比"), (_INDEX, "指数")):
        for m in (pattern.finditer(text) if cue in text else ()):
            s, e = m.start("num"), m.end() - len(m.group("post") or "")
            if taken(s):
                continue
            out.append(Quantity(s, e, _round(float(m.group("num"))), "unit:UNITLESS", "ratio", text[s:e],
                                qualifier=m.group("post")))
    # "常住人口达到300万", "人口6.1万": people counted with no measure word after the multiplier
    for m in (_PEOPLE.finditer(text) if "人口" in text else ()):
        s, e = m.start("num"), m.end("mult")
        if taken(s):
            continue
        change, value = _change(text, s, float(m.group("num")) * MULT[m.group("mult")])
        qualifier = next((q for q in PRE_QUALIFIERS if text.endswith(q, 0, s)), None)
        out.append(Quantity(s, e, _round(value), "unit:NUM", "count", text[s:e], qualifier=qualifier, change=change))
    # "空气质量优良天数达300天以上": a count of days is a measure, though days alone are a duration (no figure)
    for m in (_DAYS.finditer(text) if "天数" in text else ()):
        s, e = m.start("num"), m.end("num") + 1
        if taken(s):
            continue
        change, value = _change(text, s, float(m.group("num")))
        qualifier = next((q for q in PRE_QUALIFIERS if text.endswith(q, 0, s)), None)
        if m.group("post"):
            qualifier = (qualifier or "") + m.group("post")
        out.append(Quantity(s, e, _round(value), "unit:DAY", "days", text[s:e], qualifier=qualifier, change=change))
    out.sort(key=lambda q: q.start)
    for a, b in zip(out, out[1:]):
        # "分别下降35%和34.9%": the figures of one list share the change word before the first
        if b.change is None and a.change and a.family == b.family and \
                _LIST_JOIN.fullmatch(text, a.end, b.start):
            b.change = a.change
            b.value = -b.value if a.change in DECREASE else b.value
    return out


# "49.7万、45万和35万人", "424.8、502.5、187.9万吨": numbers before a figure, joined by 、/和/及, share its measure word
_BARE_ITEM = re.compile(r"(?<![\d.,A-Za-z/／第前])(\d+(?:\.\d+)?)(万|亿)?(?:、|和|及)$")
_MAGNITUDE_OPEN = ("万", "亿")


def _bare_run(text: str, s: int, mult: str | None, surface: str, units: dict, quotes) -> list[Quantity]:
    """The bare numbers of a list that ends in the figure at ``s`` (its multiplier ``mult``, its unit ``surface``).

    A bare number with a multiplier of its own takes the unit only when the last figure has the same one
    ("600亿、800亿元"); "3430万、19万、1326元" are of two measures (people, yuan), so nothing is shared.
    """
    magnitude = mult or (surface[0] if surface[0] in _MAGNITUDE_OPEN and surface[1:] in units else None)
    bare_surface = surface[1:] if magnitude and not mult else surface
    found: list[Quantity] = []
    pos = s
    while pos > 0:
        m = _BARE_ITEM.search(text, max(0, pos - 24), pos)
        if not m or any(a <= m.start() < b for a, b in quotes):
            break
        own = m.group(2)
        if own and own != magnitude:
            return []  # "3430万、19万、1326元": the figures before are of another measure
        value = parse_number(m.group(1))
        if value is None:
            break
        unit = units[surface if not own else bare_surface]
        value = value * (MULT[own] if own else MULT.get(mult or "", 1.0)) * unit.factor
        change, value = _change(text, m.start(), value)
        found.append(Quantity(m.start(), m.end() - 1, _round(value), unit.iri, unit.family, text[m.start():m.end() - 1],
                              change=change))
        pos = m.start()
    return found


# A bare order of magnitude ("千亿元") is a figure only as a threshold reached, at the end of its clause:
# "产值突破千亿元。", "突破万亿元大关"; not "超百亿元企业", "千亿元级产业" (a class of things)
_MAGNITUDE = {"百万": 1e6, "千万": 1e7, "百亿": 1e10, "千亿": 1e11, "万亿": 1e12}
_THRESHOLD_BEFORE = re.compile(r"(?:突破|超过|超|过|达到|达|近|逾|跨越|迈上|跨上|迈过|接近)$")
# "其中7个超百亿元": the things counted are of that class; the magnitude is no figure
# "21家企业集团销售收入超过百亿元": each of the things counted before it in the clause
# (both end at the figure and are at most 20 characters long: searched in the few characters before it, not the text)
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十][个家条项户座所][^，；。]{0,16}(?:突破|超过|超|过|达到|达|近|逾)$|"
                             r"[\d一二两三四五六七八九十][个家条项户座所]?(?:突破|超过|超|过|达到|达|近|逾)$")
_THRESHOLD_AFTER = re.compile(r"(?:大关|台阶|关口)?(?:[，。；）)]|$)")  # not "超百亿元、500亿元的产业集群": a list of classes
# a ratio named by a noun before 比 (收入比, 性别比, not 同比 / 较 / 相比) and its value at the end of the clause,
# "N" or "N:1"; "比上年", "比2015年" are comparisons (no figure ends the clause there)
_RATIO = re.compile(r"(?<=[\u4e00-\u9fff])(?<![同较相对与和])比值?(?:缩小|下降|降低|降|扩大|提高|保持|稳定|控制|调整)?(?:到|至|为|在)?"
                    r"(?P<num>\d+(?:\.\d+)?)(?:[:：]1)?(?P<post>以内|以下|左右|以上)?(?=[，。；、]|$)")
_INDEX = re.compile(r"指数[^，。；、\d]{0,6}?(?:达到|达|为|保持在|稳定在|提高到|提升到|提高至|提升至|升至|增至)"
                    r"(?P<num>\d+(?:\.\d+)?)(?P<post>以内|以下|左右|以上)?(?=[，。；、和]|$)")
_PEOPLE = re.compile(r"人口[^，。；、\d]{0,8}?(?P<num>\d+(?:\.\d+)?)(?P<mult>万|亿)(?![\u4e00-\u9fff\d.])")
_DAYS = re.compile(r"天数[^，。；、\d]{0,10}?(?P<num>\d+(?:\.\d+)?)天(?P<post>以上|以下|左右|以内)?")
_NUMERAL = re.compile(f"[\\d{CN_DIGITS}]")  # what a figure starts with (\d: any Unicode digit)


def _figures(text: str):
    """The matches of the figure pattern, as its ``finditer`` gives them, tried only where a numeral stands.

    Every match starts with a numeral (``_NUMERAL``); the pattern opens with lookbehinds, so its own
    search would try every position of the text.
    """
    pattern, end = _pattern(), 0
    for c in _NUMERAL.finditer(text):
        if c.start() >= end and (m := pattern.match(text, c.start())):
            end = m.end()
            yield m


_LIST_JOIN = re.compile(r"(?:以上|以下|左右|以内)?(?:和|、|及|与|或)")


def _change(text: str, s: int, value: float) -> tuple[str | None, float]:
    """The change word just before a number (增长, 下降 …), and the value signed by it."""
    window = text[max(0, s - 4):s]
    if _LEVEL_END.search(window):
        return None, value  # 增加到 43.82: a level, not a change
    for word in DECREASE:
        if word in window:
            return word, -value
    for word in ("增长", "提高", "上升", "增加", "增幅"):
        if word in window:
            return word, value
    return None, value


def _round(value: float) -> float:
    # 30.63 * 1e8 is 3062999999.9999995 in floating point.
    r = round(value, 6)
    return float(int(r)) if r == int(r) else r
