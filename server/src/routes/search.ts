// GET /api/search: names and aliases, Traditional or Simplified, ranked.
import { Router } from 'express';
import { SearchQuery } from '../contract/api';
import type { GraphRepository } from '../repository';
import { versioned, type GraphVersionCache } from './etag';
import { parseQuery } from './validate';

export function searchRoutes(repo: GraphRepository, versions: GraphVersionCache): Router {
  const router = Router();
  router.get('/search', versioned(versions, (req) => parseQuery(SearchQuery, req), (q) => repo.search(q)));
  return router;
}
