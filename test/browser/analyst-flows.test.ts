// The analyst's questions in real Chromium: search (Traditional input) → focus, evidence → source sentence, expand, paths, compare, permalink.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodePoint, startHarness, visibleNodeIds, waitReady, type Harness } from './explorer-harness';

// Each test drives a real browser against a real Neo4j on a shared 2-core machine: allow for a slow moment.
vi.setConfig({ testTimeout: 120_000 });

const PINGQIAO = 'place:411503'; // 平桥区
const LINZHOU = 'place:410581'; // 林州市
const XIANGMU = 'strategy:项目为王';

describe('analyst flows in Chromium', () => {
  let hx: Harness;

  beforeAll(async () => {
    hx = await startHarness();
  });
  afterAll(async () => {
    await hx?.close();
  });

  it('finds 项目为王 from Traditional input, jumps to it and lists the sentences it rests on', async () => {
    const page = await hx.open();
    await page.fill('#search', '項目為王');
    const option = page.locator('#suggestions li[data-id="strategy:项目为王"]');
    await option.waitFor();
    expect(await option.textContent()).toContain('项目为王');
    await page.keyboard.press('Enter');
    await waitReady(page);
    expect(await selectedIds(page)).toEqual([XIANGMU]);
    expect(await visibleNodeIds(page)).toEqual(expect.arrayContaining([XIANGMU, PINGQIAO, LINZHOU]));
    // Centred: the node sits in the middle of the canvas.
    const centre = await page.evaluate((id) => {
      const cy = (window as any).cy as import('cytoscape').Core;
      const p = cy.getElementById(id).renderedPosition();
      return { dx: Math.abs(p.x - cy.width() / 2) / cy.width(), dy: Math.abs(p.y - cy.height() / 2) / cy.height() };
    }, XIANGMU);
    expect(centre.dx).toBeLessThan(0.05);
    expect(centre.dy).toBeLessThan(0.05);
    await page.locator('#side ol.evidence li').first().waitFor();
    expect(await page.locator('#side ol.evidence li').count()).toBeGreaterThan(0);
    expect(await page.locator('#side ol.evidence li .sentence').first().textContent()).toContain('项目为王');
    expect(decodeURIComponent(page.url())).toContain(`focus=${XIANGMU}`);
  });

  it('opens the source document from an evidence sentence with that sentence highlighted', async () => {
    const page = await hx.open(`#focus=${encodeURIComponent(XIANGMU)}&sel=${encodeURIComponent(XIANGMU)}`);
    const first = page.locator('#side ol.evidence li').first();
    await first.waitFor();
    const sentence = (await first.locator('.sentence').textContent())!.trim();
    await first.locator('button.open').click();
    const mark = page.locator('#side .doc-text mark#highlight');
    await mark.waitFor();
    expect((await mark.textContent())!.trim()).toBe(sentence);
    expect(await mark.isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/policygraph-document-view.png' });
  });

  it('shows an edge’s own sentences when the edge is clicked', async () => {
    const page = await hx.open(`#focus=${encodeURIComponent(XIANGMU)}`);
    const edgeId = `PURSUES:${PINGQIAO}->${XIANGMU}`;
    // The document list fills the filters after the first graph is ready; let that and a frame pass, so the page
    // does not reflow under the pointer between aiming and clicking.
    await expect.poll(() => page.locator('#filter-doc option').count()).toBeGreaterThan(1);
    const aim = () =>
      page.evaluate(async (id) => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const cy = (window as any).cy as import('cytoscape').Core;
        const e = cy.getElementById(id) as unknown as import('cytoscape').EdgeSingular;
        if (e.empty()) throw new Error(`${id} not on the canvas`);
        cy.resize();
        cy.zoom(2);
        cy.center(e);
        // A point on the edge where Cytoscape's own hit test finds this edge (no node or crossing edge on top),
        // as a user would aim for.
        const a = e.renderedSourceEndpoint();
        const b = e.renderedTargetEndpoint();
        const pan = cy.pan();
        const zoom = cy.zoom();
        const renderer = (cy as any).renderer();
        for (let i = 1; i < 20; i++) {
          const t = 0.5 + (i % 2 ? 1 : -1) * Math.floor(i / 2) * 0.05;
          const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
          const hit = renderer.findNearestElement((p.x - pan.x) / zoom, (p.y - pan.y) / zoom, true, false);
          if (hit && hit.id() === id) return p;
        }
        throw new Error(`every point of ${id} is under another element`);
      }, edgeId);
    // Aim again if the click found something else: the claim under test is what a click on the edge shows,
    // not that nothing on the page moved in between.
    for (let attempt = 0; attempt < 3; attempt++) {
      const point = await aim();
      const box = (await page.locator('#graph').boundingBox())!;
      await page.mouse.click(box.x + point.x, box.y + point.y);
      const selected = await page
        .waitForFunction((id) => (window as any).cy.$(':selected').some((e: any) => e.id() === id), edgeId, { timeout: 5_000 })
        .then(
          () => true,
          () => false,
        );
      if (selected) break;
    }
    await expect.poll(() => selectedIds(page)).toEqual([edgeId]);
    await expect.poll(() => page.locator('#side h2').first().textContent()).toBe('平桥区 —推行→ 项目为王');
    const items = page.locator('#side ol.evidence li .sentence');
    await items.first().waitFor();
    // The 2023 work report of 平桥区 is where it says so; no other document's sentence belongs to this edge.
    for (const meta of await page.locator('#side ol.evidence li .meta').allTextContents()) expect(meta).toContain('信阳市平桥区2023年政府工作报告');
    expect((await items.allTextContents()).some((text) => text.includes('项目为王'))).toBe(true);
  });

  it('expands a place by double-click and collapses it again from the context menu', async () => {
    const page = await hx.open();
    const before = await visibleNodeIds(page);
    const p = await nodePoint(page, PINGQIAO);
    await page.mouse.dblclick(p.x, p.y);
    await expect.poll(async () => (await visibleNodeIds(page)).length, { timeout: 20_000 }).toBeGreaterThan(before.length);
    await waitReady(page);
    expect(await visibleNodeIds(page)).toContain(XIANGMU);
    expect(page.url()).toContain('x=place%3A411503');

    const q = await nodePoint(page, PINGQIAO);
    await page.mouse.click(q.x, q.y, { button: 'right' });
    await page.click('#context-menu button[data-action="collapse"]');
    await expect.poll(() => visibleNodeIds(page)).toEqual(before);
    expect(page.url()).not.toContain('x=place');
  });

  it('finds and highlights the paths between 平桥区 and 林州市, each edge with its evidence', async () => {
    const page = await hx.open();
    await contextAction(page, PINGQIAO, 'path-from');
    await contextAction(page, LINZHOU, 'path-to');
    expect(await page.textContent('#path-from')).toBe('平桥区');
    expect(await page.textContent('#path-to')).toBe('林州市');
    await page.click('#path-run');
    await page.locator('#side [data-path]').first().waitFor();
    await waitReady(page);
    const onPath = await page.evaluate(() => (window as any).cy.$('.path').map((e: any) => e.id()) as string[]);
    expect(onPath).toEqual(expect.arrayContaining([PINGQIAO, LINZHOU]));
    expect(onPath.some((id) => id.includes('->'))).toBe(true);
    const firstPath = await page.locator('#side [data-path] .path-nodes').first().textContent();
    expect(firstPath).toMatch(/^平桥区 → .* → 林州市$/);
    // The paths' nodes are named first: a path node is left unnamed only when both places its label can take (under
    // and above it) are covered by another label, which no rule can avoid without overlap (its name is on hover).
    // "Every path node named" failed in fresh-clone CI when a note line made the free canvas smaller and two path
    // labels met; what must hold is that no path node is unnamed while a place for its label is free.
    await page.waitForFunction(() => document.body.dataset.labels === 'chosen');
    const unnamed = await page.evaluate(() => {
      const cy = (window as any).cy;
      const opts = { includeNodes: false, includeLabels: true, includeOverlays: false, useCache: false };
      const named = cy.nodes('.labelled').map((n: any) => ({ id: n.id(), box: n.boundingBox(opts) }));
      const taken = (id: string, b: any) => named.some((o: any) => o.id !== id && o.box.x1 < b.x2 && b.x1 < o.box.x2 && o.box.y1 < b.y2 && b.y1 < o.box.y2);
      return cy
        .nodes('.path')
        .filter((n: any) => Number(n.style('text-opacity')) === 0)
        .filter((n: any) => {
          const below = n.boundingBox(opts);
          n.addClass('label-above');
          const above = n.boundingBox(opts);
          n.removeClass('label-above');
          return !(taken(n.id(), below) && taken(n.id(), above));
        })
        .map((n: any) => n.id());
    });
    expect(unnamed).toEqual([]);
    // Both ends of the paths are named.
    const ends = await page.evaluate((ids) => ids.filter((id) => Number((window as any).cy.getElementById(id).style('text-opacity')) > 0), [PINGQIAO, LINZHOU]);
    expect(ends).toEqual([PINGQIAO, LINZHOU]);
    expect(await page.locator('#hint').isVisible()).toBe(false);
    await page.screenshot({ path: '/tmp/policygraph-paths.png' });
  });

  it('lists each edge of a path with its own sentence, or says that it has none', async () => {
    const page = await hx.open(`#from=${encodeURIComponent(PINGQIAO)}&to=${encodeURIComponent(LINZHOU)}`);
    await page.locator('#side [data-path] li[data-edge]').first().waitFor();
    await waitReady(page);
    const paths = await page.locator('#side [data-path]').count();
    expect(paths).toBeGreaterThan(0);
    for (let i = 0; i < paths; i++) {
      const path = page.locator(`#side [data-path="${i}"]`);
      for (const edge of await path.locator('li[data-edge]').all()) {
        const title = await edge.locator('.edge-title').textContent();
        expect(title).toMatch(/^.+ —.+→ .+$/);
        // Either the edge's own sentence, or a plain word that it rests on none.
        const sentences = await edge.locator('.sentence').count();
        const none = await edge.locator('.no-evidence').count();
        expect(sentences + none).toBe(1);
      }
    }
  });

  it('finds paths only through the relationship types the filter leaves on, with as many paths as asked for', async () => {
    const page = await hx.open();
    await page.locator('#filter-rels input[value="PURSUES"]').uncheck();
    await waitReady(page);
    await contextAction(page, PINGQIAO, 'path-from');
    await contextAction(page, LINZHOU, 'path-to');
    await page.selectOption('#path-k', '1');
    await page.click('#path-run');
    await page.locator('#side [data-path], #side .paths-none').first().waitFor();
    await waitReady(page);
    const edges = await page.locator('#side [data-path] li[data-edge]').evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')!));
    expect(edges.some((id) => id.startsWith('PURSUES:'))).toBe(false);
    expect(await page.locator('#side [data-path]').count()).toBeLessThanOrEqual(1);
    // What is drawn is what was found: no path edge is hidden by the filter.
    const hiddenOnPath = await page.evaluate(() => (window as any).cy.$('edge.path.filtered').length as number);
    expect(hiddenOnPath).toBe(0);
  });

  it('shows one card per relation in the evidence panel, each naming both ends, each sentence once', async () => {
    const page = await hx.open(`#focus=${encodeURIComponent(XIANGMU)}&sel=${encodeURIComponent(XIANGMU)}`);
    await page.locator('#side .relation-card').first().waitFor();
    const cards = await page.locator('#side .relation-card').evaluateAll((els) =>
      els.map((el) => ({
        relation: el.getAttribute('data-relation')!,
        title: el.querySelector('h3')!.textContent!,
        sentences: [...el.querySelectorAll('.sentence')].map((s) => s.textContent!),
      })),
    );
    expect(cards.length).toBeGreaterThan(1);
    expect(new Set(cards.map((c) => c.relation)).size).toBe(cards.length);
    for (const c of cards) {
      expect(c.title).toMatch(/^.+ —.+→ .+/);
      expect(new Set(c.sentences).size).toBe(c.sentences.length);
    }
    const pingqiao = cards.find((c) => c.relation === `PURSUES:${PINGQIAO}->${XIANGMU}`);
    expect(pingqiao?.title).toMatch(/^平桥区 —推行→ 项目为王/);
  });

  it('compares 平桥区 and 林州市: a matrix where 项目为王 is marked for both, and the shared subgraph on the canvas', async () => {
    const page = await hx.open();
    await contextAction(page, PINGQIAO, 'compare');
    await contextAction(page, LINZHOU, 'compare');
    await page.click('#compare-run');
    const row = page.locator('#side table.matrix tbody tr', { hasText: '项目为王' });
    await row.waitFor();
    expect(await row.locator('td.on').count()).toBe(2);
    await waitReady(page);
    const shared = await page.evaluate(
      () =>
        (window as any).cy
          .nodes()
          .not('.faded')
          .not('.filtered')
          .map((n: any) => n.id()) as string[],
    );
    expect(shared).toEqual(expect.arrayContaining([PINGQIAO, LINZHOU, XIANGMU]));
    expect(page.url()).toContain('cmp=');
    await page.screenshot({ path: '/tmp/policygraph-compare.png' });
  });

  it('restores focus, expansions, hidden nodes and the open evidence after a reload', async () => {
    const page = await hx.open();
    await page.fill('#search', '平桥区');
    await page.locator(`#suggestions li[data-id="${PINGQIAO}"]`).click();
    await waitReady(page);
    const p = await nodePoint(page, LINZHOU);
    await page.mouse.dblclick(p.x, p.y);
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain('x=place%3A410581');
    await waitReady(page);
    await contextAction(page, '004_92b96156f557c987', 'hide');
    const before = await visibleNodeIds(page);
    expect(before).not.toContain('004_92b96156f557c987');

    await page.reload();
    await waitReady(page);
    expect(await visibleNodeIds(page)).toEqual(before);
    // The last node clicked (林州市, double-clicked to expand) keeps its evidence panel open.
    expect(await selectedIds(page)).toEqual([LINZHOU]);
    await expect.poll(() => page.locator('#side h2').first().textContent()).toBe('林州市');
    expect(decodeURIComponent(page.url())).toContain(`focus=${PINGQIAO}`);
  });
});

function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).cy.$(':selected').map((e: any) => e.id()) as string[]);
}

/** Right-clicks a node on the canvas and chooses an action from its menu. */
async function contextAction(page: Page, nodeId: string, action: string): Promise<void> {
  const p = await nodePoint(page, nodeId);
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.click(`#context-menu button[data-action="${action}"]`);
  await waitReady(page);
}
