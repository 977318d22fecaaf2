// Communities of places by shared strategies (Louvain) and centrality of places and strategies (PageRank, betweenness), with graphology.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ClustersResponse, PlaceRef } from '@policygraph/contract/api';
import type { StrategyScope } from '@policygraph/contract/model';

/** One PURSUES link with its two ends. */
export interface PursuesLink {
  place: PlaceRef;
  strategy: { id: string; name: string; scope?: StrategyScope };
}

/** A fixed-seed generator, so the same graph always gets the same communities (Louvain visits nodes in random order). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Clusters and centrality of the place–strategy graph. Communities are found on places alone, joined by the
 * number of strategies they share (a strategy every place pursues joins everyone and says nothing, which is why
 * the explorer leaves national formulas out); centrality is read on the bipartite graph itself, so a strategy
 * that bridges otherwise separate groups of places scores high on betweenness.
 */
export function buildClusters(links: readonly PursuesLink[], graphVersion: string | null): ClustersResponse {
  const bipartite = new Graph({ type: 'undirected' });
  const places = new Map<string, PlaceRef>();
  const strategies = new Map<string, PursuesLink['strategy']>();
  const byStrategy = new Map<string, Set<string>>();
  for (const { place, strategy } of links) {
    places.set(place.id, place);
    strategies.set(strategy.id, strategy);
    bipartite.mergeNode(place.id);
    bipartite.mergeNode(strategy.id);
    bipartite.mergeEdge(place.id, strategy.id);
    const set = byStrategy.get(strategy.id) ?? new Set<string>();
    set.add(place.id);
    byStrategy.set(strategy.id, set);
  }

  const projected = new Graph({ type: 'undirected' });
  for (const id of places.keys()) projected.addNode(id);
  for (const members of byStrategy.values()) {
    const list = [...members].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        projected.updateEdge(list[i]!, list[j]!, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + 1 }));
      }
    }
  }
  const detailed =
    projected.size > 0
      ? louvain.detailed(projected, { getEdgeWeight: 'weight', rng: seeded(20261201) })
      : { communities: Object.fromEntries([...places.keys()].map((id, i) => [id, i])), modularity: 0 };

  const rank = bipartite.order > 0 && bipartite.size > 0 ? pagerank(bipartite, { getEdgeWeight: null }) : {};
  const between = bipartite.order > 2 ? betweenness(bipartite, { normalized: true }) : {};
  const centrality = (id: string) => ({ pagerank: round(rank[id] ?? 0), betweenness: round(between[id] ?? 0) });
  const byCentrality = <T extends { pagerank: number; betweenness: number; name: string }>(a: T, b: T) =>
    b.pagerank - a.pagerank || b.betweenness - a.betweenness || a.name.localeCompare(b.name, 'zh-Hans-CN');

  // Renumber communities largest first, so cluster 0 is always the biggest and numbers are stable per graph.
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(detailed.communities)) members.set(c, [...(members.get(c) ?? []), id]);
  const ordered = [...members.values()].map((m) => m.sort()).sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const clusterOf = new Map<string, number>();
  ordered.forEach((m, i) => {
    for (const id of m) clusterOf.set(id, i);
  });

  const pursued = (placeId: string) => bipartite.degree(placeId);
  return {
    places: [...places.values()].map((p) => ({ ...p, cluster: clusterOf.get(p.id) ?? 0, strategies: pursued(p.id), ...centrality(p.id) })).sort(byCentrality),
    strategies: [...strategies.values()].map((s) => ({ ...s, places: byStrategy.get(s.id)!.size, ...centrality(s.id) })).sort(byCentrality),
    clusters: ordered.map((m, id) => {
      const inside = new Set(m);
      const shared = [...byStrategy.entries()]
        .map(([sid, ps]) => ({ id: sid, name: strategies.get(sid)!.name, places: [...ps].filter((p) => inside.has(p)).length }))
        .filter((s) => s.places >= Math.max(2, Math.ceil(m.length / 2)))
        .sort((a, b) => b.places - a.places || a.name.localeCompare(b.name, 'zh-Hans-CN'))
        .slice(0, 10);
      return { id, places: m, strategies: shared };
    }),
    modularity: round(detailed.modularity),
    graphVersion,
  };
}
