// Comparing places: what is shared, what is one place's own, and how much they overlap.
import { describe, expect, it } from 'vitest';
import { buildComparison, jaccard, type PlaceLinks } from '../../server/src/compare';

const place = (id: string, ...items: Array<[string, 'Strategy' | 'Project', number?]>): PlaceLinks => ({
  id,
  name: id,
  items: items.map(([name, type, evidence]) => ({ id: `${type.toLowerCase()}:${name}`, name, type, evidence: evidence ?? 1 })),
});

describe('jaccard', () => {
  it('is shared over all', () => {
    expect(jaccard([new Set(['a', 'b']), new Set(['b', 'c'])])).toEqual({ value: 1 / 3, shared: 1 });
  });

  it('calls two places with nothing extracted not overlapping rather than identical', () => {
    expect(jaccard([new Set(), new Set()])).toEqual({ value: 0, shared: 0 });
  });
});

describe('buildComparison', () => {
  const a = place('a', ['项目为王', 'Strategy', 2], ['乡村振兴', 'Strategy'], ['茶园', 'Project']);
  const b = place('b', ['项目为王', 'Strategy'], ['乡村振兴', 'Strategy']);
  const c = place('c', ['项目为王', 'Strategy'], ['红旗渠精神', 'Strategy', 3]);
  const result = buildComparison([a, b, c], 'v1');

  it('puts a strategy every place pursues under shared', () => {
    expect(result.strategies.shared.map((s) => s.name)).toEqual(['项目为王']);
  });

  it('puts one pursued by some places under partial, naming them', () => {
    expect(result.strategies.partial).toEqual([{ id: 'strategy:乡村振兴', name: '乡村振兴', type: 'Strategy', places: ['a', 'b'] }]);
  });

  it('lists what is a place’s own under that place, and an empty list for a place with nothing of its own', () => {
    expect(result.strategies.unique.c!.map((s) => s.name)).toEqual(['红旗渠精神']);
    expect(result.strategies.unique.b).toEqual([]);
    expect(result.projects.unique.a!.map((s) => s.name)).toEqual(['茶园']);
  });

  it('scores each pair by Jaccard over strategies and projects', () => {
    expect(result.overlap.pairs).toContainEqual({ a: 'a', b: 'b', jaccard: 2 / 3, shared: 2 });
    expect(result.overlap.pairs).toContainEqual({ a: 'b', b: 'c', jaccard: 1 / 3, shared: 1 });
    expect(result.overlap.jaccard).toBe(1 / 4);
  });

  it('fills the strategy × place matrix with evidence counts, 0 where not pursued, rows shared first', () => {
    expect(result.matrix.places).toEqual(['a', 'b', 'c']);
    expect(result.matrix.strategies.map((s) => s.name)).toEqual(['项目为王', '乡村振兴', '红旗渠精神']);
    expect(result.matrix.cells).toEqual([
      [2, 1, 1],
      [1, 1, 0],
      [0, 0, 3],
    ]);
  });
});
