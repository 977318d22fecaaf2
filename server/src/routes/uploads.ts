// Write routes for documents: POST /api/uploads (preview), POST /api/uploads/:id/load (载入), DELETE /api/uploads/:id (放弃); GET /api/gazetteer.
import express, { type NextFunction, type Request, type RequestHandler, type Response, Router } from 'express';
import { GazetteerQuery, LoadUploadBody, UploadParams, UploadQuery } from '@policygraph/contract/write-api';
import { type EditorToken, requireEditor } from '../editor-auth';
import { RateLimiter } from '../rate-limit';
import { PolicyGraphError } from '@policygraph/contract/problems';
import { allowOnly } from './method-guard';
import { type DocumentIntake, IntakeError } from '../intake/ports';
import { parseParams, parseQuery } from './validate';

export interface WriteRouteOptions {
  readonly intake: DocumentIntake;
  readonly tokens: readonly EditorToken[];
  /** Largest upload body in bytes (MAX_DOCUMENT_MB). */
  readonly maxBytes: number;
  /** Write requests per minute per address; 0 = no limit. */
  readonly rateLimitPerMinute: number;
}

/** Runs an async handler, turning intake refusals into problem answers. */
const handle = (fn: (req: Request, res: Response) => Promise<void> | void) => (req: Request, res: Response, next: NextFunction) => {
  Promise.resolve()
    .then(() => fn(req, res))
    .catch(next);
};

/** Writes, each behind the editor token (checked before the body is read) and the writes' rate limit (`limited`, shared with curations). */
export function writeRoutes({ intake, tokens, maxBytes }: WriteRouteOptions, limited: RequestHandler[] = []): Router {
  const router = Router();
  const editor = requireEditor(tokens);
  const rawBody = express.raw({ type: () => true, limit: maxBytes });
  const jsonBody = express.json({ limit: '64kb', type: () => true });

  router.get(
    '/gazetteer',
    handle((req, res) => {
      const q = parseQuery(GazetteerQuery, req);
      res.json(intake.gazetteer(q.q, q.limit));
    }),
  );
  router.post(
    '/uploads',
    editor,
    ...limited,
    rawBody,
    handle(async (req, res) => {
      const { name } = parseQuery(UploadQuery, req);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      res.status(201).json(await intake.preview(body, name));
    }),
  );
  router.post(
    '/uploads/:uploadId/load',
    editor,
    ...limited,
    jsonBody,
    handle(async (req, res) => {
      const { uploadId } = parseParams(UploadParams, req);
      const fields = LoadUploadBody.parse(req.body ?? {});
      res.json(await intake.load(uploadId, fields, String(res.locals.editor)));
    }),
  );
  router.delete(
    '/uploads/:uploadId',
    editor,
    ...limited,
    handle(async (req, res) => {
      const { uploadId } = parseParams(UploadParams, req);
      if (!(await intake.discard(uploadId))) throw new IntakeError('upload-not-found', `No upload ${uploadId} is waiting.`);
      res.status(204).end();
    }),
  );
  // Another method on these paths is a 405 naming the ones they take.
  allowOnly(router, [
    ['/uploads', 'POST, OPTIONS'],
    ['/uploads/:uploadId/load', 'POST, OPTIONS'],
    ['/uploads/:uploadId', 'DELETE, OPTIONS'],
  ]);
  return router;
}

/**
 * The writes' rate limit, one window for uploads and curations together: a burst of writes does not eat the
 * readers' budget, nor the reverse. Empty (no limit) when `perMinute` is 0.
 */
export function writeRateLimit(perMinute: number): RequestHandler[] {
  if (perMinute <= 0) return [];
  const limiter = new RateLimiter(perMinute);
  return [
    (req, _res, next) => {
      if (limiter.hit(req).remaining >= 0) return next();
      next(
        new PolicyGraphError('rate-limited', `More than ${perMinute} writes a minute from this address; retry in a minute.`, {
          headers: { 'Retry-After': '60' },
        }),
      );
    },
  ];
}
