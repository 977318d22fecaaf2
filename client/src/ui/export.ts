// Exports of the view: high-resolution PNG, SVG drawn from node positions, JSON and CSV of the visible elements.
import type cytoscape from 'cytoscape';
import { ReadableLabels } from '../graph/readable-labels';
import { EDGE_DEFAULT_COLOR, REL_COLORS, TYPE_COLORS } from '../graph/style';
import type { NodeType, RelType } from '@policygraph/contract/graph-model';
import { download } from './dom';

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
const visible = (cy: cytoscape.Core) => cy.elements().not('.filtered');

/**
 * PNG of the whole visible graph at 3× resolution on white. The whole graph, not the screen: labels are chosen
 * again over every node for the picture (still none overlapping), then again for the screen.
 */
export async function exportPng(cy: cytoscape.Core): Promise<void> {
  const labels = ReadableLabels.of(cy);
  labels?.relabel('all');
  try {
    const blob = await cy.png({ output: 'blob-promise', full: true, scale: 3, bg: '#ffffff' });
    download(blob, `policygraph-${stamp()}.png`);
  } finally {
    labels?.relabel();
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Builds an SVG document of the visible graph (straight edges, typed colours, labels as text so they stay searchable). */
export function toSvg(cy: cytoscape.Core): string {
  const eles = visible(cy);
  const bb = eles.boundingBox({});
  const pad = 20;
  const parts: string[] = [];
  eles.edges().forEach((e) => {
    const s = e.source().position();
    const t = e.target().position();
    const color = REL_COLORS[e.data('type') as RelType] ?? EDGE_DEFAULT_COLOR;
    parts.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="${color}" stroke-width="1.5"/>`);
  });
  eles.nodes().forEach((n) => {
    const p = n.position();
    const r = Number(n.data('size') ?? 20) / 2;
    const color = TYPE_COLORS[n.data('type') as NodeType] ?? '#999';
    parts.push(
      `<g><circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r}" fill="${color}"/>` +
        `<text x="${p.x.toFixed(1)}" y="${(p.y + r + 14).toFixed(1)}" text-anchor="middle" font-size="13" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(String(n.data('label')))}</text></g>`,
    );
  });
  const w = bb.w + 2 * pad + 100;
  const hgt = bb.h + 2 * pad + 40;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w.toFixed(0)}" height="${hgt.toFixed(0)}" viewBox="${(bb.x1 - pad - 50).toFixed(1)} ${(bb.y1 - pad).toFixed(1)} ${w.toFixed(1)} ${hgt.toFixed(1)}" font-family="WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif">` +
    `<rect x="${(bb.x1 - pad - 50).toFixed(1)}" y="${(bb.y1 - pad).toFixed(1)}" width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`
  );
}

export function exportSvg(cy: cytoscape.Core): void {
  download(new Blob([toSvg(cy)], { type: 'image/svg+xml' }), `policygraph-${stamp()}.svg`);
}

export function exportJson(cy: cytoscape.Core): void {
  const eles = visible(cy);
  const data = { nodes: eles.nodes().map((n) => ({ data: n.data() })), edges: eles.edges().map((e) => ({ data: e.data() })) };
  download(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `policygraph-${stamp()}.json`);
}

const csvCell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One CSV of nodes and edges (kind column tells them apart), with a BOM so Excel reads the Chinese correctly. */
export function exportCsv(cy: cytoscape.Core): void {
  const eles = visible(cy);
  const rows = [['kind', 'id', 'label', 'type', 'source', 'target', 'degree', 'evidenceCount']];
  eles.nodes().forEach((n) => {
    rows.push(['node', n.id(), n.data('label'), n.data('type'), '', '', String(n.degree(false)), '']);
  });
  eles.edges().forEach((e) => {
    rows.push(['edge', e.id(), '', e.data('type'), e.data('source'), e.data('target'), '', String(e.data('evidenceCount') ?? '')]);
  });
  const text = '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), `policygraph-${stamp()}.csv`);
}
