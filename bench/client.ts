// `npm run bench:client`: bundle size, time to first interactive graph, and panning frame times at 1,000 / 3,000 nodes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { createApp } from '../server/src/app';
import { PROJECT_ROOT } from '../server/src/config';
import { createDriver } from '../server/src/db/driver';
import { freePort, startLocalNeo4j } from '../server/src/db/local-neo4j';
import { Neo4jGraphRepository } from '../server/src/db/neo4j-repository';
import { Neo4jGraphWriter } from '../server/src/db/neo4j-writer';
import { loadCorpus } from '../graph-seed/src/load/load-corpus';
import { launchChromium } from '../test/support/chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const log = (line: string) => console.log(line);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** Builds the client and sizes what the page loads first (entry + modulepreloads) and each lazy chunk, gzipped. */
async function bundleSizes(outDir: string): Promise<{ initial: number; chunks: [string, number][] }> {
  await build({ configFile: path.join(PROJECT_ROOT, 'client', 'vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'error' });
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const initialFiles = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(outDir, f)), { level: 9 }).length;
  const chunks = fs
    .readdirSync(path.join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => [`assets/${f}`, gz(`assets/${f}`)] as [string, number]);
  return { initial: initialFiles.reduce((s, f) => s + gz(f), 0), chunks };
}

/** Milliseconds from navigation start until the explorer reports its graph ready (cold cache: a new context each run). */
async function firstInteractive(page: Page, url: string): Promise<number> {
  await page.goto(url);
  // The explorer sets this mark when its first graph is drawn and takes input.
  const handle = await page.waitForFunction(() => performance.getEntriesByName('policygraph:ready')[0]?.startTime, null, { timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

type Config = 'explorer' | 'defaults';

/**
 * Replaces the page's graph with a synthetic one of n nodes (1.5 n edges, Chinese labels) in a fresh Cytoscape with
 * either the explorer's settings or Cytoscape's defaults, drags the background like a user, and returns frame intervals.
 */
async function panFrames(page: Page, n: number, config: Config, zoom?: number): Promise<{ frames: number[]; draws: number[]; panned: number }> {
  await page.evaluate(
    ({ n, config, zoom }) => {
      const old = (window as any).benchCy as import('cytoscape').Core | undefined;
      old?.destroy();
      document.getElementById('bench-box')?.remove();
      const explorerCy = (window as any).cy as import('cytoscape').Core;
      const Core = explorerCy.constructor as new (o: import('cytoscape').CytoscapeOptions) => import('cytoscape').Core;
      const box = document.createElement('div');
      box.id = 'bench-box';
      box.style.cssText = 'position:fixed;inset:0;z-index:1000;background:#fff';
      document.body.append(box);
      let seed = 42;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const types = ['Strategy', 'Project', 'Place', 'Organization', 'Document'];
      const side = Math.sqrt(n) * 70;
      const els: import('cytoscape').ElementDefinition[] = [];
      for (let i = 0; i < n; i++) {
        els.push({
          group: 'nodes',
          data: { id: `n${i}`, label: `测试节点${i}号`, type: types[i % 5], size: 20 + (i % 7) * 4 },
          position: { x: rnd() * side, y: rnd() * side },
        });
      }
      for (let i = 0; i < n * 1.5; i++) {
        const a = Math.floor(rnd() * n);
        const b = (a + 1 + Math.floor(rnd() * 30)) % n;
        els.push({ group: 'edges', data: { id: `e${i}`, source: `n${a}`, target: `n${b}`, type: 'PURSUES' } });
      }
      const style = (explorerCy.style() as unknown as { json(): any[] }).json();
      const defaults = config === 'defaults';
      const cy = new Core({
        container: box,
        elements: els,
        layout: { name: 'preset' },
        // The same look either way; "defaults" drops only the speed settings: min-zoomed-font-size and the viewport options.
        style: defaults ? style.map((r) => ({ ...r, style: { ...r.style, 'min-zoomed-font-size': 0 } })) : style,
        ...(defaults ? {} : { hideEdgesOnViewport: true, textureOnViewport: true }),
      });
      cy.fit(undefined, 20);
      // At a readable zoom the labels are drawn (not culled by min-zoomed-font-size), as an analyst reading the graph sees it.
      if (zoom !== undefined) cy.zoom({ level: zoom, renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
      (window as any).benchCy = cy;
    },
    { n, config, zoom },
  );
  await page.waitForTimeout(500);
  // Where the drag starts: a point with no element under it (Cytoscape's own hit test), so it pans rather than moves a node.
  const start = await page.evaluate(() => {
    const cy = (window as any).benchCy as import('cytoscape').Core;
    const pan = cy.pan();
    const zoom = cy.zoom();
    const r = (cy as any).renderer();
    let nearEdge: { x: number; y: number } | undefined;
    for (let y = 8; y < 400; y += 12) {
      for (let x = 8; x < 600; x += 12) {
        const hit = r.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
        if (!hit) return { x, y };
        nearEdge ??= hit.isEdge() ? { x, y } : undefined;
      }
    }
    // A dense view has no empty background: an edge cannot be grabbed, so a drag from it pans too.
    if (nearEdge) return nearEdge;
    throw new Error('no empty background to start a drag from');
  });
  await page.evaluate(() => {
    const w = window as any;
    w.__frames = [];
    w.__draws = [];
    w.__pan0 = { ...w.benchCy.pan() };
    w.__recording = true;
    // Time each redraw Cytoscape does (its render loop calls renderer.render once per drawn frame).
    const r = w.benchCy.renderer();
    const render = r.render;
    r.render = function (this: unknown, o: unknown) {
      const t0 = performance.now();
      render.call(this, o);
      if (w.__recording) w.__draws.push(performance.now() - t0);
    };
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Drag from there back and forth for ~2 s of real mouse events.
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 0; i < 120; i++) {
    const phase = Math.sin((i / 120) * Math.PI * 4);
    await page.mouse.move(start.x + 300 + 250 * phase, start.y + 200 + 150 * phase);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const w = window as any;
    w.__recording = false;
    const pan = w.benchCy.pan();
    return { frames: (w.__frames as number[]).slice(1), draws: w.__draws as number[], panned: Math.hypot(pan.x - w.__pan0.x, pan.y - w.__pan0.y) };
  });
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-bench-client-'));
  const outDir = path.join(tmp, 'dist');
  const sizes = await bundleSizes(outDir);
  log(`Initial JS (entry + modulepreload), gzip -9: ${kb(sizes.initial)}`);
  for (const [f, s] of sizes.chunks.sort((a, b) => b[1] - a[1])) log(`  chunk ${f}: ${kb(s)}`);

  const neo = await startLocalNeo4j({
    mode: 'local',
    dataDir: path.join(tmp, 'neo4j'),
    boltPort: await freePort(),
    database: 'neo4j',
    pagecache: '256m',
    heap: '1g',
  });
  const driver = createDriver(neo);
  let server: Server | undefined;
  const browser = await launchChromium();
  try {
    const summary = await loadCorpus(path.join(PROJECT_ROOT, 'graph-seed', 'corpus'), new Neo4jGraphWriter(driver, neo.database));
    if (summary.failed.length > 0) throw new Error(`corpus failed: ${JSON.stringify(summary.failed)}`);
    const repo = new Neo4jGraphRepository(driver, { database: neo.database, queryTimeoutMs: 10_000 });
    const app = createApp({ repo, clientDir: outDir });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    // Warm the server and Neo4j once, then measure cold-cache page loads.
    await fetch(`${url}api/graph/overview`);
    const tti: number[] = [];
    const apiOnly: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await (await fetch(`${url}api/graph/overview`)).json();
      apiOnly.push(performance.now() - t0);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      tti.push(await firstInteractive(await context.newPage(), url));
      await context.close();
    }
    log(`First interactive graph (navigation → graph ready), ${RUNS} cold loads: median ${median(tti).toFixed(0)} ms, max ${Math.max(...tti).toFixed(0)} ms`);
    log(`  baseline in the same run: the overview API call alone, median ${median(apiOnly).toFixed(0)} ms`);

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // tsx compiles with keepNames: functions passed to evaluate() call a __name helper the page lacks.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    log('Panning (frame interval while dragging the background; lower is better):');
    for (const [n, zoom] of [[1000], [3000], [3000, 1]] as [number, number?][]) {
      const result: Record<Config, { frames: number[]; draws: number[] }> = { explorer: { frames: [], draws: [] }, defaults: { frames: [], draws: [] } };
      // Alternate the two settings so drift in the machine's load hits both alike.
      for (let r = 0; r < 2; r++) {
        for (const config of ['defaults', 'explorer'] as const) {
          const run = await panFrames(page, n, config, zoom);
          if (run.panned < 50) throw new Error(`the drag did not pan the ${config} graph (moved ${run.panned.toFixed(0)} px)`);
          result[config].frames.push(...run.frames);
          result[config].draws.push(...run.draws);
        }
      }
      // What the analyst sees: frames actually shown per second over the whole drag (stalls included).
      const fps = (frames: number[]) => (frames.length * 1000) / frames.reduce((a, b) => a + b, 0);
      for (const config of ['defaults', 'explorer'] as const) {
        const { frames, draws } = result[config];
        log(
          `  ${n} nodes${zoom ? ` at zoom ${zoom}` : ''}, ${config.padEnd(8)}: ${fps(frames).toFixed(1)} fps over the drag; frame interval p95 ${pct(frames, 0.95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(0)} ms; ` +
            `Cytoscape redraw median ${median(draws).toFixed(1)} ms, p95 ${pct(draws, 0.95).toFixed(1)} ms, max ${Math.max(...draws).toFixed(0)} ms (${draws.length} redraws)`,
        );
      }
      log(
        `  ${n} nodes${zoom ? ` at zoom ${zoom}` : ''}: frame rate explorer / defaults = ${(fps(result.explorer.frames) / fps(result.defaults.frames)).toFixed(2)}×`,
      );
    }
    // WebGL: smoke only (software GL in headless Chromium says nothing about real GPUs).
    const gl = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const glPage = await gl.newPage();
    await glPage.goto(`${url}#webgl=1`);
    await glPage.waitForFunction(() => document.body.dataset.state === 'ready' || document.body.dataset.state === 'error', null, { timeout: 60_000 });
    log(
      `WebGL renderer smoke test: page state ${await glPage.evaluate(() => document.body.dataset.state)}, ${await glPage.evaluate(() => (window as any).cy.nodes().length)} nodes`,
    );
    await gl.close();
    await context.close();
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve()));
    await driver.close();
    await neo.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:client failed: ${(err as Error)?.stack ?? String(err)}`);
  process.exit(1);
});
