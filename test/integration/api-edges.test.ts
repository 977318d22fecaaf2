// The API's edges as an outside integrator probes them: conditional requests, strict parameters, one Allow, problem types, errors Node answers itself.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { Problem } from '@policygraph/contract/api';
import { problemCode } from '@policygraph/contract/problems';
import { useSampleServer } from '../support/sample-server';

const world = useSampleServer({ answerCacheBytes: 8 * 2 ** 20 });
const q = encodeURIComponent;
const get = (path: string, init?: RequestInit) => fetch(`${world.server.baseUrl}${path}`, init);

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const problem = Problem.parse(await res.json());
  expect(problem.status).toBe(res.status);
  return { ...problem, code: problemCode(problem.type) };
}

/** Sends raw bytes (what fetch refuses to send) and returns the whole answer once the server closes. */
function raw(bytes: Buffer | string): Promise<{ status: number; headers: string; body: string }> {
  const { port } = new URL(world.server.baseUrl);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(bytes));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head, body });
    });
  });
}

describe('conditional requests (RFC 9110)', () => {
  it('answers 304 to the current ETag, and to *, for an answer that exists', async () => {
    const first = await get(`/api/entities/${q('place:410225')}`);
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect((await get(`/api/entities/${q('place:410225')}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await get(`/api/entities/${q('place:410225')}`, { headers: { 'If-None-Match': '*' } })).status).toBe(304);
  });

  it('answers 404, not 304, for an unknown id whatever tag comes with it', async () => {
    const etag = (await get('/api/stats')).headers.get('etag')!;
    for (const tag of [etag, '*']) {
      const res = await get(`/api/entities/${q('place:nowhere')}`, { headers: { 'If-None-Match': tag } });
      expect(res.status, tag).toBe(404);
      expect(res.headers.get('etag')).toBeNull();
      expect((await problemOf(res)).code).toBe('not-found');
    }
  });
});

describe('parameters', () => {
  it('takes integers only in decimal digits, naming the parameter', async () => {
    for (const limit of ['0x10', '0b11', '1e1', '%205', '']) {
      const res = await get(`/api/search?q=${q('兰考')}&limit=${limit}`);
      expect(res.status, limit).toBe(400);
      const problem = await problemOf(res);
      expect(problem.code).toBe('invalid-parameter');
      expect(problem.errors).toEqual([{ parameter: 'limit', message: 'must be a whole number in decimal digits' }]);
    }
    expect((await get(`/api/search?q=${q('兰考')}&limit=5`)).status).toBe(200);
  });

  it('refuses malformed percent-encoding in the query as 400 naming the parameter, like the path', async () => {
    for (const bad of ['%ZZ', '%E5%85', '%FF']) {
      const res = await get(`/api/search?q=${bad}`);
      expect(res.status, bad).toBe(400);
      expect((await problemOf(res)).errors?.[0]?.parameter, bad).toBe('q');
    }
    const path = await get('/api/entities/%E5%85');
    expect(path.status).toBe(400);
    expect((await problemOf(path)).code).toBe('invalid-parameter');
  });

  it('refuses unknown, unnamed and repeated parameters everywhere, health included', async () => {
    const unknown = await problemOf(await get('/api/health?verbose=1'));
    expect(unknown.errors).toEqual([{ parameter: 'verbose', message: 'unknown parameter' }]);
    const unnamed = await problemOf(await get('/api/stats?=1'));
    expect(unnamed.errors).toEqual([{ parameter: '(unnamed)', message: 'a parameter must have a name' }]);
    const twice = await problemOf(await get(`/api/search?q=a&q=b`));
    expect(twice.errors).toEqual([{ parameter: 'q', message: 'must be given once' }]);
  });

  it('accepts one place in a list it lets through and a padded query, as the OpenAPI document says', async () => {
    expect((await get(`/api/search?q=${q(' 兰考 ')}`)).status).toBe(200);
    expect((await get(`/api/search?q=%20`)).status).toBe(400);
    expect((await get(`/api/graph/neighborhood?ids=${q('place:410225')}&types=Place`)).status).toBe(200);
  });

  it("refuses a roll-up level that is not below the place's own, naming level", async () => {
    const res = await get(`/api/places/${q('place:410225')}/rollup?level=city`);
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.[0]?.parameter).toBe('level');
  });
});

describe('methods', () => {
  it('names the same methods in Allow for a 405 and for OPTIONS', async () => {
    const refused = await get('/api/stats', { method: 'DELETE' });
    expect(refused.status).toBe(405);
    expect((await problemOf(refused)).code).toBe('method-not-allowed');
    const options = await get('/api/stats', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe(refused.headers.get('allow'));
    expect(refused.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('requests Node refuses before the app sees them', () => {
  it('answers a URL over 16 KB with a 431 problem', async () => {
    const res = await raw(`GET /api/search?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers).toMatch(/content-type: application\/problem\+json/i);
    expect(problemCode(Problem.parse(JSON.parse(res.body)).type)).toBe('request-too-large');
  });

  it('answers raw non-ASCII bytes in the request line and an unknown method with a 400 problem', async () => {
    for (const line of [
      Buffer.concat([Buffer.from('GET /api/search?q='), Buffer.from([0xe5, 0x85, 0xb0]), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]),
      'BREW /api/stats HTTP/1.1\r\nHost: x\r\n\r\n',
    ]) {
      const res = await raw(line);
      expect(res.status).toBe(400);
      expect(res.headers).toMatch(/content-type: application\/problem\+json/i);
      expect(problemCode(Problem.parse(JSON.parse(res.body)).type)).toBe('bad-request');
    }
  });
});

describe('problem types', () => {
  it('carry a stable code per kind, described at /api/docs', async () => {
    const missing = await problemOf(await get('/api/nowhere'));
    expect(missing.type).toBe('https://policygraph.dev/problems/unknown-endpoint');
    const docs = await (await get('/api/docs')).text();
    for (const code of ['invalid-parameter', 'not-found', 'store-unavailable', 'store-timeout', 'rate-limited']) expect(docs).toContain(`id="problem-${code}"`);
  });
});
