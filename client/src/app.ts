// The explorer: the controller and its features wired together, and the replay of a permalink's whole view.
import type cytoscape from 'cytoscape';
import { preloadLayout } from './graph/layouts';
import { replayGraph } from './graph/view-replay';
import { defaultViewState, type ViewState } from './state/view-state';
import { byId } from './ui/dom';
import { AdoptionsFeature } from './explorer/adoptions';
import { CompareFeature } from './explorer/compare';
import { ExplorerController } from './explorer/controller';
import { ControlsFeature } from './explorer/controls';
import { EvidenceFeature, panels } from './explorer/evidence';
import { NeighbourhoodFeature } from './explorer/neighbourhood';
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
    this.compare = ctl.use(new CompareFeature(ctl));
    this.rollup = ctl.use(new RollupFeature(ctl, this.evidence));
    this.travel = ctl.use(new TravelFeature(ctl, this.evidence, () => this.start()));
    ctl.use(new AdoptionsFeature(ctl, this.evidence, this.travel));
    mountNodeMenu(ctl);
    byId('retry').addEventListener('click', () => void this.start());
    byId('reset').addEventListener('click', () => {
      ctl.state = { ...defaultViewState(), lang: ctl.state.lang, webgl: ctl.state.webgl };
      ctl.commit();
      void panels().then((p) => p.closeSide());
      byId('notes').replaceChildren();
      void this.start();
    });
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
    return ctl.perform(async () => {
      byId('banner').hidden = true;
      ctl.store.clear();
      preloadLayout(ctl.state.layout);
      this.controls.loadDocuments();
      const dropped = await replayGraph(ctl.store, ctl.cy, ctl.state, ctl.answers, { loaded: (res, label) => ctl.noteCapped(res, label) });
      ctl.state.rollups = ctl.state.rollups.filter((r) => !dropped.includes(r));
      ctl.syncControls();
      return { after: () => this.reopenPanels() };
    });
  }

  /** One panel opens: the selection's evidence, else paths, comparison or the last roll-up, in that order. */
  private async reopenPanels(): Promise<void> {
    const { ctl } = this;
    const s = ctl.state;
    const paths = Boolean(s.pathFrom && s.pathTo);
    if (paths && ctl.cy.$('.path').empty() && s.selected === undefined) void this.paths.findPaths();
    if (s.compare.length >= 2 && s.selected === undefined && !paths) void this.compare.runCompare();
    if (s.clusters) void this.travel.applyClusters();
    if (s.timeline && s.selected === undefined && !paths && s.compare.length < 2) await this.travel.openTimeline(s.timeline, s.timelineYear);
    else if (s.selected) await this.evidence.openEvidence(s.selected);
    else if (s.rollups.length > 0 && !paths && s.compare.length < 2) await this.rollup.showArea(s.rollups[s.rollups.length - 1]!);
    ctl.cy.resize();
    if (s.focus) ctl.centreOn(s.focus);
  }
}
