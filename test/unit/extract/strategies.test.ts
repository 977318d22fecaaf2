// Strategies: curated terms with aliases merged, quoted slogans and programmes, named programmes by head noun.
import { describe, expect, it } from 'vitest';
import { entity, mentionTexts, names, run } from './support';

// Source: graph-seed/corpus/000_5fc600dae746b3a8.txt (信阳市), 乡村振兴 paragraph.
const XINYANG =
  '全面实施“十百千万”工程，即十个县区各建一个乡村振兴示范区，抓点带面推进乡村振兴全面落地。信阳大力实施绿色低碳转型战略，坚持以“双碳”目标为引领。';
// Source: graph-seed/corpus/001_4b96525c5c6cf7dc.txt (平桥区), 2023 总体要求.
const PINGQIAO = '锚定“两个确保”，对标“十大战略”，深入落实“1335”工作布局，更好统筹发展和安全。实施“十百千万”工程，大力建设乡村振兴示范区。';
// Source: graph-seed/corpus/004_92b96156f557c987.txt (兰考), 16136 and 三起来.
const LANKAO = '開封市委“16136”總體工作思路,傳承“三股勁”,踐行“三起來”,趕考“三新路”。';

describe('strategies', () => {
  it('should merge “十百千万”工程 and its bare form into one strategy:十百千万工程', () => {
    const r = run(XINYANG + PINGQIAO, '4115');
    const e = entity(r, 'Strategy', '十百千万工程');
    expect(e?.id).toBe('strategy:十百千万工程');
    expect(e?.mentions).toHaveLength(2);
    expect(names(r, 'Strategy').filter((n) => n.includes('十百千万'))).toEqual(['十百千万工程']);
  });

  it('should read number slogans and code frameworks in quotes, with the head noun where it is part of the name', () => {
    const r = run(PINGQIAO, '411503');
    expect(names(r, 'Strategy')).toEqual(expect.arrayContaining(['两个确保', '十大战略', '1335工作布局', '十百千万工程']));
  });

  it('should drop a weak head noun (思路) and keep the quoted code as the name', () => {
    const r = run(LANKAO, '410225');
    expect(names(r, 'Strategy')).toEqual(expect.arrayContaining(['16136', '三股劲', '县域治理三起来', '三新路']));
  });

  it('should strip the leading subject and verb from a named strategy (信阳大力实施绿色低碳转型战略)', () => {
    const r = run(XINYANG, '4115');
    const e = entity(r, 'Strategy', '绿色低碳转型战略');
    expect(mentionTexts(r, XINYANG, e)).toEqual(['绿色低碳转型战略']);
    expect(names(r, 'Strategy')).toContain('双碳');
  });

  // Source: graph-seed/corpus/003_7d780958f0361ff5.txt (the masked 林州 speech), its title line.
  it('should not take a slogan whose name is masked (“**答卷”) for a strategy, and keep the “166” code framework beside it', () => {
    const text = '奋力书写现代化中等城市建设“**答卷”。无论是“166”总目标，还是今年GDP增长8%。';
    const r = run(text, '410581');
    expect(names(r, 'Strategy').filter((n) => n.includes('*'))).toEqual([]);
    expect(names(r, 'Strategy')).toContain('166');
  });

  it('should not take generic words or verb phrases for strategies', () => {
    const r = run('坚持发展战略，做好各项工作，推动重点工程和民生工程建设，争取更多项目纳入上级战略和规划盘子。', '4107');
    expect(names(r, 'Strategy')).toEqual([]);
  });

  // Made-up sentences in the style of county reports.
  it('should read every item of a list before 等重大战略', () => {
    const found = names(run('主动融入中部地区崛起、青州副中心城市建设等重大战略。', '410225'), 'Strategy');
    expect(found).toEqual(expect.arrayContaining(['中部地区崛起', '青州副中心城市建设']));
  });

  it('should read a counted programme, a designation pursued and the place’s own development goal', () => {
    const found = names(run('三大战役成效明显。全力创建全国乡村振兴示范县，奋力谱写现代化兰考建设新篇章。', '410225'), 'Strategy');
    expect(found).toEqual(expect.arrayContaining(['三大战役', '全国乡村振兴示范县', '现代化兰考建设']));
  });

  it('should read a quoted programme with a long modifier before its head, and a quoted model', () => {
    const found = names(run('实施“1520”乡土人才赋能计划，推广“龙头企业+合作社+基地+农户”发展模式。', '410225'), 'Strategy');
    expect(found).toEqual(expect.arrayContaining(['1520乡土人才赋能计划', '龙头企业+合作社+基地+农户发展模式']));
  });

  it('should read a common national programme only where it ends its phrase', () => {
    expect(names(run('以全域旅游为重要载体，强化文旅融合。', '410225'), 'Strategy')).toEqual(expect.arrayContaining(['全域旅游', '文旅融合']));
    expect(names(run('构建全域旅游交通网。', '410225'), 'Strategy')).not.toContain('全域旅游');
  });

  it('should make a variant with a word before the same head one programme with the short name', () => {
    const r = run('推行“二分之一”工作法。“二分之一”招商工作法成效明显。', '410225');
    const found = r.entities.filter((e) => e.type === 'Strategy' && e.mentions.length > 0);
    expect(found.map((e) => e.name)).toEqual(['二分之一工作法']);
    expect(found[0]!.aliases).toContain('二分之一招商工作法');
    expect(found[0]!.mentions).toHaveLength(2);
  });

  it('should read a firm’s 工程 as a construction work with the firm taking part', () => {
    const r = run('中信重工新重机工程建成投产。', '4103');
    expect(names(r, 'Project')).toContain('中信重工新重机工程');
    expect(names(r, 'Strategy')).not.toContain('中信重工新重机工程');
    expect(names(r, 'Organization')).toContain('中信重工');
  });

  // Made-up sentences in the style of a county report.
  it('should not read an office, an event or a plan to do something as a programme', () => {
    const r = run('县发展改革委牵头筹办全县中学生运动会。今年全县计划开工建设项目30个。牢牢把握制定改革方案的主动权。', '410225');
    const found = names(r, 'Strategy');
    expect(found.some((n) => /(?:发展改革|运动|全县计划|制定改革)$/.test(n))).toBe(false);
  });

  it('should start a long unquoted programme after its verb, not inside it', () => {
    const r = run('我们将深入实施特色现代农业高质量发展工程。', '410225');
    expect(names(r, 'Strategy')).toContain('特色现代农业高质量发展工程');
  });

  it('should read the five-year plan as a strategy that frames the period, pursued by no place', () => {
    const r = run('全县上下认真落实“十四五”规划，确保十四五开好局、起好步。', '410225');
    expect(names(r, 'Strategy')).toContain('十四五规划');
    expect(r.relations.some((x) => x.type === 'PURSUES' && x.to === 'strategy:十四五规划')).toBe(false);
  });

  it('should read a quote of parallel phrases before 的总体要求/的方针/目标 as a slogan, even ending in 镇/县', () => {
    expect(names(run('紧紧围绕“项目要落地、企业要满意、群众要受益”的总体要求，扎实开展工作。', '410225'), 'Strategy')).toContain(
      '项目要落地、企业要满意、群众要受益',
    );
    expect(names(run('紧扣“工业兴镇、商贸活镇、生态美镇”目标，推动全镇发展。', '410225'), 'Strategy')).toContain('工业兴镇、商贸活镇、生态美镇');
  });

  it('should read unquoted number slogans a place adopts or heads (把握三新一高要求), not idioms of the same shape', () => {
    expect(names(run('全县准确把握三新一高要求，坚持两强一优目标。', '410225'), 'Strategy')).toEqual(expect.arrayContaining(['三新一高', '两强一优']));
    expect(names(run('干部一心一意谋发展，客商来自四面八方。', '410225'), 'Strategy')).toEqual([]);
  });

  it('should read ways of bringing in investment a place adopts (开展以商招商、产业链招商)', () => {
    expect(names(run('要开展以商招商、基金招商，做强装备制造产业。', '410225'), 'Strategy')).toEqual(expect.arrayContaining(['以商招商', '基金招商']));
  });

  it('should not read works counted or sized before their head (36个重大工程, 30万千瓦风电工程) or 战略定位/战略伙伴 as programmes', () => {
    const found = names(run('某县36个重大工程集中开建，30万千瓦风电工程并网发电。围绕全市战略定位，携手战略伙伴投资。', '410225'), 'Strategy');
    expect(found).toEqual([]);
  });

  it('should read a quote named as the core of the work (以“A”为核心) as a programme, and not a manner (“一站式”)', () => {
    expect(names(run('以“智造家居”为核心，完善“一站式”配套服务。', '410225'), 'Strategy')).toEqual(['智造家居']);
  });

  it('should read a phrase that names no programme alone with its field before it (招商引资“一号工程”)', () => {
    expect(names(run('全力推进招商引资“一号工程”，成效明显。', '410225'), 'Strategy')).toEqual(['招商引资一号工程']);
    expect(names(run('这是我县的“一号工程”。', '410225'), 'Strategy')).toEqual([]);
  });

  it('should read a narrower sector’s strong goal after its verb (建设食品工业强县) and a strong goal heading its section', () => {
    const found = names(run('坚持工业立县，建设食品工业强县。（一）工业强县步伐加快。加快建设先进制造业强市。', '410225'), 'Strategy');
    expect(found).toEqual(expect.arrayContaining(['食品工业强县', '工业强县']));
    expect(found).not.toContain('先进制造业强市');
  });
  // Made-up sentences in the style of a county report.
  it('should not read a cut-off name, a target figure or a sports product as a programme', () => {
    const r = run(
      '某县抢抓成渝地区双城经济圈建设国家战略机遇。全县招商引资到位资金9亿元，占年度计划20亿元的45%。在某街道时尚运动健康城项目区举行开工仪式。',
      '410225',
    );
    const found = names(r, 'Strategy');
    expect(found).toContain('成渝地区双城经济圈建设');
    expect(found.some((n) => /^渝地区|国家战略$|年度计划$|运动$/.test(n))).toBe(false);
  });

  it('should keep 目的地 whole in an unquoted programme (乡村旅游目的地建设工程)', () => {
    const r = run('大力推进乡村旅游目的地建设工程，实施爱国卫生运动。', '410225');
    expect(names(r, 'Strategy')).toEqual(expect.arrayContaining(['乡村旅游目的地建设工程', '爱国卫生运动']));
    expect(names(r, 'Strategy')).not.toContain('地建设工程');
  });
  it('should not read a person, an award or a site condition as a programme', () => {
    const r = run('一位女工程指挥长的故事。省“十大杰出青年农民”评选揭晓。教育新城将完成“三通一平”。强化“三类户”动态监测。深入实施“十百千万”工程。', '410225');
    const found = names(r, 'Strategy');
    expect(found).toContain('十百千万工程');
    expect(found.some((n) => /女工程|杰出青年|三通一平|三类户/.test(n))).toBe(false);
  });
  it('should type landscape and lighting works (…景观工程, …亮化工程) as projects, not programmes', () => {
    const r = run('今年将实施灵湖景观工程、城区亮化工程，持续推进国土绿化行动。', '410225');
    expect(names(r, 'Project')).toEqual(expect.arrayContaining(['灵湖景观工程', '城区亮化工程']));
    expect(names(r, 'Strategy').some((n) => /景观工程|亮化工程/.test(n))).toBe(false);
  });
});

// Made-up sentences in the style of county reports and news: designations, footnotes, titles and firms.
describe('strategies: designations and what is not a programme', () => {
  it('should read a designation won or entered (被认定为…大县, 入选…试点县、…先行区创建名单) without its round or batch', () => {
    const r = run('丙县被认定为新一轮国家级制种大县，入选全国农业社会化服务创新试点县、全国农业绿色发展先行区创建名单。', '410225');
    expect(names(r, 'Strategy')).toEqual(expect.arrayContaining(['国家级制种大县', '全国农业社会化服务创新试点县', '全国农业绿色发展先行区']));
    expect(names(r, 'Strategy').some((n) => n.startsWith('新一轮') || n.endsWith('名单'))).toBe(false);
  });

  it('should not read a programme’s words inside a ranking or an honour (全国乡村振兴百强县)', () => {
    const r = run('庚县成功入选全国乡村振兴百强县。', '410225');
    expect(names(r, 'Strategy')).toEqual([]);
  });

  it('should read a designation entered in a year’s list without the year (入选2023年国家…示范县创建名单)', () => {
    const r = run('庚县入选2024年国家乡村振兴示范县创建名单。', '410225');
    expect(names(r, 'Strategy')).toContain('国家乡村振兴示范县');
  });

  it('should read a designation written in quotes or joined by 和 inside its title', () => {
    const quoted = run('今年5月，丁镇示范区成功入选“乡村振兴江淮样板省级示范区创建名单”。', '410225');
    expect(names(quoted, 'Strategy')).toContain('乡村振兴江淮样板省级示范区');
    const joined = run('以“打造长江中游生态保护和高质量发展先行区、国家级旅游度假区”为奋斗目标。', '410225');
    expect(names(joined, 'Strategy')).toContain('长江中游生态保护和高质量发展先行区');
    const inner = run('围绕建设“两山”实践创新示范区，全力推进各项工作。', '410225');
    expect(names(inner, 'Strategy')).toContain('两山实践创新示范区');
  });

  it('should not take an honour received, an industrial zone or a quoted programme’s rank for a designation', () => {
    const r = run('戊县荣获全国乡村治理示范县称号。加快建设现代农业产业示范区。戊县创成省级“四好农村路”示范市。', '410225');
    const found = names(r, 'Strategy');
    expect(found).toContain('四好农村路');
    expect(found.some((n) => /示范县|产业示范区|示范市/.test(n))).toBe(false);
  });

  it('should leave a footnote’s number out of a quoted name', () => {
    const r = run('全面落实“三保”〔1〕任务，推进“两区一带〔2〕”建设。', '410225');
    expect(names(r, 'Strategy')).toContain('两区一带');
    expect(names(r, 'Strategy').some((n) => /[〔〕]/.test(n))).toBe(false);
  });

  it('should not read a document’s title (《甲县战略规划》) or an idiom (谋篇布局) as a programme', () => {
    const r = run('编制完成《己县战略规划》。城乡“双集中”发展谋篇布局。', '410225');
    const found = names(r, 'Strategy');
    expect(found.some((n) => /县战略|谋篇/.test(n))).toBe(false);
    expect(found).toContain('双集中');
  });

  it('should strip 狠抓 from the front of a named programme', () => {
    const r = run('县委狠抓强镇富民工程。', '410225');
    expect(names(r, 'Strategy')).toContain('强镇富民工程');
  });

  it('should not read a programme’s words inside a firm’s name, or a building’s main works, as a programme', () => {
    const r = run('省乡村振兴投资集团有限公司代表签约方发言。目前该项目已完成二层主体工程。', '410225');
    expect(names(r, 'Strategy')).toEqual([]);
  });
});

// Made-up sentences in the style of county reports: how quoted programmes are written around their quotes.
describe('strategies: the words around a quoted programme', () => {
  const aliasesOf = (r: ReturnType<typeof run>, name: string) => r.entities.find((e) => e.type === 'Strategy' && e.name === name)?.aliases ?? [];

  it('should keep the dropped head and the field before the quote as other names of the programme', () => {
    const r = run('建立茶业发展“2135”工作机制。', '410225');
    expect(aliasesOf(r, '2135')).toEqual(expect.arrayContaining(['2135工作机制', '茶业发展2135工作机制']));
  });

  it('should read a quoted programme after a verb and its field (大力推进村级党建“A”)', () => {
    const r = run('大力推进村级党建“双带双促”。', '410225');
    expect(names(r, 'Strategy')).toContain('双带双促');
    const clause = run('坚持以党建“第一引擎”引领发展。', '410225');
    expect(names(clause, 'Strategy')).not.toContain('第一引擎');
  });

  it('should read a quote right before 行动 as a campaign though it ends like a place (“项目满园”行动)', () => {
    const r = run('大力推进“园区扩容”“项目满园”行动。', '410225');
    expect(names(r, 'Strategy')).toEqual(expect.arrayContaining(['园区扩容', '项目满园']));
  });

  it('should read a year named for its theme (“招商攻坚年”) but not an anniversary', () => {
    const r = run('以“招商攻坚年”为主题，隆重纪念“建党百年”。', '410225');
    expect(names(r, 'Strategy')).toContain('招商攻坚年');
    expect(names(r, 'Strategy')).not.toContain('建党百年');
  });

  it('should read a quoted programme that qualifies projects (实现“A”的生态项目), not a project named by it', () => {
    const r = run('既有外迁项目，也有实现“低碳转型”的生态项目。', '410225');
    expect(names(r, 'Strategy')).toContain('低碳转型');
  });

  it('should name a code framework with the noun it counts as another name', () => {
    const r = run('推动全县“2+4”现代产业提质增效。', '410225');
    expect(aliasesOf(r, '2+4')).toContain('2+4现代产业');
  });

  it('should read parallel phrases held as one idea (坚持A、B理念), and not a bare manner of work (树牢服务理念)', () => {
    const r = run('坚持保护优先、绿色引领理念。树牢服务理念。', '410225');
    expect(names(r, 'Strategy')).toEqual(['保护优先、绿色引领理念']);
  });

  it('should read 走…的农业强县之路 as the place’s goal', () => {
    expect(names(run('坚定不移走生态优先的农业强县之路。', '410225'), 'Strategy')).toContain('农业强县');
  });

  it('should not read a manner, ranked works or a project’s phase as a programme', () => {
    const r = run('为企业提供“一对一”服务。不断加强城市重点工程建设。二期计划累计投资3亿元。', '410225');
    expect(names(r, 'Strategy')).toEqual([]);
  });

  it('should read a national programme named at the start of a project’s name beside the project', () => {
    const r = run('包括黄河国家文化公园（某段）古渡遗址保护展示园、某某古镇文化旅游综合体等项目。', '410225');
    expect(names(r, 'Strategy')).toContain('黄河国家文化公园');
  });

  it('should read a national cultural park as the national programme, not a park to build', () => {
    const r = run('全力推进黄河国家文化公园建设。', '410225');
    expect(names(r, 'Strategy')).toContain('黄河国家文化公园');
    expect(names(r, 'Project')).toEqual([]);
  });
});

// Made-up sentences in the style of county reports: campaigns named without quotes, national terms.
describe('strategies: campaigns and national terms', () => {
  it('should read …三年行动 as the object of a verb that carries it out', () => {
    const r = run('深入推进营商环境大提升三年行动。', '410225');
    expect(names(r, 'Strategy')).toContain('营商环境大提升三年行动');
    const bare = run('各项行动有序开展，全县行动迅速。', '410225');
    expect(names(bare, 'Strategy')).toEqual([]);
  });

  it('should read national terms and join their long forms (巩固拓展脱贫攻坚成果 → 脱贫攻坚)', () => {
    const r = run('在对口援建的支持下，全县巩固拓展脱贫攻坚成果，积极融入粤港澳大湾区，扎实推进以工代赈。', '410225');
    expect(names(r, 'Strategy')).toEqual(expect.arrayContaining(['对口支援', '脱贫攻坚', '粤港澳大湾区建设', '以工代赈']));
    expect(r.entities.find((e) => e.name === '脱贫攻坚')?.aliases).toContain('巩固拓展脱贫攻坚成果');
  });
});
