// `npm run eval [-- --verbose]`: extracts every gold-annotated document and prints precision/recall per type.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES } from '@policygraph/contract/graph-model';
import { readDocumentText } from '../corpus/read-text';
import { extractDocument } from '../extract';
import { score, type GoldFile, type TypeScore } from './score';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Gold annotations of sample documents, then of documents written to test generalisation. */
export const GOLD_DIRS = ['test/fixtures/gold', 'test/fixtures/generalisation'];

export function goldFiles(): { file: string; gold: GoldFile }[] {
  const out: { file: string; gold: GoldFile }[] = [];
  for (const dir of GOLD_DIRS) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs
      .readdirSync(abs)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      out.push({ file: path.join(dir, f), gold: JSON.parse(fs.readFileSync(path.join(abs, f), 'utf8')) as GoldFile });
    }
  }
  return out;
}

/** Scores one gold file (reads its text, extracts with its place). */
export function evaluate(gold: GoldFile): TypeScore[] {
  const file = path.join(ROOT, gold.text);
  const { text, encoding } = readDocumentText(file);
  const id = path.basename(file).replace(/\.[^.]+$/, '');
  return score(extractDocument({ id, text, placeCode: gold.placeCode, encoding }), gold);
}

const pct = (x: number) => x.toFixed(2);

function main() {
  const verbose = process.argv.includes('--verbose');
  const totals = new Map<string, { gold: number; predicted: number; matched: number }>();
  const groups = new Map<string, Map<string, { gold: number; predicted: number; matched: number }>>();
  const lines: string[] = ['| document | type | gold | found | correct | precision | recall |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const { file, gold } of goldFiles()) {
    const group = file.includes('generalisation') ? 'written for generalisation' : 'sample documents';
    const scores = evaluate(gold);
    for (const s of scores) {
      lines.push(`| ${path.basename(gold.text)} | ${s.type} | ${s.gold} | ${s.predicted} | ${s.matched} | ${pct(s.precision)} | ${pct(s.recall)} |`);
      for (const [key, map] of [
        [s.type, totals],
        [s.type, groups.get(group) ?? groups.set(group, new Map()).get(group)!],
      ] as const) {
        const t = map.get(key) ?? { gold: 0, predicted: 0, matched: 0 };
        t.gold += s.gold;
        t.predicted += s.predicted;
        t.matched += s.matched;
        map.set(key, t);
      }
      if (verbose && (s.missed.length || s.spurious.length)) {
        console.log(`${path.basename(gold.text)} ${s.type}\n  missed:   ${s.missed.join(' | ')}\n  spurious: ${s.spurious.join(' | ')}`);
      }
    }
  }
  console.log(lines.join('\n'));
  console.log('\nTotals (micro-averaged over documents):\n');
  console.log('| set | type | gold | found | correct | precision | recall |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [group, map] of [...groups, ['all', totals] as const]) {
    for (const type of ENTITY_TYPES) {
      const t = map.get(type);
      if (!t) continue;
      const p = t.predicted ? t.matched / t.predicted : 0;
      const r = t.gold ? t.matched / t.gold : 1;
      console.log(`| ${group} | ${type} | ${t.gold} | ${t.predicted} | ${t.matched} | ${pct(p)} | ${pct(r)} |`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
