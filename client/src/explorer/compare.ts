// Comparison of places: the chosen places, the strategies × places matrix in the panel and their shared part on the canvas.
import type cytoscape from 'cytoscape';
import { api } from '../api';
import { scopesOf } from '../state/view-state';
import { t } from '../i18n';
import type { MenuItem } from '../ui/context-menu';
import { nextTool } from '../ui/disclosure';
import { byId, h } from '../ui/dom';
import type { CompareCell } from '../ui/compare-panel';
import type { ExplorerController } from './controller';
import type { EvidenceFeature } from './evidence';
import type { ExplorerFeature } from './feature';

// The panel is loaded when a comparison is first shown: the first view does not need it.
const comparePanel = () => import('../ui/compare-panel');
const cards = () => import('../ui/evidence-cards');

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
    const { ctl } = this;
    const places = ctl.state.compare;
    if (places.length < 2) return Promise.resolve();
    return ctl.perform(async () => {
      const res = await api.compare(places, scopesOf(ctl.state));
      const panel = await comparePanel();
      const show = () => panel.showCompare(res, (cell) => void this.openCell(cell, show));
      show();
      const shared = new Set([...places, ...res.strategies.shared.map((s) => s.id), ...res.projects.shared.map((p) => p.id)]);
      const around = await api.neighborhood(places, { rels: ['PURSUES', 'LOCATED_IN', 'PART_OF'], limit: 2000 });
      ctl.store.add(
        {
          nodes: around.elements.nodes.filter((n) => shared.has(n.data.id)),
          edges: around.elements.edges.filter((e) => shared.has(e.data.source) && shared.has(e.data.target)),
        },
        'compare',
      );
      const sub = () => ctl.cy.nodes().filter((n) => shared.has(n.id()));
      return {
        beforeLayout: () => {
          ctl.cy.elements().removeClass('faded');
          const s = sub();
          ctl.cy.elements().not(s).not(s.edgesWith(s)).addClass('faded');
        },
        after: () => ctl.fitTo(sub()),
      };
    });
  }

  /**
   * The sentences behind one matrix cell: the strategy's evidence on the relationships the cell counts (the
   * place's own, or those of places inside it), one card per relation, and a way back to the matrix.
   */
  private async openCell(cell: CompareCell, back: () => void): Promise<void> {
    const [panel, card] = await Promise.all([comparePanel(), cards()]);
    const via = new Set(cell.via);
    const res = await api.entity(cell.strategy.id, 200);
    const own = res.evidence.filter((ev) => via.has(ev.relation));
    // Places inside a compared one may not be on the canvas: their names are asked for once.
    const names = new Map([
      [cell.place.id, cell.place.name],
      [cell.strategy.id, cell.strategy.name],
    ]);
    const unknown = [...new Set(cell.via.map((v) => card.parseEdgeId(v)?.source).filter((id): id is string => !!id && !names.has(id)))];
    await Promise.all(
      unknown.map(async (id) => {
        const onCanvas = this.ctl.cy.getElementById(id);
        names.set(id, onCanvas.nonempty() ? String(onCanvas.data('label')) : (await api.entity(id, 1)).node.data.label);
      }),
    );
    const reopen = () => void this.openCell(cell, back);
    const list = card.relationCards(
      own,
      (id) => names.get(id) ?? this.ctl.label(id),
      (ref) => void this.evidence.openDocument(ref, reopen),
    );
    panel.showCellEvidence(cell, h('div', { class: 'relation-cards', 'aria-label': t('evidence.title') }, ...list), back);
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
