// GraphRepository over Neo4j: each method is one read unit of work (executeRead, named database, timeout).
import type { Driver } from 'neo4j-driver';
import type {
  ClustersResponse,
  CompareResponse,
  DiffusionResponse,
  DocumentResponse,
  DocumentsResponse,
  EntityResponse,
  GraphResponse,
  HealthResponse,
  PathsResponse,
  PlaceAdoptionsResponse,
  ReadInput,
  ReuseResponse,
  RollupResponse,
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

  getOverview({ query }: ReadInput<'getOverview'>): Promise<GraphResponse> {
    return this.session.read((tx) => readOverview(tx, query));
  }

  async searchEntities({ query }: ReadInput<'searchEntities'>): Promise<SearchResponse> {
    try {
      return await this.session.read((tx) => readSearch(tx, query));
    } catch (err) {
      // A graph loaded before the loader created the index still answers, by a bounded scan.
      if (isMissingSearchIndex(err)) return this.session.read((tx) => readSearch(tx, query, true));
      throw err;
    }
  }

  getEntity({ params, query }: ReadInput<'getEntity'>): Promise<EntityResponse> {
    return this.session.read((tx) => readEntity(tx, params.id, query.evidenceLimit));
  }

  getNeighborhood({ query }: ReadInput<'getNeighborhood'>): Promise<GraphResponse> {
    return this.session.read((tx) => readNeighborhood(tx, query));
  }

  getPaths({ query }: ReadInput<'getPaths'>): Promise<PathsResponse> {
    return this.session.read((tx) => readPaths(tx, query));
  }

  comparePlaces({ query }: ReadInput<'comparePlaces'>): Promise<CompareResponse> {
    return this.session.read((tx) => readComparison(tx, query));
  }

  rollupPlace({ params, query }: ReadInput<'rollupPlace'>): Promise<RollupResponse> {
    return this.session.read((tx) => readRollup(tx, params.id, query));
  }

  listDocuments({ query }: ReadInput<'listDocuments'>): Promise<DocumentsResponse> {
    return this.session.read((tx) => readDocuments(tx, query));
  }

  getDocument({ params }: ReadInput<'getDocument'>): Promise<DocumentResponse> {
    return this.session.read((tx) => readDocument(tx, params.id));
  }

  getStats(): Promise<StatsResponse> {
    return this.session.read(readStats);
  }

  getStrategyDiffusion({ params }: ReadInput<'getStrategyDiffusion'>): Promise<DiffusionResponse> {
    return this.session.read((tx) => readDiffusion(tx, params.id));
  }

  getPlaceAdoptions({ params }: ReadInput<'getPlaceAdoptions'>): Promise<PlaceAdoptionsResponse> {
    return this.session.read((tx) => readPlaceAdoptions(tx, params.id));
  }

  getReuse({ query }: ReadInput<'getReuse'>): Promise<ReuseResponse> {
    return this.session.read((tx) => readReuse(tx, query));
  }

  getClusters({ query }: ReadInput<'getClusters'>): Promise<ClustersResponse> {
    return this.session.read((tx) => readClusters(tx, query));
  }
}
