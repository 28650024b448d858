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
    ("圆满完成“十五”计划。", []),
    # a strategy, a problem, a title, a denial, a national plan
    ("实施“逆向突破”发展战略。", []),
    ("推进解决“空中工程”历史遗留问题。", []),
    ("争创全国首批“天眼工程”示范城市。", []),
    ("坚决不搞“形象工程”。", []),
    ("落实“中国智造2035”。", []),
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
    ("推进长护险、银龄乐园、银龄E家等居家养老服务。", ["长护险", "银龄E家"]),
    # an unquoted list item needs a program or event word, a product ending or a Latin letter of its own
    ("成功举办青梅文化节、环湖马拉松赛等系列活动。", ["青梅文化节", "环湖马拉松赛"]),
    ("推行河长制、田长制等举措。", ["河长制", "田长制"]),
    ("推出安居宝、惠工险等民生服务。", ["安居宝", "惠工险"]),
    ("综合采取增加车位、错峰停放、智慧管控等举措。", []),
    ("打击非法放贷、地下钱庄等违法金融活动。", []),
    ("加强退役军人、返乡农民工等重点群体就业服务。", []),
    ("办好音乐节、演唱会等演出活动。", []),
    ("开展创建文明家庭、文明村等活动。", []),
    # (a forum in its fifth edition recurs: program:event, sixth session)
    ("办好第五届山城论坛、湖畔读书节等活动。", ["山城论坛", "湖畔读书节"]),
    ("创新发展科技保险、融资租赁、知识产权质押贷款等金融服务。", []),
    # a counted abbreviation needs a program word of its own after it; zones, clusters, taglines, another body's
    ("统筹推进“两保”“三改”工作。", []),
    ("深化“四德”（爱岗、敬业、诚信、友善）教育。", []),
    ("推进“两新”建设。", []),
    ("开展“四访”活动。", ["四访"]),
    ("推动古镇、湖岛、园区等“连点成线”，形成合力。", []),
    ("推动古镇、湖岛、园区等“一村一景”提档升级。", ["一村一景"]),
    ("加快“东提升”功能区块建设。", []),
    ("持续推进“1+3+N”先进制造业集群建设。", []),
    ("支持驻地高校“双强”建设。", []),
    ("唱响“山水名邑·清新某城”城市品牌。", []),
    ("持续打响“山水某镇”品牌。", ["山水某镇"]),
    ("实施好农村家庭奖励扶助制度。", ["农村家庭奖励扶助制度"]),
    ("积极开展“健身模范社区”争先创优活动。", []),
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
    # counted lists, layouts of goal slogans, systems and layouts after a quotation
    ("推进“四大支撑”建设。", []),
    ("实施“五大提升行动”。", ["五大提升行动"]),
    ("加快“两港三基地”建设。", []),
    ("打造“一城两地一屏障”。", []),
    ("深度融入“丝路走廊”建设。", []),
    ("积极参与“湾区联动”建设。", []),
    ("健全“三级联动”服务体系。", []),
    ("统筹推进“五位一体”总体布局。", []),
    ("紧紧抓住改革这个“牛鼻子”。", []),
    # an award, a national programme, a title
    ("话剧《春潮》获“五个一工程”奖。", []),
    ("组织实施“国家青苗工程”。", []),
    ("积极创建“园林示范城市”。", []),
    # unquoted activities: generic unless a 大X campaign; works; batches; verbs before a system
    ("深入开展文明村镇创建活动。", []),
    ("广泛开展全民健身活动。", []),
    ("持续开展企业大走访活动。", ["企业大走访活动"]),
    ("扎实开展营商环境建设年活动。", ["营商环境建设年活动"]),
    ("实施新区防洪排涝二期工程。", []),
    ("启动东湖引水工程。", []),
    ("实施12项重点民生工程。", []),
    ("同步实施各街道三年提升计划。", []),
    ("建立和完善农村互助养老制度。", ["农村互助养老制度"]),
    ("加快建立现代企业制度。", []),
    ("实施外贸主体培育工程。", ["外贸主体培育工程"]),
    # titles being won, goal slogans of a city, layouts of a plan, product brands, fields of a reform
    ("启动“学前教育普惠县区”创建工作。", []),
    ("深入开展“绿色社区”创建活动。", []),
    ("打造“创客之城”“书香之城”。", []),
    ("做实“一核两翼”产业发展格局。", []),
    ("推广“某山红茶”“某湖大米”等区域公用品牌。", []),
    ("办好“一节一会”。", []),
    ("健全完善科学民主决策制度。", []),
    ("率先推行行政问责制度。", []),
    ("深化人事薪酬制度、财权划分等改革。", []),
    ("实施教育普及攻坚计划。", ["教育普及攻坚计划"]),
    ("实施长期护理保险制度。", ["长期护理保险制度"]),
    # national strategies the guidelines name, national plan numbers, city slogans, designations, water works
    ("积极参与“一带一路”建设项目。", []),
    ("严格落实“四水四定”。", []),
    ("开始实施第十一个五年计划。", []),
    ("着力打造“茶叶之乡”。", []),
    ("“富强美丽”现代化建设取得新成效。", []),
    ("建成市级“美丽院落”30个。", []),
    ("建成集体经济“三资”交易管理平台。", []),
    ("全面推进东部水资源配置工程。", []),
    # centres in a layout, landmark brands, batches of a kind, counted brands; minutes-radius circles
    ("推进“一港两中心”建设。", []),
    ("培育“某湖大米”地标品牌。", []),
    ("打造一批“未来工厂”。", []),
    ("“三大文化品牌”知名度提升。", []),
    ("全方位织密15分钟社区生活圈。", ["15分钟社区生活圈"]),
    ("打造城市社区10分钟体育健身圈。", ["10分钟体育健身圈"]),
    ("成功入选全国一刻钟便民生活圈试点城市。", []),
    # places, national X中国, manners and zones by their ending; heritage bids and calling cards
    ("着力打造“科创走廊”。", []),
    ("建成“数字中国”先进城市。", []),
    ("创新“候鸟型”人才引进机制。", []),
    ("深化“千企转型”行动。", ["千企转型"]),
    ("开展“科普进社区”活动。", ["科普进社区"]),
    ("加速推进“两先区”建设。", []),
    ("推进“古港遗址”申遗。", []),
    ("精心打造“山水之间”亮丽名片。", []),
    ("采取援企稳岗等“一揽子”措施。", []),
    ("实施40公里滨江贯通工程。", []),
    ("统筹推进农村土地制度和集体产权制度改革。", []),
    # national principles, problems in quotes, offences, layouts of works and stores
    ("坚决落实“两个维护”十项制度机制。", []),
    ("开展“出行难”“停车乱”专项整治。", []),
    ("开展违法分包工程、违法建设等专项治理活动。", []),
    ("加快“两桥一隧”建设。", []),
    ("完善“一网三库一平台”。", []),
    ("建立常态化治理工作机制。", []),
    ("推进“两边四节点”景观提升。", []),
    ("加快“深蓝牧场”建设。", []),
    ("引导企业联合承揽“总包”工程。", []),
    ("抓好“一谷三园”载体建设。", []),
    ("打造“江北智谷”。", []),
    ("推进“大课堂”综合改革试验区建设。", []),
    ("持续开展“整脏治乱”行动。", ["整脏治乱"]),
    ("共同打造“山水间的新城”。", []),
    ("实施“我的社区我的家”行动。", ["我的社区我的家"]),
    ("推进“双拥模范城”建设。", []),
    ("推进“散乱污”行业专项整治。", []),
    ("组团参加“海峡文化周”活动。", []),
    ("积极参加东海论坛、滨江文化周等活动。", []),
    ("研究制定实施方案和三年行动计划。", []),
    ("10所院校入选“双优计划”。", []),
    ("围绕“滨江科技新城”发展方向。", []),
    ("实施东山公园历史文化恢复工程。", []),
    ("健全“救急难”工作机制。", ["救急难"]),
    ("深入开展河湖“清四乱”专项整治。", ["清四乱专项整治"]),
    ("实施高校基础设施提质工程。", ["高校基础设施提质工程"]),
    ("绝不搞脱离实际的“面子工程”。", []),
    ("坚决制止“献礼工程”。", []),
    ("开展“和谐同行”三年行动。", ["和谐同行"]),
    ("开展文旅市场整治“雷霆行动”。", ["雷霆行动"]),
    ("建立和实施审批时限制度。", ["审批时限制度"]),
    ("继续实施十大强农惠农工程。", ["十大强农惠农工程"]),
    ("加快“厂网一体”示范片区建设。", []),
    ("深入实施“一城两创”的工作思路。", []),
    ("推进“老字号”传承创新。", []),
    ("启动城市六大出入口改造工程。", []),
    ("继续实施北江支堤整险加固工程。", []),
    ("实施了主干道绿化美化工程。", []),
    ("打造“蓝色粮仓”。", []),
    ("建设“向西开放桥头堡”。", []),
    # titles being won: a title head in or right of the quote, a unit's creation, a title verb + 城市 (review 4)
    ("加快创建“省推进教育先进市”。", []),
    ("开展了创建“平安和谐示范村”试点工作。", []),
    ("全面推动“智慧医疗”示范市建设。", []),
    ("创建“放心餐饮”城市，加强监管。", []),
    ("创建“美丽农村路”全国示范县2个。", []),
    ("持续开展“村庄整治”“绿色村创建”。", ["村庄整治"]),
    # a slogan that opens an event's name: a festival is the program by its whole name; meetings, galas,
    # contests and shows are held once; sports games by their short name
    ("成功举办“魅力某城”桃花戏曲艺术节、武术文化节等系列活动。", ["魅力某城桃花戏曲艺术节"]),
    ("办好世界“某港帮”发展大会。", []),
    ("举办“某货全球行”境外系列展会。", []),
    ("办好“某湾杯”国际帆船拉力赛。", []),
    ("认真组织实施“八城会”火炬传递、开幕式等重大活动。", []),
    ("办好“冰灯会”、“冰雪节”等传统品牌展会。", ["冰灯会", "冰雪节"]),
    ("探索“菜篮子”工程跨区域发展。", ["菜篮子"]),
    ("“老街坊”“新市民”等活动广泛开展。", ["老街坊", "新市民"]),
    # a verb right after the quote; national slogans of X-plus without a program word; a bilateral initiative;
    # a counted list of big tasks; a model of something else; a list document
    ("为更多的企业“走出去”搭建平台、创造条件。", []),
    ("深化“人工智能+”和“数据要素×”。", []),
    ("拓展“创贷+”服务模式。", ["创贷+"]),
    ("深入开展中非“八大伙伴行动”。", []),
    ("全力推进“三件大事”，加快发展。", []),
    ("深入推进“一件事一次办”改革。", ["一件事一次办"]),
    ("将某沟生态修复项目打造成“城市双修”的示范。", []),
    ("探索制定“同城共享”批次清单。", []),
    # two things of their own fused at 与; more physical works (locks, pipelines, relocations, extensions, banks)
    ("建立和完善干部政绩考核体系与奖惩制度。", []),
    ("建立和完善信用监督和失信惩戒制度。", ["信用监督和失信惩戒制度"]),
    ("实施海上调水工程，提高利用效率。", []),
    ("加快推进某江二线船闸工程。", []),
    ("启动园区再生水长输管线工程。", []),
    ("启动市疾控中心迁建工程。", []),
    ("实施某某路东延工程。", []),
    ("实施某河沿线综合整治提升工程。", []),
    ("实施某湖北岸水环境综合整治工程。", []),
    # a level word before a common phrase; a control or drafting is no system (制); 创新 as a noun before a quote;
    # a kind of firm; a model of something else; a place a plan assigns; an edition; generic list items
    ("实施省重大工程和重点项目50个。", []),
    ("做到“三个控制”。", []),
    ("落实“门前五包”责任制。", ["门前五包"]),
    ("用好“两个市场”“两种资源”。", []),
    ("今天靠创新“成家”。", []),
    ("把科技创新“关键变量”变成“最大增量”。", []),
    ("精心实施科技创新“五个一”工程。", ["五个一"]),
    ("大力推进“僵尸企业”清理。", []),
    ("“十百千万企业”梯队工程顺利推进。", ["十百千万企业"]),
    ("全力打造“产城融合”的典范。", []),
    ("推进“中部地区加工贸易重点承接地”建设。", []),
    ("成功举办了“国际风筝节”、“第二届某城文化节”等节会活动。", ["国际风筝节"]),
    ("办好文旅消费季、品牌音乐节等活动。", ["文旅消费季"]),
    # 制 of 制造; kinds of places; goals; facilities; energy carried between regions; X-plus with a weak head
    ("发展“专、精、特、新”先进设备制造。", []),
    ("启动“城中村”整治和改造试点工作。", []),
    ("围绕“学有所教”工作目标，配置资源。", []),
    ("基本建成“新时代八大文化设施”。", []),
    ("推进“疆气入沪”，加快电站建设。", []),
    ("建设全民健身“互联网+”平台。", []),
    ("探索“区块链+”模式。", ["区块链+"]),
    # works of a kind between a quote and 工程; a kind of economy; metaphors of priority; a model city
    ("建成“五小”水利工程3万件。", []),
    ("壮大兰花等“花样”经济。", []),
    ("大力实施招商引资“一号工程”。", []),
    ("启动“绿色发展样板城市”建设。", []),
    ("推进“机器换人”“设备换芯”工程。", ["机器换人", "设备换芯"]),
    # winter games; metaphors of a problem or goal; superlatives; a layout of bays and river mouths
    ("办好“九冬会”和冰雪节。", []),
    ("实施百项“卡脖子”技术联合攻关。", []),
    ("着力打造“双创”高地。", []),
    ("打造“最讲诚信城市”。", []),
    ("提升“最美现象”文化品牌。", ["最美现象"]),
    ("全面深化“最多跑一次”改革。", ["最多跑一次"]),
    ("整体推进“三河两库一湾一口”综合治理。", []),
    # taglines by a city brand word, dishes, fields; short manners and levels; metaphors of bad works
    ("唱响“山水天堂·最忆某城”城市文化品牌。", []),
    ("打响“某城菜”美食品牌。", []),
    ("加快“一老一小”等领域建设。", []),
    ("线下专员开展“网格化”服务。", []),
    ("在80个村实施新村庄“六化”工程。", ["六化"]),
    ("健全“三级”包保机制。", []),
    ("开展“胡子工程”攻坚行动。", []),
    # markets by their name; a national principle
    ("提升“东红市”、“歇脚”等夜市品牌影响力。", []),
    ("坚决落实“房住不炒”。", []),
    ("举办第三届“山海之夏”夜市活动。", ["山海之夏"]),
    # the development of a field is an aim unless a program word follows
    # awards won are honors, not programs (review 6 PQ-e); the quote as the town's program is kept
    ("本镇“五个一”工程奖作品2件。", []),
    ("本镇3件作品荣获“五个一”工程奖。", []),
    ("本镇“三个一工程”连续获得满堂红。", []),
    ("本镇“三个一工程”再创佳绩。", []),
    ("本镇获得“十佳服务”称号。", []),
    ("深入实施“三个一”服务工程。", ["三个一"]),
    # an aim of government or a card metaphor after 创建/建设/打造 (review 6 PQ-b); a program word after it keeps it
    ("努力创建“透明政府”和“担当政府”。", []),
    ("精心打造“湖滨牌”。", []),
    ("加快打造“数字政府”。", ["数字政府"]),
    ("推进“掌上政府”工程。", ["掌上政府"]),
    ("打造“一站通”服务平台。", ["一站通"]),
    # numbered places and facilities being built are a layout (review 6 PQ-d); a category of works names nothing (PR-c)
    ("加强“两所一庭”建设。", []),
    ("推进“三圈一街”建设。", []),
    ("抓紧启动市政工程。", []),
    ("实施道路工程。", []),
    ("实施清源护水工程。", ["清源护水工程"]),
    ("推进“储运工贸”全链条发展。", []),
    ("扎实推进“一区三群”协调发展。", []),
    ("积极探索“基金+园区+招商”产业培育发展模式。", ["基金+园区+招商"]),
    ("探索“米袋子”工程跨区域发展。", ["米袋子"]),
    # quotes before 等 and a head naming a kind of thing (business formats, organisations, associations) are members of
    # that kind; a program head after 等 keeps them
    ("丰富“晨市”“夜宵”“夜游”等夜间消费业态。", []),
    ("发挥“青商汇”“乡贤会”等社团品牌作用。", []),
    ("深入开展同“某某功”等邪教组织的斗争。", []),
    ("支持“同心社”等社会组织参与治理。", []),
    ("开展“送戏下乡”“书香进村”等活动。", ["送戏下乡", "书香进村"]),
    ("推行“首问负责”“限时办结”等制度。", ["首问负责", "限时办结"]),
    # a parallel set “A”的X、“B”的Y is a series of aims; a quote joined by 的 keeps only a program head
    ("着力营造“马上办”的氛围、构建“快速办”的机制、形成“放心办”的环境。", []),
    ("打造“门口见”的便民服务。", []),
    ("建立“一周一碰头”的协调机制。", ["一周一碰头"]),
    ("深化“一窗受理”的改革。", ["一窗受理"]),
    ("这是本镇开展“乡情引资”的重要成果。", ["乡情引资"]),
    ("在办好“十件暖心实事”的同时，围绕“暖心”的目标推进。", ["十件暖心实事"]),
]


# National reforms named by their slogan (review 6/7 PR-d), records and metaphors, works on a named site (PR-a)
FOURTH_ROWS = [
    ("深化“放管服”改革。", []),
    ("扎实推进“三去一降一补”。", []),
    ("围绕“高效办成一件事”，深化“一窗通办”。", ["一窗通办"]),
    ("稳步推进“双碳”工作。", []),
    ("双拥模范城创建“七连冠”。", []),
    ("打通“断头路”12条。", []),
    ("实施青溪河生态提升工程。", []),
    ("实施三环路增绿提质工程。", []),
    ("推进桃湾垃圾填埋场生态修复工程。", []),
    ("实施城市架空线整治入地工程。", []),
    ("实施小街小巷整修工程。", []),
    # programs that improve no site keep their name
    ("实施市场监管能力提升工程。", ["市场监管能力提升工程"]),
    ("实施水环境质量提升工程。", ["水环境质量提升工程"]),
    ("实施传统产业改造提升工程。", ["传统产业改造提升工程"]),
    ("实施思路创新提升工程。", ["思路创新提升工程"]),
    # a quote describing the thing after it, a built unit counted, a place or facility by its ending
    ("打造“大商贸”产业链。", []),
    ("开展“天眼”巡查。", []),
    ("建立“接力”资金池。", []),
    ("建成农村“暖心之家”150个。", []),
    ("建成“乡贤之家”市级示范点9个。", []),
    ("打造“创新强磁场”。", []),
    ("加快打造“科创中心”。", []),
    ("建成“花博园”。", []),
    ("打造“新时代前沿阵地”。", []),
    # ... but a program word after the described thing, a count after a program's own name, a count joined by 和
    ("探索“基金+招商”产业培育模式。", ["基金+招商"]),
    ("“乐享家庭促进计划”服务1.2万户。", ["乐享家庭促进计划"]),
    ("实施“全面改薄”154所。", ["全面改薄"]),
    ("统筹推进“双清”和教育教学质量提升。", ["双清"]),
    ("深化“一城一名园”建设。", ["一城一名园"]),
    # a new or many-part layout, a title or kind of unit created or built, a canal built, an old town as a place
    ("推动“新两轴”建设取得突破。", []),
    ("推进“一带多城”建设。", []),
    ("东坡区建成“国际安全社区”。", []),
    ("建成500个“六型社区”。", []),
    ("围绕争创“千亿县”目标。", []),
    ("加快“引清济河”西干渠建设。", []),
    ("推进“青岩古镇”建设。", []),
    ("开展“万企兴万村”行动。", ["万企兴万村"]),
    # a goal, a lesson, problems of a kind, places and figures of speech by their ending, a title of a city kind
    ("紧紧围绕“到2030年全面脱贫”目标推进。", []),
    ("全面落实“比学赶超”目标任务。", ["比学赶超"]),
    ("将试点工作打造成“青山经验”。", []),
    ("建立对“三脏四乱”等城市顽症的快速处置机制。", []),
    ("启动建设“滨湖科学城”。", []),
    ("建立“爱心超市”。", []),
    ("打造城市“新翡翠项链”。", []),
    ("围绕创造“湖城质量”，打造“湖城标准”。", []),
    ("不断丰富“青溪精神”“湖城之路”。", []),
    ("打造精神文明创建“升级版”。", []),
    ("围绕建设“安全城市”推进。", []),
    ("积极创建“无废城市”。", ["无废城市"]),
    ("推进“海绵城市”建设。", ["海绵城市"]),
    # product brands, facilities and sights, slogans of a task list, a category of works by its rank
    ("提升“湖城大米”“青溪陈醋”等品牌影响力。", []),
    ("打造“汉风美食”“汉风服饰”等特色品牌。", []),
    ("“阿婆牌”油制辣椒等4个产品荣获中国名牌产品称号。", []),
    ("在沪建立“飞地孵化器”。", []),
    ("精心打造“湖区十景”。", []),
    ("做好做实金融“五篇大文章”。", []),
    ("建立“绿色通道”。", []),
    ("推进重点节能工程。", []),
    ("实施生态文明建设重点工程。", []),
    ("实施重大产业项目带动工程。", ["重大产业项目带动工程"]),
    ("实施造林绿化十大重点工程。", ["造林绿化十大重点工程"]),
    ("推行“首问”负责制。", ["首问"]),
    # kinds of places and works after A、B等 with no program word; abolishing verbs; one bare noun
    ("东坊巷、西坊巷等“老街巷”成为打卡地。", []),
    ("加快建设青石桥、白沙桥等“南跨”交通设施。", []),
    ("推进城中村改造、老旧小区改造等“两大工程”。", ["两大工程"]),
    ("深化国资重组、专业化整合等“一企一策”改革。", ["一企一策"]),
    ("破除“以药养医”机制。", []),
    ("打破“旋转门”、“玻璃墙”等体制障碍。", []),
    ("推进桥隧运维“一个平台”建设。", []),
    ("推进“两张网”建设。", ["两张网"]),
    # trading firms and old brands after 等, a farming region's brand, the aim a plan is steered by, a title's campaign
    ("扶持“甲贸通”、“乙外贸通”等外贸综合服务平台发展。", []),
    ("做强“百草堂”等老字号品牌。", []),
    ("培育“青山味道”区域公共品牌。", []),
    ("打响“乐购湖城”消费品牌。", ["乐购湖城"]),
    ("大力实施以“三改两好”为主攻方向的城市更新。", []),
    ("推进创建“充分就业社区”活动。", []),
    ("深化创建“无废城市”工作。", ["无废城市"]),
    # a base or infrastructure named by a slogan; a role the city becomes; a block park
    ("推进青岗“云腾”基地建设。", []),
    ("大力推进“1+2+N”公共实训基地建设。", []),
    ("推进“四在农家”基础设施建设六项行动计划。", ["四在农家"]),
    ("推进资源综合利用“双千工程”示范基地建设。", ["双千工程"]),
    ("稳妥推进“房地一体”农村宅基地确权。", ["房地一体"]),
    ("推动更多高校成为城市创新“合伙人”。", []),
    ("打造“金边银角”街区公园。", []),
    # one-off meetings, kinds of schools and facilities, the national 有所 aims, city kinds counted, brands counted
    ("举办了“青岛恳谈会”、“苏州招商会”等系列招商活动。", []),
    ("完成75所“公办参民”学校治理。", []),
    ("强化农村“路水电医”等设施建设。", []),
    ("推进“幼有善育”“老有所养”。", []),
    ("全面推进“文化五城”建设。", []),
    ("打造“湖味”品牌30个。", []),
    ("打响“湖味”品牌。", ["湖味"]),
    ("继续办好“行知读书会”。", ["行知读书会"]),
    # rings and radials of a road network, a corridor built, scientific facilities, a brand's products
    ("建成“二环六射多联线”高速公路网。", []),
    ("推进两江四岸健身长廊工程。", []),
    ("建成“天脑”“天网”等四大科学装置。", []),
    ("建设“山娃”品牌系列药品生产基地。", []),
    ("打响“山娃”服务品牌。", ["山娃"]),
    # a cult fought, events of others hosted
    ("坚持不懈地开展与“某某功”邪教组织的斗争。", []),
    ("成功承办全运会、残运会帆船比赛等一系列重大活动。", []),
    # two programmes joined by 和/及/与 are two items, as at 、 (a bare generic after it, 创新计划, is kept as
    # it is after 、); a 和 before which no programme ends stays inside one name; a verb inside an item read
    # as part of the list (整县推进工程) starts no name of its own
    ("实施青松小企业培育计划和白桦农民增收计划。", ["青松小企业培育计划", "白桦农民增收计划"]),
    ("实施青松企业升级计划、白桦小企业培育计划和创新计划。", ["青松企业升级计划", "白桦小企业培育计划", "创新计划"]),
    ("实施青松企业升级计划、白桦小企业培育计划、创新计划。", ["青松企业升级计划", "白桦小企业培育计划", "创新计划"]),
    ("实施青松乡村人才振兴工程、白桦秸秆利用整县推进工程和化肥减量增效计划。",
     ["青松乡村人才振兴工程", "白桦秸秆利用整县推进工程", "化肥减量增效计划"]),
    ("启动青松人才引育计划及白桦乡贤回归工程。", ["青松人才引育计划", "白桦乡贤回归工程"]),
    ("实施青松小企业培育计划与白桦人才安居工程。", ["青松小企业培育计划", "白桦人才安居工程"]),
    ("实施青松产业和人才发展计划。", ["青松产业和人才发展计划"]),
    ("实施青松企业升级计划、白桦产业和人才发展计划。", ["青松企业升级计划", "白桦产业和人才发展计划"]),
    ("实施青松企业升级计划、白桦乡村人才振兴工程和青松产业项目。", ["青松企业升级计划"]),
]


# A glossary at the report's end: an entry "N.TERM：definition" (or a note "［N］TERM：definition") gives its TERM;
# the programs, parts and places inside the definition are not the report's programs
GLOSSARY = [
    ("深入实施“青苗”工程。\n\n名词解释\n\n1.“绿芽”工程：即“红叶”行动和“蓝湖”计划的合称。\n\n"
     "2.一核两带：“一核”即“青柠”工程。", ["青苗", "绿芽"]),
    ("深入实施“青苗”工程。\n\n［3］“绿芽”工程：即“红叶”行动和“蓝湖”计划。", ["青苗", "绿芽"]),
    # a numbered item in the body of a report is no glossary entry
    ("深入实施“青苗”工程。\n\n3.产业发展：深入实施“紫藤”工程。", ["青苗", "紫藤"]),
    ("名词解释\n\n4.“1”即建设一家总部，“2”即建设两个基地。", []),
]


# Fifth session (recall on city reports): named systems of work or policy after a quotation, service reforms by
# their ending, quoted lists of ways of one kind, documents in 《》 a city issues, pilots and actions it runs
FIFTH_ROWS = [
    # a quotation's system of work or policy; a bare 体系 or a system of industries names none
    ("完善“青禾调解”工作体系。", ["青禾调解"]),
    ("构建“1+N”政策体系。", ["1+N政策体系"]),
    ("出台“2+8”产业扶持政策体系。", ["2+8产业扶持政策体系"]),
    ("健全“亩均论英雄”综合评价体系。", ["亩均论英雄"]),
    ("构建“一主两辅”现代产业体系。", []),
    ("健全“三级联动”服务体系。", []),
    # a quoted name a city issues is its policy package; a plan numeral is not
    ("出台“稳企十条”。", ["稳企十条"]),
    ("出台“十五五”规划纲要。", []),
    # a service reform by its ending, without a verb before it
    ("六百项事项实现“一码通办”。", ["一码通办"]),
    # a quoted list whose items share their ending names ways of one kind; a slogan of one campaign stays one name
    ("推行“一窗通办、一网通办、全城通办”模式。", ["一窗通办", "一网通办", "全城通办"]),
    ("实施“百村示范、千村整治”工程。", ["百村示范、千村整治"]),
    ("打造“买全城、卖全城”商贸枢纽。", []),
    # a document in 《》 issued or run by the city: an action plan, a scheme, an opinion, measures
    ("出台《青川市支持民营经济发展若干措施》。", ["青川市支持民营经济发展若干措施"]),
    ("实施《绿色青川行动计划》。", ["绿色青川行动计划"]),
    ("制定实施《青川市数字经济三年行动方案》。", ["青川市数字经济三年行动方案"]),
    # laws and regulations, master plans, documents of the state or a province are not the city's programmes
    ("认真贯彻《中华人民共和国青年促进法》。", []),
    ("实施《青川市城市总体规划》。", []),
    ("出台《青川市犬类管理办法》。", []),
    ("实施《国务院关于加快青年发展的意见》。", []),
    ("省委、省政府出台《支持青川加快发展的意见》。", []),
    # a named pilot or action after a verb of running it; a bare one names nothing; a national action is not
    # the town's own
    ("开展长期护理保险试点。", ["长期护理保险试点"]),
    ("深化农村宅基地制度改革试点。", ["农村宅基地制度改革试点"]),
    ("深入实施青川制造业倍增行动。", ["青川制造业倍增行动"]),
    ("高质量完成国资国企改革深化提升行动。", []),
    ("持续开展专项整治行动。", []),
    ("扎实推进乡村建设行动。", []),
    # a pilot the city was made (入选, 获批) is an honor, not a program
    ("我市获批全国养老服务改革试点。", []),
    ("全面启动第四批试点。", []),
    ("新一轮国企改革深化提升行动扎实推进。", []),
    # a programme named as the clause's subject, then a verb of running it ending the clause; not a plan followed
    # (按计划推进), two things joined as one subject, works, or a clause opening with its verb
    ("青川产业振兴行动计划启动，新增项目10个。", ["青川产业振兴行动计划"]),
    ("农房确权登记试点有序启动。", ["农房确权登记试点"]),
    ("保障性住房建设按计划推进。", []),
    ("科技专项和科技创新行动工程深入实施。", []),
    ("青川港西港区工程加快推进。", []),
    ("深入推进重大行政决策程序制度实施。", []),
    ("参与湾区一体化十大标志性工程扎实推进。", []),
    ("抓好青川小微企业成长计划实施，鼓励创新。", []),
    ("国企改革三年行动深入推进。", []),
    # a footnote mark after an unquoted name ends it
    ("实施青川金融发展三项计划[^1]，成效明显。", ["青川金融发展三项计划"]),
    # plans of action issued by the city, unquoted; 出台 before 前 is no issuing of a name
    ("出台青川工业互联网行动计划。", ["青川工业互联网行动计划"]),
    ("落实政府重大决策出台前向市人大报告制度。", []),
    # a named plan in 《》 (its years are no part of its name); a plan of works is not a programme, nor a plan
    # of a region beyond the city
    ("出台《青川市金融产业发展规划（2021-2025年）》。", ["青川市金融产业发展规划"]),
    ("实施《青川市污水处理工程建设规划》。", []),
    ("实施《青川湾经济区发展规划》。", []),
    # a program word after 管理 (管理模式, 管理制度) makes the quotation a program; 管理 alone does not
    ("积极探索“负面清单”管理模式。", ["负面清单"]),
    ("加强“菜篮子”管理。", []),
    # a national pilot the city runs is its pilot; a pilot after a quotation is a program, unless the city was
    # made one (获批, 入选, 创建…“X”试点: a designation) or the pilot is named by a count or as policy only
    ("深化国家青年消费试点。", ["国家青年消费试点"]),
    ("开展教师“校管县用”试点。", ["校管县用"]),
    ("争取获批开展国际贸易“一站直通”试点。", []),
    ("推进创建“充分就业小区”试点工作。", []),
    ("积极推进国企改革“五项试点”。", []),
    ("国家政策试点全面实施，产业升级。", []),
    ("扩大“营改增”试点。", []),
    # more service reforms by their ending
    ("拓展“一事联办”范围。", ["一事联办"]),
    ("推进“接诉即办”向“未诉先办”转变。", ["接诉即办"]),
    # a college's or university's own programme is not the city's; a hospital reform the city runs is
    ("支持青川职业学院“双强校”建设。", []),
    ("积极支持青川大学“双优”工程创建。", []),
    ("推行公立医院“一院一策”模式。", ["一院一策"]),
]


# The mid-session reading of the added facts (PR-f, PR-e, PR-g, PQ-g): a multi-part slogan stays one name, two
# programmes fused at 和/及 split, strategies are no programmes, a quote inside a longer pilot's name is no short form
# (the whole span is the pilot)
PRECISION_ROWS = [
    ("开展“主动抓创新、合力抓创新”专项行动。", ["主动抓创新、合力抓创新"]),
    ("打响“游在青川、住在青川”品牌。", ["游在青川、住在青川"]),
    ("推行“多规合一、多测合一”模式。", ["多规合一", "多测合一"]),
    ("深入实施两大战略行动。", []),
    ("实施创新驱动发展战略行动。", []),
    ("实施城市美化行动。", ["城市美化行动"]),
    ("深化青川医保支付方式改革和青禾保试点。", ["青川医保支付方式改革", "青禾保试点"]),
    ("开展住房制度改革及公租房管理试点。", ["住房制度改革", "公租房管理试点"]),
    ("实施旅游品质提升行动和城乡环境整治行动。", ["旅游品质提升行动", "城乡环境整治行动"]),
    ("开展农村产权交易改革和业务创新试点。", ["农村产权交易改革和业务创新试点"]),
    ("开展绿色金融服务“青禾”改革试点。", ["绿色金融服务青禾改革试点"]),
    ("开展“青禾”综合改革试点。", ["青禾"]),
    ("开展青川市“青禾”改革试点。", ["青禾"]),
    ("开展青川教育信息化和“青禾”试点。", ["青禾"]),
    ("开展科研项目经费“包干制”试点。", ["包干制"]),
    ("深化债券市场“青禾板”等改革试点。", ["青禾板"]),
    ("推进示范村社会事业“五个一”工程：每个试点村建一个活动室。", ["五个一"]),
    ("实施战略性新兴产业倍增计划。", ["战略性新兴产业倍增计划"]),
    ("实施乡村振兴战略行动计划。", ["乡村振兴战略行动计划"]),
]


# sixth session: systems named by a compact 制 ending, named events the town holds, titles and qualifiers in quotes
SIXTH_ROWS = [
    # program:institution — verb + name + 负责制/承诺制/代办制 …
    ("全面推行首问负责制。", ["首问负责制"]),
    ("试点企业投资项目承诺制。", ["企业投资项目承诺制"]),
    ("全面推广信用承诺制和告知承诺制。", ["信用承诺制", "告知承诺制"]),
    ("实行重点项目专员负责制，加快项目建设。", ["重点项目专员负责制"]),
    # general words of governance only, or a duty system every report names: no name
    ("实行全程办事代理制。", []),
    ("落实服务承诺制。", []),
    ("落实安全生产责任制。", []),
    ("建立行政问责制。", []),
    ("推行首办负责制和限时办结制。", ["首办负责制"]),
    ("实行一把手负责制。", []),
    # program:event — a festival, week or race held, its edition or year dropped
    ("成功举办第三届青枫湖旅游文化节。", ["青枫湖旅游文化节"]),
    ("成功举办2019澄江马拉松等赛事。", ["澄江马拉松"]),
    ("办好澄江国际龙舟联赛、澄江半程马拉松等赛事。", ["澄江国际龙舟联赛", "澄江半程马拉松"]),
    ("办好国际茶香周。", ["国际茶香周"]),
    # a congress or forum only when kept up (办好) or counted (第N届)
    ("办好世界澄商大会。", ["世界澄商大会"]),
    ("成功举办第五届青枫湖论坛。", ["青枫湖论坛"]),
    ("成功举办国际青蛙学大会。", []),
    # meetings, holidays, provincial or someone else's events, counts of events
    ("召开并举办全市表彰大会。", []),
    ("举办春节联欢活动。", []),
    ("举办江北省旅游文化节。", []),
    ("举办或承办国际蘑菇文化节。", []),
    ("连续举办两届青枫湖旅游文化节。", ["青枫湖旅游文化节"]),
    ("举办各类文化节。", []),
    # program:package — a policy package named by its field and its count of articles
    ("出台支持青枫湖茶产业发展16条措施，茶农增收。", ["支持青枫湖茶产业发展16条措施"]),
    ("制定实施小微企业纾困“18条”。", ["小微企业纾困18条"]),
    ("创新推出夜间停车便民九项措施。", ["夜间停车便民九项措施"]),
    ("落实我市支持民营企业发展30条。", ["支持民营企业发展30条"]),
    ("深入实施茶叶振兴“10条”、科技金融“15条”。", ["茶叶振兴10条", "科技金融15条"]),
    ("着力落实青溪民营经济“新28条”。", ["青溪民营经济新28条"]),  # a new edition of a package
    # a count of roads, routes or requests is no package
    ("实施背街小巷整治45条。", []),
    ("推出精品旅游线路12条。", []),
    ("落实群众诉求120条。", []),
    # 创建“X”…活动 where every quote is a title units are to win; “国字号” qualifies a kind of thing
    ("深化创建“清洁示范街道”和“满意示范路”活动。", []),
    ("12项“国字号”改革试点有序实施。", []),
]


# seventh session: systems named by their content after a verb that runs them (program:institution): 制度, 责任制 and a
# bare 制; words of governance or public finance only, national systems, mechanisms and verbs are no names
SEVENTH_ROWS = [
    ("健全青川再就业援助制度。", ["青川再就业援助制度"]),
    ("完善地块图则制和方案公示制，严格规划管理。", ["地块图则制", "方案公示制"]),
    ("进一步推行国企经营者年薪制，开展股权激励试点。", ["国企经营者年薪制", "股权激励试点"]),
    ("进一步落实减亏增效工作责任制。", ["减亏增效工作责任制"]),
    ("坚持重大事项通报制度。", ["重大事项通报制度"]),
    ("推行和完善农村养老互助制度与医疗帮扶制度。", ["农村养老互助制度", "医疗帮扶制度"]),
    ("推行建筑师负责制、告知承诺制等改革举措。", ["建筑师负责制"]),
    # a 与 inside one name keeps it out of this rule; the fused span of verb+suffix is no longer read over a system
    ("建立滨江会商制度和防汛值守制度。", ["滨江会商制度", "防汛值守制度"]),
    # general words only, a field's rules, the country's systems, a mechanism, a verb or a field of a reform
    ("建立健全责任追究制度。", []),
    ("完善转移支付制度。", []),
    ("坚持和完善人民代表大会制度。", []),
    ("完善利益联结机制。", []),
    ("推行股份制。", []),
    ("加快新药创制。", []),
    ("健全公示制度和审计制度。", []),
    ("深化人事薪酬制度、财权划分等改革。", []),
    # what a crackdown fights (review 11 PQ-c), a designation units are to win (PR-g), a count before a plan (PV-n)
    ("严厉打击“两偷一抢”等违法犯罪活动。", []),
    ("深入开展打击“两偷一抢”专项斗争。", []),
    ("坚决查处“三无”活动。", []),
    ("依法处理和打击“青莲教”邪教组织。", []),
    ("开展打击“雷霆行动”。", ["雷霆行动"]),
    ("依法打击“青莲贷”“白兰贷”等违法活动。", []),
    ("开展打击“两偷一抢”、“清风扫尘”等专项整治行动。", ["清风扫尘"]),
    ("继续实施一批青川绿化工程。", []),
    # a pilot the city seeks is no programme it runs
    ("积极争取开展跨境电商青禾试点，外贸出口增长。", []),
    ("申请开展数字货币青禾试点。", []),
    ("开展数字货币青禾试点。", ["数字货币青禾试点"]),
    ("深入开展“扫黄打非”专项行动。", ["扫黄打非"]),
    ("深入开展“七无两零”平安村创建。", []),
    ("创建“公转水”“散转集”双示范港口。", []),
    ("出台一个民生行动计划。", ["民生行动计划"]),
    ("实施两个阶段城南行动计划。", ["城南行动计划"]),
    ("实施一个工程。", []),
    ("实施三个一工程。", ["三个一工程"]),
    # review 13 PI-g: one domain word + 制度 (with or without 全民/一套/各项) is no name; 改制/转制/一贯制/全日制 are
    # no system heads; a particle before the name is stripped, a bare head left alone names nothing
    ("设立困难家庭高中生救助资金，完善救助制度。", []),
    ("不断完善全民社保制度。", []),
    ("健全一套规章制度。", []),
    ("完善创新制度。", []),
    ("健全督查制度。", []),
    ("实行了转制。", []),
    ("实行转企改制。", []),
    ("实行九年一贯制。", []),
    ("推行非全日制。", []),
    ("健全以责任制和责任追究制为核心的考核体系。", []),
    ("对重大项目实行代办制。", ["代办制"]),
    ("完善以奖代补制度。", ["以奖代补制度"]),
    ("落实信访制度。", ["信访制度"]),
    ("完善低保制度。", ["低保制度"]),
    ("完善农村住房保障制度。", ["农村住房保障制度"]),
    # review 13 PQ-f: a quoted figure of speech is no program; with a program word after it, the quote names one
    ("下好创新“先手棋”。", []),
    ("用好改革“关键一招”。", []),
    ("把握科技创新的“关键变量”。", []),
    ("牵住改革“牛鼻子”。", []),
    ("实施城市“生命线”工程。", ["生命线"]),
]


@pytest.mark.parametrize("text,expected", ROWS + FOURTH_ROWS + GLOSSARY + PRECISION_ROWS + FIFTH_ROWS)
def test_programs(text, expected):
    """The tables ROWS … FIFTH_ROWS above: the programmes found, in order."""
    assert programs(text) == expected


# Eighth session, names known by their head word (invented names)
HEAD_WORD_ROWS = [
    # program:progress: a programme named as the subject of its progress
    ("青松安居工程取得新的进展。", ["青松安居工程"]),
    ("山海协作试点工作取得明显成效，群众满意度提高。", ["山海协作试点"]),
    ("——畅通青溪工程建设取得重大突破。", ["畅通青溪工程"]),
    ("争创国家城乡融合综合改革试点工作取得成果。", []),
    ("重点工程建设取得新突破。", []),
    ("各项工作取得明显成效。", []),
    ("经济建设取得新进展。", []),
    # program:mechanism: a mechanism set up, named by its content
    ("建立了河道保洁与渔业增殖同步补偿机制。", ["河道保洁与渔业增殖同步补偿机制"]),
    ("探索建立跨区县税收分成机制。", ["跨区县税收分成机制"]),
    ("建立风险预警机制和偿债准备金制度。", ["偿债准备金制度"]),
    ("建立镇村水渠清淤补贴机制，改善灌溉条件。", ["镇村水渠清淤补贴机制"]),
    ("建立健全部门协调配合机制。", []),
    ("建立收入稳定增长机制。", []),
    ("建立安全生产长效机制。", []),
    ("建立定期评估调整机制。", []),
    ("完善山区护林员绩效补助机制。", []),
    ("健全老旧小区物业考核激励机制。", []),
    # a domain with qualifiers of manner or time only names no mechanism; content left after them does
    ("建立拆迁安置工作新机制。", []),
    ("建立招商引资政策机制。", []),
    ("建立常态长效创建机制。", []),
    ("建立环境整治常态化长效化制度机制。", []),
    ("建立青溪环卫常态化管理机制。", []),
    ("建立河湖保洁长效补偿机制。", ["河湖保洁长效补偿机制"]),
    ("建立乡村公路养护新机制。", ["乡村公路养护新机制"]),
    ("建立城市更新动态评估机制。", ["城市更新动态评估机制"]),
    ("劳动人事制度取得突破。", []),
    ("信访积案终结制度取得明显成效。", ["信访积案终结制度"]),
    ("宅基地制度改革试点取得突破。", ["宅基地制度改革试点"]),
    # power lines and corridors are works; a figure of the people served makes a batch of works
    ("220千伏青溪输电通道工程取得新进展。", []),
    ("青溪东部通道工程取得重大突破。", []),
    ("解决山区3万人饮水困难工程取得成效。", []),
    # program:event: a recurring meeting the town convenes or keeps up
    ("召开了首届市长国际青年顾问会议。", ["市长国际青年顾问会议"]),
    ("召开第三次全市经济工作会议。", []),
    ("召开城市建设大会。", []),
    ("办好海外乡贤联谊会。", ["海外乡贤联谊会"]),
    # a joint experiment by its head word
    ("积极推进国家海湾生态保护综合试验。", ["国家海湾生态保护综合试验"]),
    # a preposition at the front makes a relation, not a mechanism's name (对口 is a word of its own)
    ("建立与兄弟城市定期沟通机制。", []),
    ("建立对市属企业债务动态监控机制。", []),
    ("建立对口协作帮扶捆绑考核机制。", ["对口协作帮扶捆绑考核机制"]),
    ("建立突发事件应急机制。", []),
    ("龙头企业与农户建立紧密型利益联结机制。", []),
    ("建立产业深度对接机制。", []),
    ("引导企业建立研发人员报酬与利润挂钩机制。", []),
    ("推动建立蔬菜储备轮换调节机制。", ["蔬菜储备轮换调节机制"]),
    # a people's war on a scourge is a named campaign; water-diversion works are construction
    ("深入开展禁毒人民战争。", ["禁毒人民战争"]),
    ("加快推进引湖济川工程。", []),
]


# eighth session, quoted names by their clause frame: a quote opening its clause run by the verb that ends it
# (program:quoted-subject), and a quote closing its clause after a verb of carrying out and the field it works on,
# or after 实现 when it names a service reform (program:quoted-object)
QUOTED_FRAME_ROWS = [
    ("“青溪办事通”上线运行。", ["青溪办事通"]),
    ("“云岭警民联”正式上线，群众办事更方便。", ["云岭警民联"]),
    ("“邻里帮帮团”深入开展。", ["邻里帮帮团"]),
    ("“三色评议”全面推开，村务更加透明。", ["三色评议"]),
    ("“桥头夜话”在全省推广。", ["桥头夜话"]),
    ("“一村一档、一户一卡”扎实推进。", ["一村一档、一户一卡"]),
    ("实行“拍卖选址”。", ["拍卖选址"]),
    ("实行周转资金“借转补”。", ["借转补"]),
    ("全面推广基层调解“一格多员”。", ["一格多员"]),
    ("全力抓好“清溪共治”、现代农业培育。", ["清溪共治"]),
    ("300项政务服务事项实现“一次都不跑”。", ["一次都不跑"]),
    # not a program: a place or goal image built, a national policy carried out, a result achieved, a figure, a count
    ("“青溪智谷”加快建设。", []),
    ("“两免一补”全面落实。", []),
    ("“市民会客厅”投入运行。", []),
    ("粮食生产实现“十连丰”。", []),
    ("实现农村学校“全覆盖”。", []),
    ("“两改”深入推进。", []),
    ("“双拥”、“共建”深入开展。", []),
    ("抓好“文牍堆积”、督查检查等清理规范工作。", []),
    ("推进量子通信“青溪干线”、超导芯片等项目建设。", []),
    ("大力推广“田间托管”、共营制等模式。", ["田间托管"]),
    ("推广一站式创业街区“青溪硅巷”。", []),
    ("深化提升两大先导产业“青溪方案”。", []),
    ("持续推进文旅融合“三部曲”。", []),
    ("深化合作唱好两城“双城记”。", []),
    ("“双循环”深入推进。", []),
    ("推进大通关进一步“提速”。", []),
    ("实施新城“三大任务”。", []),
    ("实行了“两免”。", []),
    ("推进农村人居环境“三大革命”。", []),
    ("深化成果转化“三项改革”。", []),
    ("深入抓好两个“暖心小事”。", []),
    ("实施审计监督“全覆盖”。", []),
    ("推进集体林地“两权分离”、水利产权制度等改革试点。", []),
    ("实施现代渔业“五大行动”。", ["五大行动"]),
    # after 实现/做到, where or by what a matter is handled is the reform's aim, not its name
    ("政务服务事项全面实现“掌上办”。", []),
    ("高频事项做到“就近能办”。", []),
    ("户籍业务实现“移动办理”。", []),
    ("120项事项实现“全城通办”。", ["全城通办"]),
    ("企业开办实现“园区事园区办”。", ["园区事园区办"]),
]


# ninth session, names by their head word and the words that empty them (invented names)
NINTH_HEAD_ROWS = [
    # program:institution: a duty or pledge system the city brings in (推行/实行/建立/推广), even of general words
    ("全面推行执法责任制，纠正执法不严。", ["执法责任制"]),
    ("实行“一榜公示、一窗受理”和服务承诺制。", ["服务承诺制"]),
    ("推行行政审批责任制和服务质量公开承诺制。", ["行政审批责任制", "服务质量公开承诺制"]),
    ("建立投资决策责任制。", ["投资决策责任制"]),
    ("建立健全青溪信访工作责任制。", ["青溪信访工作责任制"]),
    # ... but not one of empty words only, nor a duty system the city only carries out
    ("推行目标责任制。", []),
    ("实行领导负责制。", []),
    ("推行行政责任制。", []),
    # general words and 工作 before the duty ending: a duty brought in, no named system
    ("建立健全稳定工作责任制，着力化解矛盾。", []),
    ("各级领导亲自抓改革，建立改革工作责任制。", []),
    ("推行安全工作责任制。", []),
    ("落实执法责任制。", []),
    # a standing rule obeyed (执行) is no programme the city runs
    ("严格执行重大事项请示报告制度。", []),
    ("认真执行青溪干部驻村包干制度。", []),
    ("健全并严格执行山区护林责任制，确保落实。", []),
    # a system being reformed stands already (the gold of x and u leaves such national systems out); a domain alone
    # (with a word of coverage: 基本, 社会) names nothing, whatever the verb
    ("改革完善青溪宅基地制度。", []),
    ("改革和完善山区林地承包制度。", []),
    ("改革完善社会救助制度。", []),
    ("完善社会保险制度。", []),
    ("全面实施基本药物制度。", ["基本药物制度"]),
    ("完善基本民生制度。", []),
    ("坚持和完善基本经济制度。", []),
    # program:plan: a plan carried out (落实), and a long plan name after a running verb
    ("落实老街区复兴计划，加强保护。", ["老街区复兴计划"]),
    ("落实好防汛能力提升三年行动计划。", ["防汛能力提升三年行动计划"]),
    ("实施中小学校舍设施安全改造五年提升行动计划，新增学位。", ["中小学校舍设施安全改造五年提升行动计划"]),
    ("落实青溪人才培养五年计划。", ["青溪人才培养五年计划"]),
    ("落实新时代山区工匠培养计划。", ["新时代山区工匠培养计划"]),
    ("落实山区乡村教师支持计划。", ["山区乡村教师支持计划"]),
    ("落实市场主体发展倍增计划。", ["市场主体发展倍增计划"]),
    ("落实三年行动计划。", []),
    # a domain and a general activity before a bare 计划: which work is planned, not which plan
    ("打造引才平台，落实人才培养计划。", []),
    ("落实水资源综合利用计划。", []),
    ("落实重点耗能企业节能计划。", []),
    ("落实主体功能区计划。", []),
    ("落实19个重点产业发展三年行动计划。", []),
    ("贯彻落实国家清洁空气行动计划。", []),
    ("落实人口和计划生育目标。", []),
    ("落实分步实施计划。", []),
    ("落实中央一揽子计划。", []),
    ("落实政府投资计划。", []),
    ("认真落实市人大常委会立法工作计划。", []),
    # program:mechanism: qualifiers of time, quality or parties at the start leave only a domain
    ("积极探索建立长期经贸协作有效机制。", []),
    ("建立健全部门间协调配合机制。", []),
    ("建立高水平良性招商引资新机制。", []),
    ("建立山区护林员长期稳定补助机制。", ["山区护林员长期稳定补助机制"]),
    # program:quoted: a figure in the frame 在…“X”上, a plain domain noun in quotes
    ("在项目推进等“硬任务”上求实效。", []),
    ("把目标落实在“见真章”上。", []),
    ("要在“青溪百村工程”上有突破。", ["青溪百村工程"]),
    ("开展“交通”拥堵治理。", []),
    ("加强“硬件”和“软件”建设。", []),
    ("大力实施“绿色”“碧水”工程。", ["绿色", "碧水"]),
]


# ninth session: a campaign named by a quotation and the head after it (program:quoted-head), and a city's
# campaign named by its own name (program:city-campaign, city reports only)
CAMPAIGN_ROWS = [
    ("持续打好“青溪蓝”保卫战。", ["青溪蓝保卫战"]),
    ("继续开展“散乱污”企业整治。", ["散乱污企业整治"]),
    ("深入推进“两违”整治，拆除违建。", ["两违整治"]),
    ("打好“蓝天”“碧水”保卫战。", ["蓝天保卫战", "碧水保卫战"]),
    ("深入开展“七五”普法。", ["七五普法"]),
    ("推进“八五普法”。", ["八五普法"]),
    ("完善“三重一大”决策机制。", ["三重一大"]),
    # not one campaign: a count of them, a national one, problems, a goal reached
    ("打好“三大”攻坚战。", []),
    ("全省“两违”整治全面推开。", []),
    ("开展“出行难”“停车乱”专项整治。", []),
    ("实现“零违建”整治目标。", []),
    ("“打捆”整治一批小街巷。", []),
    ("抓好12个“秩序示范街区”整治。", []),
    # parallel quotes of one length share the head; a list of campaigns of their own leaves it to the last
    ("耕地“非农化”“非粮化”整治有力有效。", ["非农化整治", "非粮化整治"]),
    ("“清洁家园”“厕所革命”“五线”整治扎实推进。", ["五线整治"]),
]

CITY_ROWS = [
    ("加强卫生强市和健康青溪建设。", ["健康青溪"]),
    ("坚持法治青溪、法治政府、法治社会一体建设。", ["法治青溪"]),
    ("加快建设数字青溪，提升城市治理水平。", ["数字青溪"]),
    ("打造健康青溪、法治青溪、信用青溪。", ["健康青溪", "法治青溪", "信用青溪"]),
    ("塑造山清水秀的“美丽青溪”。", ["美丽青溪"]),
    ("深化美丽青溪建设。", ["美丽青溪"]),
    # goals of the report, another place's name, a firm, the standing national 平安 campaign
    ("建设数字青溪、智造强市。", []),
    ("加快建设美丽青溪的关键之年。", []),
    ("推进法治中国建设。", []),
    ("组建数字青溪集团。", []),
    ("平安青溪建设扎实推进。", []),
    ("加快建设美丽青溪。", []),
]


@pytest.mark.parametrize("text,expected", SIXTH_ROWS + SEVENTH_ROWS + HEAD_WORD_ROWS + QUOTED_FRAME_ROWS
                         + NINTH_HEAD_ROWS + CAMPAIGN_ROWS)
def test_program_rows_in_any_order(text, expected):
    """The tables SIXTH_ROWS … CAMPAIGN_ROWS above: the programmes found, in any order."""
    assert sorted(programs(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", CITY_ROWS)
def test_city_campaign_rows(text, expected):
    assert sorted(programs(text, head="青溪市政府工作报告\n\n")) == sorted(expected)


def test_city_campaign_needs_a_city_report():
    """A town's 健康X is the district's campaign carried into it: the rule reads city reports only."""
    assert programs("加强卫生强市和健康罗店建设。") == []
