// Runs read units of work: executeRead on the named database with a timeout, driver failures translated to API errors.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors';

export interface RepositoryOptions {
  readonly database: string;
  readonly queryTimeoutMs: number;
}

/** Translates driver failures into API errors: retriable ones become 503, the rest pass through. */
export function translateDriverError(err: unknown): unknown {
  const e = err as { code?: string; message?: string };
  if (
    neo4j.isRetryableError(err as Error) ||
    e?.code === 'ServiceUnavailable' ||
    /acquisition timed out|Pool is closed|connect ECONNREFUSED/i.test(e?.message ?? '')
  ) {
    return new ServiceUnavailableError('The graph database is unavailable right now; retry shortly.');
  }
  if (e?.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || e?.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new ServiceUnavailableError('The query took too long and was stopped; narrow it (lower depth or limit) or retry.', 2);
  }
  return err;
}

/** One read unit of work against the graph. */
export type ReadWork<T> = (tx: ManagedTransaction) => Promise<T>;

/** Opens a read session per unit of work; the database is named so a cluster routes it to a follower. */
export class ReadSession {
  constructor(
    private readonly driver: Driver,
    private readonly options: RepositoryOptions,
  ) {}

  async read<T>(work: ReadWork<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: this.options.queryTimeoutMs });
    } catch (err) {
      throw translateDriverError(err);
    } finally {
      await session.close();
    }
  }
}

/** Query integers must be Neo4j Integers: a JS number is sent as a float, which LIMIT and SKIP refuse. */
export const int = (n: number) => neo4j.int(n);
