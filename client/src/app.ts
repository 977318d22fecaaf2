// The explorer: holds the view state, drives the graph, panels and URL, and restores a view from a permalink.
import cytoscape from 'cytoscape';
import type { GraphResponse, RollupCounts, RollupResponse, SearchHit } from '@policygraph/contract/api';
import type { NodeType, RelType } from '@policygraph/contract/graph-model';
import { api, ApiRequestError } from './api';
import { areaElements, GraphStore, yearOf } from './graph/graph-store';
import { hasCoordinates, preloadLayout, runLayout } from './graph/layouts';
import { graphStyle, NODE_TYPE_LIST, REL_TYPE_LIST, TYPE_COLORS } from './graph/style';
import { getLocale, setLocale, t } from './i18n';
import {
  areaLevelsBelow,
  decodeViewState,
  defaultViewState,
  encodeViewState,
  LAYOUTS,
  ROLLUPS,
  type AreaLevel,
  type AreaRollup,
  type LayoutName,
  type Rollup,
  type ViewState,
} from './state/view-state';
import { closeContextMenu, openContextMenu, type MenuItem } from './ui/context-menu';
import { byId, h, translateStatic } from './ui/dom';
import { mountSearchBox } from './ui/search-box';
import type { SentenceRef } from './ui/side-panel';
import type { TableView } from './ui/table-view';

// Views not needed for the first graph load on first use, keeping the initial bundle small.
const panels = () => import('./ui/side-panel');
const exports = () => import('./ui/export');

/** Neighbours loaded per expansion; more is unreadable and the note says how many were left out. */
const EXPAND_LIMIT = 40;

/** Options that keep panning and zooming smooth with thousands of nodes (see BENCHMARKS.md, Client). */
export const VIEWPORT_OPTIONS = { hideEdgesOnViewport: true, textureOnViewport: true } as const;

/** The second line of a rolled-up place: the counts the server summed over it. */
const countsText = (c: RollupCounts) => t('rollup.badge', c);
const areaKey = (r: AreaRollup) => `${r.level}|${r.id}`;

export class Explorer {
  state: ViewState;
  readonly cy: cytoscape.Core;
  private readonly store: GraphStore;
  private table: TableView | undefined;
  private readonly menu = byId<HTMLUListElement>('context-menu');
  /** Roll-up answers by level and place: re-applying the view (filters, reload of the canvas) asks the API once. */
  private readonly areas = new Map<string, RollupResponse>();
  /** Whole-area totals of places the global roll-up folds into, by place id (undefined while being fetched). */
  private readonly totals = new Map<string, RollupCounts | undefined>();

  constructor(hash: string) {
    this.state = decodeViewState(hash);
    setLocale(this.state.lang);
    translateStatic();
    this.cy = cytoscape({
      container: byId('graph'),
      style: graphStyle(),
      ...VIEWPORT_OPTIONS,
      webgl: this.state.webgl,
      minZoom: 0.05,
      maxZoom: 6,
      wheelSensitivity: 0.3,
    });
    this.store = new GraphStore(this.cy);
    this.wireControls();
    this.wireGraph();
  }

  // ───────────── lifecycle ─────────────

  /** Loads the first view and replays everything the URL holds. */
  async start(): Promise<void> {
    this.setBusy(t('app.loading'));
    byId('banner').hidden = true;
    this.store.clear();
    preloadLayout(this.state.layout);
    try {
      // The document list only feeds the filters: it must not hold up the first graph.
      void api
        .documents(200)
        .then((docs) => {
          this.fillDocumentFilter(docs.documents);
          this.syncControls();
        })
        .catch(() => undefined);
      const overview = await api.overview();
      this.store.add(overview.elements);
      this.noteCapped(overview);
      const s = this.state;
      if (s.focus) this.store.add((await api.neighborhood([s.focus], { limit: EXPAND_LIMIT })).elements, s.focus);
      for (const id of s.expanded) await this.loadNeighbours(id);
      for (const r of [...s.rollups]) {
        // A link naming a place that is gone (or a level it lacks) still opens, without that roll-up.
        if (!(await this.loadArea(r).catch(() => false))) s.rollups = s.rollups.filter((x) => x !== r);
      }
      this.syncControls();
      this.applyView();
      await runLayout(this.cy, this.effectiveLayout());
      if (s.pathFrom && s.pathTo && this.cy.$('.path').empty() && s.selected === undefined) void this.findPaths();
      if (s.compare.length >= 2 && s.selected === undefined && !(s.pathFrom && s.pathTo)) void this.runCompare();
      if (s.selected) await this.openEvidence(s.selected);
      else if (s.rollups.length > 0 && !(s.pathFrom && s.pathTo) && s.compare.length < 2) await this.showArea(s.rollups[s.rollups.length - 1]!);
      this.cy.resize();
      if (s.focus) this.centreOn(s.focus);
      this.setReady();
    } catch (err) {
      this.showFailure(err);
    }
  }

  /** Writes the view into the URL (replace, not push: every click is not a history entry). */
  private commit(): void {
    history.replaceState(null, '', `${location.pathname}${location.search}${encodeViewState(this.state)}`);
  }

  private setBusy(text: string): void {
    document.body.dataset.state = 'loading';
    byId('status').textContent = text;
  }

  private setReady(): void {
    const nodes = this.cy.nodes().not('.filtered').length;
    const edges = this.cy.edges().not('.filtered').length;
    byId('status').textContent = nodes === 0 ? t('app.empty') : t('app.ready', { nodes, edges });
    document.body.dataset.state = nodes === 0 ? 'empty' : 'ready';
    // The geographic layout needs a visible place with coordinates; say why it cannot be chosen otherwise.
    const geo = byId('layout').querySelector<HTMLOptionElement>('option[value="geo"]');
    if (geo) geo.disabled = !hasCoordinates(this.cy);
    if (geo) geo.title = geo.disabled ? t('layout.geoNone') : '';
    // First graph on screen and interactive: bench:client reads this mark.
    if (performance.getEntriesByName('policygraph:ready').length === 0) performance.mark('policygraph:ready');
    this.table?.schedule();
  }

  private showFailure(err: unknown): void {
    const unreachable = err instanceof ApiRequestError ? err.unreachable : false;
    const detail = err instanceof ApiRequestError ? (err.status === 0 ? 'network' : err.message) : String((err as Error)?.message ?? err);
    byId('banner-text').textContent = unreachable ? t('app.unreachable', { detail }) : t('app.error', { detail });
    byId('banner').hidden = false;
    byId('status').textContent = '';
    document.body.dataset.state = 'error';
  }

  private note(text: string): void {
    const notes = byId('notes');
    notes.append(h('li', { class: 'capped' }, text));
    while (notes.children.length > 3) notes.firstElementChild?.remove();
  }

  private noteCapped(res: GraphResponse, label?: string): void {
    if (!res.capped) return;
    const shown = res.elements.nodes.length;
    if (label) this.note(t('expand.capped', { label, shown, total: res.total ?? shown }));
    else this.note(res.total !== undefined ? t('app.capped', { shown, total: res.total }) : t('app.cappedNoTotal', { shown }));
  }

  // ───────────── graph actions ─────────────

  private async loadNeighbours(id: string): Promise<void> {
    const res = await api.neighborhood([id], { limit: EXPAND_LIMIT });
    const parent = this.cy.getElementById(id);
    const fresh = this.store.add(res.elements, id);
    // New nodes start around their parent so the incremental layout moves little.
    if (parent.nonempty()) {
      const p = parent.position();
      fresh.forEach((n, i) => {
        const a = (2 * Math.PI * i) / Math.max(1, fresh.length);
        n.position({ x: p.x + 120 * Math.cos(a), y: p.y + 120 * Math.sin(a) });
      });
    }
    this.store.markExpanded(id, true);
    this.noteCapped(res, String(this.cy.getElementById(id).data('label') ?? id));
  }

  /** Loads a node's neighbours into the view. */
  async expand(id: string): Promise<void> {
    if (this.state.expanded.includes(id)) return;
    this.setBusy(t('app.loading'));
    try {
      await this.loadNeighbours(id);
      this.state.expanded = [...this.state.expanded, id];
      this.commit();
      this.applyView();
      await runLayout(this.cy, this.effectiveLayout());
      this.setReady();
    } catch (err) {
      this.showFailure(err);
    }
  }

  collapse(id: string): void {
    this.store.collapse(id);
    this.state.expanded = this.state.expanded.filter((x) => x !== id);
    if (this.state.focus === id) this.state.focus = undefined;
    this.commit();
    this.applyView();
    this.setReady();
  }

  hide(id: string): void {
    this.state.hidden = [...new Set([...this.state.hidden, id])];
    if (this.state.selected === id) this.state.selected = undefined;
    this.commit();
    this.applyView();
    this.setReady();
  }

  togglePin(id: string): void {
    const n = this.cy.getElementById(id);
    const pinned = this.state.pinned.some((p) => p.id === id);
    this.state.pinned = pinned ? this.state.pinned.filter((p) => p.id !== id) : [...this.state.pinned, { id, ...n.position() }];
    this.store.setPinned(this.state.pinned);
    this.commit();
  }

  /** Jumps to a search hit: loads it with its neighbours, centres and selects it. */
  async focus(hit: Pick<SearchHit, 'id'>): Promise<void> {
    this.setBusy(t('app.loading'));
    try {
      const res = await api.neighborhood([hit.id], { limit: EXPAND_LIMIT });
      this.cy.elements().removeClass('faded path');
      this.store.add(res.elements, hit.id);
      this.noteCapped(res, String(res.elements.nodes.find((n) => n.data.id === hit.id)?.data.label ?? hit.id));
      this.state.focus = hit.id;
      this.state.hidden = this.state.hidden.filter((x) => x !== hit.id);
      this.applyView();
      await runLayout(this.cy, this.effectiveLayout());
      this.centreOn(hit.id);
      await this.selectNode(hit.id, false);
      // The evidence panel narrows the canvas: centre once it is open.
      this.cy.resize();
      this.centreOn(hit.id);
      this.setReady();
    } catch (err) {
      this.showFailure(err);
    }
  }

  /** Fits the view to some elements, after the canvas took its size next to an open panel. */
  private fitTo(eles: cytoscape.Collection): void {
    this.cy.resize();
    if (eles.empty()) return;
    this.cy.fit(eles, 50);
    // A handful of nodes would otherwise fill the screen with giant labels.
    if (this.cy.zoom() > 1.5) {
      this.cy.zoom(1.5);
      this.cy.center(eles);
    }
  }

  private centreOn(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    this.cy.zoom(Math.max(this.cy.zoom(), 1));
    this.cy.center(n);
  }

  /** Selects a node (from the table or search) and opens its evidence. */
  async selectNode(id: string, centre: boolean): Promise<void> {
    const n = this.cy.getElementById(id);
    this.cy.elements(':selected').unselect();
    n.select();
    if (centre) this.centreOn(id);
    await this.openEvidence(id);
  }

  // ───────────── panels ─────────────

  /** Opens the evidence of a node or an edge in the side panel. */
  async openEvidence(id: string): Promise<void> {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return;
    this.state.selected = id;
    this.commit();
    ele.select();
    if (ele.isNode() && ele.data('type') === 'Document') {
      await this.openDocument({ documentId: id, start: 0, end: 0 }, undefined);
      return;
    }
    const title = ele.isNode() ? String(ele.data('label')) : this.edgeTitle(ele as unknown as cytoscape.EdgeSingular);
    (await panels()).showLoading(title, 'evidence.loading');
    try {
      if (ele.isNode()) {
        const res = await api.entity(id, 50);
        const summed = (ele.data('areaCounts') as RollupCounts | undefined) ?? (ele.data('rolled') ? this.totals.get(id) : undefined);
        const subtitle = [
          t(`type.${res.node.data.type}`),
          ele.data('rolledCount') ? t('rollup.merged', { n: ele.data('rolledCount') }) : '',
          summed ? t('rollup.summed', { counts: countsText(summed) }) : '',
        ]
          .filter(Boolean)
          .join(' · ');
        (await panels()).showEvidence(title, subtitle, res.evidence, res.evidenceTotal, (ref) => void this.openDocument(ref, () => void this.openEvidence(id)));
      } else {
        // Edges have no endpoint of their own: their sentences are the source entity's evidence tagged with this relation.
        const edge = this.cy.getElementById(id) as unknown as cytoscape.EdgeSingular;
        const edgeId = String(edge.data('rolledFrom') ?? id);
        const original = this.cy.getElementById(edgeId) as unknown as cytoscape.EdgeSingular;
        const e = original.nonempty() ? original : edge;
        // Either end lists the sentences of all its relationships; the less connected end wastes least of the cap.
        const end = Number(e.source().data('degree') ?? 0) <= Number(e.target().data('degree') ?? 0) ? e.source() : e.target();
        const res = await api.entity(end.id(), 200);
        const own = res.evidence.filter((ev) => ev.relation === edgeId);
        (await panels()).showEvidence(
          title,
          t(`rel.${edge.data('type') as RelType}`),
          own,
          own.length,
          (ref) => void this.openDocument(ref, () => void this.openEvidence(id)),
        );
      }
    } catch (err) {
      (await panels()).showError(title, err instanceof Error ? err.message : String(err));
    }
  }

  private edgeTitle(e: cytoscape.EdgeSingular): string {
    return `${e.source().data('label')} —${t(`rel.${e.data('type') as RelType}`)}→ ${e.target().data('label')}`;
  }

  private async openDocument(ref: SentenceRef, back: (() => void) | undefined): Promise<void> {
    (await panels()).showLoading(t('doc.title'), 'doc.loading');
    try {
      (await panels()).showDocument(await api.document(ref.documentId), ref.end > ref.start ? ref : undefined, back);
    } catch (err) {
      (await panels()).showError(t('doc.title'), err instanceof Error ? err.message : String(err));
    }
  }

  // ───────────── administrative roll-up ─────────────

  /** Fetches a place's roll-up (once) and puts its children on the canvas around it; false when it has none at that level. */
  private async loadArea(r: AreaRollup): Promise<boolean> {
    const res = this.areas.get(areaKey(r)) ?? (await api.rollup(r.id, r.level));
    this.areas.set(areaKey(r), res);
    if (res.children.length === 0) return false;
    const root = this.cy.getElementById(r.id);
    const fresh = this.store.add(areaElements(res), `area:${r.id}`);
    if (root.nonempty()) {
      const p = root.position();
      fresh.forEach((n, i) => {
        const a = (2 * Math.PI * i) / Math.max(1, fresh.length);
        n.position({ x: p.x + 160 * Math.cos(a), y: p.y + 160 * Math.sin(a) });
      });
    }
    return true;
  }

  /** Shows a place as its children at `level`, each with the counts the server summed over it; replaces overlapping roll-ups. */
  async rollupPlace(id: string, level: AreaLevel): Promise<void> {
    this.setBusy(t('app.loading'));
    try {
      const entry: AreaRollup = { id, level };
      const code = (placeId: string) => this.cy.getElementById(placeId).data('code') as string | undefined;
      const mine = code(id);
      // Nested roll-ups would fold each other's children: the newest one wins.
      const overlapping = this.state.rollups.filter((r) => {
        const theirs = code(r.id) ?? this.areas.get(areaKey(r))?.place.code;
        return r.id === id || (mine !== undefined && theirs !== undefined && (mine.startsWith(theirs) || theirs.startsWith(mine)));
      });
      for (const r of overlapping) this.store.releaseArea(r.id);
      this.state.rollups = this.state.rollups.filter((r) => !overlapping.includes(r));
      if (!(await this.loadArea(entry))) {
        this.note(t('rollup.empty', { name: String(this.cy.getElementById(id).data('label') ?? id), level: t(`level.${level}`) }));
      } else {
        this.state.rollups = [...this.state.rollups, entry];
      }
      this.commit();
      this.syncControls();
      this.applyView();
      await runLayout(this.cy, this.effectiveLayout());
      if (this.state.rollups.includes(entry)) {
        this.state.selected = undefined;
        this.commit();
        await this.showArea(entry);
        const shown = new Set([id, ...(this.areas.get(areaKey(entry))?.children.map((c) => c.id) ?? [])]);
        this.fitTo(this.cy.nodes().filter((n) => shown.has(n.id())));
      }
      this.setReady();
    } catch (err) {
      this.showFailure(err);
    }
  }

  /** Expands a rolled-up place again: its children that only the roll-up brought in leave, folded places come back. */
  undoRollup(id: string): void {
    const had = this.state.rollups.some((r) => r.id === id);
    this.state.rollups = this.state.rollups.filter((r) => r.id !== id);
    this.store.releaseArea(id);
    this.commit();
    this.syncControls();
    this.applyView();
    if (had && this.state.selected === undefined) void panels().then((p) => p.closeSide());
    this.setReady();
  }

  private async showArea(r: AreaRollup): Promise<void> {
    const res = this.areas.get(areaKey(r));
    if (!res) return;
    (await panels()).showRollup(
      res,
      t(`level.${r.level}`),
      (id) => void this.selectNode(id, true),
      () => this.undoRollup(r.id),
    );
  }

  /** Asks the API for the whole-area totals of places the global roll-up folded into, then shows them. */
  private fetchTotals(): void {
    const missing = this.cy
      .nodes('[?rolled]')
      .map((n) => n.id())
      .filter((id) => !this.totals.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.totals.set(id, undefined);
    void Promise.all(
      missing.map((id) =>
        api
          .rollup(id)
          .then((res) => this.totals.set(id, res.total))
          .catch(() => undefined),
      ),
    ).then(() => this.applyView());
  }

  // ───────────── paths and comparison ─────────────

  setPathEnd(which: 'from' | 'to', id: string): void {
    if (which === 'from') this.state.pathFrom = id;
    else this.state.pathTo = id;
    this.commit();
    this.syncControls();
  }

  async findPaths(): Promise<void> {
    const { pathFrom, pathTo } = this.state;
    if (!pathFrom || !pathTo) return;
    this.setBusy(t('app.loading'));
    try {
      const res = await api.paths(pathFrom, pathTo, 3);
      this.store.add(res.elements, `path:${pathFrom}->${pathTo}`);
      const onPath = new Set([...res.paths.flatMap((p) => p.nodes), ...res.paths.flatMap((p) => p.edges)]);
      this.cy.elements().forEach((e) => {
        e.toggleClass('path', onPath.has(e.id()));
        // Everything else steps back so the paths read at a glance.
        e.toggleClass('faded', onPath.size > 0 && !onPath.has(e.id()));
      });
      this.applyView();
      await runLayout(this.cy, this.effectiveLayout());
      (await panels()).showPaths(
        res,
        (id) => String(this.cy.getElementById(id).data('label') ?? id),
        (ref) => void this.openDocument(ref, () => void this.findPaths()),
      );
      this.fitTo(this.cy.elements('.path'));
      this.setReady();
    } catch (err) {
      this.showFailure(err);
    }
  }

  toggleCompare(id: string): void {
    const has = this.state.compare.includes(id);
    this.state.compare = has ? this.state.compare.filter((x) => x !== id) : [...this.state.compare, id];
    this.commit();
    this.syncControls();
  }

  /** Matrix of strategies × places in the panel, and the places with their shared strategies on the canvas. */
  async runCompare(): Promise<void> {
    const places = this.state.compare;
    if (places.length < 2) return;
    this.setBusy(t('app.loading'));
    try {
      const res = await api.compare(places);
      (await panels()).showCompare(res);
      const shared = new Set([...places, ...res.strategies.shared.map((s) => s.id), ...res.projects.shared.map((p) => p.id)]);
      const around = await api.neighborhood(places, { rels: ['PURSUES', 'LOCATED_IN', 'PART_OF'], limit: 2000 });
      this.store.add(
        {
          nodes: around.elements.nodes.filter((n) => shared.has(n.data.id)),
          edges: around.elements.edges.filter((e) => shared.has(e.data.source) && shared.has(e.data.target)),
        },
        `compare`,
      );
      this.applyView();
      this.cy.elements().removeClass('faded');
      const sub = this.cy.nodes().filter((n) => shared.has(n.id()));
      this.cy.elements().not(sub).not(sub.edgesWith(sub)).addClass('faded');
      await runLayout(this.cy, this.effectiveLayout());
      this.fitTo(sub);
      this.setReady();
    } catch (err) {
      this.showFailure(err);
    }
  }

  // ───────────── view application ─────────────

  private effectiveLayout(): LayoutName {
    if (this.state.layout === 'geo' && !hasCoordinates(this.cy)) {
      this.note(t('layout.geoNone'));
      return 'fcose';
    }
    return this.state.layout;
  }

  /** Re-applies hidden, pinned, roll-up and filters from the state to what is loaded. */
  private applyView(): void {
    const s = this.state;
    this.store.setHidden(s.hidden);
    this.store.setPinned(s.pinned);
    const areas = s.rollups.map((r) => this.areas.get(areaKey(r))).filter((a): a is RollupResponse => a !== undefined);
    this.store.applyRollups(s.rollup, areas, countsText, (id) => this.totals.get(id));
    this.store.applyFilters({ offTypes: s.offTypes, offRels: s.offRels, yearMax: s.yearMax, document: s.document, keep: s.focus });
    this.fetchTotals();
  }

  private refilter(): void {
    this.commit();
    this.applyView();
    this.setReady();
  }

  private fillDocumentFilter(docs: readonly { id: string; title: string; year: number | null; date: string | null }[]): void {
    const select = byId<HTMLSelectElement>('filter-doc');
    select.replaceChildren(
      h('option', { value: '' }, t('filters.allDocuments')),
      ...docs.map((d) => h('option', { value: d.id }, `${d.title}${d.year ? `（${d.year}）` : ''}`)),
    );
    const years = docs.map((d) => d.year ?? yearOf(d.date)).filter((y): y is number => y !== undefined);
    const slider = byId<HTMLInputElement>('year');
    if (years.length > 0) {
      slider.min = String(Math.min(...years));
      slider.max = String(Math.max(...years));
    }
  }

  /** Puts the state into the controls (after a reload or a change from the canvas). */
  private syncControls(): void {
    const s = this.state;
    byId<HTMLSelectElement>('layout').value = s.layout;
    byId<HTMLSelectElement>('rollup').value = s.rollup;
    byId<HTMLSelectElement>('filter-doc').value = s.document ?? '';
    byId<HTMLInputElement>('webgl').checked = s.webgl;
    const slider = byId<HTMLInputElement>('year');
    slider.value = String(s.yearMax ?? slider.max);
    byId('year-out').textContent = s.yearMax !== undefined ? t('filters.yearUpTo', { year: s.yearMax }) : t('filters.allYears');
    document.querySelectorAll<HTMLInputElement>('#filter-types input').forEach((i) => (i.checked = !s.offTypes.includes(i.value as NodeType)));
    document.querySelectorAll<HTMLInputElement>('#filter-rels input').forEach((i) => (i.checked = !s.offRels.includes(i.value as RelType)));
    const label = (id: string | undefined) => (id ? String(this.cy.getElementById(id).data('label') ?? id) : '—');
    byId('path-from').textContent = label(s.pathFrom);
    byId('path-to').textContent = label(s.pathTo);
    byId<HTMLButtonElement>('path-run').disabled = !(s.pathFrom && s.pathTo);
    byId('compare-list').replaceChildren(
      ...s.compare.map((id) =>
        h('li', { 'data-id': id }, label(id), h('button', { type: 'button', 'aria-label': '×', onclick: () => this.toggleCompare(id) }, '×')),
      ),
    );
    byId<HTMLButtonElement>('compare-run').disabled = s.compare.length < 2;
    byId('rollup-list').replaceChildren(
      ...s.rollups.map((r) =>
        h(
          'li',
          { 'data-id': r.id, 'data-level': r.level },
          h('button', { type: 'button', class: 'link', onclick: () => void this.showArea(r) }, `${label(r.id)} · ${t(`level.${r.level}`)}`),
          h('button', { type: 'button', 'aria-label': t('menu.rollupUndo'), title: t('menu.rollupUndo'), onclick: () => this.undoRollup(r.id) }, '×'),
        ),
      ),
    );
    this.setView(s.view);
  }

  private setView(view: 'graph' | 'table'): void {
    this.state.view = view;
    byId('table-wrap').hidden = view !== 'table';
    byId('view-graph').setAttribute('aria-pressed', String(view === 'graph'));
    byId('view-table').setAttribute('aria-pressed', String(view === 'table'));
    if (view === 'table') void this.showTable();
  }

  private async showTable(): Promise<void> {
    if (!this.table) {
      const { TableView } = await import('./ui/table-view');
      this.table ??= new TableView(this.cy, byId('table-wrap'), (id) => void this.selectNode(id, true));
    }
    this.table.render();
  }

  // ───────────── wiring ─────────────

  private wireControls(): void {
    byId('legend').replaceChildren(
      ...NODE_TYPE_LIST.map((type) => h('li', {}, h('span', { class: 'swatch', style: `background:${TYPE_COLORS[type]}` }), t(`type.${type}`))),
    );
    byId('filter-types').replaceChildren(
      ...NODE_TYPE_LIST.map((type) =>
        h(
          'label',
          { class: 'inline' },
          h('input', {
            type: 'checkbox',
            value: type,
            checked: true,
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.state.offTypes = on ? this.state.offTypes.filter((x) => x !== type) : [...this.state.offTypes, type];
              this.refilter();
            },
          }),
          t(`type.${type}`),
        ),
      ),
    );
    byId('filter-rels').replaceChildren(
      ...REL_TYPE_LIST.map((rel) =>
        h(
          'label',
          { class: 'inline' },
          h('input', {
            type: 'checkbox',
            value: rel,
            checked: true,
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.state.offRels = on ? this.state.offRels.filter((x) => x !== rel) : [...this.state.offRels, rel];
              this.refilter();
            },
          }),
          t(`rel.${rel}`),
        ),
      ),
    );
    byId('filter-doc').addEventListener('change', (e) => {
      this.state.document = (e.target as HTMLSelectElement).value || undefined;
      this.refilter();
    });
    const slider = byId<HTMLInputElement>('year');
    slider.addEventListener('input', () => {
      const y = Number(slider.value);
      this.state.yearMax = y >= Number(slider.max) ? undefined : y;
      byId('year-out').textContent = this.state.yearMax !== undefined ? t('filters.yearUpTo', { year: y }) : t('filters.allYears');
      this.refilter();
    });
    byId('layout').addEventListener('change', (e) => {
      const value = (e.target as HTMLSelectElement).value as LayoutName;
      if (!LAYOUTS.includes(value)) return;
      this.state.layout = value;
      this.commit();
      void runLayout(this.cy, this.effectiveLayout());
    });
    byId('rollup').addEventListener('change', (e) => {
      const value = (e.target as HTMLSelectElement).value as Rollup;
      if (!ROLLUPS.includes(value)) return;
      this.state.rollup = value;
      this.refilter();
    });
    byId('view-graph').addEventListener('click', () => {
      this.setView('graph');
      this.commit();
    });
    byId('view-table').addEventListener('click', () => {
      this.setView('table');
      this.commit();
    });
    byId('export-png').addEventListener('click', async () => (await exports()).exportPng(this.cy));
    byId('export-svg').addEventListener('click', async () => (await exports()).exportSvg(this.cy));
    byId('export-json').addEventListener('click', async () => (await exports()).exportJson(this.cy));
    byId('export-csv').addEventListener('click', async () => (await exports()).exportCsv(this.cy));
    // Renderer and language are set when the page starts; the URL keeps the view, so a reload loses nothing.
    byId('webgl').addEventListener('change', (e) => {
      this.state.webgl = (e.target as HTMLInputElement).checked;
      this.commit();
      location.reload();
    });
    byId('lang').addEventListener('click', () => {
      this.state.lang = getLocale() === 'zh-CN' ? 'en' : 'zh-CN';
      this.commit();
      location.reload();
    });
    byId('retry').addEventListener('click', () => void this.start());
    byId('reset').addEventListener('click', () => {
      this.state = { ...defaultViewState(), lang: this.state.lang, webgl: this.state.webgl };
      this.commit();
      void panels().then((p) => p.closeSide());
      byId('notes').replaceChildren();
      void this.start();
    });
    byId('path-run').addEventListener('click', () => void this.findPaths());
    byId('compare-run').addEventListener('click', () => void this.runCompare());
    byId('compare-clear').addEventListener('click', () => {
      this.state.compare = [];
      this.cy.elements().removeClass('faded');
      this.commit();
      this.syncControls();
    });
    byId('side-close').addEventListener('click', () => {
      void panels().then((p) => p.closeSide());
      this.state.selected = undefined;
      this.cy.elements(':selected').unselect();
      this.cy.elements().removeClass('faded path');
      this.commit();
    });
    mountSearchBox(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), (hit) => void this.focus(hit));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') closeContextMenu(this.menu);
    });
    document.addEventListener('click', (e) => {
      if (!this.menu.contains(e.target as Node)) closeContextMenu(this.menu);
    });
  }

  private wireGraph(): void {
    const cy = this.cy;
    // Cytoscape only watches the window; side panels opening and closing resize the canvas too.
    new ResizeObserver(() => cy.resize()).observe(byId('graph'));
    cy.on('tap', 'node, edge', (e) => void this.openEvidence(e.target.id()));
    cy.on('dbltap', 'node', (e) => {
      const id = e.target.id();
      if (this.state.expanded.includes(id)) this.collapse(id);
      else void this.expand(id);
    });
    cy.on('dragfree', 'node', (e) => {
      const n = e.target as cytoscape.NodeSingular;
      if (!n.data('pinned')) return;
      this.state.pinned = this.state.pinned.map((p) => (p.id === n.id() ? { id: p.id, ...n.position() } : p));
      this.commit();
    });
    cy.on('cxttap', 'node', (e) => {
      const n = e.target as cytoscape.NodeSingular;
      const id = n.id();
      const pos = e.renderedPosition ?? n.renderedPosition();
      const expanded = this.state.expanded.includes(id);
      const items: MenuItem[] = [
        expanded
          ? { label: t('menu.collapse'), action: 'collapse', run: () => this.collapse(id) }
          : { label: t('menu.expand'), action: 'expand', run: () => void this.expand(id) },
        { label: t('menu.hide'), action: 'hide', run: () => this.hide(id) },
        { label: n.data('pinned') ? t('menu.unpin') : t('menu.pin'), action: 'pin', run: () => this.togglePin(id) },
        { label: t('menu.pathFrom'), action: 'path-from', run: () => this.setPathEnd('from', id) },
        { label: t('menu.pathTo'), action: 'path-to', run: () => this.setPathEnd('to', id) },
      ];
      if (n.data('type') === 'Place') {
        items.push({ label: t('menu.compare'), action: 'compare', run: () => this.toggleCompare(id) });
        const area = this.state.rollups.find((r) => r.id === id);
        for (const level of areaLevelsBelow(n.data('level'))) {
          if (area?.level !== level)
            items.push({ label: t('menu.rollupTo', { level: t(`level.${level}`) }), action: `rollup-${level}`, run: () => void this.rollupPlace(id, level) });
        }
        if (area) items.push({ label: t('menu.rollupUndo'), action: 'rollup-undo', run: () => this.undoRollup(id) });
      }
      if (this.state.hidden.length > 0) {
        items.push({
          label: t('menu.showHidden', { n: this.state.hidden.length }),
          action: 'show-hidden',
          run: () => {
            this.state.hidden = [];
            this.refilter();
          },
        });
      }
      openContextMenu(this.menu, pos.x, pos.y, items);
    });
  }
}
