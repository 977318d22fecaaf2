// The read-side port the routes talk to; server/src/db implements it over Neo4j.
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

/** Every read the API makes; unknown ids throw NotFoundError, an unreachable database ServiceUnavailableError. */
export interface GraphRepository {
  health(): Promise<HealthResponse>;
  /** Changes on every load; the ETag of every graph answer. */
  graphVersion(): Promise<string | null>;
  overview(query: OverviewQuery): Promise<GraphResponse>;
  search(query: SearchQuery): Promise<SearchResponse>;
  entity(id: string, evidenceLimit: number): Promise<EntityResponse>;
  neighborhood(query: NeighborhoodQuery): Promise<GraphResponse>;
  paths(query: PathsQuery): Promise<PathsResponse>;
  compare(query: CompareQuery): Promise<CompareResponse>;
  rollup(placeId: string, query: RollupQuery): Promise<RollupResponse>;
  documents(query: DocumentsQuery): Promise<DocumentsResponse>;
  document(id: string): Promise<DocumentResponse>;
  stats(): Promise<StatsResponse>;
  /** Every place pursuing a strategy, dated by its first document, with the direction of each step. */
  diffusion(strategyId: string): Promise<DiffusionResponse>;
  /** What a place took up each year and which strategies it named first. */
  placeAdoptions(placeId: string): Promise<PlaceAdoptionsResponse>;
  /** Passages of later documents that repeat earlier ones, with both sentences, and the place links they make. */
  reuse(query: ReuseQuery): Promise<ReuseResponse>;
  /** Communities of places by shared strategies and the centrality of places and strategies. */
  clusters(query: ClustersQuery): Promise<ClustersResponse>;
}
