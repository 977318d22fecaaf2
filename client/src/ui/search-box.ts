// Search box with suggestions as you type (Simplified, Traditional, pinyin or initials), keyboard navigable, jumping to the chosen entity.
import type { SearchHit } from '@policygraph/contract/api';
import { api } from '../api';
import { listOf, t } from '../i18n';
import { TYPE_BADGE_COLORS } from '../graph/style';
import { markChinese } from '../i18n/script';
import { h } from './dom';

/** Wires the input and its listbox; `onPick` gets the chosen hit. */
export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, onPick: (hit: SearchHit) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = (q: string) => {
    list.replaceChildren();
    if (hits.length === 0) {
      list.append(h('li', { role: 'option', 'aria-disabled': 'true' }, t('search.none', { q })));
    }
    hits.forEach((hit, i) => {
      const aliases = (hit.aliases ?? []).filter((a) => a !== hit.name).slice(0, 2);
      list.append(
        h(
          'li',
          {
            role: 'option',
            id: `sugg-${i}`,
            'aria-selected': String(i === active),
            'data-id': hit.id,
            onmousedown: (e: Event) => {
              e.preventDefault();
              pick(i);
            },
          },
          h('span', { class: 'kind', style: `background:${TYPE_BADGE_COLORS[hit.type]}` }, t(`type.${hit.type}`)),
          markChinese(h('span', { class: 'name' }, hit.name)),
          aliases.length > 0 ? markChinese(h('span', { class: 'alias' }, listOf(aliases))) : null,
          // Why a hit whose name does not contain the query is offered: its pinyin, or a spelling close to it.
          hit.match === 'pinyin' || hit.match === 'near' ? h('span', { class: 'how', 'data-match': hit.match }, t(`search.match.${hit.match}`)) : null,
        ),
      );
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `sugg-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = hit.name;
    onPick(hit);
  };
  const query = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) return close();
    try {
      const res = await api.search(q, 10);
      if (mine !== seq) return; // a newer keystroke already asked
      hits = res.hits;
      active = hits.length > 0 ? 0 : -1;
      render(q);
    } catch {
      if (mine === seq) close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void query(), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render(input.value.trim());
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(Math.max(active, 0));
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
