// npm run bench:load-memory — the loader's own memory while a large generated corpus streams through it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../graph-seed/src/load/load-corpus';
import type { LoadProgress } from '../graph-seed/src/load/progress';
import { createDriver } from '../server/src/db/driver';
import { Neo4jGraphWriter } from '../server/src/db/neo4j-writer';
import { machineLine, throwawayNeo4j } from './support/throwaway-neo4j';
import { syntheticExtraction, writeSyntheticCorpus } from './load-synthetic';

const SELF = fileURLToPath(import.meta.url);
const DOCS = Number(process.env.BENCH_MEMORY_DOCS ?? 10_000);
const EVERY = Number(process.env.BENCH_MEMORY_EVERY ?? 1000);

interface Sample {
  documents: number;
  seconds: number;
  rssMiB: number;
  heapUsedMiB: number;
  /** Heap still in use after a full garbage collection: what the loader actually holds on to. */
  heapLiveMiB: number;
  externalMiB: number;
}

interface ChildResult {
  samples: Sample[];
  peakRssMiB: number;
  loaded: number;
  failed: number;
  nodes: number;
  relationships: number;
}

const mib = (bytes: number) => bytes / 2 ** 20;

/**
 * Child: loads the corpus, sampling memory whenever another EVERY documents are done. Extraction is generated
 * per document while loading, as the real extractor runs, so nothing of the corpus is held up front.
 */
async function child(dir: string): Promise<ChildResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the child with --expose-gc');
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER!, password: process.env.NEO4J_PASSWORD!, database: 'neo4j' });
  const samples: Sample[] = [];
  const started = performance.now();
  const sample = (documents: number) => {
    const m = process.memoryUsage();
    gc();
    samples.push({
      documents,
      seconds: (performance.now() - started) / 1000,
      rssMiB: mib(m.rss),
      heapUsedMiB: mib(m.heapUsed),
      heapLiveMiB: mib(process.memoryUsage().heapUsed),
      externalMiB: mib(m.external),
    });
  };
  let next = EVERY;
  const progress: LoadProgress = {
    start: () => sample(0),
    update: ({ done }) => {
      if (done >= next) {
        sample(done);
        next = (Math.floor(done / EVERY) + 1) * EVERY;
      }
    },
    note: (line) => console.error(line),
    stop: () => {},
  };
  try {
    const summary = await loadCorpus(dir, new Neo4jGraphWriter(driver, 'neo4j'), { extract: (input) => syntheticExtraction(input.id), progress });
    return {
      samples,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      loaded: summary.loaded.length,
      failed: summary.failed.length,
      nodes: summary.nodesCreated,
      relationships: summary.relationshipsCreated,
    };
  } finally {
    await driver.close();
  }
}

function runChild(dir: string, env: NodeJS.ProcessEnv): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, '--child', dir], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as ChildResult);
      else reject(new Error(`loader child exited with ${code}: ${out.slice(-500)}`));
    });
  });
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-bench-load-memory-'));
  const corpus = path.join(root, 'corpus');
  const log = (line: string) => console.error(`[bench:load-memory] ${line}`);
  log(`writing ${DOCS.toLocaleString('en-US')} synthetic documents…`);
  writeSyntheticCorpus(corpus, DOCS);
  const neo4j = await throwawayNeo4j().catch((err: unknown) => {
    fs.rmSync(root, { recursive: true, force: true });
    throw err;
  });
  try {
    const env = { ...process.env, NEO4J_URI: neo4j.handle.uri, NEO4J_USER: neo4j.handle.user, NEO4J_PASSWORD: neo4j.handle.password };
    const loadBefore = os.loadavg();
    log(`loading them, sampling the loader's memory every ${EVERY.toLocaleString('en-US')} documents…`);
    const r = await runChild(corpus, env);
    const f1 = (n: number) => n.toFixed(1);
    console.log(`Machine: ${machineLine()}; load average at the start ${loadBefore.map(f1).join(' / ')}, at the end ${os.loadavg().map(f1).join(' / ')}`);
    console.log(
      `Corpus: ${DOCS.toLocaleString('en-US')} synthetic documents; ${r.loaded.toLocaleString('en-US')} loaded, ${r.failed} failed; ` +
        `${r.nodes.toLocaleString('en-US')} nodes and ${r.relationships.toLocaleString('en-US')} relationships created.\n`,
    );
    console.log('| documents done | elapsed s | RSS MiB | heap used MiB | heap live after GC MiB | external MiB |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const s of r.samples) {
      console.log(
        `| ${s.documents.toLocaleString('en-US')} | ${f1(s.seconds)} | ${f1(s.rssMiB)} | ${f1(s.heapUsedMiB)} | ${f1(s.heapLiveMiB)} | ${f1(s.externalMiB)} |`,
      );
    }
    const live = r.samples.slice(1).map((s) => s.heapLiveMiB);
    console.log(
      `\nPeak RSS of the loader process: ${r.peakRssMiB.toFixed(0)} MiB. Live heap after GC from the first to the last sample after the start: ` +
        `${f1(live[0] ?? 0)} → ${f1(live.at(-1) ?? 0)} MiB.`,
    );
  } finally {
    await neo4j.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) {
  child(process.argv[childAt + 1]!)
    .then((r) => console.log(JSON.stringify(r)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
} else {
  main().catch((err: unknown) => {
    console.error(`bench:load-memory failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
