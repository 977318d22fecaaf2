// The side bar's view controls: legend, type/relation/document/year filters, layout, global roll-up, graph/table
// switch, exports, renderer and language.
import type { NodeType, RelType } from '@policygraph/contract/graph-model';
import { api } from '../api';
import { yearOf } from '../graph/graph-store';
import { hasCoordinates } from '../graph/layouts';
import { legendLine, legendShape } from '../graph/legend';
import { NODE_TYPE_LIST, REL_TYPE_LIST } from '../graph/style';
import { getLocale, t } from '../i18n';
import { LAYOUTS, type LayoutName, ROLLUPS, type Rollup } from '../state/view-state';
import { byId, h } from '../ui/dom';
import type { TableView } from '../ui/table-view';
import { openNodeMenuBeside } from './node-menu';
import type { ExplorerController } from './controller';
import type { EvidenceFeature } from './evidence';
import type { ExplorerFeature } from './feature';

// Not needed for the first graph load on first use, keeping the initial bundle small.
const exports = () => import('../ui/export');

export class ControlsFeature implements ExplorerFeature {
  private table: TableView | undefined;

  constructor(
    private readonly ctl: ExplorerController,
    private readonly evidence: EvidenceFeature,
  ) {
    this.wire();
  }

  /** Fills the document filter and the year slider's range from the document list. */
  loadDocuments(): void {
    // The document list only feeds the filters: it must not hold up the first graph.
    void api
      .documents(200)
      .then((docs) => {
        this.fillDocumentFilter(docs.documents);
        this.ctl.syncControls();
      })
      .catch(() => undefined);
  }

  private fillDocumentFilter(docs: readonly { id: string; title: string; year: number | null; date: string | null }[]): void {
    const select = byId<HTMLSelectElement>('filter-doc');
    select.replaceChildren(
      h('option', { value: '' }, t('filters.allDocuments')),
      ...docs.map((d) => h('option', { value: d.id }, d.year ? t('punct.paren', { text: d.title, inner: d.year }) : d.title)),
    );
    const years = docs.map((d) => d.year ?? yearOf(d.date)).filter((y): y is number => y !== undefined);
    const slider = byId<HTMLInputElement>('year');
    if (years.length > 0) {
      slider.min = String(Math.min(...years));
      slider.max = String(Math.max(...years));
    }
  }

  sync(): void {
    const s = this.ctl.state;
    byId<HTMLSelectElement>('layout').value = s.layout;
    byId<HTMLSelectElement>('rollup').value = s.rollup;
    byId<HTMLSelectElement>('filter-doc').value = s.document ?? '';
    byId<HTMLInputElement>('webgl').checked = s.webgl;
    const slider = byId<HTMLInputElement>('year');
    slider.value = String(s.yearMax ?? slider.max);
    byId('year-out').textContent = s.yearMax !== undefined ? t('filters.yearUpTo', { year: s.yearMax }) : t('filters.allYears');
    document.querySelectorAll<HTMLInputElement>('#filter-types input').forEach((i) => (i.checked = !s.offTypes.includes(i.value as NodeType)));
    document.querySelectorAll<HTMLInputElement>('#filter-rels input').forEach((i) => (i.checked = !s.offRels.includes(i.value as RelType)));
    this.setView(s.view);
  }

  ready(): void {
    // The geographic layout needs a visible place with coordinates; say why it cannot be chosen otherwise.
    const geo = byId('layout').querySelector<HTMLOptionElement>('option[value="geo"]');
    if (geo) geo.disabled = !hasCoordinates(this.ctl.cy);
    if (geo) geo.title = geo.disabled ? t('layout.geoNone') : '';
    this.table?.schedule();
  }

  private setView(view: 'graph' | 'table'): void {
    this.ctl.state.view = view;
    byId('table-wrap').hidden = view !== 'table';
    byId('view-graph').setAttribute('aria-pressed', String(view === 'graph'));
    byId('view-table').setAttribute('aria-pressed', String(view === 'table'));
    if (view === 'table') void this.showTable();
  }

  private async showTable(): Promise<void> {
    if (!this.table) {
      const { TableView } = await import('../ui/table-view');
      this.table ??= new TableView(
        this.ctl.cy,
        byId('table-wrap'),
        (id) => void this.evidence.selectNode(id, true),
        (id, row) => openNodeMenuBeside(this.ctl, id, row),
      );
    }
    this.table.render();
  }

  /** A checkbox per value, checked while the value is not in the state's "off" list. */
  private toggles<T extends string>(host: string, values: readonly T[], text: (v: T) => string, off: () => T[], setOff: (v: T[]) => void): void {
    byId(host).replaceChildren(
      ...values.map((value) =>
        h(
          'label',
          { class: 'inline' },
          h('input', {
            type: 'checkbox',
            value,
            checked: true,
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              setOff(on ? off().filter((x) => x !== value) : [...off(), value]);
              this.ctl.refresh();
            },
          }),
          text(value),
        ),
      ),
    );
  }

  private wire(): void {
    const { ctl } = this;
    byId('legend').replaceChildren(...NODE_TYPE_LIST.map((type) => h('li', {}, legendShape(type), t(`type.${type}`))));
    byId('legend-rels').replaceChildren(...REL_TYPE_LIST.map((rel) => h('li', {}, legendLine(rel), t(`rel.${rel}`))));
    this.toggles(
      'filter-types',
      NODE_TYPE_LIST,
      (type) => t(`type.${type}`),
      () => ctl.state.offTypes,
      (v) => (ctl.state.offTypes = v),
    );
    this.toggles(
      'filter-rels',
      REL_TYPE_LIST,
      (rel) => t(`rel.${rel}`),
      () => ctl.state.offRels,
      (v) => (ctl.state.offRels = v),
    );
    byId('filter-doc').addEventListener('change', (e) => {
      ctl.state.document = (e.target as HTMLSelectElement).value || undefined;
      ctl.refresh();
    });
    const slider = byId<HTMLInputElement>('year');
    slider.addEventListener('input', () => {
      const y = Number(slider.value);
      ctl.state.yearMax = y >= Number(slider.max) ? undefined : y;
      byId('year-out').textContent = ctl.state.yearMax !== undefined ? t('filters.yearUpTo', { year: y }) : t('filters.allYears');
      ctl.refresh();
    });
    byId('layout').addEventListener('change', (e) => {
      const value = (e.target as HTMLSelectElement).value as LayoutName;
      if (!LAYOUTS.includes(value)) return;
      ctl.state.layout = value;
      // The link is written once the new layout has placed the nodes: written before, it held layout=geo with the
      // old positions, and a reload (or a shared link) reopened the old picture under the new layout's name.
      void ctl.layout(true).then(() => ctl.commit());
    });
    byId('rollup').addEventListener('change', (e) => {
      const value = (e.target as HTMLSelectElement).value as Rollup;
      if (!ROLLUPS.includes(value)) return;
      ctl.state.rollup = value;
      ctl.refresh();
    });
    for (const view of ['graph', 'table'] as const) {
      byId(`view-${view}`).addEventListener('click', () => {
        this.setView(view);
        ctl.commit();
      });
    }
    byId('export-png').addEventListener('click', async () => (await exports()).exportPng(ctl.cy));
    byId('export-svg').addEventListener('click', async () => (await exports()).exportSvg(ctl.cy));
    byId('export-json').addEventListener('click', async () => (await exports()).exportJson(ctl.cy));
    byId('export-csv').addEventListener('click', async () => (await exports()).exportCsv(ctl.cy));
    // Renderer and language are set when the page starts; the URL keeps the view, so a reload loses nothing.
    byId('webgl').addEventListener('change', (e) => {
      ctl.state.webgl = (e.target as HTMLInputElement).checked;
      ctl.commit();
      location.reload();
    });
    byId('lang').addEventListener('click', () => {
      ctl.state.lang = getLocale() === 'zh-CN' ? 'en' : 'zh-CN';
      ctl.commit();
      location.reload();
    });
  }
}
