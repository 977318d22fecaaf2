// The blind-set scorer on tiny made-up results: relation matching and judging, the document's place, type confusions.
import { describe, expect, it } from 'vitest';
import { scoreDocument, scorePlace, scoreRelations, typeConfusions, type GoldFile } from '../../../graph-seed/src/eval/score';
import { report, totalsOf } from '../../../graph-seed/src/eval/run';
import type { ExtractedEntity, ExtractedRelation, ExtractionResult } from '../../../graph-seed/src/extract/types';

const m = [{ start: 0, end: 1 }];
const ent = (type: ExtractedEntity['type'], id: string, name: string, extra: Partial<ExtractedEntity> = {}): ExtractedEntity => ({
  id,
  type,
  name,
  aliases: [],
  mentions: m,
  ...extra,
});
const rel = (type: ExtractedRelation['type'], from: string, to: string, confidence?: number): ExtractedRelation => ({
  type,
  from,
  to,
  evidence: [],
  ...(confidence === undefined ? {} : { confidence }),
});

function result(entities: ExtractedEntity[], relations: ExtractedRelation[], placeId?: string): ExtractionResult {
  return {
    document: { id: 'x', length: 1, sentences: [], headings: [], ...(placeId ? { placeId, placeInferred: true } : {}) },
    entities,
    relations,
    warnings: [],
  };
}

// A made-up county 甲县 (code 419901) with a township 乙镇, a strategy, two projects and a firm.
const gold: GoldFile = {
  source: 'unit test',
  text: '000.txt',
  placeCode: '419901',
  entities: {
    Place: [
      { name: '甲县', id: 'place:419901' },
      { name: '乙镇', within: '419901' },
    ],
    Strategy: [{ name: '丙丁战略', also: ['丙丁'] }],
    Project: [{ name: '戊己产业园' }, { name: '庚辛项目' }],
    Organization: [{ name: '壬癸科技' }],
  },
  relations: [
    { type: 'PURSUES', from: '甲县', to: '丙丁战略' },
    { type: 'LOCATED_IN', from: '戊己产业园', to: '乙镇' },
    { type: 'PARTICIPATES_IN', from: '壬癸科技', to: '戊己产业园' },
  ],
};

const entities = [
  ent('Place', 'place:419901', '甲县', { code: '419901' }),
  ent('Place', 'place:419901101', '乙镇', { code: '419901101' }),
  ent('Place', 'place:4199', '某市', { code: '4199' }),
  ent('Strategy', 'strategy:丙丁', '丙丁'),
  ent('Project', 'project:戊己产业园', '戊己产业园'),
  ent('Project', 'project:庚辛项目', '庚辛项目'),
  ent('Organization', 'org:壬癸科技', '壬癸科技'),
];

describe('relation scores', () => {
  it('should find a gold relation through accepted names and a township matched by name under its county', () => {
    const r = result(entities, [rel('PURSUES', 'place:419901', 'strategy:丙丁'), rel('LOCATED_IN', 'project:戊己产业园', 'place:419901101')]);
    const s = Object.fromEntries(scoreRelations(r, gold).map((x) => [x.type, x]));
    expect(s.PURSUES).toMatchObject({ gold: 1, found: 1, judged: 1, correct: 1, unjudged: 0 });
    expect(s.LOCATED_IN).toMatchObject({ gold: 1, found: 1, judged: 1, correct: 1 });
    expect(s.PARTICIPATES_IN).toMatchObject({ gold: 1, found: 0, missed: ['壬癸科技 → 戊己产业园'] });
  });

  it('should judge a produced relation only when both ends are gold entities, and count the others as unjudged', () => {
    const r = result(entities, [
      // Both ends gold, but not a gold relation: judged and wrong.
      rel('LOCATED_IN', 'project:庚辛项目', 'place:419901'),
      // One end (某市) is no gold entity: unjudged.
      rel('LOCATED_IN', 'project:戊己产业园', 'place:4199'),
      // The right ends under the wrong type do not count.
      rel('SERVES', 'project:戊己产业园', 'strategy:丙丁'),
    ]);
    const s = Object.fromEntries(scoreRelations(r, gold).map((x) => [x.type, x]));
    expect(s.LOCATED_IN).toMatchObject({ gold: 1, found: 0, judged: 1, correct: 0, unjudged: 1, wrong: ['庚辛项目 → 甲县'] });
    expect(s.SERVES).toMatchObject({ gold: 0, found: 0, judged: 1, correct: 0 });
  });
});

describe('coarser places and confident relations', () => {
  it('should count a project placed in the county where gold names its township as correct but not found', () => {
    const r = result(entities, [rel('LOCATED_IN', 'project:戊己产业园', 'place:419901')]);
    const s = Object.fromEntries(scoreRelations(r, gold).map((x) => [x.type, x]));
    expect(s.LOCATED_IN).toMatchObject({ gold: 1, found: 0, judged: 1, correct: 1, wrong: [], coarser: ['戊己产业园 → 甲县'] });
  });

  it('should count a township where gold names its county as wrong: a finer place is not implied by the text', () => {
    const countyGold: GoldFile = { ...gold, relations: [{ type: 'LOCATED_IN', from: '戊己产业园', to: '甲县' }] };
    const r = result(entities, [rel('LOCATED_IN', 'project:戊己产业园', 'place:419901101')]);
    const s = Object.fromEntries(scoreRelations(r, countyGold).map((x) => [x.type, x]));
    expect(s.LOCATED_IN).toMatchObject({ found: 0, judged: 1, correct: 0, coarser: [], wrong: ['戊己产业园 → 乙镇'] });
  });

  it('should not call a coarser place correct for a project gold does not place there', () => {
    const r = result(entities, [rel('LOCATED_IN', 'project:庚辛项目', 'place:419901')]);
    const s = Object.fromEntries(scoreRelations(r, gold).map((x) => [x.type, x]));
    expect(s.LOCATED_IN).toMatchObject({ judged: 1, correct: 0, coarser: [] });
  });

  it('should leave relations below the confidence asked for out of recall and precision', () => {
    const r = result(entities, [rel('PURSUES', 'place:419901', 'strategy:丙丁', 0.5), rel('LOCATED_IN', 'project:庚辛项目', 'place:419901', 0.4)]);
    const all = Object.fromEntries(scoreRelations(r, gold).map((x) => [x.type, x]));
    const confident = Object.fromEntries(scoreRelations(r, gold, 0.6).map((x) => [x.type, x]));
    expect(all.PURSUES).toMatchObject({ found: 1, judged: 1 });
    expect(all.LOCATED_IN).toMatchObject({ judged: 1, correct: 0 });
    expect(confident.PURSUES).toMatchObject({ found: 0, judged: 0 });
    expect(confident.LOCATED_IN).toMatchObject({ judged: 0, correct: 0 });
  });
});

describe('boundaries forgiven and precision where gold relates the project', () => {
  it('should count a relation on a project cut at another boundary as found only when boundaries are forgiven', () => {
    // 戊己产业园一期 is no gold name but holds 戊己产业园; 庚辛 is too short to stand for 庚辛项目.
    const cut = [...entities, ent('Project', 'project:戊己产业园一期', '戊己产业园一期'), ent('Project', 'project:庚辛', '庚辛')];
    const r = result(cut, [rel('LOCATED_IN', 'project:戊己产业园一期', 'place:419901101')]);
    const s = Object.fromEntries(scoreRelations(r, gold).map((x) => [x.type, x]));
    expect(s.LOCATED_IN).toMatchObject({ found: 0, foundForgiven: 1 });
    const elsewhere = Object.fromEntries(
      scoreRelations(result(cut, [rel('LOCATED_IN', 'project:戊己产业园一期', 'place:4199')]), gold).map((x) => [x.type, x]),
    );
    expect(elsewhere.LOCATED_IN).toMatchObject({ foundForgiven: 0 });
  });

  it('should not forgive an end that is another gold entity', () => {
    const both: GoldFile = { ...gold, entities: { ...gold.entities, Project: [{ name: '戊己产业园' }, { name: '戊己产业园二期' }] } };
    const r = result(
      [...entities, ent('Project', 'project:戊己产业园二期', '戊己产业园二期')],
      [rel('LOCATED_IN', 'project:戊己产业园二期', 'place:419901101')],
    );
    const s = Object.fromEntries(scoreRelations(r, both).map((x) => [x.type, x]));
    expect(s.LOCATED_IN).toMatchObject({ found: 0, foundForgiven: 0 });
  });

  it('should judge by project only the relations of projects gold relates, whatever their other end', () => {
    const r = result(entities, [
      // 庚辛项目 has no gold LOCATED_IN: strictly judged wrong, not judged here.
      rel('LOCATED_IN', 'project:庚辛项目', 'place:419901'),
      // 戊己产业园 is placed by gold in 乙镇: the county is coarser (correct), the city is no gold place but still judged.
      rel('LOCATED_IN', 'project:戊己产业园', 'place:419901'),
      rel('LOCATED_IN', 'project:戊己产业园', 'place:4299'),
      rel('PURSUES', 'place:419901', 'strategy:丙丁'),
    ]);
    const s = Object.fromEntries(scoreRelations(r, gold).map((x) => [x.type, x]));
    expect(s.LOCATED_IN).toMatchObject({ judged: 2, correct: 1, judgedByProject: 2, correctByProject: 1 });
    expect(s.PURSUES).toMatchObject({ judgedByProject: 0, correctByProject: 0 });
  });
});

describe('document place', () => {
  it('should count an exact code, the right county for an expected township as within only, and no place as none', () => {
    const town = { ...gold, placeCode: '419901101' };
    expect(scorePlace(result([], [], 'place:419901'), gold)).toMatchObject({ exact: true, within: true });
    expect(scorePlace(result([], [], 'place:419901'), town)).toMatchObject({ exact: false, within: true });
    expect(scorePlace(result([], [], 'place:4199'), gold)).toMatchObject({ exact: false, within: false });
    expect(scorePlace(result([], []), gold)).toMatchObject({ predicted: null, exact: false, within: false });
  });
});

describe('Strategy ⇄ Project confusions', () => {
  it('should count a gold strategy produced as a project and a gold project produced as a strategy', () => {
    const r = result(
      [ent('Project', 'project:丙丁战略', '丙丁战略'), ent('Strategy', 'strategy:庚辛项目', '庚辛项目'), ent('Project', 'project:戊己产业园', '戊己产业园')],
      [],
    );
    const { confusions, goldNames } = typeConfusions(r, gold);
    expect(goldNames).toBe(3);
    expect(confusions.map((c) => `${c.name}:${c.gold}→${c.predicted}`).sort()).toEqual(['丙丁战略:Strategy→Project', '庚辛项目:Project→Strategy']);
  });
});

describe('set report', () => {
  it('should sum documents and print recall, judged precision, unjudged count, place accuracy and confusions', () => {
    const r = result(
      entities,
      [
        rel('PURSUES', 'place:419901', 'strategy:丙丁'),
        rel('LOCATED_IN', 'project:戊己产业园', 'place:4199'),
        rel('PARTICIPATES_IN', 'org:壬癸科技', 'project:戊己产业园', 0.5),
      ],
      'place:419901',
    );
    const t = totalsOf([scoreDocument(r, gold), scoreDocument(result([], []), gold)]);
    expect(t.relations.get('PURSUES')).toMatchObject({ gold: 2, found: 1, judged: 1, correct: 1 });
    expect(t.place).toEqual({ documents: 2, exact: 1, within: 1, none: 1 });
    const text = report('test', t, true);
    expect(text).toContain('| PURSUES | 2 | 1 | 0.50 | 1 | 1 | 1.00 | 0 |');
    expect(text).toContain('| LOCATED_IN | 2 | 0 | 0.00 | 0 | 0 | – | 1 |');
    expect(text).toContain('3–8 key relations');
    expect(text).toContain('exact 1 of 2');
    expect(text).toContain('0 of 6 gold strategy and project names');
    // The low-confidence PARTICIPATES_IN counts in the first table only.
    expect(t.relations.get('PARTICIPATES_IN')).toMatchObject({ gold: 2, found: 1 });
    expect(t.confidentRelations.get('PARTICIPATES_IN')).toMatchObject({ gold: 2, found: 0 });
    const confidentTable = text.slice(text.indexOf('Confident relations only'));
    expect(confidentTable).toContain('| PARTICIPATES_IN | 2 | 0 | 0.00 |');
    expect(confidentTable).toContain('| PURSUES | 2 | 1 | 0.50 | 1 | 1 | 1.00 | 0 |');
  });
});

describe('boundary misses', () => {
  it('should count a gold name found cut at another boundary apart from a name not found at all, each spurious name once', () => {
    const s = scoreDocument(
      result(
        [
          // Found without its tail (戊己产业园 is gold, 戊己产业 is not), and with a verb before it (开工庚辛项目).
          ent('Project', 'project:戊己产业', '戊己产业'),
          ent('Project', 'project:开工庚辛项目', '开工庚辛项目'),
          // A name of two letters is too short to stand for a longer one.
          ent('Project', 'project:丙丁', '丙丁'),
        ],
        [],
      ),
      gold,
    );
    const projects = s.entities.find((e) => e.type === 'Project')!;
    expect(projects).toMatchObject({ matched: 0, missed: ['戊己产业园', '庚辛项目'], boundary: ['戊己产业园', '庚辛项目'] });
    const table = report('t', totalsOf([s]), false);
    expect(table).toContain('| Project | 2 | 3 | 0 | 0.00 | 0.00 | 2 | 1.00 |');
  });
});
