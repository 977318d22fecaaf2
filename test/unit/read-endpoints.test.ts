// The table of read operations: every layer derived from it agrees on ids and paths, and URLs are built safely.
import { describe, expect, it } from 'vitest';
import { READ_ENDPOINTS } from '@policygraph/contract/api';
import { READ_OPERATIONS, READ_PATHS, readUrl, routerPath } from '@policygraph/contract/endpoints';
import { buildOpenApiDocument } from '../../server/src/openapi';

/** GETs outside the table: health is never versioned or cached; the gazetteer and the curation history belong to the editor's writes. */
const NOT_GRAPH_READS = ['getHealth', 'searchGazetteer', 'listCurations'];

describe('the read operations table', () => {
  it('documents every read under its path with its operationId, and nothing else as a read', () => {
    const doc = buildOpenApiDocument();
    for (const op of READ_OPERATIONS) expect(doc.paths?.[READ_PATHS[op]]?.get?.operationId).toBe(op);
    const gets = Object.values(doc.paths ?? {})
      .map((item) => item?.get?.operationId)
      .filter((id): id is string => id !== undefined && !NOT_GRAPH_READS.includes(id));
    expect(gets.sort()).toEqual([...READ_OPERATIONS].sort());
  });

  it('has a path parameter exactly where the path has {id}', () => {
    for (const op of READ_OPERATIONS) expect('params' in READ_ENDPOINTS[op]).toBe(READ_PATHS[op].includes('{id}'));
  });

  it('percent-encodes ids with colons and Chinese, and gives Express its :id form', () => {
    expect(readUrl('getEntity', 'strategy:项目为王')).toBe('/api/entities/strategy%3A%E9%A1%B9%E7%9B%AE%E4%B8%BA%E7%8E%8B');
    expect(readUrl('getOverview')).toBe('/api/graph/overview');
    expect(() => readUrl('getDocument')).toThrow(/needs an id/);
    expect(routerPath('rollupPlace')).toBe('/places/:id/rollup');
  });
});
