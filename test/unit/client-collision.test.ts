// The collision pass after a layout: no two node shapes touch afterwards, pinned nodes stay, the result is repeatable.
import { describe, expect, it } from 'vitest';
import { type Disc, separate } from '../../client/src/graph/collision';

const touching = (ds: readonly Disc[]) => {
  const out: string[] = [];
  for (let i = 0; i < ds.length; i++)
    for (let j = i + 1; j < ds.length; j++)
      if (Math.hypot(ds[i]!.x - ds[j]!.x, ds[i]!.y - ds[j]!.y) < ds[i]!.r + ds[j]!.r - 1e-6) out.push(`${ds[i]!.id}×${ds[j]!.id}`);
  return out;
};

describe('separate', () => {
  it('parts two hubs laid on top of each other and a crowd around them', () => {
    const discs: Disc[] = [
      { id: 'a', x: 0, y: 0, r: 30 },
      { id: 'b', x: 5, y: 3, r: 30 },
      ...Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, x: (i % 7) * 6, y: Math.floor(i / 7) * 6, r: 12 })),
    ];
    separate(discs, 400);
    expect(touching(discs)).toEqual([]);
  });

  it('leaves a pinned node where the reader put it and moves the other out of its way', () => {
    const discs: Disc[] = [
      { id: 'pinned', x: 100, y: 100, r: 20, fixed: true },
      { id: 'other', x: 110, y: 100, r: 20 },
    ];
    separate(discs);
    expect(discs[0]).toMatchObject({ x: 100, y: 100 });
    expect(touching(discs)).toEqual([]);
  });

  it('parts nodes on the very same spot the same way every time, and does not move nodes that are apart', () => {
    const make = (): Disc[] => [
      { id: 'x', x: 0, y: 0, r: 10 },
      { id: 'y', x: 0, y: 0, r: 10 },
      { id: 'far', x: 500, y: 500, r: 10 },
    ];
    const one = make();
    const two = make();
    separate(one);
    separate(two);
    expect(one).toEqual(two);
    expect(touching(one)).toEqual([]);
    expect(one[2]).toMatchObject({ x: 500, y: 500 });
  });
});
