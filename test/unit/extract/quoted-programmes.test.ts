// Quoted programmes followed by a programme word (“A”试点, “A”工程重点项目…) are strategies the listed projects serve (made-up sentences).
import { describe, expect, it } from 'vitest';
import { names, run } from './support';

describe('quoted programmes', () => {
  it('should read “A”试点 and “A”提升行动 as strategies even when the quote ends like a place', () => {
    const r = run('开展“清风校园”示范，启动“美丽庭院”提升行动。', '410225');
    expect(names(r, 'Strategy')).toEqual(expect.arrayContaining(['清风校园示范', '美丽庭院提升行动']));
  });

  it('should let the projects listed after “A”工程重点项目 serve the programme, with the sentence as evidence', () => {
    const text = '“百城提质”工程重点项目：云溪新材料项目、东湖储能项目。';
    const r = run(text, '410225');
    expect(names(r, 'Strategy')).toContain('百城提质工程');
    const rel = r.relations.find((x) => x.type === 'SERVES' && x.from === 'project:东湖储能' && x.to === 'strategy:百城提质工程');
    const ev = rel!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('should read a pilot one is chosen for (入选“A”试点) as a programme, and a quoted project name stays a project', () => {
    const r = run('云溪新材料项目入选“数字乡村”试点，打造“云溪人家”基地。', '410225');
    expect(names(r, 'Strategy')).toContain('数字乡村试点');
    expect(names(r, 'Strategy')).not.toContain('云溪人家');
  });
});

describe('a strategy as the aim of the work', () => {
  it('should reach a project in the same or next clause, not several clauses later', () => {
    const near = run('实施乡村振兴战略，扎实推进云溪新材料项目建设。', '410225');
    expect(near.relations.some((x) => x.type === 'SERVES' && x.from === 'project:云溪新材料' && x.to === 'strategy:乡村振兴战略')).toBe(true);
    const far = run('实施乡村振兴战略，推进农业现代化，加快产业升级，扎实推进云溪新材料项目建设。', '410225');
    expect(far.relations.some((x) => x.type === 'SERVES' && x.from === 'project:云溪新材料')).toBe(false);
  });
});
