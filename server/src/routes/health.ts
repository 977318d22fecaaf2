// GET /api/health: is Neo4j reachable, which version, how big is the graph.
import { Router } from 'express';
import type { GraphRepository } from '../repository';

export function healthRoutes(repo: GraphRepository): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const health = await repo.health();
    res.status(health.neo4j.connected ? 200 : 503);
    if (!health.neo4j.connected) res.set('Retry-After', '5');
    res.json(health);
  });
  return router;
}
