// Former names of county-level places (林县 → 林州市): derived from the gazetteer's names and codes, never from documents.
import { describe, expect, it } from 'vitest';
import { formerNames } from '../../../graph-seed/src/gazetteer/former-names';
import { gazetteer } from '../../../graph-seed/src/gazetteer/table';
import { entity, run } from './support';

describe('former place names', () => {
  it('should give a county-level city its county name (撤县设市), and a one-letter stem its 州 form', () => {
    const g = gazetteer();
    expect(formerNames(g.get('410783')!)).toContain('长垣县');
    expect(formerNames(g.get('410581')!)).toContain('林县');
    expect(formerNames(g.get('140215')!)).toContain('大同县');
    // A district renamed from another district keeps no former name: 城区 and 桥东区 are shared by many.
    expect(formerNames(g.get('140213')!)).toEqual([]);
  });

  // Made-up sentences in the style of a news item.
  it('should read an old county name as the place it is now, as one more form of it', () => {
    const r = run('这条水渠位于林县，长垣县的参观团今天来到这里。');
    expect(entity(r, 'Place', '林州市')?.aliases).toContain('林县');
    expect(entity(r, 'Place', '长垣市')?.mentions.length).toBe(1);
  });

  it('should never let a former name shadow a place that has that name today', () => {
    const r = run('滑县和浚县的干部参加了会议。');
    expect(entity(r, 'Place', '滑县')?.code).toBe('410526');
  });
});
