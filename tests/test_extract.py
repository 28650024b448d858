"""Rules of the extraction components, on sentences written for the tests."""
from kg import extract, ingest


def facts_of(text, town_doc="罗店镇工作报告\n\n"):
    doc = ingest.parse_document((town_doc + text).encode("utf-8"), doc_id="t")
    return doc, extract.extract(doc)


def of_type(facts, t):
    return [(f.subject, f.object) for f in facts if f.type == t]


def test_honor_list_gives_one_fact_per_item_and_drops_tails():
    _, facts = facts_of("五年来，先后荣获全国文明镇、上海市卫生镇、上海市双拥模范镇三连冠等荣誉称号。")
    assert of_type(facts, "honor") == [(None, "全国文明镇"), (None, "上海市卫生镇"), (None, "上海市双拥模范镇")]


def test_honor_receiver_can_be_a_unit_not_the_town():
    _, facts = facts_of("练祁河获评上海市“最美河道”，美兰湖公园被评为“市级精品公园”。")
    honors = of_type(facts, "honor")
    assert ("练祁河", "上海市最美河道") in honors
    assert ("美兰湖公园", "市级精品公园") in honors
    kinds = {f.subject: f.subject_kind for f in facts if f.type == "honor"}
    assert kinds["练祁河"] == "river" and kinds["美兰湖公园"] == "park"


def test_listed_receivers_each_get_the_honor():
    _, facts = facts_of("金地苑、绿洲苑等3个小区先后获评上海市优秀住宅小区。")
    assert of_type(facts, "honor") == [("金地苑", "上海市优秀住宅小区"), ("绿洲苑", "上海市优秀住宅小区")]


def test_pursued_honors():
    _, facts = facts_of("力争通过国家卫生镇考核。全国文明城区创建工作扎实推进。努力争创“全国金牌调解组织”。")
    assert {o for _, o in of_type(facts, "pursued_honor")} == {"国家卫生镇", "全国文明城区", "全国金牌调解组织"}
    assert of_type(facts, "honor") == []


def test_obtain_is_not_an_honor_without_a_title_shape():
    _, facts = facts_of("企业获得银行贷款支持，群众获得感不断增强。")
    assert of_type(facts, "honor") == []


def test_enterprises_in_a_list_before_a_settle_verb():
    _, facts = facts_of("云帆智能、远景能源科技等一批优质企业相继落户。华东物流中心项目落地罗店。")
    ents = [o for _, o in of_type(facts, "enterprise")]
    assert ents == ["云帆智能", "远景能源科技", "华东物流中心项目"]


def test_schools_and_parks_are_not_enterprises():
    _, facts = facts_of("复旦、交大等教育集团在罗店先后落地。智能产业园加快招商进驻。紧盯项目落地。")
    assert of_type(facts, "enterprise") == []


def test_programs_from_quotes_suffixes_and_lists():
    _, facts = facts_of("全面落实“林长制”和“一网通办”。创新“邻里汇”工作法。启动产业振兴计划、人才安居计划。"
                        "落实湖长制。")
    progs = {o for _, o in of_type(facts, "program")}
    assert {"林长制", "一网通办", "邻里汇", "产业振兴计划", "人才安居计划", "湖长制"} <= progs
    full = {f.object: f.aliases for f in facts if f.type == "program"}
    assert "邻里汇工作法" in full["邻里汇"]


def test_slogans_and_plan_names_are_not_programs():
    _, facts = facts_of("坚持“稳中求进、创新驱动”，顺利完成“十三五”规划，解决“三公”经费问题。")
    assert of_type(facts, "program") == []


def test_observations_actual_and_target_by_section():
    doc = ingest.read_document(__import__("conftest").DATA / "front_matter.md")
    facts = [f for f in extract.extract(doc) if f.type == "observation"]
    got = {(f.indicator, f.value, f.unit, f.kind) for f in facts}
    assert ("税收总额", 1250000000, "cur:CNY", "actual") in got
    assert ("税收总额", 1300000000, "cur:CNY", "target") in got
    assert ("税收总额同比下降", -3.6, "unit:PERCENT", "actual") in got
    assert ("新建公园", 2, "unit:NUM", "target") in got


def test_from_to_gives_two_observations_with_their_periods():
    _, facts = facts_of("与“十二五”末相比，全镇“十三五”末税收总额从30.63亿元增加到43.82亿元，累计增长43.06%。")
    obs = [(f.indicator, f.value, f.period) for f in facts if f.type == "observation"]
    assert obs[0] == ("税收总额", 3063000000, "十二五末")
    assert obs[1] == ("税收总额", 4382000000, "十三五末")
    assert obs[2][0] == "税收总额累计增长" and obs[2][1] == 43.06


def test_one_percentage_for_a_list_of_indicators():
    _, facts = facts_of("直选和成员属地化比例均达到100%。")
    assert {f.indicator for f in facts if f.type == "observation"} == {"直选比例", "成员属地化比例"}


def test_evidence_offsets_index_the_cleaned_text():
    doc, facts = facts_of("五年来，荣获全国文明镇称号。新增就业岗位3085个。")
    assert facts
    for f in facts:
        sentence = doc.text[f.start:f.end]
        assert sentence.endswith("。") and ("全国文明镇" in sentence or "3085" in sentence)


def test_periods_normalize_to_years():
    assert extract.years_of("十三五末", 2021, "actual") == (2020, 2020)
    assert extract.years_of("十二五末", 2021, "actual") == (2015, 2015)
    assert extract.years_of("今后五年", 2021, "target") == (2022, 2026)
    assert extract.years_of("2022年", 2021, "target") == (2022, 2022)
    assert extract.years_of("十三五期间", None, "actual") == (2016, 2020)


def test_respectively_pairs_names_with_figures():
    _, facts = facts_of("城镇居民人均可支配收入和农民人均纯收入分别达18800元和5810元，年均实际增长10.6%和8.5%。")
    got = [(f.indicator, f.value) for f in facts if f.type == "observation"]
    assert got == [("城镇居民人均可支配收入", 18800), ("农民人均纯收入", 5810),
                   ("城镇居民人均可支配收入年均实际增长", 10.6), ("农民人均纯收入年均实际增长", 8.5)]


def test_a_target_frame_governs_its_list():
    _, facts = facts_of("今年的主要预期目标：生产总值增长6%，三次产业分别增长3%、5%和7%。")
    obs = [(f.indicator, f.value, f.kind) for f in facts if f.type == "observation"]
    assert all(k == "target" for _, _, k in obs) and len(obs) == 4
    assert obs[2][0] == obs[1][0] == "三次产业分别增长"


def test_two_titles_joined_by_he_and_award_givers_are_split_off():
    _, facts = facts_of("我镇荣获2020中国最具活力城镇和全国美丽宜居小镇称号，获得市政府颁发的2019年度优秀组织奖。")
    assert {o for _, o in of_type(facts, "honor")} == {"中国最具活力城镇", "全国美丽宜居小镇", "优秀组织奖"}


def test_phrases_are_not_enterprises():
    _, facts = facts_of("具有核心吸引力的国际旅游消费旗舰项目落地。城市配送网络和物流公共信息平台落地罗店。")
    assert of_type(facts, "enterprise") == []


def test_what_is_introduced_is_not_always_a_firm():
    _, facts = facts_of("积极引进先进技术、管理和人才。积极引进物流、金融、旅游等服务业项目。依法平等保护民营企业。"
                        "水运、公交、地铁等运输企业坚持运营。市场环境、法治环境等2项中小企业发展环境指标排名前列。")
    assert of_type(facts, "enterprise") == []
