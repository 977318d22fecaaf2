// Embedding in real Chromium: a host page on another port frames /embed, drives it by postMessage, gets select events; unlisted hosts are refused.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_STORIES_DIR } from '../../server/src/routes/embed';
import { launchChromium } from '../support/chromium';
import { startTestServer, type TestServer } from '../support/http';
import { loadSample, testDriver, wipe } from '../support/neo4j';
import { buildClient, insideNode } from './explorer-harness';

interface Host {
  origin: string;
  /** Serves `html` at /page.html. */
  serve(html: string): void;
  close(): Promise<void>;
}

async function startHost(): Promise<Host> {
  let page = '';
  const server = http.createServer((req, res) => {
    if (req.url === '/page.html') res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" rather than 127.0.0.1: a different host name AND port from the app, as a real host site would be.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve: (html) => (page = html),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A host page that frames a view and records every message from the app's origin. */
const framePage = (app: string, hash: string) => `<!doctype html><meta charset="utf-8"><title>host</title>
<h1>Host page</h1>
<iframe id="pg" src="${app}/embed${hash}" width="900" height="600"></iframe>
<script>
  window.events = [];
  window.frameLoaded = false;
  document.getElementById('pg').addEventListener('load', () => { window.frameLoaded = true; });
  window.addEventListener('message', (e) => { if (e.origin === '${app}') window.events.push(e.data); });
</script>`;

const events = (page: Page) => page.evaluate(() => (window as unknown as { events: { type: string; id?: string; label?: string }[] }).events);

describe('embedding a view in another site', () => {
  let driver: Driver;
  let server: TestServer;
  let browser: Browser;
  let clientDir: string;
  let allowed: Host;
  let refused: Host;

  beforeAll(async () => {
    driver = testDriver();
    await wipe(driver);
    await loadSample(driver);
    clientDir = await buildClient();
    allowed = await startHost();
    refused = await startHost();
    server = await startTestServer(driver, { clientDir, embedOrigins: [allowed.origin] });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await allowed?.close();
    await refused?.close();
    await driver?.close();
  });

  it('shows the linked view without the explorer chrome, focuses an entity the host asks for, and reports clicks as select events', async () => {
    allowed.serve(framePage(server.baseUrl, '#focus=place:411503'));
    const page = await (await browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
    await page.goto(`${allowed.origin}/page.html`);
    await expect.poll(() => events(page), { timeout: 30_000 }).toContainEqual(expect.objectContaining({ type: 'ready' }));

    const frame = page.frame({ url: /\/embed/ })!;
    expect(await frame.locator('#search').count()).toBe(0);
    expect(await frame.locator('.topbar, aside').count()).toBe(0);
    const shown = await frame.evaluate(() =>
      (window as any).cy
        .nodes()
        .not('.filtered')
        .map((n: any) => n.id()),
    );
    expect(shown).toContain('place:411503');

    // The host focuses another place by postMessage.
    await page.evaluate((app) => {
      (document.getElementById('pg') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'policygraph-host', type: 'focus', id: 'place:4107' }, app);
    }, server.baseUrl);
    await expect.poll(() => events(page)).toContainEqual(expect.objectContaining({ type: 'select', id: 'place:4107', label: '新乡市' }));
    expect(await frame.evaluate(() => (window as any).cy.$(':selected').map((n: any) => n.id()))).toEqual(['place:4107']);

    // A reader clicks a node inside the frame (one no other node covers): the host hears about it.
    const box = (await page.locator('#pg').boundingBox())!;
    const target = await frame.evaluate(() => {
      const cy = (window as any).cy;
      const nodes = cy.nodes().not('.filtered');
      const overlap = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const free = nodes
        .filter((n: any) => nodes.every((m: any) => m === n || !overlap(n.boundingBox({ includeLabels: false }), m.boundingBox({ includeLabels: false }))))
        .first();
      cy.center(free);
      return { id: free.id(), label: free.data('label'), ...free.renderedPosition(), w: free.renderedWidth(), h: free.renderedHeight() };
    });
    const at = insideNode(target, target);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect.poll(() => events(page)).toContainEqual(expect.objectContaining({ type: 'select', id: target.id, label: target.label }));

    // An unknown id is answered with an error, not silence.
    await page.evaluate((app) => {
      (document.getElementById('pg') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'policygraph-host', type: 'focus', id: 'place:000000' }, app);
    }, server.baseUrl);
    await expect.poll(() => events(page)).toContainEqual(expect.objectContaining({ type: 'error', message: expect.stringContaining('place:000000') }));

    // The API answers the allowed host's scripts too (CORS follows the same list).
    const status = await page.evaluate(
      (app) =>
        fetch(`${app}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      server.baseUrl,
    );
    expect(status).toBe(200);
  });

  it('offers the same view as a <policy-graph> element loaded with one script tag', async () => {
    allowed.serve(`<!doctype html><meta charset="utf-8"><title>host</title>
<script src="${server.baseUrl}/policy-graph.js"></script>
<policy-graph id="pg" view="#focus=place:411503" height="500"></policy-graph>
<script>
  window.events = [];
  const el = document.getElementById('pg');
  for (const t of ['ready', 'select', 'policygraph-error']) el.addEventListener(t, (e) => window.events.push(e.detail));
</script>`);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${allowed.origin}/page.html`);
    await expect.poll(() => events(page), { timeout: 30_000 }).toContainEqual(expect.objectContaining({ type: 'ready' }));
    await page.evaluate(() => (document.getElementById('pg') as unknown as { focusEntity(id: string): void }).focusEntity('place:410225'));
    await expect.poll(() => events(page)).toContainEqual(expect.objectContaining({ type: 'select', id: 'place:410225', label: '兰考县' }));
  });

  it('embeds a sample story by name, with its step counter and caption', async () => {
    allowed.serve(`<!doctype html><meta charset="utf-8"><title>host</title>
<script src="${server.baseUrl}/policy-graph.js"></script>
<policy-graph id="pg" story="strategy-across-five-places" view="#step=2" height="500"></policy-graph>
<script>
  window.events = [];
  document.getElementById('pg').addEventListener('ready', (e) => window.events.push(e.detail));
</script>`);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${allowed.origin}/page.html`);
    await expect.poll(() => events(page), { timeout: 30_000 }).toContainEqual(expect.objectContaining({ type: 'ready' }));
    const frame = page.frame({ url: /\/embed\?story=/ })!;
    const sample = JSON.parse(fs.readFileSync(path.join(SAMPLE_STORIES_DIR, 'strategy-across-five-places.json'), 'utf8')) as { steps: { caption: string }[] };
    expect(await frame.textContent('.pg-counter')).toBe(`2 / ${sample.steps.length}`);
    expect(await frame.textContent('.pg-caption')).toBe(sample.steps[1]!.caption);
  });

  it('gives an <iframe> snippet from the explorer\'s "copy embed code" that works when pasted into the host page', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(`${server.baseUrl}/#focus=place:4107&layout=concentric`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 30_000 });
    // The stories section (with 复制嵌入代码) loads its code when it is scrolled to, as a user does to reach it.
    await page.locator('#story-panel').scrollIntoViewIfNeeded();
    await page.click('#embed-copy');
    const snippet = await page.inputValue('#embed-code');
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed#[^"]+"/);
    expect(snippet).toContain('focus=place%3A4107');
    expect(snippet).toContain('layout=concentric');

    allowed.serve(`<!doctype html><meta charset="utf-8"><title>host</title>${snippet}
<script>
  window.events = [];
  window.addEventListener('message', (e) => { if (e.origin === '${server.baseUrl}') window.events.push(e.data); });
</script>`);
    const host = await (await browser.newContext()).newPage();
    await host.goto(`${allowed.origin}/page.html`);
    await expect.poll(() => events(host), { timeout: 30_000 }).toContainEqual(expect.objectContaining({ type: 'ready' }));
    const frame = host.frame({ url: /\/embed/ })!;
    expect(
      await frame.evaluate(() =>
        (window as any).cy
          .nodes()
          .not('.filtered')
          .map((n: any) => n.id()),
      ),
    ).toContain('place:4107');
  });

  it('refuses a host not in EMBED_ORIGINS with a short explanation inside the frame (English by switch) and a policygraph-error message, and that host gets no API answers', async () => {
    refused.serve(framePage(server.baseUrl, '#focus=place:411503'));
    const page = await (await browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
    await page.goto(`${refused.origin}/page.html`);
    await page.waitForFunction(() => (window as unknown as { frameLoaded: boolean }).frameLoaded);
    const child = page.frames().find((f) => f !== page.mainFrame())!;
    await child.waitForSelector('#refused h1');
    expect(await child.textContent('#refused section[lang="zh-CN"] h1')).toBe('此网站未获准嵌入策图');
    expect(await child.textContent('#refused section[lang="zh-CN"]')).toContain(refused.origin);
    // No graph, no data: the page holds the explanation only.
    expect(await child.locator('canvas, #graph').count()).toBe(0);
    await expect
      .poll(() => events(page))
      .toEqual([expect.objectContaining({ source: 'policygraph', type: 'policygraph-error', reason: 'origin-not-allowed', origin: refused.origin })]);
    await page.screenshot({ path: '/tmp/policygraph-embed-refused-zh.png' });
    await child.click('#refused button[data-lang="en"]');
    expect(await child.isVisible('#refused section[lang="en"] h1')).toBe(true);
    expect(await child.textContent('#refused section[lang="en"] h1')).toBe('This site may not embed PolicyGraph');
    await page.screenshot({ path: '/tmp/policygraph-embed-refused.png' });
    const status = await page.evaluate(
      (app) =>
        fetch(`${app}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      server.baseUrl,
    );
    expect(status).toBe(0);
  });

  it('still shows no graph to a refused host that hides its address (no Referer): the browser blocks the frame by frame-ancestors', async () => {
    refused.serve(
      framePage(server.baseUrl, '#focus=place:411503').replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="referrer" content="no-referrer">'),
    );
    const page = await (await browser.newContext()).newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    await page.goto(`${refused.origin}/page.html`);
    await page.waitForFunction(() => (window as unknown as { frameLoaded: boolean }).frameLoaded);
    await expect.poll(() => console.join('\n')).toContain('frame-ancestors');
    const child = page.frames().find((f) => f !== page.mainFrame());
    expect(child?.url()).not.toContain('/embed');
    expect(await events(page)).toEqual([]);
  });
});
