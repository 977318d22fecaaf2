// Things that open and close: <details> menus (Escape, focus or a click leaving closes them) and the foldable tool panel.

export function closeOnEscape(details: HTMLDetailsElement): void {
  const summary = details.querySelector('summary');
  details.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !details.open) return;
    details.open = false;
    summary?.focus();
    e.stopPropagation();
  });
  details.addEventListener('focusout', (e) => {
    if (details.open && e.relatedTarget instanceof Node && !details.contains(e.relatedTarget)) details.open = false;
  });
  document.addEventListener('click', (e) => {
    if (details.open && !details.contains(e.target as Node)) details.open = false;
  });
}

/**
 * A control of the tool panel that an action elsewhere made the next step (查找路径, 开始比较), when it can be used:
 * the panel unfolds if it was folded (a phone), so focus can go there. Nothing when the control is disabled.
 */
export function nextTool(id: string): HTMLElement | undefined {
  const el = document.getElementById(id);
  if (!(el instanceof HTMLButtonElement) || el.disabled) return undefined;
  const toggle = document.getElementById('tools-toggle');
  if (document.body.dataset.tools === 'closed' && toggle) toggle.click();
  return el;
}

/**
 * The tool panel's button in the top bar: folds the panel (body[data-tools="closed"]) and says so in aria-expanded.
 * The panel starts folded where `narrow` matches, so a phone opens on the graph.
 */
export function foldingPanel(button: HTMLElement | null, narrow: string): void {
  if (!button) return;
  const set = (open: boolean) => {
    document.body.dataset.tools = open ? 'open' : 'closed';
    button.setAttribute('aria-expanded', String(open));
  };
  set(!(typeof matchMedia === 'function' && matchMedia(narrow).matches));
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
}
