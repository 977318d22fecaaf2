// The graph version cache: shared reads within its ttl, and forgotten when this server's own write moved the version.
import { describe, expect, it } from 'vitest';
import { GraphVersionCache } from '../../server/src/routes/graph-version';

/** A store whose version read resolves only when the test says so, as a slow Neo4j would. */
function slowStore() {
  let version = 'v1';
  const pending: (() => void)[] = [];
  return {
    set: (v: string) => void (version = v),
    release: () => pending.splice(0).forEach((r) => r()),
    repo: {
      graphVersion: () => {
        // The value is read when the query runs, before the answer comes back.
        const seen = version;
        return new Promise<string | null>((resolve) => pending.push(() => resolve(seen)));
      },
    },
  };
}

describe('graph version cache', () => {
  it('shares one read among requests within its ttl', async () => {
    let reads = 0;
    const cache = new GraphVersionCache({ graphVersion: async () => `v${++reads}` }, 60_000);
    expect(await Promise.all([cache.get(), cache.get()])).toEqual(['v1', 'v1']);
    expect(await cache.get()).toBe('v1');
    expect(reads).toBe(1);
  });

  it('after invalidate, a read begun before a write no longer answers for the version after it', async () => {
    const store = slowStore();
    const cache = new GraphVersionCache(store.repo, 60_000);
    const before = cache.get();
    // This server's write commits while that read is in flight, then says so.
    store.set('v2');
    cache.invalidate();
    const after = cache.get();
    store.release();
    expect(await before).toBe('v1');
    expect(await after).toBe('v2');
  });
});
