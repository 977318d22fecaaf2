// axe-core over every state of the explorer, /embed, the presentation, the offline story file and /api/docs, in real Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Story } from '@policygraph/contract/story';
import { storyToHtml } from '../../server/src/story-export';
import { axeAudit, describeViolations, type AxeReport } from './axe';
import { classroomStory } from './classroom-fixture';
import { nodePoint, openStories, startHarness, type Harness } from './explorer-harness';

vi.setConfig({ testTimeout: 180_000 });

const PINGQIAO = 'place:411503'; // 平桥区
const XINYANG = 'place:4115'; // 信阳市
const LINZHOU = 'place:410581'; // 林州市
const XIANGMU = 'strategy:项目为王';

/** Each audited state with its counts, printed at the end for BENCHMARKS.md. */
const results: [string, AxeReport][] = [];

async function audit(name: string, page: Page): Promise<AxeReport> {
  const report = await axeAudit(page);
  results.push([name, report]);
  return report;
}

/** No critical and no serious rule broken: the target of issue #15 (soft, so every state of a test is audited). */
function expectClean(report: AxeReport): void {
  expect.soft(describeViolations(report).filter((line) => /^(critical|serious) /.test(line))).toEqual([]);
}

describe('accessibility (axe-core) in Chromium', () => {
  let hx: Harness;
  let tmp: string;

  beforeAll(async () => {
    hx = await startHarness();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-a11y-'));
  });
  afterAll(async () => {
    const lines = results.map(
      ([name, r]) => `${name.padEnd(28)} critical ${r.counts.critical}  serious ${r.counts.serious}  moderate ${r.counts.moderate}  minor ${r.counts.minor}`,
    );
    console.log(`axe-core results:\n${lines.join('\n')}`);
    await hx?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('explorer first view, in Chinese and in English', async () => {
    const page = await hx.open();
    expectClean(await audit('explorer (zh)', page));
    const en = await hx.open('#lang=en');
    expectClean(await audit('explorer (en)', en));
  });

  it('explorer with the evidence panel, the table, a path and a comparison', async () => {
    const evidence = await hx.open(`#sel=${encodeURIComponent(PINGQIAO)}`);
    await evidence.waitForSelector('#side:not([hidden]) ol.evidence li');
    expectClean(await audit('explorer evidence', evidence));

    const table = await hx.open('#view=table');
    await table.waitForSelector('#table-wrap tbody tr');
    expectClean(await audit('explorer table', table));

    const paths = await hx.open(`#from=${encodeURIComponent(PINGQIAO)}&to=${encodeURIComponent(XINYANG)}`);
    await paths.waitForSelector('#side:not([hidden]) li[data-path]', { timeout: 90_000 });
    expectClean(await audit('explorer paths', paths));

    const compare = await hx.open(`#cmp=${encodeURIComponent(PINGQIAO)}&cmp=${encodeURIComponent(LINZHOU)}`);
    await compare.waitForSelector('#side:not([hidden]) table.matrix', { timeout: 90_000 });
    expectClean(await audit('explorer comparison', compare));
  });

  it('explorer with the search suggestions, the context menu and the export menu open', async () => {
    const page = await hx.open();
    await page.fill('#search', '平桥');
    await page.waitForSelector('#suggestions:not([hidden]) li');
    expectClean(await audit('explorer suggestions', page));
    await page.keyboard.press('Escape');
    const p = await nodePoint(page, PINGQIAO);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await page.waitForSelector('#context-menu:not([hidden])');
    expectClean(await audit('explorer context menu', page));
    await page.keyboard.press('Escape');
    await page.click('details.menu summary');
    expectClean(await audit('explorer export menu', page));
  });

  it('explorer with the policy-travel panels: timeline, text reuse, clusters and national formulas', async () => {
    const timeline = await hx.open(`#tl=${encodeURIComponent(XIANGMU)}`);
    await timeline.waitForSelector('#side:not([hidden]) #timeline-list li', { timeout: 90_000 });
    expectClean(await audit('explorer timeline', timeline));

    // Text reuse from the keyboard: the node's actions from the evidence panel's button.
    const reuse = await hx.open(`#sel=${encodeURIComponent(PINGQIAO)}`);
    await reuse.waitForSelector('#side:not([hidden]) button.node-actions');
    await reuse.focus('#side button.node-actions');
    await reuse.keyboard.press('Enter');
    await reuse.waitForSelector('#context-menu:not([hidden]) [data-action="reuse"]');
    await reuse.focus('#context-menu [data-action="reuse"]');
    await reuse.keyboard.press('Enter');
    await reuse.waitForSelector('#side:not([hidden]) #reuse-list > li', { timeout: 90_000 });
    expectClean(await audit('explorer text reuse', reuse));

    const clusters = await hx.open('#clu=1&nat=1');
    await clusters.waitForSelector('#central-list li button', { timeout: 90_000 });
    expectClean(await audit('explorer clusters, national', clusters));
  });

  it('the presentation, /embed and the offline story file', async () => {
    const story = Story.parse(await classroomStory(hx.server.baseUrl));
    const file = path.join(tmp, 'story.json');
    fs.writeFileSync(file, JSON.stringify(story));
    const page = await hx.open();
    await openStories(page);
    await page.setInputFiles('#story-file', file);
    await expect.poll(() => page.locator('#story-steps li[data-step]').count(), { timeout: 20_000 }).toBe(3);
    await page.click('#story-present');
    await page.waitForSelector('.pg-player[data-shown="1"]');
    expectClean(await audit('presentation', page));

    const context = await hx.browser.newContext({ viewport: { width: 900, height: 600 }, locale: 'zh-CN' });
    const embed = await context.newPage();
    await embed.goto(`${hx.server.baseUrl}/embed#focus=${encodeURIComponent(PINGQIAO)}`);
    await embed.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 90_000 });
    expect(await embed.evaluate(() => `${document.body.dataset.state} ${document.getElementById('embed-status')?.textContent}`)).toMatch(/^ready/);
    expectClean(await audit('/embed', embed));

    const html = path.join(tmp, 'talk.html');
    fs.writeFileSync(html, await storyToHtml(story));
    const offline = await context.newPage();
    await offline.goto(`file://${html}`);
    await offline.waitForSelector('.pg-player[data-shown="1"]');
    expectClean(await audit('offline story file', offline));
    await context.close();
  });

  it('/api/docs in Chinese and in English', async () => {
    for (const locale of ['zh-CN', 'en-GB']) {
      const context = await hx.browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${hx.server.baseUrl}/api/docs`);
      expectClean(await audit(`/api/docs (${locale})`, page));
      await context.close();
    }
  });
});
