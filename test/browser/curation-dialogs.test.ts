// The node menu's judgements in Chromium: 添加关系… (other end by search, only allowed types, a cited sentence), 改类型…, 驳回… an entity and 驳回关系…, each in 修订记录; a refusal in Chinese.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CurationsResponse } from '@policygraph/contract/curation';
import { readRows } from '../support/neo4j';
import { nodePoint, startHarness, visibleNodeIds, waitReady, type Harness } from './explorer-harness';

vi.setConfig({ testTimeout: 240_000 });

const TOKEN = 'browser-editor-token-judgements-0123456789';
const SMALL_SCREEN = { width: 1366, height: 768 };

async function rightClick(page: Page, id: string, action: string): Promise<void> {
  const p = await nodePoint(page, id);
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.click(`#context-menu button[data-action="${action}"]`);
}

describe('judging extractions from the node menu in Chromium', () => {
  let hx: Harness;
  const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-browser-judge-'));
  const api = (p: string) => `${hx.server.baseUrl}${p}`;
  const history = async () => CurationsResponse.parse(await (await fetch(api('/api/curations'))).json());
  const cypher = <T>(query: string, params: Record<string, unknown> = {}) => readRows<T>(hx.driver, query, params);
  const open = async (id: string) => {
    const page = await hx.open(`#focus=${encodeURIComponent(id)}`, SMALL_SCREEN);
    await page.evaluate((t) => sessionStorage.setItem('policygraph.editorToken', t), TOKEN);
    return page;
  };

  beforeAll(async () => {
    hx = await startHarness({ writes: { uploadsDir, token: TOKEN }, queryTimeoutMs: 120_000 });
  });
  afterAll(async () => {
    await hx?.close();
    fs.rmSync(uploadsDir, { recursive: true, force: true });
  });

  it('添加关系…: searches the other end, offers only the types the two allow, lists sentences naming both first, and saves the relation with that sentence as evidence', async () => {
    // A project and a strategy one sentence names, not yet joined by SERVES.
    const [pick] = await cypher<{ project: string; strategy: string; strategyName: string }>(
      `MATCH (d:Document)-[m1:MENTIONS]->(p:Project), (d)-[m2:MENTIONS]->(s:Strategy)
       WHERE NOT (p)-[:SERVES]->(s) AND size(s.name) >= 3
       MATCH (t:Sentence {documentId: d.id})
       WHERE any(i IN range(0, size(m1.spans) - 2, 2) WHERE m1.spans[i] >= t.start AND m1.spans[i + 1] <= t.end)
         AND any(i IN range(0, size(m2.spans) - 2, 2) WHERE m2.spans[i] >= t.start AND m2.spans[i + 1] <= t.end)
       WITH DISTINCT p, s
       RETURN p.id AS project, s.id AS strategy, s.name AS strategyName ORDER BY p.id, s.id LIMIT 1`,
    );
    const { project, strategy, strategyName } = pick!;
    const page = await open(project);
    await rightClick(page, project, 'curate-add-relation');
    await page.locator('#relation-dialog').waitFor();
    expect(await page.locator('#relation-dialog button[data-action="save"]').isDisabled()).toBe(true);
    await page.fill('#relation-q', strategyName);
    await page.click(`#relation-dialog .merge-hits button[data-id="${strategy}"]`);
    // Project → Strategy: SERVES is the one type the contract allows.
    expect(await page.locator('#relation-type option').allTextContents()).toEqual([expect.stringMatching(/—服务于→/)]);
    const first = page.locator('#relation-dialog .relation-sentences li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-both')).toBe('');
    expect(await first.locator('.where').textContent()).toContain('两者皆提及');
    expect(await first.locator('mark').count()).toBeGreaterThanOrEqual(2);
    // Provenance is mandatory: nothing can be saved before a sentence is chosen.
    expect(await page.locator('#relation-dialog button[data-action="save"]').isDisabled()).toBe(true);
    await first.locator('input[type="radio"]').check();
    const documentId = await first.getAttribute('data-document');
    await page.fill('#relation-note', '原文写明');
    await page.screenshot({ path: '/tmp/policygraph-add-relation.png' });
    await page.click('#relation-dialog button[data-action="save"]');
    await page.locator('#relation-dialog').waitFor({ state: 'detached', timeout: 120_000 });
    await waitReady(page);

    const added = (await history()).curations.find((c) => c.action === 'add-relation')!;
    expect(added).toMatchObject({ type: 'SERVES', from: project, to: strategy, documentId, note: '原文写明', who: 'tester' });
    const entity = await (await fetch(api(`/api/entities/${encodeURIComponent(project)}`))).json();
    const ev = (entity.evidence as { relation: string; documentId: string; start: number; end: number }[]).filter(
      (e) => e.relation === `SERVES:${project}->${strategy}`,
    );
    expect(ev).toEqual([expect.objectContaining({ documentId, start: (added as { start: number }).start, end: (added as { end: number }).end })]);
    expect(await page.locator('#notes').textContent()).toContain('已保存修订：添加关系');
  });

  it('改类型…: a project becomes a strategy; the view shows it as one and 修订记录 says so', async () => {
    const [pick] = await cypher<{ id: string; name: string }>(
      `MATCH (p:Project)
       WHERE NOT EXISTS { MATCH (s:Strategy) WHERE s.id = 'strategy:' + substring(p.id, 8) }
       RETURN p.id AS id, p.name AS name ORDER BY COUNT { (p)--() } DESC, p.id LIMIT 1`,
    );
    const { id, name } = pick!;
    const page = await open(id);
    await rightClick(page, id, 'curate-change-type');
    await page.locator('#type-dialog').waitFor();
    expect(await page.locator('#type-new option').allTextContents()).toEqual(['战略', '机构']);
    await page.selectOption('#type-new', 'Strategy');
    await page.screenshot({ path: '/tmp/policygraph-change-type.png' });
    await page.click('#type-dialog button[data-action="save"]');
    await page.locator('#type-dialog').waitFor({ state: 'detached', timeout: 120_000 });
    await waitReady(page);
    const res = await fetch(api(`/api/entities/${encodeURIComponent(id)}`));
    expect(res.redirected).toBe(true);
    expect((await res.json()).node.data.type).toBe('Strategy');

    await page.click('#history-open');
    const row = page.locator('#history-dialog .history-list li[data-action="change-type"]').first();
    await row.waitFor();
    expect(await row.locator('.what').textContent()).toBe(`改类型：“${name}” 由项目改为战略`);
    await page.click('#history-dialog [data-action="close"]');
  });

  it('驳回关系… and 驳回…: the chosen relation, then the entity, leave the canvas; 修订记录 lists both and undo brings the entity back', async () => {
    const [pick] = await cypher<{ place: string; strategy: string; name: string }>(
      `MATCH (p:Place)-[:PURSUES]->(s:Strategy)
       WHERE COUNT { (s)<-[:PURSUES]-() } >= 2
       RETURN p.id AS place, s.id AS strategy, s.name AS name ORDER BY COUNT { (s)--() } DESC, s.id, p.id LIMIT 1`,
    );
    const { place, strategy, name } = pick!;
    const edge = `PURSUES:${place}->${strategy}`;
    const page = await open(strategy);
    await expect.poll(() => page.evaluate((e) => (window as any).cy.getElementById(e).nonempty() as boolean, edge)).toBe(true);
    await rightClick(page, strategy, 'curate-reject-relation');
    await page.locator('#reject-relation-dialog').waitFor();
    await page.check(`#reject-relation-dialog input[value="${edge}"]`);
    await page.screenshot({ path: '/tmp/policygraph-reject-relation.png' });
    await page.click('#reject-relation-dialog button[data-action="save"]');
    await page.locator('#reject-relation-dialog').waitFor({ state: 'detached', timeout: 120_000 });
    await waitReady(page);
    expect(await page.evaluate((e) => (window as any).cy.getElementById(e).nonempty() as boolean, edge)).toBe(false);
    expect(await visibleNodeIds(page)).toContain(strategy);

    await rightClick(page, strategy, 'curate-reject-entity');
    await page.locator('#reject-dialog').waitFor();
    await page.fill('#reject-note', '不是战略');
    await page.screenshot({ path: '/tmp/policygraph-reject-entity.png' });
    await page.click('#reject-dialog button[data-action="save"]');
    await page.locator('#reject-dialog').waitFor({ state: 'detached', timeout: 120_000 });
    await waitReady(page);
    expect(await visibleNodeIds(page)).not.toContain(strategy);
    expect((await fetch(api(`/api/entities/${encodeURIComponent(strategy)}`))).status).toBe(404);

    await page.click('#history-open');
    const row = page.locator('#history-dialog .history-list li[data-action="reject-entity"]').first();
    await row.waitFor();
    expect(await row.locator('.what').textContent()).toMatch(new RegExp(`^驳回战略：“${name}”（连同 \\d+ 条关系）“不是战略”$`));
    expect(await page.locator('#history-dialog li[data-action="reject-relation"]').count()).toBe(1);
    await page.screenshot({ path: '/tmp/policygraph-history-rejections.png' });
    await row.locator('button[data-action="undo"]').click();
    await row.locator('.undone').waitFor({ timeout: 120_000 });
    expect((await fetch(api(`/api/entities/${encodeURIComponent(strategy)}`))).status).toBe(200);
  });

  it('a refused judgement reads in Chinese, title and detail, and nothing is written', async () => {
    const [pick] = await cypher<{ id: string }>('MATCH (p:Project) RETURN p.id AS id ORDER BY COUNT { (p)--() } DESC, p.id LIMIT 1');
    const page = await hx.open(`#focus=${encodeURIComponent(pick!.id)}`, SMALL_SCREEN);
    await page.evaluate(() => sessionStorage.setItem('policygraph.editorToken', 'a-wrong-token-a-wrong-token'));
    const before = (await history()).curations.length;
    await rightClick(page, pick!.id, 'curate-reject-entity');
    await page.click('#reject-dialog button[data-action="save"]');
    const status = page.locator('#reject-dialog .write-status');
    await expect.poll(() => status.textContent()).toBe('编辑令牌无效：这个令牌与服务器的编辑令牌不符；未写入任何内容。');
    await page.screenshot({ path: '/tmp/policygraph-refused-zh.png' });
    expect((await history()).curations.length).toBe(before);
    expect((await fetch(api(`/api/entities/${encodeURIComponent(pick!.id)}`))).status).toBe(200);
  });

  it("更正文档…: a document loaded in the wrong county is read again in the right one, and the graph shows its 我县's strategies pursued from there", async () => {
    // Made-up county report that never names its county: 我县/全县 are read in the place it is loaded with (台前县, wrongly).
    const report = [
      '县政府工作报告',
      '2024年1月8日',
      '一、过去一年的工作',
      '我县深入实施乡村振兴战略，全面推进数字乡村示范工程建设。',
      '全县坚持项目为王，扎实推进生态建设。',
    ].join('\n');
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const preview = await (
      await fetch(api(`/api/uploads?name=${encodeURIComponent('县报告.txt')}`), {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/octet-stream' },
        body: Buffer.from(report, 'utf8'),
      })
    ).json();
    const loaded = await fetch(api(`/api/uploads/${preview.uploadId}/load`), {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: '县政府工作报告', kind: 'work-report', date: '2024-01-08', placeCode: '410927' }),
    });
    expect(loaded.status).toBe(200);
    const doc = (await loaded.json()).documentId as string;
    // A relation an analyst added to the wrong county, citing the document: the correction leaves it without a target.
    const text = (await (await fetch(api(`/api/documents/${doc}`))).json()) as { text: string; sentences: { start: number; end: number }[] };
    const cited = text.sentences.find((s) => text.text.slice(s.start, s.end).includes('项目为王'))!;
    const version = (await history()).graphVersion;
    const added = await fetch(api('/api/curations'), {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': `"g-${version}"` },
      body: JSON.stringify({
        action: 'add-relation',
        type: 'PURSUES',
        from: 'place:410927',
        to: 'strategy:项目为王',
        documentId: doc,
        start: cited.start,
        end: cited.end,
      }),
    });
    expect(added.status).toBe(201);
    const edges = (page: Page) => page.evaluate(() => (window as any).cy.edges(':visible').map((e: { id(): string }) => e.id()) as string[]);

    const page = await open(doc);
    await waitReady(page);
    expect(await visibleNodeIds(page)).toContain('place:410927');
    expect(await edges(page)).toContain('PURSUES:place:410927->strategy:乡村振兴战略');
    await rightClick(page, doc, 'curate-document');
    await page.locator('#document-dialog').waitFor();
    await page.fill('#doc-place', '滑县');
    await page.click('#document-dialog .place-matches button[data-code="410526"]');
    expect(await page.textContent('#document-dialog .place-chosen')).toBe('已选：滑县（410526）');
    await page.screenshot({ path: '/tmp/policygraph-correct-place.png' });
    await page.click('#document-dialog button[data-action="save"]');
    await page.locator('#document-dialog').waitFor({ state: 'detached', timeout: 120_000 });

    // The view reloads: the strategies are pursued from 滑县 now, and 台前县 (which only this document named) is gone.
    await expect.poll(() => visibleNodeIds(page), { timeout: 120_000 }).toContain('place:410526');
    await waitReady(page);
    expect(await visibleNodeIds(page)).not.toContain('place:410927');
    expect(await edges(page)).toContain('PURSUES:place:410526->strategy:乡村振兴战略');
    expect((await edges(page)).filter((e) => e.includes('place:410927'))).toEqual([]);
    await page.screenshot({ path: '/tmp/policygraph-correct-place-after.png' });
    const [{ n }] = (await cypher<{ n: { toNumber(): number } | number }>(`MATCH (:Place {id: 'place:410927'})-[r:PURSUES]->() RETURN count(r) AS n`)) as [
      { n: { toNumber(): number } | number },
    ];
    expect(typeof n === 'number' ? n : n.toNumber()).toBe(0);
    expect((await history()).curations.at(-1)).toMatchObject({ action: 'correct-document', documentId: doc, placeCode: '410526' });

    // 修订记录 keeps the relation added to 台前县 and says why it is not in effect, instead of losing it.
    await page.click('#history-open');
    const row = page.locator('#history-dialog .history-list li[data-action="add-relation"][data-not-applied]').first();
    await row.waitFor();
    // The reason is worded in the explorer's language from its cause, not the server's English line.
    expect(await row.locator('.not-applied').textContent()).toBe('未生效：所指的对象已不在图中（实体 台前县（place:410927））；它回到图中后会再次生效');
    fs.mkdirSync('/tmp/client-s7', { recursive: true });
    await page.screenshot({ path: '/tmp/client-s7/history-not-applied-zh.png' });

    // Switched to English, the same row says it in English.
    await page.click('#history-dialog [data-action="close"]');
    await Promise.all([page.waitForEvent('load'), page.click('#lang')]);
    await waitReady(page);
    await page.click('#history-open');
    const rowEn = page.locator('#history-dialog .history-list li[data-action="add-relation"][data-not-applied]').first();
    await rowEn.waitFor();
    expect(await rowEn.locator('.not-applied').textContent()).toBe(
      'Not in effect: what it names is no longer in the graph (entity 台前县 (place:410927)); it applies again once that is back',
    );
    await page.screenshot({ path: '/tmp/client-s7/history-not-applied-en.png' });
  });
});
