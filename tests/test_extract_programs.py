"""Program rules (kg/extract/programs.py) on short sentences written for the tests.

Each row: a text and the program names it must give (exactly those).
"""
import pytest

from kg import extract, ingest


def programs(text, head="罗店镇工作报告\n\n"):
    doc = ingest.parse_document((head + text).encode("utf-8"), doc_id="t")
    return [f.object for f in extract.extract(doc) if f.type == "program"]


ROWS = [
    # the town's own programs
    ("全面推行“邻里圆桌”工作法。", ["邻里圆桌"]),
    ("深入实施“2+5”人才引育工程。", ["2+5人才引育工程"]),
    ("启动“3+2”专项行动。", ["3+2专项行动"]),
    ("深入实施“三个一”服务工程。", ["三个一"]),
    ("通过建立常态化村企结对联系机制，解决企业难题。", ["常态化村企结对联系机制"]),
    ("推行“红色物业”模式。", ["红色物业"]),
    ("通过建立“周例会”“一企一策”等工作机制，服务企业。", ["周例会", "一企一策"]),
    ("提出了“江城速度”“江城效率”的新理念。", []),
    ("深入开展党的作风建设教育实践活动。", ["党的作风建设教育实践活动"]),
    # national and provincial programs are not the town's
    ("坚决贯彻落实全省“两个率先”部署。", []),
    ("引进国家“万人计划”专家3名。", []),
    ("紧紧围绕省委“三个提升年”活动。", []),
    ("学习运用“百村示范”经验。", []),
    # a metaphor, a goal slogan, a layout, a count of slogans
    ("把招商引资作为“头号工程”来抓。", []),
    ("紧扣打造“五个新城”的目标。", []),
    ("推进“一核两带三区”建设。", []),
    ("落实“六个加快”要求。", []),
    ("推进“三个中心”建设。", []),
    ("全面贯彻“两岸一家”方针。", []),
    ("深入开展“七五”普法。", []),
    # a strategy, a problem, a title, a denial, a national plan
    ("实施“逆向突破”发展战略。", []),
    ("推进解决“空中工程”历史遗留问题。", []),
    ("争创全国首批“天眼工程”示范城市。", []),
    ("坚决不搞“形象工程”。", []),
    ("落实“中国智造2035”。", []),
    ("推进“八五普法”。", []),
    ("落实“三年行动计划”。", []),
    ("本纲要是改革后的第一个五年计划。", []),
    # construction projects, manners, layouts of ports
    ("实施了新城区路网加密工程。", []),
    ("推进市儿童医院提升改造工程。", []),
    ("推行“一站式”服务。", []),
    ("探索医养结合“江湾模式”。", ["江湾模式"]),
    ("推进“两翼”港区建设。", []),
    ("推进“一江两岸”建设。", []),
    ("加快“内陆无水港”建设。", []),
    ("完善拥护“两个坚持”的落实机制。", []),
    ("实施“三个一工程”。", ["三个一工程"]),
    ("启动滨江大道南段工程。", []),
    ("破解交通拥堵、停车难等“都市病”。", []),
    ("基本建成“三横四纵一环”骨架路网。", []),
    ("按照“留白、增绿”的规划原则。", []),
    ("建设消费“四新”试点城市。", []),
    ("开展“五星级文明户”创建活动。", []),
    ("实施民生工程，改善人民生活。", []),
    ("加强融资担保、技术创新、人才培训等服务。", []),
    ("推进长护险、银龄乐园、银龄E家等居家养老服务。", ["长护险", "银龄乐园", "银龄E家"]),
    # somebody else's event, places and fairs
    ("积极参与“粤交会”等活动。", []),
    ("“寻找最美乡村活动”由某某网站主办。", []),
    ("开启“滨江露营带”建设。", []),
    ("成功举办“山城农产品展销会”。", []),
    # a list of common nouns before 服务 is no list of programs; an unquoted common phrase is no program
    ("强化规划、土地、环境等综合配套服务。", []),
    ("开展特色实践活动，营造文明氛围。", []),
    ("广泛开展群众文体活动。", []),
    ("建立部门联动机制。", []),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_programs(text, expected):
    assert programs(text) == expected
