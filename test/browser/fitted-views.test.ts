// Every view fitted and readable at 1920×1080 and 1366×768: after the first view, ten expansions, a place's adoptions
// on the map and a strategy's timeline, every visible node is on screen and clear of the hint and the notes, no two
// labels overlap and no label covers another node.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expandHubs, type Harness, nodePoint, startHarness, waitReady } from './explorer-harness';

vi.setConfig({ testTimeout: 240_000 });

const PINGQIAO = 'place:411503'; // 平桥区
const XIANGMU = 'strategy:项目为王';

const settle = (page: Page) => page.waitForFunction(() => document.body.dataset.labels === 'chosen');

/** What a reader would call unreadable, measured on the canvas as drawn. */
const report = async (page: Page) => {
  // The pointer off the canvas: a hovered node shows its name whatever label priority chose.
  await page.mouse.move(1, 1);
  await settle(page);
  return page.evaluate(() => {
    const cy = (window as any).cy as import('cytoscape').Core;
    const graph = document.getElementById('graph')!.getBoundingClientRect();
    // Overlays drawn over the canvas: a node under one of them is hidden from the reader.
    const overlays = ['status', 'hint', 'notes', 'nav', 'overview-map']
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null && !el.hidden && el.offsetParent !== null)
      .map((el) => ({ id: el.id, r: el.getBoundingClientRect() }))
      .filter((o) => o.r.width > 0 && o.r.height > 0);
    const shown = cy.nodes().filter((n) => n.visible());
    const offScreen: string[] = [];
    const underOverlay: string[] = [];
    for (const n of shown) {
      const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      const [x1, y1, x2, y2] = [graph.left + b.x1, graph.top + b.y1, graph.left + b.x2, graph.top + b.y2];
      if (x1 < graph.left || y1 < graph.top || x2 > graph.right || y2 > graph.bottom) offScreen.push(n.data('label'));
      for (const o of overlays) if (x1 < o.r.right && o.r.left < x2 && y1 < o.r.bottom && o.r.top < y2) underOverlay.push(`${n.data('label')} under #${o.id}`);
    }
    const drawn = shown.filter((n) => n.style('label') !== '' && Number(n.style('text-opacity')) > 0);
    const labels = drawn.map((n) => ({ n, box: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) }));
    const ov = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const overlapping: string[] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        if (ov(labels[i]!.box, labels[j]!.box)) overlapping.push(`${labels[i]!.n.data('label')} × ${labels[j]!.n.data('label')}`);
    // A label may graze a shape's rim on its plate, never cover the middle of another node.
    const covering: string[] = [];
    for (const { n, box } of labels)
      for (const m of shown) {
        if (m.id() === n.id()) continue;
        const b = m.boundingBox({ includeLabels: false, includeOverlays: false });
        const [qw, qh] = [(b.x2 - b.x1) / 4, (b.y2 - b.y1) / 4];
        if (ov(box, { x1: b.x1 + qw, y1: b.y1 + qh, x2: b.x2 - qw, y2: b.y2 - qh })) covering.push(`${n.data('label')} over ${m.data('label')}`);
      }
    return { shown: shown.length, labelled: labels.length, offScreen, underOverlay, overlapping, covering };
  });
};

async function contextAction(page: Page, nodeId: string, action: string): Promise<void> {
  const p = await nodePoint(page, nodeId);
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.click(`#context-menu button[data-action="${action}"]`);
  await waitReady(page);
}

function expectReadable(r: Awaited<ReturnType<typeof report>>): void {
  expect(r.offScreen).toEqual([]);
  expect(r.underOverlay).toEqual([]);
  expect(r.overlapping).toEqual([]);
  expect(r.covering).toEqual([]);
  expect(r.labelled).toBeGreaterThan(3);
}

describe('fitted views', () => {
  let hx: Harness;
  beforeAll(async () => {
    // Ten expansions on a shared 2-core machine: the first view's query may wait its turn longer than the default.
    hx = await startHarness({ queryTimeoutMs: 60_000 });
  });
  afterAll(async () => {
    await hx?.close();
  });

  it('lays out the hierarchy in rows that read at 1366×768, not a strip at zoom 0.35', async () => {
    const page = await hx.open('#layout=dagre', { width: 1366, height: 768 });
    const r = await report(page);
    expectReadable(r);
    const zoom = await page.evaluate(() => (window as any).cy.zoom());
    expect(zoom).toBeGreaterThan(0.6);
    await page.screenshot({ path: '/tmp/policygraph-fitted-hierarchy-1366.png' });
  });

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    const size = `${width}×${height}`;
    it(`fits the first view and ten expansions at ${size}`, async () => {
      const page = await hx.open('', { width, height });
      await settle(page);
      expectReadable(await report(page));
      await page.screenshot({ path: `/tmp/policygraph-fitted-first-${width}.png` });
      await expandHubs(page, 10);
      await settle(page);
      const r = await report(page);
      expect(r.shown).toBeGreaterThan(73);
      expectReadable(r);
      // A graph this large gets the overview map on a wide screen; the first view (73 nodes) did not.
      if (r.shown >= 120) expect(await page.locator('#overview-map').isVisible()).toBe(true);
      await page.screenshot({ path: `/tmp/policygraph-fitted-expanded-${width}.png` });
    });

    it(`fits 平桥区's adoptions and 项目为王's timeline on the map at ${size}`, async () => {
      const page = await hx.open('#layout=geo', { width, height });
      await contextAction(page, PINGQIAO, 'adoptions');
      await settle(page);
      expectReadable(await report(page));
      await page.screenshot({ path: `/tmp/policygraph-fitted-adoptions-${width}.png` });
      await contextAction(page, XIANGMU, 'timeline');
      await page.locator('#timeline-list li').first().waitFor();
      await settle(page);
      // The overview's hint has left; the notes (结果已截断 …) cover no node.
      expect(await page.locator('#hint').isVisible()).toBe(false);
      expectReadable(await report(page));
      await page.screenshot({ path: `/tmp/policygraph-fitted-timeline-${width}.png` });
    });
  }
});
