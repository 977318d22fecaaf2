// Finding and comparing in Chromium: search by pinyin initials, the comparison explained, its cells opening their evidence, its CSV, the next 40 of a capped expansion.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, visibleNodeIds, waitReady, type Harness } from './explorer-harness';

vi.setConfig({ testTimeout: 180_000 });

const XMWW = 'strategy:项目为王';
const PINGQIAO = 'place:411503'; // 平桥区
const LINZHOU = 'place:410581'; // 林州市
const COMPARE = `#cmp=${encodeURIComponent(PINGQIAO)}&cmp=${encodeURIComponent(LINZHOU)}`;

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

  it('explains the comparison: a caption saying what a cell counts, the Jaccard overlaps and the shared projects, in Chinese and in English', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await hx.open(COMPARE, viewport);
      await page.waitForSelector('#side table.matrix caption', { timeout: 30_000 });
      expect(await page.textContent('#side table.matrix caption')).toContain('依据句数');
      const pair = page.locator(`#side .overlap li[data-a="${PINGQIAO}"][data-b="${LINZHOU}"]`);
      expect(await pair.textContent()).toMatch(/^平桥区 与 林州市：\d+%（共同 \d+ 项）$/);
      expect(await page.textContent('#side .overlap .overall')).toMatch(/^所有地区：\d+%$/);
      expect(await page.textContent('#side p.shared-projects')).toMatch(/^共同的项目：\d+ 个/);
      // Every text of the panel at 12 px or more, as the evidence panel.
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('#side *')]
            .filter((el) => [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()))
            .map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual(12);
      await page.screenshot({ path: `/tmp/policygraph-compare-explained-${viewport.width}.png` });
      await page.context().close();
    }
    const page = await hx.open(`${COMPARE}&lang=en`);
    await page.waitForSelector('#side table.matrix caption', { timeout: 30_000 });
    expect(await page.textContent('#side table.matrix caption')).toContain('Each number counts the sentences');
    expect(await page.textContent('#side .overlap h3')).toBe('Overlap (Jaccard)');
    await page.context().close();
  });

  it('switching the language redraws the comparison in the new one: panel and labels, nothing left in the old language', async () => {
    const page = await hx.open(COMPARE, { width: 1366, height: 768 });
    await page.waitForSelector('#side table.matrix caption', { timeout: 30_000 });
    expect(await page.textContent('#side table.matrix caption')).toContain('依据句数');
    fs.mkdirSync('/tmp/client-s7', { recursive: true });
    await page.screenshot({ path: '/tmp/client-s7/compare-zh.png' });
    await Promise.all([page.waitForEvent('load'), page.click('#lang')]);
    await waitReady(page);
    await page.waitForSelector('#side table.matrix caption', { timeout: 30_000 });
    await page.screenshot({ path: '/tmp/client-s7/compare-en.png' });
    expect(await page.textContent('#side table.matrix caption')).toContain('Each number counts the sentences');
    expect(await page.textContent('#side .overlap h3')).toBe('Overlap (Jaccard)');
    // The shared list joins its Chinese names the English way, and the cells' names are English too.
    expect(await page.textContent('#side p.shared')).toMatch(/^Strategies pursued by all: \d+ — [^：、]+(, [^：、]+)*$/);
    expect(await page.locator('#side .overlap li').first().textContent()).toMatch(/^\S+ and \S+: \d+% \(\d+ in common\)$/);
    expect(await page.locator('#side table.matrix td.on button.cell').first().getAttribute('aria-label')).toMatch(/^\S+ and \S+: \d+ sentences, read them$/);
    await page.context().close();
  });

  it('a matrix cell opens the sentences behind it, each under its relation, and 返回比较 goes back', async () => {
    const page = await hx.open(COMPARE);
    const row = page.locator('#side table.matrix tbody tr', { hasText: '项目为王' });
    await row.waitFor({ timeout: 30_000 });
    const cell = row.locator(`td[data-place="${PINGQIAO}"] button.cell`);
    const count = Number(await cell.textContent());
    expect(count).toBeGreaterThan(0);
    await cell.click();
    await page.waitForSelector('#side .relation-cards', { timeout: 30_000 });
    expect(await page.textContent('#side h2')).toBe('平桥区 —推行→ 项目为王');
    const sentences = await page.locator('#side .relation-cards .sentence').allTextContents();
    expect(sentences.length).toBe(count);
    expect(sentences.every((s) => s.includes('项目为王'))).toBe(true);
    await page.screenshot({ path: '/tmp/policygraph-compare-cell.png' });
    await page.click('#side button.compare-back');
    await page.waitForSelector('#side table.matrix');
    await page.context().close();
  });

  it('exports the matrix as CSV that Excel reads as UTF-8: BOM, CRLF, one row per strategy, fields quoted', async () => {
    const page = await hx.open(COMPARE);
    await page.waitForSelector('#side button.compare-csv', { timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#side button.compare-csv')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('战略,范围,平桥区,林州市');
    const rows = await page.locator('#side table.matrix tbody tr').count();
    expect(lines).toHaveLength(rows + 1);
    expect(lines.find((l) => l.startsWith('项目为王,'))).toMatch(/^项目为王,[^,]*,[1-9]\d*,[1-9]\d*$/);
    await page.context().close();
  });

  it('a capped expansion offers 显示后 40 个, which loads the next neighbours around the node', async () => {
    const page = await hx.open();
    const all = await (await fetch(`${hx.server.baseUrl}/api/graph/neighborhood?ids=${encodeURIComponent(PINGQIAO)}&limit=2000`)).json();
    const total = all.total as number;
    expect(total).toBeGreaterThan(40);
    await page.fill('#search', '平桥区');
    await page.locator(`#suggestions li[data-id="${PINGQIAO}"]`).click();
    await waitReady(page);
    const note = page.locator('#notes li', { hasText: '“平桥区”的邻居已截断' }).last();
    expect(await note.textContent()).toContain(`显示 40 / 共 ${total} 个`);
    const next = (await (await fetch(`${hx.server.baseUrl}/api/graph/neighborhood?ids=${encodeURIComponent(PINGQIAO)}&limit=40&offset=40`)).json()) as {
      elements: { nodes: { data: { id: string } }[] };
    };
    const expected = next.elements.nodes.map((n) => n.data.id).filter((id) => id !== PINGQIAO);
    expect((await visibleNodeIds(page)).filter((id) => expected.includes(id)).length).toBeLessThan(expected.length);
    await note.locator('button.note-action').click();
    await waitReady(page);
    const visible = new Set(await visibleNodeIds(page));
    expect(expected.filter((id) => !visible.has(id))).toEqual([]);
    const shown = Math.min(80, total);
    if (total > 80) {
      const again = page.locator('#notes li', { hasText: `显示 ${shown} / 共 ${total} 个` });
      expect(await again.locator('button.note-action').count()).toBe(1);
    }
    await page.screenshot({ path: '/tmp/policygraph-next-40.png' });
    await page.context().close();
  });

  it('a link made after 显示后 40 个 reopens with those neighbours, where they were, and its note goes on from there', async () => {
    const page = await hx.open();
    const total = (
      (await (await fetch(`${hx.server.baseUrl}/api/graph/neighborhood?ids=${encodeURIComponent(PINGQIAO)}&limit=2000`)).json()) as { total: number }
    ).total;
    expect(total).toBeGreaterThan(80);
    await page.fill('#search', '平桥区');
    await page.locator(`#suggestions li[data-id="${PINGQIAO}"]`).click();
    await waitReady(page);
    await page.locator('#notes li', { hasText: '“平桥区”的邻居已截断' }).last().locator('button.note-action').click();
    await waitReady(page);
    await page.locator('#notes li', { hasText: `显示 80 / 共 ${total} 个` }).waitFor();
    const positions = (p: typeof page) =>
      p.evaluate(() =>
        Object.fromEntries(
          (window as any).cy
            .nodes()
            .not('.filtered')
            .map((n: import('cytoscape').NodeSingular) => [n.id(), n.renderedPosition()]),
        ),
      ) as Promise<Record<string, { x: number; y: number }>>;
    const before = await positions(page);
    // The link as the page left it, read after the picture it must bring back.
    const link = page.url();
    expect(decodeURIComponent(link)).toContain(`more=1,${PINGQIAO}`);
    await page.context().close();

    // The link pasted into a fresh window: the same nodes, each where it was, and the note counting all 80.
    const again = await hx.open(link.slice(link.indexOf('#')));
    const after = await positions(again);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, p] of Object.entries(before)) {
      expect(Math.abs(after[id]!.x - p.x), id).toBeLessThan(3);
      expect(Math.abs(after[id]!.y - p.y), id).toBeLessThan(3);
    }
    const note = again.locator('#notes li', { hasText: `“平桥区”的邻居已截断：显示 80 / 共 ${total} 个` });
    await again.screenshot({ path: '/tmp/client-s9/next-40-reopened.png' });
    // Its button reads on from the 80 already there: the third page comes in, and the link names two pages.
    const third = (await (await fetch(`${hx.server.baseUrl}/api/graph/neighborhood?ids=${encodeURIComponent(PINGQIAO)}&limit=40&offset=80`)).json()) as {
      elements: { nodes: { data: { id: string } }[] };
    };
    await note.locator('button.note-action').click();
    await waitReady(again);
    const visible = new Set(await visibleNodeIds(again));
    expect(third.elements.nodes.map((n) => n.data.id).filter((id) => !visible.has(id))).toEqual([]);
    expect(decodeURIComponent(again.url())).toContain(`more=2,${PINGQIAO}`);
    await again.context().close();
  });
});
