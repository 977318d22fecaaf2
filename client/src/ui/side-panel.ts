// The right-hand panel: evidence of a node or edge, a document with its sentence highlighted, path, comparison and roll-up results.
import type { DocumentResponse, Evidence, PathsResponse, RollupCounts, RollupResponse } from '@policygraph/contract/api';
import { listOf, t } from '../i18n';
import { chineseLang, markChinese } from '../i18n/script';
import { byId, h } from './dom';

/** Where a sentence sits in a document: what the document view highlights. */
export interface SentenceRef {
  documentId: string;
  start: number;
  end: number;
}

type OpenDocument = (ref: SentenceRef) => void;

/** Opens the right-hand panel with these children (null ones left out); every panel of the explorer goes through here. */
export function showSide(...children: (Node | string | null)[]): HTMLElement {
  const side = byId('side');
  const body = byId('side-body');
  body.replaceChildren(...children.filter((c): c is Node | string => c !== null));
  // The heading can take focus, so a keyboard action that opens the panel can move the reader to it.
  body.querySelector('h2')?.setAttribute('tabindex', '-1');
  side.hidden = false;
  return body;
}

export function closeSide(): void {
  byId('side').hidden = true;
  byId('side-body').replaceChildren();
}

export function showLoading(title: string, key: 'evidence.loading' | 'doc.loading'): void {
  showSide(h('h2', {}, title), h('p', { role: 'status' }, t(key)));
}

export function showError(title: string, message: string): void {
  showSide(h('h2', {}, title), h('p', { role: 'alert' }, message));
}

/** The first characters of a sentence, to tell its button from the others by name. */
const QUOTE_CHARS = 16;
const quoteOf = (sentence: string) => ([...sentence].length > QUOTE_CHARS ? `${[...sentence].slice(0, QUOTE_CHARS).join('')}…` : sentence);

/** One sentence with its document and date, and a button opening the document at it. */
export function evidenceItem(ev: Evidence, open: OpenDocument): HTMLLIElement {
  const meta = [ev.documentTitle ?? ev.documentId, ev.documentDate ?? ''].filter(Boolean).join(' · ');
  return h(
    'li',
    {},
    markChinese(h('div', { class: 'sentence' }, ev.sentence)),
    h(
      'div',
      { class: 'meta' },
      markChinese(h('span', {}, meta)),
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'open',
          'data-doc': ev.documentId,
          // Screen readers list buttons by name: each says which sentence it opens, not only 查看原文.
          'aria-label': t('evidence.openQuote', { quote: quoteOf(ev.sentence) }),
          onclick: () => open({ documentId: ev.documentId, start: ev.start, end: ev.end }),
        },
        t('evidence.open'),
      ),
    ),
  );
}

/** Lists the sentences an edge rests on, each once; each opens its document at that sentence. */
export function showEvidence(title: string, subtitle: string, evidence: readonly Evidence[], total: number, open: OpenDocument): void {
  const once = evidence.filter((ev, i) => evidence.findIndex((x) => x.documentId === ev.documentId && x.start === ev.start && x.end === ev.end) === i);
  showSide(
    markChinese(h('h2', {}, title)),
    h('p', { class: 'hint' }, subtitle, ' · ', t('evidence.count', { n: total })),
    once.length === 0
      ? h('p', {}, t('evidence.none'))
      : h('ol', { class: 'evidence', 'aria-label': t('evidence.title') }, ...once.map((ev) => evidenceItem(ev, open))),
  );
}

/** A node's evidence as one card per relation (see relationCards): which relation each sentence supports. */
export function showNodeEvidence(title: string, subtitle: string, cards: readonly HTMLElement[], total: number, actions?: (button: HTMLElement) => void): void {
  // 操作…: the node's menu (expand, hide, pin, path ends, comparison, roll-up…) from the panel, for the keyboard.
  const menuButton = actions
    ? h(
        'button',
        {
          type: 'button',
          class: 'node-actions',
          'aria-haspopup': 'menu',
          onclick: (e: Event) => {
            // The click must not reach the document, whose click handler closes the menu it just opened.
            e.stopPropagation();
            actions(e.currentTarget as HTMLElement);
          },
        },
        t('a11y.nodeActions'),
      )
    : null;
  showSide(
    markChinese(h('h2', {}, title)),
    menuButton,
    h('p', { class: 'hint' }, subtitle, ' · ', t('evidence.count', { n: total })),
    cards.length === 0 ? h('p', {}, t('evidence.none')) : h('div', { class: 'relation-cards', 'aria-label': t('evidence.title') }, ...cards),
  );
}

/** Shows a document's original text with one sentence highlighted and scrolled into view. */
export function showDocument(doc: DocumentResponse, ref: SentenceRef | undefined, back: (() => void) | undefined): void {
  const text = doc.text;
  const pre = h('div', { class: 'doc-text', lang: chineseLang(text) ?? 'zh-Hans' });
  if (ref && ref.end > ref.start && ref.end <= text.length) {
    pre.append(text.slice(0, ref.start), h('mark', { id: 'highlight' }, text.slice(ref.start, ref.end)), text.slice(ref.end));
  } else {
    pre.append(text);
  }
  const d = doc.document;
  showSide(
    back ? h('button', { type: 'button', onclick: back }, t('doc.back')) : null,
    markChinese(h('h2', {}, d.title)),
    markChinese(h('p', { class: 'hint' }, [d.date ?? '', listOf(d.places.map((p) => p.name))].filter(Boolean).join(' · '))),
    pre,
  );
  document.getElementById('highlight')?.scrollIntoView({ block: 'center' });
}

/** Lists the k shortest paths, each edge named with its own sentence (or a word that it has none). */
export function showPaths(res: PathsResponse, labelOf: (id: string) => string, edgeList: (edges: readonly string[]) => HTMLElement): void {
  if (res.paths.length === 0) {
    showSide(h('h2', {}, t('paths.title')), h('p', { class: 'paths-none' }, t('paths.none')));
    return;
  }
  const items = res.paths.map((p, i) =>
    h('li', { 'data-path': i }, markChinese(h('div', { class: 'path-nodes' }, p.nodes.map(labelOf).join(' → '))), edgeList(p.edges)),
  );
  showSide(h('h2', {}, t('paths.title')), h('p', { role: 'status' }, t('paths.result', { n: res.paths.length })), h('ol', {}, ...items));
}

const COUNT_KEYS = ['strategies', 'projects', 'organizations', 'documents'] as const satisfies readonly (keyof RollupCounts)[];

/**
 * A place rolled up to a level: one row per child with the counts the server summed over it, the rows' sum and the
 * whole area's distinct total (smaller when children share a strategy); a child's name selects it on the canvas.
 */
export function showRollup(res: RollupResponse, levelName: string, select: (id: string) => void, undo: () => void): void {
  const cells = (c: RollupCounts) => COUNT_KEYS.map((k) => h('td', { 'data-count': k }, String(c[k])));
  const counted = res.children.filter((c) => COUNT_KEYS.some((k) => c.counts[k] > 0));
  const zero = res.children.filter((c) => !counted.includes(c));
  const table = h(
    'table',
    { class: 'rollup', 'aria-label': t('rollup.panelTitle', { name: res.place.name, level: levelName }) },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('rollup.place')), ...COUNT_KEYS.map((k) => h('th', { scope: 'col' }, t(`rollup.${k}`))))),
    h(
      'tbody',
      {},
      ...counted.map((c) =>
        h(
          'tr',
          { 'data-id': c.id },
          h('th', { scope: 'row' }, markChinese(h('button', { type: 'button', class: 'link', onclick: () => select(c.id) }, c.name))),
          ...cells(c.counts),
        ),
      ),
      // Places with nothing recorded are one line, not a column of zeros; their names are a click away.
      zero.length > 0
        ? h(
            'tr',
            { 'data-row': 'zero' },
            h(
              'td',
              { colspan: COUNT_KEYS.length + 1 },
              h(
                'details',
                {},
                h('summary', {}, t('rollup.zeroRows', { n: zero.length })),
                ...zero.map((c) => markChinese(h('button', { type: 'button', class: 'link', 'data-id': c.id, onclick: () => select(c.id) }, c.name))),
              ),
            ),
          )
        : null,
    ),
    h(
      'tfoot',
      {},
      h('tr', { 'data-row': 'sum' }, h('th', { scope: 'row' }, t('rollup.sum')), ...cells(res.sum)),
      h('tr', { 'data-row': 'total' }, h('th', { scope: 'row' }, t('rollup.total')), ...cells(res.total)),
    ),
  );
  showSide(
    h('h2', {}, t('rollup.panelTitle', { name: res.place.name, level: levelName })),
    h('p', { class: 'hint' }, t('rollup.hint')),
    table,
    h('button', { type: 'button', class: 'rollup-undo', onclick: undo }, t('rollup.undo')),
  );
}
