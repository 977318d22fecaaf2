// Traditional → Simplified with opencc-js (Taiwan phrases, `twp`), applied only where the text is Traditional.
import OpenCC from 'opencc-js';
import { OffsetTextBuilder, type OffsetText } from './offset-text';

let phrase: ((s: string) => string) | undefined;
let chars: ((s: string) => string) | undefined;
let traditionalOnly: Set<number> | undefined;

function converters() {
  if (!phrase || !chars) {
    phrase = OpenCC.Converter({ from: 'twp', to: 'cn' });
    chars = OpenCC.Converter({ from: 'tw', to: 'cn' });
  }
  return { phrase, chars: chars! };
}

/** Code points that character-level conversion changes: letters that only Traditional script writes. */
function traditionalChars(): Set<number> {
  if (traditionalOnly) return traditionalOnly;
  const { chars: conv } = converters();
  const letters: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) letters.push(String.fromCharCode(c));
  // One letter per line, so a letter that converts to two does not shift the others.
  const out = conv(letters.join('\n')).split('\n');
  const set = new Set<number>();
  if (out.length === letters.length) {
    for (let i = 0; i < letters.length; i++) if (out[i] !== letters[i]) set.add(letters[i]!.charCodeAt(0));
  }
  traditionalOnly = set;
  return set;
}

/** True for a letter only Traditional script writes (實, 蘭). */
export function isTraditionalLetter(code: number): boolean {
  return traditionalChars().has(code);
}

export type Script = 'simplified' | 'traditional' | 'mixed';

/** Counts Traditional-only letters: none → simplified, most CJK-heavy text with many → traditional, some → mixed. */
export function detectScript(text: string): { script: Script; traditional: number } {
  const set = traditionalChars();
  let trad = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      cjk++;
      if (set.has(c)) trad++;
    }
  }
  if (trad === 0) return { script: 'simplified', traditional: 0 };
  // Traditional prose has a Traditional-only letter every few characters; a stray one in Simplified text is "mixed".
  return { script: trad / Math.max(1, cjk) > 0.05 ? 'traditional' : 'mixed', traditional: trad };
}

const RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/**
 * Converts Traditional runs to Simplified with the `twp` phrase converter and maps offsets back.
 * Why only where Traditional letters are: `twp` also rewrites Simplified words as if they were Taiwanese usage
 * (建立→创建, 新增→添加, 文件→文档), so a phrase change is kept only when its own letters are Traditional.
 */
export function toSimplified(input: string): OffsetText {
  const set = traditionalChars();
  const { phrase: conv, chars: charConv } = converters();
  const b = new OffsetTextBuilder(input.length + 16);
  let last = 0;
  for (const m of input.matchAll(RUN)) {
    const run = m[0];
    const at = m.index;
    let hasTrad = false;
    for (let i = 0; i < run.length && !hasTrad; i++) hasTrad = set.has(run.charCodeAt(i));
    if (!hasTrad) continue;
    b.pushRun(input, last, at);
    const p = conv(run);
    const c = charConv(run);
    if (p.length === run.length && c.length === run.length) {
      // Same length: take the phrase result only inside windows where it differs and the source letters are Traditional.
      let i = 0;
      while (i < run.length) {
        if (p[i] === c[i]) {
          b.push(c[i]!, at + i, at + i + 1);
          i++;
          continue;
        }
        let j = i;
        let trad = false;
        while (j < run.length && p[j] !== c[j]) {
          if (set.has(run.charCodeAt(j))) trad = true;
          j++;
        }
        for (let k = i; k < j; k++) b.push(trad ? p[k]! : c[k]!, at + k, at + k + 1);
        i = j;
      }
    } else if (c.length === run.length) {
      alignInto(b, run, p, at);
    } else {
      alignInto(b, run, c.length === run.length ? c : p, at);
    }
    last = at + run.length;
  }
  b.pushRun(input, last, input.length);
  return b.build(input.length);
}

/**
 * Maps a converted run of different length back onto its source: equal prefix and suffix 1:1, the middle
 * proportionally (each output letter gets the source letters covering the same share of the middle).
 */
function alignInto(b: OffsetTextBuilder, src: string, out: string, at: number): void {
  let pre = 0;
  const { chars: charConv } = converters();
  const conv = (ch: string) => charConv(ch);
  while (pre < src.length && pre < out.length && conv(src[pre]!) === out[pre]) pre++;
  let suf = 0;
  while (suf < src.length - pre && suf < out.length - pre && conv(src[src.length - 1 - suf]!) === out[out.length - 1 - suf]) suf++;
  for (let i = 0; i < pre; i++) b.push(out[i]!, at + i, at + i + 1);
  const srcMid = src.length - pre - suf;
  const outMid = out.length - pre - suf;
  for (let k = 0; k < outMid; k++) {
    const s = pre + Math.floor((k * srcMid) / outMid);
    const e = pre + Math.max(Math.floor(((k + 1) * srcMid) / outMid), s - pre + 1);
    b.push(out[pre + k]!, at + s, at + Math.min(e, src.length - suf));
  }
  for (let i = 0; i < suf; i++) {
    const si = src.length - suf + i;
    b.push(out[out.length - suf + i]!, at + si, at + si + 1);
  }
}
