// Request parsing by the contract and conditional-GET matching: what a client gets for what it sends.
import { describe, expect, it } from 'vitest';
import { CompareQuery, NeighborhoodQuery, PathsQuery, SearchQuery } from '@policygraph/contract/api';
import { isBelow, levelBelow } from '@policygraph/contract/place-levels';
import { matchesIfNoneMatch } from '../../server/src/routes/etag';

describe('query parsing', () => {
  it('splits comma lists, trimming blanks', () => {
    expect(NeighborhoodQuery.parse({ ids: ' place:41 , strategy:项目为王,' }).ids).toEqual(['place:41', 'strategy:项目为王']);
  });

  it('fills defaults a first request leaves out', () => {
    expect(NeighborhoodQuery.parse({ ids: 'a' })).toEqual({ ids: ['a'], depth: 1, limit: 300 });
    expect(PathsQuery.parse({ from: 'a', to: 'b' })).toEqual({ from: 'a', to: 'b', maxLength: 4, k: 3 });
  });

  it('refuses relationship types outside the whitelist', () => {
    const r = NeighborhoodQuery.safeParse({ ids: 'a', rels: 'PURSUES,DELETE' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toContain('DELETE');
  });

  it('refuses more than ten places to compare', () => {
    expect(CompareQuery.safeParse({ places: Array.from({ length: 11 }, (_, i) => `p${i}`).join(',') }).success).toBe(false);
  });

  it('refuses a blank search and unknown parameters', () => {
    expect(SearchQuery.safeParse({ q: '   ' }).success).toBe(false);
    expect(SearchQuery.safeParse({ q: 'x', sort: 'name' }).success).toBe(false);
  });
});

describe('matchesIfNoneMatch', () => {
  it('matches the same tag, weak or strong, in a list, or *', () => {
    expect(matchesIfNoneMatch('"g-1"', '"g-1"')).toBe(true);
    expect(matchesIfNoneMatch('W/"g-1"', '"g-1"')).toBe(true);
    expect(matchesIfNoneMatch('"g-0", "g-1"', '"g-1"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"g-1"')).toBe(true);
  });

  it('does not match another version or a missing header', () => {
    expect(matchesIfNoneMatch('"g-2"', '"g-1"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"g-1"')).toBe(false);
  });
});

describe('place levels', () => {
  it('rolls a city up to its counties by default, and a village to nothing', () => {
    expect(levelBelow('city')).toBe('county');
    expect(levelBelow('province')).toBe('city');
    expect(levelBelow('village')).toBeUndefined();
  });

  it('knows a township is below a county and a city is not below a county', () => {
    expect(isBelow('township', 'county')).toBe(true);
    expect(isBelow('city', 'county')).toBe(false);
  });
});
