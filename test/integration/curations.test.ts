// Curations over real HTTP into the real Neo4j: token and If-Match guard them, a merge redirects the old id and survives `seed --force`, undo takes a rename back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentResponse, DocumentsResponse, EntityResponse, SearchResponse } from '@policygraph/contract/api';
import { CurationFile, CurationResponse, CurationsResponse } from '@policygraph/contract/curation';
import { loadCorpora } from '../../graph-seed/src/load/load-corpus';
import { Neo4jCurationStore } from '../../server/src/db/curation-store';
import { Neo4jGraphWriter } from '../../server/src/db/neo4j-writer';
import { testConnection } from '../support/neo4j';
import { SAMPLE_CORPUS_DIR } from '../support/paths';
import { startTestServer } from '../support/http';
import { useSampleServer } from '../support/sample-server';

const TOKEN = 'test-editor-token-curations-0123456789';
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-curations-'));
const world = useSampleServer({ writes: { uploadsDir, token: TOKEN } });

const url = (p: string) => `${world.server.baseUrl}${p}`;
const version = async () => CurationsResponse.parse(await (await fetch(url('/api/curations'))).json()).graphVersion;
const curate = async (body: object, ifMatch?: string, token = TOKEN) =>
  fetch(url('/api/curations'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
    body: JSON.stringify(body),
  });
const entity = async (id: string) => {
  const res = await fetch(url(`/api/entities/${encodeURIComponent(id)}`));
  return { res, body: res.ok ? EntityResponse.parse(await res.json()) : null };
};
const strategies = async () => {
  const session = world.driver.session({ database: testConnection().database });
  try {
    const rows = await session.run(
      'MATCH (s:Strategy)<-[m:MENTIONS]-() WITH s, count(m) AS docs WHERE docs >= 1 RETURN s.id AS id, s.name AS name ORDER BY docs DESC, s.id LIMIT 2',
    );
    return rows.records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string }));
  } finally {
    await session.close();
  }
};

// Each correction plans a handful of new Cypher statements; on a shared, loaded 2-core machine that can pass a minute.
describe('curating the graph', { timeout: 240_000 }, () => {
  it('refuses a curation without the token (401), without If-Match (428) and on a stale version (409), changing nothing', async () => {
    const [a, b] = await strategies();
    const merge = { action: 'merge', from: a!.id, into: b!.id };
    const v = await version();
    expect((await curate(merge, `"g-${v}"`, 'wrong-token-wrong-token')).status).toBe(401);
    const missing = await curate(merge);
    expect(missing.status).toBe(428);
    const stale = await curate(merge, '"g-0-old"');
    expect(stale.status).toBe(409);
    expect((await stale.json()).type).toMatch(/version-conflict$/);
    expect(await version()).toBe(v);
    expect((await entity(a!.id)).res.status).toBe(200);
    expect(CurationsResponse.parse(await (await fetch(url('/api/curations'))).json()).curations).toEqual([]);
  });

  it('merges two entities: evidence and aliases kept on the one left, the old id redirects, search by the old name finds it', async () => {
    const [a, b] = await strategies();
    const before = { a: (await entity(a!.id)).body!, b: (await entity(b!.id)).body! };
    const res = await curate({ action: 'merge', from: a!.id, into: b!.id, note: '同一战略的两种说法' }, `"g-${await version()}"`);
    expect(res.status).toBe(201);
    const { curation } = CurationResponse.parse(await res.json());
    expect(curation).toMatchObject({ action: 'merge', who: 'tester', note: '同一战略的两种说法', undone: false });

    const old = await entity(a!.id);
    expect(old.res.redirected).toBe(true);
    expect(old.body!.node.data.id).toBe(b!.id);
    const merged = (await entity(b!.id)).body!;
    expect(merged.properties.aliases).toContain(a!.name);
    const docsBefore = new Set([...before.a.documents, ...before.b.documents].map((d) => d.id));
    expect(new Set(merged.documents.map((d) => d.id))).toEqual(docsBefore);
    expect(merged.evidenceTotal).toBeGreaterThanOrEqual(Math.max(before.a.evidenceTotal, before.b.evidenceTotal));

    const search = SearchResponse.parse(await (await fetch(url(`/api/search?q=${encodeURIComponent(a!.name)}`))).json());
    expect(search.hits.map((h) => h.id)).toContain(b!.id);
    expect(search.hits.map((h) => h.id)).not.toContain(a!.id);
  });

  it('the merge still holds after the corpus is reloaded with --force (as `npm run seed -- --force` does)', async () => {
    const curations = CurationsResponse.parse(await (await fetch(url('/api/curations'))).json()).curations;
    const { from, into } = curations[0] as { from: string; into: string };
    const writer = new Neo4jGraphWriter(world.driver, testConnection().database);
    const summary = await loadCorpora([{ dir: SAMPLE_CORPUS_DIR }, { dir: uploadsDir, optional: true }], writer, { force: true });
    expect(summary.loaded.length).toBeGreaterThan(0);
    // Right after the load, extraction has put the merged entity back; the seed CLI then re-applies the curations.
    const store = new Neo4jCurationStore(world.driver, testConnection().database);
    await store.applyAll();
    await store.bump();
    const old = await entity(from);
    expect(old.res.redirected).toBe(true);
    expect(old.body!.node.data.id).toBe(into);
  });

  it('renames an entity, lists it in 修订记录 with who and when, and undo takes it back', async () => {
    const [, b] = await strategies();
    const original = (await entity(b!.id)).body!.node.data.label;
    const res = await curate({ action: 'rename', entityId: b!.id, name: '测试更名战略' }, `"g-${await version()}"`);
    expect(res.status).toBe(201);
    const { curation } = CurationResponse.parse(await res.json());
    expect((await entity(b!.id)).body!.node.data.label).toBe('测试更名战略');
    const history = CurationsResponse.parse(await (await fetch(url('/api/curations'))).json()).curations;
    expect(history.map((c) => c.action)).toEqual(['merge', 'rename']);
    expect(history[1]).toMatchObject({ who: 'tester', at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });

    const undo = await fetch(url(`/api/curations/${curation.id}/undo`), {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'If-Match': `"g-${await version()}"` },
    });
    expect(undo.status).toBe(200);
    expect((await entity(b!.id)).body!.node.data.label).toBe(original);
    const after = CurationsResponse.parse(await (await fetch(url('/api/curations'))).json()).curations;
    expect(after.map((c) => c.undone)).toEqual([false, true]);
    // The merge, still active, was re-applied after the undo's reload.
    const [a2] = await strategies();
    expect(a2!.id).not.toBe((after[0] as { from: string }).from);
  });

  it('exports the curations as JSON that the schema reads back, and importing them again adds nothing', async () => {
    const store = new Neo4jCurationStore(world.driver, testConnection().database);
    const file = CurationFile.parse(JSON.parse(JSON.stringify({ version: 1, curations: await store.list() })));
    expect(file.curations).toHaveLength(2);
    expect(await store.importAll(file.curations)).toBe(0);
  });

  it('adds a relation citing a sentence by its offsets (evidence with document and offsets), refuses a wrong pattern or a span across sentences, and undo takes it away', async () => {
    const session = world.driver.session({ database: testConnection().database });
    const pick = await session
      .run(
        `MATCH (p:Project), (s:Strategy) WHERE NOT (p)-[:SERVES]->(s)
         WITH p, s ORDER BY p.id, s.id LIMIT 1
         MATCH (t:Sentence) WHERE t.end - t.start > 10
         WITH p, s, t ORDER BY t.id LIMIT 2
         RETURN p.id AS project, s.id AS strategy, collect(t {.documentId, .start, .end, .text}) AS sentences`,
      )
      .finally(() => session.close());
    const row = pick.records[0]!;
    const [project, strategy] = [row.get('project') as string, row.get('strategy') as string];
    const [first, second] = row.get('sentences') as { documentId: string; start: unknown; end: unknown; text: string }[];
    const n = (x: unknown) => Number(x);
    const before = await version();
    const wrongPattern = await curate(
      { action: 'add-relation', type: 'PURSUES', from: project, to: strategy, documentId: first!.documentId, start: n(first!.start), end: n(first!.end) },
      `"g-${before}"`,
    );
    expect(wrongPattern.status).toBe(400);
    expect((await wrongPattern.json()).detail).toMatch(/PURSUES joins Place → Strategy, not Project → Strategy/);
    // Two neighbouring sentences of one document: a span from the first into the second cites no single sentence.
    expect(second!.documentId).toBe(first!.documentId);
    expect(n(second!.start)).toBeGreaterThanOrEqual(n(first!.end));
    const across = await curate(
      { action: 'add-relation', type: 'SERVES', from: project, to: strategy, documentId: first!.documentId, start: n(first!.start), end: n(second!.end) },
      `"g-${before}"`,
    );
    expect(across.status).toBe(400);
    expect((await across.json()).detail).toMatch(/not inside one sentence/);
    expect(await version()).toBe(before);

    const res = await curate(
      {
        action: 'add-relation',
        type: 'SERVES',
        from: project,
        to: strategy,
        documentId: first!.documentId,
        start: n(first!.start) + 1,
        end: n(first!.end) - 1,
        note: '原文明确',
      },
      `"g-${before}"`,
    );
    expect(res.status).toBe(201);
    const { curation } = CurationResponse.parse(await res.json());
    expect(curation).toMatchObject({ action: 'add-relation', sentenceId: expect.stringMatching(new RegExp(`^${first!.documentId}#\\d+$`)) });
    const ev = (await entity(project)).body!.evidence.filter((e) => e.relation.includes('SERVES') && e.relation.includes(strategy));
    expect(ev).toEqual([expect.objectContaining({ documentId: first!.documentId, sentence: first!.text, start: n(first!.start), end: n(first!.end) })]);

    const undo = await fetch(url(`/api/curations/${curation.id}/undo`), {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'If-Match': `"g-${await version()}"` },
    });
    expect(undo.status).toBe(200);
    expect((await entity(project)).body!.evidence.filter((e) => e.relation.includes('SERVES') && e.relation.includes(strategy))).toEqual([]);
  });

  it("corrects a document's place: its ABOUT link moves to the chosen place, marked as the analyst's", async () => {
    const docs = DocumentsResponse.parse(await (await fetch(url('/api/documents'))).json()).documents;
    const doc = docs.find((d) => d.places.length > 0)!;
    const other = docs.flatMap((d) => d.places).find((p) => !doc.places.some((q) => q.id === p.id))!;
    const code = other.id.slice('place:'.length);
    const bad = await curate({ action: 'correct-document', documentId: doc.id, placeCode: '990000' }, `"g-${await version()}"`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/990000 is not a place in the graph/);
    const res = await curate({ action: 'correct-document', documentId: doc.id, placeCode: code }, `"g-${await version()}"`);
    expect(res.status).toBe(201);
    const after = DocumentResponse.parse(await (await fetch(url(`/api/documents/${doc.id}`))).json()).document;
    expect(after.places).toEqual([expect.objectContaining({ id: other.id, inferred: false, reason: 'curation' })]);
    const undo = await fetch(url(`/api/curations/${CurationResponse.parse(await res.json()).curation.id}/undo`), {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'If-Match': `"g-${await version()}"` },
    });
    expect(undo.status).toBe(200);
    const back = DocumentResponse.parse(await (await fetch(url(`/api/documents/${doc.id}`))).json()).document;
    expect(back.places.map((p) => p.id).sort()).toEqual(doc.places.map((p) => p.id).sort());
  });

  it('counts curations and uploads in one write rate limit of their own: past it a 429 with Retry-After, reads still answer', async () => {
    const limited = await startTestServer(world.driver, { writes: { uploadsDir, token: TOKEN, rateLimitPerMinute: 2 } });
    try {
      const RENAME = JSON.stringify({ action: 'rename', entityId: 'strategy:项目为王', name: '项目为王' });
      const at = (p: string) => `${limited.baseUrl}${p}`;
      const post = (p: string) =>
        fetch(at(p), { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: RENAME });
      // Without If-Match nothing is written, but each still counts as a write.
      expect((await post('/api/curations')).status).toBe(428);
      expect((await post('/api/curations')).status).toBe(428);
      const over = await post('/api/curations');
      expect(over.status).toBe(429);
      expect(over.headers.get('retry-after')).toBe('60');
      expect((await over.json()).detail).toMatch(/More than 2 writes a minute/);
      expect((await post('/api/uploads?name=x.txt')).status).toBe(429);
      expect((await fetch(at('/api/curations'))).status).toBe(200);
      expect((await fetch(at('/api/health'))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
