// HTTP hardening: security headers with frame-ancestors, CORS from the same embed allowlist, rate limit, method guard.
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { PolicyGraphError } from '@policygraph/contract/problems';
import { RateLimiter } from './rate-limit';

export interface SecurityOptions {
  /** Origins (scheme://host[:port]) allowed to frame the explorer and to call the API from a browser. */
  readonly embedOrigins: readonly string[];
  /** API requests per minute per client address; 0 turns the limit off (tests). */
  readonly rateLimitPerMinute: number;
}

/** Security headers; frame-ancestors is the embed allowlist, so only listed hosts may put us in an iframe. */
export function securityHeaders(opts: SecurityOptions): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Cytoscape and the UI set inline style attributes from script.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'frame-ancestors': ["'self'", ...opts.embedOrigins],
        'upgrade-insecure-requests': null,
      },
    },
    // frame-ancestors supersedes X-Frame-Options, which cannot express an allowlist.
    frameguard: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: false,
  });
}

/** CORS for the read-only API: only allowlisted origins, only safe methods, no credentials. */
export function apiCors(opts: SecurityOptions): RequestHandler {
  const allowed = new Set(opts.embedOrigins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    if (origin && allowed.has(origin)) {
      res.set('Access-Control-Allow-Origin', origin);
      res.set('Access-Control-Expose-Headers', 'ETag, Retry-After');
      if (req.method === 'OPTIONS') {
        res.set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
        res.set('Access-Control-Allow-Headers', 'Accept, If-None-Match, Content-Type');
        res.set('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/** What every API path allows; the one value of `Allow`, in 405 answers and OPTIONS answers alike. */
export const API_ALLOW = 'GET, HEAD, OPTIONS';

/**
 * The API is read-only: anything but GET/HEAD/OPTIONS is a 405 problem, before any route runs, and
 * OPTIONS (not a CORS preflight, answered above) is a 204 naming the same methods Express's own would not.
 */
export const readOnlyApi: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  res.set('Allow', API_ALLOW);
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  next(new PolicyGraphError('method-not-allowed', `${req.method} is not allowed: the API is read-only`));
};

/** Per-address rate limit with the draft-7 RateLimit headers; a 429 problem with Retry-After when exceeded. */
export function apiRateLimit(limiter: RateLimiter | undefined): RequestHandler | undefined {
  if (!limiter) return undefined;
  return (req, res, next) => {
    const hit = limiter.counted(req);
    for (const [name, value] of limiter.headers(hit)) res.setHeader(name, value);
    if (hit.remaining >= 0) return next();
    next(
      new PolicyGraphError('rate-limited', `More than ${limiter.limit} requests a minute from this address; retry in a minute.`, {
        headers: { 'Retry-After': '60' },
      }),
    );
  };
}

/** The limiter of these options, shared by the middleware and the cached path; undefined when off. */
export const rateLimiterFor = (opts: SecurityOptions): RateLimiter | undefined =>
  opts.rateLimitPerMinute > 0 ? new RateLimiter(opts.rateLimitPerMinute) : undefined;
