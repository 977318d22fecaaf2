// Hostile and malformed requests (fast-check, >1,000 of them): never a 5xx, never a leak, always problem+json, graph untouched.
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthResponse, Problem } from '@policygraph/contract/api';
import { NODE_TYPES, REL_TYPES } from '@policygraph/contract/graph-model';
import { startTestServer, type TestServer } from '../support/http';
import { loadSample, testDriver, wipe } from '../support/neo4j';

const ENDPOINTS = [
  '/api/health',
  '/api/search',
  '/api/entities/{id}',
  '/api/graph/overview',
  '/api/graph/neighborhood',
  '/api/graph/paths',
  '/api/compare',
  '/api/places/{id}/rollup',
  '/api/documents',
  '/api/documents/{id}',
  '/api/stats',
  '/api/openapi.json',
  '/api/no-such-endpoint',
] as const;

const PARAM_NAMES = [
  'q',
  'types',
  'limit',
  'ids',
  'depth',
  'rels',
  'from',
  'to',
  'maxLength',
  'k',
  'places',
  'level',
  'evidence',
  'offset',
  'year',
  'document',
  'Label',
  '__proto__',
  'constructor',
  '',
];

const HOSTILE = [
  "' OR 1=1 --",
  '}) DETACH DELETE n //',
  'MATCH (n) DETACH DELETE n',
  '`Strategy` OR 1=1',
  'Strategy|Place) DETACH DELETE n WITH n MATCH (',
  'PURSUES]->() DELETE r //',
  '$limit',
  '{{7*7}}',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '\uFFFD\uFFFD',
  '\uD800',
  '蘭考',
  '项目 为王',
  'A'.repeat(5000),
  '-1',
  '1e309',
  '9007199254740993',
  'NaN',
  '0x10',
  ' 3 ',
  'Strategy,Strategy,Strategy',
  'Unknown,Place',
  ',,,',
  'place:411503,place:410225',
];

const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom(...NODE_TYPES, ...REL_TYPES, 'Sentence', 'Meta', 'Document'),
);

const request = fc.record({
  endpoint: fc.constantFrom(...ENDPOINTS),
  id: value,
  params: fc.array(fc.tuple(fc.constantFrom(...PARAM_NAMES), value), { maxLength: 5 }),
  rawSuffix: fc.constantFrom('', '', '', '&limit=%E4%ZZ', '%', '?q=%FF', '&&&', '&q'),
});

/** Escapes a string into a URL piece, tolerating lone surrogates (which encodeURIComponent refuses). */
function encodePiece(s: string): string {
  return encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
}

type GeneratedRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

function urlFor(r: GeneratedRequest): string {
  const path = r.endpoint.replace('{id}', encodePiece(r.id) || 'x');
  const qs = r.params.map(([k, v]) => `${encodePiece(k)}=${encodePiece(v)}`).join('&');
  return `${path}${qs ? `?${qs}` : ''}${r.rawSuffix}`;
}

const LEAKS = [/\n\s+at .+:\d+:\d+/, /Neo4jError/, /\bMATCH\b.*\bRETURN\b/s, /neo4j-driver/, /node_modules/, /\.ts:\d+/];

describe('API under hostile and malformed input', () => {
  let driver: Driver;
  let server: TestServer;
  let countsBefore: HealthResponse['counts'];

  beforeAll(async () => {
    driver = testDriver();
    await wipe(driver);
    await loadSample(driver);
    server = await startTestServer(driver);
    countsBefore = HealthResponse.parse(await (await fetch(`${server.baseUrl}/api/health`)).json()).counts;
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('answers 1,200 generated requests without a 5xx, a stack trace or a non-problem error', async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const url = urlFor(r);
        const res = await fetch(`${server.baseUrl}${url}`);
        sent++;
        const body = await res.text();
        expect(res.status, url).toBeLessThan(500);
        for (const leak of LEAKS) expect(body, url).not.toMatch(leak);
        if (res.status >= 400) {
          expect(res.headers.get('content-type'), url).toContain('application/problem+json');
          const problem = Problem.parse(JSON.parse(body));
          expect(problem.status, url).toBe(res.status);
          expect(problem.detail ?? problem.title, url).toBeTruthy();
        }
      }),
      { numRuns: 1200, seed: 20261122 },
    );
    expect(sent).toBeGreaterThanOrEqual(1000);
  }, 300_000);

  it('refuses writes: POST, PUT and DELETE on API paths are 405 problems', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${server.baseUrl}/api/graph/overview`, { method, body: method === 'DELETE' ? undefined : '{"q":1}' });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('leaves the graph exactly as it was', async () => {
    const after = HealthResponse.parse(await (await fetch(`${server.baseUrl}/api/health`)).json()).counts;
    expect(after).toEqual(countsBefore);
  });
});
