"""Honors received and pursued: sentences written for these tests, with invented names."""
import pytest

from kg import extract, ingest


def facts(text, town="青禾镇"):
    doc = ingest.parse_document((f"{town}工作报告\n\n" + text).encode("utf-8"), doc_id="t")
    return extract.extract(doc)


def found(text, ftype="honor"):
    return {(f.subject, f.object) for f in facts(text) if f.type == ftype}


def in_report(report, ftype="honor", town=None):
    """The (receiver, title) pairs of ``ftype`` in a whole report (its first line names the town: ``town``)."""
    doc = ingest.parse_document(report.encode("utf-8"), doc_id="t")
    if town is not None:
        assert doc.town == town
    return {(f.subject, f.object) for f in extract.extract(doc) if f.type == ftype}


# sentence -> the (receiver, honor) pairs found; None is the document's own town
RECEIVED = [
    # a run of quoted titles without 、
    ("青禾镇获得“甲城示范镇”“乙省文明单位”“丙区先进集体”等荣誉称号。",
     {(None, "甲城示范镇"), (None, "乙省文明单位"), (None, "丙区先进集体")}),
    ("青禾镇荣获“某地科技之都”和“某地花卉之乡”称号。", {(None, "某地科技之都"), (None, "某地花卉之乡")}),
    # a loose verb (获得) is enough when the text calls the list titles
    ("2020年青禾镇获得“某省十佳康养基地”等荣誉称号。", {(None, "某省十佳康养基地")}),
    ("先后获得国家级生态乡镇、省级卫生乡镇、首届某地最美乡镇等荣誉称号。",
     {(None, "国家级生态乡镇"), (None, "省级卫生乡镇"), (None, "某地最美乡镇")}),
    # the naming verb, the receiver, 为, the title
    ("某省委员会重新确认青禾镇为2019年度国家卫生乡镇(县城)。", {(None, "国家卫生乡镇")}),
    ("建设部命名青禾镇为2018年国家园林城镇。", {(None, "国家园林城镇")}),
    ("某市认定青禾镇为第一批某市生态文明建设示范镇(街道)。", {(None, "某市生态文明建设示范镇")}),
    # edition, year, batch and bracketed qualifiers are not part of the title
    ("青禾镇被命名为2020年度某市平安镇(街道)。", {(None, "某市平安镇")}),
    ("青禾镇被认定为第二批某省特色农业强镇(青禾花木特色农业强镇)。", {(None, "某省特色农业强镇")}),
    ("明远小学荣获第五届全国文明校园。", {("明远小学", "全国文明校园")}),
    ("青禾镇荣获2016年某省环境保护政府奖集体奖项。", {(None, "某省环境保护政府奖")}),
    # 是…之一, 列为…之一
    ("青禾镇是全省首批36个新农村建设试点镇之一。", {(None, "全省新农村建设试点镇")}),
    ("青禾镇被省农业厅列为全省12个数字乡村试点之一。", {(None, "全省数字乡村试点")}),
    # being named to a list
    ("青禾镇成功入选全国50个乡村治理示范镇名单。", {(None, "全国乡村治理示范镇")}),
    ("东岭堰成为全省首个入选世界灌溉工程遗产名录的水利工程。", {("东岭堰", "世界灌溉工程遗产")}),
    ("某研究院发布2020年电商强镇名单,青禾镇榜上有名。", {(None, "电商强镇")}),
    ("12个中国最美小镇获奖名单近日揭晓。某省某县青禾镇榜上有名。", {(None, "中国最美小镇")}),
    ("某协会公布2019年特色小镇，青禾镇榜上有名。", {(None, "特色小镇")}),
    # the receiver named before the verb
    ("青禾镇连续三届获得“全国双拥模范城”称号。", {(None, "全国双拥模范城")}),
    ("作为全市唯一案例入选某论坛《城市手册》。", {(None, "某论坛城市手册")}),
    ("东湾村入围10大最美乡村。", {("东湾村", "10大最美乡村")}),
    # two joined verbs: the receiver is the subject of the first
    ("东湾村名列全省热门景区第三名、入围10大最美乡村。", {("东湾村", "10大最美乡村")}),
    ("东湾村荣获全国文明村、入选全国乡村旅游重点村名单。", {("东湾村", "全国文明村"), ("东湾村", "全国乡村旅游重点村")}),
    ("白沙县入选国家传统村落保护示范县、获评“山水田园”实践创新基地。",
     {("白沙县", "国家传统村落保护示范县"), ("白沙县", "山水田园实践创新基地")}),
    ("白沙乡、东岭村分别入选全国乡村旅游重点乡镇和全国乡村旅游重点村。",
     {("白沙乡", "全国乡村旅游重点乡镇"), ("东岭村", "全国乡村旅游重点村")}),
    ("青禾镇、白沙镇获得新一届双拥模范城（县）称号。", {(None, "双拥模范城"), ("白沙镇", "双拥模范城")}),
    ("青禾镇被某国际友好交流促进协会授予“友好城市贡献奖”。", {(None, "友好城市贡献奖")}),
    ("青禾镇成功申报为国家电子商务示范镇。", {(None, "国家电子商务示范镇")}),
    ("成功申报古园为全国重点文物保护单位。", {("古园", "全国重点文物保护单位")}),
    ("青禾镇入选全国5G应用重点城镇、获评全国IPv6技术创新和融合应用试点优秀城镇。",
     {(None, "全国5G应用重点城镇"), (None, "全国IPv6技术创新和融合应用试点优秀城镇")}),
    ("东岭、西岭荣膺国家、省级和谐社区建设示范单位。",
     {("东岭", "国家和谐社区建设示范单位"), ("西岭", "国家和谐社区建设示范单位"),
      ("东岭", "省级和谐社区建设示范单位"), ("西岭", "省级和谐社区建设示范单位")}),
    ("青禾镇获评省级、国家级、世界级“某某”示范基地。",
     {(None, "省级某某示范基地"), (None, "国家级某某示范基地"), (None, "世界级某某示范基地")}),
    ("青禾镇成功创建并蝉联全国文明城镇。", {(None, "全国文明城镇")}),
    ("是东岭助力白沙成功获评全国文明城区的“制胜法宝”。", {("白沙", "全国文明城区")}),
    ("科技服务中心助力明川公司获评国家级技术创新示范单位。", {("明川公司", "国家级技术创新示范单位")}),
    ("“‘会展+商务’助力企业出海”获评“2023—2024年度某省制度创新十佳案例”。",
     {("会展+商务助力企业出海", "某省制度创新十佳案例")}),
    ("[8]荣获国际友好城镇交流合作奖。", {(None, "国际友好城镇交流合作奖")}),
    ("连续三次被评为“全国治安综合治理优秀城镇”并获得“平安杯”。",
     {(None, "全国治安综合治理优秀城镇"), (None, "平安杯")}),
    ("高标准通过国家公共文化服务体系示范区复审。", {(None, "国家公共文化服务体系示范区")}),
    ("白沙区获授全国唯一的中国食品饮料产业基地。", {("白沙区", "中国食品饮料产业基地")}),
    ("经开区获认定为国家级绿色园区。", {("经开区", "国家级绿色园区")}),
    ("明川高等专科学校、明川职业技术学院入围国家高职院校“双高计划”。",
     {("明川高等专科学校", "国家高职院校双高计划"), ("明川职业技术学院", "国家高职院校双高计划")}),
    ("青禾镇被评为“2019绿色发展优秀城镇”。", {(None, "绿色发展优秀城镇")}),
    ("青禾镇获评全区2023年度县域经济发展成效突出镇。", {(None, "全区县域经济发展成效突出镇")}),
    ("木桥、石滩等3个村获评市级美丽乡村示范村。", {("木桥", "市级美丽乡村示范村"), ("石滩", "市级美丽乡村示范村")}),
    ("“青禾模式”被列为某省改革典型案例。", {("青禾模式", "某省改革典型案例")}),
    # how often it was won is no part of the receiver (三度, 第五次, 连续第十年), nor a dash or a footnote mark
    ("青禾镇三度入选某地最具活力城镇。", {(None, "某地最具活力城镇")}),
    ("白沙村第五次获评市级文明村。", {("白沙村", "市级文明村")}),
    ("东岭村连续第十年获评省级文明村。", {("东岭村", "省级文明村")}),
    ("——白沙园区入选省级绿色示范园区。", {("白沙园区", "省级绿色示范园区")}),
    ("“青禾e家”[3]项目入选全国社区治理典型案例。", {("青禾e家项目", "全国社区治理典型案例")}),
    # two titles joined by 和, each with its own level; one title with 和 inside stays whole
    ("青禾镇被评为国家生态镇和全国水美乡镇。", {(None, "国家生态镇"), (None, "全国水美乡镇")}),
    ("青禾镇入选国家农产品准入和追溯管理试点。", {(None, "国家农产品准入和追溯管理试点")}),
    # a second verb (with its times, or 列入) opens the next title
    ("青禾镇第三次获评全国文明村镇、第二次捧得“平安杯”。", {(None, "全国文明村镇"), (None, "平安杯")}),
    ("白云岭成功申报省级地质公园并列入国家4A级景区。", {("白云岭", "省级地质公园"), ("白云岭", "国家4A级景区")}),
    # a year after the awarding body: neither is part of the title; 五个一 is no count
    ("青禾镇获评某部2023年度生态环境激励表扬城镇。", {(None, "生态环境激励表扬城镇")}),
    ("歌曲《山水谣》和话剧《青禾人家》获省级五个一工程奖。",
     {("歌曲山水谣", "省级五个一工程奖"), ("话剧青禾人家", "省级五个一工程奖")}),
    # 授予: the giver stands before the verb, the receiver after it (or the town)
    ("某国际组织授予“绿色城镇贡献奖”。", {(None, "绿色城镇贡献奖")}),
    ("某协会授予东岭村“最美乡村”称号。", {("东岭村", "最美乡村")}),
    ("东岭消防站被某部、某委授予“模范消防站”称号。", {("东岭消防站", "模范消防站")}),
    # the town's own experience or work won it: the town
    ("青禾镇垃圾分类经验做法入选全省典型案例。", {(None, "全省典型案例")}),
    # the receiver ends before a 在 phrase; an adverb alone (累计, 全域) is no receiver
    ("白沙区在生态文明建设领域获评国家生态文明建设示范区。", {("白沙区", "国家生态文明建设示范区")}),
    ("全域获评省级食品安全示范县。", {(None, "省级食品安全示范县")}),
    ("青禾镇获省级历史文化名城和卫生城镇称号。", {(None, "省级历史文化名城"), (None, "卫生城镇")}),
    ("青禾镇入选改革开放以来发展最快的40个城镇。", {(None, "改革开放以来发展最快的40个城镇")}),
    # a kind in brackets names the village's own title; 和 after a unit's name joins two receivers
    ("南庄镇、紫南村获评全国乡村治理示范乡镇（村）。",
     {("南庄镇", "全国乡村治理示范乡镇"), ("紫南村", "全国乡村治理示范村")}),
    ("高新区和明川集团入选国家先进制造业融合发展试点。",
     {("高新区", "国家先进制造业融合发展试点"), ("明川集团", "国家先进制造业融合发展试点")}),
    ("东岭市和西岭县被评为全国法治县（市、区）先进单位。",
     {("东岭市", "全国法治县（市、区）先进单位"), ("西岭县", "全国法治县（市、区）先进单位")}),
    ("电影《大业》在全国火爆上映并斩获“五个一工程”特别奖。", {("电影大业", "五个一工程特别奖")}),
    ("青禾镇先后被评为全国治安优秀城镇、和谐社区建设示范城镇。",
     {(None, "全国治安优秀城镇"), (None, "和谐社区建设示范城镇")}),
    # “first of” descriptions and the issuing ministry are not part of the title
    ("明川公司获某省制造业领域首个中国质量奖。", {("明川公司", "中国质量奖")}),
    ("青禾县荣获“国家卫生县城”称号和全省首个“全国县级文明城市”称号。",
     {("青禾县", "国家卫生县城"), ("青禾县", "全国县级文明城市")}),
    ("白沙绿廊工程荣获住建部“中国人居环境范例奖”。", {("白沙绿廊工程", "中国人居环境范例奖")}),
    # 分别: the receivers pair with the listed titles in order, a title the rules cannot read keeps its place
    ("东岭、西岭、北湾分别获评国家和美海岛、美丽河湖、美丽海湾。", {("西岭", "美丽河湖")}),
    ("青禾镇被命名为全国和省“双拥模范城”。", {(None, "全国双拥模范城"), (None, "省双拥模范城")}),
    # the whole area (镇域) is the town; a rank or description after an award and an approving body are no title
    ("镇域全部创成省生态园林城镇。", {(None, "省生态园林城镇")}),
    ("青禾镇获得世界水资源论坛水环境治理奖第一名和国际可持续交通奖。",
     {(None, "世界水资源论坛水环境治理奖"), (None, "国际可持续交通奖")}),
    ("荣获“亚洲都市景观奖”唯一城市综合奖。", {(None, "亚洲都市景观奖")}),
    ("白沙开发区获省政府批准为实施CEPA先行先试综合示范区。", {("白沙开发区", "实施CEPA先行先试综合示范区")}),
    ("都云市、白沙县被评为国家全域旅游示范区。", {("都云市", "国家全域旅游示范区"), ("白沙县", "国家全域旅游示范区")}),
    ("东岭、西坝新入选全国特色小镇。", {("东岭", "全国特色小镇"), ("西坝", "全国特色小镇")}),   # 新: newly
    ("科技创新入选全省典型案例。", {("科技创新", "全省典型案例")}),
    ("青禾镇被评为年度“中国最具活力城镇”。", {(None, "中国最具活力城镇")}),
    ("东岭、西坝、南湾三镇全部入选全国百强镇。",
     {("东岭", "全国百强镇"), ("西坝", "全国百强镇"), ("南湾", "全国百强镇")}),   # the count is no name
    ("青禾作家首获某某文学奖。", {("青禾作家", "某某文学奖")}),            # 首: for the first time
    ("白沙县探索林盘生态产品价值实现路径入选全国典型案例。", {("白沙县", "全国典型案例")}),   # a clause: its area
    ("我镇第八次被命名表彰为“全国双拥模范城”。", {(None, "全国双拥模范城")}),
    ("青禾镇首次获得“平安中国建设示范镇”国字号荣誉。", {(None, "平安中国建设示范镇")}),
    # 获选 is a verb of its own: 选 is no part of the title
    ("青禾镇获选全国“林下经济”改革试点。", {(None, "全国林下经济改革试点")}),
    # quoted titles side by side are two; a level or an awarding body before the first belongs to both
    ("明川集团荣获中国某某协会“创新贡献奖”“最佳实践奖”。",
     {("明川集团", "中国某某协会创新贡献奖"), ("明川集团", "中国某某协会最佳实践奖")}),
    ("青禾镇获评全国“生态乡镇”“卫生乡镇”。", {(None, "全国生态乡镇"), (None, "全国卫生乡镇")}),
    # one of a counted group: the count is no part of the title (十大 is)
    ("青禾镇获评全国光伏应用两家A类基地之一。", {(None, "全国光伏应用A类基地")}),
    ("青禾镇是全国5个绿色发展示范镇之一。", {(None, "全国绿色发展示范镇")}),
    ("青禾镇被评为全国十大宜居城镇之一。", {(None, "全国十大宜居城镇")}),
    # a batch, a time phrase, a means before the verb name no unit: the town received it
    ("环境持续改善，首批入选全省健康示范镇。", {(None, "全省健康示范镇")}),
    ("白沙村第二批入选全国美丽休闲乡村。", {("白沙村", "全国美丽休闲乡村")}),
    ("治安持续好转，自2018年之后再获“平安乡镇”称号。", {(None, "平安乡镇")}),
    ("青禾镇被评为省级卫生镇，以“山水青禾”被评为全国十佳宜居小镇之一。",
     {(None, "省级卫生镇"), (None, "全国十佳宜居小镇")}),
    ("以长浜成功创建示范河道为标杆，继续治水。", {("长浜", "示范河道")}),   # 以…为: the whole win is framed
    # "A成为全省首个获评X的Y": A received X
    ("白沙村成为全省首个获评省级生态示范村的村庄。", {("白沙村", "省级生态示范村")}),
    ("青禾镇成为全省首个捧得“平安杯”的乡镇。", {(None, "平安杯")}),
    # "A、B分别入选X和Y名单": A got X, B got Y
    ("东湾村、西岭村分别入选全国美丽乡村示范村和全国文明村名单。",
     {("东湾村", "全国美丽乡村示范村"), ("西岭村", "全国文明村")}),
    ("东湾村入选全国文化和旅游重点村名单。", {("东湾村", "全国文化和旅游重点村")}),
    # “first to” phrases: no subject (the town), the noun after 的, a check (验收) ending the title
    ("成为全省首个入选“无废城镇”试点的乡镇。", {(None, "无废城镇试点")}),
    ("成为全国唯一连续10年入选的“中国最具幸福感城镇”。", {(None, "中国最具幸福感城镇")}),
    ("白沙区成为首个通过省级生态区验收的城区。", {("白沙区", "省级生态区")}),
    ("首家被某部授予中国软件名镇称号。", {(None, "中国软件名镇")}),
    ("在全省首个被授予“省级生态园林示范镇”。", {(None, "省级生态园林示范镇")}),
    # times and adverbs before the verb are no receiver
    ("特别是青禾镇被评为“全国十大活力城镇”。", {(None, "全国十大活力城镇")}),
    ("人才加速集聚，连年入选外籍人才眼中最具吸引力的城镇。", {(None, "外籍人才眼中最具吸引力的城镇")}),
    ("时隔20年青禾剧团演员再获中国戏剧梅花奖。", {("青禾剧团演员", "中国戏剧梅花奖")}),
    ("1990年和1992年先后被评为全国“十佳卫生城镇”。", {(None, "全国十佳卫生城镇")}),
    ("白沙大学团队成果连续两年入选“中国科学十大进展”。", {("白沙大学团队成果", "中国科学十大进展")}),
    ("东岭派出所获命名为全国首批“枫桥式公安派出所”。", {("东岭派出所", "全国枫桥式公安派出所")}),
    # a tally after the titles is no part of them; the count it gives may split the list
    # a short second title opening like the first one's ending shares its head
    ("东岭乡、西岭村分别入选全国首批乡村旅游重点乡镇和重点村。",
     {("东岭乡", "全国乡村旅游重点乡镇"), ("西岭村", "全国乡村旅游重点村")}),
    ("青禾镇获某部批准开展服务业扩大开放综合试点。", {(None, "服务业扩大开放综合试点")}),   # the approval is no title
    ("东岭、西岭获评首批县级全国文明城市。", {("东岭", "全国文明城市"), ("西岭", "全国文明城市")}),
    ("东岭公司、西岭公司分获省长质量奖、提名奖。",        # 分获: respectively; a grade alone is the award's
     {("东岭公司", "省长质量奖"), ("西岭公司", "省长质量奖提名奖")}),
    ("在省委大力支持下，青禾镇获评全国文明城镇。", {(None, "全国文明城镇")}),
    ("东岭公司、西岭公司分获某国专利金奖、银奖。", {("东岭公司", "某国专利金奖"), ("西岭公司", "某国专利银奖")}),
    ("青禾镇高分通过全国文明城镇测评和国家卫生城镇复审。", {(None, "国家卫生城镇")}),   # 高分 is no 分(获)
    ("《东山》《西水》获某某文学奖。", {("东山", "某某文学奖"), ("西水", "某某文学奖")}),   # two works side by side
    # "A入选X、B入选Y": a name and a verb after 、 open a clause of their own (not 、第二次获评Y)
    ("白沙县东岭镇入选国家运动休闲小镇、西岭村入选全国乡村特色产业示范村。",
     {("东岭镇", "国家运动休闲小镇"), ("西岭村", "全国乡村特色产业示范村")}),
    ("明川集团获评“双百企业”标杆、白沙集团入选“中国旅游集团20强”。", {("白沙集团", "中国旅游集团20强")}),
    ("东岭村荣获全国文明村、第二次获评全国卫生村。", {("东岭村", "全国文明村"), ("东岭村", "全国卫生村")}),
    ("青禾镇连续六次荣获全国、连续七次荣获全省“双拥模范城”称号。", {(None, "全国双拥模范城"), (None, "全省双拥模范城")}),
    ("东岭、白沙产业园入选省级示范园区。", {("东岭产业园", "省级示范园区"), ("白沙产业园", "省级示范园区")}),
    ("青禾镇获得“联合国人居奖”和“全国文明城镇”两项殊荣。", {(None, "联合国人居奖"), (None, "全国文明城镇")}),
    ("白沙河获得“两山”实践创新基地和美丽河湖两项国家级殊荣。", {("白沙河", "两山实践创新基地"), ("白沙河", "美丽河湖")}),
    ("青禾镇连续四次获得全国“双拥模范城”的光荣称号。", {(None, "全国双拥模范城")}),
    # a level alone before a quoted title shares it (省 is a level)
    ("电视剧《东山》、湘剧《西水》等作品获国家、省“五个一工程”奖。",
     {("电视剧东山", "国家五个一工程奖"), ("电视剧东山", "省五个一工程奖"),
      ("湘剧西水", "国家五个一工程奖"), ("湘剧西水", "省五个一工程奖")}),
    # a field before a list's last unit takes the unit's head from its field word on
    ("新型储能、绿色建材产业提升项目入选全国质量强链重点项目。",
     {("新型储能产业提升项目", "全国质量强链重点项目"), ("绿色建材产业提升项目", "全国质量强链重点项目")}),
    ("白沙集团、绿色建材产业提升项目入选全国质量强链重点项目。",   # a firm keeps its own name
     {("白沙集团", "全国质量强链重点项目"), ("绿色建材产业提升项目", "全国质量强链重点项目")}),
    # an adverb before the verb is no receiver: the town
    ("历经多年努力，今年终于获得了“国家卫生城镇”殊荣。", {(None, "国家卫生城镇")}),
    ("继续荣膺全国文明城镇称号。", {(None, "全国文明城镇")}),
    ("青禾镇仍然保持国家卫生城镇称号，一直荣获省级文明城镇。", {(None, "省级文明城镇")}),
    # the town with its units is the town
    ("市本级及所辖县（市、区）荣膺省级双拥模范城（县）称号。", {(None, "省级双拥模范城")}),
    ("东岭、西岭双双入选全国文明城镇。", {("东岭", "全国文明城镇"), ("西岭", "全国文明城镇")}),
    ("双双荣膺“全国文明城镇”、“国家卫生城镇”称号。", {(None, "全国文明城镇"), (None, "国家卫生城镇")}),
    # a quoted name after 的 is the receiver, not the phrase that describes it
    ("白沙船厂建造的“青禾1号”获某国优秀工业设计金奖。", {("青禾1号", "某国优秀工业设计金奖")}),
    # a short name before a list's last unit shares its head
    ("东岭街、西岭路派出所荣获全国首批“枫桥式公安派出所”称号。",
     {("东岭街派出所", "全国枫桥式公安派出所"), ("西岭路派出所", "全国枫桥式公安派出所")}),
    # after a verb of winning, …创建城市 is part of the title received (入围X创建单位 is a candidacy)
    ("荣获2003—2004年度全国科技进步先进镇、全国知识产权示范创建城市。",
     {(None, "全国科技进步先进镇"), (None, "全国知识产权示范创建城市")}),
    # a count of editions, a two-digit year and a doubled level are no part of the title
    ("连续获评三届全国文明城镇。", {(None, "全国文明城镇")}),
    ("青禾镇荣获“’96某省全民健身计划优秀奖”。", {(None, "某省全民健身计划优秀奖")}),
    ("青禾镇荣获全球首批“国际湿地城镇”。", {(None, "国际湿地城镇")}),
    ("青禾镇荣获全国国际友好城镇交流合作奖。", {(None, "全国国际友好城镇交流合作奖")}),
    ("青禾镇荣获首座全国楹联文化城镇。", {(None, "全国楹联文化城镇")}),
    ("青禾镇被授予最高奖“长安杯”。", {(None, "长安杯")}),                 # a description before a quote
    ("获得省和全国“双拥”模范城三连冠称号。", {(None, "省双拥模范城"), (None, "全国双拥模范城")}),
    # another kind word before the same ending replaces the first one's
    ("青禾镇入选国家再生水利用配置试点城镇和重点城镇。",
     {(None, "国家再生水利用配置试点城镇"), (None, "国家再生水利用配置重点城镇")}),
    # titles that differ only in their kind go to the receiver of that kind; a kind alone shares the stem
    ("东岭区、西岭区白沙镇被命名为国家卫生区、镇。", {("东岭区", "国家卫生区"), ("白沙镇", "国家卫生镇")}),
    ("东岭村入选中国历史文化名镇、名村。", {("东岭村", "中国历史文化名村")}),
    ("白沙中学、东岭街道被命名为国家级民族团结进步示范区（单位）。",
     {("白沙中学", "国家级民族团结进步示范单位"), ("东岭街道", "国家级民族团结进步示范区")}),
    # 和 after a project's name joins two receivers
    ("东岭码头专用线项目和西岭“班轮+班列”新模式入选交通强国试点。",
     {("东岭码头专用线项目", "交通强国试点"), ("西岭班轮+班列新模式", "交通强国试点")}),
    # 在 inside a work's title is no frame; a description before a receiver is no part of its name
    ("《东山星光》《白水在手》获中国电影金鸡奖。", {("东山星光", "中国电影金鸡奖"), ("白水在手", "中国电影金鸡奖")}),
    ("全国首个5G全场景应用智慧港口入选国家新基建示范工程项目。",
     {("5G全场景应用智慧港口", "国家新基建示范工程项目")}),
    # the town's government and an adverb of manner are the town
    ("镇政府被授予全国政务公开先进单位称号。", {(None, "全国政务公开先进单位")}),
    ("高水平创成全国市域社会治理现代化试点城镇。", {(None, "全国市域社会治理现代化试点城镇")}),
    # 授予我镇X: the town received X
    ("某总局授予我镇国家环境保护模范城镇称号。", {(None, "国家环境保护模范城镇")}),
    # two short names joined by 和 are two receivers
    ("东岭和西岭被评为某省教育强镇。", {("东岭", "某省教育强镇"), ("西岭", "某省教育强镇")}),
    # a year range written with any dash is no part of the title
    ("东岭镇荣获2017―2020年度“平安某省”建设示范镇。", {("东岭镇", "平安某省建设示范镇")}),
    ("东岭镇荣获2011～2012年度全国治安综合治理优秀镇。", {("东岭镇", "全国治安综合治理优秀镇")}),
    # 成为 + a title with its level (成为 alone is a becoming: see NOT_RECEIVED)
    ("推进智慧交通，成为全国交通管理示范城镇。", {(None, "全国交通管理示范城镇")}),
    ("白沙景区成为国家5A级旅游景区。", {("白沙景区", "国家5A级旅游景区")}),
    ("加强品牌建设，成为首批国家地理标志保护示范城镇。", {(None, "国家地理标志保护示范城镇")}),
    ("明川物流成为全国冷链物流示范项目、全国果蔬集散中心。",
     {("明川物流", "全国冷链物流示范项目"), ("明川物流", "全国果蔬集散中心")}),
    ("东岭工业园成为某某省示范性产业转移园。", {("东岭工业园", "某某省示范性产业转移园")}),
    # a year list before the verb is a time, not a receiver (2021、2022年度 names no unit)
    ("2021、2022年度连续成为全省营商环境标杆城镇。", {(None, "全省营商环境标杆城镇")}),
    ("2020年、2021年连续成为全省营商环境标杆城镇。", {(None, "全省营商环境标杆城镇")}),
    # 夺得…桂冠; a streak of wins (创建/实现 X“N连冠”) is a title held
    ("坚持不懈推进创建，成功夺得全国卫生城镇桂冠。", {(None, "全国卫生城镇")}),
    ("高水平创建全国双拥模范城“六连冠”。", {(None, "全国双拥模范城")}),
    ("实现全国文明城镇“三连冠”“满堂红”。", {(None, "全国文明城镇")}),
    # a counted group of the town's own units or people: unnamed, so the town
    ("3个集体、5名个人获全国民族团结进步模范称号。", {(None, "全国民族团结进步模范")}),
    ("4个社区入选全省首批智慧社区试点。", {(None, "全省智慧社区试点")}),
    ("3个村获评市级美丽乡村示范村。", {(None, "市级美丽乡村示范村")}),
    # 获批 + a title with its level: a designation granted (获批建设/设立 approve works, not titles)
    ("东岭高新区获批国家绿色园区。", {("东岭高新区", "国家绿色园区")}),
    ("获批国家跨境电商综合试验区、国家文化出口基地。", {(None, "国家跨境电商综合试验区"), (None, "国家文化出口基地")}),
    ("获批全国首批国家创新型试点城镇。", {(None, "国家创新型试点城镇")}),   # the national title once
    # 蝉联X: won again; 全国县级X is one national title; a kind of work between 的 and the named work
    ("青禾镇蝉联全国文明城镇，东岭村成为全国县级文明村。",
     {(None, "全国文明城镇"), ("东岭村", "全国县级文明村")}),
    ("东岭剧团的越剧《春江》获得文华大奖。", {("春江", "文华大奖")}),
    # 建设 or 创建 inside a title is no verb of goal
    ("东岭社区入选完整社区建设全国试点。", {("东岭社区", "完整社区建设全国试点")}),
    ("荣获平安建设全国先进城镇。", {(None, "平安建设全国先进城镇")}),
    ("全年增长7%.青禾镇成为国家快递物流示范城镇。", {(None, "国家快递物流示范城镇")}),   # a figure before, no share
    # the streak with a title's head; a designated kind of centre after 成为; a designated project after 成功申报
    ("实现全国双拥模范城“七连冠”。", {(None, "全国双拥模范城")}),
    ("东岭电器成为国家级企业技术中心。", {("东岭电器", "国家级企业技术中心")}),
    ("成功申报国家级非物质文化遗产代表性项目。", {(None, "国家级非物质文化遗产代表性项目")}),
    ("成功申报全国水土保持示范项目。", {(None, "全国水土保持示范项目")}),
    # a named list after its level is a title whatever its ending
    ("白沙遗址入选全国十大考古新发现。", {("白沙遗址", "全国十大考古新发现")}),
    ("被评为2030中国十佳不夜城镇。", {(None, "中国十佳不夜城镇")}),
    # a cluster's designation goes to the cluster named as such
    ("青禾智能装备产业集群入选国家先进制造业集群。", {("青禾智能装备产业集群", "国家先进制造业集群")}),
    # times before the verb are no part of the receiver (第十次 stays with the rules that read it)
    ("“青禾模式”两次入选全国医改十大新举措。", {("青禾模式", "全国医改十大新举措")}),
    # a named hotline or platform received it, not the town (12345市民: no count of cities)
    ("12345市民服务联动平台荣获“全国工人先锋号”称号。", {("12345市民服务联动平台", "全国工人先锋号")}),
    ("12345政务服务热线获评全国政务热线示范单位。", {("12345政务服务热线", "全国政务热线示范单位")}),
    # the town's quoted thing received it, not the town
    ("我镇“三步审批工作法”获“全国政务服务创新奖”。", {("三步审批工作法", "全国政务服务创新奖")}),
    # a predicate of the receiver before 、 is no part of its name
    ("白沙湿地修复主体完工、入选全国生态修复典型案例。", {("白沙湿地修复", "全国生态修复典型案例")}),
    # a park's designation ends in 园; a name with brackets is one receiver
    ("东岭（白沙）产业合作园被认定为某省示范性产业转移园。", {("东岭（白沙）产业合作园", "某省示范性产业转移园")}),
    # a work in book-title marks is the receiver even when its title reads like a clause
    ("《把稻谷存进“银行”》获评中国新闻奖一等奖。", {("把稻谷存进银行", "中国新闻奖一等奖")}),
    # a relative clause (X参与的, 牵头申报的) says the town's part, no part of the receiver's name
    ("青禾牵头申报的东岭新材料集群入选国家先进制造业集群。", {("东岭新材料集群", "国家先进制造业集群")}),
    ("青禾参与的东岭（含白沙）航空集群、西岭铜材集群入选国家先进制造业集群。",
     {("东岭（含白沙）航空集群", "国家先进制造业集群"), ("西岭铜材集群", "国家先进制造业集群")}),
    ("白沙光电参与研发的柔性屏幕项目获国家科技进步一等奖。", {("柔性屏幕项目", "国家科技进步一等奖")}),
    # 等 closes a list of short names even where the last name's character and 等 make a word (平等);
    # a short item after 、 takes the first one's stem (先进县、进步县); 均: each received both
    ("东岭、西岭、和平等均获评省高质量发展先进县、进步县。",
     {(r, t) for r in ("东岭", "西岭", "和平") for t in ("省高质量发展先进县", "省高质量发展进步县")}),
    # receivers and titles both listed, nothing distributing them: who got which is unknown, left out
    ("东岭、西岭、和平等获评省高质量发展先进县、进步县。", set()),
    # as many receivers as titles: in order, as with 分别
    ("东岭村、西岭村获评省级文明村、省级卫生村。", {("东岭村", "省级文明村"), ("西岭村", "省级卫生村")}),
    ("东岭村、西岭村都获评省级文明村、省级卫生村。",
     {(r, t) for r in ("东岭村", "西岭村") for t in ("省级文明村", "省级卫生村")}),
    # one title at two levels, or one receiver: no pairing to guess
    ("东岭村、西岭村获评国家级、省级卫生村。",
     {(r, t) for r in ("东岭村", "西岭村") for t in ("国家级卫生村", "省级卫生村")}),
    ("东岭村获评省级文明村、省级卫生村。", {("东岭村", "省级文明村"), ("东岭村", "省级卫生村")}),
]

NOT_RECEIVED = [
    # a doubled measure word counts awards, it names none
    "在全省捧回了座座奖杯（14项）。",
    "青禾镇被列为低风险地区。",                           # an epidemic risk level
    "青禾镇位列全省百强镇第12位。",                        # a position in a ranking
    "27家企业获国家级、省级“专精特新”“小巨人”企业称号。",   # counted firms won, not the town
    "荣获“某省杰出人才奖”“某省大工匠”称号各2人。",          # persons won
    "青禾镇是全市重点发展的区域之一。",                     # 是…之一 with no title
    "市场监管局确认3家企业为高新技术企业。",                # a naming verb with a counted receiver
    "青禾镇获得各级资金支持。",
    "青禾镇成为北方地区唯一入选省会城市。",
    "90个重点项目完成投资，可望获全省重点项目考核上台阶奖。",   # expected, not won
    "五区均获评省基础教育高质量发展示范区。",              # a counted group of areas
    "“青禾跨境物流标准化试点”入选国家试点。",                # a bare ending after a level names nothing
    "运动会获得13个一等奖、18个二等奖。",
    "农业在全省的各项评比中共获得六项大奖。",
    "全市46%的行政村被评为文明村。",
    "话剧《某某人家》、图书《某某史诗》获国家大奖。",          # 国家大奖 names no award                        # a share of villages, not the town
    "推进青禾技术转移中心、某大学科创成果转移转化基地等项目建设。",   # 创成 inside 科创成果                   # a tally of awards
    "青禾镇获评国家级专精特新企业。",                       # a firm's title is not the town's
    "力争再获“全国社区建设示范镇”的荣誉称号。",           # goals, not wins
    "积极推进景区创建工作，确保成功创建全国旅游标准化示范镇。",
    "力争有更多的优势产品获得中国名牌和全国驰名商标。",              # 入选 describes, it does not report a win
    "5部作品入选省级五个一工程奖。",                         # counted works
    "支持入选国家“某某计划”的人才来镇创业。",
    "青禾镇获评营商环境进步最明显的城镇前五。",               # a position in a ranking
    "加大信用建设力度，全力创成国家信用示范城镇。",             # still to be done
    "青禾镇成功创建国家4A级旅游景区。",                      # a scenic area's rating: not the town's
    "成功举办园艺博览会，并获得鲁班奖和詹天佑奖。",          # a project's awards: not the town's
    "累计获得国家科技进步一等奖。",
    "青禾镇在生态文明建设领域获评“国家级”。",                 # a level alone names nothing
    "东岭、西岭分别获评市级文明村、省级卫生村、国家园林村。",   # 分别 with unequal lists
    "加入某网络的城市被分别授予7种称号：“文学之都”。",
    "获评营商环境进步最明显的城镇前五荣誉。",                 # a rank, even when the text calls it an honor
    "明川公司研发的掘进机获二等奖。",                         # a grade alone names no award
    "研究成果入选中国科学十大进展。",                          # whose results? no unit named
    "2区3县联动服务平台荣获“全国工人先锋号”称号。",           # a unit the rules cannot name: not the town
    "“数据得地”供地8156亩入选全国营商环境十大案例。",        # a figure inside: no unit's name
    "其中3O名优秀教师荣获市人民教师奖章。",                  # counted persons (a letter O for 0)
    "获得参评资格的城镇，必须连续三届被评为“全国治安优秀城镇”。",   # a condition to meet, not a win
    "全年获某国设计奖、红点奖共140项。",                       # a sum of awards won by many
    "获国家自然科学奖、技术发明奖和科技进步奖共6项二等奖。",
    "年度斩获国际金奖72项。",                                 # counted awards
    "获评全国文明村镇12个、国家农业产业强镇1个。",              # counted units won them
    "成功创建4A级景区1家、3A级景区3家。",
    "白沙公路防护林建设通过国家和自治区验收。",                 # levels alone name no title
    "40余部文艺作品获梅花奖等国家级奖项。",                    # counted works
    "其中78节课入选国家“基础教育精品课”。",
    "推进品牌建设和质量提升，争获中国质量奖。",              # strive to win: a goal
    "大力支持入选国家“某某计划”、“某某学者”等人才来镇创业。",  # whom it supports, not a win
    # a grade of an assessment is a ranking, not a title
    "青禾镇获评平安某省建设、法治某省建设“优秀”等次。",
    "在法治某省考评中连续5年获评“优秀”。",
    "数字政府服务能力连续2年获评“卓越级”。",
    "白沙综合保税区获评西北地区唯一“双A”等级。",
    "质量工作考核连续6次获评全省最优等次。",
    "东山景区通过5A级景区景观质量评审。",                   # a step on the way to a title
    "新组建白沙控股集团有限公司并获AAA信用评级。",            # a credit rating
    "青禾镇荣获中国质量奖。",                                 # a firm's award: an unnamed firm won it
    "首次荣获文华大奖、某某文学奖。",                          # works' awards
    "授予45位海外人士荣誉镇民称号。",                          # persons received it
    "其中16条街道被评为“文明街道标兵”。",                       # counted streets
    "白沙女足荣获女超联赛“五连冠”。",                           # a league is no title
    "粮食生产再夺大丰收、喜获“十六连丰”。",                      # a streak of harvests
    "3大项目列为首批共同富裕示范区建设省级试点。",                # counted projects
    # 分别 before the agent of a passive: the receivers were named before, not here
    "5个区、8个社区，分别被某部授予全国和谐社区建设示范区、示范社区称号。",
    "农村危房改造工作荣获省一等奖。",                             # a level and a grade name no award
    "东岭区、西岭区分别入选国家级经开区、园区高质量发展和综合实力百强榜。",   # parts of one ranking's name
    "行政复议工作荣获全国先进称号。",                          # a level and an ending name no title
    "该赛事连续两年被评为“亚洲最佳帆船赛”。",                  # an event's title
    "东岭村、白沙学校等三个小区获得荣誉称号。",              # the word for a title alone names none
    "青禾协作成果入选全国“决胜小康攻坚展”。",                # an exhibition
    # a verb of support before 创成 makes it a goal of the units supported
    "推进东山、西湖公园创成国家5A级景区和白沙创成国家级旅游度假区。",
    # 成为X without a title's shape, or as a goal, a becoming or a description
    "成为全国重要的先进制造业基地。",
    "成为经济增长的新引擎。",
    "努力把青禾镇打造成为全国知名旅游目的地。",
    "到2030年，成为国家生态文明建设示范镇。",
    "申请东岭园区成为国家级金融外包基地。",
    "东岭园区成为世界级新型显示产业基地。",
    "职业教育成为全国样板。",
    "明川小贷公司成为全国首创和省级试点。",
    "青禾镇成为全国水环境改善最明显的十个城镇之一。",
    "白沙义工成为全国知名爱心品牌。",
    # a reputation described (…品牌, …名片, …样板, …高地), no title a body awards
    "“乐享”便民热线持续优化，成为全国政务服务品牌。",
    "青禾镇成为全省乡村旅游名片。",
    "东岭园区成为全省数字经济发展高地。",
    "青禾镇成为全国大会承办城镇。",
    "以创建全国双拥模范城“四连冠”为目标，做好双拥工作。",   # a streak aimed at
    "白沙女足夺得女超联赛“五连冠”。",
    "青禾运动员夺得全国锦标赛冠军。",                      # 夺得 without 桂冠: sport
    "其中2家被认定为国家级企业技术中心。",                  # counted firms
    "获批建设国家气候投融资试点城镇。",                      # an approval of works
    "获批设立省级经济开发区。",
    "获批市场化改革试点。",                                # no level: 市场 is no 市
    "数据考核蝉联全国第一。",                               # a rank held again
    # a streak needs a title's head before its count: a region or a class of a contest is the field, not a title
    "绩效考核实现北部片区“三连冠”。",
    "财政透明度实现全国地级市“四连冠”。",
    "实现航模F3级“三连冠”。",
    # a rank at the end of a list's name, firms' lists; an industry is no cluster's name
    "蝉联全国先进制造业百强镇十强。",
    "入选中国企业五百强。",
    "生物医药入选国家先进制造业集群。",
    # 成为X中心/策源地: a positioning of the town, not a title
    "成为全国区域科技创新中心。",
    "成为全省创新策源地。",
    "成为国家三大会展中心。",
    # a thing approved or funded (成功申报X项目, 成功获批建设X中心) is no title
    "成功申报2030年中央财政河湖保护与建设项目。",
    "成功获批建设中国（青禾）知识产权保护中心。",
    # a named thing is the subject: it, not the town, would be the receiver (and a role in a standard is no title)
    "12345政务服务热线成为国家政务服务热线标准主导制定单位。",
]

PURSUED = [
    # a goal verb marked done (了) names titles won, no goal; a 了 later in the sentence does not
    ("奋力争创了“国家卫生城镇”、“东岭最具幸福感城镇”等一批新荣誉。", set()),
    ("五年来，创建了国家园林城镇，申报了全国生态镇。", set()),
    ("争创国家卫生城镇，为此开展了环境整治。", {"国家卫生城镇"}),
    # a past campaign inside a frame of thanks (在…活动中，…给予了支持) is no goal; a 在…中 frame of work is
    ("广大居民在抗击洪水、创建全国文明城镇等重大活动中，顾全大局，给予了充分的理解和支持。", set()),
    ("在环境整治工作中，广大居民作出了贡献；今年争创全国文明城镇。", {"全国文明城镇"}),
    ("青禾镇以创建“省卫生乡镇”为契机，整治环境。", {"省卫生乡镇"}),
    ("以争创全国社区养老示范城市和医养结合试点城市为抓手，完善服务。", {"全国社区养老示范城市", "医养结合试点城市"}),
    ("以创建文明城镇为目标，整治环境。", {"文明城镇"}),
    # a slogan of the town's own (a superlative, the town's name, a stem too short for a title) is no title
    ("以创建食品安全最放心城镇为目标，强化监管。", set()),
    ("以创建“平安青禾”为目标，坚持打防并举。", set()),
    ("以创建“样板镇”为契机，推进生态建设。", set()),
    ("青禾镇被列入2020年度某省美丽城镇建设样板创建名单(都市节点型)。", {"某省美丽城镇建设样板"}),
    ("争创首批国家食品安全示范城市。", {"国家食品安全示范城市"}),
    ("加快发展会展业，力争成为“中国最佳会展城市”。", {"中国最佳会展城市"}),
    ("力争再获“全国社区建设示范镇”的荣誉称号。", {"全国社区建设示范镇"}),
    ("积极发展智慧物流，争创国家5A级物流企业。", set()),
    ("青禾镇入围国家中医药健康旅游示范镇创建单位。", {"国家中医药健康旅游示范镇"}),   # a candidacy
    ("申报建设国家光伏领跑者计划示范基地。", {"国家光伏领跑者计划示范基地"}),
    ("支持一批省级开发区申报国家级开发区。", set()),
    ("争创大运河文化带建设国家示范点。", {"大运河文化带建设国家示范点"}),   # 建设 inside the title
    # 创建 + a title with its level; 巩固…创建X成果 is a title held, a count after it a tally
    ("整建制创建国家现代农业示范区，新增家庭农场30个。", {"国家现代农业示范区"}),
    ("深入创建“全国禁毒示范城镇”。", {"全国禁毒示范城镇"}),
    ("巩固扩大创建国家园林城镇和国家森林城镇成果。", set()),
    ("创建省级特色田园乡村12个。", set()),
    # a centre's designation needs its level; an organisation is no title
    ("争创国家级冷链物流集结中心。", {"国家级冷链物流集结中心"}),
    ("争创区域物流中心。", set()),
    ("办好海洋周，争取创建国际海洋组织。", set()),
    # 争取 + a title with its level; projects, funds and the state's own acts are no titles
    ("积极争取国家营商环境创新试点。", {"国家营商环境创新试点"}),
    ("争取列入国家设计之都试点城镇。", {"国家设计之都试点城镇"}),
    ("积极争取国家在此设立汽车出口基地。", set()),
    ("争取国家重大科技基础设施项目。", set()),
    ("争取国家批准“区港联动”试点。", set()),
    ("青禾镇成功入选建设国家儿童友好城镇名单。", {"国家儿童友好城镇"}),
    ("巩固“双拥”成果，争创全国“双拥”模范城“五连冠”。", {"全国双拥模范城"}),
    ("加快项目进度，力争三年创建国家全域旅游示范区。", {"国家全域旅游示范区"}),
    ("经济规模争取进入全国前十名，力争成为某省最大的先进制造业城镇。", set()),
    ("构建产业协同创新联盟，力争成为东北地区“创新中心”。", set()),   # an aim, not a title
    ("大力发展海峡旅游，力争成为赴台个人游试点城镇。", set()),
    ("推进金融创新，争取成为中小企业融资改革综合试点区。", {"中小企业融资改革综合试点区"}),
    ("力争2条步行街入围省级示范试点。", set()),
    ("力争获批国家服务业扩大开放综合试点。", {"国家服务业扩大开放综合试点"}),       # unnamed units pursue it        # the firms are meant
    ("推进社区服务设施建设，争创全国示范城市。", set()),
]


# a unit named before the goal verb pursues it when its name says what it is; otherwise the town does
@pytest.mark.parametrize("text,expected", [
    ("积极推进青禾经济开发区、白沙经济开发区申报国家级开发区。",
     {("青禾经济开发区", "国家级开发区"), ("白沙经济开发区", "国家级开发区")}),
    ("协助辖区明川科技有限公司申报2023年省级“创新型”中小企业。", {("明川科技有限公司", "省级创新型中小企业")}),
    ("加快发展旅游会展业，力争成“中国最佳旅游城市”。", {(None, "中国最佳旅游城市")}),
    ("支持东岭、西岭、南山争创国家级全域旅游示范区。",
     {("东岭", "国家级全域旅游示范区"), ("西岭", "国家级全域旅游示范区"), ("南山", "国家级全域旅游示范区")}),
    ("深化文旅融合争创国家全域旅游示范区。", {(None, "国家全域旅游示范区")}),
    ("鼓励有条件的县和功能区争创省级高新园区。", set()),   # unnamed units; a park's title is not the town's
    ("申报创建国家全域旅游示范区。", {(None, "国家全域旅游示范区")}),
    ("积极建设健康城镇、争创卫生城镇。", {(None, "卫生城镇")}),   # a joined verb phrase is no receiver
    ("争创城乡协调发展实验区、示范市。", {(None, "城乡协调发展实验区")}),   # a bare ending names nothing
    # 推动/支持 X 争创: X pursues it whatever its name's ending; unnamed kinds of unit leave no fact
    ("推动白云岭争创国家5A级旅游景区。", {("白云岭", "国家5A级旅游景区")}),
    ("推进东岭古村申报文物保护利用示范基地。", {("东岭古村", "文物保护利用示范基地")}),
    ("支持东岭和西岭联合申报国家级开发区。", {("东岭", "国家级开发区"), ("西岭", "国家级开发区")}),
    # a zone's kind alone stands for a zone the text does not name here: the town's own (a park's title: none)
    ("支持开发区争创低碳工业园区。", set()),
    ("支持高新区创建国家自主创新示范区。", {(None, "国家自主创新示范区")}),
    # ...or the zone of that kind named before in the paragraph (and elsewhere in the report)
    ("东岭新区建设提速。推动东岭新区开发，促进新区生态保护，推动新区申报国家级新区。", {("东岭新区", "国家级新区")}),
    # a co-verb or an adverb between the last unit and the goal verb is no part of its name
    ("支持东岭寺、西岭古灶携手创建国家5A级景区。", {("东岭寺", "国家5A级景区"), ("西岭古灶", "国家5A级景区")}),
    ("东岭、西岭积极创建国家园林县城。", {("东岭", "国家园林县城"), ("西岭", "国家园林县城")}),
    ("支持市第二医院高标准创建省级区域医疗中心。", {("市第二医院", "省级区域医疗中心")}),
    ("支持东岭创建国家乡村振兴示范县、西岭深化农文旅融合争创国家级旅游度假区。",
     {("东岭", "国家乡村振兴示范县"), ("西岭", "国家级旅游度假区")}),
    # a list item that is a clause of its own (a verb and a leveled title): only the last unit pursues the goal
    ("支持东岭大学建设省级“双一流”、西岭学院争创硕士学位授予单位。", {("西岭学院", "硕士学位授予单位")}),
    ("支持东岭筹建省级高新区、西岭创建国家创新型县。", {("西岭", "国家创新型县")}),
    # a verb of help before the units is no part of the first one's name
    ("助推东岭、西岭创建全国文明城区。", {("东岭", "全国文明城区"), ("西岭", "全国文明城区")}),
    ("力促东岭湖、西岭湖争创国家级湿地公园。", {("东岭湖", "国家级湿地公园"), ("西岭湖", "国家级湿地公园")}),
    # units named only by their kind or a count of them, or a manner: no named pursuer
    ("支持大企业、大集团申报国家级企业技术中心。", set()),
    ("支持高校院所、企业研发平台创建国家重点实验室。", set()),
    ("支持县（市）区创建省级全域旅游示范区。", set()),
    ("同步推动三县一市创建国家卫生县城。", set()),
    ("推进整建制创建国家现代农业示范区。", {(None, "国家现代农业示范区")}),
    # a goal verb inside a list of opportunities held, or the report's closing call; aims no body awards
    ("抢抓“双区”驱动和建设全国法治先行示范城市等重大战略机遇，深化改革。", set()),
    ("为建设国家中心城市而努力奋斗！", set()),
    ("支持东岭职业技术大学创建中国特色世界一流职业学校。", set()),
    ("创建全国一流自然保护区。", set()),
    ("支持东岭医学院争创“双一流”。", {("东岭医学院", "双一流")}),
    # the campaign's history (早在…就开始启动) is no goal
    ("早在1998年，我镇就开始启动全国文明镇创建工作。", set()),
    ("启动全国文明镇创建工作。", {(None, "全国文明镇")}),
    ("引导企业争创中国质量品牌。", set()),
    ("推动更多市属国企争创“千亿资产、百亿营收”。", set()),
    ("加快绿电园区建设，争创零碳园区。", set()),   # a park's title is not the town's
    ("争创国家生态镇和全国水美乡镇。", {(None, "国家生态镇"), (None, "全国水美乡镇")}),
    ("四创两争创建“国家卫生城镇”和“全国文明城镇”。", {(None, "国家卫生城镇"), (None, "全国文明城镇")}),
    ("国家森林城镇、国家生态镇创建工作扎实推进。", {(None, "国家森林城镇"), (None, "国家生态镇")}),
    ("争创新一轮全国全省“双拥模范城”。", {(None, "全国双拥模范城"), (None, "全省双拥模范城")}),
    # 市 opening a word of the title (市域, 市场) is not a second level
    ("争创全国市域社会治理现代化试点合格城市。", {(None, "全国市域社会治理现代化试点合格城市")}),
    ("争创全国市场监管系统先进集体。", {(None, "全国市场监管系统先进集体")}),
    ("推进太阳沟争创5A级景区、长山群岛争创国家级旅游度假区。",
     {("太阳沟", "5A级景区"), ("长山群岛", "国家级旅游度假区")}),   # two clauses, not one receiver
    ("引导县和村镇争创全国文明城市和全国文明村镇。", set()),
    ("推动市人民医院和市中医院争创省高水平医院。", {("市人民医院", "省高水平医院"), ("市中医院", "省高水平医院")}),
    ("争创全国供应链创新与应用示范城镇。", {(None, "全国供应链创新与应用示范城镇")}),
    ("申报打造平安中国建设示范镇。", {(None, "平安中国建设示范镇")}),
    ("大力争取汽车平行进口业务试点。", set()),     # 力争 inside 大力争取 is no trigger
    ("全力争政策、争牌子、争资金、争试点。", set()),
    ("争创政府服务品牌。", set()),                 # 品牌 is a title only after a level
    ("争创1—2个国家级商业示范社区。", set()),
    ("引导建设一批地标性建筑，鼓励争创鲁班奖。", set()),
    ("推动更多国企提高竞争力，争创“千亿资产、百亿营收、十亿利润”。", set()),
    ("争创更多全国乡村治理示范村镇。", set()),
    ("积极申报国家“十城万盏”照明示范城镇和国家节能与新能源汽车示范推广试点城镇。",
     {(None, "国家十城万盏照明示范城镇"), (None, "国家节能与新能源汽车示范推广试点城镇")}),
    ("争创国家和省药品安全示范镇（区）。", {(None, "国家药品安全示范镇"), (None, "省药品安全示范镇")}),
    ("推进大巴扎争创国家5A级景区、白沙县创建国家级旅游度假区。",
     {("大巴扎", "国家5A级景区"), ("白沙县", "国家级旅游度假区")}),
    ("以创建“平安网格”为载体，推进基层治理。", set()),   # a means, not a goal
    ("推动东陵申遗、白岩画申报国家5A级景区。", {("白岩画", "国家5A级景区")}),   # a list of clauses
    ("大力发展物流，力争5A级物流企业突破15家。", set()),                    # a target count
    ("争创白沙县国家数字种植业创新应用基地。", {("白沙县", "国家数字种植业创新应用基地")}),
    ("全省慢性病示范区创建工作推进现场会在我镇召开。", set()),               # a meeting's name
    ("创作一批文艺精品，力争获得某某文学奖和某某牡丹奖。", set()),   # awards of works the town has not named
    ("鼓励高等院校争创“双一流”。", set()),
    # after a bare 力争 the title starts at its level or quote; a clause (把…建设成为, …全部建成) is no title
    ("力争全域创成省级生态文明建设示范镇。", {(None, "省级生态文明建设示范镇")}),
    ("力争年内建成国家全域旅游示范区。", {(None, "国家全域旅游示范区")}),
    ("已向某部申报作为全国医疗制度改革扩大试点城镇。", {(None, "全国医疗制度改革扩大试点城镇")}),
    ("着力争取省“应用基础研究特区”试点。", set()),
    ("力争全镇各村全部建成省级美丽乡村和文明村。", set()),
    ("力争把镇区建设成为形象展示区和成熟社区示范区。", set()),
    ("全力支持白沙先进材料与绿色制造研究院等争创“某省实验室”。", {("白沙先进材料与绿色制造研究院", "某省实验室")}),
    ("支持镇属两所职业学校争创“双高”。", set()),                  # a counted group
    ("以创建文明行业、文明社区、文明家庭为重点，推动创建活动。", set()),   # the units' titles in a campaign
    ("支持企业参与标准制订，争创“名品、名企、名牌”。", set()),     # words of praise, no title
    ("推动青禾园区争创世界一流高科技产业园区。", set()),          # a description
    ("支持申报国家级、世界级“非遗”项目。", set()),                # the units supported are not named
    ("启动“一次申报、一次查验、一次放行”联动监管试点。", set()),    # 申报 inside a quoted name
    ("以“争创全国文明城镇、构建和谐青禾”为目标，开展创建活动。", {(None, "全国文明城镇")}),   # a quoted goal
    ("鼓励争创省级文明单位。", set()),
    # "A、B开发区": the short names share the last unit's head (not a name with its own area ending)
    ("支持东岭、西岭开发区争创国家级开发区。", {("东岭开发区", "国家级开发区"), ("西岭开发区", "国家级开发区")}),
    ("推动东岭、西岭经开区申报国家级开发区。", {("东岭经开区", "国家级开发区"), ("西岭经开区", "国家级开发区")}),
    ("支持东岭镇、西岭开发区争创国家级开发区。", {("东岭镇", "国家级开发区"), ("西岭开发区", "国家级开发区")}),
    ("支持东岭区创建国家生态区、西岭区争创国家农业现代化示范区。",
     {("东岭区", "国家生态区"), ("西岭区", "国家农业现代化示范区")}),
    ("东岭、西岭获批创建省级高新区。", {("东岭", "省级高新区"), ("西岭", "省级高新区")}),   # the approval is no name
    ("荣获平安建设全国先进城镇。", set()),                              # a title won, no goal
    # a verb of support before 创成: a goal of the units it names; a second 创成 after 和 too
    ("推进东山、西湖公园创成国家5A级景区和白沙创成国家级旅游度假区。",
     {("东山", "国家5A级景区"), ("西湖公园", "国家5A级景区"), ("白沙", "国家级旅游度假区")}),
    ("支持东岭县创成国家农业高新技术产业示范区。", {("东岭县", "国家农业高新技术产业示范区")}),
    ("鼓励企业增品种、创品牌，争创中国质量奖、中国工业大奖。", set()),   # firms' awards
    ("争创全省营商环境评价“五连冠”、全国专项领域“单项冠军”。", set()),   # a first place is a rank
    # 推荐A、B申报X: A and B pursue X
    ("推荐东山剪纸、西岭酿造技艺申报国家级非遗保护项目。",
     {("东山剪纸", "国家级非遗保护项目"), ("西岭酿造技艺", "国家级非遗保护项目")}),
    # a unit named before whose name ends in the title without its level is raised to that level
    ("发挥东岭·某谷双创示范基地的辐射作用，全力申报国家级双创示范基地。",
     {("东岭·某谷双创示范基地", "国家级双创示范基地")}),
    ("巩固国家卫生城镇成果，争创国家卫生城镇。", {(None, "国家卫生城镇")}),   # 巩固国家 is no name
    ("加快省级未来产业先导区建设，争创国家级未来产业先导区。", {(None, "国家级未来产业先导区")}),   # a level
    ("落实农业龙头企业奖励政策，争创国家级生态农业示范基地。", {(None, "国家级生态农业示范基地")}),
    ("力争成为全国首批“国家生态镇”。", {(None, "国家生态镇")}),              # the national title once
    # levels standing alone before one title: each level gets the title
    ("创建国家、自治区食品安全示范镇。", {(None, "国家食品安全示范镇"), (None, "自治区食品安全示范镇")}),
    ("争创国家、省、市级生态文明建设示范镇。",
     {(None, "国家生态文明建设示范镇"), (None, "省生态文明建设示范镇"), (None, "市级生态文明建设示范镇")}),
    # two titles joined by 和, the second written with the first one's stem
    ("争创全国电子商务示范镇和示范基地。", {(None, "全国电子商务示范镇"), (None, "全国电子商务示范基地")}),
    ("高起点规划、高标准创建国家全域旅游示范区。", {(None, "国家全域旅游示范区")}),   # a manner, no pursuer
    # the state's approval of plans is sought, no title
    ("争取国家批复东岭示范区、西岭试验区建设方案。", set()),
    # 支持A升级为X: A is to be raised; an upgrade that happened, or an unnamed unit, is no goal
    ("支持东岭工业园、西岭工业园升级为国家级开发区。",
     {("东岭工业园", "国家级开发区"), ("西岭工业园", "国家级开发区")}),
    ("东岭工业园升级为国家级开发区。", set()),
    ("积极争取东岭铁路港经开区升级为国家级经开区。", set()),
    # listings of sites: heritage and wetlands; the site named before the level receives it
    ("加快申报国际重要湿地和世界自然遗产。", {(None, "国际重要湿地"), (None, "世界自然遗产")}),
    ("推进东山古城申报世界文化遗产。", {("东山古城", "世界文化遗产")}),
    ("着手申报鼓岭世界文化遗产、“东岭小调”世界非物质文化遗产。",
     {("鼓岭", "世界文化遗产"), ("东岭小调", "世界非物质文化遗产")}),
    ("申报“中国东岭调”世界非物质文化遗产。", {("中国东岭调", "世界非物质文化遗产")}),
    # 做好/抓好 X 复审/创建工作: X is the goal the work is for; a campaign with no title shape is not
    ("深入开展爱国卫生运动，做好国家卫生城镇复审迎检工作。", {(None, "国家卫生城镇")}),
    ("抓好全国文明城镇创建工作。", {(None, "全国文明城镇")}),
    ("认真做好国防动员和双拥创建工作。", set()),
    ("做好国家环保模范城镇复核及国家生态镇创建工作。", {(None, "国家生态镇")}),
    ("抓好国家“数字乡村”试点镇建设和电子商务示范镇创建工作。", set()),   # two works read as one
    ("做好第三批全国法治政府建设示范创建工作。", set()),                   # no title's kind
    ("东岭古城列入中国世界文化遗产预备名单。", set()),
    # a verb leading the receiver (参与/联合) is no part of its name; with no receiver after it, the town pursues
    ("积极参与东岭运河申报世界文化遗产。", {("东岭运河", "世界文化遗产")}),
    ("联合西岭古镇申报世界文化遗产。", {("西岭古镇", "世界文化遗产")}),
    ("积极参与创建国家森林城镇。", {(None, "国家森林城镇")}),
    # a verb of work before the unit (做好/抓好/启动 A 申报X): A pursues X
    ("做好东岭古桥申报世界文化遗产工作。", {("东岭古桥", "世界文化遗产")}),
    ("启动“东岭·西岭茶园”申报世界文化遗产工作。", {("东岭·西岭茶园", "世界文化遗产")}),
    ("认真做好东岭新区申报国家级新区各项工作。", {("东岭新区", "国家级新区")}),
    ("全面动员部署新一轮创建全国文明城镇工作。", {(None, "全国文明城镇")}),
    ("深入开展争创“人民满意的公务员”活动。", set()),
    ("继续抓好青禾申报全国历史文化名城和东岭古寺申报世界文化遗产工作。", {("东岭古寺", "世界文化遗产")}),
    ("统筹推进世界文化遗产申报和国家5A级景区创建工作。", set()),   # 申报 a noun: no unit named
    ("做好向国家申报“中国服务外包基地”工作。", {(None, "中国服务外包基地")}),   # to whom, not who
    ("配合省上争取中国（某某）自由贸易试验区。", set()),             # the province's goal
    ("积极申建国家美丽乡村工程项目。", set()),                      # a project funded, no title
    ("全面启动整体创建国家现代农业示范区工作。", {(None, "国家现代农业示范区")}),
])
def test_pursued_by(text, expected):
    assert found(text, "pursued_honor") == expected


# a title for a smaller kind of area than a county's, district's or city's report, pursued with nobody named: its units' goal
@pytest.mark.parametrize("town,text,expected", [
    ("青禾市", "推广网格化管理，争创省、国家级和谐社区。", set()),
    ("青禾市", "争创一批国家级、省级创新型县（市）。", set()),
    ("青禾市", "争创全国文明村镇。", set()),
    ("青禾市", "争创国家卫生城市。", {(None, "国家卫生城市")}),
    ("青禾市", "支持东岭县争创国家生态县。", {("东岭县", "国家生态县")}),
    ("青禾镇", "争创国家卫生乡镇。", {(None, "国家卫生乡镇")}),
    ("青禾镇", "争创全国文明村。", {(None, "全国文明村")}),   # a town's campaign for its villages is the town's
    ("青禾区", "争创全国百强县。", {(None, "全国百强县")}),
    ("青禾市", "深入开展争创“人民满意的公务员集体”活动。", set()),   # a group's title: its units'
])
def test_pursued_smaller_kind(town, text, expected):
    assert in_report(f"{town}政府工作报告\n\n{text}", "pursued_honor", town=town) == expected


# 建设X is a goal when X is a title of the town's own kind with its level (a city builds toward …示范城市);
# "X示范市建设扎实推进" likewise; a zone, an aim or another kind of title is no goal
@pytest.mark.parametrize("town,text,expected", [
    ("青禾市", "全力建设国家物流示范城市和国际消费中心城市。",
     {(None, "国家物流示范城市"), (None, "国际消费中心城市")}),
    ("青禾市", "加快建设国家自主创新示范区。", set()),
    ("青禾市", "加快建设国际化大都市。", set()),
    ("青禾市", "加快建设国际旅游目的地城市。", set()),
    ("青禾镇", "加快建设国家中心城市。", set()),
    # a district or a county has no title of its own kind to build toward (this crashed before)
    ("青禾区", "加快建设国家智慧物流示范区。", set()),
    ("青禾县", "全县上下努力建设国家生态文明建设示范县。", set()),
    ("青禾市", "省市共建生态文明示范市建设扎实推进。", {(None, "省市共建生态文明示范市")}),
    ("青禾市", "海绵城市建设扎实推进。", set()),
    # (only a model of the town's kind: 建设 of 创新型城市, 卫生城市 is work on a title held or kept)
    ("青禾市", "国家创新型城市建设扎实推进。", set()),
    ("青禾市", "国家卫生城市建设加快推进。", set()),
    # a pilot is applied for and then carried out: 建设X试点城市 is work on a pilot held, no goal
    ("青禾市", "加快建设国家智慧物流试点城市。", set()),
    ("青禾市", "国家智慧物流试点市建设扎实推进。", set()),
    ("青禾市", "加快建设国家智慧物流示范城市。", {(None, "国家智慧物流示范城市")}),
    ("青禾市", "积极申报国家智慧物流试点城市。", {(None, "国家智慧物流试点城市")}),
    # the report says the title was granted: 建设X is work on a title held (not after a goal word: 争取成为X)
    ("青禾市", "去年成功入选首批国家智慧物流示范城市。今年加快建设国家智慧物流示范城市。", set()),
    ("青禾市", "获批建设国家智慧物流示范城市。国家智慧物流示范城市建设扎实推进。", set()),
    ("青禾市", "争取成为国家智慧物流示范城市。加快建设国家智慧物流示范城市。", {(None, "国家智慧物流示范城市")}),
    # a pilot of the title held is the title held (确定为X试点, 入选X试点城市 for X城市)
    ("青禾市", "被确定为国家智慧物流示范城市试点。加快建设国家智慧物流示范城市。", set()),
    ("青禾市", "去年入选国家创新型试点城市。今年加快建设国家创新型城市。", set()),
    ("青禾市", "获批国家全面改革试验区、国家创新型城市试点。国家创新型城市建设加快推进。", set()),
    ("青禾市", "加快建设国家创新型城市。", {(None, "国家创新型城市")}),
    # 建设 alone of a positioning is no goal; 争创 of it is
    ("青禾市", "加快建设国家中心城市。", set()),
    ("青禾市", "加快建设国家物流枢纽承载城市。", set()),
    ("青禾市", "争创国家中心城市。", {(None, "国家中心城市")}),
    # ...unless a word of striving stands right before 建设: the city aims to be one (not yet designated)
    ("青禾市", "努力建设国家中心城市。", {(None, "国家中心城市")}),
    ("青禾市", "努力建设国家物流枢纽承载城市。", {(None, "国家物流枢纽承载城市")}),
    ("青禾市", "努力建设国家物流枢纽。", set()),
    # 创建国际X: the level 国际 before a title of the town's own kind
    ("青禾市", "加快创建国际湿地城市。", {(None, "国际湿地城市")}),
    ("青禾市", "创建国际卫生港口。", set()),
    ("青禾市", "争创国家信息消费试点市和电子商务示范城市。",
     {(None, "国家信息消费试点市"), (None, "电子商务示范城市")}),
    ("青禾市", "高校成为我市创建国家智慧物流示范城市的力量。加快建设国家智慧物流示范城市。",
     {(None, "国家智慧物流示范城市")}),
    ("青禾市", "申报建设国家光伏领跑者计划示范基地。", {(None, "国家光伏领跑者计划示范基地")}),
    # 创建X with no level: a title of the town's own kind with a strong ending (示范城市, 模范市, 试点城市 …)
    ("青禾市", "积极创建全民登山健身模范市。", {(None, "全民登山健身模范市")}),
    ("青禾市", "创建绿色物流配送示范城市，开展试点。", {(None, "绿色物流配送示范城市")}),
    ("青禾镇", "创建森林康养示范镇。", {(None, "森林康养示范镇")}),
    ("青禾市", "全力创建新一届全国双拥模范城。", {(None, "全国双拥模范城")}),
    ("青禾市", "支持东岭、西岭创建省园林城镇。", {("东岭", "省园林城镇"), ("西岭", "省园林城镇")}),
    # ...not another kind or an aim of the town's own, not a title won (创建成为, 创建X“N连冠”), not a campaign of
    # civility for the town's units, not after a description (唯一, 首个), not the town's own slogan
    ("青禾市", "创建智慧城市。", set()),
    ("青禾市", "创建森林康养示范镇。", set()),
    ("青禾市", "主城区创建成为国家园林城市、森林城市。", set()),
    ("青禾市", "继续创建文明城市、文明村镇、文明窗口行业。", set()),
    ("青禾市", "青禾创建全省唯一的乡村人居环境示范市。", set()),
    ("青禾市", "创建全省首个“放心消费”试点城市。", set()),
    ("青禾市", "创建食品安全最放心示范城市。", set()),
    ("青禾市", "创建平安青禾示范市。", set()),
    # 推进X创建 with no level: a model or pilot of the town's own kind (not a campaign every city runs, not two works)
    ("青禾市", "扎实推进绿色物流示范城市创建，确保通过国家验收。", {(None, "绿色物流示范城市")}),
    ("青禾镇", "深化森林康养示范镇创建。", {(None, "森林康养示范镇")}),
    ("青禾市", "推进文明城市创建。", set()),
    ("青禾市", "认真开展第二次全国农业普查和全民健身模范市创建工作。", set()),
    ("青禾市", "推进绿色物流示范城市创建。", {(None, "绿色物流示范城市")}),
    # 推进/推动 right before the goal verb: the town's own work (支持申报X: units not named)
    ("青禾市", "推进创建国家智慧物流示范城市。", {(None, "国家智慧物流示范城市")}),
    ("青禾市", "支持创建国家智慧物流示范城市。", set()),
    # 创建X工作: X; 申建 (applied for) as 申报
    ("青禾市", "推进创建国家森林城市和国家生态园林城市工作。", {(None, "国家森林城市"), (None, "国家生态园林城市")}),
    ("青禾市", "深入开展创建国家园林城市活动。", {(None, "国家园林城市")}),
    ("青禾市", "积极申建国家服务贸易创新发展示范区。", {(None, "国家服务贸易创新发展示范区")}),
    ("青禾市", "申建智慧物流专项行动试点城市。", {(None, "智慧物流专项行动试点城市")}),
])
def test_pursued_by_building(town, text, expected):
    assert in_report(f"{town}政府工作报告\n\n{text}", "pursued_honor", town=town) == expected


@pytest.mark.parametrize("text,expected", [
    # 成为X under a heading of the year ahead is an aim, not a title received (the review part keeps it)
    ("青禾市政府工作报告\n\n一、过去一年工作回顾\n\n推进智慧交通，成为全国交通管理示范城市。\n\n"
     "二、今后工作安排\n\n推进数字政府建设，成为全国政务服务示范城市。",
     {(None, "全国交通管理示范城市")}),
    # a part headed by a plan period that begins in the report's year: 成为X is an aim
    ("青禾市2021年政府工作报告\n\n一、2020年和“十三五”工作回顾\n\n推进智慧交通，成为全国交通管理示范城市。\n\n"
     "二、“十四五”时期指导思想和重点任务\n\n人居环境更加舒适，成为全国生态文明示范城市。",
     {(None, "全国交通管理示范城市")}),
    # a plan period that began before the report's year is a review when its part says so
    ("青禾市2016年政府工作报告\n\n一、“十二五”时期工作回顾\n\n推进智慧交通，成为全国交通管理示范城市。",
     {(None, "全国交通管理示范城市")}),
    # 远景目标 in a heading
    ("青禾市2021年政府工作报告\n\n二、二〇三五年远景目标\n\n创新强，成为全国生态文明示范城市。", set()),
    # a list of —— items led by a sentence of goals: 成为, 实现X“三连冠”, 成功创建X there are aims
    ("青禾市2017年政府工作报告\n\n回顾过去，我们取得了很大成绩。\n\n努力实现六个目标：\n\n"
     "——人居环境更加舒适，成为全国生态文明示范城市。\n\n——实现全国文明城市“三连冠”。\n\n——成功创建国家园林城市。",
     set()),
    # a list of —— items led by a review: they report titles received
    ("青禾市2017年政府工作报告\n\n过去一年，我们主要抓了以下工作：\n\n"
     "——人居环境更加舒适，成为全国生态文明示范城市。\n\n——实现全国文明城市“三连冠”。\n\n——成功创建国家园林城市。",
     {(None, "全国生态文明示范城市"), (None, "全国文明城市"), (None, "国家园林城市")}),
])
def test_becoming_in_a_plan_passage_is_no_title_received(text, expected):
    """成为X (and 实现X“三连冠”, 成功创建X in a list of goals) in a plan or vision passage is an aim."""
    assert in_report(text) == expected


def test_titles_joined_by_a_list_mark_are_not_one():
    assert found("围绕争创“文明城、园林城和人居环境奖”，推进县城建设。", "pursued_honor") == set()
    # one quote holding a list of leveled titles is that list
    assert found("以创建“全国文明城镇、国家卫生乡镇”为抓手，整治环境。", "pursued_honor") == \
        {(None, "全国文明城镇"), (None, "国家卫生乡镇")}
    # a description before quoted awards (最高荣誉) is no part of their names
    assert found("王某荣获某某界最高荣誉“金针奖章”“银针奖章”。") == {("王某", "金针奖章"), ("王某", "银针奖章")}


# 获批X, 被确定为X: a title granted; with no level only a pilot or model of the town's own kind
@pytest.mark.parametrize("town,text,expected", [
    ("青禾市", "获批二手船舶出口试点城市，出口增长。", {(None, "二手船舶出口试点城市")}),
    ("青禾市", "获批成为公共数据授权运营试点城市。", {(None, "公共数据授权运营试点城市")}),
    ("青禾市", "我市被确定为“全国商标品牌工作试点城市”。", {(None, "全国商标品牌工作试点城市")}),
    ("青禾市", "被确定为首批国家级文化旅游示范基地。", {(None, "国家级文化旅游示范基地")}),
    ("青禾镇", "获批乡村数字治理试点镇。", {(None, "乡村数字治理试点镇")}),
    ("青禾市", "我市成为跨境贸易结算试点城市，百家企业获得资格。", {(None, "跨境贸易结算试点城市")}),
    ("青禾市", "成为首批数字家庭示范城市。", {(None, "数字家庭示范城市")}),
    # (成为 in a goal is no win; a description with 的 is no title)
    ("青禾市", "努力成为跨境贸易结算试点城市。", set()),
    ("青禾市", "成为包容发展的示范城市。", set()),
    # not another kind, a positioning, a description (首个) or the approval of works
    ("青禾镇", "获批乡村数字治理试点城市。", set()),
    ("青禾市", "获批海岸带综合治理试点区。", set()),
    ("青禾市", "被确定为国际性综合交通枢纽城市。", set()),
    ("青禾市", "获批全国首个低空交通研究试点城市。", set()),
    ("青禾市", "获批建设国家级新区。", set()),
    ("青禾市", "获批创建低空经济示范城市。", set()),   # a candidacy
])
def test_granted(town, text, expected):
    assert in_report(f"{town}政府工作报告\n\n{text}", "honor", town=town) == expected


@pytest.mark.parametrize("text,expected", RECEIVED)
def test_received(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_RECEIVED)
def test_not_received(text):
    assert found(text) == set()


@pytest.mark.parametrize("text,expected", PURSUED)
def test_pursued(text, expected):
    assert {o for _, o in found(text, "pursued_honor")} == expected
    assert found(text) == set()


def test_rules_are_recorded():
    rules = {f.object: f.rule for f in facts("建设部命名青禾镇为国家园林城镇。青禾镇是全省首批试点镇之一。"
                                             "某研究院发布电商强镇名单,青禾镇榜上有名。")}
    assert rules == {"国家园林城镇": "honor:命名…为", "全省试点镇": "honor:之一", "电商强镇": "honor:榜上有名"}


# a creation as the object of a verb (推进X创建, 夯实X创建基础), a pilot sought (争取开展X试点, 申办X试点),
# titles of a city's own kind without a level (公交都市) and 优秀市: pursued; rows that must give nothing
@pytest.mark.parametrize("town,text,expected", [
    ("青禾市", "扎实推进国家绿色出行示范城市创建。", {(None, "国家绿色出行示范城市")}),
    ("青禾市", "深化省级生态市创建工作，加快发展。", {(None, "省级生态市")}),
    ("青禾市", "启动新一轮全国双拥模范城创建。", {(None, "全国双拥模范城")}),
    ("青禾市", "夯实国家全域旅游示范区创建基础。", {(None, "国家全域旅游示范区")}),
    ("青禾市", "推进文明城市创建常态化。", set()),                 # no level: every city's campaign
    ("青禾市", "巩固国家森林城市创建成果。", set()),               # the results of a title held
    ("青禾市", "推动国家“三城”创建。", set()),                     # a count of titles
    ("青禾市", "高标准推进全市域“零污染河道”创建。", set()),       # the town's own scope
    ("青禾市", "启动国家文物改革试点和古城保护示范创建。", set()),  # a pilot started, a kind cut short
    ("青禾市", "全力推进国家卫生区创建。", set()),                 # its districts' title
    ("青禾市", "积极争取开展跨境数据流通试点。", {(None, "跨境数据流通试点")}),
    ("青禾市", "推动青禾保税区申办离岸贸易试点。", {("青禾保税区", "离岸贸易试点")}),
    ("青禾市", "积极争取开展招商引资工作。", set()),
    ("青禾市", "成功申办全国青年运动会。", set()),
    ("青禾市", "全力创建“公交都市”。", {(None, "公交都市")}),
    ("青禾市", "争创全国社会治安综合治理优秀市。", {(None, "全国社会治安综合治理优秀市")}),
    ("青禾市", "加快建设国际化大都市。", set()),
])
def test_pursued_creation_pilot_and_own_kind(town, text, expected):
    assert in_report(f"{town}政府工作报告\n\n{text}", "pursued_honor", town=town) == expected


# a run of quoted titles written without 、 and closed by 和 is one title per quote
@pytest.mark.parametrize("text,expected", [
    ("青禾市政务平台荣获全国“星河奖”“云帆奖”和“银杏奖”。",
     {("青禾市政务平台", "全国星河奖"), ("青禾市政务平台", "全国云帆奖"), ("青禾市政务平台", "全国银杏奖")}),
    ("青禾镇荣获“甲地生态名镇”“乙地旅游强镇”及“丙地文明镇”称号。",
     {(None, "甲地生态名镇"), (None, "乙地旅游强镇"), (None, "丙地文明镇")}),
])
def test_quoted_run_closed_by_and(text, expected):
    assert found(text) == expected


# “A”和“B”试点城市: quoted fields before one head are two titles (HO-i); unquoted, 和 may be inside one name
@pytest.mark.parametrize("text,expected", [
    ("青禾市成为国家“智慧停车”和“绿色货运”试点城市。",
     {(None, "国家智慧停车试点城市"), (None, "国家绿色货运试点城市")}),
    ("青禾市成为“海岛保护”、“渔港治理”和“滩涂修复”示范城市。",
     {(None, "海岛保护示范城市"), (None, "渔港治理示范城市"), (None, "滩涂修复示范城市")}),
    # fields listed with 、 before one head (A、B和C试点城市) share it; not titles listed, not 和 inside a word
    ("青禾市被确定为国家冷链物流体系建设、社区菜场改造和家政服务提质试点城市。",
     {(None, "国家冷链物流体系建设试点城市"), (None, "社区菜场改造试点城市"), (None, "家政服务提质试点城市")}),
    ("青禾市成为国家生态园林城市、森林城市。", {(None, "国家生态园林城市")}),   # (森林城市 with no level after 成为)
    ("青禾市成为国家低碳试点城市和“千村万户”、服务外包示范城市。", {(None, "服务外包示范城市")}),
    ("青禾市成为全国零碳园区、碳中和示范城市。", {(None, "碳中和示范城市")}),   # a title listed: no head shared
    ("青禾市成为国家居家和社区养老服务改革试点城市。", {(None, "国家居家和社区养老服务改革试点城市")}),
    # a field opening with a verb takes the 和 after it into its object: one field
    ("青禾市入选全国夜间消费新场景、促进文旅消费和会展经济试点城市。",
     {(None, "全国夜间消费新场景试点城市"), (None, "促进文旅消费和会展经济试点城市")}),
])
def test_quoted_fields_share_a_head(text, expected):
    assert in_report(f"青禾市政府工作报告\n\n{text}", "honor", town="青禾市") == expected


# 巩固X(创建)成果: the town holds X (a leveled title; not a campaign's results, not its districts' title)
@pytest.mark.parametrize("town,text,expected", [
    ("青禾市", "巩固国家森林城市创建成果，新增绿地。", {(None, "国家森林城市")}),
    ("青禾市", "巩固提升全国文明城市和国家卫生城市建设成果。", {(None, "全国文明城市"), (None, "国家卫生城市")}),
    ("青禾市", "持续巩固全国双拥模范城“五连冠”成果。", {(None, "全国双拥模范城")}),
    ("青禾市", "巩固脱贫攻坚成果。", set()),
    ("青禾市", "巩固文明城市创建成果。", set()),
    ("青禾市", "巩固国家卫生区创建成果。", set()),
    ("青禾市", "认真巩固市级领导班子“三项教育”成果。", set()),   # a local campaign
    # the same report says the work toward X goes on: X is not held yet
    ("青禾市", "全国文明城市创建工作深入推进。巩固全国文明城市创建工作成果。", set()),
    ("青禾市", "早在1998年就启动全国文明城市创建工作。巩固全国文明城市创建工作成果。", {(None, "全国文明城市")}),
])
def test_title_held_by_keeping_its_results(town, text, expected):
    assert in_report(f"{town}政府工作报告\n\n{text}", "honor", town=town) == expected


# a generic kind, a grade or a class of city after a level names no title (HO-c)
@pytest.mark.parametrize("text", [
    "青禾数字养老基地被确定为全国试点示范。",
    "学前教育方面被确定为国家改革试点市。",
    "青禾跨境电商试验区入选全国十佳。",
    "青禾综试区综合考评蝉联全国“第一档”。",
    "《青禾谣》等一批文艺精品获得全国性大奖。",
    "青禾实验室成为省级中心。",
])
def test_a_bare_kind_is_no_title(text):
    assert found(text) == set()


def test_two_titles_with_heads_of_their_own_joined_by_he():
    # 和 before 平行 (parallel) joins two titles, not one fused label (after 获批 the second, with no level, is
    # left out as every unleveled title after it is); 和平 (peace) stays a word
    assert in_report("青禾市政府工作报告\n\n获批国家跨境电子商务综合试验区和平行进口汽车试点。", "honor", town="青禾市") == \
        {(None, "国家跨境电子商务综合试验区")}
    assert in_report("青禾市政府工作报告\n\n荣获全国和平建设示范城市。", "honor", town="青禾市") == \
        {(None, "全国和平建设示范城市")}


def test_a_field_before_the_level_is_no_receiver():
    # 海绵城市 is a field (no city's name ends in 城市): the title is 国家海绵城市试点城市, the town's
    assert in_report("青禾市政府工作报告\n\n成为海绵城市首批国家试点城市。", "honor", town="青禾市") == \
        {(None, "国家海绵城市试点城市")}
    assert in_report("青禾市政府工作报告\n\n支持东岭县争创国家生态县。", "pursued_honor", town="青禾市") == \
        {("东岭县", "国家生态县")}


# a quoted platform opening the clause before the verb of winning received the title, not the town
@pytest.mark.parametrize("text,expected", [
    ("“东岭+网格”智慧平台构建治理新格局，荣获全国“先锋奖”“金数奖”和“金铃奖”。",
     {("东岭+网格智慧平台", "全国先锋奖"), ("东岭+网格智慧平台", "全国金数奖"), ("东岭+网格智慧平台", "全国金铃奖")}),
    ("政务数据“青禾通”平台在全国率先上线，入选国家数据基础设施典型案例。",
     {("政务数据青禾通平台", "国家数据基础设施典型案例")}),
    # a title of the town's own kind stays the town's; a platform built by the town is no subject
    ("“一网通”“一窗办”模式走在全国前列，荣获中国营商环境十佳城市。", {(None, "中国营商环境十佳城市")}),
    ("大力推进“青禾通”平台建设，获评全国数字政府示范城市。", {(None, "全国数字政府示范城市")}),
])
def test_a_platform_in_the_clause_before_received_it(text, expected):
    assert in_report(f"青禾市政府工作报告\n\n{text}", "honor", town="青禾市") == expected


# 获批开展X试点: a pilot the state granted the town to run (X named: five characters or more before 试点)
@pytest.mark.parametrize("text,expected", [
    ("获批开展跨境数据流动便利化试点。", {(None, "跨境数据流动便利化试点")}),
    ("获批实施智慧港口物流试点。", {(None, "智慧港口物流试点")}),
    ("获批开展综合改革试点。", set()),             # a bare kind
    ("获批开展数据跨境等试点。", set()),           # 等: the list is not named
    ("获批开展平台建设。", set()),
])
def test_a_pilot_granted_to_run(text, expected):
    assert in_report(f"青禾市政府工作报告\n\n{text}", "honor", town="青禾市") == expected
