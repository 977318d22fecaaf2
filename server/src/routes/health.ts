// GET /api/health: is Neo4j reachable, which version, how big is the graph.
import { Router } from 'express';
import { EmptyQuery } from '@policygraph/contract/api';
import type { GraphRepository } from '../repository';
import { parseQuery } from './validate';

export function healthRoutes(repo: GraphRepository): Router {
  const router = Router();
  router.get('/health', async (req, res) => {
    // Like every endpoint, it refuses parameters it does not take: a typo should not pass silently.
    parseQuery(EmptyQuery, req);
    const health = await repo.health();
    res.status(health.neo4j.connected ? 200 : 503);
    if (!health.neo4j.connected) res.set('Retry-After', '5');
    res.json(health);
  });
  return router;
}
