// Adoption timelines: dates compared at the precision both have, each step top-down, horizontal, bottom-up or first; the one-click story.
import { describe, expect, it } from 'vitest';
import { Story } from '@policygraph/contract/story';
import { buildDiffusion, buildPlaceAdoptions, compareDates, type DatedEvidence } from '../../server/src/diffusion';
import { diffusionStory } from '../../client/src/travel/diffusion-story';

const ev = (documentId: string, date: string | null, sentence = `${documentId} 的句子`): DatedEvidence => ({
  documentId,
  sentence,
  start: 0,
  end: sentence.length,
  date,
  dateInferred: false,
  year: date ? Number(date.slice(0, 4)) : null,
});
const place = (code: string, name: string, lon?: number, lat?: number) => ({ id: `place:${code}`, name, code, ...(lon ? { lon, lat } : {}) });

describe('adoption timeline', () => {
  it('takes a year-only date as the same time as any day in that year, and undated as last', () => {
    expect(compareDates('2022', '2022-05-01')).toBe(0);
    expect(compareDates('2021-12', '2022')).toBeLessThan(0);
    expect(compareDates(null, '2030')).toBeGreaterThan(0);
  });

  it('dates each place by its earliest sentence and says whether a peer, a place above or only places inside said it first', () => {
    const d = buildDiffusion(
      { id: 'strategy:甲', name: '甲' },
      [
        { place: place('411503', '平桥区'), evidence: [ev('pq-2024', '2024'), ev('pq-2023', '2023-02-26')] },
        { place: place('4115', '信阳市'), evidence: [ev('xy', '2022')] },
        { place: place('4107', '新乡市'), evidence: [ev('xx', '2021')] },
        { place: place('41', '河南省'), evidence: [ev('hn', '2023')] },
      ],
      'v1',
    );
    expect(d.adoptions.map((a) => [a.place.name, a.date, a.direction, a.after?.name])).toEqual([
      ['新乡市', '2021', 'first', undefined],
      ['信阳市', '2022', 'horizontal', '新乡市'],
      // Same time at the year precision both have: neither is earlier; the province follows its city.
      ['河南省', '2023', 'bottom-up', '信阳市'],
      ['平桥区', '2023-02-26', 'top-down', '信阳市'],
    ]);
    expect(d.adoptions[3]!.evidence.documentId).toBe('pq-2023');
    expect(d.years).toEqual([2021, 2022, 2023]);
  });

  it('calls a step top-down when the place containing it said it earlier', () => {
    const d = buildDiffusion(
      { id: 'strategy:乙', name: '乙' },
      [
        { place: place('4115', '信阳市'), evidence: [ev('xy', '2022')] },
        { place: place('411503', '平桥区'), evidence: [ev('pq', '2023')] },
      ],
      null,
    );
    expect(d.adoptions[1]).toMatchObject({ direction: 'top-down', after: { placeId: 'place:4115' } });
  });

  it('names the strategies a place said first in the corpus, year by year', () => {
    const a = buildPlaceAdoptions(
      place('4107', '新乡市'),
      [
        { strategy: { id: 's:1', name: '一' }, evidence: [ev('a', '2021')], othersFirst: '2022', othersExist: true },
        { strategy: { id: 's:2', name: '二' }, evidence: [ev('b', '2023')], othersFirst: '2022', othersExist: true },
        { strategy: { id: 's:3', name: '三' }, evidence: [ev('c', '2023')], othersFirst: null, othersExist: false },
      ],
      null,
    );
    expect(a.byYear.map((y) => [y.year, y.strategies.map((s) => s.strategy.name)])).toEqual([
      [2021, ['一']],
      [2023, ['二', '三']],
    ]);
    expect(a.firsts.map((f) => f.strategy.name).sort()).toEqual(['一', '三']);
  });

  it('turns a timeline into a valid story: one step per adoption in date order, each quoting its sentence', () => {
    const d = buildDiffusion(
      { id: 'strategy:甲', name: '甲' },
      [
        { place: place('4107', '新乡市', 113.9, 35.3), evidence: [ev('xx', '2021', '新乡推行甲。')] },
        { place: place('4115', '信阳市', 114.1, 32.1), evidence: [ev('xy', '2022', '信阳学习甲。')] },
      ],
      null,
    );
    const story = Story.parse(
      diffusionStory(d, { title: (n) => `${n} 的传播`, description: () => '', step: (a) => ({ title: a.place.name, caption: a.direction }) }, 'zh-CN'),
    );
    expect(story.steps.map((s) => s.evidence?.sentence)).toEqual(['新乡推行甲。', '信阳学习甲。']);
    expect(story.steps.map((s) => s.nodes.length)).toEqual([2, 3]);
    expect(story.steps[1]!.highlight).toContain('place:4115');
    // North is up: 新乡 (35.3°N) is drawn above 信阳 (32.1°N).
    const y = (id: string) => story.steps[1]!.nodes.find((n) => n.data.id === id)!.position.y;
    expect(y('place:4107')).toBeLessThan(y('place:4115'));
  });
});
