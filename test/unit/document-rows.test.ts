// What one document becomes in the graph: rows from a hand-made extraction result, and refusals with a reason.
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../graph-seed/src/extract/types';
import { contentHashOf, documentGraph, DocumentRowsError, mergeBatch, type DocumentMeta } from '../../graph-seed/src/load/document-rows';

const TEXT = '兰考县坚持乡村振兴战略。我县推进数字产业园建设。';
const meta: DocumentMeta = {
  id: 'lk',
  file: 'lk.txt',
  title: '兰考县报告',
  kind: 'work-report',
  date: '2023-02',
  dateInferred: false,
  place: { name: '兰考县', code: '410225', inferred: false },
};

function extraction(patch: Partial<ExtractionResult> = {}): ExtractionResult {
  return {
    document: {
      id: 'lk',
      length: TEXT.length,
      sentences: [
        { index: 0, start: 0, end: 12, text: '兰考县坚持乡村振兴战略。', section: null },
        { index: 1, start: 12, end: 24, text: '我县推进数字产业园建设。', section: '（一）项目' },
      ],
      headings: [],
    },
    entities: [
      { id: 'place:410225', type: 'Place', name: '兰考县', aliases: [], mentions: [{ start: 0, end: 3 }], level: 'county', code: '410225' },
      { id: 'strategy:乡村振兴战略', type: 'Strategy', name: '乡村振兴战略', aliases: ['鄉村振興戰略'], mentions: [{ start: 5, end: 11 }] },
      { id: 'project:数字产业园', type: 'Project', name: '数字产业园', aliases: [], mentions: [{ start: 16, end: 21 }] },
    ],
    relations: [
      { type: 'PURSUES', from: 'place:410225', to: 'strategy:乡村振兴战略', evidence: [{ start: 0, end: 12, sentence: '兰考县坚持乡村振兴战略。', index: 0 }] },
      {
        type: 'LOCATED_IN',
        from: 'project:数字产业园',
        to: 'place:410225',
        evidence: [{ start: 12, end: 24, sentence: '我县推进数字产业园建设。', confidence: 0.7 }],
      },
    ],
    warnings: [],
    ...patch,
  };
}

describe('document rows', () => {
  it('keeps every sentence with its offsets and ties each relation to the sentence that states it', () => {
    const g = documentGraph(meta, TEXT, extraction(), 'utf-8');
    expect(g.document).toMatchObject({ id: 'lk', year: 2023, sentenceCount: 2, encoding: 'utf-8' });
    expect(g.sentences.map((s) => [s.id, s.start, s.end, s.section])).toEqual([
      ['lk#0', 0, 12, null],
      ['lk#1', 12, 24, '（一）项目'],
    ]);
    const located = g.relations.find((r) => r.pattern === 'LOCATED_IN:Project->Place');
    // No index given: the evidence is placed in the sentence holding its start offset.
    expect(located).toMatchObject({ evidence: ['lk#1'], evidenceConfidence: [0.7], documents: ['lk'] });
    expect(g.mentions.find((m) => m.entityId === 'strategy:乡村振兴战略')).toMatchObject({ spans: [5, 11], count: 1 });
  });

  it('records the aliases a document uses on its MENTIONS, and none for a place it only puts in the hierarchy', () => {
    const x = extraction();
    // 开封市 is named as 兰考县's parent with an alias, but the text never mentions it.
    x.entities[0]!.parentId = 'place:4102';
    x.entities.push({ id: 'place:4102', type: 'Place', name: '开封市', aliases: ['汴梁'], mentions: [], level: 'city', code: '4102' });
    const g = documentGraph(meta, TEXT, x);
    expect(g.mentions.find((m) => m.entityId === 'strategy:乡村振兴战略')!.aliases).toEqual(['鄉村振興戰略']);
    expect(g.mentions.find((m) => m.entityId === 'project:数字产业园')!.aliases).toEqual([]);
    expect(g.mentions.some((m) => m.entityId === 'place:4102')).toBe(false);
    expect(g.places.find((p) => p.id === 'place:4102')!.aliases).toEqual([]);
  });

  it('places the document under its county, city and province, linked by the gazetteer', () => {
    const g = documentGraph(meta, TEXT, extraction());
    expect(g.places.map((p) => p.name)).toEqual(['兰考县', '开封市', '河南省']);
    expect(g.placePartOf).toEqual([
      { from: 'place:410225', to: 'place:4102' },
      { from: 'place:4102', to: 'place:41' },
    ]);
    expect(g.about).toEqual([{ documentId: 'lk', placeId: 'place:410225', inferred: false, reason: null }]);
  });

  it('refuses a relation without an evidence sentence, naming it', () => {
    const bad = extraction();
    bad.relations[0]!.evidence = [];
    expect(() => documentGraph(meta, TEXT, bad)).toThrow(new DocumentRowsError('PURSUES place:410225 → strategy:乡村振兴战略 has no evidence sentence'));
  });

  it('refuses a relation to an entity the extraction does not list', () => {
    const bad = extraction();
    bad.relations.push({ type: 'SERVES', from: 'project:数字产业园', to: 'strategy:不存在', evidence: [{ start: 12, end: 24, sentence: '', index: 1 }] });
    expect(() => documentGraph(meta, TEXT, bad)).toThrow(/refers to an entity the extraction does not list/);
  });

  it('refuses a mention outside the text', () => {
    const bad = extraction();
    bad.entities[1]!.mentions = [{ start: 20, end: 90 }];
    expect(() => documentGraph(meta, TEXT, bad)).toThrow(/lies outside the text/);
  });

  it('changes the content hash when the text or the manifest entry changes, not otherwise', () => {
    expect(contentHashOf(meta, TEXT)).toBe(contentHashOf({ ...meta }, TEXT));
    expect(contentHashOf(meta, `${TEXT} `)).not.toBe(contentHashOf(meta, TEXT));
    expect(contentHashOf({ ...meta, date: '2024' }, TEXT)).not.toBe(contentHashOf(meta, TEXT));
  });

  it('merges two documents so a shared relationship carries both documents’ evidence once', () => {
    const a = documentGraph(meta, TEXT, extraction());
    const b = documentGraph({ ...meta, id: 'lk2' }, TEXT, { ...extraction(), document: { ...extraction().document, id: 'lk2' } });
    const batch = mergeBatch([a, b], (id) => id === 'lk');
    expect(batch.documentIds).toEqual(['lk']);
    expect(batch.places.filter((p) => p.id === 'place:410225')).toHaveLength(1);
    const pursues = batch.relations.filter((r) => r.pattern === 'PURSUES:Place->Strategy');
    expect(pursues).toEqual([expect.objectContaining({ evidence: ['lk#0', 'lk2#0'], documents: ['lk', 'lk2'] })]);
  });
});
