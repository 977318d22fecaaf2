// Search normalisation: a Traditional or full-width query finds the Simplified name, and no query can inject Lucene syntax.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, normalizeQuery } from '../../server/src/search-text';

describe('normalizeQuery', () => {
  it.each([
    ['蘭考', '兰考'],
    ['蘭考縣', '兰考县'],
    ['項目為王', '项目为王'],
    ['紅旗渠精神', '红旗渠精神'],
    ['兰考县', '兰考县'],
    ['  乡村   振兴 ', '乡村 振兴'],
    ['ＡＢＣ１２３', 'ABC123'],
  ])('folds %s to %s', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeQuery(normalizeQuery(s)) === normalizeQuery(s)));
  });
});

describe('luceneQuery', () => {
  it('searches the phrase and each word as a prefix', () => {
    expect(luceneQuery('兰考')).toBe('"兰考" OR 兰考*');
  });

  it('escapes every Lucene operator in user text', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g~h*i?j:k\\l/m&&n||o')).toBe('a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\~h\\*i\\?j\\:k\\\\l\\/m\\&\\&n\\|\\|o');
  });

  it('never leaves an unescaped quote that would end the phrase early', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        const phrase = luceneQuery(normalizeQuery(s) || 'x').split(' OR ')[0]!;
        const inner = phrase.slice(1, -1);
        return !/(^|[^\\])(\\\\)*"/.test(inner);
      }),
    );
  });
});
