// npm run bench:load — the loader vs a bare UNWIND/MERGE script on the same rows, in a throw-away Neo4j.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpusEntries } from '../graph-seed/src/load/corpus-entries';
import { documentGraph } from '../graph-seed/src/load/document-rows';
import type { DocumentGraph } from '@policygraph/contract/graph-writer';
import { loadCorpus } from '../graph-seed/src/load/load-corpus';
import { BARE } from '../server/src/db/cypher/bench';
import { createDriver } from '../server/src/db/driver';
import { Neo4jGraphWriter } from '../server/src/db/neo4j-writer';
import { toNumber } from '../server/src/db/records';
import { machineLine, throwawayNeo4j } from './support/throwaway-neo4j';
import { syntheticExtraction, writeSyntheticCorpus } from './load-synthetic';

const SELF = fileURLToPath(import.meta.url);
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const BATCH = Number(process.env.BENCH_BATCH ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

interface PhaseResult {
  phase: string;
  ms: number;
  /** CPU seconds of the phase's Node process plus the Neo4j JVM: robust to other processes' load, unlike wall time. */
  cpuS?: number;
  nodeCpuS?: number;
  nodes: number;
  relationships: number;
  peakRssMiB: number;
  note?: string;
}

function connectionFromEnv() {
  return { uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER!, password: process.env.NEO4J_PASSWORD!, database: 'neo4j' };
}

type BenchDriver = ReturnType<typeof createDriver>;

/** CPU seconds used by this process so far (user + system). */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU seconds used by another process so far, from /proc (Linux), in clock ticks of 1/100 s. */
function processCpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function run(driver: BenchDriver, query: string, params: Record<string, unknown> = {}) {
  const session = driver.session({ database: 'neo4j' });
  try {
    return await session.run(query, params);
  } finally {
    await session.close();
  }
}

async function graphCounts(driver: BenchDriver) {
  const rec = (await run(driver, BARE.counts)).records[0]!;
  return { nodes: toNumber(rec.get('nodes')), relationships: toNumber(rec.get('relationships')) };
}

/**
 * Child phase: the real loader over the corpus folder (reading, hashing, rows, writes, all timed). The
 * extractions are generated before the clock starts, as the bare script's rows are: this measures the loader.
 */
async function phaseLoad(dir: string): Promise<PhaseResult> {
  const driver = createDriver(connectionFromEnv());
  try {
    const writer = new Neo4jGraphWriter(driver, 'neo4j', { batchSize: BATCH });
    const extractions = new Map(readCorpusEntries(dir).sources.map((s) => [s.meta.id, syntheticExtraction(s.meta.id)]));
    const cpuBefore = cpuSeconds();
    const started = performance.now();
    const summary = await loadCorpus(dir, writer, { extract: (input) => extractions.get(input.id)! });
    const ms = performance.now() - started;
    if (summary.failed.length) throw new Error(`${summary.failed.length} documents failed: ${summary.failed[0]!.reason}`);
    return {
      phase: 'loader',
      ms,
      nodeCpuS: cpuSeconds() - cpuBefore,
      ...(await graphCounts(driver)),
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      note: `${summary.loaded.length} loaded, ${summary.unchanged.length} unchanged`,
    };
  } finally {
    await driver.close();
  }
}

/** Child phase: the same rows (built before the clock starts) through the simplest UNWIND/MERGE, BATCH rows per transaction. */
async function phaseBare(dir: string): Promise<PhaseResult> {
  const { sources } = readCorpusEntries(dir);
  const graphs: DocumentGraph[] = sources.map((s) => documentGraph(s.meta, fs.readFileSync(s.path, 'utf8'), syntheticExtraction(s.meta.id), 'utf-8'));
  const driver = createDriver(connectionFromEnv());
  const all = <T>(f: (g: DocumentGraph) => T[]) => graphs.flatMap(f);
  const write = async (query: string, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const session = driver.session({ database: 'neo4j' });
      try {
        await session.executeWrite((tx) => tx.run(query, { rows: rows.slice(i, i + BATCH) }));
      } finally {
        await session.close();
      }
    }
  };
  try {
    const cpuBefore = cpuSeconds();
    const started = performance.now();
    await write(
      BARE.nodes.Document,
      all((g) => [g.document]),
    );
    await write(
      BARE.nodes.Sentence,
      all((g) => g.sentences),
    );
    await write(
      BARE.nodes.Place,
      all((g) => g.places),
    );
    for (const label of ['Strategy', 'Project', 'Organization'] as const) {
      await write(
        BARE.nodes[label],
        all((g) => g.entities.filter((e) => e.label === label).map(({ label: _, ...row }) => row)),
      );
    }
    for (const label of ['Place', 'Strategy', 'Project', 'Organization'] as const) {
      await write(
        BARE.mentions[label],
        all((g) => g.mentions.filter((m) => m.label === label)),
      );
    }
    await write(
      BARE.about,
      all((g) => g.about),
    );
    await write(
      BARE.partOf,
      all((g) => g.placePartOf),
    );
    for (const [key, query] of Object.entries(BARE.relations))
      await write(
        query,
        all((g) => g.relations.filter((r) => r.pattern === key)),
      );
    const ms = performance.now() - started;
    return { phase: 'bare', ms, nodeCpuS: cpuSeconds() - cpuBefore, ...(await graphCounts(driver)), peakRssMiB: process.resourceUsage().maxRSS / 1024 };
  } finally {
    await driver.close();
  }
}

async function child(phase: string, dir: string, env: NodeJS.ProcessEnv, neo4jPid: number): Promise<PhaseResult> {
  const jvmBefore = processCpuSeconds(neo4jPid);
  const r = await childRun(phase, dir, env);
  return { ...r, cpuS: (r.nodeCpuS ?? 0) + processCpuSeconds(neo4jPid) - jvmBefore };
}

function childRun(phase: string, dir: string, env: NodeJS.ProcessEnv): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', SELF, '--phase', phase, dir], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as PhaseResult);
      else reject(new Error(`phase ${phase} exited with ${code}: ${out.slice(-500)}`));
    });
  });
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-bench-load-'));
  const corpus = path.join(root, 'corpus');
  const warm = path.join(root, 'warm');
  writeSyntheticCorpus(corpus, DOCS);
  writeSyntheticCorpus(warm, 100);
  const neo4j = await throwawayNeo4j().catch((err: unknown) => {
    fs.rmSync(root, { recursive: true, force: true });
    throw err;
  });
  const env = { ...process.env, NEO4J_URI: neo4j.handle.uri, NEO4J_USER: neo4j.handle.user, NEO4J_PASSWORD: neo4j.handle.password };
  const driver = createDriver(neo4j.handle);
  const pid = neo4j.handle.pid;
  const log = (line: string) => console.error(`[bench:load] ${line}`);
  try {
    // The schema both contenders write under (constraints make MERGE an index seek); warm-up so neither pays JIT.
    await new Neo4jGraphWriter(driver, 'neo4j').ensureSchema();
    log('warm-up (100 documents through each)…');
    await child('load', warm, env, pid);
    await run(driver, BARE.wipe);
    await child('bare', warm, env, pid);

    // Rounds alternate the contenders so a burst of load from other processes hits both; the best of each is compared.
    const runs: PhaseResult[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      log(`round ${round}/${ROUNDS}: bare UNWIND/MERGE of ${DOCS} documents' rows…`);
      await run(driver, BARE.wipe);
      runs.push({ ...(await child('bare', corpus, env, pid)), phase: 'bare' });
      log(`round ${round}/${ROUNDS}: loader, first load…`);
      await run(driver, BARE.wipe);
      runs.push({ ...(await child('load', corpus, env, pid)), phase: 'loader' });
      log(`round ${round}/${ROUNDS}: loader, second (no-op) load…`);
      runs.push({ ...(await child('load', corpus, env, pid)), phase: 'loader no-op' });
    }
    const best = (phase: string, by: (r: PhaseResult) => number) => runs.filter((r) => r.phase === phase).reduce((a, b) => (by(b) < by(a) ? b : a));
    const wall = (r: PhaseResult) => r.ms;
    const cpu = (r: PhaseResult) => r.cpuS ?? Infinity;
    const s1 = (n: number) => n.toFixed(1);
    console.log(
      `Machine: ${machineLine()}; load average at the end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
    );
    console.log(`Corpus: ${DOCS} synthetic documents (deterministic), ${BATCH} rows per statement, ${ROUNDS} alternating rounds.\n`);
    console.log(
      '| run | wall time per round | CPU s per round, Node + Neo4j (Node) | nodes | relationships | nodes/s wall (best) | nodes per CPU s (best) | rels per CPU s (best) | peak RSS (Node) |',
    );
    console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const phase of ['bare', 'loader', 'loader no-op']) {
      const mine = runs.filter((r) => r.phase === phase);
      const bw = best(phase, wall);
      const bc = best(phase, cpu);
      const noop = phase === 'loader no-op';
      console.log(
        `| ${phase} | ${mine.map((r) => `${s1(r.ms / 1000)} s`).join(', ')} | ${mine.map((r) => `${s1(cpu(r))} (${s1(r.nodeCpuS ?? 0)})`).join(', ')} | ${fmt(bw.nodes)} | ${fmt(bw.relationships)} | ` +
          `${noop ? '—' : fmt(bw.nodes / (bw.ms / 1000))} | ${noop ? '—' : fmt(bc.nodes / cpu(bc))} | ${noop ? '—' : fmt(bc.relationships / cpu(bc))} | ${Math.max(...mine.map((r) => r.peakRssMiB)).toFixed(0)} MiB |`,
      );
    }
    const [bare, first, second] = [best('bare', wall), best('loader', wall), best('loader no-op', wall)];
    const [bareC, firstC, secondC] = [best('bare', cpu), best('loader', cpu), best('loader no-op', cpu)];
    console.log(
      `\nRatio loader/bare throughput, best vs best: wall ${(bare.ms / first.ms).toFixed(2)}, CPU ${(cpu(bareC) / cpu(firstC)).toFixed(2)}; ` +
        `no-op second load: wall ${(second.ms / first.ms).toFixed(2)}×, CPU ${(cpu(secondC) / cpu(firstC)).toFixed(2)}× the first; ` +
        `same graph (bare + the Meta node): ${first.nodes === bare.nodes + 1 && first.relationships === bare.relationships}.`,
    );
  } finally {
    await driver.close();
    await neo4j.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const phaseAt = process.argv.indexOf('--phase');
if (phaseAt !== -1) {
  const phase = process.argv[phaseAt + 1];
  const dir = process.argv[phaseAt + 2]!;
  (phase === 'bare' ? phaseBare(dir) : phaseLoad(dir))
    .then((r) => console.log(JSON.stringify(r)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
} else {
  main().catch((err: unknown) => {
    console.error(`bench:load failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
