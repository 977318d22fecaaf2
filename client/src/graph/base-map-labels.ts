// Where the base map names its provinces: inside the part of each province on screen, clear of every node, node
// label, edge and control over the canvas; a province with no such room goes unnamed (zoomed far out, or under nodes).

/** A rectangle on screen (rendered pixels of the canvas). */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A province as drawn now: its rings in screen pixels ([x, y, x, y, …]) and their bounding box. */
export interface ScreenRegion {
  readonly code: string;
  readonly rings: readonly Float64Array[];
  readonly box: Rect;
}

/** What a label must keep clear of: boxes (nodes, their labels, controls) and segments (edges). */
export interface Obstacles {
  readonly boxes: readonly Rect[];
  readonly segments: ReadonlyArray<readonly [number, number, number, number]>;
}

const hit = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Even–odd point in polygon over all rings (a province's islands and holes alike). */
export function inside(region: ScreenRegion, x: number, y: number): boolean {
  const b = region.box;
  if (x < b.x1 || x > b.x2 || y < b.y1 || y > b.y2) return false;
  let odd = false;
  for (const r of region.rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [r[i]!, r[i + 1]!, r[j]!, r[j + 1]!];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/** Whether the segment from (x1, y1) to (x2, y2) crosses the rectangle (Liang–Barsky). */
function crosses([x1, y1, x2, y2]: readonly [number, number, number, number], r: Rect): boolean {
  // NaN would make every comparison below false, which reads as crossing.
  if (!(Number.isFinite(x1) && Number.isFinite(y1) && Number.isFinite(x2) && Number.isFinite(y2))) return false;
  let [t0, t1] = [0, 1];
  const [dx, dy] = [x2 - x1, y2 - y1];
  for (const [p, q] of [
    [-dx, x1 - r.x1],
    [dx, r.x2 - x1],
    [-dy, y1 - r.y1],
    [dy, r.y2 - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * Places one label per province that has room for it, largest visible province first: candidate centres on a grid
 * over the screen, nearest the middle of the province's visible part first; a candidate is taken when its whole box
 * (corners and centre) lies inside the province and on screen, and touches no obstacle and no label placed before.
 * `sizes` gives each province's label box (width, height); the answer is each named province's label centre.
 */
export function placeRegionLabels(
  regions: readonly ScreenRegion[],
  sizes: ReadonlyMap<string, { w: number; h: number }>,
  screen: { width: number; height: number },
  obstacles: Obstacles,
  step: number,
): Map<string, { x: number; y: number }> {
  const margin = 4;
  const view: Rect = { x1: margin, y1: margin, x2: screen.width - margin, y2: screen.height - margin };
  // Grid points inside each province on screen: its visible part, sampled.
  const points = new Map<string, Array<[number, number]>>();
  for (const region of regions) {
    if (!hit(region.box, view) || !sizes.has(region.code)) continue;
    const pts: Array<[number, number]> = [];
    const [gx1, gx2] = [Math.max(view.x1, region.box.x1), Math.min(view.x2, region.box.x2)];
    const [gy1, gy2] = [Math.max(view.y1, region.box.y1), Math.min(view.y2, region.box.y2)];
    for (let y = Math.ceil(gy1 / step) * step; y <= gy2; y += step)
      for (let x = Math.ceil(gx1 / step) * step; x <= gx2; x += step) if (inside(region, x, y)) pts.push([x, y]);
    if (pts.length > 0) points.set(region.code, pts);
  }
  const placed: Rect[] = [];
  const out = new Map<string, { x: number; y: number }>();
  const order = regions.filter((r) => points.has(r.code)).sort((a, b) => points.get(b.code)!.length - points.get(a.code)!.length);
  for (const region of order) {
    const pts = points.get(region.code)!;
    const { w, h } = sizes.get(region.code)!;
    const [mx, my] = [pts.reduce((t, p) => t + p[0], 0) / pts.length, pts.reduce((t, p) => t + p[1], 0) / pts.length];
    const byMiddle = [...pts].sort((a, b) => Math.hypot(a[0] - mx, a[1] - my) - Math.hypot(b[0] - mx, b[1] - my));
    for (const [x, y] of byMiddle) {
      const box: Rect = { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
      if (box.x1 < view.x1 || box.y1 < view.y1 || box.x2 > view.x2 || box.y2 > view.y2) continue;
      if (!(inside(region, box.x1, box.y1) && inside(region, box.x2, box.y1) && inside(region, box.x1, box.y2) && inside(region, box.x2, box.y2))) continue;
      // A little air around the name: it reads as the area's, not as a stray label of a node beside it.
      const pad: Rect = { x1: box.x1 - 4, y1: box.y1 - 3, x2: box.x2 + 4, y2: box.y2 + 3 };
      if (obstacles.boxes.some((o) => hit(o, pad)) || placed.some((o) => hit(o, pad)) || obstacles.segments.some((s) => crosses(s, pad))) continue;
      placed.push(pad);
      out.set(region.code, { x, y });
      break;
    }
  }
  return out;
}
