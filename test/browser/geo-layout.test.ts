// The geographic layout in real Chromium: places drawn where they are (north up, east right), kept by the permalink.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodePoint, openStories, startHarness, waitReady, type Harness } from './explorer-harness';

vi.setConfig({ testTimeout: 120_000 });

const XINYANG = 'place:4115'; // 信阳市, ~32.1°N
const XINXIANG = 'place:4107'; // 新乡市, ~35.3°N
const LANKAO = 'place:410225'; // 兰考县, ~114.8°E
const LINZHOU = 'place:410581'; // 林州市, ~113.8°E
const XIANGMU = 'strategy:项目为王';

const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Province names the base map draws now, with their boxes on the canvas. */
function mapNames(page: Page): Promise<Array<Box & { text: string }>> {
  return page.evaluate(() => {
    const origin = document.querySelector('#graph')!.getBoundingClientRect();
    return [...document.querySelectorAll<SVGTextElement>('#graph .base-map-labels text')]
      .filter((t) => getComputedStyle(t).display !== 'none' && getComputedStyle(t.ownerSVGElement!).display !== 'none')
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top };
      });
  });
}

/** Every shown node's box on the canvas, with its label when the label is drawn. */
function nodeBoxes(page: Page): Promise<Array<Box & { id: string; named: boolean }>> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    return cy
      .nodes()
      .not('.filtered')
      .map((n) => {
        const named = n.hasClass('labelled');
        const b = n.renderedBoundingBox({ includeLabels: named, includeOverlays: false, useCache: false } as import('cytoscape').BoundingBoxOptions);
        return { id: n.id(), named, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      });
  });
}

/** Waits until the graph's labels match the viewport (the map's names are placed right after them). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.labels === 'chosen');
}

/** The names on the map and what they must not touch: nodes, drawn node labels, the canvas's edge. */
async function namesClear(page: Page): Promise<{ names: string[]; touching: string[]; offCanvas: string[] }> {
  await settled(page);
  const [names, nodes, size] = [
    await mapNames(page),
    await nodeBoxes(page),
    await page.locator('#graph').evaluate((e) => ({ w: e.clientWidth, h: e.clientHeight })),
  ];
  return {
    names: names.map((n) => n.text),
    touching: names.flatMap((n) => nodes.filter((b) => overlap(n, b)).map((b) => `${n.text} × ${b.id}${b.named ? ' (label)' : ''}`)),
    offCanvas: names.filter((n) => n.x1 < 0 || n.y1 < 0 || n.x2 > size.w || n.y2 > size.h).map((n) => n.text),
  };
}

/** Where nodes are on screen (rendered positions: y grows downwards). */
function screenPositions(page: Page, ids: string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((list) => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    return Object.fromEntries(
      list.map((id) => {
        const n = cy.getElementById(id);
        if (n.empty()) throw new Error(`node ${id} is not on the canvas`);
        return [id, n.renderedPosition()];
      }),
    );
  }, ids);
}

/**
 * True when the four places sit as on a map of Henan, and so does every other pair of shown places with
 * coordinates: whoever is further east is further right, whoever is further north is higher up.
 */
async function laidOutAsOnAMap(page: Page): Promise<boolean> {
  const p = await screenPositions(page, [XINYANG, XINXIANG, LANKAO, LINZHOU]);
  if (!(p[XINYANG]!.y > p[XINXIANG]!.y && p[LANKAO]!.x > p[LINZHOU]!.x)) return false;
  const places = await page.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    return cy
      .nodes('[type = "Place"][lon]')
      .not('.filtered')
      .nodes()
      .map((n) => ({ lon: n.data('lon') as number, lat: n.data('lat') as number, ...n.renderedPosition() }));
  });
  return places.length >= 5 && places.every((a) => places.every((b) => (a.lon - b.lon <= 0.05 || a.x > b.x) && (a.lat - b.lat <= 0.05 || a.y < b.y)));
}

describe('geographic layout in Chromium', () => {
  let hx: Harness;

  beforeAll(async () => {
    hx = await startHarness();
  });
  afterAll(async () => {
    await hx?.close();
  });

  it('draws 信阳市 below 新乡市 and 兰考县 right of 林州市, and a reload keeps that layout', async () => {
    const page = await hx.open();
    // Under the force layout the four places sit anywhere; the geographic one must put them as on a map.
    await expect.poll(() => page.evaluate(() => (document.querySelector('#layout option[value="geo"]') as HTMLOptionElement).disabled)).toBe(false);
    await page.selectOption('#layout', 'geo');
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain('layout=geo');
    await expect.poll(() => laidOutAsOnAMap(page), { timeout: 20_000 }).toBe(true);
    // Strategies and projects have no coordinates: they are placed too, on the canvas and not piled on one point.
    const others = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      return cy
        .nodes('[type = "Strategy"]')
        .not('.filtered')
        .nodes()
        .map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`);
    });
    expect(others.length).toBeGreaterThan(1);
    expect(new Set(others).size).toBe(others.length);
    await page.screenshot({ path: '/tmp/policygraph-geo.png' });

    await page.reload();
    await waitReady(page);
    expect(await page.inputValue('#layout')).toBe('geo');
    await expect.poll(() => laidOutAsOnAMap(page), { timeout: 20_000 }).toBe(true);
  });

  it('draws province outlines under the map, 兰考县 inside 河南 after zoom and pan, and none under the force layout', async () => {
    const page = await hx.open();
    // The first view (force layout) has no base map, and has not fetched its chunk.
    expect(await page.locator('#graph svg.base-map').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (document.querySelector('#layout option[value="geo"]') as HTMLOptionElement).disabled)).toBe(false);
    await page.selectOption('#layout', 'geo');
    await expect.poll(() => laidOutAsOnAMap(page), { timeout: 20_000 }).toBe(true);
    /** Whether the named province's drawn outline holds the node's rendered centre (the SVG fills the canvas's box). */
    const inside = (name: string, id: string) =>
      page.evaluate(
        ([name, id]) => {
          const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
          const path = document.querySelector<SVGPathElement>(`#graph svg.base-map path[data-name="${name}"]`);
          const svg = path?.ownerSVGElement;
          if (!path || !svg || getComputedStyle(svg).display === 'none') return false;
          const p = cy.getElementById(id).renderedPosition();
          const pt = svg.createSVGPoint();
          [pt.x, pt.y] = [p.x, p.y];
          return path.isPointInFill(pt);
        },
        [name, id] as const,
      );
    await expect.poll(() => inside('Henan', LANKAO), { timeout: 10_000 }).toBe(true);
    expect(await inside('Shandong', LANKAO)).toBe(false);
    expect(await inside('Henan', XINYANG)).toBe(true);
    // China's map includes 台湾, 香港 and 澳门 (Natural Earth files them apart from the provinces), each where it lies:
    // 台湾 across the strait east of 福建, 香港 and 澳门 at 广东's coast.
    const box = (name: string) =>
      page.evaluate((n) => {
        const b = (document.querySelector(`#graph svg.base-map path[data-name="${n}"]`) as SVGPathElement).getBBox();
        return { x1: b.x, x2: b.x + b.width, y1: b.y, y2: b.y + b.height };
      }, name);
    const [taiwan, fujian, guangdong] = [await box('Taiwan'), await box('Fujian'), await box('Guangdong')];
    expect(taiwan.x1).toBeGreaterThan(fujian.x1 + (fujian.x2 - fujian.x1) / 2);
    expect(taiwan.y1).toBeLessThan(fujian.y2);
    expect(taiwan.y2).toBeGreaterThan(fujian.y1);
    for (const city of ['Hong Kong', 'Macao']) {
      const c = await box(city);
      expect(c.x2 - c.x1).toBeGreaterThan(0);
      expect(c.x1).toBeGreaterThan(guangdong.x1);
      expect(c.x2).toBeLessThan(guangdong.x2);
      expect(c.y1).toBeGreaterThan(guangdong.y1);
    }
    // Zoomed in around 兰考县 and panned: the outlines are redrawn with the nodes.
    await page.evaluate((id) => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: cy.getElementById(id).renderedPosition() });
      cy.panBy({ x: -120, y: 70 });
    }, LANKAO);
    await expect.poll(() => inside('Henan', LANKAO)).toBe(true);
    expect(await inside('Shandong', LANKAO)).toBe(false);
    await page.screenshot({ path: '/tmp/policygraph-basemap-zoomed.png' });

    await page.selectOption('#layout', 'fcose');
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toContain('layout=geo');
    await expect.poll(() => page.locator('#graph svg.base-map').evaluate((s) => getComputedStyle(s).display)).toBe('none');
  });

  it('cannot be chosen, and says why, when no place with coordinates is shown', async () => {
    const page = await hx.open();
    await page.locator('#filter-types input[value="Place"]').uncheck();
    await waitReady(page);
    const geo = page.locator('#layout option[value="geo"]');
    await expect.poll(() => geo.evaluate((o) => (o as HTMLOptionElement).disabled)).toBe(true);
    expect(await geo.getAttribute('title')).toBe('当前图中没有带坐标的地区');
  });

  for (const [width, height] of SIZES) {
    it(`in English at ${width}×${height}, names every node and relation type in the legend and the filters without clipping a word`, async () => {
      const page = await hx.open('#layout=geo&lang=en', { width, height });
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#legend li, #legend-rels li, #filter-types label, #filter-rels label')].map((e) => ({
          text: e.textContent ?? '',
          clipped: e.scrollWidth > e.clientWidth || e.getBoundingClientRect().right > e.closest('.left')!.getBoundingClientRect().right,
        })),
      );
      expect(rows.map((r) => r.text)).toContain('participates in');
      expect(rows.map((r) => r.text)).toContain('reuses text of');
      expect(rows.filter((r) => r.clipped)).toEqual([]);
    });
  }

  it('gives the adoption timeline of 项目为王 on the map the width of a wide screen, and keeps 26rem on a laptop', async () => {
    for (const [width, height] of SIZES) {
      const page = await hx.open('#layout=geo', { width, height });
      const p = await nodePoint(page, XIANGMU);
      await page.mouse.click(p.x, p.y, { button: 'right' });
      await page.click('#context-menu button[data-action="timeline"]');
      await waitReady(page);
      await page.locator('#timeline-list li').first().waitFor();
      const list = await page.locator('#timeline-list').evaluate((e) => e.getBoundingClientRect().width);
      const graph = await page.locator('#graph').evaluate((e) => e.getBoundingClientRect().width);
      if (width === 1920) expect(list).toBeGreaterThanOrEqual(420);
      else expect(list).toBeGreaterThanOrEqual(330);
      // The map keeps most of the window.
      expect(graph).toBeGreaterThan(width * 0.55);
      await page.screenshot({ path: `/tmp/policygraph-geo-timeline-${width}.png` });
      await page.context().close();
    }
  });

  for (const [width, height] of SIZES) {
    it(`names the places and the provinces on the map at ${width}×${height}, provinces in Chinese, never over a node or a drawn node label, also zoomed in`, async () => {
      const page = await hx.open('#layout=geo', { width, height });
      await expect.poll(async () => (await mapNames(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
      const first = await namesClear(page);
      // The sample corpus is in 河南: it and its neighbours are named, in Chinese.
      expect(first.names).toContain('河南');
      expect(first.names).toContain('山东');
      expect(first.names.every((n) => /^[\u4e00-\u9fff]+$/.test(n))).toBe(true);
      expect(first.touching).toEqual([]);
      expect(first.offCanvas).toEqual([]);
      // On a map the places are what a reader looks for: named before strategies of higher degree, so of the four
      // (whose labels may still have to give way to a neighbour's node: 兰考县 sits against 开封市) three at least.
      const namedPlaces = await page.evaluate(
        (ids) => {
          const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
          return ids.filter((id) => cy.getElementById(id).hasClass('labelled'));
        },
        [XINYANG, XINXIANG, LANKAO, LINZHOU],
      );
      expect(namedPlaces.length).toBeGreaterThanOrEqual(3);
      // The map has places: nothing says it has none (asking for the layout before the graph loaded once did).
      expect(await page.locator('#notes').textContent()).not.toContain('没有带坐标');
      await page.screenshot({ path: `/tmp/policygraph-geo-names-${width}.png` });
      // Zoomed in on the dense middle of the graph: names move away from the nodes or go.
      await page.evaluate((id) => {
        const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
        cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: cy.getElementById(id).renderedPosition() });
      }, LANKAO);
      const zoomed = await namesClear(page);
      expect(zoomed.touching).toEqual([]);
      expect(zoomed.offCanvas).toEqual([]);
      await page.screenshot({ path: `/tmp/policygraph-geo-names-zoomed-${width}.png` });
      await page.context().close();
    });
  }

  it('names the provinces in English after the language switch, and draws the 南海诸岛 inset in the corner when the map shows the country', async () => {
    const page = await hx.open('#layout=geo&lang=en', { width: 1366, height: 768 });
    await expect.poll(async () => (await mapNames(page)).map((n) => n.text), { timeout: 20_000 }).toContain('Henan');
    const inset = page.locator('#graph svg.base-map-inset');
    // A map of 河南 and its neighbours is no national map: no inset.
    expect(await inset.evaluate((s) => getComputedStyle(s).display)).toBe('none');
    // Zoomed out to the whole country: every name is clear of the graph, and the inset stands in the lower right corner.
    await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      cy.zoom({ level: cy.zoom() / 5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    const national = await namesClear(page);
    expect(national.names).toEqual(expect.arrayContaining(['Xinjiang', 'Inner Mongolia', 'Heilongjiang']));
    expect(national.touching).toEqual([]);
    await expect.poll(() => inset.evaluate((s) => getComputedStyle(s).display)).not.toBe('none');
    const [box, graph, nodes, names] = [
      (await inset.boundingBox())!,
      (await page.locator('#graph').boundingBox())!,
      await nodeBoxes(page),
      await mapNames(page),
    ];
    expect(box.x).toBeGreaterThanOrEqual(graph.x);
    expect(box.y).toBeGreaterThanOrEqual(graph.y);
    expect(box.x + box.width).toBeLessThanOrEqual(graph.x + graph.width);
    expect(box.y + box.height).toBeLessThanOrEqual(graph.y + graph.height);
    // Lower right: its right and bottom edges within a few pixels of the canvas's.
    expect(graph.x + graph.width - (box.x + box.width)).toBeLessThan(20);
    expect(graph.y + graph.height - (box.y + box.height)).toBeLessThan(20);
    const onCanvas = { x1: box.x - graph.x, y1: box.y - graph.y, x2: box.x + box.width - graph.x, y2: box.y + box.height - graph.y };
    expect(nodes.filter((n) => overlap(n, onCanvas)).map((n) => n.id)).toEqual([]);
    expect(names.filter((n) => overlap(n, onCanvas)).map((n) => n.text)).toEqual([]);
    // Drawn from the same data: China's coast and the islands, and its caption inside the box, not cut off.
    expect(await inset.locator('circle').count()).toBeGreaterThan(20);
    const caption = await inset.locator('text').evaluate((t) => {
      const r = t.getBoundingClientRect();
      const b = (t as unknown as SVGTextElement).ownerSVGElement!.getBoundingClientRect();
      return { text: t.textContent, inside: r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom };
    });
    expect(caption).toEqual({ text: 'South ChinaSea Islands', inside: true }); // two lines: South China / Sea Islands
    await page.screenshot({ path: '/tmp/policygraph-geo-national-en-1366.png' });
    // Another layout: no map, no inset.
    await page.selectOption('#layout', 'fcose');
    await expect.poll(() => inset.evaluate((s) => getComputedStyle(s).display)).toBe('none');
  });

  it('shows the base map under a geographic step on the projector, names clear of its labels and bars, and none under a force-layout step', async () => {
    const page = await hx.open('#layout=geo', { width: 1920, height: 1080 });
    await openStories(page);
    await page.click('#story-add');
    await expect.poll(() => page.locator('#story-steps li[data-step]').count(), { timeout: 60_000 }).toBe(1);
    await page.selectOption('#layout', 'fcose');
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toContain('layout=geo');
    await waitReady(page);
    await page.click('#story-add');
    await expect.poll(() => page.locator('#story-steps li[data-step]').count(), { timeout: 60_000 }).toBe(2);
    await page.click('#story-present');
    await page.waitForSelector('.pg-player[data-shown="1"]');
    const map = page.locator('.pg-canvas svg.base-map');
    await expect.poll(() => map.evaluate((s) => getComputedStyle(s).display)).not.toBe('none');
    // The map lies under the places as in the explorer: 兰考县 inside 河南's outline.
    const inHenan = () =>
      page.evaluate((id) => {
        const cy = (window as unknown as { player: { cy: import('cytoscape').Core } }).player.cy;
        const path = document.querySelector<SVGPathElement>('.pg-canvas svg.base-map path[data-name="Henan"]')!;
        const pt = path.ownerSVGElement!.createSVGPoint();
        const p = cy.getElementById(id).renderedPosition();
        [pt.x, pt.y] = [p.x, p.y];
        return path.isPointInFill(pt);
      }, LANKAO);
    expect(await inHenan()).toBe(true);
    // Names are drawn, and touch no node, no drawn label, and neither the title bar nor the caption.
    const report = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { player: { cy: import('cytoscape').Core } }).player.cy;
        const origin = cy.container()!.getBoundingClientRect();
        const rel = (r: DOMRect) => ({ x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top });
        const names = [...document.querySelectorAll<SVGTextElement>('.pg-canvas .base-map-labels text')]
          .filter((t) => getComputedStyle(t).display !== 'none')
          .map((t) => ({ text: t.textContent ?? '', ...rel(t.getBoundingClientRect()) }));
        const nodes = cy.nodes().map((n) => {
          const drawn = n.style('label') !== '' && Number(n.style('text-opacity')) > 0;
          const b = n.renderedBoundingBox({ includeLabels: drawn, includeOverlays: false, useCache: false } as import('cytoscape').BoundingBoxOptions);
          return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        });
        const bars = [...document.querySelectorAll('.pg-head, .pg-foot')]
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => ({ id: e.className, ...rel(e.getBoundingClientRect()) }));
        const hit = (a: { x1: number; y1: number; x2: number; y2: number }, b: typeof a) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        return {
          names: names.map((n) => n.text),
          touching: names.flatMap((n) => [...nodes, ...bars].filter((b) => hit(n, b)).map((b) => `${n.text} × ${b.id}`)),
        };
      });
    await expect.poll(async () => (await report()).names.length).toBeGreaterThanOrEqual(2);
    expect((await report()).touching).toEqual([]);
    await page.screenshot({ path: '/tmp/policygraph-geo-projector-1920.png' });
    // The next step was taken from the force layout: no map under it; back again, the map returns.
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.pg-player[data-shown="2"]');
    await expect.poll(() => map.evaluate((s) => getComputedStyle(s).display)).toBe('none');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('.pg-player[data-shown="1"]');
    await expect.poll(() => map.evaluate((s) => getComputedStyle(s).display)).not.toBe('none');
    await expect.poll(inHenan).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('embeds a geographic view with its base map and its province names', async () => {
    const context = await hx.browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${hx.server.baseUrl}/embed#layout=geo`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 30_000 });
    const map = page.locator('svg.base-map');
    await expect.poll(() => map.evaluate((s) => getComputedStyle(s).display)).not.toBe('none');
    const names = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<SVGTextElement>('svg.base-map .base-map-labels text')]
          .filter((t) => getComputedStyle(t).display !== 'none')
          .map((t) => t.textContent),
      );
    await expect.poll(names).toContain('河南');
    await page.waitForFunction(() => document.body.dataset.labels === 'chosen');
    // No name touches a node or a drawn node label.
    const touching = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const origin = cy.container()!.getBoundingClientRect();
      const nodes = cy
        .nodes()
        .map((n) =>
          n.renderedBoundingBox({ includeLabels: n.hasClass('labelled'), includeOverlays: false, useCache: false } as import('cytoscape').BoundingBoxOptions),
        );
      return [...document.querySelectorAll<SVGTextElement>('svg.base-map .base-map-labels text')]
        .filter((t) => getComputedStyle(t).display !== 'none')
        .filter((t) => {
          const r = t.getBoundingClientRect();
          const [x1, y1, x2, y2] = [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top];
          return nodes.some((b) => x1 < b.x2 && b.x1 < x2 && y1 < b.y2 && b.y1 < y2);
        })
        .map((t) => t.textContent);
    });
    expect(touching).toEqual([]);
    await page.screenshot({ path: '/tmp/policygraph-geo-embed.png' });
    await context.close();
  });
});
