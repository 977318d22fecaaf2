// Pinyin keys of names (full syllables joined, and initials) for search by pinyin, and the edit distance near spellings are judged by.
import { pinyin } from 'pinyin-pro';

/** Bump when the keys change form: the schema step re-indexes every entity once when the stored number differs. */
export const PINYIN_SCHEME = 1;

const HAN = /\p{Script=Han}/u;

/** The pinyin of a name as one lowercase word (项目为王 → xiangmuweiwang) and its initials (xmww); Latin and digits kept. */
export function pinyinOf(text: string): { full: string; initials: string } {
  const parts = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
  const chars = [...text];
  let full = '';
  let initials = '';
  let at = 0;
  for (const part of parts) {
    // pinyin-pro returns one item per Han character and one per run of other characters, in order.
    const isHan = HAN.test(chars[at] ?? '');
    at += isHan ? 1 : [...part].length;
    const word = part.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (!word) continue;
    full += word;
    initials += isHan ? word[0] : word;
  }
  return { full, initials };
}

/**
 * The text the pinyin index holds for an entity: for its name and each alias, the full pinyin and the initials,
 * distinct, space-separated (the index splits on whitespace). Empty when no name has letters to give.
 */
export function pinyinKeys(name: string, aliases: readonly string[] = []): string {
  const keys = new Set<string>();
  for (const text of [name, ...aliases]) {
    const { full, initials } = pinyinOf(text);
    if (full) keys.add(full);
    if (initials) keys.add(initials);
    // ü is typed v by most input methods (lve) and u by others (lue): both find 略.
    if (full.includes('v')) keys.add(full.replace(/v/g, 'u'));
  }
  return [...keys].join(' ');
}

/** A query typed in Latin letters (and digits, spaces), read as pinyin or initials: lowercased, spaces removed. */
export function latinQuery(normalized: string): string | null {
  if (!/^[a-zA-Z0-9\s']+$/.test(normalized) || !/[a-zA-Z]/.test(normalized)) return null;
  return normalized.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance over code points (Han characters count one each); stops early above `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[y.length] ?? 0;
}
