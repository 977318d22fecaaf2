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
  private starts: number[] = [];
  private ends: number[] = [];

  /** Appends STR, every unit of it mapped to the original span [start, end). */
  push(str: string, start: number, end: number): void {
    for (let i = 0; i < str.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.parts.push(str);
  }

  build(originalLength: number): OffsetText {
    return { text: this.parts.join(''), start: Int32Array.from(this.starts), end: Int32Array.from(this.ends), originalLength };
  }
}

/** The identity mapping of a text onto itself. */
export function identity(text: string): OffsetText {
  const n = text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end, originalLength: n };
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
