// Reads for /api/entities/:id: a node's properties, degree per relationship type, documents and evidence sentences.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Degree, DocumentRef, EntityResponse } from '@policygraph/contract/api';
import { REL_TYPES, type RelType } from '@policygraph/contract/graph-model';
import { NotFoundError } from '@policygraph/contract/problems';
import { READ } from '../cypher/read';
import { toEvidence, toGraphNode, type RawEvidence, type RawNode } from '../graph-mappers';
import { int } from '../read-session';
import { toNumber, toPlain } from '../records';
import { readGraphVersion } from './status';

// Internal bookkeeping the loader keeps on nodes; not facts a reader needs.
const HIDDEN_PROPERTIES = new Set(['text', 'searchText', 'contentHash', 'pinyinText', 'pinyinStale']);

/** One entity (or document) by id with what it is linked to and the sentences that say so. */
export async function readEntity(tx: ManagedTransaction, id: string, evidenceLimit: number): Promise<EntityResponse> {
  const params = { ids: [id], evidenceLimit: int(evidenceLimit) };
  const [main, ev, graphVersion] = await Promise.all([tx.run(READ.entity, params), tx.run(READ.entityEvidence, params), readGraphVersion(tx)]);
  const rec = main.records[0];
  const node = rec && toGraphNode(toPlain(rec.get('node')) as RawNode);
  if (!rec || !node) throw new NotFoundError(`No entity with id "${id}"`);

  const properties = Object.fromEntries(
    Object.entries(toPlain(rec.get('properties')) as Record<string, unknown>).filter(([k, v]) => v !== null && !HIDDEN_PROPERTIES.has(k)),
  );
  const degrees = (toPlain(rec.get('degrees')) as Array<{ type: string; direction: 'in' | 'out'; count: number }>)
    .filter((d): d is Degree & { type: RelType } => (REL_TYPES as readonly string[]).includes(d.type))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const documents = toPlain(rec.get('documents')) as DocumentRef[];
  const evRec = ev.records[0];
  const evidence = evRec
    ? (toPlain(evRec.get('evidence')) as Array<RawEvidence & { relation: string }>).map((e) => ({ ...toEvidence(e), relation: e.relation }))
    : [];
  return { node, properties, degrees, documents, evidence, evidenceTotal: evRec ? toNumber(evRec.get('total')) : 0, graphVersion };
}
