// The per-graph-version answer cache, over real HTTP and the real Neo4j: repeated questions are answered from
// memory, identical ones in flight share one read, and a load that changes the graph is seen at once.
import http from 'node:http';
import type { ReadInput } from '@policygraph/contract/api';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocuments } from '../../graph-seed/src/load/load-corpus';
import { Neo4jGraphWriter } from '../../server/src/db/neo4j-writer';
import type { GraphRepository } from '../../server/src/repository';
import { startTestServer, type TestServer } from '../support/http';
import { loadSample, testConnection, testDriver, wipe } from '../support/neo4j';

let driver: Driver;
let server: TestServer;
/** While set, an overview read (of the real Neo4j) hands back its answer only once this resolves. */
let overviewHeld: Promise<void> | undefined;

beforeAll(async () => {
  driver = testDriver();
  await wipe(driver);
  await loadSample(driver);
  // Version re-read on every request, so the test sees a reload without waiting out a TTL.
  server = await startTestServer(driver, {
    answerCacheBytes: 8 * 2 ** 20,
    versionTtlMs: 0,
    wrapRepo: (repo) =>
      Object.assign(Object.create(repo) as GraphRepository, {
        async getOverview(input: ReadInput<'getOverview'>) {
          const answer = await repo.getOverview(input);
          await overviewHeld;
          return answer;
        },
      }),
  });
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
    // The first read is held open until the other seven wait on it. Left to itself it could finish before they
    // arrive on a busy machine, and they would be plain hits: whether sharing was tested at all depended on load.
    let release = () => {};
    overviewHeld = new Promise<void>((resolve) => (release = resolve));
    try {
      const path = '/api/graph/overview?limit=12';
      const asked = Array.from({ length: 8 }, () => get(path));
      await expect.poll(() => server.answerCache().sharing).toBe(7);
      release();
      const answers = await Promise.all(asked);
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      expect(answers.map((a) => a.cache).sort()).toEqual(['miss', ...Array(7).fill('shared')]);
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    } finally {
      release();
      overviewHeld = undefined;
    }
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

  it("answers in the asker's language without mixing them up: a kept or replayed answer is the same for both, a refusal is worded per request", async () => {
    const ask = async (path: string, lang: string, etag?: string) => {
      const res = await fetch(`${server.baseUrl}${path}`, { headers: { 'Accept-Language': lang, ...(etag ? { 'If-None-Match': etag } : {}) } });
      const body = await res.text();
      return {
        status: res.status,
        cache: res.headers.get('x-cache'),
        etag: res.headers.get('etag'),
        vary: res.headers.get('vary'),
        lang: res.headers.get('content-language'),
        body,
      };
    };
    const path = '/api/graph/overview?limit=9';
    // Three times each way: a miss, a hit (recorded for the cached path), then a replay before Express.
    const answers = [];
    for (const lang of ['zh-CN, zh;q=0.9', 'en', 'zh-CN, zh;q=0.9', 'en', 'zh-CN', 'en']) answers.push(await ask(path, lang));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1);
    // One ETag for both languages is right because the answer is the same: nothing in it is worded.
    expect(answers.every((a) => a.lang === null)).toBe(true);
    expect((await ask(path, 'en', answers[0]!.etag!)).status).toBe(304);
    expect((await ask(path, 'zh-CN', answers[0]!.etag!)).status).toBe(304);

    // Refusals of reads, asked alternately in both languages: each worded for its asker, never one kept for the other.
    const refusals: [string, RegExp, RegExp][] = [
      ['/api/entities/strategy%3A%E6%97%A0%E6%AD%A4', /^没有 id 为 "strategy:无此" 的实体$/, /^No entity with id "strategy:无此"$/],
      ['/api/search?q=%E5%85%B0&limit=oops', /^limit：必须是十进制整数$/, /^limit: must be a whole number in decimal digits$/],
      ['/api/search?q=a&verbose=1', /^verbose：不是这个接口的参数$/, /^verbose: unknown parameter$/],
      ['/api/nowhere', /没有 GET 接口/, /^No API endpoint at GET \S*nowhere$/],
    ];
    for (const [url, zh, en] of refusals) {
      for (let i = 0; i < 2; i++) {
        const cn = await ask(url, 'zh-CN, zh;q=0.9, en;q=0.8');
        expect(cn.vary, url).toMatch(/Accept-Language/i);
        expect(cn.lang, url).toBe('zh-CN');
        expect(JSON.parse(cn.body).detail, url).toMatch(zh);
        expect(JSON.parse(cn.body).title, url).toMatch(/[\u4e00-\u9fff]/);
        const english = await ask(url, 'en-US, en;q=0.9, zh;q=0.5');
        expect(english.lang, url).toBeNull();
        expect(JSON.parse(english.body).detail, url).toMatch(en);
        expect(JSON.parse(english.body).type, url).toBe(JSON.parse(cn.body).type);
      }
    }
    const post = await fetch(`${server.baseUrl}/api/search?q=a`, { method: 'POST', headers: { 'Accept-Language': 'zh' } });
    expect(post.status).toBe(405);
    expect((await post.json()).detail).toMatch(/^不允许 POST：此 API 只读$/);
  });

  it('words the refusals Node and the rate limiter give in Chinese too: 431 before Express, 429', async () => {
    // A header over 16 KB is refused by Node's parser before Express runs; the bytes it read still say the language.
    const tooLarge = await new Promise<{ status: number; lang: string | undefined; body: string }>((resolve, reject) => {
      const url = new URL(`${server.baseUrl}/api/stats`);
      const req = http.get(
        { host: url.hostname, port: url.port, path: url.pathname, headers: { 'Accept-Language': 'zh-CN', 'X-Padding': 'a'.repeat(20_000) } },
        (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, lang: res.headers['content-language'], body }));
        },
      );
      req.on('error', reject);
    });
    expect(tooLarge.status).toBe(431);
    expect(tooLarge.lang).toBe('zh-CN');
    expect(JSON.parse(tooLarge.body)).toMatchObject({ title: '请求头过大', detail: expect.stringMatching(/^请求行和请求头超过服务器读取的上限（16 KB）/) });

    const limited = await startTestServer(driver, { rateLimitPerMinute: 1 });
    try {
      await fetch(`${limited.baseUrl}/api/stats`);
      const over = await fetch(`${limited.baseUrl}/api/stats`, { headers: { 'Accept-Language': 'zh-CN' } });
      expect(over.status).toBe(429);
      expect(await over.json()).toMatchObject({ title: '请求过于频繁', detail: '这个地址每分钟请求超过 1 次；请一分钟后再试。' });
      const english = await fetch(`${limited.baseUrl}/api/stats`, { headers: { 'Accept-Language': 'en' } });
      expect((await english.json()).detail).toMatch(/^More than 1 requests a minute/);
    } finally {
      await limited.close();
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
