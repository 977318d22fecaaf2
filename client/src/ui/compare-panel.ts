// The comparison of places in the side panel: the strategy × place matrix explained, overlaps, shared items, CSV.
import type { CompareResponse } from '@policygraph/contract/api';
import { t } from '../i18n';
import { markChinese } from '../i18n/script';
import { csvText } from './csv';
import { download, h } from './dom';
import { showSide } from './side-panel';

/** What a click on a matrix cell asks for: the sentences linking that strategy to that place (or places inside it). */
export interface CompareCell {
  strategy: { id: string; name: string };
  place: { id: string; name: string };
  /** Edge ids of the relationships behind the cell. */
  via: readonly string[];
  count: number;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The matrix as CSV rows: strategy, scope, one column per place (evidence sentences, 0 = none). */
export function compareCsvRows(res: CompareResponse): string[][] {
  const names = new Map(res.places.map((p) => [p.id, p.name]));
  const m = res.matrix;
  return [
    [t('compare.strategy'), t('compare.scope'), ...m.places.map((id) => names.get(id) ?? id)],
    ...m.strategies.map((s, i) => [s.name, s.scope ? t(`travel.scope.${s.scope}`) : '', ...m.places.map((_, j) => String(m.cells[i]?.[j] ?? 0))]),
  ];
}

/** Strategy × place matrix with a caption saying what a cell counts, cells opening their sentences, overlaps, shared projects, CSV. */
export function showCompare(res: CompareResponse, openCell: (cell: CompareCell) => void): void {
  const names = new Map(res.places.map((p) => [p.id, p.name]));
  const m = res.matrix;
  const table = h(
    'table',
    { class: 'matrix', 'aria-describedby': 'matrix-caption' },
    h('caption', { id: 'matrix-caption' }, t('compare.caption')),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, t('compare.strategy')), ...m.places.map((id) => markChinese(h('th', { scope: 'col' }, names.get(id) ?? id)))),
    ),
    h(
      'tbody',
      {},
      ...m.strategies.map((s, i) =>
        h(
          'tr',
          { 'data-id': s.id },
          markChinese(h('th', { scope: 'row' }, s.name)),
          ...m.places.map((placeId, j) => {
            const n = m.cells[i]?.[j] ?? 0;
            if (n === 0) return h('td', { 'data-place': placeId, 'aria-label': t('compare.cellNone') }, '');
            const place = { id: placeId, name: names.get(placeId) ?? placeId };
            return h(
              'td',
              { class: 'on', 'data-place': placeId },
              h(
                'button',
                {
                  type: 'button',
                  class: 'cell',
                  'aria-label': t('compare.cellOpen', { n, strategy: s.name, place: place.name }),
                  onclick: () => openCell({ strategy: { id: s.id, name: s.name }, place, via: m.via[i]?.[j] ?? [], count: n }),
                },
                String(n),
              ),
            );
          }),
        ),
      ),
    ),
  );
  const pairs = res.overlap.pairs.map((p) =>
    markChinese(
      h('li', { 'data-a': p.a, 'data-b': p.b }, t('compare.pair', { a: names.get(p.a) ?? p.a, b: names.get(p.b) ?? p.b, j: percent(p.jaccard), n: p.shared })),
    ),
  );
  // The names stay Chinese; what joins them follows the explorer's language (no '：' and '、' in the English panel).
  const list = (items: readonly { name: string }[]) => (items.length ? `${t('compare.listOpen')}${items.map((s) => s.name).join(t('compare.listSep'))}` : '');
  const exportButton = h(
    'button',
    {
      type: 'button',
      class: 'compare-csv',
      onclick: () => {
        const slug = res.places.map((p) => p.name).join('-');
        download(new Blob([csvText(compareCsvRows(res))], { type: 'text/csv;charset=utf-8' }), `policygraph-compare-${slug}.csv`);
      },
    },
    t('compare.csv'),
  );
  showSide(
    h('h2', {}, t('compare.title')),
    markChinese(h('p', {}, res.places.map((p) => p.name).join(' · '))),
    markChinese(h('p', { class: 'shared' }, t('compare.shared', { n: res.strategies.shared.length }), list(res.strategies.shared))),
    markChinese(h('p', { class: 'shared-projects' }, t('compare.sharedProjects', { n: res.projects.shared.length }), list(res.projects.shared))),
    h(
      'section',
      { class: 'overlap', 'aria-label': t('compare.overlapTitle') },
      h('h3', {}, t('compare.overlapTitle')),
      h('p', { class: 'hint' }, t('compare.overlapHint')),
      h('p', { class: 'overall' }, t('compare.overall', { j: percent(res.overlap.jaccard) })),
      h('ul', { class: 'pairs' }, ...pairs),
    ),
    exportButton,
    h('div', { class: 'matrix-wrap' }, table),
  );
}

/** A cell's sentences: what links the strategy to the place, with a way back to the matrix. */
export function showCellEvidence(cell: CompareCell, list: HTMLElement, back: () => void): void {
  showSide(
    h('button', { type: 'button', class: 'compare-back', onclick: back }, t('compare.back')),
    markChinese(h('h2', {}, `${cell.place.name} —${t('rel.PURSUES')}→ ${cell.strategy.name}`)),
    h('p', { class: 'hint' }, t('compare.cellHint', { n: cell.count })),
    list,
  );
}
