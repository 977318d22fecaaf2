// A place's adoption record, the panel: what it took up each year (by its first document naming each strategy),
// which of those it was first in the corpus to name, each with its sentence. Loaded on first use.
import type { PlaceAdoption, PlaceAdoptionsResponse } from '@policygraph/contract/api';
import { api } from '../api';
import { t } from '../i18n';
import { markChinese } from '../i18n/script';
import { h } from '../ui/dom';
import type { ExplorerController } from './controller';
import { type EvidenceFeature, panels } from './evidence';
import type { TravelFeature } from './travel';

export class AdoptionsRecord {
  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
    private readonly travel: TravelFeature,
  ) {}

  /** Lists the place's adoptions by year in the side panel, and brings the strategies it pursues onto the canvas. */
  open(placeId: string): Promise<void> {
    const { ctl } = this;
    return ctl.perform(async () => {
      const [a, around] = await Promise.all([api.placeAdoptions(placeId), api.neighborhood([placeId], { rels: ['PURSUES'], limit: 200 })]);
      ctl.store.add(around.elements, placeId);
      await this.render(a);
      return {};
    });
  }

  private async render(a: PlaceAdoptionsResponse): Promise<void> {
    const years = a.byYear.map((y) =>
      h(
        'li',
        { 'data-year': String(y.year ?? '') },
        h(
          'h3',
          {},
          y.year === null ? t('travel.undated') : String(y.year),
          ' ',
          h('span', { class: 'hint' }, t('adoptions.count', { n: y.strategies.length })),
        ),
        h('ul', { class: 'adoptions-year' }, ...y.strategies.map((s) => this.item(s, a))),
      ),
    );
    // The side panel's code is loaded with the first panel that opens, not with the first view.
    (await panels()).showSide(
      markChinese(h('h2', {}, t('adoptions.title', { name: a.place.name }))),
      h('p', { class: 'hint' }, t('adoptions.summary', { n: a.byYear.reduce((k, y) => k + y.strategies.length, 0), firsts: a.firsts.length })),
      a.byYear.length === 0 ? h('p', {}, t('adoptions.none')) : h('ol', { id: 'adoptions-list', class: 'timeline' }, ...years),
    );
  }

  private item(s: PlaceAdoption, a: PlaceAdoptionsResponse): HTMLLIElement {
    return h(
      'li',
      { 'data-strategy': s.strategy.id },
      h(
        'div',
        { class: 'meta' },
        h(
          'button',
          { type: 'button', class: 'strategy-link', title: t('travel.timeline'), onclick: () => void this.travel.openTimeline(s.strategy.id) },
          s.strategy.name,
        ),
        ' ',
        s.strategy.scope ? h('span', { class: `scope ${s.strategy.scope}` }, t(`travel.scope.${s.strategy.scope}`)) : '',
        ' ',
        s.firstInCorpus ? h('span', { class: 'direction first' }, t('adoptions.first')) : '',
        ' · ',
        s.date ?? t('travel.undated'),
      ),
      h('div', { class: 'sentence' }, s.evidence.sentence),
      h(
        'div',
        { class: 'meta' },
        s.evidence.documentTitle ?? s.evidence.documentId,
        ' ',
        h(
          'button',
          {
            type: 'button',
            class: 'open',
            onclick: () =>
              void this.evidence.openDocument({ documentId: s.evidence.documentId, start: s.evidence.start, end: s.evidence.end }, () => this.render(a)),
          },
          t('evidence.open'),
        ),
      ),
    );
  }
}
