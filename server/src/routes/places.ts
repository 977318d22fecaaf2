// GET /api/compare and /api/places/:id/rollup: places side by side, and one place aggregated over its children.
import { Router } from 'express';
import { CompareQuery, IdParams, RollupQuery } from '@policygraph/contract/api';
import type { GraphRepository } from '../repository';
import { versioned } from './etag';
import type { GraphAnswers } from './graph-answers';
import { parseParams, parseQuery } from './validate';

export function placeRoutes(repo: GraphRepository, answers: GraphAnswers): Router {
  const router = Router();
  router.get(
    '/compare',
    versioned(
      answers,
      (req) => parseQuery(CompareQuery, req),
      (q) => repo.compare(q),
    ),
  );
  router.get(
    '/places/:id/rollup',
    versioned(
      answers,
      (req) => ({ id: parseParams(IdParams, req).id, query: parseQuery(RollupQuery, req) }),
      ({ id, query }) => repo.rollup(id, query),
    ),
  );
  return router;
}
