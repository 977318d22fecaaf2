// The 南海诸岛 inset of a map of China: the South China Sea with its islands in a box in the canvas's lower right
// corner, as Chinese national maps draw it, shown when the map shows the country and no node is under the box.
import provinces from './basemap-provinces.json';
import southSea from './basemap-south-sea.json';
import { type GeoProjection, project, viewportProjection } from './geo-projection';
import type { Rect } from './base-map-labels';

const [LON1, LAT1, LON2, LAT2] = southSea.box.map((d) => d / 100) as [number, number, number, number];

/** How much of the country the main map must show (degrees of longitude across the screen) to get the inset. */
const NATIONAL_SPAN_DEG = 18;

/** The inset's box on screen for a canvas of this size, in the lower right corner, left of `avoid` when given (the overview map). */
export function insetBox(width: number, height: number, avoid?: Rect): Rect {
  const g = viewportProjection(
    [
      { lon: LON1, lat: LAT1 },
      { lon: LON2, lat: LAT2 },
    ],
    1,
    1,
  );
  const h = Math.round(Math.min(200, Math.max(130, height * 0.2)));
  const w = Math.round((h * (LON2 - LON1) * g.k) / (LAT2 - LAT1));
  const gap = 8;
  const x2 = avoid && avoid.y2 > height - h - gap ? avoid.x1 - gap : width - gap;
  return { x1: x2 - w, y1: height - gap - h, x2, y2: height - gap };
}

/**
 * Whether the main map, drawn with `screen` on a width × height canvas, is a map of the country (wide enough to
 * show several provinces) that does not already show the South China Sea down to its southern islands.
 */
export function wantsInset(screen: GeoProjection, width: number, height: number): boolean {
  const west = (0 - screen.a) / (screen.s * screen.k);
  const east = (width - screen.a) / (screen.s * screen.k);
  const south = (screen.b - height) / screen.s;
  if (east - west < NATIONAL_SPAN_DEG) return false;
  return !(south <= LAT1 + 0.5 && west <= LON1 && east >= LON2);
}

const ring = (g: GeoProjection, r: readonly number[]) => {
  let d = '';
  for (let j = 0; j < r.length; j += 2) {
    const q = project(g, { lon: r[j]! / 100, lat: r[j + 1]! / 100 });
    d += `${j ? 'L' : 'M'}${q.x.toFixed(1)} ${q.y.toFixed(1)}`;
  }
  return `${d}Z`;
};

/**
 * The caption in the box's lower right corner, on two lines when one would not fit (the English name is long; a
 * 12-px Latin letter is taken as 0.6 em wide, a Chinese one as 1 em).
 */
function captionText(caption: string, right: number, bottom: number, room: number): string {
  const width = (s: string) => [...s].reduce((t, c) => t + (c.charCodeAt(0) > 0x2e80 ? 12 : 7.2), 0);
  const words = caption.split(' ');
  let lines = [caption];
  if (width(caption) > room && words.length > 1) {
    // The cut that makes the longer line shortest.
    const longer = (i: number) => Math.max(width(words.slice(0, i).join(' ')), width(words.slice(i).join(' ')));
    const cut = words.reduce((best, _, i) => (i > 0 && longer(i) < longer(best) ? i : best), 1);
    lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')].filter(Boolean);
  }
  const spans = lines.map((l, i) => `<tspan x="${right}" y="${bottom - (lines.length - 1 - i) * 14}">${l}</tspan>`).join('');
  return `<text text-anchor="end" font-size="12" fill="#4a5563" stroke="#fff" stroke-width="3" paint-order="stroke">${spans}</text>`;
}

/** Draws the inset into `svg` (made once, redrawn when its size changes): neighbours pale, China as on the main map, islands as dots. */
export function drawInset(svg: SVGSVGElement, box: Rect, caption: string): void {
  const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
  Object.assign(svg.style, { left: `${box.x1}px`, top: `${box.y1}px`, width: `${w}px`, height: `${h}px` });
  if (svg.dataset.size === `${w}x${h}`) return;
  svg.dataset.size = `${w}x${h}`;
  svg.setAttribute('viewBox', `${-w / 2} ${-h / 2} ${w} ${h}`);
  const g = viewportProjection(
    [
      { lon: LON1, lat: LAT1 },
      { lon: LON2, lat: LAT2 },
    ],
    w,
    h,
  );
  const path = (d: string, fill: string, stroke: string) => `<path d="${d}" fill="${fill}" stroke="${stroke}" stroke-width="0.8" stroke-linejoin="round"/>`;
  const neighbours = southSea.coasts.map((r) => ring(g, r)).join('');
  const china = provinces.map((p) => p.rings.map((r) => ring(g, r)).join('')).join('');
  let dots = '';
  for (const [lon, lat] of southSea.islands) {
    const q = project(g, { lon: lon! / 100, lat: lat! / 100 });
    dots += `<circle cx="${q.x.toFixed(1)}" cy="${q.y.toFixed(1)}" r="1.3"/>`;
  }
  svg.innerHTML =
    `<rect x="${-w / 2 + 0.5}" y="${-h / 2 + 0.5}" width="${w - 1}" height="${h - 1}" fill="#fff" stroke="#8a95a1"/>` +
    path(neighbours, '#fafbfc', '#c3cad2') +
    path(china, '#f4f6f8', '#aeb7c1') +
    `<g fill="#5f6b78">${dots}</g>` +
    captionText(caption, w / 2 - 6, h / 2 - 7, w - 12);
}

/** The inset's caption in the page's language. */
export const insetCaption = (lang: string) => (lang === 'en' ? southSea.en : southSea.zh);
