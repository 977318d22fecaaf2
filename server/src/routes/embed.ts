// Classroom and embedding routes: /embed (read-only view for iframes), /policy-graph.js, the offline viewer script, sample stories.
import fs from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';
import { PROJECT_ROOT } from '../config';
import { parseStoryText } from '@policygraph/contract/story';
import { NotFoundError, PolicyGraphError } from '@policygraph/contract/problems';
import { iifeBundle, type IifeEntry } from '../story-export';
import { refusedParent, sendRefusal } from './embed-refusal';

export const SAMPLE_STORIES_DIR = path.join(PROJECT_ROOT, 'graph-seed', 'stories');

export interface EmbedRouteOptions {
  /** Built client folder (must hold embed.html). */
  readonly clientDir?: string | undefined;
  /** Hosts allowed to frame /embed: handed to the page so it only talks to them. */
  readonly embedOrigins: readonly string[];
  readonly storiesDir?: string;
}

const STORY_NAME = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** The attribute-safe JSON of the allowlist, put into embed.html's meta tag. */
function withOrigins(html: string, origins: readonly string[]): string {
  const value = JSON.stringify(origins).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return html.replace(/(<meta name="policygraph-embed-origins" content=")[^"]*(")/, `$1${value}$2`);
}

export function embedRoutes(opts: EmbedRouteOptions): Router {
  const router = Router();
  const storiesDir = opts.storiesDir ?? SAMPLE_STORIES_DIR;

  router.get('/embed', (req, res, next) => {
    // A host the allowlist refuses gets an explanation it can show, not the browser's blank refusal.
    const refused = refusedParent(req, opts.embedOrigins);
    if (refused) return sendRefusal(res, refused);
    const file = opts.clientDir ? path.join(opts.clientDir, 'embed.html') : undefined;
    if (!file || !fs.existsSync(file)) return next(new NotFoundError('The embed page is not built (run npm run build)'));
    res
      .set('Cache-Control', 'no-cache')
      .vary('Referer')
      .vary('Sec-Fetch-Dest')
      .type('html')
      .send(withOrigins(fs.readFileSync(file, 'utf8'), opts.embedOrigins));
  });

  const script = (entry: IifeEntry, crossOrigin: boolean) => async (_req: unknown, res: Response, next: (err?: unknown) => void) => {
    try {
      const js = await iifeBundle(entry);
      // The element is loaded by other sites' pages with a plain <script src>: it must be usable cross-origin.
      if (crossOrigin) res.set('Cross-Origin-Resource-Policy', 'cross-origin');
      res.set('Cache-Control', 'no-cache').type('text/javascript').send(js);
    } catch (err) {
      next(new PolicyGraphError('script-unavailable', `Could not build the script: ${(err as Error).message}`));
    }
  };
  router.get('/policy-graph.js', script('policyGraphElement', true));
  router.get('/offline-viewer.js', script('offlineViewer', false));

  router.get('/stories/', (_req, res) => {
    const names = fs.existsSync(storiesDir) ? fs.readdirSync(storiesDir).filter((f) => f.endsWith('.json')) : [];
    const stories = names.flatMap((f) => {
      const parsed = parseStoryText(fs.readFileSync(path.join(storiesDir, f), 'utf8'));
      return parsed.ok ? [{ name: f.replace(/\.json$/, ''), title: parsed.story.title, steps: parsed.story.steps.length }] : [];
    });
    res.json({ stories });
  });

  router.get('/stories/:file', (req, res, next) => {
    const name = req.params.file.replace(/\.json$/, '');
    const file = path.join(storiesDir, `${name}.json`);
    if (!STORY_NAME.test(name) || !fs.existsSync(file)) return next(new NotFoundError(`No sample story named ${name}`));
    const parsed = parseStoryText(fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) return next(new PolicyGraphError('internal', `Sample story ${name} is invalid: ${parsed.errors.join('; ')}`));
    res.set('Cache-Control', 'no-cache').json(parsed.story);
  });
  return router;
}
