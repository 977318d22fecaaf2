// A text derived from an original one, with each of its characters mapped back to an original span.

/** Derived text plus, per UTF-16 unit i, the original span [start[i], end[i]) it came from. */
export interface OffsetText {
  text: string;
  start: Int32Array;
  end: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

/** Builds an OffsetText unit by unit; several units may share one original span (a replacement), spans may be skipped (a deletion). */
export class OffsetTextBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private n = 0;

  constructor(capacity = 1024) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  private grow(extra: number): void {
    if (this.n + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.n + extra);
    const s = new Int32Array(size);
    const e = new Int32Array(size);
    s.set(this.starts.subarray(0, this.n));
    e.set(this.ends.subarray(0, this.n));
    this.starts = s;
    this.ends = e;
  }

  /** Appends STR, every unit of it mapped to the original span [start, end). */
  push(str: string, start: number, end: number): void {
    this.grow(str.length);
    for (let i = 0; i < str.length; i++) {
      this.starts[this.n] = start;
      this.ends[this.n] = end;
      this.n++;
    }
    this.parts.push(str);
  }

  /** Appends SOURCE[from, to) unchanged, each unit mapped to itself shifted by OFFSET (its place in the original). */
  pushRun(source: string, from: number, to: number, offset = 0): void {
    if (to <= from) return;
    this.grow(to - from);
    for (let i = from; i < to; i++) {
      this.starts[this.n] = i + offset;
      this.ends[this.n] = i + offset + 1;
      this.n++;
    }
    this.parts.push(source.slice(from, to));
  }

  build(originalLength: number): OffsetText {
    return { text: this.parts.join(''), start: this.starts.slice(0, this.n), end: this.ends.slice(0, this.n), originalLength };
  }
}

/** Composes a mapping OUTER (derived from INNER's text) with INNER (derived from the original). */
export function compose(inner: OffsetText, outer: OffsetText): OffsetText {
  const n = outer.text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = outer.start[i]!;
    const b = Math.max(a + 1, outer.end[i]!);
    start[i] = inner.start[Math.min(a, inner.start.length - 1)] ?? inner.originalLength;
    end[i] = inner.end[Math.min(b - 1, inner.end.length - 1)] ?? inner.originalLength;
  }
  return { text: outer.text, start, end, originalLength: inner.originalLength };
}

/** The original span of the derived span [a, b). */
export function toOriginal(t: OffsetText, a: number, b: number): { start: number; end: number } {
  if (t.text.length === 0) return { start: 0, end: 0 };
  const s = t.start[Math.min(a, t.text.length - 1)]!;
  const e = b > a ? t.end[Math.min(b - 1, t.text.length - 1)]! : s;
  return { start: s, end: Math.max(s, e) };
}
