// 修订记录: every correction with who, when and its note, newest first, each with 撤销 (undo) while it holds.
import type { Curation } from '@policygraph/contract/curation';
import { getLocale, type MessageKey, t } from '../i18n';
import { tj } from '../i18n/judge';
import { h } from '../ui/dom';
import { problemText, writeApi } from './write-api';

/** An id's name part (`strategy:项目为王` → 项目为王), for curations that kept no name. */
const bare = (id: string) => id.slice(id.indexOf(':') + 1);

/** What a curation did, in a line an analyst reads. */
export function describeCuration(c: Curation): string {
  switch (c.action) {
    case 'rename':
      return t('history.rename', { from: c.previous ?? bare(c.entityId), to: c.name });
    case 'merge':
      return t('history.merge', { from: c.fromName ?? bare(c.from), into: bare(c.into) });
    case 'correct-document':
      return t('history.correct', { id: c.documentId, fields: [c.title, c.date, c.placeCode].filter(Boolean).join(t('punct.fields')) });
    case 'add-relation':
      return t('history.addRelation', {
        from: c.fromName ?? bare(c.from),
        rel: t(`rel.${c.type}` as MessageKey),
        to: c.toName ?? bare(c.to),
        doc: c.documentId,
      });
    case 'change-type':
      return tj('history.changeType', {
        name: c.name ?? bare(c.entityId),
        from: t(`type.${c.previousType ?? 'Project'}` as MessageKey),
        to: t(`type.${c.type}` as MessageKey),
      });
    case 'reject-entity':
      return tj('history.rejectEntity', { type: t(`type.${c.entityType ?? 'Project'}` as MessageKey), name: c.name ?? bare(c.entityId), n: c.relations ?? 0 });
    case 'reject-relation':
      return tj('history.rejectRelation', { from: c.fromName ?? bare(c.from), rel: t(`rel.${c.type}` as MessageKey), to: c.toName ?? bare(c.to) });
  }
}

/** The name the curation kept for one of its entity ids, if it differs from the id's name part. */
function nameIn(c: Curation, id: string): string | undefined {
  const names: Record<string, string | undefined> = {};
  if ('from' in c) names[c.from] = 'fromName' in c ? c.fromName : undefined;
  if ('to' in c) names[c.to] = 'toName' in c ? c.toName : undefined;
  if ('entityId' in c) names[c.entityId] = 'name' in c ? c.name : undefined;
  const name = names[id];
  return name && name !== bare(id) ? name : undefined;
}

/**
 * Why a curation is not in effect, in the explorer's language: worded from the cause the server keeps; a record
 * marked before causes were kept has only the server's English line.
 */
export function notAppliedLine(c: Curation): string {
  const cause = c.notAppliedCause;
  if (!cause) return t('history.notApplied', { reason: c.notApplied ?? '' });
  if (cause.kind === 'cannot-apply') return tj('history.cannotApply');
  const parts = cause.missing.map((m) =>
    m.what !== 'entity'
      ? tj(`history.missing.${m.what}`, { id: m.id })
      : nameIn(c, m.id)
        ? tj('history.missing.entity', { name: nameIn(c, m.id)!, id: m.id })
        : tj('history.missing.entityId', { id: m.id }),
  );
  return t('history.notApplied', { reason: parts.join(tj('history.missing.sep')) || tj('history.missing.target') });
}

/** Mounts the 修订记录 dialog on `button`; `onChanged` runs after an undo (the explorer reloads its view). */
export function mountHistoryPanel(button: HTMLButtonElement, onChanged: () => void): void {
  const list = h('ol', { class: 'history-list', reversed: true });
  const status = h('p', { class: 'hint', role: 'status' });
  const close = h('button', { type: 'button', class: 'close', 'data-action': 'close' }, t('write.close'));
  const dialog = h(
    'dialog',
    { id: 'history-dialog', class: 'write-dialog', 'aria-labelledby': 'history-heading' },
    h('header', {}, h('h2', { id: 'history-heading' }, t('history.title')), close),
    status,
    list,
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);

  const row = (c: Curation) => {
    const undo = h(
      'button',
      { type: 'button', 'data-action': 'undo', 'aria-label': t('punct.labelled', { label: t('history.undo'), text: describeCuration(c) }) },
      t('history.undo'),
    );
    undo.addEventListener('click', () => {
      undo.disabled = true;
      status.textContent = t('curate.saving');
      writeApi
        .undo(c.id)
        .then(async () => {
          await refresh();
          onChanged();
        })
        .catch((err: unknown) => {
          status.textContent = problemText(err);
          undo.disabled = false;
        });
    });
    const when = new Date(c.at).toLocaleString(getLocale(), { dateStyle: 'medium', timeStyle: 'short' });
    return h(
      'li',
      { 'data-curation': c.id, 'data-action': c.action, 'data-undone': c.undone || undefined, 'data-not-applied': (!c.undone && c.notApplied) || undefined },
      h('div', { class: 'what' }, describeCuration(c), c.note ? h('span', { class: 'note' }, `“${c.note}”`) : null),
      h('div', { class: 'who' }, t('history.by', { who: c.who, at: when })),
      // Kept, not dropped, when a re-extraction no longer finds what it names: it applies again once that is back.
      !c.undone && c.notApplied ? h('div', { class: 'not-applied' }, notAppliedLine(c)) : null,
      c.undone ? h('span', { class: 'undone' }, t('history.undone')) : undo,
    );
  };

  const refresh = async () => {
    status.textContent = t('history.loading');
    try {
      const curations = (await writeApi.curations()).slice().reverse();
      status.textContent = curations.length === 0 ? t('history.empty') : '';
      list.replaceChildren(...curations.map(row));
    } catch (err) {
      status.textContent = problemText(err);
    }
  };
  button.addEventListener('click', () => {
    dialog.showModal();
    void refresh();
  });
  button.disabled = false;
}
