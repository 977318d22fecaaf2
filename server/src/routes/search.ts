// GET /api/search: names and aliases, Traditional or Simplified, ranked.
import { Router } from 'express';
import { SearchQuery } from '@policygraph/contract/api';
import type { GraphRepository } from '../repository';
import { versioned } from './etag';
import type { GraphAnswers } from './graph-answers';
import { parseQuery } from './validate';

export function searchRoutes(repo: GraphRepository, answers: GraphAnswers): Router {
  const router = Router();
  router.get(
    '/search',
    versioned(
      answers,
      (req) => parseQuery(SearchQuery, req),
      (q) => repo.search(q),
    ),
  );
  return router;
}
