// The geographic layout in real Chromium: places drawn where they are (north up, east right), kept by the permalink.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodePoint, startHarness, waitReady, type Harness } from './explorer-harness';

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
});
