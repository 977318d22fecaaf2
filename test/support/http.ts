// Runs the real Express app on an ephemeral loopback port for HTTP-level tests.
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { createApp } from '../../server/src/app';
import { listen } from '../../server/src/http-server';
import { Neo4jGraphRepository } from '../../server/src/db/neo4j-repository';
import { Neo4jGraphWriter } from '../../server/src/db/neo4j-writer';
import { editorTokens } from '../../server/src/editor-auth';
import { FileDocumentIntake } from '../../server/src/intake/document-intake';
import type { WriteRouteOptions } from '../../server/src/routes/uploads';
import { curationService } from '../../server/src/curation-service';
import { Neo4jCurationStore } from '../../server/src/db/curation-store';
import type { CurationService } from '../../server/src/routes/curations';
import type { GraphAnswers } from '../../server/src/routes/graph-answers';
import type { GraphRepository } from '../../server/src/repository';
import { SAMPLE_CORPUS_DIR } from './paths';
import { testConnection } from './neo4j';

export interface TestServer {
  readonly baseUrl: string;
  /** What the answer cache holds and how many requests wait on a read in flight (GraphAnswers.stats). */
  answerCache(): ReturnType<GraphAnswers['stats']>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Built client to serve, for browser tests. */
  clientDir?: string;
  /** Database name, when the test runs its own Neo4j rather than the suite's. */
  database?: string;
  /** EMBED_ORIGINS of the app (hosts allowed to frame /embed). */
  embedOrigins?: string[];
  /** Bytes of the per-graph-version answer cache (off by default: most tests rewrite the graph freely). */
  answerCacheBytes?: number;
  /** How long the graph version may be reused, in ms (the app's default is 1000). */
  versionTtlMs?: number;
  /** API requests per minute per address (off by default). */
  rateLimitPerMinute?: number;
  /** Request log (none by default). */
  logger?: Logger;
  /** Query timeout (default 10 s). */
  queryTimeoutMs?: number;
  /**
   * Wraps the real Neo4j repository the app reads through, e.g. to hold a read open until the test lets it finish,
   * so what happens meanwhile does not depend on how fast the machine is.
   */
  wrapRepo?: (repo: GraphRepository) => GraphRepository;
  /** Turns the write side on: uploads kept in this folder, writes allowed with this editor token (named "tester"). */
  writes?: { uploadsDir: string; token: string; maxBytes?: number; rateLimitPerMinute?: number; corpusDirs?: string[] };
}

export async function startTestServer(driver: Driver, options: TestServerOptions = {}): Promise<TestServer> {
  const neo4jRepo = new Neo4jGraphRepository(driver, {
    database: options.database ?? testConnection().database,
    queryTimeoutMs: options.queryTimeoutMs ?? 10_000,
  });
  const repo = options.wrapRepo ? options.wrapRepo(neo4jRepo) : neo4jRepo;
  const app = createApp({
    repo,
    ...(options.clientDir ? { clientDir: options.clientDir } : {}),
    ...(options.embedOrigins ? { embedOrigins: options.embedOrigins } : {}),
    ...(options.answerCacheBytes !== undefined ? { answerCacheBytes: options.answerCacheBytes } : {}),
    ...(options.versionTtlMs !== undefined ? { versionTtlMs: options.versionTtlMs } : {}),
    ...(options.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: options.rateLimitPerMinute } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.writes ? writeSide(driver, options.writes, options.database ?? testConnection().database) : {}),
  });
  const server = await listen(app, 0, '127.0.0.1', options.logger);
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    answerCache: () => (app.locals.graphAnswers as GraphAnswers).stats(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The write side as main.ts wires it, over the test database and a temporary uploads folder. */
function writeSide(driver: Driver, w: NonNullable<TestServerOptions['writes']>, database: string): { writes: WriteRouteOptions; curations: CurationService } {
  const maxBytes = w.maxBytes ?? 10 * 2 ** 20;
  const writer = new Neo4jGraphWriter(driver, database);
  const store = new Neo4jCurationStore(driver, database);
  const afterLoad = async () => (await store.applyAll(), store.bump());
  const intake = new FileDocumentIntake({
    uploadsDir: w.uploadsDir,
    corpusDirs: w.corpusDirs ?? [SAMPLE_CORPUS_DIR],
    writer,
    maxBytes,
    afterLoad,
    corrections: () => store.documentCorrections(),
  });
  return {
    writes: { intake, tokens: editorTokens(`tester:${w.token}`, ''), maxBytes, rateLimitPerMinute: w.rateLimitPerMinute ?? 0 },
    curations: curationService(store, intake),
  };
}
