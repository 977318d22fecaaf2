// Runs read units of work: executeRead on the named database with a timeout, driver failures translated once.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { translateStoreError } from './store-errors';

export interface RepositoryOptions {
  readonly database: string;
  readonly queryTimeoutMs: number;
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
      throw translateStoreError(err);
    } finally {
      await session.close();
    }
  }
}

/** Query integers must be Neo4j Integers: a JS number is sent as a float, which LIMIT and SKIP refuse. */
export const int = (n: number) => neo4j.int(n);
