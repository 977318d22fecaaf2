// Reads for /api/graph/clusters: the place–strategy links the graph analysis runs on.
import type { ManagedTransaction } from 'neo4j-driver';
import type { ClustersQuery, ClustersResponse } from '@policygraph/contract/api';
import { STRATEGY_SCOPES, StrategyScope } from '@policygraph/contract/graph-model';
import { buildClusters, type PursuesLink } from '../../clusters';
import { READ } from '../cypher/read';
import { toPlain } from '../records';
import { toPlaceRef } from './diffusion';
import { readGraphVersion } from './status';

/** Communities of places and centrality over the PURSUES links of strategies of the asked scopes. */
export async function readClusters(tx: ManagedTransaction, q: ClustersQuery): Promise<ClustersResponse> {
  const [res, graphVersion] = await Promise.all([tx.run(READ.pursuesLinks, { scopes: q.scopes ?? STRATEGY_SCOPES }), readGraphVersion(tx)]);
  const links: PursuesLink[] = res.records.map((r) => {
    const s = toPlain(r.get('strategy')) as { id: string; name: string; scope: unknown };
    const scope = StrategyScope.safeParse(s.scope).data;
    return {
      place: toPlaceRef(toPlain(r.get('place')) as Parameters<typeof toPlaceRef>[0]),
      strategy: { id: s.id, name: s.name, ...(scope ? { scope } : {}) },
    };
  });
  return buildClusters(links, graphVersion);
}
