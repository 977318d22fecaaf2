// Classroom use in real Chromium: write a story in the explorer, present it with the keyboard, export it and play it offline from file://.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { PROJECT_ROOT } from '../../server/src/config';
import { classroomStory } from './classroom-fixture';
import { insideNode, nodePoint, openStories, startHarness, type Harness } from './explorer-harness';

// Three steps collect the sentences of ~75 entities each: on a busy shared machine that outlasts the 60 s default.
vi.setConfig({ testTimeout: 180_000 });

const run = promisify(execFile);
const PROJECTOR_MIN_PX = 24;
/** Waits for a page to settle; step transitions animate and the machine may be busy. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

/** The labels the player draws: smallest on-screen size (font size × zoom), and whether any two overlap. */
const labelReport = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).player.cy;
    const labelled = cy.nodes().filter((n: any) => n.style('label') !== '');
    // The labels alone: Cytoscape's includeOverlays (true unless said) adds the node's own body to the box even with
    // includeNodes false and no overlay drawn, so a label reaching up to a neighbour's node counted as two labels overlapping.
    const boxes = labelled.map((n: any) => n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false, includeUnderlays: false }));
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping++;
      }
    return {
      labelled: labelled.map((n: any) => n.id()) as string[],
      smallestPx: Math.min(...labelled.map((n: any) => parseFloat(n.style('font-size')) * cy.zoom())),
      overlapping,
    };
  });

const shownStep = (page: Page) => page.getAttribute('.pg-player', 'data-shown');

/** Opens an offline file with every request except file:// aborted, and waits for the first step. */
async function openOffline(browser: Browser, file: string): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
  const requests: string[] = [];
  await context.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  await page.waitForSelector('.pg-player[data-shown="1"]');
  return { page, requests };
}

describe('classroom: stories, presentation and offline export', () => {
  let hx: Harness;
  let tmp: string;

  beforeAll(async () => {
    hx = await startHarness();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-classroom-'));
  });
  afterAll(async () => {
    await hx?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('writes a story from explorer views, reorders it, and plays it through with arrow keys and PageUp/PageDown', async () => {
    const page = await hx.open();
    await openStories(page);
    await page.fill('#story-title', '两个地方');
    await page.click('#story-add');
    // A path view holds ~80 entities whose sentences the step collects, four requests at a time: on a busy shared
    // machine that takes longer than the single places of the test above.
    await expect.poll(() => page.locator('#story-steps li[data-step]').count(), { timeout: 60_000 }).toBe(1);
    for (const id of ['place:411503', 'place:4107']) {
      const p = await nodePoint(page, id);
      await page.mouse.click(p.x, p.y);
      const before = await page.locator('#story-steps li[data-step]').count();
      await page.click('#story-add');
      await expect.poll(() => page.locator('#story-steps li[data-step]').count(), { timeout: 20_000 }).toBe(before + 1);
    }
    await expect.poll(() => page.locator('#story-steps li[data-step]').count(), { timeout: 20_000 }).toBe(3);
    await page.locator('#story-steps li[data-step="2"] .step-caption').fill('平桥区：信阳市的区');
    await page.click('#story-steps li[data-step="3"] .step-up');
    expect(await page.locator('#story-steps .step-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
      expect.any(String),
      '新乡市',
      '平桥区',
    ]);

    await page.click('#story-present');
    await page.waitForSelector('.pg-player[data-shown="1"]');
    expect(await page.textContent('.pg-counter')).toBe('1 / 3');
    await page.keyboard.press('PageDown');
    await poll(() => shownStep(page)).toBe('2');
    expect(await page.textContent('.pg-title')).toBe('新乡市');
    await page.keyboard.press('ArrowRight');
    await poll(() => shownStep(page)).toBe('3');
    expect(await page.textContent('.pg-caption')).toBe('平桥区：信阳市的区');
    expect(await page.textContent('.pg-counter')).toBe('3 / 3');
    // The selected place is what the step points at.
    expect(await page.evaluate(() => (window as any).player.cy.$('.hl').map((e: any) => e.id()))).toContain('place:411503');
    const labels = await labelReport(page);
    expect(labels.labelled).toContain('place:411503');
    expect(labels.smallestPx).toBeGreaterThanOrEqual(PROJECTOR_MIN_PX);
    expect(labels.overlapping).toBe(0);
    await page.screenshot({ path: '/tmp/policygraph-present.png' });
    await page.keyboard.press('ArrowRight');
    await poll(() => page.textContent('.pg-counter')).toBe('3 / 3');
    await page.keyboard.press('PageUp');
    await poll(() => shownStep(page)).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await poll(() => shownStep(page)).toBe('1');
    await page.keyboard.press('Escape');
    await poll(() => page.locator('#present').count()).toBe(0);
    // The story survives a reload of the explorer.
    await page.reload();
    await openStories(page);
    await expect.poll(() => page.locator('#story-steps li[data-step]').count(), { timeout: 20_000 }).toBe(3);
  });

  it('makes a path step titled by its ends, quoting its own edge, and projects it across the width with both ends named', async () => {
    const page = await hx.open(`#from=${encodeURIComponent('place:411503')}&to=${encodeURIComponent('place:410581')}`, { width: 1366, height: 768 });
    await page.locator('#side [data-path]').first().waitFor();
    await openStories(page);
    // A fresh browser context: the story starts empty, so this path is its only step.
    await page.click('#story-add');
    // A path view holds ~80 entities whose sentences the step collects, four requests at a time: on a busy shared
    // machine that takes longer than the single places of the test above.
    await expect.poll(() => page.locator('#story-steps li[data-step]').count(), { timeout: 60_000 }).toBe(1);
    const titles = await page.locator('#story-steps .step-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(titles[titles.length - 1]).toBe('平桥区 → 林州市');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('policygraph.story') ?? '{}'));
    const step = stored.steps[stored.steps.length - 1];
    // The quote belongs to an edge of the path itself, and is one of that edge's own sentences.
    expect(step.highlight).toContain(step.evidence.elementId);
    expect(step.edges.map((e: { data: { id: string } }) => e.data.id)).toContain(step.evidence.elementId);
    expect((stored.evidence[step.evidence.elementId] ?? []).map((e: { sentence: string }) => e.sentence)).toContain(step.evidence.sentence);
    const edge = step.edges.find((e: { data: { id: string } }) => e.data.id === step.evidence.elementId).data;

    await page.click('#story-present');
    await page.waitForSelector('.pg-player[data-shown="1"]');
    const shown = await page.evaluate(() => {
      const player = (window as any).player;
      const cy = player.cy;
      const bb = cy.nodes().renderedBoundingBox({ includeLabels: false });
      return {
        width: cy.width(),
        spread: bb.w,
        labelled: cy
          .nodes()
          .filter((n: any) => n.style('label') !== '')
          .map((n: any) => n.id()),
      };
    });
    // Both ends of the quoted relation are named on the canvas, and the quote says which relation it is.
    expect(shown.labelled).toEqual(expect.arrayContaining([edge.source, edge.target]));
    expect(await page.textContent('.pg-source')).toMatch(/^.+ —.+→ .+ · /);
    // The graph uses the width of the screen, not a third of it.
    expect(shown.spread).toBeGreaterThan(0.6 * shown.width);
    fs.mkdirSync('/tmp/client-s7', { recursive: true });
    await page.screenshot({ path: '/tmp/client-s7/projector-path.png' });
    // No two labels of this ~80-node path step overlap, as on the three-place step above.
    expect((await labelReport(page)).overlapping).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('opens a story file, shows the step’s evidence sentence large, and refuses a broken file without losing the story', async () => {
    const story = await classroomStory(hx.server.baseUrl);
    const good = path.join(tmp, 'story.json');
    fs.writeFileSync(good, JSON.stringify(story));
    const page = await hx.open();
    await openStories(page);
    await page.setInputFiles('#story-file', good);
    await poll(() => page.locator('#story-steps li[data-step]').count()).toBe(3);

    const broken = path.join(tmp, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify({ ...story, steps: [{ title: 'x', nodes: [] }] }));
    await page.setInputFiles('#story-file', broken);
    await expect.poll(() => page.textContent('#story-message'), { timeout: 10_000 }).toMatch(/broken\.json: steps\.0\.nodes: a step shows at least one node/);
    expect(await page.locator('#story-steps li[data-step]').count()).toBe(3);

    await page.click('#story-present');
    await page.waitForSelector('.pg-player[data-shown="1"]');
    await page.keyboard.press('End');
    await poll(() => shownStep(page)).toBe('3');
    const sentence = story.steps[2]!.evidence!.sentence;
    expect(await page.textContent('.pg-sentence')).toBe(`“${sentence}”`);
    expect(await page.textContent('.pg-source')).toContain('信阳市平桥区2023年政府工作报告');
    const sentencePx = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.pg-sentence')!).fontSize));
    expect(sentencePx).toBeGreaterThanOrEqual(PROJECTOR_MIN_PX);
    // A three-node step has room for every label.
    expect((await labelReport(page)).labelled.sort()).toEqual(['001_4b96525c5c6cf7dc', 'place:411503', 'place:4115'].sort());
    await page.screenshot({ path: '/tmp/policygraph-present-evidence.png' });
  });

  it('exports the story from the UI as one HTML file that plays from file:// with the network off', async () => {
    const story = await classroomStory(hx.server.baseUrl);
    const file = path.join(tmp, 'ui-story.json');
    fs.writeFileSync(file, JSON.stringify(story));
    const page = await hx.open();
    await openStories(page);
    await page.setInputFiles('#story-file', file);
    await poll(() => page.locator('#story-steps li[data-step]').count()).toBe(3);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#story-export')]);
    const html = path.join(tmp, 'talk.html');
    await download.saveAs(html);

    const offline = await openOffline(hx.browser, html);
    await checkOfflinePlayback(offline.page, story.steps[2]!.evidence!.sentence);
    expect(offline.requests).toEqual([]);
    await offline.page.screenshot({ path: '/tmp/policygraph-offline.png' });
  });

  it('exports with npm run export: a valid story becomes a working offline file; a broken one is named with what is wrong', async () => {
    const story = await classroomStory(hx.server.baseUrl);
    const file = path.join(tmp, 'cli-story.json');
    fs.writeFileSync(file, JSON.stringify(story));
    const out = path.join(tmp, 'cli-talk.html');
    const cli = path.join(PROJECT_ROOT, 'server', 'src', 'cli', 'export.ts');
    const ok = await run(process.execPath, ['--import', 'tsx', cli, '--story', file, '--out', out], { cwd: PROJECT_ROOT });
    expect(ok.stdout).toContain('3 steps');
    const offline = await openOffline(hx.browser, out);
    await checkOfflinePlayback(offline.page, story.steps[2]!.evidence!.sentence);
    expect(offline.requests).toEqual([]);

    const bad = path.join(tmp, 'bad-story.json');
    fs.writeFileSync(bad, JSON.stringify({ ...story, steps: [{ ...story.steps[1], highlight: ['place:999999'] }] }));
    const failed = await run(process.execPath, ['--import', 'tsx', cli, '--story', bad, '--out', path.join(tmp, 'never.html')], { cwd: PROJECT_ROOT }).then(
      () => undefined,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('bad-story.json is not a valid story');
    expect(failed?.stderr).toContain('steps.0.highlight.0: highlighted place:999999 is not on this step');
    expect(fs.existsSync(path.join(tmp, 'never.html'))).toBe(false);
  });
});

/** Draws, advances with the keyboard, and shows evidence on click, all without a server. */
async function checkOfflinePlayback(page: Page, sentence: string): Promise<void> {
  expect(await page.evaluate(() => (window as any).player.cy.nodes().length)).toBe(1);
  expect(await page.textContent('.pg-title')).toBe('平桥区');
  // The canvas has ink: the graph is drawn, not just the captions.
  const inked = await page.evaluate(() => {
    const canvases = [...document.querySelectorAll('.pg-canvas canvas')] as HTMLCanvasElement[];
    return canvases.some((c) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) return true;
      return false;
    });
  });
  expect(inked).toBe(true);
  await page.keyboard.press('ArrowRight');
  await poll(() => shownStep(page)).toBe('2');
  await page.keyboard.press('PageDown');
  await poll(() => shownStep(page)).toBe('3');
  expect(await page.textContent('.pg-sentence')).toBe(`“${sentence}”`);
  expect(await page.evaluate(() => (window as any).player.cy.nodes().length)).toBe(3);
  // Click a node: its evidence opens without any request.
  const p = await page.evaluate(() => {
    const cy = (window as any).player.cy;
    const n = cy.getElementById('place:411503');
    return { ...n.renderedPosition(), w: n.renderedWidth(), h: n.renderedHeight() };
  });
  const box = (await page.locator('.pg-canvas').boundingBox())!;
  const at = insideNode(p, p);
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await expect.poll(() => page.locator('.pg-detail').isVisible(), { timeout: 10_000 }).toBe(true);
  expect(await page.textContent('.pg-detail h2')).toBe('平桥区');
  expect(await page.textContent('.pg-detail q')).toBe(sentence);
  // Pan and zoom still work offline.
  const zoom = await page.evaluate(() => (window as any).player.cy.zoom());
  await page.mouse.move(box.x + 200, box.y + 200);
  await page.mouse.wheel(0, -400);
  await poll(() => page.evaluate(() => (window as any).player.cy.zoom())).toBeGreaterThan(zoom);
}
