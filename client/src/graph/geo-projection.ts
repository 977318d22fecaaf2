// The geographic layout's one projection, used by the layout (where places go), the base map (where outlines go)
// and the diffusion story: one formula, so outlines and nodes cannot drift apart.
import type { LonLat } from './lon-lat';

export type Point = { x: number; y: number };

/**
 * Equirectangular, north up: x = s·k·lon + a, y = −s·lat + b, with longitudes shrunk by k = cos(mean latitude of
 * the places), so a degree east looks as long as a degree north around them.
 */
export type GeoProjection = { readonly k: number; readonly s: number; readonly a: number; readonly b: number };

/** Where `p` goes under `g`. */
export const project = (g: GeoProjection, p: LonLat): Point => ({ x: g.s * g.k * p.lon + g.a, y: g.b - g.s * p.lat });

/** The longitude and latitude that `g` puts at `p` (the inverse of project). */
export const unproject = (g: GeoProjection, p: Point): LonLat => ({ lon: (p.x - g.a) / (g.s * g.k), lat: (g.b - p.y) / g.s });

/** `g` followed by a viewport's zoom and pan: model coordinates to rendered (screen) ones. */
export const rendered = (g: GeoProjection, zoom: number, pan: Point): GeoProjection => ({
  k: g.k,
  s: g.s * zoom,
  a: g.a * zoom + pan.x,
  b: g.b * zoom + pan.y,
});

/** cos(mean latitude): how much shorter a degree of longitude is than one of latitude around `points`. */
function lonScale(points: ReadonlyArray<LonLat>): number {
  return Math.cos(((points.reduce((t, p) => t + p.lat, 0) / Math.max(1, points.length)) * Math.PI) / 180);
}

/** Smallest extent, in degrees, the view is scaled to: two places a street apart do not fill the screen. */
const MIN_SPAN_DEG = 0.5;

/** The projection that fits `points` into a width × height viewport centred on the origin. */
export function viewportProjection(points: ReadonlyArray<LonLat>, width: number, height: number): GeoProjection {
  const k = lonScale(points);
  const xs = points.map((p) => p.lon * k);
  const ys = points.map((p) => p.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const s = Math.min(width / Math.max(maxX - minX, MIN_SPAN_DEG), height / Math.max(maxY - minY, MIN_SPAN_DEG));
  return { k, s, a: (-s * (minX + maxX)) / 2, b: (s * (minY + maxY)) / 2 };
}

/** Where each of `points` goes when they fill a width × height viewport (see viewportProjection). */
export function projectToViewport(points: ReadonlyMap<string, LonLat>, width: number, height: number): Map<string, Point> {
  const g = viewportProjection([...points.values()], width, height);
  const out = new Map<string, Point>();
  for (const [id, p] of points) out.set(id, project(g, p));
  return out;
}

/**
 * The projection a layout used, read back from where places stand now: the same k as viewportProjection (over the
 * same places), s, a and b by least squares over both axes, so a link's restored positions or a dragged place still
 * give the map the nodes stand on. Undefined under two places, or when they do not stand north up.
 */
export function fitProjection(places: ReadonlyArray<LonLat & Point>): GeoProjection | undefined {
  if (places.length < 2) return undefined;
  const n = places.length;
  const k = lonScale(places);
  const mu = places.reduce((t, p) => t + p.lon * k, 0) / n;
  const mv = places.reduce((t, p) => t + p.lat, 0) / n;
  const mx = places.reduce((t, p) => t + p.x, 0) / n;
  const my = places.reduce((t, p) => t + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of places) {
    const [u, v] = [p.lon * k - mu, p.lat - mv];
    num += (p.x - mx) * u - (p.y - my) * v;
    den += u * u + v * v;
  }
  if (den < 1e-9 || num <= 0) return undefined;
  const s = num / den;
  return { k, s, a: mx - s * mu, b: my + s * mv };
}

/**
 * The projection places stand on, when they stand on one: fitProjection, kept only when every place is within
 * `tolerance` (a share of their spread, plus a pixel for rounding) of where it puts them — the places of a
 * geographic layout are, those of a force layout are not.
 */
export function projectionOf(places: ReadonlyArray<LonLat & Point>, tolerance = 0.02): GeoProjection | undefined {
  const g = fitProjection(places);
  if (!g) return undefined;
  const xs = places.map((p) => p.x);
  const ys = places.map((p) => p.y);
  const room = tolerance * Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) + 1;
  return places.every((p) => {
    const q = project(g, p);
    return Math.hypot(q.x - p.x, q.y - p.y) <= room;
  })
    ? g
    : undefined;
}
