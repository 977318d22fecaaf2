// Search normalisation: folds a query to the form names are stored in (NFKC, Simplified) and builds the Lucene query for it.
import * as OpenCC from 'opencc-js';

// Taiwan and Hong Kong variants both fold to Mainland Simplified: 蘭考 → 兰考, 臺灣 → 台湾.
const toSimplifiedFromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toSimplifiedFromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Folds a user query to the stored form: full-width to half-width (NFKC), Traditional to Simplified, spaces collapsed. */
export function normalizeQuery(raw: string): string {
  const nfkc = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return toSimplifiedFromHk(toSimplifiedFromTw(nfkc));
}

// Lucene's reserved characters; `&&` and `||` are covered by escaping & and | one by one.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes text so Lucene reads it as literal characters. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query for a normalised search: the whole text as a phrase (the cjk analyzer indexes
 * overlapping character pairs, so 兰考 matches 兰考县), OR'd with a prefix on each word so that a single
 * character or a half-typed Latin word still suggests names.
 */
export function luceneQuery(normalized: string): string {
  const words = normalized.split(' ').filter((w) => w.length > 0);
  const phrase = `"${normalized.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  const prefixes = words.map((w) => `${escapeLucene(w.toLowerCase())}*`);
  return [phrase, ...prefixes].join(' OR ');
}
