// GET /api/documents, /api/documents/:id and /api/stats: the corpus, one document's text, and facet counts.
import { Router } from 'express';
import { DocumentsQuery, EmptyQuery, IdParams } from '../contract/api';
import type { GraphRepository } from '../repository';
import { versioned, type GraphVersionCache } from './etag';
import { parseParams, parseQuery } from './validate';

export function documentRoutes(repo: GraphRepository, versions: GraphVersionCache): Router {
  const router = Router();
  router.get('/documents', versioned(versions, (req) => parseQuery(DocumentsQuery, req), (q) => repo.documents(q)));
  router.get(
    '/documents/:id',
    versioned(
      versions,
      (req) => (parseQuery(EmptyQuery, req), parseParams(IdParams, req)),
      ({ id }) => repo.document(id),
    ),
  );
  router.get('/stats', versioned(versions, (req) => parseQuery(EmptyQuery, req), () => repo.stats()));
  return router;
}
