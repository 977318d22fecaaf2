// Place coordinates through the whole path: the loader writes lon/lat from the committed table, the API returns them.
import { describe, expect, it } from 'vitest';
import { GraphResponse } from '@policygraph/contract/api';
import { coordinatesOf } from '../../graph-seed/src/gazetteer/coords';
import { useSampleServer } from '../support/sample-server';

describe('place coordinates of the sample corpus', () => {
  const world = useSampleServer();

  it('stores on every place with a province, city or county code the coordinates of the table, and none below', async () => {
    const { records } = await world.driver.executeQuery('MATCH (p:Place) RETURN p.code AS code, p.level AS level, p.lon AS lon, p.lat AS lat');
    const places = records.map((r) => r.toObject() as { code: string | null; level: string | null; lon: number | null; lat: number | null });
    const withCoords = places.filter((p) => p.lon !== null);
    expect(withCoords.map((p) => p.code)).toEqual(expect.arrayContaining(['41', '4107', '4115', '410225', '410581', '411503']));
    for (const p of places) {
      const expected = p.code ? coordinatesOf(p.code) : undefined;
      expect({ lon: p.lon, lat: p.lat }, `${p.code}`).toEqual(expected ?? { lon: null, lat: null });
    }
    // The corpus names townships and villages (郝堂村 …): they stay without coordinates.
    expect(places.some((p) => (p.level === 'township' || p.level === 'village') && p.lon === null)).toBe(true);
    expect(places.filter((p) => p.level === 'township' || p.level === 'village').every((p) => p.lon === null)).toBe(true);
  });

  it('returns lon/lat in the node data of places, 平桥区 in the south and 林州市 in the north', async () => {
    const res = await fetch(`${world.server.baseUrl}/api/graph/neighborhood?ids=${encodeURIComponent('strategy:项目为王')}&rels=PURSUES`);
    expect(res.status).toBe(200);
    const nodes = GraphResponse.parse(await res.json()).elements.nodes;
    const place = (label: string) => nodes.find((n) => n.data.label === label)?.data;
    for (const label of ['兰考县', '平桥区', '新乡市', '林州市']) {
      expect(place(label)?.lon, label).toEqual(expect.any(Number));
      expect(place(label)?.lat, label).toEqual(expect.any(Number));
    }
    expect(place('平桥区')!.lat!).toBeLessThan(place('新乡市')!.lat! - 3);
    expect(place('兰考县')!.lon!).toBeGreaterThan(place('林州市')!.lon!);
    expect(nodes.find((n) => n.data.type === 'Strategy')?.data).not.toHaveProperty('lon');
  });
});
