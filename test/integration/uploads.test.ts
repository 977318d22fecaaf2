// Uploading documents over real HTTP into the real Neo4j: the editor token guards every write, preview writes nothing, load keeps the original and survives `seed --force`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentResponse, EntityResponse, HealthResponse, SearchResponse } from '@policygraph/contract/api';
import { LoadUploadResponse, UploadPreview } from '@policygraph/contract/write-api';
import { loadCorpora } from '../../graph-seed/src/load/load-corpus';
import { Neo4jGraphWriter } from '../../server/src/db/neo4j-writer';
import { makeDocx, makeImageOnlyPdf, pdfOfParagraphs } from '../support/make-documents';
import { testConnection } from '../support/neo4j';
import { SAMPLE_CORPUS_DIR } from '../support/paths';
import { useSampleServer } from '../support/sample-server';

const TOKEN = 'test-editor-token-0123456789abcdef';
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-uploads-'));
const world = useSampleServer({ writes: { uploadsDir, token: TOKEN, maxBytes: 2 * 2 ** 20 } });

// Made-up report in the style of the sample corpus (no text copied from a real document).
const REPORT = [
  '兰考县2024年政府工作报告',
  '2024年1月10日',
  '一、过去一年的工作',
  '兰考县深入实施乡村振兴战略，全面推进黄河滩区生态廊道项目建设，兰考县人民政府与河南农业大学共同参与黄河滩区生态廊道项目。',
  '兰考县坚持数字乡村示范工程，推动县域经济高质量发展。',
];

const url = (p: string) => `${world.server.baseUrl}${p}`;
const auth = (token = TOKEN) => ({ Authorization: `Bearer ${token}` });
const upload = (bytes: Uint8Array, name: string, headers: Record<string, string> = auth()) =>
  fetch(url(`/api/uploads?name=${encodeURIComponent(name)}`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', ...headers },
    body: new Blob([new Uint8Array(bytes)]),
  });
const graphCounts = async () => HealthResponse.parse(await (await fetch(url('/api/health'))).json());

// A load extracts, writes and re-applies the curations; on a shared, loaded 2-core machine that can pass a minute.
describe('uploading documents', { timeout: 240_000 }, () => {
  it('refuses every write without the editor token or with a wrong one (401 problem, nothing written)', async () => {
    const before = await graphCounts();
    const pdf = await pdfOfParagraphs(REPORT);
    for (const headers of [{}, auth('wrong-token-wrong-token'), { Authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }]) {
      const res = await upload(pdf, 'report.pdf', headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const load = await fetch(url(`/api/uploads/${'0'.repeat(64)}/load`), { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(load.status).toBe(401);
    expect(fs.readdirSync(uploadsDir)).toEqual([]);
    expect(await graphCounts()).toEqual(before);
  });

  it('previews a PDF without writing: text, mentions by type, relations with sentences, the inferred place with how sure, title and date', async () => {
    const before = await graphCounts();
    const res = await upload(await pdfOfParagraphs(REPORT), '兰考报告.pdf');
    expect(res.status).toBe(201);
    const p = UploadPreview.parse(await res.json());
    expect(p.format).toBe('pdf');
    expect(p.text.split('\n')).toEqual(REPORT);
    expect(p.title).toBe('兰考县2024年政府工作报告');
    expect(p).toMatchObject({ date: '2024-01-10', kind: 'work-report', place: { code: '410225', name: '兰考县' } });
    expect(p.place!.confidence).toBeGreaterThan(0.5);
    const project = p.mentions.find((m) => m.entityId === 'project:黄河滩区生态廊道')!;
    expect(project.type).toBe('Project');
    expect(p.text.slice(project.start, project.end)).toContain('黄河滩区生态廊道');
    const pursues = p.relations.find((r) => r.type === 'PURSUES' && r.toName === '乡村振兴战略')!;
    expect(pursues).toMatchObject({ fromName: '兰考县', from: 'place:410225' });
    expect(p.text.slice(pursues.start, pursues.end)).toBe(pursues.sentence);
    expect(await graphCounts()).toEqual(before);
    expect((await fetch(url(`/api/uploads/${p.uploadId}`), { method: 'DELETE', headers: auth() })).status).toBe(204);
  });

  it('loads (载入): the original kept byte for byte with its hash, the manifest updated, the graph version moved, the new entities found by search with evidence', async () => {
    const pdf = await pdfOfParagraphs(REPORT);
    const preview = UploadPreview.parse(await (await upload(pdf, '兰考报告.pdf')).json());
    const before = await graphCounts();
    const res = await fetch(url(`/api/uploads/${preview.uploadId}/load`), {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: preview.title, kind: preview.kind, date: preview.date, placeCode: '410225' }),
    });
    expect(res.status).toBe(200);
    const loaded = LoadUploadResponse.parse(await res.json());
    expect(loaded.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(fs.readFileSync(path.join(uploadsDir, loaded.file)).equals(pdf)).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(uploadsDir, 'manifest.json'), 'utf8'));
    expect(manifest.documents).toEqual([
      expect.objectContaining({
        id: loaded.documentId,
        file: loaded.file,
        sha256: loaded.sha256,
        uploadedBy: 'tester',
        originalName: '兰考报告.pdf',
        date: '2024-01-10',
      }),
    ]);
    expect(fs.readdirSync(path.join(uploadsDir, 'pending'))).toEqual([]);

    const after = await graphCounts();
    expect(after.graphVersion).not.toBe(before.graphVersion);
    expect(after.counts.Document).toBe(before.counts.Document! + 1);

    const search = SearchResponse.parse(await (await fetch(url(`/api/search?q=${encodeURIComponent('黄河滩区')}`))).json());
    expect(search.hits.map((h) => h.id)).toContain('project:黄河滩区生态廊道');
    const entity = EntityResponse.parse(await (await fetch(url(`/api/entities/${encodeURIComponent('project:黄河滩区生态廊道')}`))).json());
    expect(entity.evidence.map((e) => e.documentId)).toContain(loaded.documentId);
    const doc = DocumentResponse.parse(await (await fetch(url(`/api/documents/${loaded.documentId}`))).json());
    const ev = entity.evidence.find((e) => e.documentId === loaded.documentId)!;
    expect(doc.text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });

  it('`seed --force` over the sample and the uploads folder rebuilds the same graph', async () => {
    const before = await graphCounts();
    const writer = new Neo4jGraphWriter(world.driver, testConnection().database);
    const summary = await loadCorpora([{ dir: SAMPLE_CORPUS_DIR }, { dir: uploadsDir, optional: true }], writer, { force: true, prune: true });
    expect(summary.failed).toEqual([]);
    expect(summary.removed).toEqual([]);
    const after = await graphCounts();
    expect(after.counts).toEqual(before.counts);
  });

  it('previews a .docx and discards it (放弃): nothing kept, nothing written', async () => {
    const before = await graphCounts();
    const docx = makeDocx([{ text: '关于推进数字乡村示范工程的实施方案', heading: 1 }, { text: REPORT[4]! }]);
    const p = UploadPreview.parse(await (await upload(docx, 'plan.docx')).json());
    expect(p).toMatchObject({ format: 'docx', title: '关于推进数字乡村示范工程的实施方案', kind: 'policy' });
    expect(p.entities.map((e) => e.id)).toContain('strategy:数字乡村示范工程');
    const del = await fetch(url(`/api/uploads/${p.uploadId}`), { method: 'DELETE', headers: auth() });
    expect(del.status).toBe(204);
    expect(fs.readdirSync(path.join(uploadsDir, 'pending'))).toEqual([]);
    const load = await fetch(url(`/api/uploads/${p.uploadId}/load`), {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x', kind: 'x' }),
    });
    expect(load.status).toBe(404);
    expect(await graphCounts()).toEqual(before);
  });

  it('refuses a scan, an unsupported type and an oversized file by name, and a bad place on load, changing nothing', async () => {
    const before = await graphCounts();
    const scan = await upload(await makeImageOnlyPdf(), 'scan.pdf');
    expect(scan.status).toBe(422);
    expect((await scan.json()).detail).toMatch(/scan\.pdf: the PDF has no text layer/);
    const doc = await upload(Buffer.from('x'), 'old.doc');
    expect(doc.status).toBe(422);
    expect((await doc.json()).detail).toMatch(/unsupported type \(\.doc\)/);
    const big = await upload(Buffer.alloc(3 * 2 ** 20, 0x41), 'big.txt');
    expect(big.status).toBe(413);

    const p = UploadPreview.parse(await (await upload(Buffer.from(REPORT.join('\n')), 'r.txt')).json());
    const bad = await fetch(url(`/api/uploads/${p.uploadId}/load`), {
      method: 'POST',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 't', kind: 'k', placeCode: '999999' }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/placeCode: 999999/);
    expect(await graphCounts()).toEqual(before);
    expect(JSON.parse(fs.readFileSync(path.join(uploadsDir, 'manifest.json'), 'utf8')).documents).toHaveLength(1);
  });

  it('lists the write endpoints in OpenAPI with their bearer security', async () => {
    const doc = (await (await fetch(url('/api/openapi.json'))).json()) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
      components: { securitySchemes: Record<string, { scheme: string }> };
    };
    expect(doc.components.securitySchemes.editorToken!.scheme).toBe('bearer');
    expect(doc.paths['/api/uploads']!.post!.security).toEqual([{ editorToken: [] }]);
    expect(doc.paths['/api/uploads/{uploadId}/load']!.post!.security).toEqual([{ editorToken: [] }]);
  });
});
