// What is on the canvas and why: loaded neighbourhoods, collapse, hide, pin, filters and administrative roll-up.
import type cytoscape from 'cytoscape';
import type { GraphElements, RollupCounts, RollupResponse } from '@policygraph/contract/api';
import type { NodeType, RelType } from '@policygraph/contract/graph-model';
import type { Pin, Rollup } from '../state/view-state';
import { type FoldEdge, foldPlaces, mergeFoldedEdges } from './rollup-fold';
import { nodeSize } from './style';

/** Marks who brought a node in: 'base' (the first view) or the id of the node whose expansion added it. */
const BASE = 'base';

export interface Filters {
  offTypes: readonly NodeType[];
  offRels: readonly RelType[];
  yearMax?: number | undefined;
  document?: string | undefined;
  /** A node the time slider must not hide even when all its relationships are later (the focus). */
  keep?: string | undefined;
}

/** The places of a roll-up answer as graph nodes: the area itself and its children at the level asked for. */
export function areaElements(res: RollupResponse): GraphElements {
  const place = (p: { id: string; name: string; code?: string | undefined }, level: string | undefined) => ({
    data: { id: p.id, label: p.name, type: 'Place' as const, ...(level ? { level } : {}), ...(p.code ? { code: p.code } : {}) },
  });
  return { nodes: [place(res.place, res.place.level), ...res.children.map((c) => place(c, res.level))], edges: [] } as GraphElements;
}

/** Formats a place's summed counts for the line under its name. */
export type CountsText = (counts: RollupCounts) => string;

/** Year of a 'YYYY[-MM[-DD]]' date, or undefined. */
export function yearOf(date: unknown): number | undefined {
  const m = typeof date === 'string' ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : undefined;
}

export class GraphStore {
  private readonly origins = new Map<string, Set<string>>();

  constructor(private readonly cy: cytoscape.Core) {}

  /** Adds elements (existing ones are kept, not duplicated) and records who brought each node in; returns the new nodes. */
  add(elements: GraphElements, origin: string = BASE): cytoscape.NodeCollection {
    const fresh: cytoscape.ElementDefinition[] = [];
    for (const n of elements.nodes) {
      const set = this.origins.get(n.data.id) ?? new Set<string>();
      set.add(origin);
      this.origins.set(n.data.id, set);
      const existing = this.cy.getElementById(n.data.id);
      if (existing.nonempty()) continue;
      fresh.push({ group: 'nodes', data: { ...n.data, size: nodeSize(n.data.degree ?? 0, n.data.type) } });
    }
    for (const e of elements.edges) {
      if (this.cy.getElementById(e.data.id).nonempty()) continue;
      fresh.push({ group: 'edges', data: { ...e.data } });
    }
    // Edges whose ends are not both present would make Cytoscape throw; the API should not send them, but be safe.
    const ids = new Set([...this.cy.nodes().map((n) => n.id()), ...fresh.filter((f) => f.group === 'nodes').map((f) => String(f.data.id))]);
    const added = this.cy.add(fresh.filter((f) => f.group === 'nodes' || (ids.has(String(f.data.source)) && ids.has(String(f.data.target)))));
    return added.nodes();
  }

  /** Clears the canvas and the record of origins. */
  clear(): void {
    this.cy.elements().remove();
    this.origins.clear();
  }

  /** Marks a node expanded (its neighbours were loaded by add(…, id)). */
  markExpanded(id: string, on: boolean): void {
    const n = this.cy.getElementById(id);
    if (n.nonempty()) n.data('expanded', on || undefined);
  }

  /** Removes the neighbours that only this node's expansion brought in (anything the base view or another expansion holds stays). */
  collapse(id: string): void {
    this.markExpanded(id, false);
    for (const [nodeId, set] of this.origins) {
      if (!set.delete(id) || set.size > 0 || nodeId === id) continue;
      const node = this.cy.getElementById(nodeId);
      if (node.data('expanded') || node.data('pinned')) {
        set.add(id);
        continue;
      }
      node.remove();
      this.origins.delete(nodeId);
    }
  }

  /** Hides nodes (and their edges) until shown again. */
  setHidden(ids: readonly string[]): void {
    const hidden = new Set(ids);
    this.cy.nodes().forEach((n) => {
      n.toggleClass('hidden-by-user', hidden.has(n.id()));
    });
  }

  /** Pins nodes at the given positions: layouts and dragging leave them there. */
  setPinned(pins: readonly Pin[]): void {
    const byId = new Map(pins.map((p) => [p.id, p]));
    this.cy.nodes().forEach((n) => {
      const pin = byId.get(n.id());
      if (pin) {
        n.unlock().position({ x: pin.x, y: pin.y }).lock();
        n.data('pinned', true);
      } else if (n.data('pinned')) {
        n.data('pinned', undefined);
        n.unlock();
      }
    });
  }

  /** Applies filters and hidden nodes by class, so nothing is refetched and switching back is instant. */
  applyFilters(f: Filters): void {
    const cy = this.cy;
    cy.batch(() => {
      const offTypes = new Set<string>(f.offTypes);
      const offRels = new Set<string>(f.offRels);
      cy.nodes().forEach((n) => {
        let out = offTypes.has(n.data('type')) || n.hasClass('hidden-by-user') || n.hasClass('rolled-away');
        if (!out && f.yearMax !== undefined && n.data('type') === 'Document') {
          const y = yearOf(n.data('date'));
          out = y !== undefined && y > f.yearMax;
        }
        if (!out && f.document && n.data('type') === 'Document') out = n.id() !== f.document;
        n.toggleClass('filtered', out);
      });
      cy.edges().forEach((e) => {
        let out = e.hasClass('rolled-away') || offRels.has(e.data('type')) || e.source().hasClass('filtered') || e.target().hasClass('filtered');
        const docs = e.data('documents');
        if (!out && f.document && Array.isArray(docs)) out = !docs.includes(f.document);
        // An edge with no dated evidence (the gazetteer's PART_OF) is timeless: the slider leaves it.
        const years = e.data('years') as number[] | undefined;
        const tooLate = !out && f.yearMax !== undefined && Array.isArray(years) && years.length > 0 && years.every((y) => y > f.yearMax!);
        e.toggleClass('filtered', out || tooLate);
        e.toggleClass('too-late', tooLate);
      });
      if (f.yearMax !== undefined) {
        // A node whose every relationship is later than the slider was not yet known then; the focus stays.
        cy.nodes()
          .not('.filtered')
          .forEach((n) => {
            if (n.id() === f.keep) return;
            const edges = n.connectedEdges();
            if (edges.filter('.too-late').nonempty() && edges.not('.filtered').empty()) n.addClass('filtered');
          });
      }
      if (f.document) {
        // Only what the chosen document supports: nodes left without a visible edge go too.
        cy.nodes()
          .not('.filtered')
          .forEach((n) => {
            if (n.id() !== f.document && n.connectedEdges().not('.filtered').empty()) n.addClass('filtered');
          });
      }
    });
  }

  /**
   * Applies both kinds of roll-up from scratch ('none' and no areas unfold everything). Each area (a place rolled up to a level through the API) shows its
   * children at that level with the counts the server summed over each, linked to the place; places on screen
   * inside a child fold into it. The global level then folds the remaining places by code prefix, leaving the
   * areas alone (the analyst chose their level explicitly); a folded-into place shows the API's total for its area
   * when `totals` knows it. Edges of folded places move onto what they folded into, merged per type and ends.
   * A place that shows counts also holds them as text in `countsLine`, so the table view can say what the canvas draws.
   */
  applyRollups(global: Rollup, areas: readonly RollupResponse[], countsText: CountsText, totals: (placeId: string) => RollupCounts | undefined): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements('.rollup-edge, .area-link').remove();
      cy.elements('.rolled-away').removeClass('rolled-away');
      cy.nodes('[?rolled], [rollupLabel]').forEach((n) => {
        // A child sized by its area's counts goes back to the size its own degree gives.
        if (n.data('areaCounts')) n.data('size', nodeSize(Number(n.data('degree') ?? 0), String(n.data('type'))));
        n.data({ rolled: undefined, rolledCount: undefined, rollupLabel: undefined, countsLine: undefined, areaCounts: undefined, areaRoot: undefined });
      });
      const places = cy.nodes('[type = "Place"]');
      const links: cytoscape.ElementDefinition[] = [];
      for (const area of areas) {
        const root = cy.getElementById(area.place.id);
        if (root.nonempty())
          root.data({ areaRoot: area.level, countsLine: countsText(area.total), rollupLabel: `${root.data('label')}\n${countsText(area.total)}` });
        for (const child of area.children) {
          const n = cy.getElementById(child.id);
          if (n.empty()) continue;
          // Sized by what the area holds, not by its edges on screen (a child the roll-up brought in has none), so a
          // bigger area looks bigger; documents are left out, as how often a place is written about is not what it holds.
          const held = child.counts.strategies + child.counts.projects + child.counts.organizations;
          n.data({
            areaCounts: child.counts,
            size: nodeSize(held, 'Place'),
            countsLine: countsText(child.counts),
            rollupLabel: `${n.data('label')}\n${countsText(child.counts)}`,
          });
          if (root.nonempty() && n.edgesWith(root).empty()) {
            links.push({
              group: 'edges',
              data: { id: `area:${child.id}->${area.place.id}`, source: child.id, target: area.place.id, type: 'PART_OF' },
              classes: 'area-link',
            });
          }
        }
      }

      const { foldTo, globalCount } = foldPlaces(
        places.map((n) => ({ id: n.id(), code: typeof n.data('code') === 'string' ? (n.data('code') as string) : undefined })),
        areas,
        global,
      );
      for (const [parentId, count] of globalCount) {
        const parent = cy.getElementById(parentId);
        const total = totals(parentId);
        parent.data({
          rolled: true,
          rolledCount: count,
          countsLine: total ? countsText(total) : undefined,
          rollupLabel: `${parent.data('label')} (+${count})${total ? `\n${countsText(total)}` : ''}`,
        });
      }

      const touching: FoldEdge[] = [];
      for (const id of foldTo.keys()) {
        const folded = cy.getElementById(id);
        folded.addClass('rolled-away');
        folded.connectedEdges().forEach((e) => {
          e.addClass('rolled-away');
          touching.push({
            id: e.id(),
            type: String(e.data('type')),
            source: e.source().id(),
            target: e.target().id(),
            years: e.data('years') as number[] | undefined,
          });
        });
      }
      const merged = mergeFoldedEdges(touching, foldTo, (id) => cy.getElementById(id).nonempty()).map(
        (m): cytoscape.ElementDefinition => ({
          group: 'edges',
          data: { ...cy.getElementById(m.rolledFrom).data(), id: m.id, source: m.source, target: m.target, rolledFrom: m.rolledFrom, years: m.years },
          classes: 'rollup-edge',
        }),
      );
      // An area link or folded edge may duplicate one already drawn; ends must exist, or Cytoscape throws.
      const fresh = [...links, ...merged].filter(
        (x) =>
          cy.getElementById(String(x.data.id)).empty() &&
          cy.getElementById(String(x.data.source)).nonempty() &&
          cy.getElementById(String(x.data.target)).nonempty(),
      );
      cy.add(fresh);
    });
  }

  /** Removes what only an area roll-up brought in (origin `area:<id>`), as collapse does for an expansion. */
  releaseArea(placeId: string): void {
    this.collapse(`area:${placeId}`);
  }
}
