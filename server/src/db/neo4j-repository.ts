// GraphRepository over Neo4j: every read goes through executeRead on the named database, with a timeout.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GraphEdge, GraphNode, GraphResponse, HealthResponse } from '../contract/api';
import { NODE_TYPES, NodeType, REL_TYPES, RelType } from '../contract/graph-model';
import { ServiceUnavailableError } from '../errors';
import type { GraphRepository } from '../repository';
import { READ } from './cypher/read';
import { toNumber, toPlain } from './records';

export interface RepositoryOptions {
  readonly database: string;
  readonly queryTimeoutMs: number;
}

/** Translates driver failures into API errors: retriable ones become 503, the rest pass through. */
export function translateDriverError(err: unknown): unknown {
  const e = err as { code?: string; message?: string };
  if (neo4j.isRetriableError(err as Error) || e?.code === 'ServiceUnavailable' || /acquisition timed out|Pool is closed|connect ECONNREFUSED/i.test(e?.message ?? '')) {
    return new ServiceUnavailableError('The graph database is unavailable right now; retry shortly.');
  }
  if (e?.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || e?.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new ServiceUnavailableError('The query took too long and was stopped; narrow it (lower depth or limit) or retry.', 2);
  }
  return err;
}

type RawNode = { id: string; name: string; labels: string[]; level?: string | null; code?: string | null; date?: string | null; aliases?: string[] | null; degree: unknown };
type RawEdge = { id: string; source: string; target: string; type: string; evidenceCount: unknown; confidence?: number | null };

/** Maps a projected node (see nodeProjection) to Cytoscape's element form. */
export function toGraphNode(raw: RawNode): GraphNode | undefined {
  const type = raw.labels.find((l): l is NodeType => (NODE_TYPES as readonly string[]).includes(l));
  if (!type) return undefined;
  const data: GraphNode['data'] = { id: raw.id, label: raw.name, type, degree: toNumber(raw.degree) };
  if (raw.level) data.level = raw.level as NonNullable<GraphNode['data']['level']>;
  if (raw.code) data.code = raw.code;
  if (raw.date) data.date = raw.date;
  if (raw.aliases?.length) data.aliases = raw.aliases;
  return { data };
}

/** Maps a projected relationship (see relProjection) to Cytoscape's element form. */
export function toGraphEdge(raw: RawEdge): GraphEdge | undefined {
  if (!(REL_TYPES as readonly string[]).includes(raw.type)) return undefined;
  const data: GraphEdge['data'] = { id: raw.id, source: raw.source, target: raw.target, type: raw.type as RelType, evidenceCount: toNumber(raw.evidenceCount) };
  if (typeof raw.confidence === 'number') data.confidence = raw.confidence;
  return { data };
}

export class Neo4jGraphRepository implements GraphRepository {
  constructor(
    private readonly driver: Driver,
    private readonly options: RepositoryOptions,
  ) {}

  /** Runs one read unit of work; the database is named so a cluster routes it to a follower. */
  private async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: this.options.queryTimeoutMs });
    } catch (err) {
      throw translateDriverError(err);
    } finally {
      await session.close();
    }
  }

  async graphVersion(): Promise<string | null> {
    return this.read(async (tx) => {
      const res = await tx.run(READ.graphVersion);
      return (toPlain(res.records[0]?.get('version')) as string | null) ?? null;
    });
  }

  async health(): Promise<HealthResponse> {
    try {
      return await this.read(async (tx) => {
        const version = (await tx.run(READ.serverVersion)).records[0]?.get('version') as string | undefined;
        const counts: Record<string, number> = {};
        for (const rec of (await tx.run(READ.countsByLabel, { labels: [...NODE_TYPES] })).records) {
          counts[rec.get('label') as string] = toNumber(rec.get('n'));
        }
        counts.relationships = toNumber((await tx.run(READ.relationshipCount, { types: [...REL_TYPES] })).records[0]?.get('n'));
        const graphVersion = (toPlain((await tx.run(READ.graphVersion)).records[0]?.get('version')) as string | null) ?? null;
        return { status: 'ok' as const, neo4j: { connected: true, version: version ?? null }, graphVersion, counts };
      });
    } catch {
      return { status: 'unavailable', neo4j: { connected: false, version: null }, graphVersion: null, counts: {} };
    }
  }

  async overview(limit: number): Promise<GraphResponse> {
    return this.read(async (tx) => {
      const res = await tx.run(READ.overview, { strategyLimit: neo4j.int(limit) });
      const rec = res.records[0];
      const rawNodes = (rec ? toPlain(rec.get('nodes')) : []) as RawNode[];
      const rawEdges = (rec ? toPlain(rec.get('edges')) : []) as RawEdge[];
      const graphVersion = (toPlain((await tx.run(READ.graphVersion)).records[0]?.get('version')) as string | null) ?? null;
      return {
        elements: {
          nodes: rawNodes.map(toGraphNode).filter((n): n is GraphNode => n !== undefined),
          edges: rawEdges.map(toGraphEdge).filter((e): e is GraphEdge => e !== undefined),
        },
        graphVersion,
        capped: false,
      };
    });
  }
}
