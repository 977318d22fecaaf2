// A collision pass after a force layout: nodes whose shapes touch are pushed apart until none does (fcose keeps
// nodes apart on average, not always: two hubs sharing most neighbours end up on top of each other).

export interface Disc {
  readonly id: string;
  x: number;
  y: number;
  /** Half the node's larger side plus the gap wanted around it. */
  readonly r: number;
  /** Pinned by the reader: others move out of its way, it does not move. */
  readonly fixed?: boolean;
}

/**
 * Moves discs apart in place, each overlapping pair by the overlap shared between them (a fixed disc's share goes
 * to the other), for at most `rounds` rounds or until no pair overlaps. A grid of buckets keeps each round
 * near-linear. Returns the number of pairs still overlapping (0 unless the rounds ran out).
 */
export function separate(discs: Disc[], rounds = 60): number {
  if (discs.length < 2) return 0;
  const cell = Math.max(1, 2 * Math.max(...discs.map((d) => d.r)));
  let overlapping = 0;
  for (let round = 0; round < rounds; round++) {
    overlapping = 0;
    const grid = new Map<string, number[]>();
    discs.forEach((d, i) => {
      const key = `${Math.floor(d.x / cell)},${Math.floor(d.y / cell)}`;
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    });
    discs.forEach((a, i) => {
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++)
        for (let gy = cy - 1; gy <= cy + 1; gy++)
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (j <= i) continue;
            const b = discs[j]!;
            if (a.fixed && b.fixed) continue;
            let dx = b.x - a.x;
            let dy = b.y - a.y;
            let dist = Math.hypot(dx, dy);
            const want = a.r + b.r;
            if (dist >= want) continue;
            overlapping++;
            if (dist < 1e-6) {
              // Same spot: part them along a direction fixed by their order, so the result is the same every time.
              const angle = (j * 2.399963) % (2 * Math.PI);
              dx = Math.cos(angle);
              dy = Math.sin(angle);
              dist = 1;
            }
            const push = want - dist;
            const ux = dx / dist;
            const uy = dy / dist;
            const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
            const shareB = 1 - shareA;
            a.x -= ux * push * shareA;
            a.y -= uy * push * shareA;
            b.x += ux * push * shareB;
            b.y += uy * push * shareB;
          }
    });
    if (overlapping === 0) return 0;
  }
  return overlapping;
}
