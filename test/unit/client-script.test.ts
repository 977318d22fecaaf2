// Which Chinese script a name or sentence is in, for the lang attributes of Chinese runs in the explorer.
import { describe, expect, it } from 'vitest';
import { chineseLang } from '../../client/src/i18n/script';

describe('chineseLang', () => {
  it('tells Simplified from Traditional by the characters only one script has', () => {
    expect(chineseLang('推进乡村振兴，建设现代农业产业园')).toBe('zh-Hans');
    expect(chineseLang('推進鄉村振興，建設現代農業產業園')).toBe('zh-Hant');
  });
  it('calls a name in characters both scripts share Simplified, and text without Han characters nothing', () => {
    expect(chineseLang('平桥区')).toBe('zh-Hans');
    expect(chineseLang('信阳市')).toBe('zh-Hans');
    expect(chineseLang('Document 001')).toBeUndefined();
  });
});
