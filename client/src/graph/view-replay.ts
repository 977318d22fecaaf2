// Rebuilding a view from its state, shared by the explorer and the embedded view: the canvas options, the loads a
// permalink names (overview, focus, expansions, area roll-ups) and the re-application of hidden, pins, roll-up and filters.
import cytoscape from 'cytoscape';
import type { GraphResponse, RollupCounts, RollupResponse } from '@policygraph/contract/api';
import { api, ApiRequestError } from '../api';
import { t } from '../i18n';
import { scopesOf, type AreaRollup, type LayoutName, type Pin, type ViewState } from '../state/view-state';
import { areaElements, type GraphStore } from './graph-store';
import { hasCoordinates } from './layouts';
import { graphStyle } from './style';

/** Neighbours loaded per expansion; more is unreadable and the note says how many were left out. */
export const EXPAND_LIMIT = 40;

/** Options that keep panning and zooming smooth with thousands of nodes (see BENCHMARKS.md, Client). */
export const VIEWPORT_OPTIONS = { hideEdgesOnViewport: true, textureOnViewport: true } as const;

/** A canvas with the graph's style (labels by priority: mount ReadableLabels) and zoom range; `extra` adds what one page needs. */
export function createGraph(container: HTMLElement, extra: cytoscape.CytoscapeOptions = {}): cytoscape.Core {
  // The null layout: Cytoscape otherwise runs a grid over the (still empty) graph while the page starts.
  return cytoscape({ container, style: graphStyle(1, true), layout: { name: 'null' }, minZoom: 0.05, maxZoom: 6, wheelSensitivity: 0.3, ...extra });
}

/** The second line of a rolled-up place: the counts the server summed over it. */
export const countsText = (c: RollupCounts) => t('rollup.badge', c);

const areaKey = (r: AreaRollup) => `${r.level}|${r.id}`;

/** Roll-up answers of the API kept for the page: re-applying the view (filters, reload of the canvas) asks once. */
export class RollupAnswers {
  private readonly areas = new Map<string, RollupResponse>();
  /** Whole-area totals of places the global roll-up folds into, by place id (undefined while being fetched). */
  readonly totals = new Map<string, RollupCounts | undefined>();

  get(r: AreaRollup): RollupResponse | undefined {
    return this.areas.get(areaKey(r));
  }

  async fetch(r: AreaRollup): Promise<RollupResponse> {
    const res = this.get(r) ?? (await api.rollup(r.id, r.level));
    this.areas.set(areaKey(r), res);
    return res;
  }

  /** The answers of the roll-ups a view state names, in its order (those not fetched are left out). */
  of(rollups: readonly AreaRollup[]): RollupResponse[] {
    return rollups.map((r) => this.get(r)).filter((a): a is RollupResponse => a !== undefined);
  }
}

/** Puts new nodes on a ring around their parent, so the incremental layout moves little. */
function placeAround(parent: cytoscape.NodeSingular | cytoscape.CollectionReturnValue, fresh: cytoscape.NodeCollection, radius: number): void {
  if (parent.empty()) return;
  const p = parent.position();
  fresh.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, fresh.length);
    n.position({ x: p.x + radius * Math.cos(a), y: p.y + radius * Math.sin(a) });
  });
}

/** Loads a node's neighbours around it and marks it expanded; returns the answer (for a note when it was capped). */
export async function loadNeighbours(store: GraphStore, cy: cytoscape.Core, id: string): Promise<GraphResponse> {
  const res = await api.neighborhood([id], { limit: EXPAND_LIMIT });
  placeAround(cy.getElementById(id), store.add(res.elements, id), 120);
  store.markExpanded(id, true);
  return res;
}

/** Neighbours of `id` an answer brought (the node itself comes back with them). */
export const neighboursIn = (res: GraphResponse, id: string) => res.elements.nodes.filter((n) => n.data.id !== id).length;

/** Loads the page of `id`'s neighbours after the `offset` already received, on a ring around it (the layout then makes room). */
export async function loadNextPage(store: GraphStore, cy: cytoscape.Core, id: string, offset: number): Promise<GraphResponse> {
  const res = await api.neighborhood([id], { limit: EXPAND_LIMIT, offset });
  placeAround(cy.getElementById(id), store.add(res.elements, id), 160);
  return res;
}

/** Fetches a place's roll-up (once) and puts its children around it; false when it has none at that level. */
export async function loadArea(store: GraphStore, cy: cytoscape.Core, answers: RollupAnswers, r: AreaRollup): Promise<boolean> {
  const res = await answers.fetch(r);
  if (res.children.length === 0) return false;
  placeAround(cy.getElementById(r.id), store.add(areaElements(res), `area:${r.id}`), 160);
  return true;
}

/** What a replay tells its page, which decides how to say it. */
export interface ReplayHooks {
  /**
   * An answer was loaded: the overview, or a node's neighbours (the focus or an expansion) with the pages after the
   * first that the link names; `res` is then its last page and `shown` the neighbours received in all.
   */
  loaded?(res: GraphResponse, node?: { id: string; label: string; shown: number }): void;
}

/** What a replay could not bring back. */
export interface ReplayLosses {
  /** Roll-ups that could not be shown (a place that is gone, or a level it lacks). */
  rollups: AreaRollup[];
  /** Ids of the focus or expanded nodes the graph no longer holds. */
  gone: string[];
}

const isGone = (err: unknown) => err instanceof ApiRequestError && err.status === 404;

/**
 * Loads everything a view state names onto an empty canvas: the overview, the focus, the expansions in order and
 * the area roll-ups. What the graph no longer holds is left out of the state and returned: a link naming it still
 * opens the rest of its view.
 */
export async function replayGraph(store: GraphStore, cy: cytoscape.Core, s: ViewState, answers: RollupAnswers, hooks: ReplayHooks = {}): Promise<ReplayLosses> {
  const gone: string[] = [];
  const more = new Map(s.more.map((m) => [m.id, m.pages]));
  s.more = [];
  // The pages after a node's first answer that the link names (显示后 40 个 pressed), as far as there are more.
  const readOn = async (id: string, first: GraphResponse) => {
    let [res, shown, pages] = [first, neighboursIn(first, id), 0];
    // Taken once: a focus that is also expanded is not read on twice.
    const wanted = more.get(id) ?? 0;
    more.delete(id);
    while (pages < wanted && res.capped) {
      res = await loadNextPage(store, cy, id, shown);
      shown += neighboursIn(res, id);
      pages++;
    }
    if (pages > 0) s.more.push({ id, pages });
    hooks.loaded?.(res, { id, label: String(cy.getElementById(id).data('label') ?? id), shown });
  };
  const overview = await api.overview(60, scopesOf(s));
  store.add(overview.elements);
  hooks.loaded?.(overview);
  if (s.focus) {
    try {
      const res = await api.neighborhood([s.focus], { limit: EXPAND_LIMIT });
      store.add(res.elements, s.focus);
      await readOn(s.focus, res);
    } catch (err) {
      if (!isGone(err)) throw err;
      gone.push(s.focus);
      s.focus = undefined;
    }
  }
  for (const id of [...s.expanded]) {
    try {
      await readOn(id, await loadNeighbours(store, cy, id));
    } catch (err) {
      if (!isGone(err)) throw err;
      gone.push(id);
      s.expanded = s.expanded.filter((x) => x !== id);
    }
  }
  const rollups: AreaRollup[] = [];
  for (const r of s.rollups) if (!(await loadArea(store, cy, answers, r).catch(() => false))) rollups.push(r);
  s.rollups = s.rollups.filter((r) => !rollups.includes(r));
  if (s.selected && cy.getElementById(s.selected).empty()) {
    gone.push(s.selected);
    s.selected = undefined;
  }
  return { rollups, gone };
}

/** Puts nodes where a link says they were; true when every visible node got its place (no layout is needed). */
export function restorePositions(cy: cytoscape.Core, positions: readonly Pin[]): boolean {
  if (positions.length === 0) return false;
  const at = new Map(positions.map((p) => [p.id, p]));
  cy.batch(() =>
    cy.nodes().forEach((n) => {
      const p = at.get(n.id());
      if (p && !n.locked()) n.position({ x: p.x, y: p.y });
    }),
  );
  return cy
    .nodes()
    .not('.filtered')
    .nodes()
    .toArray()
    .every((n) => at.has(n.id()));
}

/** The positions of the visible nodes, rounded as a link keeps them. */
export function currentPositions(cy: cytoscape.Core): Pin[] {
  return cy
    .nodes()
    .not('.filtered')
    .nodes()
    .map((n) => ({ id: n.id(), x: Math.round(n.position('x')), y: Math.round(n.position('y')) }));
}

/** Re-applies hidden, pinned, roll-up and filters from the state to what is loaded. */
export function applyViewState(store: GraphStore, s: ViewState, answers: RollupAnswers): void {
  store.setHidden(s.hidden);
  store.setPinned(s.pinned);
  store.applyRollups(s.rollup, answers.of(s.rollups), countsText, (id) => answers.totals.get(id));
  store.applyFilters({ offTypes: s.offTypes, offRels: s.offRels, yearMax: s.yearMax, document: s.document, keep: s.focus });
}

/** The layout a state asks for, or fcose when it asks for the map and no visible place has coordinates. */
export function layoutFor(cy: cytoscape.Core, name: LayoutName): LayoutName {
  return name === 'geo' && !hasCoordinates(cy) ? 'fcose' : name;
}
