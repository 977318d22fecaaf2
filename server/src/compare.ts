// Set arithmetic of /api/compare: shared, unique and partial items, Jaccard overlaps and the strategy × place matrix.
import type { CompareItem, CompareResponse, CompareSide } from '@policygraph/contract/api';
import type { StrategyScope } from '@policygraph/contract/model';

/** What one compared place is linked to: item id → evidence sentence count. */
export interface PlaceLinks {
  readonly id: string;
  readonly name: string;
  readonly level?: CompareResponse['places'][number]['level'];
  readonly items: ReadonlyArray<{
    id: string;
    name: string;
    type: 'Strategy' | 'Project';
    scope?: StrategyScope | null;
    evidence: number;
    /** Edge ids of the relationships behind the link (the place's own, or those of places inside it). */
    via?: readonly string[];
  }>;
}

/** Jaccard index |A ∩ B| / |A ∪ B|; two empty sets are taken as not overlapping (0), not identical. */
export function jaccard(sets: ReadonlyArray<ReadonlySet<string>>): { value: number; shared: number } {
  if (sets.length === 0) return { value: 0, shared: 0 };
  const union = new Set<string>();
  for (const s of sets) for (const x of s) union.add(x);
  let shared = 0;
  for (const x of union) if (sets.every((s) => s.has(x))) shared++;
  return { value: union.size === 0 ? 0 : shared / union.size, shared };
}

function side(places: readonly PlaceLinks[], type: 'Strategy' | 'Project'): CompareSide {
  const byItem = new Map<string, CompareItem>();
  for (const p of places) {
    for (const it of p.items) {
      if (it.type !== type) continue;
      const item = byItem.get(it.id) ?? { id: it.id, name: it.name, type, ...(it.scope ? { scope: it.scope } : {}), places: [] };
      if (!item.places.includes(p.id)) item.places.push(p.id);
      byItem.set(it.id, item);
    }
  }
  // National formulas every place repeats come after local and provincial strategies, however widely shared.
  const national = (x: CompareItem) => (x.scope === 'national' ? 1 : 0);
  const order = (a: CompareItem, b: CompareItem) =>
    national(a) - national(b) || b.places.length - a.places.length || a.name.localeCompare(b.name, 'zh-Hans-CN');
  const items = [...byItem.values()].sort(order);
  const unique: Record<string, CompareItem[]> = Object.fromEntries(places.map((p) => [p.id, []]));
  for (const it of items) if (it.places.length === 1) unique[it.places[0]!]!.push(it);
  return {
    shared: items.filter((it) => it.places.length === places.length),
    unique,
    partial: items.filter((it) => it.places.length > 1 && it.places.length < places.length),
  };
}

/** Builds the comparison of places from what each is linked to; places keep the order asked for. */
export function buildComparison(all: readonly PlaceLinks[], graphVersion: string | null, scopes?: readonly StrategyScope[]): CompareResponse {
  // A strategy stored before scopes existed counts as local, as in the overview.
  const kept = (i: PlaceLinks['items'][number]) => i.type !== 'Strategy' || !scopes || scopes.includes(i.scope ?? 'local');
  const places = scopes ? all.map((p) => ({ ...p, items: p.items.filter(kept) })) : all;
  const sets = places.map((p) => new Set(p.items.map((i) => i.id)));
  const overall = jaccard(sets);
  const pairs: CompareResponse['overlap']['pairs'] = [];
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const pair = jaccard([sets[i]!, sets[j]!]);
      pairs.push({ a: places[i]!.id, b: places[j]!.id, jaccard: pair.value, shared: pair.shared });
    }
  }
  const strategies = side(places, 'Strategy');
  const rows = [...strategies.shared, ...strategies.partial, ...Object.values(strategies.unique).flat()].sort(
    (a, b) => (a.scope === 'national' ? 1 : 0) - (b.scope === 'national' ? 1 : 0),
  );
  const evidence = places.map((p) => new Map(p.items.filter((i) => i.type === 'Strategy').map((i) => [i.id, i.evidence])));
  const via = places.map((p) => new Map(p.items.filter((i) => i.type === 'Strategy').map((i) => [i.id, [...(i.via ?? [])].sort()])));
  return {
    places: places.map((p) => ({ id: p.id, name: p.name, ...(p.level ? { level: p.level } : {}) })),
    strategies,
    projects: side(places, 'Project'),
    overlap: { jaccard: overall.value, pairs },
    matrix: {
      strategies: rows.map((r) => ({ id: r.id, name: r.name, ...(r.scope ? { scope: r.scope } : {}) })),
      places: places.map((p) => p.id),
      // A link with no evidence list (should not happen for text relations) still counts as linked: 1.
      cells: rows.map((r) => evidence.map((m) => (m.has(r.id) ? Math.max(1, m.get(r.id) ?? 0) : 0))),
      via: rows.map((r) => via.map((m) => m.get(r.id) ?? [])),
    },
    graphVersion,
  };
}
