// The action menu of a node: every feature's items for it, then "show hidden nodes" when any are hidden; opened by a
// right click, the canvas's menu key, a table row's menu key or the evidence panel's actions button.
import type cytoscape from 'cytoscape';
import { t } from '../i18n';
import type { MenuItem } from '../ui/context-menu';
import { byId } from '../ui/dom';
import type { ExplorerController } from './controller';

/** The menu's own code (keys, placement, focus) loads with the first menu opened: the first view only reads. */
const contextMenu = () => import('../ui/context-menu');

function nodeMenuItems(ctl: ExplorerController, n: cytoscape.NodeSingular): MenuItem[] {
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
  return items;
}

/** Opens a node's menu at a point of the canvas's box; `from` gets the focus back on Escape. */
export function openNodeMenu(ctl: ExplorerController, id: string, at: { x: number; y: number }, from?: HTMLElement | null): void {
  if (ctl.cy.getElementById(id).empty()) return;
  // Where focus returns is taken now, before the module arrives.
  const opener = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  // The items are gathered once the menu's code and every feature still loading are there (see `arriving`).
  void Promise.all([contextMenu(), ctl.arrived()]).then(([m]) => {
    const n = ctl.cy.getElementById(id);
    if (n.empty() || !n.isNode()) return;
    m.openContextMenu(byId<HTMLUListElement>('context-menu'), at.x, at.y, nodeMenuItems(ctl, n as cytoscape.NodeSingular), opener);
  });
}

/** Opens the menu beside an element outside the canvas (a table row, a panel button). */
export function openNodeMenuBeside(ctl: ExplorerController, id: string, el: HTMLElement): void {
  const box = byId('context-menu').parentElement?.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  openNodeMenu(ctl, id, { x: r.left - (box?.left ?? 0), y: r.bottom - (box?.top ?? 0) }, el);
}

/** Opens the menu on right-click and closes it on Escape or a click elsewhere. */
export function mountNodeMenu(ctl: ExplorerController): void {
  const menu = byId<HTMLUListElement>('context-menu');
  ctl.cy.on('cxttap', 'node', (e) => {
    const n = e.target as cytoscape.NodeSingular;
    openNodeMenu(ctl, n.id(), e.renderedPosition ?? n.renderedPosition(), byId('graph'));
  });
  // A visible menu means its module is loaded: closing it waits for nothing but a resolved promise.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !menu.hidden) void contextMenu().then((m) => m.closeContextMenu(menu, true));
  });
  document.addEventListener('click', (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node)) void contextMenu().then((m) => m.closeContextMenu(menu));
  });
}
