// How policies travel, in the explorer: the national-formula switch, a strategy's adoption timeline animated on the map,
// its diffusion story, text reuse side by side, and clusters with the most central places and strategies.
import type cytoscape from 'cytoscape';
import type { ClustersResponse, DiffusionResponse, ReusePair, ReuseResponse } from '@policygraph/contract/api';
import { api } from '../api';
import { t } from '../i18n';
import { scopesOf } from '../state/view-state';
import { diffusionStory } from '../travel/diffusion-story';
import { diffPassages } from '../travel/text-diff';
import type { MenuItem } from '../ui/context-menu';
import { byId, h } from '../ui/dom';
import { showSide } from '../ui/side-panel';
import type { ExplorerController } from './controller';
import type { EvidenceFeature } from './evidence';
import type { ExplorerFeature } from './feature';

/** Cluster colours, distinct for the first eight communities (Okabe–Ito, readable by colour-blind viewers). */
const CLUSTER_COLORS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];
/** Seconds a year stays on screen while the timeline plays. */
const YEAR_MS = 1200;

export class TravelFeature implements ExplorerFeature {
  private timeline: DiffusionResponse | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private clusters: ClustersResponse | undefined;

  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
    private readonly restart: () => Promise<void>,
  ) {
    byId<HTMLInputElement>('show-national').addEventListener('change', (e) => {
      ctl.state.national = (e.target as HTMLInputElement).checked;
      ctl.commit();
      void this.restart();
    });
    byId<HTMLInputElement>('show-clusters').addEventListener('change', (e) => {
      ctl.state.clusters = (e.target as HTMLInputElement).checked;
      ctl.commit();
      void this.applyClusters();
    });
    ctl.cy.on('tap', 'edge.reuse-link', (e) => void this.openReuse(String(e.target.data('source')), String(e.target.data('target'))));
  }

  sync(): void {
    byId<HTMLInputElement>('show-national').checked = this.ctl.state.national;
    byId<HTMLInputElement>('show-clusters').checked = this.ctl.state.clusters;
  }

  menuItems(n: cytoscape.NodeSingular): MenuItem[] {
    if (n.data('type') === 'Strategy') return [{ label: t('travel.timeline'), action: 'timeline', run: () => void this.openTimeline(n.id()) }];
    if (n.data('type') === 'Place') return [{ label: t('travel.reuse'), action: 'reuse', run: () => void this.openReuse(n.id()) }];
    return [];
  }

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
      const ids = new Set([strategyId, ...d.adoptions.map((a) => a.place.id)]);
      return {
        beforeLayout: () => {
          if (shown !== undefined) this.showYear(shown, false);
        },
        after: () => ctl.fitTo(ctl.cy.nodes().filter((n) => ids.has(n.id()))),
      };
    });
  }

  private renderTimeline(d: DiffusionResponse): void {
    const years = d.years;
    const slider = h('input', {
      id: 'timeline-year',
      type: 'range',
      min: String(years[0] ?? 0),
      max: String(years[years.length - 1] ?? 0),
      step: '1',
      'aria-label': t('travel.year'),
    });
    slider.value = String(this.ctl.state.timelineYear ?? years[years.length - 1] ?? 0);
    slider.addEventListener('input', () => {
      this.stop();
      this.showYear(Number(slider.value), true);
    });
    const play = h('button', { id: 'timeline-play', type: 'button', onclick: () => this.togglePlay() }, t('travel.play'));
    const items = d.adoptions.map((a) =>
      h(
        'li',
        { 'data-place': a.place.id, 'data-year': String(a.year ?? '') },
        h(
          'div',
          { class: 'meta' },
          h('strong', {}, a.place.name),
          ' · ',
          a.date ?? t('travel.undated'),
          a.dateInferred ? ` (${t('travel.inferred')})` : '',
          ' ',
          h('span', { class: `direction ${a.direction}` }, t(`travel.direction.${a.direction}`)),
          a.after ? ` ${t('travel.after', { place: a.after.name, date: a.after.date ?? '' })}` : '',
        ),
        h('div', { class: 'sentence' }, a.evidence.sentence),
        h(
          'div',
          { class: 'meta' },
          a.evidence.documentTitle ?? a.evidence.documentId,
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'open',
              onclick: () =>
                void this.evidence.openDocument({ documentId: a.evidence.documentId, start: a.evidence.start, end: a.evidence.end }, () =>
                  this.renderTimeline(d),
                ),
            },
            t('evidence.open'),
          ),
        ),
      ),
    );
    const scope = d.strategy.scope ? h('span', { class: `scope ${d.strategy.scope}` }, t(`travel.scope.${d.strategy.scope}`)) : '';
    showSide(
      h('h2', {}, t('travel.timelineOf', { name: d.strategy.name })),
      h('p', { class: 'hint' }, scope, ' ', t('travel.adoptions', { n: d.adoptions.length })),
      h('div', { class: 'timeline-controls' }, play, slider, h('output', { id: 'timeline-year-out' }, slider.value)),
      h('button', { id: 'timeline-story', type: 'button', onclick: () => this.makeStory(d) }, t('travel.story')),
      h('p', { id: 'timeline-message', class: 'hint', role: 'status', 'aria-live': 'polite' }),
      h('ol', { id: 'timeline-list', class: 'timeline' }, ...items),
    );
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
    const story = diffusionStory(
      d,
      {
        title: (name) => t('travel.storyTitle', { name }),
        description: (name, n) => t('travel.storyDescription', { name, n }),
        step: (a) => ({
          title: `${a.date ?? t('travel.undated')} · ${a.place.name}`,
          caption: `${t(`travel.direction.${a.direction}`)}${a.after ? ` ${t('travel.after', { place: a.after.name, date: a.after.date ?? '' })}` : ''}`,
        }),
      },
      this.ctl.state.lang,
    );
    window.dispatchEvent(new CustomEvent('policygraph:load-story', { detail: story }));
    byId('timeline-message').textContent = t('travel.storyMade', { n: story.steps.length });
  }

  // ───────────── text reuse ─────────────

  /** Reuse pairs with a passage in a document about `placeId` (or between two places), side by side, and their links on the canvas. */
  async openReuse(placeId: string, otherId?: string): Promise<void> {
    const { ctl } = this;
    const title = t('travel.reuseOf', { name: ctl.label(placeId) });
    showSide(h('h2', {}, title), h('p', { role: 'status' }, t('evidence.loading')));
    try {
      const res = await api.reuse({ place: placeId });
      const pairs = otherId ? res.pairs.filter((p) => [p.from.place?.id, p.to.place?.id].sort().join() === [placeId, otherId].sort().join()) : res.pairs;
      this.drawReuseLinks(res);
      showSide(
        h('h2', {}, title),
        h('p', { class: 'hint' }, t('travel.reuseCount', { n: pairs.length })),
        h('ol', { id: 'reuse-list', class: 'reuse' }, ...pairs.map((p) => this.reuseItem(p))),
      );
    } catch (err) {
      showSide(h('h2', {}, title), h('p', { role: 'alert' }, err instanceof Error ? err.message : String(err)));
    }
  }

  private reuseItem(p: ReusePair): HTMLLIElement {
    const diff = diffPassages(p.from.passage.text, p.to.passage.text);
    const column = (side: ReusePair['from'], runs: ReturnType<typeof diffPassages>['a']) => {
      const s = side.sentence;
      const before = s.text.slice(0, side.passage.start - s.start);
      const after = s.text.slice(side.passage.end - s.start);
      return h(
        'div',
        { class: 'reuse-side' },
        h('div', { class: 'meta' }, `${side.place?.name ?? ''} · ${side.documentDate ?? ''}`),
        h(
          'div',
          { class: 'sentence' },
          h('span', { class: 'context' }, before),
          ...runs.map((r) => (r.same ? h('span', { class: 'same' }, r.text) : h('mark', { class: 'diff' }, r.text))),
          h('span', { class: 'context' }, after),
        ),
        h(
          'div',
          { class: 'meta' },
          side.documentTitle,
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'open',
              onclick: () => void this.evidence.openDocument({ documentId: side.documentId, start: side.sentence.start, end: side.sentence.end }, undefined),
            },
            t('evidence.open'),
          ),
        ),
      );
    };
    return h(
      'li',
      {},
      h('div', { class: 'hint' }, t('travel.similarity', { pct: Math.round(p.similarity * 100) })),
      h('div', { class: 'reuse-pair' }, column(p.from, diff.a), column(p.to, diff.b)),
    );
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
      h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => void this.evidence.selectNode(id, true) }, name), ` ${extra}`);
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
