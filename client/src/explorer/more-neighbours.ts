// "Show the next 40": the following page of a capped expansion, loaded around its node from the note that says it was cut.
import type { GraphResponse } from '@policygraph/contract/api';
import { api } from '../api';
import { EXPAND_LIMIT } from '../graph/view-replay';
import { t } from '../i18n';
import { byId, h } from '../ui/dom';
import type { ExplorerController } from './controller';

/** Node id → neighbours received so far (its first answer and the pages after it), for the page's life. */
const loaded = new Map<string, number>();

/** Notes a capped expansion of `id` (its first answer): how many are shown, and a button for the next page. */
export function expanded(ctl: ExplorerController, id: string, res: GraphResponse): void {
  loaded.set(id, res.elements.nodes.filter((n) => n.data.id !== id).length);
  note(ctl, id, res);
}

/** Forgets a collapsed node: expanding it again starts from its first page. */
export function forget(id: string): void {
  loaded.delete(id);
}

function note(ctl: ExplorerController, id: string, res: GraphResponse): void {
  if (!res.capped) return;
  const shown = loaded.get(id) ?? 0;
  const total = res.total ?? shown;
  ctl.note(t('expand.capped', { label: ctl.label(id), shown, total }));
  const left = total - shown;
  if (left <= 0) return;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'note-action',
      onclick: () => {
        button.closest('li')?.remove();
        void next(ctl, id);
      },
    },
    t('expand.more', { n: Math.min(EXPAND_LIMIT, left) }),
  );
  byId('notes').lastElementChild?.append(' ', button);
}

/** Loads the next page of `id`'s neighbours around it; the layout then makes room for them. */
export function next(ctl: ExplorerController, id: string): Promise<void> {
  const offset = loaded.get(id) ?? 0;
  return ctl.perform(async () => {
    const res = await api.neighborhood([id], { limit: EXPAND_LIMIT, offset });
    const parent = ctl.cy.getElementById(id);
    const fresh = ctl.store.add(res.elements, id);
    if (parent.nonempty()) {
      // New nodes start on a ring around their node, as an expansion's do, so the layout moves them gently.
      const p = parent.position();
      fresh.forEach((n, i) => {
        const a = (2 * Math.PI * i) / Math.max(1, fresh.length);
        n.position({ x: p.x + 160 * Math.cos(a), y: p.y + 160 * Math.sin(a) });
      });
    }
    loaded.set(id, offset + res.elements.nodes.filter((n) => n.data.id !== id).length);
    note(ctl, id, res);
    return { after: () => ctl.fitTo(parent.closedNeighborhood()) };
  });
}
