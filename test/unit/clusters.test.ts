// Clusters and centrality: places sharing strategies fall into one community; a strategy bridging two groups is the most between.
import { describe, expect, it } from 'vitest';
import { buildClusters, type PursuesLink } from '../../server/src/clusters';

const link = (place: string, strategy: string): PursuesLink => ({
  place: { id: `place:${place}`, name: place },
  strategy: { id: `strategy:${strategy}`, name: strategy },
});

describe('clusters and centrality', () => {
  // Two groups of three places, each sharing two strategies of their own; one strategy joins one place of each.
  const links = [
    ...['甲县', '乙县', '丙县'].flatMap((p) => [link(p, '东一'), link(p, '东二')]),
    ...['丁县', '戊县', '己县'].flatMap((p) => [link(p, '西一'), link(p, '西二')]),
    link('丙县', '桥梁'),
    link('丁县', '桥梁'),
  ];
  const r = buildClusters(links, 'v1');

  it('finds the two groups of places as two communities, largest first, with the strategies they share', () => {
    expect(r.clusters).toHaveLength(2);
    const groups = r.clusters.map((c) => c.places.map((id) => id.slice(6)).sort());
    expect(groups).toEqual(expect.arrayContaining([['丙县', '乙县', '甲县'].sort(), ['丁县', '己县', '戊县'].sort()]));
    for (const c of r.clusters) expect(c.strategies.map((s) => s.places)).toEqual([3, 3]);
    expect(r.modularity).toBeGreaterThan(0.3);
  });

  it('gives the bridging strategy and the two places it joins the highest betweenness', () => {
    expect([...r.strategies].sort((a, b) => b.betweenness - a.betweenness)[0]!.name).toBe('桥梁');
    const topPlaces = [...r.places]
      .sort((a, b) => b.betweenness - a.betweenness)
      .slice(0, 2)
      .map((p) => p.name);
    expect(topPlaces.sort()).toEqual(['丁县', '丙县']);
  });

  it('is the same on every run and empty for an empty graph', () => {
    expect(buildClusters(links, 'v1')).toEqual(r);
    expect(buildClusters([], null)).toMatchObject({ places: [], strategies: [], clusters: [] });
  });
});
