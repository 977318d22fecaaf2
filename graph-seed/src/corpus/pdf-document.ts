// A PDF as a document: the text layer in reading order (pages, columns), running headers/footers and page numbers dropped, lines re-joined.
import { getDocumentProxy } from 'unpdf';
import { DocumentReadError, type DocumentText } from './read-text';

/** One run of text as the PDF places it: x, y of its baseline start (points, from the bottom-left), width and font size. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

/** One page's runs and its size. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const WORDISH = /[A-Za-z0-9]/;
const PAGE_NUMBER = /^[-–—\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-–—\s]*$/;
/** Share of the page height at the top and bottom where running headers, footers and page numbers live. */
const MARGIN = 0.1;

/** Joins runs of one line, with a space only where Latin words or numbers meet across a visible gap. */
function joinRuns(items: PdfItem[]): string {
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const it of items) {
    const gap = it.x - end;
    if (out && gap > it.size * 0.3 && WORDISH.test(out.at(-1)!) && WORDISH.test(it.str[0]!)) out += ' ';
    out += it.str;
    end = it.x + it.w;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Groups runs into lines, top to bottom: runs whose baselines are within half a font size share a line. */
function toLines(items: PdfItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of sorted) {
    const g = groups.at(-1);
    if (g && Math.abs(g[0]!.y - it.y) < Math.max(g[0]!.size, it.size) * 0.5) g.push(it);
    else groups.push([it]);
  }
  return groups
    .map((g) => {
      g.sort((a, b) => a.x - b.x);
      return { text: joinRuns(g), x0: g[0]!.x, x1: Math.max(...g.map((i) => i.x + i.w)), y: g[0]!.y, size: Math.max(...g.map((i) => i.size)) };
    })
    .filter((l) => l.text !== '');
}

/**
 * Splits a page into reading regions: when a vertical gutter in the middle third is crossed by (almost) no
 * run and text lies on both sides, the left column is read before the right one; runs crossing the gutter
 * (a title, a full-width paragraph) are read before the columns when above them, after them otherwise.
 */
function regions(page: PdfPage): { items: PdfItem[]; spanning: boolean }[] {
  const { items, width } = page;
  if (items.length < 4) return [{ items, spanning: true }];
  let best = { x: 0, crossing: Number.POSITIVE_INFINITY };
  for (let x = width * 0.35; x <= width * 0.65; x += 2) {
    const crossing = items.filter((i) => i.x < x && i.x + i.w > x).length;
    if (crossing < best.crossing) best = { x, crossing };
  }
  const g = best.x;
  const left = items.filter((i) => i.x + i.w <= g);
  const right = items.filter((i) => i.x >= g);
  const spanning = items.filter((i) => i.x < g && i.x + i.w > g);
  const chars = (list: PdfItem[]) => list.reduce((n, i) => n + i.str.length, 0);
  const total = chars(items);
  const twoColumns = spanning.length <= items.length * 0.15 && chars(left) >= total * 0.15 && chars(right) >= total * 0.15 && toLines(right).length >= 3;
  if (!twoColumns) return [{ items, spanning: true }];
  const top = Math.max(...[...left, ...right].map((i) => i.y));
  return [
    { items: spanning.filter((i) => i.y > top), spanning: true },
    { items: left, spanning: false },
    { items: right, spanning: false },
    { items: spanning.filter((i) => i.y <= top), spanning: true },
  ].filter((r) => r.items.length > 0);
}

/** Text of a line with what a running header or footer keeps from page to page (digits vary). */
const furnitureKey = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * Runs in the top and bottom margins that are page furniture: page numbers ("3", "- 3 -", "第3页 共9页") and
 * lines repeated in the same margin on at least half the pages (two at least), such as a running title.
 */
function furniture(pages: PdfPage[]): Set<PdfItem> {
  const drop = new Set<PdfItem>();
  const marginLines = pages.map((p) => {
    const inMargin = p.items.filter((i) => i.y > p.height * (1 - MARGIN) || i.y < p.height * MARGIN);
    return toLines(inMargin).map((l) => ({ line: l, items: inMargin.filter((i) => Math.abs(i.y - l.y) < l.size * 0.5) }));
  });
  const seen = new Map<string, number>();
  for (const lines of marginLines) for (const k of new Set(lines.map((l) => furnitureKey(l.line.text)))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const repeated = Math.max(2, Math.ceil(pages.length / 2));
  for (const lines of marginLines) {
    for (const { line, items } of lines) {
      if (PAGE_NUMBER.test(line.text) || (seen.get(furnitureKey(line.text)) ?? 0) >= repeated) for (const i of items) drop.add(i);
    }
  }
  return drop;
}

/**
 * The pages' text as paragraphs, one per line. A line continues the paragraph when the one before it ran
 * to the region's right edge; it starts a new one after a short line, when indented, or after a wide gap.
 * Lines are joined without a space (Chinese has none), except between Latin words; a word hyphenated at
 * the line's end is joined whole.
 */
export function layoutText(pages: PdfPage[]): string {
  const drop = furniture(pages);
  const paragraphs: string[] = [];
  let open = false;
  const append = (text: string) => {
    const prev = paragraphs.at(-1)!;
    if (/[A-Za-z]-$/.test(prev) && /^[a-z]/.test(text)) paragraphs[paragraphs.length - 1] = prev.slice(0, -1) + text;
    else paragraphs[paragraphs.length - 1] = prev + (WORDISH.test(prev.at(-1)!) && WORDISH.test(text[0]!) ? ' ' : '') + text;
  };
  for (const page of pages) {
    const kept = { ...page, items: page.items.filter((i) => !drop.has(i) && i.str.trim() !== '') };
    const pageRight = Math.max(0, ...kept.items.map((i) => i.x + i.w));
    for (const region of regions(kept)) {
      const lines = toLines(region.items);
      if (lines.length === 0) continue;
      const left = Math.min(...lines.map((l) => l.x0));
      const right = region.spanning ? pageRight : Math.max(...lines.map((l) => l.x1));
      lines.forEach((line, i) => {
        const prev = lines[i - 1];
        const indented = line.x0 > left + line.size * 1.5;
        const gap = prev ? prev.y - line.y > Math.max(prev.size, line.size) * 1.9 : false;
        if (open && !indented && !gap) append(line.text);
        else paragraphs.push(line.text);
        open = line.x1 >= right - line.size * 1.5;
      });
    }
  }
  return paragraphs.join('\n');
}

/** Reads a PDF's pages as runs (pdf.js text layer), with the document's Title when it has one. */
async function readPages(bytes: Uint8Array, name: string): Promise<{ pages: PdfPage[]; title?: string }> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy, the caller keeps the original bytes.
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (err) {
    const e = err as Error;
    if (e?.name === 'PasswordException') throw new DocumentReadError(`${name}: the PDF is encrypted (password protected); save an unprotected copy`);
    throw new DocumentReadError(`${name}: broken PDF (${(e?.message ?? String(err)).split('\n')[0]})`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue;
        const [a, b, , , x, y] = raw.transform as number[];
        items.push({ str: raw.str, x: x!, y: y!, w: raw.width, size: Math.hypot(a!, b!) || raw.height || 10 });
      }
      pages.push({ width, height, items });
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { pages, ...(title ? { title } : {}) };
  } catch (err) {
    throw new DocumentReadError(`${name}: broken PDF (${((err as Error)?.message ?? String(err)).split('\n')[0]})`);
  } finally {
    await doc.destroy();
  }
}

/**
 * Text of a PDF with a text layer, as the reader sees it; offsets of the graph's evidence are into this text.
 * A PDF without one (a scan) is refused as "no text layer": OCR is not done here.
 */
export async function readPdf(bytes: Uint8Array, name: string): Promise<DocumentText & { title?: string }> {
  const { pages, title } = await readPages(bytes, name);
  const text = layoutText(pages);
  if (!text.trim()) throw new DocumentReadError(`${name}: the PDF has no text layer (a scan?); OCR it first or load its text`);
  return { text, encoding: 'pdf', ...(title ? { title } : {}) };
}
