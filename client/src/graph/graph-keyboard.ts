// The graph from the keyboard: one tab stop with a roving current node, arrow keys to the neighbour that way, Enter and the menu key.
import type cytoscape from 'cytoscape';

export interface GraphKeyboardActions {
  /** Enter or Space: the node's evidence. */
  open(id: string): void;
  /** The context-menu key, Shift+F10 or M: the node's actions, as a menu at this point of the canvas. */
  menu(id: string, at: { x: number; y: number }): void;
  /** Says which node is current (name, type, relations), for the live region. */
  describe(id: string): string;
}

type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
const VECTORS: Record<Direction, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

/**
 * Best node `from` reaches going in a direction: among its visible neighbours (else all visible nodes), the one
 * whose offset points most that way, nearer ones first; nodes more than 60° off the direction do not count.
 */
export function stepToward(cy: cytoscape.Core, from: cytoscape.NodeSingular, key: Direction): cytoscape.NodeSingular | undefined {
  const [dx, dy] = VECTORS[key];
  const p = from.position();
  const score = (n: cytoscape.NodeSingular) => {
    const q = n.position();
    const [vx, vy] = [q.x - p.x, q.y - p.y];
    const dist = Math.hypot(vx, vy);
    if (dist === 0) return Number.POSITIVE_INFINITY;
    const cos = (vx * dx + vy * dy) / dist;
    return cos < 0.5 ? Number.POSITIVE_INFINITY : dist * (2 - cos);
  };
  const pick = (pool: cytoscape.NodeCollection) => {
    let best: cytoscape.NodeSingular | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    pool.forEach((n) => {
      const s = score(n);
      if (s < bestScore) [best, bestScore] = [n, s];
    });
    return best;
  };
  const visible = (c: cytoscape.NodeCollection) => c.filter((n) => n.visible() && !n.hasClass('filtered'));
  return pick(visible(from.neighborhood().nodes())) ?? pick(visible(cy.nodes().not(from)));
}

/**
 * Makes the canvas container one tab stop. The current node wears the `kbd-focus` class (drawn as a ring by the
 * graph style) and is announced through `live`; Tab leaves the graph, as it should. Returns the current id getter
 * and a setter, so other views (search, table, evidence) can hand the graph a node to continue from.
 */
export function mountGraphKeyboard(cy: cytoscape.Core, container: HTMLElement, live: HTMLElement, actions: GraphKeyboardActions) {
  let current: string | undefined;
  container.tabIndex = 0;

  const node = () => (current ? cy.getElementById(current) : undefined);
  const setCurrent = (id: string | undefined, announce = true) => {
    cy.nodes('.kbd-focus').removeClass('kbd-focus');
    current = id;
    const n = node();
    if (!n || n.empty()) {
      current = undefined;
      return;
    }
    n.addClass('kbd-focus');
    if (document.activeElement === container) {
      // Keep the current node on screen without re-centring the whole view on every step.
      const ext = cy.extent();
      const pos = n.position();
      if (pos.x < ext.x1 || pos.x > ext.x2 || pos.y < ext.y1 || pos.y > ext.y2) cy.animate({ center: { eles: n } }, { duration: 150 });
    }
    if (announce) live.textContent = actions.describe(n.id());
  };

  /** The node to start from when the graph gains focus: the selection, else the best-connected visible node. */
  const startNode = () => {
    const sel = cy.nodes(':selected').filter((n) => n.visible());
    if (sel.nonempty()) return sel.first().id();
    const visible = cy.nodes().filter((n) => n.visible() && !n.hasClass('filtered'));
    return visible.max((n) => (n as cytoscape.NodeSingular).degree(false)).ele?.id();
  };

  const onFocus = () => {
    if (!current || node()?.empty() || !node()?.visible()) setCurrent(startNode());
    else setCurrent(current);
  };
  container.addEventListener('focus', onFocus);
  // Mounted by the first focus itself (the module loads on it): take that focus too.
  if (document.activeElement === container) onFocus();
  container.addEventListener('blur', () => {
    cy.nodes('.kbd-focus').removeClass('kbd-focus');
  });
  container.addEventListener('keydown', (e) => {
    const n = node();
    if (!n || n.empty()) {
      setCurrent(startNode());
      return;
    }
    if (e.key in VECTORS) {
      const next = stepToward(cy, n, e.key as Direction);
      if (next) setCurrent(next.id());
    } else if (e.key === 'Home' || e.key === 'End') {
      setCurrent(startNode());
    } else if (e.key === 'Enter' || e.key === ' ') {
      actions.open(n.id());
    } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey) || e.key === 'm' || e.key === 'M') {
      actions.menu(n.id(), n.renderedPosition());
    } else {
      return;
    }
    e.preventDefault();
  });

  return {
    current: () => current,
    /** Makes a node current (e.g. after a search pick), and focuses the graph when asked. */
    setCurrent(id: string, focus = false) {
      setCurrent(id, !focus);
      if (focus) container.focus();
    },
  };
}
