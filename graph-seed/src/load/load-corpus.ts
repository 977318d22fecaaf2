// Loads a corpus folder (manifest + text files) through a GraphWriter, one atomic transaction per document.
import fs from 'node:fs';
import path from 'node:path';
import { readManifest, yearOf, type ManifestDocument } from '../corpus/manifest';
import { placeId, withAncestors } from '../gazetteer/divisions';
import type { DocumentGraph, GraphWriter } from './graph-writer';

export interface LoadFailure {
  documentId: string;
  file: string;
  reason: string;
}

export interface LoadSummary {
  loaded: string[];
  failed: LoadFailure[];
  graphVersion: string | null;
}

/** Builds what one manifest document contributes: the document, its place with ancestors, and ABOUT. */
export function documentGraph(doc: ManifestDocument, text: string): DocumentGraph {
  const chain = doc.place ? withAncestors(doc.place.code) : [];
  if (doc.place && chain.length === 0) {
    throw new Error(`place code ${doc.place.code} (${doc.place.name}) is not in the gazetteer`);
  }
  return {
    document: {
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      date: doc.date,
      dateInferred: doc.dateInferred,
      year: yearOf(doc.date),
      file: doc.file,
      text,
    },
    places: chain.map((d) => ({ id: placeId(d.code), name: d.name, level: d.level, code: d.code })),
    placePartOf: chain.slice(1).map((parent, i) => ({ from: placeId(chain[i]!.code), to: placeId(parent.code) })),
    about: doc.place
      ? [{ documentId: doc.id, placeId: placeId(doc.place.code), inferred: doc.place.inferred, reason: doc.place.reason ?? null }]
      : [],
  };
}

/** Loads every document of DIR/manifest.json; a bad document is reported and skipped, the rest still load. */
export async function loadCorpus(dir: string, writer: GraphWriter, log: (line: string) => void = () => {}): Promise<LoadSummary> {
  const manifest = readManifest(dir);
  await writer.ensureSchema();
  const summary: LoadSummary = { loaded: [], failed: [], graphVersion: null };
  for (const doc of manifest.documents) {
    const file = path.join(dir, doc.file);
    try {
      const text = fs.readFileSync(file, 'utf8');
      if (text.trim() === '') throw new Error('the file is empty');
      await writer.writeDocument(documentGraph(doc, text));
      summary.loaded.push(doc.id);
    } catch (err) {
      const reason = (err as Error).message;
      summary.failed.push({ documentId: doc.id, file: doc.file, reason });
      log(`✗ ${doc.file}: ${reason}`);
    }
  }
  if (summary.loaded.length > 0) summary.graphVersion = await writer.bumpVersion();
  return summary;
}
