// The table of visible nodes, in sync with the graph: sortable columns, arrow keys move, Enter or click selects.
import type cytoscape from 'cytoscape';
import { t } from '../i18n';
import { markChinese } from '../i18n/script';
import { h } from './dom';

type SortKey = 'label' | 'type' | 'degree';

export class TableView {
  private sortKey: SortKey = 'degree';
  private ascending = false;
  private scheduled = false;
  /** The one row in the tab order (roving tabindex): Tab enters the table once, arrow keys move within it. */
  private current: string | undefined;

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly wrap: HTMLElement,
    private readonly onSelect: (id: string) => void,
    /** The context-menu key or Shift+F10 on a row: the node's actions beside the row. */
    private readonly onMenu?: (id: string, row: HTMLElement) => void,
  ) {
    // Any change of the graph re-renders (batched into one frame).
    cy.on('add remove data select unselect class', () => this.schedule());
  }

  schedule(): void {
    if (this.scheduled || this.wrap.hidden) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  render(): void {
    if (this.wrap.hidden) return;
    const rows = this.cy
      .nodes()
      .not('.filtered')
      .map((n: cytoscape.NodeSingular) => ({
        id: n.id(),
        label: String(n.data('label')),
        type: String(n.data('type')),
        degree: n.degree(false),
        counts: n.data('countsLine') as string | undefined,
        selected: n.selected(),
      }));
    // A rolled-up place's counts are drawn under its name on the canvas; the column says them here, and only when some row has them.
    const withCounts = rows.some((r) => r.counts !== undefined);
    const dir = this.ascending ? 1 : -1;
    rows.sort((a, b) => {
      const k = this.sortKey;
      const c = k === 'degree' ? a.degree - b.degree : a[k].localeCompare(b[k], 'zh-CN');
      return c !== 0 ? c * dir : a.label.localeCompare(b.label, 'zh-CN');
    });
    const head = (key: SortKey, label: string) =>
      h(
        'th',
        { scope: 'col', 'aria-sort': this.sortKey === key ? (this.ascending ? 'ascending' : 'descending') : 'none' },
        h('button', { type: 'button', 'data-sort': key, onclick: () => this.sortBy(key) }, label),
      );
    if (!rows.some((r) => r.id === this.current)) this.current = (rows.find((r) => r.selected) ?? rows[0])?.id;
    const body = h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          {
            tabindex: r.id === this.current ? 0 : -1,
            'data-id': r.id,
            'aria-selected': String(r.selected),
            onclick: () => this.onSelect(r.id),
            onfocus: () => this.rove(r.id),
            onkeydown: (e: Event) => this.onKey(e as KeyboardEvent, r.id),
          },
          markChinese(h('td', {}, r.label)),
          h('td', {}, t(`type.${r.type}` as 'type.Place')),
          h('td', {}, String(r.degree)),
          ...(withCounts ? [h('td', { 'data-col': 'counts' }, r.counts ?? '')] : []),
        ),
      ),
    );
    const active = document.activeElement as HTMLElement | null;
    const focusedId = active?.closest('#table-wrap') ? active.dataset.id : undefined;
    // A sort re-renders the header too: the pressed sort button keeps the focus.
    const focusedSort = active?.closest('#table-wrap') ? active.dataset.sort : undefined;
    this.wrap.replaceChildren(
      h(
        'table',
        {},
        h('caption', {}, t('table.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            head('label', t('table.label')),
            head('type', t('table.type')),
            head('degree', t('table.degree')),
            ...(withCounts ? [h('th', { scope: 'col' }, t('table.counts'))] : []),
          ),
        ),
        body,
      ),
    );
    if (focusedId) this.wrap.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(focusedId)}"]`)?.focus();
    else if (focusedSort) this.wrap.querySelector<HTMLElement>(`th button[data-sort="${focusedSort}"]`)?.focus();
  }

  /** Moves the table's tab stop to a row. */
  private rove(id: string): void {
    if (this.current === id) return;
    this.current = id;
    for (const tr of this.wrap.querySelectorAll<HTMLElement>('tbody tr')) tr.tabIndex = tr.dataset.id === id ? 0 : -1;
  }

  private sortBy(key: SortKey): void {
    this.ascending = this.sortKey === key ? !this.ascending : key !== 'degree';
    this.sortKey = key;
    this.render();
  }

  private onKey(e: KeyboardEvent, id: string): void {
    const row = e.currentTarget as HTMLTableRowElement;
    if (e.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus();
    else if (e.key === 'ArrowUp') (row.previousElementSibling as HTMLElement | null)?.focus();
    else if (e.key === 'Home') (row.parentElement?.firstElementChild as HTMLElement | null)?.focus();
    else if (e.key === 'End') (row.parentElement?.lastElementChild as HTMLElement | null)?.focus();
    else if (e.key === 'Enter' || e.key === ' ') this.onSelect(id);
    else if (this.onMenu && (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey))) this.onMenu(id, row);
    else return;
    e.preventDefault();
  }
}
