// The thin slice: the sample corpus loads into the real Neo4j and the API serves it over real HTTP.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthResponse, GraphResponse, Problem } from '@policygraph/contract/api';
import { loadSample, testDriver, wipe } from '../support/neo4j';
import { startTestServer, type TestServer } from '../support/http';

describe('sample corpus through Neo4j and the API', () => {
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    driver = testDriver();
    await wipe(driver);
    const summary = await loadSample(driver);
    expect(summary.failed).toEqual([]);
    server = await startTestServer(driver);
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('reports a connected Neo4j with the five documents and their places counted', async () => {
    const res = await fetch(`${server.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    const health = HealthResponse.parse(await res.json());
    expect(health.neo4j.connected).toBe(true);
    expect(health.neo4j.version).toMatch(/^5\./);
    expect(health.counts.Document).toBe(5);
    expect(health.counts.Place).toBeGreaterThanOrEqual(5);
    expect(health.counts.relationships).toBeGreaterThan(0);
    expect(health.graphVersion).toBeTruthy();
  });

  it('draws each document linked to the place it is about, with 林州市 for the masked speech', async () => {
    const res = await fetch(`${server.baseUrl}/api/graph/overview`);
    const { elements } = GraphResponse.parse(await res.json());
    const label = (id: string) => elements.nodes.find((n) => n.data.id === id)?.data.label;
    const about = elements.edges.filter((e) => e.data.type === 'ABOUT').map((e) => [e.data.source, label(e.data.target)]);
    expect(about).toEqual(
      expect.arrayContaining([
        ['001_4b96525c5c6cf7dc', '平桥区'],
        ['003_7d780958f0361ff5', '林州市'],
        ['004_92b96156f557c987', '兰考县'],
      ]),
    );
  });

  it('answers a malformed limit with a 400 problem naming the parameter', async () => {
    const res = await fetch(`${server.baseUrl}/api/graph/overview?limit=lots`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = Problem.parse(await res.json());
    expect(problem.errors?.[0]?.parameter).toBe('limit');
  });

  it('answers an unknown API path with a 404 problem, not an HTML page', async () => {
    const res = await fetch(`${server.baseUrl}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
