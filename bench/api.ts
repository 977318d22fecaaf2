// npm run bench:api — the query API under 32 connections per endpoint family vs the same reads through the bare driver, on a ≥100k-node graph.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pino from 'pino';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import { CompareQuery, DocumentsQuery, EntityQuery, NeighborhoodQuery, OverviewQuery, PathsQuery, RollupQuery, SearchQuery } from '@policygraph/contract/api';
import { createApp } from '../server/src/app';
import { PROJECT_ROOT } from '../server/src/config';
import { createDriver } from '../server/src/db/driver';
import { listen } from '../server/src/http-server';
import { Neo4jGraphRepository } from '../server/src/db/neo4j-repository';
import { ReadSession } from '../server/src/db/read-session';
import { readDocument, readDocuments } from '../server/src/db/read/documents';
import { readEntity } from '../server/src/db/read/entities';
import { readNeighborhood, readOverview, readPaths } from '../server/src/db/read/graph';
import { readComparison, readRollup } from '../server/src/db/read/places';
import { readSearch } from '../server/src/db/read/search';
import { readStats } from '../server/src/db/read/status';
import { writeSyntheticGraph, type SyntheticIds } from './api-synthetic-graph';
import { machineLine, throwawayNeo4j } from './support/throwaway-neo4j';
import { prng } from './support/prng';

const CONNECTIONS = 32;
/** Each family is measured in this many alternating API / bare-driver slices of about SLICE_SECONDS each. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const SLICE_SECONDS = Number(process.env.BENCH_SLICE_SECONDS ?? 2);
const WARMUP_REQUESTS = 2 * CONNECTIONS;
const log = (line: string) => console.error(`[bench:api] ${line}`);

/** One endpoint family: how to draw a request, its URL, and the same read run directly on the driver. */
interface Family {
  name: string;
  /** A query-string object as a client would send it. */
  draw(rand: () => number): Record<string, string>;
  url(query: Record<string, string>): string;
  bare(tx: ManagedTransaction, query: Record<string, string>): Promise<unknown>;
}

const qs = (query: Record<string, string>) => new URLSearchParams(query).toString();
const parse = <S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> => schema.parse(query);

function families(ids: SyntheticIds): Family[] {
  const pick = <T>(rand: () => number, xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const entity = (rand: () => number) => {
    const r = rand();
    return r < 0.5 ? pick(rand, ids.strategies) : r < 0.75 ? pick(rand, ids.counties) : pick(rand, ids.projects);
  };
  return [
    {
      name: 'search (2–4 leading characters of a name)',
      draw: (rand) => ({ q: pick(rand, ids.strategyNames).slice(0, 2 + Math.floor(rand() * 3)) }),
      url: (q) => `/api/search?${qs(q)}`,
      bare: (tx, q) => readSearch(tx, parse(SearchQuery, q)),
    },
    {
      name: 'neighbourhood, 1 hop',
      draw: (rand) => ({ ids: entity(rand) }),
      url: (q) => `/api/graph/neighborhood?${qs(q)}`,
      bare: (tx, q) => readNeighborhood(tx, parse(NeighborhoodQuery, q)),
    },
    {
      name: 'neighbourhood, 2 hops',
      draw: (rand) => ({ ids: pick(rand, ids.projects), depth: '2' }),
      url: (q) => `/api/graph/neighborhood?${qs(q)}`,
      bare: (tx, q) => readNeighborhood(tx, parse(NeighborhoodQuery, q)),
    },
    {
      name: 'paths (county ↔ county, k=3, ≤4 hops)',
      draw: (rand) => ({ from: pick(rand, ids.counties), to: pick(rand, ids.counties) }),
      url: (q) => `/api/graph/paths?${qs(q)}`,
      bare: (tx, q) => readPaths(tx, parse(PathsQuery, q)),
    },
    {
      name: 'entity',
      draw: (rand) => ({ id: entity(rand) }),
      url: (q) => `/api/entities/${encodeURIComponent(q.id!)}`,
      bare: (tx, q) => readEntity(tx, q.id!, parse(EntityQuery, {}).evidenceLimit),
    },
    {
      name: 'compare (3 counties)',
      draw: (rand) => ({ places: [pick(rand, ids.counties), pick(rand, ids.counties), pick(rand, ids.counties)].join(',') }),
      url: (q) => `/api/compare?${qs(q)}`,
      bare: (tx, q) => readComparison(tx, parse(CompareQuery, q)),
    },
    {
      name: 'roll-up (city → counties)',
      draw: (rand) => ({ id: pick(rand, ids.cities) }),
      url: (q) => `/api/places/${encodeURIComponent(q.id!)}/rollup`,
      bare: (tx, q) => readRollup(tx, q.id!, parse(RollupQuery, {})),
    },
    {
      name: 'documents (a page of 50)',
      draw: (rand) => ({ offset: String(Math.floor(rand() * 3950)) }),
      url: (q) => `/api/documents?${qs(q)}`,
      bare: (tx, q) => readDocuments(tx, parse(DocumentsQuery, q)),
    },
    {
      name: 'document (text + spans)',
      draw: (rand) => ({ id: pick(rand, ids.documents) }),
      url: (q) => `/api/documents/${encodeURIComponent(q.id!)}`,
      bare: (tx, q) => readDocument(tx, q.id!),
    },
    {
      name: 'overview',
      draw: () => ({}),
      url: () => '/api/graph/overview',
      bare: (tx) => readOverview(tx, parse(OverviewQuery, {})),
    },
    {
      name: 'stats',
      draw: () => ({}),
      url: () => '/api/stats',
      bare: (tx) => readStats(tx),
    },
  ];
}

interface Run {
  latencies: number[];
  errors: number;
  requests: number;
  /** CPU ms used by the API server process (API runs) and by Neo4j, over the run. */
  serverCpuMs: number;
  neo4jCpuMs: number;
}

const emptyRun = (): Run => ({ latencies: [], errors: 0, requests: 0, serverCpuMs: 0, neo4jCpuMs: 0 });

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

/**
 * Sends `amount` requests over CONNECTIONS connections and waits for every answer, so a slow request is
 * measured rather than cut off at the end of a time slice (the bare-driver side does the same).
 */
async function runApi(base: string, family: Family, amount: number, seed: number): Promise<Run> {
  const rand = prng(seed);
  const run = emptyRun();
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        amount,
        timeout: 60,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: family.url(family.draw(rand)) }) }],
      },
      (err, result) => {
        if (err) return reject(err);
        // Requests that never got an answer (autocannon counts timeouts among errors) are errors too.
        run.errors += result.errors;
        resolve();
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      run.requests++;
      if (status >= 400) run.errors++;
      else run.latencies.push(responseTime);
    });
  });
  return run;
}

/** Runs `amount` reads over CONNECTIONS concurrent loops straight on the driver, waiting for every answer. */
async function runBare(reads: ReadSession, family: Family, amount: number, seed: number): Promise<Run> {
  const rand = prng(seed);
  const run = emptyRun();
  let left = amount;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (left-- > 0) {
        const query = family.draw(rand);
        const t0 = performance.now();
        run.requests++;
        try {
          await reads.read((tx) => family.bare(tx, query));
          run.latencies.push(performance.now() - t0);
        } catch {
          run.errors++;
        }
      }
    }),
  );
  return run;
}

/** `--serve <port>`: the API as production builds it (createApp), in its own process so it does not share autocannon's event loop. */
async function serve(): Promise<void> {
  const driver = createDriver({
    uri: process.env.BENCH_NEO4J_URI!,
    user: process.env.BENCH_NEO4J_USER!,
    password: process.env.BENCH_NEO4J_PASSWORD!,
    database: 'neo4j',
  });
  const answerCacheBytes = Number(process.env.BENCH_ANSWER_CACHE_MB ?? 0) * 2 ** 20;
  // BENCH_PRODUCTION=1: every safety feature on as `npm start` has them — the JSON request log (pino at info,
  // written to /dev/null rather than a terminal) and the rate limiter (counting, with a limit no run reaches).
  const production = process.env.BENCH_PRODUCTION === '1';
  const logger = production ? pino({ level: 'info', base: { service: 'policygraph' } }, pino.destination({ dest: '/dev/null', sync: false })) : undefined;
  const app = createApp({
    repo: new Neo4jGraphRepository(driver, { database: 'neo4j', queryTimeoutMs: 10_000 }),
    answerCacheBytes,
    ...(production ? { logger, rateLimitPerMinute: 1_000_000_000 } : {}),
  });
  // Through the same listen() as npm start: the clientError handler and the cached path in front of Express.
  const server = await listen(app, 0, '127.0.0.1', logger);
  console.log(`LISTENING ${(server.address() as AddressInfo).port}`);
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => void driver.close().then(() => process.exit(0)));
  });
}

/** `--plain`: plain node:http answering every request with the bytes of BENCH_PLAIN_BODY (the cached path's baseline). */
function servePlain(): void {
  const body = fs.readFileSync(process.env.BENCH_PLAIN_BODY!);
  const type = process.env.BENCH_PLAIN_TYPE ?? 'application/json; charset=utf-8';
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => console.log(`LISTENING ${(server.address() as AddressInfo).port}`));
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

/** Waits for a child's `LISTENING <port>` line. */
function portOf(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /LISTENING (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** Requests per second and p99 of one URL over CONNECTIONS connections for `seconds`. */
function throughput(url: string, seconds: number): Promise<{ rps: number; p99: number; non2xx: number }> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 30 }, (err, r) => {
      if (err) return reject(err);
      resolve({ rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx + r.errors });
    });
  });
}

/**
 * The cached path against its ceiling: one repeated search answered from the answer cache by the server as
 * `npm start` runs it (log, rate limiter, security headers), and plain node:http serving the same bytes, in
 * alternating slices (ABBA) of the same run.
 */
async function cachedPathVersusPlain(handle: { uri: string; user: string; password: string }, url: string): Promise<string[]> {
  const api = await startServer(handle, 64, { BENCH_PRODUCTION: '1' });
  const first = await fetch(`http://127.0.0.1:${api.port}${url}`);
  const bodyFile = path.join(os.tmpdir(), `policygraph-bench-body-${process.pid}.json`);
  fs.writeFileSync(bodyFile, Buffer.from(await first.arrayBuffer()));
  const plain = spawn(process.execPath, ['--import', 'tsx', 'bench/api.ts', '--plain'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BENCH_PLAIN_BODY: bodyFile, BENCH_PLAIN_TYPE: first.headers.get('content-type') ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const plainPort = await portOf(plain);
    const apiUrl = `http://127.0.0.1:${api.port}${url}`;
    const plainUrl = `http://127.0.0.1:${plainPort}${url}`;
    // Warm-up: the answer becomes a cache hit, then a replayed one; both servers' JIT settle.
    await throughput(apiUrl, 2);
    await throughput(plainUrl, 2);
    const a: { rps: number; p99: number; non2xx: number }[] = [];
    const b: typeof a = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        a.push(await throughput(apiUrl, SLICE_SECONDS * 2));
        b.push(await throughput(plainUrl, SLICE_SECONDS * 2));
      } else {
        b.push(await throughput(plainUrl, SLICE_SECONDS * 2));
        a.push(await throughput(apiUrl, SLICE_SECONDS * 2));
      }
    }
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    const cache = (await fetch(apiUrl)).headers.get('x-cache');
    return [
      `| the API, cached (X-Cache: ${cache}), log + rate limiter + security headers on | ${mean(a.map((r) => r.rps)).toFixed(0)} | ${mean(a.map((r) => r.p99)).toFixed(1)} | ${a.reduce((n, r) => n + r.non2xx, 0)} |`,
      `| plain node:http, the same ${fs.statSync(bodyFile).size} bytes | ${mean(b.map((r) => r.rps)).toFixed(0)} | ${mean(b.map((r) => r.p99)).toFixed(1)} | ${b.reduce((n, r) => n + r.non2xx, 0)} |`,
      `| **ratio API ÷ plain (req/s)** | **${(mean(a.map((r) => r.rps)) / mean(b.map((r) => r.rps))).toFixed(2)}** | | |`,
    ];
  } finally {
    for (const child of [api.child, plain]) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    fs.rmSync(bodyFile, { force: true });
  }
}

/** Starts `--serve` in its own process with the given answer cache size and waits for its port. */
async function startServer(
  handle: { uri: string; user: string; password: string },
  answerCacheMb: number,
  extraEnv: Record<string, string> = {},
): Promise<{ child: ReturnType<typeof spawn>; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api.ts', '--serve'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      BENCH_NEO4J_URI: handle.uri,
      BENCH_NEO4J_USER: handle.user,
      BENCH_NEO4J_PASSWORD: handle.password,
      BENCH_ANSWER_CACHE_MB: String(answerCacheMb),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /LISTENING (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`API server exited with ${code}`)));
  });
  return { child, port };
}

/**
 * A throw-away local Neo4j, or with BENCH_NEO4J_URI (and _USER, _PASSWORD, _PID for its CPU time) a running
 * one, for when starting another is too slow on a busy machine. Either way its graph is wiped.
 */
async function benchNeo4j(): Promise<{ handle: { uri: string; user: string; password: string; database: string; pid: number }; dispose(): Promise<void> }> {
  if (process.env.BENCH_NEO4J_URI) {
    const handle = {
      uri: process.env.BENCH_NEO4J_URI,
      user: process.env.BENCH_NEO4J_USER ?? 'neo4j',
      password: process.env.BENCH_NEO4J_PASSWORD ?? '',
      database: 'neo4j',
      pid: Number(process.env.BENCH_NEO4J_PID),
    };
    log(`using ${handle.uri}; wiping it…`);
    const driver = createDriver(handle);
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
      await driver.close();
    }
    return { handle, dispose: async () => {} };
  }
  log('starting a throw-away Neo4j…');
  return throwawayNeo4j({ pagecache: '512m', heap: '1g' });
}

async function countNodes(driver: Driver): Promise<number> {
  const session = driver.session({ database: 'neo4j' });
  try {
    return (await session.run('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n').toNumber() as number;
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const neo4j = await benchNeo4j();
  const driver = createDriver(neo4j.handle);
  let server: ReturnType<typeof spawn> | undefined;
  let cachedServer: ReturnType<typeof spawn> | undefined;
  // Ctrl-C must not leave the throw-away Neo4j and its folder behind.
  const stop = () => {
    server?.kill('SIGTERM');
    cachedServer?.kill('SIGTERM');
    void neo4j.dispose().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    log('writing the synthetic graph…');
    const t0 = performance.now();
    const ids = await writeSyntheticGraph(driver, 'neo4j', log);
    const nodes = await countNodes(driver);
    log(`${nodes} nodes in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

    // Two servers as createApp builds them: without the answer cache (what the API layer adds to a database read,
    // compared with the bare driver) and with it as production runs it (ANSWER_CACHE_MB default), for repeats.
    const started1 = await startServer(neo4j.handle, 0);
    server = started1.child;
    const started2 = await startServer(neo4j.handle, 64);
    cachedServer = started2.child;
    const base = `http://127.0.0.1:${started1.port}`;
    const cachedBase = `http://127.0.0.1:${started2.port}`;
    const neo4jCpu = () => (Number.isInteger(neo4j.handle.pid) && neo4j.handle.pid > 0 ? cpuMs(neo4j.handle.pid) : NaN);
    const reads = new ReadSession(driver, { database: 'neo4j', queryTimeoutMs: 10_000 });

    const loadBefore = os.loadavg()[0]!.toFixed(1);
    const rows: string[] = [];
    const cachedRows: string[] = [];
    // BENCH_FAMILIES=search,paths measures only the families whose names contain one of those words.
    const only = (process.env.BENCH_FAMILIES ?? '').split(',').filter(Boolean);
    for (const [i, family] of families(ids).entries()) {
      if (only.length && !only.some((w) => family.name.includes(w))) continue;
      log(`${family.name}…`);
      // Warm both paths (query plans, page cache, JIT) before measuring either; the warm-up also sizes the
      // slices so that each lasts about SLICE_SECONDS at the rate this machine manages right now.
      const t0 = performance.now();
      // Two rounds, ABBA, with different draws: one round left the side that happened to run first ~3x Neo4j's CPU
      // per request of the other (plans, page cache), which showed up in its first measured slice.
      await runApi(base, family, WARMUP_REQUESTS, 9000 + i);
      await runBare(reads, family, WARMUP_REQUESTS, 9000 + i);
      await runBare(reads, family, WARMUP_REQUESTS, 9500 + i);
      await runApi(base, family, WARMUP_REQUESTS, 9500 + i);
      const rate = (4 * WARMUP_REQUESTS) / ((performance.now() - t0) / 1000);
      const amount = Math.max(CONNECTIONS, Math.round((rate * SLICE_SECONDS) / CONNECTIONS) * CONNECTIONS);
      // Alternate slices of each, so a change in what else runs on the machine hits both columns alike.
      const api = emptyRun();
      const bare = emptyRun();
      const started = performance.now();
      for (let round = 0; round < ROUNDS; round++) {
        const seed = 100 + i * ROUNDS + round;
        const merge = async (into: Run, work: () => Promise<Run>) => {
          const server0 = cpuMs(server!.pid!);
          const neo0 = neo4jCpu();
          const from = await work();
          into.latencies.push(...from.latencies);
          into.errors += from.errors;
          into.requests += from.requests;
          into.serverCpuMs += cpuMs(server!.pid!) - server0;
          into.neo4jCpuMs += neo4jCpu() - neo0;
        };
        // ABBA order: whichever side runs second finds Neo4j's caches and JIT warmer, so neither always does.
        if (round % 2 === 0) {
          await merge(api, () => runApi(base, family, amount, seed));
          await merge(bare, () => runBare(reads, family, amount, seed));
        } else {
          await merge(bare, () => runBare(reads, family, amount, seed));
          await merge(api, () => runApi(base, family, amount, seed));
        }
      }
      // With the answer cache: the same request sequences once (first asked: misses, and hits where a sequence
      // repeats itself), then again (asked before: every answer is in memory unless evicted).
      const first = emptyRun();
      const repeat = emptyRun();
      for (let round = 0; round < ROUNDS; round++) {
        const seed = 100 + i * ROUNDS + round;
        const r1 = await runApi(cachedBase, family, amount, seed);
        first.latencies.push(...r1.latencies);
        first.errors += r1.errors;
        const cpu0 = cpuMs(cachedServer!.pid!);
        const r2 = await runApi(cachedBase, family, amount, seed);
        repeat.latencies.push(...r2.latencies);
        repeat.errors += r2.errors;
        repeat.serverCpuMs += cpuMs(cachedServer!.pid!) - cpu0;
      }
      const elapsed = (performance.now() - started) / 1000;
      const a = [...api.latencies].sort((x, y) => x - y);
      const b = [...bare.latencies].sort((x, y) => x - y);
      const f = (n: number) => n.toFixed(1);
      const perReq = (ms: number, run: Run) => (run.latencies.length ? (ms / run.latencies.length).toFixed(2) : '–');
      rows.push(
        `| ${family.name} | ${f(percentile(a, 50))} / ${f(percentile(a, 95))} / ${f(percentile(a, 99))} | ${api.latencies.length} | ${api.errors} | ` +
          `${f(percentile(b, 50))} / ${f(percentile(b, 95))} / ${f(percentile(b, 99))} | ${bare.latencies.length} | ${bare.errors} | ` +
          `**${(percentile(a, 95) / percentile(b, 95)).toFixed(2)}** | ${perReq(api.serverCpuMs, api)} | ${perReq(api.neo4jCpuMs, api)} / ${perReq(bare.neo4jCpuMs, bare)} |`,
      );
      const c1 = [...first.latencies].sort((x, y) => x - y);
      const c2 = [...repeat.latencies].sort((x, y) => x - y);
      cachedRows.push(
        `| ${family.name} | ${f(percentile(c1, 50))} / ${f(percentile(c1, 95))} / ${f(percentile(c1, 99))} | ${first.errors} | ` +
          `${f(percentile(c2, 50))} / ${f(percentile(c2, 95))} / ${f(percentile(c2, 99))} | ${repeat.errors} | ${c2.length} | ` +
          `**${(percentile(c2, 95) / percentile(b, 95)).toFixed(2)}** | ${perReq(repeat.serverCpuMs, repeat)} |`,
      );
      log(`${rows.at(-1)!} (${amount} requests per slice, ${elapsed.toFixed(0)} s)`);
      log(`cached: ${cachedRows.at(-1)!}`);
    }
    // BENCH_FAMILIES=cached runs only this part.
    let cachedPath: string[] = [];
    if (!only.length || only.includes('cached')) {
      const url = `/api/search?q=${encodeURIComponent(ids.strategyNames[0]!.slice(0, 2))}`;
      log(`cached path vs plain node:http (${url})…`);
      cachedPath = await cachedPathVersusPlain(neo4j.handle, url);
      for (const row of cachedPath) log(row);
    }
    console.log(
      `Graph: ${nodes.toLocaleString('en')} nodes (synthetic, bench/api-synthetic-graph.ts). ${CONNECTIONS} connections; per family ${ROUNDS} alternating slices of each path (a fixed number of requests sized to ~${SLICE_SECONDS} s, every answer awaited) after ${2 * WARMUP_REQUESTS} warm-up requests of each.`,
    );
    // Other processes on a shared machine slow both columns alike; the load average says how busy it was.
    console.log(`Machine: ${machineLine()}; 1-min load average ${loadBefore} at start, ${os.loadavg()[0]!.toFixed(1)} at end.`);
    console.log('');
    console.log(
      '| family | API p50 / p95 / p99 ms | API requests | API errors | bare driver p50 / p95 / p99 ms | bare requests | bare errors | p95 API ÷ bare | API process CPU ms/req | Neo4j CPU ms/req API / bare |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
    console.log('');
    console.log('With the answer cache (ANSWER_CACHE_MB=64, as `npm start` runs): the same request sequences asked a first time, then again.');
    console.log('');
    console.log(
      '| family | first asked p50 / p95 / p99 ms | errors | asked before p50 / p95 / p99 ms | errors | requests | p95 asked before ÷ bare | API process CPU ms/req |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of cachedRows) console.log(row);
    if (cachedPath.length) {
      console.log('');
      console.log(
        `The cached path: one repeated search, ${CONNECTIONS} connections, ${ROUNDS} alternating slices of ${SLICE_SECONDS * 2} s each (ABBA) after a 2 s warm-up of each.`,
      );
      console.log('');
      console.log('| server | requests/s | p99 ms | non-2xx or errors |');
      console.log('| --- | --- | --- | --- |');
      for (const row of cachedPath) console.log(row);
    }
  } finally {
    for (const child of [server, cachedServer]) {
      if (child && child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    await driver.close();
    await neo4j.dispose();
  }
}

if (process.argv.includes('--serve')) {
  void serve();
} else if (process.argv.includes('--plain')) {
  servePlain();
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
