// Request parsing by the contract and conditional-GET matching: what a client gets for what it sends.
import { describe, expect, it } from 'vitest';
import { CompareQuery, DocumentsQuery, NeighborhoodQuery, PathsQuery, SearchQuery } from '@policygraph/contract/api';
import { InvalidParameterError, problemCode, problemType } from '@policygraph/contract/problems';
import { isBelow, levelBelow } from '@policygraph/contract/place-levels';
import { matchesIfNoneMatch } from '../../server/src/routes/etag';
import { parseQueryString } from '../../server/src/routes/query-string';

const messageOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message).join('; ');

describe('query parsing', () => {
  it('splits comma lists, trimming blanks', () => {
    expect(NeighborhoodQuery.parse({ ids: ' place:41 , strategy:项目为王' }).ids).toEqual(['place:41', 'strategy:项目为王']);
  });

  it('refuses an empty list item, a trailing comma included (the OpenAPI items are non-blank)', () => {
    expect(messageOf(NeighborhoodQuery.safeParse({ ids: 'place:41,' }))).toBe('must not be empty');
    expect(NeighborhoodQuery.safeParse({ ids: 'a,,b' }).success).toBe(false);
    expect(NeighborhoodQuery.safeParse({ ids: 'a', types: '' }).success).toBe(false);
  });

  it('takes integers only in decimal digits', () => {
    for (const limit of ['0x10', '0b11', '1e1', ' 5', '5 ', '+5', '', '5.0'])
      expect(messageOf(SearchQuery.safeParse({ q: 'x', limit })), limit).toBe('must be a whole number in decimal digits');
    expect(SearchQuery.parse({ q: 'x', limit: '007' }).limit).toBe(7);
    expect(messageOf(SearchQuery.safeParse({ q: 'x', limit: '0' }))).toBe('must be at least 1');
    expect(messageOf(DocumentsQuery.safeParse({ year: '1e3' }))).toBe('must be a whole number in decimal digits');
  });

  it('bounds text by characters as sent (an emoji is one), and trims what it keeps', () => {
    expect(SearchQuery.parse({ q: '😀'.repeat(100) }).q).toHaveLength(200);
    expect(SearchQuery.safeParse({ q: '😀'.repeat(101) }).success).toBe(false);
    expect(SearchQuery.parse({ q: '\u3000兰考 ' }).q).toBe('兰考');
    expect(messageOf(SearchQuery.safeParse({ q: '\u3000\ufeff ' }))).toBe('must not be empty or blank');
  });

  it('refuses a place named twice in a comparison', () => {
    expect(messageOf(CompareQuery.safeParse({ places: 'place:41,place:41' }))).toBe('must not name an item twice');
  });

  it('fills defaults a first request leaves out', () => {
    expect(NeighborhoodQuery.parse({ ids: 'a' })).toEqual({ ids: ['a'], depth: 1, limit: 300, offset: 0 });
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

describe('the query string', () => {
  it('decodes percent-encoding and + as a space', () => {
    expect(parseQueryString('q=%E5%85%B0%E8%80%83+x&limit=5')).toEqual({ q: '兰考 x', limit: '5' });
  });

  it('refuses malformed percent-encoding, naming the parameter', () => {
    for (const bad of ['%ZZ', '%E5%85', '%FF']) {
      const err = (() => {
        try {
          parseQueryString(`limit=5&q=${bad}`);
        } catch (e) {
          return e;
        }
      })();
      expect(err, bad).toBeInstanceOf(InvalidParameterError);
      expect((err as InvalidParameterError).options.errors?.[0]?.parameter).toBe('q');
    }
  });

  it('refuses a parameter without a name and one given twice', () => {
    expect(() => parseQueryString('=1')).toThrow(/\(unnamed\): a parameter must have a name/);
    expect(() => parseQueryString('q=a&q=b')).toThrow(/q: must be given once/);
  });
});

describe('problem types', () => {
  it('carry the stable code, and only ours are read back', () => {
    expect(problemType('store-unavailable')).toBe('https://policygraph.dev/problems/store-unavailable');
    expect(problemCode(problemType('not-found'))).toBe('not-found');
    expect(problemCode('about:blank')).toBeUndefined();
    expect(problemCode('https://policygraph.dev/problems/nonsense')).toBeUndefined();
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
