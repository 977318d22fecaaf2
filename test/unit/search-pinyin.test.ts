// Pinyin keys and the edit distance behind search by pinyin, initials and near spellings.
import { describe, expect, it } from 'vitest';
import { editDistance, latinQuery, pinyinKeys, pinyinOf } from '../../server/src/search-pinyin';

describe('pinyin keys of names', () => {
  it('gives the full pinyin and the initials of a name and of each alias', () => {
    expect(pinyinOf('项目为王')).toEqual({ full: 'xiangmuweiwang', initials: 'xmww' });
    expect(pinyinKeys('兰考县', ['蘭考'])).toBe('lankaoxian lkx lankao lk');
  });

  it('keeps Latin letters and digits whole and lowercased (5G基站 → 5gjizhan, 5gjz)', () => {
    expect(pinyinOf('5G基站')).toEqual({ full: '5gjizhan', initials: '5gjz' });
  });

  it('offers ü both as v and as u (略: lve, lue)', () => {
    expect(pinyinKeys('战略').split(' ')).toEqual(expect.arrayContaining(['zhanlve', 'zhanlue', 'zl']));
  });
});

describe('queries read as pinyin', () => {
  it('reads Latin letters as pinyin, spaces and case ignored, and Chinese as not', () => {
    expect(latinQuery('XiangMu WeiWang')).toBe('xiangmuweiwang');
    expect(latinQuery('兰考')).toBeNull();
    expect(latinQuery('2023')).toBeNull();
  });

  it('counts Han characters one edit each and stops early past the limit', () => {
    expect(editDistance('项木为王', '项目为王')).toBe(1);
    expect(editDistance('xiangmuweiwagn', 'xiangmuweiwang')).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
