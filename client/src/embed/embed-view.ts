// The read-only embedded view: rebuilds a permalink's graph (focus, expansions, hidden, pins, filters, roll-ups) without the explorer's chrome.
import type cytoscape from 'cytoscape';
import { api } from '../api';
import { GraphStore } from '../graph/graph-store';
import { runLayout } from '../graph/layouts';
import { ReadableLabels } from '../graph/readable-labels';
import { applyViewState, createGraph, EXPAND_LIMIT, layoutFor, replayGraph, RollupAnswers, restorePositions } from '../graph/view-replay';
import type { ViewState } from '../state/view-state';

export class EmbedView {
  readonly cy: cytoscape.Core;
  private readonly store: GraphStore;
  private readonly answers = new RollupAnswers();
  private readonly labels: ReadableLabels;

  constructor(
    container: HTMLElement,
    private readonly state: ViewState,
  ) {
    this.cy = createGraph(container, { autoungrabify: true, boxSelectionEnabled: false });
    this.store = new GraphStore(this.cy);
    this.labels = new ReadableLabels(this.cy, () => [state.focus, state.selected]);
  }

  /** Loads what the view state names and lays it out. */
  async load(): Promise<void> {
    const s = this.state;
    // What the graph no longer holds (a roll-up, an expanded node) leaves the rest of the view as it was.
    await replayGraph(this.store, this.cy, s, this.answers);
    this.apply();
    // The link's own picture when it carries one (fitted to the frame, whose size is the host's); else a layout.
    if (restorePositions(this.cy, s.positions)) this.cy.fit(this.cy.elements().not('.filtered'), 30);
    else await runLayout(this.cy, layoutFor(this.cy, s.layout));
    if (s.focus) this.centre(s.focus);
    if (s.selected) this.cy.getElementById(s.selected).select();
    // A geographic view embeds with its base map, as in the explorer (its chunk only for such a view).
    if (layoutFor(this.cy, s.layout) === 'geo') (await import('../graph/base-map')).drawBaseMap(this.cy, true);
    this.labels.relabel();
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
    this.labels.relabel();
    return true;
  }

  private centre(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.nonempty()) this.cy.animate({ center: { eles: n }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 0 });
  }

  /** The embed never asks for the totals of the global roll-up: its places show the counts the link's areas hold. */
  private apply(): void {
    applyViewState(this.store, this.state, this.answers);
  }
}
