// A Neo4j outage mid-session: the API says 503 with Retry-After, health says down, and it recovers without a restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthResponse, Problem } from '@policygraph/contract/api';
import type { LocalNeo4j } from '../../server/src/config';
import { createDriver } from '../../server/src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4jHandle } from '../../server/src/db/local-neo4j';
import { startTestServer, type TestServer } from '../support/http';

describe('when Neo4j goes away and comes back', () => {
  let cfg: LocalNeo4j;
  let neo4jHandle: LocalNeo4jHandle | undefined;
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policygraph-outage-'));
    cfg = { mode: 'local', dataDir, boltPort: await freePort(), database: 'neo4j', pagecache: '64m', heap: '512m' };
    neo4jHandle = await startLocalNeo4j(cfg);
    driver = createDriver(neo4jHandle);
    server = await startTestServer(driver, { database: cfg.database });
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await neo4jHandle?.stop();
    fs.rmSync(cfg.dataDir, { recursive: true, force: true });
  });

  it('serves normally before the outage', async () => {
    const res = await fetch(`${server.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(HealthResponse.parse(await res.json()).neo4j.connected).toBe(true);
  });

  it('answers 503 with Retry-After and a plain problem while Neo4j is stopped, and health says it is down', async () => {
    await neo4jHandle!.stop();
    const res = await fetch(`${server.baseUrl}/api/graph/overview`, { signal: AbortSignal.timeout(30_000) });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.text();
    expect(body).not.toMatch(/at .*\.ts:\d+|MATCH|RETURN|neo4j-driver/);
    expect(Problem.parse(JSON.parse(body)).status).toBe(503);

    const health = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(30_000) });
    expect(health.status).toBe(503);
    expect(HealthResponse.parse(await health.json()).neo4j.connected).toBe(false);
  }, 120_000);

  it('serves again once Neo4j is back, with the same server process and driver', async () => {
    neo4jHandle = await startLocalNeo4j(cfg);
    let status = 0;
    // The driver drops its broken connections on first use; give it a few tries, not a fixed sleep.
    for (let attempt = 0; attempt < 10 && status !== 200; attempt++) {
      status = (await fetch(`${server.baseUrl}/api/health`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/graph/overview`)).status).toBe(200);
  }, 180_000);
});
