// A place's adoption record, in the explorer: its node-menu item; the record's panel (adoptions-record.ts) loads on
// first use.
import type cytoscape from 'cytoscape';
import { t } from '../i18n';
import type { MenuItem } from '../ui/context-menu';
import type { ExplorerController } from './controller';
import type { EvidenceFeature } from './evidence';
import type { ExplorerFeature } from './feature';
import type { TravelFeature } from './travel';

export class AdoptionsFeature implements ExplorerFeature {
  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
    private readonly travel: TravelFeature,
  ) {}

  menuItems(n: cytoscape.NodeSingular): MenuItem[] {
    if (n.data('type') !== 'Place') return [];
    return [
      {
        label: t('adoptions.menu'),
        action: 'adoptions',
        run: () => this.open(n.id()),
        next: () => document.querySelector<HTMLElement>('#side:not([hidden]) h2'),
      },
    ];
  }

  /** Lists the place's adoptions by year in the side panel, and brings the strategies it pursues onto the canvas. */
  open(placeId: string): Promise<void> {
    return this.ctl.hold(async () => {
      const { AdoptionsRecord } = await import('./adoptions-record');
      await new AdoptionsRecord(this.ctl, this.evidence, this.travel).open(placeId);
    });
  }
}
