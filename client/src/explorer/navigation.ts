// Getting around the canvas: zoom in/out, fit, centre on the selection (buttons and keys), and the first view's hint.
import { t } from '../i18n';
import { byId } from '../ui/dom';
import type { ExplorerController } from './controller';
import type { ExplorerFeature } from './feature';

/** One step of the zoom buttons and keys. */
const ZOOM_STEP = 1.25;
/** From this many visible nodes, on a screen this wide, the overview map is shown (its code loads then). */
const OVERVIEW_MIN_NODES = 120;
const OVERVIEW_MEDIA = '(min-width: 1200px) and (min-height: 700px)';

/** True when a key press is meant for a text field, not the canvas. */
const typing = (e: KeyboardEvent) => {
  const el = e.target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
};

export class NavigationFeature implements ExplorerFeature {
  private overview: Promise<{ canvas: HTMLCanvasElement; destroy(): void }> | undefined;

  constructor(private readonly ctl: ExplorerController) {
    byId('zoom-in').addEventListener('click', () => this.zoomBy(ZOOM_STEP));
    byId('zoom-out').addEventListener('click', () => this.zoomBy(1 / ZOOM_STEP));
    byId('zoom-fit').addEventListener('click', () => this.fit());
    byId('zoom-centre').addEventListener('click', () => this.centreOnSelection());
    byId('hint-close').addEventListener('click', () => {
      byId('hint').hidden = true;
      byId('hint').dataset.closed = 'yes';
    });
    document.addEventListener('keydown', (e) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e)) return;
      // The story player takes the keys while it is open.
      if (document.getElementById('present')) return;
      if (e.key === '+' || e.key === '=') this.zoomBy(ZOOM_STEP);
      else if (e.key === '-' || e.key === '_') this.zoomBy(1 / ZOOM_STEP);
      else if (e.key === '0') this.fit();
      else if (e.key === 'c' || e.key === 'C') this.centreOnSelection();
      else return;
      e.preventDefault();
    });
  }

  /** Zooms around the middle of the canvas. */
  zoomBy(factor: number): void {
    const cy = this.ctl.cy;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Everything visible on screen. */
  fit(): void {
    this.ctl.fitTo(this.ctl.cy.elements().not('.filtered'));
  }

  /** The selected node or edge in the middle; without a selection, the focus. */
  centreOnSelection(): void {
    const cy = this.ctl.cy;
    const selected = cy.elements(':selected').not('.filtered');
    const target = selected.nonempty() ? selected : this.ctl.state.focus ? cy.getElementById(this.ctl.state.focus) : cy.collection();
    if (target.empty()) return;
    cy.zoom(Math.max(cy.zoom(), 1));
    // The shape in the middle, not shape and label together (cy.center would sit the node above the middle).
    const bb = target.boundingBox({ includeLabels: false, includeOverlays: false });
    const z = cy.zoom();
    cy.pan({ x: cy.width() / 2 - (z * (bb.x1 + bb.x2)) / 2, y: cy.height() / 2 - (z * (bb.y1 + bb.y2)) / 2 });
  }

  /** The hint says what the first view is and what to try; it leaves once the reader has done something. */
  beforeFit(): void {
    const { state, cy } = this.ctl;
    const hint = byId('hint');
    const shown = cy.nodes().not('.filtered').length;
    const acted =
      state.focus !== undefined ||
      state.expanded.length > 0 ||
      state.selected !== undefined ||
      state.rollups.length > 0 ||
      state.timeline !== undefined ||
      (state.pathFrom !== undefined && state.pathTo !== undefined) ||
      state.compare.length >= 2;
    byId('hint-text').textContent = shown === 0 ? t('hint.empty') : t('hint.overview', { n: shown });
    byId<HTMLButtonElement>('zoom-centre').disabled = cy.elements(':selected').empty() && state.focus === undefined;
    if (acted && shown > 0) hint.hidden = true;
    else if (hint.dataset.closed !== 'yes') hint.hidden = false;
    this.toggleOverview(shown);
  }

  /**
   * A large graph gets the overview map in the lower right, before the fit (which keeps clear of it); a small graph
   * or a small screen does not, and never loads its code.
   */
  private toggleOverview(shown: number): void {
    const wanted = shown >= OVERVIEW_MIN_NODES && matchMedia(OVERVIEW_MEDIA).matches;
    if (wanted && !this.overview) {
      // Loaded after the action's fit: the map refits when it comes down on top of a node (see OverviewMap). The page
      // stays busy until then, so 'ready' and the link it writes come after that refit: said ready before it, a link
      // copied at once held the view before the refit and reopened at another zoom (search-compare.test.ts).
      const overview = import('../graph/overview-map').then(
        (m) => new m.OverviewMap(this.ctl.cy, byId('main'), t('nav.overview'), () => this.ctl.fitVisible()),
      );
      this.overview = overview;
      void this.ctl.hold(() =>
        overview.then(
          () => undefined,
          () => undefined,
        ),
      );
    } else if (!wanted && this.overview) {
      void this.overview.then((map) => map.destroy());
      this.overview = undefined;
    }
  }
}
