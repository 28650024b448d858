"""Enterprise rules (kg/extract/enterprises.py) on short sentences written for these tests.

Every firm name here is invented; the rows cover the frames in which the
reports name their firms and firms' projects, and the look-alikes that are
not firms (sectors, parks, public works, kinds of company).
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import extract, ingest
from kg.extract.companies import CompanyShapes


def enterprises(text):
    doc = ingest.parse_document(("青溪镇工作报告\n\n" + text).encode("utf-8"), doc_id="t")
    return [(f.object, f.rule) for f in extract.extract(doc) if f.type == "enterprise"]


def objects(text):
    return [o for o, _ in enterprises(text)]


# The cue's object frame (推进X项目): the verb alone lets a third of all clauses through, so the cue also asks
# for what the frame keeps (an industry word or legal form, and a project's ending or legal form), or a mark
# (quotation, note) whose removal from an item could join two characters into such a word.
OBJECT_VERBS = ["推进", "推动", "招引", "跟踪服务", "加快"]
OBJECT_PIECES = ["远帆", "青禾", "机械", "机", "械", "制造", "项目", "项", "目", "基地", "二期", "有限公司", "公司",
                 "、", "和", "等", "“", "”", "[7]", "城市", "建设", "的", "重点", "新型"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(OBJECT_PIECES), max_size=3), st.sampled_from(OBJECT_VERBS),
       st.lists(st.sampled_from(OBJECT_PIECES), max_size=8))
def test_the_cue_lets_through_every_clause_the_object_frame_finds_a_firm_in(before, verb, after):
    finder = extract.pipeline().get_pipe("tk_enterprises")
    clause = "".join(before) + verb + "".join(after)
    if finder._verb_frames(clause):  # (推进远帆机“械”项目 finds 远帆机械项目: the cue lets marks through)
        assert finder.cue.search(clause)


def test_the_cue_skips_an_object_verb_with_nothing_a_firm_needs():
    cue = extract.pipeline().get_pipe("tk_enterprises").cue
    assert not cue.search("持续推进城市更新和乡村振兴")
    assert cue.search("积极推进山南沃特新能源负极材料项目")
    # a mark: the item without it may hold a word the clause does not (远帆机械项目 from 远帆机“械”项目)
    assert extract.pipeline().get_pipe("tk_enterprises")._verb_frames("推进远帆机“械”项目")
    assert cue.search("推进远帆机“械”项目") and cue.search("推进远帆机[7]械项目")


@pytest.mark.parametrize("text, expected", [
    # A、B等N个项目 + a verb of a project's life
    ("目前，朗驰物流、鸿运再生物资回收等5个项目已建成投产。", ["朗驰物流", "鸿运再生物资回收"]),
    ("宏泰机械制造项目等4个项目顺利竣工。", ["宏泰机械制造项目"]),
    ("全力推进恒远新型防水材料、泽航交通设施汽车配件等3个重点项目。",
     ["恒远新型防水材料", "泽航交通设施汽车配件"]),
    ("成功招引星耀能源、澜海智能等2个亿元以上项目。", ["星耀能源", "澜海智能"]),
    ("专人跟踪服务川禾新能源热电联产、瑞康养老服务等在建项目。", ["川禾新能源热电联产", "瑞康养老服务"]),
    ("金澜玻璃二期、锐峰重工、驰骋电动车等项目已经投产。", ["金澜玻璃二期", "锐峰重工", "驰骋电动车"]),
    # a list introduced by 项目为
    ("此次集中开工项目为鑫塔鞋底项目和冠鸿环保纸箱项目。", ["鑫塔鞋底项目", "冠鸿环保纸箱项目"]),
    # a list closed by a count instead of 等
    ("启明新材料、浦江半导体、联和智能3家企业成功晋级。", ["启明新材料", "浦江半导体", "联和智能"]),
    # a firm as the subject of a project's life, or a firm's project as an object
    ("天禾纸业已经开工建设。", ["天禾纸业"]),
    ("大川住宅板材制造项目、长盛机械驾驶室生产项目即将建设。", ["大川住宅板材制造项目", "长盛机械驾驶室生产项目"]),
    ("积极推进山南沃特新能源负极材料项目。", ["山南沃特新能源负极材料项目"]),
    # a full company name with its legal form, in a sentence about projects and investment
    ("江州市立信机械科技有限公司项目总投资1.4亿元。", ["江州市立信机械科技"]),
    ("成功引进投资1亿元的高平晨峰饲料有限公司年产10万吨饲料扩建项目。", ["高平晨峰饲料"]),
    ("协助辖区秦川览胜集团有限公司申报创新型中小企业。", ["秦川览胜集团"]),
    # the frames that were there before stay
    ("云帆智能、远景能源科技等一批优质企业相继落户。", ["云帆智能", "远景能源科技"]),
])
def test_firms_and_their_projects_are_found(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # sectors, not firms
    "推进智能终端、新型显示、生物医药等项目建设。",
    "重点推进新能源、智能电网、轨道交通、节能环保等一批应用示范项目。",
    # parks, zones, public works and places' projects
    "集中竣工项目为顺达创新产业园。",
    "其中，东湾村卫生室项目、青溪镇农贸市场提升改造项目等2个项目顺利竣工。",
    "年内港区疏港铁路、物流中心项目将开工建设。",
    "推进滨江新城、金沙片区等项目建设。",
    # kinds of company and generic headquarters
    "五年新增上市公司12家、小额贷款公司5家。",
    "吸引跨国公司设立区域总部、研发总部等落户。",
    # a project named only by what it builds
    "确定投资1.5亿元的钢构制造项目预计8月份动工建设。",
    # a slogan with 项目为
    "坚持“项目为王”理念。",
    # members of a list of clusters, not firms
    "机器人、氢能、高分子功能材料等4个集群入围全国中小企业特色产业集群。",
])
def test_look_alikes_are_not_firms(text):
    assert objects(text) == []


def test_rule_ids_name_the_frame():
    rules = dict(enterprises("朗驰物流、鸿运再生物资回收等5个项目已建成投产。天禾纸业已经开工建设。"
                             "积极推进山南沃特新能源负极材料项目。江州市立信机械科技有限公司项目总投资1.4亿元。"))
    assert rules == {"朗驰物流": "enterprise:project-list", "鸿运再生物资回收": "enterprise:project-list",
                     "天禾纸业": "enterprise:subject", "山南沃特新能源负极材料项目": "enterprise:object",
                     "江州市立信机械科技": "enterprise:legal-name"}


def test_a_company_name_keeps_its_full_form_as_an_alias():
    doc = ingest.parse_document("青溪镇工作报告\n\n江州市立信机械科技有限公司项目总投资1.4亿元。".encode("utf-8"),
                                doc_id="t")
    fact = next(f for f in extract.extract(doc) if f.type == "enterprise")
    assert "江州市立信机械科技有限公司" in fact.aliases


@pytest.mark.parametrize("text, expected", [
    # a name that starts with 和 is not cut ("和X" joins only after a verb's list)
    ("和盛光电、创远光伏等一批重点项目顺利推进。", ["和盛光电", "创远光伏"]),
    # 力争 before a subject is not part of the name
    ("力争先锋新材料开工建设。", ["先锋新材料"]),
    # a count before a kind of company: not a list of firms
    ("组建东岳、北辰两家融资担保公司。", []),
])
def test_edges_of_names(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("投资20亿元的海港北辰物流基地正在加紧建设。", ["海港北辰物流基地"]),
    ("总投资5亿元的华宇纺织项目已经开工。", ["华宇纺织项目"]),
    ("投资10亿元的辰星模具园进展顺利。", []),                 # a park
    ("投资1.5亿元的钢构制造项目预计8月份动工。", []),          # named only by what it builds
])
def test_a_project_named_by_its_investment(text, expected):
    assert objects(text) == expected


def test_a_verb_inside_a_name_is_not_cut_off():
    assert "中心" not in objects("亚太技能开发促进中心落户青溪。")  # 促进 belongs to the name


@pytest.mark.parametrize("text", [
    "推进河湾深港科技创新合作区、光华科学城等重大平台项目建设。",  # zones
    "推进平湖铁路电气化改造、东台花卉进出口市场等项目。",          # public works named last
    "——加快重大产业项目落地和重要基础设施建设。",
])
def test_more_look_alikes(text):
    assert objects(text) == []


def test_a_firm_named_again_keeps_its_first_name():
    doc = ingest.parse_document(("青溪镇工作报告\n\n投资20亿元的海港北辰物流基地正在加紧建设。"
                                 "投资20亿元的东州海港北辰物流基地项目已获批准。").encode("utf-8"), doc_id="t")
    facts = [f for f in extract.extract(doc) if f.type == "enterprise"]
    assert [f.object for f in facts] == ["海港北辰物流基地", "海港北辰物流基地"]
    assert "东州海港北辰物流基地项目" in facts[1].aliases


@pytest.mark.parametrize("text, expected", [
    # bare trade names when the list is the subject of a settling verb
    ("星河智创、鲲羽整机等重大项目落户。", ["星河智创", "鲲羽整机"]),
    # but not sectors, services and kinds of firm
    ("航空维修、航食加工等项目率先落地。", []),
    ("吸引地区总部、研发机构等功能性项目落户。", []),
    ("大力培育瞪羚、独角兽等高成长型企业。", []),
    # a verb before the list is not a settling subject
    ("大力引进信芯、细胞基因等基地型项目。", []),
])
def test_bare_names_in_lists(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # firms that are closed, cleaned up or moved out: the town does not gain them
    "彻底关闭青峰电厂等超标排污企业。",
    "整治制鞋、印染、造纸等高污染排放企业52家。",
    "推动澜江热电等6家重污染企业搬迁。",
    # partners of an agreement
    "与云澜电网、青禾通信公司等企业签订战略合作框架协议。",
    # trades and kinds, not firms (the list's items are sectors)
    "围绕机器人、数字医疗等行业龙头企业推进全产业链创新布局。",
    "支持轨道交通、电力装备等优势行业和企业走出去。",
    "健全科技创新、数字转型、绿色发展等赋能民营企业发展机制。",
    "引导外资采取直接投资、并购、股权转让等方式参与国有企业改造。",
    "通过企业对接、经贸洽谈等形式帮助民营企业拓展市场。",
    "提供面向初创期、轻资产、无利润等成长性企业的金融产品。",
])
def test_lists_that_place_no_firm(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # a verb inside the first item is cut off
    ("新材料产业园汇聚恒岳、澜舟、启迈等优质企业50多家。", ["恒岳", "澜舟", "启迈"]),
    # 对接 without a partner's 与 still names the town's targets; 行业 before the head with firms as items
    ("加快对接澜川药业等行业领军企业。", ["澜川药业"]),
    ("成功引进一禾制药、冠辰生物、云图电商等一批行业龙头企业。", ["一禾制药", "冠辰生物", "云图电商"]),
    # a kind of firm named with 一批: the items are still firms
    ("启明新材料、凯锐科技等一批高质量科技型企业入驻。", ["启明新材料", "凯锐科技"]),
    # a relocation project of the town's own firm stays a project of the town
    ("加快推进青禾纸业异地搬迁扩建、锐峰重工等重大项目。", ["青禾纸业异地搬迁扩建", "锐峰重工"]),
])
def test_lists_that_place_firms(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # 落地 / 引进 as nouns: no firm is settled
    "加大对重大产业项目落地率、建成投产率的考核力度。",
    "清单化破解项目落地堵点。",
    "掀起重大项目引进新热潮。",
    "完善重大项目引进和管理机制。",
    "社会投资项目落地时间从18个月压减至7个月。",
    "完善企业总部引进落户支持政策。",
    # institutions, not firms
    "推动中国农业科学研究院东湖育种基地落地。",
    "星河智能实验室落户青溪。",
    "推动儿童福利基金会康复基地落地。",
    "推动国际货币基金组织东亚区域中心落地。",
])
def test_settling_verbs_that_place_no_firm(text):
    assert objects(text) == []


@pytest.mark.parametrize("text", [
    # kinds of unit named by general words: what firms set up, not a firm
    "积极引进国内外大企业总部、研发中心、结算中心和采购中心。",
    "新引进品牌店、旗舰店等100家以上。",
    "积极引进国际知名物流集团，建设物流园区。",
    "持续引进银行、保险、证券等金融机构。",
    "推动首批省市合作基金投资项目落地运营。",
    "加快市内免税店落地。",
    # 落地 as a modifier or a noun
    "奋力跑出项目落地“加速度”。",
    "将发展目标转化为具体行动、落地为具体项目。",
    # technologies, public bodies and public centres
    "钙钛矿电池、固态电池等技术成果加速转化落地。",
    "推动人民银行数据中心落地建设。",
    "城市数据资产登记中心揭牌成立。",
    # services described by general words in a list of firms
    "招引发动机深度维修等高附加值企业集聚。",
    # an area in a list
    "在高新区、东岭区等区建设科技型中小企业产业园。",
])
def test_kinds_and_institutions_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # what a firm does after 引进 X is not part of its name
    ("引进凌云集团建设大数据中心。", ["凌云集团"]),
    # a firm with its form is placed by 揭牌
    ("星澜科技有限公司揭牌。", ["星澜科技"]),
    # a trade name before a works word is a firm (体育 is a works word)
    ("支持星禾电子、安跃体育等企业发展。", ["星禾电子", "安跃体育"]),
    # a bank with a name
    ("引进澜海银行等金融机构。", ["澜海银行"]),
])
def test_named_firms_stay(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # utility works named by a place and general words: public works
    ("泰山热电厂、东湾海上风电二期等项目开工建设。", []),
    ("实现液体化工仓储二期竣工。", []),
    ("推进东湾生活垃圾处理厂等一批环保项目。", []),
    # a firm's name before the works: its project
    ("推进华能青溪海上风电、澜江糖业蔗渣发电热电联产等项目。", ["华能青溪海上风电", "澜江糖业蔗渣发电热电联产"]),
    # 等方面 closes a list of matters, not of firms
    ("让民营企业在投融资、税收、土地使用等方面与其他企业享受同等待遇。", []),
])
def test_utility_works(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group and its subsidiary named in one document stay two firms
    ("星澜电气光伏已经开工建设。推动星澜电气、华茂集团等区域总部项目落地。", ["星澜电气光伏", "星澜电气", "华茂集团"]),
    # the same firm named again, shorter: its first name
    ("星澜智能装备科技已经开工建设。星澜智能装备已经投产。", ["星澜智能装备科技", "星澜智能装备科技"]),
    # a firm named after its own project (X二期, X项目): the firm's name is kept, whichever came first
    ("推动澜力重工二期、青禾新材料等9个项目续建。发挥青川集团、澜力重工等重点企业带动作用。",
     ["澜力重工", "青禾新材料", "青川集团", "澜力重工"]),
    ("发挥青川集团、澜力重工等重点企业带动作用。推动澜力重工二期、青禾新材料等9个项目续建。",
     ["青川集团", "澜力重工", "澜力重工", "青禾新材料"]),
    ("澜天化工项目开工建设。支持澜天化工等企业做大做强。", ["澜天化工", "澜天化工"]),
    # a firm's plant or its project named by what it does stays its own name
    ("澜天化工新材料基地开工建设。支持澜天化工等企业做大做强。", ["澜天化工新材料基地", "澜天化工"]),
])
def test_same_firm_within_a_document(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of the clause (no verb of the list's own) before the first item is not part of its name
    ("形成青岚汽车、澄川航空等8家大型企业集团。", ["青岚汽车", "澄川航空"]),
    ("继续做好翰泽银行等企业上市工作。", ["翰泽银行"]),
    ("做优做强岚慈等骨干企业。", ["岚慈"]),
    ("着力解决宏川集团等国有企业退休人员的养老问题。", ["宏川集团"]),
    # two verbs overlapping (着力促进: 力促 and 促进): the later one ends the clause's words
    ("着力促进澜铝、西岭等传统企业转型升级。", ["澜铝"]),
])
def test_a_clause_verb_before_the_first_item_is_cut(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # kinds and types of firms, and trades before 等行业
    "大力发展农产品加工型、流通型等各类农业龙头企业。",
    "千亿级、高成长等三类培育企业产值增长。",
    "大力扶持个体私营等非公有制经济和中小企业发展。",
    "支持光伏、增材制造等行业领军企业做强。",
    # the head qualifies something else: a service platform, a firm's representatives
    "完善助企热线、青易办等企业服务平台。",
    "其中包括澜国总统、岚国总理等多家知名企业的代表。",
    # a company's form after a description of its business, after 引进
    "积极引进汽车金融公司。",
    "引进财务公司、资管公司。",
    # institutions and public buildings
    "澜江医学院分院、名医工作室等高端平台落户。",
    "青溪轮胎大科学装置项目竣工。",
    "澜江科技馆、大剧院等社会文化项目开工建设。",
    # products and technologies named as projects
    "推进化合物半导体等项目签约落地。",
    "推进青禾生产基地、工业机器人等项目建设。",
    # the settling verb opens a list item: what stands before it is no subject
    "为我镇扩大对外贸易、引进外资带来机遇。",
])
def test_kinds_products_and_public_buildings_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # a verb pair, a year and a deictic area word before the first item are no part of its name
    ("开业运营澜庭酒店等10家高端品牌酒店。", ["澜庭酒店"]),
    ("2019年我市宏岳集团、青川集团等13家企业入围中国企业五百强。", ["宏岳集团", "青川集团"]),
    # a company named with its business line is another entity than the group named alone
    ("澜海电气智慧能源、青禾纸业等项目开工建设。推动远帆集团、澜海电气等区域总部项目落地。",
     ["澜海电气智慧能源", "青禾纸业", "远帆集团", "澜海电气"]),
    # 引进 before a list closed by a head of projects (等重点产业项目) still names firms
    ("引进瑞澜科技、歌川股份等重点产业项目98个。", ["瑞澜科技", "歌川股份"]),
    ("西洋肥业、宏川制药等一批非公有制企业利税大幅上升。", ["西洋肥业", "宏川制药"]),
])
def test_first_items_and_same_firms(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # zones abroad and hosts of what settled
    "鼓励支持澜国青港特区等本地企业在境外投资的产业园区建设。",
    "青溪金融后台服务基地入驻机构达到14家。",
    # terminals and a county's wind farms: public works
    "加快建设涪陵东港码头、长寿化工码头等项目。",
    "动工建设连江东岭风电、福清高山风电三期等能源项目。",
    # research institutes listed as R&D platforms
    "澜川中俄科技园、中澜特种船舶研究设计院等8个国际高端研发平台加快建设。",
    # trades after 引进 closed by 等…领域
    "重点引进汽车及零部件、光电子、石化等制造业领域的跨国公司。",
    # a goal: nothing is placed yet
    "争取澜川数据交易中心落户青溪。",
])
def test_zones_hosts_works_and_goals_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    ("大力培植张川、万岭等传统骨干企业。", ["张川", "万岭"]),
    # firms moving into the town or a part of it
    ("澜海集团、宏川集团等一批企业迁入我市。", ["澜海集团", "宏川集团"]),
    ("澜海集团等市属国企迁入城市副中心。", ["澜海集团"]),
    # a department store named 百货大楼 is a firm
    ("做好澜州百货大楼、百川集团等企业的改制工作。", ["澜州百货大楼", "百川集团"]),
    # a name that would end in a numeral keeps its 公司
    ("重点抓好省公路一公司等企业股份制改造。", ["省公路一公司"]),
    # a firm's project named by what it does is not the firm named alone
    ("澜州石化减油增化等项目开工建设。引导澜州石化、宏铝等企业布局建设光伏发电设施。",
     ["澜州石化减油增化", "澜州石化", "宏铝"]),
    # a product opened by a describing word (大尺寸) beside a firm
    ("大尺寸硅材料、宏盛储能等一批百亿级产业项目落地建设。", ["宏盛储能"]),
])
def test_more_names_in_lists(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    "推动文化影视、法治影视等产业项目落地。",          # trades closed by 等产业项目
    "引进航空基地公司。",                              # a kind of firm: general words before 公司
    "与澜国皇家航空公司签约开辟洲际客运航线。",        # a partner
    "“三整车一中心”投产运营。",                        # a counted label
    "争取更多行业领军企业、优质民企和浙商回归项目落地。",  # a goal
    "临江环境能源项目开工建设。",                      # a place's utility works
    "东湾保税物流中心、铜精矿保税混矿试点等10余项政策落地。",  # a list of policies
    "推进澜川物流港等10个重点物流项目建设。",          # a logistics port is a zone
    "建立院所参与、部门支持技术创新体系等项目。",      # a phrase ending in 体系
    "支持创新药品、高端医疗器械等加快上市。",          # products
    "继续引进外国外地银行、保险机构。",                # a description of banks
    "百万吨乙烯、千万吨炼油等项目竣工投产。",          # plants named by capacity
    "【项目双进】即项目引进、项目推进。",              # a glossary entry
    "澜江文联集聚区实践基地落户青溪。",                # an institution
    "培育一批以动漫游戏、数字出版等为重点的特色文化企业。",  # sectors: 等为重点
    "推动澜川微生物菌种保管中心落地青溪。",            # an institution
    "加快建设智慧澜州时空信息云平台等重点项目。",      # a city's public platform
    "上交所、深交所澜江基地落户我市。",                # bases of stock exchanges
    "推进铝镁合金基地等转型项目。",                    # a material's base
    "着力引进欧美高科技项目和资金技术密集型项目。",    # projects described by their origin
    "推动澜电科国家空间信息技术创新中心落地。",        # a national innovation centre
    # a note explaining a term: it places no firm
    "[7]在澜江研究院、青禾信息顾问有限公司联合主办的年会上，项目投资入选案例。",
    "澜江省智能制造产业服务中心开业。",                # a province's public service centre
    "按照市场化、法治化原则稳妥处置宏川集团等房地产企业债务风险。",  # firms' risks handled
    "以及创投企业、高新技术企业等一系列企业所得税政策。",  # kinds of firm in a tax policy
    "确保第一工厂投产、力争量产。",                    # an ordinal and a unit
    "积极推进公交公司、自来水公司等市政企业的改革。",  # kinds of municipal firm
    "开工建设澜州生物医药协同创新中心二期。",          # a collaborative innovation centre
    "大容量网络冰箱、重型运载火箭等项目相继建成投产。",  # products opened by a describing word
    "中国-澜国海洋合作中心落户青溪。",                # an intergovernmental cooperation centre
    "澜江大学技术转移中心、澜江创业谷等平台落地建设。",  # a university's incubator
    "引导市管农商银行扎根本地开展特色化经营。",        # the city's banks as a kind
    "中国（澜江）自贸区、国家大数据综合试验区等国家级平台相继落地。",  # a free-trade zone
    "服务保障澜海集团、宏川集团等一批中央企业迁入雄州。",  # firms moving to another place
    "建成综治信息化平台等一批治理项目。",              # a public governance platform
])
def test_trades_kinds_partners_labels_and_goals(text):
    assert objects(text) == []


@pytest.mark.parametrize("text", [
    # a facility named by a place (admin suffix, district, region word) and what it does: a public one
    "加快推进青州市农产品物流中心二期、玉河铁路货运中心建设。",
    "青溪区育秧工厂等12个项目建成投产。",
    "积极推进东部石化基地建设。",
    "推进西部生活资料物流基地、北岭水厂等项目。",
    # development zones are no firms
    "长湖经开区、青溪经开区等实现企业开办一日办结。",
    # 企业 as the subject of a clause about problems, not a list's head
    "大力解决审批环节多、耗时长等企业反映强烈的问题。",
    # an adverb and a verb before kinds of firm
    "精心服务专精特新、单项冠军等优质潜力企业。",
])
def test_facilities_zones_and_clauses_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # 依托 opens the list: the subject before it is no part of the first name
    ("电子信息产业依托曙辰科技、海岚电子等头部企业，加快强链补链。", ["曙辰科技", "海岚电子"]),
    # a numeral word that is part of a trade name stays (N次方: a power)
    ("支持九次方大数据、云岭科技等企业做大做强。", ["九次方大数据", "云岭科技"]),
    # a firm's base named by the firm stays
    ("东岭汽车青溪基地、辰光纸业等项目建成投产。", ["东岭汽车青溪基地", "辰光纸业"]),
])
def test_lists_after_a_clause_verb_and_names_with_numerals(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of unit the dictionary tags as a name (维修中心) is still a kind after 引进
    ("引进跨国公司的采购中心、维修中心和营销中心。", []),
    # a description opened by 国内主要 is no firm
    ("国内主要快递物流企业西北总部相继落户。", []),
    # a nickname of a group of firms
    ("“青州六小龙”等新锐科技企业全球瞩目。", []),
    # partners of a signing are not placed
    ("与澜海集团、星河乳业等120个企业签约。", []),
    # a place with its suffix, general words and 项目: public works
    ("青溪区再生资源综合利用项目已经开工建设。", []),
    # a subsidiary named by its parent: the firm is the name after the apposition
    ("星河科技南州全资子公司岚溪科技、云帆数创等12个项目落户。", ["岚溪科技", "云帆数创"]),
    # a bare place word and a trade before 项目 may name a firm's project
    ("大川住宅板材制造项目即将建设。", ["大川住宅板材制造项目"]),
])
def test_units_nicknames_partners_and_subsidiaries(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    "积极引进境内外大公司参与园区建设。",
    "全市规模最大光伏项目落地青溪。",
    "积极引进海外大型物流项目。",
    "星河制药成为全国最具创新能力医药上市企业10强。",
    "推进青州省碳排放权市场化交易中心落户。",
    "全球工业机器人四大巨头合作项目落户青溪。",
    # firms named in a clause about their risks are not placed; an enumerator is no part of a name
    "五是恒达集团等个别房地产企业债务风险较高。",
    # a host of what settles (X落户…机构N家) is no settler
    "青溪科技创新中心落户国家级科研机构20家以上。",
    # railways and their electrification are public works
    "东岭客运专线、华东二通道电气化等项目前期工作顺利推进。",
    # a describing word and a product: no firm
    "推动高档铝箔等项目建成投产。",
    # a description before 公司: a kind and a size, adjectives in 化 and a service (review 9, EN-b)
    "重点引进重大项目和国际大财团、跨国大公司。",
    "青溪科技园引入专业化、市场化、国际化运营服务公司。",
])
def test_descriptions_fields_and_exchanges_are_not_firms(text):
    assert objects(text) == []


def test_an_enumerator_opening_a_list_is_cut():
    assert objects("三是支持星河科技、云帆数创等企业做大做强。") == ["星河科技", "云帆数创"]


@pytest.mark.parametrize("text", [
    # a park, zone or plot: the list's shared head, or the item's own head (review 5, EN-a)
    "青溪新能源汽车、康泰生命科技、远达医疗等产业园开工建设。",
    "老北厂、老船地块等重点项目落地实施。",
    "加快建设青岚智造城、南湾港二期、青岚枢纽等项目。",
    "白石山地质公园、青溪文化旅游区、黄河湿地旅游区等重点建设项目要正式开园运行。",
    "推进东山风电二期、西岭绿色能源综合开发利用基地、北湖清洁能源基地等新能源工程。",
])
def test_parks_plots_and_fields_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # the clause's verb fused to the first item is no part of its name (review 5, EN-b)
    ("建成开业青溪万豪、远景希尔顿等5家国际品牌酒店。", ["青溪万豪", "远景希尔顿"]),
    ("深化云帆重工、远景能源科技等企业改革。", ["云帆重工", "远景能源科技"]),
    # a corporate action after the firm: the firm is named
    ("云峰集团国有股转让、远景集团增资扩股等重点企业的成功改制，起到示范作用。", ["云峰集团", "远景集团"]),
    # firms listed before a park they settle in stay firms
    ("云帆智能、远景能源科技等企业入驻园区。", ["云帆智能", "远景能源科技"]),
    ("云帆智能、远景能源科技等一批优质企业相继落户产业园。", ["云帆智能", "远景能源科技"]),
    # a field named by general words beside a firm is no firm (review 5, EN-a)
    ("云帆智能、下一代人工智能等一批企业相继落户。", ["云帆智能"]),
    # a brand of two characters before an industry word stays a firm
    ("北岭重工、云帆智能等一批企业相继落户。", ["北岭重工", "云帆智能"]),
])
def test_clause_words_around_listed_firms_are_cut(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # products and fields named as projects: a describing or technical word before a product
    "推动锂离子电池、大容量储能电池等12个项目建设。",
    "推动镍钴粉体材料、记忆合金等优势项目扩大生产规模。",
    "纳米发电机等一批高科技项目引进落地。",
    "推动超高清显示设备、集成电路生产线等重大项目落地。",
    "优化利用外资环境，引进智能装备、海洋装备等优质大项目。",
    "推进安居工程和人工草场、牦牛养殖等项目。",
    "积极推进三环闭合工程、澜江大道、北三环电力管廊等项目建设。",
    # market towns, zones and parks with a phase
    "推进东部物流基地、青岚汽车城等重点项目建设。",
    "建成青溪服装城二期等一批项目。",
    "全力推进铁路口岸商务商贸区、国际快件中心等重点项目建设。",
    "澜江国际软件园一期、青岚软件园二期等项目竣工。",
    # public bodies: an administrative level before a centre, fairs, mediation bodies of a state body
    "加快自治区算力核心调度中心落地。",
    "发挥澜洽会、青博会等人才智力引进平台作用。",
    "中国贸促会澜湾调解中心落户。",
    # national platforms, descriptions, kinds
    "自贸试验区、澜新互联互通项目等国家开放平台落地实施。",
    "吸引国际班轮公司地区性总部或操作中心落户本市。",
    "推动PPP试点项目落地实施。",
    "国际公司落户本市。",
    # a park opening (开园) is no firm's unless the name shows a firm's form
    "澜江·青岚生物医药产业协作研发基地开园运营。",
    # a verb before a name-like run: 申报 opens the clause
    "积极申报医药上市许可持有人制度试点城市。",
    # X引进Y: X is the host, Y what it brought in
    "澜江信息港核心基地引进数字经济类项目23项。",
])
def test_products_markets_public_bodies_and_hosts_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # a firm's form after a trade name stays; a firm brought in (X成功引进) stays
    ("澜海保险公司、青禾国际公司落户本市。", ["澜海保险", "青禾国际"]),
    ("青川半导体项目成功引进。", ["青川半导体项目"]),
    ("青禾集团公司开园运营。", ["青禾集团"]),
    # a brand before a product word stays a firm's project
    ("推动澜峰锂电池、青禾光电等5个项目建设。", ["澜峰锂电池", "青禾光电"]),
    ("推动青溪汽车二期、锂离子电池等12个项目建设。", ["青溪汽车二期"]),
])
def test_firms_beside_the_new_look_alikes_stay(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # technologies before 等技术 (the firms are to be made with them)
    "应用5G、物联网、区块链等技术打造一批标杆企业。",
    # products named by a technical word (电极, a 基 material) before a product word
    "推进高倍聚光光伏发电系统、锂电正极材料等项目。",
    "谋划推进磷基新材料、氟基新材料等项目。",
    # public care homes and services, camps, logistics towns and markets, place + storage works
    "推进青山殡仪馆、澜山养老院、市救助管理站等项目建设。",
    "推进青川爱心护理院等项目建设。",
    "澜川自驾车营地等33个项目落地开工。",
    "青岚公铁物流城、澜江物流园等项目加快推进。",
    "积极推进澜江家居大世界等商贸物流项目建设。",
    "加快建设河西压缩空气储能等项目。",  # a place (河西) and storage works
    # descriptions: a status (在建), a pair of places' cooperation, a purpose (为项目)
    "加快在建半导体项目投产达产。",
    "推进澜青合作项目落地。",
    "千方百计为项目落地创造条件。",
])
def test_technologies_care_homes_markets_and_statuses_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # a list of firms headed by a kind with 技术 in it stays a list of firms
    ("澜海科技、青禾电子等高新技术企业落户。", ["澜海科技", "青禾电子"]),
    # a firm's storage works and a firm's cooperation project stay the firm's
    ("推进澜峰储能、青禾新材料等项目建设。", ["澜峰储能", "青禾新材料"]),
])
def test_firms_beside_technologies_and_works_stay(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # products named by a process or a material (冲压, 宽厚板, 泡沫铝) and fields (数智物流, 绿电制氢)
    "促进冲压模具、宽厚板连铸机等项目顺利投产。",
    "泡沫铝新材料等项目落地。",
    "推进智慧冷链、数智物流等项目。",
    "着力推动智算中心、绿电制氢等项目落地。",
    # a bare unit word left by a cut (中心（某区）), a verb before a rank (成为全国第4个企业…)
    "落地国际先进技术应用推进中心（澜湾）、青港期货产业园等平台。",
    "企业总数超100万户、成为全国第4个企业超百万户的城市。",
    # state media, big science facilities, universities
    "中央广播电视总台澜湾中心落户本市。",
    "散裂中子源项目落户本市。",
    "推进香港高校等重点科研项目落地。",
    # theme parks and flower markets, a family of firms, a kind of shop
    "积极培育连锁超市等商业龙头企业。",
    "支持青溪花卉世界等龙头企业。",
])
def test_processes_science_facilities_theme_parks_and_kinds_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # a family of firms (某系) is none; the firm beside it stays
    ("以澜安系、青力斯等企业为重点加速整车产能释放。", ["青力斯"]),
    # A有限公司和B有限公司: the conjunction is no part of B's name
    ("澜州产业投资集团有限公司和青川轨道交通集团有限公司项目投资。", ["青川轨道交通集团"]),
    # a theme park beside a firm: the firm stays
    ("澜江通讯、湘澜欢乐城等项目建设加速推进。", ["澜江通讯"]),
])
def test_families_and_joined_legal_names(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # the head names what the firms get or cost, or places' firms: no list of firms
    "大力实施高成长创新型、“瞪羚”等企业培育计划。",
    "完善众创、众包等小微企业孵化基地。",
    "水电气等企业生产要素成本有效降低。",
    "也不局限于澜江滨海、青川东湖等试点地的非上市股份有限公司。",
    # descriptions and kinds of company
    "一大批高水平项目落户。",
    "全国首家外资独资证券公司、公募基金公司、保险公司等一批金融业开放项目落地。",
    "力争再引进一批地区总部、投资性公司和外资金融机构。",
    # products and a place's offshore wind farm, research centres
    "引进变性镁合金等一批标志性项目。",
    "推进河西外海风电场等项目建设。",
    "引进澜江大学研究院及RFID技术研发中心。",
])
def test_what_firms_get_kinds_and_offshore_works_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # a verb pair (做实做强) before the first item is cut
    ("做实做强澜州城投集团、青川水务集团等市属国有企业。", ["澜州城投集团", "青川水务集团"]),
])
def test_a_verb_pair_before_a_list_is_cut(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # fields of technology named in a list of firms
    "引育大数据、云计算、区块链等数字经济头部企业。",
    "元宇宙、物联网等一批优质企业相继落户。",
    # a list whose shared head is a science facility or a market
    "超强超短激光、转化医学等大科学设施开工建设。",
    "澜川物流、工业品交易中心等物流批发大市场竣工建成。",
])
def test_fields_science_facilities_and_markets_in_lists_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # 市场 after the firms' head (等食品企业拓展市场) or 市场主体 leaves a list of firms
    ("支持澜羊肉业、青隆谷物等食品企业拓展市场、扩大规模。", ["澜羊肉业", "青隆谷物"]),
    ("澜海科技、青禾电子等市场主体落户。", ["澜海科技", "青禾电子"]),
])
def test_firms_before_a_market_word_stay(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    # public health and government service centres, facilities for the young
    "加快推进市第二人民医院新院、市妇女儿童医疗保健中心二期等重点项目建设。",
    "市政务中心进驻事项由219项增加到1145项。",
    "开工建设青少年科技创新基地。",
    # theme parks, historic quarters, valleys and towns named as parks
    "推进澜峰雪世界、青溪海洋王国等项目建设。",
    "推进澜江历史文化街区、青塔街区等项目。",
    "推进澜川机器人谷、机器人智能城、生命健康城等项目建设。",
    # a kind of platform
    "整治网络借贷、众筹平台等投融资中介机构。",
])
def test_public_centres_theme_parks_and_quarters_are_not_firms(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    # an adverb before the clause's verb is cut with it
    ("基本完成澜慈股份、青石集团等企业改制。", ["澜慈股份", "青石集团"]),
    # a firm named after an optics valley (…光谷) stays a firm
    ("澜电光谷、青车株洲等重大项目签约落地。", ["澜电光谷", "青车株洲"]),
])
def test_adverbs_and_valley_firms(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 落地 with a length after it: overhead lines put underground, no firm settles
    ("完成架空线缆落地226公里。", []),
    ("澜海科技项目落地226亩。", ["澜海科技项目"]),
])
def test_lines_put_underground_are_no_settling(text, expected):
    assert objects(text) == expected


def test_an_adverb_of_manner_before_the_verb_is_cut():
    assert objects("精准服务澜亚迪、青基等百亿企业稳产增产。") == ["澜亚迪", "青基"]


@pytest.mark.parametrize("text, expected", [
    # a name may open with a preposition's character (以): it is cut only when the clause closes the frame
    ("恒达集团等5家企业成功发行债券，以川药业等3家企业挂牌上市。", ["恒达集团", "以川药业"]),
    ("以川药业落户青溪镇。", ["以川药业"]),
    ("以恒达机械、远帆电子等企业为龙头，壮大装备制造产业。", ["恒达机械", "远帆电子"]),
    ("以东澜汽车、青禾重工等整车企业为牵动，做大汽车产业。", ["东澜汽车", "青禾重工"]),
    ("以南澜农产品市场、青禾水产品大市场等龙头企业为核心。", ["南澜农产品市场", "青禾水产品大市场"]),
    ("以远帆电子等优势企业牵头建设孵化平台。", ["远帆电子"]),
])
def test_a_preposition_is_cut_only_in_its_frame(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the list's predicate only brings the firms for talks or a visit: no firm is placed
    ("恒达动力、远帆基金等一批企业来青洽谈合作，澜江集团、青禾生物等一批企业来青投资兴业。",
     ["澜江集团", "青禾生物"]),
    ("恒达机械、远帆电子等企业来我镇考察对接。", []),
    ("恒达机械、远帆电子、青禾食品3家企业到我镇洽谈合作。", []),
    ("恒达机械、远帆电子等一批企业达成投资意向。", []),
    ("着力抓好恒达集团、远帆电子等知名企业招商对接。", []),
    # placed after all, or the town's own firms sent out on a visit
    ("恒达机械、远帆电子等企业来我镇考察并签约落户。", ["恒达机械", "远帆电子"]),
    ("组织恒达机械、远帆电子等企业赴外地考察。", ["恒达机械", "远帆电子"]),
])
def test_firms_that_only_came_to_talk_are_not_placed(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a level (省, 市) or a county's name and general or field words before a base, centre, island or port
    ("省科创基地落户青溪并开工建设。", []),
    ("推进东澜药业二期、苍南综合能源岛等一批项目建设。", ["东澜药业二期"]),
    ("推进澜源科技、高邑新材料基地等一批项目在我镇落地。", ["澜源科技"]),
    ("永春生物医药基地动工建设。", []),
    # a describing word and a word of place (深远海 + 海上) before the works: no trade name
    ("提速推进深远海海上风电零碳总部基地等项目建设。", []),
    ("推进澜海海上风电零碳总部基地等项目建设。", ["澜海海上风电零碳总部基地"]),
    ("市政务中心进驻事项增加到300项。", []),
    # a firm's trade name before the base stays; so does a county's name and one industry word (a firm's name
    # may open so), a city's name and a trade, and a company's form after a level
    ("澜铃小蓝汽车生产基地建成投产。", ["澜铃小蓝汽车生产基地"]),
    ("长安汽车青溪基地、吉利汽车基地等项目建成投产。", ["长安汽车青溪基地", "吉利汽车基地"]),
    ("南宁糖业基地等项目建成投产。", ["南宁糖业基地"]),
    ("市交通集团物流基地等项目建成投产。", ["市交通集团物流基地"]),
])
def test_a_place_and_general_words_before_a_base_name_no_firm(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    "引进澜江汽车公司。支持澜江汽车等龙头企业做大做强。",
    "支持澜江汽车等龙头企业做大做强。引进澜江汽车公司。",
])
def test_a_name_the_dictionary_knows_loses_its_legal_form_whichever_comes_first(text, monkeypatch):
    # a firm's name in jieba's dictionary (tagged nt, as 东南汽车 is) is a name, not a general word:
    # X公司 and X are one firm under X, recorded as a legal-form merge (review 9: it went the other way)
    from kg.extract import wordtags as ent

    monkeypatch.setitem(ent._tagged_words(), "澜江汽车", "nt")
    doc = ingest.parse_document(("青溪镇工作报告\n\n" + text).encode("utf-8"), doc_id="t")
    facts = [f for f in extract.extract(doc) if f.type == "enterprise"]
    assert [f.object for f in facts] == ["澜江汽车", "澜江汽车"]
    assert [(f.surface, f.extra.get("merge_rule", "legal-form")) for f in facts if f.surface] == \
        [("澜江汽车公司", "legal-form")]
    # a general word keeps its 公司: a kind of firm
    monkeypatch.setitem(ent._tagged_words(), "澜江汽车", "n")
    assert CompanyShapes().canonical("澜江汽车公司") == "澜江汽车公司"


@pytest.mark.parametrize("text, expected", [
    # a list whose head names commercial venues: brands and their venues
    ("支持蓝湾天街、鑫隆城、澜悦广场等大型商业综合体投入运营。", ["蓝湾天街", "鑫隆城", "澜悦广场"]),
    ("实施澜悦城东店等商贸项目。", ["澜悦城东店"]),
    ("鑫隆、澜悦等城市综合体相继开业。", ["鑫隆", "澜悦"]),
    # a venue's opening without a head: the venue's name must hold a brand
    ("泓远物流市场、青川国际物流园等相继建成运营。", ["泓远物流市场"]),
    ("抓好岚江农副产品集散中心的启动运营。", ["岚江农副产品集散中心"]),
    ("城南澜悦广场正式开业。", ["城南澜悦广场"]),
    # the list starts after its opening verb
    ("建成投运澜悦广场、鑫隆城等5个商业综合体。", ["澜悦广场", "鑫隆城"]),
    # under a head mixing in logistics, only names with a venue's ending
    ("支持青柳铁路货运中心站、澜悦广场、鑫隆城等大型物流商贸项目建设。", ["澜悦广场", "鑫隆城"]),
])
def test_commercial_venues_opening(text, expected):
    assert enterprises(text) == [(o, "enterprise:opening") for o in expected]


@pytest.mark.parametrize("text", [
    "推进梨花湾、杏林小镇等一批田园综合体项目建设。",  # rural complexes, not commercial venues
    "推进东湖、南湖等旅游综合体建设。",
    "一批商业综合体建成开业。",  # no name
    "火车东站北广场投入运营。",  # a public square
    "市民文化中心建成运营。",  # 中心 alone is a venue only under a head of venues
    "以服装、家具、五金等专业市场为龙头。",  # trades, not markets' names
    "星级酒店、特色商业街建成开业。",
    "争取澜悦广场年内开业。",  # a goal
    "关闭鑫隆、澜悦等商业综合体。",  # closed, not placed
    # the list's verb is not part of its first item; a road or street is no firm's venue
    "建成投运青柳路、澜川路等5个商业综合体、特色商业街区。",
    # works on a market, not the market
    "澜川大市场改造、青柳商城提升工程等商业项目建设顺利。",
    # stations, station squares, districts, civil-defence works, exhibition centres, technology markets
    "支持青柳铁路集装箱中心站等大型物流商贸项目建设。",
    "青柳站东广场、澜川汽车客运东站投入运营。",
    "把澜川片区、青柳新港中心区等一批城市综合体作为龙头。",
    "加快澜川商圈地下人防工程等一批城市综合体建设。",
    "澜川国际博览中心等城市综合体加快建设。",
    "青溪科技大市场建成运营。",
    "青柳港旅游综合体等商业项目开工建设。",
    "中高端商贸综合体开业5个。",  # a description, no name
])
def test_venues_that_name_no_firm(text):
    assert [o for o, r in enterprises(text) if r == "enterprise:opening"] == []


@pytest.mark.parametrize("text, expected", [
    ("瑞丰物流成为全省首批农产品保税项目。", ["瑞丰物流"]),
    ("推动鼎华集团成为千亿企业。", ["鼎华集团"]),
    ("城投集团下属泓盈集团成为首家上市的市属企业。", ["泓盈集团"]),
])
def test_a_firm_as_the_subject_of_become(text, expected):
    assert enterprises(text) == [(o, "enterprise:成为") for o in expected]


@pytest.mark.parametrize("text, expected", [
    ("澜沣科技获评国家级专精特新“小巨人”企业。", [("澜沣科技", "enterprise:获评")]),
    ("鼎华集团、睿博电缆被授予市长质量奖。", [("鼎华集团", "enterprise:被授予"), ("睿博电缆", "enterprise:被授予")]),
    ("泓盈集团荣获中国质量奖提名奖。", [("泓盈集团", "enterprise:荣获")]),
])
def test_a_firm_as_the_subject_of_an_honor(text, expected):
    assert enterprises(text) == expected


@pytest.mark.parametrize("text", [
    "中国制造成为世界标准。",
    "引导大企业大集团成为国家级高新技术企业。",
    "网络小额贷款公司成为全国首创。",
    "青溪镇成为全国文明镇。",
    "滨江产业园成为省级示范园区。",
    "电子商务、健康养老成为新的消费热点。",  # trades
    "百千瓦级电解水制氢装备入选首台套重大技术装备清单。",  # a product
    "“节水+科技”入选全国基层治水十大经验。",
    "江湾地区生物医药入选国家先进制造业集群。",  # a region's cluster
    "澜溪施工装备、岚山半导体照明入选国家级中小企业特色产业集群。",
    "市第一医疗集团荣获全国改善医疗服务优秀医院称号。",  # a hospital group
    "12家小额贷款公司获得批准筹办。",
    "青溪花卉出口基地成为国家外贸转型升级示范基地。",  # a place's base
    "澜川茶叶产业集聚区成为省级示范区。",
    "市澜川集团去平台、市场化转型成为全省样板。",  # an action becomes the model
])
def test_become_with_no_firm(text):
    assert enterprises(text) == []


def test_a_legal_name_in_brackets_after_its_initialism():
    text = "ZKB（中科博远财产保险有限公司）后援中心奠基。"
    assert enterprises(text) == [("中科博远财产保险", "enterprise:legal-name")]


@pytest.mark.parametrize("text, expected", [
    ("重点实施澜沣智能脑机接口、睿博生物技术等项目。", ["澜沣智能脑机接口", "睿博生物技术"]),
    ("启动泓盈新能源动力电池、鼎华公司电石渣综合利用等项目。", ["泓盈新能源动力电池", "鼎华"]),
])
def test_a_plan_s_projects_of_firms(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text", [
    "实施生猪养殖基地、牦牛产业集群扩产等项目。",  # general words, no trade name
    "实施消费光电子、新一代移动通信设备等重大项目。",  # sectors
    "重点实施高能比铅酸蓄电池等10个重大科研攻关项目。",  # research
    "启动岚溪物流配送基地、金阳物流园区等项目建设。",  # a place's base and park
    "全力实施澜沣药厂整体搬迁等重点项目。",  # a relocation
])
def test_a_plan_s_projects_that_name_no_firm(text):
    assert objects(text) == []


@pytest.mark.parametrize("text, expected", [
    ("澜沣金控公司挂牌运营。", ["澜沣金控"]),
    ("泓盈信用担保集团正式挂牌成立。", ["泓盈信用担保集团"]),
    ("海洋生物产业研究院挂牌运营。", []),  # an institute
    ("睿博股权交易中心挂牌。", []),  # 中心: mostly a public body
    ("新三板挂牌企业达到27家。", []),
    ("柴溪国家湿地公园正式挂牌。", []),
])
def test_a_firm_hangs_its_sign(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("主营业务收入增长8%.蓝湾广场、鑫隆城等商业综合体开门纳客。", ["蓝湾广场", "鑫隆城"]),  # an ASCII full stop
    ("澜沣银行、泓盈银行在本市设立分行。", ["澜沣银行", "泓盈银行"]),
    ("鼎华集团在青溪落地。", ["鼎华集团"]),
    ("澜沣战略性互联互通示范项目在青溪落地。", []),
    ("市政府设立专项资金。", []),
])
def test_a_place_between_the_firm_and_its_verb(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a firm's short name the dictionary knows as a proper name (not a general word), in a list of firms
    ("娃哈哈、西门子等一批知名企业落户本镇。", ["娃哈哈", "西门子"]),
    ("引进三星、丰田等企业。", ["三星", "丰田"]),
    # a word tagged as a place counts beside such a name (京东 shares the tag with towns)
    ("娃哈哈、京东等企业相继入驻。", ["娃哈哈", "京东"]),
    # the firms that set up a unit: 等 + the unit (its kind is the unit's, not the firms')
    ("西门子、丰田等区域性研发中心、创新中心落户青溪。", ["西门子", "丰田"]),
    ("云帆智能、远景能源等一批区域总部企业落户。", ["云帆智能", "远景能源"]),
])
def test_a_list_of_short_names_the_dictionary_knows(text, expected):
    assert objects(text) == expected
    assert all(rule in ("enterprise:brand-list", "enterprise:list") for _, rule in enterprises(text))


@pytest.mark.parametrize("text, expected", [
    ("北京、上海等地企业落户本镇。", []),  # places
    ("江苏、浙江等企业落户本镇。", []),  # places only: no name beside them
    ("在高新区、东岭区等区建设科技型中小企业产业园。", []),  # areas
    ("积极推进公交公司、自来水公司等市政企业的改革。", []),  # kinds of company
    ("澜川光电、协和医院等企业落户青溪。", ["澜川光电"]),  # a hospital is an institution
])
def test_a_list_of_dictionary_words_that_names_no_firm(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A、B、C等产业 + a project's life: the head after 等 is no item
    ("青禾储能、远帆电池、澜沣新能源汽车等产业达产。", ["青禾储能", "远帆电池", "澜沣新能源汽车"]),
    ("青禾储能、远帆电池等产业园开工建设。", []),  # parks
])
def test_a_list_of_firms_named_as_industries(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a financial firm: its trade name + 证券 / 财险 (+ 公司); where its capital comes from is no part of the name
    ("澜沣证券在本镇设立代表处。", ["澜沣证券"]),
    ("台资泓盈财险公司在青溪开业。", ["泓盈财险"]),
    ("引进及洽谈澜沣财险、鼎华集团等项目。", ["澜沣财险", "鼎华集团"]),
    # a kind of financial firm, or insurance and futures as products
    ("新增上市公司3家、小额贷款公司2家。", []),
    ("引进世界大跨国公司投资。", []),
    ("推动普惠型商业护理保险落地。", []),
    ("向开发区下放内资有限公司登记等审批权限。", []),
])
def test_financial_firms(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a firm's own centre in a list of projects: a name the dictionary knows as a firm's, and a firm's function
    ("西门子智能制造创新中心、澜沣物流等项目开工建设。", ["西门子智能制造创新中心", "澜沣物流"]),
    # public centres and venues of many firms
    ("奥林匹克体育中心、青溪会展中心等项目开工建设。", []),
    ("推进丰田汽配交易中心、澜沣物流等项目建设。", ["澜沣物流"]),
])
def test_a_firm_s_centre_in_a_list_of_projects(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of streets and complexes: a venue's ending or a firm's core is kept, a bare block is not
    ("澜台福地、青兴里、鑫隆天街、澜悦广场等特色街区和商业综合体开门迎客。", ["鑫隆天街", "澜悦广场"]),
    ("青柳里、澜川奥特莱斯等特色街区和商业综合体建成开业。", ["澜川奥特莱斯"]),
    ("青柳里、澜悦广场等特色商圈和商业综合体开业。", ["澜悦广场"]),
    # without streets in the head, a bare brand stays a venue
    ("鑫隆、澜悦等城市综合体相继开业。", ["鑫隆", "澜悦"]),
])
def test_a_bare_block_under_a_head_of_streets_is_no_venue(text, expected):
    assert [o for o, r in enterprises(text) if r == "enterprise:opening"] == expected


@pytest.mark.parametrize("text, expected", [
    # a material or technology with no firm before it: no firm's project
    ("重点推进澜江电子新材料、蓝宝石晶体二期、青禾机械制造等项目建设。", ["澜江电子新材料", "青禾机械制造"]),
    ("启动青溪新城开发关键技术、澜江药业等重大项目。", ["澜江药业"]),
    # a firm before the material keeps it
    ("推进澜川蓝宝石四期、鸿禾科技蓝宝石晶棒等项目建设。", ["澜川蓝宝石四期", "鸿禾科技蓝宝石晶棒"]),
])
def test_a_material_with_no_firm_is_no_project(text, expected):
    assert [o for o, r in enterprises(text) if r == "enterprise:project-list"] == expected


def test_a_material_in_a_list_of_firms_is_no_firm():
    found = objects("支持澜江硅业、工业蓝宝石、青禾光伏等企业做大做强。")
    assert "工业蓝宝石" not in found and "澜江硅业" in found


def test_a_trade_name_that_is_a_dictionary_word_keeps_its_material():
    # 大全 is an adverb to the dictionary, not a noun describing the material: a firm's trade name
    assert "大全多晶硅" in [o for o, r in enterprises("澜江轮胎、大全多晶硅等重大项目竣工投产。")
                       if r == "enterprise:project-list"]


@pytest.mark.parametrize("text, expected", [
    # a list of projects whose verb comes after its head (等项目建设, 等项目增资扩产): the firms' projects
    ("加快澜江光电、青禾新材料等项目建设。", ["澜江光电", "青禾新材料"]),
    ("重点加快鸿禾半导体、澜川化纤二期等重点项目建设进度。", ["鸿禾半导体", "澜川化纤二期"]),
    ("澜沣药业、青柳卫浴等项目增资扩产。", ["澜沣药业", "青柳卫浴"]),
    ("支持鑫隆电子等30个项目增资扩产。", ["鑫隆电子"]),
    # built so too: public works, platforms and areas, unless a firm's form names a firm
    ("加快青溪电厂三期、澜江物流产业聚集区、鸿禾集团热电厂等项目建设。", ["鸿禾集团热电厂"]),
    ("加快青溪微电网、澜川医疗综合楼等项目建设。", []),
    # the head names platforms, not projects: no firm
    ("青溪健康医疗、澜江安防等云平台建设完成。", []),
    # a plan's verb (实施) before the list keeps its stricter reading
    ("实施青溪智慧农业、澜江数字乡村等项目建设。", []),
])
def test_a_list_of_projects_with_its_verb_after_the_head(text, expected):
    assert [o for o, r in enterprises(text) if r == "enterprise:project-list"] == expected


@pytest.mark.parametrize("text, expected", [
    # 工业项目, 产业项目 name a kind of project, not a trade: the list holds firms' projects
    ("澜江电路板、青禾饮料二期等一批重大工业项目竣工投产。", ["澜江电路板", "青禾饮料二期"]),
    ("推进鸿禾半导体、澜川医疗器械等14个重大产业项目建设。", ["鸿禾半导体", "澜川医疗器械"]),
    # a trade before 业项目 (服务业) or trades as items: no firm
    ("青溪物流、澜江金融等服务业项目加快建设。", []),
    ("新能源、新材料等新兴产业项目加快建设。", []),
    # a head of platforms stays no list of projects
    ("加快推进澜江文创港、青溪影视城等文化产业平台建设。", []),
])
def test_a_list_under_a_kind_of_project(text, expected):
    assert [o for o, r in enterprises(text) if r == "enterprise:project-list"] == expected


def test_a_settling_verb_keeps_its_reading_beside_a_kind_of_project():
    # the settling frame takes the centre; the list of projects adds only what it did not take
    found = enterprises("推动澜江研发中心、青禾电子二期等一批重大产业项目建成投产。")
    assert ("澜江研发中心", "enterprise:投产") in found and ("青禾电子二期", "enterprise:project-list") in found


@pytest.mark.parametrize("text, expected", [
    # 搬迁改造: the firms are moved and renewed, still the town's
    ("推进青溪卷烟厂、澜江集团等老企业搬迁改造。", ["青溪卷烟厂", "澜江集团"]),
    ("加快鸿禾化工、澜川药业等企业整体搬迁改造。", ["鸿禾化工", "澜川药业"]),
    # moved out, closed: no firm of the town
    ("推进鸿禾化工、澜川药业等企业搬迁。", []),
    ("加快鸿禾化工、澜川药业等企业退城搬迁。", []),
    ("关停鸿禾化工、澜川药业等企业。", []),
])
def test_firms_relocated_and_renewed_stay_the_town_s(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # only firms expand their output or market: a list of projects doing so holds firms, brands and phases too
    ("协助澜威计算机、KTX三期等项目扩大市场。", ["澜威计算机", "KTX三期"]),
    ("青禾电子二期、澜沣制衣等项目增资扩产。", ["青禾电子二期", "澜沣制衣"]),
    # building alone says less: a bare name without a firm's shape is not taken (KTX三期); a coined trade name
    # + a product is a firm's shape
    ("加快澜威计算机、KTX三期等项目建设。", ["澜威计算机"]),
    ("加快KTX三期等项目建设。", []),
])
def test_a_list_of_projects_expanding_their_output(text, expected):
    assert [o for o, r in enterprises(text) if r == "enterprise:project-list"] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of complexes mixed with plots, stadiums, hubs: a bare block or site is no firm's venue
    ("启动青柳里、澜江南站地块、青溪体育场等高端商业商务综合体。", []),
    ("开工建设澜江北广场综合交通枢纽、青溪中央生活区、澜台寺二期等城市综合体项目。", []),
    ("启动青柳里、澜江南站地块、鑫隆广场等商业综合体。", ["鑫隆广场"]),
    # an earlier list closed by 等…和 is not part of the complexes' list
    ("推进青柳、澜台等12个片区改造和鑫隆广场、澜悦城等城市综合体项目。", ["鑫隆广场", "澜悦城"]),
    ("推进澜江物流园等5大物流园和鑫隆广场等商贸综合体建设。", ["鑫隆广场"]),
])
def test_complexes_listed_with_public_sites_or_after_another_list(text, expected):
    assert [o for o, r in enterprises(text) if r == "enterprise:opening"] == expected


def test_a_regional_medicine_after_a_place_is_no_firm():
    # 北药, 南药: a class of medicinal herbs; a place before it names no firm (the list-mates with trade names stay)
    assert [o for o, r in enterprises("推进澜江金福粮油、青禾果蔬、东山北药等项目建设。")
            if r == "enterprise:project-list"] == ["澜江金福粮油", "青禾果蔬"]


@pytest.mark.parametrize("text, expected", [
    # a later name adding a trade name before an earlier one is the firm: both facts take it, the shorter an alias
    ("星澜镁合金、澜川药业等项目开工建设。华源星澜镁合金项目投产。",
     [("华源星澜镁合金项目", "星澜镁合金"), ("澜川药业", None), ("华源星澜镁合金项目", "华源星澜镁合金")]),
    # a place's name before it adds no firm: the first name stays
    ("星澜镁合金、澜川药业等项目开工建设。东山星澜镁合金项目投产。",
     [("星澜镁合金", None), ("澜川药业", None), ("星澜镁合金", "东山星澜镁合金")]),
    # nor one character left of a clause (服务好X投产): no trade name
    ("星澜镁合金、澜川药业等项目开工建设。服务好星澜镁合金投产。",
     [("星澜镁合金", None), ("澜川药业", None), ("星澜镁合金", "好星澜镁合金")]),
])
def test_a_later_name_with_the_trade_name_in_front_is_the_firm_s(text, expected):
    doc = ingest.parse_document(("青溪镇工作报告\n\n" + text).encode("utf-8"), doc_id="t")
    found = [f for f in extract.extract(doc) if f.type == "enterprise"]
    assert [f.object for f in found] == [o for o, _ in expected]
    for f, (_, alias) in zip(found, expected):
        assert alias is None or alias in f.aliases


@pytest.mark.parametrize("text, expected", [
    # a coined trade name + a product the dictionary knows, in a list of projects: the firm's project
    ("促进PTA、澜讯达助听器等项目竣工。", ["澜讯达助听器"]),
    ("确保澜讯达助听器、琨越铝型材二期等项目建成投产。", ["澜讯达助听器", "琨越铝型材二期"]),
    ("加快岚顺铝箔、澜湾大道、浦岚海堤等项目建设。", ["岚顺铝箔"]),
    # public works, places, the city's own, counts and a trade's describing words name no firm
    ("推进冷链物流基地、市廉租房、户用沼气池等项目建设。", []),
    ("推进三大数据库、岚港集装箱二期等项目建设。", []),
    ("加快澜湾大道、浦岚海堤、琨越城际等项目建设。", []),
    # the coined name alone is no evidence that the list's other items are firms (PTA is a product)
    ("促进PTA、澜讯达助听器等项目竣工。", ["澜讯达助听器"]),
])
def test_a_coined_trade_name_and_a_product_in_a_list_of_projects(text, expected):
    assert [o for o, r in enterprises(text) if r == "enterprise:project-list"] == expected


@pytest.mark.parametrize("text, expected", [
    # most of a list of firms are firms: its short names that are general words to the dictionary are firms too
    ("青禾电子、澜沣制衣、如意、神奇等一批骨干企业加快发展。", ["青禾电子", "澜沣制衣", "如意", "神奇"]),
    ("青禾电子、澜沣制衣、黄河、长城等一批企业落户。", ["青禾电子", "澜沣制衣", "黄河", "长城"]),
    # not trades, goods or kinds of firm among them, nor with one firm only, nor under a head naming a kind
    ("支持澜川药业、鸿禾化工、物资、国企等企业改革。", ["澜川药业", "鸿禾化工"]),
    ("推进青禾电子、澜沣制衣、机床、燃气等企业搬迁改造。", ["青禾电子", "澜沣制衣"]),
    # beside one firm only: a two-item list (not a word the dictionary knows as a place's: 西岭)
    ("青禾电子、神奇等企业加快发展。", ["青禾电子", "神奇"]),
    ("着力促进澜铝、西岭等传统企业转型升级。", ["澜铝"]),
    ("引进青禾电子、澜沣制衣、神奇等高成长型企业。", ["青禾电子", "澜沣制衣"]),
    # a list of trades stays one
    ("大力发展电子、制衣、如意等产业企业。", []),
])
def test_short_names_among_listed_firms(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # quoted names side by side with no 、 between them are two items, not one name
    ("引进“澜医生”“青禾健康”等大数据企业13家。", ["澜医生", "青禾健康"]),
    ("抓好澜江云计算产业基地、青禾“智造云”“城市云”等项目建设。", ["青禾智造云"]),
    ("加快青禾“智造云”“城市云”等项目建设。", ["青禾智造云", "青禾城市云"]),
    # a run of quoted schemes or shows after a verb stays out (not a list of firms)
    ("推动“澜宫夜宴”“只有青溪”等本土演出项目提升品质。", []),
    ("积极引进“中字头”“国字头”等大企业。", []),
])
def test_quoted_names_side_by_side_are_two(text, expected):
    assert objects(text) == expected


def test_no_short_name_beside_one_item_in_general_words():
    # 头部企业 is general words: beside it alone a general word is no firm's short name
    assert "大型央企" not in objects("引进大型央企、头部企业等在本市设立子公司。")


@pytest.mark.parametrize("text, expected", [
    # a list of platforms holding an institute or a university: none of its items is a firm
    ("引进设立青溪材料研究院、澜大工研院、鸿禾研究院等高端平台。", []),
    ("建成澜江大学青溪分中心、鸿禾智造研究院等创新平台。", []),
    ("青溪科大澜江研究总院、禾丰云谷等研发平台相继落地。", []),
    # a list of platforms of firms stays one of firms
    ("澜讯云、禾丰智联等工业互联网平台落地运作。", ["澜讯云", "禾丰智联"]),
    # 研发中心 is the centres the items set up: an alliance beside a firm leaves the firm
    ("积极引进澜讯科技、青溪软件联盟等研发中心。", ["澜讯科技"]),
    # a product named by its description or a chemical compound, no firm's name: no firm's project
    ("推动高世代液晶面板等一批重大项目竣工投产。", []),
    ("实施澜屿海医养、钛酸锂电池等项目。", []),
    ("推进磷酸铁锂正极材料等项目建设。", []),
    ("该项目采用长距离、跨江、大温差热泵技术等项目。", []),
    ("加快大飞机地面动力学试验平台、澜禾重工等项目建设。", ["澜禾重工"]),
    # a trade name before the compound or the product keeps the firm's project
    ("加快澜禾新能源磷酸铁锂、鸿泰光电高世代液晶面板等项目建设。", ["澜禾新能源磷酸铁锂", "鸿泰光电高世代液晶面板"]),
    ("加快禾丰硅业有机硅、澜川磷酸铁锂等项目建设。", ["禾丰硅业有机硅", "澜川磷酸铁锂"]),
])
def test_platforms_of_institutes_and_described_products_are_not_firms(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the predicate of 成为 / 获评 names a kind of firm: its subject's short name is a firm's
    ("澜鲸捷成为全省首家数据库服务商。", ["澜鲸捷"]),
    ("江苏澜鲸捷成为全省首家数据库服务商。", ["江苏澜鲸捷"]),
    ("禾澜、澜讯成为国家级电子商务示范企业。", ["禾澜", "澜讯"]),
    # a verb before 成为 or a causative opening the clause is no part of the name
    ("支持澜讯集团加快成为行业领军企业。", ["澜讯集团"]),
    ("澜鲸捷获批成为全国第三家个人征信公司。", ["澜鲸捷"]),
    ("力争使澜汽成为年产值超百亿元的大型企业。", ["澜汽"]),
    # a pronoun, a count of firms, a trade or a predicate that names no firm: none
    ("促其成为多元持股的股份制企业。", []),
    ("努力把澜江制造打造成为全国最高品质企业。", []),
    ("有些应逐步发展成为跨省的大型集团公司。", []),
    ("逐步把合作医疗发展成为农村基本医疗保障制度。", []),
    ("5家涉农企业成为全球独角兽企业。", []),
    ("数字经济成为全省首家上市企业。", []),
    ("澜鲸捷成为全省首个示范点。", []),
    # mass production begins: a project's life, as 投产
    ("澜讯科技激光芯片实现量产。", ["澜讯科技激光芯片"]),
    ("澜讯科技激光芯片量产化水平提升。", []),
])
def test_a_firm_named_by_what_it_becomes(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a process after one character or one general noun is a trade, not a firm's short name
    ("支持澜江实业、禾丰电子、水处理等企业上市。", ["澜江实业", "禾丰电子"]),
    ("大力引进云服务、数据加工等企业。", []),
    # a name before the process stays a firm
    ("扶持澜塔陈醋、禾泰牧业、澜明养殖等一批龙头企业。", ["澜塔陈醋", "禾泰牧业", "澜明养殖"]),
])
def test_a_process_and_what_it_works_on_is_a_trade(text, expected):
    assert objects(text) == expected
