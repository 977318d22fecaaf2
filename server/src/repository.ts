// The read-side port the routes talk to; server/src/db implements it over Neo4j.
import type {
  CompareQuery,
  CompareResponse,
  DocumentResponse,
  DocumentsQuery,
  DocumentsResponse,
  EntityResponse,
  GraphResponse,
  HealthResponse,
  NeighborhoodQuery,
  PathsQuery,
  PathsResponse,
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
  overview(limit: number): Promise<GraphResponse>;
  search(query: SearchQuery): Promise<SearchResponse>;
  entity(id: string, evidenceLimit: number): Promise<EntityResponse>;
  neighborhood(query: NeighborhoodQuery): Promise<GraphResponse>;
  paths(query: PathsQuery): Promise<PathsResponse>;
  compare(query: CompareQuery): Promise<CompareResponse>;
  rollup(placeId: string, query: RollupQuery): Promise<RollupResponse>;
  documents(query: DocumentsQuery): Promise<DocumentsResponse>;
  document(id: string): Promise<DocumentResponse>;
  stats(): Promise<StatsResponse>;
}
