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
  /** 0: must be named (selection, focus); 1: near it; 2: the rest. Lower ranks are placed first. */
  readonly rank: number;
  /** Within a rank, heavier first (degree): hubs are named before leaves. */
  readonly weight: number;
  /** The label's box as the renderer draws it. */
  readonly label: Box;
  /** The node's own shape. */
  readonly node: Box;
}

/**
 * Greedy placement: candidates in order of rank, then weight (ties keep the input order, so the same view always
 * gets the same labels); a label is skipped when its box touches one already placed, or — with `avoidNodes`, below
 * rank 0 — another node's shape (the explorer lets labels cross shapes: on a white plate they stay readable, and a
 * hub's label would otherwise never fit among its neighbours). A grid of buckets keeps this near-linear with thousands of candidates.
 */
export function chooseLabels(candidates: readonly LabelCandidate[], opts: { avoidNodes?: boolean } = {}): Set<string> {
  const chosen = new Set<string>();
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
  for (const c of candidates) for (const k of cells(c.node)) push(nodes, k, { id: c.id, box: c.node });
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.rank - b.c.rank || b.c.weight - a.c.weight || a.i - b.i);
  for (const { c } of order) {
    const keys = cells(c.label);
    const blocked = keys.some(
      (k) =>
        (placed.get(k) ?? []).some((b) => overlaps(b, c.label)) ||
        (opts.avoidNodes === true && c.rank > 0 && (nodes.get(k) ?? []).some((n) => n.id !== c.id && overlaps(n.box, c.label))),
    );
    if (blocked) continue;
    chosen.add(c.id);
    for (const k of keys) push(placed, k, c.label);
  }
  return chosen;
}
