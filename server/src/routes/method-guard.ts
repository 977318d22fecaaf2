// A path that takes only some methods: OPTIONS answers 204 with Allow, any other method a 405 problem naming them.
import type { Router } from 'express';
import { PolicyGraphError } from '@policygraph/contract/problems';

/** For each [path, Allow] pair, answers methods the routes before did not take (not the unknown-endpoint 404 they fell to). */
export function allowOnly(router: Router, paths: readonly (readonly [string, string])[]): void {
  for (const [path, allow] of paths) {
    router.all(path, (req, res, next) => {
      res.set('Allow', allow);
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
      next(new PolicyGraphError('method-not-allowed', `${req.method} is not allowed on ${req.baseUrl}${req.path}: it takes ${allow.replace(', OPTIONS', '')}`));
    });
  }
}
