// The table of visible nodes, in sync with the graph: sortable columns, arrow keys move, Enter or click selects.
import type cytoscape from 'cytoscape';
import { t } from '../i18n';
import { h } from './dom';

type SortKey = 'label' | 'type' | 'degree';

export class TableView {
  private sortKey: SortKey = 'degree';
  private ascending = false;
  private scheduled = false;

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly wrap: HTMLElement,
    private readonly onSelect: (id: string) => void,
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
    const body = h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          {
            tabindex: 0,
            'data-id': r.id,
            'aria-selected': String(r.selected),
            onclick: () => this.onSelect(r.id),
            onkeydown: (e: Event) => this.onKey(e as KeyboardEvent, r.id),
          },
          h('td', {}, r.label),
          h('td', {}, t(`type.${r.type}` as 'type.Place')),
          h('td', {}, String(r.degree)),
          ...(withCounts ? [h('td', { 'data-col': 'counts' }, r.counts ?? '')] : []),
        ),
      ),
    );
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.id;
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
    else if (e.key === 'Enter' || e.key === ' ') this.onSelect(id);
    else return;
    e.preventDefault();
  }
}
