// What a client sees when things go wrong, and the machine-readable description of the API.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '@policygraph/contract/api';
import { createDriver } from '../../server/src/db/driver';
import { freePort } from '../../server/src/db/local-neo4j';
import { startTestServer, type TestServer } from '../support/http';
import { testConnection, testDriver } from '../support/neo4j';

describe('the API with Neo4j unreachable', () => {
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    // A port nobody listens on: every connection is refused, as when Neo4j is down.
    driver = createDriver({ ...testConnection(), uri: `bolt://127.0.0.1:${await freePort()}` });
    server = await startTestServer(driver);
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('answers a graph query with 503, Retry-After and a problem that leaks no internals', async () => {
    const res = await fetch(`${server.baseUrl}/api/search?q=${encodeURIComponent('兰考')}`);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.text();
    const problem = Problem.parse(JSON.parse(body));
    expect(problem.detail).toMatch(/unavailable/i);
    expect(body).not.toMatch(/MATCH|CALL|at .*\.ts|neo4j-driver/);
  });

  it('still refuses a malformed request with 400 before touching the database', async () => {
    const res = await fetch(`${server.baseUrl}/api/graph/neighborhood?ids=a&depth=0`);
    expect(res.status).toBe(400);
  });
});

describe('the API description', () => {
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver);
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('publishes an OpenAPI 3.1 document with every endpoint and its bounds', async () => {
    const doc = (await (await fetch(`${server.baseUrl}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters?: Array<{ name: string; schema: { minimum?: number; maximum?: number } }> } }>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/compare',
        '/api/curations',
        '/api/curations/{id}/undo',
        '/api/documents',
        '/api/documents/{id}',
        '/api/entities/{id}',
        '/api/gazetteer',
        '/api/graph/clusters',
        '/api/graph/neighborhood',
        '/api/graph/overview',
        '/api/graph/paths',
        '/api/health',
        '/api/places/{id}/adoptions',
        '/api/places/{id}/rollup',
        '/api/reuse',
        '/api/search',
        '/api/stats',
        '/api/strategies/{id}/diffusion',
        '/api/uploads',
        '/api/uploads/{uploadId}',
        '/api/uploads/{uploadId}/load',
      ].sort(),
    );
    const depth = doc.paths['/api/graph/neighborhood']!.get.parameters!.find((p) => p.name === 'depth')!;
    expect(depth.schema).toMatchObject({ minimum: 1, maximum: 3 });
  });

  it('serves a readable docs page that needs no network', async () => {
    const res = await fetch(`${server.baseUrl}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('/api/graph/neighborhood');
    expect(html).toContain('depth');
    expect(html).not.toMatch(/<script|<link[^>]+https?:|src="https?:/);
  });
});
