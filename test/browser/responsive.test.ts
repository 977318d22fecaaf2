// The explorer on a phone, a tablet, a laptop and a projector in Chromium: with the evidence panel open the graph
// keeps a usable part of the window, nothing runs off the side, and the panel's text stays readable.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, waitReady, type Harness } from './explorer-harness';

vi.setConfig({ testTimeout: 180_000 });

const PINGQIAO = 'place:411503'; // 平桥区

const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

/** Boxes of the graph and the panel, the page's overflow, and the smallest font size in the panel. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (id: string) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const texts = [...document.querySelectorAll<HTMLElement>('#side-body *')]
      .filter((el) => el.childNodes.length > 0 && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''))
      .map((el) => ({
        size: Number.parseFloat(getComputedStyle(el).fontSize),
        what: `${el.tagName.toLowerCase()}.${el.className} ${el.textContent!.trim().slice(0, 12)}`,
      }));
    const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a), texts[0]!);
    return {
      graph: box('graph'),
      side: box('side'),
      scrollWidth: document.documentElement.scrollWidth,
      // The smallest text and what it is, so a failure names the element.
      minFont: smallest.size,
      smallest: smallest.what,
    };
  });
}

describe('the explorer on small and large screens', () => {
  let hx: Harness;

  beforeAll(async () => {
    hx = await startHarness();
  });
  afterAll(async () => {
    await hx?.close();
  });

  for (const size of SIZES) {
    it(`${size.name} (${size.width}×${size.height}): evidence open, the graph still usable`, async () => {
      const context = await hx.browser.newContext({ viewport: { width: size.width, height: size.height }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${hx.server.baseUrl}/#sel=${encodeURIComponent(PINGQIAO)}`);
      await waitReady(page);
      await page.waitForSelector('#side:not([hidden]) ol.evidence li', { timeout: 60_000 });
      await page.screenshot({ path: `/tmp/policygraph-${size.width}x${size.height}.png` });
      const m = await measure(page);
      // Nothing wider than the window: no sideways scrolling on a phone.
      expect(m.scrollWidth).toBeLessThanOrEqual(size.width);
      // The graph keeps at least a third of the window's height and most of its width (on a phone the panel sits
      // under it, beside it on wider windows), and the panel does not lie over it.
      expect(m.graph.height).toBeGreaterThanOrEqual(size.height / 3);
      expect(m.graph.width).toBeGreaterThanOrEqual(size.width * 0.45);
      const overlap =
        Math.max(0, Math.min(m.graph.x + m.graph.width, m.side.x + m.side.width) - Math.max(m.graph.x, m.side.x)) *
        Math.max(0, Math.min(m.graph.y + m.graph.height, m.side.y + m.side.height) - Math.max(m.graph.y, m.side.y));
      expect(overlap).toBe(0);
      // Panel text at 12 px or more.
      expect(m.minFont, m.smallest).toBeGreaterThanOrEqual(12);
      await context.close();
    });
  }
});
