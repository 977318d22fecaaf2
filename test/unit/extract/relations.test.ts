// Relations carry the sentence they rest on: PURSUES, LOCATED_IN, SERVES, PARTICIPATES_IN, Strategy PART_OF Strategy.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './support';

// Source: graph-seed/corpus/004_92b96156f557c987.txt (兰考), 换道领跑 paragraph.
const LANKAO = '去年以來,圍繞省委提出的“換道領跑”戰略,落實開封市委項目建設年部署,蘭考樹牢“項目為王”鮮明導向,滾動推進“三個一批”。';
// Source: graph-seed/corpus/001_4b96525c5c6cf7dc.txt (平桥区), 主导产业.
const PINGQIAO =
  '（一）聚焦项目为王强支撑。树立大抓项目的鲜明导向。\n信钢159万吨焦化节能技改、信钢180万吨合金带钢等项目正式投产。围绕信钢、中联、联强等龙头企业，加快冶金产业转型升级。';

const find = (r: ReturnType<typeof run>, type: string, from: string, to: string) => r.relations.find((x) => x.type === type && x.from === from && x.to === to);

describe('relations', () => {
  it('should let the county carry out a strategy the sentence says 省委 proposed, and not the province that is its source', () => {
    const r = run(LANKAO, '410225');
    expect(find(r, 'PURSUES', 'place:41', 'strategy:换道领跑战略')).toBeUndefined();
    expect(find(r, 'PURSUES', 'place:410225', 'strategy:换道领跑战略')?.evidence[0]?.sentence).toContain('圍繞省委提出的');
  });

  it('should let the document’s place pursue the strategies it states, with the sentence as evidence', () => {
    const r = run(LANKAO, '410225');
    const rel = find(r, 'PURSUES', 'place:410225', 'strategy:项目为王');
    expect(rel?.evidence).toHaveLength(1);
    const ev = rel!.evidence[0]!;
    expect(LANKAO.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('should link a project to the organisation inside its name, and not guess its place when the sentence names none', () => {
    const r = run(PINGQIAO, '411503');
    expect(find(r, 'PARTICIPATES_IN', 'org:信钢', 'project:信钢180万吨合金带钢')?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(find(r, 'LOCATED_IN', 'project:信钢180万吨合金带钢', 'place:411503')).toBeUndefined();
  });

  it('should let a project serve the strategy of the section it sits in, with a lower confidence', () => {
    const r = run(PINGQIAO, '411503');
    const rel = find(r, 'SERVES', 'project:信钢180万吨合金带钢', 'strategy:项目为王');
    expect(rel?.confidence).toBeLessThan(0.9);
  });

  it('should state Strategy PART_OF Strategy for a member of a programme the document also names', () => {
    const r = run('对标“十大战略”，认真落实优势再造战略和换道领跑战略。', '4107');
    expect(find(r, 'PART_OF', 'strategy:优势再造战略', 'strategy:十大战略')?.evidence).toHaveLength(1);
  });
});

// Made-up sentences in the style of county news and reports.
describe('relations from what the sentence says', () => {
  it('should not link a firm to a project it only shares a visit with', () => {
    const r = run('代表团先后参观了宏远机械有限公司、青石湾产业园。', '410225');
    expect(r.relations.filter((x) => x.type === 'PARTICIPATES_IN')).toEqual([]);
  });

  it('should link the firm that invests in or builds a project', () => {
    const r = run('青石湾产业园由宏远机械有限公司投资建设。', '410225');
    expect(find(r, 'PARTICIPATES_IN', 'org:宏远机械有限公司', 'project:青石湾产业园')?.confidence).toBe(0.8);
  });

  it('should let a project serve a strategy only when the sentence makes the strategy its aim', () => {
    const aim = run('围绕乡村振兴战略，建设兰考县青石湾田园综合体。', '410225');
    expect(find(aim, 'SERVES', 'project:兰考县青石湾田园综合体', 'strategy:乡村振兴战略')).toBeDefined();
    const mere = run('乡村振兴战略深入人心，兰考县青石湾田园综合体建成开放。', '410225');
    expect(mere.relations.filter((x) => x.type === 'SERVES')).toEqual([]);
  });

  it('should let the village the text last named pursue what 该村 does', () => {
    const r = run('兰考县堌阳镇范场村总面积10平方公里。近年来，该村把国土绿化和产业发展相结合，推广“党支部+合作社+农户”发展模式。', '410225');
    const village = r.entities.find((e) => e.type === 'Place' && e.name.startsWith('范场'));
    expect(village).toBeDefined();
    expect(r.relations.some((x) => x.type === 'PURSUES' && x.from === village!.id)).toBe(true);
  });

  it('should let a place that opens its clause as subject pursue what it does, and a village act through its party branch', () => {
    const subject = run('兰考县召开推进会。近年来，堌阳镇坚持“党支部+合作社+农户”发展模式，全面推进乡村振兴。', '410225');
    const town = subject.entities.find((e) => e.type === 'Place' && e.name.startsWith('堌阳'));
    expect(town).toBeDefined();
    expect(subject.relations.filter((x) => x.type === 'PURSUES' && x.from === town!.id)).toHaveLength(2);
    expect(subject.relations.some((x) => x.type === 'PURSUES' && x.from === 'place:410225')).toBe(false);
    const branch = run('今年以来，兰考县堌阳镇范场村党总支大力实施“书记项目”。', '410225');
    const village = branch.entities.find((e) => e.type === 'Place' && e.name.startsWith('范场'));
    expect(branch.relations.some((x) => x.type === 'PURSUES' && x.from === village?.id && x.to === 'strategy:书记项目')).toBe(true);
  });

  it('should not take a place named as a modifier (堌阳镇的…) for the subject', () => {
    const r = run('堌阳镇的乡村振兴示范点建设成效明显，全县深入推进乡村振兴。', '410225');
    expect(r.relations.some((x) => x.type === 'PURSUES' && x.from !== 'place:410225')).toBe(false);
  });

  it('should let the subject after a fronted phrase pursue the programme (自“A”工作开展以来，甲村就…)', () => {
    const r = run('自“五星”支部创建工作开展以来，兰考县堌阳镇范场村就依托自身优势发展产业。', '410225');
    const village = r.entities.find((e) => e.type === 'Place' && e.name.startsWith('范场'));
    const to = r.relations.filter((x) => x.type === 'PURSUES' && x.to.includes('五星'));
    expect(to.map((x) => x.from)).toEqual([village?.id]);
  });

  it('should let no place pursue a programme the sentence only defines, a speaker mentions or a project serves', () => {
    const texts = [
      '产业兴旺是乡村振兴的关键。',
      '“我们建设的是生态牧场，带动周边农户，助力乡村振兴。”',
      '其中，青石湾田园综合体项目总投资2亿元，占地300亩，助力乡村振兴。',
      '今年，“青石湾示范片”成功入选“乡村振兴中原样板省级示范区创建名单”。',
    ];
    for (const t of texts) expect(run(t, '410225').relations.filter((x) => x.type === 'PURSUES')).toEqual([]);
  });

  it('should not let a place pursue a programme counted among ordinary works (A、“B”创建和C等工作)', () => {
    const r = run('近年来，堌阳镇统筹推进经济发展、“三零”创建和民生保障等工作。', '410225');
    expect(r.relations.filter((x) => x.type === 'PURSUES')).toEqual([]);
  });

  it('should let no place pursue a programme that only qualifies projects (实现“A”的生态项目)', () => {
    const r = run('兰考县既有外迁项目，也有实现“低碳转型”的生态项目。', '410225');
    expect(r.relations.filter((x) => x.type === 'PURSUES')).toEqual([]);
  });

  it('should not take a meeting named after a programme for its pursuit', () => {
    const r = run('全县深入推进“双创双富”。县里组织召开“双创双富”座谈会。', '410225');
    const rel = r.relations.find((x) => x.type === 'PURSUES' && x.to === 'strategy:双创双富');
    expect(rel?.evidence.map((e) => e.sentence)).toEqual(['全县深入推进“双创双富”。']);
  });

  it('should let the county pursue a title it was recognised for (被认定为…大县)', () => {
    const r = run('兰考县被认定为国家级制种大县。', '410225');
    expect(find(r, 'PURSUES', 'place:410225', 'strategy:国家级制种大县')).toBeDefined();
  });

  it('should not let the province pursue a programme named in a title it gave (获评全省“…优秀县”)', () => {
    const r = run('兰考县连续两年获评全省“实施乡村振兴战略实绩考核优秀县”。', '410225');
    expect(r.relations.some((x) => x.type === 'PURSUES' && x.from === 'place:41')).toBe(false);
  });

  it('should not let the province pursue a programme when 全省首批 only ranks the county', () => {
    const r = run('兰考县入选全省首批“五星支部”创建示范县。', '410225');
    expect(r.relations.some((x) => x.type === 'PURSUES' && x.from === 'place:41')).toBe(false);
  });
});

describe('the document’s place when none is given', () => {
  const sample = (file: string) => fs.readFileSync(path.join(import.meta.dirname, '../../../graph-seed/corpus', file), 'utf8');

  it('should infer the county a work report is about, though it names its city as often', { timeout: 60_000 }, () => {
    // Source: graph-seed/corpus/001_4b96525c5c6cf7dc.txt (平桥区 work report), whole text.
    const r = run(sample('001_4b96525c5c6cf7dc.txt'));
    expect(r.document).toMatchObject({ placeId: 'place:411503', placeInferred: true });
  });

  it('should infer none for the speech whose city is masked', { timeout: 60_000 }, () => {
    // Source: graph-seed/corpus/003_7d780958f0361ff5.txt (林州市 masked as **), whole text.
    const r = run(sample('003_7d780958f0361ff5.txt'));
    expect(r.document.placeId).toBeUndefined();
    expect(r.relations.some((x) => x.type === 'PURSUES' && x.from === 'place:410782')).toBe(false);
  });
});

// Made-up sentences in the style of county news: firms and programmes named in lists and in a second clause.
describe('relations stated across lists and clauses', () => {
  /** The evidence of a relation is its sentence, with offsets into the original text. */
  const evidenceOf = (text: string, r: ReturnType<typeof run>, type: string, from: string, to: string) => {
    const ev = find(r, type, from, to)?.evidence[0];
    return ev ? text.slice(ev.start, ev.end) : undefined;
  };

  it('should let every firm of 由A、B联合投资建设的 take part in the project', () => {
    const text = '县领导出席活动。由宏远机械有限公司、瑞丰科技有限公司联合投资建设的青石湾产业园项目正式开工。';
    const r = run(text, '410225');
    for (const firm of ['org:宏远机械有限公司', 'org:瑞丰科技有限公司'])
      expect(evidenceOf(text, r, 'PARTICIPATES_IN', firm, 'project:青石湾产业园')).toBe(
        '由宏远机械有限公司、瑞丰科技有限公司联合投资建设的青石湾产业园项目正式开工。',
      );
  });

  it('should let the firm before 投资建设的 take part in every project listed after it', () => {
    const r = run('宏远机械有限公司投资建设的青石湾产业园、金水湾湿地公园等项目进展顺利。', '410225');
    expect(find(r, 'PARTICIPATES_IN', 'org:宏远机械有限公司', 'project:青石湾产业园')?.confidence).toBe(0.8);
    expect(find(r, 'PARTICIPATES_IN', 'org:宏远机械有限公司', 'project:金水湾湿地公园')?.confidence).toBe(0.8);
  });

  it('should read the builder named in the project’s second clause: 总投资…，由X投资建设 and 承建单位为X', () => {
    const text = '青石湾产业园项目总投资12亿元，由宏远机械有限公司投资建设。金水湾湿地公园项目的承建单位为瑞丰建设有限公司。';
    const r = run(text, '410225');
    expect(evidenceOf(text, r, 'PARTICIPATES_IN', 'org:宏远机械有限公司', 'project:青石湾产业园')).toBe(
      '青石湾产业园项目总投资12亿元，由宏远机械有限公司投资建设。',
    );
    expect(evidenceOf(text, r, 'PARTICIPATES_IN', 'org:瑞丰建设有限公司', 'project:金水湾湿地公园')).toBe('金水湾湿地公园项目的承建单位为瑞丰建设有限公司。');
  });

  it('should read the firm a leader meets when the two sides then discuss the project (双方就P项目进行洽谈)', () => {
    const r = run('县长会见宏远机械有限公司董事长一行，双方就青石湾产业园项目进行洽谈。', '410225');
    expect(find(r, 'PARTICIPATES_IN', 'org:宏远机械有限公司', 'project:青石湾产业园')?.confidence).toBe(0.8);
    // A firm's spokesman speaking of a project is no link.
    expect(run('宏远机械有限公司负责人介绍，青石湾产业园项目总投资5亿元。', '410225').relations.filter((x) => x.type === 'PARTICIPATES_IN')).toEqual([]);
  });

  it('should read 项目与X签约 and X牵头建设Y', () => {
    const r = run('青石湾产业园项目与宏远机械有限公司成功签约。瑞丰科技有限公司牵头建设金水湾产业园。', '410225');
    expect(find(r, 'PARTICIPATES_IN', 'org:宏远机械有限公司', 'project:青石湾产业园')).toBeDefined();
    expect(find(r, 'PARTICIPATES_IN', 'org:瑞丰科技有限公司', 'project:金水湾产业园')).toBeDefined();
  });

  it('should not let firms named as examples or as partners take part in a project of the next clause', () => {
    const r = run(
      '依托宏远机械、瑞丰科技、金石材料等企业，加快推进青石湾产业园建设。深化与宏远机械有限公司、瑞丰科技有限公司合作，推进金水湾湿地公园建成投产。',
      '410225',
    );
    expect(r.relations.filter((x) => x.type === 'PARTICIPATES_IN')).toEqual([]);
  });

  it('should read a capacity project outside a list, and the firm that signs it or is written right before it', () => {
    const text = '宏远新能源有限公司与兰考县签约年产5万吨再生铝项目。近日，瑞丰科技有限公司年产3000吨纳米材料项目在谷营镇开工建设。';
    const r = run(text, '410225');
    expect(evidenceOf(text, r, 'PARTICIPATES_IN', 'org:宏远新能源有限公司', 'project:年产5万吨再生铝')).toBe(
      '宏远新能源有限公司与兰考县签约年产5万吨再生铝项目。',
    );
    expect(find(r, 'PARTICIPATES_IN', 'org:瑞丰科技有限公司', 'project:年产3000吨纳米材料')?.confidence).toBe(0.85);
    expect(find(r, 'LOCATED_IN', 'project:年产3000吨纳米材料', 'place:410225105')?.confidence).toBe(0.8);
  });

  it('should let a project serve the programme it was selected for (入选)', () => {
    const text = '青石湾田园综合体项目入选乡村振兴示范项目。';
    const r = run(text, '410225');
    const rel = find(r, 'SERVES', 'project:青石湾田园综合体', 'strategy:乡村振兴战略');
    expect(rel?.confidence).toBe(0.9);
    expect(evidenceOf(text, r, 'SERVES', 'project:青石湾田园综合体', 'strategy:乡村振兴战略')).toBe(text);
  });

  it('should let every project listed as a programme’s own (S重点项目A、B; S…开工项目：A、B) serve it', () => {
    const r = run('实施乡村振兴战略重点项目青石湾田园综合体、金水湾湿地公园等项目。“三个一批”活动第二批开工项目：青石湾产业园、金水湾物流园。', '410225');
    for (const p of ['project:青石湾田园综合体', 'project:金水湾湿地公园']) expect(find(r, 'SERVES', p, 'strategy:乡村振兴战略')?.confidence).toBe(0.85);
    for (const p of ['project:青石湾产业园', 'project:金水湾物流园']) expect(find(r, 'SERVES', p, 'strategy:三个一批')?.confidence).toBe(0.85);
    // The programme's label is not part of the project's name.
    expect(r.entities.some((e) => e.type === 'Project' && e.name.includes('重点项目'))).toBe(false);
  });
});

// Made-up sentences: firms a park or a project takes in.
describe('PARTICIPATES_IN for firms a park or project takes in', () => {
  const firms = (r: ReturnType<typeof run>) =>
    r.relations
      .filter((x) => x.type === 'PARTICIPATES_IN')
      .map((x) => `${x.from}→${x.to}@${x.confidence}`)
      .sort();

  it('should link a firm the project brings in to run it', () => {
    const r = run('正在建设的青石湾产业园项目，将引入宏远机械有限公司参与运营。', '410225');
    expect(firms(r)).toEqual(['org:宏远机械有限公司→project:青石湾产业园@0.8']);
  });

  it('should link the firms a park has taken in, listed after it or named as settled in it', () => {
    expect(firms(run('青石湾产业园已入驻宏远机械有限公司、瑞丰科技有限公司等12家企业。', '410225'))).toEqual([
      'org:宏远机械有限公司→project:青石湾产业园@0.8',
      'org:瑞丰科技有限公司→project:青石湾产业园@0.8',
    ]);
    expect(firms(run('调研组来到青石湾产业园，实地了解宏远机械有限公司、瑞丰科技有限公司等新落地企业生产情况。', '410225'))).toEqual([
      'org:宏远机械有限公司→project:青石湾产业园@0.7',
      'org:瑞丰科技有限公司→project:青石湾产业园@0.7',
    ]);
  });

  it('should not link a firm visited after a park unless the sentence says it settled there', () => {
    expect(firms(run('调研组来到青石湾产业园，随后走访宏远机械有限公司。', '410225'))).toEqual([]);
    expect(firms(run('青石湾产业园项目进展顺利，宏远机械有限公司负责人参加会议。', '410225'))).toEqual([]);
  });
});

// Made-up documents: a section heading as the aim of the projects under it.
describe('SERVES from the section heading', () => {
  const serves = (r: ReturnType<typeof run>) =>
    r.relations
      .filter((x) => x.type === 'SERVES')
      .map((x) => `${x.from}→${x.to}@${x.confidence}`)
      .sort();

  it('should link a project to the one strategy its heading names', () => {
    const r = run('一、深入实施乡村振兴战略\n青石湾田园综合体项目今年开工，总投资3亿元。', '410225');
    expect(serves(r)).toEqual(['project:青石湾田园综合体→strategy:乡村振兴战略@0.5']);
  });

  it('should link nothing when the heading names several strategies', () => {
    const r = run('一、深入实施乡村振兴战略和创新驱动发展战略\n青石湾田园综合体项目今年开工，总投资3亿元。', '410225');
    expect(serves(r)).toEqual([]);
  });

  it('should let every firm of a list closed by 等企业 share the investing verb that follows (A、B等企业投资建设的P)', () => {
    const r = run('华兴、东科等企业投资建设的年产5万吨包装材料项目开工。', '410225');
    expect(find(r, 'PARTICIPATES_IN', 'org:华兴', 'project:年产5万吨包装材料')?.confidence).toBe(0.8);
    expect(find(r, 'PARTICIPATES_IN', 'org:东科', 'project:年产5万吨包装材料')?.confidence).toBe(0.8);
    const apart = run('依托华兴、东科等企业，推进年产5万吨包装材料项目。', '410225');
    expect(apart.relations.filter((x) => x.type === 'PARTICIPATES_IN')).toEqual([]);
  });

  it('should let both firms of 由A与B共建 take part in the project that is the subject', () => {
    const r = run('城东冷链物流园项目由县农投集团与广西中拓科牛畜牧科技有限公司共建。', '410225');
    expect(find(r, 'PARTICIPATES_IN', 'org:县农投集团', 'project:城东冷链物流园')?.confidence).toBe(0.8);
    expect(find(r, 'PARTICIPATES_IN', 'org:广西中拓科牛畜牧科技有限公司', 'project:城东冷链物流园')?.confidence).toBe(0.8);
  });

  it('should let a firm take part in the project named after it as X有限公司项目, but not link one span to itself otherwise', () => {
    const r = run('华岚科技有限公司项目总投资为1.5亿元。', '410225');
    expect(find(r, 'PARTICIPATES_IN', 'org:华岚科技有限公司', 'project:华岚科技有限公司')?.confidence).toBe(0.85);
  });

  it('should make a firm whose officer speaks for a project’s side (X总经理某某代表P项目方) a party to it', () => {
    const r = run('推进青石湾国土综合整治项目建设。远航投资集团有限公司总经理李某某代表青石湾国土综合整治项目方在仪式上发言。', '420921');
    expect(find(r, 'PARTICIPATES_IN', 'org:远航投资集团有限公司', 'project:青石湾国土综合整治')?.confidence).toBe(0.8);
    const plain = run('推进青石湾国土综合整治项目建设。远航投资集团有限公司总经理李某某代表企业发言。', '420921');
    expect(plain.relations.filter((x) => x.type === 'PARTICIPATES_IN')).toEqual([]);
  });
});
