// The upload's place picker: pre-filled with the inferred place and how sure, a gazetteer search by name or code when unsure or wrong.
import type { UploadPreview } from '@policygraph/contract/write-api';
import { hasMessage, type MessageKey, t } from '../i18n';
import { h } from '../ui/dom';
import { writeApi } from './write-api';

/** Below this share of the document's place mentions, the inferred place is offered for checking, with candidates shown at once. */
const SURE = 0.6;

export interface PlacePicker {
  readonly el: HTMLElement;
  /** GB/T 2260 code of the chosen place, or null for none. */
  code(): string | null;
}

const levelName = (level: string) => {
  const key = `level.${level}` as MessageKey;
  return hasMessage(key) ? t(key) : level;
};

/** The picker of an upload: the inferred place, how sure, and candidates at once when unsure. */
export function uploadPlacePicker(p: UploadPreview, n: number): PlacePicker {
  const sure = p.place !== null && p.place.confidence >= SURE;
  const pct = p.place ? Math.round(p.place.confidence * 100) : 0;
  const hint = p.place ? t(sure ? 'upload.placeSure' : 'upload.placeUnsure', { name: p.place.name, pct }) : t('upload.placeUnknown');
  return placePicker({ place: p.place, hint, sure, id: `place-q-${n}` });
}

/** A place picker starting at `place`; when not `sure`, its search starts with the place's name and shows candidates. */
export function placePicker(opts: { place: { code: string; name: string } | null; hint: string; sure: boolean; id: string; allowNone?: boolean }): PlacePicker {
  const { hint, sure } = opts;
  let chosen: { code: string; name: string } | null = opts.place ? { code: opts.place.code, name: opts.place.name } : null;
  const inputId = opts.id;
  const chosenText = h('output', { class: 'place-chosen', 'data-field': 'place-chosen', for: inputId });
  const input = h('input', {
    type: 'search',
    id: inputId,
    'data-field': 'place',
    autocomplete: 'off',
    placeholder: t('upload.placeSearch'),
    value: opts.place && !sure ? opts.place.name : '',
  });
  const matches = h('ul', { class: 'place-matches', 'aria-label': t('upload.placeMatches') });
  const showChosen = () => {
    chosenText.textContent = chosen ? t('upload.placeChosen', chosen) : t('upload.placeNone');
  };
  const choose = (place: { code: string; name: string } | null) => {
    chosen = place;
    showChosen();
    matches.replaceChildren();
  };
  const noneButton = h('button', { type: 'button', class: 'link', 'data-action': 'place-none' }, t('upload.placeNone'));
  noneButton.addEventListener('click', () => choose(null));

  // Answers may arrive out of order while the analyst types: only the newest question's list is shown.
  let asked = 0;
  const search = async () => {
    const q = input.value.trim();
    const mine = ++asked;
    if (!q) return matches.replaceChildren();
    const places = await writeApi.gazetteer(q);
    if (mine !== asked) return;
    matches.replaceChildren(
      ...places.map((pl) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', 'data-code': pl.code, onclick: () => choose({ code: pl.code, name: pl.name }) },
            h('b', {}, pl.name),
            ` ${[pl.parent, levelName(pl.level), pl.code].filter(Boolean).join(' · ')}`,
          ),
        ),
      ),
    );
  };
  input.addEventListener('input', () => void search());
  showChosen();
  if (input.value) void search();

  const el = h(
    'div',
    { class: `place-picker${sure ? '' : ' unsure'}`, 'data-sure': sure ? 'yes' : 'no' },
    h('label', { for: inputId }, t('upload.place')),
    h('p', { class: 'hint place-hint' }, hint),
    chosenText,
    input,
    matches,
    opts.allowNone === false ? null : noneButton,
  );
  return { el, code: () => chosen?.code ?? null };
}
