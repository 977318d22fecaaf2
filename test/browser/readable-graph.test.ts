// A graph people can read: labels chosen by importance never overlap — on the first view, at other zooms and after
// expanding ten nodes — keep a readable size when zoomed out, and show on hover.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expandHubs, type Harness, nodePoint, startHarness, waitReady } from './explorer-harness';

vi.setConfig({ testTimeout: 180_000 });

/** On-screen size of labels at zoom ≤ 1 (LABEL_PX in client/src/graph/style.ts). */
const LABEL_PX = 13;

/** The labels Cytoscape draws (visible node, label text, not transparent), with their boxes as the renderer reports them. */
const labelReport = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).cy as import('cytoscape').Core;
    const drawn = cy.nodes().filter((n) => n.visible() && n.style('label') !== '' && Number(n.style('text-opacity')) > 0);
    const boxes = drawn.map((n) => ({ id: n.id(), box: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) }));
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.box, boxes[j]!.box];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
      }
    return {
      labelled: boxes.map((b) => b.id),
      overlapping,
      smallestPx: Math.min(...drawn.map((n) => parseFloat(n.style('font-size')) * cy.zoom())),
      visible: cy.nodes().not('.filtered').length,
    };
  });

/** Waits until the labels were chosen for the current viewport (they are chosen again shortly after a pan or zoom). */
const settle = (page: Page) => page.waitForFunction(() => document.body.dataset.labels === 'chosen');

describe('readable graph', () => {
  let hx: Harness;

  beforeAll(async () => {
    hx = await startHarness();
  });
  afterAll(async () => {
    await hx?.close();
  });

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`names the most connected nodes on the first view at ${width}×${height} without two labels overlapping`, async () => {
      const context = await hx.browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
      try {
        const page = await context.newPage();
        await page.goto(`${hx.server.baseUrl}/`);
        await waitReady(page);
        await settle(page);
        const report = await labelReport(page);
        expect(report.overlapping).toEqual([]);
        expect(report.labelled.length).toBeGreaterThan(5);
        expect(report.smallestPx).toBeGreaterThanOrEqual(LABEL_PX - 0.5);
        // The most connected entity of the overview is named (documents count mentions, not importance).
        const hub = await page.evaluate(() => {
          const cy = (window as any).cy as import('cytoscape').Core;
          return cy
            .nodes()
            .not('.filtered')
            .filter((n) => n.data('type') !== 'Document')
            .sort((a, b) => Number(b.data('degree') ?? 0) - Number(a.data('degree') ?? 0))
            .first()
            .id();
        });
        expect(report.labelled).toContain(hub);
        if (width === 1920) await page.screenshot({ path: '/tmp/policygraph-readable-first.png' });
      } finally {
        await context.close();
      }
    });
  }

  it('keeps labels apart and readable when zoomed out and in, and names a hovered node', async () => {
    const page = await hx.open();
    // Braces: an evaluate returning cy (zoom and fit chain) would make Playwright serialise the whole graph.
    await page.evaluate(() => {
      (window as any).cy.zoom({ level: (window as any).cy.zoom() / 3, renderedPosition: { x: 500, y: 400 } });
    });
    await settle(page);
    const out = await labelReport(page);
    expect(out.overlapping).toEqual([]);
    expect(out.smallestPx).toBeGreaterThanOrEqual(LABEL_PX - 0.5);
    await page.evaluate(() => {
      (window as any).cy.zoom({ level: 2.5, renderedPosition: { x: 500, y: 400 } });
    });
    await settle(page);
    const zoomedIn = await labelReport(page);
    expect(zoomedIn.overlapping).toEqual([]);
    // Zoomed in, labels grow with the graph rather than staying small.
    expect(zoomedIn.smallestPx).toBeGreaterThan(LABEL_PX * 2);

    await page.evaluate(() => {
      (window as any).cy.fit(undefined, 40);
    });
    await settle(page);
    const unnamed = await page.evaluate(() => {
      const cy = (window as any).cy as import('cytoscape').Core;
      return cy
        .nodes()
        .not('.filtered')
        .filter((n) => !n.hasClass('labelled'))
        .first()
        .id();
    });
    expect(unnamed).toBeTruthy();
    const p = await nodePoint(page, unnamed);
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.evaluate((id) => Number((window as any).cy.getElementById(id).style('text-opacity')), unnamed)).toBe(1);
  });

  it('keeps labels apart after expanding ten nodes one after the other', async () => {
    const page = await hx.open();
    await expandHubs(page, 10);
    await settle(page);
    const report = await labelReport(page);
    expect(await page.evaluate(() => (window as any).explorer.state.expanded.length)).toBe(10);
    expect(report.overlapping).toEqual([]);
    expect(report.labelled.length).toBeGreaterThan(5);
    await page.screenshot({ path: '/tmp/policygraph-readable-expanded.png' });
  });

  it('zooms with the buttons and keys, fits everything back and centres on the selection', async () => {
    const page = await hx.open();
    const zoom = () => page.evaluate(() => (window as any).cy.zoom() as number);
    const start = await zoom();
    await page.click('#zoom-in');
    expect(await zoom()).toBeCloseTo(start * 1.25, 5);
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    expect(await zoom()).toBeCloseTo(start / 1.25, 5);
    await page.keyboard.press('+');
    expect(await zoom()).toBeCloseTo(start, 5);
    await page.keyboard.press('0');
    const allInView = await page.evaluate(() => {
      const cy = (window as any).cy as import('cytoscape').Core;
      const ext = cy.extent();
      const bb = cy.elements().not('.filtered').boundingBox({});
      return bb.x1 >= ext.x1 - 1 && bb.x2 <= ext.x2 + 1 && bb.y1 >= ext.y1 - 1 && bb.y2 <= ext.y2 + 1;
    });
    expect(allInView).toBe(true);
    // The hint says what the overview is.
    expect(await page.locator('#hint').isVisible()).toBe(true);
    expect(await page.textContent('#hint-text')).toMatch(/概览.*\d+ 个节点/);
    // Select as a reader does (the evidence panel opens and narrows the canvas), wander off, then press c.
    const p = await nodePoint(page, 'place:411503');
    await page.mouse.click(p.x, p.y);
    await page.locator('#side').waitFor();
    await waitReady(page);
    expect(await page.evaluate(() => (window as any).cy.getElementById('place:411503').selected())).toBe(true);
    await page.evaluate(() => {
      (window as any).cy.pan({ x: -5000, y: -5000 });
    });
    await page.keyboard.press('c');
    const centred = await page.evaluate(() => {
      const cy = (window as any).cy as import('cytoscape').Core;
      const p = cy.getElementById('place:411503').renderedPosition();
      return Math.abs(p.x - cy.width() / 2) < 2 && Math.abs(p.y - cy.height() / 2) < 2;
    });
    expect(centred).toBe(true);
  });

  it('reopens a permalink with the same node positions, zoom and pan', async () => {
    const page = await hx.open();
    await page.evaluate((id) => (window as any).explorer.neighbourhood.expand(id), 'place:411503');
    await waitReady(page);
    // The URL catches up with the picture once the view has settled.
    await expect.poll(() => decodeURIComponent(page.url()).includes('vp=')).toBe(true);
    const shown = () =>
      page.evaluate(() => {
        const cy = (window as any).cy as import('cytoscape').Core;
        return Object.fromEntries(
          cy
            .nodes()
            .not('.filtered')
            .nodes()
            .map((n) => [n.id(), n.renderedPosition()]),
        ) as Record<string, { x: number; y: number }>;
      });
    await settle(page);
    const before = await shown();
    const again = await hx.open(new URL(page.url()).hash);
    const after = await shown();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, p] of Object.entries(before)) {
      expect(Math.abs(after[id]!.x - p.x), id).toBeLessThan(3);
      expect(Math.abs(after[id]!.y - p.y), id).toBeLessThan(3);
    }
    await again.close();
  });

  it('opens a link naming an entity that is gone with a plain note, and the rest of its view', async () => {
    const page = await hx.open(`#focus=${encodeURIComponent('strategy:早已撤销的战略')}&x=${encodeURIComponent('place:411503')}`);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect(await page.textContent('#notes')).toContain('早已撤销的战略');
    expect(await page.evaluate(() => (window as any).explorer.state.expanded)).toEqual(['place:411503']);
    expect(await page.isVisible('#banner')).toBe(false);
  });

  it('applies a link pasted into the address bar of an open explorer', async () => {
    const page = await hx.open();
    await page.evaluate(() => (location.hash = `#focus=${encodeURIComponent('strategy:项目为王')}`));
    await expect.poll(() => page.evaluate(() => (window as any).explorer.state.focus)).toBe('strategy:项目为王');
    await waitReady(page);
    expect(await page.evaluate(() => (window as any).cy.getElementById('strategy:项目为王').nonempty())).toBe(true);
  });
});
