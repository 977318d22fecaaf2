// GET /api/graph/*: graph views in Cytoscape's element form.
import { Router } from 'express';
import { NeighborhoodQuery, OverviewQuery, PathsQuery } from '@policygraph/contract/api';
import type { GraphRepository } from '../repository';
import { versioned } from './etag';
import type { GraphAnswers } from './graph-answers';
import { parseQuery } from './validate';

export function graphRoutes(repo: GraphRepository, answers: GraphAnswers): Router {
  const router = Router();
  router.get(
    '/graph/overview',
    versioned(
      answers,
      (req) => parseQuery(OverviewQuery, req),
      (q) => repo.overview(q),
    ),
  );
  router.get(
    '/graph/neighborhood',
    versioned(
      answers,
      (req) => parseQuery(NeighborhoodQuery, req),
      (q) => repo.neighborhood(q),
    ),
  );
  router.get(
    '/graph/paths',
    versioned(
      answers,
      (req) => parseQuery(PathsQuery, req),
      (q) => repo.paths(q),
    ),
  );
  return router;
}
