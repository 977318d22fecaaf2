// The hierarchy layout's wide ranks folded into rows, so the admin tree and strategy programmes read at a normal zoom.
/** Column and row pitch of a wrapped hierarchy rank, in model pixels (a node, its 13-px label and some air). */
const RANK_COL = 96;
const RANK_ROW = 78;
/** Space between two ranks of the hierarchy, beyond their rows. */
const RANK_GAP = 60;

/**
 * Folds the hierarchy's wide ranks into several rows. Dagre puts every node of a rank on one line, so a city's
 * forty townships made a strip that fitted the screen only at zoom 0.35, every label hidden. Each rank keeps
 * dagre's order (siblings stay together, crossings stay few) and is cut into rows of at most `perRow`, chosen so
 * that the whole tree takes roughly the screen's shape; ranks stay in dagre's order top to bottom.
 */
export function wrapRanks(nodes: readonly { id: string; x: number; y: number }[], aspect: number): Map<string, { x: number; y: number }> {
  const ranks = new Map<number, { id: string; x: number; y: number }[]>();
  for (const n of nodes) {
    const key = Math.round(n.y);
    const list = ranks.get(key);
    if (list) list.push(n);
    else ranks.set(key, [n]);
  }
  const perRow = Math.max(8, Math.round(Math.sqrt((nodes.length * aspect * RANK_ROW) / RANK_COL)));
  const out = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (const key of [...ranks.keys()].sort((a, b) => a - b)) {
    const rank = ranks.get(key)!.sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
    for (let start = 0; start < rank.length; start += perRow) {
      const row = rank.slice(start, start + perRow);
      row.forEach((n, i) => void out.set(n.id, { x: (i - (row.length - 1) / 2) * RANK_COL, y }));
      y += RANK_ROW;
    }
    y += RANK_GAP;
  }
  return out;
}
