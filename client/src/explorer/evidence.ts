// Evidence: the side panel of a node or an edge (its sentences, with the document they come from) and selection.
import type cytoscape from 'cytoscape';
import type { RollupCounts } from '@policygraph/contract/api';
import type { RelType } from '@policygraph/contract/graph-model';
import { api } from '../api';
import { countsText } from '../graph/view-replay';
import { t } from '../i18n';
import { byId } from '../ui/dom';
import type { SentenceRef } from '../ui/side-panel';
import type { ExplorerController } from './controller';
import { openNodeMenuBeside } from './node-menu';

/** The side panel is not needed for the first graph, keeping the initial bundle small. */
export const panels = () => import('../ui/side-panel');
const cards = () => import('../ui/evidence-cards');

/** `source —relation→ target`, as a relation is named everywhere in the explorer. */
export function edgeTitle(e: cytoscape.EdgeSingular): string {
  return `${e.source().data('label')} —${t(`rel.${e.data('type') as RelType}`)}→ ${e.target().data('label')}`;
}

/** Not a registered feature: it has no controls to sync or menu items; the features that open evidence hold it. */
export class EvidenceFeature {
  constructor(private readonly ctl: ExplorerController) {
    const cy = ctl.cy;
    // Derived edges (place-to-place reuse links) have no evidence of their own; their feature opens their panel.
    cy.on('tap', 'node, edge', (e) => {
      if (!e.target.data('derived')) void this.openEvidence(e.target.id());
    });
    byId('side-close').addEventListener('click', () => {
      void panels().then((p) => p.closeSide());
      ctl.state.selected = undefined;
      cy.elements(':selected').unselect();
      cy.elements().removeClass('faded path');
      ctl.commit();
    });
  }

  /** Selects a node (from the table or search) and opens its evidence. */
  async selectNode(id: string, centre: boolean): Promise<void> {
    const n = this.ctl.cy.getElementById(id);
    this.ctl.cy.elements(':selected').unselect();
    n.select();
    if (centre) this.ctl.centreOn(id);
    await this.openEvidence(id);
  }

  /** Opens the evidence of a node or an edge in the side panel. */
  async openEvidence(id: string): Promise<void> {
    const { cy, state } = this.ctl;
    const ele = cy.getElementById(id);
    if (ele.empty()) return;
    state.selected = id;
    this.ctl.commit();
    ele.select();
    if (ele.isNode() && ele.data('type') === 'Document') {
      await this.openDocument({ documentId: id, start: 0, end: 0 }, undefined);
      return;
    }
    const title = ele.isNode() ? String(ele.data('label')) : edgeTitle(ele as unknown as cytoscape.EdgeSingular);
    (await panels()).showLoading(title, 'evidence.loading');
    try {
      if (ele.isNode()) {
        const res = await api.entity(id, 50);
        const summed = (ele.data('areaCounts') as RollupCounts | undefined) ?? (ele.data('rolled') ? this.ctl.answers.totals.get(id) : undefined);
        const subtitle = [
          t(`type.${res.node.data.type}`),
          ele.data('rolledCount') ? t('rollup.merged', { n: ele.data('rolledCount') }) : '',
          summed ? t('rollup.summed', { counts: countsText(summed) }) : '',
        ]
          .filter(Boolean)
          .join(' · ');
        // One card per relation, so the reader sees which relation each sentence supports (a sentence naming two
        // relations appears under each, once).
        const labelOf = (nodeId: string) => (nodeId === id ? title : String(cy.getElementById(nodeId).data('label') ?? nodeId.replace(/^[a-z]+:/, '')));
        const list = (await cards()).relationCards(res.evidence, labelOf, (ref) => void this.openDocument(ref, () => void this.openEvidence(id)));
        (await panels()).showNodeEvidence(title, subtitle, list, res.evidenceTotal, (button) => openNodeMenuBeside(this.ctl, id, button));
      } else {
        // Edges have no endpoint of their own: their sentences are the source entity's evidence tagged with this relation.
        const edge = cy.getElementById(id) as unknown as cytoscape.EdgeSingular;
        const edgeId = String(edge.data('rolledFrom') ?? id);
        const original = cy.getElementById(edgeId) as unknown as cytoscape.EdgeSingular;
        const e = original.nonempty() ? original : edge;
        // Either end lists the sentences of all its relationships; the less connected end wastes least of the cap.
        const end = Number(e.source().data('degree') ?? 0) <= Number(e.target().data('degree') ?? 0) ? e.source() : e.target();
        const res = await api.entity(end.id(), 200);
        const own = res.evidence.filter((ev) => ev.relation === edgeId);
        (await panels()).showEvidence(
          title,
          t(`rel.${edge.data('type') as RelType}`),
          own,
          own.length,
          (ref) => void this.openDocument(ref, () => void this.openEvidence(id)),
        );
      }
    } catch (err) {
      (await panels()).showError(title, err instanceof Error ? err.message : String(err));
    }
  }

  /** Opens a document with one sentence highlighted; `back` returns to what led there. */
  async openDocument(ref: SentenceRef, back: (() => void) | undefined): Promise<void> {
    (await panels()).showLoading(t('doc.title'), 'doc.loading');
    try {
      (await panels()).showDocument(await api.document(ref.documentId), ref.end > ref.start ? ref : undefined, back);
    } catch (err) {
      (await panels()).showError(t('doc.title'), err instanceof Error ? err.message : String(err));
    }
  }
}
