// Served small: the explorer's first view in Chromium, compressed, cached for good where hashed, with a favicon and no CSP report.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, waitReady, type Harness } from './explorer-harness';
import { recordTransfers, transferTable } from './transfer';

vi.setConfig({ testTimeout: 120_000 });

/**
 * Guard for everything the first view transfers, headers included: issue #15 asks for 200 KB. Met at 199.5 KB, lost to
 * the readable labels, zoom controls and fitted views (204.2 KB), and met again on 2 December by loading the menu
 * actions (timeline, reuse, adoption record, comparison, the node menu itself) on first use and by leaving the query
 * schemas and zod's English messages out of the explorer's build (BENCHMARKS.md, "First view on 2 December"). At
 * 199.8 KB on 4 December as the sample graph grew, 182.1 KB once Cytoscape was built without its graph algorithms
 * (BENCHMARKS.md, "First view on 4 December").
 */
const FIRST_VIEW_BUDGET = 200_000;

describe('delivery of the explorer', () => {
  let hx: Harness;

  beforeAll(async () => {
    hx = await startHarness();
    // A server in use is warm. This test weighs bytes; on a loaded test machine a cold Neo4j's first overview can
    // pass the 10 s query limit (the explorer then shows 重试), which says nothing about what the page weighs.
    await fetch(`${hx.server.baseUrl}/api/graph/overview?limit=60&scopes=provincial%2Clocal`).then((r) => r.arrayBuffer());
  });
  afterAll(async () => {
    await hx?.close();
  });

  it('transfers the first view in at most 200 KB, brotli-compressed, with long-lived hashed assets and no CSP violation', async () => {
    const context = await hx.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const { page, recorder } = await recordTransfers(context);
    const logged: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') logged.push(m.text());
    });
    await page.addInitScript(() => {
      // The moment the explorer first says it is ready (graph drawn): what was asked for before it is the first view.
      new MutationObserver(() => {
        const w = window as unknown as { readyAt?: number };
        if (w.readyAt === undefined && document.body?.dataset.state === 'ready') w.readyAt = Date.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${hx.server.baseUrl}/`);
    await waitReady(page);
    // After the first view the document filter fills and the write side's buttons turn usable.
    await page.waitForSelector('#filter-doc option:nth-child(2)', { state: 'attached', timeout: 30_000 });
    await page.waitForSelector('#upload-open:not([disabled])', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // On a loaded machine Neo4j may not answer a first read in time: the explorer retries (Retry-After) and the user
    // sees the graph from the answer that came. What the page is built of is the answers that came, so a 5xx answered
    // before a retry is logged but not counted, and the headers checked are those of the answer used.
    // The document list (the filters' options, client/src/app.ts) and the write side (添加文档, 修订记录, in idle
    // time, client/src/main.ts) are asked for once the graph is drawn: they are listed, and checked for encoding and
    // caching below, but are not part of the first view.
    const served = recorder.transfers.filter((t) => t.status < 500);
    const readyAt = await page.evaluate(() => (window as unknown as { readyAt?: number }).readyAt);
    expect(readyAt).toBeDefined();
    const firstView = served.filter((t) => t.startedAt <= readyAt!);
    const bytes = firstView.reduce((sum, t) => sum + t.bytes, 0);
    const after = served.filter((t) => t.startedAt > readyAt!);
    console.log(
      `first view: ${bytes} bytes (${recorder.total()} with retried 5xx and what loaded after it)\n${transferTable(recorder)}\n` +
        `after the first view: ${after.map((t) => new URL(t.url).pathname).join(', ') || 'nothing'}`,
    );
    await page.screenshot({ path: '/tmp/policygraph-first-view-1366.png' });

    expect(bytes).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
    const byPath = (re: RegExp) => served.filter((t) => re.test(new URL(t.url).pathname));
    const scripts = byPath(/^\/assets\/.+\.js$/);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of [...scripts, ...byPath(/^\/assets\/.+\.css$/)]) {
      // Files under 1 KB are sent as they are (client/build-plugins.ts): encoding them would save nothing.
      if (s.headers['content-encoding'] === undefined) expect(Number(s.headers['content-length']), s.url).toBeLessThan(1024);
      else {
        expect(s.headers['content-encoding'], s.url).toBe('br');
        expect(s.headers.vary, s.url).toMatch(/Accept-Encoding/i);
      }
      expect(s.headers['cache-control'], s.url).toBe('public, max-age=31536000, immutable');
    }
    const [html] = byPath(/^\/$/);
    expect(html?.headers['cache-control']).toBe('no-cache');
    expect(html?.headers['content-type']).toMatch(/^text\/html/);
    expect(html?.headers['content-encoding']).toBe('br');
    // The API's JSON is compressed on the fly.
    for (const json of [...byPath(/^\/api\/graph\/overview$/), ...byPath(/^\/api\/documents$/)]) expect(json.headers['content-encoding'], json.url).toBe('br');
    expect(byPath(/^\/api\/documents$/).length).toBeGreaterThan(0);
    // A tab icon (inlined as a data: URL by client/build-plugins.ts, so it costs no request), and nothing asked for
    // that is not there.
    expect(await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href)).toMatch(/^data:image\/svg\+xml,/);
    expect(served.filter((t) => t.status >= 400).map((t) => t.url)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(logged.filter((m) => /Content Security Policy|EvalError/i.test(m))).toEqual([]);
    await context.close();
  });

  it('still serves a browser that takes no compression, and gzip to one that takes only gzip', async () => {
    const plain = await fetch(`${hx.server.baseUrl}/`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text).toContain('<html');
    const script = text.match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
    const gz = await fetch(`${hx.server.baseUrl}${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('content-type')).toMatch(/javascript/);
    // fetch decodes the body: what arrives is the script itself.
    expect((await gz.text()).length).toBeGreaterThan(1000);
    const icon = await fetch(`${hx.server.baseUrl}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });
});
