// The corpus manifest is validated before anything is loaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../graph-seed/src/corpus/manifest';
import { documentGraph } from '../../graph-seed/src/load/load-corpus';
import { SAMPLE_CORPUS_DIR } from '../support/paths';

function manifestIn(content: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-manifest-'));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(content));
  return dir;
}

describe('corpus manifest', () => {
  it('lists the five sample documents, the masked speech marked as about 林州市 by inference', () => {
    const manifest = readManifest(SAMPLE_CORPUS_DIR);
    expect(manifest.documents).toHaveLength(5);
    const masked = manifest.documents.find((d) => d.id === '003_7d780958f0361ff5');
    expect(masked?.place).toMatchObject({ name: '林州市', code: '410581', inferred: true });
  });

  it('names the field when a document has a malformed date', () => {
    const dir = manifestIn({ version: 1, documents: [{ id: 'a', file: 'a.txt', title: 't', kind: 'k', date: '2023/02/26' }] });
    expect(() => readManifest(dir)).toThrow(/documents\.0\.date: must be YYYY/);
  });

  it('refuses two documents with the same id', () => {
    const doc = { id: 'a', file: 'a.txt', title: 't', kind: 'k' };
    const dir = manifestIn({ version: 1, documents: [doc, doc] });
    expect(() => readManifest(dir)).toThrow(/"a" appears twice/);
  });

  it('places a county document under its city and province', () => {
    const manifest = readManifest(SAMPLE_CORPUS_DIR);
    const lankao = manifest.documents.find((d) => d.place?.name === '兰考县')!;
    const graph = documentGraph(lankao, 'text');
    expect(graph.places.map((p) => p.name)).toEqual(['兰考县', '开封市', '河南省']);
    expect(graph.placePartOf).toEqual([
      { from: 'place:410225', to: 'place:4102' },
      { from: 'place:4102', to: 'place:41' },
    ]);
  });
});
