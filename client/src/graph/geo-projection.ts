// Where places are: their longitude and latitude, and the projection of those onto the canvas.
import type cytoscape from 'cytoscape';

export type LonLat = { lon: number; lat: number };
export type Point = { x: number; y: number };

/** Longitude and latitude of a place that has them (provinces, cities and counties do; townships do not). */
export function lonLatOf(n: cytoscape.NodeSingular): LonLat | undefined {
  const lon = n.data('lon');
  const lat = n.data('lat');
  return n.data('type') === 'Place' && typeof lon === 'number' && typeof lat === 'number' ? { lon, lat } : undefined;
}

/** Smallest extent, in degrees, the view is scaled to: two places a street apart do not fill the screen. */
const MIN_SPAN_DEG = 0.5;

/**
 * Equirectangular projection with longitudes shrunk by cos(mean latitude), so a degree east looks as long as a
 * degree north around the places shown; north up; scaled so the places fill a width × height viewport.
 */
export function projectToViewport(points: ReadonlyMap<string, LonLat>, width: number, height: number): Map<string, Point> {
  const all = [...points.values()];
  const k = Math.cos(((all.reduce((s, p) => s + p.lat, 0) / Math.max(1, all.length)) * Math.PI) / 180);
  const xs = all.map((p) => p.lon * k);
  const ys = all.map((p) => p.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(width / Math.max(maxX - minX, MIN_SPAN_DEG), height / Math.max(maxY - minY, MIN_SPAN_DEG));
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const out = new Map<string, Point>();
  for (const [id, p] of points) out.set(id, { x: (p.lon * k - cx) * scale, y: -(p.lat - cy) * scale });
  return out;
}
