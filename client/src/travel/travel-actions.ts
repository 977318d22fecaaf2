// How policies travel, the actions: a strategy's adoption timeline animated on the map, its diffusion story, text
// reuse side by side, clusters with the most central places and strategies. Loaded on first use, with their panels.
import type { ClustersResponse, DiffusionResponse, ReuseResponse } from '@policygraph/contract/api';
import { api } from '../api';
import type { ExplorerController } from '../explorer/controller';
import type { EvidenceFeature } from '../explorer/evidence';
import { t } from '../i18n';
import { markChinese } from '../i18n/script';
import { scopesOf } from '../state/view-state';
import { byId, h } from '../ui/dom';
import * as p from './travel-panels';

/** Cluster colours, distinct for the first eight communities (Okabe–Ito, readable by colour-blind viewers). */
const CLUSTER_COLORS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];
/** Seconds a year stays on screen while the timeline plays. */
const YEAR_MS = 1200;

export class TravelActions {
  private timeline: DiffusionResponse | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private clusters: ClustersResponse | undefined;

  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
  ) {}

  /** Nodes loaded later (an expansion) get their cluster colour and the timeline's classes too. */
  viewApplied(): void {
    this.paintClusters();
    if (this.timeline && this.ctl.state.timelineYear !== undefined) this.showYear(this.ctl.state.timelineYear, false);
  }

  // ───────────── adoption timeline ─────────────

  /** Loads a strategy's timeline: its places on the map, the panel listing each adoption, the map at `year` (default: the last). */
  openTimeline(strategyId: string, year?: number): Promise<void> {
    const { ctl } = this;
    this.stop();
    return ctl.perform(async () => {
      const d = await api.diffusion(strategyId);
      const around = await api.neighborhood([strategyId], { rels: ['PURSUES'], limit: 500 });
      ctl.store.add(around.elements, strategyId);
      this.timeline = d;
      ctl.state.timeline = strategyId;
      ctl.state.layout = 'geo';
      const shown = year !== undefined && d.years.includes(year) ? year : d.years[d.years.length - 1];
      ctl.state.timelineYear = shown;
      ctl.commit();
      ctl.syncControls();
      this.renderTimeline(d);
      return {
        beforeLayout: () => {
          if (shown !== undefined) this.showYear(shown, false);
        },
      };
    });
  }

  private renderTimeline(d: DiffusionResponse): void {
    p.renderTimeline(d, this.ctl.state.timelineYear, {
      togglePlay: () => this.togglePlay(),
      showYear: (year) => {
        this.stop();
        this.showYear(year, true);
      },
      openDocument: (ref) => void this.evidence.openDocument(ref, () => this.renderTimeline(d)),
      makeStory: () => this.makeStory(d),
    });
  }

  /** Lights up the places that had taken the strategy up by `year` (the newest strongest); the rest fade. */
  showYear(year: number, commit: boolean): void {
    const d = this.timeline;
    if (!d) return;
    const { cy, state } = this.ctl;
    state.timelineYear = year;
    if (commit) this.ctl.commit();
    const byPlace = new Map(d.adoptions.map((a) => [a.place.id, a]));
    cy.batch(() => {
      cy.nodes().removeClass('adopted adopted-now not-yet');
      cy.edges().removeClass('not-yet');
      for (const [id, a] of byPlace) {
        const n = cy.getElementById(id);
        if (n.empty()) continue;
        const taken = a.year !== null && a.year <= year;
        n.addClass(taken ? (a.year === year ? 'adopted adopted-now' : 'adopted') : 'not-yet');
        if (!taken) n.edgesWith(cy.getElementById(d.strategy.id)).addClass('not-yet');
      }
    });
    const out = document.getElementById('timeline-year-out');
    if (out) out.textContent = String(year);
    const slider = document.getElementById('timeline-year') as HTMLInputElement | null;
    if (slider) slider.value = String(year);
    for (const li of document.querySelectorAll<HTMLLIElement>('#timeline-list li')) {
      const y = Number(li.dataset.year);
      li.dataset.state = li.dataset.year !== '' && y <= year ? 'adopted' : 'pending';
    }
  }

  private togglePlay(): void {
    if (this.timer) {
      this.stop();
      return;
    }
    const years = this.timeline?.years ?? [];
    if (years.length === 0) return;
    let i = 0;
    byId('timeline-play').textContent = t('travel.pause');
    this.showYear(years[0]!, true);
    this.timer = setInterval(() => {
      i++;
      if (i >= years.length) {
        this.stop();
        return;
      }
      this.showYear(years[i]!, true);
    }, YEAR_MS);
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const play = document.getElementById('timeline-play');
    if (play) play.textContent = t('travel.play');
  }

  /** One click: the timeline as a story in the story panel, ready to present or export as an offline file. */
  private makeStory(d: DiffusionResponse): void {
    const story = p.timelineStory(d, this.ctl.state.lang);
    window.dispatchEvent(new CustomEvent('policygraph:load-story', { detail: story }));
    byId('timeline-message').textContent = t('travel.storyMade', { n: story.steps.length });
  }

  // ───────────── text reuse ─────────────

  /** Reuse pairs with a passage in a document about `placeId` (or between two places), side by side, and their links on the canvas. */
  async openReuse(placeId: string, otherId?: string): Promise<void> {
    const { ctl } = this;
    const title = t('travel.reuseOf', { name: ctl.label(placeId) });
    p.showSide(h('h2', {}, title), h('p', { role: 'status' }, t('evidence.loading')));
    try {
      const res = await api.reuse({ place: placeId });
      const pairs = otherId ? res.pairs.filter((x) => [x.from.place?.id, x.to.place?.id].sort().join() === [placeId, otherId].sort().join()) : res.pairs;
      this.drawReuseLinks(res);
      p.renderReuse(title, pairs, (ref) => void this.evidence.openDocument(ref, undefined));
    } catch (err) {
      p.showSide(h('h2', {}, title), h('p', { role: 'alert' }, err instanceof Error ? err.message : String(err)));
    }
  }

  /** Place-to-place reuse links, drawn between the places on the canvas (a view of REUSES, which joins documents). */
  private drawReuseLinks(res: ReuseResponse): void {
    const { cy } = this.ctl;
    cy.batch(() => {
      for (const l of res.placeLinks) {
        if (cy.getElementById(l.source).empty() || cy.getElementById(l.target).empty()) continue;
        const id = `reuse-link:${l.source}->${l.target}`;
        if (cy.getElementById(id).nonempty()) continue;
        cy.add({ group: 'edges', data: { id, source: l.source, target: l.target, type: 'REUSES', label: `${l.pairs}`, derived: true }, classes: 'reuse-link' });
      }
    });
  }

  // ───────────── clusters and centrality ─────────────

  /** Colours places by community and sizes nodes by PageRank, or undoes it; lists the most central places and strategies. */
  async applyClusters(): Promise<void> {
    const { state } = this.ctl;
    if (!state.clusters) {
      this.clusters = undefined;
      this.paintClusters();
      byId('central-list').replaceChildren();
      return;
    }
    this.clusters = await api.clusters(scopesOf(state));
    this.paintClusters();
    const item = (id: string, name: string, extra: string) =>
      h('li', {}, markChinese(h('button', { type: 'button', class: 'link', onclick: () => void this.evidence.selectNode(id, true) }, name)), ` ${extra}`);
    const c = this.clusters;
    byId('central-list').replaceChildren(
      h('li', { class: 'hint' }, t('travel.centralPlaces')),
      ...c.places.slice(0, 5).map((p) => item(p.id, p.name, t('travel.cluster', { n: p.cluster + 1 }))),
      h('li', { class: 'hint' }, t('travel.centralStrategies')),
      ...c.strategies.slice(0, 5).map((s) => item(s.id, s.name, t('travel.placesN', { n: s.places }))),
    );
  }

  private paintClusters(): void {
    const { cy } = this.ctl;
    const c = this.clusters;
    cy.batch(() => {
      cy.nodes().removeData('clusterColor centralSize');
      if (!c) return;
      const max = Math.max(...c.places.map((p) => p.pagerank), ...c.strategies.map((s) => s.pagerank), 1e-9);
      const size = (rank: number) => Math.round(20 + 40 * Math.sqrt(rank / max));
      for (const p of c.places) {
        const n = cy.getElementById(p.id);
        if (n.empty()) continue;
        n.data('clusterColor', CLUSTER_COLORS[p.cluster % CLUSTER_COLORS.length]);
        n.data('centralSize', size(p.pagerank));
      }
      for (const s of c.strategies) {
        const n = cy.getElementById(s.id);
        if (n.nonempty()) n.data('centralSize', size(s.pagerank));
      }
    });
  }
}
