// The geographic layout's projection: north up, east right, a degree east as long as it looks on a map there.
import { describe, expect, it } from 'vitest';
import { projectToViewport } from '../../client/src/graph/geo-projection';

describe('geographic projection', () => {
  it('puts the east on the right and the north on top, filling the viewport', () => {
    const p = projectToViewport(
      new Map([
        ['xinyang', { lon: 114.89, lat: 32.079 }],
        ['xinxiang', { lon: 114.095, lat: 35.261 }],
        ['lankao', { lon: 114.821, lat: 34.822 }],
        ['linzhou', { lon: 113.82, lat: 36.083 }],
      ]),
      800,
      600,
    );
    expect(p.get('xinyang')!.y).toBeGreaterThan(p.get('xinxiang')!.y);
    expect(p.get('lankao')!.x).toBeGreaterThan(p.get('linzhou')!.x);
    // The north–south extent (32.1° to 36.1°) is the longer one on screen: it spans the 600 px height.
    expect(p.get('xinyang')!.y - p.get('linzhou')!.y).toBeCloseTo(600, 0);
  });

  it('shrinks a degree of longitude by the cosine of the latitude (at 60°N, to half a degree of latitude)', () => {
    const p = projectToViewport(
      new Map([
        ['a', { lon: 10, lat: 60 }],
        ['b', { lon: 12, lat: 60 }],
        ['c', { lon: 10, lat: 61 }],
      ]),
      1000,
      1000,
    );
    const east = p.get('b')!.x - p.get('a')!.x;
    const north = p.get('a')!.y - p.get('c')!.y;
    expect(east / north).toBeCloseTo(2 * Math.cos((60.33 * Math.PI) / 180), 2);
  });

  it('does not blow two neighbouring places up to the size of the screen', () => {
    const p = projectToViewport(
      new Map([
        ['a', { lon: 114, lat: 35 }],
        ['b', { lon: 114.01, lat: 35 }],
      ]),
      1000,
      1000,
    );
    expect(p.get('b')!.x - p.get('a')!.x).toBeLessThan(100);
  });
});
