// Change of type and rejections over real HTTP into the real Neo4j: a rejected entity or relation is in no read, stays rejected after `seed --force`, and undo brings it back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiffusionResponse, EntityResponse, SearchResponse } from '@policygraph/contract/api';
import { CurationResponse, CurationsResponse } from '@policygraph/contract/curation';
import { loadCorpora } from '../../graph-seed/src/load/load-corpus';
import { Neo4jCurationStore } from '../../server/src/db/curation-store';
import { Neo4jGraphWriter } from '../../server/src/db/neo4j-writer';
import { readRows, testConnection } from '../support/neo4j';
import { SAMPLE_CORPUS_DIR } from '../support/paths';
import { useSampleServer } from '../support/sample-server';

const TOKEN = 'test-editor-token-rejections-0123456789';
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-rejections-'));
const world = useSampleServer({ writes: { uploadsDir, token: TOKEN } });

const url = (p: string) => `${world.server.baseUrl}${p}`;
const q = encodeURIComponent;
const version = async () => CurationsResponse.parse(await (await fetch(url('/api/curations'))).json()).graphVersion;
const curate = async (body: object) =>
  fetch(url('/api/curations'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', 'If-Match': `"g-${await version()}"` },
    body: JSON.stringify(body),
  });
const undo = async (id: string) =>
  fetch(url(`/api/curations/${id}/undo`), { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'If-Match': `"g-${await version()}"` } });
const text = async (p: string) => {
  const res = await fetch(url(p));
  expect(res.status, p).toBe(200);
  return res.text();
};
const cypher = <T>(query: string, params: Record<string, unknown> = {}) => readRows<T>(world.driver, query, params);
/** What `npm run seed -- --force` does: every document re-extracted and rewritten, then the curations re-applied. */
const reloadForce = async () => {
  const writer = new Neo4jGraphWriter(world.driver, testConnection().database);
  const summary = await loadCorpora([{ dir: SAMPLE_CORPUS_DIR }, { dir: uploadsDir, optional: true }], writer, { force: true });
  expect(summary.loaded.length).toBeGreaterThan(0);
  const store = new Neo4jCurationStore(world.driver, testConnection().database);
  await store.applyAll();
  await store.bump();
};

describe('changing types and rejecting wrong extractions', { timeout: 300_000 }, () => {
  it('rejects a strategy: it is in no read (search, entity, overview, neighbourhood, paths, comparison, adoptions, documents, diffusion, clusters), also after --force, and undo brings it back', async () => {
    // The strategy most places pursue whose id no other id contains, so "the id appears nowhere" is exact.
    const [pick] = await cypher<{ id: string; name: string; places: string[]; doc: string }>(
      `MATCH (s:Strategy)<-[:PURSUES]-(p:Place)
       WITH s, collect(p.id) AS places WHERE size(places) >= 2
       AND NOT EXISTS { MATCH (o) WHERE o.id <> s.id AND o.id CONTAINS s.id }
       WITH s, places ORDER BY size(places) DESC, s.id LIMIT 1
       MATCH (d:Document)-[:MENTIONS]->(s)
       RETURN s.id AS id, s.name AS name, places, min(d.id) AS doc`,
    );
    const { id, name, places, doc } = pick!;
    const [p, other] = places as [string, string];
    const reads = [
      `/api/search?q=${q(name)}`,
      '/api/graph/overview',
      `/api/graph/neighborhood?ids=${q(p)}`,
      `/api/graph/paths?from=${q(p)}&to=${q(id)}`,
      `/api/compare?places=${q(p)},${q(other)}`,
      `/api/places/${q(p)}/adoptions`,
      `/api/documents/${q(doc)}`,
      '/api/graph/clusters',
    ];
    for (const read of reads) expect(await text(read), `${read} shows it before`).toContain(id);
    const gone = reads.filter((r) => r.includes('/paths'));

    const res = await curate({ action: 'reject-entity', entityId: id, note: '误抽取' });
    expect(res.status).toBe(201);
    const { curation } = CurationResponse.parse(await res.json());
    expect(curation).toMatchObject({ action: 'reject-entity', name, entityType: 'Strategy', documents: expect.arrayContaining([doc]) });
    expect((curation as { relations: number }).relations).toBeGreaterThanOrEqual(places.length);

    const hidden = async () => {
      for (const read of reads.filter((r) => !gone.includes(r))) expect(await text(read), `${read} after the rejection`).not.toContain(id);
      // Asked for by its id, it is not found, as an id that never existed.
      for (const read of gone) expect((await fetch(url(read))).status, read).toBe(404);
      expect((await fetch(url(`/api/entities/${q(id)}`))).status).toBe(404);
      expect((await fetch(url(`/api/strategies/${q(id)}/diffusion`))).status).toBe(404);
    };
    await hidden();
    // Re-extraction finds it again in the text; the rejection, re-applied, takes it out again.
    await reloadForce();
    await hidden();

    const history = CurationsResponse.parse(await (await fetch(url('/api/curations'))).json()).curations;
    expect(history.find((c) => c.id === curation.id)).toMatchObject({ who: 'tester', note: '误抽取', undone: false });
    expect((await undo(curation.id)).status).toBe(200);
    expect(EntityResponse.parse(await (await fetch(url(`/api/entities/${q(id)}`))).json()).node.data.label).toBe(name);
    expect(SearchResponse.parse(JSON.parse(await text(`/api/search?q=${q(name)}`))).hits.map((h) => h.id)).toContain(id);
  });

  it('rejects one relation: the place no longer pursues the strategy in any read, the rest stays, also after --force; undo restores it', async () => {
    const [pick] = await cypher<{ place: string; strategy: string }>(
      `MATCH (p:Place)-[r:PURSUES]->(s:Strategy)
       WHERE COUNT { (s)<-[:PURSUES]-() } >= 2 AND COUNT { (p)-[:PURSUES]->() } >= 2
       RETURN p.id AS place, s.id AS strategy ORDER BY size(r.evidence) DESC, p.id, s.id LIMIT 1`,
    );
    const { place, strategy } = pick!;
    const edge = `PURSUES:${place}->${strategy}`;
    const diffusionPlaces = async () =>
      DiffusionResponse.parse(JSON.parse(await text(`/api/strategies/${q(strategy)}/diffusion`))).adoptions.map((x) => x.place.id);
    const reads = [`/api/graph/neighborhood?ids=${q(place)}`, `/api/entities/${q(strategy)}`, `/api/graph/neighborhood?ids=${q(strategy)}`];
    for (const read of reads) expect(await text(read), read).toContain(edge);
    expect(await diffusionPlaces()).toContain(place);

    const res = await curate({ action: 'reject-relation', type: 'PURSUES', from: place, to: strategy });
    expect(res.status).toBe(201);
    const { curation } = CurationResponse.parse(await res.json());
    expect((curation as { evidence: string[] }).evidence.length).toBeGreaterThan(0);
    const hidden = async () => {
      for (const read of reads) expect(await text(read), read).not.toContain(edge);
      expect(await diffusionPlaces()).not.toContain(place);
      // Both ends stay: only the relation was wrong.
      expect((await fetch(url(`/api/entities/${q(place)}`))).status).toBe(200);
      expect((await fetch(url(`/api/entities/${q(strategy)}`))).status).toBe(200);
    };
    await hidden();
    await reloadForce();
    await hidden();

    const refused = await curate({ action: 'reject-relation', type: 'SERVES', from: place, to: strategy });
    expect(refused.status).toBe(400);
    expect((await refused.json()).detail).toMatch(/SERVES joins Project → Strategy, not Place → Strategy/);

    expect((await undo(curation.id)).status).toBe(200);
    for (const read of reads) expect(await text(read), read).toContain(edge);
  });

  it('changes a project into a strategy: the old id redirects, search finds it as a strategy, relations a strategy cannot have are listed as dropped; undo makes it a project again', async () => {
    const [pick] = await cypher<{ id: string; name: string }>(
      `MATCH (p:Project)-[:LOCATED_IN]->(:Place)
       WHERE NOT EXISTS { MATCH (s:Strategy) WHERE s.id = 'strategy:' + substring(p.id, 8) }
       RETURN p.id AS id, p.name AS name ORDER BY COUNT { (p)--() } DESC, p.id LIMIT 1`,
    );
    const { id, name } = pick!;
    const newId = `strategy:${id.slice('project:'.length)}`;
    const before = EntityResponse.parse(JSON.parse(await text(`/api/entities/${q(id)}`)));

    expect((await curate({ action: 'change-type', entityId: id, type: 'Project' })).status).toBe(400);
    expect((await curate({ action: 'change-type', entityId: 'place:411503', type: 'Strategy' })).status).toBe(400);
    const res = await curate({ action: 'change-type', entityId: id, type: 'Strategy', note: '其实是战略' });
    expect(res.status).toBe(201);
    const { curation } = CurationResponse.parse(await res.json());
    expect(curation).toMatchObject({ action: 'change-type', newId, name, previousType: 'Project' });
    expect((curation as { dropped: { type: string }[] }).dropped.map((d) => d.type)).toContain('LOCATED_IN');

    const asStrategy = async () => {
      const old = await fetch(url(`/api/entities/${q(id)}`));
      expect(old.redirected).toBe(true);
      const now = EntityResponse.parse(await old.json());
      expect(now.node.data).toMatchObject({ id: newId, type: 'Strategy', label: name });
      expect(new Set(now.documents.map((d) => d.id))).toEqual(new Set(before.documents.map((d) => d.id)));
      const hits = SearchResponse.parse(JSON.parse(await text(`/api/search?q=${q(name)}`))).hits;
      expect(hits.find((h) => h.id === newId)?.type).toBe('Strategy');
      expect(hits.map((h) => h.id)).not.toContain(id);
    };
    await asStrategy();
    await reloadForce();
    await asStrategy();

    expect((await undo(curation.id)).status).toBe(200);
    const back = await fetch(url(`/api/entities/${q(id)}`));
    expect(back.redirected).toBe(false);
    const entity = EntityResponse.parse(await back.json());
    expect(entity.node.data.type).toBe('Project');
    expect(entity.degrees).toContainEqual(expect.objectContaining({ type: 'LOCATED_IN', direction: 'out' }));
    expect((await fetch(url(`/api/entities/${q(newId)}`))).status).toBe(404);
  });

  it('words refusals in Chinese for a client asking for it (title and detail, a bad upload named), in English otherwise, and writes nothing', async () => {
    const zh = { 'Accept-Language': 'zh-CN, zh;q=0.9' };
    const before = await version();
    const post = (body: object, headers: Record<string, string>, token = TOKEN) =>
      fetch(url('/api/curations'), {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': `"g-${before}"`, ...headers },
        body: JSON.stringify(body),
      });
    const place = { action: 'reject-entity', entityId: 'place:411503' };
    const chinese = await post(place, zh);
    expect(chinese.status).toBe(400);
    expect(chinese.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(chinese.headers.get('content-language')).toBe('zh-CN');
    expect(await chinese.json()).toMatchObject({
      type: expect.stringMatching(/invalid-parameter$/),
      title: '参数有误',
      detail: 'entityId：place:411503 是行政区划中的地区：请更正它的关系或文档的地区',
    });
    const english = await post(place, {});
    expect(await english.json()).toMatchObject({ title: 'Invalid parameter', detail: expect.stringMatching(/is a place of the gazetteer/) });

    const wrongToken = await post(place, zh, 'not-the-editor-token-at-all');
    expect(wrongToken.status).toBe(401);
    expect(await wrongToken.json()).toMatchObject({ title: '需要有效的编辑令牌', detail: '这个令牌与服务器的编辑令牌不符；未写入任何内容。' });

    const upload = (name: string, bytes: Uint8Array) =>
      fetch(url(`/api/uploads?name=${q(name)}`), {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream', ...zh },
        body: Buffer.from(bytes),
      });
    const binary = await upload(
      '数据.txt',
      Uint8Array.from({ length: 512 }, (_, i) => i % 256),
    );
    expect(binary.status).toBe(422);
    expect(await binary.json()).toMatchObject({ title: '无法读取此文档', detail: '数据.txt：不是文本文件（内容是二进制的）' });
    const program = await upload('setup.exe', Uint8Array.from([0x4d, 0x5a, 0x90, 0x00]));
    expect((await program.json()).detail).toMatch(/^setup\.exe：不支持的文件类型/);
    // Nothing was written: the graph is at the version it had.
    expect(await version()).toBe(before);
  });
});
