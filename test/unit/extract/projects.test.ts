// Projects: lists before 等项目, capacity names, suffixes (高速, 二期, 西延 …), quoted names before 项目; leading verbs stripped.
import { describe, expect, it } from 'vitest';
import { names, run } from './support';

// Source: graph-seed/corpus/001_4b96525c5c6cf7dc.txt (平桥区), 产业发展 and 重大基建.
const INDUSTRY = '积极推进鼎润三期、联强实业50万吨锌铝镁新材料、信阳正壹60万吨新材料等项目建设，信钢159万吨焦化节能技改、信钢180万吨合金带钢等项目正式投产。';
const INFRA = '全力服务保障南信合高铁、明港机场二期和沿淮高速等项目建设；大力推进“雷山匠谷”项目建设。';
// Source: graph-seed/corpus/003_7d780958f0361ff5.txt (林州市), 城市更新.
const ROADS = '力争完成蜜蜂山西路、长春大道西延、京林东路等8条市政道路建设，加快推进桃园河河道治理。';

describe('projects', () => {
  it('should read every item of a list before 等项目, with the capacity in the name', () => {
    expect(names(run(INDUSTRY, '411503'), 'Project')).toEqual(
      expect.arrayContaining(['鼎润三期', '联强实业50万吨锌铝镁新材料', '信阳正壹60万吨新材料', '信钢159万吨焦化节能技改', '信钢180万吨合金带钢']),
    );
  });

  it('should strip leading verbs and split lists joined by 和', () => {
    const found = names(run(INFRA, '411503'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['南信合高铁', '明港机场二期', '沿淮高速', '雷山匠谷']));
    expect(found.some((n) => n.startsWith('全力'))).toBe(false);
  });

  it('should read road projects before 等N条市政道路 and keep the place inside the name apart', () => {
    const r = run(ROADS, '410581');
    expect(names(r, 'Project')).toEqual(expect.arrayContaining(['蜜蜂山西路', '长春大道西延', '京林东路']));
    expect(names(r, 'Place')).not.toContain('长春市');
  });

  it('should not take a verb phrase around 项目 for a project', () => {
    const r = run('形成大抓项目、抓大项目、抓好项目的浓厚氛围，确保资源要素跟着项目走。', '4107');
    expect(names(r, 'Project')).toEqual([]);
  });

  // Made-up sentences in the style of county news and work reports.
  it('should start a visited or reported site after the verb of the visit, not at the visitors', () => {
    const found = names(run('调研组到青石湾主题公园调研了景区建设情况。会议听取了兰考县青石港区物流园建设情况。', '410225'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['青石湾主题公园']));
    expect(found.some((n) => /^(?:调研组|会议|听取)/.test(n))).toBe(false);
  });

  it('should read every item of a list of projects, with 及 inside an item and 工程 items as works', () => {
    const r = run('今年8个项目分别是云溪香菇市场迁建及物流中心建设项目、云溪二中迁建工程、大岭双峰尖风电场项目。', '411025');
    const found = r.entities.filter((e) => e.type === 'Project').flatMap((e) => [e.name, ...e.aliases]);
    expect(found).toEqual(expect.arrayContaining(['云溪香菇市场迁建及物流中心建设项目', '云溪二中迁建工程', '大岭双峰尖风电场项目']));
    expect(names(r, 'Strategy')).not.toContain('云溪二中迁建工程');
  });

  it('should read capacity items of a list before 等项目 and keep 客车及专用车 as one item', () => {
    const found = names(run('推进年产5万吨尼龙切片、3万吨改性塑料等项目建设，青原重工5000台客车及专用车等一批项目竣工投产。', '410225'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['年产5万吨尼龙切片', '3万吨改性塑料', '青原重工5000台客车及专用车']));
  });

  it('should take a zone or base for a project only with a place in its name', () => {
    expect(names(run('加快建设重要农产品加工基地和现代服务业开发区。', '410225'), 'Project')).toEqual([]);
    expect(names(run('兰考县先进制造业开发区和黄河绿色石化基地加快建设。', '410225'), 'Project')).toEqual(expect.arrayContaining(['兰考县先进制造业开发区']));
  });

  it('should accept a site named with or without the county written before it', () => {
    const r = run('兰考县黄石寨田园综合体建成开放。', '410225');
    const e = r.entities.find((x) => x.type === 'Project' && x.name.endsWith('田园综合体'));
    expect([e?.name, ...(e?.aliases ?? [])]).toEqual(expect.arrayContaining(['兰考县黄石寨田园综合体', '黄石寨田园综合体']));
  });

  it('should read a project the text describes right after naming it (总投资, 位于, 建成后)', () => {
    const text = '青禾智能装备产业基地项目总投资12亿元，主要建设厂房和研发楼。其中，柳湾片区污水管网提升项目位于城东。数字创新中心项目建成后可容纳200家企业。';
    const found = names(run(text, '410225'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['青禾智能装备产业基地', '柳湾片区污水管网提升', '数字创新中心']));
    expect(found.some((n) => n.startsWith('其中'))).toBe(false);
  });

  it('should not take a kind of project described the same way for a project', () => {
    const r = run('全县重点项目总投资86亿元；招商对接项目总投资超100亿元；一大批优质项目落户于园区。', '410225');
    expect(names(r, 'Project')).toEqual([]);
  });

  it('should read lists closed by a count (三个项目) or led by 以…为代表, and lists a clause opens (项目包括：)', () => {
    const a = names(run('集中开工了石桥冷链物流园、北岭光伏电站、河西污水处理厂三个项目。', '410225'), 'Project');
    expect(a).toEqual(expect.arrayContaining(['石桥冷链物流园', '北岭光伏电站', '河西污水处理厂']));
    const b = names(run('以兰考青禾智能装备产业基地、柳湾水库扩容工程为代表的一批重点项目加快推进。', '410225'), 'Project');
    expect(b).toEqual(expect.arrayContaining(['兰考青禾智能装备产业基地', '柳湾水库扩容工程']));
    const c = names(run('今年续建的重点项目包括：东环快速路、城北体育馆和南湖湿地公园。', '410225'), 'Project');
    expect(c).toEqual(expect.arrayContaining(['东环快速路', '城北体育馆', '南湖湿地公园']));
  });

  it('should not read a counted programme (三大工程) as a list of projects', () => {
    const r = run('实施“干部理论提升”“业务能力倍增”三大工程。', '410225');
    expect(names(r, 'Project')).toEqual([]);
  });

  it('should read a hospital or a renovation as a project only where the clause builds it and a place names it', () => {
    expect(names(run('城关镇老城区更新改造项目开工，县人民医院新院区建成投用。', '410225'), 'Project')).toEqual(
      expect.arrayContaining(['城关镇老城区更新改造', '县人民医院新院区']),
    );
    expect(names(run('群众到县人民医院看病更方便了，老旧小区升级改造稳步推进。', '410225'), 'Project')).toEqual([]);
  });

  it('should read a site named at its own ceremony (在X项目现场) or in a visit list (考察了A公司、B项目)', () => {
    const a = names(run('全县第二批项目集中开工仪式在城东冷链物流园项目现场举行。', '410225'), 'Project');
    expect(a).toContain('城东冷链物流园');
    const b = names(run('代表团考察了兰考青禾食品有限公司、东坝头镇黄河湾研学基地项目，并座谈交流。', '410225'), 'Project');
    expect(b).toContain('东坝头镇黄河湾研学基地');
  });

  it('should not take an event holding a signing (…文化节举行项目签约仪式) for a project', () => {
    const found = names(run('第三届兰考桐木文化节举行项目签约仪式。', '410225'), 'Project');
    expect(found).toEqual([]);
  });

  it('should not take a clause, a slogan or an office before 项目/建设 for a project', () => {
    const text = '按时间节点全面完成一期建设内容等工程。坚持谋项目、招项目、抓项目等项目工作。市政府等项目主管单位到场。';
    const found = names(run(text, '410225'), 'Project');
    expect(found.some((n) => /(?:完成|谋项目|招项目|政府)/.test(n))).toBe(false);
  });

  it('should make a project named in full and short in one text one project, found by either name', () => {
    const text =
      '此次开工的项目有鸿嘉胶合板项目、明德木业胶合板项目等2个项目。其中，鸿嘉木业有限公司年产18万立方米胶合板项目、明德木业有限公司年产10万立方米胶合板项目等2个项目为开工项目。';
    const r = run(text, '451323');
    const projects = r.entities.filter((e) => e.type === 'Project' && e.mentions.length > 0);
    expect(projects).toHaveLength(2);
    const all = projects.flatMap((p) => [p.name, ...p.aliases]);
    expect(all).toEqual(expect.arrayContaining(['鸿嘉胶合板项目', '明德木业胶合板项目', '鸿嘉木业有限公司年产18万立方米胶合板项目', '年产10万立方米胶合板']));
  });

  it('should not read a count or a quality of a kind (多个胶合板项目, 标志性博物馆) as a project', () => {
    const found = names(run('南平县多个胶合板项目集中开工，建成后将成为全市的标志性博物馆。', '451323'), 'Project');
    expect(found).toEqual([]);
  });

  it('should read firms standing for their projects in a list of projects as firms (博达精密、宇晨电子等16个项目)', () => {
    const r = run('聚焦产业发展，博达精密、宇晨电子等16个项目建成投产，先后引进了国电投、明远集团等一批优质项目。', '340124');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['博达精密', '宇晨电子', '明远集团']));
    expect(names(r, 'Project')).toEqual([]);
  });

  it('should read a list before 等一大批…的重点项目, whatever long modifier the category has', () => {
    expect(names(run('推进华北路、东环桥等一大批打基础、利长远的重点项目。', '340124'), 'Project')).toEqual(['华北路', '东环桥']);
  });

  it('should read the project after “X有限公司”的 and after 与X集团, and find it by its name without the firm', () => {
    const r = run('其中“天山申源电气有限公司”的配电开关控制设备制造项目总投资约1.2亿元。与深圳万和集团300万吨碳酸钙超细微粉项目签约。', '652900');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['天山申源电气有限公司', '深圳万和集团']));
    const all = r.entities.filter((e) => e.type === 'Project').flatMap((e) => [e.name, ...e.aliases]);
    expect(all).toEqual(expect.arrayContaining(['配电开关控制设备制造', '300万吨碳酸钙超细微粉项目']));
    expect(all.some((n) => n.startsWith('与'))).toBe(false);
  });

  it('should not read clause words as projects, and trim 有 before a list, 位于 before a site and 已 after 项目', () => {
    const r = run(
      '招商引资工作取得较大进展，记者在现场看到，全县共有项目计划分三期实施。有南坪县东站广场、北环路等36个项目开工。游客登上位于松林公园的观景台。天祝风电基地项目已开工建设。',
      '620623',
    );
    const found = names(r, 'Project');
    expect(found).toEqual(expect.arrayContaining(['南坪县东站广场', '北环路', '松林公园', '天祝风电基地']));
    expect(found.some((n) => /进展|记者|共有|分三期|^有|登上|已$/.test(n))).toBe(false);
  });

  it('should find a project named with 建设 (X云仓建设) by that name too', () => {
    const r = run('加快推进百灵鸟智慧云仓建设、年产60亿只磁芯生产线建设等项目。', '610327');
    const all = r.entities.filter((e) => e.type === 'Project').flatMap((e) => [e.name, ...e.aliases]);
    expect(all).toEqual(expect.arrayContaining(['百灵鸟智慧云仓建设']));
  });

  it('should read the project a ceremony is held for (X县举行Y示范项目奠基仪式), not verbs before 项目 or a clause ending in a verb', () => {
    const r = run(
      '5月11日，南乐县举行全域振兴西街东营示范项目奠基仪式。南乐镇园将继续用好化工园区优势，以更大力度、更实举措服务保障项目早开工。今年南乐县计划实施项目200个。',
      '410923',
    );
    const found = names(r, 'Project');
    expect(found).toContain('全域振兴西街东营示范');
    expect(found.some((n) => /力度|举措|计划实施|将继续/.test(n))).toBe(false);
  });

  it('should keep a township’s first letter that is also a verb (抓喜秀龙…) and not read 好项目 as a project', () => {
    const found = names(run('其中，干渣子调蓄水池、抓喜秀龙旅游基础设施等27个政府投资项目开工。积极谋划大项目、好项目。', '620623'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['抓喜秀龙旅游基础设施']));
    expect(found.some((n) => /^(?:喜秀龙|好项目|大项目)/.test(n))).toBe(false);
  });

  it('should read a place’s own industry written as a project (X县苹果产业项目), not a sector in a list', () => {
    expect(names(run('开工的南乐县葡萄产业项目、南乐县滨河路道路工程等14个重点项目总投资25亿元。', '410923'), 'Project')).toContain('南乐县葡萄产业');
    expect(names(run('发展苹果产业、现代物流产业等项目。', '410923'), 'Project')).toEqual([]);
  });
  it('should start a name after the words that open a list (重点项目有X, 工程包括X)', () => {
    const found = names(run('今年，某县重点产业项目有青禾乳业二期、远丰电子产业园等。', '410923'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['青禾乳业二期', '远丰电子产业园']));
    expect(found.some((n) => /项目有|^有/.test(n))).toBe(false);
    const opened = names(run('本次集中开工项目有青禾乳业二期、远丰电子产业园。', '410923'), 'Project');
    expect(opened).toEqual(expect.arrayContaining(['青禾乳业二期', '远丰电子产业园']));
    expect(opened.some((n) => /^有/.test(n))).toBe(false);
  });

  it('should read two products of one line joined by 及 before a described 项目 as one project, not two firms or works', () => {
    const one = names(run('全县签约车用线缆及新能源线束生产制造项目，总投资5亿元。', '410923'), 'Project');
    expect(one).toContain('车用线缆及新能源线束生产制造');
    expect(names(run('投资1亿元的车用线缆及新能源线束生产制造项目，投产达效后年产值3000万元。', '410923'), 'Project')).toEqual([
      '车用线缆及新能源线束生产制造',
    ]);
    const two = names(run('北关大桥工程及南环路项目总投资3亿元。', '410923'), 'Project');
    expect(two).not.toContain('北关大桥工程及南环路');
  });
  it('should read a project introduced by its amount (投资8亿元, 超10亿元的X项目) or said to start (X项目即将开工)', () => {
    const found = names(
      run('宁夏青禾玉米深加工项目投资8亿元，一期已投产。超10亿元的城北能源调峰储配站项目即将开工。城南孵化园项目实现开工。', '410923'),
      'Project',
    );
    expect(found).toEqual(expect.arrayContaining(['宁夏青禾玉米深加工', '城北能源调峰储配站', '城南孵化园']));
  });

  it('should start a name after a verb with 了 (洽谈达成了X项目) and not read a list of projects on paper as one', () => {
    const found = names(run('该县洽谈达成了3万吨碳纤维拉丝项目、森林观光小火车项目、稀土功能材料项目。', '410923'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['3万吨碳纤维拉丝', '森林观光小火车', '稀土功能材料']));
    expect(found.some((n) => /了/.test(n))).toBe(false);
    expect(names(run('桌上放了两本厚厚的村集体经济项目一览表和村级重点项目清单。', '410923'), 'Project')).toEqual([]);
  });
  it('should start a name after the guest who attends its ceremony (某某出席X项目开工仪式) and after a verb of serving (满足产业园…)', () => {
    const r = run('县委书记王某出席项目签约仪式。副县长李某出席青禾集团年产10万头生猪屠宰项目开工仪式。港口有新码头通航，满足产业园用水需求。', '410923');
    const found = names(r, 'Project');
    expect(found).toContain('青禾集团年产10万头生猪屠宰');
    expect(found.some((n) => /出席|满足/.test(n))).toBe(false);
    expect(names(r, 'Organization')).toEqual(['青禾集团']);
  });

  // Made-up sentences: the phrase right before 项目 names one thing when a place starts it, a facility ends it, or a
  // capacity or phase is in it; a phrase of sector and quality words names a kind.
  it('should read the name before 项目 that starts with a township or ends in a facility, at any clause position', () => {
    const found = names(
      run('目前，堌阳镇食用菌冷链交易市场项目已开工，计划投资3000万元的仪封乡万头肉牛养殖基地项目进展顺利。红庙村山泉水加工厂项目带动群众增收。', '410225'),
      'Project',
    );
    expect(found).toEqual(expect.arrayContaining(['堌阳镇食用菌冷链交易市场', '仪封乡万头肉牛养殖基地', '红庙村山泉水加工厂']));
    expect(found.some((n) => /目前|计划|投资/.test(n))).toBe(false);
  });

  it('should not read a phrase of sector or quality words before 项目, nor a type of project (基地型项目), as a project', () => {
    const r = run('我县重点项目进展顺利，一批项目开工建设，产业项目和民生项目加快推进，重点引进一批创新型项目、基地型项目落户。', '410225');
    expect(names(r, 'Project')).toEqual([]);
  });

  it('should start a name after a clause verb with 了 (该县实施了X项目)', () => {
    const found = names(run('该县实施了东坝头镇农产品仓储保鲜中心项目、县城停车场建设项目。', '410225'), 'Project');
    expect(found).toContain('东坝头镇农产品仓储保鲜中心');
    expect(found.some((n) => /实施|了/.test(n))).toBe(false);
  });

  it('should read every short name of a list closed by one 项目 after a verb of signing (签约A、B、C项目)', () => {
    const found = names(run('今年，南彰镇成功签约新能源、预制菜、运动器材、物流园项目。', '410225'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['新能源项目', '预制菜项目', '运动器材项目', '物流园项目']));
  });

  it('should not read sector words or a slogan of verbs sharing 项目 as projects', () => {
    expect(names(run('全县签约交通、水利、能源项目。', '410225'), 'Project')).toEqual([]);
    expect(names(run('全力确保签约项目早落地、落地项目早建设。', '410225'), 'Project')).toEqual([]);
  });

  it('should read a list closed by 项目 and made the means of the aim (以A、B项目为抓手), after an ordinal (三是)', () => {
    const found = names(run('三是以青禾石英砂深加工、瑞丰光伏组件封装项目为切入点，发展硅材料产业。', '410225'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['青禾石英砂深加工', '瑞丰光伏组件封装']));
    expect(found.some((n) => /三是|以/.test(n))).toBe(false);
  });

  it('should start a name after its amount and 的 (计划投资8500万元的X项目) and after a donor (由X集团捐资建设的Y)', () => {
    const found = names(run('计划投资8500万元的青禾智能农机生产项目建成后主要生产播种机。另有由青禾集团捐资建设的柳湾希望小学开工建设。', '410225'), 'Project');
    expect(found).toContain('青禾智能农机生产');
    expect(found.some((n) => /投资|捐资/.test(n))).toBe(false);
  });

  it('should not read a township whose name starts with a work ending (大桥乡) or a clause of listing (列入…基地) as a project', () => {
    const r = run('河南省内乡县大桥乡程岗村的养殖场建设忙。该县制种大县建设工作列入全国种业基地建设案例，推动村村都有好项目。', '411325');
    const found = names(r, 'Project');
    expect(found.some((n) => /大桥$|列入|好$/.test(n))).toBe(false);
  });

  it('should not read a place with kind or date words before 项目, nor a place whose projects are counted, as a project', () => {
    const r = run('兰考县各个重大项目加快推进，兰考县8月重点项目集中开工。南彰镇项目3个，总投资2亿元。', '410225');
    expect(names(r, 'Project')).toEqual([]);
  });

  it('should take a quoted first word into the name before 项目 (“X”田园综合体项目) and leave a bracket that explains a name alone', () => {
    const found = names(run('南彰镇的“青禾湾”田园综合体项目已全部竣工。', '410225'), 'Project');
    expect(found).toContain('青禾湾田园综合体');
    expect(found).not.toContain('田园综合体');
  });

  it('should not read the parts a project contains, townships of a list, a firm named after its trade, or slogans of work as projects', () => {
    const parts = names(run('青禾电商物流园项目总投资1.5亿元，包含办公中心、转运中心、研发中心等设施工程。', '410225'), 'Project');
    expect(parts).toEqual(['青禾电商物流园']);
    const towns = names(run('三家公司垫资对我县南彰镇、堌阳镇、城关镇等乡镇的通村公路工程进行建设。', '410225'), 'Project');
    expect(towns.some((n) => /镇$/.test(n))).toBe(false);
    const firm = run('引进的施工单位有兰考路桥工程有限公司。', '410225');
    expect(names(firm, 'Project')).toEqual([]);
    expect(names(run('全力拼经济、搞建设、促发展。', '410225'), 'Project')).toEqual([]);
  });

  it('should start a name after a verb of turning one thing into another (把旧小学改建成X博物馆) and not read a type (综合型城市公园)', () => {
    const found = names(run('南彰镇把废弃小学改建成青禾陶艺博物馆。柳湾公园将建成综合型城市公园。', '410225'), 'Project');
    expect(found).toContain('青禾陶艺博物馆');
    expect(found.some((n) => /改建|综合型/.test(n))).toBe(false);
  });

  it('should read a thing the text places (位于X镇的Y养老产业项目) whatever its words, and not a sector alone', () => {
    expect(names(run('另一个项目是位于南彰镇的青禾养老产业项目，总投资1亿元。', '410225'), 'Project')).toContain('青禾养老产业');
    expect(names(run('全县大力发展养老产业项目。', '410225'), 'Project')).toEqual([]);
  });

  it('should accept a project by its name without the county and with 项目 (兰考县X（三期）扩建项目 → X（三期）扩建项目)', () => {
    const r = run('兰考县青禾陶瓷（三期）扩建项目工地上彩旗飘飘。', '410225');
    const e = r.entities.find((x) => x.type === 'Project' && x.name.includes('青禾陶瓷'));
    expect(e?.aliases).toEqual(expect.arrayContaining(['青禾陶瓷（三期）扩建项目']));
  });

  it('should read a resort, a school and a name opening with a code (3D…) in a list of projects, and not an existing building', () => {
    const found = names(
      run('这6个项目分别是柳湾港区二期项目、青禾湾国际旅游度假区、3D曲面玻璃生产项目、南彰新区中学。南彰镇把废弃小学改建成青禾陶艺博物馆。', '410225'),
      'Project',
    );
    expect(found).toEqual(expect.arrayContaining(['青禾湾国际旅游度假区', '3D曲面玻璃生产', '南彰新区中学']));
    expect(found).not.toContain('南彰新区');
    expect(found).not.toContain('废弃小学');
  });

  it('should read a list a place opens with 有 (此次X县有A项目、B项目和C项目), its last item after 和 too', () => {
    const found = names(run('此次兰考县有青禾职教城综合开发项目、柳湾光伏项目一期工程和南彰镇柑桔产业发展项目。', '410225'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['青禾职教城综合开发', '南彰镇柑桔产业发展']));
    expect(found.some((n) => /此次|县有/.test(n))).toBe(false);
  });

  it('should read the name before 项目 when the clause goes on with its progress (X项目进展顺利, 基本完工)', () => {
    const found = names(run('青禾干熄焦余热发电项目进展顺利；柳湾熔盐储能项目基本完工。', '410225'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['青禾干熄焦余热发电', '柳湾熔盐储能']));
    expect(names(run('全县重点项目进展顺利。', '410225'), 'Project')).toEqual([]);
  });

  it('should read a list a sentence about projects opens with 包括 and closes with a bare 等, not the fields it covers', () => {
    const found = names(
      run(
        '这批项目涵盖了产业、文化、民生等领域，包括青禾湿地公园（南段）生态修复展示园、柳湾古镇文化旅游综合体、南彰镇复合型光伏、兰考—南彰三级公路等。',
        '410225',
      ),
      'Project',
    );
    expect(found).toEqual(expect.arrayContaining(['青禾湿地公园（南段）生态修复展示园', '柳湾古镇文化旅游综合体', '南彰镇复合型光伏', '兰考-南彰三级公路']));
    expect(found.some((n) => /^(?:产业|文化|民生)$/.test(n))).toBe(false);
  });

  it('should not read one more of a kind (作为X县又一个全产业链扶贫项目) as a project', () => {
    expect(names(run('作为兰考县又一个全产业链扶贫项目，该项目带动500户增收。', '410225'), 'Project')).toEqual([]);
  });
});

describe('the other items of a list of projects', () => {
  it('should read an item with no known ending as a project when two or more items of its list are projects', () => {
    const r = run('调研组先后来到青石湾光伏产业园、金水湾湿地公园、月亮岛驿站、南关大道西段路，察看项目建设情况。', '410225');
    expect(names(r, 'Project')).toEqual(['青石湾光伏产业园', '金水湾湿地公园', '月亮岛驿站', '南关大道西段路']);
  });

  it('should not read a village, a river named alone, or the items of another list in the same clause', () => {
    const r = run('调研组先后来到青石湾光伏产业园、金水湾湿地公园、马郢社区、东风村、白龙河，察看建设情况。', '410225');
    expect(names(r, 'Project')).toEqual(['青石湾光伏产业园', '金水湾湿地公园']);
    const other = run('青石湾光伏产业园、金水湾湿地公园、月亮岛驿站等项目承接纺织服装、中控触摸屏等产业。', '410225');
    expect(names(other, 'Project')).toEqual(['青石湾光伏产业园', '金水湾湿地公园', '月亮岛驿站']);
  });

  it('should not complete a list where only one item is a project', () => {
    expect(names(run('今年建成青石湾光伏产业园、月亮岛驿站、南关大道西段路。', '410225'), 'Project')).toEqual(['青石湾光伏产业园']);
  });
});
