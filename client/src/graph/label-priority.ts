// Which nodes get a label: the most important first, each only where its box touches no label already placed.
/** A box in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export interface LabelCandidate {
  readonly id: string;
  /** -1: drawn anyway (the selection), placed first whatever it touches; 0: must be named (focus, path); 1: near it; 2: the rest. Lower ranks are placed first. */
  readonly rank: number;
  /** Within a rank, heavier first (degree): hubs are named before leaves. */
  readonly weight: number;
  /** The label's box as the renderer draws it (under the node). */
  readonly label: Box;
  /** The same label drawn above the node, tried when the box under it is taken. */
  readonly above?: Box;
  /** The node's own shape. */
  readonly node: Box;
}

/** Where a chosen label is drawn. */
export type LabelSide = 'below' | 'above';

/** The middle half of a node's box: a label may graze a shape's rim, never cover the node itself. */
const core = (b: Box): Box => {
  const [w, h] = [(b.x2 - b.x1) / 4, (b.y2 - b.y1) / 4];
  return { x1: b.x1 + w, y1: b.y1 + h, x2: b.x2 - w, y2: b.y2 - h };
};

/**
 * Greedy placement: candidates in order of rank, then weight (ties keep the input order, so the same view always
 * gets the same labels); each takes the box under its node or, when that is taken, the one above it, and is skipped
 * when both touch a label already placed or — with `avoidNodes`, below rank 0 — the middle of another node (a
 * label may graze a shape's rim on its white plate: forbidding that too left every hub unnamed among its
 * neighbours). A grid of buckets keeps this near-linear with thousands of candidates.
 */
export function chooseLabels(candidates: readonly LabelCandidate[], opts: { avoidNodes?: boolean } = {}): Map<string, LabelSide> {
  const chosen = new Map<string, LabelSide>();
  if (candidates.length === 0) return chosen;
  const widths = candidates.map((c) => c.label.x2 - c.label.x1).sort((a, b) => a - b);
  const cell = Math.max(1, 2 * (widths[Math.floor(widths.length / 2)] ?? 1));
  const placed = new Map<string, Box[]>();
  const nodes = new Map<string, { id: string; box: Box }[]>();
  const cells = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x++)
      for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y++) out.push(`${x},${y}`);
    return out;
  };
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const c of candidates) {
    const box = core(c.node);
    for (const k of cells(box)) push(nodes, k, { id: c.id, box });
  }
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.rank - b.c.rank || b.c.weight - a.c.weight || a.i - b.i);
  const free = (c: LabelCandidate, box: Box) =>
    !cells(box).some(
      (k) =>
        (placed.get(k) ?? []).some((b) => overlaps(b, box)) ||
        (opts.avoidNodes === true && c.rank > 0 && (nodes.get(k) ?? []).some((n) => n.id !== c.id && overlaps(n.box, box))),
    );
  for (const { c } of order) {
    const side: LabelSide | undefined = c.rank < 0 || free(c, c.label) ? 'below' : c.above && free(c, c.above) ? 'above' : undefined;
    if (!side) continue;
    chosen.set(c.id, side);
    const box = side === 'below' ? c.label : c.above!;
    for (const k of cells(box)) push(placed, k, box);
  }
  return chosen;
}
