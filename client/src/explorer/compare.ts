// Comparison of places: the chosen places and the node-menu item; the matrix and its cells (compare-run.ts) load when
// a comparison is first run.
import type cytoscape from 'cytoscape';
import { t } from '../i18n';
import type { MenuItem } from '../ui/context-menu';
import { nextTool } from '../ui/disclosure';
import { byId, h } from '../ui/dom';
import type { ExplorerController } from './controller';
import type { EvidenceFeature } from './evidence';
import type { ExplorerFeature } from './feature';

export class CompareFeature implements ExplorerFeature {
  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
  ) {
    byId('compare-run').addEventListener('click', () => void this.runCompare());
    byId('compare-clear').addEventListener('click', () => {
      ctl.state.compare = [];
      ctl.cy.elements().removeClass('faded');
      ctl.commit();
      ctl.syncControls();
    });
  }

  toggleCompare(id: string): void {
    const { state } = this.ctl;
    const has = state.compare.includes(id);
    state.compare = has ? state.compare.filter((x) => x !== id) : [...state.compare, id];
    this.ctl.commit();
    this.ctl.syncControls();
  }

  /** Matrix of strategies × places in the panel, and the places with their shared strategies on the canvas. */
  runCompare(): Promise<void> {
    const places = this.ctl.state.compare;
    if (places.length < 2) return Promise.resolve();
    return this.ctl.hold(async () => {
      const { Comparison } = await import('./compare-run');
      await new Comparison(this.ctl, this.evidence).run(places);
    });
  }

  sync(): void {
    const { state } = this.ctl;
    byId('compare-list').replaceChildren(
      ...state.compare.map((id) =>
        h('li', { 'data-id': id }, this.ctl.label(id), h('button', { type: 'button', 'aria-label': '×', onclick: () => this.toggleCompare(id) }, '×')),
      ),
    );
    byId<HTMLButtonElement>('compare-run').disabled = state.compare.length < 2;
  }

  menuItems(n: cytoscape.NodeSingular): MenuItem[] {
    if (n.data('type') !== 'Place') return [];
    // With two places or more chosen, 开始比较 is the next step: focus goes there.
    return [{ label: t('menu.compare'), action: 'compare', run: () => this.toggleCompare(n.id()), next: () => nextTool('compare-run') }];
  }
}
