// Reads for /api/search: the full-text index when it is online, else a bounded scan; then pinyin and near spellings.
import type { ManagedTransaction } from 'neo4j-driver';
import type { SearchHit, SearchQuery, SearchResponse } from '@policygraph/contract/api';
import { ENTITY_TYPES, type EntityType, type PlaceLevel } from '@policygraph/contract/graph-model';
import { luceneQuery, normalizeQuery } from '../../search-text';
import { READ } from '../cypher/read';
import { int } from '../read-session';
import { toNumber, toPlain } from '../records';
import { readNearHits } from './search-near';
import { readGraphVersion } from './status';

/**
 * Ranks entities whose name or alias matches the (Traditional or Simplified) query, through the full-text
 * index, or with `scan` through a bounded scan of names (for a graph loaded before the index existed).
 */
export async function readSearch(tx: ManagedTransaction, query: SearchQuery, scan = false): Promise<SearchResponse> {
  const normalized = normalizeQuery(query.q);
  const types: EntityType[] = query.types ?? [...ENTITY_TYPES];
  const params = {
    q: normalized,
    lucene: luceneQuery(normalized),
    types,
    limit: int(query.limit),
    // Lucene's top hits are re-ranked (exact names first), so it is asked for more than are shown.
    candidates: int(Math.max(100, query.limit * 5)),
  };
  const [res, graphVersion] = await Promise.all([tx.run(scan ? READ.searchScan : READ.search, params), readGraphVersion(tx)]);
  const hits: SearchHit[] = res.records.map((r) => {
    const hit: SearchHit = {
      id: r.get('id') as string,
      name: r.get('name') as string,
      type: r.get('type') as EntityType,
      match: r.get('match') as SearchHit['match'],
      score: toNumber(r.get('score')),
      documentCount: toNumber(r.get('documentCount')),
    };
    const level = r.get('level') as PlaceLevel | null;
    const code = r.get('code') as string | null;
    const aliases = toPlain(r.get('aliases')) as string[];
    if (level) hit.level = level;
    if (code) hit.code = code;
    if (aliases.length) hit.aliases = aliases;
    return hit;
  });
  // Pinyin and near spellings fill what is left after the name matches, so an exact name stays first.
  if (hits.length < query.limit && !scan) {
    hits.push(...(await readNearHits(tx, normalized, types, query.limit - hits.length, new Set(hits.map((h) => h.id)))));
  }
  return { query: query.q, normalized, hits, graphVersion };
}

/** The error Neo4j gives when the full-text index is missing (or not yet online). */
export function isMissingSearchIndex(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && /entity_search/.test(e.message ?? '');
}
