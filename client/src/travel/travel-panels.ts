// The policy-travel panels' DOM, loaded when one first opens: a strategy's adoption timeline (play, year slider,
// one entry per adoption with its sentence), the one-click diffusion story, and reused passages side by side.
import type { DiffusionResponse, ReusePair } from '@policygraph/contract/api';
import type { StoryInput } from '@policygraph/contract/story';
import { t } from '../i18n';
import { markChinese } from '../i18n/script';
import type { Locale } from '../i18n';
import { h } from '../ui/dom';
import { type SentenceRef, showSide } from '../ui/side-panel';
import { diffusionStory } from './diffusion-story';
import { diffPassages } from './text-diff';

/** The side panel's one entry point, for the travel feature's loading and error lines too. */
export { showSide };

/** 查看原文 that says which sentence it opens (a list of them would otherwise read as one name repeated). */
function openButton(sentence: string, onclick: () => void): HTMLButtonElement {
  const chars = [...sentence];
  const quote = chars.length > 16 ? `${chars.slice(0, 16).join('')}…` : sentence;
  return h('button', { type: 'button', class: 'open', 'aria-label': t('evidence.openQuote', { quote }), onclick }, t('evidence.open'));
}

/** What the timeline panel's controls do (the feature owns the map, the playing and the evidence). */
export interface TimelineActions {
  togglePlay(): void;
  showYear(year: number): void;
  openDocument(ref: SentenceRef): void;
  makeStory(): void;
}

/** The timeline panel: play, the year slider and one entry per adoption, quoting its sentence. */
export function renderTimeline(d: DiffusionResponse, year: number | undefined, actions: TimelineActions): void {
  const years = d.years;
  const slider = h('input', {
    id: 'timeline-year',
    type: 'range',
    min: String(years[0] ?? 0),
    max: String(years[years.length - 1] ?? 0),
    step: '1',
    'aria-label': t('travel.year'),
  });
  slider.value = String(year ?? years[years.length - 1] ?? 0);
  slider.addEventListener('input', () => actions.showYear(Number(slider.value)));
  const play = h('button', { id: 'timeline-play', type: 'button', onclick: () => actions.togglePlay() }, t('travel.play'));
  const items = d.adoptions.map((a) =>
    h(
      'li',
      { 'data-place': a.place.id, 'data-year': String(a.year ?? '') },
      h(
        'div',
        { class: 'meta' },
        markChinese(h('strong', {}, a.place.name)),
        ' · ',
        a.date ?? t('travel.undated'),
        a.dateInferred ? ` (${t('travel.inferred')})` : '',
        ' ',
        h('span', { class: `direction ${a.direction}` }, t(`travel.direction.${a.direction}`)),
        a.after ? ` ${t('travel.after', { place: a.after.name, date: a.after.date ?? '' })}` : '',
      ),
      markChinese(h('div', { class: 'sentence' }, a.evidence.sentence)),
      h(
        'div',
        { class: 'meta' },
        markChinese(h('span', {}, a.evidence.documentTitle ?? a.evidence.documentId)),
        ' ',
        openButton(a.evidence.sentence, () => actions.openDocument({ documentId: a.evidence.documentId, start: a.evidence.start, end: a.evidence.end })),
      ),
    ),
  );
  const scope = d.strategy.scope ? h('span', { class: `scope ${d.strategy.scope}` }, t(`travel.scope.${d.strategy.scope}`)) : '';
  showSide(
    markChinese(h('h2', {}, t('travel.timelineOf', { name: d.strategy.name }))),
    h('p', { class: 'hint' }, scope, ' ', t('travel.adoptions', { n: d.adoptions.length })),
    h('div', { class: 'timeline-controls' }, play, slider, h('output', { id: 'timeline-year-out' }, slider.value)),
    h('button', { id: 'timeline-story', type: 'button', onclick: () => actions.makeStory() }, t('travel.story')),
    h('p', { id: 'timeline-message', class: 'hint', role: 'status', 'aria-live': 'polite' }),
    h('ol', { id: 'timeline-list', class: 'timeline' }, ...items),
  );
}

/** The diffusion timeline as a story: one step per adoption, in date order, each quoting its sentence. */
export function timelineStory(d: DiffusionResponse, lang: Locale): StoryInput {
  return diffusionStory(
    d,
    {
      title: (name) => t('travel.storyTitle', { name }),
      description: (name, n) => t('travel.storyDescription', { name, n }),
      step: (a) => ({
        title: `${a.date ?? t('travel.undated')} · ${a.place.name}`,
        caption: `${t(`travel.direction.${a.direction}`)}${a.after ? ` ${t('travel.after', { place: a.after.name, date: a.after.date ?? '' })}` : ''}`,
      }),
    },
    lang,
  );
}

/** Reused passages, each pair side by side with what differs marked. */
export function renderReuse(title: string, pairs: readonly ReusePair[], openDocument: (ref: SentenceRef) => void): void {
  showSide(
    h('h2', {}, title),
    h('p', { class: 'hint' }, t('travel.reuseCount', { n: pairs.length })),
    h('ol', { id: 'reuse-list', class: 'reuse' }, ...pairs.map((p) => reuseItem(p, openDocument))),
  );
}

function reuseItem(p: ReusePair, openDocument: (ref: SentenceRef) => void): HTMLLIElement {
  const diff = diffPassages(p.from.passage.text, p.to.passage.text);
  const column = (side: ReusePair['from'], runs: ReturnType<typeof diffPassages>['a']) => {
    const s = side.sentence;
    const before = s.text.slice(0, side.passage.start - s.start);
    const after = s.text.slice(side.passage.end - s.start);
    return h(
      'div',
      { class: 'reuse-side' },
      markChinese(h('div', { class: 'meta' }, `${side.place?.name ?? ''} · ${side.documentDate ?? ''}`)),
      markChinese(
        h(
          'div',
          { class: 'sentence' },
          h('span', { class: 'context' }, before),
          ...runs.map((r) => (r.same ? h('span', { class: 'same' }, r.text) : h('mark', { class: 'diff' }, r.text))),
          h('span', { class: 'context' }, after),
        ),
      ),
      h(
        'div',
        { class: 'meta' },
        markChinese(h('span', {}, side.documentTitle)),
        ' ',
        openButton(s.text, () => openDocument({ documentId: side.documentId, start: side.sentence.start, end: side.sentence.end })),
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
