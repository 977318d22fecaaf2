// Corrections from the node menu: 改名 (rename) an entity, 合并到… (merge) it into another of its type found by search, 更正文档… (a document's title, date, place).
import type cytoscape from 'cytoscape';
import type { CurationRequest } from '@policygraph/contract/curation';
import { api } from '../api';
import type { ExplorerFeature } from '../explorer/feature';
import { t } from '../i18n';
import type { MenuItem } from '../ui/context-menu';
import { h } from '../ui/dom';
import { placePicker } from './place-picker';
import { problemText, writeApi } from './write-api';

const ENTITY_TYPES = new Set(['Strategy', 'Project', 'Place', 'Organization']);

/** What the feature needs of the explorer: reload the view after a correction, and say what happened. */
export interface CurationHost {
  reload(): Promise<void>;
  note(text: string): void;
}

/**
 * A modal form for one correction: its fields, a status line, 保存 and 取消. On a refused write the dialog stays
 * open with what the analyst typed and the problem in words; a stale graph version offers 重新加载视图 instead.
 */
function correctionDialog(opts: {
  id: string;
  title: string;
  fields: HTMLElement[];
  submit: HTMLButtonElement;
  request: () => CurationRequest | null;
  host: CurationHost;
  describe: string;
}): HTMLDialogElement {
  const status = h('p', { class: 'write-status', role: 'status' });
  const cancel = h('button', { type: 'button', 'data-action': 'cancel' }, t('write.cancel'));
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', { id: `${opts.id}-heading` }, opts.title),
    ...opts.fields,
    status,
    h('div', { class: 'write-actions' }, opts.submit, cancel),
  );
  const dialog = h('dialog', { id: opts.id, class: 'write-dialog small', 'aria-labelledby': `${opts.id}-heading` }, form);
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const request = opts.request();
    if (!request) return;
    opts.submit.disabled = true;
    status.textContent = t('curate.saving');
    writeApi
      .curate(request)
      .then(async () => {
        dialog.close();
        await opts.host.reload();
        opts.host.note(t('curate.done', { what: opts.describe }));
      })
      .catch((err: unknown) => {
        opts.submit.disabled = false;
        status.textContent = problemText(err);
        if (err instanceof Error && 'code' in err && err.code === 'version-conflict') {
          const reload = h('button', { type: 'button', 'data-action': 'reload' }, t('write.reload'));
          reload.addEventListener('click', () => {
            dialog.close();
            void opts.host.reload();
          });
          status.append(' ', reload);
        }
      });
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

const noteField = (id: string) => {
  const input = h('input', { type: 'text', id, 'data-field': 'note', maxlength: 500 });
  return { input, el: h('div', { class: 'field' }, h('label', { for: id }, t('curate.note')), input) };
};

/** Node-menu items for entities (not documents): 改名… and 合并到…. */
export class CurationFeature implements ExplorerFeature {
  constructor(private readonly host: CurationHost) {}

  menuItems(node: cytoscape.NodeSingular): MenuItem[] {
    const type = String(node.data('type'));
    if (type === 'Document') return [{ label: t('curate.document'), action: 'curate-document', run: () => void this.correctDocument(String(node.id())) }];
    // Roll-up areas and documents are not entities one can rename.
    if (!ENTITY_TYPES.has(type) || node.data('rollup')) return [];
    const id = String(node.id());
    const name = String(node.data('label'));
    return [
      { label: t('curate.rename'), action: 'curate-rename', run: () => this.rename(id, name) },
      { label: t('curate.merge'), action: 'curate-merge', run: () => this.merge(id, name, type) },
    ];
  }

  private rename(id: string, name: string): void {
    const input = h('input', { type: 'text', id: 'rename-name', 'data-field': 'name', value: name, required: true, maxlength: 120 });
    const note = noteField('rename-note');
    const submit = h('button', { type: 'submit', class: 'primary', 'data-action': 'save' }, t('curate.save'));
    let next = name;
    correctionDialog({
      id: 'rename-dialog',
      title: t('curate.renameTitle', { name }),
      fields: [h('div', { class: 'field' }, h('label', { for: 'rename-name' }, t('curate.newName')), input), note.el],
      submit,
      host: this.host,
      get describe() {
        return t('history.rename', { from: name, to: next });
      },
      request: () => {
        next = input.value.trim();
        if (!next || next === name) return null;
        const n = note.input.value.trim();
        return { action: 'rename', entityId: id, name: next, ...(n ? { note: n } : {}) };
      },
    });
    input.select();
  }

  private merge(id: string, name: string, type: string): void {
    const search = h('input', { type: 'search', id: 'merge-q', 'data-field': 'merge-q', autocomplete: 'off', required: true });
    const hits = h('ul', { class: 'merge-hits', 'aria-label': t('curate.mergeSearch') });
    const note = noteField('merge-note');
    const submit = h('button', { type: 'submit', class: 'primary', 'data-action': 'merge', disabled: true }, t('curate.save'));
    let target: { id: string; name: string } | null = null;
    const pick = (hit: { id: string; name: string }, button: HTMLButtonElement) => {
      target = hit;
      for (const b of hits.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
      submit.textContent = t('curate.mergeInto', { name: hit.name });
      submit.disabled = false;
    };
    let asked = 0;
    search.addEventListener('input', () => {
      const q = search.value.trim();
      const mine = ++asked;
      target = null;
      submit.disabled = true;
      submit.textContent = t('curate.save');
      if (!q) return hits.replaceChildren();
      void api
        .search(q, 20)
        .then((res) => {
          if (mine !== asked) return;
          const same = res.hits.filter((x) => x.type === type && x.id !== id);
          hits.replaceChildren(
            ...(same.length === 0
              ? [h('li', { class: 'hint' }, t('curate.mergeNone', { q }))]
              : same.map((hit) => {
                  const b = h('button', { type: 'button', 'data-id': hit.id, 'aria-pressed': 'false' }, hit.name);
                  b.addEventListener('click', () => pick(hit, b));
                  return h('li', {}, b);
                })),
          );
        })
        .catch((err: unknown) => hits.replaceChildren(h('li', { class: 'hint' }, problemText(err))));
    });
    correctionDialog({
      id: 'merge-dialog',
      title: t('curate.mergeTitle', { name }),
      fields: [
        h('p', { class: 'hint' }, t('curate.mergeHint', { name })),
        h('div', { class: 'field' }, h('label', { for: 'merge-q' }, t('curate.mergeSearch')), search),
        hits,
        note.el,
      ],
      submit,
      host: this.host,
      get describe() {
        return t('history.merge', { from: name, into: target?.name ?? '' });
      },
      request: () => {
        if (!target) return null;
        const n = note.input.value.trim();
        return { action: 'merge', from: id, into: target.id, ...(n ? { note: n } : {}) };
      },
    });
    search.focus();
  }

  /** 更正文档…: the document's title, date and place as the graph holds them, sent back as far as they changed. */
  private async correctDocument(id: string): Promise<void> {
    let doc: Awaited<ReturnType<typeof api.document>>['document'];
    try {
      doc = (await api.document(id)).document;
    } catch (err) {
      this.host.note(problemText(err));
      return;
    }
    const current = doc.places[0];
    const currentPlace = current ? { code: current.id.slice(current.id.indexOf(':') + 1), name: current.name } : null;
    const title = h('input', { type: 'text', id: 'doc-title', 'data-field': 'title', value: doc.title, required: true, maxlength: 300 });
    const date = h('input', { type: 'text', id: 'doc-date', 'data-field': 'date', value: doc.date ?? '', placeholder: 'YYYY-MM-DD', inputmode: 'numeric' });
    const place = placePicker({
      place: currentPlace,
      hint: currentPlace ? t('curate.placeNow', { name: currentPlace.name }) : t('upload.placeUnknown'),
      sure: true,
      id: 'doc-place',
      // The API moves a document's place; it does not take it away.
      allowNone: false,
    });
    const note = noteField('doc-note');
    const submit = h('button', { type: 'submit', class: 'primary', 'data-action': 'save' }, t('curate.save'));
    let changed: string[] = [];
    correctionDialog({
      id: 'document-dialog',
      title: t('curate.documentTitle', { title: doc.title }),
      fields: [
        h('div', { class: 'field' }, h('label', { for: 'doc-title' }, t('upload.title')), title),
        h('div', { class: 'field' }, h('label', { for: 'doc-date' }, t('upload.date')), date),
        place.el,
        note.el,
      ],
      submit,
      host: this.host,
      get describe() {
        return t('history.correct', { id, fields: changed.join('，') });
      },
      request: () => {
        const next = { title: title.value.trim(), date: date.value.trim(), placeCode: place.code() };
        const request: CurationRequest = { action: 'correct-document', documentId: id };
        if (next.title && next.title !== doc.title) request.title = next.title;
        if (next.date && next.date !== (doc.date ?? '')) request.date = next.date;
        if (next.placeCode && next.placeCode !== currentPlace?.code) request.placeCode = next.placeCode;
        changed = [request.title, request.date, request.placeCode].filter((x): x is string => Boolean(x));
        if (changed.length === 0) return null;
        const n = note.input.value.trim();
        return n ? { ...request, note: n } : request;
      },
    });
    title.focus();
  }
}
