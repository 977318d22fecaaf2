// How policies travel, in the explorer: the national-formula switch, the clusters switch and the node-menu items of
// the timeline and text reuse. What they do (client/src/travel/travel-actions.ts) loads on first use.
import type cytoscape from 'cytoscape';
import { t } from '../i18n';
import type { TravelActions } from '../travel/travel-actions';
import type { MenuItem } from '../ui/context-menu';
import { byId } from '../ui/dom';
import type { ExplorerController } from './controller';
import type { EvidenceFeature } from './evidence';
import type { ExplorerFeature } from './feature';

/** The panel's heading, where a keyboard user who opened it from a menu continues. */
const sideHeading = () => document.querySelector<HTMLElement>('#side:not([hidden]) h2');

export class TravelFeature implements ExplorerFeature {
  /** The actions, once loaded: the timeline and clusters they hold are what viewApplied repaints. Loaded under
   * ctl.hold, so the page stays busy until the action is done. */
  private actions: TravelActions | undefined;
  private loading: Promise<TravelActions> | undefined;

  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
    private readonly restart: () => Promise<void>,
  ) {
    byId<HTMLInputElement>('show-national').addEventListener('change', (e) => {
      ctl.state.national = (e.target as HTMLInputElement).checked;
      ctl.commit();
      void this.restart();
    });
    byId<HTMLInputElement>('show-clusters').addEventListener('change', (e) => {
      ctl.state.clusters = (e.target as HTMLInputElement).checked;
      ctl.commit();
      void this.applyClusters();
    });
    ctl.cy.on('tap', 'edge.reuse-link', (e) => void this.openReuse(String(e.target.data('source')), String(e.target.data('target'))));
  }

  private load(): Promise<TravelActions> {
    this.loading ??= import('../travel/travel-actions').then((m) => (this.actions = new m.TravelActions(this.ctl, this.evidence)));
    return this.loading;
  }

  sync(): void {
    byId<HTMLInputElement>('show-national').checked = this.ctl.state.national;
    byId<HTMLInputElement>('show-clusters').checked = this.ctl.state.clusters;
  }

  menuItems(n: cytoscape.NodeSingular): MenuItem[] {
    if (n.data('type') === 'Strategy') return [{ label: t('travel.timeline'), action: 'timeline', run: () => this.openTimeline(n.id()), next: sideHeading }];
    if (n.data('type') === 'Place') return [{ label: t('travel.reuse'), action: 'reuse', run: () => this.openReuse(n.id()), next: sideHeading }];
    return [];
  }

  /** Nodes loaded later (an expansion) get their cluster colour and the timeline's classes too. */
  viewApplied(): void {
    this.actions?.viewApplied();
  }

  /** Loads a strategy's timeline: its places on the map, the panel listing each adoption, the map at `year` (default: the last). */
  openTimeline(strategyId: string, year?: number): Promise<void> {
    return this.ctl.hold(async () => (await this.load()).openTimeline(strategyId, year));
  }

  /** Reuse pairs with a passage in a document about `placeId` (or between two places), side by side. */
  openReuse(placeId: string, otherId?: string): Promise<void> {
    return this.ctl.hold(async () => (await this.load()).openReuse(placeId, otherId));
  }

  /** Colours places by community and sizes nodes by PageRank, or undoes it (nothing to undo before the first use). */
  async applyClusters(): Promise<void> {
    if (!this.ctl.state.clusters && !this.actions) return;
    return this.ctl.hold(async () => (await this.load()).applyClusters());
  }
}
