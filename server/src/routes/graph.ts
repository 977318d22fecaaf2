// GET /api/graph/*: graph views in Cytoscape's element form.
import { Router } from 'express';
import { NeighborhoodQuery, OverviewQuery, PathsQuery } from '../contract/api';
import type { GraphRepository } from '../repository';
import { versioned, type GraphVersionCache } from './etag';
import { parseQuery } from './validate';

export function graphRoutes(repo: GraphRepository, versions: GraphVersionCache): Router {
  const router = Router();
  router.get('/graph/overview', versioned(versions, (req) => parseQuery(OverviewQuery, req), ({ limit }) => repo.overview(limit)));
  router.get('/graph/neighborhood', versioned(versions, (req) => parseQuery(NeighborhoodQuery, req), (q) => repo.neighborhood(q)));
  router.get('/graph/paths', versioned(versions, (req) => parseQuery(PathsQuery, req), (q) => repo.paths(q)));
  return router;
}
