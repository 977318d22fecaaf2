// The rate limiter's client keys and counting: one home connection is one client, a window resets the counts.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientKey, RateLimiter } from '../../server/src/rate-limit';

const from = (remoteAddress: string) => ({ socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('clientKey', () => {
  it('keys IPv4 by address, IPv4-mapped IPv6 as IPv4, and IPv6 by its /56', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:1:2a00::1')).toBe(clientKey('2001:db8:1:2aff:ffff::9'));
    expect(clientKey('2001:db8:1:2a00::1')).not.toBe(clientKey('2001:db8:1:2b00::1'));
    expect(clientKey('::1')).toBe('0000:0000:0000:00::/56');
  });
});

describe('RateLimiter', () => {
  it('counts each address apart and says when one is over', () => {
    const limiter = new RateLimiter(2);
    expect(limiter.hit(from('10.0.0.1')).remaining).toBe(1);
    expect(limiter.hit(from('10.0.0.2')).remaining).toBe(1);
    expect(limiter.hit(from('10.0.0.1')).remaining).toBe(0);
    expect(limiter.hit(from('10.0.0.1')).remaining).toBe(-1);
  });

  it('counts a request once, however many layers ask', () => {
    const limiter = new RateLimiter(5);
    const req = from('10.0.0.3');
    limiter.hit(req);
    expect(limiter.counted(req).remaining).toBe(4);
    expect(limiter.counted(from('10.0.0.3')).remaining).toBe(3);
  });

  it('starts again in a new window and sends the draft-7 headers', () => {
    const limiter = new RateLimiter(1, 0);
    limiter.hit(from('10.0.0.4'));
    const hit = limiter.hit(from('10.0.0.4'));
    expect(hit.remaining).toBe(0);
    expect(Object.fromEntries(limiter.headers(hit))).toEqual({ 'RateLimit-Policy': '1;w=0', RateLimit: `limit=1, remaining=0, reset=${hit.resetSeconds}` });
  });
});
