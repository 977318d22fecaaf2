// GET /api/openapi.json and /api/docs: the generated OpenAPI document and a readable page of it that needs no network.
import { Router } from 'express';
import { buildOpenApiDocument } from '../openapi';
import { renderApiDocs } from './api-docs-page';

export function openApiRoutes(): Router {
  const document = buildOpenApiDocument();
  const page = renderApiDocs(document);
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(page);
  });
  return router;
}
