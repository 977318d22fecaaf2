// Administrative roll-up of one place: its children at a level with the counts the server summed, listed and undone.
import type cytoscape from 'cytoscape';
import { api } from '../api';
import { loadArea } from '../graph/view-replay';
import { t } from '../i18n';
import { type AreaLevel, type AreaRollup, areaLevelsBelow } from '../state/view-state';
import type { MenuItem } from '../ui/context-menu';
import { byId, h } from '../ui/dom';
import type { ExplorerController } from './controller';
import { type EvidenceFeature, panels } from './evidence';
import type { ExplorerFeature } from './feature';

export class RollupFeature implements ExplorerFeature {
  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
  ) {}

  /** Shows a place as its children at `level`, each with the counts the server summed over it; replaces overlapping roll-ups. */
  rollupPlace(id: string, level: AreaLevel): Promise<void> {
    const { ctl } = this;
    return ctl.perform(async () => {
      const entry: AreaRollup = { id, level };
      const code = (placeId: string) => ctl.cy.getElementById(placeId).data('code') as string | undefined;
      const mine = code(id);
      // Nested roll-ups would fold each other's children: the newest one wins.
      const overlapping = ctl.state.rollups.filter((r) => {
        const theirs = code(r.id) ?? ctl.answers.get(r)?.place.code;
        return r.id === id || (mine !== undefined && theirs !== undefined && (mine.startsWith(theirs) || theirs.startsWith(mine)));
      });
      for (const r of overlapping) ctl.store.releaseArea(r.id);
      ctl.state.rollups = ctl.state.rollups.filter((r) => !overlapping.includes(r));
      if (!(await loadArea(ctl.store, ctl.cy, ctl.answers, entry))) {
        ctl.note(t('rollup.empty', { name: ctl.label(id), level: t(`level.${level}`) }));
      } else {
        ctl.state.rollups = [...ctl.state.rollups, entry];
      }
      ctl.commit();
      ctl.syncControls();
      return {
        after: async () => {
          if (!ctl.state.rollups.includes(entry)) return;
          ctl.state.selected = undefined;
          ctl.commit();
          await this.showArea(entry);
        },
      };
    });
  }

  /** Expands a rolled-up place again: its children that only the roll-up brought in leave, folded places come back. */
  undoRollup(id: string): void {
    const { ctl } = this;
    const had = ctl.state.rollups.some((r) => r.id === id);
    ctl.state.rollups = ctl.state.rollups.filter((r) => r.id !== id);
    ctl.store.releaseArea(id);
    ctl.syncControls();
    if (had && ctl.state.selected === undefined) void panels().then((p) => p.closeSide());
    void ctl.refresh();
  }

  /** The roll-up's table in the side panel. */
  async showArea(r: AreaRollup): Promise<void> {
    const res = this.ctl.answers.get(r);
    if (!res) return;
    (await panels()).showRollup(
      res,
      t(`level.${r.level}`),
      (id) => void this.evidence.selectNode(id, true),
      () => this.undoRollup(r.id),
    );
  }

  sync(): void {
    byId('rollup-list').replaceChildren(
      ...this.ctl.state.rollups.map((r) =>
        h(
          'li',
          { 'data-id': r.id, 'data-level': r.level },
          h('button', { type: 'button', class: 'link', onclick: () => void this.showArea(r) }, `${this.ctl.label(r.id)} · ${t(`level.${r.level}`)}`),
          h('button', { type: 'button', 'aria-label': t('menu.rollupUndo'), title: t('menu.rollupUndo'), onclick: () => this.undoRollup(r.id) }, '×'),
        ),
      ),
    );
  }

  menuItems(n: cytoscape.NodeSingular): MenuItem[] {
    if (n.data('type') !== 'Place') return [];
    const id = n.id();
    const area = this.ctl.state.rollups.find((r) => r.id === id);
    const items: MenuItem[] = [];
    for (const level of areaLevelsBelow(n.data('level'))) {
      if (area?.level !== level)
        items.push({ label: t('menu.rollupTo', { level: t(`level.${level}`) }), action: `rollup-${level}`, run: () => void this.rollupPlace(id, level) });
    }
    if (area) items.push({ label: t('menu.rollupUndo'), action: 'rollup-undo', run: () => this.undoRollup(id) });
    return items;
  }

  /** Asks the API for the whole-area totals of places the global roll-up folded into, then shows them. */
  viewApplied(): void {
    const { totals } = this.ctl.answers;
    const missing = this.ctl.cy
      .nodes('[?rolled]')
      .map((n) => n.id())
      .filter((id) => !totals.has(id));
    if (missing.length === 0) return;
    for (const id of missing) totals.set(id, undefined);
    void Promise.all(
      missing.map((id) =>
        api
          .rollup(id)
          .then((res) => totals.set(id, res.total))
          .catch(() => undefined),
      ),
    ).then(() => this.ctl.applyView());
  }
}
