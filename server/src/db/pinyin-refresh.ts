// Keeps the pinyin keys of entities (what /api/search's pinyin and near-spelling queries read) in step with their names.
import { ENTITY_TYPES } from '@policygraph/contract/graph-model';
import { PINYIN_SCHEME, pinyinKeys } from '../search-pinyin';
import { WRITE } from './cypher/write';
import { int } from './read-session';
import { toNumber } from './records';
import type { WriteSession } from './write-session';

const BATCH = 2000;

/**
 * Computes pinyin keys for the entities whose name or aliases changed since (marked `pinyinStale` by every
 * write that sets them), in batches; run before the graph version moves, so a new version is searchable by
 * pinyin at once. Pinyin is computed here, in JS, because Cypher has no pinyin table; only changed entities
 * are read. A graph indexed with another scheme (or none) is marked whole, once.
 */
export async function refreshPinyin(session: WriteSession): Promise<number> {
  const stored = (await session.read((tx) => tx.run(WRITE.pinyinScheme))).records[0]?.get('scheme');
  if (stored === null || stored === undefined || toNumber(stored) !== PINYIN_SCHEME) {
    await session.write(async (tx) => {
      for (const l of ENTITY_TYPES) await tx.run(WRITE.markAllPinyinStale[l]);
      await tx.run(WRITE.setPinyinScheme, { scheme: PINYIN_SCHEME });
    });
  }
  let done = 0;
  for (const label of ENTITY_TYPES) {
    for (;;) {
      const rows = await session.write(async (tx) => {
        const res = await tx.run(WRITE.pinyinStale[label], { limit: int(BATCH) });
        const batch = res.records.map((r) => ({
          id: r.get('id') as string,
          keys: pinyinKeys(String(r.get('name') ?? ''), (r.get('aliases') as string[]) ?? []),
        }));
        if (batch.length > 0) await tx.run(WRITE.setPinyin[label], { rows: batch });
        return batch.length;
      });
      done += rows;
      if (rows < BATCH) break;
    }
  }
  return done;
}
