// Legend marks drawn as the canvas draws them: each node type's shape and colour, each relation's colour, dash and arrowhead.
import type { NodeType, RelType } from '@policygraph/contract/graph-model';
import { REL_COLORS, REL_LINES, TYPE_COLORS, TYPE_SHAPES } from './style';

const SVG = 'http://www.w3.org/2000/svg';

function svg(width: number, height: number, inner: string): SVGSVGElement {
  const el = document.createElementNS(SVG, 'svg');
  el.setAttribute('width', String(width));
  el.setAttribute('height', String(height));
  el.setAttribute('viewBox', `0 0 ${width} ${height}`);
  el.setAttribute('aria-hidden', 'true');
  el.innerHTML = inner;
  return el;
}

/** A 14-px mark in the node type's shape and colour. */
export function legendShape(type: NodeType): SVGSVGElement {
  const fill = TYPE_COLORS[type];
  const shape = TYPE_SHAPES[type];
  const inner =
    shape === 'diamond'
      ? `<polygon points="7,0 14,7 7,14 0,7" fill="${fill}"/>`
      : shape === 'round-rectangle'
        ? `<rect x="1" y="2" width="12" height="10" rx="3" fill="${fill}"/>`
        : shape === 'hexagon'
          ? `<polygon points="3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7" fill="${fill}"/>`
          : shape === 'rectangle'
            ? `<rect x="1" y="2" width="12" height="10" fill="${fill}"/>`
            : `<circle cx="7" cy="7" r="6.5" fill="${fill}"/>`;
  return svg(14, 14, inner);
}

/** A 30-px stretch of the relation's line: its colour, dash pattern and arrowhead. */
export function legendLine(rel: RelType): SVGSVGElement {
  const color = REL_COLORS[rel];
  const { dash, arrow } = REL_LINES[rel];
  const head =
    arrow === 'vee' || arrow === 'chevron'
      ? `<polyline points="21,2 28,6 21,10" fill="none" stroke="${color}" stroke-width="2"/>`
      : arrow === 'circle-triangle'
        ? `<circle cx="20" cy="6" r="2.5" fill="${color}"/><polygon points="22,2 29,6 22,10" fill="${color}"/>`
        : arrow === 'triangle-backcurve'
          ? `<path d="M21,1 L29,6 L21,11 Q24,6 21,1 Z" fill="${color}"/>`
          : `<polygon points="21,2 29,6 21,10" fill="${color}"/>`;
  return svg(
    30,
    12,
    `<line x1="1" y1="6" x2="22" y2="6" stroke="${color}" stroke-width="2"${dash.length > 0 ? ` stroke-dasharray="${dash.join(' ')}"` : ''}/>${head}`,
  );
}
