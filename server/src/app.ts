// Builds the Express app: the JSON API under /api and the built client as static files.
import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import { apiNotFound, problemHandler } from './errors';
import type { GraphRepository } from './repository';
import { embedRoutes } from './routes/embed';
import { GraphVersionCache } from './routes/graph-version';
import { GraphAnswers } from './routes/graph-answers';
import { healthRoutes } from './routes/health';
import { openApiRoutes } from './routes/openapi';
import { readRoutes } from './routes/reads';
import { parseQueryString } from './routes/query-string';
import { type CurationService, curationRoutes, mergedIdRedirect } from './routes/curations';
import { type WriteRouteOptions, writeRateLimit, writeRoutes } from './routes/uploads';
import type { Logger } from 'pino';
import { requestLogger } from './logging';
import { apiCors, apiRateLimit, rateLimiterFor, readOnlyApi, securityHeaders } from './security';
import { AnswerReplay } from './routes/answer-replay';
import { staticAssets, staticClient } from './static-client';

export interface AppOptions {
  readonly repo: GraphRepository;
  /** Folder of the built client (index.html + assets); omitted in API-only tests. */
  readonly clientDir?: string;
  /** How long the graph version behind ETags may be reused, in ms (a reload shows within this). */
  readonly versionTtlMs?: number;
  /** Origins allowed to frame /embed (CSP frame-ancestors) and to call the API from a browser (CORS); default none. */
  readonly embedOrigins?: readonly string[];
  /** API requests per minute per address; 0 or omitted = no limit (tests). */
  readonly rateLimitPerMinute?: number;
  /** Bytes of serialised graph answers kept per graph version; 0 or omitted = no cache (tests that rewrite the graph under one version). */
  readonly answerCacheBytes?: number;
  /** JSON request log; omitted = no request logging (tests). */
  readonly logger?: Logger;
  /** The write side (uploads, curation) with its editor tokens; omitted = the API stays read-only. */
  readonly writes?: WriteRouteOptions;
  /** Curations (修订记录), written with the same editor tokens as `writes`. */
  readonly curations?: CurationService;
}

export function createApp({
  repo,
  clientDir,
  versionTtlMs,
  embedOrigins = [],
  rateLimitPerMinute = 0,
  answerCacheBytes = 0,
  logger,
  writes,
  curations,
}: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Strict: bad percent-encoding, unnamed or repeated parameters are 400s (routes/query-string.ts).
  app.set('query parser', parseQueryString);
  // Graph answers set their own ETag from the graph version (routes/etag.ts); a content hash on errors would mislead.
  app.set('etag', false);
  const security = { embedOrigins, rateLimitPerMinute };
  if (logger) app.use(requestLogger(logger));
  const hasClient = clientDir !== undefined && fs.existsSync(path.join(clientDir, 'index.html'));
  if (hasClient) app.use('/assets', staticAssets(clientDir));
  app.use(securityHeaders(security));
  // API JSON, /api/docs and /embed are compressed per response (brotli at quality 4, gzip 6); static files come
  // precompressed at build time (static-client.ts) and carry Content-Encoding already, which compression leaves alone.
  app.use(compression());

  const api = express.Router();
  const versions = new GraphVersionCache(repo, versionTtlMs);
  const rateLimiter = rateLimiterFor(security);
  // The cached path exists only with the answer cache: it replays answers the cache already holds.
  const replay = answerCacheBytes > 0 ? new AnswerReplay(versions, answerCacheBytes, rateLimiter, logger) : undefined;
  const answers = new GraphAnswers(versions, { maxBytes: answerCacheBytes }, replay);
  // http-server.ts puts it in front of the app (it answers before Express); app.listen() alone goes without.
  app.locals.answerReplay = replay;
  // For tests over real HTTP that must see requests waiting on a shared read (test/support/http.ts).
  app.locals.graphAnswers = answers;
  api.use(healthRoutes(repo));
  api.use(openApiRoutes());
  api.use(readRoutes(repo, answers));
  // An entity merged away answers 308 to the one it went into (the read's 404 comes here first).
  if (curations) api.use(mergedIdRedirect(curations));
  api.use(apiNotFound);
  const limiter = apiRateLimit(rateLimiter);
  const writeLimit = writes ? writeRateLimit(writes.rateLimitPerMinute) : [];
  // A write of this server that succeeded moved the graph version: graph answers must not serve the old one.
  const forgetVersion: express.RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS')
      res.on('finish', () => {
        if (res.statusCode < 300) versions.invalidate();
      });
    next();
  };
  // Writes are matched before the read-only guard; any other non-GET still gets its 405.
  app.use(
    '/api',
    apiCors(security),
    forgetVersion,
    ...(writes ? [writeRoutes(writes, writeLimit)] : []),
    ...(writes && curations ? [curationRoutes(curations, writes.tokens, writeLimit)] : []),
    readOnlyApi,
    ...(limiter ? [limiter] : []),
    api,
  );
  app.use(embedRoutes({ clientDir, embedOrigins }));

  if (hasClient) app.use(staticClient(clientDir));
  app.use(problemHandler);
  return app;
}
