// The read-side port the routes talk to; server/src/db implements it over Neo4j. One method per read operation of the
// contract (READ_PATHS in @policygraph/contract/endpoints), named by its operationId and typed by its schemas.
import type { HealthResponse, ReadInput, ReadOutput } from '@policygraph/contract/api';
import type { ReadOperation } from '@policygraph/contract/endpoints';

/** One handler per read operation: an operation the contract adds without a handler fails to compile. */
export type ReadPort = { [K in ReadOperation]: (input: ReadInput<K>) => Promise<ReadOutput<K>> };

/** Every read the API makes; unknown ids throw NotFoundError, an unreachable database ServiceUnavailableError. */
export interface GraphRepository extends ReadPort {
  health(): Promise<HealthResponse>;
  /** Changes on every load; the ETag of every graph answer. */
  graphVersion(): Promise<string | null>;
}
