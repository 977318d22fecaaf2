// How policies travel, in real Chromium: the national-formula switch, the adoption timeline animated on the map,
// the one-click diffusion story, text reuse side by side, clusters and centrality.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, nodePoint, waitReady, type Harness } from './explorer-harness';

vi.setConfig({ testTimeout: 180_000 });

const XIANGMU = 'strategy:项目为王';
const PINGQIAO = 'place:411503';

const cyEval = <T>(page: Page, f: string) => page.evaluate(`(() => { const cy = window.cy; return ${f}; })()`) as Promise<T>;

async function contextAction(page: Page, nodeId: string, action: string): Promise<void> {
  const p = await nodePoint(page, nodeId);
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.click(`#context-menu button[data-action="${action}"]`);
  await waitReady(page);
}

const hashParam = (page: Page, key: string) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);

describe('how policies travel, in Chromium', () => {
  let hx: Harness;

  beforeAll(async () => {
    hx = await startHarness();
  });
  afterAll(async () => {
    await hx?.close();
  });

  it('leads the first view with local and provincial strategies; the switch shows the national formulas, pale', async () => {
    const page = await hx.open();
    expect(await page.isChecked('#show-national')).toBe(false);
    const scopes = await cyEval<string[]>(page, `cy.nodes('[type = "Strategy"]').map((n) => n.data('scope'))`);
    expect(scopes.length).toBeGreaterThan(0);
    expect(scopes).not.toContain('national');
    expect(scopes).toContain('provincial');
    await page.screenshot({ path: '/tmp/policygraph-travel-first-view.png' });
    await page.check('#show-national');
    await expect.poll(() => hashParam(page, 'nat')).toBe('1');
    await waitReady(page);
    await expect.poll(() => cyEval<number>(page, `cy.nodes('[type = "Strategy"][scope = "national"]').length`)).toBeGreaterThan(0);
  });

  it('plays the adoption timeline of 项目为王 on the map, year by year, and a permalink keeps the year', async () => {
    const page = await hx.open();
    await contextAction(page, XIANGMU, 'timeline');
    await expect.poll(() => page.locator('#timeline-list li').count()).toBeGreaterThanOrEqual(2);
    expect(hashParam(page, 'tl')).toBe(XIANGMU);
    expect(hashParam(page, 'layout')).toBe('geo');
    const years = (await page.locator('#timeline-list li').evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.year)))).sort();
    const first = years[0]!;
    const last = years[years.length - 1]!;
    expect(last).toBeGreaterThan(first);
    // Every step says where it came from.
    const directions = await page.locator('#timeline-list .direction').allTextContents();
    expect(directions[0]).toBe('首提');
    expect(directions.slice(1).every((d) => ['自上而下', '横向扩散', '自下而上', '首提'].includes(d))).toBe(true);

    // Scrub back to the first year: only the first adopters are lit, the others wait.
    await page.locator('#timeline-year').fill(String(first));
    await expect.poll(() => hashParam(page, 'ty')).toBe(String(first));
    const lit = await cyEval<number>(page, `cy.nodes('.adopted').length`);
    const waiting = await cyEval<number>(page, `cy.nodes('.not-yet').length`);
    expect(lit).toBeGreaterThan(0);
    expect(waiting).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/policygraph-timeline-first-year.png' });

    // Play runs to the last year by itself and lights every adopter.
    await page.click('#timeline-play');
    await expect.poll(() => hashParam(page, 'ty'), { timeout: 30_000 }).toBe(String(last));
    await expect.poll(() => cyEval<number>(page, `cy.nodes('.not-yet').length`)).toBe(0);
    await page.screenshot({ path: '/tmp/policygraph-timeline-last-year.png' });

    // The permalink of an earlier year opens at that year.
    await page.locator('#timeline-year').fill(String(first));
    await expect.poll(() => hashParam(page, 'ty')).toBe(String(first));
    const again = await hx.open(new URL(page.url()).hash);
    await expect.poll(() => again.locator('#timeline-list li').count()).toBeGreaterThanOrEqual(2);
    expect(await again.inputValue('#timeline-year')).toBe(String(first));
    expect(await cyEval<number>(again, `cy.nodes('.not-yet').length`)).toBeGreaterThan(0);
  });

  it('makes a diffusion story in one click, one step per adoption quoting its sentence, and presents it', async () => {
    const page = await hx.open();
    await contextAction(page, XIANGMU, 'timeline');
    const adoptions = await page.locator('#timeline-list li').count();
    const sentences = await page.locator('#timeline-list .sentence').allTextContents();
    await page.click('#timeline-story');
    await expect.poll(() => page.locator('#story-steps li').count(), { timeout: 20_000 }).toBe(adoptions);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('policygraph.story') ?? '{}'));
    expect(stored.steps.map((s: { evidence?: { sentence: string } }) => s.evidence?.sentence)).toEqual(sentences);
    await page.click('#story-present');
    await page.waitForSelector('#present', { timeout: 20_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/policygraph-diffusion-story.png' });
    await page.keyboard.press('Escape');
  });

  it('lists what 平桥区 took up each year, the firsts marked, each with its sentence; a strategy opens its timeline', async () => {
    const page = await hx.open();
    await contextAction(page, PINGQIAO, 'adoptions');
    await expect.poll(() => page.locator('#adoptions-list > li').count()).toBeGreaterThan(0);
    expect(await page.textContent('#side-body h2')).toContain('平桥区');
    const years = await page.locator('#adoptions-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.year).filter((y) => y !== ''));
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => a - b));
    const sentences = await page.locator('#adoptions-list .sentence').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.every((s) => s.length > 0)).toBe(true);
    // Every strategy it lists is on the canvas beside it.
    const listed = await page.locator('#adoptions-list [data-strategy]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.strategy!));
    const onCanvas = await cyEval<string[]>(page, `cy.nodes('[type = "Strategy"]').map((n) => n.id())`);
    expect(onCanvas).toEqual(expect.arrayContaining(listed));
    await page.screenshot({ path: '/tmp/policygraph-adoptions.png' });
    // Its 项目为王 entry opens that strategy's timeline.
    await page.click(`#adoptions-list [data-strategy="${XIANGMU}"] .strategy-link`);
    await waitReady(page);
    await expect.poll(() => page.locator('#timeline-list li').count()).toBeGreaterThanOrEqual(2);
    expect(hashParam(page, 'tl')).toBe(XIANGMU);
  });

  it('shows reused passages side by side with the differences marked, and the places they link', async () => {
    const page = await hx.open();
    await contextAction(page, PINGQIAO, 'reuse');
    await expect.poll(() => page.locator('#reuse-list > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#reuse-list .reuse-side').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#reuse-list .same').count()).toBeGreaterThan(0);
    await expect.poll(() => cyEval<number>(page, `cy.edges('.reuse-link').length`)).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/policygraph-reuse.png' });
  });

  it('colours places by cluster, sizes nodes by centrality and lists the most central', async () => {
    const page = await hx.open();
    await page.check('#show-clusters');
    await expect.poll(() => page.locator('#central-list button').count()).toBeGreaterThan(3);
    await expect.poll(() => cyEval<number>(page, `cy.nodes('[clusterColor]').length`)).toBeGreaterThan(0);
    expect(hashParam(page, 'clu')).toBe('1');
    await page.screenshot({ path: '/tmp/policygraph-clusters.png' });
  });
});
