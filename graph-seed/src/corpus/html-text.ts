// Plain text of an HTML fragment: one line per block (heading, paragraph, list item, table row), inline text joined.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);
const CELL = new Set(['TD', 'TH']);

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

/**
 * Text of an HTML body: each block element starts a line, so headings stay lines of their own and the
 * structure detector (一、 …, short title lines) sees them; white space inside a block collapses the way a
 * browser renders it, and table cells are separated by a space.
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as MinimalNode);
}

/** Text of a parsed DOM node, with the same line rules as htmlToText. */
export function nodeToText(root: MinimalNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\f\v\u00a0\u3000]+/g, (m) => (m.includes('\u3000') ? '\u3000' : ' ')).trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: MinimalNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(name) && !CELL.has(name);
    if (block) flush();
    if (CELL.has(name)) current += ' ';
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  // Chinese text wrapped in the source HTML gets a space at each line break; a browser shows none between CJK characters.
  return lines.map((l) => l.replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '')).join('\n');
}
