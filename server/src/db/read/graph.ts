// Reads for /api/graph/*: the overview, a capped neighbourhood and the k shortest paths with evidence.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Evidence, GraphPath, GraphResponse, NeighborhoodQuery, OverviewQuery, PathsQuery, PathsResponse } from '@policygraph/contract/api';
import { NODE_TYPES, REL_TYPES, STRATEGY_SCOPES, type RelType } from '@policygraph/contract/graph-model';
import { NotFoundError } from '@policygraph/contract/problems';
import { READ } from '../cypher/read';
import { toElements, toEvidence, type RawEdge, type RawEvidence, type RawNode } from '../graph-mappers';
import { int } from '../read-session';
import { toNumber, toPlain } from '../records';
import { readGraphVersion } from './status';

/** MENTIONS ties every entity to every document naming it; paths through it say little, so they are opt-in. */
export const DEFAULT_PATH_RELS: readonly RelType[] = REL_TYPES.filter((t) => t !== 'MENTIONS');
/** Places shown per strategy in the overview: enough to see it is shared, few enough to read. */
const PLACES_PER_STRATEGY = 8;
/** Part of the overview's strategies kept for national formulas when they are asked for (see READ.overview). */
const NATIONAL_SHARE = 0.25;
/** Evidence sentences returned per path edge. */
const EVIDENCE_PER_EDGE = 3;

/** The first view: strategies shared by most places, with some of those places, and the newest documents' places. */
export async function readOverview(tx: ManagedTransaction, { limit, scopes }: OverviewQuery): Promise<GraphResponse> {
  const [res, graphVersion] = await Promise.all([
    tx.run(READ.overview, {
      strategyLimit: int(limit),
      placesPerStrategy: int(PLACES_PER_STRATEGY),
      nationalShare: int(Math.ceil(limit * NATIONAL_SHARE)),
      scopes: scopes ?? STRATEGY_SCOPES,
    }),
    readGraphVersion(tx),
  ]);
  const rec = res.records[0];
  return { elements: toElements(rec?.get('nodes') ?? [], rec?.get('edges') ?? []), graphVersion, capped: rec?.get('capped') === true };
}

/** Throws a 404 naming the ids that are not in the graph. */
function requireIds(ids: readonly string[], found: readonly string[]): void {
  const missing = ids.filter((id) => !found.includes(id));
  if (missing.length) throw new NotFoundError(`No entity with id ${missing.map((m) => `"${m}"`).join(', ')}`);
}

/** Nodes within `depth` hops of the start nodes and the relationships among them, capped at `limit`. */
export async function readNeighborhood(tx: ManagedTransaction, q: NeighborhoodQuery): Promise<GraphResponse> {
  const rels = q.rels ?? REL_TYPES;
  const types = q.types ?? NODE_TYPES;
  const [res, graphVersion] = await Promise.all([
    tx.run(READ.neighborhoodNodes(q.depth, rels, types), { ids: q.ids, limit: int(q.limit), offset: int(q.offset) }),
    readGraphVersion(tx),
  ]);
  const rec = res.records[0];
  requireIds(q.ids, rec ? (rec.get('startIds') as string[]) : []);
  const elementIds = rec!.get('elementIds') as string[];
  const earlierIds = rec!.get('earlierIds') as string[];
  let edges = ((await tx.run(READ.edgesAmong(rels), { elementIds: [...elementIds, ...earlierIds] })).records[0]?.get('edges') ?? []) as RawEdge[];
  if (q.offset > 0) {
    // A later page: its own edges and those to nodes of earlier pages, not again those among earlier pages.
    const page = new Set(rec!.get('pageIds') as string[]);
    edges = edges.filter((e) => page.has(e.source) || page.has(e.target));
  }
  const total = toNumber(rec!.get('total'));
  return {
    elements: toElements(rec!.get('nodes'), edges),
    graphVersion,
    capped: total > q.offset + q.limit || rec!.get('frontierCut') === true,
    total,
  };
}

/** Up to k shortest paths between two entities, each edge with the sentences it rests on. */
export async function readPaths(tx: ManagedTransaction, q: PathsQuery): Promise<PathsResponse> {
  const ids = [q.from, q.to];
  const [exists, graphVersion] = await Promise.all([tx.run(READ.existingIds, { ids }), readGraphVersion(tx)]);
  requireIds(ids, (exists.records[0]?.get('ids') as string[] | undefined) ?? []);
  const res = await tx.run(READ.paths(q.k, q.maxLength, q.rels ?? DEFAULT_PATH_RELS), { from: [q.from], to: [q.to], perEdge: int(EVIDENCE_PER_EDGE) });
  const paths: GraphPath[] = [];
  const allNodes: unknown[] = [];
  const allEdges: unknown[] = [];
  const evidence: Record<string, Evidence[]> = {};
  for (const r of res.records) {
    const nodes = toPlain(r.get('nodes')) as RawNode[];
    const edges = toPlain(r.get('edges')) as RawEdge[];
    const ev = toPlain(r.get('evidence')) as RawEvidence[][];
    paths.push({ length: toNumber(r.get('len')), nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) });
    allNodes.push(...nodes);
    allEdges.push(...edges);
    edges.forEach((e, i) => {
      if (!evidence[e.id]) evidence[e.id] = (ev[i] ?? []).map(toEvidence);
    });
  }
  return { paths, elements: toElements(allNodes, allEdges), evidence, graphVersion };
}
