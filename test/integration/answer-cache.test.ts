// The per-graph-version answer cache, over real HTTP and the real Neo4j: repeated questions are answered from
// memory, identical ones in flight share one read, and a load that changes the graph is seen at once.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocuments } from '../../graph-seed/src/load/load-corpus';
import { Neo4jGraphWriter } from '../../server/src/db/neo4j-writer';
import { startTestServer, type TestServer } from '../support/http';
import { loadSample, testConnection, testDriver, wipe } from '../support/neo4j';

let driver: Driver;
let server: TestServer;

beforeAll(async () => {
  driver = testDriver();
  await wipe(driver);
  await loadSample(driver);
  // Version re-read on every request, so the test sees a reload without waiting out a TTL.
  server = await startTestServer(driver, { answerCacheBytes: 8 * 2 ** 20, versionTtlMs: 0 });
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
});

async function get(path: string): Promise<{ status: number; cache: string | null; body: string; json: any }> {
  const res = await fetch(`${server.baseUrl}${path}`);
  const body = await res.text();
  return { status: res.status, cache: res.headers.get('x-cache'), body, json: res.headers.get('content-type')?.includes('json') ? JSON.parse(body) : null };
}

describe('answers kept per graph version', () => {
  it('answers a repeated question from the cache with the same body, whatever the order of its parameters', async () => {
    const first = await get('/api/search?q=%E9%A1%B9%E7%9B%AE%E4%B8%BA%E7%8E%8B&limit=5');
    expect(first.status).toBe(200);
    expect(first.cache).toBe('miss');
    expect(first.json.hits.map((h: { name: string }) => h.name)).toContain('项目为王');

    const again = await get('/api/search?q=%E9%A1%B9%E7%9B%AE%E4%B8%BA%E7%8E%8B&limit=5');
    expect(again.cache).toBe('hit');
    expect(again.body).toBe(first.body);

    const reordered = await get('/api/search?limit=5&q=%E9%A1%B9%E7%9B%AE%E4%B8%BA%E7%8E%8B');
    expect(reordered.cache).toBe('hit');
    expect(reordered.body).toBe(first.body);

    // Another limit is another answer.
    const other = await get('/api/search?q=%E9%A1%B9%E7%9B%AE%E4%B8%BA%E7%8E%8B&limit=1');
    expect(other.cache).toBe('miss');
    expect(other.json.hits).toHaveLength(1);
  });

  it('lets identical requests that arrive together share one read', async () => {
    const path = '/api/graph/overview?limit=12';
    const answers = await Promise.all(Array.from({ length: 8 }, () => get(path)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('never keeps errors: an unknown id stays a 404 problem, a bad parameter a 400', async () => {
    for (let i = 0; i < 2; i++) {
      const missing = await get('/api/entities/strategy%3Ano-such-thing');
      expect(missing.status).toBe(404);
      expect(missing.json.type ?? missing.json.title).toBeTruthy();
      const bad = await get('/api/search?q=%E5%85%B0&limit=oops');
      expect(bad.status).toBe(400);
      expect(bad.cache).toBeNull();
    }
  });

  it('shows a load that changes the graph at once, not the answer kept for the old graph', async () => {
    const before = await get('/api/documents');
    const again = await get('/api/documents');
    expect(again.cache).toBe('hit');
    const removedId = before.json.documents.find((d: { title: string }) => d.title.includes('兰考'))?.id as string;
    expect(removedId).toBeTruthy();

    await removeDocuments([removedId], new Neo4jGraphWriter(driver, testConnection().database));

    const after = await get('/api/documents');
    expect(after.cache).toBe('miss');
    expect(after.json.total).toBe(before.json.total - 1);
    expect(after.json.documents.map((d: { id: string }) => d.id)).not.toContain(removedId);
    expect(after.json.graphVersion).not.toBe(before.json.graphVersion);
  });
});
