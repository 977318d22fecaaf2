// Runs the loader's units of work: executeWrite (or executeRead, or plain schema statements) on the named database, driver failures translated once.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { translateStoreError } from './store-errors';

/** One unit of work in a managed transaction (retried by the driver on transient failures). */
export type TxWork<T> = (tx: ManagedTransaction) => Promise<T>;

/** The write side's twin of ReadSession: a session per unit of work, closed after it, errors translated. */
export class WriteSession {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  write<T>(work: TxWork<T>): Promise<T> {
    return this.with(neo4j.session.WRITE, (s) => s.executeWrite(work));
  }

  /** Reads the writer needs (hashes, counts) on the leader, so they see its own writes. */
  read<T>(work: TxWork<T>): Promise<T> {
    return this.with(neo4j.session.WRITE, (s) => s.executeRead(work));
  }

  /** Schema statements, which cannot run inside a managed transaction; one after the other. */
  statements(statements: readonly string[]): Promise<void> {
    return this.with(neo4j.session.WRITE, async (s) => {
      for (const statement of statements) await s.run(statement);
    });
  }

  private async with<T>(mode: typeof neo4j.session.WRITE, use: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return await use(session);
    } catch (err) {
      throw translateStoreError(err);
    } finally {
      await session.close();
    }
  }
}
