// Wires the canvas's keyboard to the explorer: Enter opens the evidence (focus goes to it), the menu key the node's actions.
import type { Explorer } from '../app';
import { openNodeMenu } from '../explorer/node-menu';
import { mountGraphKeyboard } from '../graph/graph-keyboard';
import { t } from '../i18n';
import { byId } from './dom';

export function wireGraphKeys(explorer: Explorer, graph: HTMLElement): void {
  mountGraphKeyboard(explorer.cy, graph, byId('graph-live'), {
    open: (id) => void explorer.evidence.selectNode(id, false).then(() => document.querySelector<HTMLElement>('#side h2')?.focus()),
    menu: (id, at) => openNodeMenu(explorer.ctl, id, at, graph),
    describe: (id) => {
      const n = explorer.cy.getElementById(id);
      return t('a11y.graphNode', { label: String(n.data('label') ?? id), type: t(`type.${n.data('type') as 'Place'}`), n: n.degree(false) });
    },
  });
}
