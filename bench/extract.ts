// npm run bench:extract — extraction throughput on one core over ≥1,000 synthetic documents (samples with other Henan counties).
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../graph-seed/src/extract';
import { gazetteer } from '../graph-seed/src/gazetteer/table';
import { normalize } from '../graph-seed/src/normalize';
import { syntheticCorpus } from './extract-corpus';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);

function main() {
  const t0 = performance.now();
  gazetteer();
  // Warm-up: loads the vocabulary, the place lexicon and opencc's dictionaries once, as a long-running loader would.
  extractDocument({ id: 'warm-up', text: '蘭考縣堅持“項目為王”，推進鼎新產業園等項目建設。' });
  const warm = performance.now() - t0;
  const docs = syntheticCorpus(path.join(ROOT, 'graph-seed/corpus'), DOCS);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  let entities = 0;
  let relations = 0;
  const times: number[] = [];
  // Baselines in the same run: a bare regex pass over the text, and the normalisation stage alone.
  const cpuTime = (f: () => void) => {
    const c = process.cpuUsage();
    f();
    const d = process.cpuUsage(c);
    return (d.user + d.system) / 1e6;
  };
  let han = 0;
  const bareS = cpuTime(() => {
    for (const d of docs) han += d.text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  });
  const normS = cpuTime(() => {
    for (const d of docs) normalize(d.text);
  });
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (const d of docs) {
    const t = performance.now();
    const r = extractDocument({ id: d.id, text: d.text, placeCode: d.placeCode });
    times.push(performance.now() - t);
    entities += r.entities.length;
    relations += r.relations.length;
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  const mb = bytes / 1e6;
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), node ${process.version}, one thread`);
  console.log(`warm-up (gazetteer, lexicon, vocabulary, opencc): ${warm.toFixed(0)} ms`);
  console.log(`documents: ${docs.length}, text: ${mb.toFixed(1)} MB UTF-8 (${(chars / 1e6).toFixed(2)} M characters)`);
  // CPU time of this one thread is the figure that travels: wall time also counts waiting for a busy machine.
  console.log(
    `extraction, CPU time of the process (one extraction thread): ${cpuS.toFixed(2)} s → ${(mb / cpuS).toFixed(2)} MB/s, ${(docs.length / cpuS).toFixed(0)} documents/s`,
  );
  console.log(
    `baseline, a bare regex pass over every letter: ${(mb / bareS).toFixed(1)} MB/s (${han} Chinese letters); normalisation alone: ${(mb / normS).toFixed(1)} MB/s`,
  );
  console.log(
    `extraction, wall clock: ${(ms / 1000).toFixed(2)} s → ${(mb / (ms / 1000)).toFixed(2)} MB/s (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
  );
  console.log(`per document: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms; ${entities} entities, ${relations} relations in all`);
  console.log(`peak RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
}

main();
