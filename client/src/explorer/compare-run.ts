// Comparison of places, the action: the strategies × places matrix in the panel, their shared part on the canvas and
// the sentences behind a cell. Loaded when a comparison is first run.
import { api } from '../api';
import { t } from '../i18n';
import { scopesOf } from '../state/view-state';
import { type CompareCell, showCellEvidence, showCompare } from '../ui/compare-panel';
import { h } from '../ui/dom';
import { parseEdgeId, relationCards } from '../ui/evidence-cards';
import type { ExplorerController } from './controller';
import type { EvidenceFeature } from './evidence';

export class Comparison {
  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
  ) {}

  /** Matrix of strategies × places in the panel, and the places with their shared strategies on the canvas. */
  run(places: readonly string[]): Promise<void> {
    const { ctl } = this;
    return ctl.perform(async () => {
      const res = await api.compare([...places], scopesOf(ctl.state));
      const show = () => showCompare(res, (cell) => void this.openCell(cell, show));
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
    const via = new Set(cell.via);
    const res = await api.entity(cell.strategy.id, 200);
    const own = res.evidence.filter((ev) => via.has(ev.relation));
    // Places inside a compared one may not be on the canvas: their names are asked for once.
    const names = new Map([
      [cell.place.id, cell.place.name],
      [cell.strategy.id, cell.strategy.name],
    ]);
    const unknown = [...new Set(cell.via.map((v) => parseEdgeId(v)?.source).filter((id): id is string => !!id && !names.has(id)))];
    await Promise.all(
      unknown.map(async (id) => {
        const onCanvas = this.ctl.cy.getElementById(id);
        names.set(id, onCanvas.nonempty() ? String(onCanvas.data('label')) : (await api.entity(id, 1)).node.data.label);
      }),
    );
    const reopen = () => void this.openCell(cell, back);
    const list = relationCards(
      own,
      (id) => names.get(id) ?? this.ctl.label(id),
      (ref) => void this.evidence.openDocument(ref, reopen),
    );
    showCellEvidence(cell, h('div', { class: 'relation-cards', 'aria-label': t('evidence.title') }, ...list), back);
  }
}
