// Where the committed coordinates table puts places: facts one can check on any map of Henan, and coverage of GB/T 2260.
import { describe, expect, it } from 'vitest';
import { coordinatesOf } from '../../graph-seed/src/gazetteer/coords';
import { countyLevelDivisions } from '../../graph-seed/src/gazetteer/divisions';

const at = (code: string) => {
  const c = coordinatesOf(code);
  if (!c) throw new Error(`no coordinates for ${code}`);
  return c;
};
const divisions = [...countyLevelDivisions().values()];
const childrenOf = (code: string) => divisions.filter((d) => d.parentCode === code && coordinatesOf(d.code));

describe('place coordinates table', () => {
  it('puts 新乡市 and its counties around 113.9°E 35.3°N, north of the Yellow River', () => {
    const city = at('4107');
    expect(city.lon).toBeCloseTo(113.9, 0);
    expect(city.lat).toBeCloseTo(35.3, 0);
    const counties = childrenOf('4107');
    expect(counties.map((d) => d.name)).toEqual(expect.arrayContaining(['新乡县', '长垣市', '辉县市', '卫辉市']));
    for (const d of counties) {
      const c = at(d.code);
      expect(Math.abs(c.lon - city.lon), d.name).toBeLessThan(0.8);
      expect(c.lat, d.name).toBeGreaterThan(34.9);
      expect(c.lat, d.name).toBeLessThan(35.7);
    }
  });

  it('gives a county renamed since the source was drawn the old county’s centre (长垣县 → 长垣市)', () => {
    const changyuan = at('410783');
    // 长垣 is the easternmost county of 新乡市, on the Yellow River's north bank.
    expect(changyuan.lon).toBeGreaterThan(
      Math.max(
        ...childrenOf('4107')
          .filter((d) => d.code !== '410783')
          .map((d) => at(d.code).lon),
      ),
    );
  });

  it('puts 兰考县 east of 开封’s city districts and of 开封市’s centre', () => {
    const lankao = at('410225');
    expect(lankao.lon).toBeGreaterThan(at('4102').lon);
    for (const district of ['410202', '410203', '410204', '410205']) expect(lankao.lon).toBeGreaterThan(at(district).lon);
  });

  it('puts 信阳市 (平桥区) in the south of Henan, more than 3° south of 新乡市 and 林州市', () => {
    expect(at('4115').lat).toBeCloseTo(32.1, 0);
    expect(at('411503').lat).toBeLessThan(at('4107').lat - 3);
    expect(at('411503').lat).toBeLessThan(at('410581').lat - 3);
    expect(at('41').lat).toBeGreaterThan(at('4115').lat);
    expect(at('41').lat).toBeLessThan(at('410581').lat);
  });

  it('covers every province and city, nearly every county, and no township or village', () => {
    for (const d of divisions.filter((d) => d.level === 'province' || d.level === 'city')) expect(coordinatesOf(d.code), d.name).toBeDefined();
    // Statistical development zones (xxxx7x) have no territory of their own; see gazetteer-data/README.md.
    const counties = divisions.filter((d) => d.level === 'county' && !/^\d{4}7\d$/.test(d.code));
    const covered = counties.filter((d) => coordinatesOf(d.code)).length;
    expect(covered / counties.length).toBeGreaterThan(0.99);
    expect(coordinatesOf('410225001')).toBeUndefined();
  });

  it('keeps every county within a few degrees of its city (no county matched to a namesake elsewhere)', () => {
    for (const d of divisions.filter((d) => d.level === 'county' && d.parentCode?.length === 4 && coordinatesOf(d.code))) {
      const c = at(d.code);
      const city = at(d.parentCode!);
      expect(Math.hypot((c.lon - city.lon) * Math.cos((city.lat * Math.PI) / 180), c.lat - city.lat), `${d.code} ${d.name}`).toBeLessThan(5);
    }
  });

  it('lies inside China’s bounding box', () => {
    for (const d of divisions.filter((d) => coordinatesOf(d.code))) {
      const c = at(d.code);
      expect(c.lon).toBeGreaterThan(73);
      expect(c.lon).toBeLessThan(135.1);
      expect(c.lat).toBeGreaterThan(3);
      expect(c.lat).toBeLessThan(53.6);
    }
  });
});
