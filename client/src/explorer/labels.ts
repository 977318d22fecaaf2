// Label priority in the explorer: the focus, the selection and the path ends first, then what the reader expanded, then by degree.
import { ReadableLabels } from '../graph/readable-labels';
import type { ExplorerController } from './controller';
import type { ExplorerFeature } from './feature';

export class LabelsFeature implements ExplorerFeature {
  readonly labels: ReadableLabels;

  constructor(ctl: ExplorerController) {
    this.labels = new ReadableLabels(
      ctl.cy,
      () => [ctl.state.focus, ctl.state.selected, ctl.state.pathFrom, ctl.state.pathTo],
      () => ctl.state.expanded,
    );
  }

  ready(): void {
    this.labels.relabel();
  }
}
