// The modal form every correction uses: its fields, a status line, 保存 and 取消, the refusal in words, 重新加载视图 on a stale version.
import type { CurationRequest } from '@policygraph/contract/curation';
import { t } from '../i18n';
import { h } from '../ui/dom';
import { problemText, writeApi } from './write-api';

/** What the feature needs of the explorer: reload the view after a correction, and say what happened. */
export interface CurationHost {
  reload(): Promise<void>;
  note(text: string): void;
}

/**
 * A modal form for one correction: its fields, a status line, 保存 and 取消. On a refused write the dialog stays
 * open with what the analyst typed and the problem in words; a stale graph version offers 重新加载视图 instead.
 */
export function correctionDialog(opts: {
  id: string;
  title: string;
  fields: HTMLElement[];
  submit: HTMLButtonElement;
  request: () => CurationRequest | null;
  host: CurationHost;
  describe: string;
  /** A wider form (sentences to read), else the small one. */
  wide?: boolean;
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
  const dialog = h('dialog', { id: opts.id, class: `write-dialog ${opts.wide ? 'medium' : 'small'}`, 'aria-labelledby': `${opts.id}-heading` }, form);
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

export const noteField = (id: string) => {
  const input = h('input', { type: 'text', id, 'data-field': 'note', maxlength: 500 });
  return { input, el: h('div', { class: 'field' }, h('label', { for: id }, t('curate.note')), input) };
};
