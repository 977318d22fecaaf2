// The one translation of neo4j-driver failures into the contract's store errors, for reads and writes alike.
import neo4j from 'neo4j-driver';
import { StoreTimeoutError, StoreUnavailableError } from '@policygraph/contract/problems';

/** Messages of failures the driver raises without a code when it cannot get a connection at all. */
const NO_CONNECTION = /acquisition timed out|Pool is closed|connect ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND/i;

const TIMED_OUT = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/**
 * Store errors for what the driver reports as "Neo4j is not there" (retriable failures that persisted
 * after the driver's own retries, lost sessions, no connection) or "the query ran out of time"; any other
 * error passes through unchanged (a constraint violation is about the data, and its message says which).
 */
export function translateStoreError(err: unknown): unknown {
  if (err instanceof StoreUnavailableError || err instanceof StoreTimeoutError) return err;
  const e = err as { code?: string; message?: string } | undefined;
  const code = e?.code ?? '';
  if (TIMED_OUT.has(code)) return new StoreTimeoutError(undefined, err);
  if (
    (err instanceof Error && neo4j.isRetryableError(err)) ||
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError') ||
    NO_CONNECTION.test(e?.message ?? '')
  ) {
    return new StoreUnavailableError(undefined, err);
  }
  return err;
}
