// Plays a story on a canvas: animated step changes, projector-sized labels, caption, evidence and click-for-evidence.
import cytoscape from 'cytoscape';
import type { Evidence } from '@policygraph/contract/api';
import type { RelType } from '@policygraph/contract/graph-model';
import type { Story, StoryStep } from '@policygraph/contract/story';
import { projectionOf } from '../graph/geo-projection';
import { REL_COLORS, TYPE_COLORS, TYPE_SHAPES } from '../graph/style';
import { t } from '../i18n';
import { h } from '../ui/dom';
import { ensurePlayerStyles } from './player-styles';

/** Labels are drawn at this many screen pixels when a step is shown (the projector's back row must read them). */
export const PROJECTOR_LABEL_PX = 26;
const NORMAL_LABEL_PX = 14;
const TRANSITION_MS = 600;
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif';

export type PlayerTheme = 'projector' | 'normal';

export interface PlayerOptions {
  theme: PlayerTheme;
  /** Called when the shown step changes (e.g. to keep it in the URL). */
  onStep?: (index: number) => void;
  /** Called when the user clicks a node or an edge. */
  onSelect?: (id: string) => void;
  /** When given, the title bar gets a leave button calling it (the explorer's presentation mode). */
  onExit?: () => void;
  /** Extra evidence source when the story holds none for an element (the live explorer asks the API). */
  fetchEvidence?: (id: string) => Promise<Evidence[]>;
}

/** Screen-independent zoom that fits a step's nodes into a box of the given size. */
export function fitZoom(step: StoryStep, width: number, height: number, padding: number): { zoom: number; cx: number; cy: number } {
  const xs = step.nodes.map((n) => n.position.x);
  const ys = step.nodes.map((n) => n.position.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const zoom = Math.min((width - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1), 1.6);
  return { zoom: Math.max(0.05, zoom), cx: (x1 + x2) / 2, cy: (y1 + y2) / 2 };
}

/**
 * Whether a step's places stand where a map puts them (a geographic step: taken from the geographic layout, or a
 * diffusion story): the player draws the base map under it and never stretches it, which would bend the map.
 */
export function onMap(step: StoryStep): boolean {
  const places = step.nodes.flatMap((n) =>
    n.data.type === 'Place' && typeof n.data.lon === 'number' && typeof n.data.lat === 'number' ? [{ lon: n.data.lon, lat: n.data.lat, ...n.position }] : [],
  );
  // Three at least: two places a layout put anywhere still line up with some map one time in fifty.
  return places.length >= 3 && projectionOf(places) !== undefined;
}

/** Province names on a projected map: smaller than the graph's 26 px, so the graph stays what the room reads first. */
const PROJECTOR_MAP_NAME_PX = 20;

/** How far a step may be stretched sideways to fill a wide screen: more would bend what the layout meant. */
const MAX_STRETCH = 2.2;

/**
 * The step as drawn on a `width` × `height` screen: a step that is taller than the screen's shape (a chain, a
 * column of places) is spread sideways about its middle, up to MAX_STRETCH, so the graph uses the whole width
 * instead of a third of it. Only positions change; the same step on the same screen always comes out the same.
 */
export function fitToScreen(step: StoryStep, width: number, height: number): StoryStep {
  if (step.nodes.length < 2 || width <= 0 || height <= 0 || onMap(step)) return step;
  const xs = step.nodes.map((n) => n.position.x);
  const ys = step.nodes.map((n) => n.position.y);
  const [w, hgt] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
  if (w <= 0 || hgt <= 0) return step;
  const k = Math.min(MAX_STRETCH, width / height / (w / hgt));
  if (k <= 1.05) return step;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  return { ...step, nodes: step.nodes.map((n) => ({ ...n, position: { x: cx + (n.position.x - cx) * k, y: n.position.y } })) };
}

/** Longest label on one line, in characters of the label size; longer ones end in an ellipsis (the click panel has the full name). */
const LABEL_MAX_CHARS = 9;

/** On-screen node diameter: grows with degree, capped so a hub does not cover its neighbours on a projector. */
function nodePx(n: cytoscape.NodeSingular, projector: boolean): number {
  const base = 18 + 5 * Math.sqrt(Number(n.data('degree') ?? 0));
  return projector ? Math.min(56, 1.4 * base) : Math.min(60, base);
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const shift = (b: Box, p: { x: number; y: number }): Box => ({ x1: b.x1 + p.x, y1: b.y1 + p.y, x2: b.x2 + p.x, y2: b.y2 + p.y });

/** A node's label box and shape box in model coordinates, relative to the node's centre. */
export interface NodeBoxes {
  label: Box;
  node: Box;
}

/**
 * Chooses which nodes get a projector label: what the step points at first, then its neighbours, then by degree,
 * skipping any label whose box would touch one already placed or a node. Unlabelled nodes still answer a click.
 * The boxes come from the renderer itself (see StoryPlayer.label): an own estimate of text width, outline and
 * padding drifted from Cytoscape's by a few pixels at high zoom, and close neighbours then overlapped on screen.
 */
export function placeLabels(step: StoryStep, boxesOf: (id: string) => NodeBoxes): Set<string> {
  const focus = new Set([...step.highlight, ...(step.evidence ? [step.evidence.elementId] : [])]);
  // A highlighted relation is read by its two ends: both are named first, like the relation itself.
  for (const e of step.edges)
    if (focus.has(e.data.id)) {
      focus.add(e.data.source);
      focus.add(e.data.target);
    }
  const near = new Set<string>();
  for (const e of step.edges) {
    if (focus.has(e.data.id) || focus.has(e.data.source) || focus.has(e.data.target)) {
      near.add(e.data.source);
      near.add(e.data.target);
    }
  }
  // The quoted relation's two ends come before the rest of what is highlighted (a path's other nodes).
  const quoted = step.edges.find((e) => e.data.id === step.evidence?.elementId);
  const ends = new Set(quoted ? [quoted.data.source, quoted.data.target] : []);
  const rank = (id: string) => (ends.has(id) ? -1 : focus.has(id) ? 0 : near.has(id) ? 1 : 2);
  // Ties keep the step's own order, so the same step always gets the same labels.
  const order = [...step.nodes].sort((a, b) => rank(a.data.id) - rank(b.data.id) || Number(b.data.degree ?? 0) - Number(a.data.degree ?? 0));
  const nodeBoxes: Box[] = step.nodes.map((n) => shift(boxesOf(n.data.id).node, n.position));
  const placed: Box[] = [];
  const chosen = new Set<string>();
  for (const n of order) {
    const box = shift(boxesOf(n.data.id).label, n.position);
    const own = step.nodes.indexOf(n);
    // What the step points at is always named (only another such label can push it out); the rest make room.
    const blocked = placed.some((b) => overlaps(b, box)) || (rank(n.data.id) > 0 && nodeBoxes.some((b, i) => i !== own && overlaps(b, box)));
    if (blocked) continue;
    placed.push(box);
    chosen.add(n.data.id);
  }
  return chosen;
}

/** Stylesheet for one step: sizes are divided by the step's zoom so they come out the same on screen at any graph size. */
function playerStyle(theme: PlayerTheme, zoom: number): cytoscape.StylesheetJson {
  const projector = theme === 'projector';
  const px = (v: number) => v / zoom;
  const label = projector ? PROJECTOR_LABEL_PX : NORMAL_LABEL_PX;
  return [
    {
      selector: 'node',
      style: {
        // Projector: only nodes chosen by placeLabels() carry a label, so the ones shown never overlap.
        label: projector ? '' : 'data(label)',
        'font-family': FONT,
        'font-size': px(label),
        'font-weight': projector ? 'bold' : 'normal',
        color: '#000000',
        'text-valign': 'bottom',
        'text-margin-y': px(6),
        'text-wrap': projector ? 'ellipsis' : 'wrap',
        'text-max-width': `${px(label * LABEL_MAX_CHARS)}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': px(projector ? 3 : 2),
        // Where labels cross edges or each other, a white plate keeps the front one readable from the back row.
        'text-background-color': '#ffffff',
        'text-background-opacity': projector ? 0.85 : 0,
        'text-background-padding': `${px(2)}px`,
        width: (n: cytoscape.NodeSingular) => px(nodePx(n, projector)),
        height: (n: cytoscape.NodeSingular) => px(nodePx(n, projector)),
        'border-width': px(2),
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    ...Object.entries(TYPE_COLORS).map(([type, color]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': color, shape: TYPE_SHAPES[type as keyof typeof TYPE_SHAPES] },
    })),
    {
      selector: 'edge',
      style: {
        width: px(projector ? 3 : 1.5),
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1,
        'line-color': '#868e96',
        'target-arrow-color': '#868e96',
      },
    },
    ...(Object.keys(REL_COLORS) as RelType[]).map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': REL_COLORS[type], 'target-arrow-color': REL_COLORS[type] },
    })),
    { selector: 'node.hl', style: { 'border-width': px(6), 'border-color': '#e03131', 'z-index': 10 } },
    { selector: 'edge.hl', style: { width: px(projector ? 8 : 4), 'line-color': '#e03131', 'target-arrow-color': '#e03131', 'z-index': 10 } },
    // Stepped-back nodes fade their shapes but keep dark labels: a grey label is unreadable on a projector.
    { selector: 'node.dim', style: { 'background-opacity': 0.35, 'border-opacity': 0.35, 'text-opacity': 0.9 } },
    { selector: 'edge.dim', style: { opacity: 0.3 } },
    { selector: 'node:selected', style: { 'border-width': px(6), 'border-color': '#f59f00' } },
    { selector: 'edge:selected', style: { width: px(8), 'line-color': '#f59f00', 'target-arrow-color': '#f59f00' } },
  ];
}

/** Cytoscape's typings leave `style` out of element animations; the runtime animates it. */
function animate(
  ele: cytoscape.SingularElementArgument,
  props: { position?: cytoscape.Position; style?: Record<string, number> },
  duration: number,
): Promise<unknown> {
  return ele
    .animation({ ...props, duration } as unknown as cytoscape.SingularAnimationOptionsPos)
    .play()
    .promise();
}

/** A story on screen; build it into an empty element, then drive it with next()/previous()/go(). */
export class StoryPlayer {
  readonly cy: cytoscape.Core;
  private current = -1;
  private readonly root: HTMLElement;
  private readonly els: Record<'title' | 'counter' | 'caption' | 'evidence' | 'sentence' | 'source' | 'detail', HTMLElement>;
  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);
  private readonly reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  constructor(
    host: HTMLElement,
    readonly story: Story,
    private readonly options: PlayerOptions,
  ) {
    ensurePlayerStyles();
    const canvas = h('div', { class: 'pg-canvas', role: 'img', 'aria-label': story.title });
    this.els = {
      title: h('h1', { class: 'pg-title' }),
      counter: h('span', { class: 'pg-counter', 'aria-live': 'polite' }),
      caption: h('p', { class: 'pg-caption' }),
      sentence: h('p', { class: 'pg-sentence' }),
      source: h('cite', { class: 'pg-source' }),
      evidence: h('blockquote', { class: 'pg-evidence', hidden: true }),
      detail: h('aside', { class: 'pg-detail', hidden: true, 'aria-live': 'polite', 'aria-label': t('a11y.details') }),
    };
    this.els.evidence.append(this.els.sentence, this.els.source);
    const nav = h(
      'nav',
      { class: 'pg-nav' },
      h('button', { type: 'button', class: 'pg-prev', 'aria-label': t('present.previous'), onclick: () => void this.previous() }, '‹'),
      this.els.counter,
      h('button', { type: 'button', class: 'pg-next', 'aria-label': t('present.next'), onclick: () => void this.next() }, '›'),
      options.onExit
        ? h('button', { type: 'button', class: 'pg-exit', 'aria-label': t('present.exit'), title: t('present.exit'), onclick: options.onExit }, '✕')
        : '',
    );
    this.root = h(
      'div',
      { class: 'pg-player', 'data-theme': options.theme },
      canvas,
      h('header', { class: 'pg-head' }, this.els.title, nav),
      h('footer', { class: 'pg-foot' }, this.els.caption, this.els.evidence),
      this.els.detail,
    );
    host.append(this.root);
    this.cy = cytoscape({ container: canvas, minZoom: 0.02, maxZoom: 8, boxSelectionEnabled: false, autoungrabify: true });
    this.cy.on('tap', 'node, edge', (e) => this.showDetail(e.target.id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.els.detail.hidden = true;
    });
    document.addEventListener('keydown', this.onKey);
  }

  get index(): number {
    return this.current;
  }

  get length(): number {
    return this.story.steps.length;
  }

  next(): Promise<void> {
    return this.go(this.current + 1);
  }

  previous(): Promise<void> {
    return this.go(this.current - 1);
  }

  /** Shows step i (clamped), animating from the step shown before. */
  async go(i: number): Promise<void> {
    const index = Math.min(this.length - 1, Math.max(0, i));
    if (index === this.current) return;
    const first = this.current < 0;
    this.current = index;
    const step = this.story.steps[index]!;
    this.root.dataset.step = String(index + 1);
    this.els.title.textContent = step.title;
    this.els.counter.textContent = t('present.counter', { n: index + 1, total: this.length });
    this.els.caption.textContent = step.caption;
    this.els.caption.hidden = step.caption.trim() === '';
    this.els.detail.hidden = true;
    this.showEvidence(step);
    this.options.onStep?.(index);
    await this.draw(this.onScreen(step), first || this.reducedMotion ? 0 : TRANSITION_MS);
  }

  /** Removes the player and its key handling. */
  destroy(): void {
    document.removeEventListener('keydown', this.onKey);
    this.cy.destroy();
    this.root.remove();
  }

  /** Re-fits the current step (after the window or full-screen state changed size). */
  refit(): void {
    const stored = this.story.steps[this.current];
    if (!stored) return;
    this.cy.resize();
    const step = this.onScreen(stored);
    for (const n of step.nodes) this.cy.getElementById(n.data.id).position(n.position);
    const view = this.viewFor(step);
    this.cy.style(playerStyle(this.options.theme, view.zoom));
    this.cy.viewport({ zoom: view.zoom, pan: view.pan });
    this.label(step);
    void this.showMap(step);
  }

  /**
   * Names as many nodes as fit. Every label is first given to the renderer so that its box is measured exactly as
   * it will be drawn (font, outline, background padding, margins); all of this runs in one task, so nothing is
   * painted in between. Boxes are taken relative to each node's centre and moved to the step's target positions,
   * because during a step change the nodes are still on their way there.
   */
  private label(step: StoryStep): void {
    if (this.options.theme !== 'projector') return;
    const cy = this.cy;
    cy.nodes().addClass('labelled');
    const boxes = new Map<string, NodeBoxes>();
    cy.nodes().forEach((n) => {
      const p = n.position();
      const rel = (b: cytoscape.BoundingBox12) => ({ x1: b.x1 - p.x, y1: b.y1 - p.y, x2: b.x2 - p.x, y2: b.y2 - p.y });
      boxes.set(n.id(), {
        // useCache false: right after the class change Cytoscape's cached box is the one without the label.
        label: rel(n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false, useCache: false } as cytoscape.BoundingBoxOptions)),
        node: rel(n.boundingBox({ includeNodes: true, includeLabels: false, includeOverlays: false, useCache: false } as cytoscape.BoundingBoxOptions)),
      });
    });
    const none: NodeBoxes = { label: { x1: 0, y1: 0, x2: 0, y2: 0 }, node: { x1: 0, y1: 0, x2: 0, y2: 0 } };
    const chosen = placeLabels(step, (id) => boxes.get(id) ?? none);
    cy.nodes().forEach((n) => {
      n.toggleClass('labelled', chosen.has(n.id()));
    });
  }

  private handleKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    // Presenter clickers send PageDown/PageUp (some send arrows or B for a black screen; that one is not handled).
    const forward = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'];
    const back = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
    if (forward.includes(e.key)) void this.next();
    else if (back.includes(e.key)) void this.previous();
    else if (e.key === 'Home') void this.go(0);
    else if (e.key === 'End') void this.go(this.length - 1);
    else return;
    e.preventDefault();
  }

  /** The step spread to this screen's shape (see fitToScreen), between the title bar and the caption. */
  private onScreen(step: StoryStep): StoryStep {
    const top = this.els.title.parentElement?.offsetHeight ?? 0;
    const bottom = this.els.caption.parentElement?.offsetHeight ?? 0;
    return fitToScreen(step, this.cy.width() || 800, Math.max(120, (this.cy.height() || 600) - top - bottom));
  }

  /** Zoom and pan that fit the step between the title bar and the caption, so no node hides under text. */
  private viewFor(step: StoryStep): { zoom: number; pan: { x: number; y: number } } {
    const w = this.cy.width() || 800;
    const top = this.els.title.parentElement?.offsetHeight ?? 0;
    const bottom = this.els.caption.parentElement?.offsetHeight ?? 0;
    const hgt = Math.max(120, (this.cy.height() || 600) - top - bottom);
    const f = fitZoom(step, w, hgt, this.options.theme === 'projector' ? 70 : 40);
    return { zoom: f.zoom, pan: { x: w / 2 - f.cx * f.zoom, y: top + hgt / 2 - f.cy * f.zoom } };
  }

  private async draw(step: StoryStep, duration: number): Promise<void> {
    const cy = this.cy;
    const view = this.viewFor(step);
    const map = this.showMap(step);
    const keep = new Set([...step.nodes.map((n) => n.data.id), ...step.edges.map((e) => e.data.id)]);
    const leaving = cy.elements().filter((e) => !keep.has(e.id()));
    cy.elements().stop(true, true);
    cy.style(playerStyle(this.options.theme, view.zoom));
    const moves: Promise<unknown>[] = [];
    cy.batch(() => {
      for (const n of step.nodes) {
        const existing = cy.getElementById(n.data.id);
        if (existing.nonempty()) {
          existing.data(n.data);
          if (duration > 0) moves.push(animate(existing, { position: n.position }, duration));
          else existing.position(n.position);
        } else {
          cy.add({ group: 'nodes', data: { ...n.data }, position: { ...n.position }, style: { opacity: duration > 0 ? 0 : 1 } });
        }
      }
      for (const e of step.edges)
        if (cy.getElementById(e.data.id).empty()) cy.add({ group: 'edges', data: { ...e.data }, style: { opacity: duration > 0 ? 0 : 1 } });
      cy.elements().removeClass('hl dim').unselect();
      const hl = cy.collection();
      for (const id of step.highlight) hl.merge(cy.getElementById(id));
      if (step.evidence) hl.merge(cy.getElementById(step.evidence.elementId));
      hl.addClass('hl');
      // With something highlighted, the rest steps back so the room looks where the speaker points.
      if (hl.nonempty()) cy.elements().not(hl).not(hl.connectedNodes()).not(leaving).addClass('dim');
    });
    // After the batch, so that the renderer measures labels with this step's style.
    this.label(step);
    if (duration > 0) {
      const fresh = cy.elements().filter((e) => keep.has(e.id()) && Number(e.style('opacity')) < 1);
      fresh.forEach((e) => void moves.push(animate(e, { style: { opacity: e.isEdge() && e.hasClass('dim') ? 0.3 : 1 } }, duration)));
      leaving.forEach((e) => void moves.push(animate(e, { style: { opacity: 0 } }, duration / 2)));
      moves.push(cy.animation({ zoom: view.zoom, pan: view.pan, duration, easing: 'ease-in-out-cubic' }).play().promise());
      await Promise.all(moves);
    } else {
      cy.viewport({ zoom: view.zoom, pan: view.pan });
    }
    leaving.remove();
    // Fading set inline opacities; drop them so the stylesheet (dimmed or not) decides again.
    cy.elements().removeStyle('opacity');
    // The map's names are placed once the nodes stand still and are named.
    await map;
    this.showMap(step);
    this.root.dataset.shown = String(this.current + 1);
  }

  /**
   * Draws the base map under a geographic step (its chunk is fetched by the first such step; inlined in the offline
   * file) and hides it under any other; resolves once it is drawn.
   */
  private showMap(step: StoryStep): Promise<void> {
    const geo = onMap(step);
    if (!geo && !this.cy.scratch('baseMap')) return Promise.resolve();
    const px = this.options.theme === 'projector' ? PROJECTOR_MAP_NAME_PX : undefined;
    return import('../graph/base-map').then((m) => m.drawBaseMap(this.cy, geo, px));
  }

  private showEvidence(step: StoryStep): void {
    const ev = step.evidence;
    this.els.evidence.hidden = !ev;
    if (!ev) return;
    this.els.sentence.textContent = `“${ev.sentence}”`;
    // A quoted relation says which one it is, both ends named: "平桥区 —推行→ 项目为王 · 文件 · 日期".
    const edge = step.edges.find((e) => e.data.id === ev.elementId);
    const name = (id: string) => String(step.nodes.find((n) => n.data.id === id)?.data.label ?? id);
    const relation = edge ? `${name(edge.data.source)} —${t(`rel.${edge.data.type as RelType}`)}→ ${name(edge.data.target)}` : undefined;
    this.els.source.textContent = [relation, ev.documentTitle ?? ev.documentId, ev.documentDate].filter(Boolean).join(' · ');
  }

  /** Click-for-evidence: the element's name and the sentences the story carries for it (or the API gives). */
  private async showDetail(id: string): Promise<void> {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return;
    this.options.onSelect?.(id);
    const edge = ele as unknown as cytoscape.EdgeSingular;
    const title = ele.isNode()
      ? String(ele.data('label'))
      : `${edge.source().data('label')} —${t(`rel.${edge.data('type') as RelType}`)}→ ${edge.target().data('label')}`;
    const subtitle = ele.isNode() ? t(`type.${ele.data('type') as 'Place'}`) : '';
    let evidence: Evidence[] = this.story.evidence[id] ?? [];
    const panel = this.els.detail;
    const render = () =>
      panel.replaceChildren(
        h('button', { type: 'button', class: 'pg-close', 'aria-label': t('panel.close'), onclick: () => (panel.hidden = true) }, '×'),
        h('h2', {}, title),
        subtitle ? h('p', { class: 'pg-type' }, subtitle) : '',
        evidence.length === 0
          ? h('p', { class: 'pg-none' }, t('present.noEvidence'))
          : h(
              'ol',
              {},
              ...evidence.map((ev) =>
                h('li', {}, h('q', {}, ev.sentence), h('cite', {}, [ev.documentTitle ?? ev.documentId, ev.documentDate].filter(Boolean).join(' · '))),
              ),
            ),
      );
    render();
    panel.hidden = false;
    if (evidence.length === 0 && this.options.fetchEvidence) {
      try {
        evidence = await this.options.fetchEvidence(id);
        render();
      } catch {
        // Offline or gone: the panel already says there is no evidence to show.
      }
    }
  }
}
