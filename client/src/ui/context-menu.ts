// The right-click menu of a node: a list of actions, closed by Escape, a click elsewhere or choosing one.
import { h } from './dom';

export interface MenuItem {
  readonly label: string;
  readonly action: string;
  readonly run: () => void;
}

/** Opens the menu at a point inside its container with the given items; focuses the first. */
export function openContextMenu(menu: HTMLUListElement, x: number, y: number, items: readonly MenuItem[]): void {
  menu.replaceChildren(
    ...items.map((item) =>
      h(
        'li',
        { role: 'none' },
        h(
          'button',
          {
            type: 'button',
            role: 'menuitem',
            'data-action': item.action,
            onclick: () => {
              closeContextMenu(menu);
              item.run();
            },
          },
          item.label,
        ),
      ),
    ),
  );
  menu.style.left = `${x}px`;
  menu.style.top = `${y}px`;
  menu.hidden = false;
  menu.querySelector('button')?.focus();
}

export function closeContextMenu(menu: HTMLUListElement): void {
  menu.hidden = true;
}
