// Roll-up folding: which places fold into which, and how the edges of folded places merge (the explorer's pure part of roll-up).
import { describe, expect, it } from 'vitest';
import { foldPlaces, mergeFoldedEdges } from '../../client/src/graph/rollup-fold';

// Made-up places with GB/T 2260-shaped codes: a city, two counties in it, townships in one of them.
const city = { id: 'place:4101', code: '4101' };
const countyA = { id: 'place:410101', code: '410101' };
const countyB = { id: 'place:410102', code: '410102' };
const townA1 = { id: 'place:410101001', code: '410101001' };
const townA2 = { id: 'place:410101002', code: '410101002' };
const townB1 = { id: 'place:410102001', code: '410102001' };
const uncoded = { id: 'place:某地' };
const all = [city, countyA, countyB, townA1, townA2, townB1, uncoded];

describe('roll-up fold', () => {
  it('folds nothing with no level and no area', () => {
    const { foldTo, globalCount } = foldPlaces(all, [], 'none');
    expect(foldTo.size).toBe(0);
    expect(globalCount.size).toBe(0);
  });

  it('folds every place into its county at the county level and counts what each took in', () => {
    const { foldTo, globalCount } = foldPlaces(all, [], 'county');
    expect(Object.fromEntries(foldTo)).toEqual({ [townA1.id]: countyA.id, [townA2.id]: countyA.id, [townB1.id]: countyB.id });
    expect(Object.fromEntries(globalCount)).toEqual({ [countyA.id]: 2, [countyB.id]: 1 });
  });

  it('folds counties and townships into the city at the city level; a place without a code stays', () => {
    const { foldTo, globalCount } = foldPlaces(all, [], 'city');
    expect(new Set(foldTo.values())).toEqual(new Set([city.id]));
    expect(foldTo.has(uncoded.id)).toBe(false);
    expect(globalCount.get(city.id)).toBe(5);
  });

  it('leaves a place on screen when its prefix at the level is not on screen', () => {
    const { foldTo } = foldPlaces([townA1, townB1], [], 'county');
    expect(foldTo.size).toBe(0);
  });

  it('folds places inside an area child into that child, and the global level leaves the area alone', () => {
    const area = { place: countyA, children: [townA1, { id: 'place:410101003', code: '410101003' }] };
    const village = { id: 'place:410101001201', code: '410101001201' };
    const { foldTo, globalCount } = foldPlaces([...all, village], [area], 'county');
    // The village folds into its township (the area's child), not into the county.
    expect(foldTo.get(village.id)).toBe(townA1.id);
    // Township A2 lies inside the area: the global level does not fold it, though county A is on screen.
    expect(foldTo.has(townA2.id)).toBe(false);
    // Outside the area the global level works as usual.
    expect(foldTo.get(townB1.id)).toBe(countyB.id);
    expect(globalCount.get(countyA.id)).toBeUndefined();
  });

  it('ignores an area child that is not on the canvas', () => {
    const area = { place: countyA, children: [{ id: 'place:410101009', code: '410101009' }] };
    const inside = { id: 'place:410101009201', code: '410101009201' };
    expect(foldPlaces([countyA, inside], [area], 'none').foldTo.size).toBe(0);
  });
});

describe('roll-up edge merge', () => {
  const foldTo = new Map([
    [townA1.id, countyA.id],
    [townA2.id, countyA.id],
  ]);

  it('moves edges of folded places onto the place they fold into, one per type and ends, with the union of their years', () => {
    const merged = mergeFoldedEdges(
      [
        { id: 'e1', type: 'PURSUES', source: townA1.id, target: 'strategy:s', years: [2021] },
        { id: 'e2', type: 'PURSUES', source: townA2.id, target: 'strategy:s', years: [2019, 2021] },
        { id: 'e3', type: 'LOCATED_IN', source: 'project:p', target: townA2.id },
      ],
      foldTo,
      () => false,
    );
    expect(merged).toEqual([
      { id: `rollup:PURSUES:${countyA.id}->strategy:s`, source: countyA.id, target: 'strategy:s', rolledFrom: 'e1', years: [2019, 2021] },
      { id: `rollup:LOCATED_IN:project:p->${countyA.id}`, source: 'project:p', target: countyA.id, rolledFrom: 'e3', years: undefined },
    ]);
  });

  it('drops an edge whose ends fold into one place, and one whose moved form is already drawn', () => {
    const merged = mergeFoldedEdges(
      [
        { id: 'e1', type: 'PART_OF', source: townA1.id, target: townA2.id },
        { id: 'e2', type: 'PART_OF', source: townA1.id, target: city.id },
      ],
      foldTo,
      (id) => id === `PART_OF:${countyA.id}->${city.id}`,
    );
    expect(merged).toEqual([]);
  });
});
