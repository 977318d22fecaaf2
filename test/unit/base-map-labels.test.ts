// Where the base map names a province: inside its visible part, clear of nodes, labels and edges, or not at all.
import { describe, expect, it } from 'vitest';
import { placeRegionLabels, type ScreenRegion } from '../../client/src/graph/base-map-labels';

/** A made-up rectangular province on screen. */
const square = (code: string, x1: number, y1: number, x2: number, y2: number): ScreenRegion => ({
  code,
  rings: [Float64Array.from([x1, y1, x2, y1, x2, y2, x1, y2, x1, y1])],
  box: { x1, y1, x2, y2 },
});
const screen = { width: 800, height: 600 };
const size = new Map([
  ['A', { w: 40, h: 16 }],
  ['B', { w: 40, h: 16 }],
]);

describe('province names on the base map', () => {
  it('names a province in the middle of its part on screen, not off it', () => {
    // A province reaching far beyond the left edge: its name is in its visible part.
    const at = placeRegionLabels([square('A', -600, 100, 300, 400)], size, screen, { boxes: [], segments: [] }, 10);
    expect(at.get('A')!.x).toBeGreaterThan(20);
    expect(at.get('A')!.x).toBeLessThan(300);
    expect(Math.abs(at.get('A')!.y - 250)).toBeLessThanOrEqual(10);
  });

  it('moves a name off a node and its label, and across no edge', () => {
    const region = square('A', 100, 100, 500, 400);
    const node = { x1: 250, y1: 200, x2: 350, y2: 300 };
    const edge = [300, 0, 300, 600] as const;
    const at = placeRegionLabels([region], size, screen, { boxes: [node], segments: [edge] }, 10).get('A')!;
    const box = { x1: at.x - 20, y1: at.y - 8, x2: at.x + 20, y2: at.y + 8 };
    expect(box.x2 < node.x1 || box.x1 > node.x2 || box.y2 < node.y1 || box.y1 > node.y2).toBe(true);
    expect(box.x2 < 300 || box.x1 > 300).toBe(true);
  });

  it('leaves a province unnamed when its name does not fit inside it, or every place is taken', () => {
    const small = placeRegionLabels([square('A', 100, 100, 130, 110)], size, screen, { boxes: [], segments: [] }, 5);
    expect(small.has('A')).toBe(false);
    const covered = placeRegionLabels([square('A', 100, 100, 300, 300)], size, screen, { boxes: [{ x1: 90, y1: 90, x2: 310, y2: 310 }], segments: [] }, 10);
    expect(covered.has('A')).toBe(false);
  });

  it('gives two neighbours names that do not touch, and is not blocked by an edge not drawn yet (NaN ends)', () => {
    const at = placeRegionLabels(
      [square('A', 100, 100, 300, 300), square('B', 300, 100, 500, 300)],
      size,
      screen,
      { boxes: [], segments: [[Number.NaN, Number.NaN, Number.NaN, Number.NaN]] },
      10,
    );
    expect(at.size).toBe(2);
    expect(Math.abs(at.get('A')!.x - at.get('B')!.x)).toBeGreaterThanOrEqual(40);
  });
});
