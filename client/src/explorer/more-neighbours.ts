// "Show the next 40": the following page of a capped expansion, loaded around its node from the note that says it was cut.
import type { GraphResponse } from '@policygraph/contract/api';
import { EXPAND_LIMIT, loadNextPage, neighboursIn } from '../graph/view-replay';
import { t } from '../i18n';
import { byId, h } from '../ui/dom';
import type { ExplorerController } from './controller';

/** Node id → neighbours received so far (its first answer and the pages after it), for the page's life. */
const loaded = new Map<string, number>();

/**
 * Notes a capped expansion of `id`: how many are shown, and a button for the next page. `res` is its last answer;
 * `shown` the neighbours received in all (more than the first page's when a link reopened pages after it).
 */
export function expanded(ctl: ExplorerController, id: string, res: GraphResponse, shown = neighboursIn(res, id)): void {
  loaded.set(id, shown);
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

/** Loads the next page of `id`'s neighbours around it; the layout then makes room for them, and the link keeps the page. */
export function next(ctl: ExplorerController, id: string): Promise<void> {
  const offset = loaded.get(id) ?? 0;
  return ctl.perform(async () => {
    const res = await loadNextPage(ctl.store, ctl.cy, id, offset);
    loaded.set(id, offset + neighboursIn(res, id));
    const pages = (ctl.state.more.find((m) => m.id === id)?.pages ?? 0) + 1;
    ctl.state.more = [...ctl.state.more.filter((m) => m.id !== id), { id, pages }];
    note(ctl, id, res);
    return { after: () => ctl.fitTo(ctl.cy.getElementById(id).closedNeighborhood()) };
  });
}
