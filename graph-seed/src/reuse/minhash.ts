// Character-shingle MinHash signatures and LSH banding: near-duplicate sentences found without comparing every pair.

/** Characters of a sentence that carry its wording: CJK, letters and digits (punctuation and spaces dropped, NFKC-folded). */
export function wording(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

/** 32-bit FNV-1a of a string: a fast, well-spread hash for shingles (not for security). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The distinct k-character shingles of a text's wording, hashed and sorted ascending (so two sets intersect by
 * one merge, without building a Set); empty when the text is shorter than k.
 */
export function shingles(text: string, k: number): Uint32Array {
  const w = wording(text);
  const out = new Set<number>();
  for (let i = 0; i + k <= w.length; i++) out.add(fnv1a(w.slice(i, i + k)));
  return Uint32Array.from(out).sort();
}

/** Jaccard |A ∩ B| / |A ∪ B| of two sorted hashed shingle sets (exact, used to confirm LSH candidates). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** A deterministic stream of 32-bit seeds (mulberry32), so signatures are the same on every run and machine. */
function seeds(n: number, seed: number): Uint32Array {
  const out = new Uint32Array(n);
  let t = seed >>> 0;
  for (let i = 0; i < n; i++) {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    out[i] = (r ^ (r >>> 14)) >>> 0;
  }
  return out;
}

/** MinHash with `n` hash functions h_i(x) = fold((fmix32(x) ⊕ a_i) · b_i), each a_i, b_i fixed (b_i odd so the product permutes). */
export class MinHasher {
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;
  constructor(
    readonly n: number,
    seed = 20261201,
  ) {
    this.a = seeds(n, seed);
    this.b = seeds(n, seed ^ 0x9e3779b9).map((x) => x | 1);
  }

  /** The signature: for each hash function, the least value it takes over the shingles (all-ones for none). */
  signature(shingleSet: Uint32Array): Uint32Array {
    const n = this.n;
    const a = this.a;
    const b = this.b;
    const sig = new Uint32Array(n).fill(0xffffffff);
    for (const x of shingleSet) {
      // murmur3's finaliser once per shingle, so every bit of x reaches every bit of m; each function then
      // only XORs its seed, multiplies by its odd constant and folds the high bits down (a cheap permutation).
      let m = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
      m = Math.imul(m ^ (m >>> 13), 0xc2b2ae35);
      m ^= m >>> 16;
      for (let i = 0; i < n; i++) {
        let h = Math.imul(m ^ a[i]!, b[i]!);
        h = (h ^ (h >>> 15)) >>> 0;
        if (h < sig[i]!) sig[i] = h;
      }
    }
    return sig;
  }
}

/**
 * The LSH bucket keys of a signature: `bands` bands of `rows` values each, one key per band, a 30-bit hash of
 * the band's values (small integers, which V8 keeps unboxed in Map keys; a rare collision only adds a candidate
 * that the exact check then drops). Two sets share a band's bucket with probability 1 − (1 − J^rows)^bands, so
 * pairs near the threshold (1/bands)^(1/rows) and above are found while dissimilar ones almost never meet.
 */
export function bandKeys(sig: Uint32Array, bands: number, rows: number, keys = new Int32Array(bands), at = 0): Int32Array {
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < rows; r++) {
      h ^= sig[b * rows + r]!;
      h = Math.imul(h, 0x01000193);
      h ^= h >>> 15;
    }
    keys[at + b] = h & 0x3fffffff;
  }
  return keys;
}
