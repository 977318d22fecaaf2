// GET /api/documents, /api/documents/:id and /api/stats: the corpus, one document's text, and facet counts.
import { Router } from 'express';
import { DocumentsQuery, EmptyQuery, IdParams } from '@policygraph/contract/api';
import type { GraphRepository } from '../repository';
import { versioned } from './etag';
import type { GraphAnswers } from './graph-answers';
import { parseParams, parseQuery } from './validate';

export function documentRoutes(repo: GraphRepository, answers: GraphAnswers): Router {
  const router = Router();
  router.get(
    '/documents',
    versioned(
      answers,
      (req) => parseQuery(DocumentsQuery, req),
      (q) => repo.documents(q),
    ),
  );
  router.get(
    '/documents/:id',
    versioned(
      answers,
      (req) => (parseQuery(EmptyQuery, req), parseParams(IdParams, req)),
      ({ id }) => repo.document(id),
    ),
  );
  router.get(
    '/stats',
    versioned(
      answers,
      (req) => parseQuery(EmptyQuery, req),
      () => repo.stats(),
    ),
  );
  return router;
}
