// Text reuse over a corpus: passages of different documents that say nearly the same thing, by MinHash/LSH, minus what everybody quotes.
import type { ReuseRow } from '@policygraph/contract/graph-writer';
import { bandKeys, jaccard, MinHasher, shingles, wording } from './minhash';
import type { Passage } from './passages';

/** Where a reused passage stands: its document, sentence and offsets in the original text. */
export interface PassageRef {
  documentId: string;
  sentence: number;
  start: number;
  end: number;
}

/** Two passages of different documents with nearly the same wording; `from` is in the later document. */
export interface ReusePair {
  from: PassageRef;
  to: PassageRef;
  /** Exact Jaccard of the two passages' character shingles, 0–1. */
  similarity: number;
}

export interface ReuseOptions {
  /** Shingle length in characters (3: a Chinese word or two; 4 lost passages with one character changed, see BENCHMARKS.md). */
  shingle?: number;
  /** LSH bands × rows = MinHash functions; 32 × 3 finds a pair at Jaccard 0.4 with probability ~0.88, at 0.5 ~0.99. */
  bands?: number;
  rows?: number;
  /** Pairs below this exact Jaccard are dropped after LSH proposed them. */
  threshold?: number;
  /** Passages with fewer wording characters are skipped: short headings and slogans match by accident. */
  minChars?: number;
  /** A passage found nearly verbatim in more documents than this is commonplace (everybody quotes it), not reuse. */
  commonDocuments?: number;
  /** Sentences to leave out before hashing (national boilerplate, see boilerplate.ts). */
  skip?: (text: string) => boolean;
}

export interface ReuseStats {
  passages: number;
  hashed: number;
  skippedShort: number;
  skippedBoilerplate: number;
  skippedCommon: number;
  candidates: number;
  pairs: number;
}

/** Buckets larger than this are commonplace wording by construction; enumerating their pairs would be quadratic. */
const MAX_BUCKET = 64;

/**
 * Finds reused passages: each passage is hashed once (shingles → MinHash → LSH band keys), only passages
 * sharing a band bucket become candidates, and each candidate is confirmed by its exact Jaccard. The work is
 * linear in passages plus the candidates, never all pairs. A passage whose near-copies span more than
 * `commonDocuments` documents is national or institutional boilerplate and is dropped with all its copies.
 *
 * Memory is flat typed arrays, not objects per passage: a Map of bucket arrays per band held ~90 bytes per
 * passage per band and ran out of a 4 GB heap at 10,000 documents (1.2 million passages × 32 bands, see
 * BENCHMARKS.md). Here the shingles of all passages share one array, the band keys another, and each band's
 * buckets are found by sorting that band's (key, passage) pairs packed into one float64 and reading equal runs.
 */
export function findReuse(passages: readonly Passage[], options: ReuseOptions = {}): { pairs: ReusePair[]; stats: ReuseStats } {
  const k = options.shingle ?? 3;
  const bands = options.bands ?? 32;
  const rows = options.rows ?? 3;
  const threshold = options.threshold ?? 0.4;
  const minChars = options.minChars ?? 10;
  const documents = new Set(passages.map((s) => s.documentId)).size;
  const commonDocuments = options.commonDocuments ?? Math.max(2, Math.ceil(documents * 0.02));
  const hasher = new MinHasher(bands * rows);
  const stats: ReuseStats = { passages: passages.length, hashed: 0, skippedShort: 0, skippedBoilerplate: 0, skippedCommon: 0, candidates: 0, pairs: 0 };

  // Hashed passages get slots 0…H−1: `slot[h]` is the passage, its shingles are `data[offsets[h]…offsets[h+1])`
  // and its band keys `keys[h·bands…]`.
  const slot = new Int32Array(passages.length);
  const offsets = new Uint32Array(passages.length + 1);
  const keys = new Int32Array(passages.length * bands);
  let data = new Uint32Array(1 << 16);
  let H = 0;
  passages.forEach((s, i) => {
    if (wording(s.text).length < minChars) {
      stats.skippedShort++;
      return;
    }
    if (options.skip?.(s.text)) {
      stats.skippedBoilerplate++;
      return;
    }
    const set = shingles(s.text, k);
    const at = offsets[H]!;
    if (at + set.length > data.length) {
      const grown = new Uint32Array(Math.max(data.length * 2, at + set.length));
      grown.set(data.subarray(0, at));
      data = grown;
    }
    data.set(set, at);
    offsets[H + 1] = at + set.length;
    bandKeys(hasher.signature(set), bands, rows, keys, H * bands);
    slot[H] = i;
    H++;
  });
  stats.hashed = H;
  const setOf = (h: number) => data.subarray(offsets[h]!, offsets[h + 1]!);
  const documentOf = (h: number) => passages[slot[h]!]!.documentId;

  // Each band's buckets: (key, slot) packed as key·2^indexBits + slot, sorted, equal keys side by side. Keys are
  // cut to the bits left beside the slot (53 in all); a collision only adds a candidate the exact check drops.
  const indexBits = Math.max(1, Math.ceil(Math.log2(H + 1)));
  const keyBits = Math.min(30, 53 - indexBits);
  const keyMask = 2 ** keyBits - 1;
  const scale = 2 ** indexBits;
  const packed = new Float64Array(H);
  // Buckets two to MAX_BUCKET passages share, flat: members in `members`, bucket b ends at `bucketEnds[b]`.
  const members: number[] = [];
  const bucketEnds: number[] = [];
  const common = new Uint8Array(H);
  for (let b = 0; b < bands; b++) {
    for (let h = 0; h < H; h++) packed[h] = (keys[h * bands + b]! & keyMask) * scale + h;
    packed.sort();
    for (let x = 0; x < H; ) {
      const key = Math.floor(packed[x]! / scale);
      let y = x + 1;
      while (y < H && Math.floor(packed[y]! / scale) === key) y++;
      if (y - x > 1) {
        const bucket = Array.from(packed.subarray(x, y), (v) => v % scale);
        // Commonplace: a bucket whose passages come from too many documents marks them all.
        if (bucket.length > MAX_BUCKET || new Set(bucket.map(documentOf)).size > commonDocuments) for (const h of bucket) common[h] = 1;
        else {
          members.push(...bucket);
          bucketEnds.push(members.length);
        }
      }
      x = y;
    }
  }
  stats.skippedCommon = common.reduce((n, c) => n + c, 0);

  const seen = new Set<number>();
  const pairs: ReusePair[] = [];
  let from = 0;
  for (const to of bucketEnds) {
    for (let x = from; x < to; x++) {
      const i = members[x]!;
      if (common[i]) continue;
      for (let y = x + 1; y < to; y++) {
        const j = members[y]!;
        if (common[j] || documentOf(i) === documentOf(j)) continue;
        const key = i < j ? i * H + j : j * H + i;
        if (seen.has(key)) continue;
        seen.add(key);
        stats.candidates++;
        const similarity = jaccard(setOf(i), setOf(j));
        if (similarity < threshold) continue;
        const [later, earlier] = laterFirst(passages[slot[i]!]!, passages[slot[j]!]!);
        pairs.push({ from: refOf(later), to: refOf(earlier), similarity });
      }
    }
    from = to;
  }
  pairs.sort((a, b) => b.similarity - a.similarity || a.from.documentId.localeCompare(b.from.documentId) || a.from.start - b.from.start);
  stats.pairs = pairs.length;
  return { pairs, stats };
}

const refOf = (p: Passage): PassageRef => ({ documentId: p.documentId, sentence: p.sentence, start: p.start, end: p.end });

/** The later of two passages' documents first (undated counts as latest; equal dates by document id, for a stable direction). */
function laterFirst(a: Passage, b: Passage): [Passage, Passage] {
  const da = a.date ?? '9999';
  const db = b.date ?? '9999';
  if (da !== db) return da > db ? [a, b] : [b, a];
  return a.documentId > b.documentId ? [a, b] : [b, a];
}

/**
 * One REUSES relationship per pair of documents, with its passage pairs (best first, at most `perPair`):
 * sentence ids on both sides, the passages' offsets as flat `[start, end, …]` lists, and each similarity.
 */
/** The loader's write port row (one home: @policygraph/contract/graph-writer). */
export type ReuseRelation = ReuseRow;

export function reuseRelations(pairs: readonly ReusePair[], perPair = 50): ReuseRelation[] {
  const byDocs = new Map<string, ReuseRelation>();
  for (const p of pairs) {
    const key = `${p.from.documentId}\u0000${p.to.documentId}`;
    const rel = byDocs.get(key) ?? { from: p.from.documentId, to: p.to.documentId, evidence: [], echoes: [], spans: [], echoSpans: [], similarities: [] };
    byDocs.set(key, rel);
    if (rel.evidence.length >= perPair) continue;
    rel.evidence.push(`${p.from.documentId}#${p.from.sentence}`);
    rel.echoes.push(`${p.to.documentId}#${p.to.sentence}`);
    rel.spans.push(p.from.start, p.from.end);
    rel.echoSpans.push(p.to.start, p.to.end);
    rel.similarities.push(Math.round(p.similarity * 1000) / 1000);
  }
  return [...byDocs.values()];
}
