// Hardening a user or an embedder would notice: headers, CORS allowlist, rate limit, request logs, a locked-down Neo4j.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../../server/src/app';
import { Neo4jGraphRepository } from '../../server/src/db/neo4j-repository';
import { testConnection, testDriver } from '../support/neo4j';

const EMBEDDER = 'http://127.0.0.1:8123';

async function listen(options: Omit<AppOptions, 'repo'>, driver: Driver) {
  const repo = new Neo4jGraphRepository(driver, { database: testConnection().database, queryTimeoutMs: 10_000 });
  const app = createApp({ repo, ...options });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('HTTP hardening', () => {
  let driver: Driver;
  const servers: Server[] = [];
  const logLines: string[] = [];
  let base: string;

  beforeAll(async () => {
    driver = testDriver();
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const logger = pino({ level: 'info' }, sink);
    const app = await listen({ embedOrigins: [EMBEDDER], rateLimitPerMinute: 5, logger }, driver);
    servers.push(app.server);
    base = app.base;
  });

  afterAll(async () => {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
    await driver?.close();
  });

  it('sends security headers, and frame-ancestors names exactly the allowed embedders', async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(new RegExp(`frame-ancestors 'self' ${EMBEDDER.replace(/[.]/g, '\\.')}(;|$)`));
    expect(csp).toContain("default-src 'self'");
  });

  it('lets an allowlisted origin read the API from a browser, and no other', async () => {
    const allowed = await fetch(`${base}/api/health`, { headers: { Origin: EMBEDDER } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(EMBEDDER);
    const other = await fetch(`${base}/api/health`, { headers: { Origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('logs one JSON line per request with its id, echoed to the client, and never the credentials', async () => {
    const res = await fetch(`${base}/api/health`, { headers: { Authorization: 'Bearer top-secret-token', Cookie: 'session=also-secret' } });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[\w-]{8,}$/);
    const line = logLines.map((l) => JSON.parse(l) as { req?: { id?: string }; res?: { statusCode?: number } }).find((l) => l.req?.id === id);
    expect(line?.res?.statusCode).toBe(200);
    expect(logLines.join('\n')).not.toMatch(/top-secret-token|also-secret/);
  });

  it('answers the request over the per-minute limit with a 429 problem and Retry-After', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 8; i++) last = await fetch(`${base}/api/stats`);
    expect(last!.status).toBe(429);
    expect(last!.headers.get('retry-after')).toBe('60');
    expect(last!.headers.get('content-type')).toContain('application/problem+json');
  });

  it('runs the local Neo4j with authentication on and Bolt bound to loopback only', async () => {
    const conn = testConnection();
    const port = Number(new URL(conn.uri.replace(/^bolt/, 'http')).port);
    const wrong = neo4j.driver(conn.uri, neo4j.auth.basic('neo4j', 'not-the-password'));
    try {
      await expect(wrong.verifyConnectivity()).rejects.toThrow(/auth|credentials|unauthorized/i);
    } finally {
      await wrong.close();
    }
    // /proc/net/tcp lists listening sockets as hex "ADDR:PORT"; 0100007F is 127.0.0.1.
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    const listening = [fs.readFileSync('/proc/net/tcp', 'utf8'), fs.existsSync('/proc/net/tcp6') ? fs.readFileSync('/proc/net/tcp6', 'utf8') : '']
      .join('\n')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A')
      .map((f) => f[1]!.split(':')[0]);
    expect(listening.length).toBeGreaterThan(0);
    for (const addr of listening) expect(['0100007F', '0000000000000000FFFF00000100007F']).toContain(addr);
  });
});
