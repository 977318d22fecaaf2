// Finding and comparing in Chromium: search by pinyin initials, the comparison explained, its cells opening their evidence, its CSV.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, type Harness } from './explorer-harness';

vi.setConfig({ testTimeout: 180_000 });

const XMWW = 'strategy:项目为王';

describe('finding and comparing', () => {
  let hx: Harness;

  beforeAll(async () => {
    hx = await startHarness();
  });
  afterAll(async () => {
    await hx?.close();
  });

  it('typing the initials xmww suggests 项目为王 first, marked as a pinyin match, and Enter opens it', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await hx.open('', viewport);
      await page.click('#search');
      await page.keyboard.type('xmww');
      const first = page.locator('#suggestions:not([hidden]) li').first();
      await first.waitFor({ timeout: 30_000 });
      expect(await first.getAttribute('data-id')).toBe(XMWW);
      expect(await first.locator('.how').textContent()).toBe('拼音');
      await page.screenshot({ path: `/tmp/policygraph-search-pinyin-${viewport.width}.png` });
      await page.keyboard.press('Enter');
      await page.waitForSelector('#side:not([hidden]) ol.evidence li', { timeout: 30_000 });
      expect(await page.textContent('#side h2')).toContain('项目为王');
      await page.context().close();
    }
  });
});
