// The right-click menu of a node: every feature's items for it, then "show hidden nodes" when any are hidden.
import { t } from '../i18n';
import { closeContextMenu, type MenuItem, openContextMenu } from '../ui/context-menu';
import { byId } from '../ui/dom';
import type { ExplorerController } from './controller';

/** Opens the menu on right-click (items from ctl.menuItems) and closes it on Escape or a click elsewhere. */
export function mountNodeMenu(ctl: ExplorerController): void {
  const menu = byId<HTMLUListElement>('context-menu');
  ctl.cy.on('cxttap', 'node', (e) => {
    const n = e.target as import('cytoscape').NodeSingular;
    const pos = e.renderedPosition ?? n.renderedPosition();
    const items: MenuItem[] = ctl.menuItems(n);
    if (ctl.state.hidden.length > 0) {
      items.push({
        label: t('menu.showHidden', { n: ctl.state.hidden.length }),
        action: 'show-hidden',
        run: () => {
          ctl.state.hidden = [];
          ctl.refresh();
        },
      });
    }
    openContextMenu(menu, pos.x, pos.y, items);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeContextMenu(menu);
  });
  document.addEventListener('click', (e) => {
    if (!menu.contains(e.target as Node)) closeContextMenu(menu);
  });
}
