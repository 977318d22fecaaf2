// npm run bench:soak — 100 connections for 60 s over a mix of endpoints against the real server and Neo4j; errors, p99, memory.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../server/src/config';
import { freePort } from '../server/src/db/local-neo4j';
import { machineLine, throwawayNeo4j } from './support/throwaway-neo4j';

const DURATION_S = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 100);

function rssKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  const neo4j = await throwawayNeo4j();
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_URI: neo4j.handle.uri,
      NEO4J_USER: neo4j.handle.user,
      NEO4J_PASSWORD: neo4j.handle.password,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/api/health`, 180_000);
    // Ids for the id-taking endpoints come from the loaded sample graph itself.
    const search = (await (await fetch(`${base}/api/search?q=${encodeURIComponent('项目')}&limit=5`)).json()) as { hits?: { id: string }[] };
    const docs = (await (await fetch(`${base}/api/documents`)).json()) as { documents?: { id: string }[] };
    const entityId = search.hits?.[0]?.id ?? 'place:411503';
    const docId = docs.documents?.[0]?.id ?? '001_4b96525c5c6cf7dc';
    const requests = [
      '/api/health',
      `/api/search?q=${encodeURIComponent('乡村')}`,
      `/api/search?q=${encodeURIComponent('蘭考')}`,
      '/api/graph/overview',
      `/api/graph/neighborhood?ids=${encodeURIComponent(entityId)}&depth=1`,
      `/api/entities/${encodeURIComponent(entityId)}`,
      `/api/compare?places=${encodeURIComponent('place:411503,place:410225')}`,
      `/api/documents/${encodeURIComponent(docId)}`,
      '/api/stats',
      '/api/graph/overview?limit=oops',
    ];

    // Warm up (JIT, page cache), then measure.
    await autocannon({ url: base, connections: 8, duration: 5, requests: requests.map((path) => ({ method: 'GET' as const, path })) });
    const rss: { t: number; kib: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(() => rss.push({ t: (Date.now() - started) / 1000, kib: rssKiB(server.pid!) }), 1000);
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: requests.map((path) => ({ method: 'GET' as const, path })),
    });
    clearInterval(sampler);

    const expected400 = result.requests.total / requests.length; // the deliberately bad request
    const firstThird = rss.slice(0, Math.ceil(rss.length / 3));
    const lastThird = rss.slice(-Math.ceil(rss.length / 3));
    const avg = (xs: { kib: number }[]) => xs.reduce((a, x) => a + x.kib, 0) / Math.max(1, xs.length);
    const report = {
      machine: machineLine(),
      connections: CONNECTIONS,
      durationS: DURATION_S,
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      expectedNon2xxApprox: Math.round(expected400),
      '5xx': result['5xx'],
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      rssMiB: {
        start: Math.round((rss[0]?.kib ?? 0) / 1024),
        peak: Math.round(Math.max(...rss.map((r) => r.kib)) / 1024),
        end: Math.round((rss.at(-1)?.kib ?? 0) / 1024),
        firstThirdAvg: Math.round(avg(firstThird) / 1024),
        lastThirdAvg: Math.round(avg(lastThird) / 1024),
        // One sample per tenth of the run: a plateau is heap sizing, a steady climb is a leak.
        timeline: Array.from({ length: 10 }, (_, i) => Math.round((rss[Math.floor(((i + 1) * rss.length) / 10) - 1]?.kib ?? 0) / 1024)),
      },
    };
    console.log(JSON.stringify(report, null, 2));
    if (result.errors > 0 || result.timeouts > 0 || result['5xx'] > 0) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await neo4j.dispose();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:soak failed: ${(err as Error).message}`);
  process.exit(1);
});
