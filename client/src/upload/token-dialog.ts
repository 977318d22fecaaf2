// Asks for the editor token in a small modal form (a password field, labelled): the explorer's only way to learn it.
import { t } from '../i18n';
import { h } from '../ui/dom';

/** Opens the token dialog; resolves with the trimmed token, or null when the analyst cancels. */
export function askToken(): Promise<string | null> {
  const input = h('input', { type: 'password', id: 'token-input', autocomplete: 'off', required: true, spellcheck: 'false' });
  const ok = h('button', { type: 'submit', class: 'primary', 'data-action': 'token-ok' }, t('write.tokenOk'));
  const cancel = h('button', { type: 'button', 'data-action': 'token-cancel' }, t('write.cancel'));
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', { id: 'token-heading' }, t('write.tokenTitle')),
    h('p', { class: 'hint', id: 'token-hint' }, t('write.tokenHint')),
    h('label', { class: 'block', for: 'token-input' }, t('write.tokenLabel')),
    input,
    h('div', { class: 'write-actions' }, ok, cancel),
  );
  const dialog = h('dialog', { id: 'token-dialog', class: 'write-dialog small', 'aria-labelledby': 'token-heading', 'aria-describedby': 'token-hint' }, form);
  input.setAttribute('aria-describedby', 'token-hint');
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer: string | null = null;
    form.addEventListener('submit', () => {
      answer = input.value.trim() || null;
    });
    cancel.addEventListener('click', () => dialog.close());
    // Closing by Escape, 取消 or 确定 all end here; the dialog is built per question and removed after.
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
    input.focus();
  });
}
