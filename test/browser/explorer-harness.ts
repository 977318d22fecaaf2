// Browser-test harness: builds the client once, serves it with the real app over the test Neo4j, drives Chromium.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../server/src/config';
import { launchChromium } from '../support/chromium';
import { startTestServer, type TestServer, type TestServerOptions } from '../support/http';
import { loadSample, testDriver, wipe } from '../support/neo4j';

/**
 * The explorer built with Vite, once per test run (the folder global-setup.ts names and removes at the end):
 * the first file to ask builds it, later ones reuse it. Read-only for tests: the app only reads it.
 */
export async function buildClient(): Promise<string> {
  const shared = inject('clientBuildDir');
  if (fs.existsSync(path.join(shared, 'index.html'))) return shared;
  // Built beside it and renamed into place, so no file ever serves half a build, even if two files build at once.
  const outDir = fs.mkdtempSync(path.join(path.dirname(shared), 'build-'));
  await build({
    configFile: path.join(PROJECT_ROOT, 'client', 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
  });
  try {
    fs.renameSync(outDir, shared);
  } catch (err) {
    // Another file finished first: its build is the same sources, use it.
    fs.rmSync(outDir, { recursive: true, force: true });
    if (!fs.existsSync(path.join(shared, 'index.html'))) throw err;
  }
  return shared;
}

export interface Harness {
  readonly driver: Driver;
  readonly server: TestServer;
  readonly browser: Browser;
  readonly clientDir: string;
  /** Opens the explorer (optionally at a permalink hash, in a window of another size) and waits until the graph is drawn. */
  open(hash?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Loads the sample corpus, builds and serves the client (with its write side when `writes` is given), launches Chromium. */
export async function startHarness(options: Pick<TestServerOptions, 'writes' | 'queryTimeoutMs'> = {}): Promise<Harness> {
  const driver = testDriver();
  await wipe(driver);
  const summary = await loadSample(driver);
  if (summary.failed.length > 0) throw new Error(`sample corpus failed to load: ${JSON.stringify(summary.failed)}`);
  const clientDir = await buildClient();
  const server = await startTestServer(driver, { clientDir, ...options });
  const browser = await launchChromium();
  const pages: Page[] = [];
  return {
    driver,
    server,
    browser,
    clientDir,
    async open(hash = '', viewport = { width: 1400, height: 900 }) {
      const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
      const page = await context.newPage();
      pages.push(page);
      await page.goto(`${server.baseUrl}/${hash}`);
      await waitReady(page);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await driver.close();
    },
  };
}

/** Waits until the explorer says it is ready (graph drawn, no request in flight). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.state === 'ready' || document.body.dataset.state === 'error', null, { timeout: 30_000 });
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state !== 'ready') throw new Error(`explorer is in state ${state}: ${await page.textContent('#banner')}`);
}

/** Ids of the nodes shown (not filtered out) on the canvas. */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    return cy
      .nodes()
      .not('.filtered')
      .map((n) => n.id())
      .sort();
  });
}

/**
 * A point a user would click inside a node, in page coordinates: a quarter of the way from the centre towards the
 * node's lower-right corner, not the exact centre. Why: `cy.center(n)` puts the centre on a whole pixel, and
 * Cytoscape 3.34's polygon hit test (a vertical ray cast, `pointInsidePolygonPoints`) counts a vertex twice or not at
 * all when the click lies exactly on the vertical line through a diamond's top and bottom corners. The click then
 * misses the strategy node on some layouts and not others: that was the policy-travel flake. A point off both axes,
 * still inside every node shape the explorer uses (|dx|/w + |dy|/h = 1/4 < 1/2), is what real clicks look like.
 */
export function insideNode(centre: { x: number; y: number }, size: { w: number; h: number }): { x: number; y: number } {
  return { x: centre.x + size.w / 8, y: centre.y + size.h / 8 };
}

/** Screen position (page coordinates) of a point inside a node, after centring it, for clicking it like a user. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('#graph').boundingBox();
  const p = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const n = cy.getElementById(nodeId);
    if (n.empty()) throw new Error(`node ${nodeId} is not on the canvas`);
    cy.center(n);
    return { ...n.renderedPosition(), w: n.renderedWidth(), h: n.renderedHeight() };
  }, id);
  const at = insideNode(p, p);
  return { x: box!.x + at.x, y: box!.y + at.y };
}

/** Scrolls the tool panel to the story section, whose code loads when it is first shown, and waits for it. */
export async function openStories(page: Page): Promise<void> {
  await page.locator('#story-panel').scrollIntoViewIfNeeded();
  await page.waitForSelector('#story-add');
}

/** Expands `count` nodes one after another, each time the most connected one not yet expanded (a reader following the hubs). */
export async function expandHubs(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const next = await page.evaluate(() => {
      const w = window as any;
      const cy = w.cy as import('cytoscape').Core;
      const done = new Set<string>(w.explorer.state.expanded);
      return cy
        .nodes()
        .not('.filtered')
        .filter((n) => !done.has(n.id()) && n.data('type') !== 'Document')
        .sort((a, b) => Number(b.data('degree') ?? 0) - Number(a.data('degree') ?? 0))
        .first()
        .id();
    });
    await page.evaluate((id) => (window as any).explorer.neighbourhood.expand(id), next);
    await waitReady(page);
  }
}
