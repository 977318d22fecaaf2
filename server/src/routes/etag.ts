// Conditional GETs: graph answers carry an ETag from the graph version, and a matching If-None-Match gets a 304.
import type { Request, RequestHandler } from 'express';
import type { GraphAnswers } from './graph-answers';

/**
 * RFC 9110 §13.1.2: does If-None-Match name this entity tag (weak comparison, or `*`)? Done here rather
 * than with `req.fresh`, which also honours the request's `Cache-Control: no-cache` (meant for caches,
 * not the origin) and so never matches what fetch() sends along with If-None-Match.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** The entity tag of every graph answer of this version: the answer depends only on the graph and the URL, a strong validator. */
export const etagOf = (version: string | null) => `"g-${version ?? 'empty'}"`;

/**
 * A GET handler for a graph answer: parses the request first (a bad one is a 400, never a 304), gets the
 * answer (kept for this graph version, or read), and only then answers 304 when If-None-Match names its
 * tag: RFC 9110 §13.1.2 lets a 304 stand only for a representation that exists, so an unknown id is a 404
 * whatever tag comes with it, `*` included.
 */
export function versioned<Q>(answers: GraphAnswers, parse: (req: Request) => Q, read: (input: Q) => Promise<unknown>): RequestHandler {
  return async (req, res) => {
    const input = parse(req);
    const version = await answers.versions.get();
    // The parsed input, not the raw query string: `?limit=5&q=x` and `?q=x&limit=5` are one answer.
    const key = `${req.baseUrl}${req.path}\u0000${JSON.stringify(input)}`;
    const { body, outcome } = await answers.json(version ?? 'empty', key, () => read(input));
    const etag = etagOf(version);
    res.set('ETag', etag);
    res.set('Cache-Control', 'no-cache');
    res.set('X-Cache', outcome);
    if (matchesIfNoneMatch(req.get('If-None-Match'), etag)) {
      res.status(304).end();
      return;
    }
    res.type('application/json').send(body);
    // Asked before and kept: from now on the cached path can answer this URL without Express.
    if (outcome === 'hit') answers.replay?.record(req, res, version, etag, body);
  };
}
