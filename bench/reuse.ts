// npm run bench:reuse — text reuse (passages → MinHash/LSH → confirmed pairs) over 1,000 and 10,000 synthetic documents, no Neo4j.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest } from '../graph-seed/src/corpus/manifest';
import { corpusReuse, type CorpusSentence } from '../graph-seed/src/reuse/index';
import { prng } from './support/prng';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.BENCH_DOCS ?? '1000,10000').split(',').map(Number);
const SENTENCES_PER_DOC = 40;

/** Characters drawn with the samples' own frequencies, so shingles collide as often as in real policy text. */
function characterPool(): string[] {
  const dir = path.join(ROOT, 'graph-seed/corpus');
  return readManifest(dir).documents.flatMap((d) => [...fs.readFileSync(path.join(dir, d.file), 'utf8')].filter((c) => /\p{Script=Han}/u.test(c)));
}

/**
 * COUNT documents of SENTENCES_PER_DOC sentences of 2–4 clauses each. Every document opens with the same
 * national formula (which the pass must leave out); one in fifty copies three clauses of an earlier document
 * with one or two characters changed (which it must find).
 */
function syntheticCorpus(count: number, seed: number) {
  const next = prng(seed);
  const pool = characterPool();
  const clause = () => Array.from({ length: 10 + Math.floor(next() * 10) }, () => pool[Math.floor(next() * pool.length)]).join('');
  const docs: { id: string; date: string; sentences: string[] }[] = [];
  const planted: { from: string; to: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const id = `d${String(i).padStart(5, '0')}`;
    const date = `${2015 + Math.floor((i / count) * 9)}-${String(1 + (i % 12)).padStart(2, '0')}`;
    const sentences = ['全面贯彻党的二十大精神，增强“四个意识”、坚定“四个自信”、做到“两个维护”。'];
    for (let s = 1; s < SENTENCES_PER_DOC; s++) sentences.push(`${Array.from({ length: 2 + Math.floor(next() * 3) }, clause).join('，')}。`);
    if (i > 0 && i % 50 === 0) {
      const source = docs[Math.floor(next() * docs.length)]!;
      for (let k = 0; k < 3; k++) {
        const original = source.sentences[1 + Math.floor(next() * (SENTENCES_PER_DOC - 1))]!.split('，')[0]!.replace(/。$/, '');
        const chars = [...original];
        for (let c = 0; c < 1 + Math.floor(next() * 2); c++) chars[Math.floor(next() * chars.length)] = '甲';
        sentences[1 + k] = `${chars.join('')}，${clause()}。`;
        planted.push({ from: id, to: source.id, text: original });
      }
    }
    docs.push({ id, date, sentences });
  }
  const rows: CorpusSentence[] = docs.flatMap((d) => {
    let start = 0;
    return d.sentences.map((text, index) => {
      const row = { documentId: d.id, index, start, text, date: d.date };
      start += text.length;
      return row;
    });
  });
  return { rows, planted };
}

function main() {
  console.log(`# text reuse benchmark — ${SENTENCES_PER_DOC} sentences a document, Node ${process.version}, one core`);
  for (const size of SIZES) {
    const { rows, planted } = syntheticCorpus(size, 20_261_201 + size);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const { relations, stats } = corpusReuse(rows);
    const cpu = process.cpuUsage(cpu0);
    const ms = performance.now() - t0;
    const found = new Set(relations.map((r) => `${r.from}->${r.to}`));
    const plantedPairs = new Set(planted.map((p) => `${p.from}->${p.to}`));
    const hit = [...plantedPairs].filter((k) => found.has(k)).length;
    const extra = [...found].filter((k) => !plantedPairs.has(k)).length;
    const pairs = relations.reduce((n, r) => n + r.evidence.length, 0);
    const allPairs = (stats.hashed * (stats.hashed - 1)) / 2;
    console.log(
      `${size} documents: ${rows.length.toLocaleString('en-US')} sentences, ${stats.passages.toLocaleString('en-US')} passages (${stats.quotingTheCentre.toLocaleString('en-US')} sentences quoting the centre and ${stats.skippedBoilerplate.toLocaleString('en-US')} boilerplate passages left out, ${stats.skippedCommon} commonplace) — ` +
        `${(ms / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; ${stats.candidates.toLocaleString('en-US')} candidate pairs checked ` +
        `(all pairs would be ${allPairs.toExponential(1)}); planted document pairs found ${hit}/${plantedPairs.size}, other document pairs ${extra}, passage pairs ${pairs}; peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
    );
  }
}

main();
