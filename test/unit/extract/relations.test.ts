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
  it('should attribute a strategy to the province when the sentence says 省委 proposed it', () => {
    const r = run(LANKAO, '410225');
    const rel = find(r, 'PURSUES', 'place:41', 'strategy:换道领跑战略');
    expect(rel?.evidence[0]?.sentence).toContain('圍繞省委提出的');
    // … and the county, which follows it, with less confidence.
    expect(find(r, 'PURSUES', 'place:410225', 'strategy:换道领跑战略')?.confidence).toBe(0.7);
  });

  it('should let the document’s place pursue the strategies it states, with the sentence as evidence', () => {
    const r = run(LANKAO, '410225');
    const rel = find(r, 'PURSUES', 'place:410225', 'strategy:项目为王');
    expect(rel?.evidence).toHaveLength(1);
    const ev = rel!.evidence[0]!;
    expect(LANKAO.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('should link a project to the organisation inside its name and to the document’s place', () => {
    const r = run(PINGQIAO, '411503');
    expect(find(r, 'PARTICIPATES_IN', 'org:信钢', 'project:信钢180万吨合金带钢')?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(find(r, 'LOCATED_IN', 'project:信钢180万吨合金带钢', 'place:411503')).toBeDefined();
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
