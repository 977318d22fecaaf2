// Where a place is: its longitude and latitude, read from its node (the first view's layouts ask, so it stays small).
import type cytoscape from 'cytoscape';

export type LonLat = { lon: number; lat: number };

/** Longitude and latitude of a place that has them (provinces, cities and counties do; townships do not). */
export function lonLatOf(n: cytoscape.NodeSingular): LonLat | undefined {
  const lon = n.data('lon');
  const lat = n.data('lat');
  return n.data('type') === 'Place' && typeof lon === 'number' && typeof lat === 'number' ? { lon, lat } : undefined;
}
