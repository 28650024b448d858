"""Name handling shared by the extraction rules: lists, clean-up, shape tests.

These are the general rules of how Chinese government prose writes names:
lists joined by 、 and closed by 等, adverbs before a subject (先后, 相继),
tails after a title (称号, 荣誉, 七连冠), suffixes that tell what a thing is
(公司 → enterprise, 河/浜 → river, 医院 → hospital).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon

SELF_WORDS = {"我镇", "全镇", "本镇", "该镇", "镇", "我街道", "本街道", "全街道", "街道", "我区", "全区",
              "本区", "我市", "全市", "本市", "我们", "我县", "全县", "我乡", "全乡", "本乡", "镇里", "镇政府",
              "镇党委", "党委", "政府", "我镇党委", "我们镇"}

# Adverbs and frames that stand before a subject or after it, before the verb.
LEAD = re.compile(
    r"^(?:(?:五年来|一年来|过去五年|近年来|今年以来|今年|去年|同年|年内|其中|同时|此外|另外|并且|并|还|又|也|已|"
    r"目前|截至目前|先后|相继|连续[一二三四五六七八九十\d]+年|连续|多次|再次|首次|均|都|分别|成功|顺利|全部|"
    r"第[一二三四五六七八九十\d]+(?:次|年|届)|[一二三四五六七八九十两\d]+(?:年|次)|"
    r"(?:19|20)\d{2}年(?:度)?|以|在|由|经|让|使|助力|推动|随着|通过|依托|完成|实现|推进|支持|做好|"
    r"积极|努力|全力|进一步|不断|持续|全面|扎实)[，、\s]*)+")
TRAIL = re.compile(
    r"(?:先后|相继|连续[一二三四五六七八九十\d]+年|连续|多次|再次|首次|均|都|分别|成功|顺利|已经|已|也|还|又|并|"
    r"正式|陆续|纷纷|率先|一举|荣幸|被|将|于(?:19|20)\d{2}年)+$")
TAIL_RE = re.compile(r"(?:[一二三四五六七八九十\d]+连冠|[一二三四五六七八九十\d]+连|连冠)$")
GENERIC = re.compile(r"(各类|各级|各项|多项|多个|若干|一系列|一批|包括|以上|有关|相关|系列|数十项|"
                     r"(?<![甲乙丙一二三特])等(?!奖))")
# 等 after a grade (甲等, 一等奖) is part of a name, not the end of a list.
_GRADE_DENG = re.compile(r"(?<=[甲乙丙一二三特])等|等(?=奖)")


def strip_quotes(text: str) -> str:
    return re.sub(r"[“”‘’《》「」\"']", "", text).strip()


def split_list(text: str) -> list[str]:
    """Split "A、B和C" into items; 、 inside quotation marks does not split."""
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
        if i == len(parts) - 1 and len(parts) > 1:
            # the last item may carry "和/及/以及 X": "A、B和C"
            sub = re.split(r"(?:以及|和|及|与)(?=[^“”]{2,})", p, maxsplit=1)
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
        elif ch == "等" and depth == 0 and i > 0 and not _GRADE_DENG.match(text, i):
            return text[:i]
    return text


def clean_subject(text: str) -> str:
    """The subject phrase before a verb, without adverbs and frames."""
    # "镇海区被文化部(命名为)": the agent after 被 is not the receiver
    text = re.sub(r"被[\u4e00-\u9fff]{1,8}$", "", text.strip())
    prev = None
    while prev != text:
        prev = text
        text = LEAD.sub("", text).strip()
        text = TRAIL.sub("", text).strip()
    return text


def looks_like_name(text: str) -> bool:
    """Short, no sentence-like words: a plausible proper name."""
    t = strip_quotes(text)
    if not 2 <= len(t) <= 24 or GENERIC.search(t):
        return False
    if re.search(r"[，。；：！？]", t) or re.fullmatch(r"[\d.%]+", t):
        return False
    if re.search(r"\d+[个家所条处项座名人户]", t):
        return False
    return True


KIND_SUFFIX = (
    ("university", ("大学", "学院")),
    ("school", ("小学", "中学", "附校", "学校", "幼儿园", "二小", "一小", "实验学校")),
    ("hospital", ("医院", "分院", "卫生服务中心", "卫生院")),
    ("river", ("河道", "河", "浜", "港", "泾", "江", "溪", "湖")),
    ("road", ("路", "大道", "街", "公路", "大桥", "桥")),
    ("park", ("公园", "绿地", "花园", "林带")),
    ("industrial_park", ("产业园", "科技园", "园区", "创业天地", "孵化器", "基地", "创新园", "众创空间")),
    ("compound", ("苑", "小区", "新村", "家园", "公寓", "花苑", "居委会", "居民区")),
    ("village", ("村",)),
    ("business_district", ("商圈", "广场", "商业街")),
    ("enterprise", ("公司", "集团", "有限", "股份")),
    ("program", ("读书会", "艺术节", "文化节", "工作法", "计划", "行动", "工程", "机制", "制度", "活动")),
    ("project", ("项目", "系统")),
)


def kind_by_suffix(name: str) -> str:
    for kind, suffixes in KIND_SUFFIX:
        if name.endswith(suffixes):
            return kind
    return "organization" if name.endswith(("会", "所", "站", "中心", "协会", "组织", "队")) else "entity"


# ----------------------------------------------------------------------------- honors

def cut_honor_tail(obj: str) -> str:
    """Cut what follows a list of honors: 等荣誉称号, 等市级以上荣誉数十项, 称号."""
    obj = obj.strip()
    cut = cut_at_deng(obj)
    if cut != obj:
        obj = cut
    for tail in lexicon.honor_shapes()["tail"]:
        if obj.endswith(tail) and len(obj) > len(tail):
            obj = obj[: -len(tail)]
            break
    return obj


def clean_honor(item: str) -> str:
    item = item.strip()
    # the edition is not the title: 第四届自治区主席质量奖 → 自治区主席质量奖
    item = re.sub(r"^第[一二三四五六七八九十百\d]+届", "", item)
    # who awarded it is not the title: "…办公室颁发的2013中国智慧城市推进杰出成就奖"
    item = re.sub(r"^.{2,30}?(?:颁发|授予|评选|评出|认定|发布)的", "", item)
    item = re.sub(r"^(?:19|20)\d{2}(?:年度?)?(?=\D)", "", item)
    item = re.sub(r"^(了|为|成为|成|过|到|得|“?(?:19|20)\d{2}年(?:度)?)+", "", item)
    item = re.sub(r"^(?:(?:19|20)\d{2}年(?:度)?)", "", item)
    item = strip_quotes(item)
    for tail in lexicon.honor_shapes()["tail"]:
        if item.endswith(tail) and len(item) > len(tail) + 1:
            item = item[: -len(tail)]
            break
    item = TAIL_RE.sub("", item)
    item = re.sub(r"(的)?(殊荣|光荣称号)$", "", item)
    return item.strip()


# A grade given by an assessment: 5A级…, AAAA级…, 四星级…, 三甲…
RATING = re.compile(r"^(?:[1-5]A|A{2,5}|[一二三四五1-5]星|[一二三]级[甲乙])级?[\u4e00-\u9fff]{2,}")


def looks_like_honor(item: str, strict: bool = False) -> bool:
    """A title's shape: short, known ending, no generic words, no sentence parts.

    ``strict`` (for loose triggers like 获/获得) also wants a level prefix or a
    strong ending (奖, 称号-like suffixes), since 获得 also means "obtain".
    """
    if not 3 <= len(item) <= 40 or GENERIC.search(item):
        return False
    if re.search(r"[，。；：！？]", item) or re.match(r"^(的|和|与|及|在|对|了|将|把|被|作品|名单)", item):
        return False
    if re.search(r"(角逐|参加|参与|申报|争取|力争|推荐|提名)", item) and not item.endswith("奖"):
        return False
    if re.search(r"(支持|资金|补贴|贷款|融资|好评|认可|肯定|关注|成效|成果|效益|提升|发展|突破|增长|批复|"
                 r"立项|投资|收入|经验|机会|机遇|感)$", item):
        return False
    if RATING.match(item):
        return True
    shapes = lexicon.honor_shapes()
    ends = item.endswith(shapes["suffix"])
    if not ends:
        return False
    if strict:
        strong = item.endswith(("奖", "奖状", "奖章", "称号", "示范镇", "示范点", "示范区", "示范基地",
                                "先进街镇", "先进集体", "先进单位", "模范单位", "文明镇", "卫生镇",
                                "文明单位", "集体", "孵化器", "案例"))
        return strong or item.startswith(shapes["prefix"])
    return True


def honor_aliases(item: str) -> tuple[str, ...]:
    """Short forms: the title without its issuing level (上海市文明镇 → 文明镇 is *not* kept:
    too generic); the quoted core is kept by the caller. Only the year-less form here."""
    out = []
    m = re.match(r"^(?:上海市|全国|国家级|全市|全区|市级|区级|[\u4e00-\u9fff]{2,3}(?:省|市|区))(.{4,})$", item)
    if m:
        out.append(m.group(1))
    return tuple(out)


# ----------------------------------------------------------------------------- enterprises

ENT_SUFFIX = ("公司", "集团", "有限", "股份", "科技", "信息", "智能", "技术", "网络", "医疗", "医药", "生物",
              "贸易", "环保", "能源", "制造", "电子", "数据", "软件", "物流", "实业", "控股", "银行", "中心",
              "基地", "平台", "总部", "店", "会员店", "超市", "工厂", "项目", "研究院", "实验室", "汇")
NOT_ENT = re.compile(r"(政府|委员会|街道|派出所|学校|小学|中学|大学|学院|医院|幼儿园|园区|产业园|科技园|"
                     r"大厦|楼宇|载体|小区|社区|公园|新区|^(?:企业|公司|项目|平台|基地)$|^新|高质量|优质|潜力|重点|龙头|"
                     r"一批|各类|招商|人才|资金|内资|外资|合同|政策|"
                     r"(?:环境|指标|体系|机制|产业|行业|技术|经验|管理|服务|业务|模式|资源|要素|管廊|训练基地)$|"
                     r"^(?:央企|民企|外企|国企|私企|企业|外资企业|骨干企业)$)")


# Legal form and bracketed place of a company name: 有限公司, （上海）
LEGAL_FORM = re.compile(r"[（(][^）)]{1,8}[）)]|(?:股份有限公司|有限责任公司|集团有限公司|有限公司|股份公司|集团公司|公司)$")


def clean_enterprise(item: str) -> str:
    item = strip_quotes(item.strip())
    item = re.sub(r"^(?:完成|推动|推进|加快|实现|促进|支持|引导|吸引|引进|引入|新引进|成功引进|新晋|累计|竣工|投产|"
                  r"建成|开工|签约|落地|落户|入驻|新增|培育|打造|建设|启动|做大做强|做强|做大|壮大|扶持)+", "", item)
    item = re.sub(r"(并|也|均|已|正式|顺利|相继|先后|成功|陆续|纷纷|率先)+$", "", item)
    return item.strip()


COMPANY_FORM = re.compile(r"(公司|集团|股份|有限|银行|证券|保险|控股|实业|科技|药业|制药|电子|汽车|"
                          r"研究院|总部|工厂|基地|中心|店)$|^(中国|中)[\u4e00-\u9fff]{2,}")


@lru_cache(maxsize=None)
def _dictionary() -> dict:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt.FREQ


def is_common_word(item: str) -> bool:
    """A word of the segmenter's general dictionary (技术, 旅游, 公交): a noun, not a firm's name."""
    return _dictionary().get(item, 0) > 0


def looks_like_enterprise(item: str, listed: bool) -> bool:
    """A company-like name. Listed items (A、B等企业) need less evidence of their own."""
    if not 2 <= len(item) <= 30 or not looks_like_name(item) or NOT_ENT.search(item):
        return False
    if is_common_word(item) and not COMPANY_FORM.search(item):
        return False
    if re.search(r"\d", item) and not re.search(r"[A-Za-z]", item):
        return False
    if item.endswith("项目") and len(item) < 6:
        return False  # 紧盯项目, 重点项目: not a name
    # a phrase, not a name: "具有核心吸引力的…项目", "城市配送网络和物流公共信息平台"
    if "的" in item or re.search(r".(和|及|与|以及).", item) or \
            re.match(r"(争取|更多|具有|一些|若干|各种|大型|中外|国内外|一流|高端|知名|大批)", item):
        return False
    if listed:
        return len(item) <= 16
    return item.endswith(ENT_SUFFIX) or bool(re.search(r"项目$|有限公司", item))


def enterprise_aliases(item: str) -> tuple[str, ...]:
    """Short forms: without 有限公司 / 股份 / （上海） / 项目."""
    out = []
    short = re.sub(r"[（(][^）)]*[）)]", "", item)
    short = re.sub(r"(股份)?有限(责任)?公司$|集团有限公司$|项目$", "", short)
    if short and short != item and len(short) >= 2:
        out.append(short)
    return tuple(out)


# ----------------------------------------------------------------------------- programs

def clean_program(name: str) -> str:
    # "启动实施乳业升级三年行动计划", "实施了…工程": the verbs are not the name
    name = strip_quotes(name).strip()
    return re.sub(r"^(?:了|实施|推进|开展|启动|建立|健全|完善|推行|深化|落实)+(?=.{3,})", "", name)


def looks_like_program(name: str) -> bool:
    if not 2 <= len(name) <= 20:
        return False
    if re.fullmatch(r"[\d+\-×xX*/. ]+", name) or re.search(r"[，。；！？]", name):
        return False
    if re.fullmatch(r"(十[一二三四五]五|[一二三四五六七八九十]星|\d+星)", name):
        return False
    if GENERIC.search(name) and "、" not in name:
        return False
    return True


# ----------------------------------------------------------------------------- indicators

def split_indicator_list(name: str) -> list[str]:
    """"地方财政收入、社会消费品零售总额保持年均增长" → one indicator per listed item.

    Only when every item ends like an indicator (收入, 总额, 率 …); "商业、商务面积" stays one.
    """
    if "等" in name:
        return [name]  # "商业、商务等现代服务业…": the list only qualifies one thing
    m = re.match(r"^(.*?)((?:保持|均|年均|同比|累计)*(?:增长|下降|提高)?)$", name)
    body = m.group(1) if m else name
    suffix = name[len(body):]
    items = split_list(body)
    heads = ("收入", "总额", "投资", "产值", "比例", "比重", "率", "税收", "增加值", "规模", "总量", "人数")
    if len(items) == 1 and "和" in body and body.endswith(heads):
        items = [x for x in body.split("和", 1)]
    if len(items) >= 2 and all(len(x) >= 2 for x in items) and items[-1].endswith(heads):
        common = ""
        last = items[-1]
        for h in heads:
            if last.endswith(h):
                common = h
        out = []
        for x in items:
            x = x if x.endswith(heads) else x + common
            out.append(x + re.sub(r"^保持", "", suffix))
        return out
    return [name]
