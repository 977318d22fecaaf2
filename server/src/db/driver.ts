// Opens the neo4j-driver for a connection and obtains one: external (NEO4J_URI) or the local embedded server.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import type { Neo4jConnection } from './connection';
import { Neo4jStartError } from './errors';
import { startLocalNeo4j } from './local-neo4j';

const CONNECT_TIMEOUT_MS = 15_000;

export interface Database {
  readonly driver: Driver;
  readonly database: string;
  readonly connection: Neo4jConnection;
  /** Closes the driver and, when this process started the local server, stops it. */
  close(): Promise<void>;
}

/** A driver with settings that suit Aura and clusters too (routing URIs, bounded waits). */
export function createDriver(conn: Neo4jConnection): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
    userAgent: 'policygraph/0.1',
  });
}

/** Resolves when the server answers, or rejects with a Neo4jStartError within CONNECT_TIMEOUT_MS. */
export async function verify(driver: Driver, conn: Neo4jConnection): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
  });
  try {
    await Promise.race([driver.verifyConnectivity({ database: conn.database }), timeout]);
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    const message = err instanceof Error ? err.message : String(err);
    if (code.includes('Unauthorized') || /authentication/i.test(message)) {
      throw new Neo4jStartError(`Neo4j at ${conn.uri} refused the login for user "${conn.user}".`, 'Check NEO4J_USER and NEO4J_PASSWORD.');
    }
    if (code.includes('DatabaseNotFound') || /database does not exist/i.test(message)) {
      throw new Neo4jStartError(`Neo4j at ${conn.uri} has no database "${conn.database}".`, 'Check NEO4J_DATABASE (Community edition has only "neo4j").');
    }
    throw new Neo4jStartError(
      `Could not reach Neo4j at ${conn.uri}: ${message.split('\n')[0]}`,
      'Check that the server is running and NEO4J_URI is right, or unset NEO4J_URI to start a local Neo4j.',
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Connects as configured: the external server of NEO4J_URI, or a local one started (or reused) for us. */
export async function openDatabase(cfg: Neo4jConfig, log: (line: string) => void = () => {}): Promise<Database> {
  if (cfg.mode === 'external') {
    const driver = createDriver(cfg);
    try {
      await verify(driver, cfg);
    } catch (err) {
      await driver.close();
      throw err;
    }
    return { driver, database: cfg.database, connection: cfg, close: () => driver.close() };
  }
  const local = await startLocalNeo4j(cfg, log);
  const driver = createDriver(local);
  try {
    await verify(driver, local);
  } catch (err) {
    await driver.close();
    await local.stop();
    throw err;
  }
  return {
    driver,
    database: local.database,
    connection: local,
    close: async () => {
      await driver.close();
      await local.stop();
    },
  };
}
