// The explorer's core: owns the view state, the canvas and the status line, and runs every action through perform().
import type cytoscape from 'cytoscape';
import type { GraphResponse } from '@policygraph/contract/api';
import { ApiRequestError } from '../api';
import { GraphStore } from '../graph/graph-store';
import { runLayout } from '../graph/layouts';
import { applyViewState, createGraph, currentPositions, layoutFor, RollupAnswers, VIEWPORT_OPTIONS } from '../graph/view-replay';
import { setLocale, t } from '../i18n';
import { decodeViewState, encodeViewState, type LayoutName, type ViewState } from '../state/view-state';
import { byId, h, translateStatic } from '../ui/dom';
import type { ExplorerFeature } from './feature';

/** What an action asks for once its data is loaded (see perform). */
export interface Performed {
  /** After the view is re-applied, before the layout (e.g. fading what the result does not hold). */
  beforeLayout?: () => void;
  /** True when no layout is needed (every node has its place already, e.g. from a link). */
  skipLayout?: () => boolean;
  /** Once laid out, before the status says ready (open a panel). */
  after?: () => Promise<void> | void;
  /** True when the view must stay as it is (a link restored its zoom and pan): no refit at the end. */
  keepView?: () => boolean;
  /** A node the view is centred on (a search hit, a link's focus) while everything visible is still on screen. */
  centre?: () => string | undefined;
}

/** The most a refit zooms in: a handful of nodes would otherwise fill the screen with giant labels. */
const MAX_FIT_ZOOM = 1.5;
/** Space kept between the fitted graph and the canvas edge (or an overlay), in screen pixels. */
const FIT_PADDING = 40;

export class ExplorerController {
  state: ViewState;
  readonly cy: cytoscape.Core;
  readonly store: GraphStore;
  /** Roll-up answers of the API, kept while the page lives. */
  readonly answers = new RollupAnswers();
  private readonly features: ExplorerFeature[] = [];
  private readonly late: Promise<unknown>[] = [];
  /** Actions under way: the status says ready only when the last one is done. */
  private pending = 0;
  /** Layouts run one after the other; requests made while one waits share it. */
  private layouts: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  /** False until the first layout of a fresh canvas: that one starts from scratch, later ones refine. */
  private laidOut = false;
  /**
   * The fragment as this explorer last wrote or followed it. A different one in the address bar is a link pasted into
   * the tab whose hashchange has not run yet: a late write (the settle timer after a refit) would replace it with the
   * old view and the pasted link would be lost, so commit() leaves it for followHash.
   */
  private written = location.hash;

  constructor(hash: string) {
    this.state = decodeViewState(hash);
    setLocale(this.state.lang);
    translateStatic();
    this.cy = createGraph(byId('graph'), { ...VIEWPORT_OPTIONS, webgl: this.state.webgl });
    this.store = new GraphStore(this.cy);
    // Cytoscape only watches the window; side panels opening and closing resize the canvas too.
    new ResizeObserver(() => this.cy.resize()).observe(byId('graph'));
    // Panning, zooming and dragging change the picture a link reopens.
    let settle: ReturnType<typeof setTimeout> | undefined;
    this.cy.on('viewport dragfree', () => {
      clearTimeout(settle);
      settle = setTimeout(() => this.pending === 0 && this.commit(), 300);
    });
  }

  /** Registers a feature: its hooks run from now on, in registration order. */
  use<F extends ExplorerFeature>(feature: F): F {
    this.features.push(feature);
    return feature;
  }

  /**
   * Features whose code loads after the first view (the write side's corrections) register here while they load, so
   * that what lists every feature's items waits for them: a node menu opened on a busy machine between 'ready' and
   * their arrival would otherwise lack 更正文档…/改名… with nothing to say they are coming. A feature that fails to
   * load is simply not there; it never blocks the menu.
   */
  arriving(loading: Promise<unknown>): void {
    this.late.push(loading.catch(() => undefined));
  }

  /** Settles once every feature registered through `arriving` so far has loaded (or failed to). */
  arrived(): Promise<void> {
    return Promise.all(this.late).then(() => undefined);
  }

  /** The node-menu items of every feature for `node`, in registration order. */
  menuItems(node: cytoscape.NodeSingular) {
    return this.features.flatMap((f) => f.menuItems?.(node) ?? []);
  }

  /**
   * Runs one action that loads something: busy → action → re-apply the view → layout → its follow-up → ready, or
   * the failure banner when any of it throws. Every loading action of the explorer goes through here.
   */
  async perform(action: () => Promise<Performed>): Promise<void> {
    this.pending++;
    this.setBusy(t('app.loading'));
    try {
      const next = await action();
      this.applyView();
      next.beforeLayout?.();
      if (next.skipLayout?.()) this.laidOut = true;
      else await this.layout();
      await next.after?.();
      for (const f of this.features) f.beforeFit?.();
      // Whatever the action showed, nothing visible is left off-screen or under the hint and notes.
      if (!next.keepView?.()) this.fitVisible(next.centre?.());
      if (--this.pending === 0) {
        // The link now holds where everything ended up.
        this.commit();
        this.setReady();
      }
    } catch (err) {
      this.pending--;
      this.showFailure(err);
    }
  }

  /**
   * Runs `work` (an action whose code loads on first use, then performs) with the status held at busy throughout, so
   * the page never says ready between the code arriving and the action starting.
   */
  async hold(work: () => Promise<void>): Promise<void> {
    this.pending++;
    this.setBusy(t('app.loading'));
    try {
      await work();
    } catch (err) {
      this.showFailure(err);
    } finally {
      if (--this.pending === 0 && document.body.dataset.state !== 'error') {
        this.commit();
        this.setReady();
      }
    }
  }

  /**
   * For actions on what is already loaded (filters, hide, collapse): URL and view at once, then a gentle re-layout
   * and refit of what is left visible.
   */
  refresh(): Promise<void> {
    this.commit();
    this.applyView();
    return this.perform(async () => ({}));
  }

  /** Forgets the layout of the canvas (it was cleared): the next layout starts from scratch. */
  freshCanvas(): void {
    this.laidOut = false;
  }

  /** Marks the canvas laid out (its positions came from a link): later layouts refine them. */
  markLaidOut(): void {
    this.laidOut = true;
  }

  /**
   * Writes the view into the URL (replace, not push: every click is not a history entry), with the positions,
   * zoom and pan once the canvas was laid out.
   */
  commit(): void {
    // The base map (its own chunk) is fetched by the geographic layout only; once there it follows the layout.
    if (this.state.layout === 'geo' || this.cy.scratch('baseMap'))
      void import('../graph/base-map').then((m) => m.drawBaseMap(this.cy, layoutFor(this.cy, this.state.layout) === 'geo'));
    if (location.hash !== this.written) return;
    if (this.laidOut) {
      this.state.positions = currentPositions(this.cy);
      const pan = this.cy.pan();
      this.state.viewport = { zoom: this.cy.zoom(), x: pan.x, y: pan.y };
    }
    history.replaceState(null, '', `${location.pathname}${location.search}${encodeViewState(this.state)}`);
    this.written = location.hash;
  }

  /** The fragment now in the address bar is the view to show from here on (a followed link). */
  followed(): void {
    this.written = location.hash;
  }

  /** Re-applies hidden, pinned, roll-up and filters from the state to what is loaded. */
  applyView(): void {
    applyViewState(this.store, this.state, this.answers);
    for (const f of this.features) f.viewApplied?.();
  }

  /** Puts the state into every feature's controls. */
  syncControls(): void {
    for (const f of this.features) f.sync?.();
  }

  /**
   * Lays out what is visible with the state's layout (fcose, with a note, when the map has no place to stand on)
   * and fits the view to it. After the first layout of a canvas, a force layout refines the current positions;
   * `fresh` (the reader chose another layout) starts again from scratch.
   */
  layout(fresh = false): Promise<void> {
    if (fresh) this.laidOut = false;
    if (this.queued) return this.queued;
    const run = this.layouts.then(async () => {
      this.queued = undefined;
      await runLayout(this.cy, this.effectiveLayout(), { incremental: this.laidOut });
      this.laidOut = true;
    });
    this.queued = run;
    this.layouts = run.catch(() => undefined);
    return run;
  }

  effectiveLayout(): LayoutName {
    const name = layoutFor(this.cy, this.state.layout);
    if (name !== this.state.layout) this.note(t('layout.geoNone'));
    return name;
  }

  setBusy(text: string): void {
    document.body.dataset.state = 'loading';
    byId('status').textContent = text;
  }

  setReady(): void {
    const nodes = this.cy.nodes().not('.filtered').length;
    const edges = this.cy.edges().not('.filtered').length;
    byId('status').textContent = nodes === 0 ? t('app.empty') : t('app.ready', { nodes, edges });
    document.body.dataset.state = nodes === 0 ? 'empty' : 'ready';
    // First graph on screen and interactive: bench:client reads this mark.
    if (performance.getEntriesByName('policygraph:ready').length === 0) performance.mark('policygraph:ready');
    for (const f of this.features) f.ready?.();
  }

  showFailure(err: unknown): void {
    const unreachable = err instanceof ApiRequestError ? err.unreachable : false;
    const detail = err instanceof ApiRequestError ? (err.status === 0 ? 'network' : err.message) : String((err as Error)?.message ?? err);
    byId('banner-text').textContent = unreachable ? t('app.unreachable', { detail }) : t('app.error', { detail });
    byId('banner').hidden = false;
    byId('status').textContent = '';
    document.body.dataset.state = 'error';
  }

  /** A line in the notes under the status (the last three are kept). */
  note(text: string): void {
    const notes = byId('notes');
    notes.append(h('li', { class: 'capped' }, text));
    while (notes.children.length > 3) notes.firstElementChild?.remove();
  }

  /** Says how much of a capped answer is shown; `label` names the node whose neighbours were asked for. */
  noteCapped(res: GraphResponse, label?: string): void {
    if (!res.capped) return;
    const shown = res.elements.nodes.length;
    if (label) this.note(t('expand.capped', { label, shown, total: res.total ?? shown }));
    else this.note(res.total !== undefined ? t('app.capped', { shown, total: res.total }) : t('app.cappedNoTotal', { shown }));
  }

  /** The label of a node on the canvas, or its id. */
  label(id: string): string {
    return String(this.cy.getElementById(id).data('label') ?? id);
  }

  /**
   * The part of the canvas no overlay covers, in screen pixels: the status line and the hint at the top left, the
   * notes (结果已截断 …) at the bottom left, the zoom buttons at the right. Bands, not boxes: a node under the
   * corner of one would still be hidden.
   */
  freeArea(): { x1: number; y1: number; x2: number; y2: number } {
    const graph = byId('graph').getBoundingClientRect();
    let [top, bottom, right] = [0, 0, 0];
    for (const id of ['status', 'hint', 'notes', 'nav', 'overview-map']) {
      const el = document.getElementById(id);
      if (!el || el.hidden || el.offsetParent === null) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (id === 'nav') right = Math.max(right, graph.right - r.left);
      else if (id === 'notes' || id === 'overview-map') bottom = Math.max(bottom, graph.bottom - r.top);
      else top = Math.max(top, r.bottom - graph.top);
    }
    return { x1: 0, y1: top, x2: graph.width - right, y2: graph.height - bottom };
  }

  /**
   * Fits some elements into the free area (zoom at most 1.5), after the canvas took its size next to an open panel.
   * With `centre`, that node sits in the middle of the canvas and the zoom is the largest that still shows them all.
   */
  fitTo(eles: cytoscape.Collection, centre?: cytoscape.NodeSingular): void {
    const cy = this.cy;
    cy.resize();
    if (eles.empty()) return;
    const bb = eles.boundingBox({ includeLabels: false, includeOverlays: false });
    const free = this.freeArea();
    const [w, h] = [free.x2 - free.x1 - 2 * FIT_PADDING, free.y2 - free.y1 - 2 * FIT_PADDING];
    if (w <= 0 || h <= 0) return;
    if (centre?.nonempty()) {
      const c = centre.position();
      const [mx, my] = [cy.width() / 2, cy.height() / 2];
      // Room on each side of the middle, up to the free area's edges.
      const room = { l: mx - free.x1 - FIT_PADDING, r: free.x2 - FIT_PADDING - mx, t: my - free.y1 - FIT_PADDING, b: free.y2 - FIT_PADDING - my };
      const need = (span: number, space: number) => (span > 0 ? space / span : Number.POSITIVE_INFINITY);
      const zoom = Math.min(1, need(c.x - bb.x1, room.l), need(bb.x2 - c.x, room.r), need(c.y - bb.y1, room.t), need(bb.y2 - c.y, room.b));
      const z = Math.max(cy.minZoom(), Math.min(zoom, cy.maxZoom()));
      cy.viewport({ zoom: z, pan: { x: mx - z * c.x, y: my - z * c.y } });
      return;
    }
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, w / Math.max(1, bb.w), h / Math.max(1, bb.h)));
    const [cx, cyy] = [(bb.x1 + bb.x2) / 2, (bb.y1 + bb.y2) / 2];
    cy.viewport({ zoom, pan: { x: (free.x1 + free.x2) / 2 - zoom * cx, y: (free.y1 + free.y2) / 2 - zoom * cyy } });
  }

  /** Everything visible on screen, optionally centred on one node. */
  fitVisible(centreId?: string): void {
    const centre = centreId ? this.cy.getElementById(centreId) : undefined;
    this.fitTo(this.cy.elements().not('.filtered'), centre?.nonempty() && centre.isNode() ? centre : undefined);
  }

  centreOn(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    this.cy.zoom(Math.max(this.cy.zoom(), 1));
    this.cy.center(n);
  }
}
