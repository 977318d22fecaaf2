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

/**
 * Variant letters of Traditional texts that opencc leaves as they are (陜 for 陝 in 陜西, 鑛 for 礦, 衞 for 衛, 緖 for
 * 緒): mapped one for one, so 陜投集团 is 陕投集团 like the rest of the converted text.
 */
const VARIANTS: Record<string, string> = { 陜: '陕', 鑛: '矿', 衞: '卫', 緖: '绪' };
const fixVariants = (s: string) => s.replace(/[陜鑛衞緖]/g, (ch) => VARIANTS[ch] ?? ch);
/**
 * 乾 is a Simplified letter too, the one of names (乾县, 乾安, 乾潭镇, 乾隆); opencc turns it into 干 (dry), which would
 * make every such place unreadable in a Traditional text. Kept as written: 乾燥 left unconverted costs nothing.
 */
const keepLetter = (src: string, out: string) => (src === '乾' && out === '干' ? src : out);

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
  for (const ch of Object.keys(VARIANTS)) set.add(ch.charCodeAt(0));
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
    const p = fixVariants(conv(run));
    const c = fixVariants(charConv(run));
    if (p.length === run.length && c.length === run.length) {
      // Same length: take the phrase result only inside windows where it differs and the source letters are Traditional.
      let i = 0;
      while (i < run.length) {
        if (p[i] === c[i]) {
          b.push(keepLetter(run[i]!, c[i]!), at + i, at + i + 1);
          i++;
          continue;
        }
        let j = i;
        let trad = false;
        while (j < run.length && p[j] !== c[j]) {
          if (set.has(run.charCodeAt(j))) trad = true;
          j++;
        }
        for (let k = i; k < j; k++) b.push(keepLetter(run[k]!, trad ? p[k]! : c[k]!), at + k, at + k + 1);
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
 * Maps a converted run of different length back onto its source (計程車與太空梭 → 出租车与航天飞机): letters that
 * stay equal after character conversion are matched by a longest common subsequence and keep their own span;
 * the letters between two matches share the source letters between them proportionally.
 */
function alignInto(b: OffsetTextBuilder, src: string, out: string, at: number): void {
  const { chars: charConv } = converters();
  const conv = fixVariants(charConv(src));
  const a = conv.length === src.length ? conv : src;
  const n = a.length;
  const m = out.length;
  const push = (ch: string, s: number, e: number) => {
    const s1 = Math.min(Math.max(0, s), n - 1);
    b.push(ch, at + s1, at + Math.min(n, Math.max(s1 + 1, e)));
  };
  if ((n + 1) * (m + 1) > 4_000_000) {
    // A run too long to align letter by letter (no punctuation for pages): spread it proportionally.
    for (let k = 0; k < m; k++) push(out[k]!, Math.floor((k * n) / m), Math.floor(((k + 1) * n) / m));
    return;
  }
  // LCS table, (n+1)×(m+1); runs are clauses of Chinese letters, so this stays small.
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = a[i] === out[j] ? dp[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
    }
  }
  const anchors: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === out[j]) {
      anchors.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  anchors.push([n, m]);
  let si = 0;
  let oj = 0;
  for (const [ai, aj] of anchors) {
    // Output letters oj..aj-1 come from source letters si..ai-1.
    const outGap = aj - oj;
    const srcGap = ai - si;
    for (let k = 0; k < outGap; k++) {
      const s0 = si + Math.floor((k * srcGap) / outGap);
      const s1 = Math.max(s0 + 1, si + Math.floor(((k + 1) * srcGap) / outGap));
      push(out[oj + k]!, Math.min(s0, Math.max(si, ai - 1)), Math.min(s1, Math.max(ai, si + 1)));
    }
    if (ai < n && aj < m) push(out[aj]!, ai, ai + 1);
    si = ai + 1;
    oj = aj + 1;
  }
}
