// GET /api/strategies/:id/diffusion, /api/places/:id/adoptions, /api/reuse and /api/graph/clusters: how strategies and words travel, and who clusters with whom.
import { Router } from 'express';
import { ClustersQuery, EmptyQuery, IdParams, ReuseQuery } from '@policygraph/contract/api';
import type { GraphRepository } from '../repository';
import { versioned } from './etag';
import type { GraphAnswers } from './graph-answers';
import { parseParams, parseQuery } from './validate';

export function diffusionRoutes(repo: GraphRepository, answers: GraphAnswers): Router {
  const router = Router();
  router.get(
    '/strategies/:id/diffusion',
    versioned(
      answers,
      (req) => (parseQuery(EmptyQuery, req), parseParams(IdParams, req)),
      ({ id }) => repo.diffusion(id),
    ),
  );
  router.get(
    '/places/:id/adoptions',
    versioned(
      answers,
      (req) => (parseQuery(EmptyQuery, req), parseParams(IdParams, req)),
      ({ id }) => repo.placeAdoptions(id),
    ),
  );
  router.get(
    '/reuse',
    versioned(
      answers,
      (req) => parseQuery(ReuseQuery, req),
      (q) => repo.reuse(q),
    ),
  );
  router.get(
    '/graph/clusters',
    versioned(
      answers,
      (req) => parseQuery(ClustersQuery, req),
      (q) => repo.clusters(q),
    ),
  );
  return router;
}
