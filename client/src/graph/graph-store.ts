// What is on the canvas and why: loaded neighbourhoods, collapse, hide, pin, filters and administrative roll-up.
import type cytoscape from 'cytoscape';
import type { GraphElements } from '../../../server/src/contract/api';
import type { NodeType, RelType } from '../../../server/src/contract/graph-model';
import type { Pin, Rollup } from '../state/view-state';
import { nodeSize } from './style';

/** Marks who brought a node in: 'base' (the first view) or the id of the node whose expansion added it. */
const BASE = 'base';

export interface Filters {
  offTypes: readonly NodeType[];
  offRels: readonly RelType[];
  yearMax?: number | undefined;
  document?: string | undefined;
}

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
        if (!out && f.yearMax !== undefined && Array.isArray(e.data('years'))) {
          out = !(e.data('years') as number[]).some((y) => y <= f.yearMax!);
        }
        e.toggleClass('filtered', out);
      });
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
   * Folds places below the chosen level into their ancestor at that level (by GB/T 2260 code prefix), moving their
   * edges onto it and summing the count of folded places; 'none' unfolds everything.
   */
  applyRollup(rollup: Rollup): void {
    const cy = this.cy;
    const digits: Record<Rollup, number> = { none: 0, city: 4, county: 6, township: 9 };
    cy.batch(() => {
      cy.elements('.rollup-edge').remove();
      cy.nodes('.rolled-away').removeClass('rolled-away');
      cy.edges('.rolled-away').removeClass('rolled-away');
      cy.nodes('[?rolled]').forEach((n) => {
        n.data({ rolled: undefined, label: n.data('baseLabel') ?? n.data('label'), rolledCount: undefined });
      });
      const keep = digits[rollup];
      if (keep === 0) return;
      const byCode = new Map<string, cytoscape.NodeSingular>();
      cy.nodes('[type = "Place"]').forEach((n) => {
        const code = n.data('code');
        if (typeof code === 'string') byCode.set(code, n);
      });
      const into = new Map<string, cytoscape.NodeSingular[]>();
      for (const [code, n] of byCode) {
        if (code.length <= keep) continue;
        const parent = byCode.get(code.slice(0, keep));
        if (!parent) continue;
        into.set(parent.id(), [...(into.get(parent.id()) ?? []), n]);
      }
      const extra: cytoscape.ElementDefinition[] = [];
      for (const [parentId, children] of into) {
        const parent = cy.getElementById(parentId);
        parent.data({ rolled: true, rolledCount: children.length, baseLabel: parent.data('baseLabel') ?? parent.data('label') });
        parent.data('label', `${parent.data('baseLabel')} (+${children.length})`);
        for (const child of children) {
          child.addClass('rolled-away');
          child.connectedEdges().forEach((e) => {
            e.addClass('rolled-away');
            const source = e.source().id() === child.id() ? parentId : e.source().id();
            const target = e.target().id() === child.id() ? parentId : e.target().id();
            if (source === target) return;
            const id = `rollup:${e.data('type')}:${source}->${target}`;
            if (extra.some((x) => x.data.id === id) || cy.getElementById(id).nonempty()) return;
            extra.push({ group: 'edges', data: { ...e.data(), id, source, target, rolledFrom: e.id() }, classes: 'rollup-edge' });
          });
        }
      }
      // Edges between two folded places: both ends must exist before adding.
      cy.add(extra.filter((x) => cy.getElementById(String(x.data.source)).nonempty() && cy.getElementById(String(x.data.target)).nonempty()));
    });
  }
}
