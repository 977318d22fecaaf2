// First normalisation pass on the original text: junk, damage, pinyin, widths, quotes and spaces, with warnings.
import type { ExtractionWarning } from '../extract/types';
import iconv from 'iconv-lite';
import { OffsetTextBuilder, type OffsetText } from './offset-text';
import { isTraditionalLetter } from './script';

/** The letter that stands where bytes were damaged: no pattern matches across it. */
export const BLOCKER = '□';

const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const cjkAt = (s: string, i: number) => i >= 0 && i < s.length && isCjk(s.charCodeAt(i));

interface Cut {
  start: number;
  end: number;
  /** What stands in the normalised text instead ('' = removed). */
  replacement: string;
  warning?: ExtractionWarning;
}

/** Tokens that web pages and word processors leave in copied text. */
const JUNK: { re: RegExp; what: string }[] = [
  { re: /\[bookmark:[^\]\n]{0,80}\]/g, what: 'word-processor bookmark' },
  { re: /<\/?[a-zA-Z][^<>\n]{0,80}>/g, what: 'HTML tag' },
  { re: /&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|#\d{2,5});/g, what: 'HTML entity' },
  { re: /https?:\/\/[^\s\u3000-\u303f\uff00-\uffef“”]+/g, what: 'URL' },
  { re: /^[ \t]*[—–-]{1,2}[ \t]*\d{1,4}[ \t]*[—–-]{1,2}[ \t]*$/gm, what: 'page number' },
  { re: /^[ \t]*第\s*\d{1,4}\s*页[ \t]*(?:共\s*\d{1,4}\s*页)?[ \t]*$/gm, what: 'page number' },
  { re: /【(?:纠错|糾錯|打印|列印|关闭|關閉|收藏|分享|责任编辑|責任編輯)[^】\n]{0,20}】/g, what: 'web page button' },
  { re: /(?:责任编辑|責任編輯)[:：]\s*[^\s，。,]{1,12}/g, what: 'editor credit' },
  { re: /(?:点击|點擊)(?:查看|进入|進入|阅读|閱讀)(?:原文|全文|更多)?/g, what: 'web page link text' },
  { re: /(?:扫一扫|掃一掃|扫码|掃碼)(?:分享|关注|關注)?(?:到微信|朋友圈)?/g, what: 'web page share text' },
  { re: /[\u200b-\u200f\u2060\ufeff\u00ad]/g, what: 'invisible character' },
];

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** A pinyin reading in brackets right after a Chinese letter: 現(xiàn), 蚌(bèng)埠, 长(zhang3). */
const PINYIN = new RegExp(`[(（]\\s*([a-zA-Zü${TONE}]{1,7}\\d?)\\s*[)）]`, 'g');

let gbk: ((s: string) => Buffer) | undefined;
/** True when at least two of the letters are outside GB2312's 3,755 common letters (after Traditional→Simplified they would be common). */
function looksLikeMojibake(run: string): boolean {
  gbk ??= (s: string) => iconv.encode(s, 'gbk');
  let rare = 0;
  for (const ch of run) {
    if (!isCjk(ch.charCodeAt(0))) break;
    const bytes = gbk(ch);
    const common = bytes.length === 2 && bytes[0]! >= 0xb0 && bytes[0]! <= 0xd7 && bytes[1]! >= 0xa1;
    if (!common && !isTraditionalLetter(ch.charCodeAt(0))) rare++;
  }
  return rare >= 2;
}

function collectCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const { re, what } of JUNK) {
    for (const m of text.matchAll(re)) {
      const silent = what === 'invisible character';
      cuts.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: '',
        warning: silent ? undefined : { code: 'junk-token', message: `removed ${what} “${m[0].slice(0, 40)}”`, start: m.index, end: m.index + m[0].length },
      });
    }
  }
  for (const m of text.matchAll(PINYIN)) {
    const syl = m[1]!;
    if (!cjkAt(text, m.index - 1)) continue;
    const toned = [...syl].some((ch) => TONE.includes(ch)) || /\d$/.test(syl);
    if (!toned) continue;
    cuts.push({
      start: m.index,
      end: m.index + m[0].length,
      replacement: '',
      warning: { code: 'pinyin-annotation', message: `removed pinyin reading “${m[0]}”`, start: m.index, end: m.index + m[0].length },
    });
  }
  // Damaged double-byte letters decoded as ASCII: “富?h域”, “奶,F代”: a ?/!/, plus one Latin letter between Chinese letters.
  for (const m of text.matchAll(/[?!？,][A-Za-z](?=[\u3400-\u9fff])/g)) {
    if (!cjkAt(text, m.index - 1)) continue;
    cuts.push({
      start: m.index,
      end: m.index + 2,
      replacement: BLOCKER,
      warning: { code: 'damaged-bytes', message: `damaged letter “${m[0]}” (a double-byte character lost its first byte)`, start: m.index, end: m.index + 2 },
    });
  }
  // A stray ?/! inside a word: “?” between Chinese letters, or “!” followed by mojibake (rare letters, “確!薄笆髴鹇浴”).
  for (const m of text.matchAll(/[?!](?=[\u3400-\u9fff])/g)) {
    if (!cjkAt(text, m.index - 1)) continue;
    if (m[0] === '!' && !looksLikeMojibake(text.slice(m.index + 1, m.index + 6))) continue;
    cuts.push({
      start: m.index,
      end: m.index + 1,
      replacement: BLOCKER,
      warning: { code: 'stray-punctuation', message: `stray “${m[0]}” inside a word`, start: m.index, end: m.index + 1 },
    });
  }
  for (const m of text.matchAll(/\uFFFD+/g)) {
    cuts.push({
      start: m.index,
      end: m.index + m[0].length,
      replacement: BLOCKER,
      warning: { code: 'replacement-char', message: `${m[0].length} undecodable byte(s) (U+FFFD)`, start: m.index, end: m.index + m[0].length },
    });
  }
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop overlapping cuts: the first (longest at a position) wins.
  const kept: Cut[] = [];
  let reach = -1;
  for (const c of cuts) {
    if (c.start < reach) continue;
    kept.push(c);
    reach = c.end;
  }
  return kept;
}

/** Letters the cleaning loop never changes: everything but spaces, quotes, ASCII punctuation and full-width forms. */
const PLAIN = /[^\s\u3000\u00a0"「」『』〝〞＂,;:()!?\uff10-\uff5a\ufe10-\ufe19\ufe30-\ufe6b\r]+/y;

/** ASCII punctuation written inside Chinese prose becomes its full-width form, so one set of patterns reads both. */
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };
/**
 * Small and vertical forms of Chinese punctuation (﹔ U+FE54, ﹐, ﹑, ︰ …), which some sites type instead of the usual ones:
 * written as the usual letter, so a list item or a clause ends at ﹔ as at ；.
 */
const SMALL_FORMS: Record<string, string> = {
  '\ufe10': '，',
  '\ufe11': '、',
  '\ufe12': '。',
  '\ufe13': '：',
  '\ufe14': '；',
  '\ufe15': '！',
  '\ufe16': '？',
  '\ufe30': '：',
  '\ufe35': '（',
  '\ufe36': '）',
  '\ufe41': '“',
  '\ufe42': '”',
  '\ufe43': '“',
  '\ufe44': '”',
  '\ufe50': '，',
  '\ufe51': '、',
  '\ufe54': '；',
  '\ufe55': '：',
  '\ufe56': '？',
  '\ufe57': '！',
  '\ufe59': '（',
  '\ufe5a': '）',
};
const QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '“', '』': '”', '〝': '“', '〞': '”', '＂': '"' };

/**
 * Cleans TEXT into a normalised form with an offset map; warnings carry original positions.
 * Never throws: any code unit either passes through, is mapped, or is removed.
 */
export function clean(text: string, warnings: ExtractionWarning[]): OffsetText {
  const cuts = collectCuts(text);
  for (const c of cuts) if (c.warning) warnings.push(c.warning);
  const b = new OffsetTextBuilder(text.length + 16);
  let ci = 0;
  let quoteOpen = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cut = cuts[ci];
    if (cut && cut.start === i) {
      if (cut.replacement) b.push(cut.replacement, cut.start, cut.end);
      i = cut.end;
      ci++;
      continue;
    }
    // Fast path: a run of letters that need nothing (most of the text) is copied at once.
    const stop = cut ? cut.start : n;
    PLAIN.lastIndex = i;
    const run = PLAIN.exec(text);
    if (run && run.index === i) {
      const to = Math.min(i + run[0].length, stop);
      if (to > i) {
        b.pushRun(text, i, to);
        i = to;
        continue;
      }
    }
    const ch = text[i]!;
    const c = text.charCodeAt(i);
    if (ch === '\r') {
      if (text[i + 1] !== '\n') b.push('\n', i, i + 1);
      i++;
      continue;
    }
    if (c >= 0xff10 && c <= 0xff19) {
      b.push(String.fromCharCode(c - 0xfee0), i, i + 1);
      i++;
      continue;
    }
    if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
      b.push(String.fromCharCode(c - 0xfee0), i, i + 1);
      i++;
      continue;
    }
    if (ch === '\u3000' || ch === '\u00a0' || ch === ' ' || ch === '\t') {
      // Spaces inside a Chinese word (“项目 为王”) are dropped; a run of spaces elsewhere becomes one space.
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\u3000' || text[j] === '\u00a0' || text[j] === '\t')) j++;
      const between = cjkAt(text, i - 1) && cjkAt(text, j);
      if (!(between && j - i === 1)) b.push(' ', i, j);
      i = j;
      continue;
    }
    const small = SMALL_FORMS[ch];
    if (small) {
      b.push(small, i, i + 1);
      i++;
      continue;
    }
    if (QUOTES[ch]) {
      let q = QUOTES[ch]!;
      if (q === '"') {
        q = quoteOpen ? '”' : '“';
        quoteOpen = !quoteOpen;
      }
      b.push(q, i, i + 1);
      i++;
      continue;
    }
    if (ch === '"') {
      // Straight quotes alternate open/close within a line.
      b.push(quoteOpen ? '”' : '“', i, i + 1);
      quoteOpen = !quoteOpen;
      i++;
      continue;
    }
    if (ch === '\n') quoteOpen = false;
    const full = HALF_TO_FULL[ch];
    if (full) {
      const prev = text[i - 1] ?? '';
      const next = text[i + 1] ?? '';
      const numeric = /\d/.test(prev) && /\d/.test(next);
      const nearCjk = cjkAt(text, i - 1) || cjkAt(text, i + 1) || /[”）)]/.test(prev) || /[“（(]/.test(next);
      if (!numeric && nearCjk) {
        b.push(full, i, i + 1);
        i++;
        continue;
      }
    }
    b.push(ch, i, i + 1);
    i++;
  }
  return b.build(n);
}
