// Permalinks: the explorer's whole view survives a round trip through the URL hash, and bad links still open.
import { describe, expect, it } from 'vitest';
import { areaLevelsBelow, decodeViewState, defaultViewState, encodeViewState, type ViewState } from '../../client/src/state/view-state';

describe('explorer permalink', () => {
  it('brings back focus, expansions, hidden and pinned nodes, filters, layout and panels', () => {
    const view: ViewState = {
      ...defaultViewState(),
      lang: 'en',
      layout: 'dagre',
      view: 'table',
      focus: 'strategy:项目为王',
      expanded: ['place:411503', 'project:信阳国际家居产业小镇, 二期'],
      more: [
        { id: 'place:411503', pages: 2 },
        { id: 'project:信阳国际家居产业小镇, 二期', pages: 1 },
      ],
      hidden: ['001_4b96525c5c6cf7dc'],
      pinned: [{ id: 'place:410225', x: -120, y: 45 }],
      offTypes: ['Document'],
      offRels: ['MENTIONS', 'ABOUT'],
      yearMax: 2022,
      document: '004_92b96156f557c987',
      rollup: 'county',
      rollups: [
        { id: 'place:4115', level: 'county' },
        { id: 'place:region:京津冀,北部', level: 'city' },
      ],
      selected: 'PURSUES:place:411503->strategy:项目为王',
      pathFrom: 'place:411503',
      pathTo: 'place:410225',
      compare: ['place:411503', 'place:410225'],
      webgl: true,
      positions: [
        { id: 'place:411503', x: 12, y: -40 },
        { id: 'strategy:项目为王', x: -300, y: 7 },
      ],
      viewport: { zoom: 0.875, x: 410, y: -25 },
    };
    expect(decodeViewState(encodeViewState(view))).toEqual(view);
  });

  it('keeps the default view out of the link', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
  });

  it('opens a hand-edited link with unknown values by falling back to defaults one by one', () => {
    const view = decodeViewState(
      '#layout=spiral&notype=Alien&notype=Place&rollup=galaxy&year=soon&pin=oops&x=place:1&ru=galaxy,place:41&ru=county&ru=township,place:411503&more=0,place:1&more=lots,place:1&more=2,place:1&more=5,place:1',
    );
    expect(view.layout).toBe('fcose');
    expect(view.offTypes).toEqual(['Place']);
    expect(view.rollup).toBe('none');
    expect(view.yearMax).toBeUndefined();
    expect(view.pinned).toEqual([]);
    expect(view.expanded).toEqual(['place:1']);
    expect(view.rollups).toEqual([{ id: 'place:411503', level: 'township' }]);
    // Pages after the first: a count of at least one, once per node (the first one stands).
    expect(view.more).toEqual([{ id: 'place:1', pages: 2 }]);
  });

  it('offers a place the next two levels below it to roll up to', () => {
    expect(areaLevelsBelow('province')).toEqual(['city', 'county']);
    expect(areaLevelsBelow('county')).toEqual(['township', 'village']);
    expect(areaLevelsBelow('township')).toEqual(['village']);
    expect(areaLevelsBelow('village')).toEqual([]);
    expect(areaLevelsBelow('region')).toEqual([]);
  });
});
