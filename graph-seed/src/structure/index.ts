// Document structure: section headings (一、 （一） 1. （1） and short title lines) and sentences, with offsets.
import type { Heading, Sentence } from '../extract/types';
import { toOriginal, type OffsetText } from '../normalize/offset-text';

/** A sentence in normalised coordinates (nStart/nEnd) with its original span. */
export interface NSentence extends Sentence {
  nStart: number;
  nEnd: number;
  /** Index of the innermost heading (in headings) the sentence belongs to, or -1. */
  headingIndex: number;
}

export interface NHeading extends Heading {
  nStart: number;
  nEnd: number;
}

export interface Structure {
  sentences: NSentence[];
  headings: NHeading[];
}

const CN_NUM = '一二三四五六七八九十';
const MARKERS: { re: RegExp; level: number }[] = [
  { re: new RegExp(`^[${CN_NUM}]{1,3}、`), level: 1 },
  { re: new RegExp(`^（[${CN_NUM}]{1,3}）`), level: 2 },
  { re: /^\d{1,2}[.．、](?!\d)/, level: 3 },
  { re: /^（\d{1,2}）/, level: 4 },
];
const TERMINAL = /[。！？；!?;：:，,、]$/;

/** Finds headings and sentences in the normalised text N; all offsets reported are original ones. */
export function analyseStructure(n: OffsetText, original: string): Structure {
  const text = n.text;
  const headings: NHeading[] = [];
  const sentences: NSentence[] = [];
  const stack: number[] = [];
  let lineStart = 0;
  const lines: { a: number; b: number }[] = [];
  while (lineStart <= text.length) {
    let e = text.indexOf('\n', lineStart);
    if (e < 0) e = text.length;
    lines.push({ a: lineStart, b: e });
    lineStart = e + 1;
  }
  for (let li = 0; li < lines.length; li++) {
    let { a, b } = lines[li]!;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (a >= b) continue;
    const line = text.slice(a, b);
    let heading: { level: number; marker: string; end: number } | null = null;
    for (const { re, level } of MARKERS) {
      const m = re.exec(line);
      if (!m) continue;
      const stop = line.search(/[。！？；]/);
      heading = { level, marker: m[0], end: a + (stop >= 0 ? stop : line.length) };
      break;
    }
    if (!heading && line.length <= 26 && !TERMINAL.test(line) && !/^[\d\s.—\-─]+$/.test(line)) {
      // A short unpunctuated line followed by prose is a title or an unnumbered section heading (“牢记嘱托 党建引领”).
      const next = lines.slice(li + 1).find((l) => text.slice(l.a, l.b).trim() !== '');
      if (next && next.b - next.a > line.length) heading = { level: 1, marker: '', end: b };
    }
    if (heading) {
      while (stack.length && headings[stack[stack.length - 1]!]!.level >= heading.level) stack.pop();
      const o = toOriginal(n, a, heading.end);
      headings.push({
        start: o.start,
        end: o.end,
        level: heading.level,
        marker: heading.marker,
        text: original.slice(o.start, o.end),
        nStart: a,
        nEnd: heading.end,
      });
      stack.push(headings.length - 1);
    }
    splitSentences(text, a, b, (s, e) => {
      const o = toOriginal(n, s, e);
      const hi = stack.length ? stack[stack.length - 1]! : -1;
      sentences.push({
        index: sentences.length,
        start: o.start,
        end: o.end,
        text: original.slice(o.start, o.end),
        section: hi >= 0 ? headings[hi]!.text : null,
        nStart: s,
        nEnd: e,
        headingIndex: hi,
      });
    });
  }
  return { sentences, headings };
}

const ENDS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '）', ')', '」', '』']);

/** Splits [a, b) of one line at sentence ends outside quotes; a closing quote right after an end stays with it. */
function splitSentences(text: string, a: number, b: number, emit: (s: number, e: number) => void): void {
  let s = a;
  let depth = 0;
  for (let i = a; i < b; i++) {
    const ch = text[i]!;
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    if (ENDS.has(ch) && (depth === 0 || nextIsCloser(text, i, b))) {
      let e = i + 1;
      while (e < b && CLOSERS.has(text[e]!)) {
        if (text[e] === '”') depth = Math.max(0, depth - 1);
        e++;
      }
      if (depth > 0) continue;
      push(text, s, e, emit);
      s = e;
      i = e - 1;
    }
  }
  if (s < b) push(text, s, b, emit);
}

function nextIsCloser(text: string, i: number, b: number): boolean {
  return i + 1 < b && CLOSERS.has(text[i + 1]!);
}

function push(text: string, s: number, e: number, emit: (s: number, e: number) => void) {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) emit(s, e);
}
