// The projector names as many nodes as fit: labels chosen from the renderer's own boxes never overlap, and the highlighted node is always named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryStep } from '@policygraph/contract/story';
import { placeLabels, type NodeBoxes } from '../../client/src/present/story-player';

type Box = NodeBoxes['label'];
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const at = (b: Box, p: { x: number; y: number }): Box => ({ x1: b.x1 + p.x, y1: b.y1 + p.y, x2: b.x2 + p.x, y2: b.y2 + p.y });

/** A step of n places at the given positions; node i's label is `width` wide under a node of radius 10. */
function stepOf(points: { x: number; y: number; width: number }[], highlight: string[] = []): { step: StoryStep; boxes: Map<string, NodeBoxes> } {
  const nodes = points.map((p, i) => ({
    data: { id: `n${i}`, label: `地方${i}`, type: 'Place' as const, degree: points.length - i },
    position: { x: p.x, y: p.y },
  }));
  const boxes = new Map(
    points.map((p, i) => [`n${i}`, { node: { x1: -10, y1: -10, x2: 10, y2: 10 }, label: { x1: -p.width / 2, y1: 14, x2: p.width / 2, y2: 50 } }] as const),
  );
  return { step: { title: 't', caption: '', nodes, edges: [], highlight } as StoryStep, boxes };
}

describe('projector labels', () => {
  it('never chooses two labels whose boxes overlap, wherever the layout put the nodes', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 20, max: 240 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 40 }), (points) => {
        const { step, boxes } = stepOf(points);
        const chosen = [...placeLabels(step, (id) => boxes.get(id)!)];
        const placed = chosen.map((id) => at(boxes.get(id)!.label, step.nodes.find((n) => n.data.id === id)!.position));
        for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
      }),
    );
  });

  it('always names the highlighted node, even when a busier neighbour stands right beside it', () => {
    const { step, boxes } = stepOf(
      [
        { x: 0, y: 0, width: 200 },
        { x: 30, y: 0, width: 200 },
      ],
      ['n1'],
    );
    expect([...placeLabels(step, (id) => boxes.get(id)!)]).toEqual(['n1']);
  });

  it('names both of two nodes far enough apart', () => {
    const { step, boxes } = stepOf([
      { x: 0, y: 0, width: 100 },
      { x: 300, y: 0, width: 100 },
    ]);
    expect(placeLabels(step, (id) => boxes.get(id)!).size).toBe(2);
  });
});
