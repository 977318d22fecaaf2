// GET for every read operation of the contract (READ_PATHS and READ_ENDPOINTS): parse the path and query with the
// operation's schemas, answer from the repository method of the same name, versioned and kept per graph version.
import { type Request, Router } from 'express';
import { READ_ENDPOINTS, type ReadEndpoint, type ReadInput, type ReadOutput } from '@policygraph/contract/api';
import { READ_OPERATIONS, type ReadOperation, routerPath } from '@policygraph/contract/endpoints';
import type { ReadPort } from '../repository';
import { versioned } from './etag';
import type { GraphAnswers } from './graph-answers';

/** One router with a GET route per read operation; a new operation is served once the contract and the port have it. */
export function readRoutes(repo: ReadPort, answers: GraphAnswers): Router {
  const router = Router();
  for (const op of READ_OPERATIONS) router.get(routerPath(op), readHandler(op, repo, answers));
  return router;
}

function readHandler<K extends ReadOperation>(op: K, repo: ReadPort, answers: GraphAnswers) {
  const spec: ReadEndpoint = READ_ENDPOINTS[op];
  // Strict schemas: an unknown parameter, a bad id or a bad value is a ZodError, which the problem handler turns into a 400 naming it.
  const parse = (req: Request) => {
    const query = spec.query.parse(req.query);
    return (spec.params ? { params: spec.params.parse(req.params), query } : { query }) as ReadInput<K>;
  };
  const read = repo[op] as (input: ReadInput<K>) => Promise<ReadOutput<K>>;
  return versioned(answers, parse, (input) => read.call(repo, input));
}
