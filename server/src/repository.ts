// The read-side port the routes talk to; server/src/db implements it over Neo4j.
import type { GraphResponse, HealthResponse } from './contract/api';

export interface GraphRepository {
  health(): Promise<HealthResponse>;
  graphVersion(): Promise<string | null>;
  overview(limit: number): Promise<GraphResponse>;
}
