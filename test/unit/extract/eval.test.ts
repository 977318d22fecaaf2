// The quality measurement: gold annotations name their source, and the scorer counts what it should.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blindFiles, goldFiles } from '../../../graph-seed/src/eval/run';
import { score, type GoldFile } from '../../../graph-seed/src/eval/score';
import { run } from './support';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('evaluation against gold annotations', () => {
  it('should have gold for at least two sample documents and one written for generalisation, each naming its source', () => {
    const files = goldFiles();
    expect(files.filter((f) => f.file.includes('/gold/')).length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.file.includes('/generalisation/')).length).toBeGreaterThanOrEqual(1);
    for (const { gold } of files) {
      expect(gold.source.length).toBeGreaterThan(10);
      expect(fs.existsSync(path.join(ROOT, gold.text))).toBe(true);
    }
  });

  it('should hold blind-set annotations that name their source address and relations between listed entities, and no text', () => {
    const files = blindFiles('dev');
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const { gold } of files) {
      expect(gold.source).toMatch(/^https?:\/\//);
      expect(gold.text).toMatch(/^\d{3}\.txt$/);
      const names = new Set(Object.values(gold.entities).flatMap((l) => l.flatMap((g) => [g.name, ...(g.also ?? [])])));
      for (const r of gold.relations ?? []) expect([r.from, r.to].filter((n) => !names.has(n))).toEqual([]);
    }
  });

  it('should count a strategy found under one of its other names, and a place by its id', () => {
    // Source: graph-seed/corpus/000_5fc600dae746b3a8.txt (信阳市).
    const r = run('全面实施“十百千万”工程。信阳坚持以乡村振兴统揽县域经济社会发展全局。', '4115');
    const gold: GoldFile = {
      source: 'unit test',
      text: '',
      entities: {
        Strategy: [{ name: '十百千万', also: ['十百千万工程'] }, { name: '乡村振兴战略' }, { name: '两个更好' }],
        Place: [{ name: '信阳市', id: 'place:4115' }],
        Project: [],
        Organization: [],
      },
    };
    const s = Object.fromEntries(score(r, gold).map((x) => [x.type, x]));
    expect(s.Strategy).toMatchObject({ gold: 3, matched: 2, missed: ['两个更好'] });
    expect(s.Place).toMatchObject({ precision: 1, recall: 1 });
    expect(s.Project).toMatchObject({ gold: 0, predicted: 0, precision: 1, recall: 1 });
  });
});
