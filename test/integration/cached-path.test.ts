// The cached path: a question asked before is answered before Express, with the same bytes and headers, still rate limited and logged.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useSampleServer } from '../support/sample-server';

const logLines: { req?: { id?: string; url?: string }; res?: { statusCode?: number }; msg?: string }[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
    done();
  },
});
const LIMIT = 12;
// The version is re-read once a minute here, so the replay is what answers (the default second could lapse on a busy machine).
const world = useSampleServer({ answerCacheBytes: 8 * 2 ** 20, versionTtlMs: 60_000, rateLimitPerMinute: LIMIT, logger: pino({ level: 'info' }, sink) });

/** Headers that are the same for every answer to one URL (the request id, rate-limit counts and date differ). */
function stableHeaders(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!['x-request-id', 'ratelimit', 'date', 'connection', 'keep-alive'].includes(name)) out[name] = value;
  });
  return out;
}

describe('a question asked before', () => {
  const url = `/api/search?q=${encodeURIComponent('兰考')}&limit=3`;

  it('is answered with the bytes and headers Express sent, logged with its id, and a 304 to its ETag', async () => {
    const get = (init?: RequestInit) => fetch(`${world.server.baseUrl}${url}`, init);
    const miss = await get();
    expect(miss.headers.get('x-cache')).toBe('miss');
    const hit = await get();
    const hitBody = await hit.text();
    expect(hit.headers.get('x-cache')).toBe('hit');
    const replayed = await get();
    expect(await replayed.text()).toBe(hitBody);
    expect(stableHeaders(replayed)).toEqual(stableHeaders(hit));
    expect(replayed.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(replayed.headers.get('ratelimit')).toMatch(/remaining=\d+/);
    const id = replayed.headers.get('x-request-id');
    expect(id).toMatch(/^[\w-]{8,}$/);
    expect(logLines.find((l) => l.req?.id === id)).toMatchObject({ req: { url }, res: { statusCode: 200 }, msg: 'request completed' });

    const notModified = await get({ headers: { 'If-None-Match': hit.headers.get('etag')! } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
  });

  it('replays a large answer Express compressed as one any client decodes, equal to the original', async () => {
    // Big enough for compression() to encode it; fetch asks for gzip/br and decodes, so a wrong encoding throws here.
    const big = `${world.server.baseUrl}/api/graph/overview?limit=30`;
    const first = await fetch(big);
    expect(first.headers.get('content-encoding')).toMatch(/gzip|br/);
    const original = await first.json();
    await fetch(big);
    const replayed = await fetch(big);
    expect(replayed.headers.get('x-cache')).toBe('hit');
    expect(await replayed.json()).toEqual(original);
  });

  it('still counts against the rate limit: over it, the same question is a 429 problem', async () => {
    let last: Response | undefined;
    for (let i = 0; i < LIMIT + 2; i++) last = await fetch(`${world.server.baseUrl}${url}`);
    expect(last!.status).toBe(429);
    expect(last!.headers.get('retry-after')).toBe('60');
    expect(last!.headers.get('content-type')).toContain('application/problem+json');
  });
});
