// The graph's colours can be seen: every edge and node colour stands at 3:1 or more against the white canvas (WCAG 1.4.11).
import { describe, expect, it } from 'vitest';
import { EDGE_DEFAULT_COLOR, REL_COLORS, TYPE_COLORS } from '../../client/src/graph/style';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const againstWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe('graph colours against the white canvas', () => {
  it.each(Object.entries(REL_COLORS))('edge %s (%s) at 3:1 or more', (_type, colour) => {
    expect(againstWhite(colour)).toBeGreaterThanOrEqual(3);
  });
  it('the default edge colour at 3:1 or more', () => {
    expect(againstWhite(EDGE_DEFAULT_COLOR)).toBeGreaterThanOrEqual(3);
  });
  it('relationship colours are distinct from each other and from node colours', () => {
    const edges = Object.values(REL_COLORS).map((c) => c.toLowerCase());
    expect(new Set(edges).size).toBe(edges.length);
    const nodes = new Set(Object.values(TYPE_COLORS).map((c) => c.toLowerCase()));
    for (const c of edges) expect(nodes.has(c)).toBe(false);
  });
});
