// The document's own place when none is given, from the document's structure: made-up texts in the style of reports and news.
import { beforeAll, describe, expect, it } from 'vitest';
import { titleLine } from '../../../graph-seed/src/extract/doc-place';
import { placeLexicon } from '../../../graph-seed/src/gazetteer/lexicon';
import { run } from './support';

const placeOf = (text: string) => run(text).document.placeId ?? null;

describe('the document’s place from its structure', () => {
  // Townships vote for their county: the provinces these texts name load their township tables once (seconds on a
  // fresh checkout or a busy machine), here rather than inside a test's time limit.
  beforeAll(() => {
    for (const p of ['34', '37', '41', '42']) placeLexicon(p);
  }, 120_000);

  it('should read a work report’s header line and signature though the county is named nowhere else', () => {
    const text =
      '——2024年1月10日在延津县第十五届人民代表大会第三次会议上\n延津县人民政府县长 某某\n各位代表：现在，我代表县人民政府向大会报告工作。过去一年，全县上下团结奋斗。';
    expect(run(text).document).toMatchObject({ placeId: 'place:410726', placeInferred: true });
  });

  it('should take the one county a short news item names when it then says only 县委/全县/我县', () => {
    const text = '叶县召开项目建设推进会\n9月3日，全县重点项目推进会在县政府召开。县委书记某某出席并讲话，要求全县上下聚力攻坚，确保我县项目快速建设。';
    expect(placeOf(text)).toBe('place:410422');
  });

  it('should read 现代化XX建设 and 美丽XX as the place speaking of itself', () => {
    const text = '过去一年，我们在县委坚强领导下，现代化延津建设迈上新台阶。全县上下奋力建设美丽延津，县政府各项工作有序推进。';
    expect(placeOf(text)).toBe('place:410726');
  });

  it('should not take the county a delegation visits (我县代表团赴X) or the visitor (X考察团到我县)', () => {
    const visit =
      '县委书记某某率我县党政代表团赴金寨县考察学习。在金寨县，代表团参观了产业园。金寨县委书记陪同。英山县与金寨县将加强合作，全县上下要学习好经验。';
    expect(placeOf(visit)).toBe('place:421124');
    const visitor =
      '11月17日，新安县县委书记某某率领党政考察团到我县学习考察。考察团来到莲庄镇礼渠水厂。同时希望两县加强交流，宜阳县与新安县共同提高，县领导陪同。';
    expect(placeOf(visitor)).toBe('place:410327');
  });

  it('should count 潍坊市寒亭区 for the district, not for the city that only qualifies it', () => {
    expect(placeOf('潍坊寒亭入选试点区\n日前，潍坊市寒亭区被确定为试点县市区，作为潍坊市唯一入选地区，寒亭区争取到专项资金。')).toBe('place:370703');
  });

  it('should read a title below the web page’s crumbs, and not count a news site’s name as its place', () => {
    const text =
      '首页 > 新闻 > 县区 > 正文\n濮阳网-濮阳市新闻门户网站\n南乐县34个重点项目集中开工\n来源：濮阳日报\n2月14日上午，南乐县34个重点项目集中开工，涵盖工业、城建等方面。';
    expect(placeOf(text)).toBe('place:410923');
    expect(titleLine(text)).toMatchObject({ start: text.indexOf('南乐县34') });
  });

  it('should say it does not know, instead of guessing, when two unrelated counties are named alike', () => {
    const r = run('长丰县和庐江县的负责同志陪同考察了草莓小镇。考察团还去了庐江县和长丰县的园区。');
    expect(r.document.placeId).toBeUndefined();
    expect(r.warnings.find((w) => w.code === 'place-unknown')?.message).toContain('长丰县');
  });

  it('should read a header that names only the kind of place, and the place’s short name in its own prose', () => {
    const text =
      '政府工作报告\n（2024年1月8日在县第十七届人民代表大会第三次会议上）\n县长 某某\n各位代表：\n过去一年，在市委市政府和县委的坚强领导下，汝阳发展迈上新台阶。洛阳市下达的各项任务全面完成，汝阳经济总量再创新高。';
    expect(placeOf(text)).toBe('place:410326');
  });

  it('should take a news item’s dateline and 该市 for the city, not the counties it lists as its parts', () => {
    const text =
      '洛阳讯（记者 某某）5月8日，洛阳市一批重大项目集中开工。该市以项目建设为抓手推动高质量发展。汝阳县、嵩县、栾川县3个县也在当天举行集中开工仪式，汝阳县开工项目5个，栾川县开工项目6个。';
    expect(placeOf(text)).toBe('place:4103');
  });

  it('should take the subject of a lead sentence that is named only twice (3月18日，X市…，该市…)', () => {
    expect(placeOf('3月18日，邓州市46个重点项目集中开工，总投资120亿元。该市今年把项目建设作为重中之重。')).toBe('place:411381');
  });

  it('should read a township’s own text: named in its title after its county, or speaking as 我镇/镇域', () => {
    expect(placeOf('兰考县东坝头镇2024年工作总结\n一年来，东坝头镇坚持项目为王，镇域经济持续向好，东坝头镇新建厂房三处。')).toBe('place:410225106');
    const news =
      '3月2日，红庙镇举行蔬菜大棚项目开工仪式。副县长某某、红庙镇党委书记某某参加仪式。该项目涉及我镇5个村。红庙镇党委、政府将全力服务项目建设，兰考县农业农村局给予支持。';
    expect(placeOf(news)).toBe('place:410225104');
  });

  it('should stay with the county when the text speaks as the county and only visits a township', () => {
    const text =
      '3月24日，兰考县县长某某深入红庙镇、谷营镇调研重点工作。县委常委某某一同调研。某某一行先后来到红庙镇光伏项目现场、谷营镇种植基地，要求全县上下狠抓落实，县直各部门要主动服务。';
    expect(placeOf(text)).toBe('place:410225');
  });

  it('should read an autonomous region speaking of itself (自治区党委、全区) from its title', () => {
    const text =
      '宁夏：重点产业项目集中开工\n6月28日，全区重点产业项目集中开工活动在自治区发展改革委主会场举行。自治区党委、政府高度重视项目建设，银川市、吴忠市设分会场，全区累计完成投资300亿元。';
    expect(placeOf(text)).toBe('place:64');
  });

  it('should give no warning when the place is given', () => {
    expect(run('全县上下团结奋斗。', '410726').warnings.some((w) => w.code === 'place-unknown')).toBe(false);
  });

  it('should read 我代表X人民政府向大会报告 as the report’s speaker, and not a higher level’s congress it carries out', () => {
    const text =
      '各位代表：\n现在，我代表新郑市人民政府，向大会报告政府工作。过去一年，我们认真落实河南省第十一次党代会部署，全市经济稳中向好。河南全省上下奋勇争先，新郑各项工作走在前列。';
    expect(placeOf(text)).toBe('place:410184');
  });

  it('should read the subject opening a news item’s lead paragraph, and 全盟 as a 盟 speaking of itself', () => {
    const text =
      '时间：2024-03-02\n今年以来，阿拉善盟认真贯彻落实自治区党委关于招商引资的决策部署，坚持把招商引资作为头号工程，持续优化营商环境。全盟召开招商引资大会，通报全年工作情况，全盟上下形成合力。';
    expect(placeOf(text)).toBe('place:1529');
  });

  it('should not take a visiting delegation’s city (X市政协副主席某某一行就我县…考察), and read the county’s short name written once', () => {
    const text =
      '5月8日，郑州市政协副主席某某一行就我县经济社会发展情况进行了考察，县领导陪同。考察团对我县产业发展给予肯定，希望我县发挥优势，努力把宜阳打造成为一个有特色的旅游目的地。';
    expect(placeOf(text)).toBe('place:410327');
  });

  it('should read a city’s news that names only three of its counties, none far ahead, as the city’s', () => {
    const text =
      '近日，市长某某带队先后到新郑市、登封市、中牟县调研项目建设。在新郑市，某某实地查看企业生产经营情况。在登封市，某某调度森林防火工作。在中牟县，某某听取项目推进情况汇报，并提出工作要求。';
    expect(placeOf(text)).toBe('place:4101');
  });

  it('should find the county of a 我县 item that names only its townships, in any province', () => {
    const text =
      '1月3日，全县乡镇经济社会高质量发展现场推进活动拉开帷幕。县委书记率队深入我县各乡镇观摩。活动第一天，走进的是孝丰镇、天荒坪镇、鄣吴镇、杭垓镇。';
    expect(placeOf(text)).toBe('place:330523');
  });

  it('should read a township whose own organs act (X镇党委政府在县委领导下…) when its name exists once in China', () => {
    const text = '2023年，天荒坪镇党委政府在县委、县政府的坚强领导下，深入实施乡村振兴战略，大力发展竹产业和民宿经济，全镇经济稳步增长。现将工作总结如下。';
    expect(placeOf(text)).toBe('place:330523108');
  });

  it('should take the line above a web page’s byline as the title, past the site’s slogans', () => {
    const text =
      '某某网首页\n全国重点新闻网站信息服务平台\n\n安吉县孝丰镇一批重点项目集中开工\n\n来源：某某网 责任编辑：某某 2023-06-27\n\n6月26日上午，孝丰镇一批重点项目集中开工，总投资7亿元。';
    expect(titleLine(text.replace(/\n/g, '\n'))).toMatchObject({ start: text.indexOf('安吉县') });
    expect(placeOf(text)).toBe('place:330523105');
  });

  it('should not read a person’s given name (张宜阳一行) or a mountain (莲花山) as a county', () => {
    const text = '张宜阳一行来到我县，实地了解企业经营情况。游客在莲花山景区观赏花海，县领导陪同考察。张宜阳指出，要加快项目建设，全县上下要形成合力。';
    expect(placeOf(text)).toBeNull();
  });

  it('should read a township whose head chairs the meeting the news reports (X镇党委书记某某主持召开…)', () => {
    const text =
      '3月5日，东坝头镇党委书记刘某某主持召开重点项目推进会。会议盘点东坝头镇今年项目进展，部署下阶段工作。东坝头镇将强化服务保障，为全县高质量发展贡献力量。来源：兰考发布';
    expect(placeOf(text)).toBe('place:410225106');
  });

  it('should take a 县 item’s one short county name that lies under the city it names (东安 under 永州), with 县发改局 as a self-word', () => {
    const text = '近日，县委书记王某带队到东安某某电子有限公司、永州某某新材料有限公司调研，要求加快项目建设。县领导李某、县发改局负责同志参加调研。';
    expect(placeOf(text)).toBe('place:431122');
  });

  it('should stay with the county when its feature visits one township (走进X县Y镇…), and not take an aiding city (X援疆指挥部)', () => {
    const feature = '新年伊始，兰考县处处洋溢着发展的活力。兰考县的项目齐头并进。如今，走进兰考县东坝头镇搬迁安置点，东坝头镇群众喜迁新居。兰考发展势头良好。';
    expect(placeOf(feature)).toBe('place:410225');
    const aid =
      '5月14日，浙江丽水援疆指挥部招商引资再传喜讯，某建筑公司与新和县相关部门签约落户新和。丽水援疆指挥部表示，将助力新和县发展，新和县将做好服务。丽水市援疆干部参加签约。该县表示欢迎。';
    expect(placeOf(aid)).toBe('place:652925');
  });
});

describe('a township whose name several townships share, and a province that names one county', () => {
  // 麦市镇 is a township of 通城县 (湖北) and of 临武县 (湖南): the rest of the text must say which.
  const report = (body: string) =>
    `麦市镇2023年工作总结\n一年来，麦市镇党委政府在县委、县政府的坚强领导下，聚焦产业发展，全镇经济稳步增长。${body}麦市镇群众收入持续增加。`;
  beforeAll(() => {
    for (const p of ['13', '42', '43']) placeLexicon(p);
  }, 120_000);

  it('should tell them apart by the villages of one of them that the text names', () => {
    expect(placeOf(report('我镇新建井堂村茶叶加工厂，株树村光伏电站并网发电。'))).toBe('place:421222101');
    expect(placeOf(report('我镇新建坪山村茶叶加工厂，琶溪村光伏电站并网发电。'))).toBe('place:431025109');
  });

  it('should tell them apart by a higher place named anywhere, in its short form too, or another township of the county', () => {
    expect(placeOf(report('我镇主动对接郴州市场，农产品远销各地。'))).toBe('place:431025109');
    expect(placeOf(report('我镇与隽水镇共建产业园，项目进展顺利。'))).toBe('place:421222101');
  });

  it('should say it is unsure, naming both, when nothing in the text decides', () => {
    const r = run(report('我镇新建茶叶加工厂，项目进展顺利。'));
    expect(r.document.placeId).toBeUndefined();
    const warning = r.warnings.find((w) => w.code === 'place-unknown')?.message ?? '';
    expect(warning).toContain('通城县麦市镇');
    expect(warning).toContain('临武县麦市镇');
  });

  it('should read an ethnic township written without its designation (X回族乡 as X乡)', () => {
    // 彭家庄回族乡 (河北) is written 彭家庄乡 in its own news.
    const text =
      '彭家庄乡召开重点项目推进会\n3月6日，彭家庄乡党委书记某某主持召开重点项目推进会，市委相关负责同志出席。会议要求全乡干部提高站位，彭家庄乡将全力保障项目建设。';
    expect(placeOf(text)).toBe('place:130184202');
  });

  it('should keep a province that speaks of itself (全省、省委) and names several prefectures, not the one county it names most', () => {
    const text =
      '江西省第二批重大项目集中开工\n4月10日，全省第二批重大项目集中开工活动在赣州市举行。省委书记某某宣布项目开工。南昌市、九江市、上饶市设分会场。此次开工项目中，于都县新能源产业园项目投资最大，于都县将全力做好服务保障。于都县委书记表示，全省上下要以项目建设推动高质量发展，省政府将加大支持。';
    expect(placeOf(text)).toBe('place:36');
    const visit =
      '全省重大项目观摩会召开\n9月5日，全省重大项目观摩会召开。省委书记某某率观摩团先后来到宜春市、萍乡市，实地察看项目。在萍乡市芦溪县，观摩团察看了芦溪县电瓷产业园。芦溪县负责同志介绍，芦溪县电瓷产业加快集聚。省委副书记某某参加观摩，强调全省各地要比学赶超。';
    expect(placeOf(visit)).toBe('place:36');
  });
});

describe('news leads, aid, banners and villages', () => {
  it('should read the subject of a lead that follows a paper’s dateline and opens with 年初以来', () => {
    const text =
      '某某日报5月6日讯 年初以来，兰考县紧紧围绕主导产业开展招商引资，新签约项目12个，其中超亿元项目5个。全县成立招商工作组，形成全员招商的良好氛围，引进项目数量创历史新高。';
    expect(placeOf(text)).toBe('place:410225');
  });

  it('should not take the city that gives aid (由X市对口援建的…) as the document’s place', () => {
    const text =
      '日前，由郑州市对口援建的12个项目集中开工，郑州市援建的食品加工项目投资最大，郑州市还将继续支持。据统计，兰考县今年开工亿元以上项目30个，全县投资增速位居前列，全县上下干劲十足。';
    expect(placeOf(text)).toBe('place:410225');
  });

  it('should read a banner’s usual abbreviation (科尔沁左翼中旗 as 科左中旗)', () => {
    const text = '今年以来，科左中旗坚持以项目建设为支撑，统筹安排重大项目，全旗整合项目60项。科左中旗将继续抓好项目建设，推动产业发展。';
    expect(placeOf(text)).toBe('place:150521');
  });

  it('should keep a village’s own text (its 党总支 acting, 该村) at its township, and a visit to a village at the county', () => {
    const own =
      '今年以来，兰考县谷营镇曹庄村党总支大力实施“书记项目”，引进蔬菜大棚项目。目前曹庄村一期工程已完工，该村土地流转300亩。曹庄村党总支书记牵头推进，带领村民增收。';
    expect(placeOf(own)).toBe('place:410225105');
    const visit =
      '兰考县谷营镇曹庄村游人如织\n五一假期，兰考县谷营镇曹庄村迎来大批游客，曹庄村花海吸引游客拍照留念，曹庄村农家乐生意红火。兰考县文旅部门加强服务保障。';
    expect(placeOf(visit)).not.toBe('place:410225105');
  });

  it('should read a township written right after its county’s short name (兰考谷营镇) whose own organs speak', () => {
    const text =
      '首页 > 新闻 > 正文\n兰考12个薄弱村抱团发展 镇村联合办大事\n来源：某某网 记者 某某 兰考发布记者 某某\n某某网5月6日讯 “资源整合，集中小钱办大事。”5月2日，在兰考谷营镇一家新开张的公司，镇党委书记某某道出了大家的信心。当天，谷营镇12个薄弱村和镇里的开发公司成立新公司。兰考有关部门给予支持。';
    expect(placeOf(text)).toBe('place:410225105');
  });

  it('should not read 村集体 (any village’s economy) as a village speaking of itself', () => {
    const text =
      '今年以来，兰考县谷营镇曹庄村采用“村集体+企业”模式发展民宿项目，曹庄村民宿已全部竣工。据了解，曹庄村闲置农宅得到整体改造，曹庄村村民收入逐步提高。兰考县文旅部门给予支持。';
    expect(placeOf(text)).toBe('place:410225');
  });

  it('should not take a district (区) that a county’s speech (全县、县委、我县) names, as partner or investor', () => {
    const investor =
      '在全县招商引资大会上的讲话\n同志们：\n今年以来，全县上下紧盯目标，引进项目26个。越秀区的三家企业在我县投资建厂，越秀区商会组织企业家考察，越秀区企业家对营商环境给予肯定。县委、县政府将继续优化营商环境，全县各级要抓好落实。';
    expect(placeOf(investor)).toBeNull();
    const partner =
      '在全县招商引资大会上的讲话\n同志们：\n今年以来，全县上下紧盯目标，引进项目26个。广州市越秀区与我县签订合作协议，越秀区3家企业落户。越秀区商务局给予大力支持，越秀区企业家考察团来县考察。县委、县政府将继续优化营商环境，全县各级要抓好落实。';
    expect(placeOf(partner)).toBeNull();
  });

  it('should read a township that opens the lead after its county and acts (3月5日，X县Y镇召开…), though the county’s words abound', () => {
    const text =
      '3月5日，通城县麦市镇召开重点项目推进会。县委常委、麦市镇党委书记某某出席。会议要求，全镇上下要紧盯县委、县政府下达的目标任务，县里各部门要大力支持，麦市镇将强化保障。县委书记某某到会指导，要求全县各乡镇学习。';
    expect(placeOf(text)).toBe('place:421222101');
  });

  it('should read a township that opens a news lead and acts (7月20日，X镇召开…) when its name exists once, and a county meeting hearing its townships as the county', () => {
    const own =
      '7月20日，天荒坪镇召开重点项目推进会，镇主要领导、各项目负责人参加会议。会上，各项目负责人汇报了进展情况。某某镇长指出，要细化工作计划表，对标对表推进项目。';
    expect(placeOf(own)).toBe('place:330523108');
    const county = '7月20日，全县重点项目推进会召开。会上，天荒坪镇、孝丰镇负责人汇报了进展情况。县长某某指出，要细化工作计划表，全县上下对标对表推进项目。';
    expect(placeOf(county)).toBe('place:330523');
  });

  it('should read a township that opens the lead with any verb, or is twice the subject of a clause, when no county decides', () => {
    const lead = '安吉新闻网讯 去年以来，天荒坪镇紧盯竹产业转型，以项目为抓手推动民宿提档。该镇新引进项目6个，该镇还组建服务专班。';
    expect(placeOf(lead)).toBe('place:330523108');
    // Firms' home cities (青岛、义乌) leave the county-level names undecided; the township speaks as the subject.
    const subject =
      '在8月举行的洽谈会上，天荒坪镇分别与青岛某某塑料有限公司、义乌市某某市场开发有限公司签订了合作协议。\n今年以来，天荒坪镇坚持把招商引资作为经济工作的重中之重。青岛新闻网，青岛人的家。';
    expect(placeOf(subject)).toBe('place:330523108');
  });

  it('should keep 乾 of a place name in a Traditional text (乾潭鎮 is not 干潭镇)', () => {
    expect(run('今年以來，乾潭鎮堅持黨建引領，該鎮全力推進項目建設。').document.placeId).toBe('place:330182102');
  });

  it('should not read a village named like a county (宜阳村) as that county', () => {
    const text =
      '区领导某某主持研讨宜阳村乡村振兴工作\n会上，与会人员对宜阳村实施方案进行了解读。据介绍，宜阳村下辖三个村民小组，该村挂牌美丽乡村示范村，将把宜阳村打造成生态宜居的新村。';
    expect(placeOf(text)).not.toBe('place:410327');
  });

  it('should keep a county’s news that ranks it in its province (入选全省首批…, 全省前列), though it names two prefectures', () => {
    const text =
      '兰考县入选全省首批乡村振兴示范县\n近日，省政府公布全省首批乡村振兴示范县名单，兰考县成功入选，是开封市唯一入选县。兰考县与郑州市合作共建产业园，兰考县将以此为契机，推动全省前列的目标实现。';
    expect(placeOf(text)).toBe('place:410225');
  });
});
