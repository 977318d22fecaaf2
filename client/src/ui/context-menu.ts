// The action menu of a node (right click, the context-menu key or a menu button): arrow keys move, Enter runs, Escape closes.
import { h } from './dom';

export interface MenuItem {
  readonly label: string;
  readonly action: string;
  readonly run: () => void | Promise<void>;
  /**
   * Where the reader goes next after the action, when it is not back where the menu was opened: e.g. 查找路径 once
   * both ends of a path are set. Returns nothing when the opener should keep the focus.
   */
  readonly next?: () => HTMLElement | null | undefined;
}

/** Where focus goes back to when the menu closes without running an action (the node, row or button it came from). */
let returnFocus: HTMLElement | null = null;

function items(menu: HTMLUListElement): HTMLButtonElement[] {
  return [...menu.querySelectorAll<HTMLButtonElement>('button[role="menuitem"]')];
}

function onMenuKey(menu: HTMLUListElement, e: KeyboardEvent): void {
  const all = items(menu);
  const at = all.indexOf(document.activeElement as HTMLButtonElement);
  const move = (i: number) => all[(i + all.length) % all.length]?.focus();
  if (e.key === 'ArrowDown') move(at + 1);
  else if (e.key === 'ArrowUp') move(at - 1);
  else if (e.key === 'Home') move(0);
  else if (e.key === 'End') move(all.length - 1);
  else if (e.key === 'Escape') closeContextMenu(menu, true);
  else if (e.key === 'Tab') closeContextMenu(menu, false);
  else return;
  e.preventDefault();
  e.stopPropagation();
}

/**
 * Opens the menu at a point inside its container with the given items and focuses the first; the point is pulled
 * back inside the container so the menu is never cut off at an edge. `from` gets the focus back on Escape.
 */
export function openContextMenu(menu: HTMLUListElement, x: number, y: number, menuItems: readonly MenuItem[], from?: HTMLElement | null): void {
  returnFocus = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  menu.replaceChildren(
    ...menuItems.map((item) =>
      h(
        'li',
        { role: 'none' },
        h(
          'button',
          {
            type: 'button',
            role: 'menuitem',
            tabindex: -1,
            'data-action': item.action,
            onclick: (e: Event) => {
              closeContextMenu(menu, false);
              const done = item.run();
              // Only a keyboard user is moved on (Enter or Space on a button clicks with detail 0); a pointer user's
              // eyes are already where they want to be.
              if (item.next && (e as MouseEvent).detail === 0) void Promise.resolve(done).then(() => item.next?.()?.focus());
            },
          },
          item.label,
        ),
      ),
    ),
  );
  if (!menu.dataset.keys) {
    menu.dataset.keys = '1';
    menu.addEventListener('keydown', (e) => onMenuKey(menu, e));
  }
  menu.hidden = false;
  const box = menu.parentElement?.getBoundingClientRect();
  const left = box ? Math.max(0, Math.min(x, box.width - menu.offsetWidth)) : x;
  const top = box ? Math.max(0, Math.min(y, box.height - menu.offsetHeight)) : y;
  menu.style.left = `${left}px`;
  menu.style.top = `${top}px`;
  items(menu)[0]?.focus();
}

/** Hides the menu; with `restore`, focus returns to where the menu was opened from. */
export function closeContextMenu(menu: HTMLUListElement, restore = false): void {
  if (menu.hidden) return;
  const inside = menu.contains(document.activeElement);
  menu.hidden = true;
  if (restore || inside) reconnected(returnFocus)?.focus();
  returnFocus = null;
}

/**
 * The opener, or the element that replaced it: a table row re-rendered while the menu was open (the table redraws
 * when late answers arrive) is a new element with the same `data-id`, and focusing the detached old one sent focus
 * to <body> (found by fresh-clone CI in test/browser/keyboard.test.ts).
 */
function reconnected(el: HTMLElement | null): HTMLElement | null {
  if (!el || el.isConnected) return el;
  const id = el.dataset.id;
  return id ? document.querySelector<HTMLElement>(`${el.tagName.toLowerCase()}[data-id="${CSS.escape(id)}"]`) : null;
}
