"""Observation rules (kg/extract/observations.py) on short sentences written for the tests.

Each row: a text, then the figures expected as (value text, unit, kind); a row
lists every figure the text must give, so a figure not listed must not be found.
"""
import pytest

from kg import extract, ingest


def observations(text, head="罗店镇工作报告\n\n"):
    doc = ingest.parse_document((head + text).encode("utf-8"), doc_id="t")
    return [f for f in extract.extract(doc) if f.type == "observation"]


def figures(text):
    return [(f.value_text, f.unit, f.kind) for f in observations(text)]


KINDS = [
    # goals stated without a heading
    ("力争全年完成税收收入8000万元。", [("8000万元", "cur:CNY", "target")]),
    ("今年的主要预期经济指标定为：生产总值52亿元，增长7%。", [("52亿元", "cur:CNY", "target"), ("7%", "unit:PERCENT", "target")]),
    ("预计该厂达产后年产值可达约3亿元。", [("3亿元", "cur:CNY", "target")]),
    ("滨江产业园改造项目总投资6亿元，预计新增产业空间8万平方米。",
     [("6亿元", "cur:CNY", "actual"), ("8万平方米", "unit:M2", "target")]),
    ("全面投产后，预计工业产值不低于9000万元，可提供就业岗位60个。",
     [("9000万元", "cur:CNY", "target"), ("60个", "unit:NUM", "target")]),
    ("今年将实施项目12个，预计投资额约8亿元。", [("12个", "unit:NUM", "target"), ("8亿元", "cur:CNY", "target")]),
    ("新建温室80栋，剩余50栋在下半年将全部建成。", [("80栋", "unit:NUM", "actual"), ("50栋", "unit:NUM", "target")]),
    ("确保新引进亿元以上项目3个，5000万元以上项目4个。", [("3个", "unit:NUM", "target"), ("4个", "unit:NUM", "target")]),
    ("今年全镇要新增就业岗位800个。", [("800个", "unit:NUM", "target")]),
    # a change right after a goal is a goal
    ("全年目标完成财政收入10亿元，增长8%。", [("10亿元", "cur:CNY", "target"), ("8%", "unit:PERCENT", "target")]),
    ("完成财政收入10亿元，增长8%。", [("10亿元", "cur:CNY", "actual"), ("8%", "unit:PERCENT", "actual")]),
    ("力争实现目标增长8%。", [("8%", "unit:PERCENT", "target")]),
    ("工业产值增长12%，高于年度目标2个百分点。", [("12%", "unit:PERCENT", "actual"), ("2个百分点", "unit:PERCENT", "actual")]),
    # 预计 of the current year, a plan's total and a share of the yearly plan stay actual
    ("预计全年完成地区生产总值45亿元，增长6%。", [("45亿元", "cur:CNY", "actual"), ("6%", "unit:PERCENT", "actual")]),
    ("签约项目计划总投资达6.2亿元。", [("6.2亿元", "cur:CNY", "actual")]),
    ("重点项目完成投资12亿元，占年计划105%。", [("12亿元", "cur:CNY", "actual"), ("105%", "unit:PERCENT", "actual")]),
    ("争取上级资金1.2亿元，比上年增长15%。", [("1.2亿元", "cur:CNY", "actual"), ("15%", "unit:PERCENT", "actual")]),
    ("实施“星火人才”计划，引进博士12名。", [("12名", "unit:NUM", "actual")]),
    ("生产总值由2015年底的5.1亿元增加到2020年的9.8亿元。",
     [("5.1亿元", "cur:CNY", "actual"), ("9.8亿元", "cur:CNY", "actual")]),
    ("农民人均纯收入由2015年的9000元提高到2019年的13000元。",
     [("9000元", "cur:CNY", "actual"), ("13000元", "cur:CNY", "actual")]),
    # in a plan, the figure a change starts from is the level reached so far; where it gets to is the goal
    ("二、今年工作安排\n门诊报销比例由50%提高至55%，起付线由1500元降低至1000元。",
     [("50%", "unit:PERCENT", "actual"), ("55%", "unit:PERCENT", "target"),
      ("1500元", "cur:CNY", "actual"), ("1000元", "cur:CNY", "target")]),
    ("力争绿化覆盖率从40%提高到42%。", [("40%", "unit:PERCENT", "actual"), ("42%", "unit:PERCENT", "target")]),
    ("二、今年工作安排\n城乡居民收入分别由3万元、2万元提高到3.3万元、2.2万元。",
     [("3万元", "cur:CNY", "actual"), ("2万元", "cur:CNY", "actual"),
      ("3.3万元", "cur:CNY", "target"), ("2.2万元", "cur:CNY", "target")]),
    # a paragraph of goals under one opening 确保 / 力争
    ("确保新增市场主体500户。农民人均可支配收入达到21000元。",
     [("500户", "unit:NUM", "target"), ("21000元", "cur:CNY", "target")]),
    # ... but not after a sentence that also reports results
    ("全年新增市场主体500户，力争明年再增600户。农民人均可支配收入达到21000元。",
     [("500户", "unit:NUM", "actual"), ("600户", "unit:NUM", "target"), ("21000元", "cur:CNY", "actual")]),
    ("确保新增市场主体500户。\n农民人均可支配收入达到21000元。",
     [("500户", "unit:NUM", "target"), ("21000元", "cur:CNY", "actual")]),
]


SECTIONS = [
    # a heading that names the report's own year with a plan word opens the year ahead
    ("一、2022年工作回顾\n\n新建道路8公里。\n\n二、2023年主要工作\n\n新建道路12公里。",
     [("8公里", "unit:KiloM", "actual"), ("12公里", "unit:KiloM", "target")]),
    ("二、2023年的主要工作任务\n\n改造农房300户。", [("300户", "unit:NUM", "target")]),
    ("二、2023年工作完成情况\n\n改造农房300户。", [("300户", "unit:NUM", "actual")]),
    # "2023年的政府工作" in the report of 2023 is the year ahead; a government's "工作目标" are goals
    ("二、2023年的政府工作\n\n改造农房300户。", [("300户", "unit:NUM", "target")]),
    ("二、新一届政府工作目标\n\n改造农房300户。", [("300户", "unit:NUM", "target")]),
    ("三、2023年工作重点\n\n改造农房300户。", [("300户", "unit:NUM", "target")]),
    # a numbered part named by the report's own year, with no review word, is the year ahead; the title is no part
    ("一、过去一年的工作\n\n改造农房200户。\n\n二、奋进的2023年\n\n改造农房300户。",
     [("200户", "unit:NUM", "actual"), ("300户", "unit:NUM", "target")]),
    ("一、2023年工作回顾\n\n改造农房300户。", [("300户", "unit:NUM", "actual")]),
    ("一、2022年政府工作回顾\n\n改造农房300户。", [("300户", "unit:NUM", "actual")]),
    # ... but what the plan section reports of the months already past stays actual
    ("二、2023年主要工作\n\n今年以来，新增市场主体120户。截至3月底，签约项目6个。全年新增市场主体900户。",
     [("120户", "unit:NUM", "actual"), ("6个", "unit:NUM", "actual"), ("900户", "unit:NUM", "target")]),
    # a figure of a past year named in a plan section is a report of it, unless the year is a comparison's base
    ("二、2023年主要工作\n\n2022年预计完成税收3亿元。税收在2022年基础上增长6%。",
     [("3亿元", "cur:CNY", "actual"), ("6%", "unit:PERCENT", "target")]),
    # a heading with no plan word: a paragraph that opens the year's goals or tasks makes the rest of the section targets
    ("一、2022年工作回顾\n\n新建道路8公里。\n\n二、稳中求进，推动经济持续健康发展\n\n新建道路9公里。\n\n"
     "今年，我们将重点做好以下五个方面的工作：\n\n新建道路12公里。\n\n三、深化改革\n\n新建公园3个。",
     [("8公里", "unit:KiloM", "actual"), ("9公里", "unit:KiloM", "actual"), ("12公里", "unit:KiloM", "target"),
      ("3个", "unit:NUM", "target")]),
    ("一、2022年工作回顾\n\n新建道路8公里。\n\n二、凝心聚力\n\n今年经济社会发展主要预期目标建议为：生产总值增长6%。",
     [("8公里", "unit:KiloM", "actual"), ("6%", "unit:PERCENT", "target")]),
    ("二、凝心聚力\n\n今年政府工作的总体要求是：稳中求进。新建道路12公里。", [("12公里", "unit:KiloM", "target")]),
    ("二、2023年政府工作总体安排\n\n改造农房300户。", [("300户", "unit:NUM", "target")]),
    ("二、2023年的工作意见\n\n改造农房300户。", [("300户", "unit:NUM", "target")]),
    # a numbered item turns the kind only with a year or a review/plan word
    ("二、2023年主要任务\n\n1.在推进城乡发展上取得新成效\n\n改造农房300户。\n\n2、加强便民服务：（1）办理历年来积压的产权证2000本。",
     [("300户", "unit:NUM", "target"), ("2000本", "unit:NUM", "target")]),
    ("一、2022年工作回顾\n\n1.城乡建设取得新成效\n\n改造农房300户。", [("300户", "unit:NUM", "actual")]),
    ("二、2023年主要任务\n\n1.2022年完成情况\n\n改造农房300户。", [("300户", "unit:NUM", "actual")]),
    # a numbered part of a review block (an unnumbered heading) opens a plan only with a year or a plan word
    ("过去五年的政府工作\n\n一、发展目标超额实现\n\n新建道路80公里。\n\n二、社会事业全面提升\n\n举办赛事30项次。\n\n"
     "今后五年的总体要求及2023年的主要任务\n\n一、稳中求进\n\n新建道路12公里。",
     [("80公里", "unit:KiloM", "actual"), ("30项次", "unit:NUM", "actual"), ("12公里", "unit:KiloM", "target")]),
    ("过去五年的政府工作\n\n一、城乡建设全面提速\n\n新建道路80公里。\n\n二、今后五年的主要目标\n\n新建道路120公里。",
     [("80公里", "unit:KiloM", "actual"), ("120公里", "unit:KiloM", "target")]),
    # without a review block, a numbered heading with a target word still opens the plan
    ("一、2022年工作回顾\n\n新建道路8公里。\n\n二、发展目标\n\n新建道路12公里。",
     [("8公里", "unit:KiloM", "actual"), ("12公里", "unit:KiloM", "target")]),
    # the work of a plan's opening year in a heading is the year ahead; in body text it is no cue
    ("一、2022年工作回顾\n\n新建道路8公里。\n\n三、全力以赴做好“十四五”开局工作\n\n新建道路12公里。",
     [("8公里", "unit:KiloM", "actual"), ("12公里", "unit:KiloM", "target")]),
    ("一、2022年工作回顾\n\n2021年是“十四五”开局之年，新建道路8公里。",
     [("8公里", "unit:KiloM", "actual")]),
    # a paragraph that lists the year's plans "如下" makes its figures targets, until the paragraph ends
    ("根据今年工作安排，确定以下实事项目如下：一是道路项目。新建村道12公里。二是供水项目。改造水表3000户。\n\n新建公园5个。",
     [("12公里", "unit:KiloM", "target"), ("3000户", "unit:NUM", "target"), ("5个", "unit:NUM", "actual")]),
    # a paragraph that opens the year ahead ("今年是…", "做好今年工作", "进入新的一年") turns the rest of the part to goals
    ("今年是新一届政府履职的第一年。\n\n地区生产总值增长8%左右；城镇登记失业率控制在3.5%以内。",
     [("8%", "unit:PERCENT", "target"), ("3.5%", "unit:PERCENT", "target")]),
    ("做好今年工作，意义重大。\n\n新建道路12公里。", [("12公里", "unit:KiloM", "target")]),
    ("进入新的一年，形势依然复杂。\n\n新建道路12公里。", [("12公里", "unit:KiloM", "target")]),
    # ... not under a review heading (a report read in December calls the year under review 今年)
    ("一、2022年工作回顾\n\n今年是极不平凡的一年。\n\n新建道路8公里。", [("8公里", "unit:KiloM", "actual")]),
    ("今年以来，新建道路8公里。", [("8公里", "unit:KiloM", "actual")]),
    # no heading above: a paragraph led by a task verb that tells nothing done is a plan ("plan.lead")
    ("全面推进村庄整治。完成试点村整治12个。\n\n新建公园5个。",
     [("12个", "unit:NUM", "target"), ("5个", "unit:NUM", "actual")]),
    ("切实改进作风。深入村组调查研究，着力办好9件民生实事。\n\n新建公园5个。",
     [("9件", "unit:NUM", "target"), ("5个", "unit:NUM", "actual")]),
    ("（二）进一步深化园区改革。继续推进园区整合，完成6家园区公司改制任务。",
     [("6家", "unit:NUM", "target")]),
    # ... not a lead that names the field first, nor a paragraph that tells what was done
    ("园区改革不断深化。推进园区整合，完成6家园区公司改制任务。", [("6家", "unit:NUM", "actual")]),
    ("深化园区改革。推进园区整合，完成了6家园区公司改制任务。", [("6家", "unit:NUM", "actual")]),
    ("深化园区改革。推进园区整合，完成6家园区公司改制任务，比上年多2家。",
     [("6家", "unit:NUM", "actual"), ("2家", "unit:NUM", "actual")]),
    # ... nor under a heading, nor in a part that opened as a review ("一年来", a past year, 回首)
    ("一、2022年工作回顾\n\n深化园区改革。完成6家园区公司改制任务。", [("6家", "unit:NUM", "actual")]),
    ("一年来，我们主要做了以下工作：\n\n深化园区改革。完成6家园区公司改制任务。", [("6家", "unit:NUM", "actual")]),
    ("2022年，镇政府重点抓了以下工作：\n\n深化园区改革。完成6家园区公司改制任务。", [("6家", "unit:NUM", "actual")]),
    # ... nor after a paragraph led the same way that told what was done: the parallel paragraphs report too
    ("加快建设污水设施。扩建了东区污水厂。\n\n加强河道整治。清理河道12条。",
     [("12条", "unit:NUM", "actual")]),
    ("一、回首2022，发展迈出新步伐\n\n深化园区改革。完成6家园区公司改制任务。\n\n二、着眼长远，勇毅前行\n\n"
     "深化园区改革。完成8家园区公司改制任务。",
     [("6家", "unit:NUM", "actual"), ("8家", "unit:NUM", "target")]),
]


@pytest.mark.parametrize("text,expected", SECTIONS)
def test_kind_from_section_and_paragraph(text, expected):
    found = observations(text, head="罗店镇2023年政府工作报告\n\n")
    assert [(f.value_text, f.unit, f.kind) for f in found] == expected


@pytest.mark.parametrize("text,expected", KINDS)
def test_kind_of_each_figure(text, expected):
    assert figures(text) == expected


NOT_THE_TOWNS = [
    ("该镇是全省首批60个特色小镇之一。", []),
    ("10个最美乡村获奖名单正式公布。", []),
    ("8家企业入选省专精特新企业名单。", [("8家", "unit:NUM", "actual")]),
    ("推进一批投资5亿元以上的重大项目。", []),
    # a run of sizes naming classes of projects
    ("谋划一批投资上5亿、20亿、50亿元的重大项目。", []),
    ("新增2家销售收入过10亿元的龙头企业。", [("2家", "unit:NUM", "actual")]),
    ("年产50万吨水泥生产线项目开工建设。", []),
    ("引进某某建材公司年10万吨板材项目。", []),
    ("会议选举产生了镇长1名、副镇长3名。", []),
    ("2000多个日日夜夜，志愿者坚守一线。", []),
    ("不辜负全镇5万人民的期待。", []),
    # ratings and capacities that are part of a name
    ("建设10万吨级码头。", []),
    ("推进某某化工30万吨乙烯、某某纸业20万吨包装纸等重点项目。", []),
    ("推动16万吨聚酯切片项目建设。", []),  # a capacity in a project's name
    ("完成5万吨尾矿治理工程。", [("5万吨", "unit:TONNE", "actual")]),  # what the works handle
    # a size right before the noun counted next defines the class
    ("新建口袋公园5个、10公顷以上郊野公园2个。", [("5个", "unit:NUM", "actual"), ("2个", "unit:NUM", "actual")]),
    ("建设8个2000平方米以上的街心广场。", [("8个", "unit:NUM", "actual")]),  # the size of each
    ("改造4台5万千瓦以上燃煤机组。", [("4台", "unit:NUM", "actual")]),
    ("培育若干个50亿元乃至100亿元以上产值的产业集群。", []),  # the size of each, a class
    # a money figure right before a counted kind names the class
    ("新增产值超5亿元企业3家、1亿元企业8家。", [("3家", "unit:NUM", "actual"), ("8家", "unit:NUM", "actual")]),
    ("综合竞争力排名提升12个位次。", []),
    ("禁毒工作跻身全国50个大中城市前三。", []),  # the size of a ranking's field
    ("全市12个县区前三季度生产总值增长8%。", [("12个", "unit:NUM", "actual"), ("8%", "unit:PERCENT", "actual")]),
    # the parts of the report's own outline, and counts of its own statistics
    ("今年重点做好十个方面工作：", []),
    ("确定8个方面30项重点任务。", [("30项", "unit:NUM", "actual")]),
    ("全市十二项主要经济指标中，有五项增幅居全省前列。", []),
    ("规划设置主要指标29项，其中约束性指标8个。", []),
    ("以上共计20项指标，其中预期性指标12项、约束性指标8项。", []),
    ("一是围绕绿色发展，提出6项指标。", []),
    # how the town does on N statistics, and a quota it has, are the town's
    ("空气质量6项指标全部达标。", [("6项", "unit:NUM", "actual")]),
    ("新增积分制入户指标5000个。", [("5000个", "unit:NUM", "actual")]),
    ("16个学科进入全球前1%，8个镇入围前100名。", [("16个", "unit:NUM", "actual"), ("8个", "unit:NUM", "actual")]),
    ("营商环境排名从第40名跃升至第12名。", []),
    ("营商环境排名由40名升至12名。", []),
    ("在全省30个县市中排名第三。", []),
    ("上市公司达到8家、居全省第2位。", [("8家", "unit:NUM", "actual")]),
    ("工业产值总量保持全省十个县市第一。", []),
    ("新增10个第三批试点。", [("10个", "unit:NUM", "actual")]),
    ("保税区在全国绩效评估排名上升22位。", []),
    ("新增高新技术企业30家、占全区新增总量的三分之一。", [("30家", "unit:NUM", "actual")]),
    ("新签约5亿元以上项目6个。", [("6个", "unit:NUM", "actual")]),
    # a count whose rate follows is the rate's base: the rate is the figure
    ("18个监测断面水质达标率达到100%。", [("100%", "unit:PERCENT", "actual")]),
    # one figure for two listed measures is two facts, not a restatement
    ("主要目标是：财政收入、外贸进出口总额保持年均6%的增长。",
     [("6%", "unit:PERCENT", "target"), ("6%", "unit:PERCENT", "target")]),
    # a plant's capacity before its product and its progress names the plant (no figure); a verb before makes it a measure
    ("某某汽车15万辆整车竣工投产。", []),
    ("某某电子20万台服务器项目落户园区。", []),
    ("某某化工8万吨树脂建成投产。", []),
    ("全年生产新能源汽车3万辆。", [("3万辆", "unit:NUM", "actual")]),
    ("1.2万套安置住房全面开工。", [("1.2万套", "unit:NUM", "actual")]),
    # a bare rate or change with no measure before it in the sentence is no figure
    ("增长9.5%。", []),
    ("加强社区服务网点布局，各村实现应通尽通，覆盖面分别达到90%和80%。", []),
    # a qualifier alone with no measure before it names nothing
    ("争创国家级3个。", []),
    # a verb or generic noun alone, its object named in no count before, names no measure (t8 mid reading)
    ("依托临港铁路班列，全年双向开行360列。", []),
    ("临港班列发运181列、货值13.38亿元。", [("181列", "unit:NUM", "actual")]),
    ("抓获共8批次。", []),
    ("临港班列覆盖12个国家，全年开行213列、增长70%。", [("12个", "unit:NUM", "actual")]),  # nor its change
    # the report's own outline counts its parts; the things done are counted
    ("重点做好以下6个方面、20项具体工作：", []),
    ("我们将着力抓好以下6个方面、26项工作。", []),
    ("全年完成为民办实事15件。", [("15件", "unit:NUM", "actual")]),
    # 家 opening 家庭 is no count word; before 电厂 it is
    ("10万余家庭从中受益。", []),
    ("新增3家电厂。", [("3家", "unit:NUM", "actual")]),
    # a length or tonnage a dock or channel is named by is no figure; the dock's count or a quay length built is
    ("积极做好北仑港区900米集装箱码头建设。", []),
    ("启动20万吨进口矿石码头、12.5米深水航道建设。", []),
    ("建成码头岸线1200米。", [("1200米", "unit:M", "actual")]),
    ("新建3个深水泊位。", [("3个", "unit:NUM", "actual")]),
    # a run of sizes with a size in words names a class too
    ("努力培育一批产值超百亿元、超500亿元的大企业。", []),
    ("培育一批税收超5000万元、超亿元的商务楼宇。", []),
    ("全年税收超5000万元。", [("5000万元", "cur:CNY", "actual")]),
    # the ordinal of a session is no count (GUIDELINES); a count of meetings is one
    ("认真落实市委八届十一次全会精神，新建道路12公里。", [("12公里", "unit:KiloM", "actual")]),
    ("按照市委九届十三次、十四次全会的部署，开展工作。", []),
    ("全面贯彻市第十二次党代会精神。", []),
    ("落实区委五届十二次全委扩大会议要求。", []),
    ("全年召开常务会议39次。", [("39次", "unit:NUM", "actual")]),
    # a project named again with its investment is one fact
    ("投资8亿元的临江物流园签约落地。投资8亿元的临江物流园项目正在平整土地。", [("8亿元", "cur:CNY", "actual")]),
]


@pytest.mark.parametrize("text,expected", NOT_THE_TOWNS)
def test_figures_that_are_not_the_towns(text, expected):
    assert figures(text) == expected


UNITS = [
    ("完成造林300亩。", "unit:M2", 200000.0),
    ("辖区面积12.5平方千米。", "unit:M2", 12500000.0),
    ("辖区面积8平方公里。", "unit:M2", 8000000.0),
    ("改造池塘5口。", "unit:NUM", 5.0),
    ("拆除烟囱12根。", "unit:NUM", 12.0),
    ("新打机井30眼。", "unit:NUM", 30.0),
    ("查处违法用地案件16宗。", "unit:NUM", 16.0),
    ("新增变电容量32.5万千伏安。", "unit:KiloV-A", 325000.0),
]


@pytest.mark.parametrize("text,unit,value", UNITS)
def test_units(text, unit, value):
    found = observations(text)
    assert [(f.unit, round(f.value, 2)) for f in found] == [(unit, value)]


def test_from_to_gives_both_figures_with_their_periods_and_the_measure():
    found = observations("生产总值由2015年底的5.1亿元增加到2020年的9.8亿元，年均增长13.9%。")
    got = [(f.indicator, f.value, f.period) for f in found]
    assert got[0] == ("生产总值", 510000000, "2015年底")
    assert got[1] == ("生产总值", 980000000, "2020年")


INDICATORS = [
    ("主要目标是：地区生产总值增长9%以上，突破500亿元。", ["地区生产总值增长", "地区生产总值"]),
    ("财政总收入突破百亿大关，从72.2亿元增加到100.8亿元。", ["财政总收入", "财政总收入"]),
    # one figure after 分别: each item of the list has it
    ("城镇居民人均可支配收入和农民人均纯收入分别增长9%左右。", ["城镇居民人均可支配收入增长", "农民人均纯收入增长"]),
    ("地区生产总值和财政收入均增长10%。", ["地区生产总值增长", "财政收入增长"]),  # 均: the figure is each one's
    ("绿地率、绿化覆盖率分别提高1个百分点。", ["绿地率提高", "绿化覆盖率提高"]),
    ("城乡居民收入比缩小至1.9以内。", ["城乡居民收入比"]),
    ("镇区经济总量突破百亿元。", ["镇区经济总量"]),
    # an adverb of a milestone's verb is no part of the measure; alone it leaves the measure before
    ("一般公共预算收入首次突破20亿元。", ["一般公共预算收入"]),
    ("财政收入增长12%，首次突破50亿元。", ["财政收入增长", "财政收入"]),
    ("存贷款余额双双突破2000亿元。", ["存贷款余额"]),
    # a change word with only a span or a comparison before it is the change of the measure before
    ("空气优良率达80.1%，五年提高9.2个百分点。", ["空气优良率", "空气优良率五年提高"]),
    ("水质达标率91.5%，同比提升3.5个百分点。", ["水质达标率", "水质达标率同比提升"]),
    ("养老保险参保人数12.3万人，新增0.8万人。", ["养老保险参保人数", "养老保险参保人数新增"]),
    ("低保标准提高到每月800元，提高了6%。", ["低保标准提高到每月", "低保标准提高了"]),
    ("工业投资完成60亿元，增加12亿元，年均增长9%。", ["工业投资", "工业投资增加", "工业投资年均增长"]),
    # a count cut down from A to B is a from-to pair of one measure
    ("镇政府内设机构由18个精简为12个，精简33.3%。", ["镇政府内设机构", "镇政府内设机构", "镇政府内设机构精简"]),
    ("地区生产总值、一般公共预算收入年均分别增长7%左右。", ["地区生产总值年均增长", "一般公共预算收入年均增长"]),
    ("完成30个以上老旧小区改造。", ["老旧小区改造"]),
    ("实施滨湖公园、老街改造等12个项目。", ["实施项目"]),
    ("实施滨湖公园提升等项目8个以上。", ["实施项目"]),
    ("镇级规章、管理办法分别新增4件、6件，累计分别达到20件、31件。", ["镇级规章", "管理办法", "镇级规章累计", "管理办法累计"]),
    ("推进智能装备、新型材料等总投资96亿元的11个重大项目建设。", ["总投资", "重大项目建设"]),
    ("建成3个康养中心和8家以上社区医院。", ["建成康养中心", "社区医院"]),
    ("新增企业9家（其中，批发5家、零售1家、工业1家）。", ["新增企业", "批发", "零售", "工业"]),
    ("高等教育毛入学率达到60%。", ["高等教育毛入学率"]),
    ("市场主体新增4.2万户、总量突破20万户。", ["市场主体新增", "市场主体总量"]),
    ("企业资产总额净增100亿元，达到860亿元。", ["企业资产总额净增", "企业资产总额"]),
    ("24.运营青年驿站23个。", ["运营青年驿站"]),
    ("集聚专业人才500人以上、累计产值10亿元以上。", ["集聚专业人才", "累计产值"]),
    ("农业总产值43.5亿元，五年年均增长6.2%。", ["农业总产值", "农业总产值年均增长"]),
    ("在东区和西区等地各开发工业用地500亩以上。", ["开发工业用地"]),
    ("建设12个乡镇（街道）全民健身中心。", ["建设乡镇全民健身中心"]),
    # 分别: each figure pairs with one listed measure, which takes what the list shares and the change verb
    ("果品、禽蛋、淡水鱼产量分别达到12万吨、3万吨和2万吨。", ["果品产量", "禽蛋产量", "淡水鱼产量"]),
    ("批发额、零售额分别增长6%和9%。", ["批发额增长", "零售额增长"]),
    ("城乡居民收入分别增长7%、9%。", ["城镇居民收入增长", "农村居民收入增长"]),
    ("工业投资增长8%、占全部投资比重40%。", ["工业投资增长", "工业投资占全部投资比重"]),
    ("实施民生项目30个，已完成28个。", ["实施民生项目", "完成民生项目"]),
    ("安排资金800万元，用于村道建设。", ["安排资金用于村道建设"]),
    ("投入300万元，对困难家庭给予帮扶。", ["投入对困难家庭给予帮扶"]),
    ("投入900万元，建成污水处理站3座。", ["投入建成污水处理站", "建成污水处理站"]),
    ("投入900万元，提高低保标准。", ["投入提高低保标准"]),
    ("投入9亿元，完成3000户、12万平方米旧城改造任务。", ["投入完成旧城改造任务", "旧城改造任务", "旧城改造任务"]),
    # a per-head figure with nothing before it in its clause averages what the clause before raised
    ("提高退休人员基本养老金，月人均达到1500元，增长10%。", ["月人均退休人员基本养老金", "月人均退休人员基本养老金增长"]),
    # the total after new ones is of all of them
    ("新增友好城镇3个、总数达12个。", ["新增友好城镇", "友好城镇总数"]),
    # a list whose earlier items are clauses of their own: the rate is the last item's
    ("两座桥梁主体完工、农贸市场改造率达到60%。", ["农贸市场改造率"]),
    ("12人获评省级道德模范、总数86人。", ["获评省级道德模范", "获评省级道德模范总数"]),
    ("甲醇、乙烯、丙烯3项产品入选省级名录。", ["产品入选省级名录"]),
    ("新建、改扩建学校20所。", ["新建、改扩建学校"]),
    ("刑事案件、治安案件年均分别下降6%和4%。", ["刑事案件年均下降", "治安案件年均下降"]),
    ("二氧化硫和氨氮排放量分别削减6%、4%。", ["二氧化硫排放量削减", "氨氮排放量削减"]),
    ("镇级财政收入跨越新台阶，由2018年的2亿元增加到2022年的3亿元。", ["镇级财政收入", "镇级财政收入"]),
    ("镇区污水集中收集率达到70%、集中处理率达到95%。", ["镇区污水集中收集率", "镇区污水集中处理率"]),
    ("税收年均增长9%，财政收入年均增长12%，分别比上个五年提高1.5和2个百分点。",
     ["税收年均增长", "财政收入年均增长", "税收年均增长比上个五年提高", "财政收入年均增长比上个五年提高"]),
    ("新建幼儿园8所、小学5所，分别新增学位2400个、3000个。",
     ["新建幼儿园", "小学", "新建幼儿园新增学位", "小学新增学位"]),
    ("镇内银行存贷款余额分别为12亿元和8亿元。", ["镇内银行存款余额", "镇内银行贷款余额"]),
    ("新建农家书屋30个，覆盖率达到95%。", ["新建农家书屋", "新建农家书屋覆盖率"]),
    ("城镇和农村居民人均住房面积分别达到38平方米和45平方米。", ["城镇居民人均住房面积", "农村居民人均住房面积"]),
    ("事故起数和受伤人数分别下降6%、4%。", ["事故起数下降", "受伤人数下降"]),
    ("甲类费用、乙类费用报销比例分别提高3%和2%。", ["甲类费用报销比例提高", "乙类费用报销比例提高"]),
    ("货运量450万吨、客运量120万人次，分别增长3%和5%。", ["货运量", "客运量", "货运量增长", "客运量增长"]),
    ("镇区和村庄绿化覆盖率分别提高1.5和0.8个百分点。", ["镇区绿化覆盖率提高", "村庄绿化覆盖率提高"]),
    ("工业用电量增长12%，分别高于全县、全市3个和5个百分点。",
     ["工业用电量增长", "工业用电量增长高于全县", "工业用电量增长高于全市"]),
    # a change named only by its comparison takes the measure before it
    ("税收收入3亿元，比上年增长9%。", ["税收收入", "税收收入比上年增长"]),
    ("镇级税收1.2亿元，比2019年增加0.3亿元。", ["镇级税收", "镇级税收比2019年增加"]),
    ("镇级一般公共预算收入达到3亿元，同口径增长6%。", ["镇级一般公共预算收入", "镇级一般公共预算收入同口径增长"]),
    ("镇级财政收入完成4.2亿元，可比增长13%。", ["镇级财政收入", "镇级财政收入可比增长"]),
    ("青溪镇社会消费品零售总额9亿元，比增11%。", ["青溪镇社会消费品零售总额", "青溪镇社会消费品零售总额比增"]),
    # a level alone names no measure: the head after the last level is every item's; items with their own stay
    ("国家级、省级科技孵化器分别达到3家和12家。", ["国家级科技孵化器", "省级科技孵化器"]),
    ("市级、区级示范合作社分别达到5家和9家。", ["市级示范合作社", "区级示范合作社"]),
    ("省级园区、市级示范基地分别达到2个和6个。", ["省级园区", "市级示范基地"]),
    ("先后举办青云杯等各类体育赛事30余项次。", ["各类体育赛事"]),
    ("<br>（2）全年已经完成12个村的道路硬化。", ["村的道路硬化"]),
    ("建成12公里、30公顷沿河防护林带。", ["建成沿河防护林带", "建成沿河防护林带"]),
    # two figures in a row measure the noun after the second; a verb after 、 opens the next figure's noun
    ("完成3条12公里村道硬化。", ["村道硬化", "村道硬化"]),
    ("开工建设6个项目、建成4个项目。", ["开工建设项目", "建成项目"]),
    ("城区道路扩大至18公里。", ["城区道路"]),
    ("受益农户由800户扩大到1500户。", ["受益农户", "受益农户"]),
    ("签约超5亿元项目20个，其中超10亿元6个、百亿级2个。", ["签约超5亿元项目", "超10亿元项目", "百亿级项目"]),
    # a verb alone names no measure: it takes the noun of the count before; 分别 before a list of verbs
    ("安置房开工800套、竣工500套。", ["安置房开工", "竣工安置房"]),
    ("两年累计开工建设亿元以上项目40个，建成投产25个。", ["累计开工建设亿元以上项目", "建成投产亿元以上项目"]),
    ("镇级部门分别取消、下放审批事项12项、9项。", ["取消审批事项", "下放审批事项"]),
    ("3家企业进入全省民营企业100强。", ["企业进入全省民营企业100强"]),
    ("新建5G基站60个。", ["新建5G基站"]),
    ("推进3个110千伏输变电工程建设。", ["推进110千伏输变电工程建设"]),
    # a count followed by another figure in its clause counts the noun before that figure's measure
    ("全镇12家便民超市累计让利金额超30万元。", ["便民超市", "便民超市累计让利金额"]),
    # a zone that opens the clause with its own figures speaks for the clauses after it that have no subject
    ("滨河产业园签约项目12个、总投资30亿元，引进企业40家。", ["滨河产业园签约项目", "滨河产业园总投资", "滨河产业园引进企业"]),
    ("滨河产业园获评省级园区，新增企业40家。", ["新增企业"]),
    ("加快滨河产业园建设，引进企业40家。", ["引进企业"]),
    ("滨河产业园签约项目12个，镇级财政收入增长9%。", ["滨河产业园签约项目", "镇级财政收入增长"]),
    ("镇级财政收入从2018年的2.1亿元增至2022年的3.4亿元、年均增长12.8%。",
     ["镇级财政收入", "镇级财政收入", "镇级财政收入年均增长"]),
    # a figure that defines the class counted is no observation; it stays in the count's indicator
    ("面积1000平方米以上的超市增加到15家。", ["面积1000平方米以上的超市"]),
    # a count before 的 and a list of what is done to the counted things: the count counts the noun before 的
    ("对全区18个街道的安全生产、环境卫生等5项内容开展考评。", ["街道", "内容开展考评"]),
    ("资助120名新考入大学的困难学生。", ["资助新考入大学的困难学生"]),
    # a count before a measure that has a figure of its own counts the noun before the measure
    ("260个镇重点项目完成投资98亿元。", ["镇重点项目", "镇重点项目完成投资"]),
    ("确保6个特色产业产值达到80亿元。", ["特色产业", "特色产业产值"]),
    # a method of counting is no part of the measure; 人均 alone is per head of the measure before
    # two items joined by 和 and two figures joined by 和: each figure pairs with its item, the shared words go to both
    ("城镇和农村居民人均可支配收入年均增长8%和9%。", ["城镇居民人均可支配收入年均增长", "农村居民人均可支配收入年均增长"]),
    ("卫生厕所普及率、生活垃圾治理率分别达到82%、96%。", ["卫生厕所普及率", "生活垃圾治理率"]),
    # a figure with a unit the lexicon does not know, then its change: the change names the thing, not the figure
    ("开行货运专线120趟、增长30%。", ["开行货运专线增长"]),
    ("开行货运班列120列、增长30%。", ["开行货运班列", "开行货运班列增长"]),  # 列 is a unit: two figures
    # counts of two levels share the noun after the second; a bare verb takes the noun of the count before
    ("选取12家市级、30家镇级试点企业。", ["选取市级试点企业", "镇级试点企业"]),
    ("新制定法规4项、修改9项。", ["新制定法规", "修改法规"]),
    # an age opens the counted noun; a change after a figure without a unit is the change of that figure's measure
    ("为1.2万名60岁以上老人发放补贴。", ["60岁以上老人发放补贴"]),
    ("工业增加值26亿元，增长9%；经济效益综合指数达180，提高近20个百分点。",
     ["工业增加值", "工业增加值增长", "经济效益综合指数", "经济效益综合指数提高"]),  # an index has no unit
    # a single-character shared head (率) takes the words the items share; words before 和 are another item
    ("饮用水水源地和重要水功能区水质达标率达到100%。", ["饮用水水源地水质达标率", "重要水功能区水质达标率"]),
    ("东湾污水厂一期和6个村级污水站建成投用。", ["村级污水站建成投用"]),
    ("课后托管惠及2.1万名小学生。", ["课后托管惠及小学生"]),
    # a gap after a change is the gap of the measure before
    ("镇级财政收入增长9.9%，高于全区1.4个百分点。", ["镇级财政收入增长", "镇级财政收入高于全区"]),
    # two gaps in a row: each is the gap of the measure, not of the gap before it
    ("工业增加值增速高于全省2.1个百分点、高于全国1.2个百分点。", ["工业增加值增速高于全省", "工业增加值增速高于全国"]),
    # an item before 、 and a count: the verb is shared, the item is another thing
    ("建设青溪文体中心、12个社区健身公园。", ["建设社区健身公园"]),
    # a decimal figure is no list number ("8.6万户" does not lose "8.")
    ("8.6万户农户参保率达81%。", ["8.6万户农户参保率"]),
    ("生产总值年均递增9%，按2000年价格计算达到300亿元，人均超过4000美元。",
     ["生产总值年均递增", "生产总值", "人均生产总值"]),
    # a list of k items before k figures of one unit (no 分别): one item each, a level alone takes the noun of the last
    ("新增国家级、省级专精特新企业3家和7家。", ["新增国家级专精特新企业", "新增省级专精特新企业"]),
    ("茶叶、板栗产量达到800吨和1200吨。", ["茶叶产量", "板栗产量"]),
    ("新建和在建项目5个和3个。", ["新建项目", "在建项目"]),
    ("苗木、花卉基地稳定在20个和12个以上。", ["苗木基地", "花卉基地"]),
    # ... but two units measure one thing twice
    ("利用荒地、边角地新建口袋公园36处、120亩。", ["利用荒地、边角地新建口袋公园", "利用荒地、边角地新建口袋公园"]),
    # the rates paired with a list are what the changes after 分别 pair with
    ("绿化覆盖率、林木覆盖率达到40%和52%，比2020年分别提高了3和5个百分点。",
     ["绿化覆盖率", "林木覆盖率", "绿化覆盖率比2020年提高了", "林木覆盖率比2020年提高了"]),
    # a change named only by its comparison (年初, 多, 超出, 十四五) takes the measure before it, of its own unit
    ("居民储蓄存款余额80亿元，比年初增长9%。", ["居民储蓄存款余额", "居民储蓄存款余额比年初增长"]),
    ("民生支出达16亿元，占比80%以上，较上年多1.7亿元。", ["民生支出", "民生支出占比", "民生支出较上年多"]),
    ("房屋施工面积达120万平方米，比“十三五”超出15万平方米。", ["房屋施工面积", "房屋施工面积比十三五超出"]),
    # 各类 after 等 stays; 以内 is no noun
    ("新引进博士、硕士等各类人才1200名。", ["各类人才"]),
    ("城镇登记失业率控制在3.5%以内。", ["城镇登记失业率"]),
    ("为困难家庭一次性提供2万元以内的救助。", ["为困难家庭一次性提供救助"]),
    # one trade of the statistics named with 和 is one measure; a list's share of a whole is one figure
    ("软件和信息技术服务业增加值增长12%。", ["软件和信息技术服务业增加值增长"]),
    ("工业和服务业增加值增长6%。", ["工业增加值增长", "服务业增加值增长"]),
    ("全镇二、三产业比重达到90%。", ["二、三产业比重"]),
    ("纺织、机械、电子信息产业占工业产值的60%。", ["纺织、机械、电子信息产业占工业产值"]),
    # words before 、 and a count with its own noun are another item
    ("统筹推进滨江片区、3个物流园等平台建设。", ["物流园"]),
    # 分别由 k figures 增加到 k figures: each item twice, in order; the changes after pair with the items too
    ("基础养老金、低保标准分别由200元、420元增加到355元、700元，年均分别增长12%、10%。",
     ["基础养老金", "低保标准", "基础养老金", "低保标准", "基础养老金年均增长", "低保标准年均增长"]),
    ("城乡居民收入分别从2018年的3万元、1万元，提高到4万元、2万元，累计分别增长33%和100%。",
     ["城镇居民收入", "农村居民收入", "城镇居民收入", "农村居民收入", "城镇居民收入累计增长", "农村居民收入累计增长"]),
    # the same in one clause: a word that joins two things names each of them, twice
    ("城乡居民人均存款分别从3.1万元、1.2万元增加到4.6万元、2.3万元。",
     ["城镇居民人均存款", "农村居民人均存款", "城镇居民人均存款", "农村居民人均存款"]),
    ("镇内存贷款余额分别由6亿元、4亿元增至9亿元、7亿元，年均分别增长8%、12%。",
     ["镇内存款余额", "镇内贷款余额", "镇内存款余额", "镇内贷款余额", "镇内存款余额年均增长", "镇内贷款余额年均增长"]),
    # without 分别 a from-to pair is one measure's two figures
    ("城乡居民人均存款从3.1万元增加到4.6万元。", ["城乡居民人均存款", "城乡居民人均存款"]),
    # a figure in a bracket aside right after another is that figure's measure, restated; the measure after it is the first one's
    ("人均生产总值5万元（折合7000美元），增长8%。", ["人均生产总值", "人均生产总值折合", "人均生产总值增长"]),
    ("一般债务率15%（镇本级13%）、专项债务率26%（镇本级25%）。",
     ["一般债务率", "一般债务率镇本级", "专项债务率", "专项债务率镇本级"]),
    ("年销售收入超亿元的企业，由上年的9户发展到19户。", ["年销售收入超亿元的企业", "年销售收入超亿元的企业"]),
    # the verb before a list before 分别 goes to every item
    ("累计投入教育、医疗卫生分别达21亿元、5亿元。", ["累计投入教育", "累计投入医疗卫生"]),
    ("建成区绿化覆盖率、绿地率分别达43%、38%。", ["建成区绿化覆盖率", "绿地率"]),
    # a bare rate or share of the plan takes the measure named before it: the figure before, or the clause before
    ("城镇新增就业1.2万人，完成年计划110%。", ["城镇新增就业", "城镇新增就业完成年计划"]),
    ("全面推行农村合作医疗制度，覆盖面达到95%。", ["农村合作医疗制度覆盖面"]),
    ("集装箱吞吐量80万标箱，增长12%。", ["集装箱吞吐量增长"]),
    # the head noun after the last qualifier is every item's; a verb that only says work goes on is left out
    ("推进3个220千伏、8个110千伏变电站建设。", ["220千伏变电站建设", "110千伏变电站建设"]),
    ("新增2家国家级和5家省级农业龙头企业。", ["新增国家级农业龙头企业", "省级农业龙头企业"]),
    # a qualifier after a figure takes the measure of the figure before
    ("新增国家级专精特新企业3家、省级12家。", ["新增国家级专精特新企业", "新增省级专精特新企业"]),
    ("建成各类孵化器20家，其中国家级4家。", ["建成各类孵化器", "国家级孵化器"]),
    # a base year is the period, never the measure; a milestone word is no part of it
    ("人均生产总值突破八万元大关，从2016年的6.1万元增加到2021年的8.3万元。",
     ["人均生产总值", "人均生产总值", "人均生产总值"]),
    ("全镇工业产值年均增长9%，去年达到60亿元。", ["工业产值年均增长", "工业产值"]),
    # a second item with its own quantity is no part of what the figure counts; the verb stays whole
    ("建成12座污水处理站和一批农村垃圾处理设施。", ["建成污水处理站"]),
    # a figure after 各 is each listed item's; the verb before the list goes to every item
    ("新建社区食堂和托育中心各6家。", ["新建社区食堂", "新建托育中心"]),
    ("新增省、市级农业龙头企业各2家。", ["新增省级农业龙头企业", "新增市级农业龙头企业"]),
    ("新增省级开发区、省级高新区各1家。", ["新增省级开发区", "新增省级高新区"]),
    ("新建“邻里中心”“睦邻客厅”各5个。", ["新建邻里中心", "新建睦邻客厅"]),  # quoted names side by side
    ("养老、医疗保险参保人数分别达到5.1万、6.2万人。", ["养老保险参保人数", "医疗保险参保人数"]),
    # short items before one that names what they all are share its tail
    ("养老、失业、医疗和工伤保险参保人员分别达到12万、8万、13万和6万人。",
     ["养老保险参保人员", "失业保险参保人员", "医疗保险参保人员", "工伤保险参保人员"]),
    ("完成城区各5000平方米。", ["完成城区各"]),  # one item: nothing to distribute
    ("安置房开工、竣工各20万平方米。", ["安置房开工、竣工各"]),  # verbs alone name no measure each
    ("今年开行临港货运班列300列。", ["开行临港货运班列"]),
    ("临港班列发运181列、货值13.38亿元。", ["临港班列发运"]),
    ("开展各类招聘活动不少于400场。", ["开展各类招聘活动"]),
    ("发展夜间经济，举办产业园区首秀、首展等活动30场以上。", ["举办产业园区活动"]),
    ("全镇各类会议、活动分别减少16%和35%。", ["各类会议减少", "活动减少"]),
    # 及时 is no joiner; 提 opening a noun is no change word
    ("及时出台12条稳岗举措。", ["及时出台稳岗举措"]),
    # a bare total investment after the one count of the sentence is the things counted's
    ("实施重点项目12个，总投资85亿元。", ["实施重点项目", "重点项目总投资"]),
    ("新建道路5条，改造小区3个，总投资2亿元。", ["新建道路", "改造小区", "总投资"]),
    # a level after 均 is each listed measure's
    ("工业产值、税收收入均超过10亿元。", ["工业产值", "税收收入"]),
    ("两个园区产值均为5亿元。", ["两个园区产值"]),
    # a currency word after an amount is its unit: the next amount keeps the measure; a conversion is the figure before's
    ("引进项目资金36.5亿元人民币和2.4亿美元。", ["引进项目资金", "引进项目资金"]),
    ("实际使用外资12亿美元、约合86亿元人民币。", ["实际使用外资", "实际使用外资"]),
    # bare collectives and persons counted: what they are counted for follows the list; with nothing after, no figure
    ("3个集体、5名个人获省级先进称号。", ["集体获省级先进称号", "个人获省级先进称号"]),
    ("8个单位和20名同志受到市政府表彰。", ["单位受到市政府表彰", "同志受到市政府表彰"]),
    ("表彰先进集体6个。", ["表彰先进集体"]),
    # the items of a respective list keep the kind of thing they share with the measure (保险人数)
    ("参加养老、失业、医疗和工伤保险人数分别达到5万、3万、6万和2万人。",
     ["参加养老保险人数", "失业保险人数", "医疗保险人数", "工伤保险人数"]),
]


@pytest.mark.parametrize("text,expected", INDICATORS)
def test_indicator_names_the_measure(text, expected):
    assert [f.indicator for f in observations(text)] == expected


PERIODS = [
    ("生产总值按2000年价格计算达到300亿元。", [None]),  # the base year of prices is no period
    ("人均生产总值从2017年的5.1万元提高到8.2万元。", ["2017年", None]),
    ("财政总收入突破50亿元，比2016年翻了一番。", [None]),
    ("全镇市场主体达到1.2万户，是2015年的1.9倍。", [None]),  # the base of a ratio is no period
    ("排放量在2020年基础上削减8%，税收增长6%。", [None, None]),  # the base of a change is no period
    ("税收收入3亿元、财政收入5亿元，分别是2018年的1.3倍和1.5倍。", [None, None]),
    ("城乡居民收入分别从2018年的3万元、1万元，提高到4万元、2万元。", ["2018年", "2018年", None, None]),
    ("农家书屋由120个增加到180个。", [None, None]),  # no year written: the earlier figure has none
    # 分别 in one from-to clause: the figures before the verb are of the first year, those after of the second
    ("城乡居民人均存款分别由2016年的3.1万元、1.2万元增加到2021年的4.6万元、2.3万元。",
     ["2016年", "2016年", "2021年", "2021年"]),
    ("养老金、低保标准分别从2017年的300元、500元提高到450元、800元。", ["2017年", "2017年", None, None]),
    ("税收由2015年的2亿元增加到2020年的3亿元，年均增长8%。", ["2015年", "2020年", None]),
    # a year named only in a later clause is that clause's period, not the figure's before it
    ("在建道路12公里，力争2025年通车里程达到40公里。", [None, "2025年"]),
    ("2022年，新建道路8公里，改造桥梁3座。", ["2022年", "2022年"]),
]


@pytest.mark.parametrize("text,expected", PERIODS)
def test_period_of_each_figure(text, expected):
    assert [f.period for f in observations(text)] == expected


def test_class_threshold_goes_into_the_counts_indicator():
    found = observations("新签约5亿元以上项目6个。")
    assert [f.indicator for f in found] == ["新签约5亿元以上项目"]


@pytest.mark.parametrize("text", [
    "“5”是指5个方面的重点任务：一是稳增长。",
    "其中“1+3”指1个总体方案和3个配套办法。",
    "5.三个一百指新建100个项目，新签约100个项目。",
    "16.9个道路项目：东环路、西环路。",  # item 16 of a numbered list, then its count
    "试点“十镇百灯”是指选择10个镇进行试点，每个镇推广路灯1000盏以上。",  # a gloss inside the sentence
    "企业开办、不动产登记审批分别控制在2个、5个工作日以内。",  # durations, not counts
])
def test_a_gloss_of_a_slogans_numbers_gives_no_figure(text):
    assert observations(text) == []


def test_a_state_after_completion_ends_at_the_semicolon():
    found = observations("启动了滨河大桥：该桥投资2亿元，建成后犹如长虹；竣工了滨河广场：该广场长900米。")
    assert [(f.value_text, f.kind) for f in found] == [("2亿元", "actual"), ("900米", "actual")]


@pytest.mark.parametrize("text, rules", [
    ("新建社区食堂和托育中心各6家。", ["observation:each", "observation:each"]),
    ("镇级财政收入5亿元。", ["observation:unit"]),
    ("城乡居民收入分别增长8%、9%。", ["observation:respective", "observation:respective"]),
    ("税收收入从2亿元增加到3亿元。", ["observation:from-to", "observation:from-to"]),
    ("工业产值12亿元、服务业营收8亿元，分别增长5%和6%。",
     ["observation:unit", "observation:unit", "observation:respective-change", "observation:respective-change"]),
    ("规上工业增加值增长5%、8%和9%。", ["observation:unit", "observation:shared", "observation:shared"]),
    ("工业增加值增长12%，分别高于全省、全国2个和4个百分点。",
     ["observation:unit", "observation:gap", "observation:gap"]),
])
def test_each_frame_has_its_rule_id(text, rules):
    assert [f.rule for f in observations(text)] == rules


def test_a_place_in_a_ranking_is_no_figure():
    assert observations("在全国重点城市考核中，环境质量排到26位。") == []


def test_a_goal_paragraph_of_this_year_keeps_the_headings_year():
    found = observations("二、2023年主要任务\n\n今年要重点做好以下八方面工作。\n\n新建道路12公里。",
                         head="罗店镇2023年政府工作报告\n\n")
    assert [(f.value_text, f.kind, f.period) for f in found] == [("12公里", "target", "2023年")]


def test_an_opening_year_heading_gives_the_plans_first_year():
    found = observations("一、2020年工作回顾\n\n新建道路8公里。\n\n三、全力以赴做好“十四五”开局工作\n\n新建道路12公里。",
                         head="罗店镇2021年政府工作报告\n\n")
    assert [(f.value_text, f.kind, f.period) for f in found] == [("8公里", "actual", "2020年"), ("12公里", "target", "2021年")]


def test_the_base_of_a_goal_is_no_period_of_the_section():
    found = observations("二、2023年主要任务\n\n全镇发展的主要预期目标是：税收与上年持平。\n\n新建道路12公里。",
                         head="罗店镇2023年政府工作报告\n\n")
    assert [(f.value_text, f.kind, f.period) for f in found] == [("12公里", "target", "2023年")]


@pytest.mark.parametrize("text,expected", [
    # a paragraph that opens with the year before the report's narrows the review part's span for the paragraphs after it
    ("一、过去五年及2020年工作回顾\n\n过去五年，新建道路80公里。\n\n2020年是本届政府最后一年，我们坚持稳增长。\n\n"
     "（一）交通建设\n\n新建道路12公里。\n\n各位代表，过去五年，我们新建公园30个。",
     [("80公里", "过去五年"), ("12公里", "2020年"), ("30个", "过去五年")]),
    ("一、“十三五”工作回顾\n\n一年来，主要抓了八个方面工作。\n\n新建道路12公里。",
     [("12公里", "2020年")]),
    ("一、过去五年及２０２０年工作回顾\n\n过去五年，新建道路80公里。\n\n刚刚过去的２０２０年，我们坚持稳增长。\n\n"
     "新建道路12公里。",
     [("80公里", "过去五年"), ("12公里", "2020年")]),
    # "YYYY年是…" narrows the span though the plan is named after it
    ("一、“十三五”时期的政府工作\n\n五年来，新建道路80公里。\n\n2020年是实施“十三五”规划的最后一年。初步核算，新建道路12公里。\n\n"
     "新建公园30个。",
     [("80公里", "五年来"), ("12公里", "2020年"), ("30个", "2020年")]),
    # a year that is not the one before the report's narrows nothing
    ("一、过去五年工作回顾\n\n2018年，我们新建道路12公里。\n\n新建公园30个。",
     [("12公里", "2018年"), ("30个", "过去五年")]),
])
def test_a_review_parts_year_paragraph_dates_its_figures(text, expected):
    found = observations(text, head="罗店镇2021年政府工作报告\n\n")
    assert [(f.value_text, f.period) for f in found] == expected


@pytest.mark.parametrize("text,expected", [
    # under a heading naming the plan and the year ahead, "YYYY年是…" (the report's year) opens the year's tasks
    ("二、“十四五”发展目标及2021年工作安排\n\n新建道路120公里。\n\n2021年是“十四五”开局之年。\n\n"
     "一、全力实施乡村振兴行动\n\n新建道路12公里。",
     [("120公里", "target", "十四五"), ("12公里", "target", "2021年")]),
    ("二、“十四五”发展目标及2021年工作安排\n\n新建道路120公里。\n\n综合考虑，2021年全镇主要预期目标为：税收增长6%。\n\n"
     "新建道路12公里。",
     [("120公里", "target", "十四五"), ("6%", "target", "2021年"), ("12公里", "target", "2021年")]),
    # a year that is not the report's restarts nothing
    ("二、“十四五”发展目标及2021年工作安排\n\n2025年是“十四五”收官之年，新建道路120公里。\n\n新建道路12公里。",
     [("120公里", "target", "2025年"), ("12公里", "target", "十四五")]),
])
def test_a_year_paragraph_under_a_plan_heading_dates_the_years_tasks(text, expected):
    found = observations(text, head="罗店镇2021年政府工作报告\n\n")
    assert [(f.value_text, f.kind, f.period) for f in found] == expected


@pytest.mark.parametrize("text,expected", [
    # a heading naming the plan that starts with the report's year states its goals; one naming the plan just ended reviews
    ("一、“十三五”规划执行情况\n\n新建道路80公里。\n\n二、关于“十四五”规划纲要（草案）的说明\n\n城镇化率达到70%。",
     [("80公里", "actual", "十三五"), ("70%", "target", "十四五")]),
    ("二、“十四五”规划纲要的主要内容\n\n1.“十三五”发展的主要成就\n\n新建道路80公里。\n\n2.“十四五”发展的目标定位\n\n"
     "新建道路120公里。",
     [("80公里", "actual", "十三五"), ("120公里", "target", "十四五")]),
    # ... also as a numbered part after an unnumbered review heading
    ("一年来的主要工作和成效\n\n新建道路8公里。\n\n二、“十四五”时期主要任务\n\n新建道路120公里。",
     [("8公里", "actual", "一年来"), ("120公里", "target", "十四五")]),
    # a heading run on with its first sentence: the plan its sentence names is no heading's
    # a short heading with a comma is a heading; "开好局" of the plan is its first year
    ("一、2020年工作回顾\n\n新建道路8公里。\n\n三、乘势而上、紧抓快干，全力推动“十四五”开好局\n\n新建道路12公里。",
     [("8公里", "actual", "2020年"), ("12公里", "target", "2021年")]),
    ("三、2021年主要任务\n\n新建道路12公里。\n\n四、提高政府自身建设水平“十三五”时期，我们完善了制度。\n\n新建道路20公里。",
     [("12公里", "target", "2021年"), ("20公里", "target", "2021年")]),
    # a numbered part of a plan block (an unnumbered heading) turns to review only with a year or a review word
    ("本届政府工作回顾\n\n新建道路80公里。\n\n今后五年的目标任务\n\n一、民主法制取得新进展\n\n建成法治村30个。",
     [("80公里", "actual", None), ("30个", "target", "今后五年")]),
    # a report whose plan part has no heading: its guiding-thought or goals paragraph opens it
    ("一、2020年政府工作回顾\n\n新建道路8公里。\n\n今年政府工作的指导思想是：稳中求进。\n\n新建道路12公里。",
     [("8公里", "actual", "2020年"), ("12公里", "target", "今年")]),
    ("一、2020年政府工作回顾\n\n新建道路8公里。\n\n今年全镇经济和社会发展的主要预期目标是：税收增长6%。",
     [("8公里", "actual", "2020年"), ("6%", "target", "今年")]),
])
def test_the_plan_a_heading_names_sets_the_kind(text, expected):
    found = observations(text, head="罗店镇2021年政府工作报告\n\n")
    assert [(f.value_text, f.kind, f.period) for f in found] == expected


@pytest.mark.parametrize("text,expected", [
    # 争取 of support or funds, 争取到 a thing, 成功争取 and 斗争取得 state no goal for the sentence's figures
    ("积极争取上级部门支持，完成土地调查5项，拆除违建30万平方米。",
     [("5项", "unit:NUM", "actual"), ("30万平方米", "unit:M2", "actual")]),
    ("专项斗争取得阶段性成果，打掉犯罪团伙6个。", [("6个", "unit:NUM", "actual")]),
    ("成功争取省级试点2项，新增就业岗位800个。", [("2项", "unit:NUM", "actual"), ("800个", "unit:NUM", "actual")]),
    ("争取到省级科技计划12项，受理专利申请300件。", [("12项", "unit:NUM", "actual"), ("300件", "unit:NUM", "actual")]),
    # ... 争取到 a year and 争取 of what is to be done do
    ("争取到2025年，新建道路120公里。", [("120公里", "unit:KiloM", "target")]),
    ("争取新建道路120公里。", [("120公里", "unit:KiloM", "target")]),
    # a goal compared with or said done frames no goal
    ("城镇登记失业率好于年度预期目标，新增就业岗位800个。", [("800个", "unit:NUM", "actual")]),
    ("主要目标任务全面完成，新增就业岗位800个。", [("800个", "unit:NUM", "actual")]),
    # 争取 from above, 新/向上争取, 确保了, 按计划, 拟定, 未来 in a name, a figure measured against or reaching a goal
    ("争取中央投资项目32个，落实资金5亿元。", [("32个", "unit:NUM", "actual"), ("5亿元", "cur:CNY", "actual")]),
    ("新争取省级改革试点12项。", [("12项", "unit:NUM", "actual")]),
    ("确保了6000名退休人员按时领取养老金。", [("6000名", "unit:NUM", "actual")]),
    ("按计划完成重点技改项目43项。", [("43项", "unit:NUM", "actual")]),
    ("拟定法规草案7件。", [("7件", "unit:NUM", "actual")]),
    ("建成未来社区40个。", [("40个", "unit:NUM", "actual")]),
    ("新区完成投资28亿元，为年度目标的137%。", [("28亿元", "cur:CNY", "actual"), ("137%", "unit:PERCENT", "actual")]),
    ("实现了轨道交通通车40公里的目标。", [("40公里", "unit:KiloM", "actual")]),
    # ... but a goal stays a goal
    ("未来五年，新建道路120公里。", [("120公里", "unit:KiloM", "target")]),
    ("拟新建学校3所。", [("3所", "unit:NUM", "target")]),
    ("确保新增就业岗位800个。", [("800个", "unit:NUM", "target")]),
])
def test_a_goal_word_that_frames_no_goal(text, expected):
    assert figures(text) == expected
