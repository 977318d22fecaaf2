// The overview map of a large graph: every visible node as a dot, the part on screen as a frame; click or drag to go there.
import type cytoscape from 'cytoscape';
import { TYPE_COLORS } from './style';

const WIDTH = 180;
const HEIGHT = 120;
const PAD = 6;

/**
 * Draws into its own small canvas (no snapshot of Cytoscape's: cytoscape-navigator renders the whole graph to an
 * image on every change, which costs more than the graph itself with thousands of nodes). Redraws at most once a
 * frame after a pan, zoom, move, add or remove.
 */
export class OverviewMap {
  readonly canvas: HTMLCanvasElement;
  private frame = 0;
  private box = { x1: 0, y1: 0, scale: 1, ox: 0, oy: 0 };
  private readonly onChange = () => this.schedule();

  constructor(
    private readonly cy: cytoscape.Core,
    host: HTMLElement,
    label: string,
    refit: () => void,
  ) {
    const canvas = document.createElement('canvas');
    canvas.id = 'overview-map';
    canvas.width = WIDTH * devicePixelRatio;
    canvas.height = HEIGHT * devicePixelRatio;
    canvas.style.width = `${WIDTH}px`;
    canvas.style.height = `${HEIGHT}px`;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    canvas.title = label;
    host.append(canvas);
    this.canvas = canvas;
    cy.on('viewport resize position add remove', this.onChange);
    let dragging = false;
    const go = (e: PointerEvent) => {
      const r = canvas.getBoundingClientRect();
      const { x1, y1, scale, ox, oy } = this.box;
      const mx = x1 + (e.clientX - r.left - ox) / scale;
      const my = y1 + (e.clientY - r.top - oy) / scale;
      const z = cy.zoom();
      cy.pan({ x: cy.width() / 2 - z * mx, y: cy.height() / 2 - z * my });
    };
    canvas.addEventListener('pointerdown', (e) => {
      dragging = true;
      canvas.setPointerCapture(e.pointerId);
      go(e);
    });
    canvas.addEventListener('pointermove', (e) => void (dragging && go(e)));
    canvas.addEventListener('pointerup', () => void (dragging = false));
    this.draw();
    // Shown after the action's fit: refit when the map came down on top of a node.
    const r = canvas.getBoundingClientRect();
    const g = cy.container()!.getBoundingClientRect();
    const under = cy
      .nodes()
      .not('.filtered')
      .some((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return g.left + b.x1 < r.right && r.left < g.left + b.x2 && g.top + b.y1 < r.bottom && r.top < g.top + b.y2;
      });
    if (under) refit();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.cy.off('viewport resize position add remove', this.onChange);
    this.canvas.remove();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const cy = this.cy;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(devicePixelRatio, 0, 0, devicePixelRatio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    const nodes = cy.nodes().not('.filtered');
    if (nodes.empty()) return;
    const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    const scale = Math.min((WIDTH - 2 * PAD) / Math.max(1, bb.w), (HEIGHT - 2 * PAD) / Math.max(1, bb.h));
    const ox = (WIDTH - bb.w * scale) / 2;
    const oy = (HEIGHT - bb.h * scale) / 2;
    this.box = { x1: bb.x1, y1: bb.y1, scale, ox, oy };
    nodes.forEach((n) => {
      const p = n.position();
      ctx.fillStyle = TYPE_COLORS[n.data('type') as keyof typeof TYPE_COLORS] ?? '#868e96';
      ctx.fillRect(ox + (p.x - bb.x1) * scale - 1, oy + (p.y - bb.y1) * scale - 1, 2.5, 2.5);
    });
    // The part of the graph on screen.
    const ext = cy.extent();
    ctx.strokeStyle = '#1864ab';
    ctx.lineWidth = 1.5;
    ctx.strokeRect(ox + (ext.x1 - bb.x1) * scale, oy + (ext.y1 - bb.y1) * scale, ext.w * scale, ext.h * scale);
  }
}
