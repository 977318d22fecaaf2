// The geographic layout's projection: north up, east right, a degree east as long as it looks on a map there.
import { describe, expect, it } from 'vitest';
import { fitProjection, project, projectionOf, projectToViewport, rendered, unproject } from '../../client/src/graph/geo-projection';

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

  it('reads back from where places stand the projection that put them there, so the map drawn from it lies under them', () => {
    const henan = new Map([
      ['xinyang', { lon: 114.89, lat: 32.079 }],
      ['xinxiang', { lon: 114.095, lat: 35.261 }],
      ['lankao', { lon: 114.821, lat: 34.822 }],
      ['linzhou', { lon: 113.82, lat: 36.083 }],
    ]);
    const placed = projectToViewport(henan, 1200, 700);
    const g = fitProjection([...henan].map(([id, c]) => ({ ...c, ...placed.get(id)! })))!;
    for (const [id, c] of henan) {
      const p = project(g, c);
      expect(p.x).toBeCloseTo(placed.get(id)!.x, 6);
      expect(p.y).toBeCloseTo(placed.get(id)!.y, 6);
    }
    // Zoom and pan compose with it, and unproject undoes it.
    const screen = rendered(g, 2.5, { x: -40, y: 90 });
    const q = project(screen, { lon: 116.4, lat: 39.9 });
    const m = project(g, { lon: 116.4, lat: 39.9 });
    expect(q.x).toBeCloseTo(m.x * 2.5 - 40, 6);
    expect(q.y).toBeCloseTo(m.y * 2.5 + 90, 6);
    const back = unproject(screen, q);
    expect(back.lon).toBeCloseTo(116.4, 9);
    expect(back.lat).toBeCloseTo(39.9, 9);
  });

  it('tells places that stand on a map (within a pixel or two) from places a force layout put anywhere', () => {
    const henan = new Map([
      ['xinyang', { lon: 114.89, lat: 32.079 }],
      ['xinxiang', { lon: 114.095, lat: 35.261 }],
      ['lankao', { lon: 114.821, lat: 34.822 }],
      ['linzhou', { lon: 113.82, lat: 36.083 }],
    ]);
    const placed = projectToViewport(henan, 900, 520);
    const onMap = [...henan].map(([id, c]) => ({ ...c, x: Math.round(placed.get(id)!.x), y: Math.round(placed.get(id)!.y) }));
    expect(projectionOf(onMap)).toBeDefined();
    // The same places shuffled around, as a force layout leaves them: no map fits.
    const anywhere = onMap.map((p, i) => ({ ...p, x: onMap[(i + 1) % 4]!.x + 40, y: onMap[(i + 2) % 4]!.y }));
    expect(projectionOf(anywhere)).toBeUndefined();
  });
});
