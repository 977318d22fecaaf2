// Curation routes: GET /api/curations (修订记录), POST /api/curations and /api/curations/:id/undo behind the editor token and If-Match; merged ids redirect.
import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response, Router } from 'express';
import { type Curation, CurationParams, CurationRequest, type NotAppliedCause } from '@policygraph/contract/curation';
import { PolicyGraphError } from '@policygraph/contract/problems';
import { allowOnly } from './method-guard';
import { type EditorToken, requireEditor } from '../editor-auth';

/** What the routes need of the curation store and of intake (reloading documents after an undo). */
export interface CurationService {
  list(): Promise<Curation[]>;
  graphVersion(): Promise<string | null>;
  redirectOf(id: string): Promise<string | null>;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Records and applies a curation (a document's correction re-extracts that document first); moves the version. */
  add(request: CurationRequest, who: string): Promise<CurationOutcome>;
  /** Marks it undone, reloads the documents it touched, re-applies the rest; moves the version. */
  undo(id: string, who: string): Promise<CurationOutcome>;
}

/** The curation, the new graph version and the curations that changed nothing when re-applied (their target is gone). */
export interface CurationOutcome {
  curation: Curation;
  graphVersion: string;
  notApplied?: { id: string; action: string; reason: string; cause: NotAppliedCause }[];
}

const handle = (fn: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) => {
  fn(req, res).catch(next);
};

/**
 * Optimistic concurrency: the editor sends the graph version it saw (`If-Match: "g-<version>"`, the ETag of
 * any graph answer); when someone changed the graph since, nothing is written and the answer is a 409.
 */
async function checkVersion(req: Request, service: CurationService): Promise<void> {
  const given = req.headers['if-match'];
  if (!given)
    throw new PolicyGraphError('precondition-required', 'Send If-Match with the graph version you saw ("g-<version>", the ETag of any graph answer).');
  const current = await service.graphVersion();
  const tags = given.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!tags.includes('*') && !tags.includes(`"g-${current}"`)) {
    throw new PolicyGraphError('version-conflict', `The graph changed since you saw it (now "g-${current}"): reload and try again.`, {
      headers: { ETag: `"g-${current}"` },
    });
  }
}

/** The 修订记录 (open to all) and the corrections, behind the editor token and the writes' rate limit (`limited`). */
export function curationRoutes(service: CurationService, tokens: readonly EditorToken[], limited: RequestHandler[] = []): Router {
  const router = Router();
  const editor = requireEditor(tokens);
  const jsonBody = express.json({ limit: '64kb', type: () => true });

  router.get(
    '/curations',
    handle(async (_req, res) => {
      res.json({ curations: await service.list(), graphVersion: await service.graphVersion() });
    }),
  );
  router.post(
    '/curations',
    editor,
    ...limited,
    jsonBody,
    handle(async (req, res) => {
      const request = CurationRequest.parse(req.body ?? {});
      const result = await service.exclusive(async () => {
        await checkVersion(req, service);
        return service.add(request, String(res.locals.editor));
      });
      res.status(201).set('ETag', `"g-${result.graphVersion}"`).json(result);
    }),
  );
  router.post(
    '/curations/:id/undo',
    editor,
    ...limited,
    handle(async (req, res) => {
      const { id } = CurationParams.parse(req.params);
      const result = await service.exclusive(async () => {
        await checkVersion(req, service);
        return service.undo(id, String(res.locals.editor));
      });
      res.set('ETag', `"g-${result.graphVersion}"`).json(result);
    }),
  );
  // Another method on these paths is a 405 naming the ones they take.
  allowOnly(router, [
    ['/curations', 'GET, HEAD, POST, OPTIONS'],
    ['/curations/:id/undo', 'POST, OPTIONS'],
  ]);
  return router;
}

/** A merged entity's old id answers 308 to the entity it was merged into, so permalinks and bookmarks still open. */
export function mergedIdRedirect(service: CurationService): ErrorRequestHandler {
  return (err, req, res, next) => {
    const m = /^\/entities\/([^/]+)$/.exec(req.path);
    if (!(err instanceof PolicyGraphError) || err.code !== 'not-found' || req.method !== 'GET' || !m) return next(err);
    service
      .redirectOf(decodeURIComponent(m[1]!))
      .then((to) => {
        if (!to) return next(err);
        const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
        res.redirect(308, `${req.baseUrl}/entities/${encodeURIComponent(to)}${query}`);
      })
      .catch(() => next(err));
  };
}
