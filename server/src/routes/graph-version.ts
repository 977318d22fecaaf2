// The graph version as graph answers see it: re-read from the store at most once a second.
import type { GraphRepository } from '../repository';

/**
 * The graph version, re-read at most once per `ttlMs`. The loader runs in another process and cannot tell
 * us when it bumps the version, so a reload shows up within `ttlMs`; in exchange a graph answer costs no
 * extra round trip to Neo4j. Concurrent requests share one read.
 */
export class GraphVersionCache {
  private current: { at: number; version: Promise<string | null> } | undefined;

  constructor(
    private readonly repo: Pick<GraphRepository, 'graphVersion'>,
    private readonly ttlMs = 1000,
  ) {}

  get(): Promise<string | null> {
    const now = Date.now();
    if (!this.current || now - this.current.at >= this.ttlMs) {
      const entry = { at: now, version: this.repo.graphVersion() };
      this.current = entry;
      // A failed read must not be served from the cache to later requests.
      entry.version.catch(() => {
        if (this.current === entry) this.current = undefined;
      });
    }
    return this.current.version;
  }
}
