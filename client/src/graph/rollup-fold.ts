// The pure part of administrative roll-up: which place folds into which, and which edges the folded places leave behind.
import { edgeId } from '@policygraph/contract/model';
import type { Rollup } from '../state/view-state';

/** A place on the canvas, as the fold sees it: its id and GB/T 2260 code (when it has one). */
export interface FoldPlace {
  readonly id: string;
  readonly code?: string | undefined;
}

/** One area roll-up answer, reduced to what the fold needs: the area and its children at the level asked for. */
export interface FoldArea {
  readonly place: FoldPlace;
  readonly children: readonly FoldPlace[];
}

export interface Fold {
  /** Folded place id → the place it folds into. */
  readonly foldTo: Map<string, string>;
  /** Places the global level folded others into → how many folded into each. */
  readonly globalCount: Map<string, number>;
}

/** Digits of a GB/T 2260 code a global roll-up level keeps (0: no global roll-up). */
export const ROLLUP_DIGITS: Record<Rollup, number> = { none: 0, city: 4, county: 6, township: 9 };

/**
 * Decides the fold. Each area's children on the canvas take in the places whose code lies inside theirs; the global
 * level then folds the remaining places into the place whose code is their prefix at that level, leaving the areas
 * alone (the analyst chose their level explicitly). Places without a code never fold.
 */
export function foldPlaces(places: readonly FoldPlace[], areas: readonly FoldArea[], global: Rollup): Fold {
  const onCanvas = new Set(places.map((p) => p.id));
  const foldTo = new Map<string, string>();
  const areaCodes: string[] = [];
  for (const area of areas) {
    if (area.place.code) areaCodes.push(area.place.code);
    for (const child of area.children) {
      const prefix = child.code;
      if (!onCanvas.has(child.id) || !prefix) continue;
      for (const p of places) {
        if (p.code && p.code.length > prefix.length && p.code.startsWith(prefix)) foldTo.set(p.id, child.id);
      }
    }
  }
  const keep = ROLLUP_DIGITS[global];
  const byCode = new Map<string, FoldPlace>();
  for (const p of places) if (p.code) byCode.set(p.code, p);
  const globalCount = new Map<string, number>();
  if (keep > 0) {
    for (const [code, p] of byCode) {
      if (code.length <= keep || foldTo.has(p.id) || areaCodes.some((a) => code.startsWith(a))) continue;
      const parent = byCode.get(code.slice(0, keep));
      if (!parent) continue;
      foldTo.set(p.id, parent.id);
      globalCount.set(parent.id, (globalCount.get(parent.id) ?? 0) + 1);
    }
  }
  return { foldTo, globalCount };
}

/** An edge touching a folded place, as the merge sees it. */
export interface FoldEdge {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly years?: readonly number[] | undefined;
}

/** An edge standing for one or more edges of folded places, between what they folded into. */
export interface MergedEdge {
  /** `rollup:<edge id of type, source, target>`. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The first edge it stands for (its data is what the canvas shows). */
  readonly rolledFrom: string;
  /** Union of the years of every edge it stands for, so the time slider sees it as soon as any of them is known. */
  readonly years: readonly number[] | undefined;
}

/**
 * Moves edges of folded places onto what they folded into, one edge per type and ends. An edge whose ends fold
 * into one place disappears; one whose moved form is already drawn (`drawn`) is stood for by that edge.
 */
export function mergeFoldedEdges(edges: Iterable<FoldEdge>, foldTo: ReadonlyMap<string, string>, drawn: (edgeId: string) => boolean): MergedEdge[] {
  const merged = new Map<string, MergedEdge>();
  for (const e of edges) {
    const source = foldTo.get(e.source) ?? e.source;
    const target = foldTo.get(e.target) ?? e.target;
    if (source === target) continue;
    const moved = edgeId(e.type, source, target);
    if (drawn(moved)) continue;
    const id = `rollup:${moved}`;
    const seen = merged.get(id);
    if (!seen) {
      merged.set(id, { id, source, target, rolledFrom: e.id, years: e.years });
      continue;
    }
    const years = [...new Set([...(seen.years ?? []), ...(e.years ?? [])])].sort((a, b) => a - b);
    merged.set(id, { ...seen, years: years.length > 0 ? years : undefined });
  }
  return [...merged.values()];
}
