// The English explorer joins what it puts together the English way: the text the client assembles around the graph's
// Chinese names (a document's places, a search hit's aliases, the note naming what a link lost, 修订记录's lines and
// the document filter) carries no '：、，（）' of its own; the names and titles keep theirs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CurationsResponse } from '@policygraph/contract/curation';
import { readRows } from '../support/neo4j';
import { nodePoint, startHarness, waitReady, type Harness } from './explorer-harness';

vi.setConfig({ testTimeout: 240_000 });

const TOKEN = 'browser-editor-token-punctuation-0123456789';
const SCREEN = { width: 1366, height: 768 };
const SHOTS = '/tmp/client-s9';
const XIANGMU = 'strategy:项目为王';
const CJK_PUNCTUATION = /[：、，（）；。]/;

// A made-up county news page (no text from a real document), for the upload preview's counts.
const NEWS_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>某县推进冷链物流园建设</title></head><body>
<article><h1>某县推进冷链物流园建设</h1>
<p>2024年5月8日，兰考县深入实施乡村振兴战略，加快推进蜂蜜冷链物流园项目和数字农贸市场项目建设，河南农业大学参与蜂蜜冷链物流园项目。</p></article></body></html>`;
const TYPE_EN: Record<string, string> = { Strategy: 'Strategy', Project: 'Project', Place: 'Place', Organization: 'Organisation' };

/** What is left of `text` once the graph's own names are taken out: the part the client wrote. */
function withoutNames(text: string, names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length).reduce((rest, name) => rest.split(name).join('〈name〉'), text);
}

describe('the English explorer joins its own text with English punctuation', () => {
  let hx: Harness;
  const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-browser-punct-'));
  const api = (p: string) => `${hx.server.baseUrl}${p}`;
  const cypher = <T>(query: string, params: Record<string, unknown> = {}) => readRows<T>(hx.driver, query, params);
  const english = async (hash: string): Promise<Page> => {
    const page = await hx.open(`${hash}${hash ? '&' : '#'}lang=en`, SCREEN);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    return page;
  };

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    hx = await startHarness({ writes: { uploadsDir, token: TOKEN }, queryTimeoutMs: 120_000 });
  });
  afterAll(async () => {
    await hx?.close();
    fs.rmSync(uploadsDir, { recursive: true, force: true });
  });

  it("a link naming two entities the graph lacks: the note lists them with ', ', not '、'", async () => {
    const page = await english(`#x=${encodeURIComponent('strategy:早已撤销的战略')}&x=${encodeURIComponent('project:早已拆除的项目')}`);
    const note = (await page.locator('#notes li', { hasText: 'no longer in the graph' }).textContent())!;
    expect(note).toBe('早已撤销的战略, 早已拆除的项目 from the link is no longer in the graph; the rest of the view opens as it was.');
    await page.screenshot({ path: `${SHOTS}/punct-gone-en.png` });
    await page.context().close();
  });

  it('a search hit lists its aliases with commas, and the document filter puts the year in plain parentheses', async () => {
    // An entity the documents name in more than one way, so its hit shows two aliases besides its name.
    const [pick] = await cypher<{ id: string; name: string }>(
      `MATCH (n) WHERE (n:Strategy OR n:Project) AND size([a IN coalesce(n.aliases, []) WHERE a <> n.name]) >= 2
       RETURN n.id AS id, n.name AS name ORDER BY size(n.name) DESC, n.id LIMIT 1`,
    );
    const page = await english('');
    if (pick) {
      await page.fill('#search', pick.name);
      const hit = page.locator(`#suggestions:not([hidden]) li[data-id="${pick.id}"]`);
      await hit.waitFor({ timeout: 30_000 });
      const search = (await (await fetch(api(`/api/search?q=${encodeURIComponent(pick.name)}&limit=20`))).json()) as {
        hits: { id: string; name: string; aliases?: string[] }[];
      };
      const aliases = search.hits.find((x) => x.id === pick.id)!.aliases!.filter((a) => a !== pick.name);
      const shown = (await hit.locator('.alias').textContent())!;
      expect(shown).toBe(aliases.slice(0, 2).join(', '));
      expect(withoutNames(shown, aliases)).not.toMatch(CJK_PUNCTUATION);
      await page.screenshot({ path: `${SHOTS}/punct-search-en.png` });
      await page.keyboard.press('Escape');
    } else {
      throw new Error('the sample corpus has no entity with two aliases: the search check has nothing to show');
    }
    const docs = (await (await fetch(api('/api/documents?limit=200'))).json()) as { documents: { id: string; title: string; year: number | null }[] };
    await expect.poll(() => page.locator('#filter-doc option').count()).toBeGreaterThan(1);
    const options = await page.locator('#filter-doc option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    const dated = docs.documents.filter((d) => d.year !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const d of dated) expect(options).toContainEqual([d.id, `${d.title} (${d.year})`]);
    await page.context().close();
  });

  it('a document opened from its sentence names its places after the date with English separators', async () => {
    const docs = (await (await fetch(api('/api/documents?limit=200'))).json()) as {
      documents: { id: string; title: string; date: string | null; places: { name: string }[] }[];
    };
    const page = await english(`#focus=${encodeURIComponent(XIANGMU)}&sel=${encodeURIComponent(XIANGMU)}`);
    const first = page.locator('#side ol.evidence li').first();
    await first.waitFor({ timeout: 30_000 });
    await first.locator('button.open').click();
    await page.locator('#side .doc-text').waitFor();
    const title = (await page.locator('#side h2').textContent())!;
    const doc = docs.documents.find((d) => d.title === title)!;
    const names = doc.places.map((p) => p.name);
    const hint = (await page.locator('#side p.hint').first().textContent())!;
    expect(hint).toBe([doc.date ?? '', names.join(', ')].filter(Boolean).join(' · '));
    expect(withoutNames(hint, names)).not.toMatch(CJK_PUNCTUATION);
    // The panel scrolls to the highlighted sentence; back to its head, where the date and places are, for the picture.
    await page.locator('#side').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/punct-document-en.png` });
    await page.context().close();
  });

  it("修订记录 in English: a document's corrected fields joined with ', ' and each undo button labelled 'Undo: …'", async () => {
    const [doc] = await cypher<{ id: string; title: string }>(
      `MATCH (d:Document) WHERE d.date IS NOT NULL RETURN d.id AS id, d.title AS title ORDER BY d.id LIMIT 1`,
    );
    const { graphVersion } = CurationsResponse.parse(await (await fetch(api('/api/curations'))).json());
    const title = `${doc!.title}（修订）`;
    const saved = await fetch(api('/api/curations'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', 'If-Match': `"g-${graphVersion}"` },
      body: JSON.stringify({ action: 'correct-document', documentId: doc!.id, title, date: '2023-06-01' }),
    });
    expect(saved.status).toBe(201);

    const page = await english('');
    await page.click('#history-open');
    const row = page.locator('#history-dialog .history-list li[data-action="correct-document"]').first();
    await row.waitFor({ timeout: 30_000 });
    const line = `Corrected document ${doc!.id}: ${title}, 2023-06-01`;
    expect(await row.locator('.what').textContent()).toBe(line);
    const undo = row.locator('button[data-action="undo"]');
    expect(await undo.getAttribute('aria-label')).toBe(`Undo: ${line}`);
    expect(withoutNames((await undo.getAttribute('aria-label'))!, [title])).not.toMatch(CJK_PUNCTUATION);
    await page.screenshot({ path: `${SHOTS}/punct-history-en.png` });

    // The same row in Chinese keeps the Chinese punctuation.
    await page.click('#history-dialog [data-action="close"]');
    await Promise.all([page.waitForEvent('load'), page.click('#lang')]);
    await waitReady(page);
    await page.click('#history-open');
    const zh = page.locator('#history-dialog .history-list li[data-action="correct-document"]').first();
    await zh.waitFor({ timeout: 30_000 });
    expect(await zh.locator('.what').textContent()).toBe(`更正文档 ${doc!.id}：${title}，2023-06-01`);
    expect(await zh.locator('button[data-action="undo"]').getAttribute('aria-label')).toBe(`撤销：更正文档 ${doc!.id}：${title}，2023-06-01`);
    await page.context().close();
  });

  it("the upload preview counts mentions as 'Project (2)', and the relation dialog's hits read 'name (Strategy)'", async () => {
    const page = await english('');
    await page.evaluate((t) => sessionStorage.setItem('policygraph.editorToken', t), TOKEN);
    await page.click('#upload-open');
    await page.locator('#upload-dialog').waitFor();
    await page.setInputFiles('#upload-files', [{ name: 'news.html', mimeType: 'text/html', buffer: Buffer.from(NEWS_PAGE) }]);
    const card = page.locator('.upload-card[data-file="news.html"]');
    await card.locator('[data-action="load"]').waitFor({ timeout: 120_000 });
    const terms = card.locator('.upload-mentions dt');
    expect(await terms.count()).toBeGreaterThan(1);
    for (const dt of await terms.all()) {
      const type = (await dt.getAttribute('data-type'))!;
      const chips = await card.locator(`.upload-mentions dd[data-type="${type}"] li`).count();
      // The count is the chips listed under the term, in plain parentheses after the English type name.
      expect(await dt.textContent()).toBe(`${TYPE_EN[type]} (${chips})`);
    }
    await page.screenshot({ path: `${SHOTS}/punct-upload-en.png` });
    await card.locator('[data-action="discard"]').click();
    await page.click('#upload-dialog [data-action="close"]');
    await page.context().close();

    // 添加关系… from a project: the other end is searched, and each hit names its type the English way.
    const [pick] = await cypher<{ project: string; strategy: string; name: string }>(
      `MATCH (p:Project)-[:SERVES]->(s:Strategy) WHERE size(s.name) >= 3
       RETURN p.id AS project, s.id AS strategy, s.name AS name ORDER BY p.id, s.id LIMIT 1`,
    );
    const menu = await english(`#focus=${encodeURIComponent(pick!.project)}`);
    await menu.evaluate((t) => sessionStorage.setItem('policygraph.editorToken', t), TOKEN);
    const at = await nodePoint(menu, pick!.project);
    await menu.mouse.click(at.x, at.y, { button: 'right' });
    await menu.click('#context-menu button[data-action="curate-add-relation"]');
    await menu.locator('#relation-dialog').waitFor();
    await menu.fill('#relation-q', pick!.name);
    const hit = menu.locator(`#relation-dialog .merge-hits button[data-id="${pick!.strategy}"]`);
    await hit.waitFor({ timeout: 30_000 });
    expect(await hit.textContent()).toBe(`${pick!.name} (Strategy)`);
    for (const other of await menu.locator('#relation-dialog .merge-hits button').all()) {
      expect(await other.textContent()).toMatch(/ \((Strategy|Project|Place|Organisation)\)$/);
    }
    await menu.screenshot({ path: `${SHOTS}/punct-relation-en.png` });
    await menu.context().close();
  });
});
