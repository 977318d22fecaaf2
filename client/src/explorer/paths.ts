// Paths between two chosen nodes: the ends picked from the node menu, k / length / the relationship filter, the paths drawn and listed edge by edge.
import type cytoscape from 'cytoscape';
import { api, type PathOptions } from '../api';
import { REL_TYPE_LIST } from '../graph/style';
import { t } from '../i18n';
import type { MenuItem } from '../ui/context-menu';
import { nextTool } from '../ui/disclosure';
import { byId } from '../ui/dom';
import type { ExplorerController } from './controller';
import { type EvidenceFeature, panels } from './evidence';
import type { ExplorerFeature } from './feature';

export class PathsFeature implements ExplorerFeature {
  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
  ) {
    byId('path-run').addEventListener('click', () => void this.findPaths());
  }

  setPathEnd(which: 'from' | 'to', id: string): void {
    if (which === 'from') this.ctl.state.pathFrom = id;
    else this.ctl.state.pathTo = id;
    this.ctl.commit();
    this.ctl.syncControls();
  }

  findPaths(): Promise<void> {
    const { ctl } = this;
    const { pathFrom, pathTo } = ctl.state;
    if (!pathFrom || !pathTo) return Promise.resolve();
    return ctl.perform(async () => {
      const res = await api.paths(pathFrom, pathTo, this.options());
      ctl.store.add(res.elements, `path:${pathFrom}->${pathTo}`);
      const onPath = new Set([...res.paths.flatMap((p) => p.nodes), ...res.paths.flatMap((p) => p.edges)]);
      ctl.cy.elements().forEach((e) => {
        e.toggleClass('path', onPath.has(e.id()));
        // Everything else steps back so the paths read at a glance.
        e.toggleClass('faded', onPath.size > 0 && !onPath.has(e.id()));
      });
      return {
        after: async () => {
          const { pathEdgeList } = await import('../ui/evidence-cards');
          const labelOf = (id: string) => ctl.label(id);
          (await panels()).showPaths(res, labelOf, (edges) =>
            pathEdgeList(res, edges, labelOf, (ref) => void this.evidence.openDocument(ref, () => void this.findPaths())),
          );
        },
      };
    });
  }

  /**
   * How many paths, how long, and through which relationship types: those the filter leaves on (so a path is never
   * drawn broken), without MENTIONS unless the filter is untouched — then the API's default (domain types and ABOUT).
   */
  private options(): PathOptions {
    const off = this.ctl.state.offRels;
    return {
      k: Number(byId<HTMLSelectElement>('path-k').value) || 3,
      maxLength: Number(byId<HTMLSelectElement>('path-len').value) || 4,
      rels: off.length > 0 ? REL_TYPE_LIST.filter((r) => r !== 'MENTIONS' && !off.includes(r)) : undefined,
    };
  }

  sync(): void {
    const s = this.ctl.state;
    const label = (id: string | undefined) => (id ? this.ctl.label(id) : '—');
    byId('path-from').textContent = label(s.pathFrom);
    byId('path-to').textContent = label(s.pathTo);
    byId<HTMLButtonElement>('path-run').disabled = !(s.pathFrom && s.pathTo);
  }

  menuItems(n: cytoscape.NodeSingular): MenuItem[] {
    const id = n.id();
    return [
      { label: t('menu.pathFrom'), action: 'path-from', run: () => this.setPathEnd('from', id), next: () => nextTool('path-run') },
      { label: t('menu.pathTo'), action: 'path-to', run: () => this.setPathEnd('to', id), next: () => nextTool('path-run') },
    ];
  }
}
