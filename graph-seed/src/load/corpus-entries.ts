// Reads a corpus manifest entry by entry, so one wrong entry is reported by name instead of stopping the load.
import path from 'node:path';
import { z } from 'zod';
import { ManifestDocument, ManifestError, readManifestJson } from '../corpus/manifest';
import type { DocumentMeta } from './document-rows';

/** A document to load: its manifest fields and where its text is. */
export interface DocumentSource {
  meta: DocumentMeta;
  path: string;
}

/** A manifest entry that cannot be loaded, with the reason. */
export interface EntryProblem {
  documentId: string;
  file: string;
  reason: string;
}

const ManifestShape = z.object({ version: z.literal(1), documents: z.array(z.unknown()) });

/**
 * Reads DIR/manifest.json: the valid entries become sources, each wrong one a problem naming its id (or
 * position) and field. Throws ManifestError only when the file itself is unreadable or not a manifest.
 */
export function readCorpusEntries(dir: string): { sources: DocumentSource[]; problems: EntryProblem[] } {
  const { file, raw } = readManifestJson(dir);
  const shape = ManifestShape.safeParse(raw);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    throw new ManifestError(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const sources: DocumentSource[] = [];
  const problems: EntryProblem[] = [];
  const seen = new Set<string>();
  shape.data.documents.forEach((entry, i) => {
    const loose = (entry ?? {}) as { id?: unknown; file?: unknown };
    const name = typeof loose.id === 'string' && loose.id ? loose.id : `documents[${i}]`;
    const fileName = typeof loose.file === 'string' ? loose.file : '';
    const parsed = ManifestDocument.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({ documentId: name, file: fileName, reason: `manifest entry: ${issue.path.join('.')}: ${issue.message}` });
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push({ documentId: name, file: fileName, reason: `manifest entry: id "${parsed.data.id}" appears twice` });
      return;
    }
    seen.add(parsed.data.id);
    sources.push({ meta: parsed.data, path: path.resolve(dir, parsed.data.file) });
  });
  return { sources, problems };
}
