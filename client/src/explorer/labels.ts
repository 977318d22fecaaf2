// Label priority in the explorer: the focus, the selection and the path ends first, then what the reader expanded
// (and, on the map, the places), then by degree.
import { ReadableLabels } from '../graph/readable-labels';
import { layoutFor } from '../graph/view-replay';
import type { ExplorerController } from './controller';
import type { ExplorerFeature } from './feature';

export class LabelsFeature implements ExplorerFeature {
  readonly labels: ReadableLabels;

  constructor(ctl: ExplorerController) {
    this.labels = new ReadableLabels(
      ctl.cy,
      () => [ctl.state.focus, ctl.state.selected, ctl.state.pathFrom, ctl.state.pathTo],
      // On the map, the places are what the reader looks for: named right after the focus, like what was expanded.
      // layoutFor, not effectiveLayout: that one notes 'no place with coordinates' when asked before the graph loads.
      () =>
        layoutFor(ctl.cy, ctl.state.layout) === 'geo'
          ? [...ctl.state.expanded, ...ctl.cy.nodes('[type = "Place"][lon]').map((n) => n.id())]
          : ctl.state.expanded,
    );
  }

  /**
   * In a task of its own: an action's layout and fit are one long task already, and the first view's was the page's
   * longest (BENCHMARKS.md, first-view long tasks); between the two the browser paints and takes input.
   */
  ready(): void {
    this.labels.schedule(0);
  }
}
