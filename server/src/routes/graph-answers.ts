// Graph answers kept per graph version: the graph changes only when the loader bumps its version, so an
// answer computed once is the answer for every later identical request until then.
import { LRUCache } from 'lru-cache';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphVersionCache } from './graph-version';

/** Where answers served from the cache are recorded for the cached path (AnswerReplay, answer-replay.ts). */
export interface AnswerRecorder {
  record(req: IncomingMessage, res: ServerResponse, version: string | null, etag: string, body: string): void;
}

export type CacheOutcome = 'hit' | 'miss' | 'shared' | 'off';

export interface AnswerCacheOptions {
  /** Bytes of serialised JSON to keep; 0 turns the cache off (every request reads Neo4j). */
  readonly maxBytes: number;
}

/**
 * Serialised answers keyed by graph version and request. Identical requests arriving while the first is
 * still reading share its read (a hub opened by a whole classroom at once costs one query), and an answer
 * larger than an eighth of the budget is sent but not kept, so one huge view cannot evict everything else.
 */
export class GraphAnswers {
  private readonly cache: LRUCache<string, string> | undefined;
  /** Reads in flight by key, with how many later requests wait on each (stats(): a test holds a read open until they all have). */
  private readonly inFlight = new Map<string, { read: Promise<string>; sharers: number }>();
  private cachedVersion: string | undefined;

  constructor(
    readonly versions: GraphVersionCache,
    { maxBytes }: AnswerCacheOptions,
    /** Where answers served from the cache are recorded for the cached path. */
    readonly replay?: AnswerRecorder,
  ) {
    this.cache =
      maxBytes > 0
        ? new LRUCache<string, string>({
            maxSize: maxBytes,
            maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
            // JS strings are UTF-16 in memory: two bytes a code unit is what the heap pays.
            sizeCalculation: (json) => Math.max(1, json.length * 2),
          })
        : undefined;
  }

  /** The JSON of `produce()` for this version and key, from the cache when it can be. */
  async json(version: string, key: string, produce: () => Promise<unknown>): Promise<{ body: string; outcome: CacheOutcome }> {
    if (!this.cache) return { body: JSON.stringify(await produce()), outcome: 'off' };
    if (version !== this.cachedVersion) {
      // Answers of an older graph can never be asked for again: drop them at once rather than wait for LRU.
      this.cache.clear();
      this.cachedVersion = version;
    }
    const full = `${version}\u0000${key}`;
    const hit = this.cache.get(full);
    if (hit !== undefined) return { body: hit, outcome: 'hit' };
    const pending = this.inFlight.get(full);
    if (pending) {
      pending.sharers++;
      try {
        return { body: await pending.read, outcome: 'shared' };
      } finally {
        pending.sharers--;
      }
    }

    const read = (async () => JSON.stringify(await produce()))();
    this.inFlight.set(full, { read, sharers: 0 });
    try {
      const body = await read;
      // A version change while this was reading means the answer may mix graphs; only keep it if still current.
      if (this.cachedVersion === version) this.cache.set(full, body);
      return { body, outcome: 'miss' };
    } finally {
      this.inFlight.delete(full);
    }
  }

  /** Entries and bytes held, and requests now waiting on another's read (`sharing`), for tests. */
  stats(): { entries: number; bytes: number; sharing: number } {
    let sharing = 0;
    for (const { sharers } of this.inFlight.values()) sharing += sharers;
    return { entries: this.cache?.size ?? 0, bytes: this.cache?.calculatedSize ?? 0, sharing };
  }
}
