// 添加文档: drop or pick files, preview each (title, date, place with how sure, mentions by type, relations with sentences), then 载入 or 放弃.
import type { UploadPreview } from '@policygraph/contract/write-api';
import { TYPE_COLORS } from '../graph/style';
import { type MessageKey, t } from '../i18n';
import { h } from '../ui/dom';
import { uploadPlacePicker } from './place-picker';
import { problemText, writeApi } from './write-api';

const ACCEPT = '.pdf,.docx,.html,.htm,.txt,.md';
const ENTITY_ORDER = ['Strategy', 'Project', 'Place', 'Organization'] as const;
const typeName = (type: string) => t(`type.${type}` as MessageKey);
const swatch = (type: string) =>
  `background:${TYPE_COLORS[type as keyof typeof TYPE_COLORS] ?? '#ccc'}33;border-color:${TYPE_COLORS[type as keyof typeof TYPE_COLORS] ?? '#ccc'}`;

/** The kinds the loader and the sample corpus use, offered by name so nobody has to know the codes. */
const KINDS = ['work-report', 'speech', 'policy', 'news', 'feature', 'document'] as const;

/** A choice of kind, the inferred one selected; a kind outside the list (a manifest's own) is kept as it is. */
function kindSelect(current: string): HTMLSelectElement {
  const known = (KINDS as readonly string[]).includes(current);
  const options = [...KINDS].map((k) => h('option', { value: k, ...(k === current ? { selected: true } : {}) }, t(`kind.${k}`)));
  if (!known) options.unshift(h('option', { value: current, selected: true }, current));
  return h('select', { 'data-field': 'kind', required: true }, ...options);
}

/** The text with each mention marked in its type's colour; an overlapping mention keeps the first. */
function highlighted(p: UploadPreview): HTMLElement {
  const out = h('div', { class: 'upload-text', tabindex: 0, role: 'region', 'aria-label': t('upload.text') });
  let at = 0;
  for (const m of [...p.mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    out.append(p.text.slice(at, m.start), h('mark', { 'data-type': m.type, style: swatch(m.type), title: typeName(m.type) }, p.text.slice(m.start, m.end)));
    at = m.end;
  }
  out.append(p.text.slice(at));
  return out;
}

/** Entities grouped by type: a line per type with its name and count, each entity with how often it is mentioned. */
function mentionsByType(p: UploadPreview): HTMLElement {
  return h(
    'dl',
    { class: 'upload-mentions' },
    ...ENTITY_ORDER.flatMap((type) => {
      const of = p.entities.filter((e) => e.type === type);
      if (of.length === 0) return [];
      return [
        h('dt', { 'data-type': type }, t('punct.paren', { text: typeName(type), inner: of.length })),
        h(
          'dd',
          { 'data-type': type },
          h(
            'ul',
            { class: 'chips' },
            ...of.map((e) => h('li', { style: swatch(type), 'data-entity': e.id }, e.mentions > 1 ? `${e.name} ×${e.mentions}` : e.name)),
          ),
        ),
      ];
    }),
  );
}

function relationsList(p: UploadPreview): HTMLElement {
  if (p.relations.length === 0) return h('p', { class: 'hint' }, t('upload.noRelations'));
  return h(
    'ol',
    { class: 'upload-relations' },
    ...p.relations.map((r) =>
      h('li', { 'data-rel': r.type }, h('b', {}, `${r.fromName} —${t(`rel.${r.type}` as MessageKey)}→ ${r.toName}`), h('q', { class: 'sentence' }, r.sentence)),
    ),
  );
}

let cardCount = 0;

/** One file's card: its status, then the preview with its form, 载入 and 放弃. */
function fileCard(file: File, onLoaded: (documentId: string) => void): HTMLElement {
  const n = ++cardCount;
  const status = h('p', { class: 'upload-status', role: 'status' }, t('upload.reading'));
  const progress = h('progress', { 'aria-label': t('upload.reading') });
  const card = h('li', { class: 'upload-card', 'data-file': file.name, 'data-state': 'reading' }, h('h3', {}, file.name), status, progress);
  const done = (text: string, state: string) => {
    status.textContent = text;
    card.dataset.state = state;
    progress.remove();
  };
  const field = (key: MessageKey, input: HTMLInputElement | HTMLSelectElement) => {
    input.id = `${input.dataset.field}-${n}`;
    return h('div', { class: 'field' }, h('label', { for: input.id }, t(key)), input);
  };
  writeApi
    .preview(file)
    .then((p) => {
      done(t('upload.previewed', { entities: p.entities.length, relations: p.relations.length }), 'preview');
      const title = h('input', { type: 'text', 'data-field': 'title', value: p.title, required: true });
      const date = h('input', { type: 'text', 'data-field': 'date', value: p.date ?? '', placeholder: 'YYYY-MM-DD', inputmode: 'numeric' });
      const kind = kindSelect(p.kind);
      const place = uploadPlacePicker(p, n);
      const load = h('button', { type: 'button', class: 'primary', 'data-action': 'load' }, t('upload.load'));
      const discard = h('button', { type: 'button', 'data-action': 'discard' }, t('upload.discard'));
      const body = h(
        'div',
        { class: 'upload-body' },
        h(
          'div',
          { class: 'upload-form' },
          field('upload.title', title),
          field('upload.date', date),
          field('upload.kind', kind),
          place.el,
          h('div', { class: 'write-actions' }, load, discard),
        ),
        h(
          'div',
          { class: 'upload-result' },
          h('section', {}, h('h4', {}, t('upload.mentions')), mentionsByType(p)),
          h('section', {}, h('h4', {}, t('upload.relations', { n: p.relations.length })), relationsList(p)),
          h('section', {}, h('h4', {}, t('upload.text')), highlighted(p)),
        ),
      );
      card.append(body);
      load.addEventListener('click', () => {
        load.disabled = discard.disabled = true;
        status.textContent = t('upload.loading');
        card.dataset.state = 'loading';
        card.insertBefore(progress, body);
        writeApi
          .load(p.uploadId, { title: title.value.trim(), kind: kind.value.trim(), date: date.value.trim() || null, placeCode: place.code() })
          .then((res) => {
            done(t('upload.loaded', { id: res.documentId }), 'loaded');
            body.remove();
            onLoaded(res.documentId);
          })
          .catch((err: unknown) => {
            // Nothing is lost: the preview and the analyst's fields stay for another try.
            done(problemText(err), 'error');
            load.disabled = discard.disabled = false;
          });
      });
      discard.addEventListener('click', () => {
        load.disabled = discard.disabled = true;
        writeApi
          .discard(p.uploadId)
          .then(() => {
            done(t('upload.discarded'), 'discarded');
            body.remove();
          })
          .catch((err: unknown) => {
            done(problemText(err), 'error');
            load.disabled = discard.disabled = false;
          });
      });
    })
    .catch((err: unknown) => done(problemText(err), 'error'));
  return card;
}

/** Mounts the 添加文档 button's dialog; `onLoaded` runs after each document is loaded (the explorer shows it). */
export function mountUploadDialog(button: HTMLButtonElement, onLoaded: (documentId: string) => void): void {
  const input = h('input', { type: 'file', multiple: true, accept: ACCEPT, class: 'visually-hidden', id: 'upload-files', 'data-field': 'files', tabindex: -1 });
  const cards = h('ul', { class: 'upload-cards' });
  const add = (files: FileList | null | undefined) => {
    for (const f of files ?? []) cards.prepend(fileCard(f, onLoaded));
  };
  const choose = h('button', { type: 'button', 'data-action': 'choose' }, t('upload.choose'));
  choose.addEventListener('click', () => input.click());
  const drop = h('div', { class: 'upload-drop' }, h('p', {}, t('upload.drop'), ' ', choose), h('p', { class: 'hint' }, t('upload.formats')));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    add(e.dataTransfer?.files);
  });
  input.addEventListener('change', () => {
    add(input.files);
    input.value = '';
  });
  const close = h('button', { type: 'button', class: 'close', 'data-action': 'close' }, t('write.close'));
  const dialog = h(
    'dialog',
    { id: 'upload-dialog', class: 'write-dialog', 'aria-labelledby': 'upload-heading' },
    h('header', {}, h('h2', { id: 'upload-heading' }, t('upload.heading')), close),
    drop,
    input,
    cards,
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);
  button.addEventListener('click', () => dialog.showModal());
  button.disabled = false;
}
