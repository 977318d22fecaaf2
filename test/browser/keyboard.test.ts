// The explorer from the keyboard in Chromium: a whole task without a mouse, the export menu's Escape, the table's single tab stop.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, type Harness } from './explorer-harness';

vi.setConfig({ testTimeout: 180_000 });

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 150 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focused(page, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
}

function focused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
}

/** Types into the search box (already focused) and picks the suggestion for `id` with the arrow keys and Enter. */
async function searchAndPick(page: Page, text: string, id: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.waitForSelector(`#suggestions:not([hidden]) li[data-id="${id}"]`, { timeout: 30_000 });
  for (let i = 0; i < 10; i++) {
    const active = await page.evaluate(
      () => document.getElementById(document.getElementById('search')?.getAttribute('aria-activedescendant') ?? '')?.dataset.id,
    );
    if (active === id) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

/** Opens the node menu from the evidence panel's actions button (Tab to it, Enter) and runs `action` with the arrow keys. */
async function runNodeAction(page: Page, action: string): Promise<void> {
  await tabTo(page, '#side button.node-actions');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#context-menu:not([hidden])');
  for (let i = 0; i < 20 && !(await focused(page, `#context-menu [data-action="${action}"]`)); i++) await page.keyboard.press('ArrowDown');
  expect(await focused(page, `#context-menu [data-action="${action}"]`)).toBe(true);
  await page.keyboard.press('Enter');
}

const LANKAO = 'place:410225'; // 兰考县
const XINYANG = 'place:4115'; // 信阳市

describe('keyboard only', () => {
  let hx: Harness;

  beforeAll(async () => {
    hx = await startHarness();
  });
  afterAll(async () => {
    await hx?.close();
  });

  it('plays a whole task without a mouse: search 兰考 → evidence → path to 信阳市 → comparison → presentation', async () => {
    const page = await hx.open();
    // The skip link is the first stop and leads to the graph.
    await page.keyboard.press('Tab');
    expect(await focused(page, 'a.skip')).toBe(true);

    await tabTo(page, '#search');
    await searchAndPick(page, '兰考', LANKAO);
    // The pick opens the evidence and takes the reader there.
    await page.waitForSelector('#side:not([hidden]) ol.evidence li', { timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.getElementById('side')?.contains(document.activeElement) ?? false)).toBe(true);
    await runNodeAction(page, 'compare');
    await runNodeAction(page, 'path-from');
    expect(await page.textContent('#path-from')).toContain('兰考');

    await tabTo(page, '#search', { back: true });
    await searchAndPick(page, '信阳', XINYANG);
    await page.waitForSelector('#side:not([hidden]) ol.evidence li', { timeout: 30_000 });
    // The second end of a path is set: focus moves on to 查找路径, the next thing to do.
    await runNodeAction(page, 'path-to');
    expect(await focused(page, '#path-run')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#side:not([hidden]) li[data-path]', { timeout: 90_000 });
    expect(await page.locator('#side li[data-path]').count()).toBeGreaterThan(0);

    // Back to 信阳市's actions for the comparison: the second place moves focus on to 开始比较.
    await tabTo(page, '#search', { back: true });
    await searchAndPick(page, '信阳', XINYANG);
    await page.waitForSelector('#side:not([hidden]) ol.evidence li', { timeout: 30_000 });
    await runNodeAction(page, 'compare');
    expect(await focused(page, '#compare-run')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#side:not([hidden]) table.matrix', { timeout: 90_000 });

    // The comparison becomes a story step, and the story is presented; leaving it returns focus to 放映.
    await tabTo(page, '#story-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#story-steps li[data-step]').count()).toBeGreaterThan(0);
    await tabTo(page, '#story-present');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.pg-player[data-shown="1"]', { timeout: 30_000 });
    expect(await page.evaluate(() => document.getElementById('present')?.contains(document.activeElement) ?? false)).toBe(true);
    // The page behind is out of reach: Tab stays in the presentation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('present')?.contains(document.activeElement) ?? false)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#present', { state: 'detached' });
    expect(await focused(page, '#story-present')).toBe(true);
  });

  it('Escape closes the export menu and leaves focus on its button', async () => {
    const page = await hx.open();
    await tabTo(page, 'details.menu summary');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('details.menu', 'open')).toBe('');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('details.menu', 'open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.matches('details.menu summary'))).toBe(true);
  });

  it('the table is one tab stop; a row opens the node’s actions with the menu key', async () => {
    const page = await hx.open('#view=table');
    await page.waitForSelector('#table-wrap tbody tr');
    await tabTo(page, '#table-wrap tbody tr');
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    expect(second).not.toBe(first);
    // Only one row is in the tab order.
    expect(await page.locator('#table-wrap tbody tr[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Shift+F10');
    await page.waitForSelector('#context-menu:not([hidden])');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(second);
  });
});
