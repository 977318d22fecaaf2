// The explorer: the controller and its features wired together, and the replay of a permalink's whole view.
import type cytoscape from 'cytoscape';
import { preloadLayout } from './graph/layouts';
import { replayGraph, restorePositions } from './graph/view-replay';
import { listOf, t } from './i18n';
import { decodeViewState, defaultViewState, encodeViewState, type ViewState } from './state/view-state';
import { byId } from './ui/dom';
import { AdoptionsFeature } from './explorer/adoptions';
import { CompareFeature } from './explorer/compare';
import { ExplorerController } from './explorer/controller';
import { ControlsFeature } from './explorer/controls';
import { EvidenceFeature, panels } from './explorer/evidence';
import { LabelsFeature } from './explorer/labels';
import { NeighbourhoodFeature } from './explorer/neighbourhood';
import { NavigationFeature } from './explorer/navigation';
import { mountNodeMenu } from './explorer/node-menu';
import { PathsFeature } from './explorer/paths';
import { RollupFeature } from './explorer/rollup';
import { TravelFeature } from './explorer/travel';

export class Explorer {
  readonly ctl: ExplorerController;
  readonly evidence: EvidenceFeature;
  readonly neighbourhood: NeighbourhoodFeature;
  readonly paths: PathsFeature;
  readonly compare: CompareFeature;
  readonly rollup: RollupFeature;
  readonly controls: ControlsFeature;
  readonly travel: TravelFeature;

  constructor(hash: string) {
    const ctl = (this.ctl = new ExplorerController(hash));
    // Registration order is the order of the node menu's items and of the hooks.
    this.evidence = new EvidenceFeature(ctl);
    this.controls = ctl.use(new ControlsFeature(ctl, this.evidence));
    this.neighbourhood = ctl.use(new NeighbourhoodFeature(ctl, this.evidence));
    this.paths = ctl.use(new PathsFeature(ctl, this.evidence));
    this.compare = ctl.use(new CompareFeature(ctl, this.evidence));
    this.rollup = ctl.use(new RollupFeature(ctl, this.evidence));
    this.travel = ctl.use(new TravelFeature(ctl, this.evidence, () => this.start()));
    ctl.use(new AdoptionsFeature(ctl, this.evidence, this.travel));
    ctl.use(new NavigationFeature(ctl));
    // Last: labels are chosen once every other feature has settled what is shown.
    ctl.use(new LabelsFeature(ctl));
    mountNodeMenu(ctl);
    byId('retry').addEventListener('click', () => void this.start());
    window.addEventListener('hashchange', () => this.followHash());
    byId('reset').addEventListener('click', () => {
      ctl.state = { ...defaultViewState(), lang: ctl.state.lang, webgl: ctl.state.webgl };
      ctl.commit();
      void panels().then((p) => p.closeSide());
      byId('notes').replaceChildren();
      void this.start();
    });
  }

  /** A link pasted into the address bar of an open explorer opens its view (the explorer's own URL writes do not fire this). */
  private followHash(): void {
    const next = decodeViewState(location.hash);
    this.ctl.followed();
    if (encodeViewState(next) === encodeViewState(this.ctl.state)) return;
    if (next.lang !== this.ctl.state.lang || next.webgl !== this.ctl.state.webgl) {
      location.reload();
      return;
    }
    this.ctl.state = next;
    void panels().then((p) => p.closeSide());
    byId('notes').replaceChildren();
    void this.start();
  }

  get cy(): cytoscape.Core {
    return this.ctl.cy;
  }

  /** The view state (the story panel captures it; a reset replaces it). */
  get state(): ViewState {
    return this.ctl.state;
  }

  /** Loads the first view and replays everything the URL holds, then reopens the panel the link names. */
  start(): Promise<void> {
    const { ctl } = this;
    return ctl
      .perform(async () => {
        byId('banner').hidden = true;
        ctl.store.clear();
        ctl.freshCanvas();
        preloadLayout(ctl.state.layout);
        // A node's capped answer gets its 显示后 40 个 button back; the module is there before the notes are written, so
        // they come in the order of the answers.
        const more = ctl.state.focus || ctl.state.expanded.length > 0 ? await import('./explorer/more-neighbours') : undefined;
        const { gone } = await replayGraph(ctl.store, ctl.cy, ctl.state, ctl.answers, {
          loaded: (res, node) => (node && more ? more.expanded(ctl, node.id, res, node.shown) : ctl.noteCapped(res, node?.label)),
        });
        // Named plainly, once: the rest of the link's view opens as it was.
        if (gone.length > 0) ctl.note(t('app.gone', { items: listOf(gone.map((id) => id.replace(/^[a-z]+:/, ''))) }));
        ctl.syncControls();
        let restored = false;
        return {
          // A link that holds positions reopens the same picture, with its zoom and pan; a node it does not place
          // (new in the graph) is fitted in by a gentle layout from there.
          beforeLayout: () => {
            restored = restorePositions(ctl.cy, ctl.state.positions);
            if (!restored && ctl.state.positions.length > 0) ctl.markLaidOut();
          },
          skipLayout: () => restored,
          after: () => this.reopenPanels(restored),
          keepView: () => restored && ctl.state.viewport !== undefined,
          centre: () => ctl.state.focus,
        };
      })
      .finally(() => {
        // The document list only feeds the filters: asked for once the graph is drawn, it never competes with the
        // overview and the graph code for a slow link (permalink filters apply from the view state meanwhile).
        this.controls.loadDocuments();
      });
  }

  /** One panel opens: the selection's evidence, else paths, comparison or the last roll-up, in that order. */
  private async reopenPanels(restored: boolean): Promise<void> {
    const { ctl } = this;
    const s = ctl.state;
    // The link's zoom and pan, kept before a panel opens: opening the selection's evidence writes the link, and with
    // it the canvas's viewport of that moment (zoom 1, no pan), so a link with sel= lost its picture.
    const viewport = s.viewport;
    const paths = Boolean(s.pathFrom && s.pathTo);
    if (paths && ctl.cy.$('.path').empty() && s.selected === undefined) void this.paths.findPaths();
    if (s.compare.length >= 2 && s.selected === undefined && !paths) void this.compare.runCompare();
    if (s.clusters) void this.travel.applyClusters();
    if (s.timeline && s.selected === undefined && !paths && s.compare.length < 2) await this.travel.openTimeline(s.timeline, s.timelineYear);
    else if (s.selected) await this.evidence.openEvidence(s.selected);
    else if (s.rollups.length > 0 && !paths && s.compare.length < 2) await this.rollup.showArea(s.rollups[s.rollups.length - 1]!);
    ctl.cy.resize();
    if (restored && viewport) {
      ctl.cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.x, y: viewport.y } });
      s.viewport = viewport;
    }
  }
}
