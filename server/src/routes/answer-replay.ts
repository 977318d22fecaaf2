// The cached path: a graph answer asked before is replayed byte for byte, headers included, before Express runs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { logAnswered, requestId } from '../logging';
import type { RateLimiter } from '../rate-limit';
import { matchesIfNoneMatch } from './etag';
import type { AnswerRecorder } from './graph-answers';
import type { GraphVersionCache } from './graph-version';

/** Headers that differ per request (or that the replay writes itself), so they are not recorded. */
// Content-Encoding too: the record holds the JSON as Express produced it, before compression() encoded it for that one
// client, so a replay is sent as it is held (identity). Replaying the header with the plain body made every client
// fail to decode the third identical request (Schemathesis found it: "content-encoding: gzip, but failed to decode").
const PER_REQUEST = new Set([
  'x-request-id',
  'ratelimit',
  'ratelimit-policy',
  'x-cache',
  'content-length',
  'content-encoding',
  'date',
  'connection',
  'keep-alive',
]);

interface Recorded {
  readonly version: string | null;
  readonly etag: string;
  /** Flat [name, value, name, value…] as Express sent them for this URL, without the per-request ones. */
  readonly headers: readonly string[];
  /** The same without the content headers, for a 304. */
  readonly notModifiedHeaders: readonly string[];
  readonly body: Buffer;
}

/**
 * A repeated question answered from the answer cache still costs Express's whole stack (router, response
 * helpers, helmet, pino-http, rate limiter): bench:api measured ~0.06× of plain node:http for the same bytes.
 * So the second time a URL is answered from the cache (X-Cache: hit), its exact answer — status, every
 * header Express set (security headers, CSP, Vary, ETag, Cache-Control, Content-Type) and body — is recorded
 * under the raw URL, and later requests for that URL are replayed here, before Express. What stays per request
 * is done here as Express does it: the rate limit counted by the same limiter (an address over it goes on to
 * Express, which answers the 429), the request id and the log line, If-None-Match → 304.
 *
 * Only what cannot differ is replayed: GET or HEAD, no Origin header (CORS answers depend on it), the same
 * graph version as recorded, and only URLs whose parse succeeded (a recorded 200), so a malformed one always
 * reaches the validators. A new graph version empties the record.
 */
export class AnswerReplay implements AnswerRecorder {
  private readonly recorded: LRUCache<string, Recorded>;
  private version: string | null | undefined;

  constructor(
    private readonly versions: GraphVersionCache,
    maxBytes: number,
    private readonly limiter?: RateLimiter,
    private readonly logger?: Logger,
  ) {
    this.recorded = new LRUCache<string, Recorded>({
      maxSize: Math.max(1, maxBytes),
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
      sizeCalculation: (r) => Math.max(1, r.body.length + 64 * r.headers.length),
    });
  }

  /** Records the answer Express just sent for this request (called by the graph-answer handler on a cache hit). */
  record(req: IncomingMessage, res: ServerResponse, version: string | null, etag: string, body: string): void {
    // Inside a mounted router Express rewrites req.url ('/search?…'); the raw request line's URL is originalUrl.
    const url = (req as { originalUrl?: string }).originalUrl ?? req.url;
    if (req.method !== 'GET' || req.headers.origin !== undefined || res.statusCode !== 200 || !url) return;
    if (version !== this.version) {
      this.recorded.clear();
      this.version = version;
    }
    const headers: string[] = [];
    const notModifiedHeaders: string[] = [];
    // Names as Express cased them (`Content-Security-Policy`), so a replayed answer reads like the original
    // (OutgoingMessage.getRawHeaderNames, Node ≥ 15.13, missing from @types/node 20).
    for (const name of (res as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames()) {
      const lower = name.toLowerCase();
      const value = res.getHeader(lower);
      if (value === undefined || PER_REQUEST.has(lower)) continue;
      for (const v of Array.isArray(value) ? value : [String(value)]) {
        headers.push(name, v);
        if (lower !== 'content-type') notModifiedHeaders.push(name, v);
      }
    }
    this.recorded.set(url, { version, etag, headers, notModifiedHeaders, body: Buffer.from(body, 'utf8') });
  }

  /** Answers the request from the record when it can; false leaves it to Express, untouched. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.origin !== undefined || !req.url) return false;
    const entry = this.recorded.get(req.url);
    if (!entry) return false;
    const version = this.versions.peek();
    if (version === undefined || version !== entry.version) return false;
    const startedAt = performance.now();
    const hit = this.limiter?.hit(req);
    // Over the limit: Express answers the 429 (the limiter knows this request is counted).
    if (hit && hit.remaining < 0) return false;
    const id = this.logger ? requestId(req) : undefined;
    const extra: string[] = ['X-Cache', 'hit'];
    if (id) extra.push('X-Request-Id', id);
    if (hit && this.limiter) for (const [name, value] of this.limiter.headers(hit)) extra.push(name, value);
    if (matchesIfNoneMatch(req.headers['if-none-match'], entry.etag)) {
      res.writeHead(304, [...entry.notModifiedHeaders, ...extra]);
      res.end();
    } else {
      res.writeHead(200, [...entry.headers, ...extra, 'Content-Length', String(entry.body.length)]);
      res.end(req.method === 'HEAD' ? undefined : entry.body);
    }
    if (this.logger && id) logAnswered(this.logger, req, res, id, startedAt);
    return true;
  }
}
