// Readable labels at every zoom, for the explorer and the embedded view: a constant on-screen size when zoomed out
// (growing when zoomed in), and only the most important labels that fit without touching; the rest show on hover.
import type cytoscape from 'cytoscape';
import { type Box, chooseLabels, type LabelCandidate } from './label-priority';
import { graphStyle } from './style';

/** After a pan or zoom, wait this long for the viewport to settle before choosing labels again. */
const SETTLE_MS = 120;
const SCRATCH_KEY = '_policygraphLabels';

export class ReadableLabels {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private scale = 1;
  /** Label boxes relative to their node, under and above it, by what shapes them (see labelBoxes). */
  private readonly boxes = new Map<string, { below: Box; above: Box }>();

  /**
   * `mustName` lists what is named first (focus, selection, path ends); their neighbours and `nameNext` (e.g. the
   * expanded nodes) come next, then the rest by degree.
   */
  constructor(
    private readonly cy: cytoscape.Core,
    private readonly mustName: () => Iterable<string | undefined>,
    private readonly nameNext: () => Iterable<string> = () => [],
  ) {
    cy.on('viewport resize', () => this.schedule());
    cy.on('select unselect', () => this.schedule());
    cy.on('mouseover', 'node', (e) => void (e.target as cytoscape.NodeSingular).addClass('hovered'));
    cy.on('mouseout', 'node', (e) => void (e.target as cytoscape.NodeSingular).removeClass('hovered'));
    // Cytoscape sends no mouseout when the pointer leaves the canvas straight from a node (onto the node menu, a
    // panel): the hover label would stay on, over the labels chosen to keep clear of it.
    cy.container()?.addEventListener('mouseleave', () => void cy.nodes('.hovered').removeClass('hovered'));
    // Kept on the canvas so that an export of the whole graph can ask for labels beyond the screen.
    cy.scratch(SCRATCH_KEY, this);
  }

  /** The labeller of a canvas, if it has one (see `exportPng`). */
  static of(cy: cytoscape.Core): ReadableLabels | undefined {
    return cy.scratch(SCRATCH_KEY) as ReadableLabels | undefined;
  }

  /** Chooses labels again once the viewport has been still for `delay` ms (0: in the next task). */
  schedule(delay = SETTLE_MS): void {
    clearTimeout(this.timer);
    // Says on the canvas whether the labels match the viewport yet (tests and screenshots wait for 'chosen').
    this.mark('pending');
    this.timer = setTimeout(() => this.relabel(), delay);
  }

  /**
   * On the page's body, not the canvas: Cytoscape watches its container's attributes and resizes on every change,
   * which would schedule labels again, for ever.
   */
  private mark(state: 'pending' | 'chosen'): void {
    document.body.dataset.labels = state;
  }

  /**
   * Sizes labels for the zoom, then names as many nodes as fit. Every node carries its label text, transparent
   * unless chosen, so the renderer measures each box exactly as it would draw it (font, outline, ellipsis,
   * background) — the projector's placeLabels uses the renderer's boxes for the same reason, never an estimate.
   */
  relabel(scope: 'view' | 'all' = 'view'): void {
    clearTimeout(this.timer);
    const cy = this.cy;
    const scale = 1 / Math.min(1, cy.zoom());
    if (Math.abs(scale - this.scale) > 0.01 * this.scale) {
      this.scale = scale;
      cy.style(graphStyle(scale, true));
    }
    const view = cy.extent();
    const visible = cy.nodes().not('.filtered');
    const inView = visible.nodes().filter((n) => {
      if (scope === 'all') return true;
      const p = n.position();
      return p.x >= view.x1 && p.x <= view.x2 && p.y >= view.y1 && p.y <= view.y2;
    });
    const must = new Set<string>();
    for (const id of this.mustName()) if (id !== undefined) must.add(id);
    cy.nodes(':selected').forEach((n) => void must.add(n.id()));
    const near = new Set<string>();
    for (const id of must) {
      const n = cy.getElementById(id);
      if (n.nonempty() && n.isNode())
        n.neighborhood()
          .nodes()
          .forEach((m) => void near.add(m.id()));
    }
    // A path's nodes are what the reader asked to see: named first, like the focus.
    cy.nodes('.path').forEach((n) => void must.add(n.id()));
    for (const id of this.nameNext()) near.add(id);
    const { below, above } = this.labelBoxes(inView);
    const candidates: LabelCandidate[] = inView.map((n) => ({
      id: n.id(),
      // Faded nodes (outside a path or comparison) are named last: their pale labels must not crowd out the result.
      // The selection's label is drawn whatever is chosen (node:selected in the style): placed first, so the rest keep clear of it.
      rank: n.selected() ? -1 : must.has(n.id()) ? 0 : n.hasClass('faded') ? 3 : near.has(n.id()) ? 1 : 2,
      weight: Number(n.data('degree') ?? 0),
      label: below.get(n.id())!,
      above: above.get(n.id())!,
      node: n.boundingBox({ includeNodes: true, includeLabels: false, includeOverlays: false }),
    }));
    const chosen = chooseLabels(candidates, { avoidNodes: true });
    cy.batch(() =>
      visible.forEach((n) => {
        const side = chosen.get(n.id());
        n.toggleClass('labelled', side !== undefined);
        n.toggleClass('label-above', side === 'above');
      }),
    );
    this.mark('chosen');
    // What draws under or over the graph and must keep clear of its labels (the base map's names) places itself now.
    cy.emit('labelschosen');
  }

  /**
   * Both places a label can take (under its node, then above it) as the renderer measures them. A box is kept
   * relative to its node, keyed by what shapes it (text, font size via type and scope, node size, label scale), so
   * a relabel after a pan, a hover or a selection measures only labels it has not seen: measuring means moving every
   * label to the other side and back (two style passes) and asking the renderer for each box uncached, which was most
   * of the first view's label work. useCache false: after a class change Cytoscape's cached box is still where the
   * label was before (labels chosen on those boxes overlapped on screen).
   */
  private labelBoxes(nodes: cytoscape.NodeCollection): { below: Map<string, Box>; above: Map<string, Box> } {
    const cy = this.cy;
    const key = (n: cytoscape.NodeSingular) =>
      [this.scale, n.data('label'), n.data('rollupLabel') ?? '', n.data('type'), n.data('scope') ?? '', n.width(), n.height()].join('|');
    const at = (n: cytoscape.NodeSingular, rel: Box): Box => {
      const p = n.position();
      return { x1: p.x + rel.x1, y1: p.y + rel.y1, x2: p.x + rel.x2, y2: p.y + rel.y2 };
    };
    const below = new Map<string, Box>();
    const above = new Map<string, Box>();
    const unseen = nodes
      .filter((n) => {
        const hit = this.boxes.get(key(n));
        if (!hit) return true;
        below.set(n.id(), at(n, hit.below));
        above.set(n.id(), at(n, hit.above));
        return false;
      })
      .nodes();
    if (unseen.empty()) return { below, above };
    const measure = (n: cytoscape.NodeSingular): Box => {
      const b = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false, useCache: false } as cytoscape.BoundingBoxOptions);
      const p = n.position();
      return { x1: b.x1 - p.x, y1: b.y1 - p.y, x2: b.x2 - p.x, y2: b.y2 - p.y };
    };
    cy.batch(() => unseen.forEach((n) => void n.removeClass('label-above')));
    const under = new Map(unseen.map((n) => [n.id(), measure(n)] as const));
    cy.batch(() => unseen.forEach((n) => void n.addClass('label-above')));
    const over = new Map(unseen.map((n) => [n.id(), measure(n)] as const));
    // Each is put on its chosen side by relabel's last pass, in the same task: nothing is drawn meanwhile.
    // A graph of thousands seen at many zooms would keep every box it ever measured: the cache starts again instead.
    if (this.boxes.size > 20_000) this.boxes.clear();
    unseen.forEach((n) => {
      const r = { below: under.get(n.id())!, above: over.get(n.id())! };
      this.boxes.set(key(n), r);
      below.set(n.id(), at(n, r.below));
      above.set(n.id(), at(n, r.above));
    });
    return { below, above };
  }
}
