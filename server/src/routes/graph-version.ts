// The graph version as graph answers see it: re-read from the store at most once a second.
import type { GraphRepository } from '../repository';

/**
 * The graph version, re-read at most once per `ttlMs`. The loader runs in another process and cannot tell
 * us when it bumps the version, so a reload shows up within `ttlMs`; in exchange a graph answer costs no
 * extra round trip to Neo4j. Concurrent requests share one read.
 */
export class GraphVersionCache {
  private current: { at: number; version: Promise<string | null>; resolved?: { value: string | null } } | undefined;

  constructor(
    private readonly repo: Pick<GraphRepository, 'graphVersion'>,
    private readonly ttlMs = 1000,
  ) {}

  get(): Promise<string | null> {
    const now = Date.now();
    if (!this.current || now - this.current.at >= this.ttlMs) {
      const entry: NonNullable<typeof this.current> = { at: now, version: this.repo.graphVersion() };
      this.current = entry;
      entry.version.then(
        (value) => {
          entry.resolved = { value };
        },
        () => {},
      );
      // A failed read must not be served from the cache to later requests.
      entry.version.catch(() => {
        if (this.current === entry) this.current = undefined;
      });
    }
    return this.current.version;
  }

  /**
   * The version without waiting: known and younger than `ttlMs`, else undefined (and a re-read is started,
   * so the next request finds it). For the cached path, which must not wait on Neo4j.
   */
  peek(): string | null | undefined {
    const entry = this.current;
    if (entry && Date.now() - entry.at < this.ttlMs) return entry.resolved?.value;
    void this.get().catch(() => {});
    return undefined;
  }

  /**
   * Forgets the version: this server's own write (a correction, a loaded upload) moved it. Without this, a read
   * that began before the write and resolved after it kept the old version for up to `ttlMs`: an editor who
   * reloaded after a 409 got the old ETag again, and the next correction was refused again (found by fresh-clone
   * CI in test/browser/documents.test.ts). Only another process's load is left to the ttl.
   */
  invalidate(): void {
    this.current = undefined;
  }
}
