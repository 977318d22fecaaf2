// Reads for /api/documents and /api/documents/:id: metadata pages and one document's text with its mention spans.
import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentResponse, DocumentSummary, DocumentsQuery, DocumentsResponse, MentionSpan } from '@policygraph/contract/api';
import { NotFoundError } from '@policygraph/contract/problems';
import { READ } from '../cypher/read';
import { nodeTypeOf } from '../graph-mappers';
import { int } from '../read-session';
import { toNumber, toPlain } from '../records';
import { readGraphVersion, yearOf } from './status';

type RawSummary = Omit<DocumentSummary, 'year' | 'dateInferred' | 'kind' | 'date'> & {
  year: unknown;
  dateInferred?: boolean | null;
  kind?: string | null;
  date?: unknown;
};

function toSummary(raw: unknown): DocumentSummary {
  const d = toPlain(raw) as RawSummary;
  return {
    id: d.id,
    title: d.title,
    kind: d.kind ?? null,
    date: d.date === null || d.date === undefined ? null : String(d.date),
    dateInferred: d.dateInferred ?? null,
    year: yearOf(d.year),
    places: d.places.map((p) => ({ id: p.id, name: p.name, inferred: p.inferred === true, reason: p.reason ?? null })),
    entityCount: toNumber(d.entityCount),
    length: toNumber(d.length),
  };
}

/** One page of documents (newest first), filtered by year and by the place they are about. */
export async function readDocuments(tx: ManagedTransaction, q: DocumentsQuery): Promise<DocumentsResponse> {
  const filter = { year: q.year ?? null, place: q.place ?? null };
  const [count, page, graphVersion] = await Promise.all([
    tx.run(READ.documentCount, filter),
    tx.run(READ.documents, { ...filter, offset: int(q.offset), limit: int(q.limit) }),
    readGraphVersion(tx),
  ]);
  return { total: toNumber(count.records[0]?.get('total')), documents: page.records.map((r) => toSummary(r.get('document'))), graphVersion };
}

/** One document: metadata, original text, every mention as a span sorted by position, and its sentences' offsets. */
export async function readDocument(tx: ManagedTransaction, id: string): Promise<DocumentResponse> {
  const [res, graphVersion] = await Promise.all([tx.run(READ.document, { id }), readGraphVersion(tx)]);
  const rec = res.records[0];
  if (!rec) throw new NotFoundError(`No document with id "${id}"`);
  const text = (rec.get('text') as string | null) ?? '';
  const mentions: MentionSpan[] = [];
  for (const m of toPlain(rec.get('mentions')) as Array<{ entityId: string; name: string; labels: string[]; spans: number[] }>) {
    const type = nodeTypeOf(m.labels);
    if (!type || type === 'Document') continue;
    for (let i = 0; i + 1 < m.spans.length; i += 2) {
      const start = m.spans[i]!;
      const end = m.spans[i + 1]!;
      // A span outside the text would highlight nothing or the wrong words; leave it out rather than mislead.
      if (start >= 0 && end > start && end <= text.length) mentions.push({ entityId: m.entityId, name: m.name, type, start, end });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const sentenceCount = toPlain(rec.get('sentenceCount'));
  return {
    document: {
      ...toSummary(rec.get('document')),
      encoding: (rec.get('encoding') as string | null) ?? null,
      sentenceCount: typeof sentenceCount === 'number' ? sentenceCount : null,
    },
    text,
    mentions,
    sentences: (toPlain(rec.get('sentences')) as [number, number][]).map(([start, end]) => ({ start, end })),
    graphVersion,
  };
}
