// Corrections from the node menu: 改名, 合并到… (into another of its type found by search), 改类型…, 驳回… (the entity or one of its relations), 添加关系…, 更正文档… (a document's title, date, place).
import type cytoscape from 'cytoscape';
import type { CurationRequest } from '@policygraph/contract/curation';
import { api } from '../api';
import type { ExplorerFeature } from '../explorer/feature';
import { type MessageKey, t } from '../i18n';
import type { MenuItem } from '../ui/context-menu';
import { tj } from '../i18n/judge';
import { h } from '../ui/dom';
import { CURABLE_TYPES } from '@policygraph/contract/curation';
import { RELATION_PATTERNS, type EntityType, type RelationType } from '@policygraph/contract/model';
import { type CurationHost, correctionDialog, noteField } from './correction-dialog';
import { addRelationDialog } from './relation-dialog';
import { placePicker } from './place-picker';
import { problemText } from './write-api';

const ENTITY_TYPES = new Set(['Strategy', 'Project', 'Place', 'Organization']);
const prefixOf = (label: EntityType) => ({ Place: 'place', Strategy: 'strategy', Project: 'project', Organization: 'org' })[label];

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
    const curable = (CURABLE_TYPES as readonly string[]).includes(type);
    // The domain relations of this node on the canvas, which 驳回关系… lists (places' gazetteer PART_OF is not one).
    const relations = node
      .connectedEdges()
      .filter((e) => RELATION_PATTERNS.some((p) => p.type === e.data('type')) && !e.data('rollup') && !e.data('rolledFrom'))
      .map((e) => ({
        type: String(e.data('type')) as RelationType,
        from: String(e.data('source')),
        to: String(e.data('target')),
        fromName: String((e as cytoscape.EdgeSingular).source().data('label')),
        toName: String((e as cytoscape.EdgeSingular).target().data('label')),
      }))
      .filter((r) => RELATION_PATTERNS.some((p) => p.type === r.type && r.from.startsWith(`${prefixOf(p.from)}:`) && r.to.startsWith(`${prefixOf(p.to)}:`)));
    return [
      { label: t('curate.rename'), action: 'curate-rename', run: () => this.rename(id, name) },
      { label: t('curate.merge'), action: 'curate-merge', run: () => this.merge(id, name, type) },
      { label: tj('relation.open'), action: 'curate-add-relation', run: () => addRelationDialog(this.host, { id, name, type: type as EntityType }) },
      ...(curable ? [{ label: tj('judge.changeType'), action: 'curate-change-type', run: () => this.changeType(id, name, type) }] : []),
      ...(relations.length > 0
        ? [{ label: tj('judge.rejectRelation'), action: 'curate-reject-relation', run: () => this.rejectRelation(name, relations) }]
        : []),
      ...(curable ? [{ label: tj('judge.rejectEntity'), action: 'curate-reject-entity', run: () => this.rejectEntity(id, name, type) }] : []),
    ];
  }

  /** 改类型…: the new type, and what the change drops (relations the new type cannot take part in) said before saving. */
  private changeType(id: string, name: string, type: string): void {
    const choices = CURABLE_TYPES.filter((x) => x !== type);
    const select = h('select', { id: 'type-new', 'data-field': 'type' }, ...choices.map((x) => h('option', { value: x }, t(`type.${x}` as MessageKey))));
    const note = noteField('type-note');
    const submit = h('button', { type: 'submit', class: 'primary', 'data-action': 'save' }, t('curate.save'));
    correctionDialog({
      id: 'type-dialog',
      title: tj('judge.changeTypeTitle', { name, type: t(`type.${type}` as MessageKey) }),
      fields: [
        h('div', { class: 'field' }, h('label', { for: 'type-new' }, tj('judge.newType')), select),
        h('p', { class: 'hint' }, tj('judge.changeTypeHint')),
        note.el,
      ],
      submit,
      host: this.host,
      get describe() {
        return tj('history.changeType', { name, from: t(`type.${type}` as MessageKey), to: t(`type.${select.value}` as MessageKey) });
      },
      request: () => {
        const n = note.input.value.trim();
        return { action: 'change-type', entityId: id, type: select.value as (typeof CURABLE_TYPES)[number], ...(n ? { note: n } : {}) };
      },
    });
    select.focus();
  }

  /** 驳回…: the entity was a wrong extraction; it leaves every view, kept in 修订记录 (undo brings it back). */
  private rejectEntity(id: string, name: string, type: string): void {
    const note = noteField('reject-note');
    const submit = h('button', { type: 'submit', class: 'primary danger', 'data-action': 'save' }, tj('judge.reject'));
    correctionDialog({
      id: 'reject-dialog',
      title: tj('judge.rejectEntityTitle', { name, type: t(`type.${type}` as MessageKey) }),
      fields: [h('p', { class: 'hint' }, tj('judge.rejectEntityHint', { name })), note.el],
      submit,
      host: this.host,
      describe: tj('judge.rejectedEntity', { name }),
      request: () => {
        const n = note.input.value.trim();
        return { action: 'reject-entity', entityId: id, ...(n ? { note: n } : {}) };
      },
    });
    note.input.focus();
  }

  /** 驳回关系…: one of the node's relations on the canvas was wrongly extracted. */
  private rejectRelation(name: string, relations: { type: RelationType; from: string; to: string; fromName: string; toName: string }[]): void {
    const note = noteField('reject-rel-note');
    const submit = h('button', { type: 'submit', class: 'primary danger', 'data-action': 'save', disabled: true }, tj('judge.reject'));
    let chosen: (typeof relations)[number] | null = null;
    const list = h(
      'ul',
      { class: 'judge-relations', 'aria-label': tj('judge.whichRelation') },
      ...relations.map((r, i) => {
        const radio = h('input', { type: 'radio', name: 'reject-relation', id: `reject-r${i}`, value: `${r.type}:${r.from}->${r.to}` });
        radio.addEventListener('change', () => {
          chosen = r;
          submit.disabled = false;
        });
        return h('li', {}, radio, h('label', { for: `reject-r${i}` }, `${r.fromName} —${t(`rel.${r.type}` as MessageKey)}→ ${r.toName}`));
      }),
    );
    correctionDialog({
      id: 'reject-relation-dialog',
      title: tj('judge.rejectRelationTitle', { name }),
      fields: [h('p', { class: 'hint' }, tj('judge.rejectRelationHint')), list, note.el],
      submit,
      host: this.host,
      get describe() {
        return chosen ? tj('history.rejectRelation', { from: chosen.fromName, rel: t(`rel.${chosen.type}` as MessageKey), to: chosen.toName }) : '';
      },
      request: () => {
        if (!chosen) return null;
        const n = note.input.value.trim();
        return { action: 'reject-relation', type: chosen.type, from: chosen.from, to: chosen.to, ...(n ? { note: n } : {}) };
      },
    });
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
        return t('history.correct', { id, fields: changed.join(t('punct.fields')) });
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
