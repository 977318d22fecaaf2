// Correcting a document's place re-derives what depends on it, over real HTTP into the real Neo4j: 我县's strategies and the county's townships move to the right county, `seed --force` rebuilds the corrected graph, undo restores the original; a curation left without its target is reported.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentResponse, EntityResponse } from '@policygraph/contract/api';
import { CurationResponse, CurationsResponse } from '@policygraph/contract/curation';
import { LoadUploadResponse, UploadPreview } from '@policygraph/contract/write-api';
import { PROJECT_ROOT } from '../../server/src/config';
import { startTestServer, type TestServer } from '../support/http';
import { testConnection, testDriver, wipe } from '../support/neo4j';

const TOKEN = 'test-editor-token-place-0123456789abcdef';
const WRONG = '410225'; // 兰考县: where the document was loaded
const RIGHT = '410581'; // 林州市: where it is from
const STRATEGY = 'strategy:乡村振兴战略';
const PROJECT = 'project:临淇镇滨河生态廊道';

// Made-up county report that never names its county: 我县/全县 and a township are read in the place it is loaded with.
const REPORT = [
  '县政府工作报告',
  '2024年1月8日',
  '一、过去一年的工作',
  '我县深入实施乡村振兴战略，全面推进数字乡村示范工程建设。',
  '全县坚持项目为王，扎实推进生态建设，临淇镇滨河生态廊道项目开工建设。',
].join('\n');

const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-place-uploads-'));
// The CLI's and the server's other corpus: empty, so `seed --force` rewrites only the uploaded document.
const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-place-corpus-'));
fs.writeFileSync(path.join(corpusDir, 'manifest.json'), JSON.stringify({ version: 1, documents: [] }));

let driver: Driver;
let server: TestServer;
let documentId: string;

const url = (p: string) => `${server.baseUrl}${p}`;
const auth = { Authorization: `Bearer ${TOKEN}` };
const history = async () => CurationsResponse.parse(await (await fetch(url('/api/curations'))).json());
const curate = async (body: object) =>
  fetch(url('/api/curations'), {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': `"g-${(await history()).graphVersion}"` },
    body: JSON.stringify(body),
  });
const undo = async (id: string) =>
  fetch(url(`/api/curations/${id}/undo`), { method: 'POST', headers: { ...auth, 'If-Match': `"g-${(await history()).graphVersion}"` } });

/** The relations the document's evidence supports, as `TYPE from -> to`, sorted: what its extraction derived. */
async function derived(): Promise<string[]> {
  const session = driver.session({ database: testConnection().database });
  try {
    const res = await session.run(
      `MATCH (a)-[r]->(b) WHERE $doc IN coalesce(r.documents, []) AND NOT type(r) IN ['MENTIONS', 'ABOUT', 'REUSES']
       RETURN type(r) + ' ' + a.id + ' -> ' + b.id AS rel ORDER BY rel`,
      { doc: documentId },
    );
    return res.records.map((r) => r.get('rel') as string);
  } finally {
    await session.close();
  }
}

/** The places that pursue the strategy according to this document, as the entity answer shows its evidence. */
async function pursuers(): Promise<string[]> {
  const entity = EntityResponse.parse(await (await fetch(url(`/api/entities/${encodeURIComponent(STRATEGY)}`))).json());
  return [
    ...new Set(
      entity.evidence.filter((e) => e.documentId === documentId && e.relation.startsWith('PURSUES')).map((e) => /^PURSUES:(.+)->/.exec(e.relation)![1]!),
    ),
  ];
}

function seedForce(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const conn = testConnection();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'src', 'cli', 'seed.ts'), '--force'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: conn.uri,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password,
        NEO4J_DATABASE: conn.database,
        CORPUS_DIR: corpusDir,
        UPLOADS_DIR: uploadsDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  driver = testDriver();
  await wipe(driver);
  server = await startTestServer(driver, { writes: { uploadsDir, token: TOKEN, corpusDirs: [corpusDir] } });
  // Loaded through 添加文档's API with the wrong county picked.
  const preview = UploadPreview.parse(
    await (
      await fetch(url(`/api/uploads?name=${encodeURIComponent('县报告.txt')}`), {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/octet-stream' },
        body: Buffer.from(REPORT, 'utf8'),
      })
    ).json(),
  );
  const loaded = await fetch(url(`/api/uploads/${preview.uploadId}/load`), {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: '县政府工作报告', kind: 'work-report', date: '2024-01-08', placeCode: WRONG }),
  });
  expect(loaded.status).toBe(200);
  documentId = LoadUploadResponse.parse(await loaded.json()).documentId;
}, 240_000);

afterAll(async () => {
  await server?.close();
  await driver?.close();
  fs.rmSync(uploadsDir, { recursive: true, force: true });
  fs.rmSync(corpusDir, { recursive: true, force: true });
});

describe("correcting a document's place", { timeout: 240_000 }, () => {
  let correction: string;
  let located: string;

  it('re-extracts the document in the corrected county: 我县 pursues from there, its township is found, the old county has nothing left; curations on its elements still hold, one that lost its target is reported', async () => {
    expect(await pursuers()).toEqual([`place:${WRONG}`]);
    expect((await derived()).filter((r) => r.startsWith('LOCATED_IN'))).toEqual([]);
    // Curations naming the document's elements, made before the correction.
    expect((await curate({ action: 'rename', entityId: PROJECT, name: '滨河生态廊道（临淇）' })).status).toBe(201);
    const doc = DocumentResponse.parse(await (await fetch(url(`/api/documents/${documentId}`))).json());
    const sentence = doc.sentences.find((s) => doc.text.slice(s.start, s.end).includes('临淇镇'))!;
    const add = await curate({
      action: 'add-relation',
      type: 'LOCATED_IN',
      from: PROJECT,
      to: `place:${WRONG}`,
      documentId,
      start: sentence.start,
      end: sentence.end,
    });
    expect(add.status).toBe(201);
    located = CurationResponse.parse(await add.json()).curation.id;

    const res = await curate({ action: 'correct-document', documentId, placeCode: RIGHT, note: '报告出自林州市' });
    expect(res.status).toBe(201);
    const body = CurationResponse.parse(await res.json());
    correction = body.curation.id;
    // The added relation cited a county the document is no longer about (that place left the graph with it): named, not lost.
    expect(body.notApplied).toEqual([expect.objectContaining({ id: located, action: 'add-relation', reason: expect.stringContaining(`place:${WRONG}`) })]);

    expect(await pursuers()).toEqual([`place:${RIGHT}`]);
    const rels = await derived();
    expect(rels).toContain(`PURSUES place:${RIGHT} -> ${STRATEGY}`);
    expect(rels.filter((r) => r.includes(`place:${WRONG}`))).toEqual([]);
    // 临淇镇 is a township of 林州市: read now that the document is in its county.
    expect(rels).toContain(`LOCATED_IN ${PROJECT} -> place:${RIGHT}102`);
    expect((await fetch(url(`/api/entities/place%3A${WRONG}`))).status).toBe(404);
    const after = DocumentResponse.parse(await (await fetch(url(`/api/documents/${documentId}`))).json()).document;
    expect(after.places).toEqual([expect.objectContaining({ id: `place:${RIGHT}`, inferred: false, reason: 'curation' })]);
    // The rename made before the re-extraction still holds.
    const project = EntityResponse.parse(await (await fetch(url(`/api/entities/${encodeURIComponent(PROJECT)}`))).json());
    expect(project.node.data.label).toBe('滨河生态廊道（临淇）');
    const listed = (await history()).curations;
    expect(listed.find((c) => c.id === located)).toMatchObject({ notApplied: expect.stringContaining(`place:${WRONG}`) });
    expect(listed.find((c) => c.id === correction)?.notApplied).toBeUndefined();
  });

  it('`npm run seed -- --force` rebuilds exactly the corrected graph, and names the curation that still has no target', async () => {
    const before = await derived();
    const run = await seedForce();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1 documents loaded/);
    expect(run.stderr).toContain(`! curation ${located} (add-relation) changed nothing`);
    expect(await derived()).toEqual(before);
    expect(await pursuers()).toEqual([`place:${RIGHT}`]);
  });

  it('undo brings back the original extraction, and the curation that had lost its target applies again', async () => {
    const res = await undo(correction);
    expect(res.status).toBe(200);
    expect(CurationResponse.parse(await res.json()).notApplied).toEqual([]);
    expect(await pursuers()).toEqual([`place:${WRONG}`]);
    const rels = await derived();
    expect(rels.filter((r) => r.includes(`place:${RIGHT}`))).toEqual([]);
    expect(rels).toContain(`LOCATED_IN ${PROJECT} -> place:${WRONG}`);
    const doc = DocumentResponse.parse(await (await fetch(url(`/api/documents/${documentId}`))).json()).document;
    expect(doc.places.map((p) => p.id)).toEqual([`place:${WRONG}`]);
    expect((await history()).curations.find((c) => c.id === located)?.notApplied).toBeUndefined();
  });

  it('refuses a correction to a code in neither the graph nor the gazetteer, changing nothing', async () => {
    const before = await derived();
    const res = await curate({ action: 'correct-document', documentId, placeCode: '990000' });
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toMatch(/990000 is not a place in the graph or the gazetteer/);
    expect(await derived()).toEqual(before);
  });
});
