// `npm run bench:first-view`: the first view's long tasks (main-thread tasks over 50 ms) for two or more builds of the
// explorer side by side, loads alternating, so that a shared machine's load falls on every build alike.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { createApp } from '../server/src/app';
import { PROJECT_ROOT } from '../server/src/config';
import { createDriver } from '../server/src/db/driver';
import { freePort, startLocalNeo4j } from '../server/src/db/local-neo4j';
import { Neo4jGraphRepository } from '../server/src/db/neo4j-repository';
import { Neo4jGraphWriter } from '../server/src/db/neo4j-writer';
import { loadCorpus } from '../graph-seed/src/load/load-corpus';
import { launchChromium } from '../test/support/chromium';

/** Git refs to compare; `work` is the working tree as it is. */
const REFS = (process.env.FIRST_VIEW_REFS ?? 'main,work').split(',').map((r) => r.trim());
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** How long after the explorer says ready its work is still counted (labels chosen once the fit settles). */
const SETTLE_MS = 1500;
/** Also record one CPU profile per build and print where the first view's main thread spends its time. */
const PROFILE = process.env.FIRST_VIEW_PROFILE === '1';
const log = (line: string) => console.log(line);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The client and contract of `ref` in a folder of its own, with the working tree's node_modules except the contract
 * package, which points at that ref's contract (Vite resolves symlinks, so a plain link would build today's).
 */
function checkout(ref: string, tmp: string): string {
  if (ref === 'work') return PROJECT_ROOT;
  const dir = path.join(tmp, `src-${ref.replace(/[^\w.-]/g, '_')}`);
  fs.mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', ref, 'client', 'server/contract', 'tsconfig.json', 'package.json'], { cwd: PROJECT_ROOT, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(path.join(modules, '@policygraph'), { recursive: true });
  for (const entry of fs.readdirSync(path.join(PROJECT_ROOT, 'node_modules'))) {
    if (entry === '@policygraph') continue;
    fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  fs.symlinkSync(path.join(dir, 'server', 'contract'), path.join(modules, '@policygraph', 'contract'));
  return dir;
}

interface Load {
  /** navigation start → `policygraph:ready` */
  ready: number;
  longest: number;
  /** Σ (duration − 50 ms) over the long tasks, as Lighthouse's total blocking time counts them */
  blocking: number;
  tasks: number;
}

async function oneLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await context.addInitScript(() => {
    const w = window as unknown as { longTasks: [number, number][] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  const ready = (await (
    await page.waitForFunction(() => performance.getEntriesByName('policygraph:ready')[0]?.startTime, null, { timeout: 60_000 })
  ).jsonValue()) as number;
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: [number, number][] }).longTasks);
  await context.close();
  const counted = tasks.filter(([start]) => start <= ready + SETTLE_MS).map(([, d]) => d);
  return { ready, longest: Math.max(0, ...counted), blocking: counted.reduce((s, d) => s + Math.max(0, d - 50), 0), tasks: counted.length };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

/** One load under the CPU profiler: self time by function until the view settles, the 25 largest. */
async function profile(browser: Browser, url: string, ref: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('policygraph:ready')[0]?.startTime, null, { timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await context.close();
  const self = new Map<string, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/assets\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  log(`CPU profile of one load, ${ref}: self time by function (ms)`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
  // Time under each of the explorer's own functions (callees included; a function on the stack twice counts once).
  const hits = new Map<number, number>();
  p.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  for (const [id, ms] of hits) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!/\/assets\/(main|graph)-/.test(f.url) || !f.functionName) continue;
      const key = `${f.functionName} ${f.url.replace(/^.*\/assets\//, '')}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  }
  log(`  time under the explorer's functions (ms):`);
  for (const [k, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 30)) log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-bench-first-view-'));
  const neo = await startLocalNeo4j({
    mode: 'local',
    dataDir: path.join(tmp, 'neo4j'),
    boltPort: await freePort(),
    database: 'neo4j',
    pagecache: '256m',
    heap: '1g',
  });
  const driver = createDriver(neo);
  const servers: Server[] = [];
  let browser: Browser | undefined;
  try {
    const summary = await loadCorpus(path.join(PROJECT_ROOT, 'graph-seed', 'corpus'), new Neo4jGraphWriter(driver, neo.database));
    if (summary.failed.length > 0) throw new Error(`corpus failed: ${JSON.stringify(summary.failed)}`);
    const repo = new Neo4jGraphRepository(driver, { database: neo.database, queryTimeoutMs: 10_000 });
    const urls: string[] = [];
    for (const ref of REFS) {
      const src = checkout(ref, tmp);
      const outDir = path.join(tmp, `dist-${urls.length}`);
      // Profiles read better unminified (function names); the timings are then a little slower for every build alike.
      await build({ configFile: path.join(src, 'client', 'vite.config.ts'), build: { outDir, emptyOutDir: true, minify: !PROFILE }, logLevel: 'error' });
      const server = await new Promise<Server>((resolve) => {
        const s = createApp({ repo, clientDir: outDir }).listen(0, '127.0.0.1', () => resolve(s));
      });
      servers.push(server);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    }
    // Warm: the overview answer is cached by the server after its first read, for every build alike.
    await (await fetch(`${urls[0]}api/graph/overview?limit=60&scopes=provincial%2Clocal`)).arrayBuffer();
    browser = await launchChromium();
    const loads: Load[][] = REFS.map(() => []);
    // One throw-away load per build first (Chromium's own start-up), then RUNS rounds, each build once per round.
    for (const url of urls) await oneLoad(browser, url);
    for (let r = 0; r < RUNS; r++) for (const [i, url] of urls.entries()) loads[i]!.push(await oneLoad(browser, url));
    log(`First view, 1366×768, Chinese, ${RUNS} cold loads per build, alternating; load average ${os.loadavg()[0]!.toFixed(1)} at the end`);
    log('| build | longest task (median) | total blocking time (median) | long tasks (median) | ready (median) |');
    log('| --- | --- | --- | --- | --- |');
    for (const [i, ref] of REFS.entries()) {
      const l = loads[i]!;
      const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
      log(
        `| ${ref} | ${ms(l.map((x) => x.longest))} (${l.map((x) => x.longest.toFixed(0)).join(', ')}) | ${ms(l.map((x) => x.blocking))} | ${median(l.map((x) => x.tasks))} | ${ms(l.map((x) => x.ready))} |`,
      );
    }
    if (PROFILE) for (const [i, url] of urls.entries()) await profile(browser, url, REFS[i]!);
  } finally {
    await browser?.close();
    for (const s of servers) await new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve())));
    await driver.close();
    await neo.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:first-view failed: ${(err as Error)?.stack ?? String(err)}`);
  process.exit(1);
});
