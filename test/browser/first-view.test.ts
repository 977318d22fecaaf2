// The explorer in real Chromium: first view, legend, filters, table, language, exports, permalinks, and an unreachable API.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodePoint, startHarness, visibleNodeIds, waitReady, type Harness } from './explorer-harness';

// Each test drives a real browser against a real Neo4j on a shared 2-core machine: allow for a slow moment.
vi.setConfig({ testTimeout: 120_000 });

describe('explorer first view in Chromium', () => {
  let hx: Harness;

  beforeAll(async () => {
    hx = await startHarness();
  });
  afterAll(async () => {
    await hx?.close();
  });

  it('draws the overview with places and documents, a legend and a Chinese status line', async () => {
    const page = await hx.open();
    const ids = await visibleNodeIds(page);
    expect(ids).toEqual(expect.arrayContaining(['place:411503', '001_4b96525c5c6cf7dc']));
    expect(await page.locator('#legend li').allTextContents()).toEqual(['战略', '项目', '地区', '机构', '文档']);
    expect(await page.textContent('#status')).toMatch(/\d+ 个节点，\d+ 条关系/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.screenshot({ path: '/tmp/policygraph-first-view.png' });
  });

  it('hides documents when the type filter is switched off, and the permalink brings the filter and layout back', async () => {
    const page = await hx.open();
    await page.locator('#filter-types input[value="Document"]').uncheck();
    expect((await visibleNodeIds(page)).some((id) => id.startsWith('00'))).toBe(false);
    await page.selectOption('#layout', 'concentric');
    expect(page.url()).toContain('notype=Document');
    expect(page.url()).toContain('layout=concentric');

    const again = await hx.open(new URL(page.url()).hash);
    expect((await visibleNodeIds(again)).some((id) => id.startsWith('00'))).toBe(false);
    expect(await again.locator('#filter-types input[value="Document"]').isChecked()).toBe(false);
    expect(await again.inputValue('#layout')).toBe('concentric');
  });

  it('lists the same nodes in a sortable table; arrow keys move and Enter selects the node', async () => {
    const page = await hx.open();
    await page.click('#view-table');
    const rows = page.locator('#table-wrap tbody tr');
    await expect.poll(() => rows.count()).toBe((await visibleNodeIds(page)).length);
    await page.click('#table-wrap th button[data-sort="label"]');
    const labels = await page.locator('#table-wrap tbody tr td:first-child').allTextContents();
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    const secondId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as any).cy.$(':selected').map((n: any) => n.id()))).toContain(secondId);
    expect(page.url()).toContain('view=table');
  });

  it('switches to English and back; the choice survives in the link', async () => {
    const page = await hx.open();
    await Promise.all([page.waitForEvent('load'), page.click('#lang')]);
    await waitReady(page);
    expect(await page.locator('#legend li').first().textContent()).toBe('Strategy');
    expect(await page.textContent('#status')).toMatch(/\d+ nodes, \d+ relations/);
    expect(page.url()).toContain('lang=en');
  });

  // A link pasted into an open tab that compares a place the graph does not hold: the server's problem (worded by
  // the explorer's Accept-Language) is the banner's detail, in the language of the rest of the page.
  const compareUnknownPlace = async (page: Page, lang: string) => {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `${lang}cmp=place:999999&cmp=place:411503`);
    await page.waitForFunction(() => document.body.dataset.state === 'error');
    return page.textContent('#banner-text');
  };

  it('says in English, in the English explorer, that a linked comparison names a place the graph does not have', async () => {
    const page = await hx.open('#lang=en');
    expect(await compareUnknownPlace(page, 'lang=en&')).toBe('Loading failed: No place with id "place:999999"');
    fs.mkdirSync('/tmp/client-s7', { recursive: true });
    await page.screenshot({ path: '/tmp/client-s7/read-error-en.png' });
  });

  it('says it in Chinese in the Chinese explorer', async () => {
    const page = await hx.open();
    expect(await compareUnknownPlace(page, '')).toBe('加载失败：没有 id 为 "place:999999" 的地区');
    await page.screenshot({ path: '/tmp/client-s7/read-error-zh.png' });
  });

  // The explorer writes its link 300 ms after the canvas last moved. A link pasted while that write was due lost the
  // race in Chromium (the write ran between the paste and its hashchange, so the old view stayed): 2 of 10 suite runs
  // timed out here. Held deterministically: the pan's timer falls due while the page is busy, and the paste is queued
  // behind the busy task, so it runs first, before the due timer and before its own hashchange.
  it('opens a link pasted right after the canvas moved, while the explorer is about to write its own', async () => {
    const page = await hx.open();
    const busyAfterPan = page.evaluate(() => {
      (window as unknown as { cy: import('cytoscape').Core }).cy.panBy({ x: 5, y: 0 });
      const end = performance.now() + 450;
      while (performance.now() < end) {
        // the page is busy past the 300 ms settle delay
      }
    });
    const paste = page.evaluate(() => {
      location.hash = 'cmp=place:999999&cmp=place:411503';
    });
    await Promise.all([busyAfterPan, paste]);
    await page.waitForFunction(() => document.body.dataset.state === 'error');
    expect(await page.textContent('#banner-text')).toBe('加载失败：没有 id 为 "place:999999" 的地区');
    expect(page.url()).toContain('999999');
  });

  it('says the server cannot be reached and recovers on retry', async () => {
    const context = await hx.browser.newContext();
    const page = await context.newPage();
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${hx.server.baseUrl}/`);
    await page.waitForFunction(() => document.body.dataset.state === 'error');
    expect(await page.textContent('#banner')).toContain('无法连接到服务器');
    await page.unroute('**/api/**');
    await page.click('#retry');
    await waitReady(page);
    expect(await page.isHidden('#banner')).toBe(true);
    await context.close();
  });

  it('exports a non-empty SVG with the Chinese labels as text, and JSON and CSV of the visible elements', async () => {
    const page = await hx.open();
    const svg = await downloadOf(page, '#export-svg');
    expect(svg.length).toBeGreaterThan(500);
    expect(svg.toString('utf8')).toContain('平桥区');
    const json = JSON.parse((await downloadOf(page, '#export-json')).toString('utf8')) as { nodes: { data: { id: string } }[] };
    expect(json.nodes.map((n) => n.data.id).sort()).toEqual(await visibleNodeIds(page));
    const csv = (await downloadOf(page, '#export-csv')).toString('utf8');
    expect(csv).toContain('node,place:411503,平桥区,Place');
  });

  it('exports a high-resolution PNG whose labels are Chinese glyphs, not empty boxes', async () => {
    const page = await hx.open();
    await nodePoint(page, 'place:411503');
    // The layout may put another node over this label; move it clear of the graph so only its label is measured.
    await page.evaluate((id) => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const bb = cy.elements().boundingBox({});
      cy.getElementById(id).position({ x: bb.x2 + 150, y: bb.y2 + 150 });
    }, 'place:411503');
    const png = await downloadOf(page, '#export-png');
    fs.writeFileSync('/tmp/policygraph-export.png', png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const report = await labelInk(page, png, 'place:411503');
    // Three pixels per unit of the graph: sharper than the screen at any normal zoom.
    expect(report.width).toBeGreaterThanOrEqual(Math.floor(report.modelWidth * 3) - 2);
    // The label region has ink; an empty corner has none.
    expect(report.labelInk).toBeGreaterThan(0.05);
    expect(report.blankInk).toBeLessThan(0.01);
    // 平, 桥 and 区 draw three different shapes; missing-glyph boxes would be three identical ones.
    expect(report.cellDifference).toBeGreaterThan(0.15);
  });
});

async function downloadOf(page: Page, button: string): Promise<Buffer> {
  if (!(await page.locator('details.menu').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('details.menu summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const file = await download.path();
  return fs.readFileSync(file);
}

/**
 * Decodes the exported PNG in the page and measures the label of one node: the share of inked pixels in its label
 * box and in a blank corner, and how different its three character cells are from one another.
 */
function labelInk(page: Page, png: Buffer, nodeId: string) {
  return page.evaluate(
    async ({ b64, nodeId }) => {
      const cy = (window as any).cy as import('cytoscape').Core;
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const visible = cy.elements().not('.filtered');
      const all = visible.boundingBox({});
      const scale = bitmap.width / all.w;
      const n = cy.getElementById(nodeId);
      const withLabel = n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
      // Measured from the picture's bottom-right corner, which is this node's label (the test moved it there), not
      // from the graph's box now: the export names labels for the whole graph and puts the view's back once drawn,
      // and a label moved above or below a top node moves the box's top by a label's height (912 vs 891 units
      // measured on the samples), so a box taken from the top missed the label whenever the two labellings differed.
      const box = {
        x: bitmap.width - (all.x2 - withLabel.x1) * scale,
        y: bitmap.height - (all.y2 - withLabel.y1) * scale,
        w: withLabel.w * scale,
        h: withLabel.h * scale,
      };
      const dark = (x: number, y: number, w: number, h: number) => {
        const d = ctx.getImageData(Math.round(x), Math.round(y), Math.max(1, Math.round(w)), Math.max(1, Math.round(h))).data;
        const mask: number[] = [];
        for (let i = 0; i < d.length; i += 4) mask.push(d[i]! + d[i + 1]! + d[i + 2]! < 3 * 110 ? 1 : 0);
        return mask;
      };
      const share = (m: number[]) => m.reduce((a, b) => a + b, 0) / m.length;
      const label = dark(box.x, box.y, box.w, box.h);
      const blank = dark(0, 0, Math.min(40, bitmap.width), Math.min(40, bitmap.height));
      const cellW = box.w / 3;
      const cells = [0, 1, 2].map((i) => dark(box.x + i * cellW, box.y, cellW, box.h));
      const diff = (a: number[], b: number[]) => a.reduce((s, v, i) => s + (v !== b[i] ? 1 : 0), 0) / Math.max(1, Math.max(share(a), share(b)) * a.length);
      return {
        width: bitmap.width,
        modelWidth: all.w,
        labelInk: share(label),
        blankInk: share(blank),
        cellDifference: Math.min(diff(cells[0]!, cells[1]!), diff(cells[1]!, cells[2]!), diff(cells[0]!, cells[2]!)),
      };
    },
    { b64: png.toString('base64'), nodeId },
  );
}
