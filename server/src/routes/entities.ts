// GET /api/entities/:id: one entity with its degrees, documents and evidence sentences.
import { Router } from 'express';
import { EntityQuery, IdParams } from '@policygraph/contract/api';
import type { GraphRepository } from '../repository';
import { versioned } from './etag';
import type { GraphAnswers } from './graph-answers';
import { parseParams, parseQuery } from './validate';

export function entityRoutes(repo: GraphRepository, answers: GraphAnswers): Router {
  const router = Router();
  router.get(
    '/entities/:id',
    versioned(
      answers,
      (req) => ({ ...parseParams(IdParams, req), ...parseQuery(EntityQuery, req) }),
      ({ id, evidenceLimit }) => repo.entity(id, evidenceLimit),
    ),
  );
  return router;
}
