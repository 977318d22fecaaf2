// The read-only embedded view: rebuilds a permalink's graph (focus, expansions, hidden, pins, filters, roll-ups) without the explorer's chrome.
import cytoscape from 'cytoscape';
import type { RollupResponse } from '@policygraph/contract/api';
import { api } from '../api';
import { areaElements, GraphStore } from '../graph/graph-store';
import { hasCoordinates, runLayout } from '../graph/layouts';
import { graphStyle } from '../graph/style';
import { t } from '../i18n';
import type { ViewState } from '../state/view-state';

/** Neighbours loaded per expansion, as in the explorer. */
const EXPAND_LIMIT = 40;

export class EmbedView {
  readonly cy: cytoscape.Core;
  private readonly store: GraphStore;
  private readonly areas: RollupResponse[] = [];

  constructor(
    container: HTMLElement,
    private readonly state: ViewState,
  ) {
    this.cy = cytoscape({ container, style: graphStyle(), minZoom: 0.05, maxZoom: 6, wheelSensitivity: 0.3, autoungrabify: true, boxSelectionEnabled: false });
    this.store = new GraphStore(this.cy);
  }

  /** Loads what the view state names and lays it out. */
  async load(): Promise<void> {
    const s = this.state;
    this.store.add((await api.overview()).elements);
    if (s.focus) this.store.add((await api.neighborhood([s.focus], { limit: EXPAND_LIMIT })).elements, s.focus);
    for (const id of s.expanded) {
      this.store.add((await api.neighborhood([id], { limit: EXPAND_LIMIT })).elements, id);
      this.store.markExpanded(id, true);
    }
    for (const r of s.rollups) {
      // A roll-up the API no longer answers leaves the rest of the view as it was.
      const res = await api.rollup(r.id, r.level).catch(() => undefined);
      if (!res || res.children.length === 0) continue;
      this.store.add(areaElements(res), `area:${r.id}`);
      this.areas.push(res);
    }
    this.apply();
    await runLayout(this.cy, s.layout === 'geo' && !hasCoordinates(this.cy) ? 'fcose' : s.layout);
    if (s.focus) this.centre(s.focus);
    if (s.selected) this.cy.getElementById(s.selected).select();
  }

  /** Brings an entity into view (loading it and its neighbours when absent), centres and selects it; false when unknown. */
  async focus(id: string): Promise<boolean> {
    if (this.cy.getElementById(id).empty()) {
      const res = await api.neighborhood([id], { limit: EXPAND_LIMIT });
      if (!res.elements.nodes.some((n) => n.data.id === id)) return false;
      this.store.add(res.elements, id);
      this.apply();
      await runLayout(this.cy, this.state.layout === 'geo' ? 'fcose' : this.state.layout);
    }
    const n = this.cy.getElementById(id);
    // A filter or a hidden-node setting from the link must not make the host's request invisible.
    n.removeClass('filtered hidden-by-user');
    this.cy.elements(':selected').unselect();
    n.select();
    this.centre(id);
    return true;
  }

  private centre(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.nonempty()) this.cy.animate({ center: { eles: n }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 0 });
  }

  private apply(): void {
    const s = this.state;
    this.store.setHidden(s.hidden);
    this.store.setPinned(s.pinned);
    this.store.applyRollups(
      s.rollup,
      this.areas,
      (c) => t('rollup.badge', c),
      () => undefined,
    );
    this.store.applyFilters({ offTypes: s.offTypes, offRels: s.offRels, yearMax: s.yearMax, document: s.document, keep: s.focus });
  }
}
