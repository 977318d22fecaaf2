// Character diff of two reused passages (longest common subsequence), so the side-by-side view can mark what changed.

/** A run of characters either both passages have (`same`) or only this one has. */
export interface DiffRun {
  text: string;
  same: boolean;
}

/**
 * The two passages as runs of shared and own characters, by the longest common subsequence. Passages are a
 * clause or two (tens of characters), so the quadratic table is a few thousand cells.
 */
export function diffPassages(a: string, b: string): { a: DiffRun[]; b: DiffRun[] } {
  const A = [...a];
  const B = [...b];
  const n = A.length;
  const m = B.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) table[i]![j] = A[i] === B[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const inA = new Array<boolean>(n).fill(false);
  const inB = new Array<boolean>(m).fill(false);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (A[i] === B[j]) {
      inA[i++] = true;
      inB[j++] = true;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return { a: runs(A, inA), b: runs(B, inB) };
}

function runs(chars: string[], same: boolean[]): DiffRun[] {
  const out: DiffRun[] = [];
  chars.forEach((c, i) => {
    const last = out[out.length - 1];
    if (last && last.same === same[i]) last.text += c;
    else out.push({ text: c, same: same[i]! });
  });
  return out;
}
