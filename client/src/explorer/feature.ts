// What an explorer feature may plug into: its controls, its node-menu items and the moments the controller announces.
import type cytoscape from 'cytoscape';
import type { MenuItem } from '../ui/context-menu';

/**
 * A feature of the explorer (roll-up, paths, comparison…): a module that owns its actions and its controls and
 * registers with the controller (`ctl.use(feature)`). Every hook is optional; the controller calls them in the
 * order the features were registered (which is also the order of their items in the node menu).
 */
export interface ExplorerFeature {
  /** Puts the view state into this feature's controls (after a reload or a change from the canvas). */
  sync?(): void;
  /** Items this feature adds to the right-click menu of `node`. */
  menuItems?(node: cytoscape.NodeSingular): MenuItem[];
  /** The view state was re-applied to what is loaded (filters, roll-up, hidden, pins). */
  viewApplied?(): void;
  /** An action is laid out and about to be fitted: overlays that the fit must keep clear of are shown or hidden now. */
  beforeFit?(): void;
  /** An action finished and the canvas is ready (the status line says what is shown). */
  ready?(): void;
}
