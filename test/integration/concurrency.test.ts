// Reads while the graph reloads: every answer is whole — never an error, never a half-written document or entity.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentResponse, EntityResponse, HealthResponse } from '@policygraph/contract/api';
import { Neo4jGraphWriter } from '../../server/src/db/neo4j-writer';
import { loadCorpus } from '../../graph-seed/src/load/load-corpus';
import { startTestServer, type TestServer } from '../support/http';
import { SAMPLE_CORPUS_DIR } from '../support/paths';
import { loadSample, testConnection, testDriver, wipe } from '../support/neo4j';

const DOC = '001_4b96525c5c6cf7dc';

describe('reading during a reload', () => {
  let driver: Driver;
  let server: TestServer;
  let expectedMentions: number;
  let entityId: string;
  let expectedEvidenceDocs: string[];

  beforeAll(async () => {
    driver = testDriver();
    await wipe(driver);
    await loadSample(driver);
    server = await startTestServer(driver);
    const doc = DocumentResponse.parse(await (await fetch(`${server.baseUrl}/api/documents/${DOC}`)).json());
    expectedMentions = doc.mentions.length;
    // The most mentioned entity of the document: its evidence comes from several documents.
    const counts = new Map<string, number>();
    for (const m of doc.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    entityId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const entity = EntityResponse.parse(await (await fetch(`${server.baseUrl}/api/entities/${encodeURIComponent(entityId)}`)).json());
    expectedEvidenceDocs = entity.documents.map((d) => d.id).sort();
  });

  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });

  it('sees the document and its entities whole, with the old or the new graph version, while every document is rewritten', async () => {
    expect(expectedMentions).toBeGreaterThan(0);
    const versionBefore = HealthResponse.parse(await (await fetch(`${server.baseUrl}/api/health`)).json()).graphVersion;
    let loading = true;
    const seen = { reads: 0, versions: new Set<string | null>() };

    const reader = async () => {
      while (loading) {
        const [docRes, entityRes] = await Promise.all([
          fetch(`${server.baseUrl}/api/documents/${DOC}`),
          fetch(`${server.baseUrl}/api/entities/${encodeURIComponent(entityId)}`),
        ]);
        expect(docRes.status).toBe(200);
        expect(entityRes.status).toBe(200);
        const doc = DocumentResponse.parse(await docRes.json());
        const entity = EntityResponse.parse(await entityRes.json());
        expect(doc.mentions).toHaveLength(expectedMentions);
        expect(entity.documents.map((d) => d.id).sort()).toEqual(expectedEvidenceDocs);
        seen.versions.add(doc.graphVersion);
        seen.reads++;
      }
    };

    const readers = Array.from({ length: 4 }, reader);
    // force: every document is retracted and written again; three rounds widen the window readers can hit.
    const writer = new Neo4jGraphWriter(driver, testConnection().database);
    const versions: (string | null)[] = [versionBefore];
    let summary = await loadCorpus(SAMPLE_CORPUS_DIR, writer, { force: true });
    versions.push(summary.graphVersion);
    for (let round = 1; round < 3 && summary.failed.length === 0; round++) {
      summary = await loadCorpus(SAMPLE_CORPUS_DIR, writer, { force: true });
      versions.push(summary.graphVersion);
    }
    loading = false;
    await Promise.all(readers);

    expect(summary.failed).toEqual([]);
    expect(seen.reads).toBeGreaterThan(0);
    const versionAfter = HealthResponse.parse(await (await fetch(`${server.baseUrl}/api/health`)).json()).graphVersion;
    expect(versionAfter).not.toBe(versionBefore);
    // Every version a reader saw is one the graph really had: before, or after one of the rounds.
    for (const v of seen.versions) expect(versions).toContain(v);
  }, 180_000);
});
