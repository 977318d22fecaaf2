// Administrative roll-up through the API and the time slider over relationships, in real Chromium: counts, undo, permalink.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { zhCN } from '../../client/src/i18n/zh-CN';
import { GraphResponse, RollupResponse, type RollupCounts } from '@policygraph/contract/api';
import { nodePoint, startHarness, visibleNodeIds, waitReady, type Harness } from './explorer-harness';

// Each test drives a real browser against a real Neo4j on a shared 2-core machine: allow for a slow moment.
vi.setConfig({ testTimeout: 120_000 });

const XINYANG = 'place:4115'; // 信阳市
const PINGQIAO = 'place:411503'; // 平桥区, one of its counties
const MINGGANG = 'place:411503101'; // 明港镇, a township of 平桥区
const COUNT_KEYS = ['strategies', 'projects', 'organizations', 'documents'] as const;

/** The counts line the explorer writes under a rolled-up place, from the locale's own template. */
const countsLine = (c: RollupCounts) => zhCN['rollup.badge'].replace(/\{(\w+)\}/g, (_, k: string) => String(c[k as keyof RollupCounts]));

describe('roll-up and time slider in Chromium', () => {
  let hx: Harness;
  const api = async <T>(path: string, schema: { parse(v: unknown): T }): Promise<T> => {
    const res = await fetch(`${hx.server.baseUrl}${path}`);
    expect(res.status, path).toBe(200);
    return schema.parse(await res.json());
  };

  beforeAll(async () => {
    hx = await startHarness();
  });
  afterAll(async () => {
    await hx?.close();
  });

  it('rolls 信阳市 up to its counties with the API’s summed counts on each node and in the panel, keeps it over a reload, and expands back', async () => {
    const expected = await api(`/api/places/${encodeURIComponent(XINYANG)}/rollup?level=county`, RollupResponse);
    expect(expected.children.map((c) => c.id)).toContain(PINGQIAO);
    const page = await hx.open();
    const before = await visibleNodeIds(page);
    const added = expected.children.map((c) => c.id).filter((id) => !before.includes(id));
    expect(added.length).toBeGreaterThan(0);

    await contextAction(page, XINYANG, 'rollup-county');
    await page.locator('#side table.rollup').waitFor();
    const checkShown = async () => {
      const visible = await visibleNodeIds(page);
      const labels = await drawnLabels(
        page,
        expected.children.map((c) => c.id),
      );
      for (const child of expected.children) {
        expect(visible, child.name).toContain(child.id);
        expect(labels[child.id], child.name).toBe(`${child.name}\n${countsLine(child.counts)}`);
        // A child with nothing recorded is not a row of zeros: it is named on the one folded line under the rows.
        if (COUNT_KEYS.every((k) => child.counts[k] === 0)) {
          expect(await page.locator(`#side table.rollup tr[data-row="zero"] button[data-id="${child.id}"]`).count(), child.name).toBe(1);
          continue;
        }
        const row = page.locator(`#side table.rollup tbody tr[data-id="${child.id}"]`);
        for (const k of COUNT_KEYS) expect(await row.locator(`td[data-count="${k}"]`).textContent(), `${child.name} ${k}`).toBe(String(child.counts[k]));
      }
      for (const k of COUNT_KEYS) {
        expect(await page.locator(`#side table.rollup tr[data-row="sum"] td[data-count="${k}"]`).textContent()).toBe(String(expected.sum[k]));
        expect(await page.locator(`#side table.rollup tr[data-row="total"] td[data-count="${k}"]`).textContent()).toBe(String(expected.total[k]));
      }
      expect((await drawnLabels(page, [XINYANG]))[XINYANG]).toBe(`信阳市\n${countsLine(expected.total)}`);
    };
    await checkShown();
    expect(decodeURIComponent(page.url())).toContain(`ru=county,${XINYANG}`);
    await page.screenshot({ path: '/tmp/policygraph-rollup.png' });

    await page.reload();
    await waitReady(page);
    await page.locator('#side table.rollup').waitFor();
    await checkShown();

    await page.click('#side button.rollup-undo');
    await waitReady(page);
    const after = await visibleNodeIds(page);
    for (const id of added) expect(after).not.toContain(id);
    expect(after).toContain(PINGQIAO);
    expect(await drawnLabels(page, [PINGQIAO, XINYANG])).toEqual({ [PINGQIAO]: '平桥区', [XINYANG]: '信阳市' });
    expect(decodeURIComponent(page.url())).not.toContain('ru=');
  });

  it('draws a county the roll-up brings in bigger when it holds more, and lists each county’s counts in the table view', async () => {
    const expected = await api(`/api/places/${encodeURIComponent(XINYANG)}/rollup?level=county`, RollupResponse);
    const held = (c: RollupCounts) => c.strategies + c.projects + c.organizations;
    const page = await hx.open();
    const before = await visibleNodeIds(page);
    // Counties not on screen before have no degree of their own: only their counts can tell them apart.
    const added = expected.children.filter((c) => !before.includes(c.id)).sort((x, y) => held(y.counts) - held(x.counts));
    const big = added[0]!;
    const empty = added.find((c) => held(c.counts) === 0);
    expect(held(big.counts), 'a county brought in by the roll-up that holds something').toBeGreaterThan(0);
    expect(empty, 'a county brought in by the roll-up with no strategy, project or organization').toBeDefined();
    const sizeOf = (id: string) => page.evaluate((nodeId) => ((window as any).cy as import('cytoscape').Core).getElementById(nodeId).width(), id);

    await contextAction(page, XINYANG, 'rollup-county');
    await page.locator('#side table.rollup').waitFor();
    expect(await sizeOf(big.id), big.name).toBeGreaterThan(await sizeOf(empty!.id));

    await page.click('#view-table');
    const cell = (id: string) => page.locator(`#table-wrap tbody tr[data-id="${id}"] td[data-col="counts"]`);
    for (const child of expected.children) expect(await cell(child.id).textContent(), child.name).toBe(countsLine(child.counts));
    expect(await page.locator('#table-wrap thead th').last().textContent()).toBe(zhCN['table.counts']);
  });

  it('shows the same roll-up, counts included, in the embedded view of the permalink', async () => {
    const expected = await api(`/api/places/${encodeURIComponent(XINYANG)}/rollup?level=county`, RollupResponse);
    const context = await hx.browser.newContext({ viewport: { width: 900, height: 600 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto(`${hx.server.baseUrl}/embed#ru=${encodeURIComponent(`county,${XINYANG}`)}`);
      await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 30_000 });
      const labels = await drawnLabels(
        page,
        expected.children.map((c) => c.id),
      );
      for (const child of expected.children) expect(labels[child.id], child.name).toBe(`${child.name}\n${countsLine(child.counts)}`);
    } finally {
      await context.close();
    }
  });

  it('folds the counties on screen into their cities with the left-hand select, each city showing the API’s total for its area', async () => {
    const area = await api(`/api/places/${encodeURIComponent(XINYANG)}/rollup`, RollupResponse);
    const page = await hx.open();
    expect(await visibleNodeIds(page)).toContain(PINGQIAO);
    await page.selectOption('#rollup', 'city');
    await waitReady(page);
    expect(await visibleNodeIds(page)).not.toContain(PINGQIAO);
    await expect.poll(async () => (await drawnLabels(page, [XINYANG]))[XINYANG]).toMatch(new RegExp(`^信阳市 \\(\\+\\d+\\)\n${countsLine(area.total)}$`));
    await page.selectOption('#rollup', 'none');
    await waitReady(page);
    expect(await visibleNodeIds(page)).toContain(PINGQIAO);
    expect((await drawnLabels(page, [XINYANG]))[XINYANG]).toBe('信阳市');
  });

  it('folds a township on screen into its county when the city is rolled up, and brings it back when expanded again', async () => {
    const page = await hx.open(`#focus=${encodeURIComponent(MINGGANG)}`);
    expect(await visibleNodeIds(page)).toContain(MINGGANG);
    const ownEdges = await page.evaluate((id) => (window as any).cy.getElementById(id).connectedEdges().length as number, MINGGANG);
    expect(ownEdges).toBeGreaterThan(1);

    await contextAction(page, XINYANG, 'rollup-county');
    expect(await visibleNodeIds(page)).not.toContain(MINGGANG);
    // Each of its relationships now shows on 平桥区 instead (edges to what folds with it, like its villages, fold away).
    const missing = await page.evaluate(
      ({ town, county }) => {
        const cy = (window as any).cy;
        const lost: string[] = [];
        // Everything inside the county (the town, a village of it) folds into it.
        const countyCode = String(cy.getElementById(county).data('code'));
        const into = (id: string) => {
          const code = cy.getElementById(id).data('code');
          return typeof code === 'string' && code.length > countyCode.length && code.startsWith(countyCode) ? county : id;
        };
        cy.getElementById(town)
          .connectedEdges()
          .forEach((e: any) => {
            const [s, t] = [e.source().id(), e.target().id()].map(into);
            if (s === t) return;
            const shown = cy
              .edges()
              .not('.filtered')
              .some((x: any) => x.data('type') === e.data('type') && x.source().id() === s && x.target().id() === t);
            if (!shown) lost.push(e.id());
          });
        return lost;
      },
      { town: MINGGANG, county: PINGQIAO },
    );
    expect(missing).toEqual([]);
    expect(await page.evaluate(() => (window as any).cy.edges('.rollup-edge').length)).toBeGreaterThan(0);

    await contextAction(page, XINYANG, 'rollup-undo');
    expect(await visibleNodeIds(page)).toContain(MINGGANG);
    expect(await page.evaluate(() => (window as any).cy.edges('.rollup-edge').length)).toBe(0);
  });

  it('hides relationships known only from later documents when the slider goes back, shows them again at the latest year, and keeps the year over a reload', async () => {
    const overview = await api('/api/graph/overview', GraphResponse);
    const years = overview.elements.edges.flatMap((e) => e.data.years ?? []);
    const earliest = Math.min(...years);
    const latest = Math.max(...years);
    expect(latest).toBeGreaterThan(earliest);
    const later = (e: (typeof overview.elements.edges)[number]) => (e.data.years ?? []).length > 0 && e.data.years!.every((y) => y > earliest);
    const lateEdge = overview.elements.edges.find((e) => e.data.type === 'PURSUES' && later(e))!;
    const earlyEdge = overview.elements.edges.find((e) => e.data.type === 'PURSUES' && e.data.years?.includes(earliest))!;
    // A strategy every one of whose relationships on screen is later: nothing left to show for it back then.
    const lateNode = overview.elements.nodes.find(
      (n) => n.data.type === 'Strategy' && overview.elements.edges.filter((e) => e.data.source === n.data.id || e.data.target === n.data.id).every(later),
    )!;
    expect(lateEdge && earlyEdge && lateNode).toBeTruthy();

    const page = await hx.open();
    await expect.poll(() => page.getAttribute('#year', 'max')).toBe(String(latest));
    expect(await shownEdge(page, lateEdge.data.id)).toBe(true);
    await page.focus('#year');
    await page.keyboard.press('Home');
    await expect.poll(() => page.url()).toContain(`year=${earliest}`);
    expect(await shownEdge(page, lateEdge.data.id)).toBe(false);
    expect(await shownEdge(page, earlyEdge.data.id)).toBe(true);
    expect(await visibleNodeIds(page)).not.toContain(lateNode.data.id);

    await page.reload();
    await waitReady(page);
    expect(await page.inputValue('#year')).toBe(String(earliest));
    expect(await shownEdge(page, lateEdge.data.id)).toBe(false);
    expect(await visibleNodeIds(page)).not.toContain(lateNode.data.id);

    await page.focus('#year');
    await page.keyboard.press('End');
    await expect.poll(() => page.url()).not.toContain('year=');
    expect(await shownEdge(page, lateEdge.data.id)).toBe(true);
    expect(await visibleNodeIds(page)).toContain(lateNode.data.id);
  });

  it('shows only what the chosen document supports: an edge resting on other documents is hidden, one resting on it stays', async () => {
    const overview = await api('/api/graph/overview', GraphResponse);
    const pursues = overview.elements.edges.filter((e) => e.data.type === 'PURSUES' && (e.data.documents ?? []).length > 0);
    // A document some PURSUES edge on screen rests on, and an edge that does not rest on it.
    const chosen = pursues[0]!.data.documents![0]!;
    const kept = pursues.find((e) => e.data.documents!.includes(chosen))!;
    const dropped = pursues.find((e) => !e.data.documents!.includes(chosen))!;
    expect(kept && dropped).toBeTruthy();

    const page = await hx.open();
    expect(await shownEdge(page, dropped.data.id)).toBe(true);
    await page.selectOption('#filter-doc', chosen);
    await waitReady(page);
    expect(await shownEdge(page, kept.data.id)).toBe(true);
    expect(await shownEdge(page, dropped.data.id)).toBe(false);
    await page.selectOption('#filter-doc', '');
    await waitReady(page);
    expect(await shownEdge(page, dropped.data.id)).toBe(true);
  });

  it('keeps the focused entity on screen even when the slider hides all its relationships', async () => {
    const overview = await api('/api/graph/overview', GraphResponse);
    const earliest = Math.min(...overview.elements.edges.flatMap((e) => e.data.years ?? []));
    // A strategy all of whose relationships (not only those of the first view) are later than the earliest year.
    let lateNode: string | undefined;
    for (const n of overview.elements.nodes.filter((x) => x.data.type === 'Strategy')) {
      const around = await api(`/api/graph/neighborhood?ids=${encodeURIComponent(n.data.id)}&limit=2000`, GraphResponse);
      const own = around.elements.edges.filter((e) => e.data.source === n.data.id || e.data.target === n.data.id);
      if (own.length > 0 && own.every((e) => (e.data.years ?? []).length > 0 && e.data.years!.every((y) => y > earliest))) {
        lateNode = n.data.id;
        break;
      }
    }
    expect(lateNode).toBeDefined();
    const page = await hx.open(`#focus=${encodeURIComponent(lateNode!)}&year=${earliest}`);
    expect(await visibleNodeIds(page)).toContain(lateNode);
    const own = await page.evaluate((id) => {
      const edges = (window as any).cy.getElementById(id).connectedEdges();
      return { all: edges.length as number, shown: edges.not('.filtered').length as number };
    }, lateNode!);
    expect(own.all).toBeGreaterThan(0);
    expect(own.shown).toBe(0);
  });
});

/** The label Cytoscape draws for each node (its style, so a counts line shows up here). */
function drawnLabels(page: Page, ids: string[]): Promise<Record<string, string>> {
  return page.evaluate(
    (list) => Object.fromEntries(list.map((id) => [id, String(((window as any).cy as import('cytoscape').Core).getElementById(id).style('label'))])),
    ids,
  );
}

function shownEdge(page: Page, id: string): Promise<boolean> {
  return page.evaluate((edgeId) => {
    const e = ((window as any).cy as import('cytoscape').Core).getElementById(edgeId);
    if (e.empty()) throw new Error(`${edgeId} is not on the canvas`);
    return !e.hasClass('filtered');
  }, id);
}

/** Right-clicks a node on the canvas and chooses an action from its menu. */
async function contextAction(page: Page, nodeId: string, action: string): Promise<void> {
  const p = await nodePoint(page, nodeId);
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.click(`#context-menu button[data-action="${action}"]`);
  await waitReady(page);
}
