// GET /api/graph/*: graph views in Cytoscape's element form.
import { Router } from 'express';
import { OverviewQuery } from '../contract/api';
import type { GraphRepository } from '../repository';
import { parseQuery } from './validate';

export function graphRoutes(repo: GraphRepository): Router {
  const router = Router();
  router.get('/graph/overview', async (req, res) => {
    const { limit } = parseQuery(OverviewQuery, req);
    res.json(await repo.overview(limit));
  });
  return router;
}
