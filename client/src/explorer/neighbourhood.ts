// Growing and trimming the graph by hand: expand, collapse, hide, pin, and jumping to a search hit.
import type cytoscape from 'cytoscape';
import type { GraphResponse, SearchHit } from '@policygraph/contract/api';
import { api } from '../api';
import { EXPAND_LIMIT, loadNeighbours } from '../graph/view-replay';
import { t } from '../i18n';
import type { MenuItem } from '../ui/context-menu';
import { byId } from '../ui/dom';
import { mountSearchBox } from '../ui/search-box';
import type { ExplorerController } from './controller';
import type { EvidenceFeature } from './evidence';
import type { ExplorerFeature } from './feature';

// "Show the next 40" is loaded with the first capped expansion: the first view does not need it.
const moreNeighbours = () => import('./more-neighbours');

export class NeighbourhoodFeature implements ExplorerFeature {
  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
  ) {
    const cy = ctl.cy;
    cy.on('dbltap', 'node', (e) => {
      const id = e.target.id();
      if (ctl.state.expanded.includes(id)) this.collapse(id);
      else void this.expand(id);
    });
    cy.on('dragfree', 'node', (e) => {
      const n = e.target as cytoscape.NodeSingular;
      if (!n.data('pinned')) return;
      ctl.state.pinned = ctl.state.pinned.map((p) => (p.id === n.id() ? { id: p.id, ...n.position() } : p));
      ctl.commit();
    });
    mountSearchBox(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), (hit) => void this.focus(hit));
  }

  /** Loads a node's neighbours into the view. */
  expand(id: string): Promise<void> {
    const { ctl } = this;
    if (ctl.state.expanded.includes(id)) return Promise.resolve();
    return ctl.perform(async () => {
      this.noteCapped(id, await loadNeighbours(ctl.store, ctl.cy, id));
      ctl.state.expanded = [...ctl.state.expanded, id];
      ctl.commit();
      return {};
    });
  }

  /** Says an expansion was cut, with a button for the next page (its module loaded only then). */
  private noteCapped(id: string, res: GraphResponse): void {
    // Its first page again: the link names no pages after it until 显示后 40 个 is pressed anew.
    this.ctl.state.more = this.ctl.state.more.filter((m) => m.id !== id);
    if (res.capped) void moreNeighbours().then((m) => m.expanded(this.ctl, id, res));
  }

  collapse(id: string): void {
    const { ctl } = this;
    ctl.store.collapse(id);
    void moreNeighbours().then((m) => m.forget(id));
    ctl.state.more = ctl.state.more.filter((m) => m.id !== id);
    ctl.state.expanded = ctl.state.expanded.filter((x) => x !== id);
    if (ctl.state.focus === id) ctl.state.focus = undefined;
    ctl.refresh();
  }

  hide(id: string): void {
    const { ctl } = this;
    ctl.state.hidden = [...new Set([...ctl.state.hidden, id])];
    if (ctl.state.selected === id) ctl.state.selected = undefined;
    ctl.refresh();
  }

  togglePin(id: string): void {
    const { ctl } = this;
    const n = ctl.cy.getElementById(id);
    const pinned = ctl.state.pinned.some((p) => p.id === id);
    ctl.state.pinned = pinned ? ctl.state.pinned.filter((p) => p.id !== id) : [...ctl.state.pinned, { id, ...n.position() }];
    ctl.store.setPinned(ctl.state.pinned);
    ctl.commit();
  }

  /** Jumps to a search hit: loads it with its neighbours, centres and selects it. */
  focus(hit: Pick<SearchHit, 'id'>): Promise<void> {
    const { ctl } = this;
    return ctl.perform(async () => {
      const res = await api.neighborhood([hit.id], { limit: EXPAND_LIMIT });
      ctl.cy.elements().removeClass('faded path');
      ctl.store.add(res.elements, hit.id);
      this.noteCapped(hit.id, res);
      ctl.state.focus = hit.id;
      ctl.state.hidden = ctl.state.hidden.filter((x) => x !== hit.id);
      return {
        after: async () => {
          await this.evidence.selectNode(hit.id, false);
          // The reader goes where the answer is: the panel's heading (the graph continues from this node by keyboard).
          document.querySelector<HTMLElement>('#side h2')?.focus();
        },
        // In the middle once the evidence panel has narrowed the canvas, with everything else still on screen.
        centre: () => hit.id,
      };
    });
  }

  menuItems(n: cytoscape.NodeSingular): MenuItem[] {
    const id = n.id();
    return [
      this.ctl.state.expanded.includes(id)
        ? { label: t('menu.collapse'), action: 'collapse', run: () => this.collapse(id) }
        : { label: t('menu.expand'), action: 'expand', run: () => void this.expand(id) },
      { label: t('menu.hide'), action: 'hide', run: () => this.hide(id) },
      { label: n.data('pinned') ? t('menu.unpin') : t('menu.pin'), action: 'pin', run: () => this.togglePin(id) },
    ];
  }
}
