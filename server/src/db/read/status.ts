// Reads for /api/health and /api/stats: server version, graph version and counts from the count store.
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { StatsResponse } from '@policygraph/contract/api';
import { ENTITY_TYPES } from '@policygraph/contract/graph-model';
import { READ } from '../cypher/read';
import { versionOf } from '../graph-mappers';
import { toNumber, toPlain } from '../records';

/** The graph version (changes on every load), or null before the first load. */
export async function readGraphVersion(tx: ManagedTransaction): Promise<string | null> {
  return versionOf((await tx.run(READ.graphVersion)).records[0]?.get('version'));
}

export interface GraphStatus {
  version: string | null;
  graphVersion: string | null;
  counts: Record<string, number>;
}

/** Server version, graph version and node counts per label plus the relationship total. */
export async function readStatus(tx: ManagedTransaction): Promise<GraphStatus> {
  const [server, labels, rels, graphVersion] = await Promise.all([
    tx.run(READ.serverVersion),
    tx.run(READ.countsByLabel),
    tx.run(READ.countsByRelType),
    readGraphVersion(tx),
  ]);
  const counts = columns(labels.records[0]);
  counts.relationships = Object.values(columns(rels.records[0])).reduce((a, b) => a + b, 0);
  return { version: (server.records[0]?.get('version') as string | undefined) ?? null, graphVersion, counts };
}

/** Facet counts: by label, relationship type, place level, document and year. */
export async function readStats(tx: ManagedTransaction): Promise<StatsResponse> {
  const [labels, rels, levels, docs, years, graphVersion] = await Promise.all([
    tx.run(READ.countsByLabel),
    tx.run(READ.countsByRelType),
    tx.run(READ.placesByLevel),
    tx.run(READ.statsByDocument, { types: [...ENTITY_TYPES] }),
    tx.run(READ.statsByYear),
    readGraphVersion(tx),
  ]);
  const record = (rows: typeof levels.records, key: string) => Object.fromEntries(rows.map((r) => [r.get(key) as string, toNumber(r.get('n'))]));
  return {
    byType: columns(labels.records[0]),
    byRelation: columns(rels.records[0]),
    byPlaceLevel: record(levels.records, 'level'),
    byDocument: docs.records.map((r) => ({
      id: r.get('id') as string,
      title: r.get('title') as string,
      year: yearOf(r.get('year')),
      entities: Object.fromEntries((toPlain(r.get('entities')) as Array<{ type: string; n: number }>).map((e) => [e.type, e.n])),
    })),
    byYear: years.records.map((r) => ({ year: yearOf(r.get('year')) ?? 0, documents: toNumber(r.get('documents')), entities: toNumber(r.get('entities')) })),
    graphVersion,
  };
}

/** A one-row answer of named counts as a plain record. */
function columns(rec: Neo4jRecord | undefined): Record<string, number> {
  return rec ? Object.fromEntries(rec.keys.map((k) => [String(k), toNumber(rec.get(k))])) : {};
}

/** Years may be stored as floats by a JS writer; the contract wants whole numbers. */
export function yearOf(value: unknown): number | null {
  const v = toPlain(value);
  return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : null;
}
