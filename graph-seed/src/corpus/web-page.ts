// A saved web page as a document: its charset decoded (<meta charset>, GB2312/GBK), then Readability's article only.
import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { nodeToText } from './html-text';
import { DocumentReadError, type DocumentText } from './read-text';

/** GB2312 and GBK are subsets of GB18030: decoding with the superset never loses a character they can hold. */
function normaliseCharset(label: string): string | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(l)) return 'gb18030';
  if (/^utf-?8$/.test(l)) return 'utf-8';
  if (/^(big5|big5-hkscs)$/.test(l)) return 'big5';
  return iconv.encodingExists(l) ? l : null;
}

/** The page's declared charset, found the way browsers prescan: BOM first, then <meta> in the first 4 KB. */
export function declaredCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return meta ? normaliseCharset(meta[1]!) : null;
}

function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  let encoding = declaredCharset(bytes);
  if (!encoding) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      encoding = 'gb18030';
    }
  }
  const html = iconv.decode(Buffer.from(bytes), encoding).replace(/^\uFEFF/, '');
  return { html, encoding };
}

/** Elements that are never the article, removed before the fallback when Readability finds no article. */
const CHROME = 'script, style, noscript, nav, header, footer, aside, form, button, iframe, [role=navigation], [role=banner], [role=contentinfo]';

/**
 * The headline of a page title. Chinese government sites write `标题_兰考县人民政府网` (or `|`, `｜`, ` - `), and
 * Readability strips a site name only after ` | ` or ` - `; so the part that is the page's own heading is kept, else
 * the longest part (a headline is longer than the site's name), else the title as it was.
 */
export function headline(title: string | undefined, document: { querySelectorAll(s: string): Iterable<{ textContent: string | null }> }): string | undefined {
  if (!title) return title;
  const parts = title
    .split(/\s*[_｜|]\s*|\s+[-–—]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title;
  const headings = new Set([...document.querySelectorAll('h1, h2')].map((h) => (h.textContent ?? '').replace(/\s+/g, '')));
  return parts.find((p) => headings.has(p.replace(/\s+/g, ''))) ?? parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Extracts the article of a web page: Readability drops navigation, share buttons, comments and footers; a
 * page too short for it to score falls back to the body without the page chrome. Throws DocumentReadError
 * when nothing readable is left.
 */
export function readWebPage(bytes: Uint8Array, name: string): DocumentText & { title?: string } {
  const { html, encoding } = decodeHtml(bytes);
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || undefined;
  // Readability mutates the document it is given; parse a second copy for the fallback.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 100 }).parse();
  let text = '';
  if (article?.content) {
    const { document: articleDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = nodeToText(articleDoc.body as never);
  }
  if (!text.trim()) {
    for (const el of [...document.querySelectorAll(CHROME)]) el.remove();
    text = document.body ? nodeToText(document.body as never) : '';
  }
  if (!text.trim()) throw new DocumentReadError(`${name}: the web page has no readable text`);
  const title = headline(article?.title?.trim() || pageTitle, document);
  return { text, encoding, ...(title ? { title } : {}) };
}
