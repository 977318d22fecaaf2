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

  const sets: (Uint32Array | undefined)[] = new Array(passages.length);
  // One map per band: a band's keys only ever meet keys of the same band.
  const bandMaps = Array.from({ length: bands }, () => new Map<number, number[]>());
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
    sets[i] = set;
    stats.hashed++;
    const keys = bandKeys(hasher.signature(set), bands, rows);
    for (let b = 0; b < bands; b++) {
      const map = bandMaps[b]!;
      const list = map.get(keys[b]!);
      if (list) list.push(i);
      else map.set(keys[b]!, [i]);
    }
  });

  // Commonplace: a bucket whose passages come from too many documents marks them all.
  const common = new Set<number>();
  // Only buckets that two or more passages fell into can propose pairs.
  const shared = bandMaps.flatMap((m) => [...m.values()].filter((members) => members.length > 1));
  for (const members of shared) {
    const docs = new Set(members.map((i) => passages[i]!.documentId));
    if (docs.size > commonDocuments || members.length > MAX_BUCKET) for (const i of members) common.add(i);
  }
  stats.skippedCommon = common.size;

  const seen = new Set<string>();
  const pairs: ReusePair[] = [];
  for (const members of shared) {
    if (members.length > MAX_BUCKET) continue;
    for (let x = 0; x < members.length; x++) {
      const i = members[x]!;
      if (common.has(i)) continue;
      for (let y = x + 1; y < members.length; y++) {
        const j = members[y]!;
        if (common.has(j) || passages[i]!.documentId === passages[j]!.documentId) continue;
        const key = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        stats.candidates++;
        const similarity = jaccard(sets[i]!, sets[j]!);
        if (similarity < threshold) continue;
        const [later, earlier] = laterFirst(passages[i]!, passages[j]!);
        pairs.push({ from: refOf(later), to: refOf(earlier), similarity });
      }
    }
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
