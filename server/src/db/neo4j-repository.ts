// GraphRepository over Neo4j: each method is one read unit of work (executeRead, named database, timeout).
import type { Driver } from 'neo4j-driver';
import type {
  ClustersQuery,
  ClustersResponse,
  CompareQuery,
  CompareResponse,
  DiffusionResponse,
  DocumentResponse,
  DocumentsQuery,
  DocumentsResponse,
  EntityResponse,
  GraphResponse,
  HealthResponse,
  NeighborhoodQuery,
  OverviewQuery,
  PathsQuery,
  PathsResponse,
  PlaceAdoptionsResponse,
  ReuseQuery,
  ReuseResponse,
  RollupQuery,
  RollupResponse,
  SearchQuery,
  SearchResponse,
  StatsResponse,
} from '@policygraph/contract/api';
import type { GraphRepository } from '../repository';
import { readClusters } from './read/clusters';
import { readDiffusion, readPlaceAdoptions } from './read/diffusion';
import { readDocument, readDocuments } from './read/documents';
import { readEntity } from './read/entities';
import { readNeighborhood, readOverview, readPaths } from './read/graph';
import { readComparison, readRollup } from './read/places';
import { readReuse } from './read/reuse';
import { isMissingSearchIndex, readSearch } from './read/search';
import { readGraphVersion, readStats, readStatus } from './read/status';
import { ReadSession, type RepositoryOptions } from './read-session';

export type { RepositoryOptions } from './read-session';
export { toGraphEdge, toGraphNode } from './graph-mappers';

export class Neo4jGraphRepository implements GraphRepository {
  private readonly session: ReadSession;

  constructor(driver: Driver, options: RepositoryOptions) {
    this.session = new ReadSession(driver, options);
  }

  graphVersion(): Promise<string | null> {
    return this.session.read(readGraphVersion);
  }

  async health(): Promise<HealthResponse> {
    try {
      const { version, graphVersion, counts } = await this.session.read(readStatus);
      return { status: 'ok', neo4j: { connected: true, version }, graphVersion, counts };
    } catch {
      return { status: 'unavailable', neo4j: { connected: false, version: null }, graphVersion: null, counts: {} };
    }
  }

  overview(query: OverviewQuery): Promise<GraphResponse> {
    return this.session.read((tx) => readOverview(tx, query));
  }

  async search(query: SearchQuery): Promise<SearchResponse> {
    try {
      return await this.session.read((tx) => readSearch(tx, query));
    } catch (err) {
      // A graph loaded before the loader created the index still answers, by a bounded scan.
      if (isMissingSearchIndex(err)) return this.session.read((tx) => readSearch(tx, query, true));
      throw err;
    }
  }

  entity(id: string, evidenceLimit: number): Promise<EntityResponse> {
    return this.session.read((tx) => readEntity(tx, id, evidenceLimit));
  }

  neighborhood(query: NeighborhoodQuery): Promise<GraphResponse> {
    return this.session.read((tx) => readNeighborhood(tx, query));
  }

  paths(query: PathsQuery): Promise<PathsResponse> {
    return this.session.read((tx) => readPaths(tx, query));
  }

  compare(query: CompareQuery): Promise<CompareResponse> {
    return this.session.read((tx) => readComparison(tx, query));
  }

  rollup(id: string, query: RollupQuery): Promise<RollupResponse> {
    return this.session.read((tx) => readRollup(tx, id, query));
  }

  documents(query: DocumentsQuery): Promise<DocumentsResponse> {
    return this.session.read((tx) => readDocuments(tx, query));
  }

  document(id: string): Promise<DocumentResponse> {
    return this.session.read((tx) => readDocument(tx, id));
  }

  stats(): Promise<StatsResponse> {
    return this.session.read(readStats);
  }

  diffusion(strategyId: string): Promise<DiffusionResponse> {
    return this.session.read((tx) => readDiffusion(tx, strategyId));
  }

  placeAdoptions(placeId: string): Promise<PlaceAdoptionsResponse> {
    return this.session.read((tx) => readPlaceAdoptions(tx, placeId));
  }

  reuse(query: ReuseQuery): Promise<ReuseResponse> {
    return this.session.read((tx) => readReuse(tx, query));
  }

  clusters(query: ClustersQuery): Promise<ClustersResponse> {
    return this.session.read((tx) => readClusters(tx, query));
  }
}
