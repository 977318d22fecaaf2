// A dictionary scanner: finds every listed form in a text, longest first, without overlaps, in one pass.

/** Forms grouped by first letter, then second letter, each group holding the lengths present, longest first. */
export class FormIndex {
  /** 1 where some form starts with this UTF-16 unit: most letters are rejected with one array read. */
  private starts = new Uint8Array(65536);
  private lengths = new Map<number, Map<number, number[]>>();
  readonly forms: Set<string>;

  constructor(forms: Iterable<string>) {
    this.forms = new Set([...forms].filter((f) => f.length >= 2));
    for (const f of this.forms) {
      const a = f.charCodeAt(0);
      const b = f.charCodeAt(1);
      this.starts[a] = 1;
      let inner = this.lengths.get(a);
      if (!inner) this.lengths.set(a, (inner = new Map()));
      const list = inner.get(b);
      if (!list) inner.set(b, [f.length]);
      else if (!list.includes(f.length)) list.push(f.length);
    }
    for (const inner of this.lengths.values()) for (const list of inner.values()) list.sort((x, y) => y - x);
  }

  /** Every form in TEXT, scanning left to right and taking the longest form at each position. */
  scan(text: string): { form: string; at: number }[] {
    const out: { form: string; at: number }[] = [];
    const n = text.length;
    let i = 0;
    while (i < n - 1) {
      const a = text.charCodeAt(i);
      if (this.starts[a] === 0) {
        i++;
        continue;
      }
      const lens = this.lengths.get(a)!.get(text.charCodeAt(i + 1));
      let hit: string | undefined;
      if (lens) {
        for (const len of lens) {
          if (i + len > n) continue;
          const s = text.substr(i, len);
          if (this.forms.has(s)) {
            hit = s;
            break;
          }
        }
      }
      if (hit) {
        out.push({ form: hit, at: i });
        i += hit.length;
      } else i++;
    }
    return out;
  }
}
