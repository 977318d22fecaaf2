// The hierarchy layout folds a wide rank into rows: no strip of forty townships, nothing on top of anything, ranks in order.
import { describe, expect, it } from 'vitest';
import { wrapRanks } from '../../client/src/graph/hierarchy-rows';

describe('hierarchy ranks folded into rows', () => {
  // A city above forty townships on one dagre rank, as dagre places them: one line 40 × 50 px wide.
  const city = { id: 'place:4115', x: 975, y: 0 };
  const towns = Array.from({ length: 40 }, (_, i) => ({ id: `place:t${String(i).padStart(2, '0')}`, x: i * 50, y: 100 }));

  it('keeps the tree near the screen shape and every node apart', () => {
    const at = wrapRanks([city, ...towns], 16 / 9);
    const pts = [...at.values()];
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const [w, h] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
    // Wider than tall, but no strip: a one-line rank would be 39 columns wide and 1 tall.
    expect(w / h).toBeGreaterThan(0.8);
    expect(w / h).toBeLessThan(4);
    const keys = new Set(pts.map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(pts.length);
  });

  it('puts the parent rank above every row of its children and keeps dagre’s order within a rank', () => {
    const at = wrapRanks([city, ...towns], 16 / 9);
    const top = at.get(city.id)!.y;
    for (const t of towns) expect(at.get(t.id)!.y).toBeGreaterThan(top);
    // Reading the rows left to right, top to bottom gives the townships in dagre's order.
    const read = [...towns].sort((a, b) => at.get(a.id)!.y - at.get(b.id)!.y || at.get(a.id)!.x - at.get(b.id)!.x).map((t) => t.id);
    expect(read).toEqual(towns.map((t) => t.id));
  });

  it('is the same every time for the same input', () => {
    expect([...wrapRanks([city, ...towns], 1.5)]).toEqual([...wrapRanks([...towns].reverse().concat(city), 1.5)]);
  });
});
