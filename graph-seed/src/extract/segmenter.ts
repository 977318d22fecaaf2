// A Chinese word segmenter (jieba's dictionary and tags, @node-rs/jieba), asked only one question: is a short
// string a brand, a coined name that is not an ordinary word? Firms are named by brands (汇盛, 中氦, 佳士博) that
// the dictionary does not know, while the phrases that look like them (现代农业, 智慧能源) are made of its words.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
/** Loaded on the first question (about 0.2 s), then kept: the dictionary is built once per process. */
const segmenter = () => (jieba ??= Jieba.withDict(dict));

/** Loads the dictionary now: the firm extractors call it with their vocabulary, so a warm-up document loads both. */
export function loadSegmenter(): void {
  segmenter();
}

/** Tags of proper names and of letters the dictionary has no word for: what a brand is cut into. */
const NAME_TAGS = new Set(['nz', 'nr', 'nrt', 'nrfg', 'nt', 'x', 'g', 'zg', 'ng', 'o']);
/** Letters that open ordinary phrases, not brands (新建…, 县…, 各…), and words the dictionary lacks (冷链). */
const NOT_BRAND_START =
  /^(?:[新大小老总全各本该县市区镇乡村省年月日第每某其此这那])|^(?:冷链|智慧|数字|绿色|现代|生态|高端|特色|循环|低碳|清洁|农副|中小|优质)/;
const cache = new Map<string, boolean>();

/** True when the dictionary's cut of NAME has a word boundary after its first AT letters (东晓生物|高品质, not 电子|商务). */
export function wordBoundaryAt(name: string, at: number): boolean {
  let n = 0;
  for (const w of segmenter().cut(name, false)) {
    n += w.length;
    if (n === at) return true;
    if (n > at) return false;
  }
  return n === at;
}

/**
 * True when S (2–6 letters) is cut by the dictionary into single letters only (汇/盛, 佳/士/博) or is one proper
 * name (华能/nz, 威特/nrt): a coined brand, not a phrase of ordinary words (现代, 智慧, 长江/ns).
 */
export function brandLike(s: string): boolean {
  if (s.length < 2 || s.length > 6 || !/^[\u4e00-\u9fff]+$/.test(s) || NOT_BRAND_START.test(s)) return false;
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const words = segmenter().tag(s, false);
  const ok = words.every((w) => w.word.length === 1 || NAME_TAGS.has(w.tag)) && (words.length >= 2 || NAME_TAGS.has(words[0]!.tag));
  if (cache.size > 50_000) cache.clear();
  cache.set(s, ok);
  return ok;
}
