// GET /api/openapi.json and /api/docs: the generated OpenAPI document and a readable page of it that needs no network.
import { Router } from 'express';
import { buildOpenApiDocument } from '../openapi';
import { renderApiDocs, type DocsLang } from './api-docs-page';

export function openApiRoutes(): Router {
  const document = buildOpenApiDocument();
  const pages: Record<DocsLang, string> = { 'zh-Hans': renderApiDocs(document, 'zh-Hans'), en: renderApiDocs(document, 'en') };
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  // In the explorer's language: ?lang= when a link says so, else the browser's preference, Chinese by default.
  router.get('/docs', (req, res) => {
    const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    const lang: DocsLang = asked ? (asked.startsWith('en') ? 'en' : 'zh-Hans') : req.acceptsLanguages('zh', 'en') === 'en' ? 'en' : 'zh-Hans';
    res.vary('Accept-Language').type('html').send(pages[lang]);
  });
  return router;
}
