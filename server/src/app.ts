// Builds the Express app: the JSON API under /api and the built client as static files.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { apiNotFound, problemHandler } from './errors';
import type { GraphRepository } from './repository';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';

export interface AppOptions {
  readonly repo: GraphRepository;
  /** Folder of the built client (index.html + assets); omitted in API-only tests. */
  readonly clientDir?: string;
}

export function createApp({ repo, clientDir }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  const api = express.Router();
  api.use(healthRoutes(repo));
  api.use(graphRoutes(repo));
  api.use(apiNotFound);
  app.use('/api', api);

  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  }
  app.use(problemHandler);
  return app;
}

function noCacheForHtml(res: express.Response, file: string): void {
  // Hashed assets may be cached; the HTML that names them must not be, or a rebuild is never seen.
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
