// 添加关系…: a relation extraction missed, from a node to another found by search, of a type the two labels allow, citing a sentence of a document that names them.
import type { CurationRequest } from '@policygraph/contract/curation';
import { type EntityType, RELATION_PATTERNS, type RelationType } from '@policygraph/contract/model';
import { api } from '../api';
import { type MessageKey, t } from '../i18n';
import { tj } from '../i18n/judge';
import { h } from '../ui/dom';
import { type CurationHost, correctionDialog, noteField } from './correction-dialog';
import { problemText } from './write-api';

interface End {
  id: string;
  name: string;
  type: EntityType;
}

/** A sentence that may support the relation: where it is, its text, and which of the two ends it names. */
interface Candidate {
  documentId: string;
  title: string;
  start: number;
  end: number;
  text: string;
  /** Mention spans inside the sentence, relative to its start, with the end they name. */
  marks: { start: number; end: number; which: 'a' | 'b' }[];
  both: boolean;
}

/** Documents read at most, and sentences listed at most: enough to find the passage, small enough to read. */
const MAX_DOCUMENTS = 6;
const MAX_SENTENCES = 40;

/** The relation types the contract allows between the two labels, each with its direction (`a → b` or `b → a`). */
export function allowedRelations(a: EntityType, b: EntityType): { type: RelationType; forward: boolean }[] {
  return RELATION_PATTERNS.flatMap((p) => [
    ...(p.from === a && p.to === b ? [{ type: p.type, forward: true }] : []),
    ...(p.from === b && p.to === a && a !== b ? [{ type: p.type, forward: false }] : []),
  ]);
}

/** Sentences of the documents naming either end that name it: those naming both first, then the rest, in text order. */
async function candidateSentences(a: End, b: End): Promise<Candidate[]> {
  const [ea, eb] = await Promise.all([api.entity(a.id, 1), api.entity(b.id, 1)]);
  const inB = new Set(eb.documents.map((d) => d.id));
  const either = [...ea.documents, ...eb.documents.filter((d) => !ea.documents.some((x) => x.id === d.id))];
  const docs = [
    ...either.filter((d) => inB.has(d.id) && ea.documents.some((x) => x.id === d.id)),
    ...either.filter((d) => !(inB.has(d.id) && ea.documents.some((x) => x.id === d.id))),
  ];
  const out: Candidate[] = [];
  for (const ref of docs.slice(0, MAX_DOCUMENTS)) {
    const doc = await api.document(ref.id);
    const mine = doc.mentions.filter((m) => m.entityId === a.id || m.entityId === b.id);
    for (const s of doc.sentences) {
      const inside = mine.filter((m) => m.start >= s.start && m.end <= s.end);
      if (inside.length === 0) continue;
      const marks = inside.map((m) => ({ start: m.start - s.start, end: m.end - s.start, which: m.entityId === a.id ? ('a' as const) : ('b' as const) }));
      const both = marks.some((m) => m.which === 'a') && marks.some((m) => m.which === 'b');
      out.push({ documentId: ref.id, title: doc.document.title, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), marks, both });
    }
  }
  return [...out.filter((c) => c.both), ...out.filter((c) => !c.both)].slice(0, MAX_SENTENCES);
}

/** The sentence with the two ends' mentions marked. */
function markedSentence(c: Candidate): HTMLElement {
  const q = h('q', {});
  let at = 0;
  for (const m of [...c.marks].sort((x, y) => x.start - y.start)) {
    if (m.start < at) continue;
    q.append(c.text.slice(at, m.start), h('mark', { 'data-end': m.which }, c.text.slice(m.start, m.end)));
    at = m.end;
  }
  q.append(c.text.slice(at));
  return q;
}

/** Opens 添加关系… for `a`: the other end (search), the type (only those the two labels allow), the sentence (mandatory). */
export function addRelationDialog(host: CurationHost, a: End): void {
  let b: End | null = null;
  let chosen: Candidate | null = null;
  const search = h('input', { type: 'search', id: 'relation-q', 'data-field': 'relation-q', autocomplete: 'off', required: true });
  const hits = h('ul', { class: 'merge-hits', 'aria-label': tj('relation.other') });
  const typeSelect = h('select', { id: 'relation-type', 'data-field': 'type', disabled: true });
  const sentences = h('ul', { class: 'relation-sentences', 'aria-label': tj('relation.sentence') });
  const sentenceHint = h('p', { class: 'hint', role: 'status' }, tj('relation.pickOther'));
  const note = noteField('relation-note');
  const submit = h('button', { type: 'submit', class: 'primary', 'data-action': 'save', disabled: true }, t('curate.save'));
  const ready = () => {
    submit.disabled = !(b && chosen && typeSelect.value);
  };
  typeSelect.addEventListener('change', ready);

  const showSentences = async (other: End) => {
    sentences.replaceChildren();
    chosen = null;
    ready();
    sentenceHint.textContent = tj('relation.reading');
    try {
      const found = await candidateSentences(a, other);
      if (b?.id !== other.id) return;
      sentenceHint.textContent = found.length === 0 ? tj('relation.noSentence') : tj('relation.pickSentence');
      sentences.replaceChildren(
        ...found.map((c, i) => {
          const radio = h('input', { type: 'radio', name: 'relation-sentence', id: `relation-s${i}`, value: `${c.documentId}:${c.start}` });
          radio.addEventListener('change', () => {
            chosen = c;
            ready();
          });
          return h(
            'li',
            { 'data-document': c.documentId, 'data-both': c.both || undefined },
            radio,
            h(
              'label',
              { for: `relation-s${i}` },
              markedSentence(c),
              h(
                'span',
                { class: 'where' },
                `${c.title} · ${c.both ? tj('relation.both') : tj('relation.onlyOne', { name: c.marks[0]!.which === 'a' ? a.name : other.name })}`,
              ),
            ),
          );
        }),
      );
    } catch (err) {
      sentenceHint.textContent = problemText(err);
    }
  };

  const pick = (hit: End, button: HTMLButtonElement) => {
    b = hit;
    for (const x of hits.querySelectorAll('button')) x.setAttribute('aria-pressed', String(x === button));
    const allowed = allowedRelations(a.type, hit.type);
    typeSelect.replaceChildren(
      ...allowed.map((r) => {
        const [from, to] = r.forward ? [a.name, hit.name] : [hit.name, a.name];
        return h('option', { value: `${r.type}:${r.forward ? 'f' : 'b'}` }, `${from} —${t(`rel.${r.type}` as MessageKey)}→ ${to}`);
      }),
    );
    typeSelect.disabled = allowed.length < 2;
    void showSentences(hit);
  };

  let asked = 0;
  search.addEventListener('input', () => {
    const q = search.value.trim();
    const mine = ++asked;
    if (!q) return hits.replaceChildren();
    void api
      .search(q, 20)
      .then((res) => {
        if (mine !== asked) return;
        // Only entities some relation type can join to this one: the contract's patterns decide.
        const fit = res.hits.filter((x) => x.id !== a.id && allowedRelations(a.type, x.type).length > 0);
        hits.replaceChildren(
          ...(fit.length === 0
            ? [h('li', { class: 'hint' }, tj('relation.none', { q }))]
            : fit.map((hit) => {
                const button = h(
                  'button',
                  { type: 'button', 'data-id': hit.id, 'aria-pressed': 'false' },
                  t('punct.paren', { text: hit.name, inner: t(`type.${hit.type}` as MessageKey) }),
                );
                button.addEventListener('click', () => pick({ id: hit.id, name: hit.name, type: hit.type }, button));
                return h('li', {}, button);
              })),
        );
      })
      .catch((err: unknown) => hits.replaceChildren(h('li', { class: 'hint' }, problemText(err))));
  });

  correctionDialog({
    id: 'relation-dialog',
    title: tj('relation.title', { name: a.name }),
    fields: [
      h('div', { class: 'field' }, h('label', { for: 'relation-q' }, tj('relation.other')), search),
      hits,
      h('div', { class: 'field' }, h('label', { for: 'relation-type' }, tj('relation.type')), typeSelect),
      h('div', { class: 'field' }, h('span', { class: 'label' }, tj('relation.sentence')), sentenceHint, sentences),
      note.el,
    ],
    submit,
    host,
    wide: true,
    get describe() {
      const [type] = typeSelect.value.split(':');
      return t('history.addRelation', { from: a.name, rel: t(`rel.${type}` as MessageKey), to: b?.name ?? '', doc: chosen?.documentId ?? '' });
    },
    request: (): CurationRequest | null => {
      if (!b || !chosen || !typeSelect.value) return null;
      const [type, dir] = typeSelect.value.split(':') as [RelationType, 'f' | 'b'];
      const [from, to] = dir === 'f' ? [a.id, b.id] : [b.id, a.id];
      const n = note.input.value.trim();
      return { action: 'add-relation', type, from, to, documentId: chosen.documentId, start: chosen.start, end: chosen.end, ...(n ? { note: n } : {}) };
    },
  });
  search.focus();
}
