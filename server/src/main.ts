// `npm start`, a composition root: obtain Neo4j (local or NEO4J_URI), seed the sample corpus into an empty graph, build the client, serve.
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config';
import { createApp } from './app';
import { Neo4jCurationStore } from './db/curation-store';
import { curationService } from './curation-service';
import { editorTokens } from './editor-auth';
import { createLogger } from './logging';
import { listen } from './http-server';
import { buildClient, clientBuildStale, CLIENT_DIST } from './client-build';
import { openDatabase, type Database } from './db/driver';
import { Neo4jStartError } from './db/errors';
import { Neo4jGraphRepository } from './db/neo4j-repository';
import { Neo4jGraphWriter } from './db/neo4j-writer';

const log = (line: string) => console.log(`[policygraph] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  let db: Database | undefined;
  let server: Server | undefined;
  let shuttingDown = false;

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal} received, stopping…`);
    if (server) {
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      // Keep-alive sockets would hold close() open; in-flight requests are short reads.
      server.closeAllConnections();
      await closed;
    }
    await db?.close();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // When npm is killed without passing the signal on, we are re-parented: stop rather than linger.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent exit');
  }, 2000).unref();

  db = await openDatabase(config.neo4j, log);
  const writer = new Neo4jGraphWriter(db.driver, db.database);
  if ((await writer.documentCount()) === 0) {
    log(`The graph is empty: loading the sample corpus from ${config.corpusDir}…`);
    // The extraction stack is loaded only when there is something to seed: the API itself does not need it.
    const { loadCorpora, summaryLine } = await import('@policygraph/graph-seed/load/load-corpus');
    const { silentProgress } = await import('@policygraph/graph-seed/load/progress');
    const corpora = [{ dir: config.corpusDir }, { dir: config.uploadsDir, optional: true }];
    // Curations outlive the graph they were made on (exported, or kept while the store was rebuilt): documents are
    // extracted as corrected, and the rest is applied to the new graph.
    const seeded = new Neo4jCurationStore(db.driver, db.database);
    await seeded.ensureSchema();
    const corrections = await seeded.documentCorrections();
    const summary = await loadCorpora(corpora, writer, { progress: { ...silentProgress, note: log }, corrections });
    log(summaryLine(summary));
    await seeded.applyAll();
  } else {
    // A graph loaded by an older version may lack the pinyin index and keys: add them (only what is missing).
    await writer.ensureSchema();
    await writer.refreshSearchKeys();
  }
  if (clientBuildStale()) await buildClient(log);

  // The write side: uploads are read, extracted and loaded in this process, so it takes the extraction stack too.
  const tokens = editorTokens(config.editorToken, config.editorTokenFile);
  if (!config.editorToken) log(`Editor token (to load documents and correct the graph): ${config.editorTokenFile}`);
  const { FileDocumentIntake } = await import('./intake/document-intake');
  const { maxDocumentBytes } = await import('@policygraph/graph-seed/corpus/read-text');
  const maxBytes = maxDocumentBytes();
  const store = new Neo4jCurationStore(db.driver, db.database);
  await store.ensureSchema();
  const afterLoad = async () => (await store.applyAll(), store.bump());
  const intake = new FileDocumentIntake({
    uploadsDir: config.uploadsDir,
    corpusDirs: [config.corpusDir],
    writer,
    maxBytes,
    afterLoad,
    corrections: () => store.documentCorrections(),
  });
  const curations = curationService(store, intake);

  const repo = new Neo4jGraphRepository(db.driver, { database: db.database, queryTimeoutMs: config.queryTimeoutMs });
  const logger = createLogger(config.logLevel);
  const app = createApp({
    repo,
    clientDir: CLIENT_DIST,
    embedOrigins: config.embedOrigins,
    rateLimitPerMinute: config.rateLimitPerMinute,
    answerCacheBytes: config.answerCacheMb * 2 ** 20,
    logger,
    writes: { intake, tokens, maxBytes, rateLimitPerMinute: config.writeRateLimitPerMinute },
    curations,
  });
  server = await listen(app, config.port, config.host, logger);
  log(`PolicyGraph is running at http://localhost:${config.port}/ (Ctrl-C to stop)`);
}

main().catch(async (err: unknown) => {
  if (err instanceof Neo4jStartError) {
    console.error(`\n✗ ${err.message}\n  → ${err.hint}\n`);
  } else if (err instanceof ConfigError) {
    console.error(`\n✗ Configuration: ${err.message}\n`);
  } else if ((err as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    console.error(`\n✗ Port ${process.env.PORT ?? 3000} is already in use.\n  → Stop the other program or choose another port with PORT=3001 npm start.\n`);
  } else {
    console.error(`\n✗ PolicyGraph could not start: ${(err as Error)?.message ?? String(err)}\n`);
  }
  process.exit(1);
});
