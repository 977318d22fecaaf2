// Per-address request counting in fixed one-minute windows, synchronous so the cached path (answer-replay.ts) counts like every other request.
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

/** The client key of an address: IPv4 as is, IPv6 by its /56 prefix (one home connection holds a whole /56 or more). */
export function clientKey(address: string | undefined): string {
  if (!address) return '?';
  if (address.startsWith('::ffff:') && address.includes('.')) return address.slice(7);
  if (!isIPv6(address)) return address;
  // Expand `::` to get eight groups, then keep 56 bits: three groups and the high byte of the fourth.
  const [head = '', tail = ''] = address.split('::');
  const h = head ? head.split(':') : [];
  const t = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t].map((g) => g.padStart(4, '0'));
  return `${groups.slice(0, 3).join(':')}:${groups[3]!.slice(0, 2)}::/56`;
}

/** What one counted request learns: requests left (negative once over) and seconds until the window resets. */
export interface RateLimitHit {
  readonly limit: number;
  readonly remaining: number;
  readonly resetSeconds: number;
}

/** Marks a request already counted (by the cached path) so the middleware behind it does not count it again. */
export const COUNTED = Symbol('policygraph.rate-limit.counted');

/**
 * A fixed window shared by all clients: every minute the counts start again, so memory holds at most one
 * minute's addresses. Rejected: express-rate-limit, whose store is asynchronous (a promise chain per
 * request) and cannot be asked from outside Express, where the cached path answers.
 */
export class RateLimiter {
  private windowStart = Date.now();
  private counts = new Map<string, number>();

  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
  ) {}

  hit(req: IncomingMessage): RateLimitHit {
    const now = Date.now();
    if (now - this.windowStart >= this.windowMs) {
      this.counts = new Map();
      this.windowStart = now;
    }
    const key = clientKey(req.socket.remoteAddress);
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    (req as { [COUNTED]?: RateLimitHit })[COUNTED] = {
      limit: this.limit,
      remaining: this.limit - n,
      resetSeconds: Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000)),
    };
    return (req as { [COUNTED]?: RateLimitHit })[COUNTED]!;
  }

  /** The hit already counted for this request, or a new one. */
  counted(req: IncomingMessage): RateLimitHit {
    return (req as { [COUNTED]?: RateLimitHit })[COUNTED] ?? this.hit(req);
  }

  /** The IETF draft-7 headers (`RateLimit`, `RateLimit-Policy`) of a hit, as express-rate-limit sent them. */
  headers(hit: RateLimitHit): [string, string][] {
    return [
      ['RateLimit-Policy', `${this.limit};w=${Math.round(this.windowMs / 1000)}`],
      ['RateLimit', `limit=${this.limit}, remaining=${Math.max(0, hit.remaining)}, reset=${hit.resetSeconds}`],
    ];
  }
}
