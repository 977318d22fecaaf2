// Queries of the load benchmark only: the bare UNWIND/MERGE baseline the loader is compared with, and a wipe.
import { ENTITY_TYPES, type EntityType } from '@policygraph/contract/graph-model';
import { patternKey, RELATION_PATTERNS } from '@policygraph/contract/graph-writer';

const mergeNodes = (label: string) => `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row`;

/** The simplest write of the same rows: MERGE by id, overwrite properties; no evidence merge, no retraction. */
export const BARE = {
  nodes: Object.fromEntries([...ENTITY_TYPES, 'Document', 'Sentence'].map((l) => [l, mergeNodes(l)])) as Record<EntityType | 'Document' | 'Sentence', string>,
  mentions: Object.fromEntries(
    ENTITY_TYPES.map((l) => [
      l,
      `UNWIND $rows AS row MATCH (d:Document {id: row.documentId}) MATCH (e:${l} {id: row.entityId})
       MERGE (d)-[m:MENTIONS]->(e) SET m.spans = row.spans, m.count = row.count`,
    ]),
  ) as Record<EntityType, string>,
  about: `UNWIND $rows AS row MATCH (d:Document {id: row.documentId}) MATCH (p:Place {id: row.placeId})
          MERGE (d)-[r:ABOUT]->(p) SET r.inferred = row.inferred, r.reason = row.reason`,
  partOf: `UNWIND $rows AS row MATCH (a:Place {id: row.from}) MATCH (b:Place {id: row.to}) MERGE (a)-[r:PART_OF]->(b) SET r.source = 'gazetteer'`,
  relations: Object.fromEntries(
    RELATION_PATTERNS.map((p) => [
      patternKey(p),
      `UNWIND $rows AS row MATCH (a:${p.from} {id: row.from}) MATCH (b:${p.to} {id: row.to})
       MERGE (a)-[r:${p.type}]->(b) SET r.evidence = row.evidence, r.evidenceConfidence = row.evidenceConfidence, r.documents = row.documents`,
    ]),
  ) as Record<string, string>,
  counts: `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`,
  /** Empties the throw-away benchmark database between runs (schema stays). */
  wipe: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
} as const;
